/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <json-glib/json-glib.h>

#include "dossier-import.h"
#include "dossier-test-inputs.h"
#include "dossier-test-pdf.h"

/* dossier-cli as a user runs it: exit codes, stdout, stderr; the binary is $DOSSIER_CLI. */

static char *tmpdir;

typedef struct
{
  int status; /* exit code */
  char *out;
  gsize out_len;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the CLI with @args (NULL-terminated) and asserts that it exited rather than crashed. */
static void
run_cli (Run *r, const char *const *args)
{
  const char *cli = g_getenv ("DOSSIER_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &r->out, &r->err,
                &wait_status, &error);
  g_assert_no_error (error);

  /* A signal (SIGSEGV, or SIGABRT from a sanitizer) is a crash, whatever the input was. */
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
  r->out_len = strlen (r->out);
  /* Sanitizer reports go to stderr with a non-zero exit; make them visible. */
  g_assert_null (strstr (r->err, "Sanitizer"));
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "corpus", name, NULL);
}

/* The CLI refuses @path: exit code 1, one clear line on stderr naming the file, no output. */
static void
assert_refused (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *const text_args[] = { "text", path, NULL };
  const char *const json_args[] = { "analyze", "--json", path, NULL };
  g_auto (Run) r = { 0 };
  g_auto (Run) j = { 0 };

  run_cli (&r, text_args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpuint (r.out_len, ==, 0);
  g_assert_true (g_str_has_prefix (r.err, "dossier-cli: "));
  g_assert_nonnull (strstr (r.err, base));
  /* One line. */
  g_assert_true (g_str_has_suffix (r.err, "\n"));
  g_assert_true (strchr (r.err, '\n') == r.err + strlen (r.err) - 1);

  run_cli (&j, json_args);
  g_assert_cmpint (j.status, ==, 1);
  g_assert_cmpuint (j.out_len, ==, 0);
  g_assert_cmpstr (j.err, ==, r.err);
}

static char *
write_tmp (const char *name, const void *data, gsize len)
{
  return dossier_test_write (tmpdir, name, data, len);
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-statement.txt", NULL);
  assert_refused (path);
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "folder", NULL);

  g_mkdir (path, 0755);
  assert_refused (path);
  g_rmdir (path);
}

static void
test_empty (void)
{
  g_autofree char *path = write_tmp ("empty.txt", "", 0);
  assert_refused (path);
}

static void
test_binary (void)
{
  g_autoptr (GBytes) png = dossier_test_png ();
  g_autoptr (GBytes) noise = dossier_test_random_bytes (4096, 5);
  g_autofree char *png_path
      = write_tmp ("picture.png", g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_autofree char *noise_path
      = write_tmp ("noise.txt", g_bytes_get_data (noise, NULL), g_bytes_get_size (noise));

  assert_refused (png_path);
  assert_refused (noise_path);
}

static void
test_pdf_bad (void)
{
  g_autofree char *encrypted
      = g_test_build_filename (G_TEST_DIST, "data", "import", "encrypted.pdf", NULL);
  g_autofree char *truncated
      = g_test_build_filename (G_TEST_DIST, "data", "import", "truncated.pdf", NULL);
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (dossier_test_pdf_statement);
  g_autofree char *half
      = write_tmp ("half.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf) / 2);

  assert_refused (encrypted);
  assert_refused (truncated);
  assert_refused (half);
}

static void
test_pdf_good (void)
{
  g_autoptr (GBytes) pdf = dossier_test_make_pdf (dossier_test_pdf_statement);
  g_autofree char *path
      = write_tmp ("statement.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };

  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (
      g_str_has_prefix (r.out, "Joint Statement on the 7th Example Dialogue\n\nMay 2, 2024\n\n"));
  g_assert_nonnull (strstr (r.out, "by both governments, and pledged"));
}

static void
test_invalid_utf8 (void)
{
  const char data[] = "Title\n\nBad \xff byte and \xe2\x80 cut.\n";
  g_autofree char *path = write_tmp ("broken.txt", data, sizeof data - 1);
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };

  /* Read, repaired, and said so. */
  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Title\n\nBad \xef\xbf\xbd byte and \xef\xbf\xbd cut.\n");
  g_assert_nonnull (strstr (r.err, path));
  g_assert_nonnull (strstr (r.err, "U+FFFD"));
  g_assert_nonnull (strstr (r.err, " 2 "));
}

static void
test_large_text (void)
{
  guint n_paragraphs;
  g_autoptr (GString) s = dossier_test_large_text (50 * 1024 * 1024, &n_paragraphs);
  g_autofree char *path = write_tmp ("large.txt", s->str, s->len);
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };

  run_cli (&r, args);
  g_unlink (path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  /* The normalized text of this file is the file; the CLI ends it with a newline. */
  g_assert_cmpuint (r.out_len, ==, s->len);
  g_assert_true (memcmp (r.out, s->str, s->len) == 0);
}

static void
test_long_line (void)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_autofree char *path = NULL;
  const char *args[] = { "text", NULL, NULL };
  g_auto (Run) r = { 0 };

  while (s->len < 1024 * 1024)
    g_string_append (s, "The parties agreed to meet again and to review the plan; ");
  g_string_append (s, "done.");
  args[1] = path = write_tmp ("long-line.txt", s->str, s->len);
  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (r.out_len, ==, s->len + 1);
}

static void
test_html_hostile (void)
{
  const char *html = DOSSIER_TEST_HOSTILE_HTML;
  g_autofree char *path = write_tmp ("hostile.html", html, strlen (html));
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };

  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_hostile_markers); i++)
    g_assert_null (strstr (r.out, dossier_test_hostile_markers[i]));
  g_assert_cmpstr (r.out, ==,
                   "Statement on the Example Talks\n\nThe ministers met here and agreed.\n\nSecond "
                   "paragraph.\n");
}

