/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "dossier-segment.h"

/* Sentence and word boundaries come from Pango's UAX #29 implementation, run once per block.
 * UAX #29 breaks after every "period + space + capital", so abbreviations ("U.S. Department",
 * "Dr. Ely", "Lloyd J. Austin") are repaired afterwards from the tokens around each boundary.
 * Blocks are segmented whole with one reusable attribute buffer: the entity stage must scan
 * tens of megabytes a second, so nothing here allocates per character. */

typedef enum
{
  ABBR_NONE,
  ABBR_ALWAYS,      /* never ends a sentence: titles before names, "e.g." */
  ABBR_BEFORE_NUM,  /* "No. 5", "Art. 3": ends a sentence unless a number follows */
  ABBR_UNLESS_STOP, /* "U.S.", "J.", "Jr.": ends one only before a sentence-opening word */
} AbbrevKind;

typedef struct
{
  const char *word;
  AbbrevKind kind;
} Abbrev;

/* Compared case-sensitively without the final period: "No." is an abbreviation, "no." is not. */
static const Abbrev abbrevs[] = {
  { "Dr", ABBR_ALWAYS },    { "Mr", ABBR_ALWAYS },     { "Mrs", ABBR_ALWAYS },
  { "Ms", ABBR_ALWAYS },    { "Mx", ABBR_ALWAYS },     { "Prof", ABBR_ALWAYS },
  { "Gen", ABBR_ALWAYS },   { "Adm", ABBR_ALWAYS },    { "Lt", ABBR_ALWAYS },
  { "Col", ABBR_ALWAYS },   { "Capt", ABBR_ALWAYS },   { "Maj", ABBR_ALWAYS },
  { "Sgt", ABBR_ALWAYS },   { "Cmdr", ABBR_ALWAYS },   { "Cdr", ABBR_ALWAYS },
  { "Brig", ABBR_ALWAYS },  { "Sen", ABBR_ALWAYS },    { "Rep", ABBR_ALWAYS },
  { "Gov", ABBR_ALWAYS },   { "Amb", ABBR_ALWAYS },    { "Hon", ABBR_ALWAYS },
  { "Rev", ABBR_ALWAYS },   { "Pres", ABBR_ALWAYS },   { "Sec", ABBR_ALWAYS },
  { "Gens", ABBR_ALWAYS },  { "Messrs", ABBR_ALWAYS }, { "St", ABBR_ALWAYS },
  { "Mt", ABBR_ALWAYS },    { "Ft", ABBR_ALWAYS },     { "cf", ABBR_ALWAYS },
  { "viz", ABBR_ALWAYS },   { "No", ABBR_BEFORE_NUM }, { "Nos", ABBR_BEFORE_NUM },
  { "no", ABBR_BEFORE_NUM }, { "Art", ABBR_BEFORE_NUM }, { "art", ABBR_BEFORE_NUM },
  { "Para", ABBR_BEFORE_NUM }, { "para", ABBR_BEFORE_NUM }, { "Vol", ABBR_BEFORE_NUM },
  { "vol", ABBR_BEFORE_NUM }, { "pp", ABBR_BEFORE_NUM }, { "Fig", ABBR_BEFORE_NUM },
  { "Jan", ABBR_BEFORE_NUM }, { "Feb", ABBR_BEFORE_NUM }, { "Mar", ABBR_BEFORE_NUM },
  { "Apr", ABBR_BEFORE_NUM }, { "Jun", ABBR_BEFORE_NUM }, { "Jul", ABBR_BEFORE_NUM },
  { "Aug", ABBR_BEFORE_NUM }, { "Sep", ABBR_BEFORE_NUM }, { "Sept", ABBR_BEFORE_NUM },
  { "Oct", ABBR_BEFORE_NUM }, { "Nov", ABBR_BEFORE_NUM }, { "Dec", ABBR_BEFORE_NUM },
  { "Jr", ABBR_UNLESS_STOP }, { "Sr", ABBR_UNLESS_STOP }, { "Inc", ABBR_UNLESS_STOP },
  { "Ltd", ABBR_UNLESS_STOP }, { "Co", ABBR_UNLESS_STOP }, { "Corp", ABBR_UNLESS_STOP },
  { "vs", ABBR_UNLESS_STOP }, { "etc", ABBR_UNLESS_STOP }, { "approx", ABBR_UNLESS_STOP },
  { "Dept", ABBR_UNLESS_STOP }, { "Govt", ABBR_UNLESS_STOP }, { "Assn", ABBR_UNLESS_STOP },
  { "Bros", ABBR_UNLESS_STOP }, { "al", ABBR_UNLESS_STOP },
};

