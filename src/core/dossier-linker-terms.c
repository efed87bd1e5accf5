/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dossier-linker-private.h"
#include "dossier-segment-private.h"

/* From words to the terms sentences are matched on. A word becomes its Snowball stem
 * ("pledged", "pledges" -> "pledg"); neighbouring stems form bigrams (phrase evidence:
 * "science and technology" -> "scienc technolog"); an acronym and its spelled-out name become
 * one phrase term, and the acronym also stands for the words of its name, so "JLCB" matches
 * "Joint Logistics Coordination Board" as if it had been written out. Acronyms are learnt from the
 * corpus ("Long Name (LN)", found as Schwartz and Hearst do) and, for those a text never
 * spells out ("TTX"), from the general list in data/cues/lexicon.json. */

/* Stop words between two content words before they stop forming a bigram: "science and
 * technology" and "return of the bases" pair up, a clause's first and last word do not. */
#define BIGRAM_MAX_GAP 2

/* Schwartz-Hearst window: a long form has at most min(n + 5, 2n) words for an n-letter short
 * form. */
#define LONG_FORM_EXTRA_WORDS 5

#define ACRONYM_UNRESOLVED (-2)

/* A sentence that refers back ("the leaders committed to operationalizing this mechanism")
 * is about what the sentence before named; those terms count for half of its own. */
#define ANAPHOR_FACTOR 0.5f

