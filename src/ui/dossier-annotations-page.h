/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-workspace.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATIONS_PAGE (dossier_annotations_page_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnnotationsPage, dossier_annotations_page, DOSSIER, ANNOTATIONS_PAGE,
                      GtkWidget)

GtkWidget *dossier_annotations_page_new (void);
DossierWorkspace *dossier_annotations_page_get_workspace (DossierAnnotationsPage *self);
void dossier_annotations_page_set_workspace (DossierAnnotationsPage *self, DossierWorkspace *workspace);
void dossier_annotations_page_set_corpus (DossierAnnotationsPage *self, GListModel *documents);

void dossier_annotations_page_set_search_text (DossierAnnotationsPage *self, const char *text);
void dossier_annotations_page_set_colour_visible (DossierAnnotationsPage *self, const char *colour,
                                                  gboolean visible);
gboolean dossier_annotations_page_get_colour_visible (DossierAnnotationsPage *self, const char *colour);
void dossier_annotations_page_set_tag (DossierAnnotationsPage *self, const char *tag);
const char *dossier_annotations_page_get_tag (DossierAnnotationsPage *self);

guint dossier_annotations_page_get_n_visible (DossierAnnotationsPage *self);
guint dossier_annotations_page_get_n_groups (DossierAnnotationsPage *self);
char *dossier_annotations_page_dup_group_title (DossierAnnotationsPage *self, guint index);
DossierAnnotation *dossier_annotations_page_get_selected (DossierAnnotationsPage *self);
gboolean dossier_annotations_page_select (DossierAnnotationsPage *self, DossierAnnotation *annotation);
void dossier_annotations_page_focus_search (DossierAnnotationsPage *self);

G_END_DECLS
