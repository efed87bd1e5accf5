/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entity-set.h"
#include "dossier-gazetteer.h"
#include "dossier-import.h"

/* One test per rule, on sentences written for the test (none from the sample documents). */

static DossierDocument *
doc_from_text (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, "crafted.txt", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* Extracts the entities of one or two texts; *docs gets the documents. */
static DossierEntitySet *
extract (GPtrArray **docs, const char *text, const char *second)
{
  g_autoptr (GError) error = NULL;
  DossierEntitySet *set;

  *docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (*docs, doc_from_text (text));
  if (second)
    g_ptr_array_add (*docs, doc_from_text (second));
  set = dossier_entity_set_extract (*docs, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < dossier_entity_set_get_n_entities (set); i++)
    {
      DossierEntity *e = dossier_entity_set_get_entity (set, i);

      g_test_message ("%s %s (%u mentions)",
                      dossier_entity_type_to_string (dossier_entity_get_entity_type (e)),
                      dossier_entity_get_name (e), dossier_entity_get_n_mentions (e));
    }
  return set;
}

/* The entity named exactly @name, of @type. */
static DossierEntity *
find (DossierEntitySet *set, DossierEntityType type, const char *name)
{
  for (guint i = 0; i < dossier_entity_set_get_n_entities (set); i++)
    {
      DossierEntity *e = dossier_entity_set_get_entity (set, i);

      if (dossier_entity_get_entity_type (e) == type
          && g_strcmp0 (dossier_entity_get_name (e), name) == 0)
        return e;
    }
  return NULL;
}

static gboolean
has_alias (DossierEntity *e, const char *alias)
{
  const char *const *aliases = dossier_entity_get_aliases (e);

  for (guint i = 0; aliases[i]; i++)
    if (strcmp (aliases[i], alias) == 0)
      return TRUE;
  return FALSE;
}

/* Whether any entity has a mention whose text is @surface. */
static gboolean
any_mention (DossierEntitySet *set, GPtrArray *docs, const char *surface)
{
  for (guint i = 0; i < dossier_entity_set_get_n_entities (set); i++)
    {
      DossierEntity *e = dossier_entity_set_get_entity (set, i);
      guint n;
      const DossierMention *m = dossier_entity_get_mentions (e, &n);

      for (guint k = 0; k < n; k++)
        {
          g_autofree char *text = dossier_document_dup_slice (m[k].document, m[k].start, m[k].end);

          if (strcmp (text, surface) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_acronyms (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "The Joint Maritime Coordination Board (JMCB) met in Oslo. Later, the JMCB reported to "
      "ministers. The partners also praised ASCC (Arctic Security Coordination Council) for its "
      "work.\n",
      NULL);
  DossierEntity *jmcb = find (set, DOSSIER_ENTITY_ORG, "Joint Maritime Coordination Board");
  DossierEntity *ascc = find (set, DOSSIER_ENTITY_ORG, "Arctic Security Coordination Council");

  g_assert_nonnull (jmcb);
  g_assert_cmpstr (dossier_entity_get_acronym (jmcb), ==, "JMCB");
  g_assert_cmpuint (dossier_entity_get_n_mentions (jmcb), ==, 3);
  g_assert_true (dossier_entity_set_lookup (set, "JMCB") == jmcb);
  g_assert_true (dossier_entity_set_lookup (set, "joint maritime coordination board") == jmcb);
  g_assert_nonnull (ascc);
  g_assert_cmpstr (dossier_entity_get_acronym (ascc), ==, "ASCC");
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "Oslo"));
}

static void
test_acronym_across_documents (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set
      = extract (&docs, "The Nordic Logistics Agency (NLA) was founded in 2021.\n",
                 "Ministers asked the NLA to report by June 2026.\n");
  DossierEntity *nla = find (set, DOSSIER_ENTITY_ORG, "Nordic Logistics Agency");
  guint n;
  const DossierMention *m;

  g_assert_nonnull (nla);
  m = dossier_entity_get_mentions (nla, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (m[0].document == g_ptr_array_index (docs, 0));
  g_assert_true (m[2].document == g_ptr_array_index (docs, 1));
}

static void
test_people (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "Minister of Foreign Affairs Park Jin-woo met U.S. Secretary of State Jane Q. Doe Jr. in "
      "Seoul. "
      "General Lee Sang Hoon and Dr. Hannah Berg joined them. Minister Park and Secretary Doe then "
      "spoke, and General Lee thanked Mr. Tomas Lind.\n",
      NULL);
  DossierEntity *park = find (set, DOSSIER_ENTITY_PERSON, "Park Jin-woo");
  DossierEntity *doe = find (set, DOSSIER_ENTITY_PERSON, "Jane Q. Doe Jr.");
  DossierEntity *lee = find (set, DOSSIER_ENTITY_PERSON, "Lee Sang Hoon");

  g_assert_nonnull (park);
  g_assert_cmpuint (dossier_entity_get_n_mentions (park), ==, 2);
  g_assert_true (has_alias (park, "Park"));
  g_assert_nonnull (doe);
  g_assert_cmpuint (dossier_entity_get_n_mentions (doe), ==, 2);
  g_assert_nonnull (lee);
  g_assert_cmpuint (dossier_entity_get_n_mentions (lee), ==, 2);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_PERSON, "Hannah Berg"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_PERSON, "Tomas Lind"));
  /* Titles are not part of names, and offices without a name are not people. */
  g_assert_false (any_mention (set, docs, "Secretary Doe"));
  g_assert_true (dossier_entity_set_lookup (set, "Secretary Doe") == doe);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "United States"));
}

