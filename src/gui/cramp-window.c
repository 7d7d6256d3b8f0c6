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
#include "cramp-explorer.h"
#include "cramp-export.h"
#include "cramp-page-stack.h"
#include "cramp-scene-settings.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"
#include "cramp-ui-util.h"
#include "cramp-window.h"

/* The shell: the sidebar, the drawing (a CrampExplorer) and the pages. The
 * window holds the one CrampScene that the drawing follows and that every
 * view changes through the window's actions; it shows the page of the
 * selection and gives the scene what that page asks of the drawing. */
struct _CrampWindow
{
  AdwApplicationWindow parent_instance;

  AdwHeaderBar        *content_header;
  GtkWidget           *content_pane;
  AdwStatusPage       *error_page;
  CrampExplorer       *explorer;
  AdwLeaflet          *leaflet;
  GtkStack            *main_stack;
  CrampPageStack      *page_stack;
  CrampSidebar        *sidebar;
  GtkWidget           *sidebar_pane;
  GtkWidget           *sidebar_separator;
  AdwToastOverlay     *toasts;

  GSettings           *settings;
  CrampAtlas          *atlas;
  GError              *load_error;
  CrampScene          *scene;

  GDBusConnection     *bus;
  guint                drawing_export;
};

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

/* Actions: whether each can be used, set in one place */

static const CrampFactor *
selected_factor (CrampWindow *self)
{
  CrampSelectionKind kind;
  const char        *id;

  if (!cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, &id) ||
      kind != CRAMP_SELECTION_FACTOR)
    return NULL;

  return cramp_atlas_lookup_factor (self->atlas, id);
}

static void
actions_update (CrampWindow *self)
{
  const CrampFactor *factor;
  CrampSelectionKind kind = CRAMP_SELECTION_NONE;
  const char        *id;
  gboolean           stepping, presenting, paging;
  int                step;

  if (self->scene == NULL)
    return;

  factor = selected_factor (self);
  step = cramp_scene_get_step (self->scene);
  stepping = factor != NULL && step >= 0 && (guint) step < factor->steps->len;
  presenting = cramp_scene_get_presenting (self->scene);
  cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, &id);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-start", factor && factor->steps->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-stop", stepping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-previous", stepping && step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-next", stepping && (guint) step + 1 < factor->steps->len);
  /* Page Down goes through regions, but not away from a quiz or a self-check. */
  paging = presenting && !stepping && kind != CRAMP_SELECTION_QUIZ && kind != CRAMP_SELECTION_CHECK;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-next", paging);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-previous", paging);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.home", kind != CRAMP_SELECTION_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clicker-next", cramp_page_stack_has_clicker (self->page_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clicker-previous",
                                 cramp_page_stack_has_clicker (self->page_stack));
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
static void
set_presenting (CrampWindow *self,
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
static void
focus_page (CrampWindow *self)
{
  cramp_page_stack_focus_heading (self->page_stack);
}

static void
scene_presenting_cb (CrampWindow *self)
{
  set_presenting (self, cramp_scene_get_presenting (self->scene));
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
  focus_page (self);
}

/* A structure activated on the drawing opens its page. */
static void
structure_activated_cb (CrampWindow *self,
                        const char  *structure)
{
  g_autofree char *selection = cramp_selection_make (CRAMP_SELECTION_STRUCTURE, structure);

  cramp_window_set_selection (self, selection);
}

/* Actions */

/* Page Down and Page Up go through the regions of the view shown, in its
 * order, as a clicker would. */
static void
region_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_scene_select_next_region (self->scene, g_str_equal (action_name, "win.region-next"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrampWindow      *self = CRAMP_WINDOW (widget);
  CrampExportFormat format = CRAMP_EXPORT_PNG;

  if (g_str_equal (action_name, "win.export-svg"))
    format = CRAMP_EXPORT_SVG;
  else if (g_str_equal (action_name, "win.save-handout"))
    format = CRAMP_EXPORT_HANDOUT;

  cramp_export_run (GTK_WINDOW (self), cramp_explorer_get_anatomy_view (self->explorer), format);
}

static void
print_handout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_export_print_handout (GTK_WINDOW (self), cramp_explorer_get_anatomy_view (self->explorer));
}

static void
copy_drawing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!cramp_export_copy (cramp_explorer_get_anatomy_view (self->explorer), &error))
    {
      g_warning ("The drawing could not be copied: %s", error ? error->message : "");
      return;
    }

  /* Translators: a short note that the drawing is now on the clipboard. */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_ ("Copied")));
}

