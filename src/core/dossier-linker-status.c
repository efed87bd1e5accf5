/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-linker-private.h"

/* What became of a commitment, read from the outcome's wording near the words it shares with
 * the commitment: in "We celebrate the inaugural execution of the exercise ... and the
 * progress made by our working groups", "inaugural execution" speaks for the exercise and
 * "progress" for the working groups. A renamed or reshaped body is recognised by its new
 * proper name: the commitment described "a senior-level committee for fisheries and ocean
 * science", the outcome names "the Ocean Science and Fisheries Steering Committee". */

/* Words between a status cue and the nearest shared word at which the cue counts half:
 * governing verbs sit a few words before their object ("welcomed the recent opening of the
 * coastal rescue centre"). */
#define STATUS_PROXIMITY_WORDS 4.0f

/* A cue after every shared word rarely governs them (it starts the next thought), so it
 * counts this much. */
#define AFTER_ANCHORS_FACTOR 0.5f

/* A completion word within this many words after a future marker is a plan, not a fact:
 * "with the goal of signing the agreement next year". */
#define FUTURE_SCOPE_WORDS 3

/* Restating is what a later statement does when it reports nothing new: with no status cue at
 * all the link is "continued", and a lone weak cue far from the shared words does not outvote
 * a restatement. */
#define CONTINUED_PRIOR 0.25f

/* An explicit change word ("renamed", "replaced", "evolved into") near the shared words. */
#define CHANGED_MIN_SCORE 0.5f

/* Distance (words) in the commitment between the generic head noun ("committee") and a word
 * of the new name ("science"): close enough to describe the same body. */
#define NAME_HEAD_WINDOW 5

/* Longest topic label, in bytes; longer names fall back to their acronym or a bigram. */
#define TOPIC_MAX_BYTES 60

typedef struct
{
  LinkerRun *run;
  const Unit *source;
  const Unit *target; /* the whole target sentence: its clauses' words and terms */
  const LinkerDoc *sdoc;
  const LinkerDoc *tdoc;
  GHashTable *shared;    /* term ids shared with weight > 0 */
  GHashTable *src_terms; /* every term id of the source */
  gboolean *t_anchor;    /* per target word */
  gboolean *s_anchor;    /* per source word */
  const char **s_words;  /* folded words of the source, and their cues: read once */
  GArray *s_cues;
} Judge;

void
link_verdict_clear (LinkVerdict *verdict)
{
  g_clear_pointer (&verdict->topic, g_free);
  g_clear_pointer (&verdict->source_spans, g_array_unref);
  g_clear_pointer (&verdict->target_spans, g_array_unref);
}

static const Word *
word_at (const LinkerDoc *doc, guint i)
{
  return &g_array_index (doc->words, Word, i);
}

static const Term *
term_at (LinkerRun *run, guint id)
{
  return &g_array_index (run->terms, Term, id);
}

static gboolean *
find_anchors (Judge *j, const LinkerDoc *doc, const Unit *unit)
{
  gboolean *anchor = g_new0 (gboolean, unit->word_end - unit->word_start);

  for (guint i = unit->word_start; i < unit->word_end; i++)
    anchor[i - unit->word_start] = linker_word_has_term (j->run, word_at (doc, i), j->shared);
  return anchor;
}

/* Distance in words from [start, end) (unit-relative) to the nearest target anchor. */
static guint
anchor_distance (const Judge *j, guint start, guint end, gboolean *after_all)
{
  guint n = j->target->word_end - j->target->word_start;
  guint best = G_MAXUINT;
  gboolean any_after = FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint d;

      if (!j->t_anchor[i])
        continue;
      if (i >= start)
        any_after = TRUE;
      if (i >= start && i < end)
        d = 0;
      else
        d = i < start ? start - i : i - end + 1;
      best = MIN (best, d);
    }
  *after_all = !any_after;
  return best;
}

/* Whether @word appears in the source outside the scope of a commitment cue: then it
 * describes the thing ("the bilaterally approved plan") and is no news when the outcome
 * repeats it. */