static void
test_same_surname (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "Defense Minister Kang Min-jae and Admiral Kang Tae-ho met. Minister Kang praised the navy, "
      "and Admiral Kang thanked him.\n",
      NULL);
  DossierEntity *minister = find (set, DOSSIER_ENTITY_PERSON, "Kang Min-jae");
  DossierEntity *admiral = find (set, DOSSIER_ENTITY_PERSON, "Kang Tae-ho");

  /* The title tells which Kang is meant. */
  g_assert_nonnull (minister);
  g_assert_nonnull (admiral);
  g_assert_cmpuint (dossier_entity_get_n_mentions (minister), ==, 2);
  g_assert_cmpuint (dossier_entity_get_n_mentions (admiral), ==, 2);
}

static void
test_title_abbreviation (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "Under Secretary of Defense for Policy (USDP) Maria Lopez attended the talks. USDP Lopez "
      "later briefed reporters.\n",
      NULL);
  DossierEntity *lopez = find (set, DOSSIER_ENTITY_PERSON, "Maria Lopez");

  g_assert_nonnull (lopez);
  g_assert_cmpuint (dossier_entity_get_n_mentions (lopez), ==, 2);
  /* The abbreviation names an office, not an organization. */
  g_assert_null (dossier_entity_set_lookup (set, "USDP"));
}

static void
test_no_junk (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "Both delegations agreed on the agenda. First, they reviewed the Alliance. The Secretary "
      "spoke. Recognizing the stakes, the Summit ended. Together they left.\n",
      NULL);

  g_assert_cmpuint (dossier_entity_set_get_n_entities (set), ==, 0);
}

static void
test_head_words (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "Officials from the Maritime Security Working Group and the Council for Science and "
      "Technology "
      "Policy prepared the Baltic Defense Summit, and recalled the Treaty of Friendship and "
      "Cooperation and the Helsinki Final Act.\n",
      NULL);

  g_assert_nonnull (find (set, DOSSIER_ENTITY_ORG, "Maritime Security Working Group"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_ORG, "Council for Science and Technology Policy"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "Baltic Defense Summit"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_AGREEMENT, "Treaty of Friendship and Cooperation"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_AGREEMENT, "Helsinki Final Act"));
}

static void
test_hyphens_and_places (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set
      = extract (&docs,
                 "The U.S.-Philippines Bilateral Strategic Dialogue and the Philippines-U.S. "
                 "Bilateral Strategic "
                 "Dialogue are one meeting. Japan-Australia cooperation in the South China Sea "
                 "grew, and South "
                 "Korea, the ROK and the Republic of Korea are one country.\n",
                 NULL);
  DossierEntity *dialogue
      = find (set, DOSSIER_ENTITY_EVENT, "U.S.-Philippines Bilateral Strategic Dialogue");
  DossierEntity *korea = find (set, DOSSIER_ENTITY_GPE, "Republic of Korea");

  g_assert_nonnull (dialogue);
  g_assert_cmpuint (dossier_entity_get_n_mentions (dialogue), ==, 2);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "Japan"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "Australia"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "South China Sea"));
  g_assert_nonnull (korea);
  g_assert_cmpuint (dossier_entity_get_n_mentions (korea), ==, 3);
  g_assert_cmpstr (dossier_entity_get_acronym (korea), ==, "ROK");
}

static void
test_quoted_titles (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "They adopted the \u201cJoint Vision for Resilient Supply Chains,\u201d rejected claims of "
      "\u201ctwo hostile states,\u201d and recalled the 'Charter of Maritime Partnership'.\n",
      NULL);

  g_assert_nonnull (
      find (set, DOSSIER_ENTITY_AGREEMENT, "Joint Vision for Resilient Supply Chains"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_AGREEMENT, "Charter of Maritime Partnership"));
  g_assert_false (any_mention (set, docs, "two hostile states"));
}

