/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-annotation-group.h"
#include "dossier-annotation-row.h"

#include "dossier-annotations-page-private.h"

/*
 * Every annotation of the workspace, grouped by document. GTK 4.8 has no list sections, so
 * the list is a tree: one row per document, its annotations as children (the model is in
 * dossier-annotations-page-model.c). Above it: search, a toggle per colour, a tag menu.
 */

G_DEFINE_FINAL_TYPE (DossierAnnotationsPage, dossier_annotations_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_WORKSPACE,
  PROP_N_VISIBLE,
  N_PROPS
};

enum
{
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Filter widgets */

/* Tags are one tag whatever their case, as in the workspace's tag list. */
static int
tag_position (char **tags, const char *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  for (int i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (tags[i], -1);
      if (strcmp (folded, other) == 0)
        return i;
    }
  return -1;
}

void
dossier_annotations_page_update_tag_list (DossierAnnotationsPage *self)
{
  g_auto (GStrv) tags
      = self->workspace ? dossier_workspace_dup_tags (self->workspace) : g_new0 (char *, 1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) items = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tag_list));
  guint selected = 0;
  gboolean same;

  g_strv_builder_addv (builder, (const char **) tags);
  /* A tag filter stays visible even when no annotation carries the tag any more. */
  if (self->tag != NULL && tag_position (tags, self->tag) < 0)
    g_strv_builder_add (builder, self->tag);
  items = g_strv_builder_end (builder);

  same = n == g_strv_length (items) + 1;
  for (guint i = 1; same && i < n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->tag_list, i), items[i - 1]) == 0;

  self->quiet = TRUE;
  if (!same)
    gtk_string_list_splice (self->tag_list, 1, n - 1, (const char *const *) items);
  if (self->tag != NULL)
    selected = tag_position (items, self->tag) + 1;
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  self->quiet = FALSE;
}

static void
update_colour_buttons (DossierAnnotationsPage *self)
{
  const char *const *colours = dossier_annotation_list_colours ();
  GtkWidget *child = gtk_widget_get_first_child (self->colour_box);

  self->quiet = TRUE;
  for (guint i = 0; child != NULL; i++, child = gtk_widget_get_next_sibling (child))
    {
      gboolean shown = !(self->hidden_colours & (1u << i));
      const char *label = dossier_annotation_colour_to_label (colours[i]);
      /* Translators: a highlight colour and whether the panel shows it, e.g. "Yellow: shown" */
      g_autofree char *tip = g_strdup_printf (shown ? _ ("%s: shown") : _ ("%s: hidden"), label);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), shown);
      gtk_widget_set_tooltip_text (child, tip);
    }
  self->quiet = FALSE;
}

static gboolean
is_filtered (DossierAnnotationsPage *self)
{
  return self->search != NULL || self->tag != NULL || self->hidden_colours != 0;
}

void
dossier_annotations_page_update_state (DossierAnnotationsPage *self)
{
  guint total = self->workspace
                    ? g_list_model_get_n_items (dossier_workspace_get_annotations (self->workspace))
                    : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->matched));
  g_autofree char *count = NULL;

  if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, _ ("No Annotations"));
      adw_status_page_set_description (
          self->empty_page, _ ("Select text in the reader to highlight it or add a note"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _ ("No Matching Annotations"));
      adw_status_page_set_description (self->empty_page, _ ("Try another search, colour or tag"));
    }
  gtk_stack_set_visible_child_name (self->stack, shown == 0 ? "empty" : "list");
  /* Nothing to search or filter yet: the empty state alone explains what to do. */
  gtk_widget_set_visible (self->filter_box, total > 0);

  if (total == 0)
    count = g_strdup ("");
  else if (is_filtered (self))
    /* Translators: annotations shown of all annotations, e.g. "3 of 12" */
    count = g_strdup_printf (_ ("%u of %u"), shown, total);
  else
    count = g_strdup_printf ("%u", total);
  gtk_label_set_text (self->count_label, count);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_VISIBLE]);
}

/* Rows */

static void
update_header (GtkWidget *expander, GParamSpec *pspec, DossierAnnotationGroup *group)
{
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *missing = gtk_widget_get_next_sibling (title);
  GtkWidget *count = gtk_widget_get_next_sibling (missing);
  g_autofree char *n = g_strdup_printf ("%u", dossier_annotation_group_get_n_items (group));

  gtk_label_set_text (GTK_LABEL (title), dossier_annotation_group_get_title (group));
  gtk_widget_set_tooltip_text (title, dossier_annotation_group_get_title (group));
  gtk_widget_set_visible (missing, !dossier_annotation_group_get_open (group));
  gtk_label_set_text (GTK_LABEL (count), n);
}

