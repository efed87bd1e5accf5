/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-entity.h"

G_BEGIN_DECLS

/* Building entities: only the extractor does this, before the set is handed out. */
DossierEntity *
dossier_entity_new (DossierEntityType type, const char *name);
void
dossier_entity_set_name (DossierEntity *self, const char *name);
void
dossier_entity_set_acronym (DossierEntity *self, const char *acronym);
/* Adds @alias unless already there. */
void
dossier_entity_add_alias (DossierEntity *self, const char *alias);
void
dossier_entity_add_mention (DossierEntity *self, DossierDocument *document, guint start, guint end);
/* Sorts the mentions by document order (@doc_index maps a document to its corpus position,
 * GUINT_TO_POINTER (index + 1)) and then by offset. */
void
dossier_entity_sort_mentions (DossierEntity *self, GHashTable *doc_index);

G_END_DECLS
