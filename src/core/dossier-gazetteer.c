/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "dossier-core-resources.h"
#include "dossier-gazetteer.h"
#include "dossier-segment-private.h"

#define RESOURCE_DIR "/io/github/dossier/Dossier/core/gazetteer/"

/* The schema (data/gazetteer/README.md has it in full), every member optional:
 *   { "entities": [ { "name", "type": "GPE|ORG|PERSON|EVENT|AGREEMENT", "aliases": [],
 *                     "acronyms": [], "adjectives": [] } ],
 *     "titles": [], "honorifics": [], "portfolios": [], "name_suffixes": [],
 *     "title_prefixes": [], "department_heads": [], "exercise_words": [], "stopwords": [],
 *     "headwords": { "ORG": [], "EVENT": [], "AGREEMENT": [], "GPE": [] } }
 *
 * Phrases are stored as tries over words, cut by the same segmenter as the text, so that a
 * lookup costs one hash probe per word of text and "U.S.", "Indo-Pacific" or "People's" are
 * split identically on both sides. */
typedef struct _Node Node;
struct _Node
{
  GHashTable *children; /* word -> Node*, created on demand */
  const DossierGazEntry *entry;
  DossierGazForm form;
  const char *canonical;
  /* Whether a word reaching this node must be capitalized in the text ("Korea" but not
   * "korea"); connectors such as "of" are not. */
  gboolean need_upper;
};

struct _DossierGazetteer
{
  GObject parent_instance;

  GPtrArray *entries; /* DossierGazEntry*, owned */
  GStringChunk *strings;
  Node *fold_trie;  /* names, aliases, adjectival forms: case-insensitive */
  Node *exact_trie; /* acronyms: case-sensitive */
  Node *title_trie;
  Node *honorific_trie;
  GHashTable *lookup; /* exact spelling -> DossierGazEntry* */
  GHashTable *words[DOSSIER_GAZ_N_WORD_LISTS];
  GHashTable *headwords; /* fold -> GINT_TO_POINTER (type + 1) */
};

G_DEFINE_FINAL_TYPE (DossierGazetteer, dossier_gazetteer, G_TYPE_OBJECT)

G_DEFINE_QUARK (dossier - gazetteer - error - quark, dossier_gazetteer_error)

static const char *const word_list_names[DOSSIER_GAZ_N_WORD_LISTS] = {
  "portfolios",    "stopwords",      "exercise_words",
  "name_suffixes", "title_prefixes", "department_heads",
};

static const char *const bundled_files[] = {
  "countries.json",     "regions.json", "capitals.json",
  "organizations.json", "titles.json",  "headwords.json",
};

static Node *
node_new (void)
{
  Node *node = g_new0 (Node, 1);

  node->need_upper = TRUE;
  return node;
}

static void
node_free (gpointer data)
{
  Node *node = data;

  if (node == NULL)
    return;
  g_clear_pointer (&node->children, g_hash_table_unref);
  g_free (node);
}

