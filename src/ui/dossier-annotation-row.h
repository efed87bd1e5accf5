/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"

G_BEGIN_DECLS

/* One annotation in the annotations panel: its colour, quote, note, tags and state. */
#define DOSSIER_TYPE_ANNOTATION_ROW (dossier_annotation_row_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnnotationRow, dossier_annotation_row, DOSSIER, ANNOTATION_ROW,
                      GtkWidget)

GtkWidget *dossier_annotation_row_new (void);
DossierAnnotation *dossier_annotation_row_get_annotation (DossierAnnotationRow *self);
void dossier_annotation_row_set_annotation (DossierAnnotationRow *self, DossierAnnotation *annotation);

void dossier_annotation_style_swatch (GtkWidget *widget, const char *colour);
char *dossier_annotation_flatten_text (const char *text, guint max_chars);

G_END_DECLS
