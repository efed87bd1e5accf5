/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-analysis.h"
#include "dossier-import.h"
#include "dossier-linker.h"
#include "dossier-segment.h"

/* Accuracy of the follow-through links against hand-made labels (tests/data/labels/links-*.json),
 * next to a plain TF-IDF cosine baseline over the same sentences.
 *
 * A label names each side by a distinctive quote; the sentence containing the quote is the
 * labelled passage, so labels survive normalizer changes and the linker may link a clause of
 * it. A predicted link is correct when its source overlaps a labelled source sentence and its
 * target the matching target sentence. Precision counts every predicted link between labelled
 * document pairs; recall counts the "clear" labels found (optional labels are links an analyst
 * may or may not draw: finding them is not an error, missing them is not a miss). */

typedef struct
{
  guint doc;
  guint start;
  guint end;
} Passage;

typedef struct
{
  Passage source;
  Passage target;
  gboolean clear;
  char *status;
  char **alt;
} Label;

typedef struct
{
  Passage source;
  Passage target;
  DossierLinkStatus status;
} Predicted;

typedef struct
{
  GPtrArray *docs;   /* DossierDocument*, label order */
  GArray *labels;    /* Label */
  GHashTable *pairs; /* "s:t" -> itself */
} Gold;

typedef struct
{
  guint predicted;
  guint correct;
  guint clear;
  guint clear_found;
  guint status_right;
  double precision;
  double recall;
  double f1;
} Score;

static void
label_clear (gpointer data)
{
  Label *l = data;

  g_free (l->status);
  g_strfreev (l->alt);
}

static char *
repo_path (const char *relative)
{
  return g_build_filename (g_test_get_dir (G_TEST_DIST), "..", relative, NULL);
}

/* The sentence of @doc that contains @quote (which must occur exactly once). */
static Passage
locate (Gold *gold, guint doc_index, const char *quote)
{
  DossierDocument *doc = g_ptr_array_index (gold->docs, doc_index);
  const char *text = dossier_document_get_text (doc);
  const char *hit = strstr (text, quote);
  g_autoptr (GArray) sentences = dossier_segment_sentences (doc);
  guint offset;
  Passage p = { doc_index, 0, 0 };

  if (!hit)
    g_error ("label quote not found in document %u: %s", doc_index, quote);
  g_assert_null (strstr (hit + 1, quote));
  offset = dossier_document_byte_to_offset (doc, hit - text);
  for (guint i = 0; i < sentences->len; i++)
    {
      const DossierSentence *s = &g_array_index (sentences, DossierSentence, i);

      if (s->start <= offset && offset < s->end)
        {
          p.start = s->start;
          p.end = s->end;
          return p;
        }
    }
  p.start = offset;
  p.end = offset + g_utf8_strlen (quote, -1);
  return p;
}

static void
gold_load (Gold *gold, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "labels", name, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *docs, *links, *pairs;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  docs = json_object_get_array_member (root, "documents");
  links = json_object_get_array_member (root, "links");
  pairs = json_object_get_array_member (root, "pairs");

  gold->docs = g_ptr_array_new_with_free_func (g_object_unref);
  gold->labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (gold->labels, label_clear);
  gold->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      g_autofree char *file = repo_path (json_array_get_string_element (docs, i));
      g_autoptr (GFile) gfile = g_file_new_for_path (file);
      DossierDocument *doc = dossier_import_file (gfile, NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (gold->docs, doc);
    }
  for (guint i = 0; i < json_array_get_length (pairs); i++)
    {
      JsonArray *pair = json_array_get_array_element (pairs, i);

      g_hash_table_add (gold->pairs, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                      json_array_get_int_element (pair, 0),
                                                      json_array_get_int_element (pair, 1)));
    }
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *o = json_array_get_object_element (links, i);
      Label l = { 0 };

      l.source = locate (gold, json_object_get_int_member (o, "source_doc"),
                         json_object_get_string_member (o, "source"));
      l.target = locate (gold, json_object_get_int_member (o, "target_doc"),
                         json_object_get_string_member (o, "target"));
      l.clear = json_object_get_boolean_member (o, "clear");
      l.status = g_strdup (json_object_get_string_member (o, "status"));
      if (json_object_has_member (o, "alt"))
        {
          JsonArray *alt = json_object_get_array_member (o, "alt");
          GStrvBuilder *builder = g_strv_builder_new ();

          for (guint k = 0; k < json_array_get_length (alt); k++)
            g_strv_builder_add (builder, json_array_get_string_element (alt, k));
          l.alt = g_strv_builder_end (builder);
          g_strv_builder_unref (builder);
        }
      g_array_append_val (gold->labels, l);
    }
}

