/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-entity-group.h"
#include "dossier-entity-sidebar.h"
#include "dossier-kwic.h"

/* Mentions listed for one entity: beyond this the list says how many more there are. */
#define MAX_LISTED_MENTIONS 500
#define KWIC_CONTEXT_CHARS 48

struct _DossierEntitySidebar
{
  GtkWidget parent_instance;

  DossierEntitySet *entities;
  DossierDocument *document;
  gboolean all_documents;
  gboolean by_name;
  char *filter_text; /* casefolded */

  GListStore *groups;
  GtkFilterListModel *visible_groups;
  GtkCustomFilter *group_filter;
  GPtrArray *entity_filters; /* GtkCustomFilter per group */
  GPtrArray *entity_sorters; /* GtkCustomSorter per group */
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  DossierEntity *selected;

  GtkWidget *box;
  GtkSpinner *spinner;
  GtkDropDown *sort_dropdown;
  GtkSearchEntry *filter_entry;
  GtkToggleButton *scope_document;
  GtkToggleButton *scope_all;
  GtkStack *list_stack;
  AdwStatusPage *empty_page;
  GtkListView *entity_list;
  GtkWidget *mentions_box;
  GtkLabel *mentions_title;
  GtkListBox *mention_list;
};

G_DEFINE_FINAL_TYPE (DossierEntitySidebar, dossier_entity_sidebar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum
{
  MENTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

guint
dossier_entity_sidebar_count_in_scope (DossierEntitySidebar *self, DossierEntity *entity)
{
  guint n, count = 0;
  const DossierMention *mentions = dossier_entity_get_mentions (entity, &n);

  if (self->all_documents || self->document == NULL)
    return n;
  for (guint i = 0; i < n; i++)
    if (mentions[i].document == self->document)
      count++;
  return count;
}

static gboolean
matches_text (DossierEntitySidebar *self, DossierEntity *entity)
{
  const char *const *aliases;

  if (self->filter_text == NULL || self->filter_text[0] == '\0')
    return TRUE;
  aliases = dossier_entity_get_aliases (entity);
  for (guint i = 0; aliases && aliases[i]; i++)
    {
      g_autofree char *folded = g_utf8_casefold (aliases[i], -1);
      if (strstr (folded, self->filter_text))
        return TRUE;
    }
  {
    g_autofree char *folded = g_utf8_casefold (dossier_entity_get_name (entity), -1);
    return strstr (folded, self->filter_text) != NULL;
  }
}

typedef struct
{
  DossierEntitySidebar *sidebar;
  DossierEntityType type;
} GroupClosure;

static gboolean
entity_filter_func (gpointer item, gpointer user_data)
{
  GroupClosure *c = user_data;
  DossierEntity *entity = item;

  return dossier_entity_get_entity_type (entity) == c->type
         && dossier_entity_sidebar_count_in_scope (c->sidebar, entity) > 0 && matches_text (c->sidebar, entity);
}

static int
entity_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GroupClosure *c = user_data;
  DossierEntity *ea = (DossierEntity *) a;
  DossierEntity *eb = (DossierEntity *) b;

  if (!c->sidebar->by_name)
    {
      guint na = dossier_entity_sidebar_count_in_scope (c->sidebar, ea);
      guint nb = dossier_entity_sidebar_count_in_scope (c->sidebar, eb);
      if (na != nb)
        return na > nb ? -1 : 1;
    }
  return g_utf8_collate (dossier_entity_get_name (ea), dossier_entity_get_name (eb));
}

static gboolean
group_filter_func (gpointer item, gpointer user_data)
{
  return g_list_model_get_n_items (dossier_entity_group_get_model (item)) > 0;
}

static GListModel *
create_children (gpointer item, gpointer user_data)
{
  if (DOSSIER_IS_ENTITY_GROUP (item))
    return g_object_ref (dossier_entity_group_get_model (item));
  return NULL;
}

static void
update_empty_state (DossierEntitySidebar *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->visible_groups)) == 0;

  if (self->entities == NULL)
    adw_status_page_set_description (self->empty_page, _("Entities appear here once the documents are analysed"));
  else if (self->filter_text && self->filter_text[0])
    adw_status_page_set_description (self->empty_page, _("No entity matches the filter"));
  else
    adw_status_page_set_description (self->empty_page, _("No named entities were found"));
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static void
refilter (DossierEntitySidebar *self)
{
  for (guint i = 0; i < self->entity_filters->len; i++)
    gtk_filter_changed (g_ptr_array_index (self->entity_filters, i), GTK_FILTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < self->entity_sorters->len; i++)
    gtk_sorter_changed (g_ptr_array_index (self->entity_sorters, i), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->group_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

static void
rebuild_groups (DossierEntitySidebar *self)
{
  g_list_store_remove_all (self->groups);
  g_ptr_array_set_size (self->entity_filters, 0);
  g_ptr_array_set_size (self->entity_sorters, 0);

  if (self->entities == NULL)
    {
      update_empty_state (self);
      return;
    }

  for (int type = 0; type < DOSSIER_N_ENTITY_TYPES; type++)
    {
      GroupClosure *c = g_new0 (GroupClosure, 1);
      GtkCustomFilter *filter;
      GtkCustomSorter *sorter;
      GtkFilterListModel *filtered;
      GtkSortListModel *sorted;
      g_autoptr (DossierEntityGroup) group = NULL;

      c->sidebar = self;
      c->type = type;
      filter = gtk_custom_filter_new (entity_filter_func, c, g_free);
      sorter = gtk_custom_sorter_new (entity_sort_func, c, NULL);
      g_ptr_array_add (self->entity_filters, g_object_ref (filter));
      g_ptr_array_add (self->entity_sorters, g_object_ref (sorter));
      filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->entities)), GTK_FILTER (filter));
      sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter));
      group = dossier_entity_group_new (type, G_LIST_MODEL (sorted));
      g_object_unref (sorted);
      g_list_store_append (self->groups, group);
    }
  refilter (self);
}

