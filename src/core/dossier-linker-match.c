/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dossier-linker-private.h"

/* Weights, the inverted index and the matching of one commitment against the units of later
 * documents (see dossier-linker.c for the whole). */

/* Relative weights of the kinds of evidence. Bigrams are rarer than their words, so their idf
 * already rewards phrases; the factor keeps a shared phrase from counting twice as much as
 * its two shared words. An acronym and its long form are one thing named two ways: the
 * strongest sign of a shared topic. Entities overlap words already counted. */
#define WEIGHT_UNIGRAM 1.0f
#define WEIGHT_BIGRAM 0.7f
#define WEIGHT_PHRASE 1.2f
#define WEIGHT_ENTITY 0.6f

/* Light words ("strengthen", "establish", "launch": data/cues/lexicon.json) say what was done,
 * not to what; every statement is full of them. Shared, they are weak evidence of a shared
 * subject: a third of a content word's weight, and the same for a phrase they are part of
 * ("announce the establishment"). */
#define LIGHT_WORD_FACTOR 0.35f

/* A term in more than this share of all units says nothing about a topic (the allies' names,
 * "Alliance", the region in a corpus of alliance statements): its weight drops to 0
 * and it leaves the index. Below UBIQUITY_MIN_DF units the rule would silence any term of a
 * tiny corpus, where shared words are all there is. */
#define UBIQUITY_RATIO 0.2
#define UBIQUITY_MIN_DF 8

/* Places (countries, regions, seas) tell where a statement applies more than what it is
 * about: statements on many subjects name the same region ("across the Indo-Pacific"). */
#define PLACE_FACTOR 0.5f

/* A term in more than this share of one document's sentences is what that document is about
 * as a whole (the parties of a trilateral statement, the alliance a communique reviews), not
 * what one of its sentences reports: its weight in that document falls in proportion
 * (DOC_FRAMING_SHARE / share). Documents shorter than DOC_FRAMING_MIN_SENTENCES are left alone:
 * in a short text two mentions are already a large share. */
#define DOC_FRAMING_SHARE 0.15
#define DOC_FRAMING_MIN_SENTENCES 10

/* Length normalization is pivoted (Singhal et al. 1996): a target's norm counts for this much,
 * the mean norm for the rest. Plain cosine punishes the long sentences communiqués are made of
 * and favours short clauses that share one name; 0.7 halves both effects on the sample. */
#define PIVOT_SLOPE 0.7

/* Score below which a passage is not even looked at twice. */
#define CANDIDATE_MIN_SCORE 0.12

/* Score from which a passage reports on a commitment. On the development sets (the bundled
 * sample and two trilateral sets, see tests/data/labels/), 0.16-0.18 separates reports and
 * restatements from passages that merely share the subject area, with light words, places
 * and framing terms weighed down (best F1 on all three in that range); the middle is taken. */
#define LINK_MIN_SCORE 0.17

/* A second passage of the same later document is kept when it scores at least this share of
 * the best one: both halves of a report, not an echo of the same words elsewhere. */
#define SAME_DOC_RATIO 0.75

/* A passage of another later document is kept when it scores at least this share of the
 * commitment's best passage anywhere: a commitment restated word for word in the communiqué
 * is not also reported by whatever sentence of the fact sheet shares two of its words. */
#define CROSS_DOC_RATIO 0.3

/* Passages per commitment and later document, and per commitment overall: an analyst reads
 * the strongest reports, not every restatement across ten meetings. */
#define MAX_TARGETS_PER_DOC 2
#define MAX_TARGETS_PER_COMMITMENT 8

/* Passages that neither commit nor report (background, descriptions) may still report on a
 * commitment, but a statement that does is preferred. */
#define NON_STATEMENT_FACTOR 0.85

/* Terms in more units than this are left out of the index: walking their long postings for
 * every commitment would make linking quadratic in the corpus size. Their (small) share of a
 * score is added afterwards for the passages the rarer terms found. The share of units keeps
 * the cut-off growing with the corpus; the floor keeps small corpora exact. */
#define COMMON_RATIO 0.005
#define COMMON_MIN_DF 200

/* Passages per commitment that are scored in full: those that rank best on the terms with
 * short postings. A commitment has at most MAX_TARGETS_PER_COMMITMENT links; the margin covers
 * passages that the deferred terms lift past others. */
#define RERANK_CANDIDATES 64

