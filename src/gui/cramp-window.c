/* cramp-window.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-factor-page.h"
#include "cramp-guide-page.h"
#include "cramp-region-page.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"
#include "cramp-window.h"

struct _CrampWindow
{
  AdwApplicationWindow parent_instance;

  GtkWidget           *content_pane;
  GtkStack            *content_stack;
  AdwWindowTitle      *content_title;
  AdwStatusPage       *error_page;
  CrampPage           *factor_page;
  CrampPage           *guide_page;
  AdwLeaflet          *leaflet;
  GtkStack            *main_stack;
  CrampPage           *region_page;
  CrampSidebar        *sidebar;

  GSettings           *settings;
  CrampAtlas          *atlas;
  GError              *load_error;
  char                *selection;
};

G_DEFINE_FINAL_TYPE (CrampWindow, cramp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_LOAD_ERROR,
  PROP_SELECTION,
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

static gboolean
selection_is_valid (CrampWindow       *self,
                    CrampSelectionKind kind,
                    const char        *id)
{
  switch (kind)
    {
    case CRAMP_SELECTION_NONE:
      return TRUE;
    case CRAMP_SELECTION_REGION:
      return cramp_atlas_lookup_region (self->atlas, id) != NULL;
    case CRAMP_SELECTION_FACTOR:
      return cramp_atlas_lookup_factor (self->atlas, id) != NULL;
    case CRAMP_SELECTION_GUIDE:
      return g_str_equal (id, CRAMP_GUIDE_RED_FLAGS) || g_str_equal (id, CRAMP_GUIDE_SELF_CARE);
    default:
      return FALSE;
    }
}

static void
show_selection (CrampWindow       *self,
                CrampSelectionKind kind,
                const char        *id)
{
  static const char *const page_names[] = { "welcome", "region", "factor", "guide" };
  CrampPage               *pages[] = { NULL, self->region_page, self->factor_page, self->guide_page };

  if (pages[kind] != NULL)
    cramp_page_set_item (pages[kind], id);

  gtk_stack_set_visible_child_name (self->content_stack, page_names[kind]);
  adw_window_title_set_title (self->content_title,
                              pages[kind] != NULL ? cramp_page_get_title (pages[kind]) : "");

  /* Keep the content in front, so that the page stays in view when the
   * window is narrowed; when already folded, only an explicit activation
   * (win.show-content) moves away from the list. */
  if (kind != CRAMP_SELECTION_NONE && !adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

const char *
cramp_window_get_selection (CrampWindow *self)
{
  g_return_val_if_fail (CRAMP_IS_WINDOW (self), NULL);

  return self->selection;
}

/**
 * cramp_window_set_selection:
 * @self: a window
 * @selection: what to show, as described in cramp-selection.h
 *
 * Shows a region, a factor or a guide. A selection that names nothing in
 * the atlas is refused with a warning and changes nothing.
 */
void
cramp_window_set_selection (CrampWindow *self,
                            const char  *selection)
{
  CrampSelectionKind kind;
  const char        *id;

  g_return_if_fail (CRAMP_IS_WINDOW (self));

  if (selection == NULL)
    selection = "";

  if (g_strcmp0 (self->selection, selection) == 0 || self->atlas == NULL)
    return;

  if (!cramp_selection_parse (selection, &kind, &id) || !selection_is_valid (self, kind, id))
    {
      g_debug ("Nothing in the atlas matches the selection “%s”", selection);
      return;
    }

  g_free (self->selection);
  self->selection = g_strdup (selection);
  show_selection (self, kind, id);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTION]);
}

static void
show_content_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-error", self->load_error != NULL);
}

static void
bind_window_state (CrampWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
cramp_window_constructed (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  G_OBJECT_CLASS (cramp_window_parent_class)->constructed (object);

  bind_window_state (self);

  if (self->atlas == NULL)
    {
      show_load_error (self);
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-error", FALSE);
  cramp_sidebar_set_atlas (self->sidebar, self->atlas);
  cramp_page_set_atlas (self->region_page, self->atlas);
  cramp_page_set_atlas (self->factor_page, self->atlas);
  cramp_page_set_atlas (self->guide_page, self->atlas);
}

static void
cramp_window_dispose (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->selection, g_free);

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
      g_value_set_string (value, self->selection);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_window_class_init (CrampWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cramp_window_constructed;
  object_class->dispose = cramp_window_dispose;
  object_class->get_property = cramp_window_get_property;
  object_class->set_property = cramp_window_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  props[PROP_LOAD_ERROR] =
      g_param_spec_boxed ("load-error", NULL, NULL,
                          G_TYPE_ERROR,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  props[PROP_SELECTION] =
      g_param_spec_string ("selection", NULL, NULL,
                           "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, factor_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, guide_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, region_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar);

  gtk_widget_class_install_property_action (widget_class, "win.select", "selection");
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.copy-error", NULL, copy_error_action);
  gtk_widget_class_install_action (widget_class, "win.open-source", "s", open_source_action);
  gtk_widget_class_install_action (widget_class, "win.show-content", NULL, show_content_action);

  g_type_ensure (CRAMP_TYPE_FACTOR_PAGE);
  g_type_ensure (CRAMP_TYPE_GUIDE_PAGE);
  g_type_ensure (CRAMP_TYPE_REGION_PAGE);
  g_type_ensure (CRAMP_TYPE_SIDEBAR);
}

static void
cramp_window_init (CrampWindow *self)
{
  self->selection = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
}
