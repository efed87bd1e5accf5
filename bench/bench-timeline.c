/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "dossier-timeline-view-private.h"

/* Times the timeline widget with many items at 1920×1080: the first frame (a cold layout, with
 * no label measured yet, and the snapshot that draws it, making the label layouts), the warm
 * layout and snapshot, the rasterization of the nodes by the window's renderer, and panning
 * frame by frame. Needs a display:
 *
 *   xvfb-run -a -s "-screen 0 1920x1080x24" BUILD_DIR/bench/bench-timeline [--items N]
 *
 * Under Xvfb the renderer is software (GSK's GL renderer on llvmpipe, or cairo), so "render" is
 * CPU rasterization of the whole window, on other threads too; with a GPU it is the GPU's. */

#define WIDTH 1920
#define HEIGHT 1080
#define N_LANES 10
#define REPEATS 15
#define COLD_REPEATS 7
#define PAN_FRAMES 120
#define PAN_PX 12.0

static const char *words[] = {
  "alliance",  "ministers",  "reaffirmed",  "deterrence", "exercise", "signed",       "agreement",
  "committed", "strengthen", "cooperation", "maritime",   "security", "dialogue",     "trilateral",
  "defense",   "industrial", "supply",      "chain",      "cyber",    "space",        "working",
  "group",     "convened",   "welcomed",    "progress",   "nuclear",  "consultative", "regional",
  "stability", "framework",  "held",        "annual",     "meeting",  "launched",     "initiative",
  "joint",     "statement",  "readiness",
};

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) >= WIDTH - 40;
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GListStore *
make_items (guint n, GRand *rand, double start, double days)
{
  GListStore *items = g_list_store_new (DOSSIER_TYPE_TIMELINE_ITEM);

  for (guint i = 0; i < n; i++)
    {
      GString *label = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 3, 9);
      double day = floor (start + g_rand_double_range (rand, 0, days));
      DossierTimePrecision precision = g_rand_int_range (rand, 0, 10) == 0
                                           ? DOSSIER_TIME_PRECISION_MONTH
                                           : DOSSIER_TIME_PRECISION_DAY;
      g_autoptr (DossierTimelineItem) item = NULL;

      for (guint w = 0; w < n_words; w++)
        g_string_append_printf (label, "%s%s", w ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      label->str[0] = g_ascii_toupper (label->str[0]);
      item = dossier_timeline_item_new (day, precision, g_rand_int_range (rand, 0, N_LANES),
                                        label->str);
      dossier_timeline_item_set_tooltip (item, label->str);
      if (g_rand_int_range (rand, 0, 12) == 0)
        dossier_timeline_item_set_kind (item, DOSSIER_TIMELINE_ITEM_MEETING);
      if (day > start + days * 0.9)
        dossier_timeline_item_set_planned (item, TRUE);
      g_list_store_append (items, item);
      g_string_free (label, TRUE);
    }
  return items;
}

/* This thread's CPU time: the machine may be shared, and time spent waiting for a CPU is not
 * the widget's. Rendering with the cairo renderer happens on this thread too. */
static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Forgets every measured label: the next layout measures them again, as on first display. */
static void
forget_labels (DossierTimelineView *view)
{
  for (guint i = 0; i < view->records->len; i++)
    {
      tl_record_drop_layout (view, tl_record (view, i));
      tl_record (view, i)->label_width = -1;
    }
  view->layout_valid = FALSE;
}

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1e3;
}

static double
time_layout (DossierTimelineView *view)
{
  double t0 = now_ms ();

  view->layout_valid = FALSE;
  tl_ensure_layout (view);
  return now_ms () - t0;
}

/* Builds the frame's nodes the way GTK does, through the widget's snapshot vfunc. */
static GskRenderNode *
snapshot_frame (DossierTimelineView *view, double *ms)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  double t0 = now_ms ();

  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  *ms = now_ms () - t0;
  return gtk_snapshot_free_to_node (snapshot);
}

