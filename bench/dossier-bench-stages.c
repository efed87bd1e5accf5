/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier-analysis.h"
#include "dossier-bench-stages.h"
#include "dossier-corpus.h"
#include "dossier-entity-set.h"
#include "dossier-event-list.h"
#include "dossier-import.h"
#include "dossier-linker.h"
#include "dossier-segment.h"
#include "dossier-temporal.h"

/* The stages the runner measures, each in a child process of its own (dossier-bench --stage):
 * a stage gets its input ready untimed, then repeats its work and keeps the best time. Add a
 * stage: write a StageFunc and add it to `stages`. */

/* Wall-clock and CPU time of one repetition; the machine may be shared, so the table shows
 * both, each the best of the repetitions. */
typedef struct
{
  double wall;
  double cpu;
} Lap;

static double best_cpu = G_MAXDOUBLE;

static double
now (void);

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static Lap
lap_start (void)
{
  return (Lap){ now (), cpu_now () };
}

static double
lap_end (const Lap *lap, double best)
{
  best_cpu = MIN (best_cpu, cpu_now () - lap->cpu);
  return MIN (best, now () - lap->wall);
}

/* Runs one stage on @input @repeat times; returns the best time in seconds, or < 0. */
typedef double (*StageFunc) (const char *input, guint repeat);

static DossierDocument *
load (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_file (file, NULL, NULL, NULL, &error);

  if (doc == NULL)
    g_printerr ("dossier-bench: %s\n", error->message);
  return doc;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
stage_import (const char *input, guint repeat)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < repeat; i++)
    {
      Lap lap = lap_start ();
      g_autoptr (DossierDocument) doc = load (input);

      if (doc == NULL)
        return -1;
      best = lap_end (&lap, best);
    }
  return best;
}

static double
stage_segment (const char *input, guint repeat)
{
  g_autoptr (DossierDocument) doc = load (input);
  double best = G_MAXDOUBLE;

  if (doc == NULL)
    return -1;
  for (guint i = 0; i < repeat; i++)
    {
      GArray *sentences = NULL, *tokens = NULL;
      Lap lap = lap_start ();

      dossier_segment_document (doc, &sentences, &tokens);
      best = lap_end (&lap, best);
      g_array_unref (sentences);
      g_array_unref (tokens);
    }
  return best;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Every file of the directory @input, in name order. */
GPtrArray *
dossier_bench_list_dir (const char *input)
{
  g_autoptr (GDir) dir = g_dir_open (input, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (input, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static double
stage_import_docs (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) paths = dossier_bench_list_dir (input);
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < repeat; r++)
    {
      g_autoptr (DossierCorpus) corpus = dossier_corpus_new ();
      Lap lap = lap_start ();

      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr (DossierDocument) doc = load (g_ptr_array_index (paths, i));
          if (doc == NULL)
            return -1;
          dossier_corpus_add (corpus, doc);
        }
      best = lap_end (&lap, best);
    }
  return best;
}

/* The documents of a directory, imported (not timed). */
static GPtrArray *
load_all (const char *input)
{
  g_autoptr (GPtrArray) paths = dossier_bench_list_dir (input);
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < paths->len; i++)
    {
      DossierDocument *doc = load (g_ptr_array_index (paths, i));
      if (doc == NULL)
        return NULL;
      g_ptr_array_add (docs, doc);
    }
  return g_steal_pointer (&docs);
}

static double
stage_entities (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) docs = load_all (input);
  double best = G_MAXDOUBLE;

  for (guint r = 0; docs && r < repeat; r++)
    {
      g_autoptr (GError) error = NULL;
      Lap lap = lap_start ();
      g_autoptr (DossierEntitySet) set = dossier_entity_set_extract (docs, NULL, &error);

      if (set == NULL)
        {
          g_printerr ("dossier-bench: %s\n", error->message);
          return -1;
        }
      best = lap_end (&lap, best);
    }
  return docs ? best : -1;
}

