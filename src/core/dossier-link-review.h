/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-corpus.h"
#include "dossier-link.h"
#include "dossier-workspace.h"

G_BEGIN_DECLS

/* The analyst's review of the linker's links: what a decision kept in the workspace makes of
 * a link, whichever analysis run produced it. Decisions are keyed on document content hashes
 * and code point ranges, so they survive re-analysis of unchanged documents. */

typedef struct
{
  DossierLinkStatus status; /* the status to show: the analyst's if changed */
  gboolean confirmed;
  gboolean rejected;
  gboolean status_changed;
} DossierLinkReview;

DossierLinkDecision *dossier_link_review_new_decision (DossierLink *link,
                                                        DossierLinkDecisionKind kind,
                                                        DossierLinkStatus status);
void dossier_link_review_get (DossierWorkspace *workspace, DossierLink *link, DossierLinkReview *review);
DossierWorkspaceEdit *dossier_link_review_decide (DossierWorkspace *workspace,
                                                  DossierLink *link,
                                                  DossierLinkDecisionKind kind,
                                                  DossierLinkStatus status);

DossierLink *dossier_link_review_link_for_decision (const DossierLinkDecision *decision, DossierCorpus *corpus);

G_END_DECLS
