/* test-startup.c: the app started as a user would, on content it must refuse
 *
 * Each run goes through g_application_run() with a command line, and must
 * show the window, or say what is wrong, within a second.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cramp-application.h"
#include "cramp-window.h"
#include "gui-test-util.h"
#include "test-util.h"

/* A second; the sanitizers make everything some times slower. */
#if defined(__SANITIZE_ADDRESS__)
#define BUDGET (3 * G_USEC_PER_SEC)
#else
#define BUDGET G_USEC_PER_SEC
#endif

static char *folder;

typedef struct
{
  int      status;
  gint64   took; /* from the start to the window on screen */
  gboolean shown;
  gboolean loaded;
  char    *error;   /* what the window says is wrong */
  GString *printed; /* what went to standard error */
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->error, g_free);
  if (outcome->printed != NULL)
    g_string_free (outcome->printed, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

static Outcome *current;
static gint64   started;
static guint    watch;
static guint    give_up;

static void
print_cb (const char *text)
{
  g_string_append (current->printed, text);
}

/* Once the window is on screen, notes what it shows, and quits. */
static gboolean
watch_cb (gpointer user_data)
{
  GtkApplication *application = user_data;
  GtkWindow      *window = gtk_application_get_active_window (application);
  g_autoptr (CrampAtlas) loaded = NULL;
  g_autoptr (GError) error = NULL;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  watch = 0;
  current->took = g_get_monotonic_time () - started;
  current->shown = TRUE;
  g_object_get (window, "atlas", &loaded, "load-error", &error, NULL);
  current->loaded = loaded != NULL;
  if (error != NULL)
    {
      current->error = g_strdup (error->message);
      ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), "The Content Could Not Be Loaded") != NULL,
                     "no error page for “%s”", error->message);
    }

  g_application_quit (G_APPLICATION (application));
  return G_SOURCE_REMOVE;
}

static gboolean
give_up_cb (gpointer user_data)
{
  give_up = 0;
  g_application_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Runs the app with @args as its command line, after the program's name. */
static void
run_app (Outcome           *outcome,
         const char *const *args)
{
  g_autoptr (CrampApplication) started_app = cramp_application_new ();
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) argv = NULL;
  GPrintFunc previous;

  g_strv_builder_add (builder, "cramp-atlas");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  current = outcome;
  outcome->printed = g_string_new (NULL);
  watch = g_timeout_add (5, watch_cb, started_app);
  give_up = g_timeout_add_seconds (20, give_up_cb, started_app);
  previous = g_set_printerr_handler (print_cb);
  started = g_get_monotonic_time ();

  outcome->status = g_application_run (G_APPLICATION (started_app), g_strv_length (argv), argv);
  if (!outcome->shown)
    outcome->took = g_get_monotonic_time () - started;

  g_set_printerr_handler (previous);
  g_clear_handle_id (&watch, g_source_remove);
  g_clear_handle_id (&give_up, g_source_remove);
  gui_test_flush (NULL);
  current = NULL;
}

static void
assert_error_page (const Outcome *outcome,
                   const char    *mentions)
{
  ck_assert_msg (outcome->shown, "no window; printed “%s”", outcome->printed->str);
  ck_assert_msg (outcome->took <= BUDGET, "the error took %.2f s", outcome->took / (double) G_USEC_PER_SEC);
  ck_assert (!outcome->loaded);
  ck_assert_ptr_nonnull (outcome->error);
  ck_assert_msg (strstr (outcome->error, mentions) != NULL, "“%s” does not hold “%s”", outcome->error, mentions);
  ck_assert_int_eq (outcome->status, 0);
}

/* The real content with @find changed to @with everywhere, in a file. */
static char *
content_with (const char *name,
              const char *find,
              const char *with)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) pieces = NULL;
  g_autofree char *edited = NULL;
  char            *path = g_build_filename (folder, name, NULL);

  ck_assert (g_file_get_contents (TEST_CONTENT_FILE, &contents, NULL, NULL));
  pieces = g_strsplit (contents, find, -1);
  ck_assert_msg (g_strv_length (pieces) > 1, "no “%s” in the content", find);
  edited = g_strjoinv (with, pieces);
  ck_assert (g_file_set_contents (path, edited, -1, NULL));
  return path;
}

static void
setup (void)
{
  folder = g_dir_make_tmp ("cramp-startup-XXXXXX", NULL);
}

static void
teardown (void)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

START_TEST (test_a_fifo)
{
  g_autofree char *path = g_build_filename (folder, "atlas.xml", NULL);
  g_auto (Outcome) outcome = { 0 };

  ck_assert_int_eq (mkfifo (path, 0600), 0);
  run_app (&outcome, (const char *const[]){ "--content", path, NULL });
  assert_error_page (&outcome, "is not a regular file");
}
END_TEST

