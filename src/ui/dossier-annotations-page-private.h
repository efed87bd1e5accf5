/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dossier-annotations-page.h"

G_BEGIN_DECLS

struct _DossierAnnotationsPage
{
  GtkWidget parent_instance;

  DossierWorkspace *workspace;
  GListModel *corpus;
  char *search; /* casefolded; NULL for none */
  char *tag;
  guint hidden_colours; /* bit i: the i-th colour of dossier_annotation_list_colours() */

  GtkCustomFilter *match_filter;
  GtkFilterListModel *matched;
  GtkCustomSorter *position_sorter;
  GListStore *groups;
  GHashTable *group_filters; /* content hash → GtkFilter of its group */
  GtkCustomFilter *group_filter;
  GtkFilterListModel *visible_groups;
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  DossierAnnotation *selected;
  GtkStringList *tag_list;
  guint update_source;
  gboolean quiet; /* selection and filter widgets changed by code, not by the analyst */

  GtkWidget *box;
  GtkLabel *count_label;
  GtkWidget *filter_box;
  GtkSearchEntry *search_entry;
  GtkWidget *colour_box;
  GtkDropDown *tag_dropdown;
  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *empty_page;
};

/* dossier-annotations-page-model.c: filtering, grouping and following the workspace */
void dossier_annotations_page_init_model (DossierAnnotationsPage *self);
int dossier_annotations_page_colour_index (const char *colour);
void dossier_annotations_page_refilter (DossierAnnotationsPage *self);
void dossier_annotations_page_update_now (DossierAnnotationsPage *self);
void dossier_annotations_page_queue_update (DossierAnnotationsPage *self);
void dossier_annotations_page_flush (DossierAnnotationsPage *self);

/* dossier-annotations-page.c: the widgets that show the model's state */
void dossier_annotations_page_update_tag_list (DossierAnnotationsPage *self);
void dossier_annotations_page_update_state (DossierAnnotationsPage *self);

G_END_DECLS
