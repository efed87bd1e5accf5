/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

/* A sentence of a document: code point offsets into the normalized text, end exclusive,
 * surrounding white space excluded. @block is the index of the block it lies in. */
typedef struct
{
  guint start;
  guint end;
  guint block;
} DossierSentence;

/* A word token: code point offsets; @flags tells what it looks like. */
typedef enum
{
  DOSSIER_TOKEN_CAPITALIZED = 1 << 0, /* first letter upper case */
  DOSSIER_TOKEN_ALL_CAPS = 1 << 1,    /* two or more letters, none lower case */
  DOSSIER_TOKEN_NUMBER = 1 << 2,      /* starts with a digit */
  DOSSIER_TOKEN_PUNCT = 1 << 3,       /* punctuation, not a word */
  DOSSIER_TOKEN_SENTENCE_START = 1 << 4,
} DossierTokenFlags;

typedef struct
{
  guint start;
  guint end;
  guint flags;
} DossierToken;

/* Sentences of @document in text order. A sentence never crosses a block (heading, list
 * item, paragraph). Abbreviations ("U.S.", "Dr.", "Jr.", "No.") do not end sentences.
 * Returns: (transfer full) (element-type DossierSentence) */
GArray *dossier_segment_sentences (DossierDocument *document);

/* Word and punctuation tokens of text[start, end) of @document, in order.
 * Returns: (transfer full) (element-type DossierToken) */
GArray *dossier_segment_tokens (DossierDocument *document, guint start, guint end);

/* Sentences and tokens of the whole @document in one pass: what both functions above return,
 * for stages that need the two together. */
void dossier_segment_document (DossierDocument *document, GArray **sentences, GArray **tokens);

G_END_DECLS
