/* cramp-save.c: writes a file whole or not at all
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cramp-save.h"

/* Hidden, and short enough to fit beside any name. */
#define TEMPORARY_NAME ".cramp-atlas-XXXXXX"

static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  /* Translators: a file name, then why it could not be written, such as "No space left on device". */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("“%s” could not be written: %s"),
               name, g_strerror (saved_errno));
  return FALSE;
}

/* Saving over a symbolic link replaces what it points to and keeps the link. */
static char *
resolve_link (const char *path,
              int        *saved_errno)
{
  GStatBuf info;
  char    *real;
  char    *resolved;

  if (g_lstat (path, &info) != 0 || !S_ISLNK (info.st_mode))
    return g_strdup (path);

  real = realpath (path, NULL);
  if (real == NULL)
    {
      *saved_errno = errno;
      return NULL;
    }

  resolved = g_strdup (real);
  free (real);
  return resolved;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize written = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return FALSE;
      if (written == 0)
        {
          errno = ENOSPC;
          return FALSE;
        }

      data += written;
      size -= written;
    }

  return TRUE;
}

/* Writes @contents to the temporary file @fd and flushes it to the disk;
 * closes @fd in any case. */
static gboolean
write_temporary (int         fd,
                 GBytes     *contents,
                 const char *target,
                 int        *saved_errno)
{
  gsize         size;
  const guint8 *data = g_bytes_get_data (contents, &size);
  GStatBuf      replaced;
  gboolean      ok;

  /* A file that is replaced keeps its permissions. */
  if (g_stat (target, &replaced) == 0 && S_ISREG (replaced.st_mode))
    fchmod (fd, replaced.st_mode & 07777);

  ok = write_all (fd, data, size) && fsync (fd) == 0;
  if (!ok)
    *saved_errno = errno;

  /* Some file systems report a failed write only when the file is closed. */
  if (close (fd) != 0 && ok)
    {
      *saved_errno = errno;
      ok = FALSE;
    }

  return ok;
}

/**
 * cramp_save_bytes:
 * @file: where to save, a file on this computer
 * @contents: what to save
 * @error: the place for an error
 *
 * Writes @contents to a temporary file beside @file, flushes it to the
 * disk, and only then puts it in the place of @file. If anything fails, the
 * temporary file is removed, and a file that was there stays as it was,
 * byte for byte.
 *
 * Returns: whether @file now holds @contents
 */
gboolean
cramp_save_bytes (GFile   *file,
                  GBytes  *contents,
                  GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *temporary = NULL;
  int              saved_errno = 0;
  int              fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("“%s” is not a file on this computer, so it could not be written"), name);
      return FALSE;
    }

  target = resolve_link (path, &saved_errno);
  if (target == NULL)
    return set_errno_error (error, saved_errno, path);

  folder = g_path_get_dirname (target);
  temporary = g_build_filename (folder, TEMPORARY_NAME, NULL);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, path);

  if (!write_temporary (fd, contents, target, &saved_errno) || g_rename (temporary, target) != 0)
    {
      if (saved_errno == 0)
        saved_errno = errno;
      g_unlink (temporary);
      return set_errno_error (error, saved_errno, path);
    }

  return TRUE;
}
