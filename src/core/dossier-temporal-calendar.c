/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-temporal.h"
#include "dossier-temporal-private.h"

/* Calendar expressions: "March 3, 2023", "11 April 2024", "June 3-4, 2025", "January
 * 2024", bare months and days ("in July", "On September 2"), years ("in 2025", "the 2018
 * National Defense Strategy", "2023-2025"), seasons and fiscal years. */

typedef DossierTemporalScan Scan;
typedef DossierTemporalRaw Raw;
typedef DossierTemporalAnchorRule AnchorRule;
typedef DossierTemporalPlanRule PlanRule;

/* A four-digit year standing alone at *p: not part of "2024.5", "2,024" or "2024a". */
static gboolean
read_year (const Scan *s, gsize *p, int min, int max, int *year)
{
  gsize q = *p;
  int v;

  if (!read_number (s, &q, 4, &v) || q - *p != 4 || v < min || v > max)
    return FALSE;
  if (q < s->hi
      && (g_ascii_isalpha (s->t[q])
          || ((s->t[q] == '.' || s->t[q] == ',') && q + 1 < s->hi
              && g_ascii_isdigit (s->t[q + 1]))))
    return FALSE;
  *year = v;
  *p = q;
  return TRUE;
}

/* Between the two ends of a range: "-", "–", "—", "to", "through", "until". */
static gboolean
read_range_dash (const Scan *s, gsize *p, gboolean words)
{
  gsize q = skip_space (s, *p);
  const guchar *u = (const guchar *) s->t + q;

  if (q < s->hi && *u == '-')
    q++;
  else if (q + 2 < s->hi && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
    q += 3;
  else if (words)
    {
      gsize we = letters_end (s, q);

      if (!span_is (s, q, we, "to") && !span_is (s, q, we, "through")
          && !span_is (s, q, we, "until") && !span_is (s, q, we, "till"))
        return FALSE;
      q = we;
    }
  else
    return FALSE;
  *p = skip_space (s, q);
  return TRUE;
}

/* A day of the month at *p, "30" or "30th", not followed by more of a word. */
static gboolean
read_day (const Scan *s, gsize *p, int *day)
{
  gsize q = *p;
  int d;

  if (!read_number (s, &q, 2, &d) || d < 1 || d > 31)
    return FALSE;
  if (q + 1 < s->hi && g_ascii_isalpha (s->t[q]))
    {
      gsize we = letters_end (s, q);

      if (!span_is (s, q, we, "st") && !span_is (s, q, we, "nd") && !span_is (s, q, we, "rd")
          && !span_is (s, q, we, "th"))
        return FALSE;
      q = we;
    }
  if (q < s->hi
      && (g_ascii_isalnum (s->t[q]) || s->t[q] == '+' || s->t[q] == '/'
          || (s->t[q] == ':' && q + 1 < s->hi && g_ascii_isdigit (s->t[q + 1]))))
    return FALSE;
  *day = d;
  *p = q;
  return TRUE;
}

/* A month name at p (capitalized; "Sept." and other abbreviations only if @abbrev_ok). */
static int
read_month (const Scan *s, gsize *p, gboolean abbrev_ok, gboolean *abbreviated)
{
  gsize we = letters_end (s, *p);
  gsize len = we - *p;
  int m;
  gboolean abbr;

  if (len < 3 || len > 9 || !g_ascii_isupper (s->t[*p]))
    return 0;
  m = dossier_date_month_from_word (s->t + *p, len);
  if (m == 0)
    return 0;
  abbr = (len == 3 && m != 5) || (len == 4 && m == 9);
  if (abbr && !abbrev_ok)
    return 0;
  if (abbr && we < s->hi && s->t[we] == '.')
    we++;
  if (abbreviated)
    *abbreviated = abbr;
  *p = we;
  return m;
}

/* "the 2018 National Defense Strategy", "the upcoming 2024 Conference", "the April 2023 “Joint
 * Statement”": a determiner before, a name or an event noun after. */
static gboolean
is_attributive (const Scan *s, gsize start, gsize end)
{
  gsize p = start, ws, we;
  const guchar *u;

  for (guint i = 0;; i++)
    {
      guint c;

      if (i == 3 || !prev_word (s, p, FALSE, &ws, &we))
        return FALSE;
      c = cues_of (s, ws, we);
      if (c & DOSSIER_CUE_DETERMINER)
        break;
      if (!g_ascii_islower (s->t[ws]) || (c & (DOSSIER_CUE_MONTH_STRICT | DOSSIER_CUE_AUXILIARY)))
        return FALSE;
      p = ws;
    }

  p = skip_space (s, end);
  u = (const guchar *) s->t + p;
  if (p < s->hi && (*u == '"' || *u == '\''))
    p++;
  else if (p + 2 < s->hi && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x98))
    p += 3;
  if (p >= s->hi || !g_ascii_isalpha (s->t[p]))
    return FALSE;
  we = letters_end (s, p);
  if (g_ascii_isupper (s->t[p]))
    return dossier_date_month_from_word (s->t + p, we - p) == 0;
  return (cues_of (s, p, we) & DOSSIER_CUE_EVENT_NOUN) != 0;
}

