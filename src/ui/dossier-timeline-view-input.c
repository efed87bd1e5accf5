/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dossier-timeline-view-private.h"

/* Input: Ctrl+scroll and pinch zoom around the pointer, drag and scroll pan, clicks on items,
 * badges and links; keyboard actions bound to keys; focus moving between items; tooltips and
 * the accessible label that follows the focused item. */

#define KEY_ZOOM 1.6
#define SCROLL_ZOOM 1.15
#define DRAG_THRESHOLD 4.0

static int
lane_at_y (DossierTimelineView *self, double y)
{
  int row;

  if (y < self->axis_h || self->lane_h <= 0)
    return -1;
  row = (int) floor ((y - self->axis_h) / self->lane_h);
  for (guint l = 0; l < self->lane_row->len; l++)
    if (g_array_index (self->lane_row, int, l) == row)
      return (int) l;
  return -1;
}

/**
 * tl_unit_at:
 *
 * Returns: the layout unit whose marker, badge or label is under (@x, @y), or -1
 */
int
tl_unit_at (DossierTimelineView *self, double x, double y)
{
  guint n;
  int lane, best = -1;
  double best_d = G_MAXDOUBLE, half_h = self->line_h / 2 + 3;

  tl_ensure_layout (self);
  lane = lane_at_y (self, y);
  if (lane < 0 || x < self->plot_x0 - TL_PLOT_LEFT_PAD)
    return -1;
  n = dossier_timeline_layout_get_n_units (self->layout);
  for (guint i = 0; i < n; i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, i);
      double ux, base, d;

      if (u->lane != (guint) lane)
        continue;
      ux = tl_world_to_x (self, u->x);
      base = tl_baseline_y (self, u->lane);
      if (fabs (y - base) <= MAX (half_h, TL_MEETING_RADIUS + 3)
          && x >= tl_world_to_x (self, u->left) - 3 && x <= tl_world_to_x (self, u->right) + 3)
        {
          d = fabs (x - ux);
          if (d < best_d)
            {
              best_d = d;
              best = (int) i;
            }
        }
      else if (u->row >= 0)
        {
          double lx = tl_world_to_x (self, u->label_x), ly = tl_row_y (self, u->lane, u->row);

          if (x >= lx - TL_LABEL_PAD_X && x <= lx + u->label_width + TL_LABEL_PAD_X
              && fabs (y - ly) <= half_h && best < 0)
            {
              best = (int) i;
              best_d = G_MAXDOUBLE / 2;
            }
        }
    }
  return best;
}

/* Activation and focus */

void
tl_activate_item (DossierTimelineView *self, DossierTimelineItem *item)
{
  if (item == NULL)
    return;
  dossier_timeline_state_set_focused_item (self->state, item);
  dossier_timeline_state_set_selected_item (self->state, item);
  tl_emit_item_activated (self, item);
}

static gboolean
in_view (DossierTimelineView *self, Record *r)
{
  Span span = tl_target_span (self);

  return r->anchor >= span.start && r->anchor <= span.end;
}

/* Moves the focus @step items along the focus order (time, then lane). With @visible_only the
 * move stays within the span on screen (Tab), otherwise the view follows (arrow keys). */
static gboolean
move_focus (DossierTimelineView *self, int step, gboolean visible_only)
{
  DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
  int index = tl_record_for_item (self, focused);
  guint n = self->focus_order->len;
  int pos = -1;
  Record *r;

  tl_ensure_records (self);
  if (n == 0)
    return FALSE;
  if (index >= 0 && tl_record (self, index)->focus_pos != G_MAXUINT)
    pos = (int) tl_record (self, index)->focus_pos + step;
  else
    {
      /* Start from the first (or last) item on screen. */
      Span span = tl_target_span (self);

      pos = step > 0 ? 0 : (int) n - 1;
      for (guint k = 0; k < n; k++)
        {
          guint kk = step > 0 ? k : n - 1 - k;
          Record *c = tl_record (self, g_array_index (self->focus_order, guint, kk));

          if (c->anchor >= span.start && c->anchor <= span.end)
            {
              pos = (int) kk;
              break;
            }
        }
    }
  if (pos < 0 || pos >= (int) n)
    return FALSE;
  r = tl_record (self, g_array_index (self->focus_order, guint, pos));
  if (visible_only && !in_view (self, r))
    return FALSE;
  dossier_timeline_view_focus_item (self, r->item);
  return TRUE;
}

