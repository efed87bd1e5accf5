/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-entity.h"

G_BEGIN_DECLS

/* One type's heading in the entity sidebar, owning the filtered, sorted list of its entities. */
#define DOSSIER_TYPE_ENTITY_GROUP (dossier_entity_group_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntityGroup, dossier_entity_group, DOSSIER, ENTITY_GROUP, GObject)

DossierEntityGroup *dossier_entity_group_new (DossierEntityType type, GListModel *entities);
DossierEntityType dossier_entity_group_get_entity_type (DossierEntityGroup *self);
GListModel *dossier_entity_group_get_model (DossierEntityGroup *self);

G_END_DECLS
