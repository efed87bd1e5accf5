/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-undo-stack.h"

/* Edits arrive already applied; undo reverts the newest, redo applies it again. A new edit
 * after an undo drops what could have been redone, as editors do. */
#define MAX_UNDO 500

struct _DossierUndoStack
{
  GObject parent_instance;

  DossierWorkspace *workspace;
  GPtrArray *done;   /* DossierWorkspaceEdit, oldest first */
  GPtrArray *undone; /* newest undone last */
};

G_DEFINE_FINAL_TYPE (DossierUndoStack, dossier_undo_stack, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_WORKSPACE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_state (DossierUndoStack *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

void
dossier_undo_stack_push (DossierUndoStack *self, DossierWorkspaceEdit *edit)
{
  g_return_if_fail (DOSSIER_IS_UNDO_STACK (self));
  g_return_if_fail (edit != NULL);

  g_ptr_array_add (self->done, dossier_workspace_edit_ref (edit));
  if (self->done->len > MAX_UNDO)
    g_ptr_array_remove_index (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  notify_state (self);
}

gboolean
dossier_undo_stack_undo (DossierUndoStack *self, GError **error)
{
  DossierWorkspaceEdit *edit;

  g_return_val_if_fail (DOSSIER_IS_UNDO_STACK (self), FALSE);

  if (self->done->len == 0)
    return TRUE;
  edit = g_ptr_array_steal_index (self->done, self->done->len - 1);
  if (!dossier_workspace_revert_edit (self->workspace, edit, error))
    {
      /* The workspace changed under the edit: it cannot be undone, nor kept. */
      dossier_workspace_edit_unref (edit);
      notify_state (self);
      return FALSE;
    }
  g_ptr_array_add (self->undone, edit);
  notify_state (self);
  return TRUE;
}

gboolean
dossier_undo_stack_redo (DossierUndoStack *self, GError **error)
{
  DossierWorkspaceEdit *edit;

  g_return_val_if_fail (DOSSIER_IS_UNDO_STACK (self), FALSE);

  if (self->undone->len == 0)
    return TRUE;
  edit = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  if (!dossier_workspace_apply_edit (self->workspace, edit, error))
    {
      dossier_workspace_edit_unref (edit);
      notify_state (self);
      return FALSE;
    }
  g_ptr_array_add (self->done, edit);
  notify_state (self);
  return TRUE;
}

gboolean
dossier_undo_stack_get_can_undo (DossierUndoStack *self)
{
  g_return_val_if_fail (DOSSIER_IS_UNDO_STACK (self), FALSE);
  return self->done->len > 0;
}

gboolean
dossier_undo_stack_get_can_redo (DossierUndoStack *self)
{
  g_return_val_if_fail (DOSSIER_IS_UNDO_STACK (self), FALSE);
  return self->undone->len > 0;
}

void
dossier_undo_stack_clear (DossierUndoStack *self)
{
  g_return_if_fail (DOSSIER_IS_UNDO_STACK (self));

  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  notify_state (self);
}

/**
 * dossier_undo_stack_get_workspace:
 *
 * Returns: (transfer none): the workspace the edits apply to
 */
DossierWorkspace *
dossier_undo_stack_get_workspace (DossierUndoStack *self)
{
  g_return_val_if_fail (DOSSIER_IS_UNDO_STACK (self), NULL);
  return self->workspace;
}

static void
dossier_undo_stack_finalize (GObject *object)
{
  DossierUndoStack *self = DOSSIER_UNDO_STACK (object);

  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (dossier_undo_stack_parent_class)->finalize (object);
}

static void
dossier_undo_stack_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierUndoStack *self = DOSSIER_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dossier_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, dossier_undo_stack_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_undo_stack_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierUndoStack *self = DOSSIER_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_undo_stack_class_init (DossierUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_undo_stack_finalize;
  object_class->get_property = dossier_undo_stack_get_property;
  object_class->set_property = dossier_undo_stack_set_property;

  properties[PROP_WORKSPACE] = g_param_spec_object ("workspace", NULL, NULL, DOSSIER_TYPE_WORKSPACE,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                        | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_undo_stack_init (DossierUndoStack *self)
{
  self->done = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_workspace_edit_unref);
  self->undone = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_workspace_edit_unref);
}

DossierUndoStack *
dossier_undo_stack_new (DossierWorkspace *workspace)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (workspace), NULL);
  return g_object_new (DOSSIER_TYPE_UNDO_STACK, "workspace", workspace, NULL);
}
