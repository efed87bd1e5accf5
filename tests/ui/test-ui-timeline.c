/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>

#include "dossier-timeline-view.h"
#include "ui-test-util.h"

/* The timeline widget on its own, fed with generic items the way the window will feed it: two
 * meetings' documents as lanes, their meetings, dated statements and a planned meeting. Keys
 * are pressed through the widget's own key bindings (GTK 4 cannot synthesize key events), so
 * the test exercises the bindings a user's key press would trigger. */

typedef struct
{
  GtkWindow *window;
  DossierTimelineView *view;
  GListStore *items;
  GListStore *lanes;
  GListStore *links;
  DossierTimelineItem *kidd, *scm, *signing, *exercise, *july, *consult, *planned, *dimmed;
  DossierTimelineItem *activated;
  guint n_activated;
} Fixture;

static double
ymd (int y, int m, int d)
{
  return dossier_time_scale_day_from_ymd (y, m, d);
}

static DossierTimelineItem *
add_item (Fixture *f, double day, DossierTimePrecision precision, guint lane, const char *label,
          const char *sentence, DossierTimelineItemKind kind)
{
  DossierTimelineItem *item = dossier_timeline_item_new (day, precision, lane, label);

  dossier_timeline_item_set_tooltip (item, sentence);
  dossier_timeline_item_set_kind (item, kind);
  g_list_store_append (f->items, item);
  g_object_unref (item);
  return item;
}

static void
on_activated (DossierTimelineView *view, DossierTimelineItem *item, Fixture *f)
{
  f->activated = item;
  f->n_activated++;
}

static gboolean
view_ready (gpointer data)
{
  DossierTimelineView *view = data;
  return gtk_widget_get_mapped (GTK_WIDGET (view))
         && gtk_widget_get_width (GTK_WIDGET (view)) > 600;
}