static void
bind_mentions (DossierEntitySidebar *self)
{
  GtkWidget *child;
  guint n = 0;
  const DossierMention *mentions;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mention_list))))
    gtk_list_box_remove (self->mention_list, child);

  gtk_widget_set_visible (self->mentions_box, self->selected != NULL);
  if (self->selected == NULL)
    return;

  mentions = dossier_entity_get_mentions (self->selected, &n);
  {
    g_autofree char *title = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s · %u mention", "%s · %u mentions", n),
        dossier_entity_get_name (self->selected), n);
    gtk_label_set_text (self->mentions_title, title);
  }

  for (guint i = 0; i < n && i < MAX_LISTED_MENTIONS; i++)
    {
      DossierKwic kwic = { 0 };
      GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *source = gtk_label_new (dossier_document_get_title (mentions[i].document));
      GtkWidget *context = gtk_label_new (NULL);
      GtkWidget *row = gtk_list_box_row_new ();
      g_autofree char *b = NULL;
      g_autofree char *k = NULL;
      g_autofree char *a = NULL;
      g_autofree char *markup = NULL;

      dossier_kwic_init (&kwic, mentions[i].document, mentions[i].start, mentions[i].end, KWIC_CONTEXT_CHARS);
      b = g_markup_escape_text (kwic.before, -1);
      k = g_markup_escape_text (kwic.keyword, -1);
      a = g_markup_escape_text (kwic.after, -1);
      markup = g_strdup_printf ("%s<b>%s</b>%s", b, k, a);
      dossier_kwic_clear (&kwic);

      gtk_label_set_xalign (GTK_LABEL (source), 0);
      gtk_label_set_ellipsize (GTK_LABEL (source), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (source, "caption");
      gtk_widget_add_css_class (source, "dim-label");
      gtk_label_set_markup (GTK_LABEL (context), markup);
      gtk_label_set_xalign (GTK_LABEL (context), 0);
      gtk_label_set_wrap (GTK_LABEL (context), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (context), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (context), 40);
      gtk_box_append (GTK_BOX (row_box), source);
      gtk_box_append (GTK_BOX (row_box), context);
      gtk_widget_set_margin_top (row_box, 4);
      gtk_widget_set_margin_bottom (row_box, 4);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), row_box);
      g_object_set_data (G_OBJECT (row), "mention-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->mention_list, row);
    }
  if (n > MAX_LISTED_MENTIONS)
    {
      g_autofree char *more = g_strdup_printf (_("%u more mentions not listed"), n - MAX_LISTED_MENTIONS);
      GtkWidget *label = gtk_label_new (more);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->mention_list, label);
    }
}