void
linker_run_init (LinkerRun *run, DossierEntitySet *entities)
{
  memset (run, 0, sizeof *run);
  run->cues = g_object_ref (dossier_cues_get_default ());
  run->stemmer = sb_stemmer_new ("english", NULL);
  run->entities = entities ? g_object_ref (entities) : NULL;
  run->docs = g_ptr_array_new ();
  run->doc_index = g_hash_table_new (NULL, NULL);
  run->surfaces = g_array_new (FALSE, FALSE, sizeof (Surface));
  run->surface_ids = g_hash_table_new (g_str_hash, g_str_equal);
  run->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  run->term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->acronyms = g_ptr_array_new ();
  run->acronym_ids = g_hash_table_new (g_str_hash, g_str_equal);
  run->expansions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  run->units = g_array_new (FALSE, FALSE, sizeof (Unit));
  run->unit_terms = g_array_new (FALSE, FALSE, sizeof (UnitTerm));
  run->folded_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  run->known_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
linker_run_clear (LinkerRun *run)
{
  for (guint i = 0; run->docs && i < run->docs->len; i++)
    {
      LinkerDoc *doc = g_ptr_array_index (run->docs, i);

      g_clear_pointer (&doc->words, g_array_unref);
      g_free (doc);
    }
  g_clear_pointer (&run->docs, g_ptr_array_unref);
  for (guint i = 0; run->surfaces && i < run->surfaces->len; i++)
    {
      Surface *s = &g_array_index (run->surfaces, Surface, i);

      g_free (s->text);
      g_free (s->lower);
    }
  g_clear_pointer (&run->surfaces, g_array_unref);
  g_clear_pointer (&run->surface_ids, g_hash_table_unref);
  for (guint i = 0; run->acronyms && i < run->acronyms->len; i++)
    {
      Acronym *a = g_ptr_array_index (run->acronyms, i);

      g_free (a->short_form);
      g_free (a->long_form);
      g_array_unref (a->stems);
      g_free (a);
    }
  g_clear_pointer (&run->acronyms, g_ptr_array_unref);
  g_clear_pointer (&run->acronym_ids, g_hash_table_unref);
  g_clear_pointer (&run->expansions, g_hash_table_unref);
  g_clear_pointer (&run->doc_index, g_hash_table_unref);
  g_clear_pointer (&run->terms, g_array_unref);
  g_clear_pointer (&run->term_ids, g_hash_table_unref);
  g_clear_pointer (&run->units, g_array_unref);
  g_clear_pointer (&run->unit_terms, g_array_unref);
  g_clear_pointer (&run->folded_texts, g_hash_table_unref);
  g_clear_pointer (&run->known_names, g_hash_table_unref);
  g_clear_pointer (&run->stemmer, sb_stemmer_delete);
  g_clear_object (&run->entities);
  g_clear_object (&run->cues);
}

guint
linker_intern_term (LinkerRun *run, TermKind kind, const char *key, int a, int b)
{
  gpointer id = g_hash_table_lookup (run->term_ids, key);
  Term term = { kind, 0, 0.f, a, b, FALSE, FALSE };

  if (id)
    return GPOINTER_TO_UINT (id) - 1;
  g_array_append_val (run->terms, term);
  g_hash_table_insert (run->term_ids, g_strdup (key), GUINT_TO_POINTER (run->terms->len));
  return run->terms->len - 1;
}

static gboolean
is_number (const char *lower)
{
  return g_ascii_isdigit (lower[0]);
}

int
linker_stem_term (LinkerRun *run, const char *lower)
{
  const sb_symbol *stem;
  const char *equivalent;
  guint id;

  if (!g_unichar_isalnum (g_utf8_get_char (lower)) || is_number (lower)
      || dossier_cues_is_stopword (run->cues, lower))
    return -1;
  equivalent = dossier_cues_lookup_equivalent (run->cues, lower);
  if (equivalent)
    lower = equivalent;
  stem = sb_stemmer_stem (run->stemmer, (const sb_symbol *) lower, strlen (lower));
  /* The key of a unigram is its stem; bigrams, phrases and entities use keys with a space,
   * "=" or "@", which stems never contain. */
  id = linker_intern_term (run, TERM_UNIGRAM, stem ? (const char *) stem : lower, -1, -1);
  if (dossier_cues_is_light_word (run->cues, lower))
    g_array_index (run->terms, Term, id).light = TRUE;
  return (int) id;
}

static guint
intern_surface (LinkerRun *run, const char *text, gsize len)
{
  g_autofree char *key = g_strndup (text, len);
  gpointer id = g_hash_table_lookup (run->surface_ids, key);
  Surface s;

  if (id)
    return GPOINTER_TO_UINT (id) - 1;
  s.text = g_steal_pointer (&key);
  s.lower = dossier_statement_fold_word (s.text, -1);
  s.stem = linker_stem_term (run, s.lower);
  s.acronym = ACRONYM_UNRESOLVED;
  g_array_append_val (run->surfaces, s);
  g_hash_table_insert (run->surface_ids, s.text, GUINT_TO_POINTER (run->surfaces->len));
  return run->surfaces->len - 1;
}

static gboolean
token_is (const char *text, const DossierByteSpan *span, const char *what)
{
  gsize len = strlen (what);

  return span->end - span->start == len && memcmp (text + span->start, what, len) == 0;
}

static gboolean
is_possessive (const char *text, const DossierByteSpan *span)
{
  const char *p = text + span->start;
  gunichar c = g_utf8_get_char (p);

  if (c != '\'' && c != 0x2019)
    return FALSE;
  p = g_utf8_next_char (p);
  return (p[0] == 's' || p[0] == 'S') && text + span->end == p + 1;
}

/* Words of @doc from the segmenter's tokens: possessive endings dropped, hyphens turned into
 * a join flag, "S & T" glued back into "S&T". */
GArray *
linker_build_words (LinkerRun *run, LinkerDoc *doc)
{
  GArray *sentences = NULL;
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GArray) spans = NULL;
  const char *text = dossier_document_get_text (doc->document);
  gboolean join_next = FALSE;

  dossier_segment_document_full (doc->document, &sentences, &tokens, &spans);
  doc->words = g_array_sized_new (FALSE, FALSE, sizeof (Word), tokens->len);

  for (guint i = 0; i < tokens->len; i++)
    {
      const DossierToken *tok = &g_array_index (tokens, DossierToken, i);
      const DossierByteSpan *span = &g_array_index (spans, DossierByteSpan, i);
      Word w = { tok->start, tok->end, 0, 0 };

      if (is_possessive (text, span))
        continue;
      if (tok->flags & DOSSIER_TOKEN_PUNCT)
        {
          Word *prev
              = doc->words->len ? &g_array_index (doc->words, Word, doc->words->len - 1) : NULL;
          const DossierToken *next
              = i + 1 < tokens->len ? &g_array_index (tokens, DossierToken, i + 1) : NULL;
          gboolean glued = prev && next && prev->end == tok->start && next->start == tok->end
                           && !(prev->flags & WORD_PUNCT) && !(next->flags & DOSSIER_TOKEN_PUNCT);

          if (glued && (token_is (text, span, "-") || token_is (text, span, "\xe2\x80\x90")))
            {
              join_next = TRUE;
              continue;
            }
          if (glued && token_is (text, span, "&"))
            {
              const DossierByteSpan *next_span = &g_array_index (spans, DossierByteSpan, i + 1);
              gsize prev_byte = dossier_document_offset_to_byte (doc->document, prev->start);

              prev->surface = intern_surface (run, text + prev_byte, next_span->end - prev_byte);
              prev->end = next->end;
              prev->flags |= WORD_ALL_CAPS;
              i++;
              continue;
            }
          w.flags |= WORD_PUNCT;
        }
      if (tok->flags & DOSSIER_TOKEN_CAPITALIZED)
        w.flags |= WORD_CAPITALIZED;
      if (tok->flags & DOSSIER_TOKEN_ALL_CAPS)
        w.flags |= WORD_ALL_CAPS | WORD_CAPITALIZED;
      if (tok->flags & DOSSIER_TOKEN_SENTENCE_START)
        w.flags |= WORD_SENTENCE_START;
      if (join_next)
        w.flags |= WORD_JOINED;
      join_next = FALSE;
      w.surface = intern_surface (run, text + span->start, span->end - span->start);
      g_array_append_val (doc->words, w);
    }

  for (guint i = 1; i + 1 < doc->words->len; i++)
    {
      Word *w = &g_array_index (doc->words, Word, i);
      const Surface *before = linker_surface (run, &g_array_index (doc->words, Word, i - 1));
      const Surface *after = linker_surface (run, &g_array_index (doc->words, Word, i + 1));

      if (g_str_equal (before->text, "(") && g_str_equal (after->text, ")"))
        w->flags |= WORD_IN_PARENS;
    }
  return sentences;
}

