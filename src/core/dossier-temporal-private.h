/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dossier-temporal.h"

G_BEGIN_DECLS

/* What a word can signal, from data/temporal/cues.json. One lookup returns every role. */
typedef enum
{
  DOSSIER_CUE_FUTURE = 1 << 0,
  DOSSIER_CUE_INTENT = 1 << 1, /* future when "to" + a verb follows: "agreed to hold" */
  DOSSIER_CUE_PAST = 1 << 2,
  DOSSIER_CUE_IRREGULAR_PAST = 1 << 3,
  DOSSIER_CUE_ED_NOT_PAST = 1 << 4,
  DOSSIER_CUE_DETERMINER = 1 << 5,
  DOSSIER_CUE_DESIGNATOR = 1 << 6, /* "Resolution 2397": the number is no year */
  DOSSIER_CUE_QUANTITY = 1 << 7,   /* "2000 troops": the number is a count */
  DOSSIER_CUE_EVENT_NOUN = 1 << 8, /* "the 2024 election": the year names a thing */
  DOSSIER_CUE_MONTH_CONTEXT = 1 << 9,
  DOSSIER_CUE_OPENER = 1 << 10,
  DOSSIER_CUE_VERB = 1 << 11,
  DOSSIER_CUE_AUXILIARY = 1 << 12,
  DOSSIER_CUE_ADVERB = 1 << 13,
  DOSSIER_CUE_PRONOUN = 1 << 14,
  DOSSIER_CUE_CLAUSE_STOP = 1 << 15,
  DOSSIER_CUE_MONTH_STRICT = 1 << 16, /* may precede "May", "March", "August" as months */
} DossierCue;

typedef enum
{
  DOSSIER_TENSE_NONE,
  DOSSIER_TENSE_PAST,
  DOSSIER_TENSE_FUTURE,
} DossierTense;

/* Cue roles of a word; @word need not be lower case nor NUL-terminated. */
guint
dossier_temporal_cues (const char *word, gsize len);
/* The base form of an irregular past ("held" -> "hold"), or NULL. */
const char *
dossier_temporal_irregular_base (const char *word, gsize len);
/* Whether @word (any case) is a form of a verb of the lexicon: "reaffirms", "committed",
 * "welcomed", "held". */
gboolean
dossier_temporal_is_verb_form (const char *word, gsize len);

/* The tense that governs text[start, end) inside text[scope_start, scope_end): the nearest
 * tense cue, not looking across a semicolon, nor more than @max_after words past the end. */
DossierTense
dossier_temporal_tense_at (const char *text, gsize scope_start, gsize scope_end, gsize start,
                           gsize end, guint max_after);

/* ---- the scanner's state, shared by dossier-temporal{,-calendar,-relative}.c ---- */

typedef enum
{
  ANCHOR_FIXED, /* nothing to infer */
  ANCHOR_TENSE, /* a bare month or day: the year follows the tense of the clause */
  ANCHOR_THIS,  /* "this July" */
  ANCHOR_NEXT,  /* "next July" */
  ANCHOR_LAST,  /* "last July" */
} DossierTemporalAnchorRule;

typedef enum
{
  PLAN_FROM_DATE = -1, /* after the anchor, or overlapping it in the future tense */
  PLAN_NO = 0,         /* "earlier this year", "recently" */
  PLAN_YES = 1,        /* "later this year", "within this year", unless already past */
} DossierTemporalPlanRule;

typedef struct
{
  gsize start; /* bytes */
  gsize end;
  DossierDate date; /* year 0 while it waits for its anchor */
  DossierDate end_date;
  DossierTimexKind kind;
  DossierTemporalAnchorRule rule;
  DossierTemporalPlanRule plan;
  gboolean attributive;
} DossierTemporalRaw;

typedef struct
{
  const char *t;
  gsize lo; /* the passage: t[lo, hi) */
  gsize hi;
  gboolean has_anchor;
  DossierDate anchor;
  guint32 anchor_day;
  GArray *raws;
} DossierTemporalScan;

#define DOSSIER_TEMPORAL_MIN_YEAR 1800
#define DOSSIER_TEMPORAL_MAX_YEAR 2199

