/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-cues.h"
#include "dossier-statement.h"

/* Classification of crafted sentences (none taken from the test corpora) as commitments and
 * outcomes, and the cutting of sentences into clauses. */

static void
check_kind (const char *text, DossierStatementKind expected)
{
  DossierStatementKind kind = dossier_statement_classify_text (text);

  g_test_message ("%u (want %u): %s", kind, expected, text);
  g_assert_cmpuint (kind, ==, expected);
}

static void
test_commitments (void)
{
  const char *commitments[] = {
    "The ministers pledged to expand maritime patrols in the Baltic Sea.",
    "Both governments agreed to open a joint logistics hub by 2026.",
    "The parties will hold annual consultations on export controls.",
    "We plan to launch a coastal radar network with our partners.",
    "The delegations discussed the way forward to create a standing working group on energy.",
    "They affirmed the plan to conduct a combined evacuation drill next spring.",
    "The two sides support the establishment of a regional training centre.",
    "The leaders reaffirmed their commitment to the freedom of navigation.",
    "Both countries remain committed to dialogue without preconditions.",
    "The council urged all members to implement the sanctions fully.",
    "We intend to double the number of exchange students within five years.",
    /* Positions and calls, restated or acted on at later meetings. */
    "We encourage the peaceful settlement of the border dispute.",
    "We state unequivocally that any attack on shipping is unacceptable.",
    "The ministers expressed concern over the spread of illegal fishing.",
    "Both sides condemned the bombing of the power station.",
    "They discussed plans for a second ferry line across the strait.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (commitments); i++)
    g_assert_true (dossier_statement_classify_text (commitments[i]) & DOSSIER_STATEMENT_COMMITMENT);
}

static void
test_outcomes (void)
{
  const char *outcomes[] = {
    "The ministers welcomed the completion of the new pier at the naval base.",
    "The agreement on customs cooperation was signed in March.",
    "Both sides noted progress in the modernization of the air defense network.",
    "The joint logistics hub was inaugurated last week.",
    "The first combined evacuation drill was successfully executed.",
    "The council endorsed the report of the working group.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    g_assert_true (dossier_statement_classify_text (outcomes[i]) & DOSSIER_STATEMENT_OUTCOME);
}

static void
test_neither (void)
{
  /* Descriptions of who met where, and background, are neither. */
  check_kind ("The Deputy Minister led the delegation of the Republic of Nowhere.",
              DOSSIER_STATEMENT_NONE);
  check_kind ("Officials from the foreign ministries also participated in the talks.",
              DOSSIER_STATEMENT_NONE);
  check_kind ("The region faces growing challenges from piracy.", DOSSIER_STATEMENT_NONE);
  /* Both at once, before the sentence is cut into clauses. */
  check_kind ("The ministers welcomed the new pier and pledged to build a second one.",
              DOSSIER_STATEMENT_COMMITMENT | DOSSIER_STATEMENT_OUTCOME);
}

static GArray *
clauses_of (const char *text, char ***words_out)
{
  char **words = dossier_statement_split_words (text);

  *words_out = words;
  return dossier_statement_split_clauses (dossier_cues_get_default (), (const char *const *) words,
                                          g_strv_length (words));
}

static char *
clause_text (char **words, const DossierClause *c)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();

  for (guint i = c->start; i < c->end; i++)
    g_ptr_array_add (parts, words[i]);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **) parts->pdata);
}

static void
test_clauses (void)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GArray) clauses
      = clauses_of ("The two sides discussed ways to create a joint committee on "
                    "space policy and reviewed a proposal to organize an annual "
                    "industry conference.",
                    &words);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpuint (clauses->len, ==, 2);
  first = clause_text (words, &g_array_index (clauses, DossierClause, 0));
  second = clause_text (words, &g_array_index (clauses, DossierClause, 1));
  g_assert_cmpstr (first, ==,
                   "the two sides discussed ways to create a joint committee on space policy");
  g_assert_cmpstr (second, ==, "reviewed a proposal to organize an annual industry conference .");
  g_assert_false (g_array_index (clauses, DossierClause, 1).item);
}

static void
test_clauses_kept_whole (void)
{
  g_auto (GStrv) a = NULL;
  g_auto (GStrv) b = NULL;
  g_auto (GStrv) c = NULL;
  /* A passive after "and" is no second predicate. */
  g_autoptr (GArray) passive
      = clauses_of ("The plan was drafted by the staff, commended and endorsed by both "
                    "ministers at their annual meeting.",
                    &a);
  /* Too short to stand alone. */
  g_autoptr (GArray) short_one = clauses_of ("They met in Oslo and agreed.", &b);
  /* Names of countries in a row are not an enumeration of items. */
  g_autoptr (GArray) names
      = clauses_of ("They welcomed visitors from Norway, the Republic of Nowhere, and "
                    "the Kingdom of Elsewhere.",
                    &c);

  g_assert_cmpuint (passive->len, ==, 1);
  g_assert_cmpuint (short_one->len, ==, 1);
  g_assert_cmpuint (names->len, ==, 1);
}

