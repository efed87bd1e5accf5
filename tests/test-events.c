/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "dossier-analysis.h"
#include "dossier-event-label.h"
#include "dossier-event-list.h"
#include "dossier-import.h"

/* Two statements written for the test: a dialogue in May 2023 and the next one in February
 * 2024, with past, planned, undated and name-dated sentences. */
static const char *doc_a
    = "Joint Statement on the Third Baltic Maritime Dialogue\n\n"
      "May 10, 2023\n\n"
      "The Ministry of Foreign Affairs (MFA) and the Ministry of Defence (MOD) held the Third "
      "Baltic "
      "Maritime Dialogue on May 10, 2023 in Tallinn.\n\n"
      "In addition, the two sides launched a coast guard exchange in March.\n\n"
      "They discussed shared concerns about illegal fishing. The delegations will meet again in "
      "Riga "
      "next year.\n\n"
      "They welcomed the 2021 Coastal Resilience Plan as a guide.\n";

static const char *doc_b
    = "Fact Sheet on the Fourth Baltic Maritime Dialogue\n\n"
      "February 1, 2024\n\n"
      "On January 30, the ministers signed a search-and-rescue protocol in Riga.\n\n"
      "The fifth dialogue will take place in June.\n";

static DossierDocument *
import (const char *text, const char *name)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, name, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static GPtrArray *
sample_documents (void)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (docs, import (doc_a, "baltic-3.txt"));
  g_ptr_array_add (docs, import (doc_b, "baltic-4.txt"));
  return docs;
}

static guint32
day (int y, int m, int d)
{
  DossierDate date = { y, m, d, DOSSIER_PRECISION_DAY };

  return dossier_date_get_first_day (&date);
}

/* ---- labels ---- */

static char *
label (const char *sentence, const char *date)
{
  DossierLabelSpan span = { 0, 0 };
  const char *at = date ? strstr (sentence, date) : NULL;

  if (at)
    {
      span.start = at - sentence;
      span.end = span.start + strlen (date);
    }
  return dossier_event_label_for_sentence (sentence, -1, &span, at ? 1 : 0,
                                           DOSSIER_EVENT_LABEL_MAX);
}

static void
test_labels (void)
{
  g_autofree char *a
      = label ("On March 3, 2023, the Ministry of Foreign Affairs (MOFA) and the Ministry of "
               "Defense (MOD) signed a memorandum on cyber defense in Perth.",
               "March 3, 2023");
  g_autofree char *b
      = label ("In addition, the two navies conducted a search-and-rescue drill in June, which "
               "involved twelve ships.",
               "June");
  g_autofree char *c
      = label ("We will hold the next ministerial meeting in Jakarta next year.", "next year");
  g_autofree char *d
      = label ("The Foreign Minister of Chile, Ms. Ana Soto, and the Trade Minister of Peru, Mr. "
               "Luis Vega, launched a joint fund for coastal towns on May 2, 2024.",
               "May 2, 2024");
  g_autofree char *f = label (
      "The two sides reviewed progress on this year's joint evaluation of readiness.", "this year");
  g_autofree char *e
      = label ("Both governments reaffirmed their commitment to complete the survey of the "
               "northern coastline and the mapping of all harbors by 2026.",
               "2026");

  /* The leading date goes, the acronyms stand for the names, the sentence's core stays. */
  g_assert_cmpstr (a, ==, "MOFA and the MOD signed a memorandum on cyber defense in Perth");
  /* "In addition," goes; the relative clause goes; the date and its preposition go. */
  g_assert_cmpstr (b, ==, "The two navies conducted a search-and-rescue drill");
  g_assert_cmpstr (c, ==, "We will hold the next ministerial meeting in Jakarta");
  /* Appositive names go; a long subject loses its "of ..." complements. */
  g_assert_true (
      g_str_has_prefix (d, "Foreign Minister and the Trade Minister launched a joint fund"));
  /* A possessive date goes, its noun keeps its preposition. */
  g_assert_cmpstr (f, ==, "The two sides reviewed progress on joint evaluation of readiness");
  /* Long labels are cut at a word with an ellipsis. */
  g_assert_true (g_str_has_prefix (e, "Both governments reaffirmed their commitment to complete"));
  g_assert_true (g_str_has_suffix (e, "…"));
  g_assert_cmpint (g_utf8_strlen (e, -1), <=, DOSSIER_EVENT_LABEL_MAX);
}