static gboolean
not_animating (gpointer data)
{
  return !dossier_timeline_view_is_animating (DOSSIER_TIMELINE_VIEW (data));
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  DossierTimelineState *state;
  g_autoptr (DossierTimelineLane) lane0 = dossier_timeline_lane_new (
      "24th Integrated Defense Dialogue — Joint Press Statement", "11 April 2024");
  g_autoptr (DossierTimelineLane) lane1 = dossier_timeline_lane_new (
      "56th Security Consultative Meeting — Joint Communiqué", "30 October 2024");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  f->items = g_list_store_new (DOSSIER_TYPE_TIMELINE_ITEM);
  f->lanes = g_list_store_new (DOSSIER_TYPE_TIMELINE_LANE);
  f->links = g_list_store_new (DOSSIER_TYPE_TIMELINE_LINK);
  g_list_store_append (f->lanes, lane0);
  g_list_store_append (f->lanes, lane1);

  f->kidd
      = add_item (f, ymd (2024, 4, 11), DOSSIER_TIME_PRECISION_DAY, 0, "24th KIDD in Washington",
                  "The 24th Korea-U.S. Integrated Defense Dialogue was held in Washington.",
                  DOSSIER_TIMELINE_ITEM_MEETING);
  f->consult = add_item (
      f, ymd (2024, 1, 1), DOSSIER_TIME_PRECISION_MONTH, 0, "Consultative group met in January",
      "The two sides held the third meeting of the consultative group in January.",
      DOSSIER_TIMELINE_ITEM_STATEMENT);
  f->july
      = add_item (f, ymd (2024, 7, 1), DOSSIER_TIME_PRECISION_MONTH, 0, "Guidelines signed in July",
                  "The Secretary and the Minister signed the guidelines in July.",
                  DOSSIER_TIMELINE_ITEM_STATEMENT);
  f->scm = add_item (
      f, ymd (2024, 10, 30), DOSSIER_TIME_PRECISION_DAY, 1, "56th SCM in Washington",
      "The 56th Security Consultative Meeting was held in Washington on October 30, 2024.",
      DOSSIER_TIMELINE_ITEM_MEETING);
  f->signing = add_item (f, ymd (2024, 10, 31), DOSSIER_TIME_PRECISION_DAY, 1,
                         "Fact sheet and 2+2 meeting",
                         "The ministers met again on October 31 and released a fact sheet.",
                         DOSSIER_TIMELINE_ITEM_MEETING);
  f->exercise
      = add_item (f, ymd (2024, 6, 27), DOSSIER_TIME_PRECISION_DAY, 1, "First trilateral exercise",
                  "The first trilateral multi-domain exercise took place from June 27 to 29.",
                  DOSSIER_TIMELINE_ITEM_STATEMENT);
  dossier_timeline_item_set_range (f->exercise, ymd (2024, 6, 27), ymd (2024, 6, 30));
  f->dimmed = add_item (
      f, ymd (2024, 9, 10), DOSSIER_TIME_PRECISION_DAY, 1, "Cyber working group convened",
      "The cyber working group convened on September 10.", DOSSIER_TIMELINE_ITEM_STATEMENT);
  f->planned
      = add_item (f, ymd (2025, 1, 1), DOSSIER_TIME_PRECISION_YEAR, 1, "57th SCM in Seoul",
                  "The 57th SCM will be held in Seoul in 2025.", DOSSIER_TIMELINE_ITEM_MEETING);
  dossier_timeline_item_set_planned (f->planned, TRUE);

  f->view = DOSSIER_TIMELINE_VIEW (dossier_timeline_view_new ());
  state = dossier_timeline_view_get_state (f->view);
  /* A fixed "today" keeps the screenshots reproducible. */
  dossier_timeline_state_set_today (state, ymd (2024, 12, 2));
  dossier_timeline_view_set_lanes (f->view, G_LIST_MODEL (f->lanes));
  dossier_timeline_view_set_items (f->view, G_LIST_MODEL (f->items));
  dossier_timeline_view_set_links (f->view, G_LIST_MODEL (f->links));
  g_signal_connect (f->view, "item-activated", G_CALLBACK (on_activated), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 520);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  g_assert_true (ui_test_wait (view_ready, f->view, 5000));
  ui_test_settle (100);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (f->window);
  ui_test_settle (50);
  g_clear_object (&f->items);
  g_clear_object (&f->lanes);
  g_clear_object (&f->links);
}

static double
item_x (Fixture *f, DossierTimelineItem *item)
{
  double x = NAN;

  g_assert_true (dossier_timeline_view_get_item_position (f->view, item, &x, NULL));
  return x;
}

/* Presses a key through the widget's key bindings, as a key press would. */
static void
press (GtkWidget *widget, guint keyval, GdkModifierType mods)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);
      guint m;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      m = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint k = 0; k < m; k++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("no key binding for %s", gdk_keyval_name (keyval));
}

