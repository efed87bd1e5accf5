/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-linker-private.h"
#include "dossier-segment.h"

/* The linker in four steps:
 * 1. Units: every sentence of every document, cut into clauses where one sentence carries
 *    several predicates; each classified as commitment and/or outcome by the cue lists.
 * 2. Terms and weights: stems, bigrams, acronym/name phrase terms and entities
 *    (dossier-linker-terms.c), weighted by the BM25 inverse document frequency over all units
 *    of the corpus, so that what every sentence mentions (the allies, "Alliance") counts for
 *    little and rare shared names for much.
 * 3. Matching: an inverted index from terms to the units of later documents; each commitment
 *    accumulates dot products only with units sharing a weighted term, and the cosine decides.
 * 4. Selection: for each later document the best passage above a threshold, and a second one
 *    when it is nearly as good (the communiqué and the fact sheet each report on it, or one
 *    report spreads over two sentences); then status, topic and highlights
 *    (dossier-linker-status.c). */

/* Relative weights of the kinds of evidence. Bigrams are rarer than their words, so their idf
 * already rewards phrases; the factor keeps a shared phrase from counting twice as much as
 * its two shared words. An acronym and its long form are one thing named two ways: the
 * strongest sign of a shared topic. Entities overlap words already counted. */
#define WEIGHT_UNIGRAM 1.0f
#define WEIGHT_BIGRAM 0.7f
#define WEIGHT_PHRASE 1.2f
#define WEIGHT_ENTITY 0.6f

/* A term in more than this share of all units says nothing about a topic (the two countries,
 * "Alliance", "Korean Peninsula" in a corpus of alliance statements): its weight drops to 0
 * and it leaves the index. Below UBIQUITY_MIN_DF units the rule would silence any term of a
 * tiny corpus, where shared words are all there is. */
#define UBIQUITY_RATIO 0.2
#define UBIQUITY_MIN_DF 8

/* Fewer content words than this is a heading, a dateline or a fragment: not a statement. */
#define MIN_UNIT_WORDS 3

/* Length normalization is pivoted (Singhal et al. 1996): a target's norm counts for this much,
 * the mean norm for the rest. Plain cosine punishes the long sentences communiqués are made of
 * and favours short clauses that share one name; 0.7 halves both effects on the sample. */
#define PIVOT_SLOPE 0.7

/* Score below which a passage is not even looked at twice. */
#define CANDIDATE_MIN_SCORE 0.12

/* Score from which a passage reports on a commitment. On the bundled sample and the Camp David
 * statements, 0.18-0.22 separates reports and restatements from passages that merely share
 * the subject area (best F1 in that range on both); the middle is taken. */
#define LINK_MIN_SCORE 0.19

/* A second passage of the same later document is kept when it scores at least this share of
 * the best one: both halves of a report, not an echo of the same words elsewhere. */
#define SAME_DOC_RATIO 0.75

/* A passage of another later document is kept when it scores at least this share of the
 * commitment's best passage anywhere: a commitment restated word for word in the communiqué
 * is not also reported by whatever sentence of the fact sheet shares two of its words. */
#define CROSS_DOC_RATIO 0.3

/* A passage that reports on another commitment at least twice as well is that commitment's
 * report, not this one's: it shares the subject, not the substance. Below the ratio the link
 * is dropped. */
#define TARGET_RATIO 0.5

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

/* A link needs at least this many shared content terms (words or names), so that one shared
 * rare word ("Japan" in a bilateral corpus) is never enough. */
#define MIN_SHARED_TERMS 2

/* How often the matching loop checks for cancellation. */
#define CANCEL_CHECK_INTERVAL 256

int linker_debug; /* TEMPDEBUG */

struct _DossierLinker
{
  GObject parent_instance;

  DossierEntitySet *entities;
  GListStore *links;
  GListStore *commitments;
  GListStore *unmatched;
  guint n_units;
};

