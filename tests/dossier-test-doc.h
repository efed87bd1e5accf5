/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the import tests: load documents and look at their blocks. */

#include <string.h>

#include "dossier-import.h"

static inline DossierDocument *
import_file (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static inline DossierDocument *
import_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "corpus", name, NULL);
  return import_file (path);
}

static inline DossierDocument *
import_crafted (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  return import_file (path);
}

static inline DossierDocument *
import_string (const char *data, gssize len, const char *name)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, len < 0 ? strlen (data) : (gsize) len);
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, name, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static inline char *
block_text (DossierDocument *doc, guint i)
{
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  g_assert_cmpuint (i, <, n);
  return dossier_document_dup_slice (doc, b[i].start, b[i].end);
}

static inline char *
block_marker (DossierDocument *doc, guint i)
{
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);

  g_assert_cmpuint (i, <, n);
  return dossier_document_dup_slice (doc, b[i].start, b[i].marker_end);
}

static inline guint
count_occurrences (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Index of the one block containing @needle; fails if none or several do. */
static inline guint
find_block_with (DossierDocument *doc, const char *needle)
{
  guint n, found = G_MAXUINT;

  dossier_document_get_blocks (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = block_text (doc, i);
      if (strstr (t, needle) != NULL)
        {
          g_assert_cmpuint (found, ==, G_MAXUINT);
          found = i;
        }
    }
  g_assert_cmpuint (found, !=, G_MAXUINT);
  return found;
}

/* The code point offset of the first @needle in the document text, found without the
 * document's own offset helpers. */
static inline guint
offset_of (DossierDocument *doc, const char *needle)
{
  const char *text = dossier_document_get_text (doc);
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  return g_utf8_pointer_to_offset (text, hit);
}

static inline void
assert_block (DossierDocument *doc, guint i, DossierBlockKind kind, const char *text)
{
  guint n;
  const DossierBlock *b = dossier_document_get_blocks (doc, &n);
  g_autofree char *t = block_text (doc, i);

  g_assert_cmpstr (t, ==, text);
  g_assert_cmpint (b[i].kind, ==, kind);
}
