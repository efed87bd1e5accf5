/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-annotation.h"
#include "dossier-link-decision.h"

G_BEGIN_DECLS

/*
 * A reversible change to a workspace: a before state and an after state of one annotation or
 * one link decision (before %NULL = added, after %NULL = removed), or a group of edits.
 * dossier_workspace_apply_edit() goes from before to after, dossier_workspace_revert_edit()
 * back; an undo stack is a list of these.
 */
typedef struct _DossierWorkspaceEdit DossierWorkspaceEdit;

typedef enum
{
  DOSSIER_WORKSPACE_EDIT_ANNOTATION,
  DOSSIER_WORKSPACE_EDIT_LINK_DECISION,
  DOSSIER_WORKSPACE_EDIT_GROUP,
} DossierWorkspaceEditKind;

#define DOSSIER_TYPE_WORKSPACE_EDIT (dossier_workspace_edit_get_type ())

GType dossier_workspace_edit_get_type (void) G_GNUC_CONST;

DossierWorkspaceEdit *dossier_workspace_edit_new_annotation (DossierAnnotation *before,
                                                             DossierAnnotation *after);
DossierWorkspaceEdit *dossier_workspace_edit_new_link_decision (const DossierLinkDecision *before,
                                                                const DossierLinkDecision *after);
DossierWorkspaceEdit *dossier_workspace_edit_new_group (DossierWorkspaceEdit *const *edits,
                                                        guint n_edits);
DossierWorkspaceEdit *dossier_workspace_edit_ref (DossierWorkspaceEdit *self);
void dossier_workspace_edit_unref (DossierWorkspaceEdit *self);

DossierWorkspaceEditKind dossier_workspace_edit_get_kind (DossierWorkspaceEdit *self);
DossierAnnotation *dossier_workspace_edit_get_annotation_before (DossierWorkspaceEdit *self);
DossierAnnotation *dossier_workspace_edit_get_annotation_after (DossierWorkspaceEdit *self);
const DossierLinkDecision *dossier_workspace_edit_get_decision_before (DossierWorkspaceEdit *self);
const DossierLinkDecision *dossier_workspace_edit_get_decision_after (DossierWorkspaceEdit *self);
guint dossier_workspace_edit_get_n_children (DossierWorkspaceEdit *self);
DossierWorkspaceEdit *dossier_workspace_edit_get_child (DossierWorkspaceEdit *self, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierWorkspaceEdit, dossier_workspace_edit_unref)

G_END_DECLS