/* After "Month D" or "D Month": an optional ", YYYY". */
static gboolean
read_trailing_year (const Scan *s, gsize *p, int *year)
{
  gsize q = *p;

  if (q < s->hi && s->t[q] == ',')
    q++;
  q = skip_space (s, q);
  if (!read_year (s, &q, 1000, 2999, year))
    return FALSE;
  *p = q;
  return TRUE;
}

/* "October 7 of last year", "March of this year": the year is given, relative to the anchor. */
static void
of_relative_year (Scan *s, Raw *raw)
{
  gsize ws, we, e;
  int shift;

  if (!next_word (s, raw->end, &ws, &we) || !span_is (s, ws, we, "of")
      || !next_word (s, we, &ws, &we))
    return;
  if (span_is (s, ws, we, "last"))
    shift = -1;
  else if (span_is (s, ws, we, "this"))
    shift = 0;
  else if (span_is (s, ws, we, "next"))
    shift = 1;
  else
    return;
  e = we;
  if (!next_word (s, e, &ws, &we) || !span_is (s, ws, we, "year"))
    return;
  raw->end = we;
  raw->kind = DOSSIER_TIMEX_RELATIVE;
  raw->rule = ANCHOR_FIXED;
  raw->end_date.year
      = s->anchor.year + shift
        + (raw->end_date.month * 32 + raw->end_date.day < raw->date.month * 32 + raw->date.day);
  raw->date.year = s->anchor.year + shift;
}

/* At a month name: "March 3, 2023", "June 3-4, 2025", "May 30 to June 1",
 * "On September 2", "January 2024", "July–September 2024", "in July". */
