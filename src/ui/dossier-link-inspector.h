/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-link-review.h"
#include "dossier-undo-stack.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_LINK_INSPECTOR (dossier_link_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DossierLinkInspector, dossier_link_inspector, DOSSIER, LINK_INSPECTOR, AdwWindow)

DossierLinkInspector *dossier_link_inspector_new (GtkWindow *parent, DossierLink *link, DossierUndoStack *undo);
DossierLink *dossier_link_inspector_get_link (DossierLinkInspector *self);
void dossier_link_inspector_decide (DossierLinkInspector *self, DossierLinkDecisionKind kind, DossierLinkStatus status);

G_END_DECLS
