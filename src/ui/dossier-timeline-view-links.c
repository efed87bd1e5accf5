/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "dossier-timeline-view-private.h"

/* The link layer: curves from an earlier item (a commitment) to later ones (its outcomes),
 * drawn as one cairo node over the lanes and under the labels, and found again under the
 * pointer. Status shows three ways at once: colour, dash pattern and a glyph mid-curve. */

#define LINK_HIT_PX 5.0

/* The curve of a link between two markers. Within a lane it arches below the baseline, where
 * no labels go, as deep as @room allows; between lanes it leaves and enters horizontally. Both
 * ends stop at the markers' edges so the arrowhead stays visible. */
void
tl_link_curve (double x0, double y0, double x1, double y1, double room, double c[8])
{
  double dx = x1 - x0, r = TL_MARKER_RADIUS + 2;

  if (fabs (y1 - y0) < 1)
    {
      /* A cubic with both handles at depth h bulges to 0.75 h; leave room for the glyph. */
      double h = MAX (4, MIN (room - r - 14, 12 + fabs (dx) * 0.25)) / 0.75;

      c[0] = x0;
      c[1] = y0 + r;
      c[2] = x0 + dx * 0.15;
      c[3] = y0 + r + h;
      c[4] = x1 - dx * 0.15;
      c[5] = y1 + r + h;
      c[6] = x1;
      c[7] = y1 + r;
    }
  else
    {
      double sx = dx >= 0 ? 1 : -1;

      c[0] = x0 + sx * r;
      c[1] = y0;
      c[2] = x0 + dx * 0.5;
      c[3] = y0;
      c[4] = x1 - dx * 0.5;
      c[5] = y1;
      c[6] = x1 - sx * r;
      c[7] = y1;
    }
}

/* Room under a lane's baseline for link arches. */
double
tl_link_room (DossierTimelineView *self, double baseline_y)
{
  int row = (int) floor ((baseline_y - self->axis_h) / MAX (self->lane_h, 1));

  return self->axis_h + (row + 1) * self->lane_h - baseline_y;
}

/* A link ends where its item is drawn: its marker, or the badge of the cluster holding it;
 * outside the layout band (far off screen), at its date. */
static gboolean
item_point (DossierTimelineView *self, DossierTimelineItem *item, double *x, double *y)
{
  int index = tl_record_for_item (self, item);
  Record *r;

  if (index < 0 || !(r = tl_record (self, index))->shown)
    return FALSE;
  *x = r->unit >= 0
           ? tl_world_to_x (self, dossier_timeline_layout_get_unit (self->layout, r->unit)->x)
           : dossier_timeline_view_day_to_x (self, r->anchor);
  *y = tl_baseline_y (self, r->lane);
  return TRUE;
}

gboolean
tl_link_endpoints (DossierTimelineView *self, DossierTimelineLink *link, double *x0, double *y0,
                   double *x1, double *y1)
{
  return item_point (self, dossier_timeline_link_get_source (link), x0, y0)
         && item_point (self, dossier_timeline_link_get_target (link), x1, y1);
}

/* The status glyph at the middle of a link: a check (delivered), a half-filled disc (progressed),
 * two bars (continued), a triangle (changed) — so the status reads without colour. */
static void
draw_status_glyph (cairo_t *cr, DossierTimelineLinkStatus status, double x, double y,
                   const GdkRGBA *c, const GdkRGBA *bg)
{
  double r = 7.5;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, bg);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, c);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1.8);
  switch (status)
    {
    case DOSSIER_TIMELINE_LINK_DELIVERED:
      cairo_move_to (cr, x - 3.5, y + 0.2);
      cairo_line_to (cr, x - 1, y + 2.8);
      cairo_line_to (cr, x + 3.8, y - 2.8);
      cairo_stroke (cr);
      break;
    case DOSSIER_TIMELINE_LINK_PROGRESSED:
      cairo_move_to (cr, x, y - 4.5);
      cairo_arc (cr, x, y, 4.5, -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case DOSSIER_TIMELINE_LINK_CONTINUED:
      cairo_move_to (cr, x - 3.5, y - 1.8);
      cairo_line_to (cr, x + 3.5, y - 1.8);
      cairo_move_to (cr, x - 3.5, y + 1.8);
      cairo_line_to (cr, x + 3.5, y + 1.8);
      cairo_stroke (cr);
      break;
    case DOSSIER_TIMELINE_LINK_CHANGED:
    default:
      cairo_move_to (cr, x, y - 3.8);
      cairo_line_to (cr, x + 3.8, y + 3);
      cairo_line_to (cr, x - 3.8, y + 3);
      cairo_close_path (cr);
      cairo_stroke (cr);
      break;
    }
}

static void
bezier_point (const double c[8], double t, double *x, double *y)
{
  double u = 1 - t;

  *x = u * u * u * c[0] + 3 * u * u * t * c[2] + 3 * u * t * t * c[4] + t * t * t * c[6];
  *y = u * u * u * c[1] + 3 * u * u * t * c[3] + 3 * u * t * t * c[5] + t * t * t * c[7];
}

