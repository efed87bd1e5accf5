/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-annotation.h"
#include "dossier-link-decision.h"

G_DEFINE_BOXED_TYPE (DossierLinkDecision, dossier_link_decision, dossier_link_decision_copy,
                     dossier_link_decision_free)

static const char *const kind_names[] = { "confirmed", "rejected", "added", "status-changed" };

/**
 * dossier_link_decision_new:
 * @source_document: content hash of the document with the commitment
 * @source_quote: (nullable): the commitment sentence
 * @target_document: content hash of the document with the outcome
 * @target_quote: (nullable): the outcome sentence
 * @status: (nullable): the status the analyst set, if any
 *
 * Returns: (transfer full): a decision stamped with the current time
 */
DossierLinkDecision *
dossier_link_decision_new (DossierLinkDecisionKind decision, const char *source_document,
                           guint source_start, guint source_end, const char *source_quote,
                           const char *target_document, guint target_start, guint target_end,
                           const char *target_quote, const char *status)
{
  DossierLinkDecision *self = g_new0 (DossierLinkDecision, 1);

  self->source.document = g_strdup (source_document);
  self->source.start = source_start;
  self->source.end = source_end;
  self->source.quote = g_strdup (source_quote ? source_quote : "");
  self->target.document = g_strdup (target_document);
  self->target.start = target_start;
  self->target.end = target_end;
  self->target.quote = g_strdup (target_quote ? target_quote : "");
  self->decision = decision;
  self->status = g_strdup (status);
  self->time = dossier_annotation_now_iso8601 ();
  return self;
}

/**
 * dossier_link_decision_copy:
 *
 * Returns: (transfer full): a deep copy
 */
DossierLinkDecision *
dossier_link_decision_copy (const DossierLinkDecision *self)
{
  DossierLinkDecision *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (DossierLinkDecision, 1);
  copy->source = self->source;
  copy->source.document = g_strdup (self->source.document);
  copy->source.quote = g_strdup (self->source.quote);
  copy->target = self->target;
  copy->target.document = g_strdup (self->target.document);
  copy->target.quote = g_strdup (self->target.quote);
  copy->decision = self->decision;
  copy->status = g_strdup (self->status);
  copy->time = g_strdup (self->time);
  return copy;
}

void
dossier_link_decision_free (DossierLinkDecision *self)
{
  if (self == NULL)
    return;
  g_free (self->source.document);
  g_free (self->source.quote);
  g_free (self->target.document);
  g_free (self->target.quote);
  g_free (self->status);
  g_free (self->time);
  g_free (self);
}

static gboolean
end_equal (const DossierLinkEnd *a, const DossierLinkEnd *b)
{
  return g_strcmp0 (a->document, b->document) == 0 && a->start == b->start && a->end == b->end;
}

/**
 * dossier_link_decision_same_link:
 *
 * Returns: whether @a and @b are about the same pair of sentences; a link has at most one
 *   decision in a workspace
 */
gboolean
dossier_link_decision_same_link (const DossierLinkDecision *a, const DossierLinkDecision *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return end_equal (&a->source, &b->source) && end_equal (&a->target, &b->target);
}

gboolean
dossier_link_decision_equal (const DossierLinkDecision *a, const DossierLinkDecision *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return dossier_link_decision_same_link (a, b) && g_strcmp0 (a->source.quote, b->source.quote) == 0
         && g_strcmp0 (a->target.quote, b->target.quote) == 0 && a->decision == b->decision
         && g_strcmp0 (a->status, b->status) == 0 && g_strcmp0 (a->time, b->time) == 0;
}

const char *
dossier_link_decision_kind_to_string (DossierLinkDecisionKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

/**
 * dossier_link_decision_kind_from_string:
 * @kind: (out): the decision named by @string
 *
 * Returns: whether @string names a decision
 */
gboolean
dossier_link_decision_kind_from_string (const char *string, DossierLinkDecisionKind *kind)
{
  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (string, kind_names[i]))
      {
        *kind = (DossierLinkDecisionKind) i;
        return TRUE;
      }
  return FALSE;
}
