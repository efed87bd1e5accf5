/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-normalize.h"

static void
raw_block_free (gpointer data)
{
  DossierRawBlock *block = data;

  g_string_free (block->text, TRUE);
  g_array_unref (block->runs);
  g_array_unref (block->emphasis);
  g_free (block);
}

void
dossier_raw_text_init (DossierRawText *raw)
{
  raw->blocks = g_ptr_array_new_with_free_func (raw_block_free);
  raw->current = NULL;
}

void
dossier_raw_text_clear (DossierRawText *raw)
{
  g_clear_pointer (&raw->blocks, g_ptr_array_unref);
  raw->current = NULL;
}

DossierRawBlock *
dossier_raw_text_begin_block (DossierRawText *raw, DossierBlockKind kind, guint level)
{
  DossierRawBlock *block;

  dossier_raw_text_end_block (raw);

  block = g_new0 (DossierRawBlock, 1);
  block->kind = kind;
  block->level = level;
  block->text = g_string_sized_new (128);
  block->runs = g_array_new (FALSE, FALSE, sizeof (DossierSourceRun));
  block->emphasis = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  block->pending_space_source = -1;
  block->style_start[0] = block->style_start[1] = -1;
  g_ptr_array_add (raw->blocks, block);
  raw->current = block;
  return block;
}

static void
close_style (DossierRawBlock *block, guint index)
{
  DossierSpan span;

  if (block->style_start[index] < 0)
    return;
  span.start = block->style_start[index];
  span.end = block->text->len;
  span.style = index == 0 ? DOSSIER_EMPHASIS_BOLD : DOSSIER_EMPHASIS_ITALIC;
  if (span.end > span.start)
    g_array_append_val (block->emphasis, span);
  block->style_start[index] = -1;
}

void
dossier_raw_text_end_block (DossierRawText *raw)
{
  DossierRawBlock *block = raw->current;

  if (block == NULL)
    return;
  close_style (block, 0);
  close_style (block, 1);
  block->pending_space = FALSE;
  block->pending_space_source = -1;
  raw->current = NULL;
}

static inline void
add_run (DossierRawBlock *block, gsize source_byte, gsize length)
{
  if (block->runs->len > 0)
    {
      DossierSourceRun *last = &g_array_index (block->runs, DossierSourceRun, block->runs->len - 1);

      if (last->text_byte + last->length == block->text->len
          && last->source_byte + last->length == source_byte)
        {
          last->length += length;
          return;
        }
    }
  g_array_append_vals (block->runs,
                       &(DossierSourceRun){ .text_byte = block->text->len,
                                            .source_byte = source_byte,
                                            .length = length },
                       1);
}

/* Returns the length of a white-space character at @p (0 if none); sets *@drop for zero-width
 * characters that vanish instead of becoming a space. */
static inline gsize
space_length (const guchar *p, const guchar *end, gboolean *drop)
{
  *drop = FALSE;
  switch (p[0])
    {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
      return 1;
    case 0xC2:
      return (end - p >= 2 && p[1] == 0xA0) ? 2 : 0;
    case 0xE2:
      if (end - p >= 3 && p[1] == 0x80
          && ((p[2] >= 0x80 && p[2] <= 0x8A) || p[2] == 0xAF || p[2] == 0xA8 || p[2] == 0xA9))
        return 3;
      if (end - p >= 3 && p[1] == 0x80 && (p[2] == 0x8B || p[2] == 0x8C || p[2] == 0x8D))
        {
          *drop = TRUE;
          return 3;
        }
      if (end - p >= 3 && p[1] == 0x81 && p[2] == 0x9F)
        return 3;
      return 0;
    case 0xE3:
      return (end - p >= 3 && p[1] == 0x80 && p[2] == 0x80) ? 3 : 0;
    case 0xEF:
      if (end - p >= 3 && p[1] == 0xBB && p[2] == 0xBF)
        {
          *drop = TRUE;
          return 3;
        }
      return 0;
    default:
      return 0;
    }
}

/* Neither white space nor the lead byte of a possible Unicode space. */
static inline gboolean
is_plain_byte (guchar c)
{
  return c > ' ' && c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF;
}

