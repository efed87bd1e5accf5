/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-test-doc.h"
#include "dossier-test-pdf.h"

/* The importers on crafted inputs (tests/data/import/) and on PDFs written at test time.
 * Every expectation was read off the input by hand. */

/* ---- crafted Markdown-flavoured text ---- */

static void
test_markdown (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("markdown.md");
  const char *text = dossier_document_get_text (doc);
  guint n, ns;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);
  const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);
  g_autofree char *m = NULL;

  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Joint Statement on the 3rd Example Dialogue");
  g_assert_cmpuint (b[0].level, ==, 1);
  assert_block (doc, 1, DOSSIER_BLOCK_HEADING, "Overview");
  g_assert_cmpuint (b[1].level, ==, 2);
  assert_block (doc, 2, DOSSIER_BLOCK_PARAGRAPH,
                "#hashtag is not a heading, and neither is ####### this.");
  assert_block (doc, 3, DOSSIER_BLOCK_HEADING, "Commitments");
  g_assert_cmpuint (b[3].level, ==, 3);
  assert_block (doc, 4, DOSSIER_BLOCK_PARAGRAPH,
                "The parties agreed to review the joint plan by June 1, 2025.");

  /* **agreed** bold, *review* italic, ***joint plan*** both. */
  g_assert_cmpuint (ns, >=, 4);
  g_assert_cmpuint (s[0].start, ==, offset_of (doc, "agreed"));
  g_assert_cmpuint (s[0].end, ==, s[0].start + 6);
  g_assert_cmpint (s[0].style, ==, DOSSIER_EMPHASIS_BOLD);
  g_assert_cmpuint (s[1].start, ==, offset_of (doc, "review the"));
  g_assert_cmpuint (s[1].end, ==, s[1].start + 6);
  g_assert_cmpint (s[1].style, ==, DOSSIER_EMPHASIS_ITALIC);
  {
    guint jp = offset_of (doc, "joint plan");
    DossierEmphasis st = 0;
    for (guint i = 0; i < ns; i++)
      if (s[i].start == jp && s[i].end == jp + 10)
        st |= s[i].style;
    g_assert_cmpint (st, ==, DOSSIER_EMPHASIS_BOLD | DOSSIER_EMPHASIS_ITALIC);
  }

  /* "- ", "* ", "+ " and "• " bullets are list items with one marker. */
  assert_block (doc, 5, DOSSIER_BLOCK_LIST_ITEM, "• First bullet with bold text inside");
  assert_block (doc, 6, DOSSIER_BLOCK_LIST_ITEM, "• Second bullet");
  assert_block (doc, 7, DOSSIER_BLOCK_LIST_ITEM, "• Third bullet");
  assert_block (doc, 8, DOSSIER_BLOCK_LIST_ITEM, "• Fourth bullet");
  for (guint i = 5; i <= 8; i++)
    g_assert_cmpuint (b[i].marker_end, ==, b[i].start + 2);
  g_assert_cmpuint (s[ns - 1].start, <, b[8].start); /* no span in later blocks */

  /* "1." and "2)" numbers stay in the text, with their number and marker. */
  assert_block (doc, 9, DOSSIER_BLOCK_PARAGRAPH, "1. First numbered paragraph.");
  g_assert_cmpuint (b[9].number, ==, 1);
  assert_block (doc, 10, DOSSIER_BLOCK_PARAGRAPH, "2) Second numbered paragraph.");
  g_assert_cmpuint (b[10].number, ==, 2);
  m = block_marker (doc, 10);
  g_assert_cmpstr (m, ==, "2) ");
  assert_block (doc, 11, DOSSIER_BLOCK_PARAGRAPH, "12. Twelfth numbered paragraph.");
  g_assert_cmpuint (b[11].number, ==, 12);
  g_assert_cmpuint (b[11].marker_end, ==, b[11].start + 4);

  /* The rule and the closing "###" leave nothing behind. */
  g_assert_cmpuint (n, ==, 13);
  assert_block (doc, 12, DOSSIER_BLOCK_PARAGRAPH, "Closing paragraph.");
  g_assert_true (g_str_has_suffix (text, "Closing paragraph."));
  g_assert_null (strstr (text, "---"));

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement on the 3rd Example Dialogue");
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "3rd Example Dialogue");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT);
}

