/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_DOCUMENT_KIND_OTHER,
  DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT,
  DOSSIER_DOCUMENT_KIND_COMMUNIQUE,
  DOSSIER_DOCUMENT_KIND_FACT_SHEET,
} DossierDocumentKind;

typedef enum
{
  DOSSIER_FORMAT_TEXT,
  DOSSIER_FORMAT_HTML,
  DOSSIER_FORMAT_PDF,
} DossierFormat;

typedef enum
{
  DOSSIER_BLOCK_HEADING,
  DOSSIER_BLOCK_PARAGRAPH,
  DOSSIER_BLOCK_LIST_ITEM,
} DossierBlockKind;

typedef enum
{
  DOSSIER_EMPHASIS_BOLD = 1 << 0,
  DOSSIER_EMPHASIS_ITALIC = 1 << 1,
} DossierEmphasis;

/* All offsets are Unicode code points into the normalized text, end exclusive. */
typedef struct
{
  DossierBlockKind kind;
  guint start;
  guint end;
  /* Heading level 1-6; 0 for other blocks. */
  guint level;
  /* The block's marker ("1. ", "• ") is text[start, marker_end); marker_end == start if none. */
  guint marker_end;
  /* The paragraph or item number, or 0 when the block is not numbered. */
  guint number;
  /* Page (0-based) a block starts on, for paged sources; 0 otherwise. */
  guint page;
} DossierBlock;

typedef struct
{
  guint start;
  guint end;
  DossierEmphasis style;
} DossierSpan;

#define DOSSIER_TYPE_DOCUMENT (dossier_document_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocument, dossier_document, DOSSIER, DOCUMENT, GObject)

const char *dossier_document_get_path (DossierDocument *self);
GFile *dossier_document_get_file (DossierDocument *self);
const char *dossier_document_get_title (DossierDocument *self);
DossierDocumentKind dossier_document_get_kind (DossierDocument *self);
const char *dossier_document_get_meeting (DossierDocument *self);
const char *dossier_document_get_date (DossierDocument *self);
DossierFormat dossier_document_get_format (DossierDocument *self);
const char *dossier_document_get_text (DossierDocument *self);
gsize dossier_document_get_text_bytes (DossierDocument *self);
guint dossier_document_get_length (DossierDocument *self);
const DossierBlock *dossier_document_get_blocks (DossierDocument *self, guint *n_blocks);
const DossierSpan *dossier_document_get_emphasis (DossierDocument *self, guint *n_spans);
guint dossier_document_get_n_repairs (DossierDocument *self);
guint dossier_document_get_n_pages (DossierDocument *self);
const char *dossier_document_get_content_hash (DossierDocument *self);

gsize dossier_document_offset_to_byte (DossierDocument *self, guint offset);
guint dossier_document_byte_to_offset (DossierDocument *self, gsize byte);
char *dossier_document_dup_slice (DossierDocument *self, guint start, guint end);
gsize dossier_document_source_position (DossierDocument *self, guint offset);
const DossierBlock *dossier_document_find_block (DossierDocument *self, guint offset);

const char *dossier_document_kind_to_string (DossierDocumentKind kind);
const char *dossier_document_kind_to_label (DossierDocumentKind kind);

G_END_DECLS
