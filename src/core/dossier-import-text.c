/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-import-private.h"

/* Progress is reported at most this often, so a 50 MB file does not flood the main loop. */
#define PROGRESS_STEP_BYTES (1024 * 1024)
/* A heading written as a plain line is short. */
#define HEADING_MAX_BYTES 160

typedef struct
{
  DossierRawText *raw;
  guint page;
  gsize line_start_source;
  gsize longest_line;
  gboolean wrapped;
  gboolean in_list_item;
} LineState;

static gsize
skip_indent (const char *line, gsize len)
{
  gsize i = 0;

  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  return i;
}

static gboolean
is_blank (const char *line, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (line[i]))
      return FALSE;
  return TRUE;
}

/* "---", "***", "___" alone on a line. */
static gboolean
is_rule (const char *line, gsize len)
{
  char c = 0;
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (line[i] == ' ')
        continue;
      if (c == 0 && (line[i] == '-' || line[i] == '*' || line[i] == '_' || line[i] == '='))
        c = line[i];
      if (line[i] != c)
        return FALSE;
      n++;
    }
  return n >= 3;
}

/* Length of a bullet marker ("- ", "* ", "+ ", "• ", "◦ ", "▪ ") or 0. */
static gsize
bullet_length (const char *line, gsize len)
{
  if (len >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    return 2;
  if (len >= 4 && line[3] == ' '
      && (memcmp (line, "\xe2\x80\xa2", 3) == 0     /* • */
          || memcmp (line, "\xe2\x97\xa6", 3) == 0  /* ◦ */
          || memcmp (line, "\xe2\x96\xaa", 3) == 0  /* ▪ */
          || memcmp (line, "\xe2\x80\x93", 3) == 0)) /* – */
    return 4;
  return 0;
}

/* Length of a paragraph number "12. " or "3) " (number kept in the text) or 0. */
static gsize
number_length (const char *line, gsize len, guint *number)
{
  gsize i = 0;
  guint n = 0;

  while (i < len && i < 3 && g_ascii_isdigit (line[i]))
    n = n * 10 + (line[i++] - '0');
  if (i == 0 || i + 1 >= len || (line[i] != '.' && line[i] != ')') || line[i + 1] != ' ')
    return 0;
  *number = n;
  return i + 1;
}

/* Markdown emphasis: runs of 1-3 asterisks that open before a word and close after one. A run
 * with no partner later in the line is a literal asterisk. */
static void
append_inline (DossierRawBlock *block, const char *s, gsize len, gsize source_offset)
{
  gsize i = 0, chunk = 0;

  while (i < len)
    {
      gsize run = 0;
      DossierEmphasis style;
      gboolean opening, closing;

      if (s[i] != '*')
        {
          const char *star = memchr (s + i, '*', len - i);

          if (star == NULL)
            break;
          i = star - s;
        }
      while (i + run < len && s[i + run] == '*')
        run++;
      if (run > 3)
        {
          i += run;
          continue;
        }
      style = run == 1 ? DOSSIER_EMPHASIS_ITALIC
              : run == 2 ? DOSSIER_EMPHASIS_BOLD
                         : DOSSIER_EMPHASIS_BOLD | DOSSIER_EMPHASIS_ITALIC;
      opening = i + run < len && s[i + run] != ' ';
      closing = i > 0 && s[i - 1] != ' ';

      if (closing && ((style & DOSSIER_EMPHASIS_BOLD) ? block->style_start[0] >= 0 : block->style_start[1] >= 0))
        {
          dossier_raw_block_append (block, s + chunk, i - chunk, source_offset + chunk);
          dossier_raw_block_pop_emphasis (block, style);
          i += run;
          chunk = i;
          continue;
        }
      if (opening)
        {
          const char *partner = NULL;
          for (gsize k = i + run; k + run <= len; k++)
            {
              /* A whole run of the same length: one asterisk of a "**" is no partner. */
              if (s[k] == '*' && s[k - 1] != ' ' && s[k - 1] != '*'
                  && strncmp (s + k, "***", run) == 0 && (k + run == len || s[k + run] != '*'))
                {
                  partner = s + k;
                  break;
                }
            }
          if (partner)
            {
              dossier_raw_block_append (block, s + chunk, i - chunk, source_offset + chunk);
              dossier_raw_block_push_emphasis (block, style);
              i += run;
              chunk = i;
              continue;
            }
        }
      i += run;
    }
  dossier_raw_block_append (block, s + chunk, len - chunk, source_offset + chunk);
}

static gboolean
is_all_caps_line (const char *s, gsize len)
{
  guint upper = 0;

  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        upper++;
    }
  return upper >= 3;
}

/* A paragraph that was one short line in capitals, or one wholly emphasized short line, is a
 * heading in a plain-text release ("ENHANCING EXTENDED DETERRENCE", "**RELEASE**"). */
static void
finish_block (LineState *st)
{
  DossierRawBlock *block = st->raw->current;

  if (block && block->kind == DOSSIER_BLOCK_PARAGRAPH && block->n_lines == 1 && block->marker_len == 0
      && block->text->len > 0 && block->text->len <= HEADING_MAX_BYTES)
    {
      const char *t = block->text->str;
      gsize n = block->text->len;
      gboolean whole_bold = block->style_start[0] == 0
                            || (block->emphasis->len == 1
                                && g_array_index (block->emphasis, DossierSpan, 0).start == 0
                                && g_array_index (block->emphasis, DossierSpan, 0).end == n);
      char last = t[n - 1];

      if (last != '.' && last != ',' && last != ';' && (is_all_caps_line (t, n) || whole_bold))
        {
          block->kind = DOSSIER_BLOCK_HEADING;
          block->level = 3;
        }
    }
  dossier_raw_text_end_block (st->raw);
  st->in_list_item = FALSE;
}

