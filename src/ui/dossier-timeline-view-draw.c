/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dossier-timeline-view-private.h"

/* Drawing: render nodes for everything but the link curves (a single cairo node). Colours come
 * from the widget's style (foreground, view background, accent), so light, dark and high
 * contrast all follow the system; status colours have a light and a dark palette. */

GdkRGBA
tl_alpha (GdkRGBA c, double a)
{
  c.alpha *= a;
  return c;
}

/* An opaque blend, so label backings hide what lies under them exactly like the lane does. */
static GdkRGBA
mix (GdkRGBA a, GdkRGBA b, double t)
{
  return (GdkRGBA){ a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t,
                    a.blue + (b.blue - a.blue) * t, 1 };
}

static GdkRGBA
rgb (guint32 hex)
{
  return (GdkRGBA){ ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0,
                    1 };
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
void
tl_palette_init (Palette *p, GtkWidget *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  double lum;

  gtk_style_context_get_color (style, &p->fg);
  p->fg.alpha = 1;
  lum = 0.2126 * p->fg.red + 0.7152 * p->fg.green + 0.0722 * p->fg.blue;
  p->dark = lum > 0.5;
  if (!gtk_style_context_lookup_color (style, "view_bg_color", &p->bg))
    p->bg = p->dark ? rgb (0x1e1e1e) : rgb (0xffffff);
  p->bg.alpha = 1;
  if (!gtk_style_context_lookup_color (style, "accent_color", &p->accent))
    p->accent = p->dark ? rgb (0x78aeed) : rgb (0x1c71d8);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &p->accent_bg))
    p->accent_bg = rgb (0x3584e4);
  p->band = mix (p->bg, p->fg, p->dark ? 0.045 : 0.032);
  p->today = p->dark ? rgb (0xff7b63) : rgb (0xc01c28);
  p->statement = mix (p->bg, p->fg, p->dark ? 0.72 : 0.62);
  p->meeting = p->accent_bg;
  /* GNOME palette: green, blue, grey, orange; lighter shades on dark backgrounds. */
  p->status[DOSSIER_TIMELINE_LINK_DELIVERED] = p->dark ? rgb (0x57e389) : rgb (0x26a269);
  p->status[DOSSIER_TIMELINE_LINK_PROGRESSED] = p->dark ? rgb (0x78aeed) : rgb (0x1c71d8);
  p->status[DOSSIER_TIMELINE_LINK_CONTINUED] = p->dark ? rgb (0xc0bfbc) : rgb (0x77767b);
  p->status[DOSSIER_TIMELINE_LINK_CHANGED] = p->dark ? rgb (0xffa348) : rgb (0xc64600);
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
fill (GtkSnapshot *s, GdkRGBA c, double x, double y, double w, double h)
{
  gtk_snapshot_append_color (s, &c, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
fill_round (GtkSnapshot *s, GdkRGBA c, double x, double y, double w, double h, double radius)
{
  GskRoundedRect rr;

  gsk_rounded_rect_init_from_rect (&rr, &GRAPHENE_RECT_INIT (x, y, w, h), radius);
  gtk_snapshot_push_rounded_clip (s, &rr);
  gtk_snapshot_append_color (s, &c, &GRAPHENE_RECT_INIT (x, y, w, h));
  gtk_snapshot_pop (s);
}

static void
stroke_round (GtkSnapshot *s, GdkRGBA c, double x, double y, double w, double h, double radius,
              double width)
{
  GskRoundedRect rr;
  float widths[4] = { width, width, width, width };
  GdkRGBA colors[4] = { c, c, c, c };

  gsk_rounded_rect_init_from_rect (&rr, &GRAPHENE_RECT_INIT (x, y, w, h), radius);
  gtk_snapshot_append_border (s, &rr, widths, colors);
}

/* GTK gives the widget's font an absolute (pixel) size: scale it in the same unit. */
static void
scale_font (PangoFontDescription *font, double factor)
{
  int size = (int) round (pango_font_description_get_size (font) * factor);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size);
  else
    pango_font_description_set_size (font, size);
}

static void
text_at (GtkSnapshot *s, PangoLayout *layout, GdkRGBA c, double x, double y)
{
  gtk_snapshot_save (s);
  gtk_snapshot_translate (s, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (s, layout, &c);
  gtk_snapshot_restore (s);
}

static gboolean
today_chip (DossierTimelineView *self, graphene_rect_t *rect);

/* The axis: minor ticks labelled in the lower row, context (months, years) in the upper row
 * with the current one kept at the left edge. Grid lines run down through the lanes. */
static void
draw_axis (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  double start = dossier_timeline_state_get_start (self->state);
  double end = dossier_timeline_state_get_end (self->state);
  double plot_w = self->plot_x1 - self->plot_x0;
  double ppd = tl_ppd (self);
  double clip_x = self->plot_x0 - TL_PLOT_LEFT_PAD;
  double major_y = 6, minor_y = 8 + self->line_h;
  double bottom = self->axis_h + self->n_visible_lanes * self->lane_h;
  g_autoptr (DossierTimeScale) scale
      = dossier_time_scale_new (start, end, plot_w, MAX (self->char_px, 6));
  PangoLayout *layout = self->scratch;
  PangoFontDescription *bold = pango_font_description_copy_static (self->label_font);
  double last_right = -G_MAXDOUBLE;
  graphene_rect_t chip;
  gboolean has_chip = today_chip (self, &chip);

  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  gtk_snapshot_push_clip (s, &GRAPHENE_RECT_INIT (clip_x, 0, self->width - clip_x, self->height));

  /* Grid first, so the ticks' lines lie under everything in the lanes. */
  for (guint i = 0; i < scale->minor->len; i++)
    {
      DossierTimeTick *t = &g_array_index (scale->minor, DossierTimeTick, i);
      double x = round (self->plot_x0 + (t->day - start) * ppd);

      if (x < self->plot_x0 - 1 || x > self->plot_x1 + TL_PLOT_RIGHT_PAD)
        continue;
      fill (s, tl_alpha (p->fg, p->dark ? 0.08 : 0.07), x, self->axis_h, 1, bottom - self->axis_h);
      fill (s, tl_alpha (p->fg, 0.35), x, self->axis_h - 6, 1, 6);
    }
  for (guint i = 0; i < scale->major->len; i++)
    {
      DossierTimeTick *t = &g_array_index (scale->major, DossierTimeTick, i);
      double x = round (self->plot_x0 + (t->day - start) * ppd);

      if (x < self->plot_x0 - 1 || x > self->plot_x1 + TL_PLOT_RIGHT_PAD)
        continue;
      fill (s, tl_alpha (p->fg, p->dark ? 0.2 : 0.17), x, self->axis_h, 1, bottom - self->axis_h);
      fill (s, tl_alpha (p->fg, 0.5), x, major_y, 1, self->axis_h - major_y);
    }
  fill (s, tl_alpha (p->fg, 0.18), clip_x, self->axis_h - 1, self->width - clip_x, 1);

  pango_layout_set_width (layout, -1);
  pango_layout_set_font_description (layout, NULL);
  for (guint i = 0; i < scale->minor->len; i++)
    {
      DossierTimeTick *t = &g_array_index (scale->minor, DossierTimeTick, i);
      double tick_x = self->plot_x0 + (t->day - start) * ppd;
      double next
          = i + 1 < scale->minor->len
                ? self->plot_x0
                      + (g_array_index (scale->minor, DossierTimeTick, i + 1).day - start) * ppd
                : tick_x + (scale->unit == DOSSIER_TIME_UNIT_DAY ? ppd : G_MAXDOUBLE / 4);
      double x;
      int w;

      pango_layout_set_text (layout, t->label, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      /* Days are labelled in the middle of their cell, longer periods just after their start. */
      x = scale->unit == DOSSIER_TIME_UNIT_DAY ? (tick_x + next - w) / 2 : tick_x + 4;
      /* A label cut by an edge, crowding its neighbour or under the today chip is noise. */
      if (x < self->plot_x0 - 2 || x + w > self->width - 2
          || x + w > next - 2 + (scale->unit == DOSSIER_TIME_UNIT_DAY ? 4 : 0) || x < last_right
          || (has_chip && x < chip.origin.x + chip.size.width + 2 && x + w > chip.origin.x - 2))
        continue;
      text_at (s, layout, tl_alpha (p->fg, 0.72), x, minor_y);
      last_right = x + w + 4;
    }

  pango_layout_set_font_description (layout, bold);
  for (guint i = 0; i < scale->major->len; i++)
    {
      DossierTimeTick *t = &g_array_index (scale->major, DossierTimeTick, i);
      double x = self->plot_x0 + (t->day - start) * ppd + 4;
      int w;

      pango_layout_set_text (layout, t->label, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      if (x < self->plot_x0 + 4)
        {
          /* The period under the left edge keeps its name in view until the next one pushes it;
           * when the next is too close, it gives way rather than show half a name. */
          double limit
              = i + 1 < scale->major->len
                    ? self->plot_x0
                          + (g_array_index (scale->major, DossierTimeTick, i + 1).day - start) * ppd
                          - w - 12
                    : G_MAXDOUBLE;
          x = MIN (self->plot_x0 + 4, limit);
          if (x < self->plot_x0)
            continue;
        }
      if (x + w > self->width - 2)
        continue;
      text_at (s, layout, p->fg, x, major_y);
    }
  pango_layout_set_font_description (layout, NULL);
  pango_font_description_free (bold);
  gtk_snapshot_pop (s);
}

static void
draw_lane_backgrounds (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  for (guint l = 0; l < self->n_lanes; l++)
    {
      int row = g_array_index (self->lane_row, int, l);
      double top;

      if (row < 0)
        continue;
      top = tl_lane_top (self, l);
      if (row % 2 == 1)
        fill (s, p->band, 0, top, self->width, self->lane_h);
      fill (s, tl_alpha (p->fg, 0.12), self->plot_x0 - TL_PLOT_LEFT_PAD / 2,
            tl_baseline_y (self, l),
            self->plot_x1 - self->plot_x0 + TL_PLOT_LEFT_PAD / 2 + TL_PLOT_RIGHT_PAD / 2, 1);
    }
}

static void
draw_lane_titles (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  double title_w = self->plot_x0 - TL_PLOT_LEFT_PAD - 16;
  PangoLayout *layout = self->scratch;
  PangoFontDescription *bold = pango_font_description_copy_static (self->label_font);
  PangoFontDescription *small = pango_font_description_copy_static (self->label_font);

  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  scale_font (small, 0.9);
  fill (s, tl_alpha (p->fg, 0.12), self->plot_x0 - TL_PLOT_LEFT_PAD, self->axis_h, 1,
        self->n_visible_lanes * self->lane_h);

  for (guint l = 0; l < self->n_lanes; l++)
    {
      DossierTimelineLane *lane = tl_lane (self, l);
      const char *subtitle;
      double y;
      int h;

      if (lane == NULL || g_array_index (self->lane_row, int, l) < 0)
        continue;
      y = tl_lane_top (self, l) + TL_LANE_TOP_PAD + 2;
      pango_layout_set_font_description (layout, bold);
      pango_layout_set_text (layout, dossier_timeline_lane_get_title (lane) ?: "", -1);
      pango_layout_set_width (layout, (int) (title_w * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      /* Up to three lines of title when the lane is tall enough to keep its subtitle too. */
      pango_layout_set_height (layout, self->lane_h - 2 * TL_LANE_TOP_PAD > 5 * self->line_h ? -3
                                       : self->lane_h - 2 * TL_LANE_TOP_PAD > 3.5 * self->line_h
                                           ? -2
                                           : -1);
      text_at (s, layout, p->fg, 12, y);
      pango_layout_get_pixel_size (layout, NULL, &h);

      subtitle = dossier_timeline_lane_get_subtitle (lane);
      if (subtitle && *subtitle && y + h + self->line_h < tl_lane_top (self, l) + self->lane_h)
        {
          pango_layout_set_font_description (layout, small);
          pango_layout_set_height (layout, -1);
          pango_layout_set_text (layout, subtitle, -1);
          text_at (s, layout, tl_alpha (p->fg, 0.62), 12, y + h + 2);
        }
    }
  pango_layout_set_font_description (layout, NULL);
  pango_layout_set_width (layout, -1);
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_font_description_free (bold);
  pango_font_description_free (small);
}

/* The today marker: a line through the lanes and a chip in the axis, centred on the day. */
static gboolean
today_x (DossierTimelineView *self, double *x)
{
  double today = dossier_timeline_state_get_today (self->state);

  if (isnan (today))
    return FALSE;
  *x = round (dossier_timeline_view_day_to_x (self, today + 0.5));
  return *x >= self->plot_x0 && *x <= self->plot_x1 + TL_PLOT_RIGHT_PAD / 2;
}

static PangoFontDescription *
chip_font (DossierTimelineView *self)
{
  PangoFontDescription *bold = pango_font_description_copy_static (self->label_font);

  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  scale_font (bold, 0.85);
  return bold;
}

/* Where the chip goes: right of the line, or left of it at the right edge of the widget. */
static gboolean
today_chip (DossierTimelineView *self, graphene_rect_t *rect)
{
  PangoFontDescription *font;
  double x;
  int w, h;

  if (!today_x (self, &x))
    return FALSE;
  font = chip_font (self);
  pango_layout_set_font_description (self->scratch, font);
  pango_layout_set_text (self->scratch, _ ("Today"), -1);
  pango_layout_get_pixel_size (self->scratch, &w, &h);
  pango_layout_set_font_description (self->scratch, NULL);
  pango_font_description_free (font);
  *rect = GRAPHENE_RECT_INIT (x + w + 14 > self->width ? x - w - 10 : x, self->axis_h - h - 6,
                              w + 10, h + 2);
  return TRUE;
}

static void
draw_today_line (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  double x, bottom = self->axis_h + self->n_visible_lanes * self->lane_h;

  if (today_x (self, &x))
    fill (s, tl_alpha (p->today, 0.85), x - 1, self->axis_h - 4, 2, bottom - self->axis_h + 4);
}

static void
draw_today_chip (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  graphene_rect_t chip;
  PangoFontDescription *font;

  if (!today_chip (self, &chip))
    return;
  fill_round (s, p->today, chip.origin.x, chip.origin.y, chip.size.width, chip.size.height,
              chip.size.height / 2);
  font = chip_font (self);
  pango_layout_set_font_description (self->scratch, font);
  pango_layout_set_text (self->scratch, _ ("Today"), -1);
  text_at (s, self->scratch, p->bg, chip.origin.x + 5, chip.origin.y + 1);
  pango_layout_set_font_description (self->scratch, NULL);
  pango_font_description_free (font);
}

static GdkRGBA
record_color (const Palette *p, Record *r)
{
  return r->meeting ? p->meeting : p->statement;
}

static double
record_opacity (Record *r)
{
  return r->dimmed ? 0.28 : 1.0;
}

static void
draw_marker (GtkSnapshot *s, const Palette *p, Record *r, double x, double y, gboolean selected,
             gboolean hover)
{
  GdkRGBA c = tl_alpha (record_color (p, r), record_opacity (r));
  double radius = (r->meeting ? TL_MEETING_RADIUS : TL_MARKER_RADIUS - 1) + (hover ? 1 : 0);

  if (selected)
    {
      double rr = radius + 4;
      stroke_round (s, p->accent, x - rr, y - rr, 2 * rr, 2 * rr, rr, 2);
    }
  if (r->meeting)
    {
      /* A diamond: a rounded square turned by 45°. */
      double side = radius * 1.45;

      gtk_snapshot_save (s);
      gtk_snapshot_translate (s, &GRAPHENE_POINT_INIT (x, y));
      gtk_snapshot_rotate (s, 45);
      if (r->planned)
        {
          fill_round (s, p->bg, -side / 2, -side / 2, side, side, 2);
          stroke_round (s, c, -side / 2, -side / 2, side, side, 2, 2);
        }
      else
        fill_round (s, c, -side / 2, -side / 2, side, side, 2);
      gtk_snapshot_restore (s);
    }
  else if (r->planned)
    {
      /* Planned: hollow, as not (yet) happened. */
      fill_round (s, p->bg, x - radius, y - radius, 2 * radius, 2 * radius, radius);
      stroke_round (s, c, x - radius, y - radius, 2 * radius, 2 * radius, radius, 2);
    }
  else
    fill_round (s, c, x - radius, y - radius, 2 * radius, 2 * radius, radius);
}

static void
draw_stem (GtkSnapshot *s, GdkRGBA c, double x, double y0, double y1, gboolean dashed)
{
  if (!dashed)
    {
      fill (s, c, round (x) - 0.5, y0, 1, y1 - y0);
      return;
    }
  for (double y = y0; y < y1; y += 6)
    fill (s, c, round (x) - 0.5, y, 1, MIN (3, y1 - y));
}

static void
draw_cluster (DossierTimelineView *self, GtkSnapshot *s, const Palette *p,
              const DossierTimelineUnit *u, double x, double y, gboolean hover)
{
  PangoLayout *layout;
  char count[16];
  gboolean any_meeting = FALSE, all_dimmed = TRUE, all_planned = TRUE;
  double h = self->line_h + 2, left = x - (u->right - u->left) / 2, w = u->right - u->left;
  GdkRGBA border;
  int tw, th;

  for (guint i = 0; i < u->n_items; i++)
    {
      Record *r = tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, i));

      any_meeting |= r->meeting;
      all_dimmed &= r->dimmed;
      all_planned &= r->planned;
    }
  /* A quiet pill; an outline in the meeting colour when a meeting is inside. */
  fill_round (s, mix (p->bg, p->fg, hover ? 0.2 : 0.12), left, y - h / 2, w, h, h / 2);
  if (any_meeting)
    {
      border = tl_alpha (p->meeting, all_dimmed ? 0.3 : 1);
      stroke_round (s, border, left, y - h / 2, w, h, h / 2, all_planned ? 1 : 1.5);
    }

  /* Counts repeat from badge to badge and frame to frame: one layout per count, shaped once. */
  layout = g_hash_table_lookup (self->badge_layouts, GUINT_TO_POINTER (u->n_items));
  if (layout == NULL)
    {
      g_snprintf (count, sizeof count, "%u", u->n_items);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), count);
      g_hash_table_insert (self->badge_layouts, GUINT_TO_POINTER (u->n_items), layout);
    }
  pango_layout_get_pixel_size (layout, &tw, &th);
  text_at (s, layout, tl_alpha (p->fg, all_dimmed ? 0.4 : 1), x - tw / 2.0, y - th / 2.0);
}

static void
draw_units (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  DossierTimelineLayout *layout = self->layout;
  guint n = dossier_timeline_layout_get_n_units (layout);
  DossierTimelineItem *selected = dossier_timeline_state_get_selected_item (self->state);
  double min_x = self->plot_x0 - TL_MAX_LABEL - 40, max_x = self->plot_x1 + TL_PLOT_RIGHT_PAD + 20;
  double label_dy = self->line_h / 2;

  /* Pass 1: span bars and stems, under every marker and label. */
  for (guint i = 0; i < n; i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (layout, i);
      double x = tl_world_to_x (self, u->x), base = tl_baseline_y (self, u->lane);
      Record *r;
      GdkRGBA c;

      if (x < min_x || x > max_x + TL_MAX_LABEL)
        continue;
      r = tl_input_record (self, u->label_member);
      c = record_color (p, r);
      if (u->n_items == 1 && !r->precise)
        {
          double x0 = dossier_timeline_view_day_to_x (self, r->start);
          double x1 = dossier_timeline_view_day_to_x (self, r->end);

          if (x1 - x0 > 2 * TL_MARKER_RADIUS)
            fill_round (s, tl_alpha (c, 0.22 * record_opacity (r)), x0, base - 3, x1 - x0, 6, 3);
        }
      if (u->row > 0)
        draw_stem (s, tl_alpha (c, 0.6 * record_opacity (r)), x,
                   tl_row_y (self, u->lane, u->row) + label_dy + 2,
                   base - (u->n_items > 1 ? self->line_h / 2 + 1 : TL_MARKER_RADIUS), r->planned);
    }

  /* Pass 2: markers and badges, then their labels on a backing that hides stems behind them. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (layout, i);
        double x = tl_world_to_x (self, u->x), base = tl_baseline_y (self, u->lane);
        Record *r = tl_input_record (self, dossier_timeline_layout_get_member (layout, u, 0));
        gboolean hover = self->hover_record >= 0 && tl_record (self, self->hover_record) == r;

        if (x < min_x || x > max_x + TL_MAX_LABEL)
          continue;
        if (pass == 0)
          {
            if (x > max_x)
              continue;
            if (u->n_items > 1)
              draw_cluster (self, s, p, u, x, base, hover);
            else
              draw_marker (s, p, r, x, base, r->item == selected, hover);
            continue;
          }
        if (u->row >= 0)
          {
            double lx = tl_world_to_x (self, u->label_x), ly = tl_row_y (self, u->lane, u->row);
            PangoLayout *pl;

            gboolean is_sel;
            GdkRGBA backing
                = g_array_index (self->lane_row, int, u->lane) % 2 == 1 ? p->band : p->bg;
            int tw;

            /* Before any layout is made: labels past the right edge (laid out with a guessed
             * width) are not drawn, and shaping them would be wasted. */
            if (lx > max_x)
              continue;
            r = tl_input_record (self, u->label_member);
            is_sel = r->item == selected;
            pl = tl_record_layout (self, r, u->label_width);
            pango_layout_get_pixel_size (pl, &tw, NULL);
            if (is_sel)
              backing = mix (backing, p->accent_bg, p->dark ? 0.35 : 0.16);
            /* A backing in the lane's colour hides grid lines, stems and curves behind the text. */
            if (u->row > 0 || is_sel)
              fill_round (s, backing,
                          (u->label_left ? lx + u->label_width - tw : lx) - TL_LABEL_PAD_X,
                          ly - label_dy - 2, tw + 2 * TL_LABEL_PAD_X, 2 * label_dy + 4, 5);
            else
              fill (s, backing, (u->label_left ? lx + u->label_width - tw : lx) - 2, ly - label_dy,
                    tw + 4, 2 * label_dy);
            text_at (s, pl,
                     tl_alpha (p->fg, record_opacity (r) * (r->meeting || is_sel ? 1 : 0.88)),
                     u->label_left ? lx + u->label_width - tw : lx, ly - label_dy);
          }
      }
}

