/* test-util.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For unshare() and the mount namespaces it makes. */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "test-util.h"

const char *const test_tight_shoes_answers[TEST_N_TIGHT_SHOES_ANSWERS] = {
  "emergency-none",
  "age-50-to-64",
  "sex-male",
  "injury-none",
  "infection-none",
  "onset-long",
  "sides-both",
  "where-arch",
  "when-night",
  "duration-short",
  "frequency-monthly",
  "activity-still",
  "shoes-tight",
  "fluids-enough",
  "medicines-none",
  "conditions-none",
  "clot-risk-none",
  "smoking-no",
  "sensation-none",
  "feet-none",
  "calf-no",
  "self-care-untried",
};

static int
run (Suite   *suite,
     gboolean fork)
{
  SRunner *runner = srunner_create (suite);
  int      failed;

  if (!fork)
    srunner_set_fork_status (runner, CK_NOFORK);

  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed == 0 ? 0 : 1;
}

/* Runs every test of @suite, each in a child process unless CK_FORK=no. */
int
test_run_suite (Suite *suite)
{
  return run (suite, TRUE);
}

/* Runs every test of @suite in this process, as widgets need. */
int
test_run_suite_no_fork (Suite *suite)
{
  return run (suite, FALSE);
}

/* Whether @message starts with "FILE:LINE:COLUMN: ". */
gboolean
test_message_has_position (const char *message,
                           const char *file_name)
{
  g_autofree char *pattern = g_strdup_printf ("^%s:[0-9]+:[0-9]+: .", file_name);

  return g_regex_match_simple (pattern, message, 0, 0);
}

/* The real content file of the source tree; a test fails if it does not load. */
CrampAtlas *
test_load_content (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_CONTENT_FILE);
  g_autoptr (GError) error = NULL;
  CrampAtlas *atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);

  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
  return atlas;
}

/**
 * test_use_locale:
 * @locale: a UTF-8 locale, such as "de_DE.UTF-8"
 *
 * Switches this process to @locale, with the app's catalogues read from the
 * build tree. A test fails if the locale is not installed.
 */
void
test_use_locale (const char *locale)
{
  g_unsetenv ("LANGUAGE");
  ck_assert_msg (setlocale (LC_ALL, locale) != NULL,
                 "The locale %s is not installed (build-aux/dev test generates it)", locale);
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

/**
 * test_load_translated_content:
 * @locale: a UTF-8 locale, such as "de_DE.UTF-8"
 *
 * Switches this process to @locale and loads the real content through the
 * catalogues of the build tree, as the app reads it there. A test fails if
 * the locale is not installed or there is no catalogue for it.
 *
 * Returns: (transfer full): the content, translated
 */
CrampAtlas *
test_load_translated_content (const char *locale)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_CONTENT_FILE);
  g_autoptr (GError) error = NULL;
  CrampAtlas *atlas;

  test_use_locale (locale);
  ck_assert_msg (!g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Heel"), "Heel"), "No catalogue for %s in %s", locale,
                 TEST_LOCALEDIR);

  atlas = cramp_atlas_new_from_file (file, GETTEXT_PACKAGE, NULL, &error);
  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
  return atlas;
}

/* A full disk */

static gboolean
write_text_file (const char *path,
                 const char *text)
{
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL);
}

/* Mounts stay in a namespace of this process and its children, so that a
 * test that dies leaves none behind. Root gets one as it is; anyone else
 * gets one in a user namespace, where the kernel allows that. */
static gboolean
enter_mount_namespace (char **reason)
{
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("%u %u 1", (guint) uid, (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("%u %u 1", (guint) gid, (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *reason = g_strdup_printf ("no mount namespace could be made: %s", g_strerror (errno));
          return FALSE;
        }

      if (!write_text_file ("/proc/self/setgroups", "deny") ||
          !write_text_file ("/proc/self/uid_map", uid_map) ||
          !write_text_file ("/proc/self/gid_map", gid_map))
        {
          *reason = g_strdup ("the user namespace could not be mapped");
          return FALSE;
        }
    }

  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    {
      *reason = g_strdup_printf ("the mounts could not be made private: %s", g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * test_mount_small_disk:
 * @size: the size of the disk in bytes
 * @reason: (out): why there is none, on failure
 *
 * Mounts a tmpfs of @size bytes on a new folder. Call it before any thread
 * starts, since a process with threads cannot enter a user namespace.
 *
 * Returns: (transfer full) (nullable): the folder
 */
char *
test_mount_small_disk (gsize  size,
                       char **reason)
{
  g_autofree char *folder = g_dir_make_tmp ("cramp-atlas-disk-XXXXXX", NULL);
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0700", size);

  g_assert_nonnull (folder);
  if (!enter_mount_namespace (reason))
    {
      g_rmdir (folder);
      return NULL;
    }

  if (mount ("cramp-atlas-test", folder, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      *reason = g_strdup_printf ("a tmpfs could not be mounted: %s", g_strerror (errno));
      g_rmdir (folder);
      return NULL;
    }

  return g_steal_pointer (&folder);
}

void
test_unmount_small_disk (char *folder)
{
  umount2 (folder, MNT_DETACH);
  g_rmdir (folder);
  g_free (folder);
}

/* Takes the rest of the space on the disk of @folder, in the file "filler". */
void
test_fill_disk (const char *folder)
{
  g_autofree char *path = g_build_filename (folder, "filler", NULL);
  char             block[4096] = { 0 };
  int              fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gssize           written;

  g_assert_cmpint (fd, >=, 0);
  do
    written = write (fd, block, sizeof block);
  while (written > 0 || (written < 0 && errno == EINTR));
  g_assert_cmpint (errno, ==, ENOSPC);
  g_close (fd, NULL);
}

/* Fails unless the file at @path holds exactly @length bytes of @contents. */
void
test_assert_file_holds (const char *path,
                        const char *contents,
                        gsize       length)
{
  g_autofree char *data = NULL;
  gsize            size = 0;

  ck_assert_msg (g_file_get_contents (path, &data, &size, NULL), "%s cannot be read", path);
  ck_assert_msg (size == length && memcmp (data, contents, length) == 0,
                 "%s holds %" G_GSIZE_FORMAT " bytes, not the %" G_GSIZE_FORMAT " expected", path, size, length);
}

/* The files in @folder, hidden ones too. */
guint
test_count_files (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint count = 0;

  ck_assert_ptr_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    count++;

  return count;
}