/* A term whose postings in the later documents are longer than this is deferred (see
 * match_commitment()): in a corpus of look-alike statements even fairly rare words occur in
 * thousands of sentences, and walking them for every commitment would grow with the square
 * of the corpus. */
#define LONG_POSTINGS 2048

/* A link needs at least this many shared content terms (words or names; the places two
 * sentences name count as one, light words not at all), so that one shared rare word, a
 * country named in both ("the DPRK", spelled out or not) or "strengthen and expand" is never
 * enough. */
#define MIN_SHARED_TERMS 2

static gboolean
is_light (LinkerRun *run, const Term *term)
{
  if (term->kind == TERM_UNIGRAM)
    return term->light;
  if (term->kind == TERM_BIGRAM)
    return g_array_index (run->terms, Term, term->a).light
           || g_array_index (run->terms, Term, term->b).light;
  return FALSE;
}

static float
kind_weight (TermKind kind)
{
  switch (kind)
    {
    case TERM_BIGRAM:
      return WEIGHT_BIGRAM;
    case TERM_PHRASE:
      return WEIGHT_PHRASE;
    case TERM_ENTITY:
      return WEIGHT_ENTITY;
    case TERM_UNIGRAM:
    default:
      return WEIGHT_UNIGRAM;
    }
}

/* Factor of each term in each document: below 1 for the terms that frame the document (see
 * DOC_FRAMING_SHARE). Applied to the unit term weights, which still hold the counts. */
static void
apply_document_framing (LinkerRun *run)
{
  guint n_terms = run->terms->len;
  g_autofree guint *df = g_new0 (guint, n_terms);
  g_autofree guint *last = g_new (guint, n_terms);
  g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));

  memset (last, 0xff, sizeof (guint) * n_terms);
  for (guint d = 0; d < run->docs->len; d++)
    {
      const LinkerDoc *doc = g_ptr_array_index (run->docs, d);
      guint n_sentences = 0, prev_sentence = G_MAXUINT;

      g_array_set_size (seen, 0);
      for (guint u = doc->first_unit; u < doc->first_unit + doc->n_units; u++)
        {
          const Unit *unit = &g_array_index (run->units, Unit, u);

          if (unit->sentence != prev_sentence)
            n_sentences++;
          prev_sentence = unit->sentence;
          for (guint k = 0; k < unit->n_terms; k++)
            {
              guint t = g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k).term;

              if (last[t] == unit->sentence)
                continue;
              if (df[t] == 0)
                g_array_append_val (seen, t);
              last[t] = unit->sentence;
              df[t]++;
            }
        }
      if (n_sentences >= DOC_FRAMING_MIN_SENTENCES)
        for (guint u = doc->first_unit; u < doc->first_unit + doc->n_units; u++)
          {
            const Unit *unit = &g_array_index (run->units, Unit, u);

            for (guint k = 0; k < unit->n_terms; k++)
              {
                UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);
                double share = (double) df[ut->term] / n_sentences;

                if (share > DOC_FRAMING_SHARE)
                  ut->factor *= (float) (DOC_FRAMING_SHARE / share);
              }
          }
      for (guint i = 0; i < seen->len; i++)
        df[g_array_index (seen, guint, i)] = 0;
    }
}

