/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "dossier-import.h"
#include "dossier-segment-private.h"

static DossierDocument *
doc_from_text (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, "crafted.txt", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The sentences of @text as strings, each checked against the expectations. */
static void
check_sentences (const char *text, const char *const *expected)
{
  g_autoptr (DossierDocument) doc = doc_from_text (text);
  g_autoptr (GArray) sentences = dossier_segment_sentences (doc);
  guint n_expected = g_strv_length ((char **) expected);

  for (guint i = 0; i < sentences->len; i++)
    {
      DossierSentence *s = &g_array_index (sentences, DossierSentence, i);
      g_autofree char *str = dossier_document_dup_slice (doc, s->start, s->end);

      g_test_message ("sentence %u: [%s]", i, str);
      if (i < n_expected)
        g_assert_cmpstr (str, ==, expected[i]);
    }
  g_assert_cmpuint (sentences->len, ==, n_expected);
}

static void
test_abbreviations (void)
{
  const char *a[] = {
    "The U.S. Department of Defense (DoD) and Dr. Ely Smith met.",
    "They agreed.",
    NULL,
  };
  const char *b[] = {
    "Secretary of Defense Lloyd J. Austin III and Gen. Mark Q. Doe Jr. visited Washington, D.C. on "
    "Monday.",
    "The visit lasted two days.",
    NULL,
  };
  const char *c[] = {
    "Mr. Park and Ms. Lee, e.g. the co-chairs, signed Agreement No. 5 with the U.K. Ministry.",
    "Both sides welcomed it.",
    NULL,
  };
  const char *d[] = {
    "Troops returned to the U.S.",
    "They were welcomed by Adm. Jones, Lt. Col. Smith and Sen. Brown.",
    NULL,
  };

  check_sentences ("The U.S. Department of Defense (DoD) and Dr. Ely Smith met. They agreed.\n", a);
  check_sentences ("Secretary of Defense Lloyd J. Austin III and Gen. Mark Q. Doe Jr. visited "
                   "Washington, D.C. on Monday. The visit lasted two days.\n",
                   b);
  check_sentences ("Mr. Park and Ms. Lee, e.g. the co-chairs, signed Agreement No. 5 with the U.K. "
                   "Ministry. Both sides welcomed it.\n",
                   c);
  check_sentences ("Troops returned to the U.S. They were welcomed by Adm. Jones, Lt. Col. Smith "
                   "and Sen. Brown.\n",
                   d);
}

static void
test_blocks (void)
{
  /* Sentences never cross paragraphs even without final punctuation, and the numbers of
   * numbered paragraphs belong to no sentence. */
  const char *expected[] = {
    "A Heading Without Period", "The ministers met in Paris.", "They signed a plan.",
    "Both leaders spoke",       "Another paragraph here.",     NULL,
  };

  check_sentences ("A Heading Without Period\n\n"
                   "1. The ministers met in Paris. They signed a plan.\n\n"
                   "2. Both leaders spoke\n\n"
                   "Another paragraph here.\n",
                   expected);
}

static void
test_quotes (void)
{
  const char *expected[] = {
    "They endorsed the \u201cJoint Vision for Peace.\u201d",
    "The \u2018Action Plan\u2019 followed.",
    "She asked: \u201cIs it done?\u201d",
    "It was.",
    NULL,
  };

  check_sentences (
      "They endorsed the \u201cJoint Vision for Peace.\u201d The \u2018Action Plan\u2019 "
      "followed. She asked: \u201cIs it done?\u201d It was.\n",
      expected);
}

static void
test_list_items (void)
{
  const char *expected[] = {
    "Fact sheet",
    "Launching a new dialogue.",
    "Expanding exercises with the U.S. Navy",
    NULL,
  };

  check_sentences ("Fact sheet\n\n"
                   "- Launching a new dialogue.\n"
                   "- Expanding exercises with the U.S. Navy\n",
                   expected);
}

static char *
token_text (DossierDocument *doc, const DossierToken *t)
{
  return dossier_document_dup_slice (doc, t->start, t->end);
}

static void
test_tokens (void)
{
  const char *text
      = "In 2024, the U.S.-ROK Alliance\u2019s 56th SCM met. Both welcomed Cho Chang-rae.\n";
  g_autoptr (DossierDocument) doc = doc_from_text (text);
  g_autoptr (GArray) tokens = dossier_segment_tokens (doc, 0, dossier_document_get_length (doc));
  const struct
  {
    const char *text;
    guint flags;
  } expected[] = {
    { "In", DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_SENTENCE_START },
    { "2024", DOSSIER_TOKEN_NUMBER },
    { ",", DOSSIER_TOKEN_PUNCT },
    { "the", 0 },
    { "U.S.", DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS },
    { "-", DOSSIER_TOKEN_PUNCT },
    { "ROK", DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS },
    { "Alliance", DOSSIER_TOKEN_CAPITALIZED },
    { "\u2019s", 0 },
    { "56th", DOSSIER_TOKEN_NUMBER },
    { "SCM", DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS },
    { "met", 0 },
    { ".", DOSSIER_TOKEN_PUNCT },
    { "Both", DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_SENTENCE_START },
    { "welcomed", 0 },
    { "Cho", DOSSIER_TOKEN_CAPITALIZED },
    { "Chang", DOSSIER_TOKEN_CAPITALIZED },
    { "-", DOSSIER_TOKEN_PUNCT },
    { "rae", 0 },
    { ".", DOSSIER_TOKEN_PUNCT },
  };

  for (guint i = 0; i < tokens->len && i < G_N_ELEMENTS (expected); i++)
    {
      DossierToken *t = &g_array_index (tokens, DossierToken, i);
      g_autofree char *str = token_text (doc, t);

      g_assert_cmpstr (str, ==, expected[i].text);
      g_assert_cmpuint (t->flags, ==, expected[i].flags);
    }
  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));

  /* A sub-range keeps the flags computed on the whole block. */
  {
    g_autoptr (GArray) sub = dossier_segment_tokens (doc, 47, 51);
    g_autofree char *str = NULL;

    g_assert_cmpuint (sub->len, ==, 1);
    str = token_text (doc, &g_array_index (sub, DossierToken, 0));
    g_assert_cmpstr (str, ==, "Both");
    g_assert_true (g_array_index (sub, DossierToken, 0).flags & DOSSIER_TOKEN_SENTENCE_START);
  }
}