static double
render_frame (GskRenderer *renderer, GskRenderNode *node)
{
  double t0 = now_ms ();
  g_autoptr (GdkTexture) texture
      = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));

  return now_ms () - t0;
}

typedef struct
{
  const char *name;
  const char *slug;
  double days;
} Scenario;

static const char *png_dir;
static gboolean tsv;

static void
save_png (DossierTimelineView *view, GskRenderer *renderer, const char *name)
{
  double ms;
  g_autoptr (GskRenderNode) node = snapshot_frame (view, &ms);
  g_autoptr (GdkTexture) texture
      = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  g_autofree char *file = g_strdup_printf ("bench-timeline-%s.png", name);
  g_autofree char *path = g_build_filename (png_dir, file, NULL);

  gdk_texture_save_to_png (texture, path);
}

static void
run (DossierTimelineView *view, GskRenderer *renderer, guint n_items, const Scenario *sc,
     double data_start)
{
  DossierTimelineState *state = dossier_timeline_view_get_state (view);
  double layout_cold = G_MAXDOUBLE, snap_cold = 0, first = G_MAXDOUBLE, first_wall = G_MAXDOUBLE;
  double layout[REPEATS], snap[REPEATS], render[REPEATS], pan[PAN_FRAMES], pan_max = 0;
  double pan_sum = 0, mid = data_start + 3 * 365;
  guint units, labels = 0;

  if (sc->days > 0)
    dossier_timeline_state_set_span (state, mid - sc->days / 2, mid + sc->days / 2);
  else
    dossier_timeline_view_fit_all (view, FALSE);

  /* The first frame: every label unmeasured and no label layout made, then the layout and the
   * snapshot that draws it. The best of a few runs: the machine may be shared. */
  for (guint i = 0; i < COLD_REPEATS; i++)
    {
      g_autoptr (GskRenderNode) node = NULL;
      double w0, l, sn;

      forget_labels (view);
      w0 = wall_ms ();
      l = time_layout (view);
      node = snapshot_frame (view, &sn);
      first_wall = MIN (first_wall, wall_ms () - w0);
      if (l + sn < first)
        {
          first = l + sn;
          layout_cold = l;
          snap_cold = sn;
        }
    }
  for (guint i = 0; i < REPEATS; i++)
    {
      g_autoptr (GskRenderNode) node = NULL;

      layout[i] = time_layout (view);
      node = snapshot_frame (view, &snap[i]);
      render[i] = render_frame (renderer, node);
    }
  if (png_dir)
    save_png (view, renderer, sc->slug);
  units = dossier_timeline_layout_get_n_units (view->layout);
  for (guint i = 0; i < units; i++)
    labels += dossier_timeline_layout_get_unit (view->layout, i)->row >= 0;

  /* Panning: each frame moves the span by a few pixels, then lays out (only when the band is
   * left), snapshots and renders, as a drag does. */
  for (guint f = 0; f < PAN_FRAMES; f++)
    {
      g_autoptr (GskRenderNode) node = NULL;
      double t0 = now_ms (), snap_ms;

      dossier_timeline_state_pan (state, PAN_PX / tl_ppd (view));
      node = snapshot_frame (view, &snap_ms);
      pan[f] = now_ms () - t0;
      pan[f] += render_frame (renderer, node);
      pan_sum += pan[f];
      pan_max = MAX (pan_max, pan[f]);
    }

  if (tsv)
    {
      printf ("%s\t%u\t%.3f\t%.3f\t%.2f\t%.2f\t%.3f\t%.2f\n", sc->name, n_items, first_wall, first,
              layout_cold, snap_cold, pan_sum / PAN_FRAMES, pan_max);
      return;
    }
  {
    double l = median (layout, REPEATS), s = median (snap, REPEATS), r = median (render, REPEATS);

    printf ("| %6u | %-13s | %5u/%-5u | %7.2f | %8.2f | %9.2f | %6.2f | %8.2f | %7.2f | %9.2f | "
            "%8.2f |\n",
            n_items, sc->name, units, labels, layout_cold, snap_cold, first, l, s, r,
            pan_sum / PAN_FRAMES, pan_max);
  }
}

