/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-export-annotations.h"

/*
 * Annotations in open formats: W3C Web Annotation JSON-LD
 * (https://www.w3.org/TR/annotation-model/) and Markdown for reading. An exported annotation
 * targets its document by file URL (or urn:sha256: when the file is unknown) with both a
 * TextQuoteSelector and a TextPositionSelector; the note and each tag are TextualBody items
 * with the purposes "commenting" and "tagging". The way back, W3C (and Hypothesis) import, is
 * in dossier-export-annotations-import.c.
 */

#define W3C_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define SHA256_URN "urn:sha256:"
#define UUID_URN "urn:uuid:"

G_DEFINE_QUARK (dossier-export-annotations-error-quark, dossier_export_annotations_error)

static char *
target_source (DossierWorkspace *workspace, DossierAnnotation *a)
{
  DossierWorkspaceDocument *entry
      = dossier_workspace_find_document (workspace, dossier_annotation_get_document_hash (a));

  if (entry != NULL && dossier_workspace_document_get_file (entry) != NULL)
    return g_file_get_uri (dossier_workspace_document_get_file (entry));
  if (dossier_annotation_get_document_path (a) != NULL)
    return g_filename_to_uri (dossier_annotation_get_document_path (a), NULL, NULL);
  return g_strconcat (SHA256_URN, dossier_annotation_get_document_hash (a), NULL);
}

static void
add_textual_body (JsonBuilder *b, const char *value, const char *purpose)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "TextualBody");
  json_builder_set_member_name (b, "value");
  json_builder_add_string_value (b, value);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "text/plain");
  json_builder_set_member_name (b, "purpose");
  json_builder_add_string_value (b, purpose);
  json_builder_end_object (b);
}

static void
build_annotation (JsonBuilder *b, DossierWorkspace *workspace, DossierAnnotation *a)
{
  const char *note = dossier_annotation_get_note (a);
  const char *const *tags = dossier_annotation_get_tags (a);
  g_autofree char *id = g_strconcat (UUID_URN, dossier_annotation_get_id (a), NULL);
  g_autofree char *source = target_source (workspace, a);
  const char *motivation = "highlighting";

  if (*note != '\0')
    motivation = "commenting";
  else if (tags[0] != NULL)
    motivation = "tagging";

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "Annotation");
  json_builder_set_member_name (b, "motivation");
  json_builder_add_string_value (b, motivation);
  json_builder_set_member_name (b, "created");
  json_builder_add_string_value (b, dossier_annotation_get_created (a));
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, dossier_annotation_get_modified (a));

  if (*note != '\0' || tags[0] != NULL)
    {
      json_builder_set_member_name (b, "body");
      json_builder_begin_array (b);
      if (*note != '\0')
        add_textual_body (b, note, "commenting");
      for (guint i = 0; tags[i] != NULL; i++)
        add_textual_body (b, tags[i], "tagging");
      json_builder_end_array (b);
    }

  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "source");
  json_builder_add_string_value (b, source);
  json_builder_set_member_name (b, DOSSIER_W3C_CONTENT_HASH);
  json_builder_add_string_value (b, dossier_annotation_get_document_hash (a));
  json_builder_set_member_name (b, "selector");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "TextQuoteSelector");
  json_builder_set_member_name (b, "exact");
  json_builder_add_string_value (b, dossier_annotation_get_exact (a));
  json_builder_set_member_name (b, "prefix");
  json_builder_add_string_value (b, dossier_annotation_get_prefix (a));
  json_builder_set_member_name (b, "suffix");
  json_builder_add_string_value (b, dossier_annotation_get_suffix (a));
  json_builder_end_object (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "TextPositionSelector");
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, dossier_annotation_get_start (a));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, dossier_annotation_get_end (a));
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, DOSSIER_W3C_COLOUR);
  json_builder_add_string_value (b, dossier_annotation_get_colour (a));
  json_builder_set_member_name (b, DOSSIER_W3C_FOR_BRIEFING);
  json_builder_add_boolean_value (b, dossier_annotation_get_for_briefing (a));
  json_builder_set_member_name (b, DOSSIER_W3C_ORPHANED);
  json_builder_add_boolean_value (b, dossier_annotation_get_orphaned (a));
  json_builder_end_object (b);
}

/**
 * dossier_export_annotations_w3c:
 *
 * Returns: (transfer full): every annotation of @workspace as a W3C AnnotationCollection
 *   with one embedded AnnotationPage
 */
JsonNode *
dossier_export_annotations_w3c (DossierWorkspace *workspace)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  GListModel *annotations;
  g_autofree char *label = NULL;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (workspace), NULL);

  annotations = dossier_workspace_get_annotations (workspace);
  n = g_list_model_get_n_items (annotations);
  label = dossier_workspace_dup_display_name (workspace);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_add_string_value (b, W3C_CONTEXT);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationCollection");
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, label);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "AnnotationPage");
  json_builder_set_member_name (b, "startIndex");
  json_builder_add_int_value (b, 0);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, i);
      build_annotation (b, workspace, a);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * dossier_export_annotations_w3c_to_string:
 *
 * Returns: (transfer full): dossier_export_annotations_w3c() as indented JSON text
 */
