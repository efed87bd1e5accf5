/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-core-resources.h"
#include "dossier-cues.h"

/* Cue phrases are data (the JSON files of data/cues/), so analysts can extend them without
 * touching code.
 * A phrase is a sequence of lowercase words; "word*" matches any ending, "..." skips up to
 * CUE_MAX_GAP words without crossing punctuation, so "reaffirmed ... commitment" finds
 * "reaffirmed its enduring commitment" but not a commitment in the next clause. */

#define DEFAULT_PREFIX "/io/github/dossier/Dossier/core/cues/"

/* Long enough for "reaffirmed its enduring and ironclad commitment", short enough that a gap
 * does not bridge two unrelated predicates. */
#define CUE_MAX_GAP 4

typedef enum
{
  ELEM_WORD,
  ELEM_PREFIX,
  ELEM_GAP,
} ElemType;

typedef struct
{
  ElemType type;
  char *text;
} Elem;

typedef struct
{
  DossierCueKind kind;
  float weight;
  guint n_elems;
  Elem *elems;
} Phrase;

struct _DossierCues
{
  GObject parent_instance;

  GPtrArray *phrases;        /* Phrase*, owned */
  GHashTable *by_first;      /* first word -> GPtrArray of Phrase* (not owned) */
  GPtrArray *wild_first;     /* Phrase* whose first element is a prefix */
  GHashTable *stopwords;     /* word -> itself */
  GPtrArray *stop_prefixes;  /* char* */
  GHashTable *clause_verbs;  /* word -> itself */
  GHashTable *light_words;   /* word -> itself */
  GPtrArray *light_prefixes; /* char* */
  GHashTable *equivalents;   /* word -> the word it is matched as */
  GHashTable *acronyms;      /* acronym -> expansion */
};

G_DEFINE_FINAL_TYPE (DossierCues, dossier_cues, G_TYPE_OBJECT)

G_DEFINE_QUARK (dossier - cues - error - quark, dossier_cues_error)

static void
phrase_free (gpointer data)
{
  Phrase *p = data;

  for (guint i = 0; i < p->n_elems; i++)
    g_free (p->elems[i].text);
  g_free (p->elems);
  g_free (p);
}

static void
dossier_cues_finalize (GObject *object)
{
  DossierCues *self = DOSSIER_CUES (object);

  g_clear_pointer (&self->by_first, g_hash_table_unref);
  g_clear_pointer (&self->wild_first, g_ptr_array_unref);
  g_clear_pointer (&self->phrases, g_ptr_array_unref);
  g_clear_pointer (&self->stopwords, g_hash_table_unref);
  g_clear_pointer (&self->stop_prefixes, g_ptr_array_unref);
  g_clear_pointer (&self->clause_verbs, g_hash_table_unref);
  g_clear_pointer (&self->light_words, g_hash_table_unref);
  g_clear_pointer (&self->light_prefixes, g_ptr_array_unref);
  g_clear_pointer (&self->equivalents, g_hash_table_unref);
  g_clear_pointer (&self->acronyms, g_hash_table_unref);
  G_OBJECT_CLASS (dossier_cues_parent_class)->finalize (object);
}

static void
dossier_cues_class_init (DossierCuesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_cues_finalize;
}

static void
dossier_cues_init (DossierCues *self)
{
  self->phrases = g_ptr_array_new_with_free_func (phrase_free);
  self->by_first
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->wild_first = g_ptr_array_new ();
  self->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stop_prefixes = g_ptr_array_new_with_free_func (g_free);
  self->clause_verbs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->light_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->light_prefixes = g_ptr_array_new_with_free_func (g_free);
  self->equivalents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gboolean
is_punct_word (const char *word)
{
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
add_phrase (DossierCues *self, DossierCueKind kind, float weight, const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  GPtrArray *list;
  Phrase *p;
  guint n = 0;

  p = g_new0 (Phrase, 1);
  p->kind = kind;
  p->weight = weight;
  p->elems = g_new0 (Elem, g_strv_length (words));
  for (guint i = 0; words[i]; i++)
    {
      Elem *e;
      gsize len = strlen (words[i]);

      if (len == 0)
        continue;
      e = &p->elems[n++];
      if (g_str_equal (words[i], "..."))
        e->type = ELEM_GAP;
      else if (words[i][len - 1] == '*')
        {
          e->type = ELEM_PREFIX;
          e->text = g_strndup (words[i], len - 1);
        }
      else
        {
          e->type = ELEM_WORD;
          e->text = g_strdup (words[i]);
        }
    }
  p->n_elems = n;
  /* A phrase must start with a word: a leading gap would match everywhere. */
  if (n == 0 || p->elems[0].type == ELEM_GAP)
    {
      phrase_free (p);
      return;
    }
  g_ptr_array_add (self->phrases, p);
  if (p->elems[0].type == ELEM_PREFIX)
    {
      g_ptr_array_add (self->wild_first, p);
      return;
    }
  list = g_hash_table_lookup (self->by_first, p->elems[0].text);
  if (!list)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, p->elems[0].text, list);
    }
  g_ptr_array_add (list, p);
}

