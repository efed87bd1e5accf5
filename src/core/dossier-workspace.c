/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-anchor.h"
#include "dossier-import.h"
#include "dossier-workspace-private.h"

/*
 * The analyst's layer over a set of documents: annotations, link decisions and view state.
 * Views observe it (GListModels, notify, "annotation-changed"); every change the analyst
 * makes goes through a DossierWorkspaceEdit so it can be undone. Loading and saving live in
 * dossier-workspace-file.c, the JSON schema in dossier-workspace-io.c.
 */

struct _DossierWorkspace
{
  GObject parent_instance;

  GFile *file;
  /* Names the recovery copy of a workspace that was never saved. */
  char *session_id;
  GListStore *documents;
  GListStore *annotations;
  GHashTable *by_id; /* id -> DossierAnnotation, borrowed from annotations */
  GPtrArray *decisions;
  char *open_document;
  GHashTable *scroll;
  char *timeline_start;
  char *timeline_end;
  gboolean modified;
  /* Bumped by every change, so an asynchronous save knows whether it saved the latest state. */
  guint64 change_count;
};

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

static void
track (DossierWorkspace *self, DossierAnnotation *annotation)
{
  DossierWorkspaceDocument *entry =
    dossier_workspace_find_document (self, dossier_annotation_get_document_hash (annotation));

  if (entry != NULL && dossier_workspace_document_get_file (entry) != NULL)
    {
      g_autofree char *path = g_file_get_path (dossier_workspace_document_get_file (entry));
      dossier_annotation_set_document_path (annotation, path);
    }
  g_hash_table_insert (self->by_id, (gpointer) dossier_annotation_get_id (annotation), annotation);
  g_signal_connect_object (annotation, "notify", G_CALLBACK (on_annotation_notify), self, 0);
}

static void
untrack (DossierWorkspace *self, DossierAnnotation *annotation)
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
          g_autoptr (DossierAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
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
dossier_workspace_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
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

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPEN_DOCUMENT] =
    g_param_spec_string ("open-document", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierWorkspace::annotation-changed:
   * @annotation: the annotation whose fields changed
   *
   * Emitted for every property change of an annotation in the workspace (additions and
   * removals show as items-changed on the annotations model), so a reader can repaint.
   */
  signals[ANNOTATION_CHANGED] =
    g_signal_new ("annotation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  /**
   * DossierWorkspace::link-decisions-changed:
   *
   * Emitted when a link decision is recorded, changed or cleared.
   */
  signals[LINK_DECISIONS_CHANGED] =
    g_signal_new ("link-decisions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
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

      dossier_workspace_document_set_missing (
        entry, doc_file == NULL || !g_file_query_exists (doc_file, NULL));
      g_list_store_append (self->documents, entry);
    }
  for (guint i = 0; i < data->annotations->len; i++)
    {
      DossierAnnotation *a = g_ptr_array_index (data->annotations, i);
      track (self, a);
      g_list_store_append (self->annotations, a);
    }
  for (guint i = 0; i < data->decisions->len; i++)
    g_ptr_array_add (self->decisions, dossier_link_decision_copy (g_ptr_array_index (data->decisions, i)));

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
    return g_strdup (_("Untitled Workspace"));
  base = g_file_get_basename (self->file);
  if (base == NULL)
    return g_strdup (_("Untitled Workspace"));
  if (g_str_has_suffix (base, DOSSIER_WORKSPACE_SUFFIX) && strlen (base) > strlen (DOSSIER_WORKSPACE_SUFFIX))
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
dossier_workspace_attach_document (DossierWorkspace *self,
                                   DossierWorkspaceDocument *entry,
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
  if (dossier_document_get_file (document) != NULL &&
      (dossier_workspace_document_get_file (entry) == NULL ||
       !g_file_equal (dossier_workspace_document_get_file (entry), dossier_document_get_file (document))))
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
dossier_workspace_add_document (DossierWorkspace *self, DossierDocument *document, guint *n_orphaned)
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
      g_autoptr (DossierWorkspaceDocument) created =
        dossier_workspace_document_new (dossier_document_get_file (document),
                                        dossier_document_get_content_hash (document),
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

/* Annotations */

/**
 * dossier_workspace_get_annotations:
 *
 * Returns: (transfer none): a #GListModel of #DossierAnnotation, in the order they were made
 */
GListModel *
dossier_workspace_get_annotations (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

/**
 * dossier_workspace_find_annotation:
 *
 * Returns: (transfer none) (nullable): the annotation with @id
 */
DossierAnnotation *
dossier_workspace_find_annotation (DossierWorkspace *self, const char *id)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return id ? g_hash_table_lookup (self->by_id, id) : NULL;
}

static int
compare_by_range (gconstpointer a, gconstpointer b)
{
  DossierAnnotation *x = *(DossierAnnotation **) a;
  DossierAnnotation *y = *(DossierAnnotation **) b;
  guint xs = dossier_annotation_get_start (x), ys = dossier_annotation_get_start (y);
  guint xe = dossier_annotation_get_end (x), ye = dossier_annotation_get_end (y);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (xe != ye)
    return xe < ye ? -1 : 1;
  return 0;
}

/**
 * dossier_workspace_dup_annotations_for_document:
 *
 * Returns: (transfer full) (element-type DossierAnnotation): the annotations on the document
 *   with @content_hash, by position, orphaned ones included
 */
GPtrArray *
dossier_workspace_dup_annotations_for_document (DossierWorkspace *self, const char *content_hash)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), result);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      DossierAnnotation *a = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      if (g_strcmp0 (dossier_annotation_get_document_hash (a), content_hash) == 0)
        g_ptr_array_add (result, a);
      else
        g_object_unref (a);
    }
  g_ptr_array_sort (result, compare_by_range);
  return result;
}