void
tl_draw_links (DossierTimelineView *self, GtkSnapshot *s, const Palette *p)
{
  guint n = self->links ? g_list_model_get_n_items (self->links) : 0;
  double clip_x = self->plot_x0 - TL_PLOT_LEFT_PAD / 2;
  graphene_rect_t area = GRAPHENE_RECT_INIT (clip_x, self->axis_h, self->width - clip_x,
                                             self->n_visible_lanes * self->lane_h);
  cairo_t *cr = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineLink) link = g_list_model_get_item (self->links, i);
      DossierTimelineLinkStatus status;
      double x0, y0, x1, y1, c[8], mx, my, tx, ty, angle;
      gboolean hover = link == self->hover_link;
      static const double dashes[4][4] = { { 0 }, { 7, 4 }, { 2, 4 }, { 9, 3, 2, 3 } };
      static const int n_dashes[4] = { 0, 2, 2, 4 };
      GdkRGBA col;

      if (!tl_link_endpoints (self, link, &x0, &y0, &x1, &y1))
        continue;
      if (MAX (x0, x1) < clip_x || MIN (x0, x1) > self->width)
        continue;
      if (cr == NULL)
        {
          cr = gtk_snapshot_append_cairo (s, &area);
          cairo_rectangle (cr, area.origin.x, area.origin.y, area.size.width, area.size.height);
          cairo_clip (cr);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        }
      status = MIN (dossier_timeline_link_get_status (link), DOSSIER_TIMELINE_LINK_CHANGED);
      col = p->status[status];
      tl_link_curve (x0, y0, x1, y1, tl_link_room (self, y0), c);

      cairo_new_path (cr);
      cairo_move_to (cr, c[0], c[1]);
      cairo_curve_to (cr, c[2], c[3], c[4], c[5], c[6], c[7]);
      cairo_set_dash (cr, dashes[status], n_dashes[status], 0);
      cairo_set_line_width (cr, hover ? 3.5 : 2);
      gdk_cairo_set_source_rgba (cr, &(GdkRGBA){ col.red, col.green, col.blue, hover ? 1 : 0.85 });
      cairo_stroke (cr);

      /* An arrowhead along the curve's last tangent. */
      angle = atan2 (c[7] - c[5], c[6] - c[4]);
      tx = c[6] - 2 * cos (angle);
      ty = c[7] - 2 * sin (angle);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_move_to (cr, tx, ty);
      cairo_line_to (cr, tx - 9 * cos (angle - 0.45), ty - 9 * sin (angle - 0.45));
      cairo_line_to (cr, tx - 9 * cos (angle + 0.45), ty - 9 * sin (angle + 0.45));
      cairo_close_path (cr);
      gdk_cairo_set_source_rgba (cr, &col);
      cairo_fill (cr);

      bezier_point (c, 0.5, &mx, &my);
      draw_status_glyph (cr, status, mx, my, &col, &p->bg);
    }
  if (cr)
    cairo_destroy (cr);
}

static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;
  double cx = ax + t * dx - px, cy = ay + t * dy - py;

  return sqrt (cx * cx + cy * cy);
}

/**
 * dossier_timeline_view_get_link_at:
 * @self: a view
 * @x: widget x
 * @y: widget y
 *
 * Returns: (transfer none) (nullable): the link whose curve passes within a few pixels
 */
DossierTimelineLink *
dossier_timeline_view_get_link_at (DossierTimelineView *self, double x, double y)
{
  guint n;
  DossierTimelineLink *best = NULL;
  double best_d = LINK_HIT_PX;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  if (self->links == NULL || y < self->axis_h)
    return NULL;
  tl_ensure_layout (self);
  n = g_list_model_get_n_items (self->links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineLink) link = g_list_model_get_item (self->links, i);
      double x0, y0, x1, y1, c[8], px, py;

      if (!tl_link_endpoints (self, link, &x0, &y0, &x1, &y1))
        continue;
      if (x < MIN (x0, x1) - LINK_HIT_PX || x > MAX (x0, x1) + LINK_HIT_PX)
        continue;
      tl_link_curve (x0, y0, x1, y1, tl_link_room (self, y0), c);
      px = c[0];
      py = c[1];
      for (int k = 1; k <= 32; k++)
        {
          double t = k / 32.0, u = 1 - t, qx, qy, d;

          qx = u * u * u * c[0] + 3 * u * u * t * c[2] + 3 * u * t * t * c[4] + t * t * t * c[6];
          qy = u * u * u * c[1] + 3 * u * u * t * c[3] + 3 * u * t * t * c[5] + t * t * t * c[7];
          d = segment_distance (x, y, px, py, qx, qy);
          if (d < best_d)
            {
              best_d = d;
              best = link;
            }
          px = qx;
          py = qy;
        }
    }
  /* The model holds the link; the caller borrows it. */
  return best;
}
