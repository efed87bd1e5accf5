/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_ENTITY_PERSON,
  DOSSIER_ENTITY_ORG,
  DOSSIER_ENTITY_GPE,
  DOSSIER_ENTITY_EVENT,
  DOSSIER_ENTITY_AGREEMENT,
  DOSSIER_ENTITY_DATE,
  DOSSIER_N_ENTITY_TYPES
} DossierEntityType;

/* One occurrence: code point offsets into the document's normalized text, end exclusive. */
typedef struct
{
  DossierDocument *document; /* not owned: the corpus keeps documents alive */
  guint start;
  guint end;
} DossierMention;

#define DOSSIER_TYPE_ENTITY (dossier_entity_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntity, dossier_entity, DOSSIER, ENTITY, GObject)

DossierEntityType dossier_entity_get_entity_type (DossierEntity *self);
/* The canonical (fullest) name. */
const char *dossier_entity_get_name (DossierEntity *self);
/* The acronym, or NULL. */
const char *dossier_entity_get_acronym (DossierEntity *self);
/* Every surface form seen, canonical name included. (transfer none) */
const char *const *dossier_entity_get_aliases (DossierEntity *self);
const DossierMention *dossier_entity_get_mentions (DossierEntity *self, guint *n_mentions);
guint dossier_entity_get_n_mentions (DossierEntity *self);

const char *dossier_entity_type_to_string (DossierEntityType type); /* "PERSON", ... */
const char *dossier_entity_type_to_label (DossierEntityType type);  /* translated, plural */

G_END_DECLS
