/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-event-label.h"
#include "dossier-temporal-private.h"

/* Event labels: who did what, in a line. A sentence of an official statement reads "On May
 * 2, 2024, the Foreign Minister of Chile, Ms. ..., and the Trade Minister of Peru, Mr. ...,
 * launched the Pacific Coastal Fund (PCF) in Lima." The label keeps its
 * grammatical core: the leading adverbials go, names introduced with their acronym become the
 * acronym, appositives and parentheses go, and the object stops at the first subordinate
 * clause. No tagger is needed: cue words from data/temporal/cues.json and the shape of words
 * (capitals, "-ed") are enough for this genre, and a wrong guess still yields a readable line. */

typedef enum
{
  TOK_WORD,
  TOK_PUNCT,
} TokKind;

typedef struct
{
  gsize start;
  gsize end;
  TokKind kind;
  gboolean date; /* part of a temporal expression: left out of the label */
  guint cues;
} Tok;

typedef struct
{
  const char *s;
  gsize len;
  GArray *toks; /* Tok */
} Sentence;

#define TOK(st, i) (&g_array_index ((st)->toks, Tok, (i)))

static gboolean
is_word_byte (const char *s, gsize len, gsize p)
{
  guchar c = s[p];

  if (g_ascii_isalnum (c))
    return TRUE;
  if (c >= 0x80)
    {
      gunichar u = g_utf8_get_char_validated (s + p, len - p);
      /* Curly apostrophes join words ("Minister’s"); other punctuation does not. */
      return u == 0x2019 || (u != (gunichar) -1 && u != (gunichar) -2 && g_unichar_isalnum (u));
    }
  return FALSE;
}

static gsize
next_char (const char *s, gsize len, gsize p)
{
  const char *n = g_utf8_find_next_char (s + p, s + len);

  return n ? (gsize) (n - s) : len;
}

static void
tokenize (Sentence *st, const DossierLabelSpan *dates, guint n_dates)
{
  const char *s = st->s;
  gsize p = 0, len = st->len;

  while (p < len)
    {
      Tok t = { 0 };
      guchar c = s[p];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          p++;
          continue;
        }
      if (c == 0xC2 && p + 1 < len && (guchar) s[p + 1] == 0xA0)
        {
          p += 2;
          continue;
        }
      t.start = p;
      if (is_word_byte (s, len, p))
        {
          gsize seg = p;

          t.kind = TOK_WORD;
          while (p < len)
            {
              if (is_word_byte (s, len, p))
                p = next_char (s, len, p);
              else if ((s[p] == '-' || s[p] == '\'' || s[p] == '.' || s[p] == '&' || s[p] == '+'
                        || s[p] == '/')
                       && p + 1 < len && is_word_byte (s, len, p + 1))
                {
                  if (s[p] == '.')
                    seg = p + 1;
                  p++;
                }
              else
                break;
            }
          /* "U.S.", "D.C.", "Jr.": the final full stop belongs to the abbreviation. */
          if (p < len && s[p] == '.'
              && (seg > t.start || (p - seg <= 2 && g_ascii_isupper (s[t.start]))))
            p++;
        }
      else
        {
          t.kind = TOK_PUNCT;
          p = next_char (s, len, p);
        }
      t.end = p;
      for (guint i = 0; i < n_dates; i++)
        if (t.start >= dates[i].start && t.start < dates[i].end)
          t.date = TRUE;
      if (t.kind == TOK_WORD)
        t.cues = dossier_temporal_cues (s + t.start, t.end - t.start);
      g_array_append_val (st->toks, t);
    }
}

static gboolean
tok_is (const Sentence *st, guint i, const char *word)
{
  const Tok *t;
  gsize n = strlen (word);

  if (i >= st->toks->len)
    return FALSE;
  t = TOK (st, i);
  return t->end - t->start == n && g_ascii_strncasecmp (st->s + t->start, word, n) == 0;
}

static gboolean
tok_punct (const Sentence *st, guint i, const char *punct)
{
  const Tok *t;

  if (i >= st->toks->len)
    return FALSE;
  t = TOK (st, i);
  return t->kind == TOK_PUNCT && t->end - t->start == strlen (punct)
         && memcmp (st->s + t->start, punct, t->end - t->start) == 0;
}

static gboolean
tok_capitalized (const Sentence *st, guint i)
{
  if (i >= st->toks->len || TOK (st, i)->kind != TOK_WORD)
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (st->s + TOK (st, i)->start))
         || g_ascii_isdigit (st->s[TOK (st, i)->start]);
}

