/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-anchor.h"
#include "dossier-import.h"
#include "dossier-workspace-private.h"

/*
 * The analyst's layer over a set of documents: annotations, link decisions and view state.
 * Views observe it (GListModels, notify, "annotation-changed"). This file holds the object,
 * its documents and view state; changes to annotations and link decisions, all made through
 * reversible DossierWorkspaceEdits, are in dossier-workspace-annotations.c; loading and saving
 * in dossier-workspace-file.c; the JSON schema in dossier-workspace-io.c.
 */


G_DEFINE_FINAL_TYPE (DossierWorkspace, dossier_workspace, G_TYPE_OBJECT)
G_DEFINE_QUARK (dossier-workspace-error-quark, dossier_workspace_error)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_OPEN_DOCUMENT,
  N_PROPS
};

enum
{
  ANNOTATION_CHANGED,
  LINK_DECISIONS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_annotation_notify (DossierAnnotation *annotation, GParamSpec *pspec, DossierWorkspace *self)
{
  /* The path is derived from the document list and not saved. */
  if (g_strcmp0 (pspec->name, "document-path") == 0)
    return;
  dossier_workspace_set_modified (self, TRUE);
  g_signal_emit (self, signals[ANNOTATION_CHANGED], 0, annotation);
}

void
dossier_workspace_track (DossierWorkspace *self, DossierAnnotation *annotation)
{
  DossierWorkspaceDocument *entry
      = dossier_workspace_find_document (self, dossier_annotation_get_document_hash (annotation));

  if (entry != NULL && dossier_workspace_document_get_file (entry) != NULL)
    {
      g_autofree char *path = g_file_get_path (dossier_workspace_document_get_file (entry));
      dossier_annotation_set_document_path (annotation, path);
    }
  g_hash_table_insert (self->by_id, (gpointer) dossier_annotation_get_id (annotation), annotation);
  g_signal_connect_object (annotation, "notify", G_CALLBACK (on_annotation_notify), self, 0);
}

void
dossier_workspace_untrack (DossierWorkspace *self, DossierAnnotation *annotation)
{
  g_signal_handlers_disconnect_by_func (annotation, on_annotation_notify, self);
  g_hash_table_remove (self->by_id, dossier_annotation_get_id (annotation));
}

static void
dossier_workspace_dispose (GObject *object)
{
  DossierWorkspace *self = DOSSIER_WORKSPACE (object);

  if (self->annotations != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (DossierAnnotation) a
              = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
          g_signal_handlers_disconnect_by_func (a, on_annotation_notify, self);
        }
    }
  g_clear_object (&self->annotations);
  g_clear_object (&self->documents);

  G_OBJECT_CLASS (dossier_workspace_parent_class)->dispose (object);
}

static void
dossier_workspace_finalize (GObject *object)
{
  DossierWorkspace *self = DOSSIER_WORKSPACE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->decisions, g_ptr_array_unref);
  g_clear_pointer (&self->open_document, g_free);
  g_clear_pointer (&self->scroll, g_hash_table_unref);
  g_clear_pointer (&self->timeline_start, g_free);
  g_clear_pointer (&self->timeline_end, g_free);

  G_OBJECT_CLASS (dossier_workspace_parent_class)->finalize (object);
}

