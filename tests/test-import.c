/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-test-doc.h"

/* Every expectation below was read off the input files by hand. */

/* ---- the bundled sample ---- */

static void
test_sample_kidd (void)
{
  g_autoptr (DossierDocument) doc
      = import_sample ("01-kidd-24-joint-press-statement-2024-04-11.txt");
  const char *text = dossier_document_get_text (doc);
  guint n, i;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);
  g_autofree char *joined = NULL;

  /* 22 non-blank lines, two of them halves of a paragraph broken by a page break. */
  g_assert_cmpuint (n, ==, 20);

  i = find_block_with (
      doc, "The two sides also acknowledged the importance of full implementation of UNSCRs");
  joined = block_text (doc, i);
  g_assert_true (g_str_has_prefix (joined, "The two delegations discussed the DPRK's expanding"));
  g_assert_true (g_str_has_suffix (joined, "supported the denuclearization of the DPRK."));
  g_assert_cmpint (b[i].kind, ==, DOSSIER_BLOCK_PARAGRAPH);

  i = find_block_with (doc, "In addition, the two leaders reaffirmed their shared commitment");
  g_assert_cmpint (b[i].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  g_assert_null (strstr (text, "acknowledged\n"));
  g_assert_null (strstr (text, "the\n\ntwo leaders"));

  /* The bold release labels, then the Markdown heading. */
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "RELEASE");
  assert_block (doc, 1, DOSSIER_BLOCK_HEADING, "IMMEDIATE RELEASE");
  assert_block (doc, 2, DOSSIER_BLOCK_HEADING,
                "Joint Press Statement for the 24th Korea-U.S. Integrated Defense Dialogue");
  g_assert_cmpuint (b[2].level, ==, 2);
  assert_block (doc, 3, DOSSIER_BLOCK_PARAGRAPH, "April 11, 2024");
  {
    guint ns;
    const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);
    g_assert_cmpuint (ns, ==, 2);
    g_assert_cmpuint (s[0].start, ==, 0);
    g_assert_cmpuint (s[0].end, ==, 7);
    g_assert_cmpint (s[0].style, ==, DOSSIER_EMPHASIS_BOLD);
    g_assert_cmpuint (s[1].start, ==, 9);
    g_assert_cmpuint (s[1].end, ==, 26);
  }

  /* Blocks are separated by one blank line; nothing else is made up. */
  g_assert_true (g_str_has_prefix (text, "RELEASE\n\nIMMEDIATE RELEASE\n\nJoint Press Statement"));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "##"));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_null (strstr (text, "  "));
  /* The file has no final newline; the text ends on the last sentence. */
  g_assert_true (
      g_str_has_suffix (text, "expressed appreciation for their shared commitment and sacrifice."));
  /* Dashes and straight quotes are kept as published. */
  g_assert_nonnull (strstr (text, "U.S. military capabilities \xe2\x80\x94 including nuclear"));
  g_assert_nonnull (strstr (text, "the 'Defense Vision of the U.S.-ROK Alliance' agreed"));

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Press Statement for the 24th Korea-U.S. Integrated Defense Dialogue");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT);
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "24th KIDD");
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-04-11");
  g_assert_cmpint (dossier_document_get_format (doc), ==, DOSSIER_FORMAT_TEXT);
  g_assert_cmpuint (dossier_document_get_n_repairs (doc), ==, 0);
}

