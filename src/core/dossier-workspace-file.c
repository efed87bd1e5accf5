/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* realpath() is POSIX, hidden by -std=c11. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-atomic.h"
#include "dossier-workspace-private.h"

/*
 * Workspace files on disk: loading (never writing to the file being read), atomic saving
 * with a backup of the previous version, and recovery copies in the user's cache folder
 * that the UI writes on a timer and offers after a crash.
 */

static char *
display_name (GFile *file)
{
  g_autofree char *base = file ? g_file_get_basename (file) : NULL;

  return base ? g_filename_display_name (base) : g_strdup (_ ("the workspace"));
}

/* Relative document paths start from the folder of the real file, so opening a workspace
 * through a symbolic link finds the same documents as opening it directly. */
static GFile *
base_folder (GFile *file)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  char *real = path ? realpath (path, NULL) : NULL;

  if (real != NULL)
    {
      g_autoptr (GFile) resolved = g_file_new_for_path (real);
      free (real);
      return g_file_get_parent (resolved);
    }
  return file ? g_file_get_parent (file) : NULL;
}

/**
 * dossier_workspace_load_from_data:
 * @data: (array length=length): the contents of a workspace file
 * @file: (nullable): where it came from; relative document paths start from its folder
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set
 */
DossierWorkspace *
dossier_workspace_load_from_data (const char *data, gsize length, GFile *file, GError **error)
{
  g_autoptr (GFile) base = base_folder (file);
  DossierWorkspaceData parsed;
  DossierWorkspace *self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dossier_workspace_data_init (&parsed);
  if (dossier_workspace_io_parse (data, length, base, &parsed, error))
    self = dossier_workspace_new_from_data (&parsed, file);
  dossier_workspace_data_clear (&parsed);
  return self;
}

static char *
read_bounded (GFile *file, gsize *length, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *name = display_name (file);
  char *contents = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ,
                     _ ("“%s” does not exist"), name);
      else
        g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ,
                     _ ("Could not read “%s”: %s"), name, local->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ,
                   _ ("“%s” is not a workspace file"), name);
      return NULL;
    }
  /* Refused before reading: a huge file should not cost its size in memory. */
  if ((guint64) g_file_info_get_size (info) > DOSSIER_WORKSPACE_MAX_FILE_BYTES)
    {
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));
      g_autofree char *max = g_format_size (DOSSIER_WORKSPACE_MAX_FILE_BYTES);
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE,
                   _ ("“%s” is too large to be a workspace (%s; the limit is %s)"), name, size,
                   max);
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, length, NULL, &local))
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ,
                   _ ("Could not read “%s”: %s"), name, local->message);
      return NULL;
    }
  return contents;
}

/**
 * dossier_workspace_load:
 * @file: a `.dossier` file
 *
 * Reads and checks the workspace. Documents that cannot be found are marked missing (see
 * dossier_workspace_document_get_missing()); their annotations are loaded all the same. The
 * documents are not imported: call dossier_workspace_open_documents() or attach them.
 * The file is only read, whatever its contents.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set
 */
DossierWorkspace *
dossier_workspace_load (GFile *file, GCancellable *cancellable, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  DossierWorkspace *self;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = read_bounded (file, &length, cancellable, error);
  if (contents == NULL)
    return NULL;
  self = dossier_workspace_load_from_data (contents, length, file, error);
  if (self == NULL)
    {
      name = display_name (file);
      g_prefix_error (error, _ ("Could not open “%s”: "), name);
    }
  return self;
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  DossierWorkspace *self = dossier_workspace_load (task_data, cancellable, &error);

  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * dossier_workspace_load_async:
 *
 * Loads @file in a worker thread, as dossier_workspace_load() does.
 */
void
dossier_workspace_load_async (GFile *file, GCancellable *cancellable, GAsyncReadyCallback callback,
                              gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_workspace_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * dossier_workspace_load_finish:
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set
 */
DossierWorkspace *
dossier_workspace_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dossier_workspace_to_data:
 * @file: (nullable): where the data will be saved, for relative document paths; %NULL
 *   writes absolute paths
 * @length: (out) (optional): the length of the result
 *
 * Returns: (transfer full): the workspace file contents
 */
char *
dossier_workspace_to_data (DossierWorkspace *self, GFile *file, gsize *length)
{
  g_autoptr (GFile) base = base_folder (file);
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonGenerator) gen = json_generator_new ();

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);

  root = dossier_workspace_io_build (self, base, FALSE);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, length);
}

