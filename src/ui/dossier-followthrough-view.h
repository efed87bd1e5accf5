/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-analysis.h"
#include "dossier-link-review.h"
#include "dossier-statement.h"
#include "dossier-undo-stack.h"

G_BEGIN_DECLS

/* What became of each commitment: one row per commitment of an earlier meeting, its status
 * and the outcomes later documents report. */
#define DOSSIER_TYPE_FOLLOWTHROUGH_VIEW (dossier_followthrough_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierFollowthroughView, dossier_followthrough_view, DOSSIER, FOLLOWTHROUGH_VIEW, GtkWidget)

/* Rows are grouped under these; NONE is a commitment no later document reports on. */
typedef enum
{
  DOSSIER_FOLLOWTHROUGH_DELIVERED,
  DOSSIER_FOLLOWTHROUGH_PROGRESSED,
  DOSSIER_FOLLOWTHROUGH_CONTINUED,
  DOSSIER_FOLLOWTHROUGH_CHANGED,
  DOSSIER_FOLLOWTHROUGH_NONE,
  DOSSIER_N_FOLLOWTHROUGH
} DossierFollowthroughStatus;

GtkWidget *dossier_followthrough_view_new (void);
void dossier_followthrough_view_set_analysis (DossierFollowthroughView *self, DossierAnalysis *analysis);
void dossier_followthrough_view_set_undo_stack (DossierFollowthroughView *self, DossierUndoStack *undo);
void dossier_followthrough_view_set_entity (DossierFollowthroughView *self, DossierEntity *entity);
void dossier_followthrough_view_set_status_visible (DossierFollowthroughView *self,
                                                    DossierFollowthroughStatus status,
                                                    gboolean visible);
guint dossier_followthrough_view_get_count (DossierFollowthroughView *self, DossierFollowthroughStatus status);
guint dossier_followthrough_view_get_n_visible (DossierFollowthroughView *self);
DossierFollowthroughStatus dossier_followthrough_view_status_of (DossierFollowthroughView *self,
                                                                 DossierStatement *commitment,
                                                                 DossierLink **best);
const char *dossier_followthrough_status_label (DossierFollowthroughStatus status);
const char *dossier_followthrough_status_css (DossierFollowthroughStatus status);

G_END_DECLS