static void
test_sample_communique (void)
{
  g_autoptr (DossierDocument) doc = import_sample ("02-scm-56-joint-communique-2024-10-30.txt");
  const char *text = dossier_document_get_text (doc);
  const char *title = "56th Security Consultative Meeting Joint Communique";
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  /* The title is on the first and third lines of the file; it appears once. */
  g_assert_cmpuint (count_occurrences (text, title), ==, 1);
  g_assert_cmpuint (n, ==, 22);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, title);
  g_assert_cmpuint (b[0].level, ==, 1);

  for (guint i = 1; i <= 21; i++)
    {
      g_autofree char *marker = block_marker (doc, i);
      g_autofree char *expected = g_strdup_printf ("%u. ", i);

      g_assert_cmpint (b[i].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
      g_assert_cmpuint (b[i].number, ==, i);
      g_assert_cmpstr (marker, ==, expected);
      g_assert_cmpuint (b[i].marker_end - b[i].start, ==, strlen (expected));
    }
  {
    g_autofree char *t = block_text (doc, 21);
    g_assert_true (g_str_has_prefix (t, "21. Secretary Austin and Minister Kim affirmed"));
  }

  /* Curly quotes are kept. */
  g_assert_nonnull (strstr (text,
                            "implement the \xe2\x80\x9c"
                            "Defense Vision of the U.S.-ROK Alliance,\xe2\x80\x9d including"));
  g_assert_nonnull (strstr (text, "Democratic People\xe2\x80\x99s Republic of Korea"));
  /* No-break spaces next to spaces collapse to one space; no doubled spaces or tabs remain. */
  g_assert_null (strstr (text, "\xc2\xa0"));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strchr (text, '\t'));
  g_assert_nonnull (
      strstr (text, "between the two nations. The Secretary and Minister expressed grave concern"));
  g_assert_nonnull (
      strstr (text, "reciprocal market access to deepen defense industrial cooperation and enhance "
                    "supply chain resiliency, and are committed to accelerate"));
  /* A trailing no-break space at the end of a paragraph goes. */
  {
    g_autofree char *t = block_text (doc, 14);
    g_assert_true (g_str_has_suffix (t, "ROK facilities and airspace for training."));
  }

  g_assert_cmpstr (dossier_document_get_title (doc), ==, title);
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_COMMUNIQUE);
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "56th SCM");
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-10-30");
}

static void
test_sample_fact_sheet (void)
{
  static const char *const bold[] = {
    "Enhancing extended deterrence cooperation",
    "Conducting large-scale field training exercises to maintain a strong combined defense posture",
    "Enhancing combined abilities to deter and respond to DPRK missiles",
    "Expanding science and technology cooperation",
    "Deepening industrial collaboration and supply chain resiliency",
    "Launching a new Regional Cooperation Framework",
    "Deepening U.S.-ROK-Japan trilateral security cooperation",
  };
  g_autoptr (DossierDocument) doc = import_sample ("03-scm-56-fact-sheet-2024-10-30.txt");
  const char *text = dossier_document_get_text (doc);
  guint n, ns, items = 0;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);
  const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);

  g_assert_cmpuint (n, ==, 19);
  assert_block (doc, 0, DOSSIER_BLOCK_HEADING, "FACT SHEET");
  assert_block (doc, 5, DOSSIER_BLOCK_HEADING, "ENHANCING EXTENDED DETERRENCE");
  assert_block (doc, 9, DOSSIER_BLOCK_HEADING, "MODERNIZING ALLIANCE CAPABILITIES");
  assert_block (doc, 14, DOSSIER_BLOCK_HEADING, "STRENGTHENING REGIONAL SECURITY COOPERATION");
  /* The file ends without a newline, after the closing line. */
  assert_block (doc, 18, DOSSIER_BLOCK_PARAGRAPH, "U.S. Department of Defense");

  /* Seven "- **...**" bullets: list items marked "• ", each opening with a bold span. */
  g_assert_cmpuint (ns, ==, G_N_ELEMENTS (bold));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *marker = NULL;
      g_autofree char *span = NULL;

      if (b[i].kind != DOSSIER_BLOCK_LIST_ITEM)
        continue;
      marker = block_marker (doc, i);
      g_assert_cmpstr (marker, ==, "• ");
      g_assert_cmpuint (b[i].marker_end, ==, b[i].start + 2);
      g_assert_cmpuint (b[i].number, ==, 0);
      g_assert_cmpuint (s[items].start, ==, b[i].marker_end);
      g_assert_cmpint (s[items].style, ==, DOSSIER_EMPHASIS_BOLD);
      span = dossier_document_dup_slice (doc, s[items].start, s[items].end);
      g_assert_cmpstr (span, ==, bold[items]);
      /* Offsets are code points: found independently of the document's helpers. */
      g_assert_cmpuint (s[items].start, ==, offset_of (doc, bold[items]));
      g_assert_cmpuint (s[items].end, ==, s[items].start + g_utf8_strlen (bold[items], -1));
      items++;
    }
  g_assert_cmpuint (items, ==, 7);
  /* Curly quotes before the later spans make bytes and code points differ there. */
  g_assert_cmpuint (dossier_document_offset_to_byte (doc, s[6].start), >, s[6].start);
  g_assert_nonnull (strstr (text, "\xe2\x80\x9cGuidelines for Nuclear Deterrence and Nuclear "
                                  "Operations on the Korean Peninsula.\xe2\x80\x9d"));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "\n- "));

  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Fact Sheet: U.S.-Republic of Korea Security Consultative Meeting and 2+2 "
                   "Ministerial Dialogue");
  g_assert_cmpint (dossier_document_get_kind (doc), ==, DOSSIER_DOCUMENT_KIND_FACT_SHEET);
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, "56th SCM");
  /* The dateline reads "October 30-31, 2024": the first day. */
  g_assert_cmpstr (dossier_document_get_date (doc), ==, "2024-10-30");
}

