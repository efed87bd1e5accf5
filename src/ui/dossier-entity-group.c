/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-entity-group.h"

struct _DossierEntityGroup
{
  GObject parent_instance;

  DossierEntityType type;
  GListModel *entities;
};

G_DEFINE_FINAL_TYPE (DossierEntityGroup, dossier_entity_group, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ENTITY_TYPE,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_entity_group_finalize (GObject *object)
{
  DossierEntityGroup *self = DOSSIER_ENTITY_GROUP (object);

  g_clear_object (&self->entities);
  G_OBJECT_CLASS (dossier_entity_group_parent_class)->finalize (object);
}

static void
dossier_entity_group_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierEntityGroup *self = DOSSIER_ENTITY_GROUP (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->entities);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_group_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierEntityGroup *self = DOSSIER_ENTITY_GROUP (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      self->type = g_value_get_int (value);
      break;
    case PROP_MODEL:
      self->entities = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_group_class_init (DossierEntityGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_entity_group_finalize;
  object_class->get_property = dossier_entity_group_get_property;
  object_class->set_property = dossier_entity_group_set_property;

  properties[PROP_ENTITY_TYPE] = g_param_spec_int ("entity-type", NULL, NULL, 0, DOSSIER_N_ENTITY_TYPES - 1, 0,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_group_init (DossierEntityGroup *self)
{
}

DossierEntityGroup *
dossier_entity_group_new (DossierEntityType type, GListModel *entities)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_GROUP, "entity-type", type, "model", entities, NULL);
}

DossierEntityType
dossier_entity_group_get_entity_type (DossierEntityGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_GROUP (self), 0);
  return self->type;
}

/**
 * dossier_entity_group_get_model:
 *
 * Returns: (transfer none): the group's entities, filtered and sorted
 */
GListModel *
dossier_entity_group_get_model (DossierEntityGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_GROUP (self), NULL);
  return self->entities;
}
