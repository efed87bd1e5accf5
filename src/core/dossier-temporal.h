/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-date.h"
#include "dossier-document.h"

G_BEGIN_DECLS

/* How a temporal expression gives its date. */
typedef enum
{
  DOSSIER_TIMEX_EXPLICIT, /* the year is written: "March 3, 2023", "January 2024", "2024-04-11" */
  DOSSIER_TIMEX_BARE,     /* month or day without a year: "in July", "On September 2" */
  DOSSIER_TIMEX_YEAR,     /* a year alone: "in 2025", "the 2018 National Defense Strategy" */
  DOSSIER_TIMEX_RELATIVE, /* anchored on the document's date: "next year", "recently" */
} DossierTimexKind;

/* A temporal expression. Offsets are Unicode code points, end exclusive: into the document's
 * normalized text for dossier_temporal_tag_document(), into the given text for
 * dossier_temporal_tag_text(). @end_date equals @date unless the expression is a range; both
 * have the same precision. */
typedef struct
{
  guint start;
  guint end;
  DossierDate date;
  DossierDate end_date;
  DossierTimexKind kind;
  /* Lies after the anchor, or is announced in the future tense ("will meet this year"). */
  gboolean planned;
  /* Names a thing rather than dating the clause: "the 2018 National Defense Strategy",
   * "the April 2023 Joint Statement". */
  gboolean attributive;
} DossierTimex;

const char *
dossier_timex_kind_to_string (DossierTimexKind kind);

gboolean
dossier_temporal_get_anchor (DossierDocument *document, DossierDate *anchor);

GArray *
dossier_temporal_tag_text (const char *text, gssize len, const DossierDate *anchor);

GArray *
dossier_temporal_tag_document (DossierDocument *document, GArray *sentences);

G_END_DECLS
