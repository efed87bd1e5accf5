/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"
#include "dossier-annotation.h"
#include "dossier-entity-set.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_READER_VIEW (dossier_reader_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierReaderView, dossier_reader_view, DOSSIER, READER_VIEW, GtkTextView)

GtkWidget *dossier_reader_view_new (void);
DossierDocument *dossier_reader_view_get_document (DossierReaderView *self);
void dossier_reader_view_set_document (DossierReaderView *self, DossierDocument *document);
gboolean dossier_reader_view_get_loading (DossierReaderView *self);
double dossier_reader_view_get_zoom (DossierReaderView *self);
void dossier_reader_view_set_zoom (DossierReaderView *self, double zoom);

guint dossier_reader_view_find (DossierReaderView *self, const char *needle);
guint dossier_reader_view_get_n_matches (DossierReaderView *self);
int dossier_reader_view_get_current_match (DossierReaderView *self);
void dossier_reader_view_find_next (DossierReaderView *self, gboolean backwards);
void dossier_reader_view_select_range (DossierReaderView *self, guint start, guint end);

void dossier_reader_view_set_entities (DossierReaderView *self, DossierEntitySet *entities);
gboolean dossier_reader_view_get_show_entities (DossierReaderView *self);
void dossier_reader_view_set_show_entities (DossierReaderView *self, gboolean show);
void dossier_reader_view_set_highlighted_entity (DossierReaderView *self, DossierEntity *entity);
guint dossier_reader_view_get_n_highlighted (DossierReaderView *self);
DossierEntity *dossier_reader_view_get_entity_at (DossierReaderView *self, guint offset);
void dossier_reader_view_set_annotations (DossierReaderView *self, GPtrArray *annotations);
DossierAnnotation *dossier_reader_view_get_annotation_at (DossierReaderView *self, guint offset);
void dossier_reader_view_scroll_to_offset (DossierReaderView *self, guint offset);
guint dossier_reader_view_get_top_offset (DossierReaderView *self);
void dossier_reader_view_set_popover (DossierReaderView *self, GtkWidget *popover);
gboolean dossier_reader_view_get_range_rect (DossierReaderView *self, guint start, guint end, GdkRectangle *rect);
gboolean dossier_reader_view_get_selection (DossierReaderView *self, guint *start, guint *end);
gboolean dossier_reader_view_offset_has_tag (DossierReaderView *self, guint offset, const char *tag_name);

G_END_DECLS