static gboolean
tok_lower (const Sentence *st, guint i)
{
  return i < st->toks->len && TOK (st, i)->kind == TOK_WORD
         && g_ascii_islower (st->s[TOK (st, i)->start]);
}

static gboolean
is_open_quote (const Sentence *st, guint i)
{
  return tok_punct (st, i, "\"") || tok_punct (st, i, "\xe2\x80\x9c") || tok_punct (st, i, "'")
         || tok_punct (st, i, "\xe2\x80\x98");
}

static gboolean
is_close_quote (const Sentence *st, guint i)
{
  return tok_punct (st, i, "\"") || tok_punct (st, i, "\xe2\x80\x9d") || tok_punct (st, i, "'")
         || tok_punct (st, i, "\xe2\x80\x99");
}

/* "MFA", "DoD", "U.S.", "EU", "S&T": the shape of an acronym in parentheses. */
static guint
acronym_letters (const Sentence *st, guint i, char *letters, guint max)
{
  const Tok *t = TOK (st, i);
  guint n = 0, lower = 0;

  if (t->kind != TOK_WORD)
    return 0;
  for (gsize p = t->start; p < t->end; p++)
    {
      char c = st->s[p];

      if (g_ascii_isupper (c) && n < max)
        letters[n++] = c;
      else if (g_ascii_islower (c))
        lower++;
    }
  return n >= 2 && lower <= n ? n : 0;
}

static gboolean
is_connector (const Sentence *st, guint i)
{
  return tok_is (st, i, "of") || tok_is (st, i, "and") || tok_is (st, i, "for")
         || tok_is (st, i, "on") || tok_is (st, i, "the") || tok_is (st, i, "in")
         || tok_is (st, i, "&") || tok_is (st, i, "to");
}

/* Marks "Name (ACR)" -> "ACR" and drops other parentheses: returns the kept token indices. */
static GArray *
compress (Sentence *st)
{
  guint n = st->toks->len;
  g_autofree gboolean *drop = g_new0 (gboolean, n);
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      guint close, first;
      char letters[16];
      guint nl;

      if (!tok_punct (st, i, "("))
        continue;
      for (close = i + 1; close < n && !tok_punct (st, close, ")") && !tok_punct (st, close, "(");
           close++)
        ;
      if (close >= n || !tok_punct (st, close, ")"))
        continue;
      for (guint k = i; k <= close; k++)
        drop[k] = TRUE;

      nl = close == i + 2 ? acronym_letters (st, i + 1, letters, sizeof letters) : 0;
      if (nl == 0 || i == 0 || !tok_capitalized (st, i - 1))
        continue;

      /* The name: the run of capitalized words and connectors before "(". */
      first = i;
      while (first > 0 && !drop[first - 1]
             && (tok_capitalized (st, first - 1) || is_connector (st, first - 1)))
        first--;
      while (first < i && !tok_capitalized (st, first))
        first++;
      {
        /* Align the acronym's capitals with the initials of the last capitalized words; failing
         * that, start the name at the nearest word with the acronym's first letter. */
        guint caps = 0, k = i, start = i;

        while (k > first && caps < nl)
          {
            k--;
            if (tok_capitalized (st, k))
              {
                if (g_ascii_toupper (st->s[TOK (st, k)->start]) != letters[nl - 1 - caps])
                  break;
                caps++;
                start = k;
              }
          }
        if (caps < nl)
          {
            start = i;
            for (k = i; k > first; k--)
              if (tok_capitalized (st, k - 1)
                  && g_ascii_toupper (st->s[TOK (st, k - 1)->start]) == letters[0])
                {
                  start = k - 1;
                  break;
                }
          }
        if (start == i)
          continue;
        for (k = start; k < i; k++)
          drop[k] = TRUE;
        drop[i + 1] = FALSE; /* the acronym stays, in place of the name */
      }
    }

  for (guint i = 0; i < n; i++)
    if (!drop[i])
      g_array_append_val (kept, i);
  return kept;
}

#define K(i) (g_array_index (kept, guint, (i)))

static gboolean
is_pronoun_subject (const Sentence *st, guint i)
{
  static const char *const pronouns[] = { "we", "they", "he", "she", "it", "i", "you" };

  for (guint k = 0; k < G_N_ELEMENTS (pronouns); k++)
    if (tok_is (st, i, pronouns[k]))
      return TRUE;
  return FALSE;
}