void
dossier_raw_block_append (DossierRawBlock *block, const char *data, gsize len, gsize source_offset)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + len;

  while (p < end)
    {
      const guchar *word = p;
      gboolean drop = FALSE;
      gsize sl = 0;

      /* Only a few lead bytes can start a non-ASCII space, so most bytes take the fast path.
       * A single plain space between two words is copied as it is: the stretch of words it
       * joins is one copy and one source run, not one per word. */
      while (p < end)
        {
          guchar c = p[0];

          if (is_plain_byte (c))
            {
              p++;
              continue;
            }
          if (c == ' ' && p > word && p + 1 < end && is_plain_byte (p[1]))
            {
              p += 2;
              continue;
            }
          sl = space_length (p, end, &drop);
          if (sl > 0)
            break;
          p++;
        }

      if (p > word)
        {
          if (block->pending_space)
            {
              if (block->text->len > 0)
                {
                  if (block->pending_space_source >= 0)
                    add_run (block, block->pending_space_source, 1);
                  g_string_append_c (block->text, ' ');
                }
              block->pending_space = FALSE;
              /* Spaces set pending from outside (a line break) have no source of their own. */
              block->pending_space_source = -1;
            }
          add_run (block, source_offset + (word - (const guchar *) data), p - word);
          g_string_append_len (block->text, (const char *) word, p - word);
        }

      if (p < end)
        {
          if (!drop)
            {
              /* One plain space between words is copied, so runs stay long. */
              if (!block->pending_space && sl == 1 && p[0] == ' ')
                block->pending_space_source = source_offset + (p - (const guchar *) data);
              else
                block->pending_space_source = -1;
              block->pending_space = TRUE;
            }
          p += sl;
        }
    }
}

void
dossier_raw_block_append_synthetic (DossierRawBlock *block, const char *str)
{
  if (block->pending_space && block->text->len > 0)
    g_string_append_c (block->text, ' ');
  block->pending_space = FALSE;
  block->pending_space_source = -1;
  g_string_append (block->text, str);
}

void
dossier_raw_block_set_marker (DossierRawBlock *block, guint number)
{
  block->number = number;
  block->marker_len = block->text->len;
}

static void
open_style (DossierRawBlock *block, guint index)
{
  if (block->style_start[index] >= 0)
    return;
  block->style_start[index] = block->text->len + ((block->pending_space && block->text->len > 0) ? 1 : 0);
}

void
dossier_raw_block_push_emphasis (DossierRawBlock *block, DossierEmphasis style)
{
  if (style & DOSSIER_EMPHASIS_BOLD)
    open_style (block, 0);
  if (style & DOSSIER_EMPHASIS_ITALIC)
    open_style (block, 1);
}

void
dossier_raw_block_pop_emphasis (DossierRawBlock *block, DossierEmphasis style)
{
  if (style & DOSSIER_EMPHASIS_BOLD)
    close_style (block, 0);
  if (style & DOSSIER_EMPHASIS_ITALIC)
    close_style (block, 1);
}

void
dossier_raw_block_toggle_emphasis (DossierRawBlock *block, DossierEmphasis style)
{
  for (guint i = 0; i < 2; i++)
    {
      if (!(style & (1u << i)))
        continue;
      if (block->style_start[i] >= 0)
        close_style (block, i);
      else
        open_style (block, i);
    }
}