/* ---- metadata of every real statement in the repository ---- */

typedef struct
{
  const char *dir; /* "sample" or "tests" */
  const char *file;
  const char *title;
  DossierDocumentKind kind;
  const char *meeting; /* NULL: the document names no meeting it reports on */
  const char *date;
} MetaCase;

static const MetaCase meta_cases[] = {
  { "sample", "01-kidd-24-joint-press-statement-2024-04-11.txt",
    "Joint Press Statement for the 24th Korea-U.S. Integrated Defense Dialogue",
    DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, "24th KIDD", "2024-04-11" },
  { "sample", "02-scm-56-joint-communique-2024-10-30.txt",
    "56th Security Consultative Meeting Joint Communique", DOSSIER_DOCUMENT_KIND_COMMUNIQUE,
    "56th SCM", "2024-10-30" },
  { "sample", "03-scm-56-fact-sheet-2024-10-30.txt",
    "Fact Sheet: U.S.-Republic of Korea Security Consultative Meeting and 2+2 Ministerial Dialogue",
    DOSSIER_DOCUMENT_KIND_FACT_SHEET, "56th SCM", "2024-10-30" },
  { "tests", "camp-david-anniversary-leaders-statement-2024-08-17.txt",
    "Joint Leaders’ Statement on the Anniversary of the Trilateral Leaders’ Summit at Camp David",
    DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, "Trilateral Leaders’ Summit", "2024-08-17" },
  { "tests", "camp-david-commitment-to-consult-2023-08-18.txt", "Commitment to Consult",
    DOSSIER_DOCUMENT_KIND_OTHER, NULL, "2023-08-18" },
  { "tests", "camp-david-principles-2023-08-18.txt", "Camp David Principles",
    DOSSIER_DOCUMENT_KIND_OTHER, NULL, "2023-08-18" },
  { "tests", "factsheet-camp-david-trilateral-summit-2023-08-18.txt",
    "FACT SHEET: The Trilateral Leaders’ Summit at Camp David", DOSSIER_DOCUMENT_KIND_FACT_SHEET,
    "Trilateral Leaders’ Summit", "2023-08-18" },
  { "tests", "japan-rok-us-joint-statement-lima-2024-11-15.txt",
    "Joint Statement of Japan, the Republic of Korea, and the United States",
    DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, NULL, "2024-11-15" },
  { "tests", "spirit-of-camp-david-2023-08-18.txt",
    "The Spirit of Camp David: Joint Statement of Japan, the Republic of Korea, and the United "
    "States",
    DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, NULL, "2023-08-18" },
  { "tests", "us-japan-joint-leaders-statement-2024-04-10.txt",
    "United States-Japan Joint Leaders’ Statement", DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, NULL,
    "2024-04-10" },
  { "tests", "us-japan-joint-statement-2023-01-13.txt",
    "Joint Statement of the United States and Japan", DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, NULL,
    "2023-01-13" },
  { "tests", "us-rok-70th-anniversary-leaders-joint-statement-2023-04-26.txt",
    "Leaders’ Joint Statement in Commemoration of the 70th Anniversary of the Alliance between the "
    "United States of America and the Republic of Korea",
    DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT, NULL, "2023-04-26" },
};