const Surface *
linker_surface (LinkerRun *run, const Word *word)
{
  return &g_array_index (run->surfaces, Surface, word->surface);
}

/* Whether @text looks like an acronym: two capitals or more, no more lower case than upper. */
static gboolean
looks_like_acronym (const char *text)
{
  guint upper = 0, lower = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c))
        upper++;
      else if (g_unichar_islower (c))
        lower++;
    }
  return upper >= 2 && lower <= upper && g_utf8_strlen (text, -1) <= 12;
}

static Acronym *
add_acronym (LinkerRun *run, const char *short_form, const char *long_form, GArray *stems)
{
  Acronym *a;
  GString *key;
  GArray *list;
  int first;

  if (stems->len < 2 || g_hash_table_contains (run->acronym_ids, short_form))
    {
      g_array_unref (stems);
      return NULL;
    }
  a = g_new0 (Acronym, 1);
  a->short_form = g_strdup (short_form);
  a->long_form = g_strdup (long_form);
  a->stems = stems;
  key = g_string_new ("=");
  for (guint i = 0; i < stems->len; i++)
    g_string_append_printf (key, " %d", g_array_index (stems, int, i));
  a->phrase_term = linker_intern_term (run, TERM_PHRASE, key->str, (int) run->acronyms->len, -1);
  g_string_free (key, TRUE);
  g_ptr_array_add (run->acronyms, a);
  g_hash_table_insert (run->acronym_ids, a->short_form, GUINT_TO_POINTER (run->acronyms->len));

  first = g_array_index (stems, int, 0);
  list = g_hash_table_lookup (run->expansions, GINT_TO_POINTER (first));
  if (!list)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (run->expansions, GINT_TO_POINTER (first), list);
    }
  g_array_append_vals (list, &(guint){ run->acronyms->len - 1 }, 1);
  return a;
}

/* "UNSCRs" is the plural of "UNSCR": the definition is looked up without the final s. */
static char *
singular_short_form (const char *text)
{
  gsize len = strlen (text);

  if (len > 2 && text[len - 1] == 's' && g_ascii_isupper (text[len - 2]))
    return g_strndup (text, len - 1);
  return g_strdup (text);
}

static gboolean
ends_long_form (const char *text)
{
  return strchr (".;:()[]\"“”!?", text[0]) != NULL;
}

/* Acronyms defined in @doc: "Joint Logistics Coordination Board (JLCB)". The long form is the
 * shortest run of words before the parenthesis in which every letter of the short form appears in
 * order, the first one starting a word (Schwartz & Hearst 2003). */
