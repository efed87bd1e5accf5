/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-application.h"
#include "dossier-corpus.h"
#include "dossier-analysis.h"
#include "dossier-entity-sidebar.h"
#include "dossier-reader-view.h"
#include "dossier-annotation-popover.h"
#include "dossier-annotations-page.h"
#include "dossier-followthrough-view.h"
#include "dossier-timeline-page.h"
#include "dossier-undo-stack.h"
#include "dossier-workspace.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())
G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, AdwApplicationWindow)

DossierWindow *dossier_window_new (DossierApplication *application);
void dossier_window_open_files (DossierWindow *self, GFile **files, guint n_files);
void dossier_window_open_sample (DossierWindow *self);
DossierCorpus *dossier_window_get_corpus (DossierWindow *self);
DossierReaderView *dossier_window_get_reader (DossierWindow *self);
void dossier_window_select_document (DossierWindow *self, guint position);
guint dossier_window_get_n_loading (DossierWindow *self);
void dossier_window_find (DossierWindow *self, const char *text);
DossierAnalysis *dossier_window_get_analysis (DossierWindow *self);
gboolean dossier_window_is_analysing (DossierWindow *self);
DossierEntitySidebar *dossier_window_get_entity_sidebar (DossierWindow *self);
DossierTimelineView *dossier_window_get_timeline_view (DossierWindow *self);
DossierFollowthroughView *dossier_window_get_followthrough (DossierWindow *self);
DossierUndoStack *dossier_window_get_undo_stack (DossierWindow *self);
void dossier_window_reanalyse (DossierWindow *self);
DossierWorkspace *dossier_window_get_workspace (DossierWindow *self);
void dossier_window_set_workspace (DossierWindow *self, DossierWorkspace *workspace);
void dossier_window_open_workspace (DossierWindow *self, GFile *file);
void dossier_window_save_workspace_as (DossierWindow *self, GFile *file);
gboolean dossier_window_link_selection_to_commitment (DossierWindow *self);
void dossier_window_show_workspace (DossierWindow *self, DossierWorkspace *workspace);
guint dossier_window_import_annotations (DossierWindow *self, const char *data, gsize length, GError **error);
void dossier_window_offer_recovery (DossierWindow *self);
gboolean dossier_window_annotate_selection (DossierWindow *self);
DossierAnnotationPopover *dossier_window_get_annotation_popover (DossierWindow *self);
DossierAnnotationsPage *dossier_window_get_annotations_page (DossierWindow *self);
GtkWindow *dossier_window_inspect_link (DossierWindow *self, DossierLink *link);
void dossier_window_show_passage (DossierWindow *self, DossierDocument *document, guint start, guint end);

G_END_DECLS