/* The temporal tagger alone, on documents already segmented into sentences (not timed). */
static double
stage_temporal (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) docs = load_all (input);
  g_autoptr (GPtrArray) sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double best = G_MAXDOUBLE;

  if (docs == NULL)
    return -1;
  for (guint i = 0; i < docs->len; i++)
    g_ptr_array_add (sentences, dossier_segment_sentences (g_ptr_array_index (docs, i)));
  for (guint r = 0; r < repeat; r++)
    {
      Lap lap = lap_start ();
      guint n = 0;

      for (guint i = 0; i < docs->len; i++)
        {
          g_autoptr (GArray) timexes = dossier_temporal_tag_document (
              g_ptr_array_index (docs, i), g_ptr_array_index (sentences, i));

          n += timexes->len;
        }
      best = lap_end (&lap, best);
      if (n == 0)
        {
          g_printerr ("dossier-bench: no temporal expression found\n");
          return -1;
        }
    }
  return best;
}

/* Temporal tagging and events, given the entities (not timed). */
static double
stage_events (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) docs = load_all (input);
  g_autoptr (DossierEntitySet) set = NULL;
  g_autoptr (GError) error = NULL;
  double best = G_MAXDOUBLE;

  if (docs == NULL || (set = dossier_entity_set_extract (docs, NULL, &error)) == NULL)
    return -1;
  for (guint r = 0; r < repeat; r++)
    {
      Lap lap = lap_start ();
      g_autoptr (DossierEventList) events = dossier_event_list_extract (docs, set, NULL, &error);

      if (events == NULL)
        {
          g_printerr ("dossier-bench: %s\n", error->message);
          return -1;
        }
      best = lap_end (&lap, best);
    }
  return best;
}

/* Commitments to outcomes, given the entities (not timed). */
static double
stage_linker (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) docs = load_all (input);
  g_autoptr (DossierEntitySet) set = NULL;
  g_autoptr (GError) error = NULL;
  double best = G_MAXDOUBLE;

  if (docs == NULL || (set = dossier_entity_set_extract (docs, NULL, &error)) == NULL)
    return -1;
  for (guint r = 0; r < repeat; r++)
    {
      g_autoptr (DossierLinker) linker = dossier_linker_new ();
      Lap lap = lap_start ();

      dossier_linker_set_entities (linker, set);
      if (!dossier_linker_run (linker, docs, NULL, &error))
        {
          g_printerr ("dossier-bench: %s\n", error->message);
          return -1;
        }
      best = lap_end (&lap, best);
    }
  return best;
}

/* The whole analysis as the app and the CLI run it, whatever stages it has today. */
static double
stage_analysis (const char *input, guint repeat)
{
  g_autoptr (GPtrArray) paths = dossier_bench_list_dir (input);
  g_autoptr (DossierCorpus) corpus = dossier_corpus_new ();
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr (DossierDocument) doc = load (g_ptr_array_index (paths, i));
      if (doc == NULL)
        return -1;
      dossier_corpus_add (corpus, doc);
    }
  for (guint r = 0; r < repeat; r++)
    {
      g_autoptr (DossierAnalysis) analysis = dossier_analysis_new (corpus);
      g_autoptr (GError) error = NULL;
      Lap lap = lap_start ();

      if (!dossier_analysis_run (analysis, NULL, &error))
        {
          g_printerr ("dossier-bench: %s\n", error->message);
          return -1;
        }
      best = lap_end (&lap, best);
    }
  return best;
}

static const struct
{
  const char *id;
  StageFunc func;
} stages[] = {
  { "import", stage_import },           { "segment", stage_segment },
  { "import-docs", stage_import_docs }, { "entities", stage_entities },
  { "events", stage_events },           { "linker", stage_linker },
  { "analysis", stage_analysis },       { "temporal", stage_temporal },
};

/* This process's own peak: VmHWM belongs to the address space made at exec, unlike
 * ru_maxrss, which a child inherits from the parent that forked it. */
static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line ? strtol (line + 6, NULL, 10) : 0;
}

int
dossier_bench_run_stage (const char *id, const char *input, guint repeat)
{
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_str_equal (stages[i].id, id))
      {
        double seconds = stages[i].func (input, repeat);
        if (seconds < 0)
          return 1;
        printf ("%.9f %ld %.9f\n", seconds, peak_rss_kb (), best_cpu);
        return 0;
      }
  g_printerr ("dossier-bench: unknown stage %s\n", id);
  return 2;
}
