/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-corpus.h"
#include "dossier-entity-set.h"
#include "dossier-event-list.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANALYSIS (dossier_analysis_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnalysis, dossier_analysis, DOSSIER, ANALYSIS, GObject)

DossierAnalysis *dossier_analysis_new (DossierCorpus *corpus);
DossierCorpus *dossier_analysis_get_corpus (DossierAnalysis *self);
gboolean dossier_analysis_run (DossierAnalysis *self, GCancellable *cancellable, GError **error);
void dossier_analysis_run_async (DossierAnalysis *self,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data);
gboolean dossier_analysis_run_finish (DossierAnalysis *self, GAsyncResult *result, GError **error);
const char *dossier_analysis_get_document_id (DossierAnalysis *self, DossierDocument *document);
JsonNode *dossier_analysis_to_json (DossierAnalysis *self);
DossierEntitySet *dossier_analysis_get_entities (DossierAnalysis *self);
DossierEventList *dossier_analysis_get_events (DossierAnalysis *self);
GListModel *dossier_analysis_get_links (DossierAnalysis *self);
GListModel *dossier_analysis_get_commitments (DossierAnalysis *self);
GListModel *dossier_analysis_get_unmatched (DossierAnalysis *self);

G_END_DECLS