/* Words that open sentences far more often than they continue a name: after "U.S." or "Jr."
 * they mean the abbreviation really did end the sentence. */
static const char *const sentence_openers[] = {
  "A", "About", "Additionally", "After", "Against", "All", "Also", "Although", "Among", "An",
  "And", "Another", "Any", "As", "At", "Based", "Because", "Before", "Besides", "Both", "But",
  "By", "Consequently", "During", "Each", "Either", "Every", "Finally", "First", "Following",
  "For", "From", "Further", "Furthermore", "Given", "He", "Her", "Here", "His", "However", "I",
  "If", "In", "Including", "Indeed", "It", "Its", "Last", "Likewise", "Many", "Meanwhile",
  "Moreover", "Most", "Neither", "Nevertheless", "No", "Nor", "Not", "Noting", "Now", "On",
  "Once", "One", "Only", "Or", "Other", "Our", "Over", "Recognizing", "Second", "She", "Since",
  "So", "Some", "Such", "That", "The", "Their", "Then", "There", "These", "They", "Third",
  "This", "Those", "Through", "Thus", "To", "Today", "Together", "Under", "Until", "We",
  "What", "When", "Where", "Whether", "While", "With", "Within", "Yet", "You",
};

static GHashTable *abbrev_table;  /* word -> AbbrevKind */
static GHashTable *opener_table;  /* word -> itself */

static void
ensure_tables (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* Read-only after this point, so safe to share between analysis threads. */
      abbrev_table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
        g_hash_table_insert (abbrev_table, (gpointer) abbrevs[i].word,
                             GINT_TO_POINTER (abbrevs[i].kind));
      opener_table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (sentence_openers); i++)
        g_hash_table_add (opener_table, (gpointer) sentence_openers[i]);
      g_once_init_leave (&initialized, 1);
    }
}

/* Reused across the blocks of one call; sized to the longest block. */
typedef struct
{
  PangoLogAttr *attrs;
  guint *bytes; /* byte offset (from the block start) of each character, plus one past the end */
  gsize capacity;
  GArray *bounds; /* guint char index (block-relative) of candidate sentence starts */
} Scratch;

static void
scratch_reserve (Scratch *s, gsize n_chars)
{
  if (n_chars + 1 > s->capacity)
    {
      s->capacity = MAX (n_chars + 1, s->capacity * 2);
      s->attrs = g_renew (PangoLogAttr, s->attrs, s->capacity);
      s->bytes = g_renew (guint, s->bytes, s->capacity);
    }
}

static void
scratch_clear (Scratch *s)
{
  g_free (s->attrs);
  g_free (s->bytes);
  g_clear_pointer (&s->bounds, g_array_unref);
}

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || g_unichar_isspace (c)
         || c == 0x200B || c == 0xFEFF;
}

/* Looks up the word text[from, to) (bytes) in @table without allocating. */
static gpointer
lookup_word (GHashTable *table, const char *text, gsize from, gsize to, gboolean *found)
{
  char buf[24];
  gsize len = to - from;
  gpointer value = NULL;

  *found = FALSE;
  if (len == 0 || len >= sizeof buf)
    return NULL;
  memcpy (buf, text + from, len);
  buf[len] = 0;
  *found = g_hash_table_lookup_extended (table, buf, NULL, &value);
  return value;
}

