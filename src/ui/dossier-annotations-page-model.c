/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dossier-annotation-group.h"
#include "dossier-annotations-page-private.h"

/*
 * The annotations panel's model: the workspace's annotations through one filter (search,
 * colours, tag), then per document a filter by content hash and a sort by position, the
 * documents as the top level of a tree. Changes to the workspace are gathered and applied
 * once, before the next frame; anything that reads the model first applies what is pending.
 */

int
dossier_annotations_page_colour_index (const char *colour)
{
  const char *const *colours = dossier_annotation_list_colours ();

  for (int i = 0; colours[i] != NULL; i++)
    if (g_strcmp0 (colours[i], colour) == 0)
      return i;
  return -1;
}

static gboolean
contains_folded (const char *text, const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
match_func (gpointer item, gpointer user_data)
{
  DossierAnnotationsPage *self = user_data;
  DossierAnnotation *a = item;
  int colour = dossier_annotations_page_colour_index (dossier_annotation_get_colour (a));
  const char *const *tags;

  if (colour >= 0 && (self->hidden_colours & (1u << colour)))
    return FALSE;
  if (self->tag != NULL && !dossier_annotation_has_tag (a, self->tag))
    return FALSE;
  if (self->search == NULL)
    return TRUE;
  if (contains_folded (dossier_annotation_get_exact (a), self->search)
      || contains_folded (dossier_annotation_get_note (a), self->search))
    return TRUE;
  tags = dossier_annotation_get_tags (a);
  for (guint i = 0; tags[i] != NULL; i++)
    if (contains_folded (tags[i], self->search))
      return TRUE;
  return FALSE;
}

static gboolean
hash_filter_func (gpointer item, gpointer user_data)
{
  return g_strcmp0 (dossier_annotation_get_document_hash (item), user_data) == 0;
}

static int
position_sort_func (gconstpointer a, gconstpointer b, gpointer user_data)
{
  DossierAnnotation *x = (DossierAnnotation *) a;
  DossierAnnotation *y = (DossierAnnotation *) b;
  guint xs = dossier_annotation_get_start (x), ys = dossier_annotation_get_start (y);
  guint xe = dossier_annotation_get_end (x), ye = dossier_annotation_get_end (y);

  if (xs != ys)
    return xs < ys ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (xe != ye)
    return xe < ye ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return GTK_ORDERING_EQUAL;
}

static gboolean
group_visible_func (gpointer item, gpointer user_data)
{
  return dossier_annotation_group_get_n_items (item) > 0;
}

static GListModel *
create_children (gpointer item, gpointer user_data)
{
  if (DOSSIER_IS_ANNOTATION_GROUP (item))
    return g_object_ref (dossier_annotation_group_get_model (item));
  return NULL;
}

/* Groups */

typedef struct
{
  char *hash;
  char *title;
  guint corpus_index; /* G_MAXUINT when the document is not open */
  char *sort_key;
} GroupInfo;

static void
group_info_free (gpointer data)
{
  GroupInfo *info = data;

  g_free (info->hash);
  g_free (info->title);
  g_free (info->sort_key);
  g_free (info);
}

static int
compare_group_info (gconstpointer a, gconstpointer b)
{
  const GroupInfo *x = *(GroupInfo **) a;
  const GroupInfo *y = *(GroupInfo **) b;
  int r;

  if (x->corpus_index != y->corpus_index)
    return x->corpus_index < y->corpus_index ? -1 : 1;
  r = strcmp (x->sort_key, y->sort_key);
  return r != 0 ? r : strcmp (x->hash, y->hash);
}

static char *
basename_of (const char *path)
{
  return path && path[0] ? g_path_get_basename (path) : NULL;
}

/* The open document's title; otherwise the file name the annotation remembers. */
static GroupInfo *
describe_group (DossierAnnotationsPage *self, const char *hash, DossierAnnotation *sample)
{
  GroupInfo *info = g_new0 (GroupInfo, 1);
  guint n = self->corpus ? g_list_model_get_n_items (self->corpus) : 0;

  info->hash = g_strdup (hash);
  info->corpus_index = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierDocument) doc = g_list_model_get_item (self->corpus, i);

      if (g_strcmp0 (dossier_document_get_content_hash (doc), hash) == 0)
        {
          const char *title = dossier_document_get_title (doc);

          info->corpus_index = i;
          info->title = title && title[0] ? g_strdup (title)
                                          : basename_of (dossier_document_get_path (doc));
          break;
        }
    }
  if (info->title == NULL)
    info->title = basename_of (dossier_annotation_get_document_path (sample));
  if (info->title == NULL && self->workspace != NULL && hash != NULL)
    {
      DossierWorkspaceDocument *entry = dossier_workspace_find_document (self->workspace, hash);
      GFile *file = entry ? dossier_workspace_document_get_file (entry) : NULL;

      if (file != NULL)
        info->title = g_file_get_basename (file);
      else if (entry != NULL && dossier_workspace_document_get_title (entry) != NULL)
        info->title = g_strdup (dossier_workspace_document_get_title (entry));
    }
  if (info->title == NULL)
    info->title = g_strdup (_ ("Unknown document"));
  info->sort_key = g_utf8_collate_key (info->title, -1);
  return info;
}

