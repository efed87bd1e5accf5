/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-temporal.h"
#include "dossier-temporal-private.h"

/* Expressions resolved against the anchor at once: "this year", "next month", "the past 15
 * months", "the next decade", "two years ago", "today", "recently". */

typedef DossierTemporalScan Scan;
typedef DossierTemporalRaw Raw;
typedef DossierTemporalAnchorRule AnchorRule;
typedef DossierTemporalPlanRule PlanRule;

typedef enum
{
  UNIT_NONE,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_DECADE,
} Unit;

int
dossier_temporal_number_word (const Scan *s, gsize a, gsize b)
{
  static const char *const words[] = { "a",     "one",   "two",  "three", "four",   "five",  "six",
                                       "seven", "eight", "nine", "ten",   "eleven", "twelve" };

  if (span_is (s, a, b, "an"))
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (span_is (s, a, b, words[i]))
      return i == 0 ? 1 : (int) i;
  return 0;
}

static Unit
read_unit (const Scan *s, gsize a, gsize b, gboolean *plural)
{
  static const struct
  {
    const char *word;
    Unit unit;
  } units[] = {
    { "day", UNIT_DAY },          { "week", UNIT_WEEK },  { "month", UNIT_MONTH },
    { "quarter", UNIT_QUARTER },  { "year", UNIT_YEAR },  { "decade", UNIT_DECADE },
    { "days", UNIT_DAY },         { "weeks", UNIT_WEEK }, { "months", UNIT_MONTH },
    { "quarters", UNIT_QUARTER }, { "years", UNIT_YEAR }, { "decades", UNIT_DECADE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (span_is (s, a, b, units[i].word))
      {
        *plural = i >= 6;
        return units[i].unit;
      }
  return UNIT_NONE;
}

static void
set_day_range (Raw *raw, guint32 first, guint32 last)
{
  dossier_date_set_julian (&raw->date, first);
  dossier_date_set_julian (&raw->end_date, last);
}

static void
set_month_range (Raw *raw, const DossierDate *anchor, int from, int to)
{
  raw->date = make_date (anchor->year, anchor->month, 0, DOSSIER_PRECISION_MONTH);
  raw->end_date = raw->date;
  dossier_date_add_months (&raw->date, from);
  dossier_date_add_months (&raw->end_date, to);
}

static void
set_year_range (Raw *raw, int from, int to)
{
  raw->date = make_date (from, 0, 0, DOSSIER_PRECISION_YEAR);
  raw->end_date = make_date (to, 0, 0, DOSSIER_PRECISION_YEAR);
}

/* After the unit: "this year's" keeps the "'s" out of the expression. */
static Raw *
emit_relative (Scan *s, gsize start, gsize end, PlanRule plan)
{
  Raw *raw = dossier_temporal_emit (s, start, end, s->anchor, s->anchor, DOSSIER_TIMEX_RELATIVE);

  raw->plan = plan;
  return raw;
}

/* At "this", "next", "last", "past", "previous", "coming", "current". */
gsize
dossier_temporal_scan_relative (Scan *s, gsize p, gsize we)
{
  const DossierDate *a = &s->anchor;
  gsize q = skip_space (s, we), ue, ws, we0, start = p;
  gboolean has_the = FALSE, plural = FALSE;
  gboolean this = span_is (s, p, we, "this") || span_is (s, p, we, "current");
  gboolean next = span_is (s, p, we, "next") || span_is (s, p, we, "coming");
  gboolean previous = span_is (s, p, we, "previous");
  int n = 0;
  Unit unit;
  PlanRule plan = PLAN_FROM_DATE;
  Raw *raw;
  guint32 day = s->anchor_day;

  if (q >= s->hi)
    return we;
  if (prev_word (s, p, FALSE, &ws, &we0) && span_is (s, ws, we0, "the"))
    has_the = TRUE, start = ws;

  /* "the past 15 months", "the next two years" */
  if (has_the && !this)
    {
      if (g_ascii_isdigit (s->t[q]))
        {
          gsize e = q;

          if (read_number (s, &e, 3, &n))
            q = skip_space (s, e);
        }
      else if (g_ascii_isalpha (s->t[q]))
        {
          gsize e = letters_end (s, q);

          n = dossier_temporal_number_word (s, q, e);
          if (n > 0 && !span_is (s, q, e, "a") && !span_is (s, q, e, "an"))
            q = skip_space (s, e);
          else
            n = 0;
        }
    }
  if (q >= s->hi || !g_ascii_isalpha (s->t[q]))
    return we;
  ue = letters_end (s, q);
  unit = read_unit (s, q, ue, &plural);
  if (unit == UNIT_NONE || (plural && n == 0) || (!plural && n > 1))
    return we;
  /* Longer spans are durations ("the past 70 years"), not dates on a timeline. */
  if ((unit == UNIT_YEAR && n > 10) || (unit == UNIT_MONTH && n > 36)
      || (unit == UNIT_WEEK && n > 52) || (unit == UNIT_DAY && n > 90)
      || (unit == UNIT_DECADE && n > 1))
    return we;
  if (unit == UNIT_DAY && n == 0)
    return we; /* "next day" is relative to a narrated time, not to the document */
  if (n == 0)
    n = 1;

  start = dossier_temporal_extend (s, start, &plan);
  raw = emit_relative (s, start, ue, plan);

  /* A span ending (or starting) now: "the past year", "the past 15 months", "the next decade" */
  if (has_the && !this && !previous)
    {
      switch (unit)
        {
        case UNIT_DAY:
        case UNIT_WEEK:
          {
            guint32 len = (unit == UNIT_WEEK ? 7 : 1) * n;
            if (next)
              set_day_range (raw, day, day + len);
            else
              set_day_range (raw, day > len ? day - len : 1, day);
          }
          break;
        case UNIT_MONTH:
        case UNIT_QUARTER:
        case UNIT_YEAR:
          {
            int months = n * (unit == UNIT_YEAR ? 12 : unit == UNIT_QUARTER ? 3 : 1);
            if (next)
              set_month_range (raw, a, 0, months);
            else
              set_month_range (raw, a, -months, 0);
          }
          break;
        case UNIT_DECADE:
          set_year_range (raw, next ? a->year : a->year - 10, next ? a->year + 10 : a->year);
          break;
        case UNIT_NONE:
        default:
          break;
        }
      return ue;
    }

  /* A calendar unit: "this year", "next month", "last week", "this decade" */
  {
    int shift = this ? 0 : next ? 1 : -1;

    switch (unit)
      {
      case UNIT_YEAR:
        raw->date = make_date (a->year + shift, 0, 0, DOSSIER_PRECISION_YEAR);
        raw->end_date = raw->date;
        break;
      case UNIT_MONTH:
        set_month_range (raw, a, shift, shift);
        break;
      case UNIT_QUARTER:
        {
          int first = (a->month - 1) / 3 * 3 + 1 - a->month + 3 * shift;
          set_month_range (raw, a, first, first + 2);
        }
        break;
      case UNIT_WEEK:
        {
          GDate g;
          guint32 monday;

          g_date_clear (&g, 1);
          g_date_set_julian (&g, day);
          monday = day - (g_date_get_weekday (&g) - G_DATE_MONDAY) + 7 * shift;
          set_day_range (raw, monday, monday + 6);
        }
        break;
      case UNIT_DECADE:
        set_year_range (raw, a->year / 10 * 10 + 10 * shift, a->year / 10 * 10 + 10 * shift + 9);
        break;
      case UNIT_DAY:
      case UNIT_NONE:
      default:
        break;
      }
  }
  return ue;
}

/* "two years ago", "a month ago", "3 weeks ago": at the number. */
gsize
dossier_temporal_scan_ago (Scan *s, gsize p, gsize ne, int n)
{
  gsize us, ue, as, ae;
  gboolean plural;
  Unit unit;
  Raw *raw;

  if (n < 1 || !next_word (s, ne, &us, &ue))
    return 0;
  unit = read_unit (s, us, ue, &plural);
  if (unit == UNIT_NONE || unit == UNIT_QUARTER || plural != (n > 1))
    return 0;
  if (!next_word (s, ue, &as, &ae) || !span_is (s, as, ae, "ago"))
    return 0;
  raw = emit_relative (s, p, ae, PLAN_NO);
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      dossier_date_set_julian (&raw->date,
                               s->anchor_day - (guint32) n * (unit == UNIT_WEEK ? 7 : 1));
      raw->end_date = raw->date;
      break;
    case UNIT_MONTH:
      set_month_range (raw, &s->anchor, -n, -n);
      break;
    case UNIT_YEAR:
    case UNIT_DECADE:
      {
        int y = s->anchor.year - n * (unit == UNIT_DECADE ? 10 : 1);
        set_year_range (raw, y, y);
      }
      break;
    case UNIT_QUARTER:
    case UNIT_NONE:
    default:
      break;
    }
  return ae;
}

/* At "today", "yesterday", "tomorrow", "recently", "recent". */
gsize
dossier_temporal_scan_deictic (Scan *s, gsize p, gsize we)
{
  gsize ws, wse;
  Raw *raw;

  if (span_is (s, p, we, "today") || span_is (s, p, we, "yesterday")
      || span_is (s, p, we, "tomorrow"))
    {
      const guchar *u = (const guchar *) s->t + we;
      gboolean possessive
          = (we + 1 < s->hi && u[0] == '\'' && u[1] == 's')
            || (we + 3 < s->hi && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99 && u[3] == 's');
      int shift = span_is (s, p, we, "yesterday") ? -1 : span_is (s, p, we, "tomorrow") ? 1 : 0;

      /* "the leaders of tomorrow", "the challenges of today and tomorrow": an age, not a day */
      if (prev_word (s, p, FALSE, &ws, &wse))
        {
          gsize w2s, w2e, w3s, w3e;

          if (span_is (s, ws, wse, "of"))
            return we;
          if ((span_is (s, ws, wse, "and") || span_is (s, ws, wse, "or"))
              && prev_word (s, ws, FALSE, &w2s, &w2e)
              && (span_is (s, w2s, w2e, "today") || span_is (s, w2s, w2e, "yesterday"))
              && prev_word (s, w2s, FALSE, &w3s, &w3e) && span_is (s, w3s, w3e, "of"))
            return we;
        }

      /* "today's challenges" is the present at large; "today's meeting" is dated. */
      if (possessive)
        {
          gsize q = we + (u[0] == '\'' ? 2 : 4);

          if (!next_word (s, q, &ws, &wse) || !(cues_of (s, ws, wse) & DOSSIER_CUE_EVENT_NOUN))
            return we;
        }
      raw = emit_relative (s, p, we, shift < 0 ? PLAN_NO : PLAN_FROM_DATE);
      dossier_date_set_julian (&raw->date, s->anchor_day + shift);
      raw->end_date = raw->date;
      return we;
    }

  if (span_is (s, p, we, "recently"))
    {
      raw = emit_relative (s, p, we, PLAN_NO);
      raw->date = make_date (s->anchor.year, s->anchor.month, 0, DOSSIER_PRECISION_MONTH);
      raw->end_date = raw->date;
      return we;
    }

  /* "recent": "the recent exercise", "its most recent test", "in recent years", and after a
   * possessive, which determines as "the" does: "the country’s recent launch" */
  {
    gsize b = skip_space_back (s, p);
    const guchar *u = (const guchar *) s->t;

    gsize a = b > s->lo && u[b - 1] == 's' ? b - 1 : b; /* "agency’s", and "States’" */

    if (b < p && a > s->lo + 3
        && (u[a - 1] == '\'' || (u[a - 3] == 0xE2 && u[a - 2] == 0x80 && u[a - 1] == 0x99)))
      {
        raw = emit_relative (s, p, we, PLAN_NO);
        raw->date = make_date (s->anchor.year, s->anchor.month, 0, DOSSIER_PRECISION_MONTH);
        raw->end_date = raw->date;
        return we;
      }
  }
  if (prev_word (s, p, FALSE, &ws, &wse))
    {
      guint c = cues_of (s, ws, wse);
      gsize us, ue;
      gboolean plural;

      if (span_is (s, ws, wse, "most") && prev_word (s, ws, FALSE, &us, &ue))
        c = cues_of (s, us, ue);
      if (span_is (s, ws, wse, "in") && next_word (s, we, &us, &ue)
          && read_unit (s, us, ue, &plural) != UNIT_NONE && plural)
        {
          raw = emit_relative (s, p, ue, PLAN_NO);
          raw->date = make_date (s->anchor.year, 0, 0, DOSSIER_PRECISION_YEAR);
          raw->end_date = raw->date;
          return ue;
        }
      if (c & DOSSIER_CUE_DETERMINER)
        {
          raw = emit_relative (s, p, we, PLAN_NO);
          raw->date = make_date (s->anchor.year, s->anchor.month, 0, DOSSIER_PRECISION_MONTH);
          raw->end_date = raw->date;
        }
    }
  return we;
}