static void
test_label_for_name (void)
{
  const char *s = "They welcomed the 2021 Coastal Resilience Plan as a guide.";
  const char *q = "They recalled the May 2019 “Declaration on Open Seas and Free Ports,” and more.";
  gsize end = 0;
  g_autofree char *a = dossier_event_label_for_name (s, -1, strstr (s, "2021") - s + 4, 64, &end);
  g_autofree char *b = dossier_event_label_for_name (q, -1, strstr (q, "2019") - q + 4, 64, NULL);
  g_autofree char *c = dossier_event_label_for_name (s, -1, strstr (s, "as a guide") - s, 64, NULL);

  g_assert_cmpstr (a, ==, "Coastal Resilience Plan");
  g_assert_cmpuint (end, ==, strstr (s, " as a guide") - s);
  g_assert_cmpstr (b, ==, "Declaration on Open Seas and Free Ports");
  g_assert_null (c);
}

/* ---- extraction ---- */

static DossierEvent *
find_event (DossierEventList *list, const char *label_prefix)
{
  for (guint i = 0; i < dossier_event_list_get_n_events (list); i++)
    {
      DossierEvent *event = dossier_event_list_get_event (list, i);

      if (g_str_has_prefix (dossier_event_get_label (event), label_prefix))
        return event;
    }
  g_error ("no event labelled “%s…”", label_prefix);
  return NULL;
}

static void
check_event (DossierEvent *event, DossierEventKind kind, const char *date, const char *end_date,
             gboolean planned)
{
  g_autofree char *got = dossier_event_dup_iso_date (event);
  g_autofree char *got_end = dossier_event_dup_iso_end_date (event);

  g_assert_cmpint (dossier_event_get_kind (event), ==, kind);
  g_assert_cmpstr (got, ==, date);
  g_assert_cmpstr (got_end, ==, end_date ? end_date : date);
  g_assert_cmpint (dossier_event_get_planned (event), ==, planned);
}

static void
test_extract (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  g_autoptr (DossierEventList) list = dossier_event_list_extract (docs, NULL, NULL, NULL);
  DossierDocument *a = g_ptr_array_index (docs, 0), *b = g_ptr_array_index (docs, 1);
  DossierEvent *event;
  g_autofree char *text = NULL;
  guint n_document_events = 0;

  g_assert_nonnull (list);
  /* a: itself, the dialogue, the exchange, the next meeting, the plan; b: itself, the protocol,
   * the fifth dialogue. The undated sentence and the datelines make none. */
  g_assert_cmpuint (dossier_event_list_get_n_events (list), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 8);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == DOSSIER_TYPE_EVENT);

  event = find_event (list, "MFA and the MOD held the Third Baltic Maritime Dialogue");
  check_event (event, DOSSIER_EVENT_SENTENCE, "2023-05-10", NULL, FALSE);
  text = dossier_event_dup_text (event);
  g_assert_true (g_str_has_prefix (text, "The Ministry of Foreign Affairs"));
  g_assert_true (g_str_has_suffix (text, "in Tallinn."));

  check_event (find_event (list, "The two sides launched a coast guard exchange"),
               DOSSIER_EVENT_SENTENCE, "2023-03", NULL, FALSE);
  check_event (find_event (list, "The delegations will meet again in Riga"), DOSSIER_EVENT_SENTENCE,
               "2024", NULL, TRUE);
  check_event (find_event (list, "Coastal Resilience Plan"), DOSSIER_EVENT_MENTION, "2021", NULL,
               FALSE);
  check_event (find_event (list, "The ministers signed a search-and-rescue protocol"),
               DOSSIER_EVENT_SENTENCE, "2024-01-30", NULL, FALSE);
  check_event (find_event (list, "The fifth dialogue will take place"), DOSSIER_EVENT_SENTENCE,
               "2024-06", NULL, TRUE);

  for (guint i = 0; i < dossier_event_list_get_n_events (list); i++)
    {
      DossierEvent *e = dossier_event_list_get_event (list, i);

      g_assert_cmpint (g_utf8_strlen (dossier_event_get_label (e), -1), <=,
                       DOSSIER_EVENT_LABEL_MAX);
      g_assert_false (g_str_has_prefix (dossier_event_get_label (e), "On "));
      if (dossier_event_get_kind (e) != DOSSIER_EVENT_DOCUMENT)
        continue;
      n_document_events++;
      g_assert_cmpuint (strlen (dossier_event_get_label (e)), >, 0);
      g_assert_false (dossier_event_get_planned (e));
      check_event (e, DOSSIER_EVENT_DOCUMENT,
                   dossier_event_get_document (e) == a ? "2023-05-10" : "2024-02-01", NULL, FALSE);
    }
  g_assert_cmpuint (n_document_events, ==, 2);

  /* Timeline order, and lanes by document. */
  for (guint i = 1; i < dossier_event_list_get_n_events (list); i++)
    g_assert_cmpuint (dossier_event_get_first_day (dossier_event_list_get_event (list, i - 1)), <=,
                      dossier_event_get_first_day (dossier_event_list_get_event (list, i)));
  g_assert_cmpuint (dossier_event_list_get_n_lanes (list), ==, 2);
  g_assert_true (dossier_event_list_get_lane_document (list, 1) == b);
  for (guint i = 0; i < dossier_event_list_get_n_events (list); i++)
    g_assert_true (
        dossier_event_list_get_lane_document (list, dossier_event_list_get_lane (list, i))
        == dossier_event_get_document (dossier_event_list_get_event (list, i)));
  g_assert_true (dossier_event_get_first_day (dossier_event_list_get_event (list, 0))
                 == day (2021, 1, 1));
}

