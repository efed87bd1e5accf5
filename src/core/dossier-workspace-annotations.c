/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-workspace-private.h"

/*
 * The analyst's changes to a workspace: annotations and link decisions, each made through a
 * DossierWorkspaceEdit (a before and an after state) so that undo is applying it backwards.
 */

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
  g_return_val_if_fail (
      dossier_workspace_find_annotation (self, dossier_annotation_get_id (annotation)) == NULL,
      NULL);

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
  g_return_val_if_fail (
      dossier_workspace_find_annotation (self, dossier_annotation_get_id (annotation)) != NULL,
      NULL);

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
dossier_workspace_change_annotation (DossierWorkspace *self, DossierAnnotation *annotation,
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

  if (!dossier_workspace_is_content_hash (dossier_annotation_get_document_hash (a))
      || *exact == '\0' || strlen (exact) > DOSSIER_ANNOTATION_MAX_QUOTE_BYTES
      || strlen (dossier_annotation_get_prefix (a)) > DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES
      || strlen (dossier_annotation_get_suffix (a)) > DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES
      || strlen (dossier_annotation_get_note (a)) > DOSSIER_ANNOTATION_MAX_NOTE_BYTES
      || dossier_annotation_get_start (a) >= dossier_annotation_get_end (a)
      || dossier_annotation_get_end (a) > (guint) G_MAXINT32)
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT,
                   "Annotation %s has no document, no quote, an empty range or an oversized field",
                   dossier_annotation_get_id (a));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_annotation (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward,
                  GError **error)
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
      dossier_workspace_track (self, live);
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
      dossier_workspace_untrack (self, live);
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
apply_decision (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward,
                GError **error)
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
  dossier_workspace_emit_link_decisions_changed (self);
  return TRUE;
}

static gboolean
apply (DossierWorkspace *self, DossierWorkspaceEdit *edit, gboolean forward, GError **error);

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