static inline gsize
skip_space (const DossierTemporalScan *s, gsize p)
{
  while (p < s->hi)
    {
      const guchar *u = (const guchar *) s->t + p;

      if (*u == ' ' || *u == '\t')
        p++;
      else if (p + 1 < s->hi && u[0] == 0xC2 && u[1] == 0xA0) /* no-break space */
        p += 2;
      else if (p + 2 < s->hi && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        p += 3; /* narrow no-break and thin spaces */
      else
        break;
    }
  return p;
}

/* Start of the run of spaces that ends at @p. */
static inline gsize
skip_space_back (const DossierTemporalScan *s, gsize p)
{
  while (p > s->lo)
    {
      const guchar *u = (const guchar *) s->t;

      if (u[p - 1] == ' ' || u[p - 1] == '\t')
        p--;
      else if (p >= s->lo + 2 && u[p - 2] == 0xC2 && u[p - 1] == 0xA0)
        p -= 2;
      else
        break;
    }
  return p;
}

static inline gsize
letters_end (const DossierTemporalScan *s, gsize p)
{
  while (p < s->hi && g_ascii_isalpha (s->t[p]))
    p++;
  return p;
}

static inline gboolean
span_is (const DossierTemporalScan *s, gsize a, gsize b, const char *word)
{
  gsize n = strlen (word);

  return b - a == n && g_ascii_strncasecmp (s->t + a, word, n) == 0;
}

/* The word that ends right before @p, spaces between allowed (and one full stop if
 * @allow_period: "No. 5"). */
static inline gboolean
prev_word (const DossierTemporalScan *s, gsize p, gboolean allow_period, gsize *ws, gsize *we)
{
  gsize e = skip_space_back (s, p);

  if (allow_period && e > s->lo && s->t[e - 1] == '.')
    e--;
  if (e == s->lo || !g_ascii_isalpha (s->t[e - 1]))
    return FALSE;
  *we = e;
  while (e > s->lo && g_ascii_isalpha (s->t[e - 1]))
    e--;
  *ws = e;
  return TRUE;
}

static inline gboolean
next_word (const DossierTemporalScan *s, gsize p, gsize *ws, gsize *we)
{
  gsize b = skip_space (s, p);

  if (b >= s->hi || !g_ascii_isalpha (s->t[b]))
    return FALSE;
  *ws = b;
  *we = letters_end (s, b);
  return TRUE;
}

static inline guint
cues_of (const DossierTemporalScan *s, gsize a, gsize b)
{
  return dossier_temporal_cues (s->t + a, b - a);
}

/* Reads up to @max digits; FALSE if none or more follow. */
static inline gboolean
read_number (const DossierTemporalScan *s, gsize *p, guint max, int *value)
{
  gsize q = *p;
  int v = 0;

  while (q < s->hi && g_ascii_isdigit (s->t[q]) && q - *p < max)
    v = v * 10 + (s->t[q++] - '0');
  if (q == *p || (q < s->hi && g_ascii_isdigit (s->t[q])))
    return FALSE;
  *value = v;
  *p = q;
  return TRUE;
}

static inline DossierDate
make_date (int year, int month, int day, DossierPrecision precision)
{
  return (DossierDate){ year, month, day, precision };
}

DossierTemporalRaw *
dossier_temporal_emit (DossierTemporalScan *s, gsize start, gsize end, DossierDate date,
                       DossierDate end_date, DossierTimexKind kind);
gsize
dossier_temporal_extend (const DossierTemporalScan *s, gsize start, DossierTemporalPlanRule *plan);
int
dossier_temporal_number_word (const DossierTemporalScan *s, gsize a, gsize b);

/* Scanners: each is called at the start of a word and returns where scanning resumes; the
 * calendar ones return 0 when nothing matched there. */
gsize
dossier_temporal_scan_month (DossierTemporalScan *s, gsize p);
gsize
dossier_temporal_scan_day_first (DossierTemporalScan *s, gsize p);
gsize
dossier_temporal_scan_year (DossierTemporalScan *s, gsize p);
gsize
dossier_temporal_scan_season (DossierTemporalScan *s, gsize p, gsize we, int first_month);
gsize
dossier_temporal_scan_fiscal (DossierTemporalScan *s, gsize p, gsize we);
gsize
dossier_temporal_scan_relative (DossierTemporalScan *s, gsize p, gsize we);
gsize
dossier_temporal_scan_ago (DossierTemporalScan *s, gsize p, gsize ne, int n);
gsize
dossier_temporal_scan_deictic (DossierTemporalScan *s, gsize p, gsize we);

G_END_DECLS
