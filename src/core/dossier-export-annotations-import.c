/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-anchor.h"
#include "dossier-export-annotations.h"
#include "dossier-json-guard.h"

/*
 * Reading W3C Web Annotations (and Hypothesis exports) back onto a workspace's documents.
 * Nothing from the file is trusted: every member is checked for its type, and each
 * annotation is placed again by its quote.
 */

#define SHA256_URN "urn:sha256:"
#define UUID_URN "urn:uuid:"
#define MAX_PAGES 1000

static const char *
member_string (JsonObject *o, const char *name)
{
  JsonNode *node = o ? json_object_get_member (o, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
member_uint (JsonObject *o, const char *name, guint *out)
{
  JsonNode *node = o ? json_object_get_member (o, name) : NULL;
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  v = json_node_get_int (node);
  if (v < 0 || v > G_MAXINT32)
    return FALSE;
  *out = (guint) v;
  return TRUE;
}

static gboolean
member_bool (JsonObject *o, const char *name)
{
  JsonNode *node = o ? json_object_get_member (o, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

/* "type" may be a string or a list of strings in JSON-LD. */
static gboolean
has_type (JsonObject *o, const char *type)
{
  JsonNode *node = json_object_get_member (o, "type");

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strcmp0 (json_node_get_string (node), type) == 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          if (JSON_NODE_HOLDS_VALUE (e) && g_strcmp0 (json_node_get_string (e), type) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Each item of a value that may be one object or a list of them. */
static GPtrArray *
objects_of (JsonNode *node)
{
  GPtrArray *result = g_ptr_array_new ();

  if (node == NULL)
    return result;
  if (JSON_NODE_HOLDS_OBJECT (node))
    g_ptr_array_add (result, json_node_get_object (node));
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (a, i)))
          g_ptr_array_add (result, json_array_get_object_element (a, i));
    }
  return result;
}

static void
collect_items (JsonNode *node, GPtrArray *items)
{
  JsonObject *o;
  g_autoptr (GPtrArray) list = NULL;
  guint pages = 0;

  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      list = objects_of (node);
      g_ptr_array_extend (items, list, NULL, NULL);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  o = json_node_get_object (node);

  if (has_type (o, "Annotation") || json_object_has_member (o, "target"))
    {
      g_ptr_array_add (items, o);
      return;
    }
  /* Hypothesis API results and exports. */
  if (json_object_has_member (o, "rows"))
    {
      collect_items (json_object_get_member (o, "rows"), items);
      return;
    }
  if (json_object_has_member (o, "annotations"))
    {
      collect_items (json_object_get_member (o, "annotations"), items);
      return;
    }
  if (json_object_has_member (o, "items"))
    {
      collect_items (json_object_get_member (o, "items"), items);
      return;
    }

  /* A collection with embedded pages, followed through "next". */
  node = json_object_get_member (o, "first");
  while (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && pages++ < MAX_PAGES)
    {
      JsonObject *page = json_node_get_object (node);
      g_autoptr (GPtrArray) page_items = objects_of (json_object_get_member (page, "items"));
      g_ptr_array_extend (items, page_items, NULL, NULL);
      node = json_object_get_member (page, "next");
    }
}

typedef struct
{
  const char *source;
  const char *hash;
  const char *exact;
  const char *prefix;
  const char *suffix;
  guint start;
  guint end;
  gboolean has_position;
} ImportTarget;

static gboolean
read_target (JsonObject *annotation, ImportTarget *t)
{
  JsonNode *node = json_object_get_member (annotation, "target");
  g_autoptr (GPtrArray) targets = NULL;
  JsonObject *target;
  g_autoptr (GPtrArray) selectors = NULL;

  memset (t, 0, sizeof *t);
  /* Hypothesis keeps the page URL at the top level. */
  t->source = member_string (annotation, "uri");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      t->source = json_node_get_string (node);
      return FALSE;
    }
  targets = objects_of (node);
  if (targets->len == 0)
    return FALSE;
  target = g_ptr_array_index (targets, 0);
  if (member_string (target, "source") != NULL)
    t->source = member_string (target, "source");
  t->hash = member_string (target, DOSSIER_W3C_CONTENT_HASH);

  selectors = objects_of (json_object_get_member (target, "selector"));
  for (guint i = 0; i < selectors->len; i++)
    {
      JsonObject *s = g_ptr_array_index (selectors, i);

      if (has_type (s, "TextQuoteSelector") && t->exact == NULL)
        {
          t->exact = member_string (s, "exact");
          t->prefix = member_string (s, "prefix");
          t->suffix = member_string (s, "suffix");
        }
      else if (has_type (s, "TextPositionSelector") && !t->has_position)
        t->has_position = member_uint (s, "start", &t->start) && member_uint (s, "end", &t->end)
                          && t->start < t->end;
    }
  return t->exact != NULL || t->has_position;
}

static gboolean
document_has_basename (DossierWorkspaceDocument *entry, const char *source)
{
  GFile *file = dossier_workspace_document_get_file (entry);
  g_autofree char *mine = file ? g_file_get_basename (file) : NULL;
  g_autofree char *path = NULL;
  g_autofree char *theirs = NULL;
  const char *end;

  if (mine == NULL || source == NULL)
    return FALSE;
  /* The last path segment of a URL, without query or fragment, unescaped. */
  end = source + strcspn (source, "?#");
  path = g_strndup (source, end - source);
  while (g_str_has_suffix (path, "/"))
    path[strlen (path) - 1] = '\0';
  theirs = g_uri_unescape_string (strrchr (path, '/') ? strrchr (path, '/') + 1 : path, NULL);
  return theirs != NULL && *theirs != '\0' && strcmp (mine, theirs) == 0;
}

static DossierWorkspaceDocument *
match_document (DossierWorkspace *workspace, const ImportTarget *t)
{
  GListModel *documents = dossier_workspace_get_documents (workspace);
  guint n = g_list_model_get_n_items (documents);
  DossierWorkspaceDocument *entry = NULL;

  if (t->hash != NULL)
    entry = dossier_workspace_find_document (workspace, t->hash);
  if (entry == NULL && t->source != NULL && g_str_has_prefix (t->source, SHA256_URN))
    entry = dossier_workspace_find_document (workspace, t->source + strlen (SHA256_URN));
  if (entry != NULL)
    return entry;

  for (guint i = 0; t->source != NULL && i < n; i++)
    {
      g_autoptr (DossierWorkspaceDocument) e = g_list_model_get_item (documents, i);
      if (document_has_basename (e, t->source))
        return e;
    }

  /* Last resort, for web pages saved under another name: the document that has the quote. */
  for (guint i = 0; t->exact != NULL && *t->exact != '\0' && i < n; i++)
    {
      g_autoptr (DossierWorkspaceDocument) e = g_list_model_get_item (documents, i);
      DossierDocument *doc = dossier_workspace_document_get_document (e);
      DossierAnchorMatch m;

      if (doc != NULL && dossier_anchor_locate (doc, t->exact, t->prefix, t->suffix, 0, 0, 1.0, &m))
        return e;
    }
  return NULL;
}

static void
read_bodies (JsonObject *annotation, GString *note, GPtrArray *tags)
{
  g_autoptr (GPtrArray) bodies = objects_of (json_object_get_member (annotation, "body"));
  JsonArray *hypothesis_tags;
  const char *text;

  for (guint i = 0; i < bodies->len; i++)
    {
      JsonObject *body = g_ptr_array_index (bodies, i);
      const char *value = member_string (body, "value");
      const char *purpose = member_string (body, "purpose");

      if (value == NULL)
        continue;
      if (g_strcmp0 (purpose, "tagging") == 0)
        g_ptr_array_add (tags, (gpointer) value);
      else if (purpose == NULL || g_strcmp0 (purpose, "commenting") == 0
               || g_strcmp0 (purpose, "describing") == 0)
        {
          if (note->len > 0)
            g_string_append (note, "\n\n");
          g_string_append (note, value);
        }
    }

  text = member_string (annotation, "text");
  if (text != NULL && *text != '\0')
    {
      if (note->len > 0)
        g_string_append (note, "\n\n");
      g_string_append (note, text);
    }
  hypothesis_tags = json_object_has_member (annotation, "tags")
                            && JSON_NODE_HOLDS_ARRAY (json_object_get_member (annotation, "tags"))
                        ? json_object_get_array_member (annotation, "tags")
                        : NULL;
  for (guint i = 0; hypothesis_tags != NULL && i < json_array_get_length (hypothesis_tags); i++)
    {
      JsonNode *e = json_array_get_element (hypothesis_tags, i);
      if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
        g_ptr_array_add (tags, (gpointer) json_node_get_string (e));
    }
}

static char *
import_id (JsonObject *annotation)
{
  const char *id = member_string (annotation, "id");

  if (id != NULL && g_str_has_prefix (id, UUID_URN)
      && g_uuid_string_is_valid (id + strlen (UUID_URN)))
    return g_ascii_strdown (id + strlen (UUID_URN), -1);
  /* Ids from elsewhere (Hypothesis URLs) are not UUIDs; the annotation gets its own. */
  return g_uuid_string_random ();
}

static DossierAnnotation *
import_one (DossierWorkspace *workspace, JsonObject *o, GHashTable *seen,
            DossierAnnotationImportReport *report)
{
  ImportTarget t;
  DossierWorkspaceDocument *entry;
  DossierDocument *doc;
  g_autofree char *id = NULL;
  g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;
  g_autoptr (GString) note = g_string_new (NULL);
  g_autoptr (GPtrArray) tags = g_ptr_array_new ();
  const char *created, *modified, *colour;
  DossierAnnotation *a;
  guint start, end;
  gboolean orphaned = FALSE;

  if (!read_target (o, &t)
      || (t.exact != NULL
          && (*t.exact == '\0' || strlen (t.exact) > DOSSIER_ANNOTATION_MAX_QUOTE_BYTES)))
    {
      report->n_invalid++;
      return NULL;
    }
  id = import_id (o);
  if (g_hash_table_contains (seen, id) || dossier_workspace_find_annotation (workspace, id) != NULL)
    {
      report->n_duplicates++;
      return NULL;
    }
  entry = match_document (workspace, &t);
  if (entry == NULL)
    {
      report->n_unmatched++;
      return NULL;
    }
  doc = dossier_workspace_document_get_document (entry);

  start = t.start;
  end = t.end;
  if (doc != NULL)
    {
      DossierAnchorMatch m;

      if (t.exact == NULL)
        {
          if (t.end > dossier_document_get_length (doc))
            {
              report->n_invalid++;
              return NULL;
            }
          t.exact = exact = dossier_document_dup_slice (doc, t.start, t.end);
        }
      if (dossier_anchor_locate (doc, t.exact, t.prefix, t.suffix, t.start, t.end,
                                 DOSSIER_ANCHOR_DEFAULT_THRESHOLD, &m))
        {
          g_clear_pointer (&exact, g_free);
          dossier_anchor_describe (doc, m.start, m.end, &exact, &prefix, &suffix);
          t.exact = exact;
          t.prefix = prefix;
          t.suffix = suffix;
          start = m.start;
          end = m.end;
        }
      else
        orphaned = TRUE;
    }
  else if (t.exact == NULL)
    {
      /* A bare position means nothing without the text it counts into. */
      report->n_invalid++;
      return NULL;
    }
  else
    orphaned = member_bool (o, DOSSIER_W3C_ORPHANED);

  if (!t.has_position && (doc == NULL || orphaned))
    {
      /* Placed once the document is attached; until then the quote is all there is. */
      start = 0;
      end = (guint) g_utf8_strlen (t.exact, -1);
      orphaned = TRUE;
    }

  /* Only the context next to the quote counts; longer context from elsewhere is cut to it. */
  if (t.prefix != NULL && prefix == NULL)
    {
      glong n = g_utf8_strlen (t.prefix, -1);
      t.prefix = prefix = g_strdup (
          g_utf8_offset_to_pointer (t.prefix, MAX (0, n - DOSSIER_ANCHOR_CONTEXT_LENGTH)));
    }
  if (t.suffix != NULL && suffix == NULL)
    t.suffix = suffix = g_utf8_substring (
        t.suffix, 0, MIN (g_utf8_strlen (t.suffix, -1), DOSSIER_ANCHOR_CONTEXT_LENGTH));

  read_bodies (o, note, tags);
  if (note->len > DOSSIER_ANNOTATION_MAX_NOTE_BYTES
      || !g_utf8_validate (note->str, note->len, NULL))
    {
      report->n_invalid++;
      return NULL;
    }

  created = member_string (o, "created");
  if (!dossier_annotation_timestamp_is_valid (created))
    created = NULL;
  a = g_object_new (DOSSIER_TYPE_ANNOTATION, "id", id, "created", created, NULL);
  dossier_annotation_set_target (a, dossier_workspace_document_get_content_hash (entry), start, end,
                                 t.exact, t.prefix, t.suffix);
  colour = member_string (o, DOSSIER_W3C_COLOUR);
  dossier_annotation_set_colour (
      a, dossier_annotation_colour_is_valid (colour) ? colour : DOSSIER_ANNOTATION_DEFAULT_COLOUR);
  dossier_annotation_set_note (a, note->str);
  g_ptr_array_add (tags, NULL);
  dossier_annotation_set_tags (a, (const char *const *) tags->pdata);
  dossier_annotation_set_for_briefing (a, member_bool (o, DOSSIER_W3C_FOR_BRIEFING));
  dossier_annotation_set_orphaned (a, orphaned);
  if (dossier_workspace_document_get_file (entry) != NULL)
    {
      g_autofree char *path = g_file_get_path (dossier_workspace_document_get_file (entry));
      dossier_annotation_set_document_path (a, path);
    }
  modified = member_string (o, "modified");
  if (!dossier_annotation_timestamp_is_valid (modified))
    modified = member_string (o, "updated");
  dossier_annotation_set_modified (a, dossier_annotation_timestamp_is_valid (modified)
                                          ? modified
                                          : dossier_annotation_get_created (a));

  g_hash_table_add (seen, g_strdup (dossier_annotation_get_id (a)));
  report->n_imported++;
  return a;
}

/**
 * dossier_export_annotations_import_w3c:
 * @data: (array length=length): W3C Web Annotation JSON: an AnnotationCollection, an
 *   AnnotationPage, one Annotation or a list of them; or a Hypothesis export
 * @report: (out caller-allocates) (optional): what was taken and what was not
 *
 * Reads annotations and places each one on the matching document of @workspace: by content
 * hash, then by file name in the target's source URL, then by the document containing the
 * quote. On an attached document the quote is located again (so positions fit this text);
 * what cannot be located is returned orphaned. Annotations already in the workspace (same
 * id) are left out. Nothing is added: the caller adds the result, e.g. as one group edit so
 * the import can be undone in one step.
 *
 * Returns: (transfer full) (element-type DossierAnnotation) (nullable): the new annotations,
 *   or %NULL with @error set if @data is not usable
 */
GPtrArray *
dossier_export_annotations_import_w3c (DossierWorkspace *workspace, const char *data, gsize length,
                                       DossierAnnotationImportReport *report, GError **error)
{
  static const DossierJsonLimits limits
      = { DOSSIER_WORKSPACE_MAX_FILE_BYTES, 64, 4000000, (gsize) 8 * 1024 * 1024 };
  DossierAnnotationImportReport local_report = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) local = NULL;
  g_autoptr (GPtrArray) items = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *result;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (report == NULL)
    report = &local_report;
  memset (report, 0, sizeof *report);

  root = dossier_json_parse_guarded (data, length, &limits, &local);
  if (root == NULL)
    {
      g_set_error_literal (error, DOSSIER_EXPORT_ANNOTATIONS_ERROR,
                           local->code == DOSSIER_JSON_GUARD_ERROR_SYNTAX
                                   || local->code == DOSSIER_JSON_GUARD_ERROR_ENCODING
                               ? DOSSIER_EXPORT_ANNOTATIONS_ERROR_INVALID
                               : DOSSIER_EXPORT_ANNOTATIONS_ERROR_TOO_LARGE,
                           local->message);
      return NULL;
    }

  collect_items (root, items);
  if (items->len == 0)
    {
      g_set_error_literal (error, DOSSIER_EXPORT_ANNOTATIONS_ERROR,
                           DOSSIER_EXPORT_ANNOTATIONS_ERROR_INVALID,
                           _ ("The file contains no Web Annotations"));
      return NULL;
    }
  if (items->len > DOSSIER_WORKSPACE_MAX_ANNOTATIONS)
    {
      g_set_error (
          error, DOSSIER_EXPORT_ANNOTATIONS_ERROR, DOSSIER_EXPORT_ANNOTATIONS_ERROR_TOO_LARGE,
          _ ("The file contains more than %u annotations"), DOSSIER_WORKSPACE_MAX_ANNOTATIONS);
      return NULL;
    }

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      DossierAnnotation *a = import_one (workspace, g_ptr_array_index (items, i), seen, report);
      if (a != NULL)
        g_ptr_array_add (result, a);
    }
  return result;
}
