/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-workspace.h"

G_BEGIN_DECLS

/* Undo and redo over a workspace's reversible edits (annotations, link decisions). */
#define DOSSIER_TYPE_UNDO_STACK (dossier_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (DossierUndoStack, dossier_undo_stack, DOSSIER, UNDO_STACK, GObject)

DossierUndoStack *dossier_undo_stack_new (DossierWorkspace *workspace);
DossierWorkspace *dossier_undo_stack_get_workspace (DossierUndoStack *self);
void dossier_undo_stack_push (DossierUndoStack *self, DossierWorkspaceEdit *edit);
gboolean dossier_undo_stack_undo (DossierUndoStack *self, GError **error);
gboolean dossier_undo_stack_redo (DossierUndoStack *self, GError **error);
gboolean dossier_undo_stack_get_can_undo (DossierUndoStack *self);
gboolean dossier_undo_stack_get_can_redo (DossierUndoStack *self);
void dossier_undo_stack_clear (DossierUndoStack *self);

G_END_DECLS