static void
dossier_workspace_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierWorkspace *self = DOSSIER_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_OPEN_DOCUMENT:
      g_value_set_string (value, self->open_document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_workspace_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  DossierWorkspace *self = DOSSIER_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      dossier_workspace_set_modified (self, g_value_get_boolean (value));
      break;
    case PROP_OPEN_DOCUMENT:
      dossier_workspace_set_open_document (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_workspace_class_init (DossierWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_workspace_dispose;
  object_class->finalize = dossier_workspace_finalize;
  object_class->get_property = dossier_workspace_get_property;
  object_class->set_property = dossier_workspace_set_property;

  properties[PROP_FILE]
      = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED]
      = g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPEN_DOCUMENT]
      = g_param_spec_string ("open-document", NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierWorkspace::annotation-changed:
   * @annotation: the annotation whose fields changed
   *
   * Emitted for every property change of an annotation in the workspace (additions and
   * removals show as items-changed on the annotations model), so a reader can repaint.
   */
  signals[ANNOTATION_CHANGED]
      = g_signal_new ("annotation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  /**
   * DossierWorkspace::link-decisions-changed:
   *
   * Emitted when a link decision is recorded, changed or cleared.
   */
  signals[LINK_DECISIONS_CHANGED]
      = g_signal_new ("link-decisions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                      NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dossier_workspace_init (DossierWorkspace *self)
{
  self->session_id = g_uuid_string_random ();
  self->documents = g_list_store_new (DOSSIER_TYPE_WORKSPACE_DOCUMENT);
  self->annotations = g_list_store_new (DOSSIER_TYPE_ANNOTATION);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_link_decision_free);
  self->scroll = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * dossier_workspace_new:
 *
 * Returns: (transfer full): an empty, untitled workspace
 */
DossierWorkspace *
dossier_workspace_new (void)
{
  return g_object_new (DOSSIER_TYPE_WORKSPACE, NULL);
}

/* Takes the contents of @data; the file's own state (missing documents) is checked here. */
DossierWorkspace *
dossier_workspace_new_from_data (DossierWorkspaceData *data, GFile *file)
{
  DossierWorkspace *self = dossier_workspace_new ();

  self->file = file ? g_object_ref (file) : NULL;
  for (guint i = 0; i < data->documents->len; i++)
    {
      DossierWorkspaceDocument *entry = g_ptr_array_index (data->documents, i);
      GFile *doc_file = dossier_workspace_document_get_file (entry);

      dossier_workspace_document_set_missing (entry, doc_file == NULL
                                                         || !g_file_query_exists (doc_file, NULL));
      g_list_store_append (self->documents, entry);
    }
  for (guint i = 0; i < data->annotations->len; i++)
    {
      DossierAnnotation *a = g_ptr_array_index (data->annotations, i);
      dossier_workspace_track (self, a);
      g_list_store_append (self->annotations, a);
    }
  for (guint i = 0; i < data->decisions->len; i++)
    g_ptr_array_add (self->decisions,
                     dossier_link_decision_copy (g_ptr_array_index (data->decisions, i)));

  self->open_document = g_steal_pointer (&data->open_document);
  g_hash_table_unref (self->scroll);
  self->scroll = g_hash_table_ref (data->scroll);
  self->timeline_start = g_steal_pointer (&data->timeline_start);
  self->timeline_end = g_steal_pointer (&data->timeline_end);
  if (data->recovery_session != NULL && *data->recovery_session != '\0')
    {
      g_free (self->session_id);
      self->session_id = g_strdup (data->recovery_session);
    }
  self->modified = FALSE;
  return self;
}

GHashTable *
dossier_workspace_get_scroll_table (DossierWorkspace *self)
{
  return self->scroll;
}

const char *
dossier_workspace_get_session_id (DossierWorkspace *self)
{
  return self->session_id;
}

guint64
dossier_workspace_get_change_count (DossierWorkspace *self)
{
  return self->change_count;
}

void
dossier_workspace_emit_link_decisions_changed (DossierWorkspace *self)
{
  g_signal_emit (self, signals[LINK_DECISIONS_CHANGED], 0);
}

/**
 * dossier_workspace_get_file:
 *
 * Returns: (transfer none) (nullable): where the workspace was loaded from or last saved
 */
GFile *
dossier_workspace_get_file (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return self->file;
}

void
dossier_workspace_set_file (DossierWorkspace *self, GFile *file)
{
  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * dossier_workspace_dup_display_name:
 *
 * Returns: (transfer full): the file name without ".dossier", or "Untitled Workspace"
 */
char *
dossier_workspace_dup_display_name (DossierWorkspace *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);

  if (self->file == NULL)
    return g_strdup (_ ("Untitled Workspace"));
  base = g_file_get_basename (self->file);
  if (base == NULL)
    return g_strdup (_ ("Untitled Workspace"));
  if (g_str_has_suffix (base, DOSSIER_WORKSPACE_SUFFIX)
      && strlen (base) > strlen (DOSSIER_WORKSPACE_SUFFIX))
    base[strlen (base) - strlen (DOSSIER_WORKSPACE_SUFFIX)] = '\0';
  return g_filename_display_name (base);
}

/**
 * dossier_workspace_get_modified:
 *
 * Returns: whether there are changes not saved yet (for the title bar and the quit question)
 */
gboolean
dossier_workspace_get_modified (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  return self->modified;
}

void
dossier_workspace_set_modified (DossierWorkspace *self, gboolean modified)
{
  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));

  modified = !!modified;
  if (modified)
    self->change_count++;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Documents */

/**
 * dossier_workspace_get_documents:
 *
 * Returns: (transfer none): a #GListModel of #DossierWorkspaceDocument
 */
GListModel *
dossier_workspace_get_documents (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (self->documents);
}

/**
 * dossier_workspace_find_document:
 *
 * Returns: (transfer none) (nullable): the document entry with @content_hash
 */
DossierWorkspaceDocument *
dossier_workspace_find_document (DossierWorkspace *self, const char *content_hash)
{
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);

  if (content_hash == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  for (guint i = 0; i < n; i++)
    {
      DossierWorkspaceDocument *entry = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      g_object_unref (entry); /* the store keeps it */
      if (g_strcmp0 (dossier_workspace_document_get_content_hash (entry), content_hash) == 0)
        return entry;
    }
  return NULL;
}

static DossierWorkspaceDocument *
find_document_by_file (DossierWorkspace *self, GFile *file)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; file != NULL && i < n; i++)
    {
      DossierWorkspaceDocument *entry = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      GFile *other = dossier_workspace_document_get_file (entry);
      g_object_unref (entry);
      if (other != NULL && g_file_equal (other, file))
        return entry;
    }
  return NULL;
}

static void
rekey_view_state (DossierWorkspace *self, const char *old_hash, const char *new_hash)
{
  gpointer key, value;

  if (g_strcmp0 (self->open_document, old_hash) == 0)
    dossier_workspace_set_open_document (self, new_hash);
  if (g_hash_table_steal_extended (self->scroll, old_hash, &key, &value))
    {
      g_free (key);
      g_hash_table_replace (self->scroll, g_strdup (new_hash), value);
    }
}

/* A decision keeps its quotes, so it can follow its sentences into a corrected text. */
static gboolean
relocate_link_end (DossierLinkEnd *end, DossierDocument *document, const char *old_hash)
{
  DossierAnchorMatch match;

  if (g_strcmp0 (end->document, old_hash) != 0)
    return FALSE;
  if (!dossier_anchor_locate (document, end->quote, NULL, NULL, end->start, end->end,
                              DOSSIER_ANCHOR_DEFAULT_THRESHOLD, &match))
    return FALSE;
  g_free (end->document);
  end->document = g_strdup (dossier_document_get_content_hash (document));
  end->start = match.start;
  end->end = match.end;
  if (match.method == DOSSIER_ANCHOR_FUZZY)
    {
      g_free (end->quote);
      end->quote = dossier_document_dup_slice (document, match.start, match.end);
    }
  return TRUE;
}

/**
 * dossier_workspace_attach_document:
 * @entry: a document of the workspace, possibly missing
 * @document: the imported document for it, e.g. the file the analyst located
 *
 * Connects @entry to its imported text. If the text changed since the annotations were made
 * (another content hash), they are re-anchored: placed again by quote, approximately if
 * needed; those that cannot be placed are marked orphaned and kept. Link decisions follow
 * their sentences the same way. This marks the workspace modified when anything moved.
 *
 * Returns: how many annotations of the document are orphaned
 */
guint
dossier_workspace_attach_document (DossierWorkspace *self, DossierWorkspaceDocument *entry,
                                   DossierDocument *document)
{
  g_autofree char *old_hash = NULL;
  const char *new_hash;
  g_autoptr (GPtrArray) todo = g_ptr_array_new ();
  DossierWorkspaceDocument *twin;
  g_autofree char *path = NULL;
  gboolean changed;
  guint n_orphaned = 0;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), 0);
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (entry), 0);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), 0);

  old_hash = g_strdup (dossier_workspace_document_get_content_hash (entry));
  new_hash = dossier_document_get_content_hash (document);
  changed = g_strcmp0 (old_hash, new_hash) != 0;
  if (dossier_document_get_file (document) != NULL)
    path = g_file_get_path (dossier_document_get_file (document));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      DossierAnnotation *a = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      const char *hash = dossier_annotation_get_document_hash (a);

      g_object_unref (a);
      if (g_strcmp0 (hash, old_hash) != 0 && g_strcmp0 (hash, new_hash) != 0)
        continue;
      dossier_annotation_set_document_path (a, path);
      if (g_strcmp0 (hash, new_hash) != 0 || dossier_annotation_get_orphaned (a))
        g_ptr_array_add (todo, a);
    }
  if (todo->len > 0)
    n_orphaned = dossier_anchor_reanchor_all (document, (DossierAnnotation *const *) todo->pdata,
                                              todo->len);

  if (changed)
    {
      gboolean moved = FALSE;
      for (guint i = 0; i < self->decisions->len; i++)
        {
          DossierLinkDecision *d = g_ptr_array_index (self->decisions, i);
          moved |= relocate_link_end (&d->source, document, old_hash);
          moved |= relocate_link_end (&d->target, document, old_hash);
        }
      if (moved)
        g_signal_emit (self, signals[LINK_DECISIONS_CHANGED], 0);
      rekey_view_state (self, old_hash, new_hash);
      dossier_workspace_set_modified (self, TRUE);
    }

  /* Another place for the document is a change to save. */
  if (dossier_document_get_file (document) != NULL
      && (dossier_workspace_document_get_file (entry) == NULL
          || !g_file_equal (dossier_workspace_document_get_file (entry),
                            dossier_document_get_file (document))))
    dossier_workspace_set_modified (self, TRUE);

  /* The located file may be a document the workspace already has: keep one entry. */
  twin = dossier_workspace_find_document (self, new_hash);
  if (twin != NULL && twin != entry)
    {
      guint pos;
      if (g_list_store_find (self->documents, entry, &pos))
        g_list_store_remove (self->documents, pos);
      entry = twin;
    }
  dossier_workspace_document_set_document (entry, document);
  return n_orphaned;
}

