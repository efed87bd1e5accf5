/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <libxml/parserInternals.h>

#include "dossier-import.h"
#include "dossier-test-inputs.h"
#include "dossier-test-pdf.h"

/* Every bad input gives a clear error in DOSSIER_IMPORT_ERROR (or a repaired document), never
 * a crash. The command-line side of the same inputs is in test-cli.c. */

static char *tmpdir;

static DossierDocument *
import_path (const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  return dossier_import_file (file, NULL, NULL, NULL, error);
}

static DossierDocument *
import_data (const char *name, const void *data, gsize len, GError **error)
{
  g_autofree char *path = dossier_test_write (tmpdir, name, data, len);
  DossierDocument *doc = import_path (path, error);

  g_unlink (path);
  return doc;
}

static void
assert_fails (const char *name, const void *data, gsize len, int code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_data (name, data, len, &error);

  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, code);
  /* The message names the file the reader chose. */
  g_assert_nonnull (strstr (error->message, name));
}

#define assert_fails_str(name, str, code) assert_fails ((name), (str), strlen (str), (code))

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-statement.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_path (path, &error);

  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-statement.txt"));
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "a-folder.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  doc = import_path (path, &error);
  g_rmdir (path);
  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "a-folder.txt"));
}

static void
test_device (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;

  if (!g_file_test ("/dev/null", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/null");
      return;
    }
  doc = import_path ("/dev/null", &error);
  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_REGULAR);
}

static void
test_empty (void)
{
  assert_fails ("empty.txt", "", 0, DOSSIER_IMPORT_ERROR_EMPTY);
  assert_fails_str ("blank.txt", "\n \t\r\n\n", DOSSIER_IMPORT_ERROR_EMPTY);
  assert_fails_str ("bom-only.txt", "\xef\xbb\xbf", DOSSIER_IMPORT_ERROR_EMPTY);
  assert_fails_str ("bom-blank.txt", "\xef\xbb\xbf\n\n", DOSSIER_IMPORT_ERROR_EMPTY);
  /* Markup with nothing to read. */
  assert_fails_str ("marks.md", "###\n\n---\n\n***\n", DOSSIER_IMPORT_ERROR_EMPTY);
  assert_fails_str ("empty.html", "<html><body><script>x()</script></body></html>",
                    DOSSIER_IMPORT_ERROR_EMPTY);
}

static void
test_binary (void)
{
  g_autoptr (GBytes) png = dossier_test_png ();
  g_autoptr (GBytes) noise = dossier_test_random_bytes (64 * 1024, 7);
  g_autofree guint8 *controls = g_malloc (4096);

  assert_fails ("picture.png", g_bytes_get_data (png, NULL), g_bytes_get_size (png),
                DOSSIER_IMPORT_ERROR_BINARY);
  /* Named like a statement, still not one. */
  assert_fails ("statement.txt", g_bytes_get_data (noise, NULL), g_bytes_get_size (noise),
                DOSSIER_IMPORT_ERROR_BINARY);
  /* Control characters without NULs. */
  for (guint i = 0; i < 4096; i++)
    controls[i] = 1 + i % 8;
  assert_fails ("controls.txt", controls, 4096, DOSSIER_IMPORT_ERROR_BINARY);
  /* UTF-16 with a lone surrogate cannot be decoded. */
  assert_fails ("surrogate.txt",
                "\xff\xfeT\0\0\xd8"
                "A\0",
                8, DOSSIER_IMPORT_ERROR_BINARY);
  /* Odd-length UTF-16 loses its half character, nothing worse. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (DossierDocument) doc = import_data ("odd.txt", "\xff\xfeT\0i\0t", 7, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (dossier_document_get_text (doc), "Ti"));
  }
}

static void
test_invalid_utf8 (void)
{
  const char data[]
      = "Title\n\nSome \xc3\x28 text \xa0\xa1 and \xf0\x28\x8c\xbc end \xed\xa0\x80.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_data ("broken.txt", data, sizeof data - 1, &error);
  const char *text;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  text = dossier_document_get_text (doc);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "\xef\xbf\xbd"));
  /* Five bad sequences: \xc3 before "(", the stray \xa0\xa1, \xf0 before "(", the orphaned
   * \x8c\xbc, and the encoded surrogate \xed\xa0\x80; the ASCII after each is kept. */
  g_assert_cmpuint (dossier_document_get_n_repairs (doc), ==, 5);
  g_assert_nonnull (
      strstr (text, "Some \xef\xbf\xbd( text \xef\xbf\xbd and \xef\xbf\xbd(\xef\xbf\xbd end"));
  g_assert_true (g_str_has_suffix (text, "end \xef\xbf\xbd."));
}

