/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-core-resources.h"
#include "dossier-temporal-private.h"

/* Cue words are language data, kept in data/temporal/cues.json and loaded once. Lookups happen
 * only around candidate expressions and in event labels, never per character. */

#define CUES_PATH "/io/github/dossier/Dossier/core/temporal/cues.json"
#define MAX_WORD 31

typedef struct
{
  GHashTable *roles;     /* lower-case word -> DossierCue flags */
  GHashTable *irregular; /* past form -> base form */
} Cues;

static const struct
{
  const char *member;
  DossierCue cue;
} lists[] = {
  { "future", DOSSIER_CUE_FUTURE },
  { "intent", DOSSIER_CUE_INTENT },
  { "past", DOSSIER_CUE_PAST },
  { "ed_not_past", DOSSIER_CUE_ED_NOT_PAST },
  { "determiners", DOSSIER_CUE_DETERMINER },
  { "designators", DOSSIER_CUE_DESIGNATOR },
  { "quantity_nouns", DOSSIER_CUE_QUANTITY },
  { "event_nouns", DOSSIER_CUE_EVENT_NOUN },
  { "month_context", DOSSIER_CUE_MONTH_CONTEXT },
  { "openers", DOSSIER_CUE_OPENER },
  { "verbs", DOSSIER_CUE_VERB },
  { "auxiliaries", DOSSIER_CUE_AUXILIARY },
  { "adverbs", DOSSIER_CUE_ADVERB },
  { "pronouns", DOSSIER_CUE_PRONOUN },
  { "clause_stops", DOSSIER_CUE_CLAUSE_STOP },
  { "month_context_strict", DOSSIER_CUE_MONTH_STRICT },
};

static void
add_role (GHashTable *roles, const char *word, guint cue)
{
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (roles, word));

  g_hash_table_replace (roles, g_strdup (word), GUINT_TO_POINTER (old | cue));
}

static Cues *
load_cues (void)
{
  Cues *cues = g_new0 (Cues, 1);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;

  cues->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cues->irregular = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  bytes = g_resource_lookup_data (dossier_core_get_resource (), CUES_PATH, 0, &error);
  if (bytes == NULL
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      /* The table is compiled in: failing here is a build error, not a user's. */
      g_critical ("Cannot load %s: %s", CUES_PATH, error ? error->message : "not an object");
      return cues;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      JsonArray *array;

      if (!json_object_has_member (root, lists[i].member))
        continue;
      array = json_object_get_array_member (root, lists[i].member);
      for (guint j = 0; j < json_array_get_length (array); j++)
        add_role (cues->roles, json_array_get_string_element (array, j), lists[i].cue);
    }

  if (json_object_has_member (root, "irregular_past"))
    {
      JsonObject *map = json_object_get_object_member (root, "irregular_past");
      g_autoptr (GList) members = json_object_get_members (map);

      for (GList *l = members; l; l = l->next)
        {
          const char *past = l->data;

          add_role (cues->roles, past, DOSSIER_CUE_IRREGULAR_PAST);
          g_hash_table_replace (cues->irregular, g_strdup (past),
                                g_strdup (json_object_get_string_member (map, past)));
        }
    }
  return cues;
}

static Cues *
get_cues (void)
{
  static Cues *cues;

  if (g_once_init_enter (&cues))
    g_once_init_leave (&cues, load_cues ());
  return cues;
}

/* Copies a word lower-cased into @buf; FALSE when it is too long to be a cue. */
static gboolean
lower_word (const char *word, gsize len, char buf[MAX_WORD + 1])
{
  if (len == 0 || len > MAX_WORD)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (word[i]);
  buf[len] = 0;
  return TRUE;
}

guint
dossier_temporal_cues (const char *word, gsize len)
{
  char buf[MAX_WORD + 1];

  if (!lower_word (word, len, buf))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (get_cues ()->roles, buf));
}

const char *
dossier_temporal_irregular_base (const char *word, gsize len)
{
  char buf[MAX_WORD + 1];

  if (!lower_word (word, len, buf))
    return NULL;
  return g_hash_table_lookup (get_cues ()->irregular, buf);
}

static gboolean
is_lexicon_verb (GHashTable *roles, const char *base)
{
  return (GPOINTER_TO_UINT (g_hash_table_lookup (roles, base)) & DOSSIER_CUE_VERB) != 0;
}