G_DEFINE_FINAL_TYPE (DossierLinker, dossier_linker, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ENTITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_linker_finalize (GObject *object)
{
  DossierLinker *self = DOSSIER_LINKER (object);

  g_clear_object (&self->entities);
  g_clear_object (&self->links);
  g_clear_object (&self->commitments);
  g_clear_object (&self->unmatched);
  G_OBJECT_CLASS (dossier_linker_parent_class)->finalize (object);
}

static void
dossier_linker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierLinker *self = DOSSIER_LINKER (object);

  switch (prop_id)
    {
    case PROP_ENTITIES:
      g_value_set_object (value, self->entities);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_linker_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierLinker *self = DOSSIER_LINKER (object);

  switch (prop_id)
    {
    case PROP_ENTITIES:
      dossier_linker_set_entities (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_linker_class_init (DossierLinkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_linker_finalize;
  object_class->get_property = dossier_linker_get_property;
  object_class->set_property = dossier_linker_set_property;

  properties[PROP_ENTITIES] = g_param_spec_object ("entities", NULL, NULL, DOSSIER_TYPE_ENTITY_SET,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                       | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_linker_init (DossierLinker *self)
{
  self->links = g_list_store_new (DOSSIER_TYPE_LINK);
  self->commitments = g_list_store_new (DOSSIER_TYPE_STATEMENT);
  self->unmatched = g_list_store_new (DOSSIER_TYPE_STATEMENT);
}

/**
 * dossier_linker_new:
 *
 * Returns: (transfer full): a linker with no results
 */
DossierLinker *
dossier_linker_new (void)
{
  return g_object_new (DOSSIER_TYPE_LINKER, NULL);
}

/**
 * dossier_linker_set_entities:
 * @entities: (nullable): the corpus's entities, for alias-aware matching
 *
 * Without entities the linker still resolves acronyms it finds defined in the texts.
 */
void
dossier_linker_set_entities (DossierLinker *self, DossierEntitySet *entities)
{
  g_return_if_fail (DOSSIER_IS_LINKER (self));
  g_return_if_fail (!entities || DOSSIER_IS_ENTITY_SET (entities));

  if (g_set_object (&self->entities, entities))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITIES]);
}

/**
 * dossier_linker_get_entities:
 *
 * Returns: (transfer none) (nullable): the entities used for matching
 */
DossierEntitySet *
dossier_linker_get_entities (DossierLinker *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINKER (self), NULL);
  return self->entities;
}

/**
 * dossier_linker_get_links:
 *
 * Returns: (transfer none): a #GListModel of #DossierLink, grouped by commitment (earlier
 *   document first, text order), each commitment's links by later document, best first
 */
GListModel *
dossier_linker_get_links (DossierLinker *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINKER (self), NULL);
  return G_LIST_MODEL (self->links);
}

/**
 * dossier_linker_get_commitments:
 *
 * Every commitment of a document that has later documents, matched or not, in the same order
 * as the links; each holds its own links (dossier_statement_get_links()).
 *
 * Returns: (transfer none): a #GListModel of #DossierStatement
 */
GListModel *
dossier_linker_get_commitments (DossierLinker *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINKER (self), NULL);
  return G_LIST_MODEL (self->commitments);
}

/**
 * dossier_linker_get_unmatched:
 *
 * Returns: (transfer none): a #GListModel of the #DossierStatement commitments no later
 *   document reports on
 */
GListModel *
dossier_linker_get_unmatched (DossierLinker *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINKER (self), NULL);
  return G_LIST_MODEL (self->unmatched);
}

/**
 * dossier_linker_get_n_units:
 *
 * Returns: the number of sentences and clauses the last run indexed
 */
guint
dossier_linker_get_n_units (DossierLinker *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINKER (self), 0);
  return self->n_units;
}

static int
compare_by_date (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const char *x = dossier_document_get_date (*(DossierDocument *const *) a);
  const char *y = dossier_document_get_date (*(DossierDocument *const *) b);

  /* Undated documents after dated ones; ISO dates compare as strings. */
  if (!x || !y)
    return (x == NULL) - (y == NULL);
  return strcmp (x, y);
}

/* Documents by date (stable: opening order among equals). Documents of one date share a rank
 * and are never linked to each other; an undated document gets a rank of its own after all
 * dated ones, in opening order. */
