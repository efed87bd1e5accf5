/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Tags as removable chips, an entry to add more, and the tags used before as suggestions. */
#define DOSSIER_TYPE_TAG_EDITOR (dossier_tag_editor_get_type ())
G_DECLARE_FINAL_TYPE (DossierTagEditor, dossier_tag_editor, DOSSIER, TAG_EDITOR, GtkWidget)

GtkWidget *dossier_tag_editor_new (void);
const char *const *dossier_tag_editor_get_tags (DossierTagEditor *self);
void dossier_tag_editor_set_tags (DossierTagEditor *self, const char *const *tags);
void dossier_tag_editor_add_tags (DossierTagEditor *self, const char *text);
void dossier_tag_editor_remove_tag (DossierTagEditor *self, const char *tag);
void dossier_tag_editor_set_known_tags (DossierTagEditor *self, const char *const *known);
gboolean dossier_tag_editor_has_typed_text (DossierTagEditor *self);
void dossier_tag_editor_take_typed_text (DossierTagEditor *self);
void dossier_tag_editor_clear_typed_text (DossierTagEditor *self);

G_END_DECLS