gboolean
dossier_temporal_is_verb_form (const char *word, gsize len)
{
  GHashTable *roles = get_cues ()->roles;
  char buf[MAX_WORD + 1];
  char stem[MAX_WORD + 2];

  if (!lower_word (word, len, buf))
    return FALSE;
  if (is_lexicon_verb (roles, buf) || g_hash_table_contains (get_cues ()->irregular, buf))
    return TRUE;

  /* Regular inflections: -s, -es, -ies, -d, -ed, -ied, and a doubled consonant before -ed. */
  if (len > 3 && buf[len - 1] == 's')
    {
      memcpy (stem, buf, len - 1);
      stem[len - 1] = 0;
      if (is_lexicon_verb (roles, stem))
        return TRUE;
      if (len > 4 && buf[len - 2] == 'e')
        {
          stem[len - 2] = 0;
          if (is_lexicon_verb (roles, stem))
            return TRUE;
          if (buf[len - 3] == 'i')
            {
              stem[len - 3] = 'y';
              stem[len - 2] = 0;
              if (is_lexicon_verb (roles, stem))
                return TRUE;
            }
        }
    }
  if (len > 4 && buf[len - 2] == 'e' && buf[len - 1] == 'd')
    {
      memcpy (stem, buf, len - 1);
      stem[len - 1] = 0; /* "welcomed" -> "welcome" */
      if (is_lexicon_verb (roles, stem))
        return TRUE;
      stem[len - 2] = 0; /* "reaffirmed" -> "reaffirm" */
      if (is_lexicon_verb (roles, stem))
        return TRUE;
      if (buf[len - 3] == 'i')
        {
          stem[len - 3] = 'y'; /* "applied" -> "apply" */
          stem[len - 2] = 0;
          if (is_lexicon_verb (roles, stem))
            return TRUE;
        }
      if (len > 5 && buf[len - 3] == buf[len - 4])
        {
          stem[len - 3] = 0; /* "committed" -> "commit" */
          if (is_lexicon_verb (roles, stem))
            return TRUE;
        }
    }
  return FALSE;
}

/* ---- tense ---- */

typedef struct
{
  gsize start;
  gsize end;
  guint cues;
  char low[MAX_WORD + 1];
  gboolean lower_initial;
} Word;

#define WINDOW_BYTES 260
#define MAX_WORDS 96

static gboolean
word_is (const Word *w, const char *s)
{
  return strcmp (w->low, s) == 0;
}

static gboolean
is_modal_for_future (const Word *w)
{
  static const char *const modals[]
      = { "to", "will", "would", "shall", "should", "could", "must", "may", "might", "can" };

  for (guint i = 0; i < G_N_ELEMENTS (modals); i++)
    if (word_is (w, modals[i]))
      return TRUE;
  return FALSE;
}

static gboolean
looks_past_participle (const Word *w)
{
  gsize len = strlen (w->low);

  if (w->cues & DOSSIER_CUE_IRREGULAR_PAST)
    return TRUE;
  if (len < 5 || w->cues & DOSSIER_CUE_ED_NOT_PAST)
    return FALSE;
  return w->low[len - 2] == 'e' && w->low[len - 1] == 'd' && w->low[len - 3] != 'e';
}

static DossierTense
classify (const Word *words, guint n, guint i)
{
  const Word *w = &words[i];
  const Word *p1 = i > 0 ? &words[i - 1] : NULL;
  const Word *p2 = i > 1 ? &words[i - 2] : NULL;
  const Word *n1 = i + 1 < n ? &words[i + 1] : NULL;
  const Word *n2 = i + 2 < n ? &words[i + 2] : NULL;

  /* "agreed to hold", "look forward to receiving": an intention points ahead. */
  if (word_is (w, "to") && p1 && (p1->cues & DOSSIER_CUE_INTENT) && n1 && n1->lower_initial
      && !(n1->cues & DOSSIER_CUE_DETERMINER))
    return DOSSIER_TENSE_FUTURE;
  if ((w->cues & DOSSIER_CUE_INTENT) && n1 && word_is (n1, "to") && n2 && n2->lower_initial
      && !(n2->cues & DOSSIER_CUE_DETERMINER))
    return DOSSIER_TENSE_FUTURE;
  if (w->cues & DOSSIER_CUE_FUTURE)
    return DOSSIER_TENSE_FUTURE;
  if (w->cues & DOSSIER_CUE_PAST)
    return DOSSIER_TENSE_PAST;
  if (!w->lower_initial || !looks_past_participle (w))
    return DOSSIER_TENSE_NONE;

  /* "to be held", "will be signed" look ahead; "is signed" is a present passive. */
  if (p1 && word_is (p1, "be"))
    return p2 && is_modal_for_future (p2) ? DOSSIER_TENSE_FUTURE : DOSSIER_TENSE_NONE;
  if (p1
      && (word_is (p1, "is") || word_is (p1, "are") || word_is (p1, "being") || word_is (p1, "am")))
    return DOSSIER_TENSE_NONE;
  /* "the recently launched satellite": a participle inside a noun phrase. */
  if (p1 && (p1->cues & DOSSIER_CUE_DETERMINER))
    return DOSSIER_TENSE_NONE;
  if (p1 && p2 && g_str_has_suffix (p1->low, "ly") && (p2->cues & DOSSIER_CUE_DETERMINER))
    return DOSSIER_TENSE_NONE;
  return DOSSIER_TENSE_PAST;
}

