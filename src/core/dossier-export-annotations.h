/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-workspace.h"

G_BEGIN_DECLS

#define DOSSIER_EXPORT_ANNOTATIONS_ERROR (dossier_export_annotations_error_quark ())

typedef enum
{
  /* Not JSON, or no Web Annotations in it. */
  DOSSIER_EXPORT_ANNOTATIONS_ERROR_INVALID,
  DOSSIER_EXPORT_ANNOTATIONS_ERROR_TOO_LARGE,
} DossierExportAnnotationsError;

/* What an import did not take, by reason. */
typedef struct
{
  guint n_imported;
  /* An annotation with the same id is already in the workspace (or earlier in the file). */
  guint n_duplicates;
  /* No document of the workspace matches its target. */
  guint n_unmatched;
  /* Not a usable annotation: no text selector, empty quote, oversized fields. */
  guint n_invalid;
} DossierAnnotationImportReport;

/* Dossier's own members in W3C annotations (an IRI scheme JSON-LD processors keep as is). */
#define DOSSIER_W3C_COLOUR "dossier:colour"
#define DOSSIER_W3C_FOR_BRIEFING "dossier:forBriefing"
#define DOSSIER_W3C_ORPHANED "dossier:orphaned"
#define DOSSIER_W3C_CONTENT_HASH "dossier:contentHash"

GQuark dossier_export_annotations_error_quark (void);

JsonNode *dossier_export_annotations_w3c (DossierWorkspace *workspace);
char *dossier_export_annotations_w3c_to_string (DossierWorkspace *workspace);
char *dossier_export_annotations_markdown (DossierWorkspace *workspace);

GPtrArray *dossier_export_annotations_import_w3c (DossierWorkspace *workspace,
                                                  const char *data,
                                                  gsize length,
                                                  DossierAnnotationImportReport *report,
                                                  GError **error);

G_END_DECLS
