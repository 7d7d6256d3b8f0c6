/* cramp-window.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cramp-a11y.h"
#include "cramp-explore-layout.h"
#include "cramp-scene-settings.h"
#include "cramp-selection.h"
#include "cramp-window-private.h"

G_DEFINE_FINAL_TYPE (CrampWindow, cramp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_LOAD_ERROR,
  PROP_SELECTION,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/**
 * cramp_window_new:
 * @application: the application
 * @atlas: (nullable): the content, or %NULL if it failed to load
 * @load_error: (nullable): why the content failed to load
 *
 * Returns: (transfer full): a new window that shows @atlas, or an error page
 */
CrampWindow *
cramp_window_new (CrampApplication *application,
                  CrampAtlas       *atlas,
                  const GError     *load_error)
{
  g_return_val_if_fail (CRAMP_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (atlas == NULL || CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_WINDOW,
                       "application", application,
                       "atlas", atlas,
                       "load-error", load_error,
                       NULL);
}

const char *
cramp_window_get_selection (CrampWindow *self)
{
  g_return_val_if_fail (CRAMP_IS_WINDOW (self), NULL);

  return self->scene ? cramp_scene_get_selection (self->scene) : "";
}

/**
 * cramp_window_set_selection:
 * @self: a window
 * @selection: what to show, as described in cramp-selection.h
 *
 * Shows a region, a factor or a guide, and ends any walk through a
 * mechanism. A selection that names nothing in the atlas changes nothing.
 */
void
cramp_window_set_selection (CrampWindow *self,
                            const char  *selection)
{
  g_return_if_fail (CRAMP_IS_WINDOW (self));

  if (self->scene != NULL)
    cramp_scene_set_selection (self->scene, selection);
}

/**
 * cramp_window_get_scene:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): what the drawing shows, or %NULL
 *   when the content failed to load
 */
CrampScene *
cramp_window_get_scene (CrampWindow *self)
{
  g_return_val_if_fail (CRAMP_IS_WINDOW (self), NULL);

  return self->scene;
}

/* Presentation: the drawing fills the screen, with large labels and bold
 * lights; the list and the header go, the page stays beside the drawing. */
void
_cramp_window_set_presenting (CrampWindow *self,
                              gboolean     presenting)
{
  presenting = !!presenting && self->scene != NULL;
  if (self->scene == NULL || cramp_scene_get_presenting (self->scene) == presenting)
    return;

  if (presenting)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");

  gtk_widget_set_visible (self->sidebar_pane, !presenting);
  gtk_widget_set_visible (self->sidebar_separator, !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->content_header), !presenting);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  cramp_scene_set_presenting (self->scene, presenting);
}

/* The scene tells the window what changed */

static void
scene_selection_cb (CrampWindow *self)
{
  CrampSelectionKind kind = CRAMP_SELECTION_NONE;

  /* Keep the content in front, so that the page stays in view when the
   * window is narrowed; when already folded, only an explicit activation
   * (win.show-content) moves away from the list. */
  cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, NULL);
  if (kind != CRAMP_SELECTION_NONE && !adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTION]);
}

/* The focus goes to the heading of the page shown, so that a screen reader
 * reads where the person is, and the keys go on from there. */
void
_cramp_window_focus_page (CrampWindow *self)
{
  cramp_page_stack_focus_heading (self->page_stack);
}

static void
scene_presenting_cb (CrampWindow *self)
{
  _cramp_window_set_presenting (self, cramp_scene_get_presenting (self->scene));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PRESENTING]);
}

/* A region activated on the drawing goes to the page shown, as a quiz's
 * answer say, and else selects the region. */
static void
region_activated_cb (CrampWindow *self,
                     const char  *region)
{
  g_autofree char *selection = NULL;

  if (cramp_page_stack_region_activated (self->page_stack, region))
    return;

  selection = cramp_selection_make (CRAMP_SELECTION_REGION, region);
  cramp_window_set_selection (self, selection);
  _cramp_window_focus_page (self);
}

/* A structure activated on the drawing opens its page. */
static void
structure_activated_cb (CrampWindow *self,
                        const char  *structure)
{
  g_autofree char *selection = cramp_selection_make (CRAMP_SELECTION_STRUCTURE, structure);

  cramp_window_set_selection (self, selection);
}

/* Construction */

