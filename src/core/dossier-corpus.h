/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_CORPUS (dossier_corpus_get_type ())
G_DECLARE_FINAL_TYPE (DossierCorpus, dossier_corpus, DOSSIER, CORPUS, GObject)

DossierCorpus *dossier_corpus_new (void);
void dossier_corpus_add (DossierCorpus *self, DossierDocument *document);
gboolean dossier_corpus_remove (DossierCorpus *self, DossierDocument *document);
void dossier_corpus_clear (DossierCorpus *self);
DossierDocument *dossier_corpus_get_document (DossierCorpus *self, guint position);
guint dossier_corpus_get_n_documents (DossierCorpus *self);
DossierDocument *dossier_corpus_find_by_hash (DossierCorpus *self, const char *content_hash);
DossierDocument *dossier_corpus_find_by_path (DossierCorpus *self, const char *path);
GPtrArray *dossier_corpus_dup_by_date (DossierCorpus *self);

G_END_DECLS
