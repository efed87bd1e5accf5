/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-segment.h"
#include "dossier-temporal.h"
#include "dossier-temporal-private.h"

/* The temporal tagger: one left-to-right pass over the bytes of a passage. Only three kinds of
 * word start can open an expression: a digit, a month name, or one of a handful of relative
 * words ("this", "next", "today", "recently"...); everything else is skipped after a
 * first-byte test, which keeps the pass linear and fast. Expressions whose year is not
 * written ("in July", "next year") are resolved against an anchor, the document's own date,
 * and the tense of the clause around them. The scanners live in dossier-temporal-calendar.c and
 * dossier-temporal-relative.c. */

typedef DossierTemporalScan Scan;
typedef DossierTemporalRaw Raw;
typedef DossierTemporalAnchorRule AnchorRule;
typedef DossierTemporalPlanRule PlanRule;

Raw *
dossier_temporal_emit (Scan *s, gsize start, gsize end, DossierDate date, DossierDate end_date,
                       DossierTimexKind kind)
{
  Raw r = { 0 };

  r.start = start;
  r.end = end;
  r.date = date;
  r.end_date = end_date;
  r.kind = kind;
  r.rule = ANCHOR_FIXED;
  r.plan = PLAN_FROM_DATE;
  g_array_append_val (s->raws, r);
  return &g_array_index (s->raws, Raw, s->raws->len - 1);
}

/* Modifiers that belong to the expression: "early 2025", "mid-July", "late last year". */
gsize
dossier_temporal_extend (const Scan *s, gsize start, PlanRule *plan)
{
  gsize ws, we;

  if (start >= s->lo + 4 && s->t[start - 1] == '-'
      && g_ascii_strncasecmp (s->t + start - 4, "mid", 3) == 0
      && (start == s->lo + 4 || !g_ascii_isalpha (s->t[start - 5])))
    return start - 4;
  if (!prev_word (s, start, FALSE, &ws, &we))
    return start;
  if (span_is (s, ws, we, "early") || span_is (s, ws, we, "late") || span_is (s, ws, we, "mid"))
    return ws;
  if (plan && (span_is (s, ws, we, "later") || span_is (s, ws, we, "within")))
    {
      *plan = PLAN_YES;
      return ws;
    }
  if (plan && span_is (s, ws, we, "earlier"))
    {
      *plan = PLAN_NO;
      return ws;
    }
  /* "the end of this year", "the beginning of 2025" */
  if (span_is (s, ws, we, "of"))
    {
      gsize ws2, we2, ws3, we3;

      if (prev_word (s, ws, FALSE, &ws2, &we2)
          && (span_is (s, ws2, we2, "end") || span_is (s, ws2, we2, "beginning")
              || span_is (s, ws2, we2, "start") || span_is (s, ws2, we2, "middle")))
        {
          gsize start = ws2, ws4, we4;

          if (prev_word (s, ws2, FALSE, &ws3, &we3) && span_is (s, ws3, we3, "the"))
            {
              start = ws3;
              /* "by the end of this year": a deadline ahead */
              if (plan && span_is (s, ws2, we2, "end") && prev_word (s, ws3, FALSE, &ws4, &we4)
                  && span_is (s, ws4, we4, "by"))
                *plan = PLAN_YES;
            }
          return start;
        }
    }
  return start;
}

