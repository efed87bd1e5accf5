/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-entity-set.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_SIDEBAR (dossier_entity_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntitySidebar, dossier_entity_sidebar, DOSSIER, ENTITY_SIDEBAR, GtkWidget)

GtkWidget *dossier_entity_sidebar_new (void);
void dossier_entity_sidebar_set_entities (DossierEntitySidebar *self, DossierEntitySet *entities);
void dossier_entity_sidebar_set_document (DossierEntitySidebar *self, DossierDocument *document);
void dossier_entity_sidebar_set_busy (DossierEntitySidebar *self, gboolean busy);
DossierEntity *dossier_entity_sidebar_get_selected (DossierEntitySidebar *self);
gboolean dossier_entity_sidebar_select (DossierEntitySidebar *self, DossierEntity *entity);
void dossier_entity_sidebar_set_filter_text (DossierEntitySidebar *self, const char *text);
void dossier_entity_sidebar_set_all_documents (DossierEntitySidebar *self, gboolean all);
guint dossier_entity_sidebar_count_in_scope (DossierEntitySidebar *self, DossierEntity *entity);
guint dossier_entity_sidebar_get_n_visible (DossierEntitySidebar *self);
void dossier_entity_sidebar_activate_mention (DossierEntitySidebar *self, guint index);
void dossier_entity_sidebar_focus_filter (DossierEntitySidebar *self);

G_END_DECLS
