/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_READER_VIEW (dossier_reader_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierReaderView, dossier_reader_view, DOSSIER, READER_VIEW, GtkTextView)

GtkWidget *dossier_reader_view_new (void);
DossierDocument *dossier_reader_view_get_document (DossierReaderView *self);
void dossier_reader_view_set_document (DossierReaderView *self, DossierDocument *document);
double dossier_reader_view_get_zoom (DossierReaderView *self);
void dossier_reader_view_set_zoom (DossierReaderView *self, double zoom);

guint dossier_reader_view_find (DossierReaderView *self, const char *needle);
guint dossier_reader_view_get_n_matches (DossierReaderView *self);
int dossier_reader_view_get_current_match (DossierReaderView *self);
void dossier_reader_view_find_next (DossierReaderView *self, gboolean backwards);
void dossier_reader_view_select_range (DossierReaderView *self, guint start, guint end);

G_END_DECLS
