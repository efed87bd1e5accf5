/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-application.h"
#include "dossier-link-inspector.h"
#include "dossier-window.h"
#include "ui-test-util.h"

static DossierApplication *the_app;

static gboolean
analysed (gpointer data)
{
  DossierWindow *window = data;

  return dossier_window_get_n_loading (window) == 0
         && dossier_corpus_get_n_documents (dossier_window_get_corpus (window)) == 3
         && !dossier_window_is_analysing (window) && dossier_window_get_analysis (window) != NULL;
}

/* The first two commitments that have outcomes, and one outcome of each. */
static void
pick_links (DossierAnalysis *analysis, DossierStatement **c, DossierLink **l)
{
  GListModel *commitments = dossier_analysis_get_commitments (analysis);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (commitments) && found < 2; i++)
    {
      g_autoptr (DossierStatement) s = g_list_model_get_item (commitments, i);
      if (dossier_statement_get_n_links (s) == 1)
        {
          c[found] = s;
          l[found] = g_list_model_get_item (dossier_statement_get_links (s), 0);
          g_object_unref (l[found]); /* the statement keeps it alive */
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 2);
}

/* The same commitment in a newer analysis, found by document and offsets. */
static DossierStatement *
same_commitment (DossierAnalysis *analysis, DossierStatement *old)
{
  GListModel *commitments = dossier_analysis_get_commitments (analysis);

  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr (DossierStatement) s = g_list_model_get_item (commitments, i);
      if (dossier_statement_get_document (s) == dossier_statement_get_document (old)
          && dossier_statement_get_start (s) == dossier_statement_get_start (old))
        return s;
    }
  return NULL;
}