/* Completion lists read alphabetically, whatever the case of each tag. */
static int
compare_strings (gconstpointer a, gconstpointer b)
{
  g_autofree char *x = g_utf8_casefold (*(const char **) a, -1);
  g_autofree char *y = g_utf8_casefold (*(const char **) b, -1);
  int r = g_utf8_collate (x, y);

  return r != 0 ? r : strcmp (*(const char **) a, *(const char **) b);
}

/**
 * dossier_workspace_dup_tags:
 *
 * Returns: (transfer full) (array zero-terminated=1): every tag used in the workspace, once
 *   (ignoring case), sorted, for completion
 */
char **
dossier_workspace_dup_tags (DossierWorkspace *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) tags = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      const char *const *t = dossier_annotation_get_tags (a);
      for (guint j = 0; t[j] != NULL; j++)
        if (g_hash_table_add (seen, g_utf8_casefold (t[j], -1)))
          g_ptr_array_add (tags, g_strdup (t[j]));
    }
  g_ptr_array_sort (tags, compare_strings);
  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

static DossierWorkspaceEdit *
apply_new (DossierWorkspace *self, DossierWorkspaceEdit *edit)
{
  g_autoptr (GError) error = NULL;

  if (!dossier_workspace_apply_edit (self, edit, &error))
    {
      g_critical ("%s", error->message);
      dossier_workspace_edit_unref (edit);
      return NULL;
    }
  return edit;
}

/**
 * dossier_workspace_add_annotation:
 * @annotation: a new annotation, e.g. from dossier_annotation_new_for_selection()
 *
 * Adds @annotation (this very object) to the workspace.
 *
 * Returns: (transfer full): the edit, for the undo stack
 */
DossierWorkspaceEdit *
dossier_workspace_add_annotation (DossierWorkspace *self, DossierAnnotation *annotation)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), NULL);
  g_return_val_if_fail (dossier_workspace_find_annotation (self, dossier_annotation_get_id (annotation)) == NULL, NULL);

  return apply_new (self, dossier_workspace_edit_new_annotation (NULL, annotation));
}

/**
 * dossier_workspace_remove_annotation:
 *
 * Returns: (transfer full): the edit, for the undo stack
 */
DossierWorkspaceEdit *
dossier_workspace_remove_annotation (DossierWorkspace *self, DossierAnnotation *annotation)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), NULL);
  g_return_val_if_fail (dossier_workspace_find_annotation (self, dossier_annotation_get_id (annotation)) != NULL, NULL);

  return apply_new (self, dossier_workspace_edit_new_annotation (annotation, NULL));
}

