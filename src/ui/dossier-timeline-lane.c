/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-timeline-lane.h"

/* A horizontal band of the timeline, one per source (a document or a meeting). Items refer to
 * lanes by position in the view's lane model; hiding a lane is a filter, not a removal, so item
 * lane indices stay valid. */

struct _DossierTimelineLane
{
  GObject parent_instance;

  char *title;
  char *subtitle;
  gboolean visible;
};

G_DEFINE_FINAL_TYPE (DossierTimelineLane, dossier_timeline_lane, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_timeline_lane_finalize (GObject *object)
{
  DossierTimelineLane *self = DOSSIER_TIMELINE_LANE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  G_OBJECT_CLASS (dossier_timeline_lane_parent_class)->finalize (object);
}

static void
dossier_timeline_lane_get_property (GObject *object, guint prop_id, GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineLane *self = DOSSIER_TIMELINE_LANE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_VISIBLE:
      g_value_set_boolean (value, self->visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_lane_set_property (GObject *object, guint prop_id, const GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineLane *self = DOSSIER_TIMELINE_LANE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      dossier_timeline_lane_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      dossier_timeline_lane_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_VISIBLE:
      dossier_timeline_lane_set_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_lane_class_init (DossierTimelineLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_timeline_lane_finalize;
  object_class->get_property = dossier_timeline_lane_get_property;
  object_class->set_property = dossier_timeline_lane_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_VISIBLE] = g_param_spec_boolean ("visible", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_timeline_lane_init (DossierTimelineLane *self)
{
  self->visible = TRUE;
}

/**
 * dossier_timeline_lane_new:
 * @title: the lane's name, drawn at its left (a meeting or document title)
 * @subtitle: (nullable): a second, quieter line (its date or kind)
 *
 * Returns: (transfer full): a new visible lane
 */
DossierTimelineLane *
dossier_timeline_lane_new (const char *title, const char *subtitle)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_LANE, "title", title, "subtitle", subtitle, NULL);
}

const char *
dossier_timeline_lane_get_title (DossierTimelineLane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LANE (self), NULL);
  return self->title;
}

void
dossier_timeline_lane_set_title (DossierTimelineLane *self, const char *title)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LANE (self));
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
dossier_timeline_lane_get_subtitle (DossierTimelineLane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LANE (self), NULL);
  return self->subtitle;
}

void
dossier_timeline_lane_set_subtitle (DossierTimelineLane *self, const char *subtitle)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LANE (self));
  if (g_strcmp0 (self->subtitle, subtitle) == 0)
    return;
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

gboolean
dossier_timeline_lane_get_visible (DossierTimelineLane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LANE (self), FALSE);
  return self->visible;
}

/**
 * dossier_timeline_lane_set_visible:
 * @self: a lane
 * @visible: whether the lane and its items are shown (the per-document filter)
 */
void
dossier_timeline_lane_set_visible (DossierTimelineLane *self, gboolean visible)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LANE (self));
  visible = !!visible;
  if (self->visible == visible)
    return;
  self->visible = visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
}