static void
test_large_text (void)
{
  guint n_paragraphs = 0;
  g_autoptr (GString) s = dossier_test_large_text (50 * 1024 * 1024, &n_paragraphs);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_data ("large.txt", s->str, s->len, &error);
  guint n;
  const DossierBlock *b;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  b = dossier_document_get_blocks (doc, &n);
  g_assert_cmpuint (n, ==, n_paragraphs + 1);
  g_assert_cmpint (b[0].kind, ==, DOSSIER_BLOCK_HEADING);
  g_assert_cmpint (b[n - 1].kind, ==, DOSSIER_BLOCK_PARAGRAPH);
  /* Each paragraph is one line, blocks are separated by one blank line: the text is the file. */
  g_assert_cmpuint (dossier_document_get_text_bytes (doc), ==, s->len - 1);
  g_assert_true (memcmp (dossier_document_get_text (doc), s->str, s->len - 1) == 0);
  g_assert_cmpuint (dossier_document_get_length (doc), ==, g_utf8_strlen (s->str, s->len - 1));
  g_assert_cmpstr (dossier_document_get_title (doc), ==,
                   "Joint Statement on the Generated Dialogue");
  /* Offsets stay exact at the far end. */
  {
    g_autofree char *expected = g_strdup_printf ("Paragraph %u.", n_paragraphs);
    g_autofree char *last
        = dossier_document_dup_slice (doc, b[n - 1].start, b[n - 1].start + strlen (expected));
    g_assert_cmpstr (last, ==, expected);
    g_assert_cmpuint (dossier_document_source_position (doc, b[n - 1].start), ==,
                      strstr (s->str + s->len - 8192, expected) - s->str);
  }
}

static void
test_long_line (void)
{
  GString *s = g_string_sized_new (1024 * 1024 + 64);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;
  guint n;

  for (guint i = 0; s->len < 1024 * 1024; i++)
    g_string_append_printf (s, "word%u ", i % 1000);
  g_string_append (s, "end.");
  doc = import_data ("long-line.txt", s->str, s->len, &error);
  g_assert_no_error (error);
  dossier_document_get_blocks (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (dossier_document_get_length (doc), ==, s->len);
  g_assert_true (memcmp (dossier_document_get_text (doc), s->str, s->len) == 0);
  /* No title line: a cut of the first words. */
  g_assert_true (g_str_has_suffix (dossier_document_get_title (doc), "…"));
  g_string_free (s, TRUE);

  /* One 1 MB "word", no spaces at all. */
  s = g_string_new (NULL);
  while (s->len < 1024 * 1024)
    g_string_append (s, "abcdefghij");
  {
    g_autoptr (DossierDocument) word = import_data ("one-word.txt", s->str, s->len, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (dossier_document_get_length (word), ==, s->len);
  }
  g_string_free (s, TRUE);
}

static void
test_too_large (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "huge.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;

  /* A sparse file larger than the limit: refused before anything is read. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (out), DOSSIER_IMPORT_MAX_BYTES + 1, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);

  doc = dossier_import_file (file, NULL, NULL, NULL, &error);
  g_unlink (path);
  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.txt"));
}

static void
test_pdf_encrypted (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "import", "encrypted.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_path (path, &error);

  /* Made once with qpdf --encrypt (AES-256, a user password). */
  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "encrypted.pdf"));
}

static void
test_pdf_truncated (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "import", "truncated.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_path (path, &error);
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (dossier_test_pdf_statement);
  gsize len = g_bytes_get_size (pdf);

  /* The first half of a cairo PDF, kept in the repository. */
  g_assert_null (doc);
  g_assert_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_DAMAGED);
  g_clear_error (&error);

  /* The same made now: the catalog is at the end, so the first half is beyond repair. */
  assert_fails ("half.pdf", g_bytes_get_data (pdf, NULL), len / 2, DOSSIER_IMPORT_ERROR_DAMAGED);

  /* Cut anywhere: an error or whatever poppler can recover, never a crash. */
  for (guint i = 1; i < 40; i++)
    {
      g_autoptr (DossierDocument) cut
          = import_data ("cut.pdf", g_bytes_get_data (pdf, NULL), len * i / 40, &error);
      if (cut == NULL)
        {
          g_assert_true (error->domain == DOSSIER_IMPORT_ERROR);
          g_clear_error (&error);
        }
    }
}

static void
test_pdf_garbage (void)
{
  g_autoptr (GBytes) noise = dossier_test_random_bytes (8192, 11);
  g_autoptr (GByteArray) data = g_byte_array_new ();
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (dossier_test_pdf_statement);
  g_autofree guint8 *flipped = g_memdup2 (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  GRand *rand = g_rand_new_with_seed (3);
  g_autoptr (GError) error = NULL;

  g_byte_array_append (data, (const guint8 *) "%PDF-1.7\n", 9);
  g_byte_array_append (data, g_bytes_get_data (noise, NULL), g_bytes_get_size (noise));
  assert_fails ("garbage.pdf", data->data, data->len, DOSSIER_IMPORT_ERROR_DAMAGED);

  /* Corrupted bytes inside a valid PDF. */
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr (DossierDocument) doc = NULL;

      for (guint k = 0; k < 8; k++)
        flipped[g_rand_int_range (rand, 16, g_bytes_get_size (pdf))]
            ^= 1u << g_rand_int_range (rand, 0, 8);
      doc = import_data ("flipped.pdf", flipped, g_bytes_get_size (pdf), &error);
      if (doc == NULL)
        {
          g_assert_true (error->domain == DOSSIER_IMPORT_ERROR);
          g_clear_error (&error);
        }
    }
  g_rand_free (rand);
}

