/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-cues.h"
#include "dossier-document.h"
#include "dossier-link.h"

G_BEGIN_DECLS

/* What a sentence or clause says: a statement of intent, a report of what was done, both
 * ("welcomed X and pledged to Y" before it is cut into clauses), or neither. */
typedef enum
{
  DOSSIER_STATEMENT_NONE = 0,
  DOSSIER_STATEMENT_COMMITMENT = 1 << 0,
  DOSSIER_STATEMENT_OUTCOME = 1 << 1,
} DossierStatementKind;

/* A clause of a word sequence: words[start, end). An item of an enumeration ("including A, B
 * and C", "A; B; and C") has no verb of its own: it is said by the clause before it. */
typedef struct
{
  guint start;
  guint end;
  gboolean item;
} DossierClause;

/* A commitment (or outcome) of a document: a sentence or clause, code point offsets into the
 * normalized text. For a commitment, the links the linker found to later documents: empty
 * when no later document reports on it. */
#define DOSSIER_TYPE_STATEMENT (dossier_statement_get_type ())
G_DECLARE_FINAL_TYPE (DossierStatement, dossier_statement, DOSSIER, STATEMENT, GObject)

DossierStatement *
dossier_statement_new (DossierDocument *document, guint start, guint end,
                       DossierStatementKind kind);
DossierDocument *
dossier_statement_get_document (DossierStatement *self);
guint
dossier_statement_get_start (DossierStatement *self);
guint
dossier_statement_get_end (DossierStatement *self);
const char *
dossier_statement_get_text (DossierStatement *self);
DossierStatementKind
dossier_statement_get_kind (DossierStatement *self);
GListModel *
dossier_statement_get_links (DossierStatement *self);
guint
dossier_statement_get_n_links (DossierStatement *self);
void
dossier_statement_add_link (DossierStatement *self, DossierLink *link);

/* Classification, on lowercase words (dossier_statement_fold_word) and punctuation. */
DossierStatementKind
dossier_statement_classify (DossierCues *cues, const char *const *words, guint n_words);
DossierStatementKind
dossier_statement_classify_text (const char *text);
GArray *
dossier_statement_split_clauses (DossierCues *cues, const char *const *words, guint n_words);
char *
dossier_statement_fold_word (const char *word, gssize length);
char **
dossier_statement_split_words (const char *text);

G_END_DECLS