static void
add_documents (LinkerRun *run, GPtrArray *documents)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_sized_new (documents->len);
  guint rank = 0;

  /* Not g_ptr_array_copy(): it would inherit the caller's free function. */
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (documents, i));

  g_qsort_with_data (sorted->pdata, sorted->len, sizeof (gpointer), compare_by_date, NULL);
  for (guint i = 0; i < sorted->len; i++)
    {
      LinkerDoc *doc = g_new0 (LinkerDoc, 1);
      DossierDocument *prev = i ? g_ptr_array_index (sorted, i - 1) : NULL;
      const char *date;

      doc->document = g_ptr_array_index (sorted, i);
      date = dossier_document_get_date (doc->document);
      if (prev && !(date && g_strcmp0 (date, dossier_document_get_date (prev)) == 0))
        rank++;
      doc->rank = rank;
      g_ptr_array_add (run->docs, doc);
      g_hash_table_insert (run->doc_index, doc->document, GUINT_TO_POINTER (i + 1));
    }
}

static guint
count_content_words (LinkerRun *run, const LinkerDoc *doc, guint start, guint end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    if (linker_surface (run, &g_array_index (doc->words, Word, i))->stem >= 0)
      n++;
  return n;
}

/* Units of @doc: its sentences outside headings, cut into clauses. */
static void
add_units (LinkerRun *run, guint doc_id, GArray *sentences, guint *sentence_counter)
{
  LinkerDoc *doc = g_ptr_array_index (run->docs, doc_id);
  guint w = 0;

  doc->first_unit = run->units->len;
  for (guint s = 0; s < sentences->len; s++)
    {
      const DossierSentence *sent = &g_array_index (sentences, DossierSentence, s);
      const DossierBlock *block = dossier_document_find_block (doc->document, sent->start);
      g_autofree const char **words = NULL;
      g_autoptr (GArray) clauses = NULL;
      guint ws, we, first_of_sentence, sentence_id = (*sentence_counter)++;
      guint head_kind = DOSSIER_STATEMENT_NONE;

      while (w < doc->words->len && g_array_index (doc->words, Word, w).start < sent->start)
        w++;
      ws = w;
      while (w < doc->words->len && g_array_index (doc->words, Word, w).end <= sent->end)
        w++;
      we = w;
      if (we == ws || (block && block->kind == DOSSIER_BLOCK_HEADING))
        continue;

      words = linker_unit_lower_words (run, doc, ws, we);
      clauses = dossier_statement_split_clauses (run->cues, words, we - ws);
      first_of_sentence = run->units->len;
      for (guint c = 0; c < clauses->len; c++)
        {
          const DossierClause *clause = &g_array_index (clauses, DossierClause, c);
          Unit unit = { 0 };
          guint cs = ws + clause->start, ce = ws + clause->end;

          /* No unit starts or ends on punctuation, except the sentence's own full stop. */
          while (cs < ce && (g_array_index (doc->words, Word, cs).flags & WORD_PUNCT))
            cs++;
          if (cs == ce)
            continue;
          unit.doc = doc_id;
          unit.sentence = sentence_id;
          unit.word_start = cs;
          unit.word_end = ce;
          unit.start = g_array_index (doc->words, Word, cs).start;
          unit.end = g_array_index (doc->words, Word, ce - 1).end;
          unit.kind = dossier_statement_classify (run->cues, words + (cs - ws), ce - cs);
          /* An item of an enumeration is said by the clause that opens the list. */
          if (clause->item)
            unit.kind |= head_kind;
          else
            head_kind = unit.kind;
          unit.target = count_content_words (run, doc, cs, ce) >= MIN_UNIT_WORDS;
          g_array_append_val (run->units, unit);
          if (linker_debug > 1) /* TEMPDEBUG */
            {
              g_autofree char *t = dossier_document_dup_slice (doc->document, unit.start, unit.end);
              g_printerr ("UNIT d%u s%u k%u%s %s\n", doc_id, sentence_id, unit.kind, clause->item ? " item" : "", t);
            }
        }
      for (guint u = first_of_sentence; u < run->units->len; u++)
        {
          g_array_index (run->units, Unit, u).sentence_first = first_of_sentence;
          g_array_index (run->units, Unit, u).sentence_units = run->units->len - first_of_sentence;
        }
    }
  doc->n_units = run->units->len - doc->first_unit;
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

static void
compute_weights (LinkerRun *run)
{
  guint n_units = run->units->len;
  double ubiquity = MAX (UBIQUITY_RATIO * n_units, UBIQUITY_MIN_DF);

  for (guint i = 0; i < run->unit_terms->len; i++)
    g_array_index (run->terms, Term, g_array_index (run->unit_terms, UnitTerm, i).term).df++;
  run->common_df = MAX (COMMON_MIN_DF, (guint) (COMMON_RATIO * n_units));
  for (guint t = 0; t < run->terms->len; t++)
    {
      Term *term = &g_array_index (run->terms, Term, t);
      double idf = log (1.0 + (n_units - term->df + 0.5) / (term->df + 0.5));

      term->weight = term->df > ubiquity ? 0.f : (float) idf * kind_weight (term->kind);
      run->has_common |= term->weight > 0.f && term->df > run->common_df;
    }
  for (guint u = 0; u < n_units; u++)
    {
      Unit *unit = &g_array_index (run->units, Unit, u);
      double norm = 0.0;

      for (guint k = 0; k < unit->n_terms; k++)
        {
          UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, unit->term_offset + k);
          float w = g_array_index (run->terms, Term, ut->term).weight * (1.f + logf (ut->weight));

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
          unit->sentence_norm = g_array_index (run->units, Unit, unit->sentence_first).sentence_norm;
          continue;
        }
      sum = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      for (guint c = u; c < u + unit->sentence_units; c++)
        {
          const Unit *clause = &g_array_index (run->units, Unit, c);

          for (guint k = 0; k < clause->n_terms; k++)
            {
              const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, clause->term_offset + k);
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

typedef struct
{
  guint unit;
  float weight;
} Posting;

typedef struct
{
  guint *offsets;    /* per term: first posting; offsets[n_terms] = total */
  Posting *postings; /* target units by index, so by document date */
} Index;

static gboolean
is_common (LinkerRun *run, guint term)
{
  return g_array_index (run->terms, Term, term).df > run->common_df;
}

static void
build_index (LinkerRun *run, Index *index)
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
  index->postings = g_new (Posting, index->offsets[n_terms] + 1);
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
            index->postings[fill[ut->term]++] = (Posting){ u, ut->weight };
        }
    }
  g_free (fill);
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->offsets, g_free);
  g_clear_pointer (&index->postings, g_free);
}