static void
test_offsets_are_code_points (void)
{
  /* Multi-byte characters before a sentence must not shift its offsets. */
  const char *text = "\u201cS\u00e9oul\u201d \u2014 caf\u00e9. Next one.\n";
  g_autoptr (DossierDocument) doc = doc_from_text (text);
  g_autoptr (GArray) sentences = dossier_segment_sentences (doc);
  DossierSentence *s;

  g_assert_cmpuint (sentences->len, ==, 2);
  s = &g_array_index (sentences, DossierSentence, 1);
  g_assert_cmpuint (s->start, ==, 16);
  g_assert_cmpuint (s->end, ==, 25);
}

static void
test_document_pass (void)
{
  const char *text = "Heading\n\nOne sentence here. Another, with Dr. Who.\n";
  g_autoptr (DossierDocument) doc = doc_from_text (text);
  g_autoptr (GArray) s1 = dossier_segment_sentences (doc);
  g_autoptr (GArray) t1 = dossier_segment_tokens (doc, 0, G_MAXUINT);
  GArray *s2 = NULL, *t2 = NULL;

  dossier_segment_document (doc, &s2, &t2);
  g_assert_cmpuint (s2->len, ==, 3);
  g_assert_cmpuint (s1->len, ==, s2->len);
  g_assert_cmpuint (t1->len, ==, t2->len);
  g_assert_cmpmem (s1->data, s1->len * sizeof (DossierSentence), s2->data,
                   s2->len * sizeof (DossierSentence));
  g_assert_cmpmem (t1->data, t1->len * sizeof (DossierToken), t2->data,
                   t2->len * sizeof (DossierToken));
  g_array_unref (s2);
  g_array_unref (t2);
}

