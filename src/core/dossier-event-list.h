/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-entity-set.h"
#include "dossier-event.h"

G_BEGIN_DECLS

/* The events of a corpus in timeline order (dossier_event_compare), as a GListModel of
 * DossierEvent. Immutable once built. Lanes are the documents, in the order given. */
#define DOSSIER_TYPE_EVENT_LIST (dossier_event_list_get_type ())
G_DECLARE_FINAL_TYPE (DossierEventList, dossier_event_list, DOSSIER, EVENT_LIST, GObject)

DossierEventList *
dossier_event_list_new (GPtrArray *documents, GPtrArray *events);
DossierEventList *
dossier_event_list_extract (GPtrArray *documents, DossierEntitySet *entities,
                            GCancellable *cancellable, GError **error);

guint
dossier_event_list_get_n_events (DossierEventList *self);
DossierEvent *
dossier_event_list_get_event (DossierEventList *self, guint position);
gboolean
dossier_event_list_find (DossierEventList *self, DossierEvent *event, guint *position);
gboolean
dossier_event_list_find_at (DossierEventList *self, DossierDocument *document, guint offset,
                            guint *position);

gboolean
dossier_event_list_get_span (DossierEventList *self, guint32 *first_day, guint32 *last_day);
GArray *
dossier_event_list_query (DossierEventList *self, guint32 first_day, guint32 last_day);

guint
dossier_event_list_get_n_lanes (DossierEventList *self);
DossierDocument *
dossier_event_list_get_lane_document (DossierEventList *self, guint lane);
guint
dossier_event_list_get_lane (DossierEventList *self, guint position);

G_END_DECLS