static void
test_html_deep (void)
{
  g_autoptr (GString) html = dossier_test_deep_html (10000, "<div>", "</div>");
  g_autofree char *path = write_tmp ("deep.html", html->str, html->len);
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };

  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Deeply Nested Page\n\nBefore the nesting."));
}

static void
test_usage (void)
{
  static const char *const no_args[] = { NULL };
  static const char *const unknown[] = { "frobnicate", NULL };
  static const char *const text_none[] = { "text", NULL };
  static const char *const text_two[] = { "text", "a.txt", "b.txt", NULL };
  static const char *const no_json[] = { "analyze", "a.txt", NULL };
  static const char *const no_files[] = { "analyze", "--json", NULL };
  static const char *const *const bad[]
      = { no_args, unknown, text_none, text_two, no_json, no_files };
  static const char *const help[] = { "--help", NULL };
  g_auto (Run) h = { 0 };

  /* Misuse: exit code 2 and the usage on stderr, nothing on stdout. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (Run) r = { 0 };
      run_cli (&r, bad[i]);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpuint (r.out_len, ==, 0);
      g_assert_nonnull (strstr (r.err, "dossier-cli analyze --json FILE..."));
    }
  /* Asked for: the usage on stdout, success. */
  run_cli (&h, help);
  g_assert_cmpint (h.status, ==, 0);
  g_assert_nonnull (strstr (h.out, "dossier-cli text FILE"));
}

static void
test_text_sample (void)
{
  g_autofree char *path = sample_path ("02-scm-56-joint-communique-2024-10-30.txt");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (DossierDocument) doc = dossier_import_file (file, NULL, NULL, NULL, NULL);
  const char *const args[] = { "text", path, NULL };
  g_auto (Run) r = { 0 };
  g_autofree char *expected = NULL;

  g_assert_nonnull (doc);
  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  expected = g_strconcat (dossier_document_get_text (doc), "\n", NULL);
  g_assert_cmpstr (r.out, ==, expected);
}

