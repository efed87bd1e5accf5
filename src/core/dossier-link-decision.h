/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the analyst did with a link in the Follow-through view. */
typedef enum
{
  DOSSIER_LINK_DECISION_CONFIRMED,
  DOSSIER_LINK_DECISION_REJECTED,
  DOSSIER_LINK_DECISION_ADDED,
  DOSSIER_LINK_DECISION_STATUS_CHANGED,
} DossierLinkDecisionKind;

#define DOSSIER_LINK_DECISION_MAX_STATUS_BYTES 64

/* One side of a link: a sentence, by document content hash and code point range, plus its
 * text so the decision can be found again in a corrected release. */
typedef struct
{
  char *document;
  guint start;
  guint end;
  char *quote;
} DossierLinkEnd;

typedef struct
{
  DossierLinkEnd source;
  DossierLinkEnd target;
  DossierLinkDecisionKind decision;
  /* The status the analyst chose ("delivered", ...), or %NULL; kept as free text so the
   * linker can add statuses without a format change. */
  char *status;
  /* When the decision was made, ISO 8601 UTC. */
  char *time;
} DossierLinkDecision;

#define DOSSIER_TYPE_LINK_DECISION (dossier_link_decision_get_type ())

GType dossier_link_decision_get_type (void) G_GNUC_CONST;

DossierLinkDecision *dossier_link_decision_new (DossierLinkDecisionKind decision,
                                                const char *source_document,
                                                guint source_start,
                                                guint source_end,
                                                const char *source_quote,
                                                const char *target_document,
                                                guint target_start,
                                                guint target_end,
                                                const char *target_quote,
                                                const char *status);
DossierLinkDecision *dossier_link_decision_copy (const DossierLinkDecision *self);
void dossier_link_decision_free (DossierLinkDecision *self);
gboolean dossier_link_decision_equal (const DossierLinkDecision *a, const DossierLinkDecision *b);
gboolean dossier_link_decision_same_link (const DossierLinkDecision *a,
                                          const DossierLinkDecision *b);

const char *dossier_link_decision_kind_to_string (DossierLinkDecisionKind kind);
gboolean dossier_link_decision_kind_from_string (const char *string, DossierLinkDecisionKind *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierLinkDecision, dossier_link_decision_free)

G_END_DECLS
