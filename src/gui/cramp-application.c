/* cramp-application.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "cramp-a11y.h"
#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-drawing.h"
#include "cramp-resources.h"
#include "cramp-window.h"

#define CONTENT_URI  "resource://" RESOURCE_PATH "/content/atlas.xml"
#define DRAWINGS_URI "resource://" RESOURCE_PATH "/anatomy"

struct _CrampApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GtkCssProvider *dark_style;
  GtkCssProvider *high_contrast_style;
  GFile          *content_file;
  CrampAtlas     *atlas;
  GError         *load_error;
  GThread        *loader;
};

G_DEFINE_FINAL_TYPE (CrampApplication, cramp_application, ADW_TYPE_APPLICATION)

enum
{
  PROP_0,
  PROP_CONTENT_FILE,
  N_PROPS
};

static GParamSpec        *props[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Read the content from FILE instead of the built-in atlas"), N_ ("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version and quit"), NULL },
  /* A file alone is read as the content, as --content reads it. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_ ("[FILE]") },
  { NULL }
};

CrampApplication *
cramp_application_new (void)
{
  return g_object_new (CRAMP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/* The content, and the drawing the window opens on, are read in a thread
 * while GTK starts, and are ready when the first window is made. */
typedef struct
{
  GFile      *content_file;
  char       *view;
  CrampAtlas *atlas;
  GError     *error;
} Loading;

static CrampAtlas *
read_content (GFile   *content_file,
              GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) drawings = g_file_new_for_uri (DRAWINGS_URI);
  g_autoptr (CrampAtlas) atlas = NULL;

  if (content_file != NULL)
    file = g_object_ref (content_file);
  else
    file = g_file_new_for_uri (CONTENT_URI);

  atlas = cramp_atlas_new_from_file (file, GETTEXT_PACKAGE, NULL, error);

  /* Content that names what the drawings lack, or leaves out what they
   * have, would show a drawing with parts that do not answer. The built-in
   * content ships with its drawings, and the tests check the two against
   * each other; a content file given to the app is checked here. */
  if (atlas == NULL || (content_file != NULL && !cramp_atlas_check_drawings (atlas, drawings, NULL, error)))
    return NULL;

  return g_steal_pointer (&atlas);
}

/* The reading thread runs beside GTK's start on the main thread, and on a
 * machine with two cores beside the threads of a software renderer too: it
 * gives way to them, since the window needs its result only once GTK has
 * started. Linux gives each thread a nice value of its own. */
static void
give_way (void)
{
#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif
}

static gpointer
load_cb (gpointer data)
{
  Loading         *loading = data;
  const CrampView *view = NULL;
  CrampDrawing    *drawing = NULL;

  give_way ();
  loading->atlas = read_content (loading->content_file, &loading->error);
  /* The view last shown, or else the first. */
  if (loading->atlas != NULL)
    view = cramp_atlas_lookup_view (loading->atlas, loading->view);
  if (loading->atlas != NULL && view == NULL && cramp_atlas_get_views (loading->atlas)->len > 0)
    view = g_ptr_array_index (cramp_atlas_get_views (loading->atlas), 0);
  /* Only read ahead: the window says so if the drawing cannot be read. */
  if (view != NULL)
    drawing = cramp_drawing_get_for_view (view, NULL);
  g_clear_object (&drawing);

  return loading;
}

static void
start_loading (CrampApplication *self)
{
  Loading *loading = g_new0 (Loading, 1);

  loading->content_file = self->content_file ? g_object_ref (self->content_file) : NULL;
  loading->view = g_settings_get_string (self->settings, "anatomy-view");
  self->loader = g_thread_new ("cramp-load", load_cb, loading);
}

/* Waits for the thread, if it has not ended yet. */
static void
finish_loading (CrampApplication *self)
{
  Loading *loading;

  if (self->loader == NULL)
    return;

  loading = g_thread_join (g_steal_pointer (&self->loader));
  self->atlas = loading->atlas;
  self->load_error = loading->error;
  g_clear_object (&loading->content_file);
  g_free (loading->view);
  g_free (loading);
}