static void
test_decisions_survive_reanalysis (void)
{
  DossierWindow *window = dossier_window_new (the_app);
  DossierFollowthroughView *ft = dossier_window_get_followthrough (window);
  DossierAnalysis *first;
  DossierStatement *c[2] = { NULL };
  DossierLink *l[2] = { NULL };
  GtkWindow *inspector;
  guint total = 0, none_before;
  DossierFollowthroughStatus s1_before;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (analysed, window, 30000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "follow-through"));

  first = g_object_ref (dossier_window_get_analysis (window));
  for (guint s = 0; s < DOSSIER_N_FOLLOWTHROUGH; s++)
    total += dossier_followthrough_view_get_count (ft, s);
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (dossier_analysis_get_commitments (first)));
  g_assert_cmpuint (dossier_followthrough_view_get_n_visible (ft), ==, total);
  g_assert_cmpuint (total - dossier_followthrough_view_get_count (ft, DOSSIER_FOLLOWTHROUGH_NONE), >, 0);

  /* Hiding a status hides its rows. */
  none_before = dossier_followthrough_view_get_count (ft, DOSSIER_FOLLOWTHROUGH_NONE);
  dossier_followthrough_view_set_status_visible (ft, DOSSIER_FOLLOWTHROUGH_NONE, FALSE);
  g_assert_cmpuint (dossier_followthrough_view_get_n_visible (ft), ==, total - none_before);
  dossier_followthrough_view_set_status_visible (ft, DOSSIER_FOLLOWTHROUGH_NONE, TRUE);

  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-followthrough.png"), >, 20000);

  /* Confirm one link with another status, reject the other: each commitment had one outcome. */
  pick_links (first, c, l);
  s1_before = dossier_followthrough_view_status_of (ft, c[1], NULL);
  g_assert_cmpint (s1_before, !=, DOSSIER_FOLLOWTHROUGH_NONE);
  inspector = dossier_window_inspect_link (window, l[0]);
  ui_test_settle (200);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (inspector), "ui-link-inspector.png"), >, 10000);
  dossier_link_inspector_decide (DOSSIER_LINK_INSPECTOR (inspector), DOSSIER_LINK_DECISION_STATUS_CHANGED,
                                 DOSSIER_LINK_CHANGED);
  gtk_window_destroy (inspector);
  inspector = dossier_window_inspect_link (window, l[1]);
  dossier_link_inspector_decide (DOSSIER_LINK_INSPECTOR (inspector), DOSSIER_LINK_DECISION_REJECTED,
                                 dossier_link_get_status (l[1]));
  gtk_window_destroy (inspector);
  g_assert_cmpint (dossier_followthrough_view_status_of (ft, c[0], NULL), ==, DOSSIER_FOLLOWTHROUGH_CHANGED);
  g_assert_cmpint (dossier_followthrough_view_status_of (ft, c[1], NULL), ==, DOSSIER_FOLLOWTHROUGH_NONE);

  /* Analyse again: new objects, same decisions. */
  dossier_window_reanalyse (window);
  g_assert_true (ui_test_wait (analysed, window, 30000));
  g_assert_true (dossier_window_get_analysis (window) != first);
  {
    DossierStatement *n0 = same_commitment (dossier_window_get_analysis (window), c[0]);
    DossierStatement *n1 = same_commitment (dossier_window_get_analysis (window), c[1]);
    g_assert_nonnull (n0);
    g_assert_nonnull (n1);
    g_assert_true (n0 != c[0]);
    g_assert_cmpint (dossier_followthrough_view_status_of (ft, n0, NULL), ==, DOSSIER_FOLLOWTHROUGH_CHANGED);
    g_assert_cmpint (dossier_followthrough_view_status_of (ft, n1, NULL), ==, DOSSIER_FOLLOWTHROUGH_NONE);

    /* Undo takes back the rejection, then the status change. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpint (dossier_followthrough_view_status_of (ft, n1, NULL), ==, s1_before);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpint (dossier_followthrough_view_status_of (ft, n0, NULL), !=, DOSSIER_FOLLOWTHROUGH_NONE);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
    g_assert_cmpint (dossier_followthrough_view_status_of (ft, n0, NULL), ==, DOSSIER_FOLLOWTHROUGH_CHANGED);
  }

  g_object_unref (first);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
}

static void
select_text (DossierReaderView *reader, guint start, guint end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (reader));
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_select_range (buffer, &s, &e);
}

static void
test_add_link_by_hand (void)
{
  DossierWindow *window = dossier_window_new (the_app);
  DossierFollowthroughView *ft = dossier_window_get_followthrough (window);
  DossierReaderView *reader = dossier_window_get_reader (window);
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  GListModel *commitments;
  DossierStatement *unmatched = NULL;
  guint before, after;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (analysed, window, 30000));

  /* A commitment with no outcome, in the first document. */
  commitments = dossier_analysis_get_commitments (dossier_window_get_analysis (window));
  for (guint i = 0; i < g_list_model_get_n_items (commitments) && unmatched == NULL; i++)
    {
      g_autoptr (DossierStatement) c = g_list_model_get_item (commitments, i);
      if (dossier_followthrough_view_status_of (ft, c, NULL) == DOSSIER_FOLLOWTHROUGH_NONE
          && dossier_statement_get_document (c) == dossier_corpus_get_document (corpus, 0))
        unmatched = c;
    }
  g_assert_nonnull (unmatched);
  before = dossier_followthrough_view_get_count (ft, DOSSIER_FOLLOWTHROUGH_NONE);

  /* Linking with nothing marked is refused. */
  g_assert_false (dossier_window_link_selection_to_commitment (window));

  dossier_window_select_document (window, 0);
  select_text (reader, dossier_statement_get_start (unmatched), dossier_statement_get_end (unmatched));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.mark-commitment", NULL));
  dossier_window_select_document (window, 1);
  select_text (reader, 0, 40);
  g_assert_true (dossier_window_link_selection_to_commitment (window));

  /* The commitment now counts as delivered, by the analyst's hand. */
  g_assert_cmpint (dossier_followthrough_view_status_of (ft, unmatched, NULL), ==, DOSSIER_FOLLOWTHROUGH_DELIVERED);
  after = dossier_followthrough_view_get_count (ft, DOSSIER_FOLLOWTHROUGH_NONE);
  g_assert_cmpuint (after, ==, before - 1);

  /* And undo takes it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (dossier_followthrough_view_status_of (ft, unmatched, NULL), ==, DOSSIER_FOLLOWTHROUGH_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
}

int
main (int argc, char **argv)
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = DOSSIER_APPLICATION (ui_test_register_app (G_APPLICATION (dossier_application_new ())));
  g_test_add_func ("/dossier/ui/followthrough/decisions-survive", test_decisions_survive_reanalysis);
  g_test_add_func ("/dossier/ui/followthrough/add-link", test_add_link_by_hand);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
