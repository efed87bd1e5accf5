/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* The recognition rules, applied left to right over each sentence. At each word the stronger
 * readings are tried first: a date, an ordinal meeting ("12th JCM"), a quoted title, a title
 * or honorific followed by a person's name, an exercise name in capitals, then a capitalized
 * name (a gazetteer phrase, a known acronym, or a run of capitalized words with connectors
 * typed by its head word). Every candidate claims its tokens, so readings never overlap.
 * Capitals only carry meaning in running text: in headings and Title Case lines only the
 * gazetteer, acronyms and dates are read here (names known from elsewhere come later). */

#define MAX_PERSON_WORDS 5
#define MAX_QUOTED_TOKENS 40

Cand *
dossier_entities_add_cand (Extraction *x, DocScan *d, guint t0, guint t1, int type, CandKind kind, const char *key)
{
  Cand c = { 0 };

  c.doc = d->index;
  c.t0 = t0;
  c.t1 = t1;
  c.type = type;
  c.kind = kind;
  c.key = key;
  for (guint t = t0; t < t1; t++)
    d->toks[t].used = TRUE;
  g_array_append_val (x->cands, c);
  return &g_array_index (x->cands, Cand, x->cands->len - 1);
}

static gboolean
is_title_at (Extraction *x, DocScan *d, guint t, guint end)
{
  guint len, tl, hl;
  AcrDef *def;
  Tok *tok;

  if (t >= d->n_toks || !dossier_tok_is_upper (d, t))
    return FALSE;
  tok = &d->toks[t];
  /* Titles are short; the answer at the sentence's end holds for any bound past the title. */
  if (tok->title != 0xff && (tok->title == 0 || t + 4 <= end))
    return tok->title;
  tl = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + t, end - t, NULL, NULL, NULL);
  hl = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_HONORIFICS, d->keys + t, end - t, NULL, NULL, NULL);
  if (tl || hl)
    {
      /* "General Assembly" is a body, not a general. */
      guint g = dossier_doc_scan_gaz (x, d, t, end - t, NULL, NULL);

      tok->title = g <= tl || tl == 0;
    }
  else
    {
      def = dossier_entities_acronym_at (x, d, t, end, &len);
      tok->title = def && def->title;
    }
  return tok->title;
}

static gboolean
is_joiner (DocScan *d, guint t)
{
  const char *k = d->keys[t].exact;

  return strcmp (k, "-") == 0 || strcmp (k, "&") == 0 || strcmp (k, "/") == 0
         || strcmp (k, "\u2013") == 0 || strcmp (k, "+") == 0;
}

/* A joiner with words glued on both sides: "Indo-Pacific", "S&T", "Chang-rae". */
static gboolean
joins (DocScan *d, guint t, guint end)
{
  return t + 1 < end && is_joiner (d, t) && !d->toks[t].space_before && !d->toks[t + 1].space_before
         && dossier_tok_is_word (d, t + 1) && t > 0 && dossier_tok_is_word (d, t - 1);
}

static gboolean
is_stopword (Extraction *x, DocScan *d, guint t)
{
  return dossier_tok_in_list (x, d, t, DOSSIER_GAZ_STOPWORDS);
}

