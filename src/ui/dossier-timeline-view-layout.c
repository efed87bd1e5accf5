/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dossier-timeline-view-private.h"

/* The view's model side: records copied from the items (sorted per lane, filtered, in focus
 * order), the geometry of lanes and rows, cached label layouts and the cached layout band. */

/* Keep at most this many label layouts; the rest are rebuilt when they come back into view. */
#define MAX_CACHED_LAYOUTS 3000

Record *
tl_record (DossierTimelineView *self, guint index)
{
  return &g_array_index (self->records, Record, index);
}

int
tl_record_for_item (DossierTimelineView *self, DossierTimelineItem *item)
{
  if (item == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->record_index, item)) - 1;
}

Record *
tl_input_record (DossierTimelineView *self, guint input)
{
  return tl_record (self, g_array_index (self->input_records, guint, input));
}

/* Lanes are borrowed from lane_objects, which holds a reference to each lane of the model. */
DossierTimelineLane *
tl_lane (DossierTimelineView *self, guint lane)
{
  GObject *obj;

  if (lane >= self->lane_objects->len)
    return NULL;
  obj = g_ptr_array_index (self->lane_objects, lane);
  return DOSSIER_IS_TIMELINE_LANE (obj) ? DOSSIER_TIMELINE_LANE (obj) : NULL;
}

/* Records */

void
tl_record_drop_layout (DossierTimelineView *self, Record *r)
{
  if (r->layout)
    {
      g_clear_object (&r->layout);
      self->n_cached_layouts--;
    }
  r->layout_width = -1;
}

void
tl_clear_records (DossierTimelineView *self)
{
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = tl_record (self, i);

      g_clear_signal_handler (&r->notify_id, r->item);
      tl_record_drop_layout (self, r);
      g_clear_object (&r->item);
    }
  g_array_set_size (self->records, 0);
  g_array_set_size (self->sorted, 0);
  g_array_set_size (self->focus_order, 0);
  g_hash_table_remove_all (self->record_index);
  self->n_cached_layouts = 0;
  self->layout_valid = FALSE;
  self->hover_record = -1;
}

