/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-workspace-private.h"

G_DEFINE_BOXED_TYPE (DossierWorkspaceEdit, dossier_workspace_edit, dossier_workspace_edit_ref,
                     dossier_workspace_edit_unref)

static DossierWorkspaceEdit *
edit_new (DossierWorkspaceEditKind kind)
{
  DossierWorkspaceEdit *self = g_new0 (DossierWorkspaceEdit, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->position = G_MAXUINT;
  return self;
}

/**
 * dossier_workspace_edit_new_annotation:
 * @before: (nullable): the annotation as it is now, or %NULL to add @after
 * @after: (nullable): the annotation as it should be, or %NULL to remove @before
 *
 * Both states are copied, so later changes to the objects passed do not alter the edit. When
 * @before is in a workspace, that object is remembered and put back by undo, so views that
 * hold it keep a valid object.
 *
 * Returns: (transfer full): the edit
 */
DossierWorkspaceEdit *
dossier_workspace_edit_new_annotation (DossierAnnotation *before, DossierAnnotation *after)
{
  DossierWorkspaceEdit *self;

  g_return_val_if_fail (before == NULL || DOSSIER_IS_ANNOTATION (before), NULL);
  g_return_val_if_fail (after == NULL || DOSSIER_IS_ANNOTATION (after), NULL);
  g_return_val_if_fail (before != NULL || after != NULL, NULL);
  g_return_val_if_fail (
      before == NULL || after == NULL
          || g_strcmp0 (dossier_annotation_get_id (before), dossier_annotation_get_id (after)) == 0,
      NULL);

  self = edit_new (DOSSIER_WORKSPACE_EDIT_ANNOTATION);
  self->annotation_before = before ? dossier_annotation_copy (before) : NULL;
  self->annotation_after = after ? dossier_annotation_copy (after) : NULL;
  self->object = g_object_ref (before ? before : after);
  return self;
}

/**
 * dossier_workspace_edit_new_link_decision:
 * @before: (nullable): the decision on a link now, or %NULL if there is none
 * @after: (nullable): the decision to record, or %NULL to clear it
 *
 * Returns: (transfer full): the edit
 */
DossierWorkspaceEdit *
dossier_workspace_edit_new_link_decision (const DossierLinkDecision *before,
                                          const DossierLinkDecision *after)
{
  DossierWorkspaceEdit *self;

  g_return_val_if_fail (before != NULL || after != NULL, NULL);
  g_return_val_if_fail (
      before == NULL || after == NULL || dossier_link_decision_same_link (before, after), NULL);

  self = edit_new (DOSSIER_WORKSPACE_EDIT_LINK_DECISION);
  self->decision_before = before ? dossier_link_decision_copy (before) : NULL;
  self->decision_after = after ? dossier_link_decision_copy (after) : NULL;
  return self;
}

/**
 * dossier_workspace_edit_new_group:
 * @edits: (array length=n_edits): edits applied in order and reverted in reverse order
 *
 * One undo step for several changes, such as an import.
 *
 * Returns: (transfer full): the edit
 */
DossierWorkspaceEdit *
dossier_workspace_edit_new_group (DossierWorkspaceEdit *const *edits, guint n_edits)
{
  DossierWorkspaceEdit *self = edit_new (DOSSIER_WORKSPACE_EDIT_GROUP);

  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_workspace_edit_unref);
  for (guint i = 0; i < n_edits; i++)
    g_ptr_array_add (self->children, dossier_workspace_edit_ref (edits[i]));
  return self;
}

/**
 * dossier_workspace_edit_ref:
 *
 * Returns: (transfer full): @self
 */
DossierWorkspaceEdit *
dossier_workspace_edit_ref (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dossier_workspace_edit_unref (DossierWorkspaceEdit *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_object (&self->annotation_before);
  g_clear_object (&self->annotation_after);
  g_clear_object (&self->object);
  g_clear_pointer (&self->decision_before, dossier_link_decision_free);
  g_clear_pointer (&self->decision_after, dossier_link_decision_free);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_free (self);
}

DossierWorkspaceEditKind
dossier_workspace_edit_get_kind (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, DOSSIER_WORKSPACE_EDIT_GROUP);
  return self->kind;
}

/**
 * dossier_workspace_edit_get_annotation_before:
 *
 * Returns: (transfer none) (nullable): the state before the edit, %NULL for an addition
 */
DossierAnnotation *
dossier_workspace_edit_get_annotation_before (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->annotation_before;
}

/**
 * dossier_workspace_edit_get_annotation_after:
 *
 * Returns: (transfer none) (nullable): the state after the edit, %NULL for a removal
 */
DossierAnnotation *
dossier_workspace_edit_get_annotation_after (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->annotation_after;
}

/**
 * dossier_workspace_edit_get_decision_before:
 *
 * Returns: (transfer none) (nullable): the decision before the edit
 */
const DossierLinkDecision *
dossier_workspace_edit_get_decision_before (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->decision_before;
}

/**
 * dossier_workspace_edit_get_decision_after:
 *
 * Returns: (transfer none) (nullable): the decision after the edit
 */
const DossierLinkDecision *
dossier_workspace_edit_get_decision_after (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->decision_after;
}

guint
dossier_workspace_edit_get_n_children (DossierWorkspaceEdit *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->children ? self->children->len : 0;
}

/**
 * dossier_workspace_edit_get_child:
 *
 * Returns: (transfer none): the edit at @index in a group
 */
DossierWorkspaceEdit *
dossier_workspace_edit_get_child (DossierWorkspaceEdit *self, guint index)
{
  g_return_val_if_fail (self != NULL && self->children != NULL, NULL);
  g_return_val_if_fail (index < self->children->len, NULL);
  return g_ptr_array_index (self->children, index);
}