static guint
word_flags (const char *text, gsize from, gsize to)
{
  guint flags = 0;
  guint n_letters = 0;
  gboolean any_lower = FALSE;
  gboolean first = TRUE;

  for (const char *p = text + from; p < text + to; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (first)
        {
          if (g_unichar_isdigit (c))
            flags |= DOSSIER_TOKEN_NUMBER;
          else if (g_unichar_isupper (c) || g_unichar_istitle (c))
            flags |= DOSSIER_TOKEN_CAPITALIZED;
          first = FALSE;
        }
      if (g_unichar_isalpha (c))
        {
          n_letters++;
          if (g_unichar_islower (c))
            any_lower = TRUE;
        }
    }
  if (n_letters >= 2 && !any_lower)
    flags |= DOSSIER_TOKEN_ALL_CAPS;
  return flags;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Kind of the abbreviation a token is, if its text ends with an absorbed period. */
static AbbrevKind
token_abbrev_kind (const char *text, gsize from, gsize to)
{
  gboolean found;
  gpointer kind;
  guint n_chars;

  if (to - from < 2 || text[to - 1] != '.')
    return ABBR_NONE;
  kind = lookup_word (abbrev_table, text, from, to - 1, &found);
  if (found)
    return GPOINTER_TO_INT (kind);
  /* "U.S.", "D.C.", "e.g.": internal periods. A lone letter is an initial. */
  if (memchr (text + from, '.', to - 1 - from) != NULL)
    {
      if (to - from == 4 && (text[from] == 'e' || text[from] == 'i') && text[from + 2] == '.')
        return ABBR_ALWAYS; /* e.g. i.e. */
      return ABBR_UNLESS_STOP;
    }
  n_chars = g_utf8_strlen (text + from, to - 1 - from);
  if (n_chars == 1 && g_unichar_isupper (g_utf8_get_char (text + from)))
    return ABBR_UNLESS_STOP;
  return ABBR_NONE;
}

/* A period right after the word belongs to it when the word is an abbreviation. */
static gboolean
absorbs_period (const char *text, gsize from, gsize to)
{
  gboolean found;

  if (memchr (text + from, '.', to - from) != NULL)
    return TRUE; /* "U.S" + "." */
  if (g_utf8_strlen (text + from, to - from) == 1 && g_unichar_isupper (g_utf8_get_char (text + from)))
    return TRUE;
  lookup_word (abbrev_table, text, from, to, &found);
  return found;
}

/* Segments one block region: @text points at the block's first byte, @n_bytes long; @cp_base is
 * the code point offset of that byte in the document. Appends to @sentences and @tokens. */
static void
segment_region (Scratch *s,
                const char *text,
                gsize n_bytes,
                guint cp_base,
                guint block,
                GArray *sentences,
                GArray *tokens)
{
  guint n = 0;
  guint first_token;
  guint n_bounds;

  if (n_bytes == 0)
    return;

  /* Byte offset of every char: cheap, and it spares every later step a UTF-8 walk. */
  scratch_reserve (s, n_bytes);
  for (const char *p = text; p < text + n_bytes; p = g_utf8_next_char (p))
    s->bytes[n++] = p - text;
  s->bytes[n] = n_bytes;

  pango_default_break (text, n_bytes, NULL, s->attrs, n + 1);

  /* Tokens. */
  first_token = tokens->len;
  for (guint i = 0; i < n;)
    {
      gunichar c = g_utf8_get_char (text + s->bytes[i]);
      DossierToken tok;

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          guint j = i + 1;
          guint apos = 0;

          /* UAX #29 word boundaries keep "U.S", "4.0" and "People’s" whole. */
          while (j < n && !s->attrs[j].is_word_boundary)
            j++;
          /* Split a possessive "’s" off, so that "DPRK’s" yields "DPRK" and "’s". */
          if (j - i >= 3 && (text[s->bytes[j - 1]] == 's' || text[s->bytes[j - 1]] == 'S')
              && is_apostrophe (g_utf8_get_char (text + s->bytes[j - 2])))
            apos = j - 2;

          tok.start = i;
          tok.end = apos ? apos : j;
          if (!apos && j < n && text[s->bytes[j]] == '.'
              && absorbs_period (text, s->bytes[i], s->bytes[j]))
            {
              tok.end = j + 1;
              j++;
            }
          tok.flags = word_flags (text, s->bytes[tok.start], s->bytes[tok.end]);
          g_array_append_val (tokens, tok);
          if (apos)
            {
              tok.start = apos;
              tok.end = j;
              tok.flags = 0;
              g_array_append_val (tokens, tok);
            }
          i = j;
        }
      else if (is_space_char (c))
        i++;
      else
        {
          tok.start = i;
          tok.end = i + 1;
          tok.flags = DOSSIER_TOKEN_PUNCT;
          g_array_append_val (tokens, tok);
          i++;
        }
    }

  /* Candidate sentence starts from Pango, then abbreviations veto some of them. */
  g_array_set_size (s->bounds, 0);
  for (guint i = 1; i < n; i++)
    if (s->attrs[i].is_sentence_boundary)
      g_array_append_val (s->bounds, i);

  {
    guint t = first_token; /* first token at or after the boundary */
    guint sent_start = 0;
    guint k = 0;

    n_bounds = s->bounds->len;
    for (guint b = 0; b <= n_bounds; b++)
      {
        guint at = b < n_bounds ? g_array_index (s->bounds, guint, b) : n;
        gboolean keep = TRUE;

        while (t < tokens->len && g_array_index (tokens, DossierToken, t).start < at)
          t++;
        if (b < n_bounds && t > first_token && t < tokens->len)
          {
            DossierToken *prev = &g_array_index (tokens, DossierToken, t - 1);
            DossierToken *next = &g_array_index (tokens, DossierToken, t);
            AbbrevKind kind = token_abbrev_kind (text, s->bytes[prev->start], s->bytes[prev->end]);
            gboolean opener;

            /* A token spanning the boundary ("U.S." when Pango cut after the period) or an
             * abbreviation before the next word keeps the sentence going. */
            if (prev->end > at)
              keep = FALSE;
            else if (kind == ABBR_ALWAYS)
              keep = FALSE;
            else if (kind == ABBR_BEFORE_NUM)
              keep = !(next->flags & DOSSIER_TOKEN_NUMBER);
            else if (kind == ABBR_UNLESS_STOP)
              {
                lookup_word (opener_table, text, s->bytes[next->start], s->bytes[next->end], &opener);
                keep = opener || (next->flags & DOSSIER_TOKEN_PUNCT);
              }
          }
        if (!keep)
          continue;

        /* Emit [sent_start, at) trimmed of white space. */
        {
          guint a = sent_start, z = at;

          while (a < z && is_space_char (g_utf8_get_char (text + s->bytes[a])))
            a++;
          while (z > a && is_space_char (g_utf8_get_char (text + s->bytes[z - 1])))
            z--;
          if (z > a)
            {
              DossierSentence sent = { cp_base + a, cp_base + z, block };

              g_array_append_val (sentences, sent);
              /* The first word of the sentence, after any opening quote or bracket. */
              while (k < tokens->len && g_array_index (tokens, DossierToken, k).start < a)
                k++;
              if (k < first_token)
                k = first_token;
              for (guint q = k; q < tokens->len && g_array_index (tokens, DossierToken, q).start < z; q++)
                {
                  DossierToken *tq = &g_array_index (tokens, DossierToken, q);

                  if (!(tq->flags & DOSSIER_TOKEN_PUNCT))
                    {
                      tq->flags |= DOSSIER_TOKEN_SENTENCE_START;
                      break;
                    }
                }
            }
        }
        sent_start = at;
      }
  }

  /* Block-relative char indices to document code points. */
  for (guint t = first_token; t < tokens->len; t++)
    {
      DossierToken *tok = &g_array_index (tokens, DossierToken, t);

      tok->start += cp_base;
      tok->end += cp_base;
    }
}

