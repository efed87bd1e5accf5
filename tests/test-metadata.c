/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-import.h"
#include "dossier-metadata.h"

/* Metadata from general rules, on statements made up for the purpose. */

static DossierDocument *
import_string (const char *data)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, "statement.txt", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
test_title_case (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "U.S.-REPUBLIC OF KOREA SECURITY CONSULTATIVE MEETING AND 2+2 MINISTERIAL DIALOGUE",
      "U.S.-Republic of Korea Security Consultative Meeting and 2+2 Ministerial Dialogue" },
    { "THE ROK AND THE US IN THE INDO-PACIFIC", "The ROK and the US in the Indo-Pacific" },
    { "JOINT COMMUNIQUÉ OF THE 12TH MINISTERIAL MEETING",
      "Joint Communiqué of the 12th Ministerial Meeting" },
    { "THE 1ST, 2ND AND 3RD ROUNDS", "The 1st, 2nd and 3rd Rounds" },
    { "G20 AND F-35 AND B52H", "G20 and F-35 and B52H" },
    { "OF MICE AND MEN", "Of Mice and Men" },
    { "STRENGTHENING  NATO", "Strengthening NATO" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tc = dossier_metadata_title_case (cases[i].in);
      g_assert_cmpstr (tc, ==, cases[i].out);
    }
}

static void
test_kind_from_title (void)
{
  static const struct
  {
    const char *title;
    DossierDocumentKind kind;
  } cases[] = {
    { "Joint Communiqué of the 12th Ministerial Meeting", DOSSIER_DOCUMENT_KIND_COMMUNIQUE },
    { "56th Security Consultative Meeting Joint Communique", DOSSIER_DOCUMENT_KIND_COMMUNIQUE },
    { "FACT SHEET: New Steps in Cooperation", DOSSIER_DOCUMENT_KIND_FACT_SHEET },
    { "Factsheet on Trade", DOSSIER_DOCUMENT_KIND_FACT_SHEET },
    { "Joint Declaration on Defense Cooperation", DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT },
    { "Joint Leaders’ Statement", DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT },
    { "Joint Press Statement for the 24th Example Dialogue",
      DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT },
    { "Statement by the Press Secretary", DOSSIER_DOCUMENT_KIND_OTHER },
    { "Readout of the Secretary’s Call", DOSSIER_DOCUMENT_KIND_OTHER },
    { "Disjointed Statements", DOSSIER_DOCUMENT_KIND_OTHER },
    { "Camp Principles", DOSSIER_DOCUMENT_KIND_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].title);
      g_assert_cmpint (dossier_metadata_kind_from_title (cases[i].title), ==, cases[i].kind);
    }
}

static void
test_find_meeting (void)
{
  static const struct
  {
    const char *text;
    const char *meeting;
  } cases[] = {
    /* An ordinal, a name ending in a meeting word, and the acronym right after it. */
    { "The 56th Security Consultative Meeting (SCM) was held in the capital.", "56th SCM" },
    { "held the 24th Korea-U.S. Integrated Defense Dialogue (KIDD) on April 11", "24th KIDD" },
    { "Both sides look forward to the 57th SCM next year.", "57th SCM" },
    /* The acronym defined elsewhere in the text. */
    { "The 9th Strategic Dialogue was held. The Strategic Dialogue (SD) is the main forum.",
      "9th SD" },
    /* No acronym: the name itself. */
    { "at the 3rd Example Dialogue in May", "3rd Example Dialogue" },
    { "after the 12th Trilateral Talks, the sides", "12th Trilateral Talks" },
    /* In capitals: title-cased, ordinal suffix in lower case. */
    { "THE 5TH JOINT COMMITTEE MEETING", "5th Joint Committee Meeting" },
    /* Ordinals that name no meeting. */
    { "REMARKS AT THE 5TH ANNIVERSARY", NULL },
    { "the 70th anniversary of the Alliance", NULL },
    { "to face the 21st century’s challenges", NULL },
    { "no ordinal at the Example Summit here", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *t = cases[i].text;
      g_autofree char *m = dossier_metadata_find_meeting (t, strlen (t), t, strlen (t));
      g_test_message ("%s", t);
      g_assert_cmpstr (m, ==, cases[i].meeting);
    }
}

static void
test_read_labels (void)
{
  g_autoptr (DossierDocument) doc = import_string (
      "FOR IMMEDIATE RELEASE\n\nMedia Note\n\nJoint Statement on the Example Partnership\n\n"
      "January 5, 2025\n\nThe ministers met in Capital City on January 4, 2025 and recalled the "
      "talks of March 3, 2024.\n");

  /* Release boilerplate is not the title; the dateline beats dates in the text. */
  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement on the Example Partnership");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT);
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2025-01-05");
  g_assert_null (dossier_document_get_meeting (doc));
}

static void
test_read_capitals (void)
{
  g_autoptr (DossierDocument) doc
      = import_string ("JOINT STATEMENT OF THE 5TH EXAMPLE DIALOGUE\n\nMay 6, 2025\n\n"
                       "Recalling the meeting of March 3, 2024, the delegations met again.\n");

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement of the 5th Example Dialogue");
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "5th Example Dialogue");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT);
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2025-05-06");
  /* The text itself is kept as published. */
  g_assert_true (g_str_has_prefix (dossier_document_get_text (doc), "JOINT STATEMENT OF THE 5TH"));
}

