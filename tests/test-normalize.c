/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-import.h"
#include "dossier-normalize.h"

/*
 * The normalizer on raw blocks built by hand, one rule at a time, then the same rules as
 * the text importer meets them.
 */

typedef struct
{
  DossierRawText raw;
  gsize source; /* running source offset for appended text */
} Builder;

static void
builder_init (Builder *b)
{
  dossier_raw_text_init (&b->raw);
  b->source = 0;
}

/* One block of one line (or @n_lines), copied from a made-up source. */
static DossierRawBlock *
add (Builder *b, DossierBlockKind kind, const char *text, guint n_lines)
{
  DossierRawBlock *block
      = dossier_raw_text_begin_block (&b->raw, kind, kind == DOSSIER_BLOCK_HEADING ? 2 : 0);

  dossier_raw_block_append (block, text, strlen (text), b->source);
  block->n_lines = n_lines;
  b->source += strlen (text) + 2;
  dossier_raw_text_end_block (&b->raw);
  return block;
}

static DossierDocument *
finish (Builder *b)
{
  DossierDocumentParts parts = { 0 };
  DossierDocument *doc;

  dossier_normalize (&b->raw, &parts);
  dossier_raw_text_clear (&b->raw);
  doc = dossier_document_new_from_parts (&parts);
  dossier_document_parts_clear (&parts);
  return doc;
}

static DossierDocument *
import_string (const char *data)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, "input.txt", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static guint
n_blocks (DossierDocument *doc)
{
  guint n;

  dossier_document_get_blocks (doc, &n);
  return n;
}

/* Two paragraphs: does the normalizer make one of them? */
static gboolean
joins (const char *first, const char *second)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, first, 2);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, second, 2);
  doc = finish (&b);
  if (n_blocks (doc) == 1)
    {
      g_autofree char *expected = g_strconcat (first, " ", second, NULL);
      g_assert_cmpstr (dossier_document_get_text (doc), ==, expected);
      return TRUE;
    }
  g_assert_cmpuint (n_blocks (doc), ==, 2);
  return FALSE;
}

static void
test_join_rule (void)
{
  /* A paragraph cut off without terminal punctuation, continued in lower case. */
  g_assert_true (
      joins ("The two sides also acknowledged", "the importance of full implementation."));
  g_assert_true (joins ("In addition, the", "two leaders reaffirmed their commitment."));
  g_assert_true (joins ("progress on the plan,", "and pledged to report on it."));
  g_assert_true (joins ("the ministers noted", "(in particular) the new group."));
  g_assert_true (joins ("the ministers welcomed the", "\"joint plan\" agreed last year."));
  g_assert_true (joins ("and the", "élan of the new era."));

  /* Finished sentences and capitals keep paragraphs apart. */
  g_assert_false (joins ("The ministers met.", "they agreed to meet again."));
  g_assert_false (joins ("Did they meet?", "they did."));
  g_assert_false (joins ("They agreed:", "to meet again."));
  g_assert_false (joins ("They agreed;", "to meet again."));
  g_assert_false (joins ("They met!", "again."));
  g_assert_false (joins ("They said “it is done.”", "then they left."));
  g_assert_false (joins ("They said (as agreed.)", "then they left."));
  g_assert_false (joins ("And so on…", "then they left."));
  g_assert_false (joins ("The two sides also acknowledged", "The importance of implementation."));
  g_assert_false (joins ("The two sides also acknowledged", "2024 was a year of progress."));
}

