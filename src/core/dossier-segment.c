/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "dossier-segment-break.h"
#include "dossier-segment-private.h"

/* Sentence and word boundaries come from Pango's UAX #29 implementation, run once per block.
 * UAX #29 breaks after every "period + space + capital", so abbreviations ("U.S. Department",
 * "Dr. Ann", "Jane Q. Doe") are repaired afterwards from the tokens around each boundary.
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
  { "Dr", ABBR_ALWAYS },        { "Mr", ABBR_ALWAYS },        { "Mrs", ABBR_ALWAYS },
  { "Ms", ABBR_ALWAYS },        { "Mx", ABBR_ALWAYS },        { "Prof", ABBR_ALWAYS },
  { "Gen", ABBR_ALWAYS },       { "Adm", ABBR_ALWAYS },       { "Lt", ABBR_ALWAYS },
  { "Col", ABBR_ALWAYS },       { "Capt", ABBR_ALWAYS },      { "Maj", ABBR_ALWAYS },
  { "Sgt", ABBR_ALWAYS },       { "Cmdr", ABBR_ALWAYS },      { "Cdr", ABBR_ALWAYS },
  { "Brig", ABBR_ALWAYS },      { "Sen", ABBR_ALWAYS },       { "Rep", ABBR_ALWAYS },
  { "Gov", ABBR_ALWAYS },       { "Amb", ABBR_ALWAYS },       { "Hon", ABBR_ALWAYS },
  { "Rev", ABBR_ALWAYS },       { "Pres", ABBR_ALWAYS },      { "Sec", ABBR_ALWAYS },
  { "Gens", ABBR_ALWAYS },      { "Messrs", ABBR_ALWAYS },    { "St", ABBR_ALWAYS },
  { "Mt", ABBR_ALWAYS },        { "Ft", ABBR_ALWAYS },        { "cf", ABBR_ALWAYS },
  { "viz", ABBR_ALWAYS },       { "No", ABBR_BEFORE_NUM },    { "Nos", ABBR_BEFORE_NUM },
  { "no", ABBR_BEFORE_NUM },    { "Art", ABBR_BEFORE_NUM },   { "art", ABBR_BEFORE_NUM },
  { "Para", ABBR_BEFORE_NUM },  { "para", ABBR_BEFORE_NUM },  { "Vol", ABBR_BEFORE_NUM },
  { "vol", ABBR_BEFORE_NUM },   { "pp", ABBR_BEFORE_NUM },    { "Fig", ABBR_BEFORE_NUM },
  { "Jan", ABBR_BEFORE_NUM },   { "Feb", ABBR_BEFORE_NUM },   { "Mar", ABBR_BEFORE_NUM },
  { "Apr", ABBR_BEFORE_NUM },   { "Jun", ABBR_BEFORE_NUM },   { "Jul", ABBR_BEFORE_NUM },
  { "Aug", ABBR_BEFORE_NUM },   { "Sep", ABBR_BEFORE_NUM },   { "Sept", ABBR_BEFORE_NUM },
  { "Oct", ABBR_BEFORE_NUM },   { "Nov", ABBR_BEFORE_NUM },   { "Dec", ABBR_BEFORE_NUM },
  { "Jr", ABBR_UNLESS_STOP },   { "Sr", ABBR_UNLESS_STOP },   { "Inc", ABBR_UNLESS_STOP },
  { "Ltd", ABBR_UNLESS_STOP },  { "Co", ABBR_UNLESS_STOP },   { "Corp", ABBR_UNLESS_STOP },
  { "vs", ABBR_UNLESS_STOP },   { "etc", ABBR_UNLESS_STOP },  { "approx", ABBR_UNLESS_STOP },
  { "Dept", ABBR_UNLESS_STOP }, { "Govt", ABBR_UNLESS_STOP }, { "Assn", ABBR_UNLESS_STOP },
  { "Bros", ABBR_UNLESS_STOP }, { "al", ABBR_UNLESS_STOP },
};

/* Words that open sentences far more often than they continue a name: after "U.S." or "Jr."
 * they mean the abbreviation really did end the sentence. */