/* Calls segment_region on every block (after its marker) that overlaps [start, end). */
static void
segment_blocks (DossierDocument *document, guint start, guint end, GArray *sentences, GArray *tokens)
{
  const char *text = dossier_document_get_text (document);
  const DossierBlock *blocks;
  guint n_blocks;
  Scratch s = { 0 };

  ensure_tables ();
  s.bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  blocks = dossier_document_get_blocks (document, &n_blocks);
  if (n_blocks == 0)
    {
      /* A document without block structure is one block. */
      guint length = dossier_document_get_length (document);

      if (start < length && end > start)
        segment_region (&s, text, dossier_document_get_text_bytes (document), 0, 0, sentences, tokens);
    }
  for (guint i = 0; i < n_blocks; i++)
    {
      const DossierBlock *bl = &blocks[i];
      guint from = MAX (bl->start, bl->marker_end);
      gsize b0, b1;

      if (bl->end <= start || from >= end || from >= bl->end)
        continue;
      b0 = dossier_document_offset_to_byte (document, from);
      b1 = dossier_document_offset_to_byte (document, bl->end);
      segment_region (&s, text + b0, b1 - b0, from, i, sentences, tokens);
    }
  scratch_clear (&s);
}

/**
 * dossier_segment_sentences:
 * @document: a document
 *
 * Splits every block of @document into sentences. A block's marker ("1. ", "• ") belongs to no
 * sentence.
 *
 * Returns: (transfer full) (element-type DossierSentence): the sentences in text order
 */
