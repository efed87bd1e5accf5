/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-import.h"
#include "dossier-normalize.h"

G_BEGIN_DECLS

typedef struct
{
  DossierImportProgress func;
  gpointer data;
  double from;
  double to;
} DossierProgressRange;

void dossier_progress_report (const DossierProgressRange *range, double fraction);

/* Lays out plain or Markdown-flavoured lines into raw blocks. @wrapped says the source breaks
 * lines inside paragraphs at a fixed width (PDF pages), so short lines end paragraphs. */
gboolean dossier_import_text_lines (DossierRawText *raw,
                                    const char *data,
                                    gsize len,
                                    gsize source_offset,
                                    guint page,
                                    gboolean wrapped,
                                    const DossierProgressRange *progress,
                                    GCancellable *cancellable,
                                    GError **error);

gboolean dossier_import_html (DossierRawText *raw,
                              const char *data,
                              gsize len,
                              GCancellable *cancellable,
                              GError **error);

gboolean dossier_import_pdf (DossierRawText *raw,
                             GBytes *bytes,
                             guint *n_pages,
                             const DossierProgressRange *progress,
                             GCancellable *cancellable,
                             GError **error);

G_END_DECLS
