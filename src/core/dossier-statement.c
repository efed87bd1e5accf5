/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-statement.h"

/* A clause is a commitment when its strongest commitment cue reaches this weight: every cue of
 * the strong group ("pledged", "will", "agreed to") does, and so does one of the weaker ones
 * ("concurred", "need to", "support") unless a descriptive cue ("led the delegation", "was
 * held") pulls it down. */
#define COMMITMENT_MIN_WEIGHT 0.5f

/* Likewise for outcomes; every outcome cue has weight 1 today, the threshold leaves room for
 * weaker ones in the data. */
#define OUTCOME_MIN_WEIGHT 0.5f

/* A sentence is cut before "and <verb>" only when both sides keep at least this many words:
 * "discussed the way forward to establish a committee ... and reviewed a proposal to organize a
 * conference" carries two commitments, "commended and endorsed" does not. */
#define MIN_CLAUSE_WORDS 5

/* After ", and" a second statement may name its own subject before its verb (", and we call
 * on", ", and both sides agreed", ", and the two Presidents condemned"): the verb is looked for
 * this many words on. */
#define MAX_SUBJECT_WORDS 3

/* An item of an enumeration is cut out when it and the rest have at least this many content
 * words: "the signing of a new framework" is an item, "the Republic of Korea" is not. */
#define MIN_ITEM_WORDS 3

struct _DossierStatement
{
  GObject parent_instance;

  DossierDocument *document;
  guint start;
  guint end;
  DossierStatementKind kind;
  char *text;
  GListStore *links;
};

G_DEFINE_FINAL_TYPE (DossierStatement, dossier_statement, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_START,
  PROP_END,
  PROP_KIND,
  PROP_N_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_statement_finalize (GObject *object)
{
  DossierStatement *self = DOSSIER_STATEMENT (object);

  g_clear_object (&self->document);
  g_clear_object (&self->links);
  g_clear_pointer (&self->text, g_free);
  G_OBJECT_CLASS (dossier_statement_parent_class)->finalize (object);
}

static void
dossier_statement_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierStatement *self = DOSSIER_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_N_LINKS:
      g_value_set_uint (value, dossier_statement_get_n_links (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_statement_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  DossierStatement *self = DOSSIER_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_START:
      self->start = g_value_get_uint (value);
      break;
    case PROP_END:
      self->end = g_value_get_uint (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_statement_class_init (DossierStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags fixed = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_statement_finalize;
  object_class->get_property = dossier_statement_get_property;
  object_class->set_property = dossier_statement_set_property;

  properties[PROP_DOCUMENT]
      = g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT, fixed);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, 3, 0, fixed);
  properties[PROP_N_LINKS]
      = g_param_spec_uint ("n-links", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_statement_init (DossierStatement *self)
{
  self->links = g_list_store_new (DOSSIER_TYPE_LINK);
}

/**
 * dossier_statement_new:
 * @document: the document the statement is part of
 * @kind: a combination of #DossierStatementKind flags
 *
 * Returns: (transfer full): a statement with no links
 */
DossierStatement *
dossier_statement_new (DossierDocument *document, guint start, guint end, DossierStatementKind kind)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (start <= end, NULL);

  return g_object_new (DOSSIER_TYPE_STATEMENT, "document", document, "start", start, "end", end,
                       "kind", (guint) kind, NULL);
}

/**
 * dossier_statement_get_document:
 *
 * Returns: (transfer none): the document
 */
DossierDocument *
dossier_statement_get_document (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), NULL);
  return self->document;
}

guint
dossier_statement_get_start (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), 0);
  return self->start;
}

guint
dossier_statement_get_end (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), 0);
  return self->end;
}

/**
 * dossier_statement_get_text:
 *
 * Returns: (transfer none): the statement's text
 */
const char *
dossier_statement_get_text (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), NULL);

  if (!self->text)
    self->text = dossier_document_dup_slice (self->document, self->start, self->end);
  return self->text;
}

DossierStatementKind
dossier_statement_get_kind (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), DOSSIER_STATEMENT_NONE);
  return self->kind;
}