static void
gold_clear (Gold *gold)
{
  g_clear_pointer (&gold->docs, g_ptr_array_unref);
  g_clear_pointer (&gold->labels, g_array_unref);
  g_clear_pointer (&gold->pairs, g_hash_table_unref);
}

static gboolean
labelled_pair (Gold *gold, guint source, guint target)
{
  g_autofree char *key = g_strdup_printf ("%u:%u", source, target);

  return g_hash_table_contains (gold->pairs, key);
}

static guint
doc_index (Gold *gold, DossierDocument *doc)
{
  for (guint i = 0; i < gold->docs->len; i++)
    if (g_ptr_array_index (gold->docs, i) == doc)
      return i;
  g_assert_not_reached ();
}

static gboolean
overlaps (const Passage *a, const Passage *b)
{
  return a->doc == b->doc && a->start < b->end && b->start < a->end;
}

/* Scores @predicted against the labels; @with_status: whether the predictions carry one. */
static Score
evaluate (Gold *gold, GArray *predicted, gboolean with_status, const char *who)
{
  Score score = { 0 };
  g_autofree gboolean *found = g_new0 (gboolean, gold->labels->len);

  score.predicted = predicted->len;
  for (guint i = 0; i < predicted->len; i++)
    {
      const Predicted *p = &g_array_index (predicted, Predicted, i);
      const Label *match = NULL;

      for (guint k = 0; k < gold->labels->len; k++)
        {
          const Label *l = &g_array_index (gold->labels, Label, k);

          if (!overlaps (&p->source, &l->source) || !overlaps (&p->target, &l->target))
            continue;
          found[k] = TRUE;
          /* The status is judged against a clear label when there is one. */
          if (!match || (l->clear && !match->clear))
            match = l;
        }
      if (!match)
        {
          if (g_test_verbose ())
            g_test_message ("%s false link: d%u[%u,%u] -> d%u[%u,%u]", who, p->source.doc,
                            p->source.start, p->source.end, p->target.doc, p->target.start,
                            p->target.end);
          continue;
        }
      score.correct++;
      if (with_status)
        {
          const char *status = dossier_link_status_to_string (p->status);

          if (g_str_equal (status, match->status)
              || (match->alt && g_strv_contains ((const char *const *) match->alt, status)))
            score.status_right++;
        }
    }
  for (guint k = 0; k < gold->labels->len; k++)
    {
      const Label *l = &g_array_index (gold->labels, Label, k);

      if (!l->clear)
        continue;
      score.clear++;
      if (found[k])
        score.clear_found++;
    }
  score.precision = score.predicted ? (double) score.correct / score.predicted : 0.0;
  score.recall = score.clear ? (double) score.clear_found / score.clear : 0.0;
  score.f1 = score.precision + score.recall > 0
                 ? 2 * score.precision * score.recall / (score.precision + score.recall)
                 : 0.0;
  return score;
}

/* The linker's links, through the whole analysis as the application runs it. */
static GArray *
linker_predictions (Gold *gold)
{
  g_autoptr (DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr (DossierAnalysis) analysis = NULL;
  g_autoptr (GError) error = NULL;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Predicted));
  GListModel *links;

  for (guint i = 0; i < gold->docs->len; i++)
    dossier_corpus_add (corpus, g_ptr_array_index (gold->docs, i));
  analysis = dossier_analysis_new (corpus);
  g_assert_true (dossier_analysis_run (analysis, NULL, &error));
  g_assert_no_error (error);

  links = dossier_analysis_get_links (analysis);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      Predicted p;

      p.source.doc = doc_index (gold, dossier_link_get_source_document (link));
      p.source.start = dossier_link_get_source_start (link);
      p.source.end = dossier_link_get_source_end (link);
      p.target.doc = doc_index (gold, dossier_link_get_target_document (link));
      p.target.start = dossier_link_get_target_start (link);
      p.target.end = dossier_link_get_target_end (link);
      p.status = dossier_link_get_status (link);
      if (labelled_pair (gold, p.source.doc, p.target.doc))
        g_array_append_val (out, p);
    }
  return out;
}

