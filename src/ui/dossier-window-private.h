/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-analysis.h"
#include "dossier-entity-sidebar.h"
#include "dossier-annotation-popover.h"
#include "dossier-annotations-page.h"
#include "dossier-followthrough-view.h"
#include "dossier-timeline-page.h"
#include "dossier-undo-stack.h"
#include "dossier-workspace.h"
#include "dossier-window.h"

G_BEGIN_DECLS

struct _DossierWindow
{
  AdwApplicationWindow parent_instance;

  DossierCorpus *corpus;
  GtkSingleSelection *selection;
  GSettings *settings;
  GtkRecentManager *recent;
  GCancellable *cancellable;

  /* Loads under way: each holds its fraction for the shared progress bar. */
  GPtrArray *loads;
  guint progress_source;
  gboolean bench_reported;

  /* The latest finished analysis; a newer one may be running. */
  DossierAnalysis *analysis;
  GCancellable *analysis_cancellable;
  guint analysis_source;
  gboolean analysing;

  /* The analyst's layer: annotations and link decisions, with undo. */
  DossierWorkspace *workspace;
  DossierUndoStack *undo;
  guint recovery_source;
  gboolean closing;
  /* A workspace just opened: put the reader and timeline back where they were. */
  gboolean restore_reader;
  gboolean restore_timeline;

  /* A commitment the analyst marked in the reader, to link by hand to an outcome. */
  DossierDocument *pending_source;
  guint pending_start;
  guint pending_end;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack *view_stack;
  GtkRevealer *progress_revealer;
  GtkProgressBar *progress_bar;
  GtkStack *main_stack;
  AdwFlap *flap;
  GtkListView *document_list;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *match_label;
  GtkScrolledWindow *reader_scroller;
  DossierReaderView *reader;
  GtkPaned *content_paned;
  DossierEntitySidebar *entity_sidebar;
  DossierTimelinePage *timeline_page;
  DossierFollowthroughView *followthrough;
  DossierAnnotationsPage *annotations_page;
  DossierAnnotationPopover *annotation_popover;
  GMenu *recent_section;
  GtkMenuButton *menu_button;
};

void dossier_window_class_install_actions (GtkWidgetClass *widget_class);
void dossier_window_update_actions (DossierWindow *self);
void dossier_window_rebuild_recent_menu (DossierWindow *self);
void dossier_window_toast (DossierWindow *self, const char *message);

/* dossier-window-workspace.c */
void dossier_window_class_install_workspace_actions (GtkWidgetClass *widget_class);
void dossier_window_workspace_add (DossierWindow *self, DossierDocument *document);
void dossier_window_save_workspace (DossierWindow *self, gboolean close_after);
gboolean dossier_window_confirm_close (DossierWindow *self);

/* dossier-window-analysis.c */
void dossier_window_schedule_analysis (DossierWindow *self);

/* dossier-window-views.c */
void dossier_window_connect_views (DossierWindow *self);

/* dossier-window.c */
void dossier_window_update_undo_actions (DossierWindow *self);
void dossier_window_refresh_annotations (DossierWindow *self);
void dossier_window_store_view_state (DossierWindow *self);
void dossier_window_restore_reader_state (DossierWindow *self);
void dossier_window_restore_timeline_state (DossierWindow *self);

G_END_DECLS
