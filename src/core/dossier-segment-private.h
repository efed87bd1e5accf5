/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-segment.h"

G_BEGIN_DECLS

/* Byte offsets into the document's text, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
} DossierByteSpan;

/* dossier_segment_document() plus, for each token, its byte span: stages that read the words
 * themselves need them, and converting code points back to bytes per token would cost more
 * than the segmentation. @spans: (out) (transfer full) (element-type DossierByteSpan) */
void
dossier_segment_document_full (DossierDocument *document, GArray **sentences, GArray **tokens,
                               GArray **spans);

/* Tokens of a plain string (one block), as the document segmenter would make them: used to
 * cut gazetteer phrases the way text is cut. @tokens gets DossierToken (code points into
 * @text), @spans DossierByteSpan. */
void
dossier_segment_string (const char *text, gsize len, GArray *tokens, GArray *spans);

G_END_DECLS
