/* gui-test-util.c: what the gui suites share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-util.h"

/* GTK 4.24's X11 backend tells the frame clock twice that one frame was
 * submitted when no compositor runs, as on Xvfb, and GDK warns about it;
 * whether it happens depends on timing alone. That one message is dropped;
 * every other warning stays fatal under G_DEBUG=fatal-warnings, which the
 * default writer applies. */
static GLogWriterOutput
write_log_cb (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
      message = fields[i].value;

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gdk") == 0 &&
      g_strcmp0 (message, "gdk_frame_timings_submitted() called on submitted frame.") == 0)
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/**
 * gui_test_init:
 * @app: (out): the registered application
 * @atlas: (out): the built-in content
 *
 * Starts GTK and libadwaita without animations, so that pages change at
 * once rather than crossfading with both on screen.
 */
void
gui_test_init (CrampApplication **app,
               CrampAtlas       **atlas)
{
  g_autoptr (GFile) content = g_file_new_for_uri ("resource://" RESOURCE_PATH "/content/atlas.xml");
  g_autoptr (GError) error = NULL;

  g_log_set_writer_func (write_log_cb, NULL, NULL);
  /* As g_application_run() would from argv[0]: the recent files name it. */
  g_set_prgname ("cramp-atlas");
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  *app = cramp_application_new ();
  if (!g_application_register (G_APPLICATION (*app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);

  *atlas = cramp_atlas_new_from_file (content, NULL, NULL, &error);
  if (*atlas == NULL)
    g_error ("The built-in content did not load: %s", error->message);
}

/* Each test starts from the defaults, whatever the one before it left. */
void
gui_test_reset_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/**
 * gui_test_flush:
 * @window: (nullable): the window to wait for
 *
 * Runs what is pending, then waits for @window to paint a frame, so that
 * allocation, drawing and mapping have caught up with the last change.
 */
void
gui_test_flush (GtkWidget *window)
{
  GdkFrameClock *clock;
  gboolean       painted = FALSE;
  gulong         handler;
  gint64         deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (g_main_context_iteration (NULL, FALSE))
    ;

  if (window == NULL || (clock = gtk_widget_get_frame_clock (window)) == NULL)
    return;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
gui_test_find_of_type (GtkWidget *root,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label under @root that shows exactly @text and is on screen. */
GtkWidget *
gui_test_find_label (GtkWidget  *root,
                     const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A button under @root, on screen, whose label (mnemonic included) is @label. */
GtkWidget *
gui_test_find_button (GtkWidget  *root,
                      const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

/**
 * gui_test_activate_button:
 * @window: the window of @button
 * @button: a button on screen
 * @by_mnemonic: whether to activate it as its Alt mnemonic would
 *
 * Activates @button as a key would. A button activated from the keyboard
 * shows itself pressed for a moment before it emits "clicked"; this waits
 * for that, then for a painted frame.
 */
void
gui_test_activate_button (GtkWidget *window,
                          GtkWidget *button,
                          gboolean   by_mnemonic)
{
  gboolean clicked = FALSE;
  gint64   deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  gulong   handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  if (by_mnemonic)
    g_assert_true (gtk_widget_mnemonic_activate (button, FALSE));
  else
    g_assert_true (gtk_widget_activate (button));
  while (!clicked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (button, handler);
  g_assert_true (clicked);
  gui_test_flush (window);
}

/**
 * gui_test_open_window:
 * @app: the application
 * @atlas: the content
 * @width: the window's width
 * @height: the window's height
 *
 * Returns: (transfer none): a new window, from the default settings, shown
 *   and painted
 */
CrampWindow *
gui_test_open_window (CrampApplication *app,
                      CrampAtlas       *atlas,
                      int               width,
                      int               height)
{
  CrampWindow *window;

  gui_test_reset_settings ();
  window = cramp_window_new (app, atlas, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_flush (GTK_WIDGET (window));
  return window;
}

/* Destroys the window and runs what that leaves pending. */
void
gui_test_close_window (CrampWindow **window)
{
  gtk_window_destroy (GTK_WINDOW (*window));
  *window = NULL;
  gui_test_flush (NULL);
}