void
dossier_entity_sidebar_activate_mention (DossierEntitySidebar *self, guint index)
{
  guint n;
  const DossierMention *mentions;

  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  if (self->selected == NULL)
    return;
  mentions = dossier_entity_get_mentions (self->selected, &n);
  if (index >= n)
    return;
  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, mentions[index].document, mentions[index].start,
                 mentions[index].end);
}

static void
on_mention_row_activated (DossierEntitySidebar *self, GtkListBoxRow *row, GtkListBox *box)
{
  gpointer index = g_object_get_data (G_OBJECT (row), "mention-index");

  dossier_entity_sidebar_activate_mention (self, GPOINTER_TO_UINT (index));
}

static void
set_selected (DossierEntitySidebar *self, DossierEntity *entity)
{
  if (!g_set_object (&self->selected, entity))
    return;
  bind_mentions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_selection_changed (DossierEntitySidebar *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  gpointer item = row ? gtk_tree_list_row_get_item (row) : NULL;

  set_selected (self, DOSSIER_IS_ENTITY (item) ? item : NULL);
  g_clear_object (&item);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  DossierEntitySidebar *self = data;
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkLabel *name = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *count = GTK_LABEL (gtk_widget_get_last_child (box));
  g_autoptr (GObject) object = gtk_tree_list_row_get_item (row);
  g_autofree char *n = NULL;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  if (DOSSIER_IS_ENTITY_GROUP (object))
    {
      DossierEntityGroup *group = DOSSIER_ENTITY_GROUP (object);
      g_autofree char *markup = g_markup_printf_escaped (
          "<b>%s</b>", dossier_entity_type_to_label (dossier_entity_group_get_entity_type (group)));

      gtk_label_set_markup (name, markup);
      n = g_strdup_printf ("%u", g_list_model_get_n_items (dossier_entity_group_get_model (group)));
      gtk_list_item_set_selectable (item, FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (name), NULL);
    }
  else
    {
      DossierEntity *entity = DOSSIER_ENTITY (object);
      const char *acronym = dossier_entity_get_acronym (entity);
      const char *canonical = dossier_entity_get_name (entity);
      g_autofree char *label = NULL;

      /* An acronym shows its expansion: analysts meet the short form in the text. */
      if (acronym && g_strcmp0 (acronym, canonical) != 0)
        label = g_markup_printf_escaped ("<b>%s</b> · %s", acronym, canonical);
      else
        label = g_markup_escape_text (canonical, -1);
      gtk_label_set_markup (name, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (name), canonical);
      n = g_strdup_printf ("%u", dossier_entity_sidebar_count_in_scope (self, entity));
      gtk_list_item_set_selectable (item, TRUE);
    }
  gtk_label_set_text (count, n);
}

static void
on_filter_changed (DossierEntitySidebar *self, GtkSearchEntry *entry)
{
  dossier_entity_sidebar_set_filter_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_scope_toggled (DossierEntitySidebar *self, GtkToggleButton *button)
{
  dossier_entity_sidebar_set_all_documents (self, gtk_toggle_button_get_active (self->scope_all));
}

static void
on_sort_changed (DossierEntitySidebar *self, GParamSpec *pspec, GtkDropDown *dropdown)
{
  self->by_name = gtk_drop_down_get_selected (dropdown) == 1;
  refilter (self);
}

void
dossier_entity_sidebar_set_filter_text (DossierEntitySidebar *self, const char *text)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  g_free (self->filter_text);
  self->filter_text = text ? g_utf8_casefold (text, -1) : NULL;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text ? text : "");
  refilter (self);
}

void
dossier_entity_sidebar_set_all_documents (DossierEntitySidebar *self, gboolean all)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  if (self->all_documents == all)
    return;
  self->all_documents = all;
  gtk_toggle_button_set_active (all ? self->scope_all : self->scope_document, TRUE);
  refilter (self);
}

void
dossier_entity_sidebar_set_entities (DossierEntitySidebar *self, DossierEntitySet *entities)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  set_selected (self, NULL);
  g_set_object (&self->entities, entities);
  rebuild_groups (self);
}

