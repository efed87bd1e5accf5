/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document-private.h"

G_BEGIN_DECLS

/*
 * The importers do not write the normalized text directly: they emit raw blocks (one per
 * heading, paragraph or list item as the source lays them out), and the normalizer decides
 * which to join, which to drop and how to separate them. Each raw block keeps runs that map
 * its bytes back to the source.
 */
typedef struct
{
  DossierBlockKind kind;
  guint level;
  guint number;
  guint page;
  GString *text;
  GArray *runs;     /* DossierSourceRun, text_byte relative to this block */
  GArray *emphasis; /* DossierSpan in bytes relative to this block */
  gsize marker_len; /* bytes of the leading "1. " or "• " marker */
  /* White space seen but not yet written, and where it was when it was one plain space. */
  gboolean pending_space;
  gssize pending_space_source;
  /* Where an open bold or italic span started (bytes), or -1. */
  gssize style_start[2];
  guint n_lines;
} DossierRawBlock;

typedef struct
{
  GPtrArray *blocks; /* DossierRawBlock */
  DossierRawBlock *current;
} DossierRawText;

void dossier_raw_text_init (DossierRawText *raw);
void dossier_raw_text_clear (DossierRawText *raw);

DossierRawBlock *dossier_raw_text_begin_block (DossierRawText *raw, DossierBlockKind kind, guint level);
void dossier_raw_text_end_block (DossierRawText *raw);

/* Appends source text to the current block, collapsing white space; @source_offset is where
 * @data starts in the source. */
void dossier_raw_block_append (DossierRawBlock *block, const char *data, gsize len, gsize source_offset);
/* Appends text that has no counterpart in the source (a bullet mark, a separator). */
void dossier_raw_block_append_synthetic (DossierRawBlock *block, const char *str);
void dossier_raw_block_set_marker (DossierRawBlock *block, guint number);
void dossier_raw_block_toggle_emphasis (DossierRawBlock *block, DossierEmphasis style);
void dossier_raw_block_push_emphasis (DossierRawBlock *block, DossierEmphasis style);
void dossier_raw_block_pop_emphasis (DossierRawBlock *block, DossierEmphasis style);

/* Joins page-broken paragraphs, drops repeated titles, and assembles the text into @parts. */
void dossier_normalize (DossierRawText *raw, DossierDocumentParts *parts);

G_END_DECLS
