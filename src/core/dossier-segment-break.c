/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-segment-break.h"

/* Pango's word and sentence boundaries, memoized by character class.
 *
 * The segmenter asks Pango about short windows only (a word with a hyphen, a sentence end
 * and the next word), but it asks at every sentence end, and Pango costs several hundred
 * instructions a character: without a memo it was a fifth of the entity stage. The UAX #29
 * word and sentence rules see a character only through its properties, and every ASCII capital
 * has the same ones, as has every ASCII small letter and every ASCII digit; and a run of
 * letters or digits of one kind has no boundary inside and behaves at its edges like a single
 * character of that kind. So a window is reduced to a signature (each such run becomes one
 * "A", "a" or "0"; every other character stays itself), and windows with one signature share
 * one answer: "Korea. The" and "Japan. Our" are both "Aa. Aa". A corpus of statements has a
 * few hundred signatures. */

/* Enough for the statements' windows; others go to Pango directly. */
#define MAX_SIGNATURE 256
/* Entries kept before the memo starts again, to bound its memory on odd input. */
#define MAX_ENTRIES 16384

enum
{
  WORD_BOUNDARY = 1 << 0,
  SENTENCE_BOUNDARY = 1 << 1,
};

/* Shared by the analysis threads: a lookup is a hash and a copy of a few bytes, so one lock
 * costs nothing measurable. Entries are (n_chars + 1) bytes of the flags above. */
static GMutex memo_lock;
static GHashTable *memo; /* signature -> guint8[] */

static inline char
char_class (guchar c)
{
  if (c >= 'A' && c <= 'Z')
    return 'A';
  if (c >= 'a' && c <= 'z')
    return 'a';
  if (c >= '0' && c <= '9')
    return '0';
  return 0;
}

static void
break_directly (const char *text, gsize n_bytes, guint n_chars, PangoLogAttr *attrs)
{
  pango_default_break (text, n_bytes, NULL, attrs, n_chars + 1);
}

void
dossier_segment_break (const char *text, gsize n_bytes, guint n_chars, PangoLogAttr *attrs)
{
  char sig[MAX_SIGNATURE + 1];
  guint8 flags[MAX_SIGNATURE + 1];
  guint16 at[MAX_SIGNATURE + 1]; /* character -> signature character, or G_MAXUINT16 inside a run */
  const char *p = text, *end = text + n_bytes;
  gsize len = 0;
  guint n_sig = 0, i = 0;
  char prev = 0;
  const guint8 *found;

  if (n_chars > MAX_SIGNATURE || n_bytes > MAX_SIGNATURE)
    {
      break_directly (text, n_bytes, n_chars, attrs);
      return;
    }

  while (p < end)
    {
      guchar c = (guchar) *p;
      char cls = c < 0x80 ? char_class (c) : 0;

      if (c == 0)
        {
          break_directly (text, n_bytes, n_chars, attrs);
          return;
        }
      if (cls != 0 && cls == prev)
        {
          at[i++] = G_MAXUINT16;
          p++;
          continue;
        }
      at[i++] = n_sig++;
      prev = cls;
      if (cls != 0)
        {
          sig[len++] = cls;
          p++;
        }
      else
        {
          const char *q = g_utf8_next_char (p);

          memcpy (sig + len, p, q - p);
          len += q - p;
          p = q;
        }
    }
  sig[len] = 0;
  g_assert (i == n_chars);
  at[n_chars] = n_sig;

  g_mutex_lock (&memo_lock);
  found = memo ? g_hash_table_lookup (memo, sig) : NULL;
  if (found)
    memcpy (flags, found, n_sig + 1);
  g_mutex_unlock (&memo_lock);

  if (found == NULL)
    {
      PangoLogAttr sig_attrs[MAX_SIGNATURE + 1];

      pango_default_break (sig, len, NULL, sig_attrs, n_sig + 1);
      for (guint k = 0; k <= n_sig; k++)
        flags[k] = (sig_attrs[k].is_word_boundary ? WORD_BOUNDARY : 0)
                   | (sig_attrs[k].is_sentence_boundary ? SENTENCE_BOUNDARY : 0);
      g_mutex_lock (&memo_lock);
      if (memo == NULL)
        memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      if (g_hash_table_size (memo) >= MAX_ENTRIES)
        g_hash_table_remove_all (memo);
      g_hash_table_replace (memo, g_strndup (sig, len), g_memdup2 (flags, n_sig + 1));
      g_mutex_unlock (&memo_lock);
    }

  for (guint k = 0; k <= n_chars; k++)
    {
      guint8 f = at[k] == G_MAXUINT16 ? 0 : flags[at[k]];

      attrs[k].is_word_boundary = (f & WORD_BOUNDARY) != 0;
      attrs[k].is_sentence_boundary = (f & SENTENCE_BOUNDARY) != 0;
    }
}