static void
test_metadata_corpus (gconstpointer data)
{
  const MetaCase *c = data;
  g_autofree char *path = NULL;
  g_autoptr (DossierDocument) doc = NULL;

  if (g_str_equal (c->dir, "sample"))
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus", c->file, NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "data", "corpus", c->file, NULL);
  doc = import_file (path);

  g_assert_cmpstr (dossier_document_get_title (doc), ==, c->title);
  g_assert_cmpint (dossier_document_get_kind (doc), ==, c->kind);
  g_assert_cmpstr (dossier_document_get_meeting (doc), ==, c->meeting);
  g_assert_cmpstr (dossier_document_get_date (doc), ==, c->date);
}

static void
test_tests_corpus_structure (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "corpus", NULL);
  g_autofree char *path = NULL;
  g_autoptr (DossierDocument) doc = NULL;
  const char *text;
  guint n;
  const DossierBlock *b;

  /* "###" closes a release; a "***"-wrapped line is a bold-italic line of its own. */
  path = g_build_filename (dir, "camp-david-commitment-to-consult-2023-08-18.txt", NULL);
  doc = import_file (path);
  text = dossier_document_get_text (doc);
  g_assert_null (strstr (text, "#"));
  g_assert_null (strstr (text, "*"));
  {
    g_autofree char *t = block_text (doc, 2);
    g_assert_cmpstr (t, ==, "Among Japan, the Republic of Korea, and the United States");
  }
  {
    guint ns;
    const DossierSpan *s = dossier_document_get_emphasis (doc, &ns);
    guint start = offset_of (doc, "Among Japan");
    gboolean bold = FALSE, italic = FALSE;

    for (guint i = 0; i < ns; i++)
      if (s[i].start == start
          && s[i].end
                 == start + strlen ("Among Japan, the Republic of Korea, and the United States"))
        {
          bold |= (s[i].style & DOSSIER_EMPHASIS_BOLD) != 0;
          italic |= (s[i].style & DOSSIER_EMPHASIS_ITALIC) != 0;
        }
    g_assert_true (bold);
    g_assert_true (italic);
  }
  g_assert_true (
      g_str_has_suffix (text, "rights or obligations under international or domestic law."));
  g_clear_object (&doc);
  g_clear_pointer (&path, g_free);

  /* "***" alone on a line is a rule between paragraphs, not text. */
  path = g_build_filename (dir, "japan-rok-us-joint-statement-lima-2024-11-15.txt", NULL);
  doc = import_file (path);
  text = dossier_document_get_text (doc);
  g_assert_null (strstr (text, "***"));
  g_assert_null (strstr (text, "\xc2\xa0"));
  g_clear_object (&doc);
  g_clear_pointer (&path, g_free);

  /* A "**Heading**" line on its own is a heading. */
  path = g_build_filename (dir, "us-rok-70th-anniversary-leaders-joint-statement-2023-04-26.txt",
                           NULL);
  doc = import_file (path);
  b = dossier_document_get_blocks (doc, &n);
  {
    guint i = find_block_with (doc, "Global Comprehensive Strategic Alliance");
    g_autofree char *t = block_text (doc, i);
    g_assert_cmpstr (t, ==, "Global Comprehensive Strategic Alliance");
    g_assert_cmpint (b[i].kind, ==, DOSSIER_BLOCK_HEADING);
  }
}

/* ---- offsets and the source map ---- */

