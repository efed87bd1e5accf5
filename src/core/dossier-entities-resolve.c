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

typedef struct
{
  const char *key;
  const char *first; /* folded first and last name words */
  const char *last;
  GPtrArray *titles; /* interned folded title heads */
  GHashTable *docs;  /* doc index + 1 set */
} Person;

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
titles_match (Person *p, const char *titles)
{
  g_auto (GStrv) parts = NULL;

  if (titles == NULL)
    return FALSE;
  parts = g_strsplit (titles, "|", -1);
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
        g_ptr_array_add (p->titles, (gpointer) t);
    }
}

/* The one full-name person a surname in document @doc refers to, or NULL. @by_word maps a
 * folded word to the persons whose first or last name it is, in corpus order: scanning every
 * person for every surname made this quadratic in the corpus. */
static Person *
find_person (GHashTable *by_word, const char *word, guint doc, const char *titles)
{
  GPtrArray *named = g_hash_table_lookup (by_word, word);
  g_autoptr (GPtrArray) in_doc = NULL;
  GPtrArray *pool;

  if (named == NULL)
    return NULL;
  in_doc = g_ptr_array_new ();
  for (guint i = 0; i < named->len; i++)
    {
      Person *p = g_ptr_array_index (named, i);

      if (g_hash_table_contains (p->docs, GUINT_TO_POINTER (doc + 1)))
        g_ptr_array_add (in_doc, p);
    }
  pool = in_doc->len ? in_doc : named;
  if (pool->len > 1 && titles)
    {
      Person *only = NULL;
      guint n = 0;

      for (guint i = 0; i < pool->len; i++)
        if (titles_match (g_ptr_array_index (pool, i), titles))
          {
            only = g_ptr_array_index (pool, i);
            n++;
          }
      return n == 1 ? only : NULL;
    }
  return pool->len == 1 ? g_ptr_array_index (pool, 0) : NULL;
}

static void
index_person (GHashTable *by_word, const char *word, Person *p)
{
  GPtrArray *list = g_hash_table_lookup (by_word, word);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (by_word, (gpointer) word, list);
    }
  g_ptr_array_add (list, p);
}

static void
resolve_persons (Extraction *x)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new_with_free_func (person_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) short_docs = g_hash_table_new (g_str_hash, g_str_equal); /* "ps:w|doc" */
  /* interned folded word -> GPtrArray of Person* */
  g_autoptr (GHashTable) by_word
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

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
          g_ptr_array_add (persons, p);
          g_hash_table_insert (by_key, (gpointer) c->key, p);
          index_person (by_word, p->first, p);
          if (p->last != p->first) /* interned: equal strings are one pointer */
            index_person (by_word, p->last, p);
        }
      person_add_titles (x, p, c->title);
      g_hash_table_add (p->docs, GUINT_TO_POINTER (c->doc + 1));
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
            g_autofree char *k = g_strdup_printf ("ps:%s|%u", word, c->doc);

            if (!g_hash_table_contains (short_docs, k))
              continue;
            *strchr (k, '|') = 0;
            c->key = dossier_intern (x, k);
          }
        else
          {
            g_autofree char *k = g_strdup_printf ("%s|%u", c->key, c->doc);

            g_hash_table_add (short_docs, (gpointer) dossier_intern (x, k));
          }
        c->type = DOSSIER_ENTITY_PERSON;
        if (c->kind == CAND_PENDING)
          c->kind = CAND_PERSON_SHORT;
      }
}

static int
compare_by_start (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Cand *cands = user_data;
  const Cand *ca = &cands[*(const guint *) a], *cb = &cands[*(const guint *) b];

  if (ca->doc != cb->doc)
    return ca->doc < cb->doc ? -1 : 1;
  return ca->t0 < cb->t0 ? -1 : ca->t0 > cb->t0 ? 1 : 0;
}

/* Untyped names the corpus knows; the places and acronyms inside them give way. The
 * candidates inside a name are found in an index sorted by document and start: looking
 * through all of them for each name was quadratic in the corpus. */
static void
resolve_pending (Extraction *x)
{
  Cand *cands = (Cand *) x->cands->data;
  guint n = x->cands->len;
  g_autofree guint *by_start = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    by_start[i] = i;
  g_qsort_with_data (by_start, n, sizeof (guint), compare_by_start, cands);

  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      gpointer known;
      guint lo = 0, hi = n;

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
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          const Cand *m = &cands[by_start[mid]];

          if (m->doc < c->doc || (m->doc == c->doc && m->t0 < c->t0))
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint k = lo; k < n; k++)
        {
          guint j = by_start[k];
          Cand *o = &cands[j];

          if (o->doc != c->doc || o->t0 > c->t1)
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

static int
compare_cands (gconstpointer a, gconstpointer b)
{
  const Cand *ca = *(const Cand **) a, *cb = *(const Cand **) b;

  if (ca->doc != cb->doc)
    return ca->doc < cb->doc ? -1 : 1;
  if (ca->t0 != cb->t0)
    return ca->t0 < cb->t0 ? -1 : 1;
  return ca->t1 > cb->t1 ? -1 : ca->t1 < cb->t1 ? 1 : 0;
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

  double T0 = g_get_monotonic_time ()/1e3;
  for (guint i = 0; i < x->docs->len; i++)
    dossier_entities_scan_late (x, g_ptr_array_index (x->docs, i));
  double T1 = g_get_monotonic_time ()/1e3;
  resolve_persons (x);
  double T2 = g_get_monotonic_time ()/1e3;
  resolve_pending (x);
  double T3 = g_get_monotonic_time ()/1e3;
  retype_names (x);
  if (g_getenv ("ENT_T")) g_printerr ("  late %.0f persons %.0f pending %.0f ncands %u\n", T1-T0, T2-T1, T3-T2, x->cands->len);

  for (guint i = 0; i < x->cands->len; i++)
    {
      Cand *c = &g_array_index (x->cands, Cand, i);

      if (!c->dead && c->type >= 0 && c->kind != CAND_PENDING)
        g_ptr_array_add (live, c);
    }
  g_ptr_array_sort (live, compare_cands);

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