/* Capitalized only because it opens the sentence: "Enhancing ...", "Both ...". */
static gboolean
is_initial_junk (Extraction *x, DocScan *d, guint t, guint end)
{
  const char *k = d->keys[t].fold;
  gsize n = strlen (k);

  if (is_stopword (x, d, t))
    return TRUE;
  if (!(d->toks[t].flags & DOSSIER_TOKEN_SENTENCE_START) || (d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  if (dossier_doc_scan_gaz (x, d, t, end - t, NULL, NULL) > 0)
    return FALSE;
  return (n > 4 && g_str_has_suffix (k, "ing")) || (n > 4 && g_str_has_suffix (k, "ly"))
         || (n > 4 && g_str_has_suffix (k, "ed"));
}

static gboolean
has_headword (Extraction *x, DocScan *d, guint t0, guint t1)
{
  for (guint t = t0; t < t1; t++)
    if (dossier_tok_is_upper (d, t) && dossier_tok_head_type (x, d, t) >= 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_known_name_at (Extraction *x, DocScan *d, guint t0, guint t1)
{
  guint len;

  if (dossier_doc_scan_gaz (x, d, t0, t1 - t0, NULL, NULL) == t1 - t0)
    return TRUE;
  return t1 == t0 + 1 && dossier_entities_acronym_at (x, d, t0, t1, &len) != NULL;
}

/* Whether [t0, t1) is exactly a place or a hyphen-joined run of places. */
static gboolean
is_place (Extraction *x, DocScan *d, guint t0, guint t1)
{
  const DossierGazEntry *entry = NULL;

  if (dossier_place_run_end (x, d, t0, t1 + 1) == t1)
    return TRUE;
  return dossier_doc_scan_gaz (x, d, t0, t1 - t0, &entry, NULL) == t1 - t0
         && entry && entry->type == DOSSIER_ENTITY_GPE;
}

static gboolean
is_month (DocScan *d, guint t)
{
  const char *k = d->keys[t].exact;

  return dossier_date_month_from_word (k, strlen (k)) > 0 && strcmp (k, "May") != 0;
}

/* The end of a capitalized name starting at @t: capitalized words, glued joiners, plural
 * possessives ("Leaders’ Meeting") and the connectors of, for, on, and, the, de when a
 * capitalized word follows. A title ends it: a person starts there. */
static guint
name_extent (Extraction *x, DocScan *d, guint t, guint end)
{
  guint e = t + 1;

  while (e < end)
    {
      Tok *tok = &d->toks[e];

      if (tok->used)
        break;
      if (joins (d, e, end))
        {
          e += 2;
          continue;
        }
      if (dossier_tok_is_upper (d, e) && tok->space_before)
        {
          /* A title starts a person; a month starts a date, never part of a name. */
          if (is_title_at (x, d, e, end) || is_month (d, e))
            break;
          e++;
          continue;
        }
      /* "Women’s Empowerment Initiative", but not "ROK’s Audacious Initiative": the part
       * before a possessive must not be a name of its own. */
      if (dossier_tok_is (d, e, "'s") && e + 1 < end && dossier_tok_is_upper (d, e + 1)
          && d->toks[e + 1].space_before && !is_title_at (x, d, e + 1, end)
          && !is_known_name_at (x, d, t, e) && !is_stopword (x, d, t)
          && dossier_doc_scan_gaz (x, d, t, e - t, NULL, NULL) == 0)
        {
          e++;
          continue;
        }
      /* "Maritime Domain Awareness (MDA) Steering Group": an acronym that names no
       * thing of its own may sit inside a longer name. */
      if (dossier_tok_is (d, e, "(") && e + 3 < end && dossier_tok_is (d, e + 2, ")")
          && dossier_tok_is_upper (d, e + 3) && d->toks[e + 3].space_before
          && !is_title_at (x, d, e + 3, end))
        {
          guint a;
          AcrDef *def = dossier_entities_acronym_at (x, d, e + 1, e + 2, &a);

          if (def && def->type < 0 && def->gaz == NULL && def->title == NULL)
            {
              e += 3;
              continue;
            }
        }
      if ((tok->flags & DOSSIER_TOKEN_PUNCT) && !tok->space_before && e + 1 < end
          && dossier_tok_is_upper (d, e + 1) && d->toks[e + 1].space_before
          && (strcmp (d->keys[e].fold, "'") == 0) && g_str_has_suffix (d->keys[e - 1].fold, "s"))
        {
          e++;
          continue;
        }
      if (dossier_tok_is (d, e, "of") || dossier_tok_is (d, e, "for") || dossier_tok_is (d, e, "and")
          || dossier_tok_is (d, e, "on") || dossier_tok_is (d, e, "the") || dossier_tok_is (d, e, "de"))
        {
          guint n = e + 1;

          if (n < end && dossier_tok_is (d, n, "the") && !dossier_tok_is (d, e, "the"))
            n++;
          if (n >= end || !dossier_tok_is_upper (d, n) || d->toks[n].used || is_title_at (x, d, n, end))
            break;
          /* "Japan on the Framework": a complete place or acronym takes no complement, and
           * "on" only follows a named thing. */
          if (!dossier_tok_is (d, e, "and") && is_known_name_at (x, d, t, e))
            break;
          if (dossier_tok_is (d, e, "on") && !has_headword (x, d, t, e))
            break;
          e = n;
          continue;
        }
      break;
    }
  /* Never end on a connector or a possessive mark. */
  while (e > t + 1 && !dossier_tok_is_upper (d, e - 1) && !dossier_tok_is_word (d, e - 1))
    e--;
  return e;
}

/* Looks the name key of [t0, t1) up in @table without interning it: most lookups fail. */
static gpointer
lookup_key (Extraction *x, DocScan *d, GHashTable *table, guint t0, guint t1)
{
  if (g_hash_table_size (table) == 0)
    return NULL;
  dossier_name_key_build (x, d, t0, t1, x->key_buf);
  return g_hash_table_lookup (table, x->key_buf->str);
}

static const char *
cand_key (Extraction *x, const char *prefix, const char *key)
{
  g_autofree char *full = g_strconcat (prefix, key, NULL);

  return dossier_intern (x, full);
}

/* Records that the name at [t0, t1) is of @type, for reading it elsewhere in the corpus.
 * @strong: set by a rule surer than a head word (an exercise cue). */
static void
remember_name (Extraction *x, DocScan *d, guint t0, guint t1, int type, gboolean strong)
{
  guint after_places = dossier_place_run_end (x, d, t0, t1);
  int value = (type + 1) | (strong ? 0x100 : 0);
  const char *key;
  gpointer old;

  /* The gazetteer knows its own names better. */
  if (dossier_doc_scan_gaz (x, d, t0, t1 - t0, NULL, NULL) == t1 - t0)
    return;
  key = dossier_name_key (x, d, t0, t1);
  old = g_hash_table_lookup (x->known, key);

  if (old == NULL || (strong && !(GPOINTER_TO_INT (old) & 0x100)))
    g_hash_table_insert (x->known, (gpointer) key, GINT_TO_POINTER (value));
  /* "U.S.-Japan Sea Guardian" is also known as "Sea Guardian". */
  if (after_places > t0 && t1 - after_places >= 2)
    remember_name (x, d, after_places, t1, type, strong);
}

static void
emit_gaz (Extraction *x, DocScan *d, guint t, guint len, const DossierGazEntry *entry)
{
  Cand *c = dossier_entities_add_cand (x, d, t, t + len, entry->type, CAND_GAZ,
                                       cand_key (x, "gz:", entry->name));
  DossierGazForm form;

  c->name = dossier_intern (x, entry->name);
  /* The acronym is shown only when the text uses it: "Germany" has no "FRG" to show. */
  if (dossier_doc_scan_gaz (x, d, t, len, NULL, &form) == len
      && form == DOSSIER_GAZ_FORM_ACRONYM)
    {
      g_autofree char *surface = dossier_doc_scan_dup_text (d, t, t + len);

      c->acronym = dossier_intern (x, surface);
    }
}

static void
emit_acronym (Extraction *x, DocScan *d, guint t, guint len, AcrDef *def)
{
  Cand *c;

  if (def->gaz)
    {
      const DossierGazEntry *entry = dossier_gazetteer_lookup (x->gaz, def->gaz);

      if (entry)
        {
          emit_gaz (x, d, t, len, entry);
          return;
        }
    }
  c = dossier_entities_add_cand (x, d, t, t + len, def->type, CAND_ACRONYM, cand_key (x, "acr:", def->sf));
  c->name = def->lf;
  c->acronym = def->sf;
}

/* Gazetteer phrases and known acronyms inside [t0, t1), for a name that is not one itself. */
static void
emit_inner (Extraction *x, DocScan *d, guint t0, guint t1)
{
  for (guint t = t0; t < t1;)
    {
      const DossierGazEntry *entry = NULL;
      guint g = 0, a = 0;
      AcrDef *def = NULL;

      if (!d->toks[t].used && dossier_tok_is_upper (d, t))
        {
          g = dossier_doc_scan_gaz (x, d, t, t1 - t, &entry, NULL);
          def = dossier_entities_acronym_at (x, d, t, t1, &a);
          if (def && def->type < 0 && def->gaz == NULL)
            a = 0;
        }
      /* "Future-JTF": the acronym is part of a different name. */
      if (a > 0 && g <= a && t >= t0 + 2 && !d->toks[t].space_before && dossier_tok_is (d, t - 1, "-")
          && dossier_tok_is_upper (d, t - 2) && def->type >= 0 && !d->toks[t - 2].used
          && !(d->toks[t - 2].flags & DOSSIER_TOKEN_ALL_CAPS)
          && dossier_doc_scan_gaz (x, d, t - 2, 1, NULL, NULL) == 0)
        {
          const char *key = dossier_name_key (x, d, t - 2, t + a);

          dossier_entities_add_cand (x, d, t - 2, t + a, def->type, CAND_NAME, cand_key (x, "nm:", key));
          t += a;
          continue;
        }
      if (g > 0 && g >= a && entry)
        {
          emit_gaz (x, d, t, g, entry);
          t += g;
        }
      else if (a > 0)
        {
          emit_acronym (x, d, t, a, def);
          t += a;
        }
      else
        t++;
    }
}

/* A year right after a name: "Northern Guard 25". */
static gboolean
is_short_year (DocScan *d, guint t, guint end)
{
  const char *k;
  gsize n;

  if (t >= end || !(d->toks[t].flags & DOSSIER_TOKEN_NUMBER) || !d->toks[t].space_before)
    return FALSE;
  k = d->keys[t].fold;
  n = strlen (k);
  if (n != 2 && n != 4)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (k[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_exercise_word (Extraction *x, DocScan *d, guint t, guint end)
{
  return t < end && dossier_tok_in_list (x, d, t, DOSSIER_GAZ_EXERCISE_WORDS);
}

/* An exercise name at [t0, t1), perhaps with a year after it. Returns the end, or t0. */
static guint
try_exercise_name (Extraction *x, DocScan *d, guint t0, guint t1, guint end, gboolean caps)
{
  guint e = t1;
  gboolean cue = FALSE;
  AcrDef *def;
  const char *key;
  Cand *c;

  if (is_exercise_word (x, d, e, end) && is_short_year (d, e + 1, end))
    {
      e += 2;
      cue = TRUE;
    }
  else if (is_short_year (d, e, end))
    {
      e++;
      cue = is_exercise_word (x, d, e, end)
            || (dossier_tok_is (d, e, "(") && e + 2 < end && dossier_tok_is_upper (d, e + 1));
    }
  else if (is_exercise_word (x, d, e, end))
    cue = TRUE;
  if (t0 > 0 && is_exercise_word (x, d, t0 - 1, end) && !d->toks[t0 - 1].used)
    cue = TRUE;
  if (!cue && !(caps && t1 - t0 >= 2))
    return t0;

  key = dossier_name_key (x, d, t0, e);
  def = g_hash_table_lookup (x->long_forms, key);
  if (def && def->type == DOSSIER_ENTITY_EVENT)
    {
      c = dossier_entities_add_cand (x, d, t0, e, DOSSIER_ENTITY_EVENT, CAND_EXERCISE, cand_key (x, "acr:", def->sf));
      c->acronym = def->sf;
      c->name = def->lf;
    }
  else
    dossier_entities_add_cand (x, d, t0, e, DOSSIER_ENTITY_EVENT, CAND_EXERCISE, cand_key (x, "nm:", key));
  /* The series without its year, for "such as Northern Guard" elsewhere. */
  remember_name (x, d, t0, t1, DOSSIER_ENTITY_EVENT, TRUE);
  if (e != t1)
    remember_name (x, d, t0, e, DOSSIER_ENTITY_EVENT, TRUE);
  return e;
}

/* An exercise in capitals: "PACIFIC VANGUARD", "NORTHERN GUARD exercise 25". */
static guint
try_caps_exercise (Extraction *x, DocScan *d, guint t, guint end)
{
  guint r = t;
  gboolean own_word = FALSE;

  while (r < end && !d->toks[r].used && (d->toks[r].flags & DOSSIER_TOKEN_ALL_CAPS)
         && (r == t || d->toks[r].space_before || joins (d, r - 1, end)))
    {
      guint a;
      DossierGazForm form = DOSSIER_GAZ_FORM_NAME;
      guint g = dossier_doc_scan_gaz (x, d, r, 1, NULL, &form);

      /* Words, not acronyms: "PACIFIC VANGUARD" may hold a place name, not "ROK". */
      if (strlen (d->keys[r].fold) < 3 || dossier_entities_acronym_at (x, d, r, end, &a) != NULL
          || (g > 0 && form == DOSSIER_GAZ_FORM_ACRONYM) || strpbrk (d->keys[r].fold, "aeiouy") == NULL
          || strchr (d->keys[r].fold, '.') != NULL)
        break;
      if (g == 0)
        own_word = TRUE;
      r++;
    }
  if (r == t || !own_word)
    return t;
  return try_exercise_name (x, d, t, r, end, TRUE);
}

/* Types the name [a, b) and emits it; untyped names leave their places and acronyms. */
static void
classify_segment (Extraction *x, DocScan *d, guint a, guint b, guint end)
{
  const DossierGazEntry *entry = NULL;
  const char *key;
  gpointer known;
  guint g;
  int type;

  /* "Article V of the Treaty ...": a document part before "of" is not the name. */
  if (b - a > 3 && is_stopword (x, d, a) && dossier_tok_is_upper (d, a))
    {
      guint k = a + 1;

      while (k < b && (d->toks[k].flags & (DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_CAPITALIZED))
             && strspn (d->keys[k].fold, "0123456789ivxlc") == strlen (d->keys[k].fold))
        k++;
      if (k > a + 1 && k + 1 < b && dossier_tok_is (d, k, "of"))
        {
          a = k + 1;
          while (a < b && dossier_tok_is (d, a, "the"))
            a++;
        }
    }
  while (a < b && (dossier_tok_is (d, a, "the") || dossier_tok_is (d, a, "and") || is_initial_junk (x, d, a, end)))
    a++;
  /* Trailing connectors and marks go; a trailing lowercase word stays only in a known long
   * form ("UN Security Council resolutions"). */
  while (b > a && !dossier_tok_is_upper (d, b - 1) && !(d->toks[b - 1].flags & DOSSIER_TOKEN_NUMBER)
         && (!dossier_tok_is_word (d, b - 1) || dossier_tok_is (d, b - 1, "of") || dossier_tok_is (d, b - 1, "for")
             || dossier_tok_is (d, b - 1, "and") || dossier_tok_is (d, b - 1, "on") || dossier_tok_is (d, b - 1, "the")
             || dossier_tok_is (d, b - 1, "de")))
    b--;
  if (b <= a)
    return;

  g = dossier_doc_scan_gaz (x, d, a, b - a, &entry, NULL);
  if (g == b - a && entry)
    {
      emit_gaz (x, d, a, g, entry);
      return;
    }
  /* "Indo-Pacific Region" is the Indo-Pacific. */
  if (g > 0 && g + 1 == b - a && entry && entry->type == DOSSIER_ENTITY_GPE
      && (dossier_tok_is (d, b - 1, "region") || dossier_tok_is (d, b - 1, "area")))
    {
      Cand *c = dossier_entities_add_cand (x, d, a, b, entry->type, CAND_GAZ, cand_key (x, "gz:", entry->name));

      c->name = dossier_intern (x, entry->name);
      return;
    }

  /* A long form defined with an acronym, perhaps after a place: "U.S. Department of Defense". */
  for (guint k = a; k < b && k < a + 4; k++)
    {
      AcrDef *def;

      if (k > a && (!d->toks[k].space_before || !is_place (x, d, a, k)))
        continue;
      def = lookup_key (x, d, x->long_forms, k, b);
      if (def && (def->type >= 0 || def->gaz) && def->title == NULL)
        {
          Cand *c;

          if (k > a)
            classify_segment (x, d, a, k, end);
          if (def->gaz && (entry = dossier_gazetteer_lookup (x->gaz, def->gaz)))
            {
              emit_gaz (x, d, k, b - k, entry);
              return;
            }
          if (def->type == DOSSIER_ENTITY_EVENT && try_exercise_name (x, d, k, b, end, FALSE) != k)
            return;
          c = dossier_entities_add_cand (x, d, k, b, def->type, CAND_NAME, cand_key (x, "acr:", def->sf));
          c->acronym = def->sf;
          c->name = def->lf;
          return;
        }
    }

  /* "U.S. Department of Justice", "ROK Ministry of Unification": a country before an
   * "X of Y" body is the body's country, not part of its name. */
  if (g > 0 && g < b - a && entry && entry->type == DOSSIER_ENTITY_GPE && d->toks[a + g].space_before
      && a + g + 2 < b && dossier_tok_in_list (x, d, a + g, DOSSIER_GAZ_DEPARTMENT_HEADS)
      && (dossier_tok_is (d, a + g + 1, "of") || dossier_tok_is (d, a + g + 1, "for")))
    {
      emit_gaz (x, d, a, g, entry);
      classify_segment (x, d, a + g, b, end);
      return;
    }

  /* "U.S.-Japan Sea Guardian exercise": the countries take part in the exercise "Sea Guardian". */
  {
    guint after = dossier_place_run_end (x, d, a, b);

    if (after > a && b - after >= 1 && is_exercise_word (x, d, b, end)
        && try_exercise_name (x, d, after, b, end, FALSE) != after)
      {
        emit_inner (x, d, a, after);
        return;
      }
  }

  if (try_exercise_name (x, d, a, b, end, FALSE) != a)
    return;

  /* "Future-JTF": a word glued to an acronym names something of the acronym's kind. */
  if (b == a + 3 && joins (d, a + 1, end) && dossier_tok_is_upper (d, a) && g == 0
      && !(d->toks[a].flags & DOSSIER_TOKEN_ALL_CAPS))
    {
      guint len;
      AcrDef *def = dossier_entities_acronym_at (x, d, a + 2, b, &len);

      if (def && def->type >= 0 && def->title == NULL && len == 1)
        {
          key = dossier_name_key (x, d, a, b);
          dossier_entities_add_cand (x, d, a, b, def->type, CAND_NAME, cand_key (x, "nm:", key));
          return;
        }
    }

  key = dossier_name_key (x, d, a, b);
  known = g_hash_table_lookup (x->known, key);
  type = known ? (GPOINTER_TO_INT (known) & 0xff) - 1 : dossier_entities_head_type (x, d, a, b, FALSE);

  /* A head word alone ("the Alliance", "the Summit") refers back; it names nothing new. */
  if (type >= 0 && !known)
    {
      guint n_words = 0;
      gboolean only_heads = TRUE;

      for (guint t = a; t < b; t++)
        if (dossier_tok_is_word (d, t))
          {
            n_words++;
            if (dossier_tok_head_type (x, d, t) < 0 && !is_stopword (x, d, t))
              only_heads = FALSE;
          }
      if (only_heads)
        return;
    }
  if (type >= 0)
    {
      dossier_entities_add_cand (x, d, a, b, type, CAND_NAME, cand_key (x, "nm:", key));
      remember_name (x, d, a, b, type, FALSE);
      /* Also without a leading place run: "U.S.-Japan Sea Guardian" -> "Sea Guardian". */
      return;
    }

  /* "held at Lake Tahoe": an unknown name after "at" is a place, unless it holds an office
   * ("at the Vice-Minister level") or a word of one. */
  if (a > 0 && dossier_tok_is (d, a - 1, "at") && g == 0 && b - a >= 2 && !(b < end && dossier_tok_is (d, b, "level")))
    {
      gboolean office = FALSE;

      for (guint t = a; t < b; t++)
        if (is_title_at (x, d, t, b) || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_PORTFOLIOS)
            || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_TITLE_PREFIXES))
          office = TRUE;
      if (!office)
        {
          dossier_entities_add_cand (x, d, a, b, DOSSIER_ENTITY_GPE, CAND_NAME, cand_key (x, "nm:", key));
          remember_name (x, d, a, b, DOSSIER_ENTITY_GPE, FALSE);
          return;
        }
    }

  emit_inner (x, d, a, b);
  if (b - a <= 6)
    dossier_entities_add_cand (x, d, a, b, -1, CAND_PENDING, cand_key (x, "nm:", key));
  /* Pending candidates do not claim their tokens: the places inside them already did. */
}

/* A capitalized name from @t: splits it at "and" where the parts are separate names, then
 * types each part. Returns the token after the name. */
static guint
process_name (Extraction *x, DocScan *d, guint t, guint e, guint end)
{
  guint seg = t;
  guint first_cand = x->cands->len;
  gboolean exercise_list = FALSE;

  /* "exercises, such as Sea Guardian and Sky Lance": the names listed are exercises. */
  {
    guint p = t;

    if (p > 0 && (dossier_tok_is (d, p - 1, "including") || dossier_tok_is (d, p - 1, "like")))
      p--;
    else if (p > 1 && dossier_tok_is (d, p - 1, "as") && dossier_tok_is (d, p - 2, "such"))
      p -= 2;
    if (p < t && p > 0 && dossier_tok_is (d, p - 1, ","))
      p--;
    exercise_list = p < t && p > 0 && is_exercise_word (x, d, p - 1, end);
  }

  for (guint u = t; u <= e; u++)
    {
      if (u < e && !dossier_tok_is (d, u, "and"))
        continue;
      if (u < e)
        {
          guint next_end = u + 1;
          gboolean left_typed, left_named, right_named;

          while (next_end < e && !dossier_tok_is (d, next_end, "and"))
            next_end++;
          left_typed = dossier_entities_head_type (x, d, seg, u, FALSE) >= 0;
          left_named = is_known_name_at (x, d, seg, u)
                       || dossier_doc_scan_gaz (x, d, seg, u - seg, NULL, NULL) == u - seg;
          right_named = is_known_name_at (x, d, u + 1, next_end)
                        || dossier_doc_scan_gaz (x, d, u + 1, next_end - u - 1, NULL, NULL)
                               > 0;
          /* "Science and Technology Executive Committee" is one name: the part before "and"
           * has no type of its own and the whole has one. */
          if (!exercise_list && !left_typed && !left_named && !right_named
              && dossier_entities_head_type (x, d, seg, next_end, FALSE) >= 0)
            continue;
          /* "Treaty of Mutual Cooperation and Security", "Institute of Standards and
           * Technology": "and" inside the complement of a named thing. */
          if (!exercise_list && left_typed && !right_named && next_end - u <= 3
              && dossier_entities_head_type (x, d, u + 1, next_end, FALSE) < 0)
            {
              gboolean complement = FALSE;

              for (guint k = seg + 1; k < u; k++)
                if (dossier_tok_is (d, k, "of") || dossier_tok_is (d, k, "for"))
                  complement = TRUE;
              if (complement)
                continue;
            }
        }
      classify_segment (x, d, seg, u, end);
      seg = u + 1;
    }

  if (exercise_list)
    for (guint i = first_cand; i < x->cands->len; i++)
      {
        Cand *c = &g_array_index (x->cands, Cand, i);

        if ((c->kind == CAND_PENDING || c->kind == CAND_NAME) && c->type != DOSSIER_ENTITY_GPE)
          {
            c->type = DOSSIER_ENTITY_EVENT;
            c->kind = CAND_EXERCISE;
            for (guint k = c->t0; k < c->t1; k++)
              d->toks[k].used = TRUE;
            remember_name (x, d, c->t0, c->t1, DOSSIER_ENTITY_EVENT, TRUE);
          }
      }
  return e;
}

/* The words of a person's name from @t: capitalized words, initials, glued parts
 * ("Chang-rae"), particles and suffixes ("Jr.", ", Jr.", "III"). Returns the end, or @t. */
static guint
person_name_extent (Extraction *x, DocScan *d, guint t, guint end)
{
  guint e = t, n_words = 0;

  if (t >= end || !dossier_tok_is_upper (d, t) || d->toks[t].used || is_stopword (x, d, t)
      || dossier_tok_head_type (x, d, t) >= 0
      || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_PORTFOLIOS)
      || is_title_at (x, d, t, end) || (d->toks[t].flags & DOSSIER_TOKEN_NUMBER))
    return t;
  while (e < end && n_words < MAX_PERSON_WORDS)
    {
      if (e > t && joins (d, e, end))
        {
          e += 2;
          continue;
        }
      if (e > t && dossier_tok_is (d, e, ",") && e + 1 < end
          && dossier_tok_in_list (x, d, e + 1, DOSSIER_GAZ_NAME_SUFFIXES))
        {
          e += 2;
          break;
        }
      if (dossier_tok_is_upper (d, e) && (e == t || d->toks[e].space_before) && !d->toks[e].used
          && (e == t || (!is_stopword (x, d, e) && !is_title_at (x, d, e, end)
                         && dossier_tok_head_type (x, d, e) < 0)))
        {
          e++;
          n_words++;
          continue;
        }
      /* "Ursula von der Leyen", "Mohammed bin Salman" */
      if (e > t && e + 1 < end && dossier_tok_is_upper (d, e + 1)
          && (dossier_tok_is (d, e, "von") || dossier_tok_is (d, e, "van") || dossier_tok_is (d, e, "der")
              || dossier_tok_is (d, e, "de") || dossier_tok_is (d, e, "bin") || dossier_tok_is (d, e, "al")
              || dossier_tok_is (d, e, "da") || dossier_tok_is (d, e, "di") || dossier_tok_is (d, e, "la")))
        {
          e++;
          continue;
        }
      break;
    }
  return e;
}

static const char *
title_head (Extraction *x, DocScan *d, guint t, guint len)
{
  /* "Secretary of State" -> "secretary"; "Prime Minister" -> "minister" */
  for (guint u = t; u < t + len; u++)
    if (dossier_tok_is (d, u, "of") || dossier_tok_is (d, u, "for"))
      return dossier_intern (x, d->keys[u > t ? u - 1 : t].fold);
  return dossier_intern (x, d->keys[t + len - 1].fold);
}

/* After a title, its complement: "of Defense", "for Indo-Pacific Security Affairs", "(ASD)".
 * Places in it are emitted; an organization in it ("of the Joint Chiefs of Staff") too. */
static guint
title_complement (Extraction *x, DocScan *d, guint c, guint end)
{
  while (c < end)
    {
      if ((dossier_tok_is (d, c, "of") || dossier_tok_is (d, c, "for")) && c + 1 < end)
        {
          guint s = c + 1, e;

          if (dossier_tok_is (d, s, "the"))
            s++;
          e = s;
          while (e < end && !d->toks[e].used)
            {
              const DossierGazEntry *entry = NULL;
              guint g = dossier_doc_scan_gaz (x, d, e, end - e, &entry, NULL);

              if (g > 0 && entry && entry->type == DOSSIER_ENTITY_GPE)
                {
                  /* "for Indo-Pacific Security Affairs" names an office, "of Japan" a country. */
                  if (!(e + g < end && dossier_tok_in_list (x, d, e + g, DOSSIER_GAZ_PORTFOLIOS)
                        && dossier_tok_is_upper (d, e + g)))
                    emit_gaz (x, d, e, g, entry);
                  e += g;
                }
              else if (dossier_tok_is_upper (d, e) && dossier_tok_in_list (x, d, e, DOSSIER_GAZ_PORTFOLIOS))
                e++;
              else if (joins (d, e, end) || ((dossier_tok_is (d, e, "and") || dossier_tok_is (d, e, "&")
                                              || dossier_tok_is (d, e, "of"))
                                             && e + 1 < end && dossier_tok_is_upper (d, e + 1)
                                             && dossier_tok_in_list (x, d, e + 1, DOSSIER_GAZ_PORTFOLIOS)))
                e++;
              else
                break;
            }
          if (e == s)
            return c;
          if (e - s >= 2 && dossier_entities_head_type (x, d, s, e, FALSE) == DOSSIER_ENTITY_ORG)
            {
              const char *key = dossier_name_key (x, d, s, e);
              AcrDef *def = g_hash_table_lookup (x->long_forms, key);
              Cand *cand = dossier_entities_add_cand (x, d, s, e, DOSSIER_ENTITY_ORG, CAND_NAME,
                                                      def ? cand_key (x, "acr:", def->sf) : cand_key (x, "nm:", key));

              if (def)
                {
                  cand->acronym = def->sf;
                  cand->name = def->lf;
                }
            }
          for (guint u = c; u < e; u++)
            d->toks[u].used = TRUE;
          c = e;
        }
      else if (dossier_tok_is (d, c, "(") && c + 2 < end && dossier_tok_is (d, c + 2, ")"))
        {
          for (guint u = c; u <= c + 2; u++)
            d->toks[u].used = TRUE;
          c += 3;
        }
      else
        break;
    }
  return c;
}

/* A person after a title or honorific at @t. Returns the token after what was read (the
 * title alone when no name follows), or @t. *pending is the title head carried over a comma
 * ("Assistant Secretary ..., Dr. Ely Smith"). */
static guint
try_person (Extraction *x, DocScan *d, guint t, guint end, const char **pending, guint *pending_at)
{
  guint p = t, len = 0, c, n;
  const char *head = NULL;
  AcrDef *def;
  gboolean honorific = FALSE;

  /* "Acting Deputy Assistant Secretary" */
  while (p < end && dossier_tok_in_list (x, d, p, DOSSIER_GAZ_TITLE_PREFIXES)
         && dossier_tok_is_upper (d, p)
         && dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, end - p, NULL, NULL, NULL) == 0)
    p++;
  if ((len = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_HONORIFICS, d->keys + p, end - p, NULL, NULL, NULL)))
    honorific = TRUE;
  else if ((len = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, end - p, NULL, NULL, NULL)))
    {
      guint g = dossier_doc_scan_gaz (x, d, p, end - p, NULL, NULL);

      if (g > len)
        return t;
      head = title_head (x, d, p, len);
    }
  else if ((def = dossier_entities_acronym_at (x, d, p, end, &len)) && def->title)
    head = def->title;
  else
    return t;
  if (p != t && honorific)
    return t;

  c = p + len;
  for (guint u = t; u < c; u++)
    d->toks[u].used = TRUE;
  if (!honorific)
    c = title_complement (x, d, c, end);

  n = person_name_extent (x, d, c, end);
  /* "General Security of Military Information Agreements": a title word right before a
   * capitalized word that is no name starts a name, not an office. */
  if (n == c && !honorific && c == p + len && c < end && dossier_tok_is_upper (d, c) && d->toks[c].space_before)
    {
      for (guint u = t; u < c; u++)
        d->toks[u].used = FALSE;
      return t;
    }
  if (n == c)
    {
      /* No name: the office alone ("the Secretary"). Its title may belong to the name after
       * a comma. */
      if (head && c < end && dossier_tok_is (d, c, ","))
        {
          *pending = head;
          *pending_at = c + 1;
        }
      else if (honorific && head == NULL)
        return c;
      return c;
    }

  {
    g_autoptr (GString) titles = g_string_new (head ? head : "");
    Cand *cand;
    guint n_words = 0;
    const char *first = NULL, *last = NULL;
    gboolean after_comma = FALSE;

    if (*pending && *pending_at == t)
      {
        if (titles->len)
          g_string_append_c (titles, '|');
        g_string_append (titles, *pending);
      }
    *pending = NULL;

    /* The person's key is the first and the last word of the name, initials and suffixes
     * aside, so that "Jane Doe" and "Jane Q. Doe Jr." meet. */
    for (guint u = c; u < n; u++)
      {
        const char *k = d->keys[u].fold;

        if (dossier_tok_is (d, u, ","))
          after_comma = TRUE;
        if (!dossier_tok_is_upper (d, u) || after_comma
            || dossier_gazetteer_has_word (x->gaz, DOSSIER_GAZ_NAME_SUFFIXES, k) || g_str_has_suffix (k, "."))
          continue;
        n_words++;
        if (first == NULL)
          first = k;
        last = k;
      }
    if (n_words >= 2)
      {
        g_autofree char *key = g_strconcat ("pf:", first, "|", last, NULL);

        cand = dossier_entities_add_cand (x, d, c, n, DOSSIER_ENTITY_PERSON, CAND_PERSON, dossier_intern (x, key));
      }
    else
      {
        g_autofree char *key = g_strconcat ("ps:", first ? first : d->keys[c].fold, NULL);

        cand = dossier_entities_add_cand (x, d, c, n, DOSSIER_ENTITY_PERSON, CAND_PERSON_SHORT, dossier_intern (x, key));
      }
    cand->title = titles->len ? dossier_intern (x, titles->str) : NULL;
  }
  return n;
}

/* "12th JCM", "the 8th Japan-U.S. Extended Deterrence Dialogue", "3rd Host Nation Support
 * Agreement". The instance is its own entity, keyed by number and series. */
static guint
try_ordinal (Extraction *x, DocScan *d, guint t, guint end, gboolean plain)
{
  guint a, n = t + 1, e;
  AcrDef *def;
  const char *series = NULL;
  const char *series_name = NULL;
  int type = -1;
  g_autofree char *key = NULL;
  g_autofree char *number = NULL;
  Cand *c;

  if ((def = dossier_entities_acronym_at (x, d, n, end, &a)) && def->title == NULL && def->gaz == NULL
      && (def->type < 0 || def->type == DOSSIER_ENTITY_EVENT || def->type == DOSSIER_ENTITY_AGREEMENT))
    {
      e = n + a;
      type = def->type < 0 ? DOSSIER_ENTITY_EVENT : def->type;
      series = cand_key (x, "acr:", def->sf);
      series_name = def->lf;
    }
  else
    {
      if (!plain || !dossier_tok_is_upper (d, n))
        return t;
      /* The name right after the number: "24th Korea-U.S. Integrated Defense Dialogue". */
      e = name_extent (x, d, n, end);
      for (guint k = n; k < e && k < n + 4; k++)
        {
          if (k > n && !d->toks[k].space_before)
            continue;
          def = lookup_key (x, d, x->long_forms, k, e);
          if (def && def->title == NULL && k == n)
            break;
          def = NULL;
        }
      if (def || dossier_entities_head_type (x, d, n, e, FALSE) == DOSSIER_ENTITY_EVENT
          || dossier_entities_head_type (x, d, n, e, FALSE) == DOSSIER_ENTITY_AGREEMENT)
        goto found;
      /* Places between the number and the name: "56th United States (U.S.)-Republic of Korea
       * (ROK) Security Consultative Meeting". They stay places; the instance is the name. */
      while (n < end)
        {
          guint g = dossier_doc_scan_gaz (x, d, n, end - n, NULL, NULL);
          guint after = n + g;

          if (g == 0)
            break;
          if (after < end && !d->toks[after].space_before && is_joiner (d, after))
            after++;
          else if (after + 2 < end && dossier_tok_is (d, after, "(") && dossier_tok_is (d, after + 2, ")"))
            {
              after += 3;
              if (after < end && is_joiner (d, after) && !d->toks[after].space_before)
                after++;
            }
          else if (d->toks[after].space_before == FALSE || after >= end
                   || !dossier_tok_is_upper (d, after))
            break;
          if (after >= end || !dossier_tok_is_upper (d, after))
            break;
          /* Only skip the places when an event or agreement name follows. */
          {
            guint ne = name_extent (x, d, after, end);
            int ht = dossier_entities_head_type (x, d, after, ne, FALSE);

            if (ht != DOSSIER_ENTITY_EVENT && ht != DOSSIER_ENTITY_AGREEMENT
                && !lookup_key (x, d, x->long_forms, after, ne))
              break;
          }
          emit_inner (x, d, n, after);
          n = after;
        }
      if (n >= end || !dossier_tok_is_upper (d, n) || d->toks[n].used)
        return t;
      e = name_extent (x, d, n, end);
    found:
      for (guint k = n; k < e && k < n + 4; k++)
        {
          if (k > n && !d->toks[k].space_before)
            continue;
          def = lookup_key (x, d, x->long_forms, k, e);
          if (def && def->title == NULL)
            break;
          def = NULL;
        }
      if (def)
        {
          type = def->type < 0 ? DOSSIER_ENTITY_EVENT : def->type;
          series = cand_key (x, "acr:", def->sf);
          series_name = def->lf;
        }
      else
        {
          type = dossier_entities_head_type (x, d, n, e, FALSE);
          series = cand_key (x, "nm:", dossier_name_key (x, d, n, e));
        }
      if (type != DOSSIER_ENTITY_EVENT && type != DOSSIER_ENTITY_AGREEMENT)
        return t;
    }

  number = g_strdup (d->keys[t].exact);
  key = g_strconcat ("ord:", d->keys[t].fold, "|", series, NULL);
  /* With places in between, the mention is the name only; otherwise it starts at the number. */
  c = dossier_entities_add_cand (x, d, n == t + 1 ? t : n, e, type, CAND_ORDINAL, dossier_intern (x, key));
  d->toks[t].used = TRUE;
  if (series_name)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", number, series_name);

      c->name = dossier_intern (x, name);
    }
  return e;
}