static void
test_source_position (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus",
                                                 "02-scm-56-joint-communique-2024-10-30.txt", NULL);
  g_autofree char *source = NULL;
  gsize source_len;
  g_autoptr (DossierDocument) doc = import_file (path);
  const char *hit;
  guint off;

  g_assert_true (g_file_get_contents (path, &source, &source_len, NULL));

  /* The first character of a paragraph. */
  off = offset_of (doc, "2. The Secretary and the Minister reaffirmed");
  hit = strstr (source, "2. The Secretary and the Minister reaffirmed");
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==, hit - source);
  /* The first character after the dropped repeated title: the paragraph "1." */
  off = offset_of (doc, "1. The 56th");
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==,
                    strstr (source, "1. The 56th") - source);

  /* A character after ".\u00a0 " collapsed to one space. */
  off = offset_of (doc, "missile capabilities. The two sides condemned")
        + strlen ("missile capabilities. ");
  hit = strstr (source, "missile capabilities.\xc2\xa0 The two sides condemned");
  g_assert_nonnull (hit);
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==,
                    hit - source + strlen ("missile capabilities.\xc2\xa0 "));
  /* And after a lone no-break space. */
  off = offset_of (doc, "nations. The Secretary and Minister expressed") + strlen ("nations. ");
  hit = strstr (source, "nations.\xc2\xa0The Secretary and Minister expressed");
  g_assert_nonnull (hit);
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==,
                    hit - source + strlen ("nations.\xc2\xa0"));

  /* After multi-byte characters, offsets are code points and positions are bytes. */
  off = offset_of (doc, "Republic of Korea (DPRK), modernizing");
  hit = strstr (source, "Republic of Korea (DPRK), modernizing");
  g_assert_cmpuint (dossier_document_source_position (doc, off), ==, hit - source);
  g_assert_cmpuint (off, <, (guint) (hit - source));

  /* A made-up separator maps to the next copied character. */
  {
    guint n;
    const DossierBlock *b = dossier_document_get_blocks (doc, &n);
    g_assert_cmpuint (dossier_document_source_position (doc, b[1].start - 1), ==,
                      strstr (source, "1. The 56th") - source);
  }
}

static void
test_source_position_double_space (void)
{
  const char *src = "Short Title\n\nAlpha  beta\tgamma \xc2\xa0"
                    "delta \xe2\x80\x94 epsilon.\n";
  g_autoptr (DossierDocument) doc = import_string (src, -1, "spaces.txt");

  assert_block (doc, 1, DOSSIER_BLOCK_PARAGRAPH, "Alpha beta gamma delta \xe2\x80\x94 epsilon.");
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "Alpha")), ==, 13);
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "beta")), ==, 20);
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "gamma")), ==, 25);
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "delta")), ==, 33);
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, "epsilon")), ==, 43);
  /* A kept single space maps to itself. */
  g_assert_cmpuint (dossier_document_source_position (doc, offset_of (doc, " \xe2\x80\x94")), ==,
                    38);
}

static void
test_offsets_round_trip (void)
{
  GString *src = g_string_new ("Überschrift – «Titel»\n\n");
  g_autoptr (DossierDocument) doc = NULL;
  const char *text;
  guint len;

  /* Long enough to cross many checkpoints, with 1-, 2-, 3- and 4-byte characters. */
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (src, "Ära %u: 東京 “quote” 𝔸𝔹 café naïve. ", i);
  g_string_append (src, "\n\nEnd.");
  doc = import_string (src->str, src->len, "unicode.txt");
  g_string_free (src, TRUE);

  text = dossier_document_get_text (doc);
  len = dossier_document_get_length (doc);
  g_assert_cmpuint (len, ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (len, <, dossier_document_get_text_bytes (doc));

  for (guint off = 0; off <= len; off++)
    {
      gsize byte = dossier_document_offset_to_byte (doc, off);
      g_assert_cmpuint (byte, ==, g_utf8_offset_to_pointer (text, off) - text);
      g_assert_cmpuint (dossier_document_byte_to_offset (doc, byte), ==, off);
    }
  /* Out of range offsets clamp to the end. */
  g_assert_cmpuint (dossier_document_offset_to_byte (doc, len + 10), ==,
                    dossier_document_get_text_bytes (doc));
  g_assert_cmpuint (dossier_document_byte_to_offset (doc, G_MAXSIZE), ==, len);
  {
    g_autofree char *slice = dossier_document_dup_slice (doc, 0, 11);
    g_autofree char *empty = dossier_document_dup_slice (doc, 5, 2);
    g_assert_cmpstr (slice, ==, "Überschrift");
    g_assert_cmpstr (empty, ==, "");
  }
  {
    guint off = offset_of (doc, "𝔸𝔹 café naïve. Ära 150:");
    g_autofree char *slice = dossier_document_dup_slice (doc, off, off + 2);
    g_assert_cmpstr (slice, ==, "𝔸𝔹");
  }
}

static void
test_find_block (void)
{
  g_autoptr (DossierDocument) doc = import_sample ("03-scm-56-fact-sheet-2024-10-30.txt");
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (dossier_document_find_block (doc, b[i].start) == &b[i]);
      g_assert_true (dossier_document_find_block (doc, b[i].end - 1) == &b[i]);
      if (i > 0)
        {
          g_assert_cmpuint (b[i].start, ==, b[i - 1].end + 2);
          /* The blank line between blocks belongs to none. */
          g_assert_null (dossier_document_find_block (doc, b[i].start - 1));
        }
    }
  g_assert_null (dossier_document_find_block (doc, dossier_document_get_length (doc)));
}