static void
test_order_and_fit (Fixture *f, gconstpointer data)
{
  DossierTimelineState *state = dossier_timeline_view_get_state (f->view);
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));
  double first, last;

  /* Fit all on first show: every item between the start and the end of the span. */
  g_assert_cmpfloat (dossier_timeline_state_get_start (state), <, ymd (2024, 1, 1));
  g_assert_cmpfloat (dossier_timeline_state_get_end (state), >, ymd (2026, 1, 1));
  /* Not absurdly wide either: the data spans two years. */
  g_assert_cmpfloat (dossier_timeline_state_get_span (state), <, 3 * 365);

  /* Dates in order across lanes, even the two October meetings a day apart (which share a
   * cluster badge at this zoom). */
  g_assert_cmpfloat (item_x (f, f->consult), <, item_x (f, f->kidd));
  g_assert_cmpfloat (item_x (f, f->kidd), <, item_x (f, f->exercise));
  g_assert_cmpfloat (item_x (f, f->exercise), <, item_x (f, f->july));
  g_assert_cmpfloat (item_x (f, f->july), <, item_x (f, f->dimmed));
  g_assert_cmpfloat (item_x (f, f->dimmed), <, item_x (f, f->scm));
  g_assert_cmpfloat (item_x (f, f->scm), <, item_x (f, f->signing));
  g_assert_cmpfloat (item_x (f, f->signing), <, item_x (f, f->planned));

  /* All inside the widget, clear of the lane titles on the left. */
  first = item_x (f, f->consult);
  last = item_x (f, f->planned);
  g_assert_cmpfloat (first, >, 100);
  g_assert_cmpfloat (last, <, width - 20);

  /* The position is the date's: 11 April maps to the middle of its day. */
  g_assert_cmpfloat (fabs (item_x (f, f->kidd)
                           - dossier_timeline_view_day_to_x (f->view, ymd (2024, 4, 11) + 0.5)),
                     <, 0.01);
  g_assert_true (dossier_timeline_view_get_item_at (f->view, item_x (f, f->kidd), 0) == NULL);
  {
    double x, y;
    g_assert_true (dossier_timeline_view_get_item_position (f->view, f->kidd, &x, &y));
    g_assert_true (dossier_timeline_view_get_item_at (f->view, x, y) == f->kidd);
  }

  ui_test_settle (200);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-light.png"), >, 15000);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-dark.png"), >, 15000);
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  DossierTimelineState *state = dossier_timeline_view_get_state (f->view);
  double span0 = dossier_timeline_state_get_span (state);
  double start0 = dossier_timeline_state_get_start (state),
         end0 = dossier_timeline_state_get_end (state);
  double x_kidd, span1, x_scm, x_signing;

  /* "+" zooms in, animated, around the pointer or the middle: the new span lies inside the old. */
  press (GTK_WIDGET (f->view), GDK_KEY_plus, 0);
  g_assert_true (dossier_timeline_view_is_animating (f->view));
  g_assert_true (ui_test_wait (not_animating, f->view, 3000));
  span1 = dossier_timeline_state_get_span (state);
  g_assert_cmpfloat (fabs (span1 - span0 / 1.6), <, 1e-6 * span0);
  g_assert_cmpfloat (dossier_timeline_state_get_start (state), >=, start0);
  g_assert_cmpfloat (dossier_timeline_state_get_end (state), <=, end0);

  /* Zooming at an item keeps the item under the anchor. */
  x_kidd = item_x (f, f->kidd);
  dossier_timeline_view_zoom (f->view, 4, x_kidd, FALSE);
  g_assert_cmpfloat (fabs (dossier_timeline_state_get_span (state) - span1 / 4), <, 1e-6 * span1);
  g_assert_cmpfloat (fabs (item_x (f, f->kidd) - x_kidd), <, 0.01);

  /* "-" zooms back out. */
  press (GTK_WIDGET (f->view), GDK_KEY_minus, 0);
  g_assert_true (ui_test_wait (not_animating, f->view, 3000));
  g_assert_cmpfloat (fabs (dossier_timeline_state_get_span (state) - span1 / 4 * 1.6), <,
                     1e-6 * span1);

  /* Close in on the SCM: the two October meetings now stand apart, in order. */
  dossier_timeline_view_show_range (f->view, ymd (2024, 10, 20), ymd (2024, 11, 10), FALSE);
  x_scm = item_x (f, f->scm);
  x_signing = item_x (f, f->signing);
  g_assert_cmpfloat (x_signing - x_scm, >, 20);
  g_assert_cmpfloat (fabs (x_signing - x_scm
                           - (dossier_timeline_view_day_to_x (f->view, 1)
                              - dossier_timeline_view_day_to_x (f->view, 0))),
                     <, 0.01);
  ui_test_settle (150);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-days.png"), >, 10000);

  /* Home fits everything again. */
  press (GTK_WIDGET (f->view), GDK_KEY_Home, 0);
  g_assert_true (ui_test_wait (not_animating, f->view, 3000));
  g_assert_cmpfloat (fabs (dossier_timeline_state_get_span (state) - span0), <, 1e-6 * span0);

  /* Ctrl+Right pans a fifth of the span later. */
  {
    double start = dossier_timeline_state_get_start (state);
    press (GTK_WIDGET (f->view), GDK_KEY_Right, GDK_CONTROL_MASK);
    g_assert_true (ui_test_wait (not_animating, f->view, 3000));
    g_assert_cmpfloat (fabs (dossier_timeline_state_get_start (state) - (start + 0.2 * span0)), <,
                       1e-6 * span0);
  }
}