static gboolean
source_uses_plainly (Judge *j, const char *word)
{
  guint n = j->source->word_end - j->source->word_start;
  const char **words;
  GArray *cues;

  if (!j->s_words)
    {
      j->s_words
          = linker_unit_lower_words (j->run, j->sdoc, j->source->word_start, j->source->word_end);
      j->s_cues = dossier_cues_find (j->run->cues, j->s_words, n);
    }
  words = j->s_words;
  cues = j->s_cues;

  for (guint i = 0; i < n; i++)
    {
      gboolean scoped = FALSE;

      if (strcmp (words[i], word) != 0)
        continue;
      for (guint k = 0; k < cues->len; k++)
        {
          const DossierCueMatch *m = &g_array_index (cues, DossierCueMatch, k);

          if ((m->kind == DOSSIER_CUE_COMMITMENT || m->kind == DOSSIER_CUE_FUTURE) && m->end <= i
              && i - m->end < FUTURE_SCOPE_WORDS)
            scoped = TRUE;
        }
      if (!scoped)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_instrument (LinkerRun *run, const char *lower)
{
  const char *words[] = { lower };
  g_autoptr (GArray) m = dossier_cues_find (run->cues, words, 1);

  for (guint i = 0; i < m->len; i++)
    if (g_array_index (m, DossierCueMatch, i).kind == DOSSIER_CUE_INSTRUMENT)
      return TRUE;
  return FALSE;
}

static gboolean
text_in_source (Judge *j, DossierDocument *tdoc, guint start, guint end)
{
  g_autofree char *key
      = g_strdup_printf ("%p %p %u %u", (gpointer) j->sdoc, (gpointer) tdoc, start, end);
  g_autofree char *slice = NULL;
  g_autofree char *folded = NULL;
  gpointer known;

  /* Many links test the same names against the same document. */
  if (g_hash_table_lookup_extended (j->run->known_names, key, NULL, &known))
    return GPOINTER_TO_INT (known);
  slice = dossier_document_dup_slice (tdoc, start, end);
  folded = g_utf8_casefold (slice, -1);
  known = GINT_TO_POINTER (strstr (linker_folded_text (j->run, j->sdoc->document), folded) != NULL);
  g_hash_table_insert (j->run->known_names, g_steal_pointer (&key), known);
  return GPOINTER_TO_INT (known);
}

/* Whether the source has the noun @head within NAME_HEAD_WINDOW words of a word carrying one of
 * @name_stems: it described, without the name, what the outcome names. */
static gboolean
same_noun (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la == lb)
    return strcmp (a, b) == 0;
  /* Singular and plural: "committee", "committees". */
  if (la + 1 == lb)
    return b[la] == 's' && strncmp (a, b, la) == 0;
  if (lb + 1 == la)
    return a[lb] == 's' && strncmp (a, b, lb) == 0;
  return FALSE;
}

static gboolean
source_describes (Judge *j, int head_stem, const char *head, GHashTable *name_stems)
{
  const LinkerDoc *doc = j->sdoc;

  for (guint i = j->source->word_start; i < j->source->word_end; i++)
    {
      const Surface *s = linker_surface (j->run, word_at (doc, i));

      /* The same noun, not just the same stem: "meeting" is not "meet". */
      if (s->stem != head_stem || !same_noun (s->lower, head))
        continue;
      for (guint k = (i > NAME_HEAD_WINDOW ? i - NAME_HEAD_WINDOW : 0);
           k < MIN (j->source->word_end, i + NAME_HEAD_WINDOW + 1); k++)
        if (k >= j->source->word_start && k != i
            && linker_word_has_term (j->run, word_at (doc, k), name_stems))
          return TRUE;
    }
  return FALSE;
}

/* A proper name in the target ending in an instrument noun ("... Steering Committee", or an
 * acronym whose long form does), new to the source document, sharing a word with the source
 * besides the head, whose head the source used near those words: the item was renamed or
 * reshaped. */
static gboolean
renamed (Judge *j)
{
  const LinkerDoc *doc = j->tdoc;
  LinkerRun *run = j->run;

  for (guint i = j->target->word_start; i < j->target->word_end; i++)
    {
      const Word *w = word_at (doc, i);
      const Surface *s = linker_surface (run, w);
      const Acronym *a = linker_word_acronym (run, w);
      g_autoptr (GHashTable) name_stems = NULL;
      g_autofree char *head_word = NULL;
      guint first = i;
      int head = -1;
      gboolean shares = FALSE;

      if (!(w->flags & WORD_CAPITALIZED) || (w->flags & WORD_PUNCT))
        continue;

      name_stems = g_hash_table_new (NULL, NULL);
      if (a && !(w->flags & WORD_IN_PARENS))
        {
          g_autofree char *lf = g_utf8_casefold (a->long_form, -1);
          const char *last = strrchr (lf, ' ');

          if (!is_instrument (run, last ? last + 1 : lf))
            continue;
          head_word = g_strdup (last ? last + 1 : lf);
          head = g_array_index (a->stems, int, a->stems->len - 1);
          for (guint k = 0; k + 1 < a->stems->len; k++)
            g_hash_table_add (name_stems, GINT_TO_POINTER (g_array_index (a->stems, int, k)));
          if (strstr (linker_folded_text (run, j->sdoc->document), lf))
            continue;
          {
            g_autofree char *sf = g_utf8_casefold (a->short_form, -1);

            if (strstr (linker_folded_text (run, j->sdoc->document), sf))
              continue;
          }
        }
      else
        {
          if (!is_instrument (run, s->lower) || s->stem < 0)
            continue;
          /* The name: capitalized words (and "and" between them) up to the head. */
          while (first > j->target->word_start)
            {
              const Word *p = word_at (doc, first - 1);
              const Surface *ps = linker_surface (run, p);

              if ((p->flags & WORD_CAPITALIZED) && !(p->flags & WORD_PUNCT))
                first--;
              else if ((g_str_equal (ps->lower, "and") || g_str_equal (ps->lower, "&"))
                       && first - 1 > j->target->word_start
                       && (word_at (doc, first - 2)->flags & WORD_CAPITALIZED))
                first--;
              else
                break;
            }
          if (first == i || (first + 1 == i && (word_at (doc, first)->flags & WORD_SENTENCE_START)))
            continue;
          head = s->stem;
          head_word = g_strdup (s->lower);
          for (guint k = first; k < i; k++)
            {
              int stem = linker_surface (run, word_at (doc, k))->stem;

              if (stem >= 0)
                g_hash_table_add (name_stems, GINT_TO_POINTER (stem));
            }
          /* New to the source: no tail of the name ("Coastal Patrol Framework" of
           * "U.S. Coastal Patrol Framework") occurs there. */
          {
            gboolean known = FALSE;

            for (guint k = first; k < i && !known; k++)
              known = text_in_source (j, doc->document, word_at (doc, k)->start, w->end);
            if (known)
              continue;
          }
        }

      {
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, name_stems);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          if (GPOINTER_TO_INT (key) != head && g_hash_table_contains (j->shared, key))
            shares = TRUE;
      }
      if (shares && g_hash_table_contains (j->src_terms, GINT_TO_POINTER (head))
          && source_describes (j, head, head_word, name_stems))
        return TRUE;
    }
  return FALSE;
}