static void
apply_color_scheme (CrampApplication *self)
{
  static const struct
  {
    const char    *name;
    AdwColorScheme scheme;
  } schemes[] = {
    { "light", ADW_COLOR_SCHEME_FORCE_LIGHT },
    { "dark", ADW_COLOR_SCHEME_FORCE_DARK },
  };
  g_autofree char *value = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme   scheme = ADW_COLOR_SCHEME_DEFAULT;

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (value, schemes[i].name))
      scheme = schemes[i].scheme;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
color_scheme_changed_cb (CrampApplication *self)
{
  apply_color_scheme (self);
}

/* Adds @provider last, after style.css at the same priority, so that its
 * rules win, or takes it away. */
static void
set_style_enabled (GtkCssProvider *provider,
                   gboolean        enabled)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL || provider == NULL)
    return;

  gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
  if (enabled)
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
update_styles (CrampApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  set_style_enabled (self->dark_style, adw_style_manager_get_dark (manager));
  set_style_enabled (self->high_contrast_style, adw_style_manager_get_high_contrast (manager));
}

static void
style_changed_cb (CrampApplication *self)
{
  update_styles (self);
}

static GtkCssProvider *
css_provider_new_from_resource (const char *path)
{
  GtkCssProvider *provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, path);
  return provider;
}

/* AdwApplication loads style.css itself. The dark and high-contrast styles
 * are loaded here rather than as its style-dark.css and style-hc.css, which
 * libadwaita 1.9 deprecates in favour of media queries that 1.2 lacks. */
static void
load_styles (CrampApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->dark_style = css_provider_new_from_resource (RESOURCE_PATH "/dark.css");
  self->high_contrast_style = css_provider_new_from_resource (RESOURCE_PATH "/high-contrast.css");
  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  update_styles (self);
}

static void
add_sources_to_about (CrampApplication *self,
                      AdwAboutWindow   *about)
{
  g_autoptr (GPtrArray) credits = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *sources;

  if (self->atlas == NULL)
    return;

  sources = cramp_atlas_get_sources (self->atlas);
  for (guint i = 0; i < sources->len; i++)
    {
      const CrampSource *source = g_ptr_array_index (sources, i);

      g_ptr_array_add (credits, g_strdup_printf ("%s %s", source->title, source->address));
    }
  g_ptr_array_add (credits, NULL);

  adw_about_window_add_acknowledgement_section (about, _ ("Medical Sources"),
                                                (const char **) credits->pdata);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CrampApplication  *self = user_data;
  static const char *developers[] = { "The Cramp Atlas authors", NULL };
  AdwAboutWindow    *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                "application-name", _ ("Cramp Atlas"),
                "application-icon", APP_ID,
                "developer-name", _ ("The Cramp Atlas authors"),
                "developers", developers,
                "version", PACKAGE_VERSION,
                "copyright", "© 2026 The Cramp Atlas authors",
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _ ("Learn why feet and ankles cramp: the anatomy, the causes and "
                               "how strong the evidence for each one is."),
                "translator-credits", _ ("translator-credits"),
                NULL);
  add_sources_to_about (self, about);
  if (self->atlas != NULL)
    adw_about_window_add_legal_section (about, _ ("Medical Content"), NULL, GTK_LICENSE_CUSTOM,
                                        cramp_atlas_get_notice (self->atlas, CRAMP_NOTICE_ABOUT));
  gtk_window_present (GTK_WINDOW (about));
}

/* Closes the windows as their close buttons would, so that each saves its
 * size; the application ends with the last one. */
static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

/* The shortcuts window is built when first asked for, rather than with the
 * window as GTK does for gtk/help-overlay.ui, which keeps start-up short. */
static void
shortcuts_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow            *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkApplicationWindow *app_window;

  if (!GTK_IS_APPLICATION_WINDOW (window))
    return;

  app_window = GTK_APPLICATION_WINDOW (window);
  if (gtk_application_window_get_help_overlay (app_window) == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/help-overlay.ui");

      gtk_application_window_set_help_overlay (app_window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "quit", quit_action_cb },
  { "shortcuts", shortcuts_action_cb },
};

