/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-json-guard.h"
#include "dossier-workspace-private.h"

/*
 * The workspace file format, version 1 (docs/workspace-format.md). Reading is strict: every
 * member the format defines is checked for presence, type, range and size before anything
 * is built, and errors name the member ("annotations[3].target.start"), so a damaged or
 * hostile file is refused with a message instead of half-loaded. Members the format does not
 * define are ignored, so later 1.x writers can add optional data.
 */

#define MAX_TOKENS 2000000
#define MAX_STRING_RAW ((gsize) 8 * 1024 * 1024)
#define MAX_ID_BYTES 128
#define MAX_PATH_BYTES 4096
#define MAX_TITLE_BYTES ((gsize) 64 * 1024)
#define MAX_SHORT_BYTES 256
#define MAX_OFFSET ((guint) G_MAXINT32)

void
dossier_workspace_data_init (DossierWorkspaceData *data)
{
  memset (data, 0, sizeof *data);
  data->documents = g_ptr_array_new_with_free_func (g_object_unref);
  data->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  data->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_link_decision_free);
  data->scroll = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
dossier_workspace_data_clear (DossierWorkspaceData *data)
{
  g_clear_pointer (&data->documents, g_ptr_array_unref);
  g_clear_pointer (&data->annotations, g_ptr_array_unref);
  g_clear_pointer (&data->decisions, g_ptr_array_unref);
  g_clear_pointer (&data->open_document, g_free);
  g_clear_pointer (&data->scroll, g_hash_table_unref);
  g_clear_pointer (&data->timeline_start, g_free);
  g_clear_pointer (&data->timeline_end, g_free);
  g_clear_pointer (&data->recovery_original, g_free);
  g_clear_pointer (&data->recovery_session, g_free);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GError **error, DossierWorkspaceError code, const char *where, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (*where == '\0')
    g_set_error (error, DOSSIER_WORKSPACE_ERROR, code, _ ("The workspace is invalid: %s"), what);
  else
    /* TRANSLATORS: the first %s is where in the file, e.g. "annotations[3].colour". */
    g_set_error (error, DOSSIER_WORKSPACE_ERROR, code, _ ("The workspace is invalid at %s: %s"),
                 where, what);
  return FALSE;
}

static char *
at (const char *where, const char *name)
{
  return *where ? g_strdup_printf ("%s.%s", where, name) : g_strdup (name);
}

static gboolean
get_string (JsonObject *o, const char *name, const char *where, gboolean required,
            gboolean nullable, gsize max, char **out, GError **error)
{
  JsonNode *node = json_object_get_member (o, name);
  g_autofree char *here = at (where, name);
  const char *s;

  *out = NULL;
  if (node == NULL)
    return required
               ? fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("“%s” is missing"), name)
               : TRUE;
  if (JSON_NODE_HOLDS_NULL (node) && nullable)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected a text"));
  s = json_node_get_string (node);
  if (strlen (s) > max)
    {
      g_autofree char *limit = g_format_size (max);
      return fail (error, DOSSIER_WORKSPACE_ERROR_TOO_LARGE, here, _ ("longer than %s"), limit);
    }
  *out = g_strdup (s);
  return TRUE;
}

static gboolean
get_uint (JsonObject *o, const char *name, const char *where, gboolean required, guint max,
          guint *out, GError **error)
{
  JsonNode *node = json_object_get_member (o, name);
  g_autofree char *here = at (where, name);
  gint64 v;

  if (node == NULL)
    return required
               ? fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("“%s” is missing"), name)
               : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected a whole number"));
  v = json_node_get_int (node);
  if (v < 0 || v > (gint64) max)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected a number from 0 to %u"),
                 max);
  *out = (guint) v;
  return TRUE;
}

static gboolean
get_bool (JsonObject *o, const char *name, const char *where, gboolean *out, GError **error)
{
  JsonNode *node = json_object_get_member (o, name);
  g_autofree char *here = at (where, name);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected true or false"));
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_array (JsonObject *o, const char *name, const char *where, gboolean required, guint max,
           JsonArray **out, GError **error)
{
  JsonNode *node = json_object_get_member (o, name);
  g_autofree char *here = at (where, name);

  *out = NULL;
  if (node == NULL)
    return required
               ? fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("“%s” is missing"), name)
               : TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected a list"));
  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max)
    return fail (error, DOSSIER_WORKSPACE_ERROR_TOO_LARGE, here, _ ("more than %u items"), max);
  return TRUE;
}