static void
test_queries (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  g_autoptr (DossierEventList) list = dossier_event_list_extract (docs, NULL, NULL, NULL);
  g_autoptr (GArray) may = dossier_event_list_query (list, day (2023, 5, 1), day (2023, 5, 31));
  g_autoptr (GArray) january = dossier_event_list_query (list, day (2024, 1, 1), day (2024, 1, 31));
  g_autoptr (GArray) none = dossier_event_list_query (list, day (2022, 1, 1), day (2022, 12, 31));
  DossierDocument *a = g_ptr_array_index (docs, 0);
  const char *text = dossier_document_get_text (a);
  guint32 first, last;
  guint position;

  /* May 2023: the document and its dialogue sentence. */
  g_assert_cmpuint (may->len, ==, 2);
  /* January 2024: "next year" (all of 2024) and the protocol of January 30. */
  g_assert_cmpuint (january->len, ==, 2);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (dossier_event_list_get_span (list, &first, &last));
  g_assert_cmpuint (first, ==, day (2021, 1, 1));
  g_assert_cmpuint (last, ==, day (2024, 12, 31));

  /* The reader's caret in the exchange sentence finds its event. */
  g_assert_true (dossier_event_list_find_at (
      list, a, g_utf8_pointer_to_offset (text, strstr (text, "coast guard")), &position));
  g_assert_true (
      g_str_has_prefix (dossier_event_get_label (dossier_event_list_get_event (list, position)),
                        "The two sides launched"));
  g_assert_false (dossier_event_list_find_at (
      list, a, g_utf8_pointer_to_offset (text, strstr (text, "illegal")), NULL));
}

/* The interval query agrees with a scan of every event, on spans of every length. */
static void
test_query_matches_scan (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (DossierEventList) list = NULL;
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 500; i++)
    {
      DossierDate date = { g_rand_int_range (rand, 2000, 2030), g_rand_int_range (rand, 1, 13),
                           g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 0, 3) };
      DossierDate end = date;

      if (g_rand_boolean (rand))
        end.year += g_rand_int_range (rand, 0, 3);
      g_ptr_array_add (events,
                       dossier_event_new (DOSSIER_EVENT_SENTENCE, g_ptr_array_index (docs, i % 2),
                                          &date, &end, "event", 0, 1));
    }
  list = dossier_event_list_new (docs, events);

  for (guint q = 0; q < 200; q++)
    {
      guint32 from = day (2000, 1, 1) + g_rand_int_range (rand, 0, 365 * 32);
      guint32 to = from + g_rand_int_range (rand, 0, 900);
      g_autoptr (GArray) got = dossier_event_list_query (list, from, to);
      guint expected = 0, k = 0;

      for (guint i = 0; i < dossier_event_list_get_n_events (list); i++)
        {
          DossierEvent *e = dossier_event_list_get_event (list, i);

          if (dossier_event_get_first_day (e) <= to && dossier_event_get_last_day (e) >= from)
            {
              g_assert_cmpuint (k, <, got->len);
              g_assert_cmpuint (g_array_index (got, guint, k), ==, i);
              k++;
              expected++;
            }
        }
      g_assert_cmpuint (got->len, ==, expected);
    }
  g_rand_free (rand);
}

static void
test_properties (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  DossierDate date = { 2025, 6, 0, DOSSIER_PRECISION_MONTH };
  g_autoptr (DossierEvent) event = dossier_event_new (
      DOSSIER_EVENT_SENTENCE, g_ptr_array_index (docs, 1), &date, NULL, "A label", 3, 9);
  g_autofree char *label_prop = NULL;
  g_autofree char *date_prop = NULL;
  DossierDocument *doc = NULL;
  guint start = 0;

  g_object_get (event, "label", &label_prop, "date", &date_prop, "document", &doc, "start", &start,
                NULL);
  g_assert_cmpstr (label_prop, ==, "A label");
  g_assert_cmpstr (date_prop, ==, "2025-06");
  g_assert_true (doc == g_ptr_array_index (docs, 1));
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (dossier_event_get_last_day (event), ==, day (2025, 6, 30));
  g_clear_object (&doc);
}

