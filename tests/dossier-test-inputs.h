/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Hostile and oversized inputs, made at test time so that the repository holds no large or
 * opaque files: shared by the core and command-line bad-input tests.
 */

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

/* A made-up statement of about @target bytes: a title line, then single-line paragraphs, each
 * different, each ending a sentence, separated by blank lines, with some non-ASCII text.
 * Its normalized text is the file itself without the final newline. */
static inline GString *
dossier_test_large_text (gsize target, guint *n_paragraphs)
{
  static const char *const subjects[] = {
    "The ministers",
    "Both delegations",
    "The two sides",
    "The working group",
    "The secretaries",
    "The leaders of São Tomé and Côte d’Ivoire",
    "The committee chaired by Dr. Müller",
  };
  static const char *const verbs[] = {
    "reaffirmed their commitment to",
    "agreed to expand",
    "welcomed progress on",
    "pledged to review",
    "noted with concern the state of",
    "decided to establish",
  };
  static const char *const objects[] = {
    "maritime security cooperation",
    "the joint training programme",
    "supply chain resilience",
    "cyber defence exchanges",
    "the “regional framework” for crisis response",
    "space situational awareness",
  };
  GString *s = g_string_sized_new (target + 1024);
  GRand *rand = g_rand_new_with_seed (20240411);
  guint n = 0;

  g_string_append (s, "Joint Statement on the Generated Dialogue\n");
  while (s->len < target)
    {
      guint sentences = 3 + g_rand_int_range (rand, 0, 5);

      g_string_append_c (s, '\n');
      g_string_append_printf (s, "Paragraph %u. ", ++n);
      for (guint i = 0; i < sentences; i++)
        g_string_append_printf (s, "%s %s %s by %u %s %u%s",
                                subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects))],
                                verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                                objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))],
                                1 + g_rand_int_range (rand, 0, 28), "March",
                                2000 + g_rand_int_range (rand, 0, 30),
                                i + 1 < sentences ? ". " : ".\n");
    }
  g_rand_free (rand);
  *n_paragraphs = n;
  return s;
}

/* A complete 1x1 PNG: NUL bytes in its first few bytes, like every binary format. */
static inline GBytes *
dossier_test_png (void)
{
  static const guint8 png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0x7a, 0x5e, 0xab, 0x3f,
    0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  };
  return g_bytes_new_static (png, sizeof png);
}

static inline GBytes *
dossier_test_random_bytes (gsize n, guint32 seed)
{
  GRand *rand = g_rand_new_with_seed (seed);
  guint8 *data = g_malloc (n);

  for (gsize i = 0; i < n; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  data[n / 3] = 0; /* at least one NUL, whatever the seed */
  g_rand_free (rand);
  return g_bytes_new_take (data, n);
}

#define DOSSIER_TEST_HOSTILE_HTML                                                                  \
  "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "                                    \
  "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"                                       \
  "<html><head><title>Hostile</title>\n"                                                           \
  "<link rel=\"stylesheet\" href=\"http://example.invalid/remote.css\">\n"                         \
  "<style>@import url(http://example.invalid/x.css); .STYLE-TEXT {}</style>\n"                     \
  "<script src=\"http://example.invalid/remote.js\"></script>\n"                                   \
  "<script>document.write('SCRIPT-TEXT'); fetch('http://example.invalid/beacon');</script>\n"      \
  "</head>\n"                                                                                      \
  "<body onload=\"alert('ONLOAD-TEXT')\">\n"                                                       \
  "<h1>Statement on the Example Talks</h1>\n"                                                      \
  "<p onclick=\"steal('ONCLICK-TEXT')\">The ministers met <a "                                     \
  "href=\"javascript:alert(1)\">here</a>"                                                          \
  " and agreed.</p>\n"                                                                             \
  "<img src=\"http://example.invalid/tracker.png\" alt=\"ALT-TEXT\" onerror=\"x()\">\n"            \
  "<iframe src=\"http://example.invalid/frame.html\">IFRAME-TEXT</iframe>\n"                       \
  "<object data=\"http://example.invalid/movie.swf\">OBJECT-TEXT</object>\n"                       \
  "<svg><script>SVG-SCRIPT-TEXT</script></svg>\n"                                                  \
  "<p>Second paragraph.<script>INLINE-SCRIPT-TEXT</script></p>\n"                                  \
  "</body></html>\n"

static const char *const dossier_test_hostile_markers[] = {
  "STYLE-TEXT",  "SCRIPT-TEXT", "ONLOAD-TEXT",     "ONCLICK-TEXT", "ALT-TEXT", "IFRAME-TEXT",
  "OBJECT-TEXT", "javascript",  "example.invalid", "alert",        "<",
};

/* Text, then @depth nested elements, then text again. */
static inline GString *
dossier_test_deep_html (guint depth, const char *open, const char *close)
{
  GString *s = g_string_new ("<html><body><h1>Deeply Nested Page</h1><p>Before the nesting.</p>");

  for (guint i = 0; i < depth; i++)
    g_string_append (s, open);
  g_string_append (s, "deep text");
  for (guint i = 0; i < depth; i++)
    g_string_append (s, close);
  g_string_append (s, "<p>After the nesting.</p></body></html>");
  return s;
}

static inline char *
dossier_test_write (const char *dir, const char *name, const void *data, gssize len)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

/* Removes a flat temporary directory and the files in it. */
static inline void
dossier_test_remove_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_dir_close (d);
  g_rmdir (dir);
}