/* Up and Down go to the nearest item in time of the lane above or below. */
static void
move_focus_lane (DossierTimelineView *self, int step)
{
  DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
  int index = tl_record_for_item (self, focused);
  Span span = tl_target_span (self);
  double when = index >= 0 ? tl_record (self, index)->anchor : (span.start + span.end) / 2;
  int row = index >= 0 ? g_array_index (self->lane_row, int, tl_record (self, index)->lane) : -1;
  Record *best = NULL;

  tl_ensure_records (self);
  for (int target = row + step; target >= 0 && target < (int) self->n_visible_lanes && !best;
       target += step)
    for (guint k = 0; k < self->focus_order->len; k++)
      {
        Record *c = tl_record (self, g_array_index (self->focus_order, guint, k));

        if (g_array_index (self->lane_row, int, c->lane) != target)
          continue;
        if (best == NULL || fabs (c->anchor - when) < fabs (best->anchor - when))
          best = c;
      }
  if (best)
    {
      dossier_timeline_view_focus_item (self, best->item);
    }
}

static gboolean
dossier_timeline_view_focus (GtkWidget *widget, GtkDirectionType direction)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  if (!gtk_widget_is_focus (widget))
    {
      DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
      int index = tl_record_for_item (self, focused);

      gtk_widget_grab_focus (widget);
      tl_ensure_records (self);
      if (index < 0 || !tl_record (self, index)->shown || !in_view (self, tl_record (self, index)))
        {
          dossier_timeline_state_set_focused_item (self->state, NULL);
          move_focus (self, direction == GTK_DIR_TAB_BACKWARD || direction == GTK_DIR_LEFT ? -1 : 1,
                      FALSE);
        }
      return TRUE;
    }
  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      return move_focus (self, 1, TRUE);
    case GTK_DIR_TAB_BACKWARD:
      return move_focus (self, -1, TRUE);
    default:
      return FALSE;
    }
}

static void
dossier_timeline_view_focus_changed (DossierTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tl_update_accessible (DossierTimelineView *self)
{
  DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
  int index = tl_record_for_item (self, focused);

  if (index < 0 || self->records_dirty)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Timeline"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _ ("Events by date and source. Left and Right move between "
                                         "events, Enter opens one, plus and minus zoom."),
                                      -1);
      return;
    }
  {
    g_autofree char *label = tl_describe_item (self, focused, FALSE);
    g_autofree char *full = NULL;
    const char *sentence = dossier_timeline_item_get_tooltip (focused);
    Record *r = tl_record (self, index);

    full = r->focus_pos != G_MAXUINT ? g_strdup_printf (_ ("%s. Event %u of %u."), sentence ?: "",
                                                        r->focus_pos + 1, self->focus_order->len)
                                     : g_strdup (sentence ?: "");
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, full, -1);
  }
}

/* Actions */

static double
key_zoom_anchor (DossierTimelineView *self)
{
  DossierTimelineItem *focused = dossier_timeline_state_get_focused_item (self->state);
  double x;

  if (self->pointer_inside && self->pointer_x >= self->plot_x0 && self->pointer_x <= self->plot_x1)
    return self->pointer_x;
  if (focused && gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      x = dossier_timeline_view_day_to_x (self, dossier_timeline_item_get_anchor (focused));
      if (x >= self->plot_x0 && x <= self->plot_x1)
        return x;
    }
  return -1;
}

static void
zoom_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  gboolean in = g_str_equal (name, "timeline.zoom-in");

  dossier_timeline_view_zoom (self, in ? KEY_ZOOM : 1 / KEY_ZOOM, key_zoom_anchor (self), TRUE);
}

static void
fit_all_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_timeline_view_fit_all (DOSSIER_TIMELINE_VIEW (widget), TRUE);
}

static void
pan_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  Span span = tl_target_span (self);
  double days = g_variant_get_double (param) * (span.end - span.start);

  tl_animate_to (self, span.start + days, span.end + days, TRUE);
}

static void
focus_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  if (g_str_equal (name, "timeline.focus-next"))
    move_focus (self, 1, FALSE);
  else if (g_str_equal (name, "timeline.focus-previous"))
    move_focus (self, -1, FALSE);
  else if (g_str_equal (name, "timeline.focus-lane-up"))
    move_focus_lane (self, -1);
  else
    move_focus_lane (self, 1);
}

static void
activate_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  tl_activate_item (self, dossier_timeline_state_get_focused_item (self->state));
}

static void
unselect_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  dossier_timeline_state_set_selected_item (self->state, NULL);
}

/* Pointer */

