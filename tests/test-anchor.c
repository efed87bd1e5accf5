/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-anchor.h"
#include "dossier-test-workspace.h"

#define P1 "The two ministers met in Washington on 11 April 2024."
#define P2                                                                                         \
  "They agreed to recieve the first report of the working group before the end of the year."
#define P2_FIXED                                                                                   \
  "They agreed to receive the first report of the working group before the end of the year."
#define P3 "Both sides reaffirmed their commitment to regional security."
#define INSERTED "Preface paragraph inserted here.\n\n"

static void
test_describe (void)
{
  g_autoptr (DossierDocument) doc = doc_from (P1 "\n\n" P2 "\n", "v1.txt");
  g_autofree char *exact = NULL, *prefix = NULL, *suffix = NULL;

  dossier_anchor_describe (doc, 0, 7, &exact, &prefix, &suffix);
  g_assert_cmpstr (exact, ==, "The two");
  g_assert_cmpstr (prefix, ==, "");
  g_assert_cmpstr (suffix, ==, " ministers met in Washington on ");
  g_assert_cmpuint (g_utf8_strlen (suffix, -1), ==, DOSSIER_ANCHOR_CONTEXT_LENGTH);
}

static void
test_unchanged (void)
{
  g_autoptr (DossierDocument) doc = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierAnnotation) a = annotate (doc, "first report of the working group", 0);
  DossierAnchorMatch m;

  g_assert_true (dossier_anchor_reanchor (a, doc, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_POSITION);
  g_assert_cmpuint (m.start, ==, offset_of (doc, "first report"));
  g_assert_cmpfloat (m.similarity, ==, 1.0);
  g_assert_false (dossier_annotation_get_orphaned (a));
}

static void
test_insertion_before (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (INSERTED P1 "\n\n" P2 "\n\n" P3 "\n", "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, "first report of the working group", 0);
  guint old_start = dossier_annotation_get_start (a);
  DossierAnchorMatch m;

  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_QUOTE);
  /* The inserted paragraph and its separator are 34 code points. */
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, old_start + 34);
  g_assert_cmpuint (dossier_annotation_get_end (a) - dossier_annotation_get_start (a), ==, 33);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, "first report of the working group");
  g_assert_cmpstr (dossier_annotation_get_document_hash (a), ==,
                   dossier_document_get_content_hash (v2));
  g_assert_false (dossier_annotation_get_orphaned (a));
}

static void
test_insertion_non_ascii (void)
{
  g_autoptr (DossierDocument) v1
      = doc_from ("양국은 “워싱턴 선언”을 환영했다.\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (
      "서문: 한미 국방장관 회담 — 2024.\n\n양국은 “워싱턴 선언”을 환영했다.\n\n" P3 "\n", "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, "워싱턴 선언", 0);
  DossierAnchorMatch m;

  g_assert_cmpuint (dossier_annotation_get_start (a), ==, 5);
  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_QUOTE);
  /* "서문: 한미 국방장관 회담 — 2024." is 22 code points, plus two line breaks. */
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, 5 + 24);
  g_assert_cmpuint (dossier_annotation_get_end (a), ==, 5 + 24 + 6);
}

static void
test_typo_inside (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (P1 "\n\n" P2_FIXED "\n\n" P3 "\n", "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, "They agreed to recieve the first report", 0);
  guint start = dossier_annotation_get_start (a);
  DossierAnchorMatch m;

  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FUZZY);
  /* "ie" -> "ei": two substitutions in 39 code points. */
  g_assert_cmpfloat_with_epsilon (m.similarity, 1.0 - 2.0 / 39.0, 1e-9);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, "They agreed to receive the first report");
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, start);
  g_assert_cmpuint (dossier_annotation_get_end (a), ==, start + 39);
}

static void
test_word_inserted_inside (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (
      INSERTED P1 "\n\nThey agreed to receive the first annual report of the working group before "
                  "the end of the year.\n\n" P3 "\n",
      "v2.txt");
  g_autoptr (DossierAnnotation) a
      = annotate (v1, "agreed to recieve the first report of the working group", 0);
  DossierAnchorMatch m;

  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==,
                   "agreed to receive the first annual report of the working group");
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, offset_of (v2, "agreed to receive"));
}