static void
test_read_fact_sheet_label (void)
{
  g_autoptr (DossierDocument) doc
      = import_string ("FACT SHEET\n\nNew Steps in Regional Cooperation\n\nJune 2, 2024\n\nThe "
                       "partners announced steps.\n");

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Fact Sheet: New Steps in Regional Cooperation");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_FACT_SHEET);
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-06-02");
}

static void
test_read_meeting_in_body (void)
{
  /* The title names no meeting; the first paragraph does. */
  g_autoptr (DossierDocument) doc = import_string ("Joint Press Statement\n\nSeptember 9, 2024\n\n"
                                                   "The 31st Bilateral Planning Meeting (BPM) took "
                                                   "place in Port City. The BPM reviewed plans.\n");

  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "31st BPM");
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-09-09");
}

static void
test_read_named_meeting (void)
{
  g_autoptr (DossierDocument) doc = import_string (
      "Statement on the Trilateral Leaders’ Summit\n\nAugust 1, 2024\n\nThe leaders met.\n");
  g_autoptr (DossierDocument) plain
      = import_string ("Statement on the Talks\n\nAugust 1, 2024\n\nThe leaders met.\n");

  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "Trilateral Leaders’ Summit");
  g_assert_null (dossier_document_get_meeting (plain));
}

static void
test_read_dates (void)
{
  g_autoptr (GString) s = g_string_new ("A Statement Without a Dateline\n\n");
  g_autoptr (DossierDocument) late = NULL;
  g_autoptr (DossierDocument) none = NULL;

  /* Past the opening blocks, the first date anywhere is the best there is. */
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (s, "Paragraph %u of the statement says nothing about time.\n\n", i + 1);
  g_string_append (
      s, "The next meeting will take place on June 3, 2026, and again on July 1, 2026.\n");
  late = import_string (s->str);
  g_assert_cmpstr (dossier_document_get_date (late), ==, "2026-06-03");

  none = import_string ("Statement\n\nThe parties met and will meet again.\n");
  g_assert_null (dossier_document_get_date (none));
}

static void
test_read_fallback_title (void)
{
  const char *para
      = "The ministers of the two countries met in the capital to review the progress of their "
        "cooperation in defense, trade and technology.";
  g_autoptr (DossierDocument) doc = import_string (para);
  const char *title = dossier_document_get_title (doc);

  /* No title line: the first words of the first paragraph, cut with an ellipsis. */
  g_assert_cmpuint (g_utf8_strlen (title, -1), ==, 78);
  g_assert_true (g_str_has_suffix (title, "…"));
  g_assert_true (strncmp (title, para, 77) == 0);
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_OTHER);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/metadata/title-case", test_title_case);
  g_test_add_func ("/dossier/metadata/kind-from-title", test_kind_from_title);
  g_test_add_func ("/dossier/metadata/find-meeting", test_find_meeting);
  g_test_add_func ("/dossier/metadata/read/labels", test_read_labels);
  g_test_add_func ("/dossier/metadata/read/capitals", test_read_capitals);
  g_test_add_func ("/dossier/metadata/read/fact-sheet-label", test_read_fact_sheet_label);
  g_test_add_func ("/dossier/metadata/read/meeting-in-body", test_read_meeting_in_body);
  g_test_add_func ("/dossier/metadata/read/named-meeting", test_read_named_meeting);
  g_test_add_func ("/dossier/metadata/read/dates", test_read_dates);
  g_test_add_func ("/dossier/metadata/read/fallback-title", test_read_fallback_title);

  return g_test_run ();
}
