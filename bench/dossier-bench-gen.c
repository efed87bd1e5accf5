/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <gio/gio.h>

#include "dossier-bench-corpus.h"

/*
 * dossier-bench-gen --size MB [--seed N] [--html] OUTPUT     one large file of statements
 * dossier-bench-gen --docs N [--seed N] DIRECTORY             N statements, one file each
 */

int
main (int argc, char **argv)
{
  double size_mb = 0;
  int docs = 0;
  int seed = 1;
  gboolean html = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierBenchCorpus) gen = NULL;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_DOUBLE, &size_mb, "Write one file of about MB megabytes", "MB" },
    { "docs", 0, 0, G_OPTION_ARG_INT, &docs, "Write N statements into a directory", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generator (default 1)", "N" },
    { "html", 0, 0, G_OPTION_ARG_NONE, &html, "Write HTML instead of text", NULL },
    { NULL },
  };

  context = g_option_context_new ("OUTPUT - generate statements for the benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2
      || (size_mb <= 0) == (docs <= 0))
    {
      g_printerr ("%s\n",
                  error ? error->message : "give --size MB or --docs N, and one output path");
      return 2;
    }

  gen = dossier_bench_corpus_new (seed);
  if (size_mb > 0)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      dossier_bench_corpus_fill (gen, text, (gsize) (size_mb * 1024 * 1024));
      if (html)
        {
          g_autoptr (GString) out = g_string_new (NULL);
          dossier_bench_corpus_to_html (text->str, text->len, out);
          g_string_assign (text, out->str);
        }
      if (!g_file_set_contents (argv[1], text->str, text->len, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (g_mkdir_with_parents (argv[1], 0755) != 0)
    {
      g_printerr ("cannot create %s\n", argv[1]);
      return 1;
    }
  for (int i = 0; i < docs; i++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("statement-%05d.%s", i, html ? "html" : "txt");
      g_autofree char *path = g_build_filename (argv[1], name, NULL);

      dossier_bench_corpus_statement (gen, text);
      if (html)
        {
          g_autoptr (GString) out = g_string_new (NULL);
          dossier_bench_corpus_to_html (text->str, text->len, out);
          g_string_assign (text, out->str);
        }
      if (!g_file_set_contents (path, text->str, text->len, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  return 0;
}
