/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the annotation, anchor and workspace tests. */

#include <string.h>
#include <glib/gstdio.h>

#include "dossier-import.h"
#include "dossier-workspace.h"

static inline DossierDocument *
doc_from (const char *text, const char *path)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, path, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Code point offset of the @nth (0-based) occurrence of @needle in the normalized text. */
static inline guint
offset_of_nth (DossierDocument *doc, const char *needle, guint nth)
{
  const char *text = dossier_document_get_text (doc);
  const char *hit = strstr (text, needle);

  for (guint i = 0; hit != NULL && i < nth; i++)
    hit = strstr (hit + 1, needle);
  g_assert_nonnull (hit);
  return dossier_document_byte_to_offset (doc, hit - text);
}

static inline guint
offset_of (DossierDocument *doc, const char *needle)
{
  return offset_of_nth (doc, needle, 0);
}

static inline void
write_text (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static inline DossierDocument *
import_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static inline DossierAnnotation *
annotate (DossierDocument *doc, const char *quote, guint nth)
{
  g_autoptr (GError) error = NULL;
  guint start = offset_of_nth (doc, quote, nth);
  DossierAnnotation *a = dossier_annotation_new_for_selection (
    doc, start, start + (guint) g_utf8_strlen (quote, -1), &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

static inline void
rm_rf (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Recovery copies go to the user's cache folder: point it at a private temporary folder.
 * (G_TEST_OPTION_ISOLATE_DIRS would too, but GLib 2.74 leaks its strings under ASan.) */
static inline char *
isolate_cache (void)
{
  char *dir = g_dir_make_tmp ("dossier-cache-XXXXXX", NULL);

  g_assert_nonnull (dir);
  g_setenv ("XDG_CACHE_HOME", dir, TRUE);
  return dir;
}