/**
 * dossier_statement_get_links:
 *
 * Returns: (transfer none): a #GListModel of #DossierLink from this commitment to the later
 *   passages that report on it, best first
 */
GListModel *
dossier_statement_get_links (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), NULL);
  return G_LIST_MODEL (self->links);
}

guint
dossier_statement_get_n_links (DossierStatement *self)
{
  g_return_val_if_fail (DOSSIER_IS_STATEMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->links));
}

/**
 * dossier_statement_add_link:
 * @link: a link whose source is this statement
 */
void
dossier_statement_add_link (DossierStatement *self, DossierLink *link)
{
  g_return_if_fail (DOSSIER_IS_STATEMENT (self));
  g_return_if_fail (DOSSIER_IS_LINK (link));

  g_list_store_append (self->links, link);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LINKS]);
}

/**
 * dossier_statement_fold_word:
 * @length: byte length of @word, or -1 if nul-terminated
 *
 * The form cue lists are written in: lowercase, typographic apostrophes straightened.
 *
 * Returns: (transfer full): the folded word
 */
char *
dossier_statement_fold_word (const char *word, gssize length)
{
  GString *out;
  const char *end;

  g_return_val_if_fail (word != NULL, NULL);

  if (length < 0)
    length = strlen (word);
  end = word + length;
  out = g_string_sized_new (length);
  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

/**
 * dossier_statement_split_words:
 *
 * Folded words and punctuation of a plain string, for classifying text that is not part of a
 * document (crafted examples, user input). Documents go through the segmenter instead.
 *
 * Returns: (transfer full): a %NULL-terminated array of words
 */
char **
dossier_statement_split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new ();
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;

      if (g_unichar_isspace (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          g_ptr_array_add (words, dossier_statement_fold_word (start, p - start));
          continue;
        }
      while (*p)
        {
          c = g_utf8_get_char (p);
          if (!g_unichar_isalnum (c) && c != '\'' && c != 0x2019 && c != '.')
            break;
          /* A period belongs to the word inside it and after an inner one ("U.S."), not at
           * the end of an ordinary word. */
          if (c == '.' && !g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p)))
              && !memchr (start, '.', p - start))
            break;
          p = g_utf8_next_char (p);
        }
      g_ptr_array_add (words, dossier_statement_fold_word (start, p - start));
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/**
 * dossier_statement_classify:
 * @cues: the cue lists
 * @words: (array length=n_words): folded words and punctuation of one sentence or clause
 *
 * Returns: whether the words state a commitment, report an outcome, both or neither
 */
DossierStatementKind
dossier_statement_classify (DossierCues *cues, const char *const *words, guint n_words)
{
  g_autoptr (GArray) matches = NULL;
  float commitment = 0.f, penalty = 0.f, outcome = 0.f;
  DossierStatementKind kind = DOSSIER_STATEMENT_NONE;

  g_return_val_if_fail (DOSSIER_IS_CUES (cues), DOSSIER_STATEMENT_NONE);

  matches = dossier_cues_find (cues, words, n_words);
  for (guint i = 0; i < matches->len; i++)
    {
      const DossierCueMatch *m = &g_array_index (matches, DossierCueMatch, i);

      if (m->kind == DOSSIER_CUE_COMMITMENT)
        {
          if (m->weight < 0)
            penalty += m->weight;
          else
            commitment = MAX (commitment, m->weight);
        }
      else if (m->kind == DOSSIER_CUE_OUTCOME)
        outcome = MAX (outcome, m->weight);
    }
  if (commitment + penalty >= COMMITMENT_MIN_WEIGHT)
    kind |= DOSSIER_STATEMENT_COMMITMENT;
  if (outcome >= OUTCOME_MIN_WEIGHT)
    kind |= DOSSIER_STATEMENT_OUTCOME;
  return kind;
}

/**
 * dossier_statement_classify_text:
 * @text: one sentence or clause
 *
 * dossier_statement_classify() on a plain string, with the default cues.
 *
 * Returns: the kind of statement @text is
 */