static gboolean
get_object (JsonObject *o, const char *name, const char *where, gboolean required, JsonObject **out,
            GError **error)
{
  JsonNode *node = json_object_get_member (o, name);
  g_autofree char *here = at (where, name);

  *out = NULL;
  if (node == NULL)
    return required
               ? fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("“%s” is missing"), name)
               : TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
element_object (JsonArray *array, guint i, const char *where, JsonObject **out, GError **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("expected an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
get_hash (JsonObject *o, const char *name, const char *where, gboolean required, gboolean nullable,
          char **out, GError **error)
{
  g_autofree char *here = at (where, name);

  if (!get_string (o, name, where, required, nullable, 64, out, error))
    return FALSE;
  if (*out != NULL && !dossier_workspace_is_content_hash (*out))
    {
      g_clear_pointer (out, g_free);
      return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here,
                   _ ("expected a SHA-256 content hash (64 lowercase hex digits)"));
    }
  return TRUE;
}

static gboolean
get_timestamp (JsonObject *o, const char *name, const char *where, gboolean required, char **out,
               GError **error)
{
  g_autofree char *here = at (where, name);

  if (!get_string (o, name, where, required, FALSE, 64, out, error))
    return FALSE;
  if (*out != NULL && !dossier_annotation_timestamp_is_valid (*out))
    {
      g_clear_pointer (out, g_free);
      return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected an ISO 8601 time"));
    }
  return TRUE;
}

static GFile *
resolve_path (const char *path, GFile *base)
{
  if (g_str_has_prefix (path, "file:"))
    return g_file_new_for_uri (path);
  if (g_path_is_absolute (path) || base == NULL)
    return g_file_new_for_path (path);
  return g_file_resolve_relative_path (base, path);
}

static gboolean
parse_documents (JsonArray *array, GFile *base, DossierWorkspaceData *data, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("documents[%u]", i);
      g_autofree char *path = NULL;
      g_autofree char *hash = NULL;
      g_autofree char *title = NULL;
      g_autoptr (GFile) file = NULL;
      JsonObject *o;

      if (!element_object (array, i, where, &o, error)
          || !get_string (o, "path", where, FALSE, TRUE, MAX_PATH_BYTES, &path, error)
          || !get_hash (o, "sha256", where, TRUE, FALSE, &hash, error)
          || !get_string (o, "title", where, FALSE, TRUE, MAX_TITLE_BYTES, &title, error))
        return FALSE;
      if (path != NULL && *path == '\0')
        return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("the path is empty"));
      if (g_hash_table_contains (seen, hash))
        return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where,
                     _ ("the same document is listed twice"));
      if (path != NULL)
        file = resolve_path (path, base);
      g_ptr_array_add (data->documents, dossier_workspace_document_new (file, hash, title));
      g_hash_table_add (seen, (gpointer) dossier_workspace_document_get_content_hash (
                                  g_ptr_array_index (data->documents, data->documents->len - 1)));
    }
  return TRUE;
}