void
linker_find_acronyms (LinkerRun *run, LinkerDoc *doc)
{
  const Word *words = (const Word *) (gpointer) doc->words->data;

  for (guint i = 1; i + 1 < doc->words->len; i++)
    {
      const Surface *s = linker_surface (run, &words[i]);
      g_autofree char *short_form = NULL;
      g_autofree char *letters = NULL;
      GString *lf;
      g_autoptr (GArray) owner = NULL;
      guint n_letters, max_words, first, n_alnum = 0;
      int si, li;

      if (!(words[i].flags & WORD_IN_PARENS) || !looks_like_acronym (s->text))
        continue;
      short_form = singular_short_form (s->text);
      {
        GString *l = g_string_new (NULL);

        for (const char *p = short_form; *p; p++)
          if (g_ascii_isalnum (*p))
            g_string_append_c (l, g_ascii_tolower (*p));
        letters = g_string_free (l, FALSE);
      }
      n_letters = strlen (letters);
      if (n_letters < 2)
        continue;
      max_words = MIN (n_letters + LONG_FORM_EXTRA_WORDS, n_letters * 2);

      /* The candidate long form, lowercased, with the word each character comes from. */
      first = i - 1;
      while (first > 0 && n_alnum < max_words)
        {
          const Surface *prev = linker_surface (run, &words[first - 1]);

          if (ends_long_form (prev->text))
            break;
          first--;
          if (!(words[first].flags & WORD_PUNCT))
            n_alnum++;
        }
      lf = g_string_new (NULL);
      owner = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint j = first; j < i - 1; j++)
        {
          const Surface *w = linker_surface (run, &words[j]);

          if (words[j].flags & WORD_PUNCT)
            continue;
          if (lf->len)
            {
              g_string_append_c (lf, ' ');
              g_array_append_val (owner, j);
            }
          for (const char *p = w->lower; *p; p++)
            {
              g_string_append_c (lf, *p);
              g_array_append_val (owner, j);
            }
        }

      si = (int) n_letters - 1;
      li = (int) lf->len - 1;
      while (si >= 0)
        {
          char c = letters[si];

          while (li >= 0
                 && (lf->str[li] != c || (si == 0 && li > 0 && g_ascii_isalnum (lf->str[li - 1]))))
            li--;
          if (li < 0)
            break;
          li--;
          si--;
        }
      if (si < 0)
        {
          guint start_word = g_array_index (owner, guint, li + 1);
          GArray *stems = g_array_new (FALSE, FALSE, sizeof (int));
          g_autofree char *long_form = NULL;

          for (guint j = start_word; j < i - 1; j++)
            {
              int stem = linker_surface (run, &words[j])->stem;

              if (stem >= 0)
                g_array_append_val (stems, stem);
            }
          long_form = dossier_document_dup_slice (doc->document, words[start_word].start,
                                                  words[i - 2].end);
          add_acronym (run, short_form, long_form, stems);
        }
      g_string_free (lf, TRUE);
    }
}

/* The general acronyms of the lexicon, for texts that never spell them out. Added after the
 * corpus's own definitions, which win. */
static void
add_lexicon_acronyms (LinkerRun *run)
{
  g_autoptr (GPtrArray) list = dossier_cues_dup_acronyms (run->cues);

  for (guint i = 0; i < list->len; i++)
    {
      const char *short_form = g_ptr_array_index (list, i);
      const char *long_form = dossier_cues_lookup_acronym (run->cues, short_form);
      g_auto (GStrv) parts = dossier_statement_split_words (long_form);
      GArray *stems = g_array_new (FALSE, FALSE, sizeof (int));

      for (guint j = 0; parts[j]; j++)
        {
          int stem = linker_stem_term (run, parts[j]);

          if (stem >= 0)
            g_array_append_val (stems, stem);
        }
      add_acronym (run, short_form, long_form, stems);
    }
}

/* Adds the general acronyms once the corpus's own definitions are all known. */
void
linker_add_lexicon_acronyms (LinkerRun *run)
{
  if (!run->lexicon_acronyms_added)
    {
      add_lexicon_acronyms (run);
      run->lexicon_acronyms_added = TRUE;
    }
}

static int
resolve_acronym (LinkerRun *run, Surface *s)
{
  if (s->acronym == ACRONYM_UNRESOLVED)
    {
      gpointer id = NULL;

      /* First resolution: the corpus definitions are all known, add the general ones. */
      linker_add_lexicon_acronyms (run);
      if (looks_like_acronym (s->text))
        {
          g_autofree char *singular = singular_short_form (s->text);

          id = g_hash_table_lookup (run->acronym_ids, s->text);
          if (!id)
            id = g_hash_table_lookup (run->acronym_ids, singular);
        }
      s->acronym = id ? (int) GPOINTER_TO_UINT (id) - 1 : -1;
    }
  return s->acronym;
}