static DossierAnnotationGroup *
new_group (DossierAnnotationsPage *self, const char *hash)
{
  char *key = g_strdup (hash);
  GtkCustomFilter *filter = gtk_custom_filter_new (hash_filter_func, key, g_free);
  GtkFilterListModel *in_document;
  GtkSortListModel *sorted;
  DossierAnnotationGroup *group;

  g_hash_table_insert (self->group_filters, g_strdup (hash), g_object_ref (filter));
  in_document = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->matched)),
                                           GTK_FILTER (filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (in_document),
                                    g_object_ref (GTK_SORTER (self->position_sorter)));
  group = dossier_annotation_group_new (hash, G_LIST_MODEL (sorted));
  g_object_unref (sorted);
  return group;
}

/* Makes the list of groups match the documents the workspace's annotations are on. */
static void
update_groups (DossierAnnotationsPage *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) infos = g_ptr_array_new_with_free_func (group_info_free);
  g_autoptr (GHashTable) old
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr (GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *annotations
      = self->workspace ? dossier_workspace_get_annotations (self->workspace) : NULL;
  guint n = annotations ? g_list_model_get_n_items (annotations) : 0;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, i);
      const char *hash = dossier_annotation_get_document_hash (a);

      if (hash == NULL || g_hash_table_contains (seen, hash))
        continue;
      /* The annotation object is kept by the workspace, so its hash string outlives this. */
      g_hash_table_add (seen, (gpointer) hash);
      g_ptr_array_add (infos, describe_group (self, hash, a));
    }
  g_ptr_array_sort (infos, compare_group_info);

  for (guint i = 0; i < n_old; i++)
    {
      DossierAnnotationGroup *g = g_list_model_get_item (G_LIST_MODEL (self->groups), i);
      g_hash_table_insert (old, (gpointer) dossier_annotation_group_get_content_hash (g), g);
    }
  for (guint i = 0; i < infos->len; i++)
    {
      GroupInfo *info = g_ptr_array_index (infos, i);
      DossierAnnotationGroup *g = g_hash_table_lookup (old, info->hash);

      g = g ? g_object_ref (g) : new_group (self, info->hash);
      dossier_annotation_group_set_title (g, info->title);
      dossier_annotation_group_set_open (g, info->corpus_index != G_MAXUINT);
      g_ptr_array_add (wanted, g);
    }

  same = wanted->len == n_old;
  for (guint i = 0; same && i < n_old; i++)
    {
      g_autoptr (GObject) g = g_list_model_get_item (G_LIST_MODEL (self->groups), i);
      same = g == g_ptr_array_index (wanted, i);
    }
  if (!same)
    {
      for (guint i = 0; i < n_old; i++)
        {
          g_autoptr (DossierAnnotationGroup) g
              = g_list_model_get_item (G_LIST_MODEL (self->groups), i);
          const char *hash = dossier_annotation_group_get_content_hash (g);
          gboolean kept = FALSE;

          for (guint j = 0; j < wanted->len && !kept; j++)
            kept = g == g_ptr_array_index (wanted, j);
          if (!kept)
            g_hash_table_remove (self->group_filters, hash);
        }
      g_list_store_splice (self->groups, 0, n_old, wanted->pdata, wanted->len);
    }
}

/* Updating */

void
dossier_annotations_page_refilter (DossierAnnotationsPage *self)
{
  GHashTableIter iter;
  gpointer filter;

  self->quiet = TRUE;
  gtk_filter_changed (GTK_FILTER (self->match_filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* An annotation re-anchored onto a corrected document changes group. */
  g_hash_table_iter_init (&iter, self->group_filters);
  while (g_hash_table_iter_next (&iter, NULL, &filter))
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->position_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->group_filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->quiet = FALSE;
  dossier_annotations_page_update_state (self);
}

void
dossier_annotations_page_update_now (DossierAnnotationsPage *self)
{
  g_clear_handle_id (&self->update_source, g_source_remove);
  self->quiet = TRUE;
  update_groups (self);
  self->quiet = FALSE;
  dossier_annotations_page_update_tag_list (self);
  dossier_annotations_page_refilter (self);
}

static gboolean
update_idle (gpointer data)
{
  DossierAnnotationsPage *self = data;

  self->update_source = 0;
  dossier_annotations_page_update_now (self);
  return G_SOURCE_REMOVE;
}

/* Edits come as bursts of notifications (one per field): they are applied together, before
 * the next frame is drawn. */
void
dossier_annotations_page_queue_update (DossierAnnotationsPage *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_idle, self, NULL);
}

void
dossier_annotations_page_flush (DossierAnnotationsPage *self)
{
  if (self->update_source != 0)
    dossier_annotations_page_update_now (self);
}

void
dossier_annotations_page_init_model (DossierAnnotationsPage *self)
{
  self->group_filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->match_filter = gtk_custom_filter_new (match_func, self, NULL);
  self->matched = gtk_filter_list_model_new (NULL, GTK_FILTER (self->match_filter));
  self->position_sorter = gtk_custom_sorter_new (position_sort_func, NULL, NULL);
  self->groups = g_list_store_new (DOSSIER_TYPE_ANNOTATION_GROUP);
  self->group_filter = gtk_custom_filter_new (group_visible_func, NULL, NULL);
  self->visible_groups = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)),
                                                    GTK_FILTER (self->group_filter));
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->visible_groups)), FALSE,
                                        TRUE, create_children, NULL, NULL);
}