static void
dossier_gazetteer_finalize (GObject *object)
{
  DossierGazetteer *self = DOSSIER_GAZETTEER (object);

  g_clear_pointer (&self->fold_trie, node_free);
  g_clear_pointer (&self->exact_trie, node_free);
  g_clear_pointer (&self->title_trie, node_free);
  g_clear_pointer (&self->honorific_trie, node_free);
  g_clear_pointer (&self->lookup, g_hash_table_unref);
  g_clear_pointer (&self->headwords, g_hash_table_unref);
  for (guint i = 0; i < DOSSIER_GAZ_N_WORD_LISTS; i++)
    g_clear_pointer (&self->words[i], g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  G_OBJECT_CLASS (dossier_gazetteer_parent_class)->finalize (object);
}

static void
dossier_gazetteer_class_init (DossierGazetteerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_gazetteer_finalize;
}

static void
entry_free (gpointer data)
{
  g_free (data); /* strings live in the string chunk */
}

static void
dossier_gazetteer_init (DossierGazetteer *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->strings = g_string_chunk_new (4096);
  self->fold_trie = node_new ();
  self->exact_trie = node_new ();
  self->title_trie = node_new ();
  self->honorific_trie = node_new ();
  self->lookup = g_hash_table_new (g_str_hash, g_str_equal);
  self->headwords = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < DOSSIER_GAZ_N_WORD_LISTS; i++)
    self->words[i] = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * dossier_gazetteer_new:
 *
 * Returns: (transfer full): an empty gazetteer
 */
DossierGazetteer *
dossier_gazetteer_new (void)
{
  return g_object_new (DOSSIER_TYPE_GAZETTEER, NULL);
}

gboolean
dossier_gazetteer_fold (const char *word, gsize len, gboolean fold_case, char *buf, gsize buf_size)
{
  gsize o = 0;
  const char *p = word;
  const char *end = word + len;

  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c < 0x80)
        {
          if (o + 1 >= buf_size)
            return FALSE;
          buf[o++] = (fold_case && c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
          p++;
        }
      else
        {
          gunichar u = g_utf8_get_char (p);
          char tmp[6];
          gint n;

          if (u == 0x2019 || u == 0x2018 || u == 0x02BC)
            u = '\'';
          else if (u == 0x2010 || u == 0x2011)
            u = '-';
          else if (fold_case)
            u = g_unichar_tolower (u);
          n = g_unichar_to_utf8 (u, tmp);
          if (o + n >= buf_size)
            return FALSE;
          memcpy (buf + o, tmp, n);
          o += n;
          p = g_utf8_next_char (p);
        }
    }
  buf[o] = 0;
  return TRUE;
}

/* Inserts @phrase into @trie word by word; returns the final node, or NULL if the phrase has
 * no words. */
static Node *
trie_insert (DossierGazetteer *self, Node *trie, const char *phrase, gboolean fold_case)
{
  g_autoptr (GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierByteSpan));
  Node *node = trie;

  dossier_segment_string (phrase, strlen (phrase), tokens, spans);
  if (tokens->len == 0)
    return NULL;
  for (guint i = 0; i < tokens->len; i++)
    {
      DossierToken *tok = &g_array_index (tokens, DossierToken, i);
      DossierByteSpan *span = &g_array_index (spans, DossierByteSpan, i);
      char key[128];
      Node *child;
      gboolean upper = (tok->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != 0;

      if (!dossier_gazetteer_fold (phrase + span->start, span->end - span->start, fold_case, key,
                                   sizeof key))
        return NULL;
      if (node->children == NULL)
        node->children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, node_free);
      child = g_hash_table_lookup (node->children, key);
      if (child == NULL)
        {
          child = node_new ();
          child->need_upper = upper;
          g_hash_table_insert (node->children, g_string_chunk_insert_const (self->strings, key),
                               child);
        }
      else if (!upper)
        child->need_upper = FALSE;
      node = child;
    }
  return node;
}

static void
add_phrase (DossierGazetteer *self, Node *trie, const char *phrase, gboolean fold_case,
            const DossierGazEntry *entry, DossierGazForm form)
{
  Node *node = trie_insert (self, trie, phrase, fold_case);

  if (node == NULL)
    return;
  /* The first entry to claim a phrase keeps it: bundled data loads before the user's, and
   * within a file earlier entries are the more common reading. A user entry with the same
   * canonical name replaces the bundled one (see add_entity). */
  if (node->entry == NULL || (node->entry == entry) || node->form > form)
    {
      node->entry = entry;
      node->form = form;
    }
  node->canonical = g_string_chunk_insert_const (self->strings, phrase);
  if (entry)
    g_hash_table_insert (self->lookup, g_string_chunk_insert_const (self->strings, phrase),
                         (gpointer) entry);
}

static int
type_from_string (const char *s)
{
  for (int t = 0; t < DOSSIER_N_ENTITY_TYPES; t++)
    if (g_strcmp0 (s, dossier_entity_type_to_string (t)) == 0)
      return t;
  return -1;
}

/* Checks that @node is absent or an array of strings. */
static gboolean
check_string_array (JsonNode *node, const char *what, const char *origin, GError **error)
{
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto bad;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        goto bad;
    }
  return TRUE;

bad:
  g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
               _ ("%s: “%s” must be a list of strings"), origin, what);
  return FALSE;
}

