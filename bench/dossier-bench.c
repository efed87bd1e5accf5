/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* wait4() and its struct rusage: peak memory of each measured child process. */
#define _GNU_SOURCE

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dossier-bench-corpus.h"
#include "dossier-bench-stages.h"

/*
 * The benchmark runner. Without --stage it generates the inputs, then measures every row of
 * the table in a fresh child process (itself with --stage, or a reference tool), so that the
 * peak RSS of a row is that row's alone; each child repeats its work and reports the best
 * time. Add a stage: write a StageFunc in dossier-bench-stages.c, add it to `stages` there,
 * add rows in build_rows().
 */

typedef enum
{
  ROW_STAGE,      /* this program with --stage */
  ROW_WC,         /* wc -w, the reference */
  ROW_COLD_START, /* the app, under xvfb-run */
  ROW_TIMELINE    /* bench-timeline, under xvfb-run: prints rows of its own */
} RowKind;

typedef struct
{
  RowKind kind;
  char *label;
  char *stage;
  char *input;
  char *input_label;
  guint64 bytes;
  guint repeat;
} Row;

static void
row_free (Row *row)
{
  g_free (row->label);
  g_free (row->stage);
  g_free (row->input);
  g_free (row->input_label);
  g_free (row);
}

static Row *
row_new (RowKind kind, const char *label, const char *stage, const char *input,
         const char *input_label, guint64 bytes, guint repeat)
{
  Row *row = g_new0 (Row, 1);

  row->kind = kind;
  row->label = g_strdup (label);
  row->stage = g_strdup (stage);
  row->input = g_strdup (input);
  row->input_label = g_strdup (input_label);
  row->bytes = bytes;
  row->repeat = repeat;
  return row;
}