static DossierLinkStatus
decide_status (Judge *j)
{
  const LinkerDoc *doc = j->tdoc;
  guint n = j->target->word_end - j->target->word_start;
  g_autofree const char **words
      = linker_unit_lower_words (j->run, doc, j->target->word_start, j->target->word_end);
  g_autoptr (GArray) cues = dossier_cues_find (j->run->cues, words, n);
  float score[DOSSIER_N_LINK_STATUSES] = { 0 };
  DossierLinkStatus best;

  if (renamed (j))
    return DOSSIER_LINK_CHANGED;

  for (guint k = 0; k < cues->len; k++)
    {
      const DossierCueMatch *m = &g_array_index (cues, DossierCueMatch, k);
      DossierLinkStatus status;
      gboolean after_all;
      guint d;
      float weight;

      switch (m->kind)
        {
        case DOSSIER_CUE_DELIVERED:
          status = DOSSIER_LINK_DELIVERED;
          break;
        case DOSSIER_CUE_PROGRESSED:
          status = DOSSIER_LINK_PROGRESSED;
          break;
        case DOSSIER_CUE_CONTINUED:
          status = DOSSIER_LINK_CONTINUED;
          break;
        case DOSSIER_CUE_CHANGED:
          status = DOSSIER_LINK_CHANGED;
          break;
        default:
          continue;
        }
      d = anchor_distance (j, m->start, m->end, &after_all);
      if (d == G_MAXUINT)
        continue;
      weight = 1.f / (1.f + d / STATUS_PROXIMITY_WORDS);
      if (after_all)
        weight *= AFTER_ANCHORS_FACTOR;

      /* "as committed to by President X" refers back to the commitment, it does not renew it. */
      if (status == DOSSIER_LINK_CONTINUED && m->end < n && g_str_equal (words[m->end], "by"))
        continue;
      if (status == DOSSIER_LINK_DELIVERED || status == DOSSIER_LINK_PROGRESSED)
        {
          gboolean planned = m->start > 0 && g_str_equal (words[m->start - 1], "to");
          gboolean restated = FALSE;

          for (guint f = 0; f < cues->len; f++)
            {
              const DossierCueMatch *fm = &g_array_index (cues, DossierCueMatch, f);

              planned |= fm->kind == DOSSIER_CUE_FUTURE && fm->end <= m->start
                         && m->start - fm->end < FUTURE_SCOPE_WORDS;
              /* "continue strengthening", "continuing to promote": an ongoing effort restated. */
              restated |= fm->kind == DOSSIER_CUE_CONTINUED && fm->end <= m->start
                          && m->start - fm->end <= 1 && fm->end > fm->start
                          && strncmp (words[fm->start], "contin", 6) == 0;
            }
          /* A word the commitment itself used as a description ("the bilaterally approved
           * plan", "advanced capabilities", "this year's evaluation") is no news. */
          if (m->end == m->start + 1 && source_uses_plainly (j, words[m->start]))
            continue;
          if (restated)
            status = DOSSIER_LINK_CONTINUED;
          else if (planned && status == DOSSIER_LINK_DELIVERED)
            status = DOSSIER_LINK_PROGRESSED;
        }
      score[status] += weight;
    }

  if (score[DOSSIER_LINK_CHANGED] >= CHANGED_MIN_SCORE)
    return DOSSIER_LINK_CHANGED;
  score[DOSSIER_LINK_CONTINUED] += CONTINUED_PRIOR;
  best = DOSSIER_LINK_CONTINUED;
  if (score[DOSSIER_LINK_PROGRESSED] > score[best])
    best = DOSSIER_LINK_PROGRESSED;
  if (score[DOSSIER_LINK_DELIVERED] > score[best])
    best = DOSSIER_LINK_DELIVERED;
  return best;
}

