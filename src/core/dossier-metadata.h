/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *title;
  char *meeting;
  char *date;
  DossierDocumentKind kind;
} DossierMetadata;

void dossier_metadata_read (DossierDocument *document, DossierMetadata *meta);
void dossier_metadata_clear (DossierMetadata *meta);

char *dossier_metadata_title_case (const char *text);
DossierDocumentKind dossier_metadata_kind_from_title (const char *title);
char *dossier_metadata_find_meeting (const char *text, gsize len, const char *full_text, gsize full_len);

G_END_DECLS
