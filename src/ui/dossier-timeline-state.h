/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-timeline-item.h"

G_BEGIN_DECLS

/* The narrowest and widest spans the view allows, in days. */
#define DOSSIER_TIMELINE_MIN_SPAN 2.0
#define DOSSIER_TIMELINE_MAX_SPAN (365.25 * 200)

#define DOSSIER_TYPE_TIMELINE_STATE (dossier_timeline_state_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelineState, dossier_timeline_state, DOSSIER, TIMELINE_STATE,
                      GObject)

DossierTimelineState *
dossier_timeline_state_new (void);

double
dossier_timeline_state_get_start (DossierTimelineState *self);
double
dossier_timeline_state_get_end (DossierTimelineState *self);
double
dossier_timeline_state_get_span (DossierTimelineState *self);
void
dossier_timeline_state_set_span (DossierTimelineState *self, double start, double end);
void
dossier_timeline_state_zoom (DossierTimelineState *self, double factor, double anchor);
void
dossier_timeline_state_pan (DossierTimelineState *self, double days);

DossierTimelineItem *
dossier_timeline_state_get_selected_item (DossierTimelineState *self);
void
dossier_timeline_state_set_selected_item (DossierTimelineState *self, DossierTimelineItem *item);
DossierTimelineItem *
dossier_timeline_state_get_focused_item (DossierTimelineState *self);
void
dossier_timeline_state_set_focused_item (DossierTimelineState *self, DossierTimelineItem *item);

gboolean
dossier_timeline_state_get_show_past (DossierTimelineState *self);
void
dossier_timeline_state_set_show_past (DossierTimelineState *self, gboolean show_past);
gboolean
dossier_timeline_state_get_show_planned (DossierTimelineState *self);
void
dossier_timeline_state_set_show_planned (DossierTimelineState *self, gboolean show_planned);
gboolean
dossier_timeline_state_item_passes_filter (DossierTimelineState *self, DossierTimelineItem *item);

double
dossier_timeline_state_get_today (DossierTimelineState *self);
void
dossier_timeline_state_set_today (DossierTimelineState *self, double today);

G_END_DECLS
