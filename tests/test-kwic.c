/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "dossier-import.h"
#include "dossier-kwic.h"

static DossierDocument *
doc_from (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_bytes (bytes, "kwic.txt", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static guint
offset_of (DossierDocument *doc, const char *needle)
{
  const char *text = dossier_document_get_text (doc);
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  return dossier_document_byte_to_offset (doc, hit - text);
}

static void
test_cut_at_words (void)
{
  g_autoptr (DossierDocument) doc = doc_from ("Heading Line\n\nThe ministers agreed to establish a standing committee on export controls before the summit.\n");
  guint s = offset_of (doc, "standing committee");
  DossierKwic k = { 0 };

  dossier_kwic_init (&k, doc, s, s + strlen ("standing committee"), 20);
  g_assert_cmpstr (k.keyword, ==, "standing committee");
  /* 20 characters before reach into "to establish a", cut to a whole word. */
  g_assert_cmpstr (k.before, ==, "…to establish a ");
  g_assert_cmpstr (k.after, ==, " on export controls…");
  dossier_kwic_clear (&k);
}

static void
test_stays_in_block (void)
{
  g_autoptr (DossierDocument) doc = doc_from ("Heading Line\n\nSeoul hosted the meeting.\n");
  guint s = offset_of (doc, "Seoul");
  DossierKwic k = { 0 };

  dossier_kwic_init (&k, doc, s, s + 5, 40);
  /* The heading above is another block: no context from it, and no ellipsis. */
  g_assert_cmpstr (k.before, ==, "");
  g_assert_cmpstr (k.keyword, ==, "Seoul");
  g_assert_cmpstr (k.after, ==, " hosted the meeting.");
  dossier_kwic_clear (&k);
}

static void
test_non_ascii (void)
{
  g_autoptr (DossierDocument) doc = doc_from ("Both sides welcomed the “Washington Declaration” and its follow-up.\n");
  guint s = offset_of (doc, "Washington");
  DossierKwic k = { 0 };

  dossier_kwic_init (&k, doc, s, s + 10, 12);
  g_assert_cmpstr (k.keyword, ==, "Washington");
  g_assert_true (g_str_has_suffix (k.before, "the “"));
  g_assert_true (g_utf8_validate (k.after, -1, NULL));
  dossier_kwic_clear (&k);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/kwic/cut-at-words", test_cut_at_words);
  g_test_add_func ("/dossier/kwic/stays-in-block", test_stays_in_block);
  g_test_add_func ("/dossier/kwic/non-ascii", test_non_ascii);
  return g_test_run ();
}
