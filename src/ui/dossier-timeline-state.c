/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "dossier-timeline-state.h"

/* What the timeline shows, apart from the items themselves: the visible span, the selected and
 * focused items and the past/planned filters. Widgets observe it through notify, so an overview
 * strip, a date label or an exporter can follow the same view without knowing the widget. The
 * span is the one on screen: the view animates it frame by frame. */

struct _DossierTimelineState
{
  GObject parent_instance;

  double start;
  double end;
  double today;
  DossierTimelineItem *selected_item;
  DossierTimelineItem *focused_item;
  guint show_past : 1;
  guint show_planned : 1;
};

G_DEFINE_FINAL_TYPE (DossierTimelineState, dossier_timeline_state, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_SPAN,
  PROP_SELECTED_ITEM,
  PROP_FOCUSED_ITEM,
  PROP_SHOW_PAST,
  PROP_SHOW_PLANNED,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_timeline_state_dispose (GObject *object)
{
  DossierTimelineState *self = DOSSIER_TIMELINE_STATE (object);

  g_clear_object (&self->selected_item);
  g_clear_object (&self->focused_item);
  G_OBJECT_CLASS (dossier_timeline_state_parent_class)->dispose (object);
}

static void
dossier_timeline_state_get_property (GObject *object, guint prop_id, GValue *value,
                                     GParamSpec *pspec)
{
  DossierTimelineState *self = DOSSIER_TIMELINE_STATE (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_double (value, self->start);
      break;
    case PROP_END:
      g_value_set_double (value, self->end);
      break;
    case PROP_SPAN:
      g_value_set_double (value, self->end - self->start);
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected_item);
      break;
    case PROP_FOCUSED_ITEM:
      g_value_set_object (value, self->focused_item);
      break;
    case PROP_SHOW_PAST:
      g_value_set_boolean (value, self->show_past);
      break;
    case PROP_SHOW_PLANNED:
      g_value_set_boolean (value, self->show_planned);
      break;
    case PROP_TODAY:
      g_value_set_double (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_state_set_property (GObject *object, guint prop_id, const GValue *value,
                                     GParamSpec *pspec)
{
  DossierTimelineState *self = DOSSIER_TIMELINE_STATE (object);

  switch (prop_id)
    {
    case PROP_START:
      dossier_timeline_state_set_span (self, g_value_get_double (value),
                                       g_value_get_double (value) + (self->end - self->start));
      break;
    case PROP_END:
      dossier_timeline_state_set_span (self, self->start, g_value_get_double (value));
      break;
    case PROP_SELECTED_ITEM:
      dossier_timeline_state_set_selected_item (self, g_value_get_object (value));
      break;
    case PROP_FOCUSED_ITEM:
      dossier_timeline_state_set_focused_item (self, g_value_get_object (value));
      break;
    case PROP_SHOW_PAST:
      dossier_timeline_state_set_show_past (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_PLANNED:
      dossier_timeline_state_set_show_planned (self, g_value_get_boolean (value));
      break;
    case PROP_TODAY:
      dossier_timeline_state_set_today (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_state_class_init (DossierTimelineStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dossier_timeline_state_dispose;
  object_class->get_property = dossier_timeline_state_get_property;
  object_class->set_property = dossier_timeline_state_set_property;

  properties[PROP_START]
      = g_param_spec_double ("start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_END]
      = g_param_spec_double ("end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 365, flags);
  properties[PROP_SPAN] = g_param_spec_double ("span", NULL, NULL, 0, G_MAXDOUBLE, 365,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM]
      = g_param_spec_object ("selected-item", NULL, NULL, DOSSIER_TYPE_TIMELINE_ITEM, flags);
  properties[PROP_FOCUSED_ITEM]
      = g_param_spec_object ("focused-item", NULL, NULL, DOSSIER_TYPE_TIMELINE_ITEM, flags);
  properties[PROP_SHOW_PAST] = g_param_spec_boolean ("show-past", NULL, NULL, TRUE, flags);
  properties[PROP_SHOW_PLANNED] = g_param_spec_boolean ("show-planned", NULL, NULL, TRUE, flags);
  /* NAN hides the today marker (screenshots and tests pin it). */
  properties[PROP_TODAY]
      = g_param_spec_double ("today", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_timeline_state_init (DossierTimelineState *self)
{
  self->today = dossier_time_scale_today ();
  self->start = floor (self->today) - 365;
  self->end = floor (self->today) + 30;
  self->show_past = TRUE;
  self->show_planned = TRUE;
}

DossierTimelineState *
dossier_timeline_state_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_STATE, NULL);
}

double
dossier_timeline_state_get_start (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), 0);
  return self->start;
}

double
dossier_timeline_state_get_end (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), 0);
  return self->end;
}

double
dossier_timeline_state_get_span (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), 0);
  return self->end - self->start;
}

/**
 * dossier_timeline_state_set_span:
 * @self: a state
 * @start: the first visible day
 * @end: the last visible day
 *
 * Shows [@start, @end]; a span outside DOSSIER_TIMELINE_MIN_SPAN … DOSSIER_TIMELINE_MAX_SPAN is
 * clamped around its middle.
 */
void
dossier_timeline_state_set_span (DossierTimelineState *self, double start, double end)
{
  double span, mid;
  gboolean start_changed, end_changed;

  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  g_return_if_fail (isfinite (start) && isfinite (end));

  span = CLAMP (end - start, DOSSIER_TIMELINE_MIN_SPAN, DOSSIER_TIMELINE_MAX_SPAN);
  if (span != end - start)
    {
      mid = (start + end) / 2;
      start = mid - span / 2;
      end = mid + span / 2;
    }
  start_changed = start != self->start;
  end_changed = end != self->end;
  if (!start_changed && !end_changed)
    return;

  self->start = start;
  self->end = end;
  g_object_freeze_notify (G_OBJECT (self));
  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dossier_timeline_state_zoom:
 * @self: a state
 * @factor: how much to magnify: 2 shows half the span, 0.5 twice the span
 * @anchor: the day that keeps its place on screen (under the pointer)
 */
void
dossier_timeline_state_zoom (DossierTimelineState *self, double factor, double anchor)
{
  double span, new_span, frac;

  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  g_return_if_fail (factor > 0);

  span = self->end - self->start;
  new_span = CLAMP (span / factor, DOSSIER_TIMELINE_MIN_SPAN, DOSSIER_TIMELINE_MAX_SPAN);
  frac = span > 0 ? (anchor - self->start) / span : 0.5;
  dossier_timeline_state_set_span (self, anchor - frac * new_span,
                                   anchor - frac * new_span + new_span);
}

/**
 * dossier_timeline_state_pan:
 * @self: a state
 * @days: how far to move the span; positive moves later in time
 */
void
dossier_timeline_state_pan (DossierTimelineState *self, double days)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  dossier_timeline_state_set_span (self, self->start + days, self->end + days);
}

/**
 * dossier_timeline_state_get_selected_item:
 * @self: a state
 *
 * Returns: (transfer none) (nullable): the selected item
 */
DossierTimelineItem *
dossier_timeline_state_get_selected_item (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), NULL);
  return self->selected_item;
}

void
dossier_timeline_state_set_selected_item (DossierTimelineState *self, DossierTimelineItem *item)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  g_return_if_fail (item == NULL || DOSSIER_IS_TIMELINE_ITEM (item));
  if (g_set_object (&self->selected_item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/**
 * dossier_timeline_state_get_focused_item:
 * @self: a state
 *
 * Returns: (transfer none) (nullable): the item the keyboard is on
 */
DossierTimelineItem *
dossier_timeline_state_get_focused_item (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), NULL);
  return self->focused_item;
}

void
dossier_timeline_state_set_focused_item (DossierTimelineState *self, DossierTimelineItem *item)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  g_return_if_fail (item == NULL || DOSSIER_IS_TIMELINE_ITEM (item));
  if (g_set_object (&self->focused_item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_ITEM]);
}