static void
set_accels (GtkApplication *app)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.export-png", { "<Control>e", NULL } },
    { "win.copy-drawing", { "<Control><Shift>c", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
cramp_application_startup (GApplication *app)
{
  CrampApplication *self = CRAMP_APPLICATION (app);
  g_autoptr (GAction) color_scheme = NULL;

  self->settings = g_settings_new (APP_ID);
  start_loading (self);

  G_APPLICATION_CLASS (cramp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  color_scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), color_scheme);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
  load_styles (self);
  set_accels (GTK_APPLICATION (self));
  cramp_a11y_init ();
}

static void
cramp_application_activate (GApplication *app)
{
  CrampApplication *self = CRAMP_APPLICATION (app);
  GtkWindow        *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      finish_loading (self);
      window = GTK_WINDOW (cramp_window_new (self, self->atlas, self->load_error));
    }

  gtk_window_present (window);
}

/* A file on this computer, never an address that GIO would fetch. */
static GFile *
local_file (const char *argument,
            GError    **error)
{
  g_autofree char *scheme = g_uri_parse_scheme (argument);
  g_autofree char *path = NULL;

  if (scheme == NULL || g_file_test (argument, G_FILE_TEST_EXISTS))
    return g_file_new_for_commandline_arg (argument);

  if (g_ascii_strcasecmp (scheme, "file") == 0)
    path = g_filename_from_uri (argument, NULL, NULL);
  if (path != NULL)
    return g_file_new_for_path (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _ ("“%s” is not a file on this computer; the content is read from local files only"), argument);
  return NULL;
}

/* The content file of the command line: after --content, or alone. */
static gboolean
content_argument (GVariantDict *options,
                  GFile       **file,
                  GError      **error)
{
  g_autofree char *content = NULL;
  g_auto (GStrv) files = NULL;
  guint n_files;

  g_variant_dict_lookup (options, "content", "^ay", &content);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);
  n_files = files != NULL ? g_strv_length (files) : 0;

  if (n_files + (content != NULL) > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _ ("Give one content file, alone or after --content"));
      return FALSE;
    }

  if (content == NULL && n_files == 0)
    return TRUE;

  *file = local_file (content != NULL ? content : files[0], error);
  if (*file == NULL && content != NULL)
    g_prefix_error (error, "--content: ");
  return *file != NULL;
}

static int
cramp_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  CrampApplication *self = CRAMP_APPLICATION (app);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _ ("Cramp Atlas"), PACKAGE_VERSION);
      return 0;
    }

  if (!content_argument (options, &file, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  /* Another file makes another instance, rather than a window of one that
   * is already running with the built-in content. */
  if (file != NULL)
    {
      g_object_set (self, "content-file", file, NULL);
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
cramp_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrampApplication *self = CRAMP_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_FILE:
      g_value_set_object (value, self->content_file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrampApplication *self = CRAMP_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTENT_FILE:
      /* The content loads once, with the first window. */
      g_return_if_fail (self->loader == NULL && self->atlas == NULL && self->load_error == NULL);
      if (g_set_object (&self->content_file, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_application_dispose (GObject *object)
{
  CrampApplication *self = CRAMP_APPLICATION (object);

  finish_loading (self);
  set_style_enabled (self->dark_style, FALSE);
  set_style_enabled (self->high_contrast_style, FALSE);
  g_clear_object (&self->dark_style);
  g_clear_object (&self->high_contrast_style);
  g_clear_object (&self->settings);
  g_clear_object (&self->content_file);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);

  G_OBJECT_CLASS (cramp_application_parent_class)->dispose (object);
}

static void
cramp_application_class_init (CrampApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cramp_application_dispose;
  object_class->get_property = cramp_application_get_property;
  object_class->set_property = cramp_application_set_property;

  app_class->startup = cramp_application_startup;
  app_class->activate = cramp_application_activate;
  app_class->handle_local_options = cramp_application_handle_local_options;

  /**
   * CrampApplication:content-file:
   *
   * The content file to read instead of the built-in atlas, or %NULL.
   */
  props[PROP_CONTENT_FILE] =
      g_param_spec_object ("content-file", NULL, NULL,
                           G_TYPE_FILE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /* The resources live in a static library, so nothing would pull in
   * their constructor; the application registers them instead. */
  cramp_register_resource ();
}

static void
cramp_application_init (CrampApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}