static void
test_exercises (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "The navies held PACIFIC VANGUARD and the trilateral exercise NORTHERN GUARD. They also "
      "concluded Keen Sword 25 (KS 25) and KEEN SWORD exercise 25, and planned exercises such as "
      "Keen Sword and Cope North.\n",
      NULL);
  DossierEntity *ks = find (set, DOSSIER_ENTITY_EVENT, "Keen Sword 25");

  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "PACIFIC VANGUARD"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "NORTHERN GUARD"));
  g_assert_nonnull (ks);
  g_assert_cmpstr (dossier_entity_get_acronym (ks), ==, "KS 25");
  g_assert_cmpuint (dossier_entity_get_n_mentions (ks), ==, 3);
  g_assert_true (has_alias (ks, "KEEN SWORD exercise 25"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "Keen Sword"));
  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "Cope North"));
}

static void
test_ordinal_meetings (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "The 12th Joint Committee Meeting (JCM) took place in Canberra. Officials will prepare the "
      "13th JCM, as the 12th JCM asked.\n",
      NULL);
  DossierEntity *twelfth = find (set, DOSSIER_ENTITY_EVENT, "12th Joint Committee Meeting");
  DossierEntity *thirteenth = find (set, DOSSIER_ENTITY_EVENT, "13th Joint Committee Meeting");

  g_assert_nonnull (twelfth);
  g_assert_cmpuint (dossier_entity_get_n_mentions (twelfth), ==, 2);
  g_assert_true (has_alias (twelfth, "12th JCM"));
  g_assert_nonnull (thirteenth);
  g_assert_true (twelfth != thirteenth);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_EVENT, "Joint Committee Meeting"));
}

static void
test_dates (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs,
      "They met on March 3, 2025 and again in May 2026. The plan runs from 2027, was drafted since "
      "July, and follows the 2022 Review. Talks on 4 June 2025 may continue.\n",
      NULL);

  g_assert_true (any_mention (set, docs, "March 3, 2025"));
  g_assert_true (any_mention (set, docs, "May 2026"));
  g_assert_true (any_mention (set, docs, "2027"));
  g_assert_true (any_mention (set, docs, "July"));
  g_assert_true (any_mention (set, docs, "4 June 2025"));
  g_assert_false (any_mention (set, docs, "2022"));
  for (guint i = 0; i < dossier_entity_set_get_n_entities (set); i++)
    g_assert_cmpint (dossier_entity_get_entity_type (dossier_entity_set_get_entity (set, i)), ==,
                     DOSSIER_ENTITY_DATE);
}

static void
test_people_across_documents (void)
{
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set
      = extract (&docs, "Prime Minister Anna Karlsson of Sweden welcomed the plan.\n",
                 "Prime Minister Karlsson later signed it in Stockholm.\n");
  DossierEntity *karlsson = find (set, DOSSIER_ENTITY_PERSON, "Anna Karlsson");
  guint n;
  const DossierMention *m;

  g_assert_nonnull (karlsson);
  m = dossier_entity_get_mentions (karlsson, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (m[1].document == g_ptr_array_index (docs, 1));
}

static void
test_offsets_and_ranges (void)
{
  /* Multi-byte characters before the names: offsets are code points. */
  g_autoptr (GPtrArray) docs = NULL;
  g_autoptr (DossierEntitySet) set = extract (
      &docs, "\u201cCaf\u00e9\u201d \u2014 Norway and Finland signed the Arctic Accord.\n", NULL);
  DossierDocument *doc = g_ptr_array_index (docs, 0);
  DossierEntity *norway = find (set, DOSSIER_ENTITY_GPE, "Norway");
  const DossierMention *m;
  g_autoptr (GPtrArray) in_range = NULL;
  guint n;

  g_assert_nonnull (norway);
  m = dossier_entity_get_mentions (norway, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (m[0].start, ==, 9);
  g_assert_cmpuint (m[0].end, ==, 15);

  in_range = dossier_entity_set_in_range (set, doc, 0, 30);
  g_assert_cmpuint (in_range->len, ==, 2);
  g_assert_true (g_ptr_array_index (in_range, 0) == norway);
  {
    const DossierPlacedMention *placed = dossier_entity_set_get_mentions_in (set, doc, &n);

    g_assert_cmpuint (n, ==, 3);
    for (guint i = 1; i < n; i++)
      g_assert_cmpuint (placed[i - 1].end, <=, placed[i].start);
  }
  /* The set is a list model of entities, ordered by type. */
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (set)) == DOSSIER_TYPE_ENTITY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (set)), ==,
                    dossier_entity_set_get_n_entities (set));
  {
    g_autoptr (DossierEntity) first = g_list_model_get_item (G_LIST_MODEL (set), 0);

    g_assert_cmpint (dossier_entity_get_entity_type (first), ==, DOSSIER_ENTITY_GPE);
  }
}

