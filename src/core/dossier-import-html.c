/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>

#include "dossier-import-private.h"

/* Deeper trees are hostile or broken; the walk stops there instead of exhausting the stack. */
#define MAX_DEPTH 256

typedef struct
{
  DossierRawText *raw;
  gsize offset; /* running offset in the extracted text, the HTML source map */
  int list_depth;
  guint list_counter[8];
  gboolean ordered[8];
  gboolean in_pre;
} Walk;

static gboolean
name_is (const xmlNode *node, const char *name)
{
  return node->name && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* Elements whose content is never text to read: code, media, and page furniture. */
static gboolean
is_skipped (const xmlNode *node)
{
  static const char *const skipped[] = {
    "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
    "canvas", "img", "video", "audio", "picture", "source", "map", "button", "select",
    "textarea", "input", "form", "nav", "math",
  };
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (name_is (node, skipped[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_block (const xmlNode *node)
{
  static const char *const blocks[] = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "figure",
    "figcaption", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "html",
  };
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (name_is (node, blocks[i]))
      return TRUE;
  return FALSE;
}

static int
heading_level (const xmlNode *node)
{
  if (node->name && (node->name[0] == 'h' || node->name[0] == 'H') && node->name[1] >= '1'
      && node->name[1] <= '6' && node->name[2] == 0)
    return node->name[1] - '0';
  return 0;
}

static DossierRawBlock *
current_block (Walk *w)
{
  if (w->raw->current == NULL)
    dossier_raw_text_begin_block (w->raw, DOSSIER_BLOCK_PARAGRAPH, 0);
  return w->raw->current;
}

static void walk_children (Walk *w, xmlNode *node, int depth);

static void
walk_node (Walk *w, xmlNode *node, int depth)
{
  int level;
  DossierEmphasis style = 0;

  if (depth > MAX_DEPTH)
    return;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *content = (const char *) node->content;
      gsize len = content ? strlen (content) : 0;
      gboolean blank = TRUE;

      for (gsize i = 0; i < len && blank; i++)
        blank = g_ascii_isspace (content[i]);
      if (blank)
        {
          if (len > 0 && w->raw->current)
            w->raw->current->pending_space = TRUE;
          w->offset += len;
          return;
        }
      dossier_raw_block_append (current_block (w), content, len, w->offset);
      w->offset += len;
      return;
    }

  if (node->type != XML_ELEMENT_NODE)
    return;
  if (is_skipped (node))
    return;

  if (name_is (node, "br"))
    {
      if (w->raw->current)
        w->raw->current->pending_space = TRUE;
      return;
    }

  if ((level = heading_level (node)) > 0)
    {
      dossier_raw_text_begin_block (w->raw, DOSSIER_BLOCK_HEADING, level);
      walk_children (w, node, depth + 1);
      dossier_raw_text_end_block (w->raw);
      return;
    }

  if (name_is (node, "ul") || name_is (node, "ol"))
    {
      int d = MIN (w->list_depth, 7);
      dossier_raw_text_end_block (w->raw);
      w->list_depth++;
      w->ordered[MIN (w->list_depth, 7)] = name_is (node, "ol");
      w->list_counter[MIN (w->list_depth, 7)] = 0;
      walk_children (w, node, depth + 1);
      w->list_depth--;
      (void) d;
      dossier_raw_text_end_block (w->raw);
      return;
    }

  if (name_is (node, "li"))
    {
      int d = MIN (w->list_depth, 7);
      DossierRawBlock *block = dossier_raw_text_begin_block (w->raw, DOSSIER_BLOCK_LIST_ITEM, 0);

      if (w->ordered[d])
        {
          g_autofree char *marker = g_strdup_printf ("%u. ", ++w->list_counter[d]);
          dossier_raw_block_append_synthetic (block, marker);
          dossier_raw_block_set_marker (block, w->list_counter[d]);
        }
      else
        {
          dossier_raw_block_append_synthetic (block, "• ");
          dossier_raw_block_set_marker (block, 0);
        }
      block->n_lines = 1;
      walk_children (w, node, depth + 1);
      dossier_raw_text_end_block (w->raw);
      return;
    }

  if (name_is (node, "b") || name_is (node, "strong"))
    style = DOSSIER_EMPHASIS_BOLD;
  else if (name_is (node, "i") || name_is (node, "em") || name_is (node, "cite"))
    style = DOSSIER_EMPHASIS_ITALIC;

  if (style)
    {
      dossier_raw_block_push_emphasis (current_block (w), style);
      walk_children (w, node, depth + 1);
      if (w->raw->current)
        dossier_raw_block_pop_emphasis (w->raw->current, style);
      return;
    }

  if (is_block (node))
    {
      dossier_raw_text_end_block (w->raw);
      walk_children (w, node, depth + 1);
      dossier_raw_text_end_block (w->raw);
      return;
    }

  walk_children (w, node, depth + 1);
}

static void
walk_children (Walk *w, xmlNode *node, int depth)
{
  for (xmlNode *child = node->children; child; child = child->next)
    walk_node (w, child, depth);
}

/* A plain-text statement's numbered paragraphs appear in HTML as "<p>1. The ...": mark them. */
static void
mark_numbers (DossierRawText *raw)
{
  for (guint i = 0; i < raw->blocks->len; i++)
    {
      DossierRawBlock *block = g_ptr_array_index (raw->blocks, i);
      const char *t = block->text->str;
      guint n = 0, k = 0;

      if (block->kind != DOSSIER_BLOCK_PARAGRAPH || block->marker_len)
        continue;
      while (k < 3 && g_ascii_isdigit (t[k]))
        n = n * 10 + (t[k++] - '0');
      if (k > 0 && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ')
        {
          block->number = n;
          block->marker_len = k + 2;
        }
    }
}

gboolean
dossier_import_html (DossierRawText *raw, const char *data, gsize len, GCancellable *cancellable, GError **error)
{
  /* NONET: never fetch a DTD or anything else; no scripts run in libxml2 in any case. */
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT;
  htmlDocPtr doc;
  Walk w = { .raw = raw };
  xmlNode *root;

  if (len > G_MAXINT)
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_TOO_LARGE, _("The HTML document is too large"));
      return FALSE;
    }

  doc = htmlReadMemory (data, (int) len, NULL, "UTF-8", options);
  if (doc == NULL)
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_DAMAGED,
                   _("The HTML could not be read"));
      return FALSE;
    }

  root = xmlDocGetRootElement (doc);
  for (xmlNode *node = root; node; node = node->next)
    walk_node (&w, node, 0);
  dossier_raw_text_end_block (raw);
  xmlFreeDoc (doc);

  mark_numbers (raw);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}