int
main (int argc, char **argv)
{
  guint n_items = 10000;
  g_autoptr (GOptionContext) context = g_option_context_new ("- time the timeline widget");
  GOptionEntry entries[]
      = { { "items", 0, 0, G_OPTION_ARG_INT, &n_items, "Number of items (default 10000)", "N" },
          { "png-dir", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, "Save a picture of each view there",
            "DIR" },
          { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv,
            "One line per view for dossier-bench: view, items, first frame wall and CPU, cold "
            "layout, cold snapshot, pan mean and max (ms)",
            NULL },
          { NULL } };
  g_autoptr (GError) error = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20241030);
  g_autoptr (GListStore) lanes = g_list_store_new (DOSSIER_TYPE_TIMELINE_LANE);
  g_autoptr (GListStore) items = NULL;
  double start = dossier_time_scale_day_from_ymd (2020, 1, 1);
  GtkWindow *window;
  DossierTimelineView *view;
  GskRenderer *renderer;
  static const Scenario scenarios[] = {
    { "fit all (5 y)", "all", 0 },
    { "1 year", "year", 365 },
    { "3 months", "quarter", 91 },
    { "2 weeks", "fortnight", 14 },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("bench-timeline needs a display: run it under xvfb-run -a -s \"-screen 0 "
                  "1920x1080x24\"\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11",
                "gtk-enable-animations", FALSE, NULL);

  for (guint l = 0; l < N_LANES; l++)
    {
      g_autofree char *title = g_strdup_printf ("Source document %u", l + 1);
      g_autoptr (DossierTimelineLane) lane = dossier_timeline_lane_new (title, "Joint statement");
      g_list_store_append (lanes, lane);
    }
  items = make_items (n_items, rand, start, 5 * 365);

  view = DOSSIER_TIMELINE_VIEW (dossier_timeline_view_new ());
  dossier_timeline_state_set_today (dossier_timeline_view_get_state (view), start + 4 * 365);
  dossier_timeline_view_set_lanes (view, G_LIST_MODEL (lanes));
  dossier_timeline_view_set_items (view, G_LIST_MODEL (items));
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, WIDTH, HEIGHT);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (!mapped (view) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  settle (200);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  if (tsv)
    {
      for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
        run (view, renderer, n_items, &scenarios[i], start);
      gtk_window_destroy (window);
      return 0;
    }
  printf ("Timeline at %d×%d (widget %d×%d), %u lanes, renderer %s, %s build\n", WIDTH, HEIGHT,
          gtk_widget_get_width (GTK_WIDGET (view)), gtk_widget_get_height (GTK_WIDGET (view)),
          N_LANES, G_OBJECT_TYPE_NAME (renderer),
#ifdef __OPTIMIZE__
          "optimized"
#else
          "unoptimized"
#endif
  );
  printf ("Thread CPU time in ms. First frame: cold layout (no label measured) + its snapshot, "
          "best of %d;\nwarm: medians of %d frames; pan over %d frames of %.0f px, each with its "
          "render.\n",
          COLD_REPEATS, REPEATS, PAN_FRAMES, PAN_PX);
  printf ("| items  | view          | units/lbls  | layout  | snapshot | 1st frame | layout | "
          "snapshot | render  | pan+rendr | pan max  |\n");
  printf ("|        |               |             | (cold)  | (cold)   | (target<8)| (warm) | "
          "(warm)   |         | (mean)    | (<16)    |\n");
  printf ("|--------|---------------|-------------|---------|----------|-----------|--------|------"
          "----|---------|-----------|----------|\n");
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    run (view, renderer, n_items, &scenarios[i], start);

  gtk_window_destroy (window);
  return 0;
}