static void
test_gazetteer_user_data (void)
{
  g_autoptr (DossierGazetteer) gaz = dossier_gazetteer_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (DossierEntitySet) set = NULL;
  guint n;

  g_assert_true (dossier_gazetteer_add_bundled (gaz, &error));
  g_assert_no_error (error);
  n = dossier_gazetteer_get_n_entries (gaz);
  g_assert_cmpuint (n, >, 400);

  /* Not JSON, and JSON of the wrong shape: errors, and nothing is added. */
  g_assert_false (dossier_gazetteer_add_data (gaz, "{ \"entities\": [", -1, "broken.json", &error));
  g_assert_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (dossier_gazetteer_add_data (gaz,
                                              "{\"entities\": [{\"name\": \"Ruritania\", \"type\": "
                                              "\"GPE\"}, {\"name\": \"X\", \"type\": \"PLANET\"}]}",
                                              -1, "wrong.json", &error));
  g_assert_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_false (
      dossier_gazetteer_add_data (gaz, "{\"titles\": \"Duke\"}", -1, "wrong.json", &error));
  g_assert_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_false (dossier_gazetteer_add_data (gaz, "[1, 2]", -1, "wrong.json", &error));
  g_assert_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA);
  g_clear_error (&error);
  g_assert_cmpuint (dossier_gazetteer_get_n_entries (gaz), ==, n);
  g_assert_null (dossier_gazetteer_lookup (gaz, "Ruritania"));

  /* A valid extension: a place with an acronym and a title. */
  g_assert_true (
      dossier_gazetteer_add_data (gaz,
                                  "{\"entities\": [{\"name\": \"Ruritania\", \"type\": \"GPE\", "
                                  "\"aliases\": [\"Kingdom of Ruritania\"],"
                                  " \"acronyms\": [\"KOR-R\"], \"adjectives\": [\"Ruritanian\"]}],"
                                  " \"titles\": [\"Grand Vizier\"]}",
                                  -1, "user.json", &error));
  g_assert_no_error (error);
  g_assert_nonnull (dossier_gazetteer_lookup (gaz, "Kingdom of Ruritania"));

  g_ptr_array_add (docs, doc_from_text ("The Kingdom of Ruritania hosted Grand Vizier Otto Brandt. "
                                        "Ruritanian troops and Ruritania agreed.\n"));
  set = dossier_entity_set_extract_with_gazetteer (docs, gaz, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_GPE, "Ruritania"));
  g_assert_cmpuint (dossier_entity_get_n_mentions (find (set, DOSSIER_ENTITY_GPE, "Ruritania")), ==,
                    3);
  g_assert_nonnull (find (set, DOSSIER_ENTITY_PERSON, "Otto Brandt"));
}

static void
test_cancelled (void)
{
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  DossierEntitySet *set;

  g_ptr_array_add (docs, doc_from_text ("Norway met Finland.\n"));
  g_cancellable_cancel (cancellable);
  set = dossier_entity_set_extract (docs, cancellable, &error);
  g_assert_null (set);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/entities/acronyms", test_acronyms);
  g_test_add_func ("/dossier/entities/acronym-across-documents", test_acronym_across_documents);
  g_test_add_func ("/dossier/entities/people", test_people);
  g_test_add_func ("/dossier/entities/same-surname", test_same_surname);
  g_test_add_func ("/dossier/entities/title-abbreviation", test_title_abbreviation);
  g_test_add_func ("/dossier/entities/no-junk", test_no_junk);
  g_test_add_func ("/dossier/entities/head-words", test_head_words);
  g_test_add_func ("/dossier/entities/hyphens-and-places", test_hyphens_and_places);
  g_test_add_func ("/dossier/entities/quoted-titles", test_quoted_titles);
  g_test_add_func ("/dossier/entities/exercises", test_exercises);
  g_test_add_func ("/dossier/entities/ordinal-meetings", test_ordinal_meetings);
  g_test_add_func ("/dossier/entities/dates", test_dates);
  g_test_add_func ("/dossier/entities/people-across-documents", test_people_across_documents);
  g_test_add_func ("/dossier/entities/offsets-and-ranges", test_offsets_and_ranges);
  g_test_add_func ("/dossier/entities/gazetteer-user-data", test_gazetteer_user_data);
  g_test_add_func ("/dossier/entities/cancelled", test_cancelled);
  return g_test_run ();
}
