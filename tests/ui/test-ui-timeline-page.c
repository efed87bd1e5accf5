/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dossier-application.h"
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

static gboolean
not_animating (gpointer data)
{
  return !dossier_timeline_view_is_animating (data);
}

static void
on_activated (DossierTimelineView *view, DossierTimelineItem *item, gpointer data)
{
  *(DossierTimelineItem **) data = item;
}

static void
test_timeline_on_sample (void)
{
  DossierWindow *window = dossier_window_new (the_app);
  DossierEventList *events;
  DossierTimelinePage *page;
  DossierTimelineView *view;
  DossierReaderView *reader = dossier_window_get_reader (window);
  DossierTimelineState *state;
  DossierTimelineItem *docs[3] = { NULL };
  DossierTimelineItem *activated = NULL;
  DossierEvent *target = NULL;
  double x[3], y, start0, end0;
  guint n_docs = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (analysed, window, 30000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline"));
  ui_test_settle (300);

  page = DOSSIER_TIMELINE_PAGE (gtk_widget_get_ancestor (
      GTK_WIDGET (dossier_window_get_timeline_view (window)), DOSSIER_TYPE_TIMELINE_PAGE));
  view = dossier_window_get_timeline_view (window);
  events = dossier_analysis_get_events (dossier_window_get_analysis (window));

  /* One item per event of the analysis. */
  g_assert_cmpuint (dossier_timeline_page_get_n_items (page), ==, dossier_event_list_get_n_events (events));
  g_assert_cmpuint (dossier_event_list_get_n_events (events), >=, 3);

  /* The documents' own dates (April 11, October 30, October 30) are placed in that order. */
  for (guint i = 0; i < dossier_event_list_get_n_events (events) && n_docs < 3; i++)
    {
      DossierEvent *event = dossier_event_list_get_event (events, i);
      if (dossier_event_get_kind (event) == DOSSIER_EVENT_DOCUMENT)
        docs[n_docs++] = dossier_timeline_page_find_item (page, event);
      else if (target == NULL)
        target = event;
    }
  g_assert_cmpuint (n_docs, ==, 3);
  /* Markers may sit in a cluster badge (placed at the cluster's centre), so the two October
   * documents, a day apart at most, need only be close; April is well before both. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (dossier_timeline_view_get_item_position (view, docs[i], &x[i], &y));
  g_assert_cmpfloat (x[0], <, x[1]);
  g_assert_cmpfloat (x[0], <, x[2]);
  g_assert_cmpfloat (fabs (x[1] - x[2]), <, gtk_widget_get_width (GTK_WIDGET (view)) * 0.05);
  g_assert_cmpfloat (dossier_timeline_item_get_anchor (docs[0]), <, dossier_timeline_item_get_anchor (docs[1]));
  g_assert_cmpfloat (dossier_timeline_item_get_start (docs[1]), <=, dossier_timeline_item_get_start (docs[2]));
  /* The first view frames the meetings: April to October is a good part of it. */
  g_assert_cmpfloat (x[1] - x[0], >, gtk_widget_get_width (GTK_WIDGET (view)) * 0.15);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-timeline-page.png"), >, 20000);

  /* Zoom in around the first meeting: the span shrinks and the meeting stays put. */
  state = dossier_timeline_view_get_state (view);
  g_object_get (state, "start", &start0, "end", &end0, NULL);
  dossier_timeline_view_zoom (view, 2.0, x[0], FALSE);
  ui_test_wait (not_animating, view, 2000);
  {
    double start1, end1, x0b;
    g_object_get (state, "start", &start1, "end", &end1, NULL);
    g_assert_cmpfloat_with_epsilon ((end1 - start1) * 2.0, end0 - start0, 0.01 * (end0 - start0));
    g_assert_true (dossier_timeline_view_get_item_position (view, docs[0], &x0b, &y));
    g_assert_cmpfloat_with_epsilon (x0b, x[0], 2.0);
  }

  /* Activating an event opens its passage in the reader. */
  g_assert_nonnull (target);
  g_signal_connect (view, "item-activated", G_CALLBACK (on_activated), &activated);
  dossier_timeline_view_select_item (view, dossier_timeline_page_find_item (page, target));
  g_signal_emit_by_name (view, "item-activated", dossier_timeline_page_find_item (page, target));
  g_assert_nonnull (activated);
  g_assert_true (dossier_reader_view_get_document (reader) == dossier_event_get_document (target));
  {
    guint fs, fe;
    dossier_event_get_focus (target, &fs, &fe);
    g_assert_true (dossier_reader_view_offset_has_tag (reader, fs, "passage"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
}

int
main (int argc, char **argv)
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = DOSSIER_APPLICATION (ui_test_register_app (G_APPLICATION (dossier_application_new ())));
  g_test_add_func ("/dossier/ui/timeline-page/sample", test_timeline_on_sample);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