typedef struct
{
  guint unit;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

/* Shared content terms (words and names, weighted) of two units: both term lists are sorted. */
static guint
count_shared (LinkerRun *run, const Unit *a, const Unit *b)
{
  const UnitTerm *x = &g_array_index (run->unit_terms, UnitTerm, a->term_offset);
  const UnitTerm *y = &g_array_index (run->unit_terms, UnitTerm, b->term_offset);
  guint i = 0, k = 0, n = 0;

  while (i < a->n_terms && k < b->n_terms)
    {
      if (x[i].term < y[k].term)
        i++;
      else if (x[i].term > y[k].term)
        k++;
      else
        {
          TermKind kind = g_array_index (run->terms, Term, x[i].term).kind;

          if (x[i].weight > 0.f && (kind == TERM_UNIGRAM || kind == TERM_PHRASE || kind == TERM_ENTITY))
            n++;
          i++;
          k++;
        }
    }
  return n;
}

static double
pivoted (LinkerRun *run, double norm)
{
  return (1.0 - PIVOT_SLOPE) * run->mean_norm + PIVOT_SLOPE * norm;
}

/* Moves the @k best candidates of @c (by score) to its front, in no particular order. */
static void
select_best (Candidate *c, guint n, guint k)
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
              Candidate t = c[i];

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
static GArray *
match_commitment (LinkerRun *run, const Index *index, const Unit *src, guint first_later, float *acc, GArray *touched)
{
  g_autoptr (GArray) cands = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GArray) considered = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree gboolean *deferred = g_new0 (gboolean, src->n_terms + 1);
  gboolean any_deferred = FALSE;

  g_array_set_size (touched, 0);
  for (guint k = 0; k < src->n_terms; k++)
    {
      const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, src->term_offset + k);
      guint lo = index->offsets[ut->term], hi = index->offsets[ut->term + 1];

      if (ut->weight <= 0.f)
        continue;
      /* Postings are by unit index, units by document date: skip to the later documents. */
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
          const Posting *post = &index->postings[p];

          if (acc[post->unit] == 0.f)
            g_array_append_val (touched, post->unit);
          acc[post->unit] += ut->weight * post->weight;
        }
    }

  for (guint i = 0; i < touched->len; i++)
    {
      guint t = g_array_index (touched, guint, i);

      g_array_append_vals (considered, &(Candidate){ t, acc[t] / pivoted (run, g_array_index (run->units, Unit, t).norm) }, 1);
    }
  if (considered->len > RERANK_CANDIDATES)
    {
      select_best ((Candidate *) (gpointer) considered->data, considered->len, RERANK_CANDIDATES);
      g_array_set_size (considered, RERANK_CANDIDATES);
    }
  if (any_deferred)
    for (guint i = 0; i < considered->len; i++)
      {
        guint t = g_array_index (considered, Candidate, i).unit;

        acc[t] += (float) deferred_dot (run, src, deferred, &g_array_index (run->units, Unit, t));
      }

  for (guint i = 0; i < considered->len; i++)
    {
      Candidate *c = &g_array_index (considered, Candidate, i);
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
      guint t = g_array_index (considered, Candidate, i).unit;
      const Unit *tgt = &g_array_index (run->units, Unit, t);
      double score = g_array_index (considered, Candidate, i).score;

      if (linker_debug > 0 && score >= 0.08) /* TEMPDEBUG */
        {
          const LinkerDoc *sd = g_ptr_array_index (run->docs, src->doc), *td = g_ptr_array_index (run->docs, tgt->doc);
          g_autofree char *a = dossier_document_dup_slice (sd->document, src->start, MIN (src->end, src->start + 70));
          g_autofree char *b = dossier_document_dup_slice (td->document, tgt->start, MIN (tgt->end, tgt->start + 90));
          g_printerr ("CAND %.3f sh=%u kind=%u | %s | %s\n", score, count_shared (run, src, tgt), tgt->kind, a, b);
        }
      if (score < CANDIDATE_MIN_SCORE)
        continue;
      if (tgt->kind == DOSSIER_STATEMENT_NONE)
        score *= NON_STATEMENT_FACTOR;
      if (score < LINK_MIN_SCORE || count_shared (run, src, tgt) < MIN_SHARED_TERMS)
        continue;
      g_array_append_vals (cands, &(Candidate){ t, MIN (score, 1.0) }, 1);
    }
  return g_steal_pointer (&cands);
}