void
linker_compute_weights (LinkerRun *run)
{
  guint n_units = run->units->len;
  double ubiquity = MAX (UBIQUITY_RATIO * n_units, UBIQUITY_MIN_DF);

  for (guint i = 0; i < run->unit_terms->len; i++)
    g_array_index (run->terms, Term, g_array_index (run->unit_terms, UnitTerm, i).term).df++;
  run->common_df = MAX (COMMON_MIN_DF, (guint) (COMMON_RATIO * n_units));
  apply_document_framing (run);
  for (guint t = 0; t < run->terms->len; t++)
    {
      Term *term = &g_array_index (run->terms, Term, t);
      double idf = log (1.0 + (n_units - term->df + 0.5) / (term->df + 0.5));

      term->weight = term->df > ubiquity ? 0.f : (float) idf * kind_weight (term->kind);
      if (is_light (run, term))
        term->weight *= LIGHT_WORD_FACTOR;
      if (term->place)
        term->weight *= PLACE_FACTOR;
    }
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = &g_array_index (run->units, Unit, u);
      double norm = 0.0;

      for (guint k = 0; k < unit->n_terms; k++)
        {
          UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);
          float w = g_array_index (run->terms, Term, ut->term).weight * (1.f + logf (ut->weight))
                    * ut->factor;

          ut->weight = w;
          norm += (double) w * w;
        }
      unit->norm = (float) sqrt (norm);
    }

  {
    double sum = 0.0;
    guint n = 0;

    for (guint u = 0; u < n_units; u++)
      if (g_array_index (run->units, Unit, u).target)
        {
          sum += g_array_index (run->units, Unit, u).norm;
          n++;
        }
    run->mean_norm = n ? sum / n : 1.0;
  }

  /* The norm of each cut sentence as a whole: the sum of its clauses' vectors. */
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = &g_array_index (run->units, Unit, u);
      g_autoptr (GHashTable) sum = NULL;
      GHashTableIter iter;
      gpointer value;
      double norm = 0.0;

      if (unit->sentence_units == 1)
        {
          unit->sentence_norm = unit->norm;
          continue;
        }
      if (u != unit->sentence_first)
        {
          unit->sentence_norm
              = g_array_index (run->units, Unit, unit->sentence_first).sentence_norm;
          continue;
        }
      sum = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      for (guint c = u; c < u + unit->sentence_units; c++)
        {
          const Unit *clause = &g_array_index (run->units, Unit, c);

          for (guint k = 0; k < clause->n_terms; k++)
            {
              const UnitTerm *ut
                  = &g_array_index (run->unit_terms, UnitTerm, clause->term_offset + k);
              float *w = g_hash_table_lookup (sum, GUINT_TO_POINTER (ut->term));

              if (!w)
                {
                  w = g_new0 (float, 1);
                  g_hash_table_insert (sum, GUINT_TO_POINTER (ut->term), w);
                }
              *w += ut->weight;
            }
        }
      g_hash_table_iter_init (&iter, sum);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        norm += (double) *(float *) value * *(float *) value;
      unit->sentence_norm = (float) sqrt (norm);
    }
}

static gboolean
is_common (LinkerRun *run, guint term)
{
  return g_array_index (run->terms, Term, term).df > run->common_df;
}

void
linker_index_build (LinkerRun *run, LinkerIndex *index)
{
  guint n_terms = run->terms->len;
  guint *fill;

  index->offsets = g_new0 (guint, n_terms + 1);
  for (guint u = 0; u < run->units->len; u++)
    {
      const Unit *unit = &g_array_index (run->units, Unit, u);

      if (!unit->target)
        continue;
      for (guint k = 0; k < unit->n_terms; k++)
        {
          const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);

          if (ut->weight > 0.f && !is_common (run, ut->term))
            index->offsets[ut->term + 1]++;
        }
    }
  for (guint t = 0; t < n_terms; t++)
    index->offsets[t + 1] += index->offsets[t];
  index->postings = g_new (LinkerPosting, index->offsets[n_terms] + 1);
  fill = g_memdup2 (index->offsets, sizeof (guint) * (n_terms + 1));
  for (guint u = 0; u < run->units->len; u++)
    {
      const Unit *unit = &g_array_index (run->units, Unit, u);

      if (!unit->target)
        continue;
      for (guint k = 0; k < unit->n_terms; k++)
        {
          const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);

          if (ut->weight > 0.f && !is_common (run, ut->term))
            index->postings[fill[ut->term]++] = (LinkerPosting){ u, ut->weight };
        }
    }
  g_free (fill);
}

void
linker_index_clear (LinkerIndex *index)
{
  g_clear_pointer (&index->offsets, g_free);
  g_clear_pointer (&index->postings, g_free);
}

int
linker_compare_candidates (gconstpointer a, gconstpointer b)
{
  const LinkerCandidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

static gboolean
unit_has_weighted_term (LinkerRun *run, const Unit *unit, int term)
{
  const UnitTerm *x = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset);
  guint lo = 0, hi = unit->n_terms;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (x[mid].term < (guint) term)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < unit->n_terms && x[lo].term == (guint) term && x[lo].weight > 0.f;
}

/* Shared content terms (words and names, weighted) of two units, light words left out and all
 * the places they share counted as one: the names of countries, their acronyms ("DPRK") and
 * the words of the long forms those stand for. Both term lists are sorted. */
