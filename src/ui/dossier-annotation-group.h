/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One document's annotations in the annotations panel: a header row and its children. */
#define DOSSIER_TYPE_ANNOTATION_GROUP (dossier_annotation_group_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnnotationGroup, dossier_annotation_group, DOSSIER, ANNOTATION_GROUP,
                      GObject)

DossierAnnotationGroup *dossier_annotation_group_new (const char *content_hash, GListModel *model);
const char *dossier_annotation_group_get_content_hash (DossierAnnotationGroup *self);
const char *dossier_annotation_group_get_title (DossierAnnotationGroup *self);
void dossier_annotation_group_set_title (DossierAnnotationGroup *self, const char *title);
GListModel *dossier_annotation_group_get_model (DossierAnnotationGroup *self);
guint dossier_annotation_group_get_n_items (DossierAnnotationGroup *self);
gboolean dossier_annotation_group_get_open (DossierAnnotationGroup *self);
void dossier_annotation_group_set_open (DossierAnnotationGroup *self, gboolean open);

G_END_DECLS