/* A full stop after a lower-case word of three letters or more, then a space: the clause is
 * over. Abbreviations ("U.S.", "D.C.") never qualify. */
static gboolean
is_fence (const char *text, gsize pos, gsize scope_start, gsize scope_end)
{
  char c = text[pos];

  if (c == ';')
    return TRUE;
  if (c != '.' && c != '!' && c != '?')
    return FALSE;
  if (pos + 1 < scope_end && text[pos + 1] != ' ' && text[pos + 1] != '\n')
    return FALSE;
  if (pos < scope_start + 3)
    return FALSE;
  return g_ascii_islower (text[pos - 1]) && g_ascii_islower (text[pos - 2])
         && g_ascii_isalpha (text[pos - 3]);
}

DossierTense
dossier_temporal_tense_at (const char *text, gsize scope_start, gsize scope_end, gsize start,
                           gsize end, guint max_after)
{
  Word words[MAX_WORDS];
  guint n = 0, first_after = 0;
  gsize lo, hi, p;
  int best = -1;
  guint best_distance = G_MAXUINT;

  get_cues ();

  /* The window: up to WINDOW_BYTES either side, not crossing a fence. */
  lo = start > scope_start + WINDOW_BYTES ? start - WINDOW_BYTES : scope_start;
  for (p = start; p > lo; p--)
    if (is_fence (text, p - 1, scope_start, scope_end))
      {
        lo = p;
        break;
      }
  hi = MIN (scope_end, end + WINDOW_BYTES);
  for (p = end; p < hi; p++)
    if (is_fence (text, p, scope_start, scope_end))
      {
        hi = p;
        break;
      }

  for (p = lo; p < hi && n < MAX_WORDS;)
    {
      gsize ws;

      if (!g_ascii_isalpha (text[p]))
        {
          p++;
          continue;
        }
      ws = p;
      while (p < hi
             && (g_ascii_isalpha (text[p])
                 || (text[p] == '-' && p + 1 < hi && g_ascii_isalpha (text[p + 1]))))
        p++;
      if (ws >= start && ws < end)
        continue; /* the expression itself */
      if (p - ws > MAX_WORD)
        continue;
      words[n].start = ws;
      words[n].end = p;
      lower_word (text + ws, p - ws, words[n].low);
      words[n].cues = GPOINTER_TO_UINT (g_hash_table_lookup (get_cues ()->roles, words[n].low));
      words[n].lower_initial = g_ascii_islower (text[ws]);
      if (ws < start)
        first_after = n + 1;
      n++;
    }

  /* "applauded the summit this year and look forward to the next one": a coordinated clause
   * with its own verb has its own tense. Words beyond such an "and" do not count. */
  {
    guint lo_i = 0, hi_i = n;

    for (guint i = 0; i + 1 < n; i++)
      {
        gboolean clause
            = (word_is (&words[i], "and") || word_is (&words[i], "but")
               || word_is (&words[i], "while") || word_is (&words[i], "whereas"))
              && (dossier_temporal_is_verb_form (words[i + 1].low, strlen (words[i + 1].low))
                  || (words[i + 1].cues & (DOSSIER_CUE_PRONOUN | DOSSIER_CUE_AUXILIARY)));

        if (!clause)
          continue;
        if (i < first_after)
          lo_i = i + 1;
        else if (i < hi_i)
          hi_i = i;
      }
    if (max_after < hi_i - MIN (hi_i, first_after))
      hi_i = first_after + max_after;
    if (lo_i > 0 || hi_i < n)
      {
        memmove (words, words + lo_i, (hi_i - lo_i) * sizeof (Word));
        first_after -= lo_i;
        n = hi_i - lo_i;
      }
  }

  for (guint i = 0; i < n; i++)
    {
      guint distance;
      DossierTense tense = classify (words, n, i);

      if (tense == DOSSIER_TENSE_NONE)
        continue;
      /* Words before the expression count from its start, words after from its end; a tie
       * goes to the word before, which usually governs ("signed ... in July"). */
      distance = i < first_after ? 2 * (first_after - i) - 1 : 2 * (i - first_after + 1);
      if (distance < best_distance)
        {
          best_distance = distance;
          best = tense;
        }
    }
  return best < 0 ? DOSSIER_TENSE_NONE : (DossierTense) best;
}
