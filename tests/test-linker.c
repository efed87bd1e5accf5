/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entity-set.h"
#include "dossier-import.h"
#include "dossier-linker.h"

/* The linker on crafted statements (invented countries, bodies and plans, nothing from the
 * test corpora): which commitments it links, where, and with which status. */

static DossierDocument *
make_doc (const char *name, const char *date, const char *body)
{
  g_autofree char *text
      = g_strdup_printf ("Joint Statement of the Ministers\n\n%s\n\n%s\n", date, body);
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, name, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Runs the linker on @docs (NULL-terminated, any order), with their entities if @entities. */
static DossierLinker *
run_linker_full (DossierDocument **docs, gboolean entities)
{
  g_autoptr (GPtrArray) array = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  DossierLinker *linker = dossier_linker_new ();

  for (guint i = 0; docs[i]; i++)
    g_ptr_array_add (array, docs[i]);
  if (entities)
    {
      g_autoptr (DossierEntitySet) set = dossier_entity_set_extract (array, NULL, &error);

      g_assert_no_error (error);
      dossier_linker_set_entities (linker, set);
    }
  g_assert_true (dossier_linker_run (linker, array, NULL, &error));
  g_assert_no_error (error);
  return linker;
}

static DossierLinker *
run_linker (DossierDocument **docs)
{
  return run_linker_full (docs, FALSE);
}

/* The links whose source contains @source and target contains @target. */
static GPtrArray *
find_links (DossierLinker *linker, const char *source, const char *target)
{
  GListModel *links = dossier_linker_get_links (linker);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);

      g_test_message ("link %.2f %s: %s -> %s", dossier_link_get_score (link),
                      dossier_link_status_to_string (dossier_link_get_status (link)),
                      dossier_link_get_source_text (link), dossier_link_get_target_text (link));
      if ((!source || strstr (dossier_link_get_source_text (link), source))
          && (!target || strstr (dossier_link_get_target_text (link), target)))
        g_ptr_array_add (found, g_object_ref (link));
    }
  return found;
}

