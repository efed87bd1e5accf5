/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-entity.h"
#include "dossier-gazetteer.h"

G_BEGIN_DECLS

/* The entities of a corpus, aliases merged across documents. A GListModel of DossierEntity,
 * ordered by type, then by first mention. */
#define DOSSIER_TYPE_ENTITY_SET (dossier_entity_set_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntitySet, dossier_entity_set, DOSSIER, ENTITY_SET, GObject)

/* @documents: (element-type DossierDocument) in corpus order. Runs in the calling thread. */
DossierEntitySet *dossier_entity_set_extract (GPtrArray *documents, GCancellable *cancellable, GError **error);

guint dossier_entity_set_get_n_entities (DossierEntitySet *self);
DossierEntity *dossier_entity_set_get_entity (DossierEntitySet *self, guint position);

/* The entity a surface form refers to ("NCG", "Secretary Austin", "South Korea"), or NULL.
 * (transfer none) */
DossierEntity *dossier_entity_set_lookup (DossierEntitySet *self, const char *surface);

/* Entities with a mention inside text[start, end) of @document, each once, in text order.
 * (transfer container) (element-type DossierEntity) */
GPtrArray *dossier_entity_set_in_range (DossierEntitySet *self, DossierDocument *document, guint start, guint end);

/* A mention with its entity, as listed per document by dossier_entity_set_get_mentions_in(). */
typedef struct
{
  guint start;
  guint end;
  DossierEntity *entity;
} DossierPlacedMention;

/* The same as dossier_entity_set_extract() with a given gazetteer instead of the default. */
DossierEntitySet *dossier_entity_set_extract_with_gazetteer (GPtrArray *documents,
                                                             DossierGazetteer *gazetteer,
                                                             GCancellable *cancellable,
                                                             GError **error);

/* Every mention in @document sorted by offset, each with its entity (transfer none), for
 * inline highlighting. */
const DossierPlacedMention *dossier_entity_set_get_mentions_in (DossierEntitySet *self,
                                                                DossierDocument *document,
                                                                guint *n_mentions);

G_END_DECLS