const char **
linker_unit_lower_words (LinkerRun *run, const LinkerDoc *doc, guint start, guint end)
{
  const char **out = g_new (const char *, end - start + 1);

  for (guint i = start; i < end; i++)
    out[i - start] = linker_surface (run, &g_array_index (doc->words, Word, i))->lower;
  out[end - start] = NULL;
  return out;
}

static void
emit (GArray *ids, guint term)
{
  g_array_append_val (ids, term);
}

static void
emit_bigram (LinkerRun *run, GArray *ids, int a, int b)
{
  char key[32];

  if (a == b)
    return;
  g_snprintf (key, sizeof key, "%d %d", a, b);
  emit (ids, linker_intern_term (run, TERM_BIGRAM, key, a, b));
}

/* Where the long form of acronym @a ends if the content stems from word @i on spell it out,
 * or 0. */
static guint
spells_out (LinkerRun *run, const LinkerDoc *doc, guint i, guint end, const Acronym *a)
{
  guint k = 0;

  for (; i < end && k < a->stems->len; i++)
    {
      const Word *w = &g_array_index (doc->words, Word, i);
      const Surface *s = linker_surface (run, w);

      if ((w->flags & WORD_PUNCT) && !g_str_equal (s->text, ","))
        return 0;
      if (s->stem < 0)
        continue;
      if (s->stem != g_array_index (a->stems, int, k))
        return 0;
      k++;
    }
  return k == a->stems->len ? i : 0;
}

/* Whether acronym @a names the meeting @doc reports on ("JMC" in the communiqué of the
 * "12th JMC"): there it says which meeting is speaking, not what it reports on, and would tie
 * every mention of the meeting to every commitment that names it. */
static gboolean
is_own_meeting (const LinkerDoc *doc, const Acronym *a)
{
  const char *meeting = dossier_document_get_meeting (doc->document);
  const char *p;
  gsize len = strlen (a->short_form);

  if (!meeting)
    return FALSE;
  for (p = strstr (meeting, a->short_form); p; p = strstr (p + 1, a->short_form))
    if ((p == meeting || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]))
      return TRUE;
  return FALSE;
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static int
compare_unit_terms (gconstpointer a, gconstpointer b, gpointer data)
{
  return compare_uint (&((const UnitTerm *) a)->term, &((const UnitTerm *) b)->term);
}

/* Fills the unit's terms (with their counts, weights come later) at the end of
 * run->unit_terms. Entity terms already gathered for it are passed in @extra; @context holds
 * the terms of the sentence an anaphoric unit refers back to, which count for ANAPHOR_FACTOR
 * unless the unit has them itself. */
