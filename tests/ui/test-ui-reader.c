/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-application.h"
#include "dossier-window.h"
#include "ui-test-util.h"

/* One registered application for the whole program: a GApplication exports itself on the bus
 * and cannot be registered twice in one process. */
static DossierApplication *the_app;

typedef struct
{
  DossierApplication *app;
  DossierWindow *window;
} Fixture;

static gboolean
loaded (gpointer data)
{
  DossierWindow *window = data;
  return dossier_window_get_n_loading (window) == 0
         && dossier_corpus_get_n_documents (dossier_window_get_corpus (window)) > 0;
}

static gboolean
idle (gpointer data)
{
  return dossier_window_get_n_loading (DOSSIER_WINDOW (data)) == 0;
}

/* Counts case-insensitive occurrences the slow, obvious way, to check the reader's find. */
static guint
count_occurrences (const char *text, const char *needle)
{
  g_autofree char *hay = g_utf8_casefold (text, -1);
  g_autofree char *pin = g_utf8_casefold (needle, -1);
  guint n = 0;

  for (const char *p = strstr (hay, pin); p; p = strstr (p + strlen (pin), pin))
    n++;
  return n;
}

static char *
buffer_text (DossierReaderView *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (reader));
  GtkTextIter s, e;

  gtk_text_buffer_get_bounds (buffer, &s, &e);
  return gtk_text_buffer_get_text (buffer, &s, &e, TRUE);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->app = g_object_ref (the_app);
  f->window = dossier_window_new (f->app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_test_settle (50);
  g_clear_object (&f->app);
}

static void
test_sample_reader (Fixture *f, gconstpointer data)
{
  DossierCorpus *corpus = dossier_window_get_corpus (f->window);
  DossierReaderView *reader = dossier_window_get_reader (f->window);
  DossierDocument *first, *second;
  g_autofree char *shown = NULL;
  g_autofree char *shown2 = NULL;
  guint expected, found;

  dossier_window_open_sample (f->window);
  g_assert_true (ui_test_wait (loaded, f->window, 10000));

  /* Three documents listed, in the sample's order, the first one rendered. */
  g_assert_cmpuint (dossier_corpus_get_n_documents (corpus), ==, 3);
  first = dossier_corpus_get_document (corpus, 0);
  g_assert_true (g_str_has_suffix (dossier_document_get_path (first), "01-kidd-24-joint-press-statement-2024-04-11.txt"));
  g_assert_true (dossier_reader_view_get_document (reader) == first);
  shown = buffer_text (reader);
  g_assert_cmpstr (shown, ==, dossier_document_get_text (first));
  g_assert_nonnull (strstr (shown, "Integrated Defense Dialogue"));
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-reader-first.png"), >, 20000);

  /* Open the second and search it. */
  dossier_window_select_document (f->window, 1);
  second = dossier_corpus_get_document (corpus, 1);
  g_assert_true (dossier_reader_view_get_document (reader) == second);
  shown2 = buffer_text (reader);
  g_assert_cmpstr (shown2, ==, dossier_document_get_text (second));

  expected = count_occurrences (dossier_document_get_text (second), "secretary");
  g_assert_cmpuint (expected, >, 3);
  dossier_window_find (f->window, "secretary");
  found = dossier_reader_view_get_n_matches (reader);
  g_assert_cmpuint (found, ==, expected);
  g_assert_cmpint (dossier_reader_view_get_current_match (reader), ==, 0);
  dossier_reader_view_find_next (reader, FALSE);
  g_assert_cmpint (dossier_reader_view_get_current_match (reader), ==, 1);
  dossier_reader_view_find_next (reader, TRUE);
  dossier_reader_view_find_next (reader, TRUE);
  g_assert_cmpint (dossier_reader_view_get_current_match (reader), ==, (int) found - 1);

  /* The current match is selected in the buffer. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (reader));
    GtkTextIter s, e;
    g_autofree char *sel = NULL;
    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &s, &e));
    sel = gtk_text_iter_get_text (&s, &e);
    g_assert_cmpint (g_ascii_strcasecmp (sel, "secretary"), ==, 0);
  }

  dossier_window_find (f->window, "no such phrase in any statement");
  g_assert_cmpuint (dossier_reader_view_get_n_matches (reader), ==, 0);
  dossier_window_find (f->window, "Alliance");
  g_assert_cmpuint (dossier_reader_view_get_n_matches (reader), ==,
                    count_occurrences (dossier_document_get_text (second), "alliance"));
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-reader-find.png"), >, 20000);

  /* Zoom through the actions the shortcuts use. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (dossier_reader_view_get_zoom (reader), 1.1, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (dossier_reader_view_get_zoom (reader), 1.0, 0.001);
}

static void
test_bad_file_keeps_documents (Fixture *f, gconstpointer data)
{
  DossierCorpus *corpus = dossier_window_get_corpus (f->window);
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/statement.txt");
  g_autoptr (GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  GFile *bad[] = { missing, dir };

  dossier_window_open_sample (f->window);
  g_assert_true (ui_test_wait (loaded, f->window, 10000));
  g_assert_cmpuint (dossier_corpus_get_n_documents (corpus), ==, 3);

  dossier_window_open_files (f->window, bad, G_N_ELEMENTS (bad));
  g_assert_true (ui_test_wait (idle, f->window, 10000));
  g_assert_cmpuint (dossier_corpus_get_n_documents (corpus), ==, 3);
  g_assert_nonnull (dossier_reader_view_get_document (dossier_window_get_reader (f->window)));

  /* Opening the same file again selects it instead of listing it twice. */
  dossier_window_open_sample (f->window);
  g_assert_true (ui_test_wait (idle, f->window, 10000));
  g_assert_cmpuint (dossier_corpus_get_n_documents (corpus), ==, 3);
}

int
main (int argc, char **argv)
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = DOSSIER_APPLICATION (ui_test_register_app (G_APPLICATION (dossier_application_new ())));
  g_test_add ("/dossier/ui/reader/sample", Fixture, NULL, fixture_setup, test_sample_reader, fixture_teardown);
  g_test_add ("/dossier/ui/reader/bad-file", Fixture, NULL, fixture_setup, test_bad_file_keeps_documents,
              fixture_teardown);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