static const char *const sentence_openers[] = {
  "A",         "About",    "Additionally", "After",       "Against",
  "All",       "Also",     "Although",     "Among",       "An",
  "And",       "Another",  "Any",          "As",          "At",
  "Based",     "Because",  "Before",       "Besides",     "Both",
  "But",       "By",       "Consequently", "During",      "Each",
  "Either",    "Every",    "Finally",      "First",       "Following",
  "For",       "From",     "Further",      "Furthermore", "Given",
  "He",        "Her",      "Here",         "His",         "However",
  "I",         "If",       "In",           "Including",   "Indeed",
  "It",        "Its",      "Last",         "Likewise",    "Many",
  "Meanwhile", "Moreover", "Most",         "Neither",     "Nevertheless",
  "No",        "Nor",      "Not",          "Noting",      "Now",
  "On",        "Once",     "One",          "Only",        "Or",
  "Other",     "Our",      "Over",         "Recognizing", "Second",
  "She",       "Since",    "So",           "Some",        "Such",
  "That",      "The",      "Their",        "Then",        "There",
  "These",     "They",     "Third",        "This",        "Those",
  "Through",   "Thus",     "To",           "Today",       "Together",
  "Under",     "Until",    "We",           "What",        "When",
  "Where",     "Whether",  "While",        "With",        "Within",
  "Yet",       "You",
};

static GHashTable *abbrev_table; /* word -> AbbrevKind */
static GHashTable *opener_table; /* word -> itself */

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

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || g_unichar_isspace (c) || c == 0x200B
         || c == 0xFEFF;
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
  if (g_utf8_strlen (text + from, to - from) == 1
      && g_unichar_isupper (g_utf8_get_char (text + from)))
    return TRUE;
  lookup_word (abbrev_table, text, from, to, &found);
  return found;
}

/* Reused across the blocks of one call, so that nothing is allocated per word. */
typedef struct
{
  PangoLogAttr *attrs;
  gsize capacity;
  GArray *spans;  /* DossierByteSpan of each token of the current region */
  GArray *bounds; /* guint code point of each candidate sentence start */
} Scratch;

