/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-event-list.h"
#include "dossier-timeline-view.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_PAGE (dossier_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelinePage, dossier_timeline_page, DOSSIER, TIMELINE_PAGE, GtkWidget)

GtkWidget *dossier_timeline_page_new (void);
void dossier_timeline_page_set_events (DossierTimelinePage *self, DossierEventList *events);
void dossier_timeline_page_set_links (DossierTimelinePage *self, GListModel *links);
void dossier_timeline_page_set_entity (DossierTimelinePage *self, DossierEntity *entity);
DossierTimelineView *dossier_timeline_page_get_view (DossierTimelinePage *self);
DossierTimelineItem *dossier_timeline_page_find_item (DossierTimelinePage *self, DossierEvent *event);
guint dossier_timeline_page_get_n_items (DossierTimelinePage *self);
void dossier_timeline_page_set_lane_visible (DossierTimelinePage *self, guint lane, gboolean visible);

G_END_DECLS
