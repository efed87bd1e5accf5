/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-metadata.h"

/* Release boilerplate that sits above the title and names no document. */
static const char *const label_lines[] = {
  "release", "immediate release", "for immediate release", "press release", "news release",
  "media release", "media note", "fact sheet", "readout", "statement", "office of the spokesperson",
};

/* Words that name a meeting as its last word: general knowledge of the genre. */
static const char *const meeting_heads[] = {
  "Dialogue", "Meeting", "Summit", "Conference", "Consultation", "Consultations", "Talks",
  "Forum", "Session", "Meetings",
};

/* Words a title keeps in lower case, and acronyms it keeps in capitals when title-casing. */
static const char *const minor_words[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
  "or", "the", "to", "with", "vs",
};

static const char *const keep_upper[] = {
  "ROK", "DPRK", "PRC", "US", "USA", "UK", "EU", "UN", "NATO", "ASEAN", "G7", "G20", "AUKUS",
  "QUAD", "APEC", "IAEA", "WMD", "CBRN", "ICBM", "DOD", "MND", "MOFA", "UAE", "OSCE", "AI",
};

void
dossier_metadata_clear (DossierMetadata *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->meeting, g_free);
  g_clear_pointer (&meta->date, g_free);
}

static char *
strip_punct_lower (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (s, g_unichar_tolower (c));
      else if (c == ' ' && s->len > 0 && s->str[s->len - 1] != ' ')
        g_string_append_c (s, ' ');
    }
  while (s->len > 0 && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}

static gboolean
is_label_line (const char *text)
{
  g_autofree char *norm = strip_punct_lower (text);

  for (guint i = 0; i < G_N_ELEMENTS (label_lines); i++)
    if (strcmp (norm, label_lines[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_date_line (const char *text)
{
  DossierDateMatch m;
  gsize len = strlen (text);

  return dossier_date_find_explicit (text, len, 0, &m) && m.start < 4 && m.end + 2 >= len;
}

static gboolean
is_all_caps (const char *text)
{
  guint upper = 0, lower = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isupper (c))
        upper++;
      else if (g_unichar_islower (c))
        lower++;
    }
  return upper >= 4 && lower == 0;
}

static gboolean
in_list (const char *word, const char *const *list, guint n, gboolean fold)
{
  for (guint i = 0; i < n; i++)
    if (fold ? g_ascii_strcasecmp (word, list[i]) == 0 : strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_ordinal_word (const char *s, gsize n)
{
  gsize i = 0;

  while (i < n && g_ascii_isdigit (s[i]))
    i++;
  if (i == 0 || n - i != 2)
    return FALSE;
  return g_ascii_strncasecmp (s + i, "st", 2) == 0 || g_ascii_strncasecmp (s + i, "nd", 2) == 0
         || g_ascii_strncasecmp (s + i, "rd", 2) == 0 || g_ascii_strncasecmp (s + i, "th", 2) == 0;
}

/* Title-cases one hyphen-free piece of an all-capitals word. */
static void
append_piece (GString *out, const char *piece, gboolean first_word)
{
  g_autofree char *letters = NULL;
  gsize n = strlen (piece);
  gboolean has_dot = strchr (piece, '.') != NULL;
  gboolean has_digit = FALSE;

  for (const char *p = piece; *p; p++)
    if (g_ascii_isdigit (*p))
      has_digit = TRUE;

  letters = g_strndup (piece, n);
  while (n > 0 && !g_ascii_isalnum (letters[n - 1]))
    letters[--n] = 0;

  if (is_ordinal_word (letters, n))
    {
      /* An ordinal ("56TH") keeps its digits and lowers its suffix. */
      g_autofree char *lower = g_ascii_strdown (piece, -1);
      g_string_append (out, lower);
      return;
    }
  if (has_dot || has_digit || in_list (letters, keep_upper, G_N_ELEMENTS (keep_upper), FALSE))
    {
      g_string_append (out, piece);
      return;
    }
  if (!first_word && in_list (letters, minor_words, G_N_ELEMENTS (minor_words), TRUE))
    {
      g_autofree char *lower = g_utf8_strdown (piece, -1);
      g_string_append (out, lower);
      return;
    }
  {
    g_autofree char *lower = g_utf8_strdown (piece, -1);
    const char *rest = g_utf8_next_char (lower);
    g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (lower)));
    g_string_append (out, rest);
  }
}

/**
 * dossier_metadata_title_case:
 *
 * Turns an all-capitals heading into title case, keeping dotted and common acronyms.
 *
 * Returns: (transfer full): the title-cased text
 */
char *
dossier_metadata_title_case (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      g_auto (GStrv) pieces = NULL;

      if (words[i][0] == 0)
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      pieces = g_strsplit (words[i], "-", -1);
      for (guint j = 0; pieces[j]; j++)
        {
          if (j > 0)
            g_string_append_c (out, '-');
          if (pieces[j][0])
            append_piece (out, pieces[j], i == 0 || j > 0);
        }
    }
  return g_string_free (out, FALSE);
}

DossierDocumentKind
dossier_metadata_kind_from_title (const char *title)
{
  g_autofree char *norm = strip_punct_lower (title);
  g_autofree char *padded = g_strdup_printf (" %s ", norm);

  if (strstr (padded, " communiqu") || strstr (padded, " communique "))
    return DOSSIER_DOCUMENT_KIND_COMMUNIQUE;
  if (strstr (padded, " fact sheet ") || strstr (padded, " factsheet "))
    return DOSSIER_DOCUMENT_KIND_FACT_SHEET;
  if ((strstr (padded, " joint ") && (strstr (padded, " statement ") || strstr (padded, " declaration ")))
      || strstr (padded, " joint press statement "))
    return DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT;
  return DOSSIER_DOCUMENT_KIND_OTHER;
}

typedef struct
{
  const char *start;
  gsize len;
} Word;

/* Splits on spaces; trailing punctuation other than the closing parenthesis is not part of it. */
static GArray *
split_words (const char *text, gsize len)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  gsize i = 0;

  while (i < len)
    {
      Word w;

      while (i < len && (text[i] == ' ' || text[i] == '\n'))
        i++;
      if (i >= len)
        break;
      w.start = text + i;
      while (i < len && text[i] != ' ' && text[i] != '\n')
        i++;
      w.len = text + i - w.start;
      g_array_append_val (words, w);
    }
  return words;
}

