/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entities-private.h"

/* From candidates to entities. Candidates sharing a key are one entity (an acronym and its
 * long forms share "acr:JMCB", country forms share the gazetteer's canonical name). What keys
 * cannot settle is settled here, once the whole corpus has been read:
 *   - names in headings and Title Case lines that were seen typed in running text;
 *   - untyped capitalized names that the corpus knows ("such as Keen Sword");
 *   - a surname alone or after a title ("Secretary Doe", "Minister Kim") joins the full
 *     name it belongs to, chosen by document, then by title, then corpus-wide, and only when
 *     one person fits. */

typedef struct _Named Named;

typedef struct
{
  const char *key;
  const char *first; /* folded first and last name words */
  const char *last;
  GPtrArray *titles; /* interned folded title heads */
  GHashTable *docs;  /* doc index + 1 set */
  Named *named_first;
  Named *named_last; /* NULL when the last name is the first */
} Person;

/* The persons a folded word names (as first or last name), indexed so that resolving a
 * surname costs the same in a corpus of ten documents or ten thousand: scanning every person,
 * or every person of that name, for each surname made resolution quadratic in the corpus. */
struct _Named
{
  GPtrArray *all;       /* Person*, in corpus order */
  GHashTable *in_doc;   /* doc index + 1 -> GPtrArray of Person*: those the document names */
  GHashTable *by_title; /* interned folded title head -> GPtrArray of Person* */
};

static void
named_free (gpointer data)
{
  Named *nm = data;

  g_ptr_array_unref (nm->all);
  g_hash_table_unref (nm->in_doc);
  g_hash_table_unref (nm->by_title);
  g_free (nm);
}

static Named *
named_get (GHashTable *by_word, const char *word)
{
  Named *nm = g_hash_table_lookup (by_word, word);

  if (nm == NULL)
    {
      nm = g_new0 (Named, 1);
      nm->all = g_ptr_array_new ();
      nm->in_doc = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
      nm->by_title = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) g_ptr_array_unref);
      g_hash_table_insert (by_word, (gpointer) word, nm);
    }
  return nm;
}

static void
multimap_add (GHashTable *map, gconstpointer key, Person *p)
{
  GPtrArray *list = g_hash_table_lookup (map, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (map, (gpointer) key, list);
    }
  g_ptr_array_add (list, p);
}

static void
person_free (gpointer data)
{
  Person *p = data;

  g_ptr_array_unref (p->titles);
  g_hash_table_unref (p->docs);
  g_free (p);
}

static DocScan *
doc_of (Extraction *x, Cand *c)
{
  return g_ptr_array_index (x->docs, c->doc);
}

static gboolean
titles_match (Person *p, char **parts)
{
  for (guint i = 0; parts[i]; i++)
    for (guint j = 0; j < p->titles->len; j++)
      if (strcmp (parts[i], g_ptr_array_index (p->titles, j)) == 0)
        return TRUE;
  return FALSE;
}

static void
person_add_titles (Extraction *x, Person *p, const char *titles)
{
  g_auto (GStrv) parts = NULL;

  if (titles == NULL)
    return;
  parts = g_strsplit (titles, "|", -1);
  for (guint i = 0; parts[i]; i++)
    {
      const char *t = dossier_intern (x, parts[i]);

      if (!g_ptr_array_find (p->titles, t, NULL))
        {
          g_ptr_array_add (p->titles, (gpointer) t);
          multimap_add (p->named_first->by_title, t, p);
          if (p->named_last)
            multimap_add (p->named_last->by_title, t, p);
        }
    }
}

/* The one full-name person a surname in document @doc refers to, or NULL: among the persons
 * of that name the document names, else among all of them; when several fit, the one whose
 * titles include one of @titles. */
