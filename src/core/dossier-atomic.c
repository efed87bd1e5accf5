/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* fsync, link, realpath and O_CLOEXEC are POSIX, hidden by -std=c11. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "dossier-atomic.h"

/*
 * Replacing a file so that a crash or power loss at any instant leaves the old or the new
 * contents under its name, never a mix or nothing:
 *   1. write the new contents to a fresh temporary file in the same folder (same file
 *      system, so step 3 is a rename) and fsync it, so its blocks are on disk before its name;
 *   2. point the backup name at the old file with a hard link (a copy where links are not
 *      supported), through a temporary name and a rename, so the backup too is always whole;
 *   3. rename the temporary file over the target: POSIX makes this atomic;
 *   4. fsync the folder so the rename itself survives a power loss.
 * g_file_replace() does most of this but neither fsyncs the folder nor lets the test below
 * reason about each step.
 */

static gboolean
set_errno_error (GError **error, int errsv, const char *what, const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "%s “%s”: %s", what, display,
               g_strerror (errsv));
  return FALSE;
}

static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
fsync_path (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int r;

  if (fd < 0)
    return FALSE;
  r = fsync (fd);
  /* Some file systems refuse fsync on folders; nothing more can be done there. */
  if (r < 0 && (errno == EINVAL || errno == EROFS || errno == EBADF))
    r = 0;
  close (fd);
  return r == 0;
}

static gboolean
copy_file (const char *from, const char *to, GError **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  int fd;

  if (!g_file_get_contents (from, &contents, &length, error))
    return FALSE;
  fd = g_open (to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, _ ("Could not create"), to);
  if (!write_all (fd, contents, length) || fsync (fd) < 0)
    {
      int errsv = errno;
      close (fd);
      g_unlink (to);
      return set_errno_error (error, errsv, _ ("Could not write"), to);
    }
  close (fd);
  return TRUE;
}

static gboolean
update_backup (const char *path, const char *backup, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (backup);
  g_autofree char *tmp = NULL;
  int r = -1;

  /* A name of our own next to the backup, so concurrent saves do not share it. */
  for (guint attempt = 0; attempt < 16; attempt++)
    {
      g_free (tmp);
      tmp = g_strdup_printf ("%s/.%s.%08x", dir, base, g_random_int ());
      r = link (path, tmp);
      if (r == 0 || errno != EEXIST)
        break;
    }
  if (r < 0)
    {
      int errsv = errno;
      if (errsv != EPERM && errsv != ENOTSUP && errsv != EOPNOTSUPP && errsv != EXDEV
          && errsv != EMLINK && errsv != ENOSYS)
        return set_errno_error (error, errsv, _ ("Could not keep a backup of"), path);
      if (!copy_file (path, tmp, error))
        return FALSE;
    }
  if (g_rename (tmp, backup) < 0)
    {
      int errsv = errno;
      g_unlink (tmp);
      return set_errno_error (error, errsv, _ ("Could not keep a backup of"), path);
    }
  return TRUE;
}

/**
 * dossier_atomic_backup_path:
 *
 * Returns: (transfer full): where dossier_atomic_write() keeps the previous version of @path
 */
char *
dossier_atomic_backup_path (const char *path)
{
  return g_strconcat (path, "~", NULL);
}

/**
 * dossier_atomic_write:
 * @path: the file to replace or create; a symbolic link is followed
 * @keep_backup: keep the previous contents as dossier_atomic_backup_path()
 *
 * Returns: whether @path now holds @data; on failure it still holds what it held
 */
gboolean
dossier_atomic_write (const char *path, const char *data, gsize length, gboolean keep_backup,
                      GError **error)
{
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  GStatBuf st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* Replace the file a link points to, not the link. */
  real = realpath (path, NULL);
  if (real == NULL)
    real = g_strdup (path);
  exists = g_stat (real, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    return set_errno_error (error, EISDIR, _ ("Could not replace"), real);

  dir = g_path_get_dirname (real);
  base = g_path_get_basename (real);
  tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, _ ("Could not create a file in the folder of"), real);
  /* g_mkstemp_full() created it as 0666 less the umask, like any new document; a replaced
   * file keeps its permissions. */
  if (exists)
    fchmod (fd, st.st_mode & 07777);

  if (!write_all (fd, data, length) || fsync (fd) < 0)
    {
      int errsv = errno;
      close (fd);
      g_unlink (tmp);
      return set_errno_error (error, errsv, _ ("Could not write"), real);
    }
  if (close (fd) < 0)
    {
      int errsv = errno;
      g_unlink (tmp);
      return set_errno_error (error, errsv, _ ("Could not write"), real);
    }

  if (exists && keep_backup)
    {
      g_autofree char *backup = dossier_atomic_backup_path (real);
      if (!update_backup (real, backup, error))
        {
          g_unlink (tmp);
          return FALSE;
        }
    }

  if (g_rename (tmp, real) < 0)
    {
      int errsv = errno;
      g_unlink (tmp);
      return set_errno_error (error, errsv, _ ("Could not replace"), real);
    }
  if (!fsync_path (dir))
    return set_errno_error (error, errno, _ ("Could not write"), dir);
  return TRUE;
}