typedef struct
{
  gboolean ok;
  double seconds;
  double cpu;    /* 0: unknown */
  glong peak_kb; /* 0: unknown */
  char *note;
} Result;

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Spawns @argv, captures its stdout, waits for it with wait4() for its resource usage. */
static gboolean
spawn_measured (char **argv, char **envp, char **out, double *wall, double *cpu, glong *peak_kb)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) buf = g_string_new (NULL);
  GPid pid;
  int out_fd, status;
  struct rusage ru;
  double t0 = now ();
  char chunk[4096];
  gssize n;

  if (!g_spawn_async_with_pipes (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("dossier-bench: %s\n", error->message);
      return FALSE;
    }
  while ((n = read (out_fd, chunk, sizeof chunk)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      g_string_append_len (buf, chunk, n);
    }
  close (out_fd);
  while (wait4 (pid, &status, 0, &ru) < 0 && errno == EINTR)
    ;
  *wall = now () - t0;
  g_spawn_close_pid (pid);
  *peak_kb = ru.ru_maxrss;
  *cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec
         + ru.ru_stime.tv_usec / 1e6;
  *out = g_string_free (g_steal_pointer (&buf), FALSE);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static const char *self_exe;
static const char *build_dir;

static void
measure (const Row *row, Result *res)
{
  memset (res, 0, sizeof *res);

  switch (row->kind)
    {
    case ROW_STAGE:
      {
        g_autofree char *repeat = g_strdup_printf ("%u", row->repeat);
        char *argv[] = { (char *) self_exe, "--stage",  row->stage, "--input",
                         row->input,        "--repeat", repeat,     NULL };
        g_autofree char *out = NULL;
        double wall, cpu;

        res->ok = spawn_measured (argv, NULL, &out, &wall, &cpu, &res->peak_kb);
        if (res->ok)
          {
            char *end = NULL;
            long kb;

            res->seconds = g_ascii_strtod (out, &end);
            kb = strtol (end, &end, 10);
            if (kb > 0)
              res->peak_kb = kb;
            res->cpu = g_ascii_strtod (end, NULL);
          }
      }
      break;

    case ROW_WC:
      {
        /* A corpus directory: every file of it, as the stages read them. */
        g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

        g_ptr_array_add (argv, g_strdup ("wc"));
        g_ptr_array_add (argv, g_strdup ("-w"));
        if (g_file_test (row->input, G_FILE_TEST_IS_DIR))
          {
            g_autoptr (GPtrArray) files = dossier_bench_list_dir (row->input);

            for (guint i = 0; i < files->len; i++)
              g_ptr_array_add (argv, g_strdup (g_ptr_array_index (files, i)));
          }
        else
          g_ptr_array_add (argv, g_strdup (row->input));
        g_ptr_array_add (argv, NULL);
        res->seconds = res->cpu = G_MAXDOUBLE;
        for (guint i = 0; i < row->repeat; i++)
          {
            g_autofree char *out = NULL;
            double wall, cpu;
            glong kb;

            res->ok = spawn_measured ((char **) argv->pdata, NULL, &out, &wall, &cpu, &kb);
            if (!res->ok)
              break;
            res->seconds = MIN (res->seconds, wall);
            res->cpu = MIN (res->cpu, cpu);
            res->peak_kb = kb;
          }
        res->note = g_strdup ("incl. process start");
      }
      break;

    case ROW_COLD_START:
      {
        g_autofree char *app = g_build_filename (build_dir, "src", "ui", "dossier", NULL);
        g_autofree char *schemas = g_build_filename (build_dir, "data", NULL);
        g_autofree char *xvfb = g_find_program_in_path ("xvfb-run");
        g_auto (GStrv) envp = g_get_environ ();
        double runs[3];
        guint n_runs = 0;

        if (!g_file_test (app, G_FILE_TEST_IS_EXECUTABLE))
          {
            res->note = g_strdup_printf ("skipped: no %s (configure with -Dui=true)", app);
            return;
          }
        if (xvfb == NULL)
          {
            res->note = g_strdup ("skipped: xvfb-run not installed");
            return;
          }
        envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
        envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
        for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
          {
            char *argv[] = { xvfb, "-a", app, "--sample", "--bench-startup", NULL };
            g_autofree char *out = NULL;
            double wall, cpu, ms;
            glong kb;
            char *end = NULL;

            if (!spawn_measured (argv, envp, &out, &wall, &cpu, &kb))
              continue;
            ms = g_ascii_strtod (g_strstrip (out), &end);
            if (end == out || ms <= 0)
              continue;
            runs[n_runs++] = ms / 1000.0;
          }
        if (n_runs == 0)
          {
            res->note = g_strdup ("failed: the app printed no startup time");
            return;
          }
        /* The median of the runs: the first is colder than the others. */
        for (guint i = 1; i < n_runs; i++)
          for (guint j = i; j > 0 && runs[j] < runs[j - 1]; j--)
            {
              double t = runs[j];
              runs[j] = runs[j - 1];
              runs[j - 1] = t;
            }
        res->ok = TRUE;
        res->seconds = runs[n_runs / 2];
        res->note = g_strdup_printf ("median of %u, process start to first frame", n_runs);
      }
      break;

    case ROW_TIMELINE:
      break;
    }
}

static char *
format_time (double s)
{
  if (s < 1e-3)
    return g_strdup_printf ("%.1f µs", s * 1e6);
  if (s < 1.0)
    return g_strdup_printf ("%.1f ms", s * 1e3);
  return g_strdup_printf ("%.2f s", s);
}

/* printf's field widths count bytes; pad by characters so "µs" lines up. */
static void
print_cell (const char *s, int width, gboolean right)
{
  int pad = width - (int) g_utf8_strlen (s, -1);

  if (right)
    printf ("%*s%s", MAX (pad, 0), "", s);
  else
    printf ("%s%*s", s, MAX (pad, 0), "");
}

static void
print_row (const char *stage, const char *input, const char *time, const char *cpu, const char *mbs,
           const char *cpu_mbs, const char *rss, const char *note)
{
  print_cell (stage, 30, FALSE);
  printf (" | ");
  print_cell (input, 24, FALSE);
  printf (" | ");
  print_cell (time, 10, TRUE);
  printf (" | ");
  print_cell (cpu, 10, TRUE);
  printf (" | ");
  print_cell (mbs, 8, TRUE);
  printf (" | ");
  print_cell (cpu_mbs, 8, TRUE);
  printf (" | ");
  print_cell (rss, 9, TRUE);
  if (note && *note)
    printf (" | %s", note);
  printf ("\n");
  fflush (stdout);
}

/* The timeline widget's own benchmark, under Xvfb: one row per view for its first frame (cold
 * layout and snapshot) and one for panning. */
static void
print_timeline_rows (const Row *row)
{
  g_autofree char *bench = g_build_filename (build_dir, "bench", "bench-timeline", NULL);
  g_autofree char *xvfb = g_find_program_in_path ("xvfb-run");
  g_autofree char *out = NULL;
  g_auto (GStrv) lines = NULL;
  double wall, cpu;
  glong kb;
  char *argv[] = { xvfb, "-a", "-s", "-screen 0 1920x1080x24", bench, "--tsv", NULL };

  if (!g_file_test (bench, G_FILE_TEST_IS_EXECUTABLE))
    {
      print_row (row->label, row->input_label, "-", "-", "-", "-", "-",
                 "skipped: no bench-timeline (configure with -Dui=true)");
      return;
    }
  if (xvfb == NULL)
    {
      print_row (row->label, row->input_label, "-", "-", "-", "-", "-",
                 "skipped: xvfb-run not installed");
      return;
    }
  if (!spawn_measured (argv, NULL, &out, &wall, &cpu, &kb))
    {
      print_row (row->label, row->input_label, "-", "-", "-", "-", "-", "failed");
      return;
    }
  /* view \t items \t first-frame wall \t first-frame CPU \t cold layout \t cold snapshot
   * \t pan mean \t pan max (ms) */
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      g_autofree char *label = NULL;
      g_autofree char *input = NULL;
      g_autofree char *first_wall = NULL;
      g_autofree char *first_cpu = NULL;
      g_autofree char *note = NULL;
      g_autofree char *pan = NULL;
      g_autofree char *pan_note = NULL;

      if (g_strv_length (f) < 8)
        continue;
      input = atoi (f[1]) % 1000 == 0 ? g_strdup_printf ("%uk items, %s", atoi (f[1]) / 1000, f[0])
                                      : g_strdup_printf ("%s items, %s", f[1], f[0]);
      first_wall = format_time (g_ascii_strtod (f[2], NULL) / 1e3);
      first_cpu = format_time (g_ascii_strtod (f[3], NULL) / 1e3);
      note = g_strdup_printf ("cold layout %s + snapshot %s ms, best of cold runs (target < 8 ms)",
                              f[4], f[5]);
      print_row ("timeline layout + 1st frame", input, first_wall, first_cpu, "-", "-", "-", note);
      pan = format_time (g_ascii_strtod (f[6], NULL) / 1e3);
      pan_note = g_strdup_printf ("mean, incl. render; max %s ms (target < 16 ms)", f[7]);
      print_row ("timeline pan frame", input, "-", pan, "-", "-", "-", pan_note);
    }
}

static char *
write_input (const char *dir, const char *name, const GString *data)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  if (!g_file_set_contents (path, data->str, data->len, &error))
    g_error ("%s", error->message);
  return path;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Writes the inputs; runs in a child process of its own so that the parent, whose children
 * inherit its peak memory in their rusage, stays small. */
static int
generate_inputs (const char *dir, char **sizes, char **doc_counts, char **corpus_sizes,
                 guint32 seed)
{
  for (guint i = 0; sizes[i]; i++)
    {
      double mb = g_ascii_strtod (sizes[i], NULL);
      g_autoptr (DossierBenchCorpus) gen = dossier_bench_corpus_new (seed + i);
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (GString) html = g_string_new (NULL);
      g_autofree char *text_name = g_strdup_printf ("statements-%sMB.txt", sizes[i]);
      g_autofree char *html_name = g_strdup_printf ("statements-%sMB.html", sizes[i]);
      g_autofree char *text_path = NULL;
      g_autofree char *html_path = NULL;

      if (mb <= 0)
        continue;
      dossier_bench_corpus_fill (gen, text, (gsize) (mb * 1024 * 1024));
      dossier_bench_corpus_to_html (text->str, text->len, html);
      text_path = write_input (dir, text_name, text);
      html_path = write_input (dir, html_name, html);
    }

  for (guint i = 0; doc_counts[i]; i++)
    {
      guint n = atoi (doc_counts[i]);
      g_autoptr (DossierBenchCorpus) gen = dossier_bench_corpus_new (seed + 100 + i);
      g_autofree char *sub = g_strdup_printf ("docs-%u", n);
      g_autofree char *path = g_build_filename (dir, sub, NULL);

      if (n == 0)
        continue;
      g_mkdir (path, 0755);
      for (guint k = 0; k < n; k++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          g_autofree char *name = g_strdup_printf ("statement-%05u.txt", k);
          g_autofree char *file = NULL;

          dossier_bench_corpus_statement (gen, text);
          file = write_input (path, name, text);
        }
    }

  /* Corpora of a given size in statements: as many documents as it takes. */
  for (guint i = 0; corpus_sizes[i]; i++)
    {
      double mb = g_ascii_strtod (corpus_sizes[i], NULL);
      g_autoptr (DossierBenchCorpus) gen = dossier_bench_corpus_new (seed + 200 + i);
      g_autofree char *sub = g_strdup_printf ("corpus-%sMB", corpus_sizes[i]);
      g_autofree char *path = g_build_filename (dir, sub, NULL);
      guint64 total = 0;

      if (mb <= 0)
        continue;
      g_mkdir (path, 0755);
      for (guint k = 0; total < (guint64) (mb * 1048576); k++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          g_autofree char *name = g_strdup_printf ("statement-%05u.txt", k);
          g_autofree char *file = NULL;

          dossier_bench_corpus_statement (gen, text);
          file = write_input (path, name, text);
          total += text->len;
        }
    }
  return 0;
}

static guint64
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

/* Every file of a corpus directory: their number and total size. */
static guint64
dir_size (const char *path, guint *n_files)
{
  g_autoptr (GPtrArray) files = dossier_bench_list_dir (path);
  guint64 total = 0;

  for (guint k = 0; k < files->len; k++)
    total += file_size (g_ptr_array_index (files, k));
  *n_files = files->len;
  return total;
}

static GPtrArray *
build_rows (const char *dir, char **sizes, char **doc_counts, char **corpus_sizes)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint i = 0; sizes[i]; i++)
    {
      double mb = g_ascii_strtod (sizes[i], NULL);
      g_autofree char *text_name = g_strdup_printf ("statements-%sMB.txt", sizes[i]);
      g_autofree char *html_name = g_strdup_printf ("statements-%sMB.html", sizes[i]);
      g_autofree char *text_path = g_build_filename (dir, text_name, NULL);
      g_autofree char *html_path = g_build_filename (dir, html_name, NULL);
      guint64 text_len = file_size (text_path), html_len = file_size (html_path);
      g_autofree char *text_label = g_strdup_printf ("%.1f MB text", text_len / 1048576.0);
      g_autofree char *html_label = g_strdup_printf ("%.1f MB HTML", html_len / 1048576.0);
      guint repeat = mb <= 2 ? 7 : mb <= 8 ? 5 : 3;

      if (mb <= 0)
        continue;
      g_ptr_array_add (rows, row_new (ROW_STAGE, "import+normalize (text)", "import", text_path,
                                      text_label, text_len, repeat));
      g_ptr_array_add (rows, row_new (ROW_WC, "wc -w (reference)", NULL, text_path, text_label,
                                      text_len, repeat));
      g_ptr_array_add (rows, row_new (ROW_STAGE, "import+normalize (HTML)", "import", html_path,
                                      html_label, html_len, repeat));
      g_ptr_array_add (rows, row_new (ROW_STAGE, "segment (sentences+tokens)", "segment", text_path,
                                      text_label, text_len, repeat));
    }

  for (guint i = 0; doc_counts[i]; i++)
    {
      guint n = atoi (doc_counts[i]);
      g_autofree char *sub = g_strdup_printf ("docs-%u", n);
      g_autofree char *path = g_build_filename (dir, sub, NULL);
      g_autoptr (GPtrArray) files = NULL;
      g_autofree char *label = NULL;
      guint64 total = 0;

      if (n == 0)
        continue;
      files = dossier_bench_list_dir (path);
      for (guint k = 0; k < files->len; k++)
        total += file_size (g_ptr_array_index (files, k));
      label = g_strdup_printf ("%u docs, %.1f MB", n, total / 1048576.0);
      g_ptr_array_add (rows, row_new (ROW_STAGE, "import (documents)", "import-docs", path, label,
                                      total, n <= 100 ? 5 : 3));
      g_ptr_array_add (
          rows, row_new (ROW_STAGE, "entities", "entities", path, label, total, n <= 100 ? 3 : 1));
      g_ptr_array_add (rows, row_new (ROW_STAGE, "temporal + events", "events", path, label, total,
                                      n <= 100 ? 3 : 1));
      g_ptr_array_add (
          rows, row_new (ROW_STAGE, "linker", "linker", path, label, total, n <= 100 ? 3 : 1));
      g_ptr_array_add (rows, row_new (ROW_STAGE, "analysis (all stages)", "analysis", path, label,
                                      total, n <= 100 ? 3 : 1));
    }

  /* Throughput against corpus size: linear growth shows as a constant MB/s. */
  for (guint i = 0; corpus_sizes[i]; i++)
    {
      g_autofree char *sub = g_strdup_printf ("corpus-%sMB", corpus_sizes[i]);
      g_autofree char *path = g_build_filename (dir, sub, NULL);
      g_autofree char *label = NULL;
      guint n_files = 0;
      guint64 total;

      if (g_ascii_strtod (corpus_sizes[i], NULL) <= 0)
        continue;
      total = dir_size (path, &n_files);
      label = g_strdup_printf ("%.1f MB, %u docs", total / 1048576.0, n_files);
      g_ptr_array_add (rows, row_new (ROW_STAGE, "entities", "entities", path, label, total, 3));
      g_ptr_array_add (rows, row_new (ROW_WC, "wc -w (reference)", NULL, path, label, total, 3));
      g_ptr_array_add (rows, row_new (ROW_STAGE, "temporal tagger (segmented)", "temporal", path,
                                      label, total, 3));
      g_ptr_array_add (rows,
                       row_new (ROW_STAGE, "temporal + events", "events", path, label, total, 3));
    }

  g_ptr_array_add (rows,
                   row_new (ROW_COLD_START, "app cold start", NULL, NULL, "sample (3 docs)", 0, 3));
  g_ptr_array_add (rows, row_new (ROW_TIMELINE, "timeline", NULL, NULL, "10000 items", 0, 1));
  return rows;
}

