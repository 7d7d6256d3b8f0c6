/* test-chooser.c: the file chooser of an export, driven as a user would
 *
 * A test of its own: the chooser loads system libraries whose allocations
 * the leak checker tells apart only with full stacks, which are slow to
 * take in the bigger suites.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cramp-window.h"
#include "gui-test-util.h"
#include "test-util.h"

static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

static void
flush (void)
{
  gui_test_flush (GTK_WIDGET (window));
}

static void
setup (void)
{
  window = gui_test_open_window (app, atlas, 1200, 800);
}

static void
teardown (void)
{
  gui_test_close_window (&window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

/* The name the chooser suggests carries the extension, and is the file
 * written: so a file of that name is one the chooser asks about before it
 * is replaced. */
START_TEST (test_export_asks_before_replacing)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "foot-drawing.png", NULL);
  g_autofree char *typed = g_build_filename (dir, "slide", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  gint64           deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  g_autofree char *suggested = NULL;
  GtkWindow       *chooser, *question;
  gboolean         written;
  guint            n_files;

  ck_assert (g_file_set_contents (path, "mine", -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-png", NULL);
  flush ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  ck_assert_msg (chooser != NULL, "no file chooser");
  ck_assert (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  flush ();
  suggested = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  ck_assert_str_eq (suggested, "foot-drawing.png");

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  flush ();
  /* The chooser looks the file up before it asks, which takes a while on
   * a busy machine. */
  while ((question = find_toplevel (GTK_TYPE_MESSAGE_DIALOG)) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  ck_assert_msg (question != NULL, "the chooser did not ask before replacing the file");
  test_assert_file_holds (path, "mine", 4);

  gtk_window_destroy (question);
  gtk_window_destroy (chooser);
  flush ();

  /* A name typed without an extension is saved as typed, not as another
   * file that the chooser never asked about. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-png", NULL);
  flush ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  ck_assert_ptr_nonnull (chooser);
  ck_assert (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "slide");
  flush ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser looks the name up before it answers. */
  while (!g_file_test (typed, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  flush ();
  written = g_file_test (typed, G_FILE_TEST_IS_REGULAR);
  n_files = test_count_files (dir);

  for (const char *const *name = (const char *const[]){ "slide", "slide.png", "foot-drawing.png", NULL }; *name; name++)
    {
      g_autofree char *file = g_build_filename (dir, *name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
  ck_assert_msg (written, "“slide” was not written");
  ck_assert_uint_eq (n_files, 2);
}
END_TEST

/* Whether @root holds a check button labelled @label. */
static gboolean
has_check_button (GtkWidget  *root,
                  const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_check_button (child, label))
      return TRUE;

  return FALSE;
}

/* The first page of the PDF at @path, as a reader shows it: its pixels. A
 * PDF's bytes differ from one save to the next (its dates, its ids). */
static GBytes *
first_page_pixels (const char *path)
{
  g_autofree char *root = g_strconcat (path, "-page", NULL);
  g_autofree char *png = g_strconcat (root, ".png", NULL);
  const char      *argv[] = { "pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-singlefile", "-png", path, root, NULL };
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GError) error = NULL;
  int     status = 0;
  gsize   stride;
  guchar *pixels;

  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                               &error),
                 "pdftoppm: %s", error ? error->message : "");
  ck_assert_int_eq (status, 0);
  texture = gdk_texture_new_from_filename (png, &error);
  ck_assert_msg (texture != NULL, "%s", error ? error->message : "");
  g_unlink (png);

  stride = (gsize) gdk_texture_get_width (texture) * 4;
  pixels = g_malloc (stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, stride);
  return g_bytes_new_take (pixels, stride * gdk_texture_get_height (texture));
}

/* Saves the handout through the chooser, ticking "Mark the Selected
 * Region" if @mark, and returns its first page's pixels. The chooser
 * offers the tick only when @offered. */
static GBytes *
save_handout (const char *dir,
              gboolean    offered,
              gboolean    mark)
{
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  gint64     deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  GtkWindow *chooser;
  GBytes    *bytes;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-handout", NULL);
  flush ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  ck_assert_msg (chooser != NULL, "no file chooser");
  if (offered)
    {
      ck_assert (has_check_button (GTK_WIDGET (chooser), "Mark the Selected Region"));
      ck_assert_str_eq (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "selection"), "false");
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "selection", mark ? "true" : "false");
    }
  else
    ck_assert_msg (!has_check_button (GTK_WIDGET (chooser), "Mark the Selected Region"),
                   "the chooser offers to mark a selection that there is not");
  ck_assert (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "handout.pdf");
  flush ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  flush ();

  ck_assert_msg (g_file_test (path, G_FILE_TEST_IS_REGULAR), "the handout was not written");
  bytes = first_page_pixels (path);
  g_unlink (path);
  return bytes;
}

/* The handout leaves the selection out unless the chooser's tick asks for
 * it, and offers the tick only when something is selected. */
START_TEST (test_handout_marks_the_selection_when_asked)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-handout-XXXXXX", NULL);
  g_autoptr (GBytes) plain = NULL;
  g_autoptr (GBytes) unmarked = NULL;
  g_autoptr (GBytes) marked = NULL;

  plain = save_handout (dir, FALSE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select", "s", "region:heel");
  flush ();
  unmarked = save_handout (dir, TRUE, FALSE);
  marked = save_handout (dir, TRUE, TRUE);
  g_rmdir (dir);

  ck_assert_msg (g_bytes_equal (plain, unmarked), "the handout shows the selection unasked");
  ck_assert_msg (!g_bytes_equal (plain, marked), "the handout does not show the selection asked for");
}
END_TEST

static Suite *
chooser_suite (void)
{
  Suite *suite = suite_create ("chooser");
  TCase *tcase = tcase_create ("chooser");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_export_asks_before_replacing);
  tcase_add_test (tcase, test_handout_marks_the_selection_when_asked);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  int status;

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (chooser_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);
  return status;
}
