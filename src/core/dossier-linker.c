/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-linker-private.h"
#include "dossier-segment.h"

/* The linker in four steps:
 * 1. Units: every sentence of every document, cut into clauses where one sentence carries
 *    several predicates and into items where it enumerates; each classified as commitment
 *    and/or outcome by the cue lists (dossier-statement.c).
 * 2. Terms and weights: stems (derived forms and synonyms of the lexicon matched as one),
 *    bigrams, acronym/name phrase terms and entities (dossier-linker-terms.c,
 *    dossier-linker-entities.c); a clause that refers back ("this mechanism") borrows the
 *    terms of the sentence before. Weighted by the BM25 inverse document frequency over all
 *    units of the corpus, so that what every sentence mentions (the allies, "Alliance") counts
 *    for little and rare shared names for much; light words ("strengthen"), places and the
 *    terms that frame a whole document count for less (dossier-linker-match.c).
 * 3. Matching: an inverted index from terms to the units of later documents; each commitment
 *    accumulates dot products only with units sharing a weighted term; a length-pivoted
 *    cosine decides (dossier-linker-match.c).
 * 4. Selection: for each later document the best passage above a threshold, and a second one
 *    when it is nearly as good (the communiqué and the fact sheet each report on it, or one
 *    report spreads over two sentences); passages that report far better on another
 *    commitment are dropped; then status, topic and highlights (dossier-linker-status.c). */

/* Fewer content words than this is a heading, a dateline or a fragment: not a statement. */
#define MIN_UNIT_WORDS 3

/* A passage that reports on another commitment at least twice as well is that commitment's
 * report, not this one's: it shares the subject, not the substance. Below the ratio the link
 * is dropped. */
#define TARGET_RATIO 0.5

/* How often the matching loop checks for cancellation. */
#define CANCEL_CHECK_INTERVAL 256

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

  properties[PROP_ENTITIES]
      = g_param_spec_object ("entities", NULL, NULL, DOSSIER_TYPE_ENTITY_SET,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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

static gboolean
word_in_list (const char *word, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a sentence refers back to the one before: it opens with a demonstrative ("This
 * cooperation will ...") or names something with one ("operationalizing this mechanism",
 * "these efforts"). Personal pronouns are left out: "They welcomed ..." in a communique names
 * the speakers, not the subject of the sentence before. */
static gboolean
is_anaphoric (const char *const *words, guint n_words)
{
  static const char *const openers[] = { "this", "these", "such" };
  static const char *const demonstratives[] = { "this", "these", "such", "said" };
  /* After a demonstrative: time ("this year"), a set phrase ("to this end", "such as") or a
   * verb ("this is"), not a reference to a subject. */
  static const char *const not_subjects[]
      = { "year",    "years",   "year's", "month",   "months", "week",     "weeks",  "week's",
          "day",     "days",    "time",   "summer",  "spring", "fall",     "autumn", "winter",
          "morning", "evening", "decade", "century", "moment", "occasion", "end",    "regard",
          "as",      "is",      "was",    "are",     "were",   "will",     "would",  "has",
          "have",    "and",     "or",     "of",      "to",     "in",       "on",     "for",
          "that",    "a",       "an",     "the",     "vein" };

  if (n_words > 0 && word_in_list (words[0], openers, G_N_ELEMENTS (openers)))
    return TRUE;
  for (guint i = 0; i + 1 < n_words; i++)
    if (word_in_list (words[i], demonstratives, G_N_ELEMENTS (demonstratives))
        && g_unichar_isalnum (g_utf8_get_char (words[i + 1]))
        && !word_in_list (words[i + 1], not_subjects, G_N_ELEMENTS (not_subjects)))
      return TRUE;
  return FALSE;
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
          guint cs = ws + clause->start, ce = ws + clause->end, n_content;

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
          /* The clause that holds the reference borrows, not the rest of its sentence. A
           * short one ("They will complete this work") is as specific as what it borrows. */
          unit.anaphoric = is_anaphoric (words + (cs - ws), ce - cs);
          n_content = count_content_words (run, doc, cs, ce);
          unit.target = n_content >= MIN_UNIT_WORDS || (unit.anaphoric && n_content > 0);
          unit.block = block;
          g_array_append_val (run->units, unit);
        }
      for (guint u = first_of_sentence; u < run->units->len; u++)
        {
          g_array_index (run->units, Unit, u).sentence_first = first_of_sentence;
          g_array_index (run->units, Unit, u).sentence_units = run->units->len - first_of_sentence;
        }
    }
  doc->n_units = run->units->len - doc->first_unit;
}

/* For an anaphoric unit, the terms of the sentence before it in the same paragraph or list
 * item (its own, not those it borrowed); empty otherwise. Units are built in order, so those
 * terms exist. */
static GArray *
previous_sentence_terms (LinkerRun *run, guint u)
{
  GArray *terms = g_array_new (FALSE, FALSE, sizeof (guint));
  const Unit *unit = &g_array_index (run->units, Unit, u);
  guint p = unit->sentence_first;
  const Unit *prev;

  if (!unit->anaphoric || p == 0)
    return terms;
  prev = &g_array_index (run->units, Unit, p - 1);
  if (prev->doc != unit->doc || prev->block != unit->block || prev->sentence + 1 != unit->sentence)
    return terms;
  for (guint v = prev->sentence_first; v < prev->sentence_first + prev->sentence_units; v++)
    {
      const Unit *pv = &g_array_index (run->units, Unit, v);

      for (guint k = 0; k < pv->n_terms; k++)
        {
          const UnitTerm *ut = &g_array_index (run->unit_terms, UnitTerm, pv->term_offset + k);

          if (ut->factor >= 1.f)
            g_array_append_val (terms, ut->term);
        }
    }
  return terms;
}