/* The whole file is checked before anything is added, so a bad file changes nothing. */
static gboolean
validate (JsonObject *root, const char *origin, GError **error)
{
  JsonNode *node;

  node = json_object_get_member (root, "entities");
  if (node)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
                       _ ("%s: “entities” must be a list"), origin);
          return FALSE;
        }
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          JsonObject *obj;
          const char *name, *type;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            goto bad_entity;
          obj = json_node_get_object (item);
          name = json_object_get_string_member_with_default (obj, "name", NULL);
          type = json_object_get_string_member_with_default (obj, "type", NULL);
          if (name == NULL || *name == 0 || type == NULL || type_from_string (type) < 0
              || type_from_string (type) == DOSSIER_ENTITY_DATE)
            goto bad_entity;
          if (!check_string_array (json_object_get_member (obj, "aliases"), "aliases", origin,
                                   error)
              || !check_string_array (json_object_get_member (obj, "acronyms"), "acronyms", origin,
                                      error)
              || !check_string_array (json_object_get_member (obj, "adjectives"), "adjectives",
                                      origin, error))
            return FALSE;
          continue;

        bad_entity:
          g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
                       _ ("%s: entity %u needs a “name” and a “type” (PERSON, ORG, GPE, EVENT or "
                          "AGREEMENT)"),
                       origin, i + 1);
          return FALSE;
        }
    }

  if (!check_string_array (json_object_get_member (root, "titles"), "titles", origin, error)
      || !check_string_array (json_object_get_member (root, "honorifics"), "honorifics", origin,
                              error))
    return FALSE;
  for (guint i = 0; i < DOSSIER_GAZ_N_WORD_LISTS; i++)
    if (!check_string_array (json_object_get_member (root, word_list_names[i]), word_list_names[i],
                             origin, error))
      return FALSE;

  node = json_object_get_member (root, "headwords");
  if (node)
    {
      JsonObject *obj;
      g_autoptr (GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
                       _ ("%s: “headwords” must map entity types to lists of words"), origin);
          return FALSE;
        }
      obj = json_node_get_object (node);
      members = json_object_get_members (obj);
      for (GList *l = members; l; l = l->next)
        {
          int t = type_from_string (l->data);

          if (t < 0 || t == DOSSIER_ENTITY_DATE || t == DOSSIER_ENTITY_PERSON)
            {
              g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
                           _ ("%s: “headwords” has an unknown entity type “%s”"), origin,
                           (const char *) l->data);
              return FALSE;
            }
          if (!check_string_array (json_object_get_member (obj, l->data), "headwords", origin,
                                   error))
            return FALSE;
        }
    }
  return TRUE;
}