/* Per later document: the best passage of @cands (sorted, best first), and a runner-up from
 * another sentence when nearly as good. */
static GArray *
select_targets (LinkerRun *run, GArray *cands)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < cands->len && chosen->len < MAX_TARGETS_PER_COMMITMENT; i++)
    {
      const Candidate *c = &g_array_index (cands, Candidate, i);
      const Unit *tgt = &g_array_index (run->units, Unit, c->unit);
      guint in_doc = 0;
      double best_in_doc = 0.0;
      gboolean same_sentence = FALSE;

      for (guint k = 0; k < chosen->len; k++)
        {
          const Candidate *o = &g_array_index (chosen, Candidate, k);
          const Unit *ou = &g_array_index (run->units, Unit, o->unit);

          if (ou->doc != tgt->doc)
            continue;
          in_doc++;
          best_in_doc = MAX (best_in_doc, o->score);
          same_sentence |= ou->sentence == tgt->sentence;
        }
      if (same_sentence || in_doc >= MAX_TARGETS_PER_DOC
          || (in_doc > 0 && c->score < SAME_DOC_RATIO * best_in_doc)
          || c->score < CROSS_DOC_RATIO * g_array_index (cands, Candidate, 0).score)
        continue;
      g_array_append_val (chosen, *c);
    }
  return chosen;
}

static int
compare_by_document (gconstpointer a, gconstpointer b, gpointer data)
{
  LinkerRun *run = data;
  const Candidate *x = a, *y = b;
  guint dx = g_array_index (run->units, Unit, x->unit).doc;
  guint dy = g_array_index (run->units, Unit, y->unit).doc;

  if (dx != dy)
    return dx < dy ? -1 : 1;
  return compare_candidates (a, b);
}