void
linker_unit_terms (LinkerRun *run, Unit *unit, const guint *extra, guint n_extra,
                   const guint *context, guint n_context)
{
  const LinkerDoc *doc = g_ptr_array_index (run->docs, unit->doc);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
  int prev = -1;
  guint gap = 0, skip_until = 0;

  for (guint i = unit->word_start; i < unit->word_end; i++)
    {
      const Word *w = &g_array_index (doc->words, Word, i);
      Surface *s = &g_array_index (run->surfaces, Surface, w->surface);
      int acronym;
      GArray *starts;

      if (w->flags & WORD_PUNCT)
        {
          prev = -1;
          continue;
        }
      acronym = (w->flags & (WORD_ALL_CAPS | WORD_CAPITALIZED)) ? resolve_acronym (run, s) : -1;
      if (acronym >= 0)
        {
          const Acronym *a = g_ptr_array_index (run->acronyms, acronym);

          /* "(JLCB)" right after its long form adds nothing the long form did not. */
          if ((w->flags & WORD_IN_PARENS) || is_own_meeting (doc, a))
            continue;
          emit (ids, a->phrase_term);
          for (guint k = 0; k < a->stems->len; k++)
            {
              int stem = g_array_index (a->stems, int, k);

              emit (ids, stem);
              if (prev >= 0)
                emit_bigram (run, ids, prev, stem);
              prev = stem;
            }
          gap = 0;
          continue;
        }
      if (s->stem < 0)
        {
          if (is_number (s->lower) || ++gap > BIGRAM_MAX_GAP)
            prev = -1;
          continue;
        }

      starts = g_hash_table_lookup (run->expansions, GINT_TO_POINTER (s->stem));
      for (guint k = 0; starts && k < starts->len; k++)
        {
          const Acronym *a = g_ptr_array_index (run->acronyms, g_array_index (starts, guint, k));
          guint end = spells_out (run, doc, i, unit->word_end, a);

          if (end && is_own_meeting (doc, a))
            {
              /* The meeting's own name, written out: skipped like its acronym. */
              skip_until = end;
              break;
            }
          if (end)
            emit (ids, a->phrase_term);
        }
      if (i < skip_until)
        {
          prev = -1;
          continue;
        }
      emit (ids, s->stem);
      if (prev >= 0)
        emit_bigram (run, ids, prev, s->stem);
      prev = s->stem;
      gap = 0;
    }
  if (n_extra)
    g_array_append_vals (ids, extra, n_extra);

  g_array_sort (ids, compare_uint);
  unit->term_offset = run->unit_terms->len;
  unit->n_terms = 0;
  for (guint i = 0; i < ids->len; i++)
    {
      guint id = g_array_index (ids, guint, i);

      if (i > 0 && id == g_array_index (ids, guint, i - 1))
        {
          g_array_index (run->unit_terms, UnitTerm, run->unit_terms->len - 1).weight += 1.f;
          continue;
        }
      g_array_append_vals (run->unit_terms, &(UnitTerm){ id, 1.f, 1.f }, 1);
      unit->n_terms++;
    }
  if (n_context)
    {
      g_autoptr (GArray) borrowed = g_array_new (FALSE, FALSE, sizeof (guint));
      guint own = unit->n_terms, k = 0;

      g_array_append_vals (borrowed, context, n_context);
      g_array_sort (borrowed, compare_uint);
      /* Merge: both lists are sorted; the unit's own terms win. */
      for (guint i = 0; i < borrowed->len; i++)
        {
          guint id = g_array_index (borrowed, guint, i);
          const UnitTerm *mine = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset);

          if (i > 0 && id == g_array_index (borrowed, guint, i - 1))
            continue;
          while (k < own && mine[k].term < id)
            k++;
          if (k < own && mine[k].term == id)
            continue;
          g_array_append_vals (run->unit_terms, &(UnitTerm){ id, 1.f, ANAPHOR_FACTOR }, 1);
          unit->n_terms++;
        }
      /* Terms stay sorted by id: matching walks two units' lists side by side. */
      g_qsort_with_data (&g_array_index (run->unit_terms, UnitTerm, unit->term_offset),
                         unit->n_terms, sizeof (UnitTerm), compare_unit_terms, NULL);
    }
}

/**
 * linker_word_acronym:
 *
 * Returns: (nullable): the acronym @word stands for
 */
const Acronym *
linker_word_acronym (LinkerRun *run, const Word *word)
{
  Surface *s = &g_array_index (run->surfaces, Surface, word->surface);

  if (!(word->flags & (WORD_ALL_CAPS | WORD_CAPITALIZED)) || resolve_acronym (run, s) < 0)
    return NULL;
  return g_ptr_array_index (run->acronyms, s->acronym);
}

const char *
linker_folded_text (LinkerRun *run, DossierDocument *document)
{
  char *folded = g_hash_table_lookup (run->folded_texts, document);

  if (!folded)
    {
      folded = g_utf8_casefold (dossier_document_get_text (document), -1);
      g_hash_table_insert (run->folded_texts, document, folded);
    }
  return folded;
}

/* Whether @word carries one of @terms (a set of term ids): its stem, or for an acronym its
 * phrase term or any word of its long form. */
gboolean
linker_word_has_term (LinkerRun *run, const Word *word, GHashTable *terms)
{
  Surface *s = &g_array_index (run->surfaces, Surface, word->surface);

  if (word->flags & WORD_PUNCT)
    return FALSE;
  if (s->stem >= 0 && g_hash_table_contains (terms, GINT_TO_POINTER (s->stem)))
    return TRUE;
  if ((word->flags & (WORD_ALL_CAPS | WORD_CAPITALIZED)) && resolve_acronym (run, s) >= 0)
    {
      const Acronym *a = g_ptr_array_index (run->acronyms, s->acronym);

      if (g_hash_table_contains (terms, GUINT_TO_POINTER (a->phrase_term)))
        return TRUE;
      for (guint k = 0; k < a->stems->len; k++)
        if (g_hash_table_contains (terms, GINT_TO_POINTER (g_array_index (a->stems, int, k))))
          return TRUE;
    }
  return FALSE;
}