static void
test_setext (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("setext.md");
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  g_assert_cmpuint (n, ==, 3);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Setext Title Line");
  g_assert_cmpuint (b[0].level, ==, 1);
  assert_block (doc, 1, DOSSIER_BLOCK_HEADING, "Setext Subheading");
  g_assert_cmpuint (b[1].level, ==, 2);
  assert_block (doc, 2, DOSSIER_BLOCK_PARAGRAPH, "Body paragraph under the subheading.");
  g_assert_cmpstr (dossier_document_get_title (doc), ==, "Setext Title Line");
}

static void
test_emphasis_stray (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("emphasis.md");
  const char *text = dossier_document_get_text (doc);
  guint ns;
  const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);

  /* Asterisks without a partner are literal text and open nothing. */
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH,
                "Math like 5*3=15 and a * lone star, then **unclosed bold at the end.");
  assert_block (doc, 2, DOSSIER_BLOCK_PARAGRAPH,
                "A bold word, an italic word and a tail with a stray asterisk*.");
  assert_block (doc, 3, DOSSIER_BLOCK_PARAGRAPH, "Nested bold with italic inside ends here.");

  g_assert_cmpuint (ns, ==, 4);
  g_assert_cmpuint (s[0].start, ==, offset_of (doc, "bold word"));
  g_assert_cmpuint (s[0].end, ==, s[0].start + 4);
  g_assert_cmpint (s[0].style, ==, DOSSIER_EMPHASIS_BOLD);
  g_assert_cmpuint (s[1].start, ==, offset_of (doc, "italic word"));
  g_assert_cmpuint (s[1].end, ==, s[1].start + 6);
  g_assert_cmpint (s[1].style, ==, DOSSIER_EMPHASIS_ITALIC);
  /* Inner italic closes first. */
  g_assert_cmpuint (s[2].start, ==, offset_of (doc, "italic inside"));
  g_assert_cmpuint (s[2].end, ==, s[2].start + 6);
  g_assert_cmpint (s[2].style, ==, DOSSIER_EMPHASIS_ITALIC);
  g_assert_cmpuint (s[3].start, ==, offset_of (doc, "bold with"));
  g_assert_cmpuint (s[3].end, ==, offset_of (doc, " ends here"));
  g_assert_cmpint (s[3].style, ==, DOSSIER_EMPHASIS_BOLD);
  g_assert_nonnull (text);
}

static void
test_crlf (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("crlf.txt");
  const char *text = dossier_document_get_text (doc);
  guint n;

  dossier_document_get_blocks (doc, &n);
  g_assert_null (strchr (text, '\r'));
  g_assert_cmpuint (n, ==, 4);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Title With CRLF");
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH,
                "First line of a paragraph continues on a second line.");
  assert_block (doc, 2, DOSSIER_BLOCK_LIST_ITEM, "• item one");
  assert_block (doc, 3, DOSSIER_BLOCK_LIST_ITEM, "• item two");
  /* "continues" is at byte 46 of the file, after "\r\n". */
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "continues")), ==, 46);
}

static void
test_bom (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("bom.md");
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  g_assert_cmpuint (n, ==, 2);
  /* The mark is not text, and does not hide the heading or the number behind it. */
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Heading After BOM");
  g_assert_cmpuint (b[0].level, ==, 1);
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH, "1. Numbered paragraph after a heading.");
  g_assert_cmpuint (b[1].number, ==, 1);
  g_assert_null (strstr (dossier_document_get_text (doc), "\xef\xbb\xbf"));
  /* Source bytes count the mark: "Heading" is at 3 + 2. */
  g_assert_cmpuint (dossier_document_source_position (doc, 0), ==, 5);
}

static void
test_utf16 (gconstpointer data)
{
  g_autoptr (DossierDocument) doc = import_crafted (data);
  const char *text = dossier_document_get_text (doc);

  g_assert_cmpstr (text, ==,
                   "UTF-16 Title \xc3\x9c"
                   "ber\n\nCaf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d text in UTF-16.");
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "UTF-16 Title Über");
  g_assert_cmpuint (dossier_document_get_length (doc), ==, 17 + 2 + 29);
  g_assert_cmpuint (dossier_document_get_n_repairs (doc), ==, 0);
}

static void
test_unicode_spaces (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("spaces.txt");

  /* No-break, em, thin, ideographic and other spaces and tabs are one space each run;
   * the zero-width space vanishes. */
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH, "A b c d e f gh i j k.");
}