static void
publish (DossierLinker *self, LinkerRun *run, const Unit *src, GArray *chosen)
{
  const LinkerDoc *sdoc = g_ptr_array_index (run->docs, src->doc);
  g_autoptr (DossierStatement) statement = dossier_statement_new (sdoc->document, src->start, src->end,
                                                                  src->kind);

  g_array_sort_with_data (chosen, compare_by_document, run);
  for (guint i = 0; i < chosen->len; i++)
    {
      const Candidate *c = &g_array_index (chosen, Candidate, i);
      const Unit *tgt = &g_array_index (run->units, Unit, c->unit);
      const LinkerDoc *tdoc = g_ptr_array_index (run->docs, tgt->doc);
      LinkVerdict verdict = { 0 };
      g_autoptr (DossierLink) link = NULL;
      guint first = c->unit, last = c->unit;

      /* The target is the whole sentence the matching clause belongs to. */
      while (first > tdoc->first_unit && g_array_index (run->units, Unit, first - 1).sentence == tgt->sentence)
        first--;
      while (last + 1 < tdoc->first_unit + tdoc->n_units
             && g_array_index (run->units, Unit, last + 1).sentence == tgt->sentence)
        last++;
      linker_judge (run, src, first, last, &verdict);
      link = dossier_link_new (sdoc->document, src->start, src->end, tdoc->document,
                               g_array_index (run->units, Unit, first).start,
                               g_array_index (run->units, Unit, last).end, c->score, verdict.status,
                               verdict.topic);
      dossier_link_set_highlights (link,
                                   (const DossierRange *) (gpointer) verdict.source_spans->data,
                                   verdict.source_spans->len,
                                   (const DossierRange *) (gpointer) verdict.target_spans->data,
                                   verdict.target_spans->len);
      link_verdict_clear (&verdict);
      dossier_statement_add_link (statement, link);
      g_list_store_append (self->links, link);
    }
  g_list_store_append (self->commitments, statement);
  if (chosen->len == 0)
    g_list_store_append (self->unmatched, statement);
}

static void
reset_results (DossierLinker *self)
{
  g_set_object (&self->links, NULL);
  g_set_object (&self->commitments, NULL);
  g_set_object (&self->unmatched, NULL);
  self->links = g_list_store_new (DOSSIER_TYPE_LINK);
  self->commitments = g_list_store_new (DOSSIER_TYPE_STATEMENT);
  self->unmatched = g_list_store_new (DOSSIER_TYPE_STATEMENT);
  self->n_units = 0;
}

/**
 * dossier_linker_run:
 * @documents: (element-type DossierDocument): the corpus, in any order
 * @cancellable: (nullable): a #GCancellable
 *
 * Links the commitments of each document to the passages of later documents reporting on
 * them. Runs in the calling thread. The results replace those of any previous run: the
 * models of dossier_linker_get_links() and the others are new objects afterwards.
 *
 * Returns: %FALSE with @error set if cancelled
 */