static gboolean
is_wholly_bold (const char *line, gsize len)
{
  while (len > 0 && line[len - 1] == ' ')
    len--;
  if (len < 5 || strncmp (line, "**", 2) != 0 || strncmp (line + len - 2, "**", 2) != 0)
    return FALSE;
  /* One bold span, not "**a** and **b**". */
  return g_strstr_len (line + 2, len - 4, "**") == NULL;
}

static void
process_line (LineState *st, const char *line, gsize len, gsize src)
{
  gsize indent, bl, nl;
  guint number = 0;
  DossierRawBlock *block;

  if (len > 0 && line[len - 1] == '\r')
    len--;

  if (is_blank (line, len))
    {
      finish_block (st);
      return;
    }

  indent = skip_indent (line, len);
  line += indent;
  len -= indent;
  src += indent;

  /* ATX heading; "###" alone is the press-release end mark. */
  if (line[0] == '#')
    {
      guint level = 0;
      while (level < len && line[level] == '#')
        level++;
      if (level <= 6 && (level == len || line[level] == ' '))
        {
          gsize body = level, body_end = len;

          finish_block (st);
          while (body < len && line[body] == ' ')
            body++;
          while (body_end > body && (line[body_end - 1] == '#' || line[body_end - 1] == ' '))
            body_end--;
          if (body_end > body)
            {
              block = dossier_raw_text_begin_block (st->raw, DOSSIER_BLOCK_HEADING, level);
              block->page = st->page;
              append_inline (block, line + body, body_end - body, src + body);
              block->n_lines = 1;
              dossier_raw_text_end_block (st->raw);
            }
          return;
        }
    }

  if (is_rule (line, len))
    {
      /* A setext underline turns the line above into a heading. */
      block = st->raw->current;
      if (block && block->kind == DOSSIER_BLOCK_PARAGRAPH && block->n_lines == 1
          && (line[0] == '=' || line[0] == '-'))
        {
          block->kind = DOSSIER_BLOCK_HEADING;
          block->level = line[0] == '=' ? 1 : 2;
        }
      finish_block (st);
      return;
    }

  if ((bl = bullet_length (line, len)) > 0)
    {
      finish_block (st);
      block = dossier_raw_text_begin_block (st->raw, DOSSIER_BLOCK_LIST_ITEM, 0);
      block->page = st->page;
      dossier_raw_block_append_synthetic (block, "• ");
      dossier_raw_block_set_marker (block, 0);
      while (bl < len && line[bl] == ' ')
        bl++;
      append_inline (block, line + bl, len - bl, src + bl);
      block->n_lines = 1;
      st->in_list_item = TRUE;
      return;
    }

  if ((nl = number_length (line, len, &number)) > 0)
    {
      finish_block (st);
      block = dossier_raw_text_begin_block (st->raw, DOSSIER_BLOCK_PARAGRAPH, 0);
      block->page = st->page;
      dossier_raw_block_append (block, line, nl, src);
      dossier_raw_block_append_synthetic (block, " ");
      dossier_raw_block_set_marker (block, number);
      while (nl < len && line[nl] == ' ')
        nl++;
      append_inline (block, line + nl, len - nl, src + nl);
      block->n_lines = 1;
      return;
    }

  /* A line wholly in bold is a label of its own ("**RELEASE**"), not part of a paragraph. */
  if (is_wholly_bold (line, len))
    {
      finish_block (st);
      block = dossier_raw_text_begin_block (st->raw, DOSSIER_BLOCK_PARAGRAPH, 0);
      block->page = st->page;
      append_inline (block, line, len, src);
      block->n_lines = 1;
      finish_block (st);
      return;
    }

  block = st->raw->current;
  if (block == NULL || block->kind == DOSSIER_BLOCK_HEADING)
    {
      block = dossier_raw_text_begin_block (st->raw, DOSSIER_BLOCK_PARAGRAPH, 0);
      block->page = st->page;
    }
  else
    block->pending_space = TRUE;
  append_inline (block, line, len, src);
  block->n_lines++;

  /* In fixed-width text a line well short of the measure that ends a sentence ends the
   * paragraph too: there are no blank lines between paragraphs to tell. A short line that
   * starts a block is a line of its own (title, dateline, heading) whatever it ends with. */
  if (st->wrapped && len < st->longest_line * 3 / 4)
    {
      char last = line[len - 1];
      if (last == '.' || last == ':' || last == '?' || last == '!' || block->n_lines == 1)
        finish_block (st);
    }
}

gboolean
dossier_import_text_lines (DossierRawText *raw,
                           const char *data,
                           gsize len,
                           gsize source_offset,
                           guint page,
                           gboolean wrapped,
                           const DossierProgressRange *progress,
                           GCancellable *cancellable,
                           GError **error)
{
  LineState st = { .raw = raw, .page = page, .wrapped = wrapped };
  gsize pos = 0, next_report = PROGRESS_STEP_BYTES;

  if (wrapped)
    {
      gsize p = 0;
      while (p < len)
        {
          const char *nl = memchr (data + p, '\n', len - p);
          gsize e = nl ? (gsize) (nl - data) : len;
          st.longest_line = MAX (st.longest_line, e - p);
          p = e + 1;
        }
    }

  while (pos < len)
    {
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize line_end = nl ? (gsize) (nl - data) : len;

      process_line (&st, data + pos, line_end - pos, source_offset + pos);
      pos = line_end + 1;

      if (pos >= next_report)
        {
          next_report = pos + PROGRESS_STEP_BYTES;
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress)
            dossier_progress_report (progress, (double) pos / len);
        }
    }
  finish_block (&st);
  return TRUE;
}