gsize
dossier_temporal_scan_month (Scan *s, gsize p)
{
  gsize q = p, r, ws, we;
  gboolean abbr = FALSE;
  int m = read_month (s, &q, TRUE, &abbr), m2 = 0, d = 0, d2 = 0, y = 0, y2 = 0;
  Raw *raw;

  if (m == 0)
    return letters_end (s, p);

  r = skip_space (s, q);
  if (r > q && read_day (s, &r, &d))
    {
      gsize t = r, e;

      /* A range: "30-31", "30 to November 1". */
      if (read_range_dash (s, &t, TRUE))
        {
          gsize t2 = t;
          int mm = read_month (s, &t2, TRUE, NULL);

          if (mm)
            t2 = skip_space (s, t2);
          if (read_day (s, &t2, &d2))
            {
              m2 = mm ? mm : m;
              r = t2;
            }
          else
            d2 = 0;
        }
      e = r;
      if (read_trailing_year (s, &e, &y))
        {
          r = e;
          /* "December 30, 2024 to January 2, 2025" */
          if (d2 == 0)
            {
              gsize t3 = r, t4;
              int mm, dd, yy;

              if (read_range_dash (s, &t3, TRUE) && (t4 = t3, mm = read_month (s, &t4, TRUE, NULL)))
                {
                  t4 = skip_space (s, t4);
                  if (read_day (s, &t4, &dd) && read_trailing_year (s, &t4, &yy))
                    {
                      m2 = mm;
                      d2 = dd;
                      y2 = yy;
                      r = t4;
                    }
                }
            }
          raw = dossier_temporal_emit (
              s, p, r, make_date (y, m, d, DOSSIER_PRECISION_DAY),
              make_date (y2 ? y2 : y, d2 ? m2 : m, d2 ? d2 : d, DOSSIER_PRECISION_DAY),
              DOSSIER_TIMEX_EXPLICIT);
          if (d2 && !y2 && m2 < m)
            raw->end_date.year++;
          raw->attributive = is_attributive (s, p, r);
          if (!dossier_date_is_valid (&raw->date) || !dossier_date_is_valid (&raw->end_date))
            g_array_set_size (s->raws, s->raws->len - 1);
          return r;
        }
      if (!s->has_anchor)
        return r;
      raw = dossier_temporal_emit (s, p, r, make_date (0, m, d, DOSSIER_PRECISION_DAY),
                                   make_date (0, d2 ? m2 : m, d2 ? d2 : d, DOSSIER_PRECISION_DAY),
                                   DOSSIER_TIMEX_BARE);
      raw->rule = ANCHOR_TENSE;
      of_relative_year (s, raw);
      return raw->end;
    }

  /* "January 2024", "January of 2024" */
  r = skip_space (s, q);
  if (r < s->hi && g_ascii_isalpha (s->t[r]) && next_word (s, r, &ws, &we)
      && span_is (s, ws, we, "of"))
    r = skip_space (s, we);
  if (r > q && read_year (s, &r, 1000, 2999, &y))
    {
      gsize start = dossier_temporal_extend (s, p, NULL);

      raw = dossier_temporal_emit (s, start, r, make_date (y, m, 0, DOSSIER_PRECISION_MONTH),
                                   make_date (y, m, 0, DOSSIER_PRECISION_MONTH),
                                   DOSSIER_TIMEX_EXPLICIT);
      raw->attributive = is_attributive (s, start, r);
      return r;
    }

  /* "July–September 2024", "from July to September" */
  r = q;
  if (read_range_dash (s, &r, TRUE) && (m2 = read_month (s, &r, FALSE, NULL)))
    {
      gsize e = skip_space (s, r);

      if (e < s->hi && next_word (s, e, &ws, &we) && span_is (s, ws, we, "of"))
        e = skip_space (s, we);
      if (read_year (s, &e, 1000, 2999, &y))
        {
          dossier_temporal_emit (
              s, p, e, make_date (m2 < m ? y - 1 : y, m, 0, DOSSIER_PRECISION_MONTH),
              make_date (y, m2, 0, DOSSIER_PRECISION_MONTH), DOSSIER_TIMEX_EXPLICIT);
          return e;
        }
    }
  else
    {
      m2 = 0;
      r = q;
    }

  /* A bare month needs a word that makes it one: "in July", "since March", "mid-July". */
  if (abbr || !s->has_anchor)
    return q;
  {
    AnchorRule rule = ANCHOR_TENSE;
    gsize start = p;
    gboolean ok = FALSE;

    if (start >= s->lo + 4 && s->t[start - 1] == '-'
        && g_ascii_strncasecmp (s->t + start - 4, "mid", 3) == 0)
      ok = TRUE;
    else if (prev_word (s, p, FALSE, &ws, &we))
      {
        guint c = cues_of (s, ws, we);
        gboolean ambiguous = m == 3 || m == 5 || m == 8; /* March, May, August */

        ok = ambiguous ? (c & DOSSIER_CUE_MONTH_STRICT) != 0 : (c & DOSSIER_CUE_MONTH_CONTEXT) != 0;
        if (span_is (s, ws, we, "next"))
          rule = ANCHOR_NEXT, start = ws;
        else if (span_is (s, ws, we, "last") || span_is (s, ws, we, "past")
                 || span_is (s, ws, we, "previous"))
          rule = ANCHOR_LAST, start = ws;
        else if (span_is (s, ws, we, "this"))
          rule = ANCHOR_THIS, start = ws;
      }
    if (!ok)
      return q;
    start = dossier_temporal_extend (s, start, NULL);
    raw = dossier_temporal_emit (s, start, m2 ? r : q, make_date (0, m, 0, DOSSIER_PRECISION_MONTH),
                                 make_date (0, m2 ? m2 : m, 0, DOSSIER_PRECISION_MONTH),
                                 DOSSIER_TIMEX_BARE);
    raw->rule = rule;
    if (rule == ANCHOR_TENSE)
      of_relative_year (s, raw);
    return raw->end;
  }
}

