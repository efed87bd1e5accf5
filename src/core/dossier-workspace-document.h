/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WORKSPACE_DOCUMENT (dossier_workspace_document_get_type ())
G_DECLARE_FINAL_TYPE (DossierWorkspaceDocument,
                      dossier_workspace_document,
                      DOSSIER,
                      WORKSPACE_DOCUMENT,
                      GObject)

GFile *dossier_workspace_document_get_file (DossierWorkspaceDocument *self);
const char *dossier_workspace_document_get_content_hash (DossierWorkspaceDocument *self);
const char *dossier_workspace_document_get_title (DossierWorkspaceDocument *self);
DossierDocument *dossier_workspace_document_get_document (DossierWorkspaceDocument *self);
gboolean dossier_workspace_document_get_missing (DossierWorkspaceDocument *self);

G_END_DECLS