static JsonNode *
load_json (const char *prefix, const char *name, GError **error)
{
  g_autofree char *path = g_strconcat (prefix, name, NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  gsize size;
  const char *data;

  /* Through the core's own resource: referencing it keeps its object file in programs that
   * link the core as a static library. */
  bytes = g_resource_lookup_data (dossier_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  error);
  if (!bytes)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, DOSSIER_CUES_ERROR, DOSSIER_CUES_ERROR_INVALID, "%s: not an object",
                   path);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
add_string_array (DossierCues *self, JsonObject *obj, const char *member, DossierCueKind kind,
                  float weight, GError **error)
{
  JsonArray *array;

  if (!json_object_has_member (obj, member)
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, member)))
    {
      g_set_error (error, DOSSIER_CUES_ERROR, DOSSIER_CUES_ERROR_INVALID, "missing list “%s”",
                   member);
      return FALSE;
    }
  array = json_object_get_array_member (obj, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *text = json_array_get_string_element (array, i);

      if (text)
        add_phrase (self, kind, weight, text);
    }
  return TRUE;
}

static gboolean
load_groups (DossierCues *self, const char *prefix, const char *name, DossierCueKind kind,
             GError **error)
{
  g_autoptr (JsonNode) root = load_json (prefix, name, error);
  JsonArray *groups;

  if (!root)
    return FALSE;
  groups = json_object_get_array_member (json_node_get_object (root), "groups");
  if (!groups)
    {
      g_set_error (error, DOSSIER_CUES_ERROR, DOSSIER_CUES_ERROR_INVALID, "%s: no groups", name);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *group = json_array_get_object_element (groups, i);
      float weight;

      if (!group)
        continue;
      weight = json_object_get_double_member_with_default (group, "weight", 1.0);
      if (!add_string_array (self, group, "phrases", kind, weight, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_status (DossierCues *self, const char *prefix, GError **error)
{
  static const struct
  {
    const char *member;
    DossierCueKind kind;
  } lists[] = {
    { "delivered", DOSSIER_CUE_DELIVERED }, { "progressed", DOSSIER_CUE_PROGRESSED },
    { "continued", DOSSIER_CUE_CONTINUED }, { "changed", DOSSIER_CUE_CHANGED },
    { "future", DOSSIER_CUE_FUTURE },       { "instruments", DOSSIER_CUE_INSTRUMENT },
  };
  g_autoptr (JsonNode) root = load_json (prefix, "status.json", error);

  if (!root)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (!add_string_array (self, json_node_get_object (root), lists[i].member, lists[i].kind, 1.0,
                           error))
      return FALSE;
  return TRUE;
}

/* Words of @array into @words, or into @prefixes when they end in "*". */
static void
add_word_list (JsonArray *array, GHashTable *words, GPtrArray *prefixes)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *word = json_array_get_string_element (array, i);
      gsize len;

      if (!word || !(len = strlen (word)))
        continue;
      if (word[len - 1] == '*')
        g_ptr_array_add (prefixes, g_strndup (word, len - 1));
      else
        g_hash_table_add (words, g_strdup (word));
    }
}

static gboolean
word_in (GHashTable *words, GPtrArray *prefixes, const char *word)
{
  if (g_hash_table_contains (words, word))
    return TRUE;
  for (guint i = 0; i < prefixes->len; i++)
    if (g_str_has_prefix (word, g_ptr_array_index (prefixes, i)))
      return TRUE;
  return FALSE;
}

static gboolean
load_lexicon (DossierCues *self, const char *prefix, GError **error)
{
  g_autoptr (JsonNode) root = load_json (prefix, "lexicon.json", error);
  JsonObject *obj, *acronyms, *entries;
  JsonArray *stop, *verbs, *light;

  if (!root)
    return FALSE;
  obj = json_node_get_object (root);
  stop = json_object_get_array_member (obj, "stopwords");
  verbs = json_object_get_array_member (obj, "clause_verbs");
  acronyms = json_object_get_object_member (obj, "acronyms");
  entries = acronyms ? json_object_get_object_member (acronyms, "entries") : NULL;
  if (!stop || !verbs || !entries)
    {
      g_set_error (error, DOSSIER_CUES_ERROR, DOSSIER_CUES_ERROR_INVALID,
                   "lexicon.json: stopwords, clause_verbs or acronyms missing");
      return FALSE;
    }
  add_word_list (stop, self->stopwords, self->stop_prefixes);
  /* Optional: a lexicon without light words weighs every content word alike. */
  light = json_object_has_member (obj, "light_words")
              ? json_object_get_array_member (obj, "light_words")
              : NULL;
  if (light)
    add_word_list (light, self->light_words, self->light_prefixes);
  if (json_object_has_member (obj, "equivalents"))
    {
      JsonObject *map = json_object_get_object_member (obj, "equivalents");
      g_autoptr (GList) members = map ? json_object_get_members (map) : NULL;

      for (GList *l = members; l; l = l->next)
        {
          const char *to = json_object_get_string_member (map, l->data);

          if (to)
            g_hash_table_insert (self->equivalents, g_strdup (l->data), g_strdup (to));
        }
    }
  for (guint i = 0; i < json_array_get_length (verbs); i++)
    {
      const char *word = json_array_get_string_element (verbs, i);

      if (word)
        g_hash_table_add (self->clause_verbs, g_strdup (word));
    }

  {
    g_autoptr (GList) members = json_object_get_members (entries);

    for (GList *l = members; l; l = l->next)
      {
        const char *expansion = json_object_get_string_member (entries, l->data);

        if (expansion)
          g_hash_table_insert (self->acronyms, g_strdup (l->data), g_strdup (expansion));
      }
  }
  return TRUE;
}

/**
 * dossier_cues_new_from_resources:
 * @prefix: resource path of the cue directory, ending with a slash
 *
 * Returns: (transfer full) (nullable): the cues, or %NULL with @error set
 */
DossierCues *
dossier_cues_new_from_resources (const char *prefix, GError **error)
{
  g_autoptr (DossierCues) self = g_object_new (DOSSIER_TYPE_CUES, NULL);

  g_return_val_if_fail (prefix != NULL, NULL);

  if (!load_groups (self, prefix, "commitment.json", DOSSIER_CUE_COMMITMENT, error)
      || !load_groups (self, prefix, "outcome.json", DOSSIER_CUE_OUTCOME, error)
      || !load_status (self, prefix, error) || !load_lexicon (self, prefix, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * dossier_cues_get_default:
 *
 * The cues compiled into the core library. Loaded once, never freed.
 *
 * Returns: (transfer none): the shared cues
 */
DossierCues *
dossier_cues_get_default (void)
{
  static DossierCues *cues;

  if (g_once_init_enter (&cues))
    {
      g_autoptr (GError) error = NULL;
      DossierCues *loaded = dossier_cues_new_from_resources (DEFAULT_PREFIX, &error);

      /* The data are compiled in: failing to read them is a build defect, not a user error. */
      if (!loaded)
        g_error ("Cannot load the statement cues: %s", error->message);
      g_once_init_leave (&cues, loaded);
    }
  return cues;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
elem_matches (const Elem *e, const char *word)
{
  if (e->type == ELEM_WORD)
    return strcmp (e->text, word) == 0;
  return g_str_has_prefix (word, e->text);
}

/* Length in words of the match of elems[k..] at words[i..], or -1. Gaps take the shortest fit. */
static int
match_from (const Phrase *p, guint k, const char *const *words, guint n_words, guint i)
{
  if (k == p->n_elems)
    return 0;
  if (p->elems[k].type == ELEM_GAP)
    {
      for (guint skip = 0; skip <= CUE_MAX_GAP && i + skip <= n_words; skip++)
        {
          int rest;

          if (skip > 0 && is_punct_word (words[i + skip - 1]))
            break;
          rest = match_from (p, k + 1, words, n_words, i + skip);
          if (rest >= 0)
            return (int) skip + rest;
        }
      return -1;
    }
  if (i >= n_words || !elem_matches (&p->elems[k], words[i]))
    return -1;
  {
    int rest = match_from (p, k + 1, words, n_words, i + 1);

    return rest < 0 ? -1 : rest + 1;
  }
}

static void
try_phrase (const Phrase *p, const char *const *words, guint n_words, guint i, GArray *out)
{
  int len = match_from (p, 0, words, n_words, i);

  if (len > 0)
    {
      DossierCueMatch m = { p->kind, i, i + (guint) len, p->weight };

      g_array_append_val (out, m);
    }
}

/**
 * dossier_cues_find:
 * @words: (array length=n_words): lowercase words and punctuation of one clause or sentence
 *
 * Every cue phrase of every kind found in @words, by start position.
 *
 * Returns: (transfer full) (element-type DossierCueMatch): the matches
 */
GArray *
dossier_cues_find (DossierCues *self, const char *const *words, guint n_words)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DossierCueMatch));

  g_return_val_if_fail (DOSSIER_IS_CUES (self), out);

  for (guint i = 0; i < n_words; i++)
    {
      GPtrArray *list = g_hash_table_lookup (self->by_first, words[i]);

      if (list)
        for (guint j = 0; j < list->len; j++)
          try_phrase (g_ptr_array_index (list, j), words, n_words, i, out);
      for (guint j = 0; j < self->wild_first->len; j++)
        try_phrase (g_ptr_array_index (self->wild_first, j), words, n_words, i, out);
    }
  return out;
}

/**
 * dossier_cues_is_stopword:
 * @word: a lowercase word
 *
 * Returns: whether @word carries no topic (function words, the framing verbs of statements)
 */
gboolean
dossier_cues_is_stopword (DossierCues *self, const char *word)
{
  g_return_val_if_fail (DOSSIER_IS_CUES (self), FALSE);

  return word_in (self->stopwords, self->stop_prefixes, word);
}

/**
 * dossier_cues_is_light_word:
 * @word: a lowercase word
 *
 * Returns: whether @word says what was done to a topic rather than what the topic is
 *   ("establish", "strengthen", "launch"): weak evidence that two sentences share a subject
 */
gboolean
dossier_cues_is_light_word (DossierCues *self, const char *word)
{
  g_return_val_if_fail (DOSSIER_IS_CUES (self), FALSE);

  return word_in (self->light_words, self->light_prefixes, word);
}

/**
 * dossier_cues_is_clause_verb:
 * @word: a lowercase word
 *
 * Returns: whether "and @word" opens a second predicate ("..., and pledged to ...")
 */
gboolean
dossier_cues_is_clause_verb (DossierCues *self, const char *word)
{
  g_return_val_if_fail (DOSSIER_IS_CUES (self), FALSE);
  return g_hash_table_contains (self->clause_verbs, word);
}

/**
 * dossier_cues_lookup_equivalent:
 * @word: a lowercase word
 *
 * Returns: (nullable): the word @word is matched as ("economic" -> "economy"), or %NULL
 */
const char *
dossier_cues_lookup_equivalent (DossierCues *self, const char *word)
{
  g_return_val_if_fail (DOSSIER_IS_CUES (self), NULL);
  return g_hash_table_lookup (self->equivalents, word);
}

/**
 * dossier_cues_dup_acronyms:
 *
 * Returns: (transfer container): the acronyms that have a general expansion, sorted
 */
GPtrArray *
dossier_cues_dup_acronyms (DossierCues *self)
{
  GPtrArray *list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (DOSSIER_IS_CUES (self), list);

  g_hash_table_iter_init (&iter, self->acronyms);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (list, key);
  /* Sorted, so that runs do not depend on hash order. */
  g_ptr_array_sort (list, compare_strings);
  return list;
}

/**
 * dossier_cues_lookup_acronym:
 * @acronym: an acronym as written ("TTX")
 *
 * Returns: (nullable): the general expansion of @acronym, for texts that do not spell it out
 */
const char *
dossier_cues_lookup_acronym (DossierCues *self, const char *acronym)
{
  g_return_val_if_fail (DOSSIER_IS_CUES (self), NULL);
  return g_hash_table_lookup (self->acronyms, acronym);
}

const char *
dossier_cue_kind_to_string (DossierCueKind kind)
{
  static const char *const names[] = {
    "commitment", "outcome", "delivered", "progressed",
    "continued",  "changed", "future",    "instrument",
  };

  g_return_val_if_fail (kind < DOSSIER_N_CUE_KINDS, NULL);
  return names[kind];
}