static void
test_invalid_utf8 (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("invalid-utf8.txt");
  const char *text = dossier_document_get_text (doc);

  /* \xff, \xfe, a lone \xc3 and a cut-short \xe2\x80: four sequences, four U+FFFD. */
  g_assert_cmpuint (dossier_document_get_n_repairs (doc), ==, 4);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH,
                "Some \xef\xbf\xbd\xef\xbf\xbd bytes, a truncated \xef\xbf\xbd sequence and "
                "\xef\xbf\xbd another.");
}

/* ---- HTML ---- */

static void
test_html (void)
{
  g_autoptr (DossierDocument) doc = import_crafted ("statement.html");
  const char *text = dossier_document_get_text (doc);
  guint n, ns;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);
  const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);

  g_assert_cmpint (dossier_document_get_format (doc), ==, DOSSIER_FORMAT_HTML);
  /* Scripts, styles, handlers, navigation, image alternatives and the head are not text. */
  g_assert_null (strstr (text, "MUST-NOT-APPEAR"));
  g_assert_null (strstr (text, "Head Title"));
  g_assert_null (strstr (text, "<"));

  g_assert_cmpuint (n, ==, 10);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Joint Statement on the 3rd Example Dialogue");
  g_assert_cmpuint (b[0].level, ==, 1);
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH, "March 5, 2024");
  assert_block (doc, 2, DOSSIER_BLOCK_PARAGRAPH,
                "The two sides met in Example City and agreed. Second line.");
  assert_block (doc, 3, DOSSIER_BLOCK_HEADING, "Outcomes");
  g_assert_cmpuint (b[3].level, ==, 2);
  assert_block (doc, 4, DOSSIER_BLOCK_LIST_ITEM, "• First bold item");
  g_assert_cmpuint (b[4].marker_end, ==, b[4].start + 2);
  assert_block (doc, 5, DOSSIER_BLOCK_LIST_ITEM, "• Second item");
  assert_block (doc, 6, DOSSIER_BLOCK_LIST_ITEM, "1. Numbered one");
  g_assert_cmpuint (b[6].number, ==, 1);
  assert_block (doc, 7, DOSSIER_BLOCK_LIST_ITEM, "2. Numbered two");
  g_assert_cmpuint (b[7].number, ==, 2);
  g_assert_cmpuint (b[7].marker_end, ==, b[7].start + 3);
  assert_block (doc, 8, DOSSIER_BLOCK_PARAGRAPH, "7. A numbered paragraph.");
  g_assert_cmpuint (b[8].number, ==, 7);
  g_assert_cmpuint (b[8].marker_end, ==, b[8].start + 3);
  /* Entities decoded; the two no-break spaces are one space. */
  assert_block (doc, 9, DOSSIER_BLOCK_PARAGRAPH, "Café & “quotes” here.");

  g_assert_cmpuint (ns, ==, 3);
  g_assert_cmpuint (s[0].start, ==, offset_of (doc, "two sides"));
  g_assert_cmpuint (s[0].end, ==, s[0].start + 9);
  g_assert_cmpint (s[0].style, ==, DOSSIER_EMPHASIS_BOLD);
  g_assert_cmpuint (s[1].start, ==, offset_of (doc, "Example City"));
  g_assert_cmpuint (s[1].end, ==, s[1].start + 12);
  g_assert_cmpint (s[1].style, ==, DOSSIER_EMPHASIS_ITALIC);
  g_assert_cmpuint (s[2].start, ==, offset_of (doc, "bold item"));
  g_assert_cmpuint (s[2].end, ==, s[2].start + 4);

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement on the 3rd Example Dialogue");
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-03-05");
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "3rd Example Dialogue");
}

static void
test_html_fragment (void)
{
  /* No doctype: still HTML by content; a <br> is a space; text outside any element kept. */
  g_autoptr (DossierDocument) doc = import_string (
      "<p>First<br>line</p>\n<div>Loose <i>text</i>.<div>Inner block.</div>Tail text.</div>", -1,
      "fragment.txt");

  g_assert_cmpint (dossier_document_get_format (doc), ==, DOSSIER_FORMAT_HTML);
  g_assert_cmpstr (dossier_document_get_text (doc), ==,
                   "First line\n\nLoose text.\n\nInner block.\n\nTail text.");
}

/* ---- format detection ---- */

