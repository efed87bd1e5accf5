/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

/* A keyword-in-context line: the text around a range, on one line, cut at word boundaries. */
typedef struct
{
  char *before;  /* with a leading "…" when cut */
  char *keyword;
  char *after;   /* with a trailing "…" when cut */
} DossierKwic;

void dossier_kwic_init (DossierKwic *kwic, DossierDocument *document, guint start, guint end, guint context_chars);
void dossier_kwic_clear (DossierKwic *kwic);

G_END_DECLS