static void
test_join_kinds (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  guint n;
  const DossierBlock *blocks;
  DossierRawBlock *numbered;

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_HEADING, "Overview", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "paragraph after a heading", 1);
  add (&b, DOSSIER_BLOCK_LIST_ITEM, "list item without a full stop", 1);
  add (&b, DOSSIER_BLOCK_LIST_ITEM, "list item in lower case", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "paragraph after a list item", 1);
  /* A numbered paragraph starts a paragraph, whatever follows its number. */
  numbered = dossier_raw_text_begin_block (&b.raw, DOSSIER_BLOCK_PARAGRAPH, 0);
  dossier_raw_block_append (numbered, "3.", 2, 500);
  dossier_raw_block_append_synthetic (numbered, " ");
  dossier_raw_block_set_marker (numbered, 3);
  dossier_raw_block_append (numbered, "and then", 8, 503);
  numbered->n_lines = 1;
  dossier_raw_text_end_block (&b.raw);
  doc = finish (&b);

  blocks = dossier_document_get_blocks (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpint (blocks[0].kind, ==, DOSSIER_BLOCK_HEADING);
  g_assert_cmpint (blocks[1].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_cmpint (blocks[2].kind, ==, DOSSIER_BLOCK_LIST_ITEM);
  g_assert_cmpint (blocks[3].kind, ==, DOSSIER_BLOCK_LIST_ITEM);
  g_assert_cmpint (blocks[4].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_cmpint (blocks[5].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_cmpuint (blocks[5].number, ==, 3);
  g_assert_cmpuint (blocks[5].marker_end, ==, blocks[5].start + 3);
}

static void
test_join_keeps_maps (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  DossierRawBlock *second;
  guint n, ns;
  const DossierBlock *blocks;
  const DossierSpan *spans;
  const char *first_text = "Über die „Zusammenarbeit“ und";

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, first_text, 2);
  /* The second half, from source byte 1000, with a bold word. */
  second = dossier_raw_text_begin_block (&b.raw, DOSSIER_BLOCK_PARAGRAPH, 0);
  dossier_raw_block_append (second, "die ", 4, 1000);
  dossier_raw_block_toggle_emphasis (second, DOSSIER_EMPHASIS_BOLD);
  dossier_raw_block_append (second, "Ergebnisse", 10, 1006);
  dossier_raw_block_toggle_emphasis (second, DOSSIER_EMPHASIS_BOLD);
  dossier_raw_block_append (second, " sprachen.", 10, 1018);
  second->n_lines = 1;
  doc = finish (&b);

  blocks = dossier_document_get_blocks (doc, &n);
  spans = dossier_document_get_emphasis (doc, &ns);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (dossier_document_get_text (doc), ==,
                   "Über die „Zusammenarbeit“ und die Ergebnisse sprachen.");
  g_assert_cmpuint (blocks[0].end, ==, dossier_document_get_length (doc));

  /* The bold word moved with its half: code points, not bytes. */
  g_assert_cmpuint (ns, ==, 1);
  g_assert_cmpuint (spans[0].start, ==, g_utf8_strlen (first_text, -1) + 5);
  g_assert_cmpuint (spans[0].end, ==, spans[0].start + 10);
  {
    g_autofree char *word = dossier_document_dup_slice (doc, spans[0].start, spans[0].end);
    g_assert_cmpstr (word, ==, "Ergebnisse");
  }

  /* The source map follows too. */
  g_assert_cmpuint (dossier_document_source_position (doc, 0), ==, 0);
  g_assert_cmpuint (dossier_document_source_position (doc, g_utf8_strlen (first_text, -1) + 1), ==,
                    1000);
  g_assert_cmpuint (dossier_document_source_position (doc, spans[0].start), ==, 1006);
  g_assert_cmpuint (dossier_document_source_position (doc, spans[0].start + 3), ==, 1009);
  g_assert_cmpuint (dossier_document_source_position (doc, spans[0].end + 1), ==, 1019);
}

static void
test_repeated_title (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  g_autoptr (GString) long_para = g_string_new (NULL);
  guint n;
  const DossierBlock *blocks;

  while (long_para->len <= 300)
    g_string_append (long_para, "The parties restated the same long paragraph on purpose. ");
  g_string_truncate (long_para, long_para->len - 1);

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Joint Statement of the Example Dialogue", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Joint Statement of the Example Dialogue", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Body text.", 1);
  /* Not consecutive: kept. */
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Joint Statement of the Example Dialogue", 1);
  /* A long repeated paragraph may be meant: kept. */
  add (&b, DOSSIER_BLOCK_PARAGRAPH, long_para->str, 3);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, long_para->str, 3);
  /* Repeated list items are a list: kept. */
  add (&b, DOSSIER_BLOCK_LIST_ITEM, "• Same item", 1);
  add (&b, DOSSIER_BLOCK_LIST_ITEM, "• Same item", 1);
  /* A heading repeated as a paragraph below it is one title. */
  add (&b, DOSSIER_BLOCK_HEADING, "Annex", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Annex", 1);
  /* Only identical text counts. */
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Annex B", 1);
  doc = finish (&b);

  blocks = dossier_document_get_blocks (doc, &n);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpint (blocks[0].kind, ==, DOSSIER_BLOCK_HEADING); /* promoted: the title */
  g_assert_cmpuint (blocks[0].level, ==, 1);
  g_assert_cmpuint (blocks[0].end, ==, strlen ("Joint Statement of the Example Dialogue"));
  {
    g_autofree char *t = dossier_document_dup_slice (doc, blocks[1].start, blocks[1].end);
    g_assert_cmpstr (t, ==, "Body text.");
  }
  g_assert_cmpuint (blocks[4].end - blocks[4].start, ==, long_para->len);
  g_assert_cmpint (blocks[5].kind, ==, DOSSIER_BLOCK_LIST_ITEM);
  g_assert_cmpint (blocks[6].kind, ==, DOSSIER_BLOCK_LIST_ITEM);
  g_assert_cmpint (blocks[7].kind, ==, DOSSIER_BLOCK_HEADING);
  {
    g_autofree char *t = dossier_document_dup_slice (doc, blocks[8].start, blocks[8].end);
    g_assert_cmpstr (t, ==, "Annex B");
  }
  g_assert_cmpstr (dossier_document_get_title (doc), ==, "Joint Statement of the Example Dialogue");
}

static void
test_whitespace (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  DossierRawBlock *block;

  builder_init (&b);
  block = dossier_raw_text_begin_block (&b.raw, DOSSIER_BLOCK_PARAGRAPH, 0);
  /* Leading and trailing space goes; every run inside is one space; across appends too. */
  dossier_raw_block_append (block, " \t word  one\xc2\xa0\xc2\xa0two",
                            strlen (" \t word  one\xc2\xa0\xc2\xa0two"), 0);
  dossier_raw_block_append (block, "  ", 2, 100);
  dossier_raw_block_append (block,
                            "three\xe2\x80\x8b"
                            "four\xe2\x80\x83",
                            strlen ("three\xe2\x80\x8b"
                                    "four\xe2\x80\x83"),
                            200);
  dossier_raw_block_append (block, "\r\n", 2, 300);
  block->n_lines = 2;
  doc = finish (&b);

  g_assert_cmpstr (dossier_document_get_text (doc), ==, "word one two threefour");
  g_assert_cmpuint (dossier_document_source_position (doc, 0), ==, 3);
  g_assert_cmpuint (dossier_document_source_position (doc, 5), ==, 9);
  g_assert_cmpuint (dossier_document_source_position (doc, 9), ==, 16);
  g_assert_cmpuint (dossier_document_source_position (doc, 13), ==, 200);
  /* The zero-width space vanished: "four" follows "three" directly, from byte 208. */
  g_assert_cmpuint (dossier_document_source_position (doc, 18), ==, 208);
}

/* Random words, random runs of white space (ASCII, Unicode, line breaks, zero-width): the
 * text is the words joined by single spaces, and every character maps back to itself. */
static void
test_whitespace_random (void)
{
  static const char *const spaces[] = {
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    " \n ",
    "\xc2\xa0",
    "\xe2\x80\x83",
    "\xe3\x80\x80",
    "\xe2\x80\xaf ",
    "\r\n",
  };
  static const char *const letters[]
      = { "a", "b", "k", "Z", "é", "ü", "東", "𝔸", ",", ".", "’", "(", ")" };
  GRand *rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr (GString) src = g_string_new ("Title\n\n");
      g_autoptr (GString) expected = g_string_new ("Title\n\n");
      g_autoptr (DossierDocument) doc = NULL;
      guint n_words = g_rand_int_range (rand, 1, 60);
      const char *text;
      guint len;

      for (guint w = 0; w < n_words; w++)
        {
          guint n_letters = g_rand_int_range (rand, 1, 8);

          if (w > 0)
            {
              g_string_append (src, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
              g_string_append_c (expected, ' ');
            }
          /* Words start with a capital, so no line looks like a list item or a heading mark
           * and the paragraph is not taken for the continuation of the title. */
          g_string_append (src, "W");
          g_string_append (expected, "W");
          for (guint l = 0; l < n_letters; l++)
            {
              const char *letter = letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))];
              if (g_rand_int_range (rand, 0, 10) == 0)
                g_string_append (src, "\xe2\x80\x8b"); /* zero-width space: vanishes */
              g_string_append (src, letter);
              g_string_append (expected, letter);
            }
        }
      g_string_append (src, ".");
      g_string_append (expected, ".");

      doc = import_string (src->str);
      text = dossier_document_get_text (doc);
      g_assert_cmpstr (text, ==, expected->str);

      len = dossier_document_get_length (doc);
      for (guint off = 0, prev = 0; off < len; off++)
        {
          const char *c = g_utf8_offset_to_pointer (text, off);
          gsize clen = g_utf8_next_char (c) - c;
          gsize pos;

          if (*c == ' ' || *c == '\n')
            continue;
          pos = dossier_document_source_position (doc, off);
          g_assert_cmpuint (pos + clen, <=, src->len);
          g_assert_true (memcmp (src->str + pos, c, clen) == 0);
          g_assert_cmpuint (pos, >=, prev);
          prev = pos;
        }
    }
  g_rand_free (rand);
}