/* With the entity set of the corpus, each event lists entities mentioned in its own passage. */
static void
test_entities (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierEntitySet) set = dossier_entity_set_extract (docs, NULL, &error);
  g_autoptr (DossierEventList) list = NULL;
  guint with_entities = 0;

  g_assert_no_error (error);
  list = dossier_event_list_extract (docs, set, NULL, NULL);
  for (guint i = 0; i < dossier_event_list_get_n_events (list); i++)
    {
      DossierEvent *event = dossier_event_list_get_event (list, i);
      GPtrArray *entities = dossier_event_get_entities (event);
      guint from, to;

      dossier_event_get_focus (event, &from, &to);
      if (dossier_event_get_kind (event) != DOSSIER_EVENT_MENTION)
        from = dossier_event_get_start (event), to = dossier_event_get_end (event);
      with_entities += entities->len > 0;
      for (guint j = 0; j < entities->len; j++)
        {
          guint n;
          const DossierMention *m
              = dossier_entity_get_mentions (g_ptr_array_index (entities, j), &n);
          gboolean inside = FALSE;

          for (guint k = 0; k < n; k++)
            if (m[k].document == dossier_event_get_document (event) && m[k].start < to
                && m[k].end > from)
              inside = TRUE;
          g_assert_true (inside);
          g_assert_true (dossier_event_has_entity (event, g_ptr_array_index (entities, j)));
        }
    }
  g_assert_cmpuint (with_entities, >, 0);
}

/* The contract of `dossier-cli analyze --json`: events with ids, ISO dates, lanes by "doc". */
static void
test_contract (void)
{
  g_autoptr (GPtrArray) docs = sample_documents ();
  g_autoptr (DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr (DossierAnalysis) analysis = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *events, *entities;
  DossierDate previous = { 0 };

  for (guint i = 0; i < docs->len; i++)
    dossier_corpus_add (corpus, g_ptr_array_index (docs, i));
  analysis = dossier_analysis_new (corpus);
  g_assert_true (dossier_analysis_run (analysis, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (
      g_list_model_get_n_items (G_LIST_MODEL (dossier_analysis_get_events (analysis))), ==, 8);

  root = dossier_analysis_to_json (analysis);
  events = json_object_get_array_member (json_node_get_object (root), "events");
  entities = json_object_get_array_member (json_node_get_object (root), "entities");
  for (guint i = 0; i < json_array_get_length (entities); i++)
    g_hash_table_add (entity_ids, (gpointer) json_object_get_string_member (
                                      json_array_get_object_element (entities, i), "id"));

  g_assert_cmpuint (json_array_get_length (events), ==, 8);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *e = json_array_get_object_element (events, i);
      g_autofree char *id = g_strdup_printf ("v%u", i);
      DossierDate date, end;
      DossierPrecision precision;
      JsonArray *mentioned = json_object_get_array_member (e, "entities");

      g_assert_cmpstr (json_object_get_string_member (e, "id"), ==, id);
      g_assert_true (dossier_date_parse_iso (json_object_get_string_member (e, "date"), &date));
      g_assert_true (dossier_date_parse_iso (json_object_get_string_member (e, "end_date"), &end));
      g_assert_true (dossier_precision_from_string (json_object_get_string_member (e, "precision"),
                                                    &precision));
      g_assert_cmpint (precision, ==, date.precision);
      g_assert_cmpint (dossier_date_get_first_day (&date), >=,
                       dossier_date_get_first_day (&previous));
      g_assert_cmpint (dossier_date_get_last_day (&end), >=, dossier_date_get_first_day (&date));
      previous = date;
      g_assert_true (g_str_equal (json_object_get_string_member (e, "doc"), "d0")
                     || g_str_equal (json_object_get_string_member (e, "doc"), "d1"));
      g_assert_cmpint (json_object_get_int_member (e, "start"), <=,
                       json_object_get_int_member (e, "end"));
      g_assert_cmpuint (strlen (json_object_get_string_member (e, "label")), >, 0);
      g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (e, "planned")));
      for (guint j = 0; j < json_array_get_length (mentioned); j++)
        g_assert_true (
            g_hash_table_contains (entity_ids, json_array_get_string_element (mentioned, j)));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/events/labels", test_labels);
  g_test_add_func ("/dossier/events/label-for-name", test_label_for_name);
  g_test_add_func ("/dossier/events/extract", test_extract);
  g_test_add_func ("/dossier/events/queries", test_queries);
  g_test_add_func ("/dossier/events/query-matches-scan", test_query_matches_scan);
  g_test_add_func ("/dossier/events/properties", test_properties);
  g_test_add_func ("/dossier/events/entities", test_entities);
  g_test_add_func ("/dossier/events/contract", test_contract);
  return g_test_run ();
}
