/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entities-private.h"
#include "dossier-entity-set.h"

/* The entities of a corpus as a GListModel of DossierEntity, ordered by type and then by
 * first mention, with two indexes: surface form -> entity for lookups, and per document the
 * mentions sorted by offset for "what is in this range". */
struct _DossierEntitySet
{
  GObject parent_instance;

  GPtrArray *entities;  /* DossierEntity*, owned */
  GHashTable *by_alias; /* char* (folded alias) -> DossierEntity* */
  GHashTable *by_doc;   /* DossierDocument* -> GArray of Placed, sorted by start */
};

/* The public DossierPlacedMention, under a short name. */
typedef DossierPlacedMention Placed;

static void
dossier_entity_set_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierEntitySet, dossier_entity_set, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dossier_entity_set_list_model_init))

enum
{
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_entity_set_finalize (GObject *object)
{
  DossierEntitySet *self = DOSSIER_ENTITY_SET (object);

  g_clear_pointer (&self->by_alias, g_hash_table_unref);
  g_clear_pointer (&self->by_doc, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_entity_set_parent_class)->finalize (object);
}

static void
dossier_entity_set_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierEntitySet *self = DOSSIER_ENTITY_SET (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->entities->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_set_class_init (DossierEntitySetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_entity_set_finalize;
  object_class->get_property = dossier_entity_set_get_property;

  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_set_init (DossierEntitySet *self)
{
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_doc = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
}

static GType
list_get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ENTITY;
}

static guint
list_get_n_items (GListModel *model)
{
  return DOSSIER_ENTITY_SET (model)->entities->len;
}

static gpointer
list_get_item (GListModel *model, guint position)
{
  DossierEntitySet *self = DOSSIER_ENTITY_SET (model);

  if (position >= self->entities->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->entities, position));
}

static void
dossier_entity_set_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

/* Lookup keys: case-folded, typographic apostrophes straightened, white space single. */
static char *
alias_key (const char *surface)
{
  g_autofree char *folded = g_utf8_casefold (surface, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
compare_placed (gconstpointer a, gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->start != pb->start)
    return pa->start < pb->start ? -1 : 1;
  return pa->end < pb->end ? -1 : pa->end > pb->end ? 1 : 0;
}

typedef struct
{
  DossierEntity *entity;
  guint doc;
  guint start;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *ra = a, *rb = b;
  DossierEntityType ta = dossier_entity_get_entity_type (ra->entity);
  DossierEntityType tb = dossier_entity_get_entity_type (rb->entity);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  if (ra->doc != rb->doc)
    return ra->doc < rb->doc ? -1 : 1;
  return ra->start < rb->start ? -1 : ra->start > rb->start ? 1 : 0;
}

/* Takes @entities; orders them and builds the indexes. */
static DossierEntitySet *
entity_set_new (GPtrArray *entities, GPtrArray *documents)
{
  DossierEntitySet *self = g_object_new (DOSSIER_TYPE_ENTITY_SET, NULL);
  g_autoptr (GHashTable) doc_index = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), entities->len);