static gboolean
parse_tags (JsonObject *o, const char *where, char ***out, GError **error)
{
  g_autofree char *here = at (where, "tags");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *out = NULL;
  if (!get_array (o, "tags", where, FALSE, DOSSIER_ANNOTATION_MAX_TAGS, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *tag;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here, _ ("expected a list of texts"));
      tag = json_node_get_string (node);
      if (strlen (tag) > DOSSIER_ANNOTATION_MAX_TAG_BYTES)
        return fail (error, DOSSIER_WORKSPACE_ERROR_TOO_LARGE, here, _ ("a tag is too long"));
      g_strv_builder_add (builder, tag);
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
parse_annotation (JsonObject *o, const char *where, GHashTable *ids, DossierWorkspaceData *data,
                  GError **error)
{
  g_autofree char *id = NULL, *document = NULL, *colour = NULL, *note = NULL;
  g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;
  g_autofree char *created = NULL, *modified = NULL, *twhere = NULL;
  g_auto (GStrv) tags = NULL;
  gboolean for_briefing, orphaned;
  guint start = 0, end = 0;
  JsonObject *target;
  DossierAnnotation *a;

  twhere = at (where, "target");
  if (!get_string (o, "id", where, TRUE, FALSE, MAX_ID_BYTES, &id, error)
      || !get_hash (o, "document", where, TRUE, FALSE, &document, error)
      || !get_object (o, "target", where, TRUE, &target, error)
      || !get_string (target, "exact", twhere, TRUE, FALSE, DOSSIER_ANNOTATION_MAX_QUOTE_BYTES,
                      &exact, error)
      || !get_string (target, "prefix", twhere, FALSE, FALSE, DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES,
                      &prefix, error)
      || !get_string (target, "suffix", twhere, FALSE, FALSE, DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES,
                      &suffix, error)
      || !get_uint (target, "start", twhere, TRUE, MAX_OFFSET, &start, error)
      || !get_uint (target, "end", twhere, TRUE, MAX_OFFSET, &end, error)
      || !get_string (o, "colour", where, TRUE, FALSE, MAX_SHORT_BYTES, &colour, error)
      || !get_string (o, "note", where, FALSE, FALSE, DOSSIER_ANNOTATION_MAX_NOTE_BYTES, &note,
                      error)
      || !parse_tags (o, where, &tags, error)
      || !get_bool (o, "for_briefing", where, &for_briefing, error)
      || !get_bool (o, "orphaned", where, &orphaned, error)
      || !get_timestamp (o, "created", where, TRUE, &created, error)
      || !get_timestamp (o, "modified", where, FALSE, &modified, error))
    return FALSE;

  if (*id == '\0')
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("the id is empty"));
  if (g_hash_table_contains (ids, id))
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where, _ ("the id “%s” is used twice"),
                 id);
  if (*exact == '\0')
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, twhere, _ ("the quote is empty"));
  if (start >= end)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, twhere,
                 _ ("“start” must be before “end”"));
  if (!dossier_annotation_colour_is_valid (colour))
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where,
                 _ ("“%s” is not a highlight colour"), colour);

  a = g_object_new (DOSSIER_TYPE_ANNOTATION, "id", id, "created", created, NULL);
  g_ptr_array_add (data->annotations, a);
  g_hash_table_add (ids, (gpointer) dossier_annotation_get_id (a));
  dossier_annotation_set_target (a, document, start, end, exact, prefix, suffix);
  dossier_annotation_set_colour (a, colour);
  dossier_annotation_set_note (a, note);
  dossier_annotation_set_tags (a, (const char *const *) tags);
  dossier_annotation_set_for_briefing (a, for_briefing);
  dossier_annotation_set_orphaned (a, orphaned);
  /* Last: the setters above stamp the current time. */
  dossier_annotation_set_modified (a, modified ? modified : created);
  return TRUE;
}

static gboolean
parse_link_end (JsonObject *o, const char *name, const char *where, DossierLinkEnd *end,
                GError **error)
{
  g_autofree char *here = at (where, name);
  JsonObject *e;

  if (!get_object (o, name, where, TRUE, &e, error)
      || !get_hash (e, "document", here, TRUE, FALSE, &end->document, error)
      || !get_uint (e, "start", here, TRUE, MAX_OFFSET, &end->start, error)
      || !get_uint (e, "end", here, TRUE, MAX_OFFSET, &end->end, error)
      || !get_string (e, "quote", here, FALSE, FALSE, DOSSIER_ANNOTATION_MAX_QUOTE_BYTES,
                      &end->quote, error))
    return FALSE;
  if (end->start > end->end)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, here,
                 _ ("“start” must not be after “end”"));
  if (end->quote == NULL)
    end->quote = g_strdup ("");
  return TRUE;
}

static gboolean
parse_decisions (JsonArray *array, DossierWorkspaceData *data, GError **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("link_decisions[%u]", i);
      g_autoptr (DossierLinkDecision) d = g_new0 (DossierLinkDecision, 1);
      g_autofree char *kind = NULL;
      JsonObject *o;

      if (!element_object (array, i, where, &o, error)
          || !parse_link_end (o, "source", where, &d->source, error)
          || !parse_link_end (o, "target", where, &d->target, error)
          || !get_string (o, "decision", where, TRUE, FALSE, MAX_SHORT_BYTES, &kind, error)
          || !get_string (o, "status", where, FALSE, TRUE, DOSSIER_LINK_DECISION_MAX_STATUS_BYTES,
                          &d->status, error)
          || !get_timestamp (o, "time", where, FALSE, &d->time, error))
        return FALSE;
      if (!dossier_link_decision_kind_from_string (kind, &d->decision))
        return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where,
                     _ ("“%s” is not a link decision"), kind);
      for (guint j = 0; j < data->decisions->len; j++)
        if (dossier_link_decision_same_link (g_ptr_array_index (data->decisions, j), d))
          return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, where,
                       _ ("the same link has two decisions"));
      g_ptr_array_add (data->decisions, g_steal_pointer (&d));
    }
  return TRUE;
}