START_TEST (test_a_name_of_100000_letters)
{
  g_autofree char *letters = g_strnfill (100000, 'A');
  g_autofree char *name = g_strdup_printf ("<name>%s</name>", letters);
  g_autofree char *path = content_with ("atlas.xml", "<name>Toes</name>", name);
  g_auto (Outcome) outcome = { 0 };

  run_app (&outcome, (const char *const[]){ "--content", path, NULL });
  assert_error_page (&outcome, "<name> of “toes” has 100000 characters");
}
END_TEST

/* Everywhere in the content, but not in the drawings. */
START_TEST (test_a_renamed_region)
{
  g_autoptr (GRegex) word = g_regex_new ("(?<=[\" ])toes(?=[\" ])", 0, 0, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *path = g_build_filename (folder, "atlas.xml", NULL);
  g_auto (Outcome) outcome = { 0 };

  ck_assert (g_file_get_contents (TEST_CONTENT_FILE, &contents, NULL, NULL));
  renamed = g_regex_replace_literal (word, contents, -1, 0, "toez", 0, NULL);
  ck_assert (g_file_set_contents (path, renamed, -1, NULL));

  run_app (&outcome, (const char *const[]){ "--content", path, NULL });
  assert_error_page (&outcome, "medial.svg: the content places the region “toez” in the view “medial”");
}
END_TEST

START_TEST (test_a_renamed_drawing)
{
  g_autofree char *path = content_with ("atlas.xml", "drawing=\"medial.svg\"", "drawing=\"inner.svg\"");
  g_auto (Outcome) outcome = { 0 };

  run_app (&outcome, (const char *const[]){ "--content", path, NULL });
  assert_error_page (&outcome, "the view “medial” is drawn in “inner.svg”, which cannot be read");
}
END_TEST

/* A file alone on the command line is the content, as after --content. */
START_TEST (test_a_file_alone)
{
  g_autofree char *path = content_with ("mine.xml", "<name>Toes</name>", "<name>Little toes</name>");
  g_auto (Outcome) loads = { 0 };
  g_auto (Outcome) broken = { 0 };

  run_app (&loads, (const char *const[]){ path, NULL });
  ck_assert_msg (loads.shown && loads.loaded, "%s", loads.error ? loads.error : loads.printed->str);
  ck_assert_int_le (loads.took, BUDGET);

  run_app (&broken, (const char *const[]){ TEST_FIXTURES_DIR "/malformed.xml", NULL });
  assert_error_page (&broken, "malformed.xml:6:12: Element “regions” was closed");
}
END_TEST

static void
assert_refused (const char *const *args,
                const char        *message)
{
  g_auto (Outcome) outcome = { 0 };

  run_app (&outcome, args);
  ck_assert (!outcome.shown);
  ck_assert_int_le (outcome.took, BUDGET);
  ck_assert_int_eq (outcome.status, 1);
  ck_assert_str_eq (outcome.printed->str, message);
}

START_TEST (test_an_address)
{
  assert_refused ((const char *const[]){ "--content", "https://example.org/atlas.xml", NULL },
                  "cramp-atlas: --content: “https://example.org/atlas.xml” is not a file on this computer; "
                  "the content is read from local files only\n");
  assert_refused ((const char *const[]){ "sftp://example.org/atlas.xml", NULL },
                  "cramp-atlas: “sftp://example.org/atlas.xml” is not a file on this computer; "
                  "the content is read from local files only\n");
}
END_TEST

START_TEST (test_two_content_files)
{
  assert_refused ((const char *const[]){ "one.xml", "two.xml", NULL },
                  "cramp-atlas: Give one content file, alone or after --content\n");
  assert_refused ((const char *const[]){ "--content", "one.xml", "two.xml", NULL },
                  "cramp-atlas: Give one content file, alone or after --content\n");
}
END_TEST

static Suite *
startup_suite (void)
{
  Suite *suite = suite_create ("startup");
  TCase *tcase = tcase_create ("startup");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_a_fifo);
  tcase_add_test (tcase, test_a_name_of_100000_letters);
  tcase_add_test (tcase, test_a_renamed_region);
  tcase_add_test (tcase, test_a_renamed_drawing);
  tcase_add_test (tcase, test_a_file_alone);
  tcase_add_test (tcase, test_an_address);
  tcase_add_test (tcase, test_two_content_files);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  /* Each test runs an application of its own, as the program would. */
  g_set_prgname ("cramp-atlas");
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  return test_run_suite_no_fork (startup_suite ());
}