static void
on_item_notify (DossierTimelineItem *item, GParamSpec *pspec, DossierTimelineView *self)
{
  int index = tl_record_for_item (self, item);
  Record *r;

  if (index < 0 || self->records_dirty)
    return;
  r = tl_record (self, index);
  if (pspec->name == g_intern_static_string ("dimmed"))
    {
      r->dimmed = dossier_timeline_item_get_dimmed (item);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (pspec->name == g_intern_static_string ("label"))
    {
      tl_record_drop_layout (self, r);
      r->label_width = -1;
      r->label_chars = -1;
      self->layout_valid = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (pspec->name == g_intern_static_string ("kind"))
    {
      r->meeting = dossier_timeline_item_get_kind (item) == DOSSIER_TIMELINE_ITEM_MEETING;
      tl_record_drop_layout (self, r);
      r->label_width = -1;
      self->layout_valid = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (pspec->name != g_intern_static_string ("tooltip")
           && pspec->name != g_intern_static_string ("id")
           && pspec->name != g_intern_static_string ("payload"))
    {
      /* Dates, lane or planned changed: positions and order must be rebuilt. */
      self->records_dirty = TRUE;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}

static int
sorted_cmp (gconstpointer a, gconstpointer b, gpointer data)
{
  DossierTimelineView *self = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  Record *ra = tl_record (self, ia), *rb = tl_record (self, ib);

  if (ra->lane != rb->lane)
    return ra->lane < rb->lane ? -1 : 1;
  if (ra->anchor != rb->anchor)
    return ra->anchor < rb->anchor ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static int
focus_cmp (gconstpointer a, gconstpointer b, gpointer data)
{
  DossierTimelineView *self = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  Record *ra = tl_record (self, ia), *rb = tl_record (self, ib);

  if (ra->anchor != rb->anchor)
    return ra->anchor < rb->anchor ? -1 : 1;
  if (ra->lane != rb->lane)
    return ra->lane < rb->lane ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
rebuild_records (DossierTimelineView *self)
{
  guint n = self->items ? g_list_model_get_n_items (self->items) : 0;
  guint n_lanes = self->lanes ? g_list_model_get_n_items (self->lanes) : 0;

  tl_clear_records (self);
  g_array_set_size (self->records, n);
  for (guint i = 0; i < n; i++)
    {
      Record *r = tl_record (self, i);
      DossierTimelineItem *item = g_list_model_get_item (self->items, i);

      memset (r, 0, sizeof *r);
      r->item = item; /* takes the reference */
      if (!DOSSIER_IS_TIMELINE_ITEM (item))
        {
          g_critical ("Timeline items must be DossierTimelineItem");
          g_clear_object (&r->item);
          r->item = dossier_timeline_item_new (0, DOSSIER_TIME_PRECISION_DAY, 0, NULL);
        }
      r->start = dossier_timeline_item_get_start (r->item);
      r->end = dossier_timeline_item_get_end (r->item);
      r->anchor = dossier_timeline_item_get_anchor (r->item);
      r->lane = dossier_timeline_item_get_lane (r->item);
      r->planned = dossier_timeline_item_get_planned (r->item);
      r->dimmed = dossier_timeline_item_get_dimmed (r->item);
      r->meeting = dossier_timeline_item_get_kind (r->item) == DOSSIER_TIMELINE_ITEM_MEETING;
      r->precise = r->end - r->start <= 1.0;
      r->label_width = -1;
      r->label_chars = -1;
      r->layout_width = -1;
      r->focus_pos = G_MAXUINT;
      r->unit = -1;
      r->notify_id = g_signal_connect (r->item, "notify", G_CALLBACK (on_item_notify), self);
      g_hash_table_insert (self->record_index, r->item, GUINT_TO_POINTER (i + 1));
      n_lanes = MAX (n_lanes, r->lane + 1);
    }

  self->n_lanes = n_lanes;
  g_array_set_size (self->sorted, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->sorted, guint, i) = i;
  g_array_sort_with_data (self->sorted, sorted_cmp, self);

  g_array_set_size (self->lane_offsets, n_lanes + 1);
  for (guint l = 0, k = 0; l <= n_lanes; l++)
    {
      while (k < n && tl_record (self, g_array_index (self->sorted, guint, k))->lane < l)
        k++;
      g_array_index (self->lane_offsets, guint, l) = k;
    }

  self->records_dirty = FALSE;
  self->filter_dirty = TRUE;
}

static void
refilter (DossierTimelineView *self)
{
  g_array_set_size (self->lane_visible, self->n_lanes);
  g_array_set_size (self->lane_row, self->n_lanes);
  self->n_visible_lanes = 0;
  for (guint l = 0; l < self->n_lanes; l++)
    {
      DossierTimelineLane *lane = tl_lane (self, l);
      gboolean visible = lane == NULL || dossier_timeline_lane_get_visible (lane);

      g_array_index (self->lane_visible, gboolean, l) = visible;
      g_array_index (self->lane_row, int, l) = visible ? (int) self->n_visible_lanes++ : -1;
    }

  g_array_set_size (self->focus_order, 0);
  self->data_start = G_MAXDOUBLE;
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = tl_record (self, i);

      r->shown = g_array_index (self->lane_visible, gboolean, r->lane)
                 && dossier_timeline_state_item_passes_filter (self->state, r->item);
      r->focus_pos = G_MAXUINT;
      if (r->shown)
        {
          g_array_append_val (self->focus_order, i);
          self->data_start = MIN (self->data_start, r->start);
        }
    }
  g_array_sort_with_data (self->focus_order, focus_cmp, self);
  for (guint k = 0; k < self->focus_order->len; k++)
    tl_record (self, g_array_index (self->focus_order, guint, k))->focus_pos = k;

  self->filter_dirty = FALSE;
  self->layout_valid = FALSE;
}

void
tl_ensure_records (DossierTimelineView *self)
{
  if (self->records_dirty)
    rebuild_records (self);
  if (self->filter_dirty)
    refilter (self);
}

/* Geometry */

void
tl_update_metrics (DossierTimelineView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

  self->line_h = ceil (
      (double) (pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics))
      / PANGO_SCALE);
  self->char_px = (double) pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  self->row_h = self->line_h + 9;
  self->axis_h = 2 * self->line_h + 18;

  g_clear_pointer (&self->label_font, pango_font_description_free);
  self->label_font = pango_font_description_copy (pango_context_get_font_description (context));
}

double
tl_min_lane_height (DossierTimelineView *self)
{
  /* Room for a two-line title and its subtitle, and for two label rows. */
  return MAX (3 * self->line_h + 2 * TL_LANE_TOP_PAD,
              TL_BASE_MARGIN + TL_LANE_TOP_PAD + 1.5 * self->row_h + self->line_h / 2);
}

static double
title_column_width (DossierTimelineView *self, int width)
{
  double widest = 0;

  for (guint l = 0; l < self->n_lanes; l++)
    {
      DossierTimelineLane *lane = tl_lane (self, l);
      int w = 0;

      if (lane == NULL || !g_array_index (self->lane_visible, gboolean, l))
        continue;
      pango_layout_set_width (self->scratch, -1);
      pango_layout_set_text (self->scratch, dossier_timeline_lane_get_title (lane) ?: "", -1);
      pango_layout_get_pixel_size (self->scratch, &w, NULL);
      /* Titles wrap onto two lines: half the width plus slack is usually enough. */
      widest = MAX (widest, MIN (w, w * 0.55 + 24));
      /* The subtitle (a date, a kind) stays on one line. */
      pango_layout_set_text (self->scratch, dossier_timeline_lane_get_subtitle (lane) ?: "", -1);
      pango_layout_get_pixel_size (self->scratch, &w, NULL);
      widest = MAX (widest, w);
    }
  return CLAMP (widest + 28, 130, MAX (130, MIN (250, width * 0.24)));
}

void
tl_update_geometry (DossierTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double lanes_h, baseline_off;
  guint n_visible;

  tl_ensure_records (self);
  tl_update_metrics (self);
  self->width = width;
  self->height = height;
  self->plot_x0 = title_column_width (self, width) + TL_PLOT_LEFT_PAD;
  self->plot_x1 = MAX (self->plot_x0 + 50, width - TL_PLOT_RIGHT_PAD);

  n_visible = MAX (self->n_visible_lanes, 1);
  lanes_h = MAX (0, height - self->axis_h - 6);
  self->lane_h = MAX (tl_min_lane_height (self), floor (lanes_h / n_visible));
  baseline_off = self->lane_h - TL_BASE_MARGIN;
  /* Row k's centre is k rows above the baseline; the top row keeps clear of the lane edge. */
  self->n_rows = (guint) CLAMP (
      floor ((baseline_off - TL_LANE_TOP_PAD - self->line_h / 2) / self->row_h) + 1, 1, 10);
  self->layout_valid = FALSE;
}

double
tl_lane_top (DossierTimelineView *self, guint lane)
{
  int row = lane < self->lane_row->len ? g_array_index (self->lane_row, int, lane) : -1;

  return self->axis_h + MAX (row, 0) * self->lane_h;
}

/* The baseline sits low in its lane, raised so that the rows the lane uses are centred in it:
 * a sparse lane does not hang a single row of markers at the bottom of a tall band. */
double
tl_baseline_y (DossierTimelineView *self, guint lane)
{
  double shift = 0;

  if (lane < self->lane_used_rows->len && self->n_rows > 1)
    {
      guint used = MAX (g_array_index (self->lane_used_rows, guint, lane), 1);
      shift = floor ((self->n_rows - MIN (used, self->n_rows)) * self->row_h / 2);
    }
  return tl_lane_top (self, lane) + self->lane_h - TL_BASE_MARGIN - shift;
}

double
tl_row_y (DossierTimelineView *self, guint lane, int row)
{
  return tl_baseline_y (self, lane) - MAX (row, 0) * self->row_h;
}

double
tl_ppd (DossierTimelineView *self)
{
  double span = dossier_timeline_state_get_span (self->state);

  return (self->plot_x1 - self->plot_x0) / MAX (span, 1e-9);
}

/* Within one layout the world scale is the layout's, so cached positions stay exact while
 * panning; tiny float drift of the span does not force a new layout. */
double
tl_world_to_x (DossierTimelineView *self, double world_x)
{
  double ppd = self->layout_valid ? self->layout_ppd : tl_ppd (self);

  return self->plot_x0 + world_x - dossier_timeline_state_get_start (self->state) * ppd;
}

/* Labels */

/* Meetings are bold, planned items italic. */
static PangoLayout *
label_layout_new (DossierTimelineView *self, Record *r, const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_copy_static (self->label_font);

  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (r->meeting)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (r->planned)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

PangoLayout *
tl_record_layout (DossierTimelineView *self, Record *r, double width)
{
  int w = width < 0 ? -1 : (int) floor (width);

  if (r->layout == NULL)
    {
      const char *label = dossier_timeline_item_get_label (r->item);

      r->layout = label_layout_new (self, r, label ?: "");
      r->layout_width = -1;
      self->n_cached_layouts++;
    }
  /* A label given its whole natural width is not ellipsized: leaving the width unset keeps
   * the lines shaped when it was measured (setting it shapes the text again). Left-to-right
   * text only: right-to-left lines are aligned to the width. */
  if (w >= 0 && r->label_width >= 0 && w >= r->label_width && r->layout_width < 0
      && pango_layout_get_line_readonly (r->layout, 0) != NULL
      && pango_layout_get_line_readonly (r->layout, 0)->resolved_dir == PANGO_DIRECTION_LTR)
    w = -1;
  if (w != r->layout_width)
    {
      pango_layout_set_width (r->layout, w < 0 ? -1 : w * PANGO_SCALE);
      r->layout_width = w;
    }
  return r->layout;
}

/* The layout of one font style, for measuring. */
static PangoLayout *
measure_layout (DossierTimelineView *self, Record *r)
{
  guint k = (r->meeting ? 1 : 0) | (r->planned ? 2 : 0);

  if (self->measure_layouts[k] == NULL)
    self->measure_layouts[k] = label_layout_new (self, r, NULL);
  return self->measure_layouts[k];
}

double
tl_record_label_width (DossierTimelineView *self, Record *r)
{
  if (r->label_width < 0)
    {
      int w = 0;
      const char *label = dossier_timeline_item_get_label (r->item);

      /* Labels too wide for any room are not measured (see measure_label()), so those that
       * are are mostly drawn: measure with the record's own layout, which drawing reuses. */
      if (label != NULL && *label != '\0')
        pango_layout_get_pixel_size (tl_record_layout (self, r, -1), &w, NULL);
      r->label_width = w;
    }
  return r->label_width;
}

void
tl_clear_label_fonts (DossierTimelineView *self)
{
  for (guint k = 0; k < G_N_ELEMENTS (self->measure_layouts); k++)
    {
      g_clear_object (&self->measure_layouts[k]);
      g_clear_pointer (&self->advances[k], g_free);
    }
  if (self->badge_layouts)
    g_hash_table_remove_all (self->badge_layouts);
}

#define FIRST_PRINTABLE 0x20
#define N_PRINTABLE (0x7f - FIRST_PRINTABLE)

/* The advance of every printable ASCII character in @r's style, shaped once in a row. */
static const float *
advances (DossierTimelineView *self, Record *r)
{
  guint k = (r->meeting ? 1 : 0) | (r->planned ? 2 : 0);

  if (self->advances[k] == NULL)
    {
      PangoLayout *layout = measure_layout (self, r);
      char text[N_PRINTABLE + 1];
      float *adv = g_new0 (float, N_PRINTABLE);
      PangoLayoutIter *iter;

      for (guint c = 0; c < N_PRINTABLE; c++)
        text[c] = (char) (FIRST_PRINTABLE + c);
      text[N_PRINTABLE] = 0;
      pango_layout_set_text (layout, text, N_PRINTABLE);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);

          if (run == NULL)
            continue;
          /* A glyph counts for the character starting its cluster; a character sharing a
           * cluster (a ligature) counts for nothing, which only lowers the bound. */
          for (int g = 0; g < run->glyphs->num_glyphs; g++)
            {
              int at = run->item->offset + run->glyphs->log_clusters[g];

              if (at >= 0 && at < N_PRINTABLE)
                adv[at] += (float) run->glyphs->glyphs[g].geometry.width / PANGO_SCALE;
            }
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);
      self->advances[k] = adv;
    }
  return self->advances[k];
}

/* A width @r's label certainly exceeds, 0 if unknown: three quarters of its characters'
 * advances less a pixel. Kerning and ligatures take a few percent from a line of Latin text,
 * so the bound stays below the shaped width by a wide margin; text with other characters gets
 * no bound. */
static double
label_lower_bound (DossierTimelineView *self, Record *r, const char *label)
{
  const float *adv = NULL;
  double sum = 0;

  for (const guchar *p = (const guchar *) label; *p; p++)
    {
      if (*p < FIRST_PRINTABLE || *p >= FIRST_PRINTABLE + N_PRINTABLE)
        return 0;
      if (adv == NULL)
        adv = advances (self, r);
      sum += adv[*p - FIRST_PRINTABLE];
    }
  return MAX (0, 0.75 * sum - 1);
}

/* Labels on screen (or about to be) are measured exactly and remembered. Those further out in
 * the layout band only need a fair guess: they are not drawn before the band is laid out again,
 * and shaping thousands of labels nobody sees would make the first frame slow. A guess that
 * comes up short only ellipsizes a label. */
static double
measure_label (guint input, double limit, gpointer data)
{
  DossierTimelineView *self = data;
  Record *r = tl_input_record (self, input);
  double x = g_array_index (self->inputs, DossierTimelineLayoutInput, input).x;
  double view_left = dossier_timeline_state_get_start (self->state) * self->layout_ppd;
  double plot_w = self->plot_x1 - self->plot_x0;
  const char *label;

  if (r->label_width >= 0)
    return r->label_width;
  label = dossier_timeline_item_get_label (r->item);
  if (r->label_width == TL_WIDTH_WIDE
      || (x >= view_left - TL_MAX_LABEL - 2 * TL_MEETING_RADIUS
          && x <= view_left + plot_w + TL_MEETING_RADIUS))
    {
      /* The layout has less room for this label than it certainly needs: it gets no place,
       * as it would with its exact width, and shaping its text is spared. It stays marked:
       * a measured label keeps its exact width in later layouts, even out of view, and this
       * one must keep being read the same way. */
      if (limit < G_MAXDOUBLE && label != NULL)
        {
          double bound = r->label_width == TL_WIDTH_WIDE ? r->label_bound
                                                         : label_lower_bound (self, r, label);

          if (bound > limit)
            {
              r->label_width = TL_WIDTH_WIDE;
              r->label_bound = bound;
              return bound;
            }
        }
      return tl_record_label_width (self, r);
    }
  if (label == NULL)
    return 0;
  if (r->label_chars < 0)
    r->label_chars = g_utf8_strlen (label, -1);
  return ceil (r->label_chars * self->char_px * (r->meeting ? 1.15 : 1.05));
}

static void
trim_layout_cache (DossierTimelineView *self)
{
  double ppd = self->layout_ppd;

  if (self->n_cached_layouts <= MAX_CACHED_LAYOUTS)
    return;
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = tl_record (self, i);
      double x = r->anchor * ppd;

      if (r->layout && (x < self->band_left || x > self->band_right))
        tl_record_drop_layout (self, r);
    }
}

/* The layout */

static gboolean
is_pinned (DossierTimelineView *self, Record *r)
{
  return r->item == self->layout_pinned[0] || r->item == self->layout_pinned[1];
}

void
tl_ensure_layout (DossierTimelineView *self)
{
  double ppd, plot_w, half, view_left, band_left, margin;
  DossierTimelineLayoutParams params;
  DossierTimelineItem *sel, *foc;

  tl_ensure_records (self);
  plot_w = self->plot_x1 - self->plot_x0;
  ppd = tl_ppd (self);
  half = plot_w / 2;
  sel = dossier_timeline_state_get_selected_item (self->state);
  /* The focused item is pinned (labelled, never clustered) only while its ring shows: focus
   * given by the window on startup must not reshuffle the labels. */
  foc = gtk_widget_has_visible_focus (GTK_WIDGET (self))
            ? dossier_timeline_state_get_focused_item (self->state)
            : NULL;
  view_left = dossier_timeline_state_get_start (self->state) * ppd;
  band_left = floor ((view_left - half) / half) * half;

  if (self->layout_valid && fabs (ppd - self->layout_ppd) <= 1e-9 * ppd
      && band_left == self->band_left && sel == self->layout_pinned[0]
      && foc == self->layout_pinned[1])
    return;

  self->layout_ppd = ppd;
  self->band_left = band_left;
  self->band_right = band_left + 2.5 * plot_w;
  self->layout_pinned[0] = sel;
  self->layout_pinned[1] = foc;

  /* Labels may flip left of their markers, but not past the earliest item: at "fit all" that
   * is the left edge of the view. */
  dossier_timeline_layout_params_init (&params,
                                       self->data_start < G_MAXDOUBLE
                                           ? MAX (self->band_left, self->data_start * ppd - 20)
                                           : self->band_left,
                                       self->band_right, self->n_rows);
  params.marker_radius = TL_MEETING_RADIUS;
  params.digit_width = MAX (6, self->char_px);
  params.max_label = TL_MAX_LABEL;
  params.min_label = TL_MIN_LABEL;
  margin = params.cluster_span + TL_MEETING_RADIUS;

  g_array_set_size (self->inputs, 0);
  g_array_set_size (self->input_records, 0);
  for (guint l = 0; l < self->n_lanes; l++)
    {
      guint from = g_array_index (self->lane_offsets, guint, l);
      guint to = g_array_index (self->lane_offsets, guint, l + 1);
      guint lo = from, hi = to;

      if (!g_array_index (self->lane_visible, gboolean, l))
        continue;
      /* Items are sorted by anchor within the lane: start at the band's left edge. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (tl_record (self, g_array_index (self->sorted, guint, mid))->anchor * ppd
              < self->band_left - margin)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint k = lo; k < to; k++)
        {
          guint index = g_array_index (self->sorted, guint, k);
          Record *r = tl_record (self, index);
          DossierTimelineLayoutInput in;

          if (r->anchor * ppd > self->band_right + margin)
            break;
          if (!r->shown)
            continue;
          in.x = r->anchor * ppd;
          in.lane = l;
          in.pinned = is_pinned (self, r);
          in.priority = r->meeting ? 2 : r->dimmed ? 0 : 1;
          g_array_append_val (self->inputs, in);
          g_array_append_val (self->input_records, index);
        }
    }

  dossier_timeline_layout_compute_bounded (
      self->layout, (DossierTimelineLayoutInput *) (void *) self->inputs->data, self->inputs->len,
      self->n_lanes, (const gboolean *) (void *) self->lane_visible->data, &params, measure_label,
      self);
  self->layout_valid = TRUE;
  trim_layout_cache (self);

  /* Which unit shows each record, for positions, links and the focus ring. */
  for (guint i = 0; i < self->records->len; i++)
    tl_record (self, i)->unit = -1;
  for (guint i = 0; i < dossier_timeline_layout_get_n_units (self->layout); i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, i);

      for (guint k = 0; k < u->n_items; k++)
        tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, k))->unit
            = (int) i;
    }

  g_array_set_size (self->lane_used_rows, self->n_lanes);
  memset (self->lane_used_rows->data, 0, self->n_lanes * sizeof (guint));
  for (guint i = 0; i < dossier_timeline_layout_get_n_units (self->layout); i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, i);
      guint *used = &g_array_index (self->lane_used_rows, guint, u->lane);

      *used = MAX (*used, (guint) (u->row + 1));
    }
}
