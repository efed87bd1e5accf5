/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-timeline-item.h"
#include "dossier-timeline-lane.h"
#include "dossier-timeline-link.h"
#include "dossier-timeline-state.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_VIEW (dossier_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelineView, dossier_timeline_view, DOSSIER, TIMELINE_VIEW, GtkWidget)

GtkWidget *
dossier_timeline_view_new (void);

DossierTimelineState *
dossier_timeline_view_get_state (DossierTimelineView *self);
GListModel *
dossier_timeline_view_get_items (DossierTimelineView *self);
void
dossier_timeline_view_set_items (DossierTimelineView *self, GListModel *items);
GListModel *
dossier_timeline_view_get_lanes (DossierTimelineView *self);
void
dossier_timeline_view_set_lanes (DossierTimelineView *self, GListModel *lanes);
GListModel *
dossier_timeline_view_get_links (DossierTimelineView *self);
void
dossier_timeline_view_set_links (DossierTimelineView *self, GListModel *links);

gboolean
dossier_timeline_view_get_show_past (DossierTimelineView *self);
void
dossier_timeline_view_set_show_past (DossierTimelineView *self, gboolean show_past);
gboolean
dossier_timeline_view_get_show_planned (DossierTimelineView *self);
void
dossier_timeline_view_set_show_planned (DossierTimelineView *self, gboolean show_planned);

void
dossier_timeline_view_fit_all (DossierTimelineView *self, gboolean animate);
void
dossier_timeline_view_zoom (DossierTimelineView *self, double factor, double anchor_x,
                            gboolean animate);
void
dossier_timeline_view_show_range (DossierTimelineView *self, double start, double end,
                                  gboolean animate);
gboolean
dossier_timeline_view_is_animating (DossierTimelineView *self);

DossierTimelineItem *
dossier_timeline_view_get_selected_item (DossierTimelineView *self);
void
dossier_timeline_view_select_item (DossierTimelineView *self, DossierTimelineItem *item);
DossierTimelineItem *
dossier_timeline_view_get_focused_item (DossierTimelineView *self);
void
dossier_timeline_view_focus_item (DossierTimelineView *self, DossierTimelineItem *item);

double
dossier_timeline_view_day_to_x (DossierTimelineView *self, double day);
double
dossier_timeline_view_x_to_day (DossierTimelineView *self, double x);
gboolean
dossier_timeline_view_get_item_position (DossierTimelineView *self, DossierTimelineItem *item,
                                         double *x, double *y);
DossierTimelineItem *
dossier_timeline_view_get_item_at (DossierTimelineView *self, double x, double y);
DossierTimelineLink *
dossier_timeline_view_get_link_at (DossierTimelineView *self, double x, double y);

G_END_DECLS