/**
 * dossier_workspace_change_annotation:
 * @annotation: an annotation in the workspace
 * @new_state: what it should become: typically dossier_annotation_copy() of @annotation with
 *   setters applied
 *
 * Gives @annotation every field of @new_state (the object stays the same).
 *
 * Returns: (transfer full): the edit, for the undo stack
 */
DossierWorkspaceEdit *
dossier_workspace_change_annotation (DossierWorkspace *self,
                                     DossierAnnotation *annotation,
                                     DossierAnnotation *new_state)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), NULL);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (new_state), NULL);

  return apply_new (self, dossier_workspace_edit_new_annotation (annotation, new_state));
}

/* Link decisions */

guint
dossier_workspace_get_n_link_decisions (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), 0);
  return self->decisions->len;
}

/**
 * dossier_workspace_get_link_decision:
 *
 * Returns: (transfer none): the decision at @index
 */
const DossierLinkDecision *
dossier_workspace_get_link_decision (DossierWorkspace *self, guint index)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (index < self->decisions->len, NULL);
  return g_ptr_array_index (self->decisions, index);
}

static int
find_decision (DossierWorkspace *self, const DossierLinkDecision *link)
{
  for (guint i = 0; i < self->decisions->len; i++)
    if (dossier_link_decision_same_link (g_ptr_array_index (self->decisions, i), link))
      return (int) i;
  return -1;
}

/**
 * dossier_workspace_find_link_decision:
 * @link: a decision naming the link (only its two ends are compared)
 *
 * Returns: (transfer none) (nullable): the analyst's decision on that link
 */
const DossierLinkDecision *
dossier_workspace_find_link_decision (DossierWorkspace *self, const DossierLinkDecision *link)
{
  int i;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  i = find_decision (self, link);
  return i < 0 ? NULL : g_ptr_array_index (self->decisions, i);
}

/**
 * dossier_workspace_set_link_decision:
 *
 * Records @decision, replacing an earlier decision on the same link.
 *
 * Returns: (transfer full): the edit, for the undo stack
 */
DossierWorkspaceEdit *
dossier_workspace_set_link_decision (DossierWorkspace *self, const DossierLinkDecision *decision)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (decision != NULL, NULL);

  return apply_new (self, dossier_workspace_edit_new_link_decision (
                            dossier_workspace_find_link_decision (self, decision), decision));
}

/**
 * dossier_workspace_clear_link_decision:
 *
 * Forgets the decision on the link named by @link.
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL if there was no decision
 */
DossierWorkspaceEdit *
dossier_workspace_clear_link_decision (DossierWorkspace *self, const DossierLinkDecision *link)
{
  const DossierLinkDecision *before;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  before = dossier_workspace_find_link_decision (self, link);
  if (before == NULL)
    return NULL;
  return apply_new (self, dossier_workspace_edit_new_link_decision (before, NULL));
}

/* Edits */

/* What the file format requires, so whatever is in a workspace can be saved and loaded. */
static gboolean
check_saveable (DossierAnnotation *a, GError **error)
{
  const char *exact = dossier_annotation_get_exact (a);

  if (!dossier_workspace_is_content_hash (dossier_annotation_get_document_hash (a)) ||
      *exact == '\0' || strlen (exact) > DOSSIER_ANNOTATION_MAX_QUOTE_BYTES ||
      strlen (dossier_annotation_get_prefix (a)) > DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES ||
      strlen (dossier_annotation_get_suffix (a)) > DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES ||
      strlen (dossier_annotation_get_note (a)) > DOSSIER_ANNOTATION_MAX_NOTE_BYTES ||
      dossier_annotation_get_start (a) >= dossier_annotation_get_end (a) ||
      dossier_annotation_get_end (a) > (guint) G_MAXINT32)
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                   "Annotation %s has no document, no quote, an empty range or an oversized field",
                   dossier_annotation_get_id (a));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_annotation (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error)
{
  DossierAnnotation *from = forward ? edit->annotation_before : edit->annotation_after;
  DossierAnnotation *to = forward ? edit->annotation_after : edit->annotation_before;
  const char *id = dossier_annotation_get_id (from ? from : to);
  DossierAnnotation *live = g_hash_table_lookup (self->by_id, id);

  if (to != NULL && !check_saveable (to, error))
    return FALSE;

  if (from == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));

      if (live != NULL)
        {
          g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                       "Annotation %s is already in the workspace", id);
          return FALSE;
        }
      live = edit->object;
      dossier_annotation_assign (live, to);
      track (self, live);
      g_list_store_insert (self->annotations, MIN (edit->position, n), live);
    }
  else if (to == NULL)
    {
      guint pos;

      if (live == NULL || !g_list_store_find (self->annotations, live, &pos))
        {
          g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                       "Annotation %s is not in the workspace", id);
          return FALSE;
        }
      edit->position = pos;
      g_set_object (&edit->object, live);
      untrack (self, live);
      g_list_store_remove (self->annotations, pos);
    }
  else
    {
      if (live == NULL)
        {
          g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                       "Annotation %s is not in the workspace", id);
          return FALSE;
        }
      dossier_annotation_assign (live, to);
    }
  dossier_workspace_set_modified (self, TRUE);
  return TRUE;
}