static GtkWidget *
header_new (void)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *missing = gtk_label_new (_ ("not open"));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (missing, "dim-label");
  gtk_widget_add_css_class (missing, "caption");
  gtk_widget_set_tooltip_text (missing, _ ("The document is not open; its annotations are kept"));
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), missing);
  gtk_box_append (GTK_BOX (box), count);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_widget_add_css_class (expander, "annotation-group-header");
  return expander;
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, DossierAnnotationsPage *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr (GObject) object = gtk_tree_list_row_get_item (row);
  GtkWidget *child = gtk_list_item_get_child (item);

  if (DOSSIER_IS_ANNOTATION_GROUP (object))
    {
      gulong id;

      if (!GTK_IS_TREE_EXPANDER (child))
        {
          child = header_new ();
          gtk_list_item_set_child (item, child);
        }
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), row);
      update_header (child, NULL, DOSSIER_ANNOTATION_GROUP (object));
      id = g_signal_connect_object (object, "notify", G_CALLBACK (update_header), child,
                                    G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (item), "notify-id", GSIZE_TO_POINTER (id));
      gtk_list_item_set_selectable (item, FALSE);
    }
  else
    {
      if (!DOSSIER_IS_ANNOTATION_ROW (child))
        {
          child = dossier_annotation_row_new ();
          gtk_list_item_set_child (item, child);
        }
      dossier_annotation_row_set_annotation (DOSSIER_ANNOTATION_ROW (child),
                                             DOSSIER_ANNOTATION (object));
      gtk_list_item_set_selectable (item, TRUE);
    }
}

static void
unbind_row (GtkSignalListItemFactory *factory, GtkListItem *item, DossierAnnotationsPage *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr (GObject) object = row ? gtk_tree_list_row_get_item (row) : NULL;
  GtkWidget *child = gtk_list_item_get_child (item);
  gulong id = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (item), "notify-id"));

  if (id != 0 && object != NULL)
    g_signal_handler_disconnect (object, id);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  else if (DOSSIER_IS_ANNOTATION_ROW (child))
    dossier_annotation_row_set_annotation (DOSSIER_ANNOTATION_ROW (child), NULL);
}

/* Selection and activation */

static void
activate_annotation (DossierAnnotationsPage *self, DossierAnnotation *annotation)
{
  g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

/* The issue asks that selecting an annotation jumps to it, so arrowing through the list
 * walks the reader along; only the analyst's own selections count. */
static void
on_selection_changed (DossierAnnotationsPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  DossierAnnotation *annotation = DOSSIER_IS_ANNOTATION (item) ? DOSSIER_ANNOTATION (item) : NULL;

  if (annotation == self->selected)
    return;
  g_set_object (&self->selected, annotation);
  if (!self->quiet && annotation != NULL)
    activate_annotation (self, annotation);
}

static void
on_list_activate (DossierAnnotationsPage *self, guint position, GtkListView *view)
{
  g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (DOSSIER_IS_ANNOTATION (item))
    activate_annotation (self, DOSSIER_ANNOTATION (item));
  else if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static int
find_row (DossierAnnotationsPage *self, DossierAnnotation *annotation)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (item == (GObject *) annotation)
        return (int) i;
      /* A collapsed group hides the annotation: open it. */
      if (DOSSIER_IS_ANNOTATION_GROUP (item) && !gtk_tree_list_row_get_expanded (row)
          && g_strcmp0 (dossier_annotation_group_get_content_hash (DOSSIER_ANNOTATION_GROUP (item)),
                        dossier_annotation_get_document_hash (annotation))
                 == 0)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
        }
    }
  return -1;
}

/**
 * dossier_annotations_page_select:
 * @annotation: (nullable): an annotation of the workspace, or %NULL to unselect
 *
 * Selects and shows @annotation, e.g. when the analyst clicks its highlight in the reader,
 * without emitting #DossierAnnotationsPage::annotation-activated.
 *
 * Returns: whether @annotation is in the list with the current filters
 */
gboolean
dossier_annotations_page_select (DossierAnnotationsPage *self, DossierAnnotation *annotation)
{
  int position;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (annotation == NULL || DOSSIER_IS_ANNOTATION (annotation), FALSE);

  dossier_annotations_page_flush (self);
  position = annotation ? find_row (self, annotation) : -1;
  self->quiet = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  self->quiet = FALSE;
  if (position < 0)
    return FALSE;
  /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does it. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              (guint) position);
  return TRUE;
}

/**
 * dossier_annotations_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected annotation
 */
DossierAnnotation *
dossier_annotations_page_get_selected (DossierAnnotationsPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), NULL);
  return self->selected;
}

