/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-annotation.h"
#include "dossier-document.h"

G_BEGIN_DECLS

/* Code points of context kept on each side of a quote (as Hypothesis does). */
#define DOSSIER_ANCHOR_CONTEXT_LENGTH 32
/* Minimum similarity (1 - edits / quote length) for a fuzzy match to count. */
#define DOSSIER_ANCHOR_DEFAULT_THRESHOLD 0.75

typedef enum
{
  DOSSIER_ANCHOR_FAILED,
  DOSSIER_ANCHOR_POSITION,
  DOSSIER_ANCHOR_QUOTE,
  DOSSIER_ANCHOR_FUZZY,
} DossierAnchorMethod;

typedef struct
{
  DossierAnchorMethod method;
  guint start;
  guint end;
  /* 1.0 for an exact match; 1 - edits / quote length for a fuzzy one. */
  double similarity;
} DossierAnchorMatch;

void dossier_anchor_describe (DossierDocument *document,
                              guint start,
                              guint end,
                              char **exact,
                              char **prefix,
                              char **suffix);

gboolean dossier_anchor_locate (DossierDocument *document,
                                const char *exact,
                                const char *prefix,
                                const char *suffix,
                                guint start,
                                guint end,
                                double threshold,
                                DossierAnchorMatch *match);

gboolean dossier_anchor_reanchor (DossierAnnotation *annotation,
                                  DossierDocument *document,
                                  DossierAnchorMatch *match);

guint dossier_anchor_reanchor_all (DossierDocument *document,
                                   DossierAnnotation *const *annotations,
                                   guint n_annotations);

const char *dossier_anchor_method_to_string (DossierAnchorMethod method);

G_END_DECLS
