/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

/* A stretch of the normalized text copied verbatim from the source: byte offsets in both. */
typedef struct
{
  gsize text_byte;
  gsize source_byte;
  gsize length;
} DossierSourceRun;

typedef struct
{
  char *path;
  DossierFormat format;
  char *text;
  gsize text_len;
  GArray *blocks;   /* DossierBlock */
  GArray *emphasis; /* DossierSpan */
  GArray *runs;     /* DossierSourceRun */
  guint n_repairs;
  guint n_pages;
  char *content_hash;
} DossierDocumentParts;

/* Takes ownership of everything in @parts and clears it; reads metadata from the text. */
DossierDocument *dossier_document_new_from_parts (DossierDocumentParts *parts);
void dossier_document_parts_clear (DossierDocumentParts *parts);

G_END_DECLS
