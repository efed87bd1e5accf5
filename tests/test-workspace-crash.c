/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* kill(), waitpid() and readlink() are POSIX, hidden by -std=c11. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dossier-atomic.h"
#include "dossier-workspace.h"

/*
 * Kill a process while it saves, many times, at random moments, and check that the workspace
 * file is always whole: exactly one of the two versions the process alternates between, and
 * loadable; the backup too. The saving process is this program started again with
 * --crash-child; it writes 'R' when ready and 'S' after each completed save.
 */

#define ITERATIONS 200
#define N_ANNOTATIONS 300

static char *self_exe;

static DossierWorkspace *
make_workspace (char version, guint n)
{
  DossierWorkspace *ws = dossier_workspace_new ();
  const char *colours[] = { "yellow", "green", "blue", "pink", "purple" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%08x-0000-4000-8000-%012x", (guint) version, i);
      g_autofree char *hash = g_strdup_printf ("%064x", i % 7);
      g_autofree char *note = g_strdup_printf (
          "Version %c, note %u: the ministers agreed to review progress on the standing committee "
          "and to report to leaders before the next meeting; “quoted”, 한국어, and a line\nbreak.",
          version, i);
      g_autofree char *tag = g_strdup_printf ("tag-%u", i % 13);
      const char *tags[] = { tag, version == 'A' ? "alpha" : "beta", NULL };
      g_autoptr (DossierAnnotation) a = g_object_new (DOSSIER_TYPE_ANNOTATION, "id", id, "created",
                                                      "2024-01-01T00:00:00Z", NULL);
      g_autoptr (DossierWorkspaceEdit) edit = NULL;

      dossier_annotation_set_target (a, hash, i * 10, i * 10 + 8, "a passage",
                                     "text before the passage ", " and text after it");
      dossier_annotation_set_note (a, note);
      dossier_annotation_set_tags (a, tags);
      dossier_annotation_set_colour (a, colours[i % 5]);
      dossier_annotation_set_for_briefing (a, i % 3 == 0);
      dossier_annotation_set_modified (a, "2024-01-02T00:00:00Z");
      edit = dossier_workspace_add_annotation (ws, a);
    }
  return ws;
}

static int
child_main (const char *path, const char *first)
{
  g_autoptr (DossierWorkspace) a = make_workspace ('A', N_ANNOTATIONS);
  g_autoptr (DossierWorkspace) b = make_workspace ('B', N_ANNOTATIONS + 1);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  pid_t parent = getppid ();

  if (write (STDOUT_FILENO, "R", 1) != 1)
    return 1;
  for (guint i = 0; getppid () == parent; i++)
    {
      g_autoptr (GError) error = NULL;

      /* Start with the version the file does not hold, so the first save changes it. */
      gboolean save_b = (i % 2 == 0) == (first[0] == 'B');

      if (!dossier_workspace_save (save_b ? b : a, file, NULL, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      if (write (STDOUT_FILENO, "S", 1) != 1)
        return 1;
    }
  return 0;
}

static char *
contents_of (const char *path)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return g_steal_pointer (&contents);
}

/* The file holds exactly one version, byte for byte; with @load, it also loads as that one. */
static char
check_file (const char *path, const char *version_a, const char *version_b, gboolean load)
{
  g_autofree char *contents = contents_of (path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierWorkspace) ws = NULL;
  char which;

  g_assert_nonnull (contents);
  if (g_str_equal (contents, version_a))
    which = 'A';
  else if (g_str_equal (contents, version_b))
    which = 'B';
  else
    g_error ("%s holds neither version (%zu bytes)", path, strlen (contents));

  if (load)
    {
      ws = dossier_workspace_load (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==,
                        which == 'A' ? N_ANNOTATIONS : N_ANNOTATIONS + 1);
    }
  return which;
}

static guint
remove_leftovers (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
        n++;
      }
  return n;
}

static void
test_kill_while_saving (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "work.dossier", NULL);
  g_autofree char *backup = dossier_atomic_backup_path (path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (DossierWorkspace) a = make_workspace ('A', N_ANNOTATIONS);
  g_autoptr (DossierWorkspace) b = make_workspace ('B', N_ANNOTATIONS + 1);
  g_autofree char *version_a = dossier_workspace_to_data (a, file, NULL);
  g_autofree char *version_b = dossier_workspace_to_data (b, file, NULL);
  guint seen_a = 0, seen_b = 0, completed = 0, leftovers = 0;
  gint64 save_us = 0;
  char holds = 'A';

  g_assert_cmpstr (version_a, !=, version_b);
  g_assert_true (dossier_workspace_save (a, file, NULL, NULL));

  for (guint i = 0; i < ITERATIONS; i++)
    {
      const char *argv[] = { self_exe, "--crash-child", path, holds == 'A' ? "B" : "A", NULL };
      g_autoptr (GError) error = NULL;
      GPid pid;
      int out, status;
      char c;
      ssize_t n;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL,
                                               &out, NULL, &error));
      g_assert_no_error (error);
      do
        n = read (out, &c, 1);
      while (n < 0 && errno == EINTR);
      g_assert_cmpint (n, ==, 1);
      g_assert_cmpint (c, ==, 'R');

      if (i == 0)
        {
          /* Once deterministically after two whole saves, so saving is known to work; their
           * duration sets the kill window: it bounds when a save is cut, not whether. */
          gint64 t0 = g_get_monotonic_time ();

          for (guint k = 0; k < 2; k++)
            {
              g_assert_cmpint (read (out, &c, 1), ==, 1);
              g_assert_cmpint (c, ==, 'S');
            }
          completed += 2;
          save_us = MAX ((g_get_monotonic_time () - t0) / 2, 1000);
          g_test_message ("one save of %zu bytes: %" G_GINT64_FORMAT " µs", strlen (version_a),
                          save_us);
        }
      else
        g_usleep ((gulong) g_test_rand_int_range (0, (gint32) MIN (save_us * 2, G_MAXINT32)));

      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      while ((n = read (out, &c, 1)) == 1 || (n < 0 && errno == EINTR))
        if (n == 1 && c == 'S')
          completed++;
      close (out);
      g_spawn_close_pid (pid);

      holds = check_file (path, version_a, version_b, TRUE);
      if (holds == 'A')
        seen_a++;
      else
        seen_b++;
      /* The backup is whole too (the same bytes as a version that loads). */
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        check_file (backup, version_a, version_b, FALSE);
      /* Temporary files of a save that was cut short; the next save does not need them. */
      leftovers += remove_leftovers (dir);
    }

  g_test_message ("%u kills: file held A %u times, B %u times; %u saves completed; "
                  "%u kills left a temporary file (cut mid-save)",
                  ITERATIONS, seen_a, seen_b, completed, leftovers);
  g_assert_cmpuint (seen_a + seen_b, ==, ITERATIONS);
  g_assert_cmpuint (completed, >=, 2);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "--crash-child"))
    return child_main (argv[2], argv[3]);

  /* The child inherits this; saving clears recovery copies there, never in the real cache. */
  g_autofree char *cache = g_dir_make_tmp ("dossier-cache-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_canonicalize_filename (argv[0], NULL);
  g_test_add_func ("/dossier/workspace/kill-while-saving", test_kill_while_saving);
  status = g_test_run ();
  g_rmdir (cache);
  g_free (self_exe);
  return status;
}
