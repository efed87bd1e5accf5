/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_PRECISION_DAY,
  DOSSIER_PRECISION_MONTH,
  DOSSIER_PRECISION_YEAR,
} DossierPrecision;

typedef struct
{
  int year;
  int month; /* 1-12, 0 when unknown */
  int day;   /* 1-31, 0 when unknown */
  DossierPrecision precision;
} DossierDate;

/* A calendar expression found in text: a single date or a range, byte offsets, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
  DossierDate date;
  DossierDate end_date;
} DossierDateMatch;

int dossier_date_month_from_word (const char *word, gsize len);
gboolean dossier_date_is_valid (const DossierDate *date);
char *dossier_date_to_iso (const DossierDate *date);
int dossier_date_compare (const DossierDate *a, const DossierDate *b);
gboolean dossier_date_parse_iso (const char *iso, DossierDate *date);

gboolean dossier_date_find_explicit (const char *text, gsize len, gsize from, DossierDateMatch *match);

G_END_DECLS
