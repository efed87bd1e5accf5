/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-annotation-group.h"

struct _DossierAnnotationGroup
{
  GObject parent_instance;

  char *content_hash;
  char *title;
  GListModel *model;
  gboolean open;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationGroup, dossier_annotation_group, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CONTENT_HASH,
  PROP_TITLE,
  PROP_MODEL,
  PROP_N_ITEMS,
  PROP_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The header shows the count, so it follows the model. */
static void
on_items_changed (DossierAnnotationGroup *self, guint position, guint removed, guint added)
{
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
dossier_annotation_group_dispose (GObject *object)
{
  DossierAnnotationGroup *self = DOSSIER_ANNOTATION_GROUP (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (dossier_annotation_group_parent_class)->dispose (object);
}

static void
dossier_annotation_group_finalize (GObject *object)
{
  DossierAnnotationGroup *self = DOSSIER_ANNOTATION_GROUP (object);

  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->title, g_free);
  G_OBJECT_CLASS (dossier_annotation_group_parent_class)->finalize (object);
}

static void
dossier_annotation_group_get_property (GObject *object, guint prop_id, GValue *value,
                                       GParamSpec *pspec)
{
  DossierAnnotationGroup *self = DOSSIER_ANNOTATION_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->content_hash);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, dossier_annotation_group_get_n_items (self));
      break;
    case PROP_OPEN:
      g_value_set_boolean (value, self->open);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_group_set_property (GObject *object, guint prop_id, const GValue *value,
                                       GParamSpec *pspec)
{
  DossierAnnotationGroup *self = DOSSIER_ANNOTATION_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTENT_HASH:
      self->content_hash = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      dossier_annotation_group_set_title (self, g_value_get_string (value));
      break;
    case PROP_OPEN:
      dossier_annotation_group_set_open (self, g_value_get_boolean (value));
      break;
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      if (self->model != NULL)
        g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (on_items_changed),
                                  self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_group_class_init (DossierAnnotationGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dossier_annotation_group_dispose;
  object_class->finalize = dossier_annotation_group_finalize;
  object_class->get_property = dossier_annotation_group_get_property;
  object_class->set_property = dossier_annotation_group_set_property;

  properties[PROP_CONTENT_HASH] = g_param_spec_string ("content-hash", NULL, NULL, NULL, co);
  properties[PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL, co);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Whether the document is open in the window, or only known from the workspace. */
  properties[PROP_OPEN]
      = g_param_spec_boolean ("open", NULL, NULL, FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_annotation_group_init (DossierAnnotationGroup *self)
{
}

/**
 * dossier_annotation_group_new:
 * @content_hash: the content hash of the group's document
 * @model: the group's annotations, as shown
 *
 * Returns: (transfer full): a new group
 */
DossierAnnotationGroup *
dossier_annotation_group_new (const char *content_hash, GListModel *model)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_GROUP, "content-hash", content_hash, "model", model,
                       NULL);
}

const char *
dossier_annotation_group_get_content_hash (DossierAnnotationGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self), NULL);
  return self->content_hash;
}

const char *
dossier_annotation_group_get_title (DossierAnnotationGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self), NULL);
  return self->title;
}

void
dossier_annotation_group_set_title (DossierAnnotationGroup *self, const char *title)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * dossier_annotation_group_get_model:
 *
 * Returns: (transfer none): the group's annotations, as shown
 */
GListModel *
dossier_annotation_group_get_model (DossierAnnotationGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self), NULL);
  return self->model;
}

guint
dossier_annotation_group_get_n_items (DossierAnnotationGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self), 0);
  return self->model ? g_list_model_get_n_items (self->model) : 0;
}

gboolean
dossier_annotation_group_get_open (DossierAnnotationGroup *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self), FALSE);
  return self->open;
}

void
dossier_annotation_group_set_open (DossierAnnotationGroup *self, gboolean open)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_GROUP (self));

  open = !!open;
  if (self->open == open)
    return;
  self->open = open;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);
}
