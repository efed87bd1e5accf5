/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* DATE entities are explicit calendar expressions only: full dates and day ranges (read by
 * dossier_date_find_explicit()), "January 2024", "October 31", and a year or month after a
 * preposition ("in 2025", "since July"). Relative dates ("next year") are the temporal
 * tagger's business, not entities. The finder is called only at month words and numbers,
 * on a window of a few tokens, so the cost stays proportional to the words. */

#define WINDOW_TOKENS 12

static const char *const year_prepositions[] = {
  "in",     "since", "during", "by",   "until", "till", "through", "throughout", "from",
  "before", "after", "early",  "late", "mid",   "of",   "to",      "and",        "for",
};

static gboolean
after_preposition (DocScan *d, guint t)
{
  if (t == 0 || d->toks[t - 1].sentence != d->toks[t].sentence)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (year_prepositions); i++)
    if (strcmp (d->keys[t - 1].fold, year_prepositions[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A number token of @min to @max digits and nothing else; its value, or -1. */
static int
number_value (DocScan *d, guint t, guint min, guint max)
{
  const char *k;
  gsize n;
  int v = 0;

  if (t >= d->n_toks || !(d->toks[t].flags & DOSSIER_TOKEN_NUMBER))
    return -1;
  k = d->keys[t].fold;
  n = strlen (k);
  if (n < min || n > max)
    return -1;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (k[i]))
        return -1;
      v = v * 10 + (k[i] - '0');
    }
  return v;
}

static void
emit_date (Extraction *x, DocScan *d, guint t0, guint t1, const DossierDate *date,
           const DossierDate *end_date)
{
  g_autofree char *iso = dossier_date_to_iso (date);
  g_autofree char *key = NULL;

  if (end_date && dossier_date_compare (date, end_date) != 0)
    {
      g_autofree char *iso_end = dossier_date_to_iso (end_date);

      key = g_strconcat ("dt:", iso, "/", iso_end, NULL);
    }
  else
    key = g_strconcat ("dt:", iso, NULL);
  dossier_entities_add_cand (x, d, t0, t1, DOSSIER_ENTITY_DATE, CAND_DATE, dossier_intern (x, key));
}

/* Whether a folded word starts like a month name or abbreviation ("sept" included): most
 * capitalized words stop here, before the full comparison. An empty key (too long to fold)
 * goes on, as it always did. */
static gboolean
may_be_month (const char *fold)
{
  static const char prefixes[12][4]
      = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

  if (fold[0] == 0)
    return TRUE;
  if (fold[1] == 0 || fold[2] == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (fold[0] == prefixes[i][0] && fold[1] == prefixes[i][1] && fold[2] == prefixes[i][2])
      return TRUE;
  return FALSE;
}

guint
dossier_entities_match_date (Extraction *x, DocScan *d, guint t, guint end)
{
  Tok *tok = &d->toks[t];
  int month = 0, day, year;
  gboolean number = (tok->flags & DOSSIER_TOKEN_NUMBER) != 0;

  if (dossier_tok_is_upper (d, t) && may_be_month (d->keys[t].fold))
    month = dossier_date_month_from_word (d->keys[t].exact, strlen (d->keys[t].exact));
  if (month == 0 && !number)
    return t;

  /* Full dates and ranges. */
  if (month > 0 || number_value (d, t, 1, 4) >= 0)
    {
      guint last = MIN (end, t + WINDOW_TOKENS) - 1;
      DossierDateMatch m;

      if (dossier_date_find_explicit (d->text, d->toks[last].bend, tok->bstart, &m)
          && m.start == tok->bstart)
        {
          for (guint u = t; u <= last; u++)
            if (d->toks[u].bend == m.end)
              {
                DossierDate date = m.date, end_date = m.end_date;

                emit_date (x, d, t, u + 1, &date, &end_date);
                return u + 1;
              }
        }
    }

  if (month > 0)
    {
      /* "May" is a verb too often to stand alone. */
      gboolean may = month == 5 && strcmp (d->keys[t].fold, "may") == 0;

      if ((year = number_value (d, t + 1, 4, 4)) >= 1000 && t + 1 < end)
        {
          DossierDate date = { year, month, 0, DOSSIER_PRECISION_MONTH };

          emit_date (x, d, t, t + 2, &date, NULL);
          return t + 2;
        }
      if ((day = number_value (d, t + 1, 1, 2)) >= 1 && day <= 31 && t + 1 < end
          && !(t + 2 < end && dossier_tok_is (d, t + 2, ",") && number_value (d, t + 3, 4, 4) >= 0))
        {
          /* "On October 31": the year is the document's; the entity keeps month and day. */
          g_autofree char *key = g_strdup_printf ("dt:--%02d-%02d", month, day);

          dossier_entities_add_cand (x, d, t, t + 2, DOSSIER_ENTITY_DATE, CAND_DATE,
                                     dossier_intern (x, key));
          return t + 2;
        }
      if (!may && after_preposition (d, t))
        {
          g_autofree char *key = g_strdup_printf ("dt:--%02d", month);

          dossier_entities_add_cand (x, d, t, t + 1, DOSSIER_ENTITY_DATE, CAND_DATE,
                                     dossier_intern (x, key));
          return t + 1;
        }
      return t;
    }

  /* "in 2025", "since 2022": a year after a preposition, not a year used as a label
   * ("the 2022 U.S. Nuclear Posture Review"). */
  year = number_value (d, t, 4, 4);
  if (year >= 1900 && year <= 2100 && after_preposition (d, t)
      && !(t + 1 < end && !d->toks[t + 1].space_before
           && !(d->toks[t + 1].flags & DOSSIER_TOKEN_PUNCT))
      && !(t + 1 < end && dossier_tok_is_upper (d, t + 1) && d->sent_plain[d->toks[t].sentence]))
    {
      DossierDate date = { year, 0, 0, DOSSIER_PRECISION_YEAR };

      emit_date (x, d, t, t + 1, &date, NULL);
      return t + 1;
    }
  return t;
}