/* Spans of the anchor words of @unit, neighbours merged; one stop word between two anchors is
 * bridged ("science and technology"). */
static GArray *
anchor_spans (Judge *j, const LinkerDoc *doc, const Unit *unit, const gboolean *anchor)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DossierRange));
  guint n = unit->word_end - unit->word_start;

  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (doc, unit->word_start + i);
      DossierRange *last = spans->len ? &g_array_index (spans, DossierRange, spans->len - 1) : NULL;

      if (!anchor[i])
        continue;
      if (last && i >= 1
          && (anchor[i - 1]
              || (i >= 2 && anchor[i - 2]
                  && !(word_at (doc, unit->word_start + i - 1)->flags & WORD_PUNCT))))
        {
          last->end = w->end;
          continue;
        }
      g_array_append_vals (spans, &(DossierRange){ w->start, w->end }, 1);
    }
  return spans;
}

/* Where bigram (a, b) is written in @unit: the span from a to b, or FALSE. */
static gboolean
find_bigram (Judge *j, const LinkerDoc *doc, const Unit *unit, int a, int b, DossierRange *out)
{
  for (guint i = unit->word_start; i < unit->word_end; i++)
    {
      if (linker_surface (j->run, word_at (doc, i))->stem != a)
        continue;
      for (guint k = i + 1; k < MIN (unit->word_end, i + 4); k++)
        {
          const Word *w = word_at (doc, k);

          if (w->flags & WORD_PUNCT)
            break;
          if (linker_surface (j->run, w)->stem == b)
            {
              out->start = word_at (doc, i)->start;
              out->end = w->end;
              return TRUE;
            }
        }
    }
  return FALSE;
}

