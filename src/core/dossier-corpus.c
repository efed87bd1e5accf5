/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-corpus.h"

/* The documents an analyst has open, in the order they were opened; views list them through
 * GListModel and analysis orders them by their own dates. */
struct _DossierCorpus
{
  GObject parent_instance;
  GPtrArray *documents;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierCorpus, dossier_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_DOCUMENT;
}

static guint
get_n_items (GListModel *model)
{
  return DOSSIER_CORPUS (model)->documents->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  DossierCorpus *self = DOSSIER_CORPUS (model);

  if (position >= self->documents->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->documents, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
dossier_corpus_finalize (GObject *object)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_corpus_parent_class)->finalize (object);
}

static void
dossier_corpus_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->documents->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_corpus_class_init (DossierCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_corpus_finalize;
  object_class->get_property = dossier_corpus_get_property;

  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_corpus_init (DossierCorpus *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
}

DossierCorpus *
dossier_corpus_new (void)
{
  return g_object_new (DOSSIER_TYPE_CORPUS, NULL);
}

void
dossier_corpus_add (DossierCorpus *self, DossierDocument *document)
{
  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (DOSSIER_IS_DOCUMENT (document));

  g_ptr_array_add (self->documents, g_object_ref (document));
  g_list_model_items_changed (G_LIST_MODEL (self), self->documents->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
dossier_corpus_remove (DossierCorpus *self, DossierDocument *document)
{
  guint index;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  if (!g_ptr_array_find (self->documents, document, &index))
    return FALSE;
  g_ptr_array_remove_index (self->documents, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  return TRUE;
}

void
dossier_corpus_clear (DossierCorpus *self)
{
  guint n;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));

  n = self->documents->len;
  if (n == 0)
    return;
  g_ptr_array_set_size (self->documents, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * dossier_corpus_get_document:
 *
 * Returns: (transfer none) (nullable): the document at @position
 */
DossierDocument *
dossier_corpus_get_document (DossierCorpus *self, guint position)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  if (position >= self->documents->len)
    return NULL;
  return g_ptr_array_index (self->documents, position);
}

guint
dossier_corpus_get_n_documents (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), 0);
  return self->documents->len;
}

/**
 * dossier_corpus_find_by_hash:
 *
 * Returns: (transfer none) (nullable): an open document with this content
 */
DossierDocument *
dossier_corpus_find_by_hash (DossierCorpus *self, const char *content_hash)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  for (guint i = 0; i < self->documents->len; i++)
    {
      DossierDocument *doc = g_ptr_array_index (self->documents, i);
      if (g_strcmp0 (dossier_document_get_content_hash (doc), content_hash) == 0)
        return doc;
    }
  return NULL;
}

/**
 * dossier_corpus_find_by_path:
 *
 * Returns: (transfer none) (nullable): an open document read from @path
 */
DossierDocument *
dossier_corpus_find_by_path (DossierCorpus *self, const char *path)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  for (guint i = 0; i < self->documents->len; i++)
    {
      DossierDocument *doc = g_ptr_array_index (self->documents, i);
      if (g_strcmp0 (dossier_document_get_path (doc), path) == 0)
        return doc;
    }
  return NULL;
}

static int
compare_by_date (gconstpointer a, gconstpointer b, gpointer user_data)
{
  DossierDocument *da = *(DossierDocument **) a;
  DossierDocument *db = *(DossierDocument **) b;
  const char *sa = dossier_document_get_date (da);
  const char *sb = dossier_document_get_date (db);

  /* Undated documents go last; ISO dates compare as strings. */
  if (sa == NULL || sb == NULL)
    return (sa == NULL) - (sb == NULL);
  return strcmp (sa, sb);
}

/**
 * dossier_corpus_dup_by_date:
 *
 * Returns: (transfer container) (element-type DossierDocument): the documents ordered by their
 *   own dates, ties and undated ones in opening order
 */
GPtrArray *
dossier_corpus_dup_by_date (DossierCorpus *self)
{
  GPtrArray *sorted;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  sorted = g_ptr_array_new_full (self->documents->len, g_object_unref);
  for (guint i = 0; i < self->documents->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_ptr_array_index (self->documents, i)));
  /* g_qsort_with_data is stable: opening order is kept among equal dates. */
  g_qsort_with_data (sorted->pdata, sorted->len, sizeof (gpointer), compare_by_date, NULL);
  return sorted;
}
