/* test-save.c: a file is written whole or not at all
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cramp-save.h"
#include "test-util.h"

#define ORIGINAL "The summary saved last week.\n"

static char         *folder;
static struct rlimit file_size_limit;

static void
setup (void)
{
  ck_assert_int_eq (getrlimit (RLIMIT_FSIZE, &file_size_limit), 0);
  folder = g_dir_make_tmp ("cramp-atlas-save-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  setrlimit (RLIMIT_FSIZE, &file_size_limit);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

static GBytes *
new_contents (gsize size)
{
  guint8 *data = g_malloc (size);

  for (gsize i = 0; i < size; i++)
    data[i] = 'a' + i % 26;

  return g_bytes_new_take (data, size);
}

static GFile *
file_in_folder (const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  return g_file_new_for_path (path);
}

static void
assert_holds (GFile  *file,
              GBytes *contents)
{
  g_autofree char *path = g_file_get_path (file);

  test_assert_file_holds (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents));
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

START_TEST (test_a_new_file_is_written_whole)
{
  g_autoptr (GFile) file = file_in_folder ("summary.pdf");
  g_autoptr (GBytes) contents = new_contents (100000);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  GStatBuf         info;

  ck_assert_msg (cramp_save_bytes (file, contents, &error), "%s", error ? error->message : "");
  assert_holds (file, contents);
  ck_assert_uint_eq (test_count_files (folder), 1);

  /* As any new file: readable by others unless the umask says otherwise. */
  ck_assert_int_eq (g_stat (path, &info), 0);
  ck_assert_uint_eq (info.st_mode & 0777, 0666 & ~current_umask ());
}
END_TEST

START_TEST (test_a_replaced_file_keeps_its_permissions)
{
  g_autoptr (GFile) file = file_in_folder ("summary.pdf");
  g_autoptr (GBytes) contents = new_contents (5000);
  g_autofree char *path = g_file_get_path (file);
  GStatBuf         info;

  ck_assert (g_file_set_contents_full (path, ORIGINAL, -1, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  ck_assert (cramp_save_bytes (file, contents, NULL));
  assert_holds (file, contents);
  ck_assert_int_eq (g_stat (path, &info), 0);
  ck_assert_uint_eq (info.st_mode & 0777, 0600);
  ck_assert_uint_eq (test_count_files (folder), 1);
}
END_TEST

START_TEST (test_saving_over_a_link_keeps_the_link)
{
  g_autoptr (GFile) link = file_in_folder ("link.png");
  g_autoptr (GFile) target = file_in_folder ("drawing.png");
  g_autoptr (GBytes) contents = new_contents (3000);
  g_autofree char *link_path = g_file_get_path (link);
  GStatBuf         info;

  ck_assert (g_file_set_contents (g_file_peek_path (target), ORIGINAL, -1, NULL));
  ck_assert_int_eq (symlink ("drawing.png", link_path), 0);
  ck_assert (cramp_save_bytes (link, contents, NULL));

  ck_assert_int_eq (g_lstat (link_path, &info), 0);
  ck_assert (S_ISLNK (info.st_mode));
  assert_holds (target, contents);
  ck_assert_uint_eq (test_count_files (folder), 2);
}
END_TEST

/* A write error, as a full disk gives, made here by a limit on the size of
 * the files this process may write: write() fails with EFBIG. */
static void
limit_file_size (rlim_t size)
{
  struct rlimit limit = { size, size };

  signal (SIGXFSZ, SIG_IGN);
  ck_assert_int_eq (setrlimit (RLIMIT_FSIZE, &limit), 0);
}

START_TEST (test_a_write_error_keeps_the_original)
{
  g_autoptr (GFile) file = file_in_folder ("summary.pdf");
  g_autoptr (GBytes) contents = new_contents (100000);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = g_strdup_printf ("“summary.pdf” could not be written: %s", g_strerror (EFBIG));

  ck_assert (g_file_set_contents (g_file_peek_path (file), ORIGINAL, -1, NULL));
  limit_file_size (4096);

  ck_assert (!cramp_save_bytes (file, contents, &error));
  test_assert_file_holds (g_file_peek_path (file), ORIGINAL, strlen (ORIGINAL));
  ck_assert_uint_eq (test_count_files (folder), 1);
  ck_assert_str_eq (error->message, message);
}
END_TEST

START_TEST (test_a_write_error_leaves_no_new_file)
{
  g_autoptr (GFile) file = file_in_folder ("drawing.png");
  g_autoptr (GBytes) contents = new_contents (100000);
  g_autoptr (GError) error = NULL;

  limit_file_size (4096);

  ck_assert (!cramp_save_bytes (file, contents, &error));
  ck_assert_uint_eq (test_count_files (folder), 0);
  ck_assert_ptr_nonnull (strstr (error->message, "“drawing.png”"));
}
END_TEST

START_TEST (test_a_missing_folder_is_an_error)
{
  g_autofree char *path = g_build_filename (folder, "gone", "summary.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GBytes) contents = new_contents (10);
  g_autoptr (GError) error = NULL;

  ck_assert (!cramp_save_bytes (file, contents, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  ck_assert_uint_eq (test_count_files (folder), 0);
}
END_TEST

START_TEST (test_only_local_files_are_written)
{
  g_autoptr (GFile) file = g_file_new_for_uri ("https://example.org/summary.pdf");
  g_autoptr (GBytes) contents = new_contents (10);
  g_autoptr (GError) error = NULL;

  ck_assert (!cramp_save_bytes (file, contents, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED));
  ck_assert_ptr_nonnull (strstr (error->message, "https://example.org/summary.pdf"));
}
END_TEST

static Suite *
save_suite (void)
{
  Suite *suite = suite_create ("save");
  TCase *tcase = tcase_create ("save");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_a_new_file_is_written_whole);
  tcase_add_test (tcase, test_a_replaced_file_keeps_its_permissions);
  tcase_add_test (tcase, test_saving_over_a_link_keeps_the_link);
  tcase_add_test (tcase, test_a_write_error_keeps_the_original);
  tcase_add_test (tcase, test_a_write_error_leaves_no_new_file);
  tcase_add_test (tcase, test_a_missing_folder_is_an_error);
  tcase_add_test (tcase, test_only_local_files_are_written);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (save_suite ());
}
