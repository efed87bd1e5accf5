/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "dossier-timeline-view-private.h"

/* The visible span: fitting, zooming around an anchor, bringing an item into view, and the
 * eased animation between spans. The state holds the span on screen; an animation moves it
 * frame by frame, and further zoom steps compound on the animation's target. */

#define ANIMATION_MS 260

/* Animation */

static gboolean
animations_enabled (DossierTimelineView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static double
ease_out_cubic (double t)
{
  double u = 1 - t;

  return 1 - u * u * u;
}

static gboolean
animation_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  double t
      = (double) (gdk_frame_clock_get_frame_time (clock) - self->anim_t0) / self->anim_duration;
  double e, span0, span1, span, mid;

  if (t >= 1)
    {
      self->tick_id = 0;
      dossier_timeline_state_set_span (self->state, self->anim_to.start, self->anim_to.end);
      return G_SOURCE_REMOVE;
    }
  e = ease_out_cubic (CLAMP (t, 0, 1));
  /* Zoom evenly: interpolate the span geometrically and its middle linearly. */
  span0 = self->anim_from.end - self->anim_from.start;
  span1 = self->anim_to.end - self->anim_to.start;
  span = exp (log (span0) + (log (span1) - log (span0)) * e);
  mid = (self->anim_from.start + self->anim_from.end) / 2 * (1 - e)
        + (self->anim_to.start + self->anim_to.end) / 2 * e;
  dossier_timeline_state_set_span (self->state, mid - span / 2, mid + span / 2);
  return G_SOURCE_CONTINUE;
}

void
tl_stop_animation (DossierTimelineView *self)
{
  if (self->tick_id)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

Span
tl_target_span (DossierTimelineView *self)
{
  if (self->tick_id)
    return self->anim_to;
  return (Span){ dossier_timeline_state_get_start (self->state),
                 dossier_timeline_state_get_end (self->state) };
}

void
tl_animate_to (DossierTimelineView *self, double start, double end, gboolean animate)
{
  GdkFrameClock *clock;

  if (!(end > start))
    return;
  if (!animate || !animations_enabled (self))
    {
      tl_stop_animation (self);
      dossier_timeline_state_set_span (self->state, start, end);
      return;
    }
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  self->anim_from.start = dossier_timeline_state_get_start (self->state);
  self->anim_from.end = dossier_timeline_state_get_end (self->state);
  self->anim_to.start = start;
  self->anim_to.end = end;
  self->anim_t0 = clock ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();
  self->anim_duration = ANIMATION_MS * 1000;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick, NULL, NULL);
}

/* Brings @item into view if it is outside the middle of the plot, keeping the zoom. */
void
tl_reveal_item (DossierTimelineView *self, DossierTimelineItem *item)
{
  Span target = tl_target_span (self);
  double span = target.end - target.start;
  double anchor = dossier_timeline_item_get_anchor (item);
  double ppd = (self->plot_x1 - self->plot_x0) / span;
  /* Leave room for the label on the right. */
  double right_room = MIN (TL_MAX_LABEL + 24, (self->plot_x1 - self->plot_x0) * 0.4) / ppd;
  double left_room = 24 / ppd;

  if (anchor >= target.start + left_room && anchor <= target.end - right_room)
    return;
  tl_animate_to (self, anchor - span * 0.3, anchor + span * 0.7, TRUE);
}

/**
 * dossier_timeline_view_fit_all:
 * @self: a view
 * @animate: whether to animate the change
 *
 * Shows every item that passes the filters, with room for the last one's label.
 */
void
dossier_timeline_view_fit_all (DossierTimelineView *self, gboolean animate)
{
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, plot_w, pad_l, pad_r, ppd, range;
  Record *last = NULL;

  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  tl_ensure_records (self);
  for (guint i = 0; i < self->records->len; i++)
    {
      Record *r = tl_record (self, i);

      if (!r->shown)
        continue;
      lo = MIN (lo, r->start);
      hi = MAX (hi, r->end);
      if (last == NULL || r->anchor > last->anchor)
        last = r;
    }
  if (last == NULL)
    {
      double today = dossier_time_scale_today ();
      tl_animate_to (self, today - 180, today + 180, animate);
      return;
    }

  plot_w = MAX (self->plot_x1 - self->plot_x0, 100);
  pad_l = 2 * TL_MEETING_RADIUS + 8;
  /* The last item's label runs right of its marker: keep it inside the plot. */
  pad_r = TL_MEETING_RADIUS + TL_LABEL_PAD_X
          + MIN (tl_record_label_width (self, last), TL_MAX_LABEL) + 8;
  pad_r = MIN (pad_r, plot_w * 0.35);
  range = MAX (hi - lo, 1);
  ppd = (plot_w - pad_l - pad_r) / range;
  if (range < 14)
    {
      /* One meeting or a few days: show a month around them rather than a day per screen. */
      double mid = (lo + hi) / 2;
      tl_animate_to (self, mid - 15, mid + 15, animate);
      return;
    }
  tl_animate_to (self, lo - pad_l / ppd, lo - pad_l / ppd + plot_w / ppd, animate);
}

/**
 * dossier_timeline_view_zoom:
 * @self: a view
 * @factor: magnification: above 1 zooms in
 * @anchor_x: the x (widget coordinates) that keeps its date, or a negative value for the
 *   middle of the plot
 * @animate: whether to animate
 */
void
dossier_timeline_view_zoom (DossierTimelineView *self, double factor, double anchor_x,
                            gboolean animate)
{
  Span target;
  double span, new_span, frac, anchor;

  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  target = tl_target_span (self);
  span = target.end - target.start;
  if (anchor_x < 0)
    anchor_x = (self->plot_x0 + self->plot_x1) / 2;
  frac = CLAMP ((anchor_x - self->plot_x0) / MAX (self->plot_x1 - self->plot_x0, 1), 0, 1);
  anchor = target.start + frac * span;
  new_span = CLAMP (span / factor, DOSSIER_TIMELINE_MIN_SPAN, DOSSIER_TIMELINE_MAX_SPAN);
  tl_animate_to (self, anchor - frac * new_span, anchor + (1 - frac) * new_span, animate);
}

/**
 * dossier_timeline_view_show_range:
 * @self: a view
 * @start: the first day to show
 * @end: the last day to show
 * @animate: whether to animate
 */
void
dossier_timeline_view_show_range (DossierTimelineView *self, double start, double end,
                                  gboolean animate)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  self->fitted = TRUE;
  tl_animate_to (self, start, end, animate);
}

/**
 * dossier_timeline_view_is_animating:
 * @self: a view
 *
 * Returns: whether a span animation is running
 */
gboolean
dossier_timeline_view_is_animating (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), FALSE);
  return self->tick_id != 0;
}

/**
 * dossier_timeline_view_day_to_x:
 * @self: a view
 * @day: a day number
 *
 * Returns: the x of @day in widget coordinates, for the span on screen
 */
double
dossier_timeline_view_day_to_x (DossierTimelineView *self, double day)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), 0);
  return self->plot_x0 + (day - dossier_timeline_state_get_start (self->state)) * tl_ppd (self);
}

/**
 * dossier_timeline_view_x_to_day:
 * @self: a view
 * @x: an x in widget coordinates
 *
 * Returns: the day number under @x
 */
double
dossier_timeline_view_x_to_day (DossierTimelineView *self, double x)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), 0);
  return dossier_timeline_state_get_start (self->state) + (x - self->plot_x0) / tl_ppd (self);
}