gboolean
dossier_timeline_state_get_show_past (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), FALSE);
  return self->show_past;
}

/**
 * dossier_timeline_state_set_show_past:
 * @self: a state
 * @show_past: whether items that are not planned are shown
 */
void
dossier_timeline_state_set_show_past (DossierTimelineState *self, gboolean show_past)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  show_past = !!show_past;
  if (self->show_past == (guint) show_past)
    return;
  self->show_past = show_past;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PAST]);
}

gboolean
dossier_timeline_state_get_show_planned (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), FALSE);
  return self->show_planned;
}

/**
 * dossier_timeline_state_set_show_planned:
 * @self: a state
 * @show_planned: whether planned items (announced for later) are shown
 */
void
dossier_timeline_state_set_show_planned (DossierTimelineState *self, gboolean show_planned)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  show_planned = !!show_planned;
  if (self->show_planned == (guint) show_planned)
    return;
  self->show_planned = show_planned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PLANNED]);
}

/**
 * dossier_timeline_state_item_passes_filter:
 * @self: a state
 * @item: an item
 *
 * Returns: whether the past/planned filters let @item through (lanes filter separately)
 */
gboolean
dossier_timeline_state_item_passes_filter (DossierTimelineState *self, DossierTimelineItem *item)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), FALSE);
  return dossier_timeline_item_get_planned (item) ? self->show_planned : self->show_past;
}

/**
 * dossier_timeline_state_get_today:
 * @self: a state
 *
 * Returns: the day of the today marker, NAN when hidden
 */
double
dossier_timeline_state_get_today (DossierTimelineState *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_STATE (self), NAN);
  return self->today;
}

void
dossier_timeline_state_set_today (DossierTimelineState *self, double today)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_STATE (self));
  if (self->today == today || (isnan (self->today) && isnan (today)))
    return;
  self->today = today;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}