static DossierLink *
the_link (DossierLinker *linker, const char *source, const char *target)
{
  g_autoptr (GPtrArray) found = find_links (linker, source, target);

  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static gboolean
is_unmatched (DossierLinker *linker, const char *source)
{
  GListModel *unmatched = dossier_linker_get_unmatched (linker);

  for (guint i = 0; i < g_list_model_get_n_items (unmatched); i++)
    {
      g_autoptr (DossierStatement) s = g_list_model_get_item (unmatched, i);

      if (strstr (dossier_statement_get_text (s), source))
        return TRUE;
    }
  return FALSE;
}

/* Filler that shares nothing with the statements under test, so that the corpus has the size
 * of a real one and document frequencies mean something. */
#define FILLER_EARLY                                                                               \
  "The meeting took place in the capital under clear skies. The hosts served a dinner of local "   \
  "fish. A choir from the northern provinces sang two songs. "
#define FILLER_LATE                                                                                \
  "The visitors toured a museum of medieval textiles. Snow fell over the harbour that evening. "   \
  "A string quartet performed after the reception. "

static void
test_statuses (void)
{
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "March 3, 2021",
      "Both governments agreed to build a joint maritime rescue centre in Port Alba. "
      "The ministers pledged to modernize the coastal radar network along the eastern shore. "
      "The two sides reaffirmed their support for the freedom of navigation in the "
      "Northern Strait. "
      "The delegations discussed the way forward to create a senior-level committee to coordinate "
      "fisheries and ocean science cooperation. " FILLER_EARLY);
  g_autoptr (DossierDocument) late = make_doc (
      "late.txt", "October 9, 2022",
      "The ministers welcomed the completion of the joint maritime rescue centre in Port Alba. "
      "They noted progress in the modernization of the coastal radar network on the eastern shore. "
      "Both sides reaffirmed the freedom of navigation in the Northern Strait. "
      "The ministers decided to establish the Ocean Science and Fisheries Steering Committee, "
      "which will meet twice a year. " FILLER_LATE);
  DossierDocument *docs[] = { late, early, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  g_autoptr (DossierLink) rescue = the_link (linker, "rescue centre", "completion");
  g_autoptr (DossierLink) radar = the_link (linker, "radar", "radar");
  g_autoptr (DossierLink) strait = the_link (linker, "Northern Strait", "Northern Strait");
  g_autoptr (DossierLink) committee
      = the_link (linker, "senior-level committee", "Steering Committee");

  g_assert_cmpint (dossier_link_get_status (rescue), ==, DOSSIER_LINK_DELIVERED);
  g_assert_cmpint (dossier_link_get_status (radar), ==, DOSSIER_LINK_PROGRESSED);
  g_assert_cmpint (dossier_link_get_status (strait), ==, DOSSIER_LINK_CONTINUED);
  /* A planned body reappearing under a new proper name: reshaped, not merely delivered. */
  g_assert_cmpint (dossier_link_get_status (committee), ==, DOSSIER_LINK_CHANGED);

  /* Every link goes from the earlier document to the later one, whatever the argument order. */
  g_assert_true (dossier_link_get_source_document (rescue) == early);
  g_assert_true (dossier_link_get_target_document (rescue) == late);
  g_assert_cmpfloat (dossier_link_get_score (rescue), >, 0.0);
  g_assert_cmpfloat (dossier_link_get_score (rescue), <=, 1.0);
}

static void
test_alias (void)
{
  /* The commitment names the board by its acronym only; one later sentence spells the name out,
   * another names a different board. Only the alias tells them apart. */
  g_autoptr (DossierDocument) early
      = make_doc ("early.txt", "May 1, 2020",
                  "Last year the two navies created the Joint Logistics Coordination Board (JLCB). "
                  "Both sides agreed that the JLCB will report its findings on fuel stocks to the "
                  "ministers. " FILLER_EARLY);
  g_autoptr (DossierDocument) late = make_doc (
      "late.txt", "May 2, 2021",
      "The Regional Medical Board presented its findings on vaccine stocks to the ministers. "
      "The Joint Logistics Coordination Board presented its findings on fuel stocks to the "
      "ministers. " FILLER_LATE);
  DossierDocument *docs[] = { early, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  g_autoptr (GPtrArray) links = find_links (linker, "JLCB will report", NULL);
  DossierLink *link;
  const DossierRange *spans;
  guint n_spans;
  gboolean name_highlighted = FALSE;

  g_assert_cmpuint (links->len, >=, 1);
  link = g_ptr_array_index (links, 0);
  g_assert_nonnull (
      strstr (dossier_link_get_target_text (link), "Joint Logistics Coordination Board"));
  for (guint i = 1; i < links->len; i++)
    g_assert_cmpfloat (dossier_link_get_score (link), >,
                       dossier_link_get_score (g_ptr_array_index (links, i)));

  /* The spelled-out name is among the shared words the inspector highlights. */
  spans = dossier_link_get_target_highlights (link, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    {
      g_autofree char *text = dossier_document_dup_slice (late, spans[i].start, spans[i].end);

      g_test_message ("highlight: %s", text);
      if (strstr (text, "Logistics Coordination"))
        name_highlighted = TRUE;
    }
  g_assert_true (name_highlighted);
}

static void
test_general_acronym (void)
{
  /* "TTX" is never spelled out in these texts: the general list of acronyms knows it. */
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "May 1, 2020",
      "The navies plan to conduct a TTX on harbour evacuation before the winter. " FILLER_EARLY);
  g_autoptr (DossierDocument) late = make_doc ("late.txt", "May 2, 2021",
                                               "The ministers welcomed the successful table-top "
                                               "exercise on harbour evacuation. " FILLER_LATE);
  DossierDocument *docs[] = { early, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  g_autoptr (DossierLink) link = the_link (linker, "TTX", "table-top exercise");

  g_assert_cmpint (dossier_link_get_status (link), ==, DOSSIER_LINK_DELIVERED);
  g_assert_nonnull (dossier_link_get_topic (link));
}

static void
test_not_generic (void)
{
  /* Every later sentence mentions the Alliance and the two countries; only one is about cyber
   * defense drills. Sharing the ubiquitous words must not make a link. */
  g_autoptr (GString) body = g_string_new (NULL);
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "June 1, 2020",
      "The two countries pledged to strengthen the Alliance through joint cyber defense drills. "
      "The two countries agreed that the Alliance will build a new hospital ship. " FILLER_EARLY);
  g_autoptr (DossierDocument) late = NULL;
  const char *topics[] = {
    "budget rules for the navy",      "the tank maintenance schedule",
    "a new pay scale for reservists", "the history of the old fortress",
    "weather forecasts for pilots",   "the rail link to the border",
    "a memorial to fallen sailors",   "fuel prices at the northern depots",
    "the choir of the garrison",      "uniform designs for cadets",
    "the translation office",         "parking at the headquarters",
  };
  DossierDocument *docs[] = { NULL, NULL, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    g_string_append_printf (body, "The Alliance of the two countries reviewed %s. ", topics[i]);
  g_string_append (body, "The Alliance completed its first joint cyber defense drills in April. ");
  late = make_doc ("late.txt", "June 1, 2021", body->str);
  docs[0] = early;
  docs[1] = late;
  {
    g_autoptr (DossierLinker) linker = run_linker (docs);
    g_autoptr (GPtrArray) cyber = find_links (linker, "cyber defense drills", NULL);
    g_autoptr (GPtrArray) ship = find_links (linker, "hospital ship", NULL);

    g_assert_cmpuint (cyber->len, ==, 1);
    g_assert_nonnull (strstr (dossier_link_get_target_text (g_ptr_array_index (cyber, 0)),
                              "cyber defense drills"));
    g_assert_cmpint (dossier_link_get_status (g_ptr_array_index (cyber, 0)), ==,
                     DOSSIER_LINK_DELIVERED);
    /* Nothing later is about the hospital ship: unmatched, though every sentence shares
     * "the Alliance" and "the two countries" with it. */
    g_assert_cmpuint (ship->len, ==, 0);
    g_assert_true (is_unmatched (linker, "hospital ship"));
  }
}

static void
test_place_is_not_enough (void)
{
  /* A country named in both sentences, spelled out in one and by its acronym in the other, is
   * where things happen, not what was promised: the condemnation of missile launches does not
   * report on the dialogue. Sharing the dialogue as well does. */
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "March 3, 2021",
      "Both governments remain committed to dialogue with the Democratic Republic of the Congo "
      "(DRC) without preconditions. " FILLER_EARLY);
  g_autoptr (DossierDocument) middle = make_doc (
      "middle.txt", "March 3, 2022",
      "The ministers condemned the ballistic missile launches of the DRC. " FILLER_LATE);
  g_autoptr (DossierDocument) late
      = make_doc ("late.txt", "March 3, 2023",
                  "The ministers resumed the dialogue with the DRC in Kinshasa. " FILLER_LATE);
  DossierDocument *docs[] = { early, middle, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker_full (docs, TRUE);
  g_autoptr (GPtrArray) condemned = find_links (linker, "dialogue with", "missile launches");
  g_autoptr (GPtrArray) resumed = find_links (linker, "dialogue with", "resumed the dialogue");

  g_assert_cmpuint (condemned->len, ==, 0);
  g_assert_cmpuint (resumed->len, ==, 1);
}

static void
test_light_words (void)
{
  /* "strengthen and expand" is said of everything; the radar network is the commitment. */
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "June 1, 2020",
      "The ministers pledged to strengthen and expand the coastal radar network. " FILLER_EARLY);
  g_autoptr (DossierDocument) late
      = make_doc ("late.txt", "June 1, 2021",
                  "The governments strengthened and expanded their pension reforms. "
                  "The coastal radar network now covers the eastern shore. " FILLER_LATE);
  DossierDocument *docs[] = { early, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  g_autoptr (GPtrArray) pensions = find_links (linker, "coastal radar", "pension");
  g_autoptr (GPtrArray) radar = find_links (linker, "coastal radar", "eastern shore");

  g_assert_cmpuint (pensions->len, ==, 0);
  g_assert_cmpuint (radar->len, ==, 1);
}

static void
test_anaphor (void)
{
  /* The second commitment names its subject only as "this work": it borrows the words of the
   * sentence before it, and the later report on the buoy network answers it. On its own it
   * shares nothing with the report but "complete". */
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "June 1, 2020",
      "The navies agreed to deploy tide buoys along the Gulf of Tarn and link them in one "
      "warning network. They also committed to complete this work before the monsoon. "
      "A choir from the northern provinces sang two songs.");
  g_autoptr (DossierDocument) late = make_doc ("late.txt", "June 1, 2021",
                                               "The warning network of tide buoys along the Gulf "
                                               "of Tarn was completed in May. " FILLER_LATE);
  DossierDocument *docs[] = { early, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  g_autoptr (DossierLink) link = the_link (linker, "complete this work", "tide buoys");

  g_assert_cmpint (dossier_link_get_status (link), ==, DOSSIER_LINK_DELIVERED);
}

static void
test_order_and_fan_out (void)
{
  /* Three meetings: a commitment of the first is reported by the communiqué and the fact sheet
   * of the second (same date), and restated at the third. Nothing links backwards or between
   * the two documents of one date. */
  g_autoptr (DossierDocument) first = make_doc (
      "first.txt", "January 10, 2019",
      "The ministers pledged to open a naval training academy in Port Vell. " FILLER_EARLY);
  g_autoptr (DossierDocument) communique = make_doc (
      "communique.txt", "February 20, 2020",
      "The ministers welcomed the opening of the naval training academy in Port Vell last autumn. "
      "The ministers pledged to expand the academy library. " FILLER_LATE);
  g_autoptr (DossierDocument) fact_sheet
      = make_doc ("facts.txt", "February 20, 2020",
                  "Naval training academy in Port Vell: opened with its first class of cadets. "
                  "The academy library will expand its collection of charts. ");
  g_autoptr (DossierDocument) third = make_doc (
      "third.txt", "March 30, 2021",
      "The ministers reaffirmed the importance of the naval training academy in Port Vell. "
      "They welcomed the expansion of the academy library with new charts. "
      "The new cadets visited a lighthouse on the southern cape. ");
  DossierDocument *docs[] = { third, fact_sheet, first, communique, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  GListModel *links = dossier_linker_get_links (linker);
  g_autoptr (GPtrArray) academy = find_links (linker, "open a naval training academy", NULL);
  gboolean to_communique = FALSE, to_fact_sheet = FALSE, to_third = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      const char *from = dossier_document_get_date (dossier_link_get_source_document (link));
      const char *to = dossier_document_get_date (dossier_link_get_target_document (link));

      g_assert_cmpstr (from, <, to);
    }
  for (guint i = 0; i < academy->len; i++)
    {
      DossierLink *link = g_ptr_array_index (academy, i);
      DossierDocument *target = dossier_link_get_target_document (link);

      to_communique |= target == communique;
      to_fact_sheet |= target == fact_sheet;
      to_third |= target == third;
      /* Opened by the second meeting, merely mentioned again at the third. */
      if (target == communique || target == fact_sheet)
        g_assert_cmpint (dossier_link_get_status (link), ==, DOSSIER_LINK_DELIVERED);
      else
        g_assert_cmpint (dossier_link_get_status (link), ==, DOSSIER_LINK_CONTINUED);
    }
  g_assert_true (to_communique);
  g_assert_true (to_fact_sheet);
  g_assert_true (to_third);

  /* The communiqué's own commitment is followed up at the third meeting. */
  {
    g_autoptr (GPtrArray) library = find_links (linker, "expand the academy library", "library");

    g_assert_cmpuint (library->len, >=, 1);
    g_assert_true (dossier_link_get_target_document (g_ptr_array_index (library, 0)) == third);
  }
}

static void
test_commitment_models (void)
{
  g_autoptr (DossierDocument) early = make_doc (
      "early.txt", "March 3, 2021",
      "Both governments agreed to build a joint maritime rescue centre in Port Alba. "
      "The ministers pledged to plant ten thousand oak trees along the river banks. " FILLER_EARLY);
  g_autoptr (DossierDocument) late = make_doc ("late.txt", "October 9, 2022",
                                               "The ministers welcomed the completion of the joint "
                                               "maritime rescue centre in Port Alba. " FILLER_LATE);
  DossierDocument *docs[] = { early, late, NULL };
  g_autoptr (DossierLinker) linker = run_linker (docs);
  GListModel *commitments = dossier_linker_get_commitments (linker);
  GListModel *links = dossier_linker_get_links (linker);
  guint n_linked = 0, n_links = 0;

  g_assert_true (g_list_model_get_item_type (commitments) == DOSSIER_TYPE_STATEMENT);
  g_assert_true (g_list_model_get_item_type (links) == DOSSIER_TYPE_LINK);
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr (DossierStatement) s = g_list_model_get_item (commitments, i);

      g_assert_true (dossier_statement_get_kind (s) & DOSSIER_STATEMENT_COMMITMENT);
      g_assert_true (dossier_statement_get_document (s) == early);
      n_links += dossier_statement_get_n_links (s);
      if (dossier_statement_get_n_links (s))
        n_linked++;
    }
  /* The per-commitment models hold exactly the links of the flat list. */
  g_assert_cmpuint (n_links, ==, g_list_model_get_n_items (links));
  g_assert_cmpuint (n_linked, ==, 1);
  g_assert_true (is_unmatched (linker, "oak trees"));
  g_assert_false (is_unmatched (linker, "rescue centre"));
}

static void
test_single_and_cancel (void)
{
  g_autoptr (DossierDocument) early
      = make_doc ("early.txt", "March 3, 2021",
                  "Both governments agreed to build a joint maritime rescue centre in Port Alba. ");
  g_autoptr (DossierDocument) late = make_doc (
      "late.txt", "October 9, 2022",
      "The ministers welcomed the completion of the joint maritime rescue centre in Port Alba. ");
  DossierDocument *one[] = { early, NULL };
  g_autoptr (DossierLinker) alone = run_linker (one);
  g_autoptr (DossierLinker) linker = dossier_linker_new ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GPtrArray) array = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  /* One document: nothing later to report on anything. */
  g_assert_cmpuint (g_list_model_get_n_items (dossier_linker_get_links (alone)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_linker_get_unmatched (alone)), ==, 0);

  g_ptr_array_add (array, early);
  g_ptr_array_add (array, late);
  g_cancellable_cancel (cancellable);
  g_assert_false (dossier_linker_run (linker, array, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_linker_get_links (linker)), ==, 0);
}

static void
test_status_strings (void)
{
  DossierLinkStatus status;

  for (guint i = 0; i < DOSSIER_N_LINK_STATUSES; i++)
    {
      g_assert_true (dossier_link_status_from_string (dossier_link_status_to_string (i), &status));
      g_assert_cmpint (status, ==, i);
      g_assert_nonnull (dossier_link_status_to_label (i));
    }
  g_assert_false (dossier_link_status_from_string ("finished", &status));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/linker/statuses", test_statuses);
  g_test_add_func ("/dossier/linker/alias", test_alias);
  g_test_add_func ("/dossier/linker/general-acronym", test_general_acronym);
  g_test_add_func ("/dossier/linker/not-generic", test_not_generic);
  g_test_add_func ("/dossier/linker/place-is-not-enough", test_place_is_not_enough);
  g_test_add_func ("/dossier/linker/light-words", test_light_words);
  g_test_add_func ("/dossier/linker/anaphor", test_anaphor);
  g_test_add_func ("/dossier/linker/order-and-fan-out", test_order_and_fan_out);
  g_test_add_func ("/dossier/linker/commitment-models", test_commitment_models);
  g_test_add_func ("/dossier/linker/single-and-cancel", test_single_and_cancel);
  g_test_add_func ("/dossier/linker/status-strings", test_status_strings);

  return g_test_run ();
}