/* At a number of one or two digits: "11 April 2024", "30-31 October 2024", "1 March". */
gsize
dossier_temporal_scan_day_first (Scan *s, gsize p)
{
  gsize q = p, t, e;
  int d, d2 = 0, m, y;
  Raw *raw;

  if (!read_day (s, &q, &d))
    return 0;
  t = q;
  if (read_range_dash (s, &t, FALSE) && read_day (s, &t, &d2))
    q = t;
  else
    d2 = 0;
  e = skip_space (s, q);
  if (e == q)
    return 0;
  {
    gsize ws, we;

    if (next_word (s, e, &ws, &we) && span_is (s, ws, we, "of"))
      e = skip_space (s, we);
  }
  m = read_month (s, &e, TRUE, NULL);
  if (m == 0)
    return 0;
  q = e;
  if (read_trailing_year (s, &e, &y))
    {
      raw = dossier_temporal_emit (s, p, e, make_date (y, m, d, DOSSIER_PRECISION_DAY),
                                   make_date (y, m, d2 ? d2 : d, DOSSIER_PRECISION_DAY),
                                   DOSSIER_TIMEX_EXPLICIT);
      if (!dossier_date_is_valid (&raw->date) || !dossier_date_is_valid (&raw->end_date))
        g_array_set_size (s->raws, s->raws->len - 1);
      return e;
    }
  if (!s->has_anchor)
    return q;
  raw = dossier_temporal_emit (s, p, q, make_date (0, m, d, DOSSIER_PRECISION_DAY),
                               make_date (0, m, d2 ? d2 : d, DOSSIER_PRECISION_DAY),
                               DOSSIER_TIMEX_BARE);
  raw->rule = ANCHOR_TENSE;
  of_relative_year (s, raw);
  return raw->end;
}

static gboolean
currency_before (const Scan *s, gsize p)
{
  const guchar *u = (const guchar *) s->t;

  if (p > s->lo && (u[p - 1] == '$' || u[p - 1] == '#'))
    return TRUE;
  if (p >= s->lo + 2 && u[p - 2] == 0xC2 && (u[p - 1] == 0xA3 || u[p - 1] == 0xA5)) /* £ ¥ */
    return TRUE;
  return p >= s->lo + 3 && u[p - 3] == 0xE2 && u[p - 2] == 0x82 && u[p - 1] == 0xAC; /* € */
}