static int
compare_by_document (gconstpointer a, gconstpointer b, gpointer data)
{
  LinkerRun *run = data;
  const LinkerCandidate *x = a, *y = b;
  guint dx = g_array_index (run->units, Unit, x->unit).doc;
  guint dy = g_array_index (run->units, Unit, y->unit).doc;

  if (dx != dy)
    return dx < dy ? -1 : 1;
  return linker_compare_candidates (a, b);
}

static void
publish (DossierLinker *self, LinkerRun *run, const Unit *src, GArray *chosen)
{
  const LinkerDoc *sdoc = g_ptr_array_index (run->docs, src->doc);
  g_autoptr (DossierStatement) statement
      = dossier_statement_new (sdoc->document, src->start, src->end, src->kind);

  g_array_sort_with_data (chosen, compare_by_document, run);
  for (guint i = 0; i < chosen->len; i++)
    {
      const LinkerCandidate *c = &g_array_index (chosen, LinkerCandidate, i);
      const Unit *tgt = &g_array_index (run->units, Unit, c->unit);
      const LinkerDoc *tdoc = g_ptr_array_index (run->docs, tgt->doc);
      LinkVerdict verdict = { 0 };
      g_autoptr (DossierLink) link = NULL;
      guint first = c->unit, last = c->unit;

      /* The target is the whole sentence the matching clause belongs to. */
      while (first > tdoc->first_unit
             && g_array_index (run->units, Unit, first - 1).sentence == tgt->sentence)
        first--;
      while (last + 1 < tdoc->first_unit + tdoc->n_units
             && g_array_index (run->units, Unit, last + 1).sentence == tgt->sentence)
        last++;
      linker_judge (run, src, first, last, &verdict);
      link = dossier_link_new (sdoc->document, src->start, src->end, tdoc->document,
                               g_array_index (run->units, Unit, first).start,
                               g_array_index (run->units, Unit, last).end, c->score, verdict.status,
                               verdict.topic);
      dossier_link_set_highlights (
          link, (const DossierRange *) (gpointer) verdict.source_spans->data,
          verdict.source_spans->len, (const DossierRange *) (gpointer) verdict.target_spans->data,
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
dossier_linker_run (DossierLinker *self, GPtrArray *documents, GCancellable *cancellable,
                    GError **error)
{
  LinkerRun run;
  LinkerIndex index = { 0 };
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
  linker_mark_places (&run);

  entity_pairs = linker_entity_terms (&run);
  for (guint u = 0; u < run.units->len; u++)
    {
      guint first = pair;

      while (pair < entity_pairs->len && ((guint *) (gpointer) entity_pairs->data)[2 * pair] == u)
        pair++;
      /* Pairs are (unit, term); pass the terms, which sit at odd positions. */
      {
        g_autofree guint *extra = g_new (guint, pair - first + 1);
        g_autoptr (GArray) context = previous_sentence_terms (&run, u);

        for (guint k = first; k < pair; k++)
          extra[k - first] = ((guint *) (gpointer) entity_pairs->data)[2 * k + 1];
        linker_unit_terms (&run, &g_array_index (run.units, Unit, u), extra, pair - first,
                           (const guint *) (gpointer) context->data, context->len);
      }
    }
  linker_compute_weights (&run);
  linker_index_build (&run, &index);
  self->n_units = run.units->len;

  /* For each document, the first unit of the next rank: where later documents begin. */
  first_later = g_new (guint, run.docs->len);
  max_rank = ((LinkerDoc *) g_ptr_array_index (run.docs, run.docs->len - 1))->rank;
  for (guint d = 0; d < run.docs->len; d++)
    {
      const LinkerDoc *doc = g_ptr_array_index (run.docs, d);
      guint e = d;

      while (e < run.docs->len
             && ((LinkerDoc *) g_ptr_array_index (run.docs, e))->rank == doc->rank)
        e++;
      first_later[d] = e < run.docs->len
                           ? ((LinkerDoc *) g_ptr_array_index (run.docs, e))->first_unit
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
        g_autoptr (GArray) cands
            = linker_match (&run, &index, src, first_later[src->doc], acc, touched);

        g_array_sort (cands, linker_compare_candidates);
        chosen = linker_select (&run, cands);
      }
      for (guint i = 0; i < chosen->len; i++)
        {
          const LinkerCandidate *c = &g_array_index (chosen, LinkerCandidate, i);
          guint sent = g_array_index (run.units, Unit, c->unit).sentence;

          best_source[sent] = MAX (best_source[sent], (float) c->score);
        }
      g_ptr_array_add (matches, chosen);
      g_array_append_val (sources, *src);
    }
  /* A passage that reports on one commitment far better than on this one is not its report:
   * it shares the subject, not the substance. */
  for (guint i = 0; i < sources->len; i++)
    {
      GArray *chosen = g_ptr_array_index (matches, i);

      for (guint k = chosen->len; k-- > 0;)
        {
          const LinkerCandidate *c = &g_array_index (chosen, LinkerCandidate, k);
          guint sent = g_array_index (run.units, Unit, c->unit).sentence;

          if (c->score < TARGET_RATIO * best_source[sent])
            g_array_remove_index (chosen, k);
        }
      publish (self, &run, &g_array_index (sources, Unit, i), chosen);
    }
  goto out;

cancelled:
  ok = FALSE;
  reset_results (self);
  g_cancellable_set_error_if_cancelled (cancellable, error);
out:
  linker_index_clear (&index);
  linker_run_clear (&run);
  return ok;
}