gboolean
dossier_linker_run (DossierLinker *self, GPtrArray *documents, GCancellable *cancellable, GError **error)
{
  LinkerRun run;
  Index index = { 0 };
  g_autoptr (GArray) entity_pairs = NULL;
  g_autoptr (GArray) touched = NULL;
  g_autofree float *acc = NULL;
  g_autofree guint *first_later = NULL;
  g_autofree float *best_source = NULL;
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GArray) sources = NULL;

  guint sentence_counter = 0, pair = 0, max_rank;
  gboolean ok = TRUE;

  g_return_val_if_fail (DOSSIER_IS_LINKER (self), FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);

  /* Fresh models each run: a run may happen in a worker thread while views still show the
   * previous results, so those are replaced, never changed. */
  reset_results (self);
  if (documents->len < 2)
    return TRUE;

  linker_debug = g_getenv ("LINKDBG") ? atoi (g_getenv ("LINKDBG")) : 0; /* TEMPDEBUG */
  gint64 t_start = g_get_monotonic_time (); /* TEMPDEBUG */
  linker_run_init (&run, self->entities);
  add_documents (&run, documents);
  for (guint d = 0; d < run.docs->len; d++)
    {
      g_autoptr (GArray) sentences = linker_build_words (&run, g_ptr_array_index (run.docs, d));

      /* Units need the words of their own document only; acronyms are found below, once every
       * document's words exist, and resolved lazily when terms are extracted. */
      add_units (&run, d, sentences, &sentence_counter);
      if (g_cancellable_is_cancelled (cancellable))
        goto cancelled;
    }
  for (guint d = 0; d < run.docs->len; d++)
    linker_find_acronyms (&run, g_ptr_array_index (run.docs, d));

  if (linker_debug) g_printerr ("T words+units %.2f\n", (g_get_monotonic_time () - t_start) / 1e6); /* TEMPDEBUG */
  entity_pairs = linker_entity_terms (&run);
  for (guint u = 0; u < run.units->len; u++)
    {
      guint first = pair;

      while (pair < entity_pairs->len && ((guint *) (gpointer) entity_pairs->data)[2 * pair] == u)
        pair++;
      /* Pairs are (unit, term); pass the terms, which sit at odd positions. */
      {
        g_autofree guint *extra = g_new (guint, pair - first + 1);

        for (guint k = first; k < pair; k++)
          extra[k - first] = ((guint *) (gpointer) entity_pairs->data)[2 * k + 1];
        linker_unit_terms (&run, &g_array_index (run.units, Unit, u), extra, pair - first);
      }
    }
  compute_weights (&run);
  build_index (&run, &index);
  if (linker_debug) g_printerr ("T terms+index %.2f\n", (g_get_monotonic_time () - t_start) / 1e6); /* TEMPDEBUG */
  self->n_units = run.units->len;

  /* For each document, the first unit of the next rank: where later documents begin. */
  first_later = g_new (guint, run.docs->len);
  max_rank = ((LinkerDoc *) g_ptr_array_index (run.docs, run.docs->len - 1))->rank;
  for (guint d = 0; d < run.docs->len; d++)
    {
      const LinkerDoc *doc = g_ptr_array_index (run.docs, d);
      guint e = d;

      while (e < run.docs->len && ((LinkerDoc *) g_ptr_array_index (run.docs, e))->rank == doc->rank)
        e++;
      first_later[d] = e < run.docs->len ? ((LinkerDoc *) g_ptr_array_index (run.docs, e))->first_unit
                                         : run.units->len;
    }

  acc = g_new0 (float, run.units->len);
  best_source = g_new0 (float, sentence_counter + 1);
  touched = g_array_new (FALSE, FALSE, sizeof (guint));
  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  sources = g_array_new (FALSE, FALSE, sizeof (Unit));
  for (guint s = 0; s < run.units->len; s++)
    {
      const Unit *src = &g_array_index (run.units, Unit, s);
      const LinkerDoc *doc = g_ptr_array_index (run.docs, src->doc);
      GArray *chosen;

      if (s % CANCEL_CHECK_INTERVAL == 0 && g_cancellable_is_cancelled (cancellable))
        goto cancelled;
      if (!(src->kind & DOSSIER_STATEMENT_COMMITMENT) || !src->target || doc->rank == max_rank
          || src->norm <= 0.f)
        continue;
      {
        g_autoptr (GArray) cands = match_commitment (&run, &index, src, first_later[src->doc], acc, touched);

        g_array_sort (cands, compare_candidates);
        chosen = select_targets (&run, cands);
      }
      for (guint i = 0; i < chosen->len; i++)
        {
          const Candidate *c = &g_array_index (chosen, Candidate, i);
          guint sent = g_array_index (run.units, Unit, c->unit).sentence;

          best_source[sent] = MAX (best_source[sent], (float) c->score);
        }
      g_ptr_array_add (matches, chosen);
      g_array_append_val (sources, *src);
    }
  if (linker_debug) g_printerr ("T match %.2f\n", (g_get_monotonic_time () - t_start) / 1e6); /* TEMPDEBUG */
  /* A passage that reports on one commitment far better than on this one is not its report:
   * it shares the subject, not the substance. */
  for (guint i = 0; i < sources->len; i++)
    {
      GArray *chosen = g_ptr_array_index (matches, i);

      for (guint k = chosen->len; k-- > 0;)
        {
          const Candidate *c = &g_array_index (chosen, Candidate, k);
          guint sent = g_array_index (run.units, Unit, c->unit).sentence;

          if (c->score < TARGET_RATIO * best_source[sent])
            g_array_remove_index (chosen, k);
        }
      publish (self, &run, &g_array_index (sources, Unit, i), chosen);
    }
  if (linker_debug) g_printerr ("T publish %.2f\n", (g_get_monotonic_time () - t_start) / 1e6); /* TEMPDEBUG */
  goto out;

cancelled:
  ok = FALSE;
  reset_results (self);
  g_cancellable_set_error_if_cancelled (cancellable, error);
out:
  index_clear (&index);
  linker_run_clear (&run);
  return ok;
}