static gsize
scan_word (Scan *s, gsize p)
{
  gsize we = letters_end (s, p);
  gsize len = we - p;
  char c = g_ascii_tolower (s->t[p]);

  if (len == 1 && c == 'a' && s->has_anchor)
    {
      gsize e = dossier_temporal_scan_ago (s, p, we, 1);
      return e > 0 ? e : we;
    }
  if (len < 2 || len > 9)
    return we;
  if (g_ascii_isupper (s->t[p]) && dossier_date_month_from_word (s->t + p, len))
    return dossier_temporal_scan_month (s, p);
  if (span_is (s, p, we, "fy"))
    return dossier_temporal_scan_fiscal (s, p, we);
  if (!s->has_anchor)
    return we;

  switch (c)
    {
    case 't':
      if (span_is (s, p, we, "this"))
        return dossier_temporal_scan_relative (s, p, we);
      if (span_is (s, p, we, "today") || span_is (s, p, we, "tomorrow"))
        return dossier_temporal_scan_deictic (s, p, we);
      break;
    case 'n':
      if (span_is (s, p, we, "next"))
        return dossier_temporal_scan_relative (s, p, we);
      break;
    case 'l':
      if (span_is (s, p, we, "last"))
        return dossier_temporal_scan_relative (s, p, we);
      break;
    case 'p':
      if (span_is (s, p, we, "past") || span_is (s, p, we, "previous"))
        return dossier_temporal_scan_relative (s, p, we);
      break;
    case 'c':
      if (span_is (s, p, we, "coming") || span_is (s, p, we, "current"))
        return dossier_temporal_scan_relative (s, p, we);
      break;
    case 'y':
      if (span_is (s, p, we, "yesterday"))
        return dossier_temporal_scan_deictic (s, p, we);
      break;
    case 'r':
      if (span_is (s, p, we, "recently") || span_is (s, p, we, "recent"))
        return dossier_temporal_scan_deictic (s, p, we);
      break;
    case 's':
      if (span_is (s, p, we, "spring"))
        return dossier_temporal_scan_season (s, p, we, 3);
      if (span_is (s, p, we, "summer"))
        return dossier_temporal_scan_season (s, p, we, 6);
      break;
    case 'f':
      if (span_is (s, p, we, "fall"))
        return dossier_temporal_scan_season (s, p, we, 9);
      break;
    case 'a':
      if (span_is (s, p, we, "autumn"))
        return dossier_temporal_scan_season (s, p, we, 9);
      break;
    case 'w':
      if (span_is (s, p, we, "winter"))
        return dossier_temporal_scan_season (s, p, we, 12);
      break;
    default:
      break;
    }
  {
    int n = dossier_temporal_number_word (s, p, we);
    gsize e;

    if (n > 0 && (e = dossier_temporal_scan_ago (s, p, we, n)) > 0)
      return e;
  }
  return we;
}

static gsize
scan_number (Scan *s, gsize p)
{
  gsize q = p, e;

  while (q < s->hi && g_ascii_isdigit (s->t[q]))
    q++;
  if (q - p == 4)
    {
      gsize r = p;
      int y, m, d;

      /* "2024-04-11" */
      if (read_number (s, &r, 4, &y) && r + 5 < s->hi && s->t[r] == '-'
          && (r++, read_number (s, &r, 2, &m)) && r < s->hi && s->t[r] == '-'
          && (r++, read_number (s, &r, 2, &d)))
        {
          DossierDate date = make_date (y, m, d, DOSSIER_PRECISION_DAY);

          if (dossier_date_is_valid (&date))
            {
              dossier_temporal_emit (s, p, r, date, date, DOSSIER_TIMEX_EXPLICIT);
              return r;
            }
        }
      if ((e = dossier_temporal_scan_year (s, p)) > 0)
        return e;
    }
  else if (q - p <= 2)
    {
      int n;
      gsize r = p;

      if ((e = dossier_temporal_scan_day_first (s, p)) > 0)
        return e;
      if (s->has_anchor && read_number (s, &r, 2, &n)
          && (e = dossier_temporal_scan_ago (s, p, r, n)) > 0)
        return e;
    }
  return q;
}