static void
add_strings (JsonObject *obj, const char *member,
             void (*add) (DossierGazetteer *, const char *, gpointer), DossierGazetteer *self,
             gpointer data)
{
  JsonArray *array;

  if (!json_object_has_member (obj, member))
    return;
  array = json_object_get_array_member (obj, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    add (self, json_array_get_string_element (array, i), data);
}

typedef struct
{
  DossierGazEntry *entry;
  DossierGazForm form;
} EntityForm;

static void
add_entity_form (DossierGazetteer *self, const char *phrase, gpointer data)
{
  EntityForm *ef = data;

  if (ef->form == DOSSIER_GAZ_FORM_ACRONYM)
    {
      add_phrase (self, self->exact_trie, phrase, FALSE, ef->entry, ef->form);
      if (ef->entry->acronym == NULL)
        ef->entry->acronym = g_string_chunk_insert_const (self->strings, phrase);
    }
  else
    add_phrase (self, self->fold_trie, phrase, TRUE, ef->entry, ef->form);
}

static void
add_entity (DossierGazetteer *self, JsonObject *obj)
{
  DossierGazEntry *entry = g_new0 (DossierGazEntry, 1);
  const char *name = json_object_get_string_member (obj, "name");
  EntityForm ef = { entry, DOSSIER_GAZ_FORM_NAME };

  entry->name = g_string_chunk_insert_const (self->strings, name);
  entry->type = type_from_string (json_object_get_string_member (obj, "type"));
  g_ptr_array_add (self->entries, entry);

  add_entity_form (self, name, &ef);
  ef.form = DOSSIER_GAZ_FORM_ALIAS;
  add_strings (obj, "aliases", add_entity_form, self, &ef);
  ef.form = DOSSIER_GAZ_FORM_ACRONYM;
  add_strings (obj, "acronyms", add_entity_form, self, &ef);
  ef.form = DOSSIER_GAZ_FORM_ADJECTIVE;
  add_strings (obj, "adjectives", add_entity_form, self, &ef);
}

static void
add_title (DossierGazetteer *self, const char *phrase, gpointer data)
{
  add_phrase (self, data, phrase, TRUE, NULL, DOSSIER_GAZ_FORM_NAME);
}

static void
add_word (DossierGazetteer *self, const char *word, gpointer data)
{
  char key[128];

  if (dossier_gazetteer_fold (word, strlen (word), TRUE, key, sizeof key))
    g_hash_table_add (data, g_string_chunk_insert_const (self->strings, key));
}

static void
add_headword (DossierGazetteer *self, const char *word, gpointer data)
{
  char key[128];

  if (dossier_gazetteer_fold (word, strlen (word), TRUE, key, sizeof key))
    g_hash_table_insert (self->headwords, g_string_chunk_insert_const (self->strings, key), data);
}

/**
 * dossier_gazetteer_add_data:
 * @self: a gazetteer
 * @data: JSON text in the gazetteer schema
 * @length: its length, or -1 if NUL-terminated
 * @origin: (nullable): where it comes from, for error messages
 * @error: return location for a #GError
 *
 * Adds the tables in @data. Nothing is added when @data is not valid.
 *
 * Returns: %TRUE on success
 */
gboolean
dossier_gazetteer_add_data (DossierGazetteer *self, const char *data, gssize length,
                            const char *origin, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local_error = NULL;
  JsonNode *root_node;
  JsonObject *root;

  g_return_val_if_fail (DOSSIER_IS_GAZETTEER (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (origin == NULL)
    origin = "gazetteer";
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_PARSE, "%s: %s", origin,
                   local_error->message);
      return FALSE;
    }
  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, DOSSIER_GAZETTEER_ERROR, DOSSIER_GAZETTEER_ERROR_SCHEMA,
                   _ ("%s: the top level must be a JSON object"), origin);
      return FALSE;
    }
  root = json_node_get_object (root_node);
  if (!validate (root, origin, error))
    return FALSE;

  if (json_object_has_member (root, "entities"))
    {
      JsonArray *array = json_object_get_array_member (root, "entities");

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_entity (self, json_array_get_object_element (array, i));
    }
  add_strings (root, "titles", add_title, self, self->title_trie);
  add_strings (root, "honorifics", add_title, self, self->honorific_trie);
  for (guint i = 0; i < DOSSIER_GAZ_N_WORD_LISTS; i++)
    add_strings (root, word_list_names[i], add_word, self, self->words[i]);
  if (json_object_has_member (root, "headwords"))
    {
      JsonObject *obj = json_object_get_object_member (root, "headwords");
      g_autoptr (GList) members = json_object_get_members (obj);

      for (GList *l = members; l; l = l->next)
        add_strings (obj, l->data, add_headword, self,
                     GINT_TO_POINTER (type_from_string (l->data) + 1));
    }
  return TRUE;
}

/**
 * dossier_gazetteer_add_file:
 *
 * Adds the tables of a JSON file (see dossier_gazetteer_add_data()).
 *
 * Returns: %TRUE on success
 */