/* ---- The baseline: plain TF-IDF cosine between sentences ---------------------------------
 * Lowercased words, no stemming, no stop list, no aliases, no classification of statements:
 * every sentence of the earlier document is matched to the single most similar sentence of
 * each later document, and linked when the cosine reaches a threshold. The threshold is the
 * one with the best F1 on the same labels, which flatters the baseline. */

typedef struct
{
  guint doc;
  guint start;
  guint end;
  GHashTable *tf; /* word -> count (GUINT) */
  double norm;
} BaseSentence;

static void
base_sentence_clear (gpointer data)
{
  g_clear_pointer (&((BaseSentence *) data)->tf, g_hash_table_unref);
}

static GHashTable *
word_counts (const char *text)
{
  GHashTable *tf = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  while (*p)
    {
      const char *start = p;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *raw = g_strndup (start, p - start);
          char *word = g_utf8_strdown (raw, -1);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (tf, word));

          g_hash_table_insert (tf, word, GUINT_TO_POINTER (n + 1));
        }
    }
  return tf;
}

static GArray *
baseline_sentences (Gold *gold)
{
  GArray *all = g_array_new (FALSE, TRUE, sizeof (BaseSentence));
  g_autoptr (GHashTable) df = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_array_set_clear_func (all, base_sentence_clear);
  for (guint d = 0; d < gold->docs->len; d++)
    {
      DossierDocument *doc = g_ptr_array_index (gold->docs, d);
      g_autoptr (GArray) sentences = dossier_segment_sentences (doc);

      for (guint i = 0; i < sentences->len; i++)
        {
          const DossierSentence *s = &g_array_index (sentences, DossierSentence, i);
          g_autofree char *text = dossier_document_dup_slice (doc, s->start, s->end);
          BaseSentence b = { d, s->start, s->end, word_counts (text), 0.0 };

          g_array_append_val (all, b);
        }
    }
  for (guint i = 0; i < all->len; i++)
    {
      GHashTableIter iter;
      gpointer word;

      g_hash_table_iter_init (&iter, g_array_index (all, BaseSentence, i).tf);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (df, word));

          /* Keys of its own: the per-sentence tables are replaced below. */
          g_hash_table_replace (df, g_strdup (word), GUINT_TO_POINTER (n + 1));
        }
    }
  /* tf-idf weights replace the counts, as doubles boxed in the same tables. */
  for (guint i = 0; i < all->len; i++)
    {
      BaseSentence *b = &g_array_index (all, BaseSentence, i);
      GHashTable *weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      GHashTableIter iter;
      gpointer word, count;

      g_hash_table_iter_init (&iter, b->tf);
      while (g_hash_table_iter_next (&iter, &word, &count))
        {
          double *w = g_new (double, 1);

          *w = GPOINTER_TO_UINT (count)
               * log ((double) all->len / GPOINTER_TO_UINT (g_hash_table_lookup (df, word)));
          b->norm += *w * *w;
          g_hash_table_insert (weights, g_strdup (word), w);
        }
      b->norm = sqrt (b->norm);
      g_hash_table_unref (b->tf);
      b->tf = weights;
    }
  return all;
}

static double
cosine (const BaseSentence *a, const BaseSentence *b)
{
  GHashTableIter iter;
  gpointer word, wa;
  double dot = 0.0;

  if (a->norm == 0.0 || b->norm == 0.0)
    return 0.0;
  g_hash_table_iter_init (&iter, a->tf);
  while (g_hash_table_iter_next (&iter, &word, &wa))
    {
      double *wb = g_hash_table_lookup (b->tf, word);

      if (wb)
        dot += *(double *) wa * *wb;
    }
  return dot / (a->norm * b->norm);
}

typedef struct
{
  Predicted link;
  double score;
} BaseCandidate;

