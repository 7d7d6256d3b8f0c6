/* test-full-disk.c: every file the app writes, on a disk with no space left
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cramp-anatomy-view.h"
#include "cramp-check-page.h"
#include "cramp-export.h"
#include "cramp-save.h"
#include "cramp-summary.h"
#include "gui-test-util.h"
#include "test-util.h"

/* What the user saved before: it must come through a failed save whole. */
#define ORIGINAL "%PDF-1.5\nThe file the user saved last week.\n%%EOF\n"

static char             *disk;
static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

static void
setup (void)
{
  window = gui_test_open_window (app, atlas, 1200, 800);
}

static void
teardown (void)
{
  g_autoptr (GDir) dir = g_dir_open (disk, 0, NULL);
  const char *name;

  gui_test_close_window (&window);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (disk, name, NULL);

      g_unlink (path);
    }
}

static CrampAnatomyView *
anatomy_view (void)
{
  return CRAMP_ANATOMY_VIEW (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_ANATOMY_VIEW));
}

/* The file @name on the disk, holding ORIGINAL if @existing, with no space
 * left beside it. */
static GFile *
file_on_full_disk (const char *name,
                   gboolean    existing)
{
  g_autofree char *path = g_build_filename (disk, name, NULL);

  if (existing)
    ck_assert (g_file_set_contents (path, ORIGINAL, -1, NULL));
  test_fill_disk (disk);

  return g_file_new_for_path (path);
}

static void
assert_no_space (const GError *error)
{
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE), "%s", error->message);
  ck_assert_msg (strstr (error->message, g_strerror (ENOSPC)) != NULL, "%s", error->message);
}

/* The original whole, beside the filler, and nothing else. */
static void
assert_untouched (GFile *file)
{
  test_assert_file_holds (g_file_peek_path (file), ORIGINAL, strlen (ORIGINAL));
  ck_assert_uint_eq (test_count_files (disk), 2);
}

static gboolean
save_summary (GFile   *file,
              GError **error)
{
  g_autoptr (CrampSelfCheck) check = cramp_self_check_new (atlas);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return cramp_summary_save_pdf (check, now, file, error);
}

static gboolean
save_export (GFile            *file,
             CrampExportFormat format,
             GError          **error)
{
  return cramp_export_save (anatomy_view (), file, format, 1920, FALSE, error);
}

START_TEST (test_a_summary_keeps_the_original)
{
  g_autoptr (GFile) file = file_on_full_disk ("summary.pdf", TRUE);
  g_autoptr (GError) error = NULL;

  ck_assert (!save_summary (file, &error));
  assert_untouched (file);
  assert_no_space (error);
}
END_TEST

static const CrampExportFormat formats[] = { CRAMP_EXPORT_PNG, CRAMP_EXPORT_SVG, CRAMP_EXPORT_HANDOUT };
static const char *const       names[] = { "drawing.png", "drawing.svg", "handout.pdf" };

START_TEST (test_an_export_keeps_the_original)
{
  g_autoptr (GFile) file = file_on_full_disk (names[_i], TRUE);
  g_autoptr (GError) error = NULL;

  ck_assert (!save_export (file, formats[_i], &error));
  assert_untouched (file);
  assert_no_space (error);
}
END_TEST

START_TEST (test_a_new_file_leaves_nothing)
{
  gboolean is_export = (guint) _i < G_N_ELEMENTS (formats);
  g_autoptr (GFile) file = file_on_full_disk (is_export ? names[_i] : "summary.pdf", FALSE);
  g_autoptr (GError) error = NULL;

  if (is_export)
    ck_assert (!save_export (file, formats[_i], &error));
  else
    ck_assert (!save_summary (file, &error));

  ck_assert_uint_eq (test_count_files (disk), 1);
  assert_no_space (error);
}
END_TEST

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* Saved from the page, the failure is said in a dialog over the page. */
START_TEST (test_the_check_page_says_why)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char  *reason = g_strdup_printf ("“summary.pdf” could not be written: %s", g_strerror (ENOSPC));
  AdwMessageDialog *dialog;
  GtkWidget        *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-check", "s", "");
  gui_test_flush (GTK_WIDGET (window));
  page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_CHECK_PAGE);
  ck_assert_ptr_nonnull (page);

  file = file_on_full_disk ("summary.pdf", TRUE);
  ck_assert (!cramp_check_page_save_summary (CRAMP_CHECK_PAGE (page), file));
  gui_test_flush (GTK_WIDGET (window));

  assert_untouched (file);
  dialog = find_dialog ();
  ck_assert_ptr_nonnull (dialog);
  ck_assert_str_eq (adw_message_dialog_get_heading (dialog), "The Summary Could Not Be Saved");
  ck_assert_str_eq (adw_message_dialog_get_body (dialog), reason);
  ck_assert (gtk_widget_get_mapped (page));
  gtk_window_destroy (GTK_WINDOW (dialog));
}
END_TEST

static Suite *
full_disk_suite (void)
{
  Suite *suite = suite_create ("full-disk");
  TCase *tcase = tcase_create ("full-disk");

  tcase_set_timeout (tcase, 60);
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_a_summary_keeps_the_original);
  tcase_add_loop_test (tcase, test_an_export_keeps_the_original, 0, G_N_ELEMENTS (formats));
  tcase_add_loop_test (tcase, test_a_new_file_leaves_nothing, 0, G_N_ELEMENTS (formats) + 1);
  tcase_add_test (tcase, test_the_check_page_says_why);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  g_autofree char *reason = NULL;
  int              status;

  /* Before any thread starts, which would keep this process out of a
   * user namespace. */
  disk = test_mount_small_disk (1024 * 1024, &reason);
  if (disk == NULL)
    {
      printf ("1..0 # SKIP %s\n", reason);
      return 0;
    }

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (full_disk_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);
  test_unmount_small_disk (disk);
  return status;
}