/**
 * dossier_workspace_add_document:
 * @document: an imported document
 * @n_orphaned: (out) (optional): how many of its annotations could not be placed
 *
 * Adds @document to the workspace, or attaches it to the entry with the same content hash or
 * the same file (see dossier_workspace_attach_document()).
 *
 * Returns: (transfer none): the workspace's entry for @document
 */
DossierWorkspaceDocument *
dossier_workspace_add_document (DossierWorkspace *self, DossierDocument *document,
                                guint *n_orphaned)
{
  DossierWorkspaceDocument *entry;
  guint orphaned = 0;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), NULL);

  entry = dossier_workspace_find_document (self, dossier_document_get_content_hash (document));
  if (entry == NULL)
    entry = find_document_by_file (self, dossier_document_get_file (document));
  if (entry != NULL)
    {
      orphaned = dossier_workspace_attach_document (self, entry, document);
      entry = dossier_workspace_find_document (self, dossier_document_get_content_hash (document));
    }
  else
    {
      g_autoptr (DossierWorkspaceDocument) created = dossier_workspace_document_new (
          dossier_document_get_file (document), dossier_document_get_content_hash (document),
          dossier_document_get_title (document));
      g_list_store_append (self->documents, created);
      /* Annotations imported before their document arrive here too. */
      orphaned = dossier_workspace_attach_document (self, created, document);
      entry = created;
      dossier_workspace_set_modified (self, TRUE);
    }
  if (n_orphaned != NULL)
    *n_orphaned = orphaned;
  return entry;
}