static guint
count_shared (LinkerRun *run, const Unit *a, const Unit *b)
{
  const UnitTerm *x = &g_array_index (run->unit_terms, UnitTerm, a->term_offset);
  const UnitTerm *y = &g_array_index (run->unit_terms, UnitTerm, b->term_offset);
  guint i = 0, k = 0, n = 0, n_place_words = 0;
  gboolean any_place = FALSE;
  int place_words[16];

  while (i < a->n_terms && k < b->n_terms)
    {
      if (x[i].term < y[k].term)
        i++;
      else if (x[i].term > y[k].term)
        k++;
      else
        {
          const Term *term = &g_array_index (run->terms, Term, x[i].term);

          if (x[i].weight > 0.f
              && (term->kind == TERM_UNIGRAM || term->kind == TERM_PHRASE
                  || term->kind == TERM_ENTITY))
            {
              if (term->place)
                any_place = TRUE;
              else if (!term->light)
                n++;
            }
          if (term->kind == TERM_PHRASE && term->place)
            {
              const Acronym *acronym = g_ptr_array_index (run->acronyms, term->a);

              for (guint s = 0; s < acronym->stems->len; s++)
                {
                  int stem = g_array_index (acronym->stems, int, s);
                  gboolean known = FALSE;

                  for (guint p = 0; p < n_place_words; p++)
                    known |= place_words[p] == stem;
                  if (!known && n_place_words < G_N_ELEMENTS (place_words))
                    place_words[n_place_words++] = stem;
                }
            }
          i++;
          k++;
        }
    }
  /* The words of a shared country name counted above are taken back; term ids are sorted, so
   * the phrase (interned with the acronym) may come after its words. */
  for (guint p = 0; p < n_place_words; p++)
    {
      const Term *word = &g_array_index (run->terms, Term, place_words[p]);

      if (!word->place && !word->light && n > 0 && unit_has_weighted_term (run, a, place_words[p])
          && unit_has_weighted_term (run, b, place_words[p]))
        n--;
    }
  return n + (any_place ? 1 : 0);
}

static double
pivoted (LinkerRun *run, double norm)
{
  return (1.0 - PIVOT_SLOPE) * run->mean_norm + PIVOT_SLOPE * norm;
}