static gboolean
parse_view (JsonObject *root, DossierWorkspaceData *data, GError **error)
{
  JsonObject *view, *timeline;
  JsonArray *scroll;

  if (!get_object (root, "view", "", FALSE, &view, error))
    return FALSE;
  if (view == NULL)
    return TRUE;
  if (!get_hash (view, "open_document", "view", FALSE, TRUE, &data->open_document, error)
      || !get_array (view, "scroll", "view", FALSE, DOSSIER_WORKSPACE_MAX_DOCUMENTS, &scroll, error)
      || !get_object (view, "timeline", "view", FALSE, &timeline, error))
    return FALSE;

  for (guint i = 0; scroll != NULL && i < json_array_get_length (scroll); i++)
    {
      g_autofree char *where = g_strdup_printf ("view.scroll[%u]", i);
      g_autofree char *hash = NULL;
      guint offset = 0;
      JsonObject *o;

      if (!element_object (scroll, i, where, &o, error)
          || !get_hash (o, "document", where, TRUE, FALSE, &hash, error)
          || !get_uint (o, "offset", where, TRUE, MAX_OFFSET, &offset, error))
        return FALSE;
      g_hash_table_replace (data->scroll, g_steal_pointer (&hash), GUINT_TO_POINTER (offset));
    }

  if (timeline != NULL)
    {
      if (!get_string (timeline, "start", "view.timeline", FALSE, TRUE, 10, &data->timeline_start,
                       error)
          || !get_string (timeline, "end", "view.timeline", FALSE, TRUE, 10, &data->timeline_end,
                          error))
        return FALSE;
      if ((data->timeline_start && !dossier_workspace_is_iso_date (data->timeline_start))
          || (data->timeline_end && !dossier_workspace_is_iso_date (data->timeline_end)))
        return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, "view.timeline",
                     _ ("expected dates as YYYY-MM-DD"));
    }
  return TRUE;
}

static gboolean
parse_recovery (JsonObject *root, DossierWorkspaceData *data, GError **error)
{
  JsonObject *recovery;

  if (!get_object (root, "recovery", "", FALSE, &recovery, error))
    return FALSE;
  if (recovery == NULL)
    return TRUE;
  if (!get_string (recovery, "original", "recovery", FALSE, TRUE, MAX_PATH_BYTES * 3,
                   &data->recovery_original, error)
      || !get_string (recovery, "session", "recovery", FALSE, FALSE, MAX_ID_BYTES,
                      &data->recovery_session, error))
    return FALSE;
  if (data->recovery_original == NULL)
    data->recovery_original = g_strdup ("");
  return TRUE;
}

static DossierWorkspaceError
guard_code (const GError *error)
{
  switch (error->code)
    {
    case DOSSIER_JSON_GUARD_ERROR_TOO_LARGE:
    case DOSSIER_JSON_GUARD_ERROR_TOO_DEEP:
    case DOSSIER_JSON_GUARD_ERROR_TOO_MANY:
      return DOSSIER_WORKSPACE_ERROR_TOO_LARGE;
    case DOSSIER_JSON_GUARD_ERROR_SYNTAX:
    case DOSSIER_JSON_GUARD_ERROR_ENCODING:
    default:
      return DOSSIER_WORKSPACE_ERROR_SYNTAX;
    }
}

/**
 * dossier_workspace_io_parse:
 * @base: (nullable): the folder relative document paths start from
 *
 * Checks @contents against the format and fills @data (initialized by the caller).
 */
