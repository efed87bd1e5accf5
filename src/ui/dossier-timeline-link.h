/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-timeline-item.h"

G_BEGIN_DECLS

/* The statuses of the analysis contract, in its order. */
typedef enum
{
  DOSSIER_TIMELINE_LINK_DELIVERED,
  DOSSIER_TIMELINE_LINK_PROGRESSED,
  DOSSIER_TIMELINE_LINK_CONTINUED,
  DOSSIER_TIMELINE_LINK_CHANGED,
} DossierTimelineLinkStatus;

#define DOSSIER_TYPE_TIMELINE_LINK_STATUS (dossier_timeline_link_status_get_type ())
GType
dossier_timeline_link_status_get_type (void);

#define DOSSIER_TYPE_TIMELINE_LINK (dossier_timeline_link_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelineLink, dossier_timeline_link, DOSSIER, TIMELINE_LINK, GObject)

DossierTimelineLink *
dossier_timeline_link_new (DossierTimelineItem *source, DossierTimelineItem *target,
                           DossierTimelineLinkStatus status);

DossierTimelineItem *
dossier_timeline_link_get_source (DossierTimelineLink *self);
DossierTimelineItem *
dossier_timeline_link_get_target (DossierTimelineLink *self);
DossierTimelineLinkStatus
dossier_timeline_link_get_status (DossierTimelineLink *self);
void
dossier_timeline_link_set_status (DossierTimelineLink *self, DossierTimelineLinkStatus status);
const char *
dossier_timeline_link_get_tooltip (DossierTimelineLink *self);
void
dossier_timeline_link_set_tooltip (DossierTimelineLink *self, const char *tooltip);
const char *
dossier_timeline_link_get_id (DossierTimelineLink *self);
void
dossier_timeline_link_set_id (DossierTimelineLink *self, const char *id);
GObject *
dossier_timeline_link_get_payload (DossierTimelineLink *self);
void
dossier_timeline_link_set_payload (DossierTimelineLink *self, GObject *payload);

const char *
dossier_timeline_link_status_to_string (DossierTimelineLinkStatus status);

G_END_DECLS
