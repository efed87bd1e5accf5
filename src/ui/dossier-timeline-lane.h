/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_LANE (dossier_timeline_lane_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelineLane, dossier_timeline_lane, DOSSIER, TIMELINE_LANE, GObject)

DossierTimelineLane *
dossier_timeline_lane_new (const char *title, const char *subtitle);

const char *
dossier_timeline_lane_get_title (DossierTimelineLane *self);
void
dossier_timeline_lane_set_title (DossierTimelineLane *self, const char *title);
const char *
dossier_timeline_lane_get_subtitle (DossierTimelineLane *self);
void
dossier_timeline_lane_set_subtitle (DossierTimelineLane *self, const char *subtitle);
gboolean
dossier_timeline_lane_get_visible (DossierTimelineLane *self);
void
dossier_timeline_lane_set_visible (DossierTimelineLane *self, gboolean visible);

G_END_DECLS
