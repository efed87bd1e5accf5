/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-link-review.h"

/**
 * dossier_link_review_new_decision:
 *
 * Returns: (transfer full): a decision about @link
 */
DossierLinkDecision *
dossier_link_review_new_decision (DossierLink *link, DossierLinkDecisionKind kind, DossierLinkStatus status)
{
  DossierDocument *source = dossier_link_get_source_document (link);
  DossierDocument *target = dossier_link_get_target_document (link);

  return dossier_link_decision_new (kind, dossier_document_get_content_hash (source),
                                    dossier_link_get_source_start (link), dossier_link_get_source_end (link),
                                    dossier_link_get_source_text (link), dossier_document_get_content_hash (target),
                                    dossier_link_get_target_start (link), dossier_link_get_target_end (link),
                                    dossier_link_get_target_text (link), dossier_link_status_to_string (status));
}

/**
 * dossier_link_review_get:
 * @workspace: (nullable): where the decisions are kept
 * @review: (out caller-allocates): what the decisions make of @link
 */
void
dossier_link_review_get (DossierWorkspace *workspace, DossierLink *link, DossierLinkReview *review)
{
  g_autoptr (DossierLinkDecision) key = NULL;
  const DossierLinkDecision *decision;

  review->status = dossier_link_get_status (link);
  review->confirmed = review->rejected = review->status_changed = FALSE;
  if (workspace == NULL)
    return;

  key = dossier_link_review_new_decision (link, DOSSIER_LINK_DECISION_CONFIRMED, review->status);
  decision = dossier_workspace_find_link_decision (workspace, key);
  if (decision == NULL)
    return;

  switch (decision->decision)
    {
    case DOSSIER_LINK_DECISION_REJECTED:
      review->rejected = TRUE;
      break;
    case DOSSIER_LINK_DECISION_CONFIRMED:
    case DOSSIER_LINK_DECISION_ADDED:
      review->confirmed = TRUE;
      break;
    case DOSSIER_LINK_DECISION_STATUS_CHANGED:
      review->confirmed = TRUE;
      review->status_changed = dossier_link_status_from_string (decision->status, &review->status);
      break;
    default:
      break;
    }
}

/**
 * dossier_link_review_decide:
 *
 * Records the analyst's decision on @link in @workspace.
 *
 * Returns: (transfer full): the edit, already applied, for the undo stack
 */
DossierWorkspaceEdit *
dossier_link_review_decide (DossierWorkspace *workspace,
                            DossierLink *link,
                            DossierLinkDecisionKind kind,
                            DossierLinkStatus status)
{
  g_autoptr (DossierLinkDecision) decision = dossier_link_review_new_decision (link, kind, status);

  return dossier_workspace_set_link_decision (workspace, decision);
}

/**
 * dossier_link_review_link_for_decision:
 * @corpus: the open documents
 *
 * Makes a link the analyst added by hand into a link like the linker's, so views show both
 * alike.
 *
 * Returns: (transfer full) (nullable): the link, or %NULL if a document is not open or the
 *   ranges no longer fit it
 */
DossierLink *
dossier_link_review_link_for_decision (const DossierLinkDecision *decision, DossierCorpus *corpus)
{
  DossierDocument *source = dossier_corpus_find_by_hash (corpus, decision->source.document);
  DossierDocument *target = dossier_corpus_find_by_hash (corpus, decision->target.document);
  DossierLinkStatus status = DOSSIER_LINK_DELIVERED;

  if (source == NULL || target == NULL || decision->source.end > dossier_document_get_length (source)
      || decision->target.end > dossier_document_get_length (target) || decision->source.start >= decision->source.end
      || decision->target.start >= decision->target.end)
    return NULL;
  dossier_link_status_from_string (decision->status, &status);
  return dossier_link_new (source, decision->source.start, decision->source.end, target, decision->target.start,
                           decision->target.end, 1.0, status, NULL);
}