/* Moves the @k best candidates of @c (by score) to its front, in no particular order. */
static void
select_best (LinkerCandidate *c, guint n, guint k)
{
  guint lo = 0, hi = n;

  while (hi - lo > 1 && k > lo && k < hi)
    {
      double pivot = c[lo + (hi - lo) / 2].score;
      guint i = lo, j = hi - 1;

      while (i <= j)
        {
          while (c[i].score > pivot)
            i++;
          while (c[j].score < pivot)
            j--;
          if (i <= j)
            {
              LinkerCandidate t = c[i];

              c[i] = c[j];
              c[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        hi = j + 1;
      else if (k >= i)
        lo = i;
      else
        break;
    }
}

/* The dot product of @src and @tgt over the source terms flagged in @deferred. */
static double
deferred_dot (LinkerRun *run, const Unit *src, const gboolean *deferred, const Unit *tgt)
{
  const UnitTerm *x = &g_array_index (run->unit_terms, UnitTerm, src->term_offset);
  const UnitTerm *y = &g_array_index (run->unit_terms, UnitTerm, tgt->term_offset);
  guint i = 0, k = 0;
  double dot = 0.0;

  while (i < src->n_terms && k < tgt->n_terms)
    {
      if (x[i].term < y[k].term)
        i++;
      else if (x[i].term > y[k].term)
        k++;
      else
        {
          if (deferred[i])
            dot += (double) x[i].weight * y[k].weight;
          i++;
          k++;
        }
    }
  return dot;
}

/* The passages of later documents that may report on commitment @src, with their scores.
 * Term at a time over the index; terms whose postings are long (common ones, or any in a
 * large corpus of look-alike statements) are deferred: their share is added only for the
 * passages that rank best on the others. */
GArray *
linker_match (LinkerRun *run, const LinkerIndex *index, const Unit *src, guint first_later,
              float *acc, GArray *touched)
{
  g_autoptr (GArray) cands = g_array_new (FALSE, FALSE, sizeof (LinkerCandidate));
  g_autoptr (GArray) considered = g_array_new (FALSE, FALSE, sizeof (LinkerCandidate));
  g_autofree gboolean *deferred = g_new0 (gboolean, src->n_terms + 1);
  gboolean any_deferred = FALSE;

  g_array_set_size (touched, 0);
  for (guint k = 0; k < src->n_terms; k++)
    {
      const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, src->term_offset + k);
      guint lo = index->offsets[ut->term], hi = index->offsets[ut->term + 1];

      if (ut->weight <= 0.f)
        continue;
      /* LinkerPostings are by unit index, units by document date: skip to the later documents. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (index->postings[mid].unit < first_later)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (is_common (run, ut->term) || index->offsets[ut->term + 1] - lo > LONG_POSTINGS)
        {
          deferred[k] = any_deferred = TRUE;
          continue;
        }
      for (guint p = lo; p < index->offsets[ut->term + 1]; p++)
        {
          const LinkerPosting *post = &index->postings[p];

          if (acc[post->unit] == 0.f)
            g_array_append_val (touched, post->unit);
          acc[post->unit] += ut->weight * post->weight;
        }
    }

  for (guint i = 0; i < touched->len; i++)
    {
      guint t = g_array_index (touched, guint, i);

      g_array_append_vals (
          considered,
          &(LinkerCandidate){ t, acc[t] / pivoted (run, g_array_index (run->units, Unit, t).norm) },
          1);
    }
  if (considered->len > RERANK_CANDIDATES)
    {
      select_best ((LinkerCandidate *) (gpointer) considered->data, considered->len,
                   RERANK_CANDIDATES);
      g_array_set_size (considered, RERANK_CANDIDATES);
    }
  if (any_deferred)
    for (guint i = 0; i < considered->len; i++)
      {
        guint t = g_array_index (considered, LinkerCandidate, i).unit;

        acc[t] += (float) deferred_dot (run, src, deferred, &g_array_index (run->units, Unit, t));
      }

  for (guint i = 0; i < considered->len; i++)
    {
      LinkerCandidate *c = &g_array_index (considered, LinkerCandidate, i);
      const Unit *tgt = &g_array_index (run->units, Unit, c->unit);
      double score = acc[c->unit] / ((double) src->norm * pivoted (run, tgt->norm));

      /* A report may be one clause or item of a sentence, or spread over its clauses: the
       * better of the clause and the whole sentence. */
      if (tgt->sentence_units > 1)
        {
          double dot = 0.0;

          for (guint u = tgt->sentence_first; u < tgt->sentence_first + tgt->sentence_units; u++)
            dot += acc[u];
          score = MAX (score, dot / ((double) src->norm * pivoted (run, tgt->sentence_norm)));
        }
      c->score = score;
    }
  for (guint i = 0; i < touched->len; i++)
    acc[g_array_index (touched, guint, i)] = 0.f;

  for (guint i = 0; i < considered->len; i++)
    {
      guint t = g_array_index (considered, LinkerCandidate, i).unit;
      const Unit *tgt = &g_array_index (run->units, Unit, t);
      double score = g_array_index (considered, LinkerCandidate, i).score;

      if (score < CANDIDATE_MIN_SCORE)
        continue;
      if (tgt->kind == DOSSIER_STATEMENT_NONE)
        score *= NON_STATEMENT_FACTOR;
      if (score < LINK_MIN_SCORE || count_shared (run, src, tgt) < MIN_SHARED_TERMS)
        continue;
      g_array_append_vals (cands, &(LinkerCandidate){ t, MIN (score, 1.0) }, 1);
    }
  return g_steal_pointer (&cands);
}

/* Per later document: the best passage of @cands (sorted, best first), and a runner-up from
 * another sentence when nearly as good. */
GArray *
linker_select (LinkerRun *run, GArray *cands)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (LinkerCandidate));

  for (guint i = 0; i < cands->len && chosen->len < MAX_TARGETS_PER_COMMITMENT; i++)
    {
      const LinkerCandidate *c = &g_array_index (cands, LinkerCandidate, i);
      const Unit *tgt = &g_array_index (run->units, Unit, c->unit);
      guint in_doc = 0;
      double best_in_doc = 0.0;
      gboolean same_sentence = FALSE;

      for (guint k = 0; k < chosen->len; k++)
        {
          const LinkerCandidate *o = &g_array_index (chosen, LinkerCandidate, k);
          const Unit *ou = &g_array_index (run->units, Unit, o->unit);

          if (ou->doc != tgt->doc)
            continue;
          in_doc++;
          best_in_doc = MAX (best_in_doc, o->score);
          same_sentence |= ou->sentence == tgt->sentence;
        }
      if (same_sentence || in_doc >= MAX_TARGETS_PER_DOC
          || (in_doc > 0 && c->score < SAME_DOC_RATIO * best_in_doc)
          || c->score < CROSS_DOC_RATIO * g_array_index (cands, LinkerCandidate, 0).score)
        continue;
      g_array_append_val (chosen, *c);
    }
  return chosen;
}