static gboolean
apply_decision (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error)
{
  const DossierLinkDecision *from = forward ? edit->decision_before : edit->decision_after;
  const DossierLinkDecision *to = forward ? edit->decision_after : edit->decision_before;
  int i = find_decision (self, from ? from : to);

  if (to == NULL)
    {
      if (i < 0)
        {
          g_set_error_literal (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                               "The link decision is not in the workspace");
          return FALSE;
        }
      g_ptr_array_remove_index (self->decisions, i);
    }
  else if (i >= 0)
    {
      dossier_link_decision_free (g_ptr_array_index (self->decisions, i));
      g_ptr_array_index (self->decisions, i) = dossier_link_decision_copy (to);
    }
  else
    g_ptr_array_add (self->decisions, dossier_link_decision_copy (to));

  dossier_workspace_set_modified (self, TRUE);
  g_signal_emit (self, signals[LINK_DECISIONS_CHANGED], 0);
  return TRUE;
}

static gboolean apply (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error);

static gboolean
apply_group (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error)
{
  guint n = edit->children->len;

  for (guint k = 0; k < n; k++)
    {
      guint i = forward ? k : n - 1 - k;

      if (!apply (self, g_ptr_array_index (edit->children, i), forward, error))
        {
          /* All or nothing: take back what was done. */
          while (k-- > 0)
            {
              guint j = forward ? k : n - 1 - k;
              apply (self, g_ptr_array_index (edit->children, j), !forward, NULL);
            }
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
apply (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error)
{
  switch (edit->kind)
    {
    case DOSSIER_WORKSPACE_EDIT_ANNOTATION:
      return apply_annotation (self, edit, forward, error);
    case DOSSIER_WORKSPACE_EDIT_LINK_DECISION:
      return apply_decision (self, edit, forward, error);
    case DOSSIER_WORKSPACE_EDIT_GROUP:
    default:
      return apply_group (self, edit, forward, error);
    }
}

/**
 * dossier_workspace_apply_edit:
 *
 * Takes the workspace from the edit's before state to its after state (redo).
 *
 * Returns: whether the edit applied; on failure nothing changed
 */
gboolean
dossier_workspace_apply_edit (DossierWorkspace *self, DossierWorkspaceEdit *edit, GError **error)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  return apply (self, edit, TRUE, error);
}

/**
 * dossier_workspace_revert_edit:
 *
 * Takes the workspace from the edit's after state back to its before state (undo).
 *
 * Returns: whether the edit reverted; on failure nothing changed
 */
gboolean
dossier_workspace_revert_edit (DossierWorkspace *self, DossierWorkspaceEdit *edit, GError **error)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  return apply (self, edit, FALSE, error);
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
dossier_workspace_get_scroll_offset (DossierWorkspace *self, const char *content_hash, guint *offset)
{
  gpointer value;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);

  if (content_hash == NULL || !g_hash_table_lookup_extended (self->scroll, content_hash, NULL, &value))
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

  if ((start != NULL && !dossier_workspace_is_iso_date (start)) ||
      (end != NULL && !dossier_workspace_is_iso_date (end)))
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