/* At four digits: "in 2025", "the 2018 National Defense Strategy", "2023-2025", "mid-2024". */
gsize
dossier_temporal_scan_year (Scan *s, gsize p)
{
  gsize q = p, e, ws, we, start;
  int y, y2 = 0;
  Raw *raw;
  PlanRule plan = PLAN_FROM_DATE;

  if (!read_year (s, &q, DOSSIER_TEMPORAL_MIN_YEAR, DOSSIER_TEMPORAL_MAX_YEAR, &y))
    return 0;
  if (q < s->hi && s->t[q] == '%')
    return 0;
  if (currency_before (s, p))
    return 0;
  if (p >= s->lo + 2 && (s->t[p - 1] == ',' || s->t[p - 1] == '.') && g_ascii_isdigit (s->t[p - 2]))
    return 0;
  /* "COVID-2019", "F-2024", but "mid-2024" */
  if (p >= s->lo + 2 && (s->t[p - 1] == '-' || s->t[p - 1] == '/') && g_ascii_isalnum (s->t[p - 2])
      && !(p >= s->lo + 4 && g_ascii_strncasecmp (s->t + p - 4, "mid", 3) == 0))
    return 0;
  if (prev_word (s, p, TRUE, &ws, &we) && (cues_of (s, ws, we) & DOSSIER_CUE_DESIGNATOR))
    return 0;
  if (next_word (s, q, &ws, &we) && (cues_of (s, ws, we) & DOSSIER_CUE_QUANTITY))
    return 0;

  /* Ranges: "2023-2025", "2024–25", "from 2023 to 2025", "between 2022 and 2024". */
  e = q;
  if (read_range_dash (s, &e, FALSE))
    {
      gsize e2 = e;
      int v;

      if (read_year (s, &e2, y + 1, y + 200, &v))
        y2 = v, q = e2;
      else if (read_number (s, &e2, 2, &v) && e2 - e == 2 && y / 100 * 100 + v > y)
        y2 = y / 100 * 100 + v, q = e2;
    }
  else if (prev_word (s, p, FALSE, &ws, &we))
    {
      gboolean from = span_is (s, ws, we, "from"), between = span_is (s, ws, we, "between");
      gsize w2s, w2e;

      if ((from || between) && next_word (s, q, &w2s, &w2e)
          && (from ? (span_is (s, w2s, w2e, "to") || span_is (s, w2s, w2e, "through")
                      || span_is (s, w2s, w2e, "until"))
                   : span_is (s, w2s, w2e, "and")))
        {
          gsize e2 = skip_space (s, w2e);
          int v;

          if (read_year (s, &e2, y + 1, y + 200, &v))
            y2 = v, q = e2;
        }
    }

  start = dossier_temporal_extend (s, p, &plan);
  /* "fiscal year 2025", "fiscal 2025" */
  if (prev_word (s, start, FALSE, &ws, &we))
    {
      gsize w0s, w0e;

      if (span_is (s, ws, we, "fiscal"))
        start = ws;
      else if (span_is (s, ws, we, "year") && prev_word (s, ws, FALSE, &w0s, &w0e)
               && span_is (s, w0s, w0e, "fiscal"))
        start = w0s;
    }
  raw = dossier_temporal_emit (s, start, q, make_date (y, 0, 0, DOSSIER_PRECISION_YEAR),
                               make_date (y2 ? y2 : y, 0, 0, DOSSIER_PRECISION_YEAR),
                               DOSSIER_TIMEX_YEAR);
  raw->plan = plan;
  raw->attributive = !y2 && is_attributive (s, start, q);
  return q;
}

/* "spring 2025", "the summer of 2024" (Northern Hemisphere seasons, as the genre uses). */
gsize
dossier_temporal_scan_season (Scan *s, gsize p, gsize we, int first_month)
{
  gsize q = skip_space (s, we), ws, wse;
  int y;
  Raw *raw;

  if (next_word (s, q, &ws, &wse) && span_is (s, ws, wse, "of"))
    q = skip_space (s, wse);
  if (!read_year (s, &q, DOSSIER_TEMPORAL_MIN_YEAR, DOSSIER_TEMPORAL_MAX_YEAR, &y))
    return we;
  raw = dossier_temporal_emit (s, p, q, make_date (y, first_month, 0, DOSSIER_PRECISION_MONTH),
                               make_date (y, first_month, 0, DOSSIER_PRECISION_MONTH),
                               DOSSIER_TIMEX_EXPLICIT);
  dossier_date_add_months (&raw->end_date, 2);
  return q;
}

/* "FY2025", "FY 2025", "FY25" */
gsize
dossier_temporal_scan_fiscal (Scan *s, gsize p, gsize we)
{
  gsize q = skip_space (s, we), e;
  int v;

  e = q;
  if (read_year (s, &e, DOSSIER_TEMPORAL_MIN_YEAR, DOSSIER_TEMPORAL_MAX_YEAR, &v))
    ;
  else if (e = q, read_number (s, &e, 2, &v) && e - q == 2)
    v += 2000;
  else
    return we;
  dossier_temporal_emit (s, p, e, make_date (v, 0, 0, DOSSIER_PRECISION_YEAR),
                         make_date (v, 0, 0, DOSSIER_PRECISION_YEAR), DOSSIER_TIMEX_YEAR);
  return e;
}
