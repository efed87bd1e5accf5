/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"
#include "dossier-document.h"
#include "dossier-undo-stack.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_POPOVER (dossier_annotation_popover_get_type ())
G_DECLARE_FINAL_TYPE (DossierAnnotationPopover, dossier_annotation_popover, DOSSIER,
                      ANNOTATION_POPOVER, GtkPopover)

GtkWidget *dossier_annotation_popover_new (DossierUndoStack *undo);
DossierUndoStack *dossier_annotation_popover_get_undo_stack (DossierAnnotationPopover *self);
void dossier_annotation_popover_set_undo_stack (DossierAnnotationPopover *self, DossierUndoStack *undo);

void dossier_annotation_popover_edit_new (DossierAnnotationPopover *self, DossierDocument *document,
                                          guint start, guint end);
void dossier_annotation_popover_edit_existing (DossierAnnotationPopover *self,
                                               DossierAnnotation *annotation);
DossierAnnotation *dossier_annotation_popover_get_annotation (DossierAnnotationPopover *self);
gboolean dossier_annotation_popover_get_is_new (DossierAnnotationPopover *self);

/* The form, as the analyst fills it in. */
const char *dossier_annotation_popover_get_colour (DossierAnnotationPopover *self);
void dossier_annotation_popover_choose_colour (DossierAnnotationPopover *self, const char *colour);
char *dossier_annotation_popover_dup_note (DossierAnnotationPopover *self);
void dossier_annotation_popover_set_note (DossierAnnotationPopover *self, const char *note);
const char *const *dossier_annotation_popover_get_tags (DossierAnnotationPopover *self);
void dossier_annotation_popover_add_tags (DossierAnnotationPopover *self, const char *text);
void dossier_annotation_popover_remove_tag (DossierAnnotationPopover *self, const char *tag);
gboolean dossier_annotation_popover_get_for_briefing (DossierAnnotationPopover *self);
void dossier_annotation_popover_set_for_briefing (DossierAnnotationPopover *self, gboolean for_briefing);

gboolean dossier_annotation_popover_save (DossierAnnotationPopover *self);
gboolean dossier_annotation_popover_delete (DossierAnnotationPopover *self);

G_END_DECLS