GArray *
dossier_segment_sentences (DossierDocument *document)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  g_autoptr (GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), sentences);
  segment_blocks (document, 0, G_MAXUINT, sentences, tokens);
  return sentences;
}

/**
 * dossier_segment_tokens:
 * @document: a document
 * @start: first code point
 * @end: code point after the range
 *
 * Words are split on Pango's word boundaries, with two repairs: an abbreviation keeps its final
 * period ("U.S.", "Dr.", "J.") and a possessive "’s" is a token of its own (flags 0). Every other
 * non-space character outside a word is a %DOSSIER_TOKEN_PUNCT token. Tokens are computed on
 * whole blocks, so their flags (%DOSSIER_TOKEN_SENTENCE_START) do not depend on the range.
 *
 * Returns: (transfer full) (element-type DossierToken): the tokens lying inside [start, end)
 */
GArray *
dossier_segment_tokens (DossierDocument *document, guint start, guint end)
{
  g_autoptr (GArray) sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  guint keep = 0;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), tokens);
  segment_blocks (document, start, end, sentences, tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      DossierToken tok = g_array_index (tokens, DossierToken, i);

      if (tok.start >= start && tok.end <= end)
        g_array_index (tokens, DossierToken, keep++) = tok;
    }
  g_array_set_size (tokens, keep);
  return tokens;
}

/**
 * dossier_segment_document:
 * @document: a document
 * @sentences: (out) (transfer full) (element-type DossierSentence): the sentences
 * @tokens: (out) (transfer full) (element-type DossierToken): the tokens of all blocks
 *
 * Both results of one pass over @document, for stages that need words and sentences together.
 */
void
dossier_segment_document (DossierDocument *document, GArray **sentences, GArray **tokens)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (document));
  g_return_if_fail (sentences != NULL && tokens != NULL);

  *sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  *tokens = g_array_sized_new (FALSE, FALSE, sizeof (DossierToken),
                               dossier_document_get_length (document) / 5 + 16);
  segment_blocks (document, 0, G_MAXUINT, *sentences, *tokens);
}