gboolean
dossier_workspace_io_parse (const char *contents, gsize length, GFile *base,
                            DossierWorkspaceData *data, GError **error)
{
  static const DossierJsonLimits limits
      = { DOSSIER_WORKSPACE_MAX_FILE_BYTES, DOSSIER_WORKSPACE_MAX_DEPTH, MAX_TOKENS,
          MAX_STRING_RAW };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) local = NULL;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *o;
  JsonNode *format, *version;
  JsonArray *documents, *annotations, *decisions;
  gint64 v;

  root = dossier_json_parse_guarded (contents, length, &limits, &local);
  if (root == NULL)
    {
      g_set_error_literal (error, DOSSIER_WORKSPACE_ERROR, guard_code (local), local->message);
      return FALSE;
    }

  o = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  format = o ? json_object_get_member (o, "format") : NULL;
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format)
      || json_node_get_value_type (format) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (format), DOSSIER_WORKSPACE_FORMAT) != 0)
    {
      g_set_error_literal (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE,
                           _ ("This file is not a Dossier workspace"));
      return FALSE;
    }
  version = json_object_get_member (o, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    return fail (error, DOSSIER_WORKSPACE_ERROR_INVALID, "version",
                 _ ("expected a format version number"));
  v = json_node_get_int (version);
  if (v > DOSSIER_WORKSPACE_FORMAT_VERSION)
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NEWER_VERSION,
                   _ ("This workspace was saved by a newer version of Dossier (format version "
                      "%" G_GINT64_FORMAT
                      "; this version reads up to %d). Update Dossier to open it."),
                   v, DOSSIER_WORKSPACE_FORMAT_VERSION);
      return FALSE;
    }

  if (!get_array (o, "documents", "", TRUE, DOSSIER_WORKSPACE_MAX_DOCUMENTS, &documents, error)
      || !get_array (o, "annotations", "", TRUE, DOSSIER_WORKSPACE_MAX_ANNOTATIONS, &annotations,
                     error)
      || !get_array (o, "link_decisions", "", FALSE, DOSSIER_WORKSPACE_MAX_LINK_DECISIONS,
                     &decisions, error)
      || !parse_documents (documents, base, data, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (annotations); i++)
    {
      g_autofree char *where = g_strdup_printf ("annotations[%u]", i);
      JsonObject *a;

      if (!element_object (annotations, i, where, &a, error)
          || !parse_annotation (a, where, ids, data, error))
        return FALSE;
    }

  return parse_decisions (decisions, data, error) && parse_view (o, data, error)
         && parse_recovery (o, data, error);
}

/* Writing */

static char *
stored_path (GFile *file, GFile *base)
{
  g_autofree char *path = NULL;

  if (file == NULL)
    return NULL;

  /* Relative when the document sits in the workspace's folder or near it, so a folder of
   * documents and its workspace can move together. */
  if (base != NULL)
    {
      g_autoptr (GFile) ancestor = g_object_ref (base);
      g_autoptr (GString) up = g_string_new (NULL);

      for (guint level = 0; level <= 2; level++)
        {
          g_autofree char *rel = g_file_get_relative_path (ancestor, file);
          g_autoptr (GFile) parent = NULL;
          g_autoptr (GFile) grandparent = NULL;

          if (rel != NULL && g_utf8_validate (rel, -1, NULL))
            return g_strconcat (up->str, rel, NULL);
          parent = g_file_get_parent (ancestor);
          grandparent = parent ? g_file_get_parent (parent) : NULL;
          if (grandparent == NULL)
            break;
          g_string_append (up, "../");
          g_set_object (&ancestor, parent);
        }
    }

  path = g_file_get_path (file);
  if (path != NULL && g_utf8_validate (path, -1, NULL))
    return g_steal_pointer (&path);
  /* Names that are not UTF-8 go as an escaped URI, which JSON can hold. */
  return g_file_get_uri (file);
}

static void
add_string_or_null (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
build_annotation (JsonBuilder *b, DossierAnnotation *a)
{
  const char *const *tags = dossier_annotation_get_tags (a);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, dossier_annotation_get_id (a));
  json_builder_set_member_name (b, "document");
  json_builder_add_string_value (b, dossier_annotation_get_document_hash (a));
  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "exact");
  json_builder_add_string_value (b, dossier_annotation_get_exact (a));
  json_builder_set_member_name (b, "prefix");
  json_builder_add_string_value (b, dossier_annotation_get_prefix (a));
  json_builder_set_member_name (b, "suffix");
  json_builder_add_string_value (b, dossier_annotation_get_suffix (a));
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, dossier_annotation_get_start (a));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, dossier_annotation_get_end (a));
  json_builder_end_object (b);
  json_builder_set_member_name (b, "colour");
  json_builder_add_string_value (b, dossier_annotation_get_colour (a));
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, dossier_annotation_get_note (a));
  json_builder_set_member_name (b, "tags");
  json_builder_begin_array (b);
  for (guint i = 0; tags[i] != NULL; i++)
    json_builder_add_string_value (b, tags[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "for_briefing");
  json_builder_add_boolean_value (b, dossier_annotation_get_for_briefing (a));
  json_builder_set_member_name (b, "orphaned");
  json_builder_add_boolean_value (b, dossier_annotation_get_orphaned (a));
  json_builder_set_member_name (b, "created");
  json_builder_add_string_value (b, dossier_annotation_get_created (a));
  json_builder_set_member_name (b, "modified");
  json_builder_add_string_value (b, dossier_annotation_get_modified (a));
  json_builder_end_object (b);
}