/* Public API */

/**
 * dossier_annotations_page_set_workspace:
 * @workspace: (nullable): the window's workspace
 *
 * Shows the annotations of @workspace and follows its changes.
 */
void
dossier_annotations_page_set_workspace (DossierAnnotationsPage *self, DossierWorkspace *workspace)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));
  g_return_if_fail (workspace == NULL || DOSSIER_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->workspace, self);
      g_signal_handlers_disconnect_by_data (dossier_workspace_get_annotations (self->workspace),
                                            self);
    }
  g_set_object (&self->workspace, workspace);
  g_set_object (&self->selected, NULL);
  gtk_filter_list_model_set_model (
      self->matched, workspace ? dossier_workspace_get_annotations (workspace) : NULL);
  if (workspace != NULL)
    {
      g_signal_connect_swapped (workspace, "annotation-changed",
                                G_CALLBACK (dossier_annotations_page_queue_update), self);
      g_signal_connect_swapped (dossier_workspace_get_annotations (workspace), "items-changed",
                                G_CALLBACK (dossier_annotations_page_queue_update), self);
    }
  dossier_annotations_page_update_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * dossier_annotations_page_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
DossierWorkspace *
dossier_annotations_page_get_workspace (DossierAnnotationsPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), NULL);
  return self->workspace;
}

/**
 * dossier_annotations_page_set_corpus:
 * @documents: (nullable): a #GListModel of the open #DossierDocument, for group titles and order
 */
void
dossier_annotations_page_set_corpus (DossierAnnotationsPage *self, GListModel *documents)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));
  g_return_if_fail (documents == NULL || G_IS_LIST_MODEL (documents));

  if (self->corpus == documents)
    return;
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_set_object (&self->corpus, documents);
  if (documents != NULL)
    g_signal_connect_swapped (documents, "items-changed",
                              G_CALLBACK (dossier_annotations_page_queue_update), self);
  dossier_annotations_page_update_now (self);
}

void
dossier_annotations_page_set_search_text (DossierAnnotationsPage *self, const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
    {
      self->quiet = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
      self->quiet = FALSE;
    }
  dossier_annotations_page_flush (self);
  dossier_annotations_page_refilter (self);
}

void
dossier_annotations_page_set_colour_visible (DossierAnnotationsPage *self, const char *colour,
                                             gboolean visible)
{
  int i;

  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));
  i = dossier_annotations_page_colour_index (colour);
  g_return_if_fail (i >= 0);

  if (visible)
    self->hidden_colours &= ~(1u << i);
  else
    self->hidden_colours |= 1u << i;
  update_colour_buttons (self);
  dossier_annotations_page_flush (self);
  dossier_annotations_page_refilter (self);
}

gboolean
dossier_annotations_page_get_colour_visible (DossierAnnotationsPage *self, const char *colour)
{
  int i;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), FALSE);
  i = dossier_annotations_page_colour_index (colour);
  g_return_val_if_fail (i >= 0, FALSE);
  return !(self->hidden_colours & (1u << i));
}

/**
 * dossier_annotations_page_set_tag:
 * @tag: (nullable): show only annotations with this tag (ignoring case), or %NULL for all
 */
void
dossier_annotations_page_set_tag (DossierAnnotationsPage *self, const char *tag)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));

  g_free (self->tag);
  self->tag = tag && tag[0] ? g_strdup (tag) : NULL;
  dossier_annotations_page_flush (self);
  dossier_annotations_page_update_tag_list (self);
  dossier_annotations_page_refilter (self);
}

/**
 * dossier_annotations_page_get_tag:
 *
 * Returns: (nullable): the tag the list is filtered by
 */
const char *
dossier_annotations_page_get_tag (DossierAnnotationsPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), NULL);
  return self->tag;
}

/**
 * dossier_annotations_page_get_n_visible:
 *
 * Returns: how many annotations the list shows with the current filters
 */
guint
dossier_annotations_page_get_n_visible (DossierAnnotationsPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), 0);

  dossier_annotations_page_flush (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->matched));
}

/**
 * dossier_annotations_page_get_n_groups:
 *
 * Returns: how many documents the list shows
 */
guint
dossier_annotations_page_get_n_groups (DossierAnnotationsPage *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), 0);

  dossier_annotations_page_flush (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->visible_groups));
}

/**
 * dossier_annotations_page_dup_group_title:
 * @index: a group shown, from 0 to dossier_annotations_page_get_n_groups() - 1
 *
 * Returns: (transfer full) (nullable): the title of that document group
 */