static char *
topic_for_term (Judge *j, guint id)
{
  LinkerRun *run = j->run;
  const Term *t = term_at (run, id);
  DossierRange r;

  switch (t->kind)
    {
    case TERM_PHRASE:
      {
        const Acronym *a = g_ptr_array_index (run->acronyms, t->a);

        return g_strdup (strlen (a->long_form) <= TOPIC_MAX_BYTES ? a->long_form : a->short_form);
      }
    case TERM_ENTITY:
      if (run->entities)
        return g_strdup (
            dossier_entity_get_name (dossier_entity_set_get_entity (run->entities, t->a)));
      return NULL;
    case TERM_BIGRAM:
      if (find_bigram (j, j->tdoc, j->target, t->a, t->b, &r))
        return dossier_document_dup_slice (j->tdoc->document, r.start, r.end);
      if (find_bigram (j, j->sdoc, j->source, t->a, t->b, &r))
        return dossier_document_dup_slice (j->sdoc->document, r.start, r.end);
      return NULL;
    case TERM_UNIGRAM:
    default:
      for (guint i = j->target->word_start; i < j->target->word_end; i++)
        {
          const Word *w = word_at (j->tdoc, i);

          if (linker_surface (run, w)->stem == (int) id)
            return g_strdup (linker_surface (run, w)->text);
        }
      return NULL;
    }
}

typedef struct
{
  guint id;
  float weight;
} RankedTerm;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const RankedTerm *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The strongest shared evidence that reads as a label, as written: a name or a two-word
 * phrase before a single word. */
static char *
choose_topic (Judge *j)
{
  LinkerRun *run = j->run;
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedTerm));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, j->shared);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const Term *t = term_at (run, GPOINTER_TO_UINT (key));
      RankedTerm r = { GPOINTER_TO_UINT (key), t->weight * (t->kind == TERM_UNIGRAM ? 1.f : 2.f) };

      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      char *topic = topic_for_term (j, g_array_index (ranked, RankedTerm, i).id);

      if (topic && strlen (topic) <= TOPIC_MAX_BYTES)
        return topic;
      g_free (topic);
    }
  return NULL;
}

static GHashTable *
term_set (LinkerRun *run, const Unit *unit, gboolean weighted_only)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < unit->n_terms; k++)
    {
      const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);

      if (!weighted_only || term_at (run, ut->term)->weight > 0.f)
        g_hash_table_add (set, GUINT_TO_POINTER (ut->term));
    }
  return set;
}

/**
 * linker_judge:
 * @target_first: first unit of the target sentence
 * @target_last: last unit of the target sentence
 *
 * Status, topic and highlights of the link from @source to the target sentence. Matching
 * picked one clause; the sentence around it is what the analyst reads, and its other clauses
 * may hold the verb that tells what happened ("welcomed the successful organization of the
 * meeting and expressed appreciation ...").
 */
void
linker_judge (LinkerRun *run, const Unit *source, guint target_first, guint target_last,
              LinkVerdict *verdict)
{
  const Unit *first = &g_array_index (run->units, Unit, target_first);
  const Unit *last = &g_array_index (run->units, Unit, target_last);
  Unit sentence = *first;
  Judge j = { run, source, &sentence, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
  GHashTable *target_terms = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  sentence.word_end = last->word_end;
  sentence.end = last->end;
  j.sdoc = g_ptr_array_index (run->docs, source->doc);
  j.tdoc = g_ptr_array_index (run->docs, first->doc);
  j.src_terms = term_set (run, source, FALSE);
  for (guint u = target_first; u <= target_last; u++)
    {
      g_autoptr (GHashTable) clause_terms
          = term_set (run, &g_array_index (run->units, Unit, u), TRUE);

      g_hash_table_iter_init (&iter, clause_terms);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (target_terms, key);
    }
  j.shared = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, target_terms);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (j.src_terms, key))
      g_hash_table_add (j.shared, key);
  g_hash_table_unref (target_terms);

  j.t_anchor = find_anchors (&j, j.tdoc, &sentence);
  j.s_anchor = find_anchors (&j, j.sdoc, source);

  verdict->status = decide_status (&j);
  verdict->topic = choose_topic (&j);
  verdict->source_spans = anchor_spans (&j, j.sdoc, source, j.s_anchor);
  verdict->target_spans = anchor_spans (&j, j.tdoc, &sentence, j.t_anchor);

  g_free (j.t_anchor);
  g_free (j.s_anchor);
  g_free (j.s_words);
  g_clear_pointer (&j.s_cues, g_array_unref);
  g_hash_table_unref (j.shared);
  g_hash_table_unref (j.src_terms);
}