static gboolean
write_file (GFile *file, const char *data, gsize length, gboolean backup, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = display_name (file);
  g_autoptr (GError) local = NULL;

  if (path == NULL)
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_WRITE,
                   _ ("Could not save “%s”: only local files can hold workspaces"), name);
      return FALSE;
    }
  if (!dossier_atomic_write (path, data, length, backup, &local))
    {
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_WRITE,
                   _ ("Could not save “%s”: %s"), name, local->message);
      return FALSE;
    }
  return TRUE;
}

static GFile *
target_file (DossierWorkspace *self, GFile *file, GError **error)
{
  GFile *target = file ? file : dossier_workspace_get_file (self);

  if (target == NULL)
    g_set_error_literal (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NO_FILE,
                         _ ("The workspace has no file yet; choose where to save it"));
  return target;
}

static void
saved (DossierWorkspace *self, GFile *file, guint64 change_count)
{
  /* The recovery copy is stale now, under the old name and the new. */
  dossier_workspace_discard_recovery (self);
  dossier_workspace_set_file (self, file);
  dossier_workspace_discard_recovery (self);
  if (dossier_workspace_get_change_count (self) == change_count)
    dossier_workspace_set_modified (self, FALSE);
}

/**
 * dossier_workspace_save:
 * @file: (nullable): where to save ("Save As"), or %NULL for the workspace's own file
 *
 * Saves atomically: the file holds either the previous or the new contents at every instant,
 * and the previous version is kept next to it as `NAME.dossier~`. On success the workspace
 * takes @file as its file, is no longer modified, and its recovery copy is removed.
 *
 * Returns: whether the workspace was saved
 */
gboolean
dossier_workspace_save (DossierWorkspace *self, GFile *file, GCancellable *cancellable,
                        GError **error)
{
  g_autofree char *data = NULL;
  guint64 change_count;
  gsize length = 0;
  GFile *target;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  target = target_file (self, file, error);
  if (target == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  g_object_ref (target);
  change_count = dossier_workspace_get_change_count (self);
  data = dossier_workspace_to_data (self, target, &length);
  if (!write_file (target, data, length, TRUE, error))
    {
      g_object_unref (target);
      return FALSE;
    }
  saved (self, target, change_count);
  g_object_unref (target);
  return TRUE;
}

typedef struct
{
  GFile *file;
  char *data;
  gsize length;
  guint64 change_count;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_free (job->data);
  g_free (job);
}

static void
save_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (write_file (job->file, job->data, job->length, TRUE, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * dossier_workspace_save_async:
 * @file: (nullable): as for dossier_workspace_save()
 *
 * Takes a snapshot now and writes it in a worker thread. Changes made meanwhile keep the
 * workspace modified.
 */
void
dossier_workspace_save_async (DossierWorkspace *self, GFile *file, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  GError *error = NULL;
  GFile *target;
  SaveJob *job;

  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_workspace_save_async);
  target = target_file (self, file, &error);
  if (target == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (target);
  job->change_count = dossier_workspace_get_change_count (self);
  job->data = dossier_workspace_to_data (self, target, &job->length);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
dossier_workspace_save_finish (DossierWorkspace *self, GAsyncResult *result, GError **error)
{
  SaveJob *job;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  saved (self, job->file, job->change_count);
  return TRUE;
}

/* Recovery copies */

static char *
recovery_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "dossier", "recovery", NULL);
}

static GFile *
recovery_file_for (GFile *file, const char *session_id)
{
  g_autofree char *dir = recovery_dir ();
  g_autofree char *name = NULL;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

      /* A hash of the location: one copy per workspace, whatever its name. */
      name = g_strdup_printf ("%.32s" DOSSIER_WORKSPACE_SUFFIX, hash);
    }
  else
    name = g_strdup_printf ("untitled-%s" DOSSIER_WORKSPACE_SUFFIX, session_id);
  return g_file_new_build_filename (dir, name, NULL);
}

/**
 * dossier_workspace_get_recovery_file:
 *
 * Returns: (transfer full): where dossier_workspace_save_recovery() writes for @self, in
 *   `$XDG_CACHE_HOME/dossier/recovery/`
 */
GFile *
dossier_workspace_get_recovery_file (DossierWorkspace *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), NULL);
  return recovery_file_for (dossier_workspace_get_file (self),
                            dossier_workspace_get_session_id (self));
}

