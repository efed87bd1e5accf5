/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-timeline-link.h"

/* A curve from an earlier item (a commitment) to a later one (its reported outcome). The view
 * draws links as a layer over the lanes; like items they carry an id and a payload so the
 * caller maps a click back to its own link object. */

struct _DossierTimelineLink
{
  GObject parent_instance;

  DossierTimelineItem *source;
  DossierTimelineItem *target;
  DossierTimelineLinkStatus status;
  char *tooltip;
  char *id;
  GObject *payload;
};

G_DEFINE_FINAL_TYPE (DossierTimelineLink, dossier_timeline_link, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (DossierTimelineLinkStatus, dossier_timeline_link_status,
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_LINK_DELIVERED, "delivered"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_LINK_PROGRESSED, "progressed"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_LINK_CONTINUED, "continued"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIMELINE_LINK_CHANGED, "changed"))

enum
{
  PROP_0,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_STATUS,
  PROP_TOOLTIP,
  PROP_ID,
  PROP_PAYLOAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_timeline_link_finalize (GObject *object)
{
  DossierTimelineLink *self = DOSSIER_TIMELINE_LINK (object);

  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->payload);
  G_OBJECT_CLASS (dossier_timeline_link_parent_class)->finalize (object);
}

static void
dossier_timeline_link_get_property (GObject *object, guint prop_id, GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineLink *self = DOSSIER_TIMELINE_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TOOLTIP:
      g_value_set_string (value, self->tooltip);
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
dossier_timeline_link_set_property (GObject *object, guint prop_id, const GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineLink *self = DOSSIER_TIMELINE_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;
    case PROP_TARGET:
      self->target = g_value_dup_object (value);
      break;
    case PROP_STATUS:
      dossier_timeline_link_set_status (self, g_value_get_enum (value));
      break;
    case PROP_TOOLTIP:
      dossier_timeline_link_set_tooltip (self, g_value_get_string (value));
      break;
    case PROP_ID:
      dossier_timeline_link_set_id (self, g_value_get_string (value));
      break;
    case PROP_PAYLOAD:
      dossier_timeline_link_set_payload (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_link_class_init (DossierTimelineLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_timeline_link_finalize;
  object_class->get_property = dossier_timeline_link_get_property;
  object_class->set_property = dossier_timeline_link_set_property;

  properties[PROP_SOURCE]
      = g_param_spec_object ("source", NULL, NULL, DOSSIER_TYPE_TIMELINE_ITEM, construct);
  properties[PROP_TARGET]
      = g_param_spec_object ("target", NULL, NULL, DOSSIER_TYPE_TIMELINE_ITEM, construct);
  properties[PROP_STATUS]
      = g_param_spec_enum ("status", NULL, NULL, DOSSIER_TYPE_TIMELINE_LINK_STATUS,
                           DOSSIER_TIMELINE_LINK_DELIVERED, flags);
  properties[PROP_TOOLTIP] = g_param_spec_string ("tooltip", NULL, NULL, NULL, flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_PAYLOAD] = g_param_spec_object ("payload", NULL, NULL, G_TYPE_OBJECT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_timeline_link_init (DossierTimelineLink *self)
{
}

/**
 * dossier_timeline_link_new:
 * @source: the earlier item (the commitment)
 * @target: the later item (the outcome)
 * @status: how the outcome relates to the commitment
 *
 * Returns: (transfer full): a new link
 */
DossierTimelineLink *
dossier_timeline_link_new (DossierTimelineItem *source, DossierTimelineItem *target,
                           DossierTimelineLinkStatus status)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (source), NULL);
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_ITEM (target), NULL);

  return g_object_new (DOSSIER_TYPE_TIMELINE_LINK, "source", source, "target", target, "status",
                       status, NULL);
}

/**
 * dossier_timeline_link_get_source:
 * @self: a link
 *
 * Returns: (transfer none): the earlier item
 */
DossierTimelineItem *
dossier_timeline_link_get_source (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), NULL);
  return self->source;
}

/**
 * dossier_timeline_link_get_target:
 * @self: a link
 *
 * Returns: (transfer none): the later item
 */
DossierTimelineItem *
dossier_timeline_link_get_target (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), NULL);
  return self->target;
}

DossierTimelineLinkStatus
dossier_timeline_link_get_status (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), DOSSIER_TIMELINE_LINK_DELIVERED);
  return self->status;
}

void
dossier_timeline_link_set_status (DossierTimelineLink *self, DossierTimelineLinkStatus status)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LINK (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * dossier_timeline_link_get_tooltip:
 * @self: a link
 *
 * Returns: (nullable): the text shown on hover (the topic, the two sentences)
 */
const char *
dossier_timeline_link_get_tooltip (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), NULL);
  return self->tooltip;
}

void
dossier_timeline_link_set_tooltip (DossierTimelineLink *self, const char *tooltip)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LINK (self));
  if (g_strcmp0 (self->tooltip, tooltip) == 0)
    return;
  g_free (self->tooltip);
  self->tooltip = g_strdup (tooltip);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLTIP]);
}

/**
 * dossier_timeline_link_get_id:
 * @self: a link
 *
 * Returns: (nullable): the caller's identifier, e.g. the link id of the analysis contract
 */
const char *
dossier_timeline_link_get_id (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), NULL);
  return self->id;
}

void
dossier_timeline_link_set_id (DossierTimelineLink *self, const char *id)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LINK (self));
  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * dossier_timeline_link_get_payload:
 * @self: a link
 *
 * Returns: (transfer none) (nullable): the caller's object behind this link
 */
GObject *
dossier_timeline_link_get_payload (DossierTimelineLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_LINK (self), NULL);
  return self->payload;
}

void
dossier_timeline_link_set_payload (DossierTimelineLink *self, GObject *payload)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_LINK (self));
  if (g_set_object (&self->payload, payload))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYLOAD]);
}

/**
 * dossier_timeline_link_status_to_string:
 * @status: a status
 *
 * Returns: the translated name of @status, for tooltips and legends
 */
const char *
dossier_timeline_link_status_to_string (DossierTimelineLinkStatus status)
{
  switch (status)
    {
    case DOSSIER_TIMELINE_LINK_DELIVERED:
      return _ ("Delivered");
    case DOSSIER_TIMELINE_LINK_PROGRESSED:
      return _ ("Progressed");
    case DOSSIER_TIMELINE_LINK_CONTINUED:
      return _ ("Continued");
    case DOSSIER_TIMELINE_LINK_CHANGED:
      return _ ("Changed");
    default:
      return "";
    }
}
