/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dossier-entity-private.h"

/* A named thing of the corpus: its type, canonical name, every surface form and every
 * mention. Immutable once the entity set that built it is returned. */
struct _DossierEntity
{
  GObject parent_instance;

  DossierEntityType type;
  char *name;
  char *acronym;
  GPtrArray *aliases; /* char*, NULL-terminated */
  GArray *mentions;   /* DossierMention */
};

G_DEFINE_FINAL_TYPE (DossierEntity, dossier_entity, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ENTITY_TYPE,
  PROP_NAME,
  PROP_ACRONYM,
  PROP_N_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_entity_finalize (GObject *object)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->acronym, g_free);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  G_OBJECT_CLASS (dossier_entity_parent_class)->finalize (object);
}

static void
dossier_entity_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->mentions->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_class_init (DossierEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_entity_finalize;
  object_class->get_property = dossier_entity_get_property;

  /* Read-only properties, so that list views can bind rows to them. */
  properties[PROP_ENTITY_TYPE]
      = g_param_spec_int ("entity-type", NULL, NULL, 0, DOSSIER_N_ENTITY_TYPES - 1, 0,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME]
      = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACRONYM] = g_param_spec_string ("acronym", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_init (DossierEntity *self)
{
  self->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->aliases, NULL);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));
}

DossierEntity *
dossier_entity_new (DossierEntityType type, const char *name)
{
  DossierEntity *self = g_object_new (DOSSIER_TYPE_ENTITY, NULL);

  self->type = type;
  self->name = g_strdup (name);
  return self;
}

void
dossier_entity_set_name (DossierEntity *self, const char *name)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
}

void
dossier_entity_set_acronym (DossierEntity *self, const char *acronym)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  if (g_strcmp0 (self->acronym, acronym) == 0)
    return;
  g_free (self->acronym);
  self->acronym = g_strdup (acronym);
}

void
dossier_entity_add_alias (DossierEntity *self, const char *alias)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  for (guint i = 0; i + 1 < self->aliases->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->aliases, i), alias) == 0)
      return;
  /* Keep the terminating NULL last. */
  g_ptr_array_index (self->aliases, self->aliases->len - 1) = g_strdup (alias);
  g_ptr_array_add (self->aliases, NULL);
}

void
dossier_entity_add_mention (DossierEntity *self, DossierDocument *document, guint start, guint end)
{
  DossierMention m = { document, start, end };

  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_array_append_val (self->mentions, m);
}

static int
compare_mentions (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const DossierMention *ma = a, *mb = b;
  GHashTable *doc_index = user_data;

  if (ma->document != mb->document)
    {
      guint ia = GPOINTER_TO_UINT (g_hash_table_lookup (doc_index, ma->document));
      guint ib = GPOINTER_TO_UINT (g_hash_table_lookup (doc_index, mb->document));

      return ia < ib ? -1 : ia > ib ? 1 : 0;
    }
  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return ma->end < mb->end ? -1 : ma->end > mb->end ? 1 : 0;
}

void
dossier_entity_sort_mentions (DossierEntity *self, GHashTable *doc_index)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  /* The extractor adds mentions in corpus order already; checking costs one comparison per
   * mention, sorting many more, each with two hash lookups. */
  for (guint i = 1; i < self->mentions->len; i++)
    if (compare_mentions (&g_array_index (self->mentions, DossierMention, i - 1),
                          &g_array_index (self->mentions, DossierMention, i), doc_index)
        > 0)
      {
        g_array_sort_with_data (self->mentions, compare_mentions, doc_index);
        return;
      }
}

/**
 * dossier_entity_get_entity_type:
 *
 * Returns: the type of @self
 */
DossierEntityType
dossier_entity_get_entity_type (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), DOSSIER_ENTITY_ORG);
  return self->type;
}

/**
 * dossier_entity_get_name:
 *
 * Returns: (transfer none): the canonical name: the fullest form seen
 */
const char *
dossier_entity_get_name (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->name;
}

/**
 * dossier_entity_get_acronym:
 *
 * Returns: (nullable) (transfer none): the acronym ("JMCB"), or %NULL
 */
const char *
dossier_entity_get_acronym (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->acronym;
}

/**
 * dossier_entity_get_aliases:
 *
 * Returns: (transfer none) (array zero-terminated=1): every surface form, canonical name and
 *   acronym included when they occur in the text
 */
const char *const *
dossier_entity_get_aliases (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return (const char *const *) self->aliases->pdata;
}

/**
 * dossier_entity_get_mentions:
 * @n_mentions: (out): the number of mentions
 *
 * Returns: (transfer none) (array length=n_mentions): the mentions in corpus order
 */
const DossierMention *
dossier_entity_get_mentions (DossierEntity *self, guint *n_mentions)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  if (n_mentions)
    *n_mentions = self->mentions->len;
  return (const DossierMention *) self->mentions->data;
}

guint
dossier_entity_get_n_mentions (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), 0);
  return self->mentions->len;
}

/**
 * dossier_entity_type_to_string:
 *
 * Returns: (transfer none): the contract code of @type ("PERSON", "ORG", ...)
 */
const char *
dossier_entity_type_to_string (DossierEntityType type)
{
  static const char *const codes[] = { "PERSON", "ORG", "GPE", "EVENT", "AGREEMENT", "DATE" };

  if ((guint) type >= G_N_ELEMENTS (codes))
    return NULL;
  return codes[type];
}

/**
 * dossier_entity_type_to_label:
 *
 * Returns: (transfer none): the translated plural heading for @type ("People", ...)
 */
const char *
dossier_entity_type_to_label (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_PERSON:
      return _ ("People");
    case DOSSIER_ENTITY_ORG:
      return _ ("Organizations");
    case DOSSIER_ENTITY_GPE:
      return _ ("Places");
    case DOSSIER_ENTITY_EVENT:
      return _ ("Events");
    case DOSSIER_ENTITY_AGREEMENT:
      return _ ("Agreements");
    case DOSSIER_ENTITY_DATE:
      return _ ("Dates");
    case DOSSIER_N_ENTITY_TYPES:
    default:
      return NULL;
    }
}