static int
bare_year (const Scan *s, const Raw *r, DossierTense tense)
{
  const DossierDate *a = &s->anchor;
  gboolean day = r->date.precision == DOSSIER_PRECISION_DAY;
  int cmp = r->date.month != a->month ? r->date.month - a->month : day ? r->date.day - a->day : 0;

  switch (r->rule)
    {
    case ANCHOR_THIS:
      return a->year;
    case ANCHOR_NEXT:
      return cmp > 0 ? a->year : a->year + 1;
    case ANCHOR_LAST:
      return cmp < 0 ? a->year : a->year - 1;
    case ANCHOR_TENSE:
    case ANCHOR_FIXED:
    default:
      break;
    }
  if (tense == DOSSIER_TENSE_FUTURE)
    return cmp >= 0 ? a->year : a->year + 1;
  if (tense == DOSSIER_TENSE_PAST)
    return cmp <= 0 ? a->year : a->year - 1;

  /* No tense to go by: the nearest such month or day, measured from its middle. Statements
   * mark what is ahead ("will", "plan to"), so an unmarked one leans to the past: a future
   * reading must be nearer by two months to win. */
  {
    int best = a->year;
    gint64 best_distance = G_MAXINT64;

    for (int y = a->year - 1; y <= a->year + 1; y++)
      {
        DossierDate d = r->date;
        gint64 middle, distance;

        d.year = y;
        if (!dossier_date_is_valid (&d))
          continue;
        middle = ((gint64) dossier_date_get_first_day (&d) + dossier_date_get_last_day (&d)) / 2;
        distance
            = ABS (middle - (gint64) s->anchor_day) + (middle > (gint64) s->anchor_day ? 60 : 0);
        if (distance < best_distance)
          best_distance = distance, best = y;
      }
    return best;
  }
}

/* Fills in inferred years and the planned flag; FALSE drops the expression. */
static gboolean
resolve (const Scan *s, Raw *r, gboolean *planned)
{
  DossierTense tense = DOSSIER_TENSE_NONE;
  gboolean have_tense = FALSE;
  guint32 first, last;

  if (r->rule != ANCHOR_FIXED)
    {
      int start_key, end_key;

      if (!s->has_anchor)
        return FALSE;
      if (r->rule == ANCHOR_TENSE)
        {
          tense = dossier_temporal_tense_at (s->t, s->lo, s->hi, r->start, r->end, G_MAXUINT);
          have_tense = TRUE;
        }
      r->date.year = bare_year (s, r, tense);
      start_key = r->date.month * 32 + r->date.day;
      end_key = r->end_date.month * 32 + r->end_date.day;
      r->end_date.year = end_key < start_key ? r->date.year + 1 : r->date.year;
    }
  if (!dossier_date_is_valid (&r->date) || !dossier_date_is_valid (&r->end_date))
    return FALSE;

  first = dossier_date_get_first_day (&r->date);
  last = dossier_date_get_last_day (&r->end_date);
  if (s->has_anchor && last < s->anchor_day)
    *planned = FALSE;
  else if (r->plan != PLAN_FROM_DATE)
    *planned = r->plan == PLAN_YES;
  else if (s->has_anchor && first > s->anchor_day)
    *planned = TRUE;
  else
    {
      /* Whether something overlapping the anchor is still to come is said by the verb that
       * governs it, which comes before it or right after ("this year will see"). */
      if (!have_tense)
        tense = dossier_temporal_tense_at (s->t, s->lo, s->hi, r->start, r->end, 4);
      *planned = tense == DOSSIER_TENSE_FUTURE;
    }
  return TRUE;
}

/* Tags t[lo, hi) and appends DossierTimex with code point offsets: the passage starts at code
 * point @lo_offset. */
static void
tag_passage (Scan *s, guint lo_offset, GArray *out)
{
  gsize p = s->lo, cursor = s->lo;
  guint cursor_offset = lo_offset;

  g_array_set_size (s->raws, 0);
  while (p < s->hi)
    {
      char c = s->t[p];
      gsize next;

      if (!g_ascii_isalnum (c) || (p > s->lo && g_ascii_isalnum (s->t[p - 1])))
        {
          p++;
          continue;
        }
      next = g_ascii_isdigit (c) ? scan_number (s, p) : scan_word (s, p);
      p = MAX (next, p + 1);
    }

  for (guint i = 0; i < s->raws->len; i++)
    {
      Raw *r = &g_array_index (s->raws, Raw, i);
      DossierTimex x = { 0 };

      if (!resolve (s, r, &x.planned))
        continue;
      x.date = r->date;
      x.end_date = r->end_date;
      x.kind = r->kind;
      x.attributive = r->attributive;
      /* Raws are in text order: code points are counted once, forward. */
      cursor_offset += g_utf8_strlen (s->t + cursor, r->start - cursor);
      cursor = r->start;
      x.start = cursor_offset;
      x.end = x.start + g_utf8_strlen (s->t + r->start, r->end - r->start);
      g_array_append_val (out, x);
    }
}