static void
test_deleted_passage (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (P1 "\n\n" P3 "\n", "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, P2, 0);
  guint start = dossier_annotation_get_start (a);
  DossierAnchorMatch m;

  g_assert_false (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FAILED);
  /* Kept as it was, marked orphaned, counted against the new text. */
  g_assert_true (dossier_annotation_get_orphaned (a));
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, P2);
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, start);
  g_assert_cmpstr (dossier_annotation_get_document_hash (a), ==,
                   dossier_document_get_content_hash (v2));

  /* Putting the passage back places it again. */
  g_assert_true (dossier_anchor_reanchor (a, v1, &m));
  g_assert_false (dossier_annotation_get_orphaned (a));
}

static void
test_rewritten_passage (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (P1 "\n\n" P2 "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (
      P1 "\n\nThe working group will publish its annual assessment next spring.\n\n" P3 "\n",
      "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, P2, 0);
  DossierAnchorMatch m;

  /* Far more than a quarter of the quote changed: not the same passage any more. */
  g_assert_false (dossier_anchor_reanchor (a, v2, &m));
  g_assert_true (dossier_annotation_get_orphaned (a));
}

#define DUP "the parties agreed to expand joint exercises"
#define DUP_TEXT                                                                                   \
  "At the first meeting, " DUP ". Later that day, officials noted progress.\n\nAt the second "     \
  "meeting, " DUP ". Reporters asked for details.\n"

static void
test_duplicated_quote (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (DUP_TEXT, "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (INSERTED DUP_TEXT, "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, DUP, 1);
  guint second = offset_of_nth (v2, DUP, 1);
  DossierAnchorMatch m;

  g_assert_cmpuint (dossier_annotation_get_start (a), ==, offset_of_nth (v1, DUP, 1));
  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_QUOTE);
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, second);

  /* The context decides even with no useful position. */
  g_assert_true (dossier_anchor_locate (v2, DUP, "At the second meeting, ", ". Reporters asked", 0,
                                        0, DOSSIER_ANCHOR_DEFAULT_THRESHOLD, &m));
  g_assert_cmpuint (m.start, ==, second);
  g_assert_true (dossier_anchor_locate (v2, DUP, "At the first meeting, ", ". Later that day", 9999,
                                        9999, DOSSIER_ANCHOR_DEFAULT_THRESHOLD, &m));
  g_assert_cmpuint (m.start, ==, offset_of_nth (v2, DUP, 0));

  /* Without context, the occurrence nearest the old position wins. */
  g_assert_true (dossier_anchor_locate (v2, DUP, NULL, NULL, second - 3, second - 3 + 44,
                                        DOSSIER_ANCHOR_DEFAULT_THRESHOLD, &m));
  g_assert_cmpuint (m.start, ==, second);
}

static void
test_short_quote_needs_context (void)
{
  g_autoptr (DossierDocument) v1 = doc_from (
      "During the April meeting, the NCG met in Seoul to plan the next exercise.\n", "v1.txt");
  g_autoptr (DossierDocument) moved = doc_from (
      INSERTED "During the April meeting, the NCG met in Seoul to plan the next exercise.\n",
      "v2.txt");
  g_autoptr (DossierDocument) unrelated = doc_from (
      "Separately, reporters asked whether NCG officials had traveled abroad.\n", "v3.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, "NCG", 0);
  g_autoptr (DossierAnnotation) b = annotate (v1, "NCG", 0);
  DossierAnchorMatch m;

  g_assert_true (dossier_anchor_reanchor (a, moved, &m));
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, offset_of (moved, "NCG"));
  /* Three letters elsewhere, in other words, are not the passage the analyst marked. */
  g_assert_false (dossier_anchor_reanchor (b, unrelated, &m));
  g_assert_true (dossier_annotation_get_orphaned (b));
}

static char *
filler (guint paragraphs)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < paragraphs; i++)
    g_string_append_printf (s, "Paragraph %u covers routine administrative matter number %u.\n\n",
                            i, i * 7);
  return g_string_free (s, FALSE);
}

static void
test_moved_far_with_typo (void)
{
  g_autofree char *fill = filler (80);
  g_autofree char *t1 = g_strconcat (P2 "\n\n", fill, P3 "\n", NULL);
  g_autofree char *t2 = g_strconcat (fill, P2_FIXED "\n\n", P3 "\n", NULL);
  g_autoptr (DossierDocument) v1 = doc_from (t1, "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (t2, "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, P2, 0);
  DossierAnchorMatch m;

  /* Thousands of code points away: beyond the window around the old place. */
  g_assert_cmpuint (offset_of (v2, "They agreed"), >, 4000);
  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_cmpuint (m.start, ==, offset_of (v2, "They agreed"));
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, P2_FIXED);
}