static void
test_line_break_source (void)
{
  /* "Alpha beta\ngamma": the space standing for the line break is no copy of the space
   * before "beta"; like any made-up text it maps to the next copied character. */
  g_autoptr (DossierDocument) doc = import_string ("Line Title\n\nAlpha beta\ngamma delta.\n");
  guint off = g_utf8_pointer_to_offset (dossier_document_get_text (doc),
                                        strstr (dossier_document_get_text (doc), " gamma"));

  g_assert_cmpuint (dossier_document_source_position (doc, off - 5), ==, 17);
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==, 23);
  g_assert_cmpuint (dossier_document_source_position (doc, off + 1), ==, 23);
}

static void
test_empty_blocks (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  DossierRawBlock *bullet;

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "   ", 1);
  add (&b, DOSSIER_BLOCK_PARAGRAPH, "Kept.", 1);
  /* A bullet with nothing after its mark. */
  bullet = dossier_raw_text_begin_block (&b.raw, DOSSIER_BLOCK_LIST_ITEM, 0);
  dossier_raw_block_append_synthetic (bullet, "• ");
  dossier_raw_block_set_marker (bullet, 0);
  dossier_raw_block_append (bullet, " \t", 2, 50);
  dossier_raw_text_end_block (&b.raw);
  add (&b, DOSSIER_BLOCK_HEADING, "\xe2\x80\x8b", 1);
  doc = finish (&b);

  g_assert_cmpstr (dossier_document_get_text (doc), ==, "Kept.");
  g_assert_cmpuint (n_blocks (doc), ==, 1);
}