int
main (int argc, char **argv)
{
  g_autofree char *stage = NULL;
  g_autofree char *input = NULL;
  g_autofree char *sizes_opt = NULL;
  g_autofree char *docs_opt = NULL;
  g_autofree char *corpus_opt = NULL;
  g_autofree char *build_opt = NULL;
  g_autofree char *keep_dir = NULL;
  g_autofree char *generate = NULL;
  int repeat = 1;
  int seed = 20240411;
  gboolean quick = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sizes = NULL;
  g_auto (GStrv) doc_counts = NULL;
  g_auto (GStrv) corpus_sizes = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "stage", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &stage, NULL, NULL },
    { "input", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &input, NULL, NULL },
    { "repeat", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &repeat, NULL, NULL },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_opt, "Text sizes in MB (default 1,5,20)", "LIST" },
    { "docs", 0, 0, G_OPTION_ARG_STRING, &docs_opt,
      "Corpus sizes in documents (default 10,100,1000)", "LIST" },
    { "corpus-mb", 0, 0, G_OPTION_ARG_STRING, &corpus_opt,
      "Corpus sizes in MB of statements, for throughput (default 5,10,20)", "LIST" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "Small sizes only (1 MB; 10 documents; a 1 MB corpus)", NULL },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the corpus generator", "N" },
    { "build-dir", 0, 0, G_OPTION_ARG_FILENAME, &build_opt, "Build directory, to find the app",
      "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_dir, "Write the inputs to DIR and keep them",
      "DIR" },
    { "generate", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &generate, NULL, NULL },
    { NULL },
  };

  context = g_option_context_new ("- Dossier benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (stage != NULL)
    return dossier_bench_run_stage (stage, input, MAX (repeat, 1));

  self_exe = argv[0];
  if (build_opt != NULL)
    build_dir = build_opt;
  else
    {
      /* BUILD/bench/dossier-bench */
      g_autofree char *bench_dir = g_path_get_dirname (argv[0]);
      build_opt = g_path_get_dirname (bench_dir);
      build_dir = build_opt;
    }
  sizes = g_strsplit (sizes_opt ? sizes_opt : quick ? "1" : "1,5,20", ",", -1);
  doc_counts = g_strsplit (docs_opt ? docs_opt : quick ? "10" : "10,100,1000", ",", -1);
  corpus_sizes = g_strsplit (corpus_opt ? corpus_opt : quick ? "1" : "5,10,20", ",", -1);

  if (generate != NULL)
    return generate_inputs (generate, sizes, doc_counts, corpus_sizes, seed);

  if (keep_dir != NULL)
    {
      g_mkdir_with_parents (keep_dir, 0755);
      dir = g_strdup (keep_dir);
    }
  else if ((dir = g_dir_make_tmp ("dossier-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_printerr ("Generating inputs in %s ...\n", dir);
  {
    g_autofree char *seed_str = g_strdup_printf ("%d", seed);
    g_autofree char *sizes_str = g_strjoinv (",", sizes);
    g_autofree char *docs_str = g_strjoinv (",", doc_counts);
    g_autofree char *corpus_str = g_strjoinv (",", corpus_sizes);
    char *gen_argv[]
        = { (char *) self_exe, "--generate",  dir,        "--sizes", sizes_str, "--docs",
            docs_str,          "--corpus-mb", corpus_str, "--seed",  seed_str,  NULL };
    int status = 0;

    if (!g_spawn_sync (NULL, gen_argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                       &status, &error)
        || !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("dossier-bench: generating the inputs failed: %s\n", error->message);
        return 1;
      }
  }
  rows = build_rows (dir, sizes, doc_counts, corpus_sizes);

  print_row ("stage", "input", "time", "CPU time", "MB/s", "MB/s CPU", "peak RSS", "");
  print_row ("------------------------------", "------------------------", "----------",
             "----------", "--------", "--------", "---------", "");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = g_ptr_array_index (rows, i);
      Result res;
      g_autofree char *time = NULL;
      g_autofree char *cpu = NULL;
      g_autofree char *mbs = NULL;
      g_autofree char *cpu_mbs = NULL;
      g_autofree char *rss = NULL;

      if (row->kind == ROW_TIMELINE)
        {
          print_timeline_rows (row);
          continue;
        }
      measure (row, &res);
      if (!res.ok)
        {
          print_row (row->label, row->input_label, "-", "-", "-", "-", "-",
                     res.note ? res.note : "failed");
          g_free (res.note);
          continue;
        }
      time = format_time (res.seconds);
      cpu = res.cpu > 0 ? format_time (res.cpu) : g_strdup ("-");
      mbs = row->bytes > 0 ? g_strdup_printf ("%.1f", row->bytes / 1048576.0 / res.seconds)
                           : g_strdup ("-");
      cpu_mbs = row->bytes > 0 && res.cpu > 0
                    ? g_strdup_printf ("%.1f", row->bytes / 1048576.0 / res.cpu)
                    : g_strdup ("-");
      rss = res.peak_kb > 0 ? g_strdup_printf ("%.1f MB", res.peak_kb / 1024.0) : g_strdup ("-");
      print_row (row->label, row->input_label, time, cpu, mbs, cpu_mbs, rss, res.note);
      g_free (res.note);
    }

  if (keep_dir == NULL)
    remove_tree (dir);
  return 0;
}