gboolean
dossier_gazetteer_add_file (DossierGazetteer *self, GFile *file, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *origin = NULL;
  gsize length;

  g_return_val_if_fail (DOSSIER_IS_GAZETTEER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  origin = g_file_get_parse_name (file);
  return dossier_gazetteer_add_data (self, contents, length, origin, error);
}

/**
 * dossier_gazetteer_add_bundled:
 *
 * Adds the tables shipped in the core library's resources.
 *
 * Returns: %TRUE on success
 */
gboolean
dossier_gazetteer_add_bundled (DossierGazetteer *self, GError **error)
{
  /* Referencing the resource keeps its object file (and its registering constructor) in
   * programs that link the core as a static library. */
  g_return_val_if_fail (dossier_core_get_resource () != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (bundled_files); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, bundled_files[i], NULL);
      g_autoptr (GBytes) bytes
          = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      gsize size;
      const char *data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &size);
      if (!dossier_gazetteer_add_data (self, data, size, path, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * dossier_gazetteer_get_user_path:
 *
 * Returns: (transfer full): where the user's own gazetteer.json is read from
 */
char *
dossier_gazetteer_get_user_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "dossier", "gazetteer.json", NULL);
}

/**
 * dossier_gazetteer_get_default:
 *
 * The bundled tables plus the user's gazetteer.json, loaded once. A user file that cannot be
 * read or does not follow the schema is reported with g_warning() and ignored.
 *
 * Returns: (transfer none): the shared gazetteer; read-only, safe to use from any thread
 */
DossierGazetteer *
dossier_gazetteer_get_default (void)
{
  static DossierGazetteer *instance;

  if (g_once_init_enter (&instance))
    {
      DossierGazetteer *self = dossier_gazetteer_new ();
      g_autoptr (GError) error = NULL;
      g_autofree char *user_path = dossier_gazetteer_get_user_path ();

      if (!dossier_gazetteer_add_bundled (self, &error))
        g_critical ("Bundled gazetteer: %s", error->message);
      g_clear_error (&error);
      if (g_file_test (user_path, G_FILE_TEST_EXISTS))
        {
          g_autoptr (GFile) file = g_file_new_for_path (user_path);

          if (!dossier_gazetteer_add_file (self, file, &error))
            g_warning ("Ignoring the user gazetteer: %s", error->message);
        }
      g_once_init_leave (&instance, self);
    }
  return instance;
}

guint
dossier_gazetteer_get_n_entries (DossierGazetteer *self)
{
  g_return_val_if_fail (DOSSIER_IS_GAZETTEER (self), 0);
  return self->entries->len;
}

/* Longest walk of @trie along the keys; fills *best with the deepest node holding a phrase. */
static guint
trie_walk (Node *trie, const DossierGazKey *keys, guint n_keys, gboolean fold_case, Node **best)
{
  Node *node = trie;
  guint best_len = 0;

  for (guint i = 0; i < n_keys && node->children; i++)
    {
      node = g_hash_table_lookup (node->children, fold_case ? keys[i].fold : keys[i].exact);
      if (node == NULL || (node->need_upper && !keys[i].upper))
        break;
      if (node->canonical)
        {
          best_len = i + 1;
          *best = node;
        }
    }
  return best_len;
}

guint
dossier_gazetteer_match (DossierGazetteer *self, DossierGazTable table, const DossierGazKey *keys,
                         guint n_keys, const DossierGazEntry **entry, DossierGazForm *form,
                         const char **canonical)
{
  Node *best = NULL;
  guint len = 0;

  if (n_keys == 0 || !keys[0].upper)
    return 0;
  switch (table)
    {
    case DOSSIER_GAZ_ENTITIES:
      {
        Node *exact = NULL;
        guint exact_len = trie_walk (self->exact_trie, keys, n_keys, FALSE, &exact);

        len = trie_walk (self->fold_trie, keys, n_keys, TRUE, &best);
        if (exact_len > len)
          {
            len = exact_len;
            best = exact;
          }
      }
      break;
    case DOSSIER_GAZ_TITLES:
      len = trie_walk (self->title_trie, keys, n_keys, TRUE, &best);
      break;
    case DOSSIER_GAZ_HONORIFICS:
      len = trie_walk (self->honorific_trie, keys, n_keys, TRUE, &best);
      break;
    }
  if (len == 0)
    return 0;
  if (entry)
    *entry = best->entry;
  if (form)
    *form = best->form;
  if (canonical)
    *canonical = best->canonical;
  return len;
}

gboolean
dossier_gazetteer_has_word (DossierGazetteer *self, DossierGazWordList list, const char *fold)
{
  g_return_val_if_fail (list < DOSSIER_GAZ_N_WORD_LISTS, FALSE);
  return g_hash_table_contains (self->words[list], fold);
}

int
dossier_gazetteer_headword_type (DossierGazetteer *self, const char *fold)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->headwords, fold)) - 1;
}

/**
 * dossier_gazetteer_lookup:
 *
 * Returns: (nullable) (transfer none): the entity with that name, alias or acronym
 */
const DossierGazEntry *
dossier_gazetteer_lookup (DossierGazetteer *self, const char *name)
{
  g_return_val_if_fail (DOSSIER_IS_GAZETTEER (self), NULL);
  return g_hash_table_lookup (self->lookup, name);
}