  for (guint i = 0; i < documents->len; i++)
    g_hash_table_insert (doc_index, g_ptr_array_index (documents, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < entities->len; i++)
    {
      DossierEntity *e = g_ptr_array_index (entities, i);
      guint n;
      const DossierMention *m = dossier_entity_get_mentions (e, &n);
      Ranked r
          = { e, n ? GPOINTER_TO_UINT (g_hash_table_lookup (doc_index, m[0].document)) : G_MAXUINT,
              n ? m[0].start : 0 };

      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (self->entities, g_object_ref (g_array_index (ranked, Ranked, i).entity));
  g_ptr_array_unref (entities);

  for (guint i = 0; i < self->entities->len; i++)
    {
      DossierEntity *e = g_ptr_array_index (self->entities, i);
      const char *const *aliases = dossier_entity_get_aliases (e);
      const char *acronym = dossier_entity_get_acronym (e);
      guint n;
      const DossierMention *m = dossier_entity_get_mentions (e, &n);

      /* The first entity to claim a form keeps it: types come in a fixed order. */
      for (guint k = 0; aliases[k]; k++)
        {
          char *key = alias_key (aliases[k]);

          if (!g_hash_table_contains (self->by_alias, key))
            g_hash_table_insert (self->by_alias, key, e);
          else
            g_free (key);
        }
      if (acronym)
        {
          char *key = alias_key (acronym);

          if (!g_hash_table_contains (self->by_alias, key))
            g_hash_table_insert (self->by_alias, key, e);
          else
            g_free (key);
        }
      for (guint k = 0; k < n; k++)
        {
          GArray *placed = g_hash_table_lookup (self->by_doc, m[k].document);
          Placed p = { m[k].start, m[k].end, e };

          if (placed == NULL)
            {
              placed = g_array_new (FALSE, FALSE, sizeof (Placed));
              g_hash_table_insert (self->by_doc, m[k].document, placed);
            }
          g_array_append_val (placed, p);
        }
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->by_doc);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_array_sort (value, compare_placed);
  }
  return self;
}

static void
extraction_clear (Extraction *x)
{
  g_clear_pointer (&x->docs, g_ptr_array_unref);
  g_clear_pointer (&x->acronyms, g_hash_table_unref);
  g_clear_pointer (&x->long_forms, g_hash_table_unref);
  g_clear_pointer (&x->known, g_hash_table_unref);
  g_clear_pointer (&x->cands, g_array_unref);
  g_clear_pointer (&x->defs, g_ptr_array_unref);
  g_clear_pointer (&x->strings, g_string_chunk_free);
  if (x->key_buf)
    g_string_free (g_steal_pointer (&x->key_buf), TRUE);
}

/**
 * dossier_entity_set_extract:
 * @documents: (element-type DossierDocument): the corpus, in order
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Finds the named entities of @documents and merges their aliases across the corpus. Two
 * passes over the text: acronym definitions first (so that any use of an acronym anywhere is
 * read), then the recognition rules; then names are resolved corpus-wide. Linear in the size
 * of the corpus. Uses the default gazetteer (dossier_gazetteer_get_default()).
 *
 * Returns: (transfer full) (nullable): the entities, or %NULL if cancelled
 */
DossierEntitySet *
dossier_entity_set_extract (GPtrArray *documents, GCancellable *cancellable, GError **error)
{
  return dossier_entity_set_extract_with_gazetteer (documents, dossier_gazetteer_get_default (),
                                                    cancellable, error);
}

/**
 * dossier_entity_set_extract_with_gazetteer:
 * @documents: (element-type DossierDocument): the corpus, in order
 * @gazetteer: the general knowledge to use
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like dossier_entity_set_extract() with a given gazetteer (tests use their own).
 *
 * Returns: (transfer full) (nullable): the entities, or %NULL if cancelled
 */
DossierEntitySet *
dossier_entity_set_extract_with_gazetteer (GPtrArray *documents, DossierGazetteer *gazetteer,
                                           GCancellable *cancellable, GError **error)
{
  Extraction x = { 0 };
  GPtrArray *entities;

  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (DOSSIER_IS_GAZETTEER (gazetteer), NULL);

  x.gaz = gazetteer;
  x.docs = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_doc_scan_free);
  x.strings = g_string_chunk_new (64 * 1024);
  x.acronyms = g_hash_table_new (g_str_hash, g_str_equal);
  x.long_forms = g_hash_table_new (g_str_hash, g_str_equal);
  x.known = g_hash_table_new (g_str_hash, g_str_equal);
  x.cands = g_array_new (FALSE, TRUE, sizeof (Cand));
  x.defs = g_ptr_array_new_with_free_func (g_free);
  x.key_buf = g_string_sized_new (128);

  for (guint i = 0; i < documents->len; i++)
    {
      DocScan *d;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          extraction_clear (&x);
          return NULL;
        }
      d = dossier_doc_scan_new (g_ptr_array_index (documents, i), i);
      g_ptr_array_add (x.docs, d);
      dossier_entities_find_acronyms (&x, d);
    }
  for (guint i = 0; i < x.docs->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          extraction_clear (&x);
          return NULL;
        }
      dossier_entities_scan_document (&x, g_ptr_array_index (x.docs, i));
    }
  entities = dossier_entities_resolve (&x);
  extraction_clear (&x);
  return entity_set_new (entities, documents);
}

guint
dossier_entity_set_get_n_entities (DossierEntitySet *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_SET (self), 0);
  return self->entities->len;
}

/**
 * dossier_entity_set_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity at @position
 */
DossierEntity *
dossier_entity_set_get_entity (DossierEntitySet *self, guint position)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_SET (self), NULL);
  if (position >= self->entities->len)
    return NULL;
  return g_ptr_array_index (self->entities, position);
}

