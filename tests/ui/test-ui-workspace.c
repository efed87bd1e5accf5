/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dossier-application.h"
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
  g_autoptr (DossierWorkspaceEdit) edit = NULL;
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
  annotation = dossier_annotation_new_for_selection (doc, start, end, &error);
  g_assert_no_error (error);
  dossier_annotation_set_colour (annotation, "green");
  dossier_annotation_set_note (annotation, "Check against the SCM wording");
  dossier_annotation_set_tags (annotation, tags);
  ws = dossier_window_get_workspace (window);
  edit = dossier_workspace_add_annotation (ws, annotation);
  dossier_undo_stack_push (dossier_window_get_undo_stack (window), edit);
  g_assert_true (dossier_workspace_get_modified (ws));

  /* The reader shows it in its colour. */
  g_assert_true (dossier_reader_view_get_document (dossier_window_get_reader (window)) == doc);
  g_assert_true (dossier_reader_view_offset_has_tag (dossier_window_get_reader (window), start, "annotation-green"));
  g_assert_true (dossier_reader_view_get_annotation_at (dossier_window_get_reader (window), start) == annotation);
  ui_test_settle (800);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-workspace-annotated.png"), >, 20000);

  g_assert_true (dossier_workspace_save (ws, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ui_test_wait (saved, ws, 2000));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (100);

  /* A new window, as after a restart: open the workspace and find the annotation again. */
  window = dossier_window_new (the_app);
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

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = dossier_application_new ();
  g_application_set_flags (G_APPLICATION (the_app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  g_test_add_func ("/dossier/ui/workspace/annotate-save-restart", test_annotate_save_restart);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
