/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "dossier-timeline-item.h"

/* One thing on the timeline, independent of where it came from: the lead maps analysis events
 * to items and back through the id or the payload, so the widget never depends on the event
 * API. Items are mutable with notifications, so filters (dimming) restyle without a reload. */

struct _DossierTimelineItem
{
  GObject parent_instance;

  double start;
  double end;
  DossierTimePrecision precision;
  guint lane;
  char *label;
  char *tooltip;
  char *id;
  GObject *payload;
  DossierTimelineItemKind kind;
  guint planned : 1;
  guint dimmed : 1;
};

G_DEFINE_FINAL_TYPE (DossierTimelineItem, dossier_timeline_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (DossierTimelineItemKind, dossier_timeline_item_kind,
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_ITEM_STATEMENT, "statement"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_ITEM_MEETING, "meeting"))

enum
{
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_PRECISION,
  PROP_LANE,
  PROP_LABEL,
  PROP_TOOLTIP,
  PROP_PLANNED,
  PROP_KIND,
  PROP_DIMMED,
  PROP_ID,
  PROP_PAYLOAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_timeline_item_finalize (GObject *object)
{
  DossierTimelineItem *self = DOSSIER_TIMELINE_ITEM (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->payload);
  G_OBJECT_CLASS (dossier_timeline_item_parent_class)->finalize (object);
}

static void
dossier_timeline_item_get_property (GObject *object, guint prop_id, GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineItem *self = DOSSIER_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_double (value, self->start);
      break;
    case PROP_END:
      g_value_set_double (value, self->end);
      break;
    case PROP_PRECISION:
      g_value_set_enum (value, self->precision);
      break;
    case PROP_LANE:
      g_value_set_uint (value, self->lane);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_TOOLTIP:
      g_value_set_string (value, self->tooltip);
      break;
    case PROP_PLANNED:
      g_value_set_boolean (value, self->planned);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DIMMED:
      g_value_set_boolean (value, self->dimmed);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PAYLOAD:
      g_value_set_object (value, self->payload);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_item_set_property (GObject *object, guint prop_id, const GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineItem *self = DOSSIER_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_START:
      dossier_timeline_item_set_range (self, g_value_get_double (value),
                                       MAX (self->end, g_value_get_double (value)));
      break;
    case PROP_END:
      dossier_timeline_item_set_range (self, self->start, g_value_get_double (value));
      break;
    case PROP_PRECISION:
      dossier_timeline_item_set_precision (self, g_value_get_enum (value));
      break;
    case PROP_LANE:
      dossier_timeline_item_set_lane (self, g_value_get_uint (value));
      break;
    case PROP_LABEL:
      dossier_timeline_item_set_label (self, g_value_get_string (value));
      break;
    case PROP_TOOLTIP:
      dossier_timeline_item_set_tooltip (self, g_value_get_string (value));
      break;
    case PROP_PLANNED:
      dossier_timeline_item_set_planned (self, g_value_get_boolean (value));
      break;
    case PROP_KIND:
      dossier_timeline_item_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DIMMED:
      dossier_timeline_item_set_dimmed (self, g_value_get_boolean (value));
      break;
    case PROP_ID:
      dossier_timeline_item_set_id (self, g_value_get_string (value));
      break;
    case PROP_PAYLOAD:
      dossier_timeline_item_set_payload (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_item_class_init (DossierTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_timeline_item_finalize;
  object_class->get_property = dossier_timeline_item_get_property;
  object_class->set_property = dossier_timeline_item_set_property;

  properties[PROP_START]
      = g_param_spec_double ("start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_END]
      = g_param_spec_double ("end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 1, flags);
  properties[PROP_PRECISION] = g_param_spec_enum (
      "precision", NULL, NULL, DOSSIER_TYPE_TIME_PRECISION, DOSSIER_TIME_PRECISION_DAY, flags);
  properties[PROP_LANE] = g_param_spec_uint ("lane", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_TOOLTIP] = g_param_spec_string ("tooltip", NULL, NULL, NULL, flags);
  properties[PROP_PLANNED] = g_param_spec_boolean ("planned", NULL, NULL, FALSE, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, DOSSIER_TYPE_TIMELINE_ITEM_KIND,
                                             DOSSIER_TIMELINE_ITEM_STATEMENT, flags);
  properties[PROP_DIMMED] = g_param_spec_boolean ("dimmed", NULL, NULL, FALSE, flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_PAYLOAD] = g_param_spec_object ("payload", NULL, NULL, G_TYPE_OBJECT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_timeline_item_init (DossierTimelineItem *self)
{
  self->end = 1;
}

/**
 * dossier_timeline_item_new:
 * @start: the first day (a day number, see dossier_time_scale_day_from_ymd())
 * @precision: whether the date names a day, a month or a year; the item spans that period
 * @lane: the index of its lane
 * @label: (nullable): the short text drawn next to the marker
 *
 * Returns: (transfer full): a new item spanning the day, month or year that starts at @start
 */
DossierTimelineItem *
dossier_timeline_item_new (double start, DossierTimePrecision precision, guint lane,
                           const char *label)
{
  DossierTimelineItem *self = g_object_new (DOSSIER_TYPE_TIMELINE_ITEM, NULL);

  self->start = start;
  self->end = dossier_time_scale_period_end (start, precision);
  self->precision = precision;
  self->lane = lane;
  self->label = g_strdup (label);
  return self;
}

double
dossier_timeline_item_get_start (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), 0);
  return self->start;
}

double
dossier_timeline_item_get_end (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), 0);
  return self->end;
}

/**
 * dossier_timeline_item_set_range:
 * @self: an item
 * @start: the first day
 * @end: the exclusive end; at least @start
 *
 * Sets the period the item covers, for ranges ("30–31 October") or imprecise dates.
 */
void
dossier_timeline_item_set_range (DossierTimelineItem *self, double start, double end)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  g_return_if_fail (!isnan (start) && !isnan (end));

  end = MAX (end, start);
  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dossier_timeline_item_get_anchor:
 * @self: an item
 *
 * Returns: where the marker sits: the middle of the item's period
 */
double
dossier_timeline_item_get_anchor (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), 0);
  return (self->start + self->end) / 2;
}

DossierTimePrecision
dossier_timeline_item_get_precision (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), DOSSIER_TIME_PRECISION_DAY);
  return self->precision;
}