static void
test_emphasis_spans (void)
{
  Builder b;
  g_autoptr (DossierDocument) doc = NULL;
  DossierRawBlock *block;
  guint ns;
  const DossierSpan *s;

  builder_init (&b);
  add (&b, DOSSIER_BLOCK_HEADING, "Überblick", 1);
  block = dossier_raw_text_begin_block (&b.raw, DOSSIER_BLOCK_PARAGRAPH, 0);
  dossier_raw_block_append (block, "Café ", 6, 0);
  /* A span opened after a pending space starts at the word, not at the space. */
  dossier_raw_block_push_emphasis (block, DOSSIER_EMPHASIS_ITALIC);
  dossier_raw_block_append (block, "crème", 6, 6);
  dossier_raw_block_pop_emphasis (block, DOSSIER_EMPHASIS_ITALIC);
  dossier_raw_block_append (block, " and ", 5, 12);
  /* An empty span is no span. */
  dossier_raw_block_toggle_emphasis (block, DOSSIER_EMPHASIS_BOLD);
  dossier_raw_block_toggle_emphasis (block, DOSSIER_EMPHASIS_BOLD);
  /* A span still open at the end of its block closes there. */
  dossier_raw_block_push_emphasis (block, DOSSIER_EMPHASIS_BOLD);
  dossier_raw_block_append (block, "brûlée", 8, 17);
  block->n_lines = 3;
  doc = finish (&b);

  g_assert_cmpstr (dossier_document_get_text (doc), ==, "Überblick\n\nCafé crème and brûlée");
  s = dossier_document_get_emphasis (doc, &ns);
  g_assert_cmpuint (ns, ==, 2);
  g_assert_cmpuint (s[0].start, ==, 16);
  g_assert_cmpuint (s[0].end, ==, 21);
  g_assert_cmpint (s[0].style, ==, DOSSIER_EMPHASIS_ITALIC);
  g_assert_cmpuint (s[1].start, ==, 26);
  g_assert_cmpuint (s[1].end, ==, 32);
  g_assert_cmpint (s[1].style, ==, DOSSIER_EMPHASIS_BOLD);
  g_assert_cmpuint (s[1].end, ==, dossier_document_get_length (doc));
}

