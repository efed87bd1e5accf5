/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

/* What became of a commitment, as the later document reports it. */
typedef enum
{
  DOSSIER_LINK_DELIVERED,  /* reported done */
  DOSSIER_LINK_PROGRESSED, /* advanced, not finished */
  DOSSIER_LINK_CONTINUED,  /* an ongoing commitment restated */
  DOSSIER_LINK_CHANGED,    /* reshaped or renamed */
} DossierLinkStatus;

#define DOSSIER_N_LINK_STATUSES (DOSSIER_LINK_CHANGED + 1)

#define DOSSIER_TYPE_LINK_STATUS (dossier_link_status_get_type ())
GType
dossier_link_status_get_type (void);

/* A code point span of a document, end exclusive. */
typedef struct
{
  guint start;
  guint end;
} DossierRange;

/* A commitment of an earlier document joined to a passage of a later one that reports on it.
 * Both sides are sentences or clauses: code point offsets into each document's normalized
 * text. The status may be changed by the user (property notifies); the rest is fixed. */
#define DOSSIER_TYPE_LINK (dossier_link_get_type ())
G_DECLARE_FINAL_TYPE (DossierLink, dossier_link, DOSSIER, LINK, GObject)

DossierLink *
dossier_link_new (DossierDocument *source, guint source_start, guint source_end,
                  DossierDocument *target, guint target_start, guint target_end, double score,
                  DossierLinkStatus status, const char *topic);

DossierDocument *
dossier_link_get_source_document (DossierLink *self);
guint
dossier_link_get_source_start (DossierLink *self);
guint
dossier_link_get_source_end (DossierLink *self);
const char *
dossier_link_get_source_text (DossierLink *self);
DossierDocument *
dossier_link_get_target_document (DossierLink *self);
guint
dossier_link_get_target_start (DossierLink *self);
guint
dossier_link_get_target_end (DossierLink *self);
const char *
dossier_link_get_target_text (DossierLink *self);
double
dossier_link_get_score (DossierLink *self);
DossierLinkStatus
dossier_link_get_status (DossierLink *self);
void
dossier_link_set_status (DossierLink *self, DossierLinkStatus status);
const char *
dossier_link_get_topic (DossierLink *self);

/* The words each side shares with the other (terms, aliases, entities), for highlighting. */
const DossierRange *
dossier_link_get_source_highlights (DossierLink *self, guint *n_spans);
const DossierRange *
dossier_link_get_target_highlights (DossierLink *self, guint *n_spans);
void
dossier_link_set_highlights (DossierLink *self, const DossierRange *source_spans, guint n_source,
                             const DossierRange *target_spans, guint n_target);

const char *
dossier_link_status_to_string (DossierLinkStatus status); /* "delivered", ... */
const char *
dossier_link_status_to_label (DossierLinkStatus status); /* translated */
gboolean
dossier_link_status_from_string (const char *string, DossierLinkStatus *status);

G_END_DECLS