void
dossier_entity_sidebar_set_document (DossierEntitySidebar *self, DossierDocument *document)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  if (g_set_object (&self->document, document) && !self->all_documents)
    refilter (self);
}

void
dossier_entity_sidebar_set_busy (DossierEntitySidebar *self, gboolean busy)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self));

  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

/**
 * dossier_entity_sidebar_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected entity
 */
DossierEntity *
dossier_entity_sidebar_get_selected (DossierEntitySidebar *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self), NULL);
  return self->selected;
}

/**
 * dossier_entity_sidebar_select:
 *
 * Selects @entity in the list if it is visible with the current scope and filter.
 *
 * Returns: %TRUE if it was found
 */
gboolean
dossier_entity_sidebar_select (DossierEntitySidebar *self, DossierEntity *entity)
{
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

      if (item == (GObject *) entity)
        {
          gtk_single_selection_set_selected (self->selection, i);
          /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does it. */
          gtk_widget_activate_action (GTK_WIDGET (self->entity_list), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

guint
dossier_entity_sidebar_get_n_visible (DossierEntitySidebar *self)
{
  guint total = 0;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_SIDEBAR (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->visible_groups));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierEntityGroup) group = g_list_model_get_item (G_LIST_MODEL (self->visible_groups), i);
      total += g_list_model_get_n_items (dossier_entity_group_get_model (group));
    }
  return total;
}

void
dossier_entity_sidebar_focus_filter (DossierEntitySidebar *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
}

static void
dossier_entity_sidebar_dispose (GObject *object)
{
  DossierEntitySidebar *self = DOSSIER_ENTITY_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ENTITY_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->visible_groups);
  g_clear_object (&self->groups);
  g_clear_object (&self->selected);
  g_clear_object (&self->entities);
  g_clear_object (&self->document);
  g_clear_pointer (&self->entity_filters, g_ptr_array_unref);
  g_clear_pointer (&self->entity_sorters, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_entity_sidebar_parent_class)->dispose (object);
}

static void
dossier_entity_sidebar_finalize (GObject *object)
{
  DossierEntitySidebar *self = DOSSIER_ENTITY_SIDEBAR (object);

  g_clear_pointer (&self->filter_text, g_free);
  G_OBJECT_CLASS (dossier_entity_sidebar_parent_class)->finalize (object);
}

static void
dossier_entity_sidebar_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierEntitySidebar *self = DOSSIER_ENTITY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_sidebar_class_init (DossierEntitySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_sidebar_dispose;
  object_class->finalize = dossier_entity_sidebar_finalize;
  object_class->get_property = dossier_entity_sidebar_get_property;

  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, DOSSIER_TYPE_ENTITY,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierEntitySidebar::mention-activated:
   * @document: the document of the mention
   * @start: its first code point
   * @end: the code point after it
   */
  signals[MENTION_ACTIVATED] = g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 3, DOSSIER_TYPE_DOCUMENT,
                                             G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dossier/Dossier/ui/dossier-entity-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, box);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, spinner);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, scope_document);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, scope_all);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, entity_list);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, mentions_box);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, mentions_title);
  gtk_widget_class_bind_template_child (widget_class, DossierEntitySidebar, mention_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitysidebar");
}

static void
dossier_entity_sidebar_init (DossierEntitySidebar *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entity_filters = g_ptr_array_new_with_free_func (g_object_unref);
  self->entity_sorters = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = g_list_store_new (DOSSIER_TYPE_ENTITY_GROUP);
  self->group_filter = gtk_custom_filter_new (group_filter_func, NULL, NULL);
  self->visible_groups = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)),
                                                    GTK_FILTER (self->group_filter));
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->visible_groups)), FALSE, TRUE,
                                        create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->entity_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->entity_list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->filter_entry, "search-changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->scope_all, "toggled", G_CALLBACK (on_scope_toggled), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (on_sort_changed), self);
  g_signal_connect_swapped (self->mention_list, "row-activated", G_CALLBACK (on_mention_row_activated), self);

  dossier_entity_sidebar_set_busy (self, FALSE);
  update_empty_state (self);
}

GtkWidget *
dossier_entity_sidebar_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_SIDEBAR, NULL);
}