static void
test_keyboard_selection (Fixture *f, gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  DossierTimelineState *state = dossier_timeline_view_get_state (f->view);
  char *problem;

  /* A keyboard user: the window shows focus rings. The window gave the view the initial
   * focus, on its first item; start from none. */
  gtk_window_set_focus_visible (f->window, TRUE);
  g_assert_true (gtk_widget_grab_focus (view));
  dossier_timeline_view_focus_item (f->view, NULL);
  g_assert_null (dossier_timeline_view_get_focused_item (f->view));

  /* Right: the earliest item on screen, then the next in time (across lanes). */
  press (view, GDK_KEY_Right, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->consult);
  press (view, GDK_KEY_Right, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->kidd);
  press (view, GDK_KEY_Right, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->exercise);
  press (view, GDK_KEY_Left, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->kidd);
  g_assert_null (dossier_timeline_view_get_selected_item (f->view));
  g_assert_cmpuint (f->n_activated, ==, 0);

  /* The accessible name follows the focused item. */
  problem = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
      "11 April 2024: 24th KIDD in Washington — 24th Integrated "
      "Defense Dialogue — Joint Press Statement");
  g_assert_null (problem);

  /* Enter selects and activates. */
  press (view, GDK_KEY_Return, 0);
  g_assert_true (dossier_timeline_view_get_selected_item (f->view) == f->kidd);
  g_assert_true (dossier_timeline_state_get_selected_item (state) == f->kidd);
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_true (f->activated == f->kidd);

  /* Down goes to the item nearest in time in the lane below: from 11 April, the exercise at
   * the end of June; Up from there to the July signing (18 days away, against 78). */
  press (view, GDK_KEY_Down, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->exercise);
  press (view, GDK_KEY_Up, 0);
  g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->july);

  /* Tab walks the items on screen and leaves the widget after the last. */
  {
    guint steps = 0;
    while (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD))
      g_assert_cmpuint (++steps, <, 20);
    g_assert_true (dossier_timeline_view_get_focused_item (f->view) == f->planned);
    g_assert_cmpuint (steps, ==, 4); /* july → dimmed → scm → signing → planned */
  }

  ui_test_settle (150);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-focus.png"), >, 15000);

  /* Escape clears the selection. */
  press (view, GDK_KEY_Escape, 0);
  g_assert_null (dossier_timeline_view_get_selected_item (f->view));
}