static void
test_promote_title (void)
{
  /* A dateline first: the title is the line after it. */
  {
    g_autoptr (DossierDocument) doc
        = import_string ("April 11, 2024\n\nStatement on the Example Talks\n\nBody text here.\n");
    guint n;
    const DossierBlock *b = dossier_document_get_blocks (doc, &n);

    g_assert_cmpint (b[0].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
    g_assert_cmpint (b[1].kind, ==, DOSSIER_BLOCK_HEADING);
    g_assert_cmpuint (b[1].level, ==, 1);
    g_assert_cmpstr (dossier_document_get_title (doc), ==, "Statement on the Example Talks");
    g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-04-11");
  }
  /* A first line that is a sentence is body text, and so is a wrapped paragraph. */
  {
    g_autoptr (DossierDocument) doc
        = import_string ("The ministers met today.\n\nFirst line of a paragraph\ncontinued here\n");
    guint n;
    const DossierBlock *b = dossier_document_get_blocks (doc, &n);

    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpint (b[0].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
    g_assert_cmpint (b[1].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  }
  /* After a Markdown heading of level 1 or 2 nothing else is promoted. */
  {
    g_autoptr (DossierDocument) doc = import_string ("## Real Title\n\nShort Line\n\nBody.\n");
    guint n;
    const DossierBlock *b = dossier_document_get_blocks (doc, &n);

    g_assert_cmpint (b[0].kind, ==, DOSSIER_BLOCK_HEADING);
    g_assert_cmpint (b[1].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  }
}

static void
test_text_headings (void)
{
  /* A short line in capitals or wholly in bold is a heading; a sentence in capitals is not. */
  g_autoptr (DossierDocument) doc = import_string (
      "# Title\n\nSTRENGTHENING COOPERATION\n\nText.\n\n**Bold Label**\n\nMore text.\n\n"
      "THE MINISTERS MET.\n\n**One** and **two**\n");
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpint (b[1].kind, ==, DOSSIER_BLOCK_HEADING);
  g_assert_cmpint (b[3].kind, ==, DOSSIER_BLOCK_HEADING);
  g_assert_cmpint (b[5].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_cmpint (b[6].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_cmpstr (dossier_document_get_text (doc), ==,
                   "Title\n\nSTRENGTHENING COOPERATION\n\nText.\n\nBold Label\n\nMore text.\n\n"
                   "THE MINISTERS MET.\n\nOne and two");
}

static void
test_text_page_break_join (void)
{
  /* As the sample has it: a blank line in the middle of a sentence. */
  g_autoptr (DossierDocument) doc = import_string (
      "Title Here\n\nThe two sides also acknowledged\n\nthe importance of the plan.\n\n"
      "A new paragraph.\n\n- a list item\n\ncontinued? no: a paragraph.\n");

  g_assert_cmpstr (dossier_document_get_text (doc), ==,
                   "Title Here\n\nThe two sides also acknowledged the importance of the plan.\n\n"
                   "A new paragraph.\n\n• a list item\n\ncontinued? no: a paragraph.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/normalize/join/rule", test_join_rule);
  g_test_add_func ("/dossier/normalize/join/kinds", test_join_kinds);
  g_test_add_func ("/dossier/normalize/join/maps", test_join_keeps_maps);
  g_test_add_func ("/dossier/normalize/repeated-title", test_repeated_title);
  g_test_add_func ("/dossier/normalize/whitespace", test_whitespace);
  g_test_add_func ("/dossier/normalize/whitespace/random", test_whitespace_random);
  g_test_add_func ("/dossier/normalize/whitespace/line-break-source", test_line_break_source);
  g_test_add_func ("/dossier/normalize/empty-blocks", test_empty_blocks);
  g_test_add_func ("/dossier/normalize/emphasis", test_emphasis_spans);
  g_test_add_func ("/dossier/normalize/promote-title", test_promote_title);
  g_test_add_func ("/dossier/normalize/text-headings", test_text_headings);
  g_test_add_func ("/dossier/normalize/page-break-join", test_text_page_break_join);

  return g_test_run ();
}