/* Copying shows nothing by itself, so a toast says that it happened; the
 * overlay for it goes round the whole content. */
static void
add_toast_overlay (CrampWindow *self)
{
  AdwApplicationWindow *window = ADW_APPLICATION_WINDOW (self);
  g_autoptr (GtkWidget) content = g_object_ref (adw_application_window_get_content (window));

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_application_window_set_content (window, NULL);
  adw_toast_overlay_set_child (self->toasts, content);
  adw_application_window_set_content (window, GTK_WIDGET (self->toasts));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  set_presenting (CRAMP_WINDOW (widget), FALSE);
}

/* Back to the welcome page, with nothing selected. */
static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cramp_window_set_selection (CRAMP_WINDOW (widget), "");
}

static void
show_content_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  focus_page (self);
}

/* F6 and Shift+F6 go round the three parts of the window: the list, the
 * drawing and the page; Tab and the arrow keys move within them. */
enum
{
  AREA_LIST,
  AREA_DRAWING,
  AREA_PAGE,
  N_AREAS
};

static int
focused_area (CrampWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return -1;
  if (gtk_widget_is_ancestor (focus, self->sidebar_pane))
    return AREA_LIST;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->explorer)))
    return AREA_DRAWING;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page_stack)))
    return AREA_PAGE;
  return -1;
}

static gboolean
focus_area (CrampWindow *self,
            int          area)
{
  switch (area)
    {
    case AREA_LIST:
      return gtk_widget_get_mapped (GTK_WIDGET (self->sidebar)) && cramp_sidebar_focus_list (self->sidebar);
    case AREA_DRAWING:
      return gtk_widget_get_mapped (GTK_WIDGET (self->explorer)) && cramp_explorer_focus_drawing (self->explorer);
    case AREA_PAGE:
      return gtk_widget_get_mapped (GTK_WIDGET (self->page_stack)) && cramp_page_stack_focus_heading (self->page_stack);
    default:
      return FALSE;
    }
}

static void
area_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  int          step = g_str_equal (action_name, "win.next-area") ? 1 : -1;
  int          area = focused_area (self);

  if (area < 0)
    area = step > 0 ? N_AREAS - 1 : 0;
  for (int i = 1; i <= N_AREAS; i++)
    if (focus_area (self, (area + step * i + N_AREAS) % N_AREAS))
      return;
}

/* Starts the self-check afresh, with the region of the parameter, if any,
 * given as where the cramps are. */
static void
start_check_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  const char  *region = g_variant_get_string (parameter, NULL);

  if (self->scene == NULL)
    return;

  cramp_page_stack_start_check (self->page_stack, region[0] != '\0' ? region : NULL);
  gtk_widget_activate_action (widget, "win.show-content", NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_sidebar_start_search (self->sidebar);
}

/* A search, however it starts, shows its results even in a narrow window. */
static void
search_mode_cb (CrampWindow *self)
{
  if (cramp_sidebar_get_search_mode (self->sidebar) && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A page that a presenter steps through, such as the quiz, takes the
 * clicker's keys first. */
static void
clicker_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_page_stack_clicker (self->page_stack, g_str_equal (action_name, "win.clicker-next"));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  int          step = cramp_scene_get_step (self->scene);

  if (g_str_equal (action_name, "win.step-start"))
    step = 0;
  else if (g_str_equal (action_name, "win.step-next"))
    step++;
  else if (g_str_equal (action_name, "win.step-previous"))
    step--;
  else
    step = -1;
  cramp_scene_set_step (self->scene, step);
}

static void
open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *address = g_variant_get_string (parameter, NULL);

  g_return_if_fail (g_str_has_prefix (address, "https://"));

  gtk_show_uri (GTK_WINDOW (widget), address, GDK_CURRENT_TIME);
}