DossierStatementKind
dossier_statement_classify_text (const char *text)
{
  g_auto (GStrv) words = NULL;

  g_return_val_if_fail (text != NULL, DOSSIER_STATEMENT_NONE);

  words = dossier_statement_split_words (text);
  return dossier_statement_classify (dossier_cues_get_default (), (const char *const *) words,
                                     g_strv_length (words));
}

static guint
count_words (const char *const *words, guint start, guint end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    if (g_unichar_isalnum (g_utf8_get_char (words[i])))
      n++;
  return n;
}

static guint
count_content_words (DossierCues *cues, const char *const *words, guint start, guint end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    if (g_unichar_isalnum (g_utf8_get_char (words[i]))
        && !dossier_cues_is_stopword (cues, words[i]))
      n++;
  return n;
}

static gboolean
is_punct (const char *word)
{
  return !g_unichar_isalnum (g_utf8_get_char (word));
}

static gboolean
is_determiner (const char *word)
{
  static const char *const dets[]
      = { "the", "a", "an", "our", "their", "its", "his", "her", "this", "these", "those" };

  for (guint i = 0; i < G_N_ELEMENTS (dets); i++)
    if (strcmp (word, dets[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Appends words[start, end) without leading or trailing punctuation and conjunctions. */
static void
append_clause (GArray *clauses, const char *const *words, guint start, guint end, gboolean item)
{
  while (start < end
         && (is_punct (words[start]) || strcmp (words[start], "and") == 0
             || strcmp (words[start], "or") == 0))
    start++;
  /* Separators go, closing brackets and quotes stay with what they close. */
  while (end > start && strchr (",;:", words[end - 1][0]) && words[end - 1][1] == '\0')
    end--;
  if (end > start)
    g_array_append_vals (clauses, &(DossierClause){ start, end, item }, 1);
}

/* Cuts words[start, end), one predicate, at an enumeration: before "including" / "such as" /
 * ":" and between its items (", the ...", "; and ..."). Pieces shorter than MIN_ITEM_WORDS
 * stay with their neighbour. */
static void
split_items (DossierCues *cues, GArray *clauses, const char *const *words, guint start, guint end)
{
  guint cuts[64], n_cuts = 0;
  gboolean in_list = FALSE;
  guint last = start;

  for (guint i = start + 1; i < end && n_cuts + 1 < G_N_ELEMENTS (cuts); i++)
    {
      /* "including with the international community, to combat ..." adds a partner to the
       * predicate, it does not start a list of things. */
      gboolean opens
          = (strcmp (words[i], "including") == 0
             && !(i + 1 < end && strcmp (words[i + 1], "with") == 0))
            || strcmp (words[i], ":") == 0
            || (strcmp (words[i], "such") == 0 && i + 1 < end && strcmp (words[i + 1], "as") == 0);
      gboolean cut = FALSE, head = FALSE;

      if (opens && !in_list)
        cut = in_list = head = TRUE;
      else if (strcmp (words[i], ";") == 0)
        cut = in_list = TRUE;
      else if (in_list && strcmp (words[i], ",") == 0 && i + 1 < end)
        {
          guint k = i + 1;

          if (k < end && (strcmp (words[k], "and") == 0 || strcmp (words[k], "or") == 0))
            k++;
          cut = k < end && is_determiner (words[k]);
        }
      /* The clause that opens the list is measured in words: its verb is a stop word. */
      if (!cut || count_content_words (cues, words, i, end) < MIN_ITEM_WORDS
          || (head ? count_words (words, last, i) < MIN_CLAUSE_WORDS
                   : count_content_words (cues, words, last, i) < MIN_ITEM_WORDS))
        continue;
      cuts[n_cuts++] = i;
      last = i;
    }
  cuts[n_cuts] = end;
  last = start;
  for (guint c = 0; c <= n_cuts; c++)
    {
      guint from = last;

      /* Skip the word that opened the list ("including", "such as"). */
      if (c > 0)
        {
          if (strcmp (words[from], "including") == 0)
            from++;
          else if (strcmp (words[from], "such") == 0)
            from += 2;
        }
      append_clause (clauses, words, from, cuts[c], c > 0);
      last = cuts[c];
    }
}

static gboolean
is_subject_word (const char *word)
{
  static const char *const words[]
      = { "we",   "they",  "he",   "she",   "it",   "both",    "all",
          "each", "the",   "our",  "their", "his",  "her",     "its",
          "two",  "three", "four", "sides", "side", "leaders", "parties" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether words[i] ("and", after a comma) opens a statement with a subject of its own: a
 * pronoun or a short noun phrase, then a verb that opens a predicate ("will" included: ", and
 * we will"). Any noun may head the subject ("the two Presidents"), so only its first word is
 * checked. */
static gboolean
opens_new_subject (DossierCues *cues, const char *const *words, guint n_words, guint i)
{
  if (i == 0 || strcmp (words[i - 1], ",") != 0 || i + 2 >= n_words
      || !is_subject_word (words[i + 1]))
    return FALSE;
  for (guint k = i + 2; k < MIN (n_words, i + 2 + MAX_SUBJECT_WORDS); k++)
    {
      if (is_punct (words[k]))
        return FALSE;
      if (dossier_cues_is_clause_verb (cues, words[k]) || strcmp (words[k], "will") == 0)
        return !(k + 1 < n_words && strcmp (words[k + 1], "by") == 0);
    }
  return FALSE;
}

/**
 * dossier_statement_split_clauses:
 * @words: (array length=n_words): folded words and punctuation of one sentence
 *
 * Cuts a sentence that carries several statements into clauses: before "and <verb>" when the
 * verb opens a new predicate ("..., and pledged to ...", "... and reviewed a proposal ..."),
 * before ", and that" (a second reported agreement) and before ", and" followed by a subject
 * of its own and its verb (", and we call on ..."); then each predicate at its enumeration
 * ("including A, B, and C", "A; B; and C"), whose items are flagged as such. Passives
 * ("commended and endorsed by") and short pieces stay whole; conjunctions and commas at the
 * cuts belong to neither side.
 *
 * Returns: (transfer full) (element-type DossierClause): clauses in order; one when the
 *   sentence is not cut
 */
GArray *
dossier_statement_split_clauses (DossierCues *cues, const char *const *words, guint n_words)
{
  GArray *clauses = g_array_new (FALSE, FALSE, sizeof (DossierClause));
  guint start = 0;

  g_return_val_if_fail (DOSSIER_IS_CUES (cues), clauses);

  for (guint i = 1; i + 1 < n_words; i++)
    {
      gboolean cut;
      guint end, next = i + 1;

      /* "as well as launch a new track" joins a second predicate as "and" does. */
      if (strcmp (words[i], "as") == 0 && i + 3 < n_words && strcmp (words[i + 1], "well") == 0
          && strcmp (words[i + 2], "as") == 0)
        next = i + 3;
      else if (strcmp (words[i], "and") != 0)
        continue;
      cut = dossier_cues_is_clause_verb (cues, words[next])
            && !(next + 1 < n_words && strcmp (words[next + 1], "by") == 0);
      if (next != i + 1)
        {
          /* Only the verb opens a predicate here: "as well as the ministers" lists. */
          end = i;
          while (end > start && is_punct (words[end - 1]))
            end--;
          if (cut && count_words (words, start, end) >= MIN_CLAUSE_WORDS
              && count_words (words, next, n_words) >= MIN_CLAUSE_WORDS)
            {
              split_items (cues, clauses, words, start, end);
              start = next;
            }
          i = next - 1;
          continue;
        }
      cut = cut || (strcmp (words[i + 1], "that") == 0 && strcmp (words[i - 1], ",") == 0);
      cut = cut || opens_new_subject (cues, words, n_words, i);
      if (!cut)
        continue;
      end = i;
      while (end > start && is_punct (words[end - 1]))
        end--;
      if (count_words (words, start, end) < MIN_CLAUSE_WORDS
          || count_words (words, i + 1, n_words) < MIN_CLAUSE_WORDS)
        continue;
      split_items (cues, clauses, words, start, end);
      start = i + 1;
    }
  split_items (cues, clauses, words, start, n_words);
  if (clauses->len == 0)
    g_array_append_vals (clauses, &(DossierClause){ 0, n_words, FALSE }, 1);
  return clauses;
}