/**
 * dossier_workspace_remove_document:
 *
 * Removes @entry from the document list. Its annotations stay in the workspace (remove them
 * with edits if that is wanted), so re-adding the document brings them back.
 *
 * Returns: whether @entry was in the workspace
 */
gboolean
dossier_workspace_remove_document (DossierWorkspace *self, DossierWorkspaceDocument *entry)
{
  guint pos;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (entry), FALSE);

  if (!g_list_store_find (self->documents, entry, &pos))
    return FALSE;
  g_list_store_remove (self->documents, pos);
  dossier_workspace_set_modified (self, TRUE);
  return TRUE;
}

/**
 * dossier_workspace_open_documents:
 *
 * Imports, in the calling thread, every document that is not attached yet. Files that cannot
 * be found or read are marked missing; that is not an error.
 *
 * Returns: how many documents were attached; 0 with @error set only when cancelled
 */
guint
dossier_workspace_open_documents (DossierWorkspace *self, GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint attached = 0;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (G_LIST_MODEL (self->documents), i));

  for (guint i = 0; i < entries->len; i++)
    {
      DossierWorkspaceDocument *entry = g_ptr_array_index (entries, i);
      GFile *file = dossier_workspace_document_get_file (entry);
      g_autoptr (DossierDocument) document = NULL;
      g_autoptr (GError) local = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return 0;
      if (dossier_workspace_document_get_document (entry) != NULL)
        continue;
      if (file != NULL)
        document = dossier_import_file (file, NULL, NULL, cancellable, &local);
      if (document == NULL)
        {
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return 0;
            }
          dossier_workspace_document_set_missing (entry, TRUE);
          continue;
        }
      dossier_workspace_attach_document (self, entry, document);
      attached++;
    }
  return attached;
}