static gsize
trim_trailing (const Word *w)
{
  gsize n = w->len;

  while (n > 0 && strchr (",;:.", w->start[n - 1]) != NULL)
    n--;
  return n;
}

static gboolean
is_ordinal (const Word *w)
{
  gsize i = 0;

  while (i < w->len && g_ascii_isdigit (w->start[i]))
    i++;
  if (i == 0 || i > 3 || w->len - i != 2)
    return FALSE;
  return g_ascii_strncasecmp (w->start + i, "st", 2) == 0 || g_ascii_strncasecmp (w->start + i, "nd", 2) == 0
         || g_ascii_strncasecmp (w->start + i, "rd", 2) == 0 || g_ascii_strncasecmp (w->start + i, "th", 2) == 0;
}

static gboolean
is_acronym (const char *s, gsize n)
{
  guint upper = 0;

  if (n < 2 || n > 10)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isupper (s[i]))
        upper++;
      else if (!g_ascii_isdigit (s[i]) && s[i] != '+' && s[i] != '&' && s[i] != '-' && !g_ascii_islower (s[i]))
        return FALSE;
    }
  return upper >= 2;
}

static gboolean
is_name_word (const Word *w)
{
  static const char *const connectors[] = { "of", "and", "for", "on", "the", "de" };
  gunichar c = g_utf8_get_char (w->start);
  gsize n = trim_trailing (w);

  if (g_unichar_isupper (c) || g_unichar_isdigit (c) || c == '(')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (connectors); i++)
    if (n == strlen (connectors[i]) && strncmp (w->start, connectors[i], n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_meeting_head (const char *s, gsize n)
{
  for (guint i = 0; i < G_N_ELEMENTS (meeting_heads); i++)
    if (n == strlen (meeting_heads[i]) && g_ascii_strncasecmp (s, meeting_heads[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* The acronym a text defines for @name, as in "Name (ACR)", or NULL. */
static char *
find_defined_acronym (const char *full_text, gsize full_len, const char *name, gsize name_len)
{
  const char *p = full_text;
  const char *end = full_text + full_len;

  while (p < end)
    {
      const char *hit = g_strstr_len (p, end - p, name);
      const char *q, *close;

      if (hit == NULL)
        break;
      q = hit + name_len;
      if (q + 2 < end && q[0] == ' ' && q[1] == '(')
        {
          close = memchr (q + 2, ')', MIN ((gsize) (end - q - 2), 16));
          if (close && is_acronym (q + 2, close - q - 2))
            return g_strndup (q + 2, close - q - 2);
        }
      p = hit + 1;
    }
  return NULL;
}

/**
 * dossier_metadata_find_meeting:
 * @text: where to look for the meeting name (a title, a first paragraph)
 * @full_text: the whole document, where an acronym for it may be defined
 *
 * Finds an ordinal meeting ("the 56th Security Consultative Meeting (SCM)") and names it
 * briefly ("56th SCM"); without an ordinal, a capitalized name ending in a meeting word.
 *
 * Returns: (transfer full) (nullable): the meeting name
 */
char *
dossier_metadata_find_meeting (const char *text, gsize len, const char *full_text, gsize full_len)
{
  g_autoptr (GArray) words = split_words (text, len);

  for (guint i = 0; i < words->len; i++)
    {
      const Word *ord = &g_array_index (words, Word, i);
      guint j;
      gint head = -1;
      g_autofree char *ordinal = NULL;

      if (!is_ordinal (ord))
        continue;
      ordinal = g_ascii_strdown (ord->start, ord->len);

      /* "56th SCM"; not in a line of capitals ("THE 5TH ANNIVERSARY"), where every word
       * looks like an acronym. */
      if (i + 1 < words->len && g_ascii_islower (ord->start[ord->len - 1]))
        {
          const Word *next = &g_array_index (words, Word, i + 1);
          gsize n = trim_trailing (next);
          if (is_acronym (next->start, n) && next->start[0] != '(')
            return g_strdup_printf ("%s %.*s", ordinal, (int) n, next->start);
        }

      for (j = i + 1; j < words->len && j < i + 14; j++)
        {
          const Word *w = &g_array_index (words, Word, j);
          gsize n = trim_trailing (w);

          if (!is_name_word (w))
            break;
          if (is_meeting_head (w->start, n))
            {
              head = j;
              if (n != w->len)
                break;
            }
          else if (head >= 0 && w->start[0] != '(')
            break;
        }

      if (head > 0)
        {
          const Word *first = &g_array_index (words, Word, i + 1);
          const Word *last = &g_array_index (words, Word, head);
          const Word *after = (guint) head + 1 < words->len ? &g_array_index (words, Word, head + 1) : NULL;
          gsize name_len = last->start + trim_trailing (last) - first->start;
          g_autofree char *name = g_strndup (first->start, name_len);
          g_autofree char *acr = NULL;

          if (after && after->start[0] == '(' && trim_trailing (after) > 2
              && after->start[trim_trailing (after) - 1] == ')'
              && is_acronym (after->start + 1, trim_trailing (after) - 2))
            acr = g_strndup (after->start + 1, trim_trailing (after) - 2);
          if (acr == NULL && full_text != NULL)
            acr = find_defined_acronym (full_text, full_len, name, name_len);
          if (acr == NULL && full_text != NULL)
            {
              /* The name may carry a parenthetical inside ("U.S.-Republic of Korea (ROK)
               * Security Consultative Meeting"): look up its last three words alone. */
              const Word *tail = &g_array_index (words, Word, MAX (i + 1, (guint) head - 2));
              gsize tail_len = last->start + trim_trailing (last) - tail->start;
              g_autofree char *tail_name = g_strndup (tail->start, tail_len);
              if (strchr (tail_name, '(') == NULL)
                acr = find_defined_acronym (full_text, full_len, tail_name, tail_len);
            }
          if (acr != NULL)
            return g_strdup_printf ("%s %s", ordinal, acr);
          if (is_all_caps (name))
            {
              g_autofree char *tc = dossier_metadata_title_case (name);
              return g_strdup_printf ("%s %s", ordinal, tc);
            }
          return g_strdup_printf ("%s %s", ordinal, name);
        }
    }
  return NULL;
}

/* Without an ordinal, a title may still name the meeting: "... the Trilateral Leaders' Summit". */
static char *
find_named_meeting (const char *title)
{
  g_autoptr (GArray) words = split_words (title, strlen (title));

  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = &g_array_index (words, Word, i);
      gsize n = trim_trailing (w);
      gint first = i;

      if (!is_meeting_head (w->start, n) || !g_unichar_isupper (g_utf8_get_char (w->start)))
        continue;
      while (first > 0)
        {
          const Word *prev = &g_array_index (words, Word, first - 1);
          if (!g_unichar_isupper (g_utf8_get_char (prev->start)) || prev->len != trim_trailing (prev))
            break;
          if (prev->len == 3 && strncmp (prev->start, "The", 3) == 0)
            break;
          first--;
        }
      if ((guint) first == i)
        continue;
      {
        const Word *fw = &g_array_index (words, Word, first);
        g_autofree char *name = g_strndup (fw->start, w->start + n - fw->start);
        return is_all_caps (name) ? dossier_metadata_title_case (name) : g_steal_pointer (&name);
      }
    }
  return NULL;
}

/* Titles live in the first few blocks; further down is body text. */
#define TITLE_SEARCH_BLOCKS 6
#define TITLE_MAX_CHARS 240
#define MEETING_SEARCH_BLOCKS 4

void
dossier_metadata_read (DossierDocument *document, DossierMetadata *meta)
{
  guint n_blocks;
  const DossierBlock *blocks = dossier_document_get_blocks (document, &n_blocks);
  const char *text = dossier_document_get_text (document);
  gsize text_len = dossier_document_get_text_bytes (document);
  gboolean fact_sheet_label = FALSE;
  g_autofree char *title = NULL;
  guint title_block = 0;
  DossierDateMatch dm;

  memset (meta, 0, sizeof *meta);

  for (guint i = 0; i < n_blocks && i < TITLE_SEARCH_BLOCKS && title == NULL; i++)
    {
      g_autofree char *bt = dossier_document_dup_slice (document, blocks[i].marker_end, blocks[i].end);

      if (is_label_line (bt))
        {
          g_autofree char *norm = strip_punct_lower (bt);
          if (strcmp (norm, "fact sheet") == 0)
            fact_sheet_label = TRUE;
          continue;
        }
      if (is_date_line (bt))
        continue;
      if (blocks[i].kind == DOSSIER_BLOCK_HEADING
          || (blocks[i].end - blocks[i].start <= TITLE_MAX_CHARS && !g_str_has_suffix (bt, ".")))
        {
          title = g_steal_pointer (&bt);
          title_block = i;
        }
      else
        break;
    }

  if (title == NULL && n_blocks > 0)
    {
      g_autofree char *first = dossier_document_dup_slice (document, blocks[0].marker_end, blocks[0].end);
      if (g_utf8_strlen (first, -1) > 80)
        {
          char *cut = g_utf8_offset_to_pointer (first, 77);
          *cut = 0;
          title = g_strconcat (first, "…", NULL);
        }
      else
        title = g_steal_pointer (&first);
    }

  if (title != NULL && is_all_caps (title))
    {
      char *tc = dossier_metadata_title_case (title);
      g_free (title);
      title = tc;
    }

  meta->kind = title ? dossier_metadata_kind_from_title (title) : DOSSIER_DOCUMENT_KIND_OTHER;
  if (fact_sheet_label)
    {
      meta->kind = DOSSIER_DOCUMENT_KIND_FACT_SHEET;
      if (title && dossier_metadata_kind_from_title (title) != DOSSIER_DOCUMENT_KIND_FACT_SHEET)
        {
          char *t = g_strconcat ("Fact Sheet: ", title, NULL);
          g_free (title);
          title = t;
        }
    }
  meta->title = g_steal_pointer (&title);

  /* The meeting: in the title first, then in the opening paragraphs. */
  if (meta->title)
    meta->meeting = dossier_metadata_find_meeting (meta->title, strlen (meta->title), text, text_len);
  for (guint i = title_block; i < n_blocks && i < title_block + MEETING_SEARCH_BLOCKS + 2 && !meta->meeting; i++)
    {
      gsize b0 = dossier_document_offset_to_byte (document, blocks[i].start);
      gsize b1 = dossier_document_offset_to_byte (document, blocks[i].end);
      meta->meeting = dossier_metadata_find_meeting (text + b0, b1 - b0, text, text_len);
    }
  if (meta->meeting == NULL && meta->title)
    meta->meeting = find_named_meeting (meta->title);

  /* The date: the dateline or the first date of the opening, else the first date anywhere. */
  {
    gsize head_end = n_blocks > TITLE_SEARCH_BLOCKS + 2
                         ? dossier_document_offset_to_byte (document, blocks[TITLE_SEARCH_BLOCKS + 2].start)
                         : text_len;
    if (dossier_date_find_explicit (text, head_end, 0, &dm)
        || dossier_date_find_explicit (text, text_len, head_end, &dm))
      meta->date = dossier_date_to_iso (&dm.date);
  }
}
