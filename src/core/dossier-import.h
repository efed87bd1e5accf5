/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_IMPORT_ERROR (dossier_import_error_quark ())

typedef enum
{
  DOSSIER_IMPORT_ERROR_NOT_FOUND,
  DOSSIER_IMPORT_ERROR_NOT_REGULAR,
  DOSSIER_IMPORT_ERROR_EMPTY,
  DOSSIER_IMPORT_ERROR_BINARY,
  DOSSIER_IMPORT_ERROR_TOO_LARGE,
  DOSSIER_IMPORT_ERROR_ENCRYPTED,
  DOSSIER_IMPORT_ERROR_DAMAGED,
  DOSSIER_IMPORT_ERROR_NO_TEXT,
  DOSSIER_IMPORT_ERROR_READ,
} DossierImportError;

/* Larger files are refused: a statement is kilobytes; this bounds memory, not genre. */
#define DOSSIER_IMPORT_MAX_BYTES ((gsize) 256 * 1024 * 1024)

/* Called from the thread doing the import with a fraction in [0, 1]. */
typedef void (*DossierImportProgress) (double fraction, gpointer user_data);

GQuark dossier_import_error_quark (void);

DossierFormat dossier_import_detect_format (const guint8 *data, gsize len, const char *name);

DossierDocument *dossier_import_bytes (GBytes *bytes,
                                       const char *path,
                                       DossierImportProgress progress,
                                       gpointer progress_data,
                                       GCancellable *cancellable,
                                       GError **error);

DossierDocument *dossier_import_file (GFile *file,
                                      DossierImportProgress progress,
                                      gpointer progress_data,
                                      GCancellable *cancellable,
                                      GError **error);

void dossier_import_file_async (GFile *file,
                                DossierImportProgress progress,
                                gpointer progress_data,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);

DossierDocument *dossier_import_file_finish (GAsyncResult *result, GError **error);

G_END_DECLS