static void
test_pdf_no_text (void)
{
  static const char *const blank[] = { "", NULL };
  static const char *const *const pages[] = { blank, blank, NULL };
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (pages);

  assert_fails ("scan.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                DOSSIER_IMPORT_ERROR_NO_TEXT);
}

static guint n_loads;

static xmlParserInputPtr
refuse_loads (const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
  g_test_message ("libxml2 asked to load %s", url ? url : id ? id : "(null)");
  n_loads++;
  return NULL;
}

static void
test_html_hostile (void)
{
  const char *html = DOSSIER_TEST_HOSTILE_HTML;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;
  xmlExternalEntityLoader previous = xmlGetExternalEntityLoader ();
  const char *text;

  /* Any attempt to fetch a DTD, entity or other resource goes through this loader. */
  n_loads = 0;
  xmlSetExternalEntityLoader (refuse_loads);
  doc = import_data ("hostile.html", html, strlen (html), &error);
  xmlSetExternalEntityLoader (previous);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpuint (n_loads, ==, 0);
  text = dossier_document_get_text (doc);
  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_hostile_markers); i++)
    {
      g_test_message ("%s", dossier_test_hostile_markers[i]);
      g_assert_null (strstr (text, dossier_test_hostile_markers[i]));
    }
  g_assert_cmpstr (
      text, ==,
      "Statement on the Example Talks\n\nThe ministers met here and agreed.\n\nSecond paragraph.");
}

static void
test_html_deep (gconstpointer data)
{
  const char *const *tags = data;
  g_autoptr (GString) html = dossier_test_deep_html (10000, tags[0], tags[1]);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_data ("deep.html", html->str, html->len, &error);

  /* libxml2 stops at its depth limit; what came before is read, nothing crashes. */
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_nonnull (strstr (dossier_document_get_text (doc), "Before the nesting."));
  g_assert_cmpstr (dossier_document_get_title (doc), ==, "Deeply Nested Page");
}

static void
test_html_broken (void)
{
  const char *html = "<html><body><p>Unclosed <b>bold <i>both</p><li>stray "
                     "item<td>cell</div></span>&bogus; &#xD800; end";
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = import_data ("broken.html", html, strlen (html), &error);
  const char *text;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  text = dossier_document_get_text (doc);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "Unclosed bold both"));
  g_assert_nonnull (strstr (text, "stray item"));
}

int
main (int argc, char *argv[])
{
  static const char *const divs[] = { "<div>", "</div>" };
  static const char *const bolds[] = { "<b>", "</b>" };
  static const char *const lists[] = { "<ul><li>", "</li></ul>" };
  static const char *const unclosed[] = { "<span>", "" };
  g_autoptr (GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("dossier-bad-input-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/dossier/bad-input/missing", test_missing);
  g_test_add_func ("/dossier/bad-input/directory", test_directory);
  g_test_add_func ("/dossier/bad-input/device", test_device);
  g_test_add_func ("/dossier/bad-input/empty", test_empty);
  g_test_add_func ("/dossier/bad-input/binary", test_binary);
  g_test_add_func ("/dossier/bad-input/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/dossier/bad-input/large-text", test_large_text);
  g_test_add_func ("/dossier/bad-input/long-line", test_long_line);
  g_test_add_func ("/dossier/bad-input/too-large", test_too_large);
  g_test_add_func ("/dossier/bad-input/pdf/encrypted", test_pdf_encrypted);
  g_test_add_func ("/dossier/bad-input/pdf/truncated", test_pdf_truncated);
  g_test_add_func ("/dossier/bad-input/pdf/garbage", test_pdf_garbage);
  g_test_add_func ("/dossier/bad-input/pdf/no-text", test_pdf_no_text);
  g_test_add_func ("/dossier/bad-input/html/hostile", test_html_hostile);
  g_test_add_data_func ("/dossier/bad-input/html/deep-divs", divs, test_html_deep);
  g_test_add_data_func ("/dossier/bad-input/html/deep-bold", bolds, test_html_deep);
  g_test_add_data_func ("/dossier/bad-input/html/deep-lists", lists, test_html_deep);
  g_test_add_data_func ("/dossier/bad-input/html/deep-unclosed", unclosed, test_html_deep);
  g_test_add_func ("/dossier/bad-input/html/broken", test_html_broken);

  ret = g_test_run ();
  dossier_test_pdf_shutdown ();
  dossier_test_remove_dir (tmpdir);
  g_free (tmpdir);
  return ret;
}