/* A quoted title: “Joint Statement on ...”, 'Joint Vision for ...'. */
static guint
try_quoted (Extraction *x, DocScan *d, guint t, guint end)
{
  guint close = 0, a = t + 1, b;
  guint n_words = 0, n_upper = 0;
  int type;
  const char *key;
  AcrDef *def;
  Cand *c;

  for (guint u = t + 1; u < end && u < t + MAX_QUOTED_TOKENS; u++)
    if (dossier_tok_is_close_quote (d, u, t))
      {
        close = u;
        break;
      }
  if (close == 0)
    return t;
  b = close;
  while (b > a && (d->toks[b - 1].flags & DOSSIER_TOKEN_PUNCT))
    b--;
  while (a < b && dossier_tok_is (d, a, "the"))
    a++;
  if (b <= a + 1 || !dossier_tok_is_upper (d, a))
    return t;
  for (guint u = a; u < b; u++)
    {
      if (!dossier_tok_is_word (d, u) || strlen (d->keys[u].fold) < 4)
        continue;
      n_words++;
      if (dossier_tok_is_upper (d, u))
        n_upper++;
    }
  if (n_upper * 10 < n_words * 6)
    return t;
  for (guint u = a; u < b; u++)
    if (d->toks[u].used)
      return t;
  key = dossier_name_key (x, d, a, b);
  def = g_hash_table_lookup (x->long_forms, key);
  type = def && def->type >= 0 ? def->type : dossier_entities_head_type (x, d, a, b, TRUE);
  if (type < 0 || type == DOSSIER_ENTITY_GPE)
    return t;
  c = dossier_entities_add_cand (x, d, a, b, type, CAND_QUOTED,
                                 def ? cand_key (x, "acr:", def->sf) : cand_key (x, "nm:", key));
  if (def)
    {
      c->acronym = def->sf;
      c->name = def->lf;
    }
  remember_name (x, d, a, b, type, TRUE);
  d->toks[t].used = TRUE;
  d->toks[close].used = TRUE;
  return close + 1;
}