void
dossier_timeline_item_set_precision (DossierTimelineItem *self, DossierTimePrecision precision)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  if (self->precision == precision)
    return;
  self->precision = precision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION]);
}

guint
dossier_timeline_item_get_lane (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), 0);
  return self->lane;
}

void
dossier_timeline_item_set_lane (DossierTimelineItem *self, guint lane)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  if (self->lane == lane)
    return;
  self->lane = lane;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE]);
}

static void
set_string (DossierTimelineItem *self, char **field, const char *value, guint prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
dossier_timeline_item_get_label (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), NULL);
  return self->label;
}

void
dossier_timeline_item_set_label (DossierTimelineItem *self, const char *label)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  set_string (self, &self->label, label, PROP_LABEL);
}

/**
 * dossier_timeline_item_get_tooltip:
 * @self: an item
 *
 * Returns: (nullable): the full text shown on hover (the whole sentence)
 */
const char *
dossier_timeline_item_get_tooltip (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), NULL);
  return self->tooltip;
}

void
dossier_timeline_item_set_tooltip (DossierTimelineItem *self, const char *tooltip)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  set_string (self, &self->tooltip, tooltip, PROP_TOOLTIP);
}

gboolean
dossier_timeline_item_get_planned (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), FALSE);
  return self->planned;
}

void
dossier_timeline_item_set_planned (DossierTimelineItem *self, gboolean planned)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  planned = !!planned;
  if (self->planned == (guint) planned)
    return;
  self->planned = planned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED]);
}

DossierTimelineItemKind
dossier_timeline_item_get_kind (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), DOSSIER_TIMELINE_ITEM_STATEMENT);
  return self->kind;
}

void
dossier_timeline_item_set_kind (DossierTimelineItem *self, DossierTimelineItemKind kind)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gboolean
dossier_timeline_item_get_dimmed (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), FALSE);
  return self->dimmed;
}

/**
 * dossier_timeline_item_set_dimmed:
 * @self: an item
 * @dimmed: whether a filter (an entity selected elsewhere) leaves this item out
 *
 * Dimmed items stay in place, drawn faded, so the shape of the timeline does not jump while
 * the analyst narrows the view.
 */
void
dossier_timeline_item_set_dimmed (DossierTimelineItem *self, gboolean dimmed)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  dimmed = !!dimmed;
  if (self->dimmed == (guint) dimmed)
    return;
  self->dimmed = dimmed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMMED]);
}

/**
 * dossier_timeline_item_get_id:
 * @self: an item
 *
 * Returns: (nullable): the caller's identifier, e.g. the event id of the analysis contract
 */
const char *
dossier_timeline_item_get_id (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), NULL);
  return self->id;
}

void
dossier_timeline_item_set_id (DossierTimelineItem *self, const char *id)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  set_string (self, &self->id, id, PROP_ID);
}

/**
 * dossier_timeline_item_get_payload:
 * @self: an item
 *
 * Returns: (transfer none) (nullable): the caller's object behind this item (an event)
 */
GObject *
dossier_timeline_item_get_payload (DossierTimelineItem *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (self), NULL);
  return self->payload;
}

void
dossier_timeline_item_set_payload (DossierTimelineItem *self, GObject *payload)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_ITEM (self));
  if (g_set_object (&self->payload, payload))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYLOAD]);
}