static void
scratch_init (Scratch *s)
{
  s->spans = g_array_new (FALSE, FALSE, sizeof (DossierByteSpan));
  s->bounds = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
scratch_clear (Scratch *s)
{
  g_free (s->attrs);
  g_clear_pointer (&s->spans, g_array_unref);
  g_clear_pointer (&s->bounds, g_array_unref);
}

/* Word and sentence boundaries of text[0, n_bytes) (@n_chars characters) from Pango, through
 * its memo; the attributes are in s->attrs. */
static void
scratch_break (Scratch *s, const char *text, gsize n_bytes, guint n_chars)
{
  if (n_chars + 1 > s->capacity)
    {
      s->capacity = MAX ((gsize) n_chars + 1, s->capacity * 2);
      s->attrs = g_renew (PangoLogAttr, s->attrs, s->capacity);
    }
  dossier_segment_break (text, n_bytes, n_chars, s->attrs);
}

/* Turns the candidate boundaries of a region into sentences, vetoing those that follow an
 * abbreviation, and flags the first word of each sentence. @doc_text is the whole text: the
 * token spans are document byte offsets. */
static void
apply_sentences (Scratch *s, const char *doc_text, guint cp_end, guint block, guint first_token,
                 GArray *sentences, GArray *tokens)
{
  guint n_bounds = s->bounds->len;
  guint t = first_token;
  guint sent_first = first_token;

  for (guint b = 0; b <= n_bounds; b++)
    {
      guint at = b < n_bounds ? g_array_index (s->bounds, guint, b) : cp_end;
      gboolean keep = TRUE;

      while (t < tokens->len && g_array_index (tokens, DossierToken, t).start < at)
        t++;
      if (b < n_bounds && t > first_token && t < tokens->len)
        {
          DossierToken *prev = &g_array_index (tokens, DossierToken, t - 1);
          DossierToken *next = &g_array_index (tokens, DossierToken, t);
          DossierByteSpan *ps = &g_array_index (s->spans, DossierByteSpan, t - 1 - first_token);
          DossierByteSpan *ns = &g_array_index (s->spans, DossierByteSpan, t - first_token);
          AbbrevKind kind = token_abbrev_kind (doc_text, ps->start, ps->end);

          if (prev->end > at)
            keep = FALSE; /* Pango cut inside a token */
          else if (kind == ABBR_ALWAYS)
            keep = FALSE;
          else if (kind == ABBR_BEFORE_NUM)
            keep = !(next->flags & DOSSIER_TOKEN_NUMBER);
          else if (kind == ABBR_UNLESS_STOP)
            {
              gboolean opener;

              lookup_word (opener_table, doc_text, ns->start, ns->end, &opener);
              keep = opener || (next->flags & DOSSIER_TOKEN_PUNCT);
            }
        }
      if (!keep)
        continue;

      if (t > sent_first)
        {
          DossierSentence sent = {
            g_array_index (tokens, DossierToken, sent_first).start,
            g_array_index (tokens, DossierToken, t - 1).end,
            block,
          };

          g_array_append_val (sentences, sent);
          /* The first word, after any opening quote or bracket. */
          for (guint q = sent_first; q < t; q++)
            {
              DossierToken *tq = &g_array_index (tokens, DossierToken, q);

              if (!(tq->flags & DOSSIER_TOKEN_PUNCT))
                {
                  tq->flags |= DOSSIER_TOKEN_SENTENCE_START;
                  break;
                }
            }
        }
      sent_first = t;
    }
}

/* Reads the character at *p and steps past it; ASCII without a table lookup. */
static inline gunichar
next_char (const char **p)
{
  guchar c = (guchar) * *p;

  if (c < 0x80)
    {
      (*p)++;
      return c;
    }
  else
    {
      gunichar u = g_utf8_get_char (*p);

      *p = g_utf8_next_char (*p);
      return u;
    }
}

static gboolean
may_end_sentence (gunichar c)
{
  if (c < 0x80)
    return c == '.' || c == '!' || c == '?';
  /* A superset of UAX #29 STerm/ATerm: a false candidate costs one Pango call, nothing more. */
  return g_unichar_type (c) == G_UNICODE_OTHER_PUNCTUATION;
}

/* Where a region's tokens go: arrays sized beforehand (a token takes one byte at least), so
 * that emitting one is two stores. */
typedef struct
{
  DossierToken *toks;
  DossierByteSpan *spans;
  guint n;
} Emitter;

static inline void
emit_token (Emitter *em, guint start, guint end, guint flags, gsize b0, gsize b1)
{
  em->toks[em->n] = (DossierToken){ start, end, flags };
  em->spans[em->n] = (DossierByteSpan){ b0, b1 };
  em->n++;
}

static gboolean
is_opening_mark (gunichar c)
{
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ':'
         || c == 0x201D || c == 0x2019;
}

/* The commonest chunks after plain words: one ASCII word with brackets, quotes or a comma at
 * its edges, "(ROK)", "Korea,", "“Defense". UAX #29 breaks on both sides of each mark (none
 * of them sits between two letters here), so the tokens are known without Pango. Returns
 * FALSE, emitting nothing, for any other chunk. */
static gboolean
edge_punctuated (Emitter *em, const char *chunk, const char *end, gsize base, guint cp)
{
  const char *p = chunk, *w0, *w1;
  guint n_lead = 0;

  while (p < end && is_opening_mark (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      n_lead++;
    }
  w0 = p;
  while (p < end && g_ascii_isalnum (*p))
    p++;
  w1 = p;
  if (w1 == w0)
    return FALSE;
  while (p < end && is_closing_mark (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p != end)
    return FALSE;

  p = chunk;
  for (guint i = 0; i < n_lead; i++)
    {
      const char *q = g_utf8_next_char (p);

      emit_token (em, cp, cp + 1, DOSSIER_TOKEN_PUNCT, base + (p - chunk), base + (q - chunk));
      p = q;
      cp++;
    }
  emit_token (em, cp, cp + (w1 - w0), word_flags (w0, 0, w1 - w0), base + (w0 - chunk),
              base + (w1 - chunk));
  cp += w1 - w0;
  for (p = w1; p < end;)
    {
      const char *q = g_utf8_next_char (p);

      emit_token (em, cp, cp + 1, DOSSIER_TOKEN_PUNCT, base + (p - chunk), base + (q - chunk));
      p = q;
      cp++;
    }
  return TRUE;
}

/* Word tokens of a chunk (no white space inside) from Pango's attributes, which start at
 * s->attrs[attr0]: @text is the chunk, @cp its first code point. */
static void
chunk_tokens (Scratch *s, const char *text, gsize base, gsize n_bytes, guint cp, guint attr0,
              Emitter *em)
{
  const PangoLogAttr *attrs = s->attrs + attr0;
  const char *p = text;
  const char *end = text + n_bytes;
  guint i = 0;

  while (p < end)
    {
      const char *w = p;
      guint wi = i;
      gunichar c = next_char (&p);

      i++;
      if (!(g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          if (!is_space_char (c))
            emit_token (em, cp + wi, cp + i, DOSSIER_TOKEN_PUNCT, base + (w - text),
                        base + (p - text));
          continue;
        }

      {
        const char *apos = NULL;
        const char *last = w;
        const char *before_last = NULL;
        guint wend;

        /* UAX #29 keeps "U.S", "4.0" and "People’s" in one word. */
        while (p < end && !attrs[i].is_word_boundary)
          {
            before_last = last;
            last = p;
            next_char (&p);
            i++;
          }
        wend = i;
        /* A possessive "’s" is split off, so that "DPRK’s" yields "DPRK" and "’s". */
        if (before_last != NULL && (*last == 's' || *last == 'S') && i - wi >= 3)
          {
            gunichar q = g_utf8_get_char (before_last);

            if (q == '\'' || q == 0x2019)
              apos = before_last;
          }
        if (apos)
          {
            guint acp = wend - 2;

            emit_token (em, cp + wi, cp + acp, word_flags (text, w - text, apos - text),
                        base + (w - text), base + (apos - text));
            emit_token (em, cp + acp, cp + wend, 0, base + (apos - text), base + (p - text));
            continue;
          }
        if (p < end && *p == '.' && absorbs_period (text, w - text, p - text))
          {
            p++;
            i++;
          }
        emit_token (em, cp + wi, cp + i, word_flags (text, w - text, p - text), base + (w - text),
                    base + (p - text));
      }
    }
}

/* Splits one block region: @text points at its first byte, @n_bytes long, @cp_base is the
 * code point of that byte in the document, @base its byte offset.
 *
 * Calling Pango on every character of a block runs at about 30 MB/s, too slow for the entity
 * stage, so it is called only where its answer can differ from the obvious one. White space
 * always separates UAX #29 words, and a run of ASCII letters and digits is always one word, so
 * those runs skip Pango. Other chunks are broken by Pango on their own, which gives the same
 * word boundaries as a whole-block run. A sentence can only end after a terminator, and the
 * UAX #29 sentence rules look no further back than the terminator's word and no further ahead
 * than the next letter, so each chunk with a terminator is broken together with the chunks up
 * to the next one with a letter, and boundaries inside that window are Pango's own. */
static void
segment_region (Scratch *s, const char *text, gsize n_bytes, gsize base, guint cp_base, guint block,
                GArray *sentences, GArray *tokens)
{
  const char *p = text;
  const char *end = text + n_bytes;
  guint cp = cp_base;
  guint first_token = tokens->len;
  guint last_bound = cp_base;
  Emitter em;

  g_array_set_size (tokens, first_token + n_bytes + 1);
  g_array_set_size (s->spans, n_bytes + 1);
  g_array_set_size (s->bounds, 0);
  em.toks = &g_array_index (tokens, DossierToken, first_token);
  em.spans = (DossierByteSpan *) s->spans->data;
  em.n = 0;

  while (p < end)
    {
      const char *chunk = p;
      guint chunk_cp = cp;
      gboolean simple = TRUE;
      gboolean term = FALSE;
      guint flags = 0;
      guint n_lower = 0, n_letters = 0;
      gunichar c;

      c = next_char (&p);
      if (is_space_char (c))
        {
          cp++;
          continue;
        }

      /* The chunk runs to the next white space. */
      p = chunk;
      while (p < end)
        {
          const char *here = p;

          c = next_char (&p);
          if (c < 0x80)
            {
              if (g_ascii_isalpha (c))
                {
                  n_letters++;
                  if (g_ascii_islower (c))
                    n_lower++;
                }
              else if (!g_ascii_isdigit (c))
                {
                  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
                    {
                      p = here;
                      break;
                    }
                  simple = FALSE;
                  if (c == '.' || c == '!' || c == '?')
                    term = TRUE;
                }
            }
          else
            {
              if (is_space_char (c))
                {
                  p = here;
                  break;
                }
              simple = FALSE;
              if (may_end_sentence (c))
                term = TRUE;
            }
          cp++;
        }

      if (simple)
        {
          if (g_ascii_isdigit (*chunk))
            flags |= DOSSIER_TOKEN_NUMBER;
          else if (g_ascii_isupper (*chunk))
            flags |= DOSSIER_TOKEN_CAPITALIZED;
          if (n_letters >= 2 && n_lower == 0)
            flags |= DOSSIER_TOKEN_ALL_CAPS;
          emit_token (&em, chunk_cp, cp, flags, base + (chunk - text), base + (p - text));
        }
      else if (!term && edge_punctuated (&em, chunk, p, base + (chunk - text), chunk_cp))
        ;
      else if (!term)
        {
          scratch_break (s, chunk, p - chunk, cp - chunk_cp);
          chunk_tokens (s, chunk, base + (chunk - text), p - chunk, chunk_cp, 0, &em);
        }
      else
        {
          /* Extend the window past the next chunk that holds a letter. */
          const char *wend = p;
          guint wcp = cp;
          guint n_chunks = 0;
          gboolean letter = FALSE;

          while (wend < end && !letter && n_chunks < 16)
            {
              const char *q = wend;

              c = next_char (&q);
              if (is_space_char (c))
                {
                  wend = q;
                  wcp++;
                  continue;
                }
              n_chunks++;
              while (wend < end)
                {
                  q = wend;
                  c = next_char (&q);
                  if (is_space_char (c))
                    break;
                  if (g_unichar_isalpha (c))
                    letter = TRUE;
                  wend = q;
                  wcp++;
                }
            }

          scratch_break (s, chunk, wend - chunk, wcp - chunk_cp);
          chunk_tokens (s, chunk, base + (chunk - text), p - chunk, chunk_cp, 0, &em);
          for (guint i = 1; chunk_cp + i < wcp; i++)
            {
              guint at = chunk_cp + i;

              if (s->attrs[i].is_sentence_boundary && at > last_bound)
                {
                  g_array_append_val (s->bounds, at);
                  last_bound = at;
                }
            }
        }
    }

  g_array_set_size (tokens, first_token + em.n);
  g_array_set_size (s->spans, em.n);
  apply_sentences (s, text - base, cp, block, first_token, sentences, tokens);
}
/* Calls segment_region on every block (after its marker) that overlaps [start, end); when
 * @all_spans is given, the byte span of every token is appended to it. */
static void
segment_blocks (DossierDocument *document, guint start, guint end, GArray *sentences,
                GArray *tokens, GArray *all_spans)
{
  const char *text = dossier_document_get_text (document);
  const DossierBlock *blocks;
  guint n_blocks;
  Scratch s = { 0 };

  ensure_tables ();
  scratch_init (&s);
  blocks = dossier_document_get_blocks (document, &n_blocks);
  if (n_blocks == 0 && start < dossier_document_get_length (document) && end > start)
    {
      /* A document without block structure is one block. */
      segment_region (&s, text, dossier_document_get_text_bytes (document), 0, 0, 0, sentences,
                      tokens);
      if (all_spans)
        g_array_append_vals (all_spans, s.spans->data, s.spans->len);
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
      segment_region (&s, text + b0, b1 - b0, b0, from, i, sentences, tokens);
      if (all_spans)
        g_array_append_vals (all_spans, s.spans->data, s.spans->len);
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
  segment_blocks (document, 0, G_MAXUINT, sentences, tokens, NULL);
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
  segment_blocks (document, start, end, sentences, tokens, NULL);
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

  dossier_segment_document_full (document, sentences, tokens, NULL);
}

void
dossier_segment_document_full (DossierDocument *document, GArray **sentences, GArray **tokens,
                               GArray **spans)
{
  guint guess = dossier_document_get_length (document) / 5 + 16;

  *sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  *tokens = g_array_sized_new (FALSE, FALSE, sizeof (DossierToken), guess);
  if (spans)
    *spans = g_array_sized_new (FALSE, FALSE, sizeof (DossierByteSpan), guess);
  segment_blocks (document, 0, G_MAXUINT, *sentences, *tokens, spans ? *spans : NULL);
}

void
dossier_segment_string (const char *text, gsize len, GArray *tokens, GArray *spans)
{
  g_autoptr (GArray) sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  Scratch s = { 0 };

  ensure_tables ();
  scratch_init (&s);
  segment_region (&s, text, len, 0, 0, 0, sentences, tokens);
  g_array_append_vals (spans, s.spans->data, s.spans->len);
  scratch_clear (&s);
}
