/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dossier-time-scale.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_TIMELINE_ITEM_STATEMENT, /* a dated sentence */
  DOSSIER_TIMELINE_ITEM_MEETING,   /* a meeting or a document itself */
} DossierTimelineItemKind;

#define DOSSIER_TYPE_TIMELINE_ITEM_KIND (dossier_timeline_item_kind_get_type ())
GType
dossier_timeline_item_kind_get_type (void);

#define DOSSIER_TYPE_TIMELINE_ITEM (dossier_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimelineItem, dossier_timeline_item, DOSSIER, TIMELINE_ITEM, GObject)

DossierTimelineItem *
dossier_timeline_item_new (double start, DossierTimePrecision precision, guint lane,
                           const char *label);

double
dossier_timeline_item_get_start (DossierTimelineItem *self);
double
dossier_timeline_item_get_end (DossierTimelineItem *self);
void
dossier_timeline_item_set_range (DossierTimelineItem *self, double start, double end);
double
dossier_timeline_item_get_anchor (DossierTimelineItem *self);
DossierTimePrecision
dossier_timeline_item_get_precision (DossierTimelineItem *self);
void
dossier_timeline_item_set_precision (DossierTimelineItem *self, DossierTimePrecision precision);
guint
dossier_timeline_item_get_lane (DossierTimelineItem *self);
void
dossier_timeline_item_set_lane (DossierTimelineItem *self, guint lane);
const char *
dossier_timeline_item_get_label (DossierTimelineItem *self);
void
dossier_timeline_item_set_label (DossierTimelineItem *self, const char *label);
const char *
dossier_timeline_item_get_tooltip (DossierTimelineItem *self);
void
dossier_timeline_item_set_tooltip (DossierTimelineItem *self, const char *tooltip);
gboolean
dossier_timeline_item_get_planned (DossierTimelineItem *self);
void
dossier_timeline_item_set_planned (DossierTimelineItem *self, gboolean planned);
DossierTimelineItemKind
dossier_timeline_item_get_kind (DossierTimelineItem *self);
void
dossier_timeline_item_set_kind (DossierTimelineItem *self, DossierTimelineItemKind kind);
gboolean
dossier_timeline_item_get_dimmed (DossierTimelineItem *self);
void
dossier_timeline_item_set_dimmed (DossierTimelineItem *self, gboolean dimmed);
const char *
dossier_timeline_item_get_id (DossierTimelineItem *self);
void
dossier_timeline_item_set_id (DossierTimelineItem *self, const char *id);
GObject *
dossier_timeline_item_get_payload (DossierTimelineItem *self);
void
dossier_timeline_item_set_payload (DossierTimelineItem *self, GObject *payload);

G_END_DECLS