static Person *
find_person (GHashTable *by_word, const char *word, guint doc, const char *titles)
{
  Named *nm = g_hash_table_lookup (by_word, word);
  GPtrArray *in_doc, *pool;
  g_auto (GStrv) parts = NULL;
  Person *only = NULL;

  if (nm == NULL)
    return NULL;
  in_doc = g_hash_table_lookup (nm->in_doc, GUINT_TO_POINTER (doc + 1));
  pool = in_doc ? in_doc : nm->all;
  if (pool->len <= 1 || titles == NULL)
    return pool->len == 1 ? g_ptr_array_index (pool, 0) : NULL;

  /* Exactly one person of the pool may carry one of the titles; a second one ends it. */
  parts = g_strsplit (titles, "|", -1);
  if (in_doc)
    {
      for (guint i = 0; i < in_doc->len; i++)
        if (titles_match (g_ptr_array_index (in_doc, i), parts))
          {
            if (only)
              return NULL;
            only = g_ptr_array_index (in_doc, i);
          }
      return only;
    }
  for (guint i = 0; parts[i]; i++)
    {
      GPtrArray *titled = g_hash_table_lookup (nm->by_title, parts[i]);

      for (guint j = 0; titled && j < titled->len; j++)
        {
          Person *p = g_ptr_array_index (titled, j);

          if (p == only)
            continue;
          if (only)
            return NULL;
          only = p;
        }
    }
  return only;
}

/* @prefix @s "|" @doc into @buf, without printf: there is one per short name. */
static const char *
doc_key (GString *buf, const char *prefix, const char *s, guint doc)
{
  char digits[16];
  guint n = 0;

  g_string_assign (buf, prefix);
  g_string_append (buf, s);
  g_string_append_c (buf, '|');
  do
    digits[n++] = '0' + doc % 10;
  while ((doc /= 10) > 0);
  while (n > 0)
    g_string_append_c (buf, digits[--n]);
  return buf->str;
}

static void
resolve_persons (Extraction *x)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new_with_free_func (person_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) short_docs = g_hash_table_new (g_str_hash, g_str_equal); /* "ps:w|doc" */
  g_autoptr (GHashTable) by_word /* interned folded word -> Named* */
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, named_free);

  for (guint i = 0; i < x->cands->len; i++)
    {
      Cand *c = &g_array_index (x->cands, Cand, i);
      Person *p;

      if (c->dead || c->kind != CAND_PERSON)
        continue;
      p = g_hash_table_lookup (by_key, c->key);
      if (p == NULL)
        {
          const char *bar = strchr (c->key, '|');
          g_autofree char *first
              = bar ? g_strndup (c->key + 3, bar - c->key - 3) : g_strdup (c->key + 3);

          p = g_new0 (Person, 1);
          p->key = c->key;
          p->first = dossier_intern (x, first);
          p->last = dossier_intern (x, bar ? bar + 1 : c->key + 3);
          p->titles = g_ptr_array_new ();
          p->docs = g_hash_table_new (NULL, NULL);
          p->named_first = named_get (by_word, p->first);
          if (p->last != p->first) /* interned: equal strings are one pointer */
            p->named_last = named_get (by_word, p->last);
          g_ptr_array_add (p->named_first->all, p);
          if (p->named_last)
            g_ptr_array_add (p->named_last->all, p);
          g_ptr_array_add (persons, p);
          g_hash_table_insert (by_key, (gpointer) c->key, p);
        }
      person_add_titles (x, p, c->title);
      if (g_hash_table_add (p->docs, GUINT_TO_POINTER (c->doc + 1)))
        {
          multimap_add (p->named_first->in_doc, GUINT_TO_POINTER (c->doc + 1), p);
          if (p->named_last)
            multimap_add (p->named_last->in_doc, GUINT_TO_POINTER (c->doc + 1), p);
        }
    }

  /* Titled surnames first: they tell which short names a document uses. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < x->cands->len; i++)
      {
        Cand *c = &g_array_index (x->cands, Cand, i);
        DocScan *d;
        const char *word;
        Person *p;

        if (c->dead)
          continue;
        if (pass == 0 && c->kind != CAND_PERSON_SHORT)
          continue;
        if (pass == 1 && !(c->kind == CAND_PENDING && c->t1 == c->t0 + 1))
          continue;
        d = doc_of (x, c);
        word = d->keys[c->t0].fold;
        p = find_person (by_word, word, c->doc, c->title);
        if (p)
          {
            c->key = p->key;
            person_add_titles (x, p, c->title);
          }
        else if (pass == 1)
          {
            /* A bare word is a person only if this document named someone so. */
            char *k = (char *) doc_key (x->key_buf, "ps:", word, c->doc);

            if (!g_hash_table_contains (short_docs, k))
              continue;
            *strchr (k, '|') = 0;
            c->key = dossier_intern (x, k);
          }
        else
          g_hash_table_add (
              short_docs, (gpointer) dossier_intern (x, doc_key (x->key_buf, "", c->key, c->doc)));
        c->type = DOSSIER_ENTITY_PERSON;
        if (c->kind == CAND_PENDING)
          c->kind = CAND_PERSON_SHORT;
      }
}

