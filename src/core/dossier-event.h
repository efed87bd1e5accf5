/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-date.h"
#include "dossier-document.h"
#include "dossier-entity.h"

G_BEGIN_DECLS

/* Where an event comes from. */
typedef enum
{
  DOSSIER_EVENT_DOCUMENT, /* the document itself: its meeting, on its date */
  DOSSIER_EVENT_SENTENCE, /* a dated sentence: "The 3rd Maritime Dialogue was held ... on May 10,
                             2023." */
  DOSSIER_EVENT_MENTION,  /* a dated name: "the 2018 National Defense Strategy" */
} DossierEventKind;

#define DOSSIER_TYPE_EVENT_KIND (dossier_event_kind_get_type ())
GType
dossier_event_kind_get_type (void);

#define DOSSIER_TYPE_EVENT (dossier_event_get_type ())
G_DECLARE_FINAL_TYPE (DossierEvent, dossier_event, DOSSIER, EVENT, GObject)

DossierEvent *
dossier_event_new (DossierEventKind kind, DossierDocument *document, const DossierDate *date,
                   const DossierDate *end_date, const char *label, guint start, guint end);

DossierEventKind
dossier_event_get_kind (DossierEvent *self);
DossierDocument *
dossier_event_get_document (DossierEvent *self);
const DossierDate *
dossier_event_get_date (DossierEvent *self);
const DossierDate *
dossier_event_get_end_date (DossierEvent *self);
DossierPrecision
dossier_event_get_precision (DossierEvent *self);
char *
dossier_event_dup_iso_date (DossierEvent *self);
char *
dossier_event_dup_iso_end_date (DossierEvent *self);
guint32
dossier_event_get_first_day (DossierEvent *self);
guint32
dossier_event_get_last_day (DossierEvent *self);
const char *
dossier_event_get_label (DossierEvent *self);
guint
dossier_event_get_start (DossierEvent *self);
guint
dossier_event_get_end (DossierEvent *self);
void
dossier_event_get_focus (DossierEvent *self, guint *start, guint *end);
char *
dossier_event_dup_text (DossierEvent *self);
gboolean
dossier_event_get_planned (DossierEvent *self);
GPtrArray *
dossier_event_get_entities (DossierEvent *self);
gboolean
dossier_event_has_entity (DossierEvent *self, DossierEntity *entity);

int
dossier_event_compare (DossierEvent *a, DossierEvent *b);

G_END_DECLS