static void
update_hover (DossierTimelineView *self)
{
  int unit = self->pointer_inside ? tl_unit_at (self, self->pointer_x, self->pointer_y) : -1;
  int record = -1;
  DossierTimelineLink *link = NULL;

  if (unit >= 0)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, unit);
      record = (int) g_array_index (self->input_records, guint,
                                    dossier_timeline_layout_get_member (self->layout, u, 0));
    }
  else if (self->pointer_inside)
    link = dossier_timeline_view_get_link_at (self, self->pointer_x, self->pointer_y);

  if (!self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), unit >= 0 || link ? "pointer" : NULL);
  if (record != self->hover_record || link != self->hover_link)
    {
      self->hover_record = record;
      self->hover_link = link;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_motion (GtkEventControllerMotion *controller, double x, double y, DossierTimelineView *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  update_hover (self);
}

static void
on_leave (GtkEventControllerMotion *controller, DossierTimelineView *self)
{
  self->pointer_inside = FALSE;
  update_hover (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, DossierTimelineView *self)
{
  GdkModifierType mods
      = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  Span span = { dossier_timeline_state_get_start (self->state),
                dossier_timeline_state_get_end (self->state) };
  double ppd = tl_ppd (self);

  if (mods & GDK_CONTROL_MASK)
    {
      /* Touchpads report pixels: about 20 of them make one wheel notch. */
      double steps = wheel ? dy : dy / 20;

      dossier_timeline_view_zoom (self, pow (SCROLL_ZOOM, -steps),
                                  self->pointer_inside ? self->pointer_x : -1, FALSE);
      return TRUE;
    }
  {
    double px = (dx + dy) * (wheel ? 0.1 * (self->plot_x1 - self->plot_x0) : 1);

    if (dossier_timeline_view_is_animating (self))
      span = tl_target_span (self);
    tl_animate_to (self, span.start + px / ppd, span.end + px / ppd, FALSE);
  }
  return TRUE;
}

static void
on_pinch_begin (GtkGesture *gesture, GdkEventSequence *sequence, DossierTimelineView *self)
{
  double x, y;

  self->pinch_begin.start = dossier_timeline_state_get_start (self->state);
  self->pinch_begin.end = dossier_timeline_state_get_end (self->state);
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = (self->plot_x0 + self->plot_x1) / 2;
  self->pinch_anchor_day = dossier_timeline_view_x_to_day (self, x);
}

static void
on_pinch_scale (GtkGestureZoom *gesture, double scale, DossierTimelineView *self)
{
  double span = self->pinch_begin.end - self->pinch_begin.start;
  double frac = (self->pinch_anchor_day - self->pinch_begin.start) / span;
  double new_span
      = CLAMP (span / MAX (scale, 1e-3), DOSSIER_TIMELINE_MIN_SPAN, DOSSIER_TIMELINE_MAX_SPAN);

  tl_animate_to (self, self->pinch_anchor_day - frac * new_span,
                 self->pinch_anchor_day + (1 - frac) * new_span, FALSE);
}

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, DossierTimelineView *self)
{
  /* Stop an animation where it is: the drag starts from what is on screen. */
  tl_animate_to (self, dossier_timeline_state_get_start (self->state),
                 dossier_timeline_state_get_end (self->state), FALSE);
  self->drag_start_day = dossier_timeline_state_get_start (self->state);
  self->drag_ppd = tl_ppd (self);
  self->dragging = FALSE;
  if (gtk_widget_get_focusable (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_drag_update (GtkGestureDrag *gesture, double ox, double oy, DossierTimelineView *self)
{
  double span = dossier_timeline_state_get_span (self->state);

  if (!self->dragging && fabs (ox) < DRAG_THRESHOLD && fabs (oy) < DRAG_THRESHOLD)
    return;
  if (!self->dragging)
    {
      self->dragging = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  dossier_timeline_state_set_span (self->state, self->drag_start_day - ox / self->drag_ppd,
                                   self->drag_start_day - ox / self->drag_ppd + span);
}

static void
click_at (DossierTimelineView *self, double x, double y)
{
  int unit = tl_unit_at (self, x, y);
  DossierTimelineLink *link;

  if (unit >= 0)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, unit);

      if (u->n_items == 1)
        {
          tl_activate_item (
              self, tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, 0))
                        ->item);
          return;
        }
      /* A cluster opens up: zoom to its members. */
      {
        double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, pad;

        for (guint i = 0; i < u->n_items; i++)
          {
            Record *r
                = tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, i));
            lo = MIN (lo, r->start);
            hi = MAX (hi, r->end);
          }
        pad = MAX ((hi - lo) * 0.25, DOSSIER_TIMELINE_MIN_SPAN);
        tl_animate_to (self, lo - pad, hi + pad * 2, TRUE);
      }
      return;
    }
  link = dossier_timeline_view_get_link_at (self, x, y);
  if (link)
    {
      tl_emit_link_activated (self, link);
      return;
    }
  dossier_timeline_state_set_selected_item (self->state, NULL);
}