/* View state */

/**
 * dossier_workspace_get_open_document:
 *
 * Returns: (nullable): the content hash of the document open in the reader
 */
const char *
dossier_workspace_get_open_document (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return self->open_document;
}

void
dossier_workspace_set_open_document (DossierWorkspace *self, const char *content_hash)
{
  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));
  g_return_if_fail (content_hash == NULL || dossier_workspace_is_content_hash (content_hash));

  if (g_strcmp0 (self->open_document, content_hash) == 0)
    return;
  g_free (self->open_document);
  self->open_document = g_strdup (content_hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_DOCUMENT]);
}

/**
 * dossier_workspace_get_scroll_offset:
 * @offset: (out): the code point offset of the first visible character
 *
 * Returns: whether a position is known for the document
 */
gboolean
dossier_workspace_get_scroll_offset (DossierWorkspace *self, const char *content_hash,
                                     guint *offset)
{
  gpointer value;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);

  if (content_hash == NULL
      || !g_hash_table_lookup_extended (self->scroll, content_hash, NULL, &value))
    return FALSE;
  if (offset != NULL)
    *offset = GPOINTER_TO_UINT (value);
  return TRUE;
}

/**
 * dossier_workspace_set_scroll_offset:
 * @offset: the code point offset of the first visible character, which survives a change
 *   of window size or font better than a pixel position
 */
void
dossier_workspace_set_scroll_offset (DossierWorkspace *self, const char *content_hash, guint offset)
{
  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));
  g_return_if_fail (dossier_workspace_is_content_hash (content_hash));

  g_hash_table_replace (self->scroll, g_strdup (content_hash), GUINT_TO_POINTER (offset));
}

/**
 * dossier_workspace_get_timeline_range:
 * @start: (out) (optional) (nullable): first day shown, "YYYY-MM-DD"
 * @end: (out) (optional) (nullable): last day shown
 */
void
dossier_workspace_get_timeline_range (DossierWorkspace *self, const char **start, const char **end)
{
  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));

  if (start != NULL)
    *start = self->timeline_start;
  if (end != NULL)
    *end = self->timeline_end;
}

/**
 * dossier_workspace_set_timeline_range:
 * @start: (nullable): "YYYY-MM-DD" or %NULL
 * @end: (nullable): "YYYY-MM-DD" or %NULL
 *
 * Returns: %FALSE, changing nothing, if a date is not a valid ISO date
 */
gboolean
dossier_workspace_set_timeline_range (DossierWorkspace *self, const char *start, const char *end)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);

  if ((start != NULL && !dossier_workspace_is_iso_date (start))
      || (end != NULL && !dossier_workspace_is_iso_date (end)))
    return FALSE;
  g_free (self->timeline_start);
  self->timeline_start = g_strdup (start);
  g_free (self->timeline_end);
  self->timeline_end = g_strdup (end);
  return TRUE;
}

gboolean
dossier_workspace_is_iso_date (const char *date)
{
  guint y, m, d;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;
  y = (guint) g_ascii_strtoull (date, NULL, 10);
  m = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (date + 8, NULL, 10);
  return y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

gboolean
dossier_workspace_is_content_hash (const char *string)
{
  if (string == NULL || strlen (string) != 64)
    return FALSE;
  for (guint i = 0; i < 64; i++)
    if (!g_ascii_isxdigit (string[i]) || g_ascii_isupper (string[i]))
      return FALSE;
  return TRUE;
}
