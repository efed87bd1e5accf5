/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "dossier-segment-break.h"

/* The segmenter's memo of Pango's word and sentence boundaries must answer exactly as Pango
 * does, for the first window of a shape and for every later one that shares it. */

static void
check_one (const char *text)
{
  gsize len = strlen (text);
  glong n_chars = g_utf8_strlen (text, len);
  g_autofree PangoLogAttr *want = g_new0 (PangoLogAttr, n_chars + 1);
  g_autofree PangoLogAttr *got = g_new0 (PangoLogAttr, n_chars + 1);

  pango_default_break (text, len, NULL, want, n_chars + 1);
  /* Twice: the first call may fill the memo, the second reads it. */
  for (int round = 0; round < 2; round++)
    {
      dossier_segment_break (text, len, n_chars, got);
      for (glong i = 0; i <= n_chars; i++)
        {
          if (got[i].is_word_boundary != want[i].is_word_boundary
              || got[i].is_sentence_boundary != want[i].is_sentence_boundary)
            g_error ("“%s”, position %ld, round %d: word %d/%d, sentence %d/%d", text, i, round,
                     got[i].is_word_boundary, want[i].is_word_boundary, got[i].is_sentence_boundary,
                     want[i].is_sentence_boundary);
        }
    }
}

static void
test_crafted (void)
{
  /* Windows the segmenter asks about, and pairs that share a shape ("Aa. Aa"). */
  static const char *const texts[] = {
    "Korea. The",
    "Japan. Our",
    "Korea. the",
    "U.S. Department",
    "U.S. The",
    "Dr. Ann",
    "2024. The",
    "2024. 2025",
    "No. 5",
    "e.g. the",
    "Indo-Pacific",
    "U.S.-ROK",
    "(ROK).",
    "“Northern Guard.”",
    "Korea’s",
    "People’s",
    "4.0 percent.",
    "Seoul! Tokyo?",
    "end.\n\nNext",
    "a.b.c",
    "F35A",
    "x86-64",
    "1,000,000.",
    "3:30 p.m. The",
    "ASEAN’s Outlook.",
    "Türkiye. Brasília",
    "Café. Résumé",
    "dialogue,",
    "(JMCB).",
    "U.N.",
    "Mr. O’Brien.",
    "Jovanović.",
    "مؤتمر القمة. abc",
    "中文。Next",
    "A",
    "",
    "aaaaaaaaaaaaaaaaaa",
    "AAAAAAAAAAAAAAAAAA.",
    "Aa0Aa0. aA",
    "99th MCM. In",
    "...",
    "? !",
    "\"Quoted.\" Then",
    "'single' quote.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    check_one (texts[i]);
}

static void
test_random (void)
{
  /* Strings made of pieces of every kind the rules tell apart: letters of either case,
   * digits, terminators, closing and opening marks, joiners, spaces and line breaks, and
   * characters outside ASCII. */
  static const char *const pieces[] = {
    "a",     "b",   "Z",  "Q",  "x",  "7", "0",    "2024", ".",   ".",   "!",    "?",   ",",
    ";",     ":",   "-",  "'",  "\"", "(", ")",    "[",    "]",   " ",   " ",    "  ",  "\n",
    "\t",    "/",   "%",  "$",  "&",  "_", "U.S.", "Dr.",  "No.", "Jr.", "e.g.", "The", "the",
    "Korea", "ROK", "in", "s",  "S",  "’", "“",    "”",    "‘",   " ",   "é",    "É",   "–",
    "—",     "…",   "。", "中", "ا",  "·", "•",    "​",  "﻿",
  };
  g_autoptr (GRand) rand = g_rand_new_with_seed (20241030);

  for (guint k = 0; k < 20000; k++)
    {
      g_autoptr (GString) s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 24);

      for (guint i = 0; i < n; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      check_one (s->str);
    }
}

static void
test_long (void)
{
  /* Past the memo's size limit the answer comes from Pango directly. */
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    g_string_append (s, i % 3 ? "Word. " : "U.S. the ");
  check_one (s->str);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/segment-break/crafted", test_crafted);
  g_test_add_func ("/dossier/segment-break/random", test_random);
  g_test_add_func ("/dossier/segment-break/long", test_long);
  return g_test_run ();
}