static void
test_detect_format (void)
{
  const guint8 pdf[] = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
  const guint8 html[] = "\xef\xbb\xbf  \n<!DOCTYPE html><html></html>";
  const guint8 html2[] = "<P>Upper case tag</P>";
  const guint8 text[] = "<Not a tag> but text in angle brackets";
  const guint8 md[] = "# Heading\n\nText with <b>inline</b> tag";

  g_assert_cmpint (dossier_import_detect_format (pdf, sizeof pdf - 1, "statement.txt"), ==,
                   DOSSIER_FORMAT_PDF);
  g_assert_cmpint (dossier_import_detect_format (html, sizeof html - 1, "statement.txt"), ==,
                   DOSSIER_FORMAT_HTML);
  g_assert_cmpint (dossier_import_detect_format (html2, sizeof html2 - 1, NULL), ==,
                   DOSSIER_FORMAT_HTML);
  g_assert_cmpint (dossier_import_detect_format (text, sizeof text - 1, "note.txt"), ==,
                   DOSSIER_FORMAT_TEXT);
  /* The name decides only when the content does not. */
  g_assert_cmpint (dossier_import_detect_format (text, sizeof text - 1, "page.html"), ==,
                   DOSSIER_FORMAT_HTML);
  g_assert_cmpint (dossier_import_detect_format (md, sizeof md - 1, "page.html"), ==,
                   DOSSIER_FORMAT_TEXT);
}

/* ---- PDF ---- */

static void
test_pdf (void)
{
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (dossier_test_pdf_statement);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;
  guint n;
  const DossierBlock *b;

  /* Detected by content, whatever the name says. */
  doc = dossier_import_bytes (pdf, "statement.txt", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpint (dossier_document_get_format (doc), ==, DOSSIER_FORMAT_PDF);
  g_assert_cmpuint (dossier_document_get_n_pages (doc), ==, 3);

  b = dossier_document_get_blocks (doc, &n);
  g_assert_cmpuint (n, ==, 7);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "Joint Statement on the 7th Example Dialogue");
  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH, "May 2, 2024");
  /* Wrapped lines are one paragraph. */
  assert_block (
      doc, 2, DOSSIER_BLOCK_PARAGRAPH,
      "The delegations of Examplia and Samplestan met in Capital City to review progress on "
      "the shared agenda of the two governments and agreed on the next steps.");
  /* Continued across the page break, rejoined; it starts on the first page. */
  assert_block (
      doc, 3, DOSSIER_BLOCK_PARAGRAPH,
      "The two sides also acknowledged the importance of steady and full implementation of the "
      "plan adopted at the previous meeting by both governments, and pledged to report on its "
      "progress at the next meeting in Second City before the year ends.");
  g_assert_cmpuint (b[3].page, ==, 0);
  assert_block (doc, 4, DOSSIER_BLOCK_HEADING, "MARITIME COOPERATION");
  g_assert_cmpuint (b[4].page, ==, 1);
  assert_block (
      doc, 5, DOSSIER_BLOCK_PARAGRAPH,
      "Both sides welcomed the first report of the new working group on maritime cooperation "
      "and the exercise held in the northern sea.");
  g_assert_cmpuint (b[5].page, ==, 1);
  /* A page that starts with a capital after a finished sentence starts a new paragraph. */
  assert_block (
      doc, 6, DOSSIER_BLOCK_PARAGRAPH,
      "Examplia and Samplestan will hold the 8th Example Dialogue in the second half of 2025 in "
      "Capital City, and the ministers committed to meet again before it.");
  g_assert_cmpuint (b[6].page, ==, 2);

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement on the 7th Example Dialogue");
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-05-02");
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "7th Example Dialogue");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT);
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/import/text/markdown", test_markdown);
  g_test_add_func ("/dossier/import/text/setext", test_setext);
  g_test_add_func ("/dossier/import/text/emphasis-stray", test_emphasis_stray);
  g_test_add_func ("/dossier/import/text/crlf", test_crlf);
  g_test_add_func ("/dossier/import/text/bom", test_bom);
  g_test_add_data_func ("/dossier/import/text/utf16le", "utf16le.txt", test_utf16);
  g_test_add_data_func ("/dossier/import/text/utf16be", "utf16be.txt", test_utf16);
  g_test_add_func ("/dossier/import/text/unicode-spaces", test_unicode_spaces);
  g_test_add_func ("/dossier/import/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/dossier/import/html/statement", test_html);
  g_test_add_func ("/dossier/import/html/fragment", test_html_fragment);
  g_test_add_func ("/dossier/import/detect-format", test_detect_format);
  g_test_add_func ("/dossier/import/pdf/pages-and-rejoin", test_pdf);

  ret = g_test_run ();
  dossier_test_pdf_shutdown ();
  return ret;
}