static void
on_drag_end (GtkGestureDrag *gesture, double ox, double oy, DossierTimelineView *self)
{
  double x, y;

  if (!self->dragging && gtk_gesture_drag_get_start_point (gesture, &x, &y))
    click_at (self, x + ox, y + oy);
  self->dragging = FALSE;
  update_hover (self);
}

/* Tooltips */

static gboolean
dossier_timeline_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                                     GtkTooltip *tooltip)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  DossierTimelineItem *item = NULL;
  DossierTimelineLink *link;
  int unit = -1;

  if (keyboard)
    item = dossier_timeline_state_get_focused_item (self->state);
  else if ((unit = tl_unit_at (self, x, y)) >= 0)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (self->layout, unit);
      double base = tl_baseline_y (self, u->lane);

      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ (int) tl_world_to_x (self, u->left) - 3,
                                                          (int) (base - self->line_h),
                                                          (int) (u->right - u->left) + 6,
                                                          (int) (2 * self->line_h) });
      if (u->n_items == 1)
        item
            = tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, 0))->item;
      else
        {
          GString *s = g_string_new (NULL);
          Record *first
              = tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, 0));
          Record *last = tl_input_record (
              self, dossier_timeline_layout_get_member (self->layout, u, u->n_items - 1));
          g_autofree char *range = dossier_time_scale_format_range (
              first->start, MAX (last->end, first->end), DOSSIER_TIME_PRECISION_DAY);
          guint shown = MIN (u->n_items, 6);

          g_string_append_printf (s, "<b>%s</b>\n", range);
          g_string_append_printf (s, ngettext ("%u event", "%u events", u->n_items), u->n_items);
          for (guint i = 0; i < shown; i++)
            {
              Record *r
                  = tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, i));
              g_autofree char *line
                  = g_markup_escape_text (dossier_timeline_item_get_label (r->item) ?: "", -1);

              g_string_append_printf (s, "\n• %s", line);
            }
          if (u->n_items > shown)
            g_string_append_printf (s, "\n%s", _ ("…and more. Click to zoom in."));
          else
            g_string_append_printf (s, "\n%s", _ ("Click to zoom in."));
          gtk_tooltip_set_markup (tooltip, s->str);
          g_string_free (s, TRUE);
          return TRUE;
        }
    }
  else if ((link = dossier_timeline_view_get_link_at (self, x, y)) != NULL)
    {
      const char *text = dossier_timeline_link_get_tooltip (link);
      g_autofree char *markup = g_markup_printf_escaped (
          "<b>%s</b>%s%s",
          dossier_timeline_link_status_to_string (dossier_timeline_link_get_status (link)),
          text ? "\n" : "", text ?: "");

      gtk_tooltip_set_markup (tooltip, markup);
      return TRUE;
    }

  if (item == NULL)
    return FALSE;
  {
    g_autofree char *head = tl_describe_item (self, item, FALSE);
    const char *sentence = dossier_timeline_item_get_tooltip (item);
    g_autofree char *markup = NULL;

    if (sentence && *sentence)
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s", head, sentence);
    else
      markup = g_markup_printf_escaped ("<b>%s</b>", head);
    gtk_tooltip_set_markup (tooltip, markup);
  }
  return TRUE;
}

void
tl_input_class_init (GtkWidgetClass *widget_class)
{
  widget_class->focus = dossier_timeline_view_focus;
  widget_class->query_tooltip = dossier_timeline_view_query_tooltip;

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit-all", NULL, fit_all_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan", "d", pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.focus-next", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "timeline.focus-previous", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "timeline.focus-lane-up", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "timeline.focus-lane-down", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.unselect", NULL, unselect_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.fit-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "timeline.fit-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "timeline.pan",
                                       "d", -0.2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK,
                                       "timeline.pan", "d", 0.2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "timeline.pan", "d", -0.8);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "timeline.pan", "d",
                                       0.8);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.focus-previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.focus-previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.focus-next",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "timeline.focus-lane-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "timeline.focus-lane-down",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.unselect", NULL);
}

void
tl_input_init (DossierTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll
      = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (dossier_timeline_view_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (dossier_timeline_view_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}