/**
 * dossier_entity_set_lookup:
 * @surface: a form as written: "JMCB", "Secretary Doe", "South Korea"
 *
 * Case and typographic apostrophes do not matter. A leading title or honorific is dropped
 * when the whole form is not known ("Secretary Doe" -> "Doe").
 *
 * Returns: (transfer none) (nullable): the entity @surface refers to
 */
DossierEntity *
dossier_entity_set_lookup (DossierEntitySet *self, const char *surface)
{
  g_autofree char *key = NULL;
  DossierEntity *found;
  DossierGazetteer *gaz;
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GArray) spans = NULL;
  guint skip = 0;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_SET (self), NULL);
  g_return_val_if_fail (surface != NULL, NULL);

  key = alias_key (surface);
  if ((found = g_hash_table_lookup (self->by_alias, key)))
    return found;

  /* Drop titles and honorifics: "Secretary Doe", "Dr. Smith". */
  gaz = dossier_gazetteer_get_default ();
  tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  spans = g_array_new (FALSE, FALSE, sizeof (DossierByteSpan));
  dossier_segment_string (surface, strlen (surface), tokens, spans);
  while (skip < tokens->len)
    {
      DossierGazKey keys[8];
      char buf[8][2][64];
      guint n = MIN (tokens->len - skip, G_N_ELEMENTS (keys));
      guint m;

      for (guint i = 0; i < n; i++)
        {
          DossierByteSpan *sp = &g_array_index (spans, DossierByteSpan, skip + i);
          DossierToken *tk = &g_array_index (tokens, DossierToken, skip + i);

          if (!dossier_gazetteer_fold (surface + sp->start, sp->end - sp->start, TRUE, buf[i][0],
                                       64))
            buf[i][0][0] = 0;
          if (!dossier_gazetteer_fold (surface + sp->start, sp->end - sp->start, FALSE, buf[i][1],
                                       64))
            buf[i][1][0] = 0;
          keys[i].fold = buf[i][0];
          keys[i].exact = buf[i][1];
          keys[i].upper = (tk->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != 0;
        }
      m = dossier_gazetteer_match (gaz, DOSSIER_GAZ_TITLES, keys, n, NULL, NULL, NULL);
      if (m == 0)
        m = dossier_gazetteer_match (gaz, DOSSIER_GAZ_HONORIFICS, keys, n, NULL, NULL, NULL);
      if (m == 0)
        break;
      skip += m;
    }
  if (skip == 0 || skip >= tokens->len)
    return NULL;
  g_free (key);
  key = alias_key (surface + g_array_index (spans, DossierByteSpan, skip).start);
  return g_hash_table_lookup (self->by_alias, key);
}

/**
 * dossier_entity_set_in_range:
 *
 * Returns: (transfer container) (element-type DossierEntity): entities with a mention inside
 *   text[start, end) of @document, each once, in text order
 */
GPtrArray *
dossier_entity_set_in_range (DossierEntitySet *self, DossierDocument *document, guint start,
                             guint end)
{
  GPtrArray *result = g_ptr_array_new ();
  GArray *placed;
  guint lo = 0, hi;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_SET (self), result);

  placed = g_hash_table_lookup (self->by_doc, document);
  if (placed == NULL)
    return result;
  /* First mention starting at or after @start. */
  hi = placed->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (placed, Placed, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);

      if (p->start >= end)
        break;
      if (p->end <= end && !g_ptr_array_find (result, p->entity, NULL))
        g_ptr_array_add (result, p->entity);
    }
  return result;
}

/**
 * dossier_entity_set_get_mentions_in:
 * @document: a document
 * @n_mentions: (out): the number of mentions
 *
 * Every mention in @document, sorted by offset, with its entity: what a reader view needs to
 * highlight entities inline.
 *
 * Returns: (transfer none) (array length=n_mentions) (nullable): the mentions
 */
const DossierPlacedMention *
dossier_entity_set_get_mentions_in (DossierEntitySet *self, DossierDocument *document,
                                    guint *n_mentions)
{
  GArray *placed;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_SET (self), NULL);
  placed = g_hash_table_lookup (self->by_doc, document);
  if (n_mentions)
    *n_mentions = placed ? placed->len : 0;
  return placed ? (const DossierPlacedMention *) placed->data : NULL;
}