/**
 * dossier_workspace_save_recovery:
 *
 * Writes a recovery copy (atomically, with absolute document paths) without touching the
 * workspace file or the modified flag. The UI calls this on a timer while there are unsaved
 * changes; a successful save or dossier_workspace_discard_recovery() removes the copy.
 *
 * Returns: whether the copy was written
 */
gboolean
dossier_workspace_save_recovery (DossierWorkspace *self, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) dir = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (GError) local = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir_path = recovery_dir ();
  gsize length;

  g_return_val_if_fail (DOSSIER_IS_WORKSPACE (self), FALSE);

  if (g_mkdir_with_parents (dir_path, 0700) < 0)
    {
      int errsv = errno;
      g_set_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_WRITE,
                   _ ("Could not create the recovery folder: %s"), g_strerror (errsv));
      return FALSE;
    }
  file = dossier_workspace_get_recovery_file (self);
  root = dossier_workspace_io_build (self, NULL, TRUE);
  json_generator_set_root (gen, root);
  data = json_generator_to_data (gen, &length);
  return write_file (file, data, length, FALSE, error);
}

/**
 * dossier_workspace_discard_recovery:
 *
 * Removes the recovery copy of @self, e.g. when the analyst quits without saving.
 */
void
dossier_workspace_discard_recovery (DossierWorkspace *self)
{
  g_autoptr (GFile) file = NULL;

  g_return_if_fail (DOSSIER_IS_WORKSPACE (self));

  file = dossier_workspace_get_recovery_file (self);
  g_file_delete (file, NULL, NULL);
}

static guint64
modification_time (GFile *file)
{
  g_autoptr (GFileInfo) info = g_file_query_info (
      file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
      G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return 0;
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC
         + g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

static int
newest_first (gconstpointer a, gconstpointer b)
{
  guint64 ta = modification_time (*(GFile **) a);
  guint64 tb = modification_time (*(GFile **) b);

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

/**
 * dossier_workspace_list_recoveries:
 *
 * For the start of the application: recovery copies left by a session that did not end
 * normally. Load one with dossier_workspace_load_recovery().
 *
 * Returns: (transfer full) (element-type GFile): the recovery copies, newest first
 */
GPtrArray *
dossier_workspace_list_recoveries (void)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = recovery_dir ();
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, DOSSIER_WORKSPACE_SUFFIX) && name[0] != '.')
      g_ptr_array_add (result, g_file_new_build_filename (path, name, NULL));
  g_ptr_array_sort (result, newest_first);
  return result;
}

/**
 * dossier_workspace_find_recovery:
 * @file: a workspace file about to be opened
 *
 * Returns: (transfer full) (nullable): a recovery copy of @file newer than @file itself
 */
GFile *
dossier_workspace_find_recovery (GFile *file)
{
  g_autoptr (GFile) recovery = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  recovery = recovery_file_for (file, NULL);
  if (!g_file_query_exists (recovery, NULL))
    return NULL;
  if (g_file_query_exists (file, NULL) && modification_time (recovery) < modification_time (file))
    return NULL;
  return g_steal_pointer (&recovery);
}

/**
 * dossier_workspace_load_recovery:
 * @recovery: a recovery copy
 *
 * The workspace comes back as it was, with the file it belongs to (or none if it was never
 * saved) and marked modified, so the analyst decides whether to save it.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set
 */
DossierWorkspace *
dossier_workspace_load_recovery (GFile *recovery, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GFile) original = NULL;
  DossierWorkspaceData parsed;
  DossierWorkspace *self = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (recovery), NULL);

  contents = read_bounded (recovery, &length, NULL, error);
  if (contents == NULL)
    return NULL;

  dossier_workspace_data_init (&parsed);
  if (dossier_workspace_io_parse (contents, length, NULL, &parsed, error))
    {
      if (parsed.recovery_original == NULL)
        g_set_error_literal (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE,
                             _ ("This file is not a recovery copy"));
      else
        {
          if (*parsed.recovery_original != '\0')
            original = g_file_new_for_uri (parsed.recovery_original);
          self = dossier_workspace_new_from_data (&parsed, original);
          dossier_workspace_set_modified (self, TRUE);
        }
    }
  dossier_workspace_data_clear (&parsed);
  if (self == NULL)
    {
      name = display_name (recovery);
      g_prefix_error (error, _ ("Could not open “%s”: "), name);
    }
  return self;
}