static void
test_content_hash (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "setext.md", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  g_autofree char *expected = NULL;
  g_autoptr (DossierDocument) doc = import_file (path);

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
  g_assert_cmpstr (dossier_document_get_content_hash (doc), ==, expected);
  g_assert_cmpstr (dossier_document_get_path (doc), ==, path);
}

/* ---- asynchronous import and progress ---- */

typedef struct
{
  GMainLoop *loop;
  DossierDocument *doc;
  GError *error;
  GMutex lock;
  double last;
  gboolean monotonic;
  guint calls;
} AsyncState;

static void
on_progress (double fraction, gpointer data)
{
  AsyncState *st = data;

  g_mutex_lock (&st->lock);
  if (fraction < st->last || fraction > 1.0)
    st->monotonic = FALSE;
  st->last = fraction;
  st->calls++;
  g_mutex_unlock (&st->lock);
}

static void
on_imported (GObject *source, GAsyncResult *result, gpointer data)
{
  AsyncState *st = data;

  st->doc = dossier_import_file_finish (result, &st->error);
  g_main_loop_quit (st->loop);
}

static void
test_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus",
                                                 "02-scm-56-joint-communique-2024-10-30.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  AsyncState st = { .monotonic = TRUE };

  g_mutex_init (&st.lock);
  st.loop = g_main_loop_new (NULL, FALSE);
  dossier_import_file_async (file, on_progress, &st, NULL, on_imported, &st);
  g_main_loop_run (st.loop);

  g_assert_no_error (st.error);
  g_assert_nonnull (st.doc);
  g_assert_cmpstr (dossier_document_get_meeting (st.doc), ==, "56th SCM");
  g_assert_true (st.monotonic);
  g_assert_cmpuint (st.calls, >, 0);
  g_assert_cmpfloat_with_epsilon (st.last, 1.0, 1e-9);

  g_clear_object (&st.doc);
  g_main_loop_unref (st.loop);
  g_mutex_clear (&st.lock);
}

static void
test_cancelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus",
                                                 "02-scm-56-joint-communique-2024-10-30.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;

  g_cancellable_cancel (cancellable);
  doc = dossier_import_file (file, NULL, NULL, cancellable, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dossier/import/sample/kidd", test_sample_kidd);
  g_test_add_func ("/dossier/import/sample/communique", test_sample_communique);
  g_test_add_func ("/dossier/import/sample/fact-sheet", test_sample_fact_sheet);
  for (guint i = 0; i < G_N_ELEMENTS (meta_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/dossier/import/metadata/%s", meta_cases[i].file);
      g_test_add_data_func (name, &meta_cases[i], test_metadata_corpus);
    }
  g_test_add_func ("/dossier/import/corpus/structure", test_tests_corpus_structure);
  g_test_add_func ("/dossier/import/source-position/sample", test_source_position);
  g_test_add_func ("/dossier/import/source-position/double-space",
                   test_source_position_double_space);
  g_test_add_func ("/dossier/import/offsets/round-trip", test_offsets_round_trip);
  g_test_add_func ("/dossier/import/find-block", test_find_block);
  g_test_add_func ("/dossier/import/content-hash", test_content_hash);
  g_test_add_func ("/dossier/import/async", test_async);
  g_test_add_func ("/dossier/import/cancelled", test_cancelled);

  return g_test_run ();
}
