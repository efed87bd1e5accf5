/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-entity-set.h"
#include "dossier-link.h"
#include "dossier-statement.h"

G_BEGIN_DECLS

/* Finds, for every commitment of every document, the passages of later documents that report
 * on it, and what became of it. Documents are ordered by their own dates; links go from each
 * meeting to later ones only. Matching goes through an inverted index (term -> sentences), so
 * the cost grows with the number of shared rare terms, not with the square of the corpus. */
#define DOSSIER_TYPE_LINKER (dossier_linker_get_type ())
G_DECLARE_FINAL_TYPE (DossierLinker, dossier_linker, DOSSIER, LINKER, GObject)

DossierLinker *
dossier_linker_new (void);
void
dossier_linker_set_entities (DossierLinker *self, DossierEntitySet *entities);
DossierEntitySet *
dossier_linker_get_entities (DossierLinker *self);
gboolean
dossier_linker_run (DossierLinker *self, GPtrArray *documents, GCancellable *cancellable,
                    GError **error);

GListModel *
dossier_linker_get_links (DossierLinker *self);
GListModel *
dossier_linker_get_commitments (DossierLinker *self);
GListModel *
dossier_linker_get_unmatched (DossierLinker *self);
guint
dossier_linker_get_n_units (DossierLinker *self);

G_END_DECLS