char *
dossier_annotations_page_dup_group_title (DossierAnnotationsPage *self, guint index)
{
  g_autoptr (DossierAnnotationGroup) group = NULL;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self), NULL);

  dossier_annotations_page_flush (self);
  group = g_list_model_get_item (G_LIST_MODEL (self->visible_groups), index);
  return group ? g_strdup (dossier_annotation_group_get_title (group)) : NULL;
}

void
dossier_annotations_page_focus_search (DossierAnnotationsPage *self)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Widget signals */

static void
on_search_changed (DossierAnnotationsPage *self, GtkSearchEntry *entry)
{
  if (!self->quiet)
    dossier_annotations_page_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_colour_toggled (GtkToggleButton *button, DossierAnnotationsPage *self)
{
  if (!self->quiet)
    dossier_annotations_page_set_colour_visible (self,
                                                 g_object_get_data (G_OBJECT (button), "colour"),
                                                 gtk_toggle_button_get_active (button));
}

static void
on_tag_selected (DossierAnnotationsPage *self, GParamSpec *pspec, GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->quiet)
    return;
  dossier_annotations_page_set_tag (self,
                                    selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                        ? NULL
                                        : gtk_string_list_get_string (self->tag_list, selected));
}

static void
dossier_annotations_page_dispose (GObject *object)
{
  DossierAnnotationsPage *self = DOSSIER_ANNOTATIONS_PAGE (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->workspace, self);
      g_signal_handlers_disconnect_by_data (dossier_workspace_get_annotations (self->workspace),
                                            self);
    }
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ANNOTATIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->visible_groups);
  g_clear_object (&self->groups);
  g_clear_pointer (&self->group_filters, g_hash_table_unref);
  g_clear_object (&self->matched);
  g_clear_object (&self->position_sorter);
  g_clear_object (&self->tag_list);
  g_clear_object (&self->selected);
  g_clear_object (&self->workspace);
  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (dossier_annotations_page_parent_class)->dispose (object);
}

static void
dossier_annotations_page_finalize (GObject *object)
{
  DossierAnnotationsPage *self = DOSSIER_ANNOTATIONS_PAGE (object);

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->tag, g_free);
  G_OBJECT_CLASS (dossier_annotations_page_parent_class)->finalize (object);
}

static void
dossier_annotations_page_get_property (GObject *object, guint prop_id, GValue *value,
                                       GParamSpec *pspec)
{
  DossierAnnotationsPage *self = DOSSIER_ANNOTATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_N_VISIBLE:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->matched)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotations_page_set_property (GObject *object, guint prop_id, const GValue *value,
                                       GParamSpec *pspec)
{
  DossierAnnotationsPage *self = DOSSIER_ANNOTATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      dossier_annotations_page_set_workspace (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotations_page_class_init (DossierAnnotationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotations_page_dispose;
  object_class->finalize = dossier_annotations_page_finalize;
  object_class->get_property = dossier_annotations_page_get_property;
  object_class->set_property = dossier_annotations_page_set_property;

  properties[PROP_WORKSPACE]
      = g_param_spec_object ("workspace", NULL, NULL, DOSSIER_TYPE_WORKSPACE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_VISIBLE] = g_param_spec_uint ("n-visible", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierAnnotationsPage::annotation-activated:
   * @annotation: the annotation the analyst selected or activated
   *
   * The window shows the annotation's passage in the reader.
   */
  signals[ANNOTATION_ACTIVATED]
      = g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/dossier/Dossier/ui/dossier-annotations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, box);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, colour_box);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationsPage, empty_page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationspage");
}

static void
dossier_annotations_page_init (DossierAnnotationsPage *self)
{
  const char *const *colours = dossier_annotation_list_colours ();
  GtkListItemFactory *factory;
  const char *all_tags[] = { _ ("All tags"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  dossier_annotations_page_init_model (self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_list_activate), self);

  for (guint i = 0; colours[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_button_set_child (GTK_BUTTON (button),
                            gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_widget_add_css_class (button, "annotation-swatch");
      gtk_widget_add_css_class (button, "small");
      dossier_annotation_style_swatch (button, colours[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dossier_annotation_colour_to_label (colours[i]), -1);
      g_object_set_data (G_OBJECT (button), "colour", (gpointer) colours[i]);
      g_signal_connect (button, "toggled", G_CALLBACK (on_colour_toggled), self);
      gtk_box_append (GTK_BOX (self->colour_box), button);
    }
  update_colour_buttons (self);

  self->tag_list = gtk_string_list_new (all_tags);
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tag_list));
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (on_tag_selected),
                            self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                            self);

  dossier_annotations_page_update_now (self);
}

GtkWidget *
dossier_annotations_page_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATIONS_PAGE, NULL);
}