static void
scan_sentence (Extraction *x, DocScan *d, guint s)
{
  guint t = d->sent_first[s];
  guint end = d->sent_first[s + 1];
  gboolean plain = d->sent_plain[s];
  const char *pending = NULL;
  guint pending_at = G_MAXUINT;

  while (t < end)
    {
      guint n;
      const DossierGazEntry *entry = NULL;
      guint g, a = 0, e;
      AcrDef *def;

      if (d->toks[t].used)
        {
          t++;
          continue;
        }
      if (t > pending_at)
        pending = NULL;
      if ((n = dossier_entities_match_date (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }
      if (dossier_tok_is_ordinal (d, t) && (n = try_ordinal (x, d, t, end, plain)) > t)
        {
          t = n;
          continue;
        }
      /* Headings and Title Case lines wait for what running text teaches (scan_late). */
      if (!plain)
        {
          t++;
          continue;
        }
      if (plain && dossier_tok_is_open_quote (d, t) && (n = try_quoted (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }
      if (!dossier_tok_is_upper (d, t))
        {
          t++;
          continue;
        }
      if (plain && (n = try_person (x, d, t, end, &pending, &pending_at)) > t)
        {
          t = n;
          continue;
        }
      if (plain && (d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS) && (n = try_caps_exercise (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }

      g = dossier_doc_scan_gaz (x, d, t, end - t, &entry, NULL);
      def = dossier_entities_acronym_at (x, d, t, end, &a);
      if (def && def->title)
        {
          t += a;
          continue;
        }
      if (def && def->type < 0 && def->gaz == NULL)
        a = 0;
      e = plain ? name_extent (x, d, t, end) : t + 1;
      /* "UN General Assembly resolutions (UNGARs)": a long form may end in lowercase. */
      if (plain && e - t >= 2 && e < end && dossier_tok_is_word (d, e) && !dossier_tok_is_upper (d, e)
          && !(d->toks[e].flags & DOSSIER_TOKEN_NUMBER) && d->toks[e].space_before && g_hash_table_size (x->long_forms) > 0)
        {
          g_autoptr (GString) key = g_string_new (NULL);

          dossier_name_key_build (x, d, t, e + 1, key);
          if (g_hash_table_contains (x->long_forms, key->str))
            e++;
        }
      if (plain && e - t > MAX (g, a))
        {
          t = process_name (x, d, t, e, end);
          continue;
        }
      if (g > 0 && g >= a && entry)
        {
          emit_gaz (x, d, t, g, entry);
          t += g;
        }
      else if (a > 0)
        {
          emit_acronym (x, d, t, a, def);
          t += a;
        }
      else
        {
          if (plain)
            classify_segment (x, d, t, t + 1, end);
          t++;
        }
    }
}

#define MAX_LATE_WORDS 8

/* Names and ordinals in headings and Title Case lines, read with what running text taught. */
void
dossier_entities_scan_late (Extraction *x, DocScan *d)
{
  g_autoptr (GString) key = g_string_new (NULL);

  for (guint s = 0; s < d->sentences->len; s++)
    {
      guint end = d->sent_first[s + 1];

      if (d->sent_plain[s])
        continue;
      for (guint t = d->sent_first[s]; t < end;)
        {
          guint start = t, best = 0;
          AcrDef *def = NULL;
          int type = -1;
          gboolean ordinal = FALSE;

          if (dossier_tok_is_ordinal (d, t) && t + 1 < end && !d->toks[t + 1].used)
            {
              ordinal = TRUE;
              start = t + 1;
            }
          if (d->toks[start].used || !dossier_tok_is_upper (d, start))
            {
              t++;
              continue;
            }
          for (guint len = MIN (MAX_LATE_WORDS, end - start); len >= 2 && best == 0; len--)
            {
              gboolean free = TRUE;

              for (guint u = start; u < start + len; u++)
                if (d->toks[u].used)
                  free = FALSE;
              if (!free || !dossier_tok_is_upper (d, start + len - 1))
                continue;
              dossier_name_key_build (x, d, start, start + len, key);
              def = g_hash_table_lookup (x->long_forms, key->str);
              if (def && def->title == NULL && (def->type >= 0 || def->gaz))
                {
                  best = len;
                  type = def->type;
                }
              else if (!ordinal)
                {
                  gpointer known = g_hash_table_lookup (x->known, key->str);

                  def = NULL;
                  if (known)
                    {
                      best = len;
                      type = (GPOINTER_TO_INT (known) & 0xff) - 1;
                    }
                }
            }
          if (!ordinal && best > 0
              && dossier_doc_scan_gaz (x, d, start, end - start, NULL, NULL) >= best)
            best = 0; /* the gazetteer reads "REPUBLIC OF KOREA" itself */
          if (best == 0 || (ordinal && (def == NULL || (type != DOSSIER_ENTITY_EVENT && type != DOSSIER_ENTITY_AGREEMENT))))
            {
              const DossierGazEntry *entry = NULL;
              guint g = dossier_doc_scan_gaz (x, d, start, end - start, &entry, NULL);
              guint a = 0;
              AcrDef *acr = dossier_entities_acronym_at (x, d, start, end, &a);

              if (acr && (acr->title || (acr->type < 0 && acr->gaz == NULL)))
                a = 0;
              if (g > 0 && g >= a && entry)
                {
                  emit_gaz (x, d, start, g, entry);
                  t = start + g;
                }
              else if (a > 0)
                {
                  emit_acronym (x, d, start, a, acr);
                  t = start + a;
                }
              else
                t++;
              continue;
            }
          if (ordinal)
            {
              g_autofree char *k = g_strconcat ("ord:", d->keys[t].fold, "|acr:", def->sf, NULL);
              g_autofree char *name = g_strdup_printf ("%s %s", d->keys[t].exact, def->lf);
              Cand *c = dossier_entities_add_cand (x, d, t, start + best, type, CAND_ORDINAL, dossier_intern (x, k));

              c->name = dossier_intern (x, name);
            }
          else if (def)
            {
              g_autofree char *k = g_strconcat ("acr:", def->sf, NULL);
              Cand *c = dossier_entities_add_cand (x, d, start, start + best, type, CAND_NAME, dossier_intern (x, k));

              c->acronym = def->sf;
              c->name = def->lf;
            }
          else
            {
              g_autofree char *k = g_strconcat ("nm:", key->str, NULL);

              dossier_entities_add_cand (x, d, start, start + best, type, CAND_NAME, dossier_intern (x, k));
            }
          t = start + best;
        }
    }
}

void
dossier_entities_scan_document (Extraction *x, DocScan *d)
{
  for (guint s = 0; s < d->sentences->len; s++)
    scan_sentence (x, d, s);
}
