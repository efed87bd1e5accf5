/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-reader-view.h"

G_BEGIN_DECLS

struct _DossierReaderView
{
  GtkTextView parent_instance;

  DossierDocument *document;
  double zoom;
  GtkCssProvider *font_provider;

  GArray *matches; /* guint pairs: start, end offsets */
  DossierEntitySet *entities;
  DossierEntity *highlighted;
  GArray *marks; /* EntityMark of the shown document, by start */
  GPtrArray *annotations; /* DossierAnnotation of the shown document, by start */
  GtkWidget *popover;     /* the annotation popover, a child of the view */
  guint n_highlighted;
  gboolean show_entities;
  int current_match;
  int last_width;

  /* Progressive loading of the shown document. */
  guint load_source;
  gsize load_byte;
  guint load_block;
  guint load_span;
  gboolean title_done;
};

typedef struct
{
  guint start;
  guint end;
  DossierEntity *entity; /* owned by the entity set */
} EntityMark;

extern const char *const dossier_reader_view_entity_tags[DOSSIER_N_ENTITY_TYPES];

void dossier_reader_view_scroll_to (DossierReaderView *self, const GtkTextIter *iter, double yalign);
void dossier_reader_view_rebuild_marks (DossierReaderView *self);
void dossier_reader_view_apply_entity_tags (DossierReaderView *self);
void dossier_reader_view_apply_annotation_tags (DossierReaderView *self);
gboolean dossier_reader_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                                            gpointer data);

G_END_DECLS
