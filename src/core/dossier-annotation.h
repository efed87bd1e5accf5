/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-document.h"

G_BEGIN_DECLS

/* Limits shared by the workspace loader and the importers: they bound memory, not use. */
#define DOSSIER_ANNOTATION_MAX_NOTE_BYTES ((gsize) 1024 * 1024)
#define DOSSIER_ANNOTATION_MAX_QUOTE_BYTES ((gsize) 1024 * 1024)
#define DOSSIER_ANNOTATION_MAX_CONTEXT_BYTES ((gsize) 4096)
#define DOSSIER_ANNOTATION_MAX_TAG_BYTES ((gsize) 256)
#define DOSSIER_ANNOTATION_MAX_TAGS 256

#define DOSSIER_ANNOTATION_DEFAULT_COLOUR "yellow"

#define DOSSIER_TYPE_ANNOTATION (dossier_annotation_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnnotation, dossier_annotation, DOSSIER, ANNOTATION, GObject)

DossierAnnotation *dossier_annotation_new (const char *document_hash,
                                           guint start,
                                           guint end,
                                           const char *exact,
                                           const char *prefix,
                                           const char *suffix);
DossierAnnotation *dossier_annotation_new_for_selection (DossierDocument *document,
                                                         guint start,
                                                         guint end,
                                                         GError **error);
DossierAnnotation *dossier_annotation_copy (DossierAnnotation *self);
void dossier_annotation_assign (DossierAnnotation *self, DossierAnnotation *from);
gboolean dossier_annotation_equal (DossierAnnotation *a, DossierAnnotation *b);

const char *dossier_annotation_get_id (DossierAnnotation *self);
const char *dossier_annotation_get_document_hash (DossierAnnotation *self);
const char *dossier_annotation_get_document_path (DossierAnnotation *self);
void dossier_annotation_set_document_path (DossierAnnotation *self, const char *path);

const char *dossier_annotation_get_exact (DossierAnnotation *self);
const char *dossier_annotation_get_prefix (DossierAnnotation *self);
const char *dossier_annotation_get_suffix (DossierAnnotation *self);
guint dossier_annotation_get_start (DossierAnnotation *self);
guint dossier_annotation_get_end (DossierAnnotation *self);
void dossier_annotation_set_target (DossierAnnotation *self,
                                    const char *document_hash,
                                    guint start,
                                    guint end,
                                    const char *exact,
                                    const char *prefix,
                                    const char *suffix);

const char *dossier_annotation_get_colour (DossierAnnotation *self);
void dossier_annotation_set_colour (DossierAnnotation *self, const char *colour);
const char *dossier_annotation_get_note (DossierAnnotation *self);
void dossier_annotation_set_note (DossierAnnotation *self, const char *note);
const char *const *dossier_annotation_get_tags (DossierAnnotation *self);
void dossier_annotation_set_tags (DossierAnnotation *self, const char *const *tags);
gboolean dossier_annotation_has_tag (DossierAnnotation *self, const char *tag);
gboolean dossier_annotation_get_for_briefing (DossierAnnotation *self);
void dossier_annotation_set_for_briefing (DossierAnnotation *self, gboolean for_briefing);
gboolean dossier_annotation_get_orphaned (DossierAnnotation *self);
void dossier_annotation_set_orphaned (DossierAnnotation *self, gboolean orphaned);

const char *dossier_annotation_get_created (DossierAnnotation *self);
const char *dossier_annotation_get_modified (DossierAnnotation *self);
void dossier_annotation_set_modified (DossierAnnotation *self, const char *modified);

const char *const *dossier_annotation_list_colours (void);
gboolean dossier_annotation_colour_is_valid (const char *colour);
const char *dossier_annotation_colour_to_label (const char *colour);

char **dossier_annotation_normalize_tags (const char *const *tags);
char *dossier_annotation_now_iso8601 (void);
gboolean dossier_annotation_timestamp_is_valid (const char *timestamp);

G_END_DECLS