static gboolean
is_adverb (const Sentence *st, guint i)
{
  const Tok *t = TOK (st, i);

  if (t->kind != TOK_WORD)
    return FALSE;
  if (t->cues & DOSSIER_CUE_ADVERB)
    return TRUE;
  return t->end - t->start > 4 && tok_lower (st, i) && st->s[t->end - 1] == 'y'
         && st->s[t->end - 2] == 'l';
}

static gboolean
looks_verb (const Sentence *st, GArray *kept, guint k, guint subject_start)
{
  guint i = K (k);
  const Tok *t = TOK (st, i);
  gsize n = t->end - t->start;

  if (t->kind != TOK_WORD || t->date || !tok_lower (st, i))
    return FALSE;
  if (k > subject_start && (TOK (st, K (k - 1))->cues & DOSSIER_CUE_DETERMINER))
    return FALSE;
  if (t->cues & DOSSIER_CUE_AUXILIARY)
    return TRUE;
  if (k == subject_start)
    return FALSE;
  if (dossier_temporal_is_verb_form (st->s + t->start, n))
    return TRUE;
  return n >= 5 && st->s[t->end - 2] == 'e' && st->s[t->end - 1] == 'd' && st->s[t->end - 3] != 'e'
         && !(t->cues & DOSSIER_CUE_ED_NOT_PAST);
}

/* A comma that continues a name: "Washington, D.C., on ...", "Seoul, Korea". */
static gboolean
comma_in_name (const Sentence *st, GArray *kept, guint k)
{
  return k + 1 < kept->len && tok_capitalized (st, K (k + 1)) && !TOK (st, K (k + 1))->date
         && (k + 2 >= kept->len || tok_punct (st, K (k + 2), ",") || tok_punct (st, K (k + 2), "."))
         && k > 0 && tok_capitalized (st, K (k - 1));
}

static gboolean
is_date_preposition (const Sentence *st, guint i)
{
  static const char *const preps[] = { "on",      "in",         "at",    "during", "by",
                                       "since",   "until",      "for",   "of",     "from",
                                       "through", "throughout", "as",    "before", "after",
                                       "within",  "till",       "around" };

  for (guint k = 0; k < G_N_ELEMENTS (preps); k++)
    if (tok_is (st, i, preps[k]))
      return TRUE;
  return FALSE;
}

static gboolean
is_hyphen (const Sentence *st, guint i)
{
  return tok_punct (st, i, "-") || tok_punct (st, i, "/");
}

static gboolean
space_in_source (const Sentence *st, gsize p)
{
  return p < st->len
         && (st->s[p] == ' ' || st->s[p] == '\n' || st->s[p] == '\t' || (guchar) st->s[p] == 0xC2);
}

/* @last: the token appended before, or G_MAXUINT. */
static void
append_tok (GString *out, const Sentence *st, guint i, guint *last)
{
  const Tok *t = TOK (st, i);
  gboolean space = out->len > 0;

  if (t->kind == TOK_PUNCT && strchr (",;:).!?", st->s[t->start]) != NULL)
    space = FALSE;
  else if (is_close_quote (st, i) && !is_open_quote (st, i))
    space = FALSE;
  else if (out->len > 0
           && (out->str[out->len - 1] == '(' || g_str_has_suffix (out->str, "\xe2\x80\x9c")))
    space = FALSE;
  /* "U.S.-ROK": a hyphen glued on either side stays glued. */
  else if (is_hyphen (st, i) && t->start > 0 && !space_in_source (st, t->start - 1))
    space = FALSE;
  else if (*last != G_MAXUINT && is_hyphen (st, *last)
           && !space_in_source (st, TOK (st, *last)->end))
    space = FALSE;
  if (space)
    g_string_append_c (out, ' ');
  g_string_append_len (out, st->s + t->start, t->end - t->start);
  *last = i;
}

/* "this year’s evaluation": a possessive date modifies the noun after it, and the preposition
 * before it belongs to that noun ("progress on this year’s evaluation"). */