/* The focus ring: one around the focused item's marker (or its cluster's badge), one around its
 * label, so the ring does not enclose neighbours between the two. Shown only for keyboard
 * focus, as GTK does. */
static void
draw_focus (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
  int index = tl_record_for_item (self, focused);
  GdkRGBA ring = tl_alpha (p->accent, 0.75);
  const DossierTimelineUnit *u;
  double base, x0, x1;
  int unit;

  if (index < 0 || !gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    return;
  unit = tl_record (self, index)->unit;
  if (unit < 0)
    return;

  u = dossier_timeline_layout_get_unit (self->layout, unit);
  base = tl_baseline_y (self, u->lane);
  x0 = tl_world_to_x (self, u->left) - 4;
  x1 = tl_world_to_x (self, u->right) + 4;
  if (u->n_items == 1)
    {
      x0 = MIN (x0, tl_world_to_x (self, u->x) - TL_MEETING_RADIUS - 5);
      x1 = MAX (x1, tl_world_to_x (self, u->x) + TL_MEETING_RADIUS + 5);
    }

  if (u->row >= 0 && u->label_member == (guint) index)
    {
      Record *r = tl_record (self, index);
      double lx = tl_world_to_x (self, u->label_x), ly = tl_row_y (self, u->lane, u->row);
      int tw;

      pango_layout_get_pixel_size (tl_record_layout (self, r, u->label_width), &tw, NULL);
      if (u->label_left)
        lx += u->label_width - tw;
      if (u->row == 0)
        {
          /* An inline label sits between the marker and its neighbour: one ring holds both. */
          x0 = MIN (x0, lx - TL_LABEL_PAD_X - 3);
          x1 = MAX (x1, lx + tw + TL_LABEL_PAD_X + 3);
        }
      else
        stroke_round (s, ring, lx - TL_LABEL_PAD_X - 3, ly - self->line_h / 2 - 5,
                      tw + 2 * TL_LABEL_PAD_X + 6, self->line_h + 10, 8, 2);
    }
  stroke_round (s, ring, x0, base - self->line_h / 2 - 5, x1 - x0, self->line_h + 10,
                self->line_h / 2 + 5, 2);
}

static void
draw_empty (DossierTimelineView *self, GtkSnapshot *s, const Palette *p, const char *message)
{
  PangoLayout *layout = self->scratch;
  int w, h;

  pango_layout_set_text (layout, message, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  text_at (s, layout, tl_alpha (p->fg, 0.55), (self->plot_x0 + self->plot_x1 - w) / 2,
           self->axis_h + MAX (self->lane_h * self->n_visible_lanes, 2 * h) / 2 - h / 2.0);
}

void
tl_snapshot (GtkWidget *widget, GtkSnapshot *s)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  Palette p;
  double clip_x;

  if (self->width != gtk_widget_get_width (widget) || self->height != gtk_widget_get_height (widget)
      || self->records_dirty || self->filter_dirty)
    tl_update_geometry (self);
  tl_ensure_layout (self);
  tl_palette_init (&p, widget);
  clip_x = self->plot_x0 - TL_PLOT_LEFT_PAD;

  fill (s, p.bg, 0, 0, self->width, self->height);
  draw_lane_backgrounds (self, s, &p);
  draw_axis (self, s, &p);

  gtk_snapshot_push_clip (s,
                          &GRAPHENE_RECT_INIT (clip_x + 1, self->axis_h, self->width - clip_x - 1,
                                               self->height - self->axis_h));
  draw_today_line (self, s, &p);
  tl_draw_links (self, s, &p);
  draw_units (self, s, &p);
  draw_focus (self, s, &p);
  gtk_snapshot_pop (s);
  /* The today chip sits in the axis, outside the lanes' clip. */
  gtk_snapshot_push_clip (
      s, &GRAPHENE_RECT_INIT (clip_x + 1, 0, self->width - clip_x - 1, self->axis_h));
  draw_today_line (self, s, &p);
  draw_today_chip (self, s, &p);
  gtk_snapshot_pop (s);

  draw_lane_titles (self, s, &p);

  if (self->focus_order->len == 0)
    draw_empty (self, s, &p,
                self->records->len == 0 ? _ ("No dated events")
                                        : _ ("Every event is filtered out"));
}