static int
compare_in_doc (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Cand *cands = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  const Cand *ca = &cands[ia], *cb = &cands[ib];

  if (ca->t0 != cb->t0)
    return ca->t0 < cb->t0 ? -1 : 1;
  if (ca->t1 != cb->t1)
    return ca->t1 > cb->t1 ? -1 : 1;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/* The candidates in text order: by document, then start, longest first, then as found.
 * Bucketed by document first, so that sorting costs a log of a document's candidates, not
 * of the corpus's. @doc_first gets each document's first position ([n_docs] = n). */
static guint *
order_cands (Extraction *x, guint **doc_first)
{
  Cand *cands = (Cand *) x->cands->data;
  guint n = x->cands->len, n_docs = x->docs->len;
  guint *order = g_new (guint, MAX (n, 1));
  guint *first = g_new0 (guint, n_docs + 2);
  g_autofree guint *fill = NULL;

  for (guint i = 0; i < n; i++)
    first[cands[i].doc + 1]++;
  for (guint k = 0; k < n_docs; k++)
    first[k + 1] += first[k];
  fill = g_memdup2 (first, (n_docs + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    order[fill[cands[i].doc]++] = i;
  for (guint k = 0; k < n_docs; k++)
    g_qsort_with_data (order + first[k], first[k + 1] - first[k], sizeof (guint), compare_in_doc,
                       cands);
  *doc_first = first;
  return order;
}

/* Untyped names the corpus knows; the places and acronyms inside them give way. The
 * candidates inside a name are found in @order (see order_cands()): looking through all of
 * them for each name was quadratic in the corpus. */
static void
resolve_pending (Extraction *x, const guint *order, const guint *doc_first)
{
  Cand *cands = (Cand *) x->cands->data;
  guint n = x->cands->len;

  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      gpointer known;
      guint lo, hi;

      if (c->dead || c->kind != CAND_PENDING)
        continue;
      known = g_hash_table_lookup (x->known, c->key + 3);
      if (known == NULL)
        {
          c->dead = TRUE;
          continue;
        }
      c->type = (GPOINTER_TO_INT (known) & 0xff) - 1;
      c->kind = CAND_NAME;
      /* The first candidate of this document starting at or after c->t0. */
      lo = doc_first[c->doc];
      hi = doc_first[c->doc + 1];
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (cands[order[mid]].t0 < c->t0)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint k = lo; k < doc_first[c->doc + 1]; k++)
        {
          guint j = order[k];
          Cand *o = &cands[j];

          if (o->t0 > c->t1)
            break;
          if (j != i && !o->dead && o->t1 <= c->t1)
            o->dead = TRUE;
        }
    }
}

/* A name typed only by its head word yields to a surer reading elsewhere ("Sea Guardian"
 * is an exercise, though "Guardian" may head an organization). */
static void
retype_names (Extraction *x)
{
  for (guint i = 0; i < x->cands->len; i++)
    {
      Cand *c = &g_array_index (x->cands, Cand, i);
      gpointer known;

      if (c->dead || c->kind != CAND_NAME || !g_str_has_prefix (c->key, "nm:"))
        continue;
      known = g_hash_table_lookup (x->known, c->key + 3);
      if (known && (GPOINTER_TO_INT (known) & 0x100))
        c->type = (GPOINTER_TO_INT (known) & 0xff) - 1;
    }
}

/* Quality of a surface form as a canonical name: mixed case over capitals, then longer. */
static guint
name_quality (const char *s)
{
  gboolean lower = FALSE;

  for (const char *p = s; *p; p++)
    if (g_ascii_islower (*p))
      lower = TRUE;
  return (lower ? 100000 : 0) + (guint) strlen (s);
}

typedef struct
{
  DossierEntity *entity;
  const char *name;
  guint quality;
  int type;
} Group;

GPtrArray *
dossier_entities_resolve (Extraction *x)
{
  g_autoptr (GPtrArray) live = g_ptr_array_new ();
  g_autoptr (GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GPtrArray *entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) doc_index = g_hash_table_new (NULL, NULL);
  g_autofree guint *order = NULL;
  g_autofree guint *doc_first = NULL;

  for (guint i = 0; i < x->docs->len; i++)
    dossier_entities_scan_late (x, g_ptr_array_index (x->docs, i));
  resolve_persons (x);
  order = order_cands (x, &doc_first);
  resolve_pending (x, order, doc_first);
  retype_names (x);

  /* In text order, the order the mentions are listed in. */
  for (guint k = 0; k < x->cands->len; k++)
    {
      Cand *c = &g_array_index (x->cands, Cand, order[k]);

      if (!c->dead && c->type >= 0 && c->kind != CAND_PENDING)
        g_ptr_array_add (live, c);
    }

  for (guint i = 0; i < x->docs->len; i++)
    {
      DocScan *d = g_ptr_array_index (x->docs, i);

      g_hash_table_insert (doc_index, d->doc, GUINT_TO_POINTER (i + 1));
    }

  {
    guint last_doc = G_MAXUINT, last_end = 0;

    for (guint i = 0; i < live->len; i++)
      {
        Cand *c = g_ptr_array_index (live, i);
        DocScan *d = doc_of (x, c);
        const char *surface;
        Group *g;
        guint q;

        /* Overlaps cannot survive the rules, except where a late reading met an early one:
         * the first and longest wins. */
        if (c->doc == last_doc && c->t0 < last_end)
          continue;
        last_doc = c->doc;
        last_end = c->t1;

        dossier_doc_scan_text (d, c->t0, c->t1, x->key_buf);
        surface = x->key_buf->str;
        g = g_hash_table_lookup (groups, c->key);
        if (g == NULL)
          {
            g = g_new0 (Group, 1);
            g->type = c->type;
            g_hash_table_insert (groups, (gpointer) c->key, g);
          }
        if (c->name
            && (c->kind == CAND_GAZ || c->kind == CAND_ACRONYM || c->kind == CAND_ORDINAL
                || ((c->kind == CAND_NAME || c->kind == CAND_EXERCISE || c->kind == CAND_QUOTED)
                    && c->acronym)))
          {
            q = name_quality (c->name) + 1000000;
            if (q > g->quality)
              {
                g->name = c->name;
                g->quality = q;
              }
          }
        q = name_quality (surface);
        if (c->kind == CAND_PERSON_SHORT)
          q /= 2; /* "Doe" never names the person when "Jane Q. Doe Jr." is known */
        if (q > g->quality)
          {
            g->name = dossier_intern (x, surface);
            g->quality = q;
          }
        if (g->entity == NULL)
          {
            g->entity = dossier_entity_new (g->type, g->name);
            g_ptr_array_add (entities, g->entity);
          }
        if (c->acronym && dossier_entity_get_acronym (g->entity) == NULL)
          dossier_entity_set_acronym (g->entity, c->acronym);
        dossier_entity_add_mention (g->entity, d->doc, d->toks[c->t0].start,
                                    d->toks[c->t1 - 1].end);
        dossier_entity_add_alias (g->entity, surface);
      }
  }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, groups);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        Group *g = value;

        dossier_entity_set_name (g->entity, g->name);
        dossier_entity_add_alias (g->entity, g->name);
        dossier_entity_sort_mentions (g->entity, doc_index);
      }
  }
  return entities;
}
