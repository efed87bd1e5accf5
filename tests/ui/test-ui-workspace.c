/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dossier-application.h"
#include "dossier-export-annotations.h"
#include "dossier-window.h"
#include "ui-test-util.h"

static DossierApplication *the_app;

static gboolean
sample_open (gpointer data)
{
  DossierWindow *window = data;

  return dossier_window_get_n_loading (window) == 0
         && dossier_corpus_get_n_documents (dossier_window_get_corpus (window)) == 3;
}

static gboolean
analysed (gpointer data)
{
  return !dossier_window_is_analysing (data) && dossier_window_get_analysis (data) != NULL;
}

static gboolean
saved (gpointer data)
{
  return !dossier_workspace_get_modified (data);
}

static void
test_annotate_save_restart (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-ui-ws-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "briefing.dossier", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  DossierWindow *window = dossier_window_new (the_app);
  DossierWorkspace *ws;
  DossierDocument *doc;
  g_autoptr (DossierAnnotation) annotation = NULL;
  g_autoptr (GError) error = NULL;
  const char *tags[] = { "deterrence", NULL };
  const char *text, *hit;
  guint start, end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (sample_open, window, 20000));

  /* Highlight a passage of the first document with a note and a tag, as the popover does. */
  doc = dossier_corpus_get_document (dossier_window_get_corpus (window), 0);
  text = dossier_document_get_text (doc);
  hit = strstr (text, "extended deterrence");
  g_assert_nonnull (hit);
  start = dossier_document_byte_to_offset (doc, hit - text);
  end = start + strlen ("extended deterrence");
  /* Select the passage in the reader and annotate it through the popover, as the analyst does. */
  ws = dossier_window_get_workspace (window);
  ui_test_settle (500);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (dossier_window_get_reader (window)));
    DossierAnnotationPopover *popover = dossier_window_get_annotation_popover (window);
    GtkTextIter s, e;

    gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
    gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
    gtk_text_buffer_select_range (buffer, &s, &e);
    g_assert_true (dossier_window_annotate_selection (window));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    dossier_annotation_popover_choose_colour (popover, "green");
    dossier_annotation_popover_set_note (popover, "Check against the SCM wording");
    dossier_annotation_popover_add_tags (popover, tags[0]);
    g_assert_true (dossier_annotation_popover_save (popover));
    ui_test_settle (300);
    g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-workspace-popover.png"), >, 20000);
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 1);
  annotation = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);
  g_assert_cmpstr (dossier_annotation_get_note (annotation), ==, "Check against the SCM wording");
  g_assert_true (dossier_annotation_has_tag (annotation, "deterrence"));
  g_assert_cmpuint (dossier_annotation_get_start (annotation), ==, start);
  g_assert_true (dossier_workspace_get_modified (ws));

  /* The reader shows it in its colour. */
  g_assert_true (dossier_reader_view_get_document (dossier_window_get_reader (window)) == doc);
  g_assert_true (dossier_reader_view_offset_has_tag (dossier_window_get_reader (window), start, "annotation-green"));
  g_assert_true (dossier_reader_view_get_annotation_at (dossier_window_get_reader (window), start) == annotation);
  ui_test_settle (800);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-workspace-annotated.png"), >, 20000);

  /* Leave the reader on the second document, further down, and save through the window. */
  dossier_window_select_document (window, 1);
  ui_test_settle (300);
  dossier_reader_view_scroll_to_offset (dossier_window_get_reader (window), 3000);
  ui_test_settle (300);
  {
    guint top = dossier_reader_view_get_top_offset (dossier_window_get_reader (window));
    g_assert_cmpuint (top, >, 1000);
    g_object_set_data (G_OBJECT (file), "top", GUINT_TO_POINTER (top));
  }
  dossier_window_save_workspace_as (window, file);
  g_assert_true (ui_test_wait (saved, ws, 5000));
  g_assert_true (g_file_query_exists (file, NULL));
  {
    guint stored = 0;
    DossierDocument *second = dossier_corpus_get_document (dossier_window_get_corpus (window), 1);
    g_assert_cmpstr (dossier_workspace_get_open_document (ws), ==, dossier_document_get_content_hash (second));
    g_assert_true (dossier_workspace_get_scroll_offset (ws, dossier_document_get_content_hash (second), &stored));
    g_assert_cmpuint (stored, >, 1000);
    g_object_set_data (G_OBJECT (file), "top", GUINT_TO_POINTER (stored));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (100);

  /* A new window, as after a restart: open the workspace and find the annotation again. */
  window = dossier_window_new (the_app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_workspace (window, file);
  g_assert_true (ui_test_wait (sample_open, window, 20000));
  ws = dossier_window_get_workspace (window);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 1);
  {
    g_autoptr (DossierAnnotation) found = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);
    DossierReaderView *reader = dossier_window_get_reader (window);

    g_assert_cmpstr (dossier_annotation_get_note (found), ==, "Check against the SCM wording");
    g_assert_cmpstr (dossier_annotation_get_colour (found), ==, "green");
    g_assert_true (dossier_annotation_has_tag (found, "deterrence"));
    g_assert_cmpuint (dossier_annotation_get_start (found), ==, start);
    g_assert_false (dossier_annotation_get_orphaned (found));

    /* The view comes back with the first analysis: the second document. */
    g_assert_true (ui_test_wait (analysed, window, 30000));
    ui_test_settle (200);
    g_assert_true (dossier_reader_view_get_document (reader)
                   == dossier_corpus_get_document (dossier_window_get_corpus (window), 1));
    /* The saved place in it comes back with the workspace (the reader scrolls there once the
     * first analysis has run; where exactly it lands depends on the wrapping, so that is not
     * asserted here). */
    {
      guint offset = 0;
      DossierDocument *second = dossier_corpus_get_document (dossier_window_get_corpus (window), 1);
      g_assert_true (dossier_workspace_get_scroll_offset (ws, dossier_document_get_content_hash (second), &offset));
      g_assert_cmpuint (offset, ==, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (file), "top")));
    }
    dossier_window_select_document (window, 0);
    g_assert_true (dossier_reader_view_offset_has_tag (reader, start, "annotation-green"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
  g_unlink (path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_unlink (backup);
  }
  g_rmdir (dir);
}

static gboolean
idle_window (gpointer data)
{
  return dossier_window_get_n_loading (data) == 0;
}

/* A workspace whose document file is gone keeps the annotations, and the W3C export of one
 * workspace imports into another. */
static void
test_missing_document_and_w3c_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-ui-ws-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (dir, "statement.txt", NULL);
  g_autofree char *ws_path = g_build_filename (dir, "w.dossier", NULL);
  g_autoptr (GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr (GFile) ws_file = g_file_new_for_path (ws_path);
  g_autofree char *source = g_build_filename (g_getenv ("DOSSIER_SAMPLE_DIR"), "02-scm-56-joint-communique-2024-10-30.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *w3c = NULL;
  g_autoptr (GError) error = NULL;
  DossierWindow *window;
  DossierWorkspace *ws;
  DossierDocument *doc;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_true (g_file_set_contents (copy, contents, length, &error));

  window = dossier_window_new (the_app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_files (window, &copy_file, 1);
  g_assert_true (ui_test_wait (idle_window, window, 20000));
  doc = dossier_corpus_get_document (dossier_window_get_corpus (window), 0);
  g_assert_nonnull (doc);
  ws = dossier_window_get_workspace (window);
  {
    g_autoptr (DossierAnnotation) a = dossier_annotation_new_for_selection (doc, 10, 40, &error);
    g_autoptr (DossierWorkspaceEdit) edit = dossier_workspace_add_annotation (ws, a);
    dossier_annotation_set_note (a, "kept while the file is away");
  }
  w3c = dossier_export_annotations_w3c_to_string (ws);
  g_assert_true (dossier_workspace_save (ws, ws_file, NULL, &error));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);

  /* The document goes away; the workspace still opens, with its annotation. */
  g_assert_cmpint (g_unlink (copy), ==, 0);
  window = dossier_window_new (the_app);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_workspace (window, ws_file);
  ui_test_settle (500);
  g_assert_true (ui_test_wait (idle_window, window, 20000));
  ws = dossier_window_get_workspace (window);
  g_assert_cmpuint (dossier_corpus_get_n_documents (dossier_window_get_corpus (window)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 1);
  {
    g_autoptr (DossierWorkspaceDocument) entry = g_list_model_get_item (dossier_workspace_get_documents (ws), 0);
    g_assert_true (dossier_workspace_document_get_missing (entry) || dossier_workspace_document_get_document (entry) == NULL);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);

  /* Import the W3C export onto the same text opened elsewhere. */
  window = dossier_window_new (the_app);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (sample_open, window, 20000));
  g_assert_cmpuint (dossier_window_import_annotations (window, w3c, strlen (w3c), &error), ==, 1);
  g_assert_no_error (error);
  ws = dossier_window_get_workspace (window);
  {
    g_autoptr (DossierAnnotation) a = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);
    g_assert_cmpstr (dossier_annotation_get_note (a), ==, "kept while the file is away");
    g_assert_cmpuint (dossier_annotation_get_start (a), ==, 10);
  }
  /* One undo step takes the whole import back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
  g_unlink (ws_path);
  {
    g_autofree char *backup = g_strconcat (ws_path, "~", NULL);
    g_unlink (backup);
  }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = DOSSIER_APPLICATION (ui_test_register_app (G_APPLICATION (dossier_application_new ())));
  g_test_add_func ("/dossier/ui/workspace/annotate-save-restart", test_annotate_save_restart);
  g_test_add_func ("/dossier/ui/workspace/missing-document-and-import", test_missing_document_and_w3c_import);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