static void
scan_init (Scan *s, const char *text, const DossierDate *anchor)
{
  memset (s, 0, sizeof *s);
  s->t = text;
  s->raws = g_array_new (FALSE, FALSE, sizeof (Raw));
  if (anchor && dossier_date_is_valid (anchor) && anchor->precision == DOSSIER_PRECISION_DAY)
    {
      s->has_anchor = TRUE;
      s->anchor = *anchor;
      s->anchor_day = dossier_date_get_first_day (anchor);
    }
}

/**
 * dossier_timex_kind_to_string:
 *
 * Returns: (transfer none): "explicit", "bare", "year" or "relative"
 */
const char *
dossier_timex_kind_to_string (DossierTimexKind kind)
{
  switch (kind)
    {
    case DOSSIER_TIMEX_BARE:
      return "bare";
    case DOSSIER_TIMEX_YEAR:
      return "year";
    case DOSSIER_TIMEX_RELATIVE:
      return "relative";
    case DOSSIER_TIMEX_EXPLICIT:
    default:
      return "explicit";
    }
}

/**
 * dossier_temporal_get_anchor:
 * @document: a document
 * @anchor: (out): its anchor date
 *
 * The date relative expressions of @document are resolved against: its own date, or failing
 * that the first full calendar date in its text.
 *
 * Returns: %TRUE if @document has one
 */
gboolean
dossier_temporal_get_anchor (DossierDocument *document, DossierDate *anchor)
{
  DossierDateMatch m;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);

  if (dossier_date_parse_iso (dossier_document_get_date (document), anchor)
      && anchor->precision == DOSSIER_PRECISION_DAY)
    return TRUE;
  if (dossier_date_find_explicit (dossier_document_get_text (document),
                                  dossier_document_get_text_bytes (document), 0, &m))
    {
      *anchor = m.date;
      return TRUE;
    }
  memset (anchor, 0, sizeof *anchor);
  return FALSE;
}

/**
 * dossier_temporal_tag_text:
 * @text: UTF-8 text, one passage (a sentence or a paragraph)
 * @len: its length in bytes, or -1 if NUL-terminated
 * @anchor: (nullable): the date relative expressions refer to; without one, only expressions
 *   that carry their own year are found
 *
 * Returns: (transfer full) (element-type DossierTimex): the temporal expressions of @text in
 *   order, with code point offsets into @text
 */
GArray *
dossier_temporal_tag_text (const char *text, gssize len, const DossierDate *anchor)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DossierTimex));
  Scan s;

  g_return_val_if_fail (text != NULL, out);

  scan_init (&s, text, anchor);
  s.lo = 0;
  s.hi = len < 0 ? strlen (text) : (gsize) len;
  tag_passage (&s, 0, out);
  g_array_unref (s.raws);
  return out;
}

/**
 * dossier_temporal_tag_document:
 * @document: a document
 * @sentences: (nullable) (element-type DossierSentence): its sentences, if already segmented
 *
 * Tags every sentence of @document; the tense of a sentence decides the year of a bare month
 * and whether an expression is planned. Relative expressions are anchored on
 * dossier_temporal_get_anchor().
 *
 * Returns: (transfer full) (element-type DossierTimex): the temporal expressions in text
 *   order, with code point offsets into the normalized text
 */
GArray *
dossier_temporal_tag_document (DossierDocument *document, GArray *sentences)
{
  g_autoptr (GArray) own = NULL;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DossierTimex));
  DossierDate anchor;
  gboolean has_anchor;
  Scan s;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), out);

  if (sentences == NULL)
    sentences = own = dossier_segment_sentences (document);
  has_anchor = dossier_temporal_get_anchor (document, &anchor);
  scan_init (&s, dossier_document_get_text (document), has_anchor ? &anchor : NULL);
  for (guint i = 0; i < sentences->len; i++)
    {
      const DossierSentence *sentence = &g_array_index (sentences, DossierSentence, i);

      s.lo = dossier_document_offset_to_byte (document, sentence->start);
      s.hi = dossier_document_offset_to_byte (document, sentence->end);
      tag_passage (&s, sentence->start, out);
    }
  g_array_unref (s.raws);
  return out;
}