/* The baseline at its best threshold. */
static Score
baseline (Gold *gold, double *best_threshold)
{
  g_autoptr (GArray) sentences = baseline_sentences (gold);
  g_autoptr (GArray) best = g_array_new (FALSE, FALSE, sizeof (BaseCandidate));
  Score top = { 0 };

  /* For each sentence and each labelled later document, its most similar sentence there. */
  for (guint i = 0; i < sentences->len; i++)
    {
      const BaseSentence *s = &g_array_index (sentences, BaseSentence, i);

      for (guint d = 0; d < gold->docs->len; d++)
        {
          BaseCandidate c
              = { { { s->doc, s->start, s->end }, { d, 0, 0 }, DOSSIER_LINK_CONTINUED }, -1.0 };

          if (!labelled_pair (gold, s->doc, d))
            continue;
          for (guint k = 0; k < sentences->len; k++)
            {
              const BaseSentence *t = &g_array_index (sentences, BaseSentence, k);
              double score;

              if (t->doc != d)
                continue;
              score = cosine (s, t);
              if (score > c.score)
                {
                  c.score = score;
                  c.link.target = (Passage){ t->doc, t->start, t->end };
                }
            }
          if (c.score > 0.0)
            g_array_append_val (best, c);
        }
    }

  for (guint step = 1; step < 100; step++)
    {
      double threshold = step / 100.0;
      g_autoptr (GArray) predicted = g_array_new (FALSE, FALSE, sizeof (Predicted));
      Score score;

      for (guint i = 0; i < best->len; i++)
        if (g_array_index (best, BaseCandidate, i).score >= threshold)
          g_array_append_val (predicted, g_array_index (best, BaseCandidate, i).link);
      score = evaluate (gold, predicted, FALSE, "baseline");
      if (score.f1 > top.f1)
        {
          top = score;
          *best_threshold = threshold;
        }
    }
  return top;
}

/* Floors sit a little under the measured figures (see the report of the test run): a drop
 * below them is a regression of the linker, not noise. */
typedef struct
{
  const char *labels;
  double min_precision;
  double min_recall;
  double min_status;
} Case;

static void
test_accuracy (gconstpointer data)
{
  const Case *c = data;
  Gold gold = { 0 };
  g_autoptr (GArray) predicted = NULL;
  Score linked, base;
  double threshold = 0.0;
  double status;

  gold_load (&gold, c->labels);
  predicted = linker_predictions (&gold);
  linked = evaluate (&gold, predicted, TRUE, "linker");
  base = baseline (&gold, &threshold);
  status = linked.correct ? (double) linked.status_right / linked.correct : 0.0;

  g_test_message ("%s: linker precision %.3f (%u/%u), recall %.3f (%u/%u clear), F1 %.3f, "
                  "status right %.3f (%u/%u)",
                  c->labels, linked.precision, linked.correct, linked.predicted, linked.recall,
                  linked.clear_found, linked.clear, linked.f1, status, linked.status_right,
                  linked.correct);
  g_test_message (
      "%s: TF-IDF baseline (threshold %.2f, best F1) precision %.3f (%u/%u), recall %.3f "
      "(%u/%u clear), F1 %.3f",
      c->labels, threshold, base.precision, base.correct, base.predicted, base.recall,
      base.clear_found, base.clear, base.f1);

  g_assert_cmpfloat (linked.precision, >=, c->min_precision);
  g_assert_cmpfloat (linked.recall, >=, c->min_recall);
  g_assert_cmpfloat (status, >=, c->min_status);
  /* Clearly above the baseline, even with its threshold fitted to the answers. */
  g_assert_cmpfloat (linked.f1, >, base.f1 + 0.05);

  gold_clear (&gold);
}

int
main (int argc, char *argv[])
{
  /* Measured (round 2 of the linker): sample P 0.83 R 0.83 status 0.84, Camp David P 0.85
   * R 0.82 status 0.84, Camp David Principles P 0.94 R 0.88 status 1.00 (the three used for
   * development); U.S.-Japan P 0.76 R 0.85 status 0.93 and U.S.-ROK/trilateral P 0.50 R 0.61
   * status 0.76 (held out, never tuned on, measured once at the end). */
  static const Case sample = { "links-sample.json", 0.80, 0.80, 0.80 };
  static const Case camp_david = { "links-camp-david.json", 0.81, 0.79, 0.80 };
  static const Case principles = { "links-camp-david-principles.json", 0.90, 0.84, 0.95 };
  static const Case us_japan = { "links-us-japan.json", 0.72, 0.81, 0.89 };
  static const Case us_rok = { "links-us-rok-trilateral.json", 0.47, 0.57, 0.72 };

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/dossier/link-accuracy/sample", &sample, test_accuracy);
  g_test_add_data_func ("/dossier/link-accuracy/camp-david", &camp_david, test_accuracy);
  g_test_add_data_func ("/dossier/link-accuracy/camp-david-principles", &principles, test_accuracy);
  g_test_add_data_func ("/dossier/link-accuracy/us-japan", &us_japan, test_accuracy);
  g_test_add_data_func ("/dossier/link-accuracy/us-rok-trilateral", &us_rok, test_accuracy);

  return g_test_run ();
}