static void
test_analyze_json (void)
{
  static const char *const names[] = {
    "01-kidd-24-joint-press-statement-2024-04-11.txt",
    "02-scm-56-joint-communique-2024-10-30.txt",
    "03-scm-56-fact-sheet-2024-10-30.txt",
  };
  static const char *const titles[] = {
    "Joint Press Statement for the 24th Korea-U.S. Integrated Defense Dialogue",
    "56th Security Consultative Meeting Joint Communique",
    "Fact Sheet: U.S.-Republic of Korea Security Consultative Meeting and 2+2 Ministerial Dialogue",
  };
  static const char *const kinds[] = { "joint-statement", "communique", "fact-sheet" };
  static const char *const meetings[] = { "24th KIDD", "56th SCM", "56th SCM" };
  static const char *const dates[] = { "2024-04-11", "2024-10-30", "2024-10-30" };
  static const char *const arrays[] = { "entities", "events", "links", "unmatched" };
  char *paths[3] = { NULL };
  const char *args[6];
  g_auto (Run) r = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *docs;

  args[0] = "analyze";
  args[1] = "--json";
  for (guint i = 0; i < 3; i++)
    args[2 + i] = paths[i] = sample_path (names[i]);
  args[5] = NULL;

  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_utf8_validate (r.out, r.out_len, NULL));
  json_parser_load_from_data (parser, r.out, r.out_len, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  /* The other stages fill these; the contract says they are arrays. */
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      g_assert_true (json_object_has_member (root, arrays[i]));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, arrays[i])));
    }

  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "documents")));
  docs = json_object_get_array_member (root, "documents");
  g_assert_cmpuint (json_array_get_length (docs), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *d = json_array_get_object_element (docs, i);
      g_autofree char *id = g_strdup_printf ("d%u", i);
      g_autoptr (GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr (DossierDocument) doc = dossier_import_file (file, NULL, NULL, NULL, NULL);
      const char *text = json_object_get_string_member (d, "text");

      g_assert_cmpstr (json_object_get_string_member (d, "id"), ==, id);
      /* The path as given, in argument order. */
      g_assert_cmpstr (json_object_get_string_member (d, "path"), ==, paths[i]);
      g_assert_cmpstr (json_object_get_string_member (d, "title"), ==, titles[i]);
      g_assert_cmpstr (json_object_get_string_member (d, "kind"), ==, kinds[i]);
      g_assert_cmpstr (json_object_get_string_member (d, "meeting"), ==, meetings[i]);
      g_assert_cmpstr (json_object_get_string_member (d, "date"), ==, dates[i]);
      /* Offsets in the contract are code points into this text. */
      g_assert_nonnull (doc);
      g_assert_cmpstr (text, ==, dossier_document_get_text (doc));
      g_assert_cmpuint (g_utf8_strlen (text, -1), ==, dossier_document_get_length (doc));
    }
  /* Curly quotes come through as UTF-8, not as escapes of a narrower encoding. */
  g_assert_nonnull (strstr (r.out, "People’s"));
  for (guint i = 0; i < 3; i++)
    g_free (paths[i]);
}

static void
test_analyze_one_bad (void)
{
  g_autofree char *good = sample_path ("01-kidd-24-joint-press-statement-2024-04-11.txt");
  g_autofree char *bad = g_build_filename (tmpdir, "missing-second.txt", NULL);
  const char *const args[] = { "analyze", "--json", good, bad, NULL };
  g_auto (Run) r = { 0 };

  /* No half analysis: an error naming the file, and nothing on stdout. */
  run_cli (&r, args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpuint (r.out_len, ==, 0);
  g_assert_nonnull (strstr (r.err, "missing-second.txt"));
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("dossier-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/dossier/cli/usage", test_usage);
  g_test_add_func ("/dossier/cli/text/sample", test_text_sample);
  g_test_add_func ("/dossier/cli/text/pdf", test_pdf_good);
  g_test_add_func ("/dossier/cli/analyze/json", test_analyze_json);
  g_test_add_func ("/dossier/cli/analyze/one-bad-file", test_analyze_one_bad);
  g_test_add_func ("/dossier/cli/bad-input/missing", test_missing);
  g_test_add_func ("/dossier/cli/bad-input/directory", test_directory);
  g_test_add_func ("/dossier/cli/bad-input/empty", test_empty);
  g_test_add_func ("/dossier/cli/bad-input/binary", test_binary);
  g_test_add_func ("/dossier/cli/bad-input/pdf", test_pdf_bad);
  g_test_add_func ("/dossier/cli/bad-input/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/dossier/cli/bad-input/large-text", test_large_text);
  g_test_add_func ("/dossier/cli/bad-input/long-line", test_long_line);
  g_test_add_func ("/dossier/cli/bad-input/html-hostile", test_html_hostile);
  g_test_add_func ("/dossier/cli/bad-input/html-deep", test_html_deep);

  ret = g_test_run ();
  dossier_test_pdf_shutdown ();
  dossier_test_remove_dir (tmpdir);
  g_free (tmpdir);
  return ret;
}