static void
test_clauses_second_subject (void)
{
  g_auto (GStrv) a = NULL;
  g_auto (GStrv) b = NULL;
  g_auto (GStrv) c = NULL;
  /* A second statement with a subject of its own after ", and". */
  g_autoptr (GArray) subject
      = clauses_of ("We welcomed the opening of the new pier at the naval base, and we call on "
                    "all parties to respect the fishing quotas.",
                    &a);
  /* "as well as" before a verb joins a second predicate; before a noun it lists. */
  g_autoptr (GArray) as_well
      = clauses_of ("The ministers will hold the first meeting of the harbour pilots as well as "
                    "launch a new exchange programme for coast guard cadets.",
                    &b);
  /* "including with" adds a partner to the predicate: what follows is not a list item. */
  g_autoptr (GArray) partner
      = clauses_of ("We will set up a task force to track smuggling, including with our "
                    "neighbours, to block the routes through the mountains.",
                    &c);
  g_autofree char *call = NULL;
  g_autofree char *launch = NULL;

  g_assert_cmpuint (subject->len, ==, 2);
  call = clause_text (a, &g_array_index (subject, DossierClause, 1));
  g_assert_cmpstr (call, ==, "we call on all parties to respect the fishing quotas .");
  g_assert_cmpuint (as_well->len, ==, 2);
  launch = clause_text (b, &g_array_index (as_well, DossierClause, 1));
  g_assert_cmpstr (launch, ==, "launch a new exchange programme for coast guard cadets .");
  g_assert_cmpuint (partner->len, ==, 1);
}

static void
test_enumeration_items (void)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GArray) clauses
      = clauses_of ("The ministers celebrated the results of the year, including the "
                    "opening of the northern supply depot, the signing of a fisheries "
                    "protocol, and the progress made by the coastal working group.",
                    &words);
  g_autofree char *depot = NULL;
  g_autofree char *group = NULL;

  g_assert_cmpuint (clauses->len, ==, 4);
  g_assert_false (g_array_index (clauses, DossierClause, 0).item);
  for (guint i = 1; i < 4; i++)
    g_assert_true (g_array_index (clauses, DossierClause, i).item);
  depot = clause_text (words, &g_array_index (clauses, DossierClause, 1));
  group = clause_text (words, &g_array_index (clauses, DossierClause, 3));
  g_assert_cmpstr (depot, ==, "the opening of the northern supply depot");
  g_assert_cmpstr (group, ==, "the progress made by the coastal working group .");
}

static void
test_cue_phrases (void)
{
  DossierCues *cues = dossier_cues_get_default ();
  g_auto (GStrv) words
      = dossier_statement_split_words ("They reaffirmed their enduring and ironclad commitment.");
  g_autoptr (GArray) matches
      = dossier_cues_find (cues, (const char *const *) words, g_strv_length (words));
  gboolean found = FALSE;

  for (guint i = 0; i < matches->len; i++)
    {
      const DossierCueMatch *m = &g_array_index (matches, DossierCueMatch, i);

      if (m->kind == DOSSIER_CUE_COMMITMENT && m->start == 1)
        found = TRUE;
    }
  g_assert_true (found);
  g_assert_true (dossier_cues_is_stopword (cues, "the"));
  g_assert_true (dossier_cues_is_stopword (cues, "reaffirmed"));
  g_assert_false (dossier_cues_is_stopword (cues, "submarine"));
  g_assert_cmpstr (dossier_cues_lookup_acronym (cues, "TTX"), ==, "table-top exercise");
  g_assert_null (dossier_cues_lookup_acronym (cues, "QQQ"));

  /* Words that say what was done, not to what. */
  g_assert_true (dossier_cues_is_light_word (cues, "strengthening"));
  g_assert_true (dossier_cues_is_light_word (cues, "establishment"));
  g_assert_false (dossier_cues_is_light_word (cues, "submarine"));
  /* Derived forms and synonyms the stemmer keeps apart. */
  g_assert_cmpstr (dossier_cues_lookup_equivalent (cues, "economic"), ==, "economy");
  g_assert_cmpstr (dossier_cues_lookup_equivalent (cues, "talks"), ==, "dialogue");
  g_assert_null (dossier_cues_lookup_equivalent (cues, "submarine"));
}

static void
test_fold_and_split (void)
{
  g_auto (GStrv) words = dossier_statement_split_words ("The U.S. side’s plan, agreed in 2024.");
  g_autofree char *folded = dossier_statement_fold_word ("Partner’s", -1);

  g_assert_cmpstr (folded, ==, "partner's");
  /* the, u.s., side's, plan, ",", agreed, in, 2024, "." */
  g_assert_cmpuint (g_strv_length (words), ==, 9);
  g_assert_cmpstr (words[1], ==, "u.s.");
  g_assert_cmpstr (words[2], ==, "side's");
  g_assert_cmpstr (words[4], ==, ",");
  g_assert_cmpstr (words[8], ==, ".");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/statements/commitments", test_commitments);
  g_test_add_func ("/dossier/statements/outcomes", test_outcomes);
  g_test_add_func ("/dossier/statements/neither", test_neither);
  g_test_add_func ("/dossier/statements/clauses", test_clauses);
  g_test_add_func ("/dossier/statements/clauses-kept-whole", test_clauses_kept_whole);
  g_test_add_func ("/dossier/statements/clauses-second-subject", test_clauses_second_subject);
  g_test_add_func ("/dossier/statements/enumeration-items", test_enumeration_items);
  g_test_add_func ("/dossier/statements/cue-phrases", test_cue_phrases);
  g_test_add_func ("/dossier/statements/fold-and-split", test_fold_and_split);

  return g_test_run ();
}