char *
dossier_export_annotations_w3c_to_string (DossierWorkspace *workspace)
{
  g_autoptr (JsonNode) root = dossier_export_annotations_w3c (workspace);
  g_autoptr (JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

/* Markdown */

/* Characters that would turn quoted text into formatting. */
static void
append_escaped (GString *out, const char *text, gboolean line_start)
{
  for (const char *p = text; *p; p++)
    {
      if (line_start)
        {
          const char *q = p;
          while (g_ascii_isdigit (*q))
            q++;
          if (strchr ("#+-=>", *p) != NULL || (q > p && (*q == '.' || *q == ')')))
            {
              if (q > p)
                {
                  g_string_append_len (out, p, q - p);
                  p = q;
                }
              g_string_append_c (out, '\\');
            }
        }
      line_start = FALSE;
      if (strchr ("\\`*_[]<>|~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_code (GString *out, const char *text)
{
  /* A code span needs a longer run of backticks than any inside it. */
  guint longest = 0, run = 0;
  g_autofree char *fence = NULL;

  for (const char *p = text; *p; p++)
    {
      run = *p == '`' ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  fence = g_strnfill (longest + 1, '`');
  g_string_append_printf (out, "%s%s%s%s%s", fence, longest ? " " : "", text, longest ? " " : "",
                          fence);
}

static void
append_blockquote (GString *out, const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append (out, lines[i][0] ? "> " : ">");
      append_escaped (out, lines[i], TRUE);
      g_string_append_c (out, '\n');
    }
}

static void
append_annotation (GString *out, DossierAnnotation *a)
{
  const char *note = dossier_annotation_get_note (a);
  const char *const *tags = dossier_annotation_get_tags (a);
  g_autoptr (GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  append_blockquote (out, dossier_annotation_get_exact (a));
  g_string_append_c (out, '\n');

  if (*note != '\0')
    {
      /* The analyst's note is their own text: it may well be Markdown. */
      g_string_append_printf (out, "**%s** %s\n\n", _ ("Note:"), note);
    }

  if (tags[0] != NULL)
    {
      g_autoptr (GString) t = g_string_new (NULL);
      g_string_append_printf (t, "%s ", _ ("Tags:"));
      for (guint i = 0; tags[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (t, ", ");
          append_code (t, tags[i]);
        }
      g_ptr_array_add (facts, g_string_free (g_steal_pointer (&t), FALSE));
    }
  g_ptr_array_add (facts, g_strdup_printf ("%s %s", _ ("Colour:"),
                                           dossier_annotation_colour_to_label (
                                               dossier_annotation_get_colour (a))));
  if (dossier_annotation_get_for_briefing (a))
    g_ptr_array_add (facts, g_strdup (_ ("For the briefing")));
  if (dossier_annotation_get_orphaned (a))
    g_ptr_array_add (facts, g_strdup (_ ("Not found in the current text of the document")));
  g_ptr_array_add (facts, NULL);
  joined = g_strjoinv (" · ", (char **) facts->pdata);
  g_string_append_printf (out, "%s\n\n", joined);
}

static void
append_section (GString *out, const char *title, const char *location, GPtrArray *annotations)
{
  g_string_append (out, "## ");
  append_escaped (out, title, FALSE);
  g_string_append (out, "\n\n");
  if (location != NULL)
    {
      append_code (out, location);
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < annotations->len; i++)
    append_annotation (out, g_ptr_array_index (annotations, i));
}

/**
 * dossier_export_annotations_markdown:
 *
 * One section per document (by its title) with each annotation in text order: the quote as
 * a blockquote, the note, the tags and the colour.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
dossier_export_annotations_markdown (DossierWorkspace *workspace)
{
  g_autoptr (GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = NULL;
  GListModel *documents, *annotations;
  GString *out;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (workspace), NULL);

  out = g_string_new (NULL);
  name = dossier_workspace_dup_display_name (workspace);
  g_string_append (out, "# ");
  /* TRANSLATORS: heading of the Markdown export; %s is the workspace name. */
  {
    g_autofree char *heading = g_strdup_printf (_ ("Annotations: %s"), name);
    append_escaped (out, heading, FALSE);
  }
  g_string_append (out, "\n\n");

  documents = dossier_workspace_get_documents (workspace);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierWorkspaceDocument) entry = g_list_model_get_item (documents, i);
      const char *hash = dossier_workspace_document_get_content_hash (entry);
      GFile *file = dossier_workspace_document_get_file (entry);
      g_autoptr (GPtrArray) list = dossier_workspace_dup_annotations_for_document (workspace, hash);
      g_autofree char *base = file ? g_file_get_basename (file) : NULL;
      g_autofree char *location = base ? g_filename_display_name (base) : NULL;
      const char *title = dossier_workspace_document_get_title (entry);

      g_hash_table_add (done, (gpointer) hash);
      if (list->len == 0)
        continue;
      append_section (out, title && *title ? title : location ? location : hash, location, list);
    }

  /* Annotations whose document is no longer in the workspace are exported too. */
  annotations = dossier_workspace_get_annotations (workspace);
  n = g_list_model_get_n_items (annotations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, i);
      const char *hash = dossier_annotation_get_document_hash (a);
      g_autoptr (GPtrArray) list = NULL;
      g_autofree char *title = NULL;

      if (g_hash_table_contains (done, hash))
        continue;
      g_hash_table_add (done, (gpointer) hash);
      list = dossier_workspace_dup_annotations_for_document (workspace, hash);
      title = g_strdup_printf (_ ("Document %.12s…"), hash);
      append_section (out, title, NULL, list);
    }
  return g_string_free (out, FALSE);
}
