/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dossier-analysis.h"
#include "dossier-export-annotations.h"
#include "dossier-import.h"
#include "dossier-workspace.h"

static void
usage (FILE *out)
{
  fprintf (out, "%s",
           _("Usage:\n"
             "  dossier-cli text FILE                 print the normalized text\n"
             "  dossier-cli analyze --json FILE...    print the analysis as JSON\n"
             "  dossier-cli annotations export WORKSPACE --format w3c|markdown\n"
             "                                        print a workspace's annotations\n"));
}

static DossierDocument *
load (const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  DossierDocument *doc = dossier_import_file (file, NULL, NULL, NULL, error);

  /* The contract keeps the path as it was given, not as GIO resolves it. */
  if (doc != NULL)
    g_object_set_data_full (G_OBJECT (doc), "dossier-cli-path", g_strdup (path), g_free);
  return doc;
}

static void
warn_repairs (DossierDocument *doc, const char *path)
{
  guint n = dossier_document_get_n_repairs (doc);

  if (n > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: replaced %u invalid UTF-8 sequence with U+FFFD\n",
                             "%s: replaced %u invalid UTF-8 sequences with U+FFFD\n", n),
                path, n);
}

static int
cmd_text (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = NULL;
  const char *text;

  if (argc != 1)
    {
      usage (stderr);
      return 2;
    }
  doc = load (argv[0], &error);
  if (doc == NULL)
    {
      g_printerr ("dossier-cli: %s\n", error->message);
      return 1;
    }
  warn_repairs (doc, argv[0]);
  text = dossier_document_get_text (doc);
  fwrite (text, 1, dossier_document_get_text_bytes (doc), stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

static int
cmd_analyze (int argc, char **argv)
{
  g_autoptr (DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr (DossierAnalysis) analysis = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonGenerator) gen = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  gboolean want_json = FALSE;
  int n_files = 0;

  for (int i = 0; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--json") == 0)
        want_json = TRUE;
      else
        n_files++;
    }
  if (!want_json || n_files == 0)
    {
      usage (stderr);
      return 2;
    }

  for (int i = 0; i < argc; i++)
    {
      g_autoptr (DossierDocument) doc = NULL;

      if (g_strcmp0 (argv[i], "--json") == 0)
        continue;
      doc = load (argv[i], &error);
      if (doc == NULL)
        {
          g_printerr ("dossier-cli: %s\n", error->message);
          return 1;
        }
      warn_repairs (doc, argv[i]);
      dossier_corpus_add (corpus, doc);
    }

  analysis = dossier_analysis_new (corpus);
  if (!dossier_analysis_run (analysis, NULL, &error))
    {
      g_printerr ("dossier-cli: %s\n", error->message);
      return 1;
    }

  root = dossier_analysis_to_json (analysis);
  {
    /* Paths as given on the command line. */
    JsonArray *docs = json_object_get_array_member (json_node_get_object (root), "documents");
    for (guint i = 0; i < json_array_get_length (docs); i++)
      {
        DossierDocument *doc = dossier_corpus_get_document (corpus, i);
        json_object_set_string_member (json_array_get_object_element (docs, i), "path",
                                       g_object_get_data (G_OBJECT (doc), "dossier-cli-path"));
      }
  }
  gen = json_generator_new ();
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json = json_generator_to_data (gen, NULL);
  fputs (json, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

static int
cmd_annotations (int argc, char **argv)
{
  g_autoptr (DossierWorkspace) workspace = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  const char *format = "w3c";
  const char *path = NULL;

  if (argc < 1 || g_strcmp0 (argv[0], "export") != 0)
    {
      usage (stderr);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--format") == 0 && i + 1 < argc)
        format = argv[++i];
      else if (g_str_has_prefix (argv[i], "--format="))
        format = argv[i] + strlen ("--format=");
      else if (path == NULL && argv[i][0] != '-')
        path = argv[i];
      else
        {
          usage (stderr);
          return 2;
        }
    }
  if (path == NULL || (g_strcmp0 (format, "w3c") != 0 && g_strcmp0 (format, "markdown") != 0))
    {
      usage (stderr);
      return 2;
    }

  file = g_file_new_for_commandline_arg (path);
  workspace = dossier_workspace_load (file, NULL, &error);
  if (workspace == NULL)
    {
      g_printerr ("dossier-cli: %s\n", error->message);
      return 1;
    }
  if (g_str_equal (format, "w3c"))
    out = dossier_export_annotations_w3c_to_string (workspace);
  else
    out = dossier_export_annotations_markdown (workspace);
  fputs (out, stdout);
  if (!g_str_has_suffix (out, "\n"))
    fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_strcmp0 (argv[1], "--help") == 0 || g_strcmp0 (argv[1], "-h") == 0)
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }
  if (g_strcmp0 (argv[1], "text") == 0)
    return cmd_text (argc - 2, argv + 2);
  if (g_strcmp0 (argv[1], "analyze") == 0)
    return cmd_analyze (argc - 2, argv + 2);
  if (g_strcmp0 (argv[1], "annotations") == 0)
    return cmd_annotations (argc - 2, argv + 2);

  g_printerr (_("dossier-cli: unknown command “%s”\n"), argv[1]);
  usage (stderr);
  return 2;
}