/* A search, however it starts, shows its results even in a narrow window. */
static void
search_mode_cb (CrampWindow *self)
{
  if (cramp_sidebar_get_search_mode (self->sidebar) && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The error page is built only when it shows: a window whose content
 * loads never needs it. */
static void
show_load_error (CrampWindow *self)
{
  g_autoptr (GtkBuilder) builder = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget       *page;

  if (self->load_error != NULL)
    escaped = g_markup_escape_text (self->load_error->message, -1);
  else
    escaped = g_strdup (_ ("No content was given to the window."));

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/cramp-error-page.ui");
  adw_status_page_set_description (ADW_STATUS_PAGE (gtk_builder_get_object (builder, "error_page")), escaped);
  page = GTK_WIDGET (gtk_builder_get_object (builder, "error_box"));
  cramp_a11y_fix_template (page);
  gtk_stack_add_titled (self->main_stack, page, "error", _ ("The Content Could Not Be Loaded"));
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  _cramp_window_actions_update (self);
}

/* Settings are written when the user changes something, and the window's
 * size once, when it closes; never when nothing changed, so that a run in
 * which the user changes nothing writes nothing. */

static void
restore_window_state (CrampWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_int (GSettings  *settings,
          const char *key,
          int         value)
{
  if (g_settings_get_int (settings, key) != value)
    g_settings_set_int (settings, key, value);
}

static void
save_boolean (GSettings  *settings,
              const char *key,
              gboolean    value)
{
  if (g_settings_get_boolean (settings, key) != !!value)
    g_settings_set_boolean (settings, key, value);
}

/* The size to come back to, which GTK keeps apart from the maximized size,
 * in one write. */
static void
save_window_state (CrampWindow *self)
{
  g_autoptr (GSettings) batch = g_settings_new (APP_ID);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (batch);
  if (width > 0 && height > 0)
    {
      save_int (batch, "window-width", width);
      save_int (batch, "window-height", height);
    }
  save_boolean (batch, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (batch);
}

static void
connect_scene (CrampWindow *self)
{
  self->scene = cramp_scene_new (self->atlas);
  cramp_scene_bind_settings (self->scene, self->settings);

  g_signal_connect_object (self->scene, "notify::selection", G_CALLBACK (scene_selection_cb), self, G_CONNECT_SWAPPED);
  /* After the page stack has shown the new page. */
  g_signal_connect_object (self->scene, "notify::selection", G_CALLBACK (_cramp_window_focus_page), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->scene, "notify::presenting", G_CALLBACK (scene_presenting_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scene, "notify", G_CALLBACK (_cramp_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->explorer, "region-activated", G_CALLBACK (region_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->explorer, "structure-activated", G_CALLBACK (structure_activated_cb), self,
                           G_CONNECT_SWAPPED);
  cramp_explorer_set_scene (self->explorer, self->scene);
  cramp_page_stack_set_scene (self->page_stack, self->scene);
  g_signal_connect_object (self->page_stack, "notify::title", G_CALLBACK (_cramp_window_actions_update), self, G_CONNECT_SWAPPED);
  _cramp_window_actions_update (self);
  /* The window opens with the focus on the page's heading, so that a
   * screen reader starts by reading what the app is for. */
  _cramp_window_focus_page (self);
}

/* The drawing's actions go on the bus beside the window's own, at
 * …/window/ID/drawing, so that scripts and tests drive them as a person's
 * clicks would. The window has its application and its number only once
 * it is realized. */
static void
cramp_window_realize (GtkWidget *widget)
{
  CrampWindow     *self = CRAMP_WINDOW (widget);
  GApplication    *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  guint            id = gtk_application_window_get_id (GTK_APPLICATION_WINDOW (self));
  g_autofree char *path = NULL;

  GTK_WIDGET_CLASS (cramp_window_parent_class)->realize (widget);

  if (self->scene == NULL || app == NULL || id == 0 || g_application_get_dbus_connection (app) == NULL)
    return;

  self->bus = g_object_ref (g_application_get_dbus_connection (app));
  path = g_strdup_printf ("%s/window/%u/drawing", g_application_get_dbus_object_path (app), id);
  self->drawing_export = g_dbus_connection_export_action_group (self->bus, path,
                                                                cramp_explorer_get_actions (self->explorer), NULL);
}

static void
unexport_drawing_actions (CrampWindow *self)
{
  if (self->drawing_export != 0)
    g_dbus_connection_unexport_action_group (self->bus, self->drawing_export);
  self->drawing_export = 0;
  g_clear_object (&self->bus);
}

static void
cramp_window_unrealize (GtkWidget *widget)
{
  unexport_drawing_actions (CRAMP_WINDOW (widget));

  GTK_WIDGET_CLASS (cramp_window_parent_class)->unrealize (widget);
}

static void
cramp_window_constructed (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  G_OBJECT_CLASS (cramp_window_parent_class)->constructed (object);

  restore_window_state (self);
  if (self->atlas == NULL)
    {
      show_load_error (self);
      return;
    }

  cramp_sidebar_set_atlas (self->sidebar, self->atlas);
  connect_scene (self);
}

static gboolean
cramp_window_close_request (GtkWindow *window)
{
  save_window_state (CRAMP_WINDOW (window));

  return GTK_WINDOW_CLASS (cramp_window_parent_class)->close_request (window);
}

/* When the window manager ends full screen, the presentation ends too. */
static void
fullscreened_cb (CrampWindow *self)
{
  if (self->scene != NULL && cramp_scene_get_presenting (self->scene) && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    _cramp_window_set_presenting (self, FALSE);
}

static void
cramp_window_dispose (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  unexport_drawing_actions (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_WINDOW);
  g_clear_object (&self->scene);
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);

  G_OBJECT_CLASS (cramp_window_parent_class)->dispose (object);
}

static void
cramp_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_LOAD_ERROR:
      g_value_set_boxed (value, self->load_error);
      break;
    case PROP_SELECTION:
      g_value_set_string (value, cramp_window_get_selection (self));
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->scene && cramp_scene_get_presenting (self->scene));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    case PROP_LOAD_ERROR:
      self->load_error = g_value_dup_boxed (value);
      break;
    case PROP_SELECTION:
      cramp_window_set_selection (self, g_value_get_string (value));
      break;
    case PROP_PRESENTING:
      _cramp_window_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL, CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  props[PROP_LOAD_ERROR] =
      g_param_spec_boxed ("load-error", NULL, NULL, G_TYPE_ERROR,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  props[PROP_SELECTION] = g_param_spec_string ("selection", NULL, NULL, "", flags);
  props[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

/* GtkBuilder finds a type that is not registered yet by looking up its
 * get_type function among the symbols of every library, which costs
 * milliseconds at start-up; the window's templates use these. */
static void
ensure_gtk_types (void)
{
  GType types[] = {
    GTK_TYPE_BOX,
    GTK_TYPE_BUTTON,
    GTK_TYPE_CENTER_BOX,
    GTK_TYPE_LABEL,
    GTK_TYPE_LIST_BOX,
    GTK_TYPE_MENU_BUTTON,
    GTK_TYPE_SCROLLED_WINDOW,
    GTK_TYPE_SEARCH_BAR,
    GTK_TYPE_SEARCH_ENTRY,
    GTK_TYPE_SEPARATOR,
    GTK_TYPE_STACK,
    GTK_TYPE_STACK_PAGE,
    GTK_TYPE_TOGGLE_BUTTON,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_ensure (types[i]);
}

static void
cramp_window_class_init (CrampWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cramp_window_constructed;
  object_class->dispose = cramp_window_dispose;
  object_class->get_property = cramp_window_get_property;
  object_class->set_property = cramp_window_set_property;
  widget_class->realize = cramp_window_realize;
  widget_class->unrealize = cramp_window_unrealize;
  window_class->close_request = cramp_window_close_request;

  install_properties (object_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, explorer);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, toasts);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);

  _cramp_window_class_actions_init (klass);

  g_type_ensure (CRAMP_TYPE_EXPLORE_LAYOUT);
  g_type_ensure (CRAMP_TYPE_EXPLORER);
  g_type_ensure (CRAMP_TYPE_PAGE_STACK);
  g_type_ensure (CRAMP_TYPE_SIDEBAR);
  ensure_gtk_types ();
}

/* A popover menu builds all its items at once, which costs milliseconds of
 * start-up for a menu that is not open yet. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  CrampWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
cramp_window_init (CrampWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);
  cramp_a11y_fix_template (GTK_WIDGET (self));
  _cramp_window_actions_init (self);
  cramp_sidebar_capture_keys_from (self->sidebar, GTK_WIDGET (self));
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
}