static void
test_filters_and_links (Fixture *f, gconstpointer data)
{
  DossierTimelineState *state = dossier_timeline_view_get_state (f->view);
  DossierTimelineLane *lane1 = g_list_model_get_item (G_LIST_MODEL (f->lanes), 1);
  g_autoptr (DossierTimelineLink) delivered
      = dossier_timeline_link_new (f->kidd, f->scm, DOSSIER_TIMELINE_LINK_DELIVERED);
  g_autoptr (DossierTimelineLink) progressed
      = dossier_timeline_link_new (f->consult, f->july, DOSSIER_TIMELINE_LINK_PROGRESSED);
  g_autoptr (DossierTimelineLink) changed
      = dossier_timeline_link_new (f->july, f->signing, DOSSIER_TIMELINE_LINK_CHANGED);
  g_autoptr (DossierTimelineLink) continued
      = dossier_timeline_link_new (f->exercise, f->planned, DOSSIER_TIMELINE_LINK_CONTINUED);
  double x0, y0, x1, y1;

  g_list_store_append (f->links, delivered);
  g_list_store_append (f->links, progressed);
  g_list_store_append (f->links, changed);
  g_list_store_append (f->links, continued);

  /* A link is found where it is drawn: it leaves the marker downwards, arching under the lane. */
  g_assert_true (dossier_timeline_view_get_item_position (f->view, f->consult, &x0, &y0));
  g_assert_true (dossier_timeline_view_get_item_position (f->view, f->july, &x1, &y1));
  g_assert_true (dossier_timeline_view_get_link_at (f->view, x0 + 0.5, y0 + 9) == progressed);
  g_assert_null (dossier_timeline_view_get_link_at (f->view, x0 + 0.5, y0 - 12));

  dossier_timeline_item_set_dimmed (f->dimmed, TRUE);
  g_assert_true (dossier_timeline_item_get_dimmed (f->dimmed));
  ui_test_settle (150);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-links.png"), >, 15000);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-timeline-links-dark.png"), >,
                    15000);

  /* Dimmed items stay in place. */
  item_x (f, f->dimmed);

  /* Hiding planned items removes the planned meeting only. */
  dossier_timeline_view_set_show_planned (f->view, FALSE);
  g_assert_false (dossier_timeline_state_get_show_planned (state));
  g_assert_false (dossier_timeline_view_get_item_position (f->view, f->planned, NULL, NULL));
  item_x (f, f->scm);
  dossier_timeline_state_set_show_planned (state, TRUE);
  g_assert_true (dossier_timeline_view_get_show_planned (f->view));
  item_x (f, f->planned);

  /* Hiding past items leaves only the planned one. */
  dossier_timeline_view_set_show_past (f->view, FALSE);
  g_assert_false (dossier_timeline_view_get_item_position (f->view, f->kidd, NULL, NULL));
  item_x (f, f->planned);
  dossier_timeline_view_set_show_past (f->view, TRUE);

  /* Hiding a lane hides its items, and its links with them. */
  dossier_timeline_lane_set_visible (lane1, FALSE);
  g_assert_false (dossier_timeline_view_get_item_position (f->view, f->scm, NULL, NULL));
  g_assert_false (dossier_timeline_view_get_item_position (f->view, f->exercise, NULL, NULL));
  item_x (f, f->kidd);
  ui_test_settle (150);
  dossier_timeline_lane_set_visible (lane1, TRUE);
  item_x (f, f->scm);
  g_object_unref (lane1);

  /* Removing every item leaves an empty, calm widget. */
  g_list_store_remove_all (f->links);
  g_list_store_remove_all (f->items);
  g_assert_false (dossier_timeline_view_get_item_position (f->view, f->kidd, NULL, NULL));
  ui_test_settle (100);
}

int
main (int argc, char **argv)
{
  /* The accessible label is checked through GTK's test accessibility backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_TIME, "C.UTF-8");
  adw_init ();
  /* GNOME's interface font; Xvfb sessions have no settings daemon to provide it. */
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);
  g_test_add ("/dossier/ui/timeline/order-and-fit", Fixture, NULL, fixture_setup,
              test_order_and_fit, fixture_teardown);
  g_test_add ("/dossier/ui/timeline/zoom", Fixture, NULL, fixture_setup, test_zoom,
              fixture_teardown);
  g_test_add ("/dossier/ui/timeline/keyboard", Fixture, NULL, fixture_setup,
              test_keyboard_selection, fixture_teardown);
  g_test_add ("/dossier/ui/timeline/filters-links", Fixture, NULL, fixture_setup,
              test_filters_and_links, fixture_teardown);
  return g_test_run ();
}