static void
test_out_of_range (void)
{
  g_autoptr (DossierDocument) doc = doc_from_text ("Short text.\n");
  g_autoptr (GArray) tokens = dossier_segment_tokens (doc, 100, 200);
  g_autoptr (GArray) none = dossier_segment_tokens (doc, 3, 3);

  g_assert_cmpuint (tokens->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

/* The segmenter calls Pango only on parts of a block; its words and sentences must still be
 * those of Pango run on the whole block. Checked on every real statement in the repository. */
static void
check_against_pango (DossierDocument *doc)
{
  const char *text = dossier_document_get_text (doc);
  const DossierBlock *blocks;
  guint n_blocks;
  GArray *sentences, *tokens, *spans;
  guint t = 0, s = 0;
  guint n_checked = 0;

  dossier_segment_document_full (doc, &sentences, &tokens, &spans);
  g_assert_cmpuint (tokens->len, ==, spans->len);
  blocks = dossier_document_get_blocks (doc, &n_blocks);
  for (guint b = 0; b < n_blocks; b++)
    {
      guint from = MAX (blocks[b].start, blocks[b].marker_end);
      gsize b0 = dossier_document_offset_to_byte (doc, from);
      gsize b1 = dossier_document_offset_to_byte (doc, blocks[b].end);
      guint n = blocks[b].end - from;
      g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n + 1);

      if (from >= blocks[b].end)
        continue;
      pango_default_break (text + b0, b1 - b0, NULL, attrs, n + 1);
      for (; t < tokens->len && g_array_index (tokens, DossierToken, t).start < blocks[b].end; t++)
        {
          DossierToken *tok = &g_array_index (tokens, DossierToken, t);
          DossierByteSpan *span = &g_array_index (spans, DossierByteSpan, t);
          gboolean possessive = tok->flags == 0 && tok->end - tok->start == 2
                                && (text[span->end - 1] == 's' || text[span->end - 1] == 'S');
          gboolean before_possessive = FALSE;

          if (t + 1 < tokens->len)
            {
              DossierToken *nx = &g_array_index (tokens, DossierToken, t + 1);
              DossierByteSpan *ns = &g_array_index (spans, DossierByteSpan, t + 1);

              before_possessive = nx->flags == 0 && nx->start == tok->end
                                  && nx->end - nx->start == 2
                                  && (text[ns->end - 1] == 's' || text[ns->end - 1] == 'S');
            }
          g_assert_cmpuint (dossier_document_byte_to_offset (doc, span->start), ==, tok->start);
          g_assert_cmpuint (dossier_document_byte_to_offset (doc, span->end), ==, tok->end);
          if (!possessive)
            g_assert_true (attrs[tok->start - from].is_word_boundary);
          if (!before_possessive)
            g_assert_true (attrs[tok->end - from].is_word_boundary);
          n_checked++;
        }
      /* Each sentence starts at a Pango boundary, and each Pango boundary starts a sentence
       * unless the word before it kept its period as an abbreviation ("U.S.", "Dr.", "J."). */
      for (guint i = 1; i < n; i++)
        {
          guint at = from + i;
          gint prev = -1;
          gboolean is_start;
          gboolean vetoable = FALSE;

          if (!attrs[i].is_sentence_boundary)
            continue;
          while (s < sentences->len && g_array_index (sentences, DossierSentence, s).start < at)
            s++;
          is_start
              = s < sentences->len && g_array_index (sentences, DossierSentence, s).start == at;
          for (guint k = 0; k < tokens->len && g_array_index (tokens, DossierToken, k).start < at;
               k++)
            prev = k;
          if (prev >= 0)
            {
              DossierToken *pt = &g_array_index (tokens, DossierToken, prev);
              DossierByteSpan *ps = &g_array_index (spans, DossierByteSpan, prev);

              vetoable = !(pt->flags & DOSSIER_TOKEN_PUNCT) && text[ps->end - 1] == '.';
            }
          if (!vetoable)
            g_assert_true (is_start);
        }
      for (guint q = 0; q < sentences->len; q++)
        {
          DossierSentence *sent = &g_array_index (sentences, DossierSentence, q);

          if (sent->block == b && sent->start > from)
            g_assert_true (attrs[sent->start - from].is_sentence_boundary);
        }
    }
  g_assert_cmpuint (t, ==, tokens->len);
  g_assert_cmpuint (n_checked, >, 100);
  g_array_unref (sentences);
  g_array_unref (tokens);
  g_array_unref (spans);
}

static void
test_matches_pango (void)
{
  const char *dirs[] = {
    g_getenv ("DOSSIER_SOURCE_DATADIR"),
    g_test_get_dir (G_TEST_DIST),
  };
  guint n_docs = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *path = NULL;
      g_autoptr (GDir) dir = NULL;
      const char *name;

      if (dirs[d] == NULL)
        continue;
      path = d == 0 ? g_build_filename (dirs[d], "corpus", NULL)
                    : g_build_filename (dirs[d], "data", "corpus", NULL);
      dir = g_dir_open (path, 0, NULL);
      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *file_path = g_build_filename (path, name, NULL);
          g_autoptr (GFile) file = g_file_new_for_path (file_path);
          g_autoptr (DossierDocument) doc = NULL;
          g_autoptr (GError) error = NULL;

          if (!g_str_has_suffix (name, ".txt"))
            continue;
          doc = dossier_import_file (file, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
          g_test_message ("checking %s", name);
          check_against_pango (doc);
          n_docs++;
        }
    }
  g_assert_cmpuint (n_docs, >=, 12);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/segment/abbreviations", test_abbreviations);
  g_test_add_func ("/dossier/segment/blocks", test_blocks);
  g_test_add_func ("/dossier/segment/quotes", test_quotes);
  g_test_add_func ("/dossier/segment/list-items", test_list_items);
  g_test_add_func ("/dossier/segment/tokens", test_tokens);
  g_test_add_func ("/dossier/segment/code-points", test_offsets_are_code_points);
  g_test_add_func ("/dossier/segment/document-pass", test_document_pass);
  g_test_add_func ("/dossier/segment/out-of-range", test_out_of_range);
  g_test_add_func ("/dossier/segment/matches-pango", test_matches_pango);
  return g_test_run ();
}