#define LONG_A                                                                                     \
  "The Ministers reviewed the implementation of the alliance's extended deterrence commitments. "
#define LONG_B                                                                                     \
  "They discussed the expansion of combined exercises, including large-scale field training. "
#define LONG_C                                                                                     \
  "Both sides agreed to strengthen cooperation on maritime security and information sharing. "
#define LONG_D                                                                                     \
  "The Ministers also welcomed progress on defense industrial cooperation and supply chains. "
#define LONG_E "They committed to meet again next year to assess the results of these efforts."

static void
test_long_quote (void)
{
  g_autoptr (DossierDocument) v1
      = doc_from (P1 "\n\n" LONG_A LONG_B LONG_C LONG_D LONG_E "\n\n" P3 "\n", "v1.txt");
  g_autoptr (DossierDocument) v2 = doc_from (
      INSERTED P1
      "\n\n" LONG_A LONG_B
      "Both sides agreed to deepen cooperation on naval security and information exchange. " LONG_D
          LONG_E "\n\n" P3 "\n",
      "v2.txt");
  g_autoptr (DossierAnnotation) a = annotate (v1, LONG_A LONG_B LONG_C LONG_D LONG_E, 0);
  guint start = offset_of (v2, "The Ministers reviewed");
  guint end = offset_of (v2, "these efforts.") + 14;
  DossierAnchorMatch m;

  g_assert_cmpuint (dossier_annotation_get_end (a) - dossier_annotation_get_start (a), >, 256);
  g_assert_true (dossier_anchor_reanchor (a, v2, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, start);
  g_assert_cmpuint (dossier_annotation_get_end (a), ==, end);
  g_assert_true (strstr (dossier_annotation_get_exact (a), "naval security") != NULL);
}

static void
test_repetitive_text (void)
{
  g_autofree char *text = g_strnfill (20000, 'a');
  g_autofree char *quote = g_strnfill (100, 'a');
  g_autofree char *almost = g_strconcat (quote, "b", NULL);
  g_autoptr (DossierDocument) doc = doc_from (text, "a.txt");
  DossierAnchorMatch m;

  /* Pathological input still terminates with a sensible answer. */
  g_assert_true (dossier_anchor_locate (doc, quote, NULL, NULL, 500, 600, 0.75, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_POSITION);
  g_assert_true (dossier_anchor_locate (doc, quote, NULL, NULL, 30000, 30100, 0.75, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_QUOTE);
  g_assert_cmpuint (m.end - m.start, ==, 100);
  g_assert_true (dossier_anchor_locate (doc, almost, NULL, NULL, 500, 601, 0.75, &m));
  g_assert_cmpint (m.method, ==, DOSSIER_ANCHOR_FUZZY);
  g_assert_false (dossier_anchor_locate (doc, "", NULL, NULL, 0, 0, 0.75, &m));
  g_assert_false (dossier_anchor_locate (doc, "zzzzzzzzzzzz", NULL, NULL, 0, 0, 0.75, &m));
}

static void
test_workspace_reanchors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-anchor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "statement.txt", NULL);
  g_autoptr (DossierDocument) v1 = NULL;
  g_autoptr (DossierDocument) v2 = NULL;
  g_autoptr (DossierWorkspace) ws = dossier_workspace_new ();
  g_autoptr (DossierAnnotation) a1 = NULL, a2 = NULL, a3 = NULL;
  g_autoptr (DossierLinkDecision) d = NULL;
  g_autoptr (DossierWorkspaceEdit) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL;
  DossierWorkspaceDocument *entry;
  const DossierLinkDecision *moved;
  const char *other = "9999999999999999999999999999999999999999999999999999999999999999";
  guint n_orphaned = 99;

  write_text (path, P1 "\n\n" P2 "\n\n" P3 "\n");
  v1 = import_path (path);
  dossier_workspace_add_document (ws, v1, NULL);
  a1 = annotate (v1, "met in Washington", 0);
  a2 = annotate (v1, "They agreed to recieve the first report", 0);
  a3 = annotate (v1, "reaffirmed their commitment", 0);
  e1 = dossier_workspace_add_annotation (ws, a1);
  e2 = dossier_workspace_add_annotation (ws, a2);
  e3 = dossier_workspace_add_annotation (ws, a3);
  d = dossier_link_decision_new (DOSSIER_LINK_DECISION_CONFIRMED,
                                 dossier_document_get_content_hash (v1), offset_of (v1, "Both"),
                                 offset_of (v1, "Both") + 60, P3, other, 0, 10, "Outcome.", NULL);
  e4 = dossier_workspace_set_link_decision (ws, d);
  dossier_workspace_set_scroll_offset (ws, dossier_document_get_content_hash (v1), 17);
  dossier_workspace_set_modified (ws, FALSE);

  /* A corrected release: a paragraph added on top, the typo fixed, another paragraph added. */
  write_text (path,
              INSERTED P1 "\n\n" P2_FIXED "\n\nOfficials will meet again in 2025.\n\n" P3 "\n");
  v2 = import_path (path);
  entry = dossier_workspace_add_document (ws, v2, &n_orphaned);
  g_assert_cmpuint (n_orphaned, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_documents (ws)), ==, 1);
  g_assert_cmpstr (dossier_workspace_document_get_content_hash (entry), ==,
                   dossier_document_get_content_hash (v2));
  g_assert_true (dossier_workspace_document_get_document (entry) == v2);
  g_assert_true (dossier_workspace_get_modified (ws));

  g_assert_cmpuint (dossier_annotation_get_start (a1), ==, offset_of (v2, "met in Washington"));
  g_assert_cmpstr (dossier_annotation_get_exact (a2), ==,
                   "They agreed to receive the first report");
  g_assert_cmpuint (dossier_annotation_get_start (a3), ==, offset_of (v2, "reaffirmed"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (DossierAnnotation) a
          = g_list_model_get_item (dossier_workspace_get_annotations (ws), i);
      g_assert_cmpstr (dossier_annotation_get_document_hash (a), ==,
                       dossier_document_get_content_hash (v2));
    }
  moved = dossier_workspace_get_link_decision (ws, 0);
  g_assert_cmpstr (moved->source.document, ==, dossier_document_get_content_hash (v2));
  g_assert_cmpuint (moved->source.start, ==, offset_of (v2, "Both"));
  g_assert_cmpstr (moved->target.document, ==, other);
  g_assert_true (
      dossier_workspace_get_scroll_offset (ws, dossier_document_get_content_hash (v2), NULL));

  /* A third release without the passage: the annotation stays, orphaned. */
  {
    g_autoptr (DossierDocument) v3 = NULL;
    write_text (path, P1 "\n\n" P3 "\n");
    v3 = import_path (path);
    dossier_workspace_add_document (ws, v3, &n_orphaned);
    g_assert_cmpuint (n_orphaned, ==, 1);
    g_assert_true (dossier_annotation_get_orphaned (a2));
    g_assert_false (dossier_annotation_get_orphaned (a1));
    g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 3);
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/anchor/describe", test_describe);
  g_test_add_func ("/dossier/anchor/unchanged", test_unchanged);
  g_test_add_func ("/dossier/anchor/insertion-before", test_insertion_before);
  g_test_add_func ("/dossier/anchor/insertion-non-ascii", test_insertion_non_ascii);
  g_test_add_func ("/dossier/anchor/typo-inside", test_typo_inside);
  g_test_add_func ("/dossier/anchor/word-inserted-inside", test_word_inserted_inside);
  g_test_add_func ("/dossier/anchor/deleted-passage", test_deleted_passage);
  g_test_add_func ("/dossier/anchor/rewritten-passage", test_rewritten_passage);
  g_test_add_func ("/dossier/anchor/duplicated-quote", test_duplicated_quote);
  g_test_add_func ("/dossier/anchor/short-quote-needs-context", test_short_quote_needs_context);
  g_test_add_func ("/dossier/anchor/moved-far-with-typo", test_moved_far_with_typo);
  g_test_add_func ("/dossier/anchor/long-quote", test_long_quote);
  g_test_add_func ("/dossier/anchor/repetitive-text", test_repetitive_text);
  g_test_add_func ("/dossier/anchor/workspace-reanchors", test_workspace_reanchors);
  return g_test_run ();
}