static void
copy_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  if (self->load_error != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->load_error->message);
}

/* Construction */

static void
show_load_error (CrampWindow *self)
{
  g_autofree char *escaped = NULL;

  if (self->load_error != NULL)
    escaped = g_markup_escape_text (self->load_error->message, -1);
  else
    escaped = g_strdup (_ ("No content was given to the window."));

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.select", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-error", self->load_error != NULL);
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
  g_signal_connect_object (self->scene, "notify::selection", G_CALLBACK (focus_page), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->scene, "notify::presenting", G_CALLBACK (scene_presenting_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scene, "notify", G_CALLBACK (actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->explorer, "region-activated", G_CALLBACK (region_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->explorer, "structure-activated", G_CALLBACK (structure_activated_cb), self,
                           G_CONNECT_SWAPPED);
  cramp_explorer_set_scene (self->explorer, self->scene);
  cramp_page_stack_set_scene (self->page_stack, self->scene);
  g_signal_connect_object (self->page_stack, "notify::title", G_CALLBACK (actions_update), self, G_CONNECT_SWAPPED);
  actions_update (self);
  /* The window opens with the focus on the page's heading, so that a
   * screen reader starts by reading what the app is for. */
  focus_page (self);
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

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-error", FALSE);
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
    set_presenting (self, FALSE);
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
      set_presenting (self, g_value_get_boolean (value));
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

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.select", "selection");
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.clicker-next", NULL, clicker_action);
  gtk_widget_class_install_action (widget_class, "win.clicker-previous", NULL, clicker_action);
  gtk_widget_class_install_action (widget_class, "win.copy-drawing", NULL, copy_drawing_action);
  gtk_widget_class_install_action (widget_class, "win.copy-error", NULL, copy_error_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-svg", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.next-area", NULL, area_action);
  gtk_widget_class_install_action (widget_class, "win.open-source", "s", open_source_action);
  gtk_widget_class_install_action (widget_class, "win.previous-area", NULL, area_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, print_handout_action);
  gtk_widget_class_install_action (widget_class, "win.region-next", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.region-previous", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.save-handout", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-content", NULL, show_content_action);
  gtk_widget_class_install_action (widget_class, "win.start-check", "s", start_check_action);
  gtk_widget_class_install_action (widget_class, "win.step-next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-start", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-stop", NULL, step_action);
}

/* Page Down and Page Up, which presentation clickers send, go through a
 * page that takes them, such as the quiz; else they step through a
 * mechanism while one runs, and else through the regions while presenting;
 * Escape leaves a presentation. They are caught before the page would
 * scroll, but a disabled action lets the key go on. Escape, when nothing
 * else takes it, goes back to the welcome page. */
static void
add_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-area", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.previous-area", NULL);
}

static void
add_shortcut (GtkEventController *controller,
              guint               keyval,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action)));
}

static void
add_step_keys (CrampWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (controller, GDK_KEY_Page_Down, "win.clicker-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.clicker-previous");
  add_shortcut (controller, GDK_KEY_Page_Down, "win.step-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.step-previous");
  add_shortcut (controller, GDK_KEY_Page_Down, "win.region-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.region-previous");
  add_shortcut (controller, GDK_KEY_Escape, "win.leave-presentation");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
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
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, explorer);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_separator);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);

  install_actions (widget_class);
  add_keys (widget_class);

  g_type_ensure (CRAMP_TYPE_EXPLORE_LAYOUT);
  g_type_ensure (CRAMP_TYPE_EXPLORER);
  g_type_ensure (CRAMP_TYPE_PAGE_STACK);
  g_type_ensure (CRAMP_TYPE_SIDEBAR);
}

static void
cramp_window_init (CrampWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_toast_overlay (self);
  cramp_a11y_fix_template (GTK_WIDGET (self));
  add_step_keys (self);
  cramp_sidebar_capture_keys_from (self->sidebar, GTK_WIDGET (self));
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-next", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-previous", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-start", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.home", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clicker-next", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clicker-previous", FALSE);
}