/* Sentence-ending punctuation, possibly followed by closing quotes or brackets. */
static gboolean
ends_with_terminal (const GString *text)
{
  const char *p = text->str + text->len;

  while (p > text->str)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      switch (c)
        {
        case '"':
        case '\'':
        case ')':
        case ']':
        case 0x201D: /* ” */
        case 0x2019: /* ’ */
        case 0x00BB: /* » */
          continue;
        case '.':
        case '!':
        case '?':
        case ':':
        case ';':
        case 0x2026: /* … */
          return TRUE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static gboolean
starts_lowercase (const DossierRawBlock *block)
{
  const char *p = block->text->str;

  if (block->marker_len > 0 || block->text->len == 0)
    return FALSE;
  while (*p == '(' || *p == '"' || *p == '\'')
    p++;
  return g_unichar_islower (g_utf8_get_char (p));
}

static void
join_blocks (DossierRawBlock *a, DossierRawBlock *b)
{
  gsize shift;

  g_string_append_c (a->text, ' ');
  shift = a->text->len;
  for (guint i = 0; i < b->runs->len; i++)
    {
      DossierSourceRun run = g_array_index (b->runs, DossierSourceRun, i);
      run.text_byte += shift;
      g_array_append_val (a->runs, run);
    }
  for (guint i = 0; i < b->emphasis->len; i++)
    {
      DossierSpan span = g_array_index (b->emphasis, DossierSpan, i);
      span.start += shift;
      span.end += shift;
      g_array_append_val (a->emphasis, span);
    }
  g_string_append_len (a->text, b->text->str, b->text->len);
  a->n_lines += b->n_lines;
}

static gboolean
same_text (const DossierRawBlock *a, const DossierRawBlock *b)
{
  return a->text->len == b->text->len && memcmp (a->text->str, b->text->str, a->text->len) == 0;
}

/* Plain-text statements open with their title on a line of its own: without a heading before
 * it, such a first line is the document's title, not a paragraph. */
#define TITLE_MAX_BYTES 240
#define TITLE_SEARCH_BLOCKS 3

static void
promote_title (GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len && i < TITLE_SEARCH_BLOCKS; i++)
    {
      DossierRawBlock *block = g_ptr_array_index (blocks, i);
      DossierDateMatch m;
      char last;

      if (block->kind == DOSSIER_BLOCK_HEADING && block->level <= 2)
        return;
      if (block->kind != DOSSIER_BLOCK_PARAGRAPH || block->n_lines != 1 || block->marker_len > 0
          || block->text->len > TITLE_MAX_BYTES)
        continue;
      last = block->text->str[block->text->len - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':')
        continue;
      if (dossier_date_find_explicit (block->text->str, block->text->len, 0, &m) && m.start == 0)
        continue;
      block->kind = DOSSIER_BLOCK_HEADING;
      block->level = 1;
      return;
    }
}

/* A repeated title is an artefact of extraction (page header, og:title); a repeated long
 * paragraph could be meant, so only short blocks count. */
#define REPEATED_TITLE_MAX_BYTES 300

/* Code points of valid UTF-8: every byte that is not a continuation byte starts one. A plain
 * loop the compiler vectorizes; g_utf8_strlen() steps one character at a time. */
static guint
count_chars (const char *s, gsize len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;
  return n;
}

void
dossier_normalize (DossierRawText *raw, DossierDocumentParts *parts)
{
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();
  GString *text;
  guint cp = 0;

  dossier_raw_text_end_block (raw);

  for (guint i = 0; i < raw->blocks->len; i++)
    {
      DossierRawBlock *block = g_ptr_array_index (raw->blocks, i);
      DossierRawBlock *prev = kept->len ? g_ptr_array_index (kept, kept->len - 1) : NULL;

      if (block->text->len == block->marker_len)
        continue;

      if (prev != NULL && prev->kind == DOSSIER_BLOCK_PARAGRAPH && block->kind == DOSSIER_BLOCK_PARAGRAPH
          && !ends_with_terminal (prev->text) && starts_lowercase (block))
        {
          join_blocks (prev, block);
          continue;
        }

      if (prev != NULL && block->kind != DOSSIER_BLOCK_LIST_ITEM
          && block->text->len <= REPEATED_TITLE_MAX_BYTES && same_text (prev, block))
        continue;

      g_ptr_array_add (kept, block);
    }

  promote_title (kept);

  {
    gsize total = 0;
    for (guint i = 0; i < kept->len; i++)
      total += ((DossierRawBlock *) g_ptr_array_index (kept, i))->text->len + 2;
    text = g_string_sized_new (total + 1);
  }

  parts->blocks = g_array_sized_new (FALSE, TRUE, sizeof (DossierBlock), kept->len);
  parts->emphasis = g_array_new (FALSE, TRUE, sizeof (DossierSpan));
  parts->runs = g_array_new (FALSE, FALSE, sizeof (DossierSourceRun));

  for (guint i = 0; i < kept->len; i++)
    {
      DossierRawBlock *block = g_ptr_array_index (kept, i);
      gsize base = text->len;
      DossierBlock out = { 0 };
      guint block_cp;

      if (i > 0)
        {
          g_string_append (text, "\n\n");
          cp += 2;
          base = text->len;
        }

      block_cp = count_chars (block->text->str, block->text->len);
      out.kind = block->kind;
      out.level = block->level;
      out.number = block->number;
      out.page = block->page;
      out.start = cp;
      out.end = cp + block_cp;
      out.marker_end = cp + count_chars (block->text->str, block->marker_len);
      g_array_append_val (parts->blocks, out);

      for (guint j = 0; j < block->emphasis->len; j++)
        {
          const DossierSpan *span = &g_array_index (block->emphasis, DossierSpan, j);
          DossierSpan abs = {
            .start = cp + count_chars (block->text->str, span->start),
            .end = cp + count_chars (block->text->str, span->end),
            .style = span->style,
          };
          g_array_append_val (parts->emphasis, abs);
        }

      for (guint j = 0; j < block->runs->len; j++)
        {
          DossierSourceRun run = g_array_index (block->runs, DossierSourceRun, j);
          run.text_byte += base;
          g_array_append_val (parts->runs, run);
        }

      g_string_append_len (text, block->text->str, block->text->len);
      cp += block_cp;
    }

  parts->text_len = text->len;
  parts->text = g_string_free (text, FALSE);
}