static gboolean
date_run_possessive (const Sentence *st, GArray *kept, guint k)
{
  while (k + 1 < kept->len && TOK (st, K (k + 1))->date)
    k++;
  if (k >= kept->len)
    return FALSE;
  {
    const Tok *t = TOK (st, K (k));
    gsize n = t->end - t->start;
    const char *w = st->s + t->start;

    return (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
           || (n > 4 && memcmp (w + n - 4, "\xe2\x80\x99s", 4) == 0);
  }
}

/* Appends kept tokens [from, to) without dates, the prepositions that introduced them, and
 * stray parentheses or quotes. */
static void
append_range (GString *out, const Sentence *st, GArray *kept, guint from, guint to, guint *last)
{
  for (guint k = from; k < to; k++)
    {
      guint i = K (k);
      gboolean date_next = k + 1 < kept->len && TOK (st, K (k + 1))->date;

      if (TOK (st, i)->date)
        continue;
      if (is_date_preposition (st, i) && date_next && !date_run_possessive (st, kept, k + 1))
        continue;
      if (tok_punct (st, i, ",") && (out->len == 0 || out->str[out->len - 1] == ','))
        continue;
      if (tok_punct (st, i, ",") && date_next)
        continue;
      if (is_open_quote (st, i) || is_close_quote (st, i))
        continue;
      append_tok (out, st, i, last);
    }
}

/* Drops appositives: ", General Charles Q. Brown Jr.," -> "". */
static void
drop_appositives (const Sentence *st, GArray *kept, guint from, guint *to)
{
  for (guint k = from; k < *to; k++)
    {
      guint close;

      if (!tok_punct (st, K (k), ",") || k + 1 >= *to || !tok_capitalized (st, K (k + 1)))
        continue;
      for (close = k + 1;
           close < *to && !tok_punct (st, K (close), ",") && !tok_is (st, K (close), "and");
           close++)
        ;
      if (close >= *to || !tok_punct (st, K (close), ","))
        continue;
      /* Keep the comma-free head: remove the appositive and its closing comma. */
      g_array_remove_range (kept, k, close - k + 1);
      *to -= close - k + 1;
      k--;
    }
}

static void
strip_trailing (GString *out)
{
  static const char *const tails[]
      = { " and",   " or",  " the",  " a",      " an",     " of",   " to", " in",
          " on",    " at",  " for",  " by",     " with",   " that", " as", " its",
          " their", " our", " from", " during", " within", " since" };
  gboolean changed = TRUE;

  while (changed && out->len > 0)
    {
      changed = FALSE;
      while (out->len > 0 && strchr (" ,;:-(", out->str[out->len - 1]))
        {
          g_string_truncate (out, out->len - 1);
          changed = TRUE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
        if (g_str_has_suffix (out->str, tails[i]))
          {
            g_string_truncate (out, out->len - strlen (tails[i]));
            changed = TRUE;
          }
      if (g_str_has_suffix (out->str, "\xe2\x80\x94")
          || g_str_has_suffix (out->str, "\xe2\x80\x93"))
        {
          g_string_truncate (out, out->len - 3);
          changed = TRUE;
        }
    }
}

/**
 * dossier_event_label_shorten:
 * @text: a label
 * @max_chars: the longest label wanted, in characters
 *
 * Returns: (transfer full): @text cut at a word boundary with "…" if it is longer, its first
 *   letter capitalized
 */
char *
dossier_event_label_shorten (const char *text, guint max_chars)
{
  GString *out = g_string_new (text);
  glong n;

  g_strstrip (out->str);
  g_string_set_size (out, strlen (out->str));
  strip_trailing (out);
  n = g_utf8_strlen (out->str, -1);
  if (n > (glong) max_chars && max_chars > 1)
    {
      gsize cut = g_utf8_offset_to_pointer (out->str, max_chars - 1) - out->str;
      const char *space = g_strrstr_len (out->str, cut, " ");

      g_string_truncate (out,
                         space && space > out->str + cut / 2 ? (gsize) (space - out->str) : cut);
      strip_trailing (out);
      g_string_append (out, "…");
    }
  if (out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}

static guint
skip_adverbials (const Sentence *st, GArray *kept, guint k)
{
  for (guint round = 0; round < 4 && k < kept->len; round++)
    {
      guint i = K (k), j;
      const Tok *t = TOK (st, i);

      /* List markers and stray punctuation: "1.", "•", "(a)" */
      while (k < kept->len
             && (TOK (st, K (k))->kind == TOK_PUNCT
                 || (g_ascii_isdigit (st->s[TOK (st, K (k))->start]) && k + 1 < kept->len
                     && (tok_punct (st, K (k + 1), ".") || tok_punct (st, K (k + 1), ")")))))
        k++;
      if (k >= kept->len)
        return k;
      i = K (k);
      t = TOK (st, i);

      if (t->date)
        {
          while (k < kept->len && TOK (st, K (k))->date)
            k++;
          if (k < kept->len && tok_punct (st, K (k), ","))
            k++;
          continue;
        }
      if (tok_is (st, i, "and") || tok_is (st, i, "but") || tok_is (st, i, "so")
          || tok_is (st, i, "yet"))
        {
          k++;
          continue;
        }
      if (!(t->cues & DOSSIER_CUE_OPENER)
          && !(is_adverb (st, i) && tok_punct (st, K (k + 1 < kept->len ? k + 1 : k), ","))
          && !(t->end - t->start > 4 && memcmp (st->s + t->end - 3, "ing", 3) == 0))
        break;
      /* Up to the first comma outside a date, if a clause follows it. */
      for (j = k + 1; j < kept->len && j < k + 30; j++)
        if (tok_punct (st, K (j), ",") && !TOK (st, K (j))->date && !comma_in_name (st, kept, j))
          break;
      if (j >= kept->len || j >= k + 30 || kept->len - j < 4)
        break;
      k = j + 1;
    }
  return k;
}

/**
 * dossier_event_label_for_sentence:
 * @sentence: a sentence, UTF-8
 * @len: its length in bytes, or -1
 * @dates: (array length=n_dates): byte ranges of its temporal expressions, left out
 * @n_dates: their number
 * @max_chars: the longest label wanted, in characters
 *
 * Returns: (transfer full): a short label saying who did what
 */
char *
dossier_event_label_for_sentence (const char *sentence, gssize len, const DossierLabelSpan *dates,
                                  guint n_dates, guint max_chars)
{
  Sentence st = { sentence, len < 0 ? strlen (sentence) : (gsize) len, NULL };
  g_autoptr (GArray) kept = NULL;
  g_autoptr (GString) subject = g_string_new (NULL);
  g_autoptr (GString) out = g_string_new (NULL);
  guint k0, verb = G_MAXUINT, k, vend, taken = 0, last = G_MAXUINT;

  st.toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  tokenize (&st, dates, n_dates);
  kept = compress (&st);
  k0 = skip_adverbials (&st, kept, 0);

  /* The main verb. */
  for (k = k0; k < kept->len && k < k0 + 40; k++)
    {
      guint i = K (k);

      if (tok_punct (&st, i, ";") || tok_punct (&st, i, ":"))
        break;
      if (k == k0 && is_pronoun_subject (&st, i))
        {
          for (k = k0 + 1; k < kept->len && is_adverb (&st, K (k)); k++)
            ;
          if (k < kept->len && TOK (&st, K (k))->kind == TOK_WORD)
            verb = k;
          break;
        }
      /* ", which ..., " and ", who ..., " inside the subject */
      if (tok_punct (&st, i, ",") && k + 1 < kept->len
          && (tok_is (&st, K (k + 1), "which") || tok_is (&st, K (k + 1), "who")))
        {
          for (k += 2; k < kept->len && !tok_punct (&st, K (k), ","); k++)
            ;
          continue;
        }
      if (looks_verb (&st, kept, k, k0))
        {
          verb = k;
          break;
        }
    }

  if (verb == G_MAXUINT)
    {
      append_range (out, &st, kept, k0, kept->len, &last);
      return dossier_event_label_shorten (out->str, max_chars);
    }

  /* Subject: appositives out, and "of ..." complements out if it is still long. */
  {
    guint send = verb;

    drop_appositives (&st, kept, k0, &send);
    verb = send;
    append_range (subject, &st, kept, k0, send, &last);
    if (g_utf8_strlen (subject->str, -1) > (glong) max_chars / 2)
      {
        gboolean in_of = FALSE;

        g_string_truncate (subject, 0);
        last = G_MAXUINT;
        for (k = k0; k < send; k++)
          {
            if (tok_is (&st, K (k), "of"))
              in_of = TRUE;
            else if (tok_is (&st, K (k), "and") || tok_punct (&st, K (k), ","))
              in_of = FALSE;
            if (!in_of)
              append_range (subject, &st, kept, k, k + 1, &last);
          }
      }
    while (subject->len > 0 && strchr (", ", subject->str[subject->len - 1]))
      g_string_truncate (subject, subject->len - 1);
    /* "The U.S. Chairman" -> "U.S. Chairman", but "The two sides" stays whole. */
    if ((g_str_has_prefix (subject->str, "The ") || g_str_has_prefix (subject->str, "the "))
        && (g_ascii_isupper (subject->str[4]) || g_ascii_isdigit (subject->str[4])))
      g_string_erase (subject, 0, 4);
  }

  /* Verb group: auxiliaries, adverbs (left out), the verb. */
  g_string_append (out, subject->str);
  for (vend = verb; vend < kept->len; vend++)
    {
      guint i = K (vend);

      if (is_adverb (&st, i) && vend > verb)
        continue;
      if (TOK (&st, i)->kind != TOK_WORD)
        break;
      append_range (out, &st, kept, vend, vend + 1, &last);
      if (!(TOK (&st, i)->cues & DOSSIER_CUE_AUXILIARY) && vend > verb)
        {
          vend++;
          break;
        }
      if (!(TOK (&st, i)->cues & DOSSIER_CUE_AUXILIARY) && vend == verb
          && !is_pronoun_subject (&st, i))
        {
          vend++;
          break;
        }
    }

  /* Object: up to the first clause boundary. */
  for (k = vend; k < kept->len; k++)
    {
      guint i = K (k);

      if (tok_punct (&st, i, ";") || tok_punct (&st, i, ":") || tok_punct (&st, i, "\xe2\x80\x94")
          || tok_punct (&st, i, "\xe2\x80\x93") || (tok_punct (&st, i, ".") && k + 1 >= kept->len))
        break;
      if (tok_punct (&st, i, ",") && !TOK (&st, i)->date && !comma_in_name (&st, kept, k))
        {
          /* A date between commas does not end the clause: "completion on July 11, 2024, of" */
          if (k > 0 && TOK (&st, K (k - 1))->date)
            continue;
          break;
        }
      if (taken >= 2 && (TOK (&st, i)->cues & DOSSIER_CUE_CLAUSE_STOP) && !TOK (&st, i)->date)
        break;
      if (taken >= 1 && tok_is (&st, i, "and") && k + 1 < kept->len
          && (dossier_temporal_is_verb_form (st.s + TOK (&st, K (k + 1))->start,
                                             TOK (&st, K (k + 1))->end
                                                 - TOK (&st, K (k + 1))->start)
              || (TOK (&st, K (k + 1))->cues & DOSSIER_CUE_AUXILIARY))
          && tok_lower (&st, K (k + 1)))
        break;
      append_range (out, &st, kept, k, k + 1, &last);
      if (!TOK (&st, i)->date)
        taken++;
      /* A character takes a byte at least: count them only once the bytes could be too many
       * (counting at every word made long sentences quadratic). */
      if (out->len > max_chars + 8 && (guint) g_utf8_strlen (out->str, -1) > max_chars + 8)
        break;
    }

  g_array_unref (st.toks);
  return dossier_event_label_shorten (out->str, max_chars);
}

/**
 * dossier_event_label_for_name:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1
 * @from: where the name starts (right after its date: "the 2018 |National Defense Strategy")
 * @max_chars: the longest label wanted, in characters
 * @name_end: (out) (optional): the byte where the name ends
 *
 * Returns: (transfer full) (nullable): the name that follows, or %NULL if none does
 */
char *
dossier_event_label_for_name (const char *text, gssize len, gsize from, guint max_chars,
                              gsize *name_end)
{
  Sentence st = { text, len < 0 ? strlen (text) : (gsize) len, NULL };
  g_autoptr (GString) out = g_string_new (NULL);
  guint k = 0, n, last = G_MAXUINT;
  gsize end = from;
  g_autoptr (GArray) kept = NULL;

  st.toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  tokenize (&st, NULL, 0);
  kept = compress (&st);
  n = kept->len;
  while (k < n && TOK (&st, K (k))->start < from)
    k++;

  if (k < n && is_open_quote (&st, K (k)))
    {
      /* A quoted title: all of it. */
      for (k++; k < n && !is_close_quote (&st, K (k)); k++)
        append_range (out, &st, kept, k, k + 1, &last);
      end = k < n ? TOK (&st, K (k))->end : st.len;
    }
  else
    {
      for (; k < n; k++)
        {
          guint i = K (k);

          if (tok_capitalized (&st, i) || tok_punct (&st, i, "-")
              || (is_connector (&st, i) && !tok_is (&st, i, "and") && k + 1 < n
                  && tok_capitalized (&st, K (k + 1))))
            {
              append_range (out, &st, kept, k, k + 1, &last);
              end = TOK (&st, i)->end;
            }
          else
            break;
        }
    }
  g_array_unref (st.toks);
  while (out->len > 0 && strchr (".,;: ", out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  if (name_end)
    *name_end = end;
  if (out->len == 0)
    return NULL;
  return dossier_event_label_shorten (out->str, max_chars);
}
