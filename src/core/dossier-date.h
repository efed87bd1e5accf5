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

/* "day", "month", "year"; parse returns FALSE on anything else. */
const char *dossier_precision_to_string (DossierPrecision precision);
gboolean dossier_precision_from_string (const char *string, DossierPrecision *precision);

/* Julian day numbers (GDate's: 1 = January 1 of year 1) of the first and the last day a date
 * covers at its precision: "2024" covers 2024-01-01 to 2024-12-31. 0 if the date is invalid. */
guint32 dossier_date_get_first_day (const DossierDate *date);
guint32 dossier_date_get_last_day (const DossierDate *date);
/* A day-precision date from a julian day number. */
void dossier_date_set_julian (DossierDate *date, guint32 julian);
/* Moves a date by whole months (year and month precision keep theirs); days are clamped to the
 * length of the target month. */
void dossier_date_add_months (DossierDate *date, int months);

G_END_DECLS