static void
build_link_end (JsonBuilder *b, const char *name, const DossierLinkEnd *end)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "document");
  json_builder_add_string_value (b, end->document);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, end->start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, end->end);
  json_builder_set_member_name (b, "quote");
  json_builder_add_string_value (b, end->quote ? end->quote : "");
  json_builder_end_object (b);
}

static int
compare_keys (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
build_view (JsonBuilder *b, DossierWorkspace *self)
{
  GHashTable *scroll = dossier_workspace_get_scroll_table (self);
  g_autofree gpointer *keys = g_hash_table_get_keys_as_array (scroll, NULL);
  const char *start, *end;
  guint n = g_hash_table_size (scroll);

  /* Sorted, so the same workspace always makes the same file. */
  g_qsort_with_data (keys, (gint) n, sizeof (gpointer), compare_keys, NULL);
  json_builder_set_member_name (b, "view");
  json_builder_begin_object (b);
  add_string_or_null (b, "open_document", dossier_workspace_get_open_document (self));
  json_builder_set_member_name (b, "scroll");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "document");
      json_builder_add_string_value (b, keys[i]);
      json_builder_set_member_name (b, "offset");
      json_builder_add_int_value (b, GPOINTER_TO_UINT (g_hash_table_lookup (scroll, keys[i])));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  dossier_workspace_get_timeline_range (self, &start, &end);
  json_builder_set_member_name (b, "timeline");
  json_builder_begin_object (b);
  add_string_or_null (b, "start", start);
  add_string_or_null (b, "end", end);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/**
 * dossier_workspace_io_build:
 * @base: (nullable): folder for relative document paths; %NULL writes absolute paths
 * @for_recovery: add the member that says which workspace a recovery copy stands for
 *
 * Returns: (transfer full): the workspace as a JSON tree
 */
JsonNode *
dossier_workspace_io_build (DossierWorkspace *self, GFile *base, gboolean for_recovery)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  GListModel *documents = dossier_workspace_get_documents (self);
  GListModel *annotations = dossier_workspace_get_annotations (self);
  guint n;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, DOSSIER_WORKSPACE_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, DOSSIER_WORKSPACE_FORMAT_VERSION);
  json_builder_set_member_name (b, "generator");
  json_builder_add_string_value (b, "Dossier " PACKAGE_VERSION);

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierWorkspaceDocument) d = g_list_model_get_item (documents, i);
      g_autofree char *path = stored_path (dossier_workspace_document_get_file (d), base);

      json_builder_begin_object (b);
      add_string_or_null (b, "path", path);
      json_builder_set_member_name (b, "sha256");
      json_builder_add_string_value (b, dossier_workspace_document_get_content_hash (d));
      add_string_or_null (b, "title", dossier_workspace_document_get_title (d));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "annotations");
  json_builder_begin_array (b);
  n = g_list_model_get_n_items (annotations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, i);
      build_annotation (b, a);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "link_decisions");
  json_builder_begin_array (b);
  n = dossier_workspace_get_n_link_decisions (self);
  for (guint i = 0; i < n; i++)
    {
      const DossierLinkDecision *d = dossier_workspace_get_link_decision (self, i);

      json_builder_begin_object (b);
      build_link_end (b, "source", &d->source);
      build_link_end (b, "target", &d->target);
      json_builder_set_member_name (b, "decision");
      json_builder_add_string_value (b, dossier_link_decision_kind_to_string (d->decision));
      add_string_or_null (b, "status", d->status);
      if (d->time != NULL)
        {
          json_builder_set_member_name (b, "time");
          json_builder_add_string_value (b, d->time);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  build_view (b, self);

  if (for_recovery)
    {
      GFile *file = dossier_workspace_get_file (self);
      g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
      g_autofree char *now = dossier_annotation_now_iso8601 ();

      json_builder_set_member_name (b, "recovery");
      json_builder_begin_object (b);
      add_string_or_null (b, "original", uri);
      json_builder_set_member_name (b, "session");
      json_builder_add_string_value (b, dossier_workspace_get_session_id (self));
      json_builder_set_member_name (b, "saved");
      json_builder_add_string_value (b, now);
      json_builder_end_object (b);
    }

  json_builder_end_object (b);
  return json_builder_get_root (b);
}
