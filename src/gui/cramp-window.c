/* cramp-window.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cramp-anatomy-view.h"
#include "cramp-check-page.h"
#include "cramp-export.h"
#include "cramp-quiz-page.h"
#include "cramp-explore-layout.h"
#include "cramp-factor-page.h"
#include "cramp-guide-page.h"
#include "cramp-region-page.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"
#include "cramp-ui-util.h"
#include "cramp-window.h"

#define ZOOM_STEP 1.25

/* The window holds the state that every view follows: what is selected,
 * which drawing is shown with which layers and labels, the zoom, and the
 * step of a mechanism being walked through. No view tells another what to
 * do; each changes this state through the window's actions. */
struct _CrampWindow
{
  AdwApplicationWindow parent_instance;

  CrampAnatomyView    *anatomy_view;
  AdwHeaderBar        *content_header;
  GtkWidget           *content_pane;
  GtkStack            *content_stack;
  AdwWindowTitle      *content_title;
  AdwStatusPage       *error_page;
  GtkMenuButton       *layers_button;
  GtkWidget           *leave_button;
  AdwLeaflet          *leaflet;
  GtkStack            *main_stack;
  CrampSidebar        *sidebar;
  GtkWidget           *sidebar_pane;
  GtkWidget           *sidebar_separator;
  GtkBox              *view_switcher;

  /* Made when first shown, indexed by CrampSelectionKind. */
  CrampPage  *pages[CRAMP_SELECTION_QUIZ + 1];

  GSettings  *settings;
  CrampAtlas *atlas;
  GError     *load_error;
  char       *selection;
  char       *anatomy_view_id;
  GStrv       visible_layers;
  gboolean    show_labels;
  double      zoom;
  int         step;
  gboolean    presenting;
};

G_DEFINE_FINAL_TYPE (CrampWindow, cramp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_LOAD_ERROR,
  PROP_SELECTION,
  PROP_ANATOMY_VIEW,
  PROP_VISIBLE_LAYERS,
  PROP_SHOW_LABELS,
  PROP_ZOOM,
  PROP_STEP,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void        update_drawing (CrampWindow *self);
static void        save_layer (CrampWindow *self,
                               const char  *layer,
                               gboolean     visible);

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

/* Selection */

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
    case CRAMP_SELECTION_CHECK:
      return g_str_equal (id, CRAMP_CHECK_SYMPTOMS);
    case CRAMP_SELECTION_QUIZ:
      return g_str_equal (id, CRAMP_QUIZ_ROUND);
    default:
      return FALSE;
    }
}

static const char *const page_names[] = { "welcome", "region", "factor", "guide", "check", "quiz" };

/* The pages are made when first needed, which keeps start-up short. */
static CrampPage *
ensure_page (CrampWindow       *self,
             CrampSelectionKind kind)
{
  GType types[] = { G_TYPE_INVALID, CRAMP_TYPE_REGION_PAGE, CRAMP_TYPE_FACTOR_PAGE,
                    CRAMP_TYPE_GUIDE_PAGE, CRAMP_TYPE_CHECK_PAGE, CRAMP_TYPE_QUIZ_PAGE };

  if (kind == CRAMP_SELECTION_NONE || self->pages[kind] != NULL)
    return self->pages[kind];

  self->pages[kind] = g_object_new (types[kind], "atlas", self->atlas, NULL);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->pages[kind]), page_names[kind]);

  /* The self-check lights the regions its answers concern. */
  if (kind == CRAMP_SELECTION_CHECK)
    g_signal_connect_object (self->pages[kind], "notify::regions", G_CALLBACK (update_drawing), self,
                             G_CONNECT_SWAPPED);
  if (kind == CRAMP_SELECTION_QUIZ)
    g_signal_connect_object (self->pages[kind], "drawing-changed", G_CALLBACK (update_drawing), self,
                             G_CONNECT_SWAPPED);
  return self->pages[kind];
}

static void
show_selection (CrampWindow       *self,
                CrampSelectionKind kind,
                const char        *id)
{
  CrampPage  *page = ensure_page (self, kind);
  const char *title = "";

  if (page != NULL)
    cramp_page_set_item (page, id);

  if (kind == CRAMP_SELECTION_CHECK)
    title = _ ("Check Your Symptoms");
  else if (kind == CRAMP_SELECTION_QUIZ)
    title = _ ("Quiz");
  else if (page != NULL)
    title = cramp_page_get_title (page);

  adw_window_title_set_title (self->content_title, title);
  /* The page is named as its title, for screen readers. */
  if (page != NULL)
    gtk_stack_page_set_title (gtk_stack_get_page (self->content_stack, GTK_WIDGET (page)), title);
  gtk_stack_set_visible_child_name (self->content_stack, page_names[kind]);

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
 * Shows a region, a factor or a guide, and ends any walk through a
 * mechanism. A selection that names nothing in the atlas changes nothing.
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
  self->step = -1;
  show_selection (self, kind, id);
  update_drawing (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTION]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STEP]);
}

static const CrampFactor *
selected_factor (CrampWindow *self)
{
  CrampSelectionKind kind;
  const char        *id;

  if (self->atlas == NULL || !cramp_selection_parse (self->selection, &kind, &id) ||
      kind != CRAMP_SELECTION_FACTOR)
    return NULL;

  return cramp_atlas_lookup_factor (self->atlas, id);
}

static const CrampStep *
current_step (CrampWindow *self)
{
  const CrampFactor *factor = selected_factor (self);

  if (factor == NULL || self->step < 0 || (guint) self->step >= factor->steps->len)
    return NULL;

  return g_ptr_array_index (factor->steps, self->step);
}

/* The drawing */

static void
set_anatomy_view (CrampWindow *self,
                  const char  *view)
{
  if (self->atlas == NULL || view == NULL || cramp_atlas_lookup_view (self->atlas, view) == NULL ||
      g_strcmp0 (self->anatomy_view_id, view) == 0)
    return;

  g_free (self->anatomy_view_id);
  self->anatomy_view_id = g_strdup (view);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ANATOMY_VIEW]);
}

/* Switches to a view that draws at least one of @regions, unless the
 * current one does. */
static void
show_view_of (CrampWindow *self,
              GPtrArray   *regions)
{
  GPtrArray *views = cramp_atlas_get_views (self->atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      for (guint j = 0; j < region->views->len; j++)
        if (g_strcmp0 (((CrampView *) g_ptr_array_index (region->views, j))->id, self->anatomy_view_id) == 0)
          return;
    }

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);

      for (guint j = 0; j < regions->len; j++)
        if (g_ptr_array_find (view->regions, g_ptr_array_index (regions, j), NULL))
          {
            set_anatomy_view (self, view->id);
            return;
          }
    }
}

static void
set_layer_visible (CrampWindow *self,
                   const char  *layer,
                   gboolean     visible)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *action_name = g_strconcat ("layer-", layer, NULL);
  GAction         *action = g_action_map_lookup_action (G_ACTION_MAP (self), action_name);
  gboolean         shown = g_strv_contains ((const char *const *) self->visible_layers, layer);

  if (shown == visible)
    return;

  for (guint i = 0; self->visible_layers[i] != NULL; i++)
    if (!g_str_equal (self->visible_layers[i], layer))
      g_strv_builder_add (builder, self->visible_layers[i]);
  if (visible)
    g_strv_builder_add (builder, layer);

  g_strfreev (self->visible_layers);
  self->visible_layers = g_strv_builder_end (builder);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (visible));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VISIBLE_LAYERS]);
}

static void
add_ids (GStrvBuilder *builder,
         GPtrArray    *records)
{
  /* Every record begins with its id. */
  for (guint i = 0; i < records->len; i++)
    g_strv_builder_add (builder, *(const char **) g_ptr_array_index (records, i));
}

static void
show_step (CrampWindow     *self,
           const CrampStep *step,
           GStrvBuilder    *highlights)
{
  set_anatomy_view (self, step->view->id);
  add_ids (highlights, step->regions);
  add_ids (highlights, step->structures);
  for (guint i = 0; i < step->layers->len; i++)
    set_layer_visible (self, ((CrampLayer *) g_ptr_array_index (step->layers, i))->id, TRUE);
}

static void
show_check_regions (CrampWindow  *self,
                    GStrvBuilder *highlights)
{
  const char *const *ids = cramp_check_page_get_regions (CRAMP_CHECK_PAGE (self->pages[CRAMP_SELECTION_CHECK]));
  g_autoptr (GPtrArray) regions = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_ptr_array_add (regions, (gpointer) cramp_atlas_lookup_region (self->atlas, ids[i]));
      g_strv_builder_add (highlights, ids[i]);
    }
  show_view_of (self, regions);
}

/* A quiz shows its question's view, lights what it asks about, and hides
 * labels that would give the answer away; returns whether it does. */
static gboolean
show_quiz (CrampWindow  *self,
           GStrvBuilder *highlights)
{
  const char *view, *highlight;
  gboolean    picking, hide_labels;

  cramp_quiz_page_get_drawing (CRAMP_QUIZ_PAGE (self->pages[CRAMP_SELECTION_QUIZ]), &view, &highlight, &picking,
                               &hide_labels);
  set_anatomy_view (self, view);
  if (highlight != NULL)
    g_strv_builder_add (highlights, highlight);
  cramp_anatomy_view_set_picking (self->anatomy_view, picking);

  /* To find a region, the keys start on the drawing. */
  if (picking && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (self)),
                                         GTK_WIDGET (self->pages[CRAMP_SELECTION_QUIZ])))
    gtk_widget_child_focus (GTK_WIDGET (self->anatomy_view), GTK_DIR_TAB_FORWARD);
  return hide_labels;
}

/* Lights on the drawing what the selection or the step is about, and shows
 * the view and the layers that it needs. */
static void
update_drawing (CrampWindow *self)
{
  g_autoptr (GStrvBuilder) highlights = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  const CrampStep   *step = current_step (self);
  const CrampFactor *factor = selected_factor (self);
  CrampSelectionKind kind;
  const char        *id;
  gboolean           hide_labels = FALSE;
  gboolean           paging;

  cramp_selection_parse (self->selection, &kind, &id);
  cramp_anatomy_view_set_picking (self->anatomy_view, FALSE);

  if (step != NULL)
    show_step (self, step, highlights);
  else if (kind == CRAMP_SELECTION_REGION)
    {
      g_autoptr (GPtrArray) regions = g_ptr_array_new ();

      g_ptr_array_add (regions, (gpointer) cramp_atlas_lookup_region (self->atlas, id));
      show_view_of (self, regions);
    }
  else if (factor != NULL)
    {
      show_view_of (self, factor->regions);
      add_ids (highlights, factor->regions);
      if (factor->layer != NULL)
        set_layer_visible (self, factor->layer->id, TRUE);
    }
  else if (kind == CRAMP_SELECTION_CHECK)
    show_check_regions (self, highlights);
  else if (kind == CRAMP_SELECTION_QUIZ)
    hide_labels = show_quiz (self, highlights);

  ids = g_strv_builder_end (highlights);
  cramp_anatomy_view_set_names_hidden (self->anatomy_view, hide_labels);
  cramp_anatomy_view_set_show_labels (self->anatomy_view, (self->show_labels || self->presenting) && !hide_labels);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-labels", !hide_labels);
  cramp_anatomy_view_set_selected_region (self->anatomy_view,
                                          kind == CRAMP_SELECTION_REGION && step == NULL ? id : NULL);
  cramp_anatomy_view_set_highlights (self->anatomy_view, (const char *const *) ids);
  cramp_anatomy_view_set_view (self->anatomy_view, self->anatomy_view_id);
  cramp_anatomy_view_set_visible_layers (self->anatomy_view, (const char *const *) self->visible_layers);
  if (self->pages[CRAMP_SELECTION_FACTOR] != NULL)
    g_object_set (self->pages[CRAMP_SELECTION_FACTOR], "step", self->step, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-start", factor && factor->steps->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-stop", step != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-previous", step != NULL && self->step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-next",
                                 step != NULL && (guint) self->step + 1 < factor->steps->len);
  /* Page Down goes through regions, but not away from a quiz or a self-check. */
  paging = self->presenting && step == NULL && kind != CRAMP_SELECTION_QUIZ && kind != CRAMP_SELECTION_CHECK;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-next", paging);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-previous", paging);
}

static void
set_step (CrampWindow *self,
          int          step)
{
  const CrampFactor *factor = selected_factor (self);

  if (factor == NULL || step < -1 || step >= (int) factor->steps->len || step == self->step)
    return;

  self->step = step;
  update_drawing (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STEP]);
}

static void
set_zoom (CrampWindow *self,
          double       zoom)
{
  zoom = CLAMP (zoom, 1.0, CRAMP_ANATOMY_VIEW_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", zoom < CRAMP_ANATOMY_VIEW_MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", zoom > 1.0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", zoom > 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ZOOM]);
}

static void
set_show_labels (CrampWindow *self,
                 gboolean     show_labels)
{
  show_labels = !!show_labels;
  if (self->show_labels == show_labels)
    return;

  self->show_labels = show_labels;
  if (self->atlas != NULL)
    update_drawing (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOW_LABELS]);
}

/* Presentation: the drawing fills the screen, with large labels and bold
 * lights; the list and the header go, the page stays beside the drawing. */
static void
set_presenting (CrampWindow *self,
                gboolean     presenting)
{
  presenting = !!presenting && self->atlas != NULL;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  if (presenting)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
    }

  gtk_widget_set_visible (self->sidebar_pane, !presenting);
  gtk_widget_set_visible (self->sidebar_separator, !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->content_header), !presenting);
  gtk_widget_set_visible (self->leave_button, presenting);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  cramp_anatomy_view_set_presenting (self->anatomy_view, presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
  update_drawing (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PRESENTING]);
}

/* Page Down and Page Up go through the regions of the view shown, in its
 * order, as a clicker would. */
static void
region_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow       *self = CRAMP_WINDOW (widget);
  const CrampView   *view = cramp_atlas_lookup_view (self->atlas, self->anatomy_view_id);
  CrampSelectionKind kind;
  const char        *id;
  guint              n, place = G_MAXUINT;
  g_autofree char   *selection = NULL;

  if (view == NULL || (n = view->regions->len) == 0)
    return;

  cramp_selection_parse (self->selection, &kind, &id);
  for (guint i = 0; kind == CRAMP_SELECTION_REGION && i < n; i++)
    if (g_str_equal (((CrampRegion *) g_ptr_array_index (view->regions, i))->id, id))
      place = i;

  if (place == G_MAXUINT)
    place = g_str_equal (action_name, "win.region-next") ? 0 : n - 1;
  else
    place = (place + (g_str_equal (action_name, "win.region-next") ? 1 : n - 1)) % n;

  selection = cramp_selection_make (CRAMP_SELECTION_REGION, ((CrampRegion *) g_ptr_array_index (view->regions, place))->id);
  cramp_window_set_selection (self, selection);
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

  cramp_export_run (GTK_WINDOW (self), self->anatomy_view, format);
}

static void
print_handout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_export_print_handout (GTK_WINDOW (self), self->anatomy_view);
}

static void
copy_drawing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!cramp_export_copy (self->anatomy_view, &error))
    g_warning ("The drawing could not be copied: %s", error ? error->message : "");
}

static void
pick_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  if (self->pages[CRAMP_SELECTION_QUIZ] != NULL)
    cramp_quiz_page_pick (CRAMP_QUIZ_PAGE (self->pages[CRAMP_SELECTION_QUIZ]), g_variant_get_string (parameter, NULL));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  set_presenting (CRAMP_WINDOW (widget), FALSE);
}

/* Controls of the drawing, built from the content */

static void
layer_changed_cb (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  CrampWindow *self = user_data;
  const char  *layer = g_object_get_data (G_OBJECT (action), "cramp-layer");

  set_layer_visible (self, layer, g_variant_get_boolean (state));
  save_layer (self, layer, g_variant_get_boolean (state));
  cramp_anatomy_view_set_visible_layers (self->anatomy_view, (const char *const *) self->visible_layers);
}

static void
build_layer_controls (CrampWindow *self)
{
  GPtrArray *layers = cramp_atlas_get_layers (self->atlas);
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) section = g_menu_new ();

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *name = g_strconcat ("layer-", layer->id, NULL);
      g_autofree char  *detailed = g_strconcat ("win.", name, NULL);
      GSimpleAction    *action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));

      g_object_set_data_full (G_OBJECT (action), "cramp-layer", g_strdup (layer->id), g_free);
      g_signal_connect_object (action, "change-state", G_CALLBACK (layer_changed_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
      g_object_unref (action);
      g_menu_append (section, layer->name, detailed);
    }

  g_menu_append_section (menu, _ ("Layers"), G_MENU_MODEL (section));
  g_menu_append (menu, _ ("_Labels"), "win.show-labels");
  gtk_menu_button_set_menu_model (self->layers_button, G_MENU_MODEL (menu));
}

/* Alt+1, Alt+2 and so on show the views, in the switcher's order. */
static GtkShortcut *
view_shortcut (const CrampView *view,
               guint            index)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + index, GDK_ALT_MASK),
                                            gtk_named_action_new ("win.anatomy-view"));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (view->id));
  return shortcut;
}

static void
build_view_switcher (CrampWindow *self)
{
  GPtrArray          *views = cramp_atlas_get_views (self->atlas);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      GtkWidget       *button = gtk_toggle_button_new_with_label (view->name);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.anatomy-view");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", view->id);
      gtk_widget_set_tooltip_text (button, view->summary);
      gtk_box_append (self->view_switcher, button);
      if (i < 9)
        gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), view_shortcut (view, i));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  set_anatomy_view (self, ((CrampView *) g_ptr_array_index (views, 0))->id);
}

/* Actions */

static void
show_content_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

/* Starts the self-check afresh, with the region of the parameter, if any,
 * given as where the cramps are. */
static void
start_check_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow     *self = CRAMP_WINDOW (widget);
  const char      *region = g_variant_get_string (parameter, NULL);
  g_autofree char *selection = cramp_selection_make (CRAMP_SELECTION_CHECK, CRAMP_CHECK_SYMPTOMS);
  CrampPage       *page;

  if (self->atlas == NULL)
    return;

  page = ensure_page (self, CRAMP_SELECTION_CHECK);
  cramp_page_set_item (page, CRAMP_CHECK_SYMPTOMS);
  cramp_check_page_start (CRAMP_CHECK_PAGE (page), region[0] != '\0' ? region : NULL);
  cramp_window_set_selection (self, selection);
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

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  cramp_sidebar_start_search (self->sidebar);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    set_zoom (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "win.zoom-out"))
    set_zoom (self, self->zoom / ZOOM_STEP);
  else
    set_zoom (self, 1.0);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  if (g_str_equal (action_name, "win.step-start"))
    set_step (self, 0);
  else if (g_str_equal (action_name, "win.step-next"))
    set_step (self, self->step + 1);
  else if (g_str_equal (action_name, "win.step-previous"))
    set_step (self, self->step - 1);
  else
    set_step (self, -1);
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

static void
save_string (GSettings  *settings,
             const char *key,
             const char *value)
{
  g_autofree char *saved = g_settings_get_string (settings, key);

  if (g_strcmp0 (saved, value) != 0)
    g_settings_set_string (settings, key, value);
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

/* The user's own layers: what a cause or a step shows on top is not saved. */
static void
save_layer (CrampWindow *self,
            const char  *layer,
            gboolean     visible)
{
  g_auto (GStrv) saved = g_settings_get_strv (self->settings, "visible-layers");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) layers = NULL;

  if (g_strv_contains ((const char *const *) saved, layer) == !!visible)
    return;

  for (guint i = 0; saved[i] != NULL; i++)
    if (!g_str_equal (saved[i], layer))
      g_strv_builder_add (builder, saved[i]);
  if (visible)
    g_strv_builder_add (builder, layer);

  layers = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "visible-layers", (const char *const *) layers);
}

/* The view, the layers and the labels come back as they were left; names
 * that the content no longer has are passed over. */
static void
restore_drawing_state (CrampWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "anatomy-view");
  g_auto (GStrv) layers = g_settings_get_strv (self->settings, "visible-layers");

  set_anatomy_view (self, view);
  for (guint i = 0; layers[i] != NULL; i++)
    if (cramp_atlas_lookup_layer (self->atlas, layers[i]) != NULL)
      set_layer_visible (self, layers[i], TRUE);
  set_show_labels (self, g_settings_get_boolean (self->settings, "show-labels"));
  update_drawing (self);
}

static void
connect_drawing (CrampWindow *self)
{
  cramp_anatomy_view_set_atlas (self->anatomy_view, self->atlas);
  build_view_switcher (self);
  build_layer_controls (self);

  g_object_bind_property (self, "anatomy-view", self->anatomy_view, "view", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "zoom", self->anatomy_view, "zoom",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  update_drawing (self);
}

static void
cramp_window_constructed (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  G_OBJECT_CLASS (cramp_window_parent_class)->constructed (object);

  restore_window_state (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", FALSE);

  if (self->atlas == NULL)
    {
      show_load_error (self);
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-error", FALSE);
  cramp_sidebar_set_atlas (self->sidebar, self->atlas);
  connect_drawing (self);
  restore_drawing_state (self);
}

static gboolean
cramp_window_close_request (GtkWindow *window)
{
  save_window_state (CRAMP_WINDOW (window));

  return GTK_WINDOW_CLASS (cramp_window_parent_class)->close_request (window);
}

static void
cramp_window_dispose (GObject *object)
{
  CrampWindow *self = CRAMP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_WINDOW);
  memset (self->pages, 0, sizeof self->pages);
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->selection, g_free);
  g_clear_pointer (&self->anatomy_view_id, g_free);
  g_clear_pointer (&self->visible_layers, g_strfreev);

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
    case PROP_ANATOMY_VIEW:
      g_value_set_string (value, self->anatomy_view_id);
      break;
    case PROP_VISIBLE_LAYERS:
      g_value_set_boxed (value, self->visible_layers);
      break;
    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, self->show_labels);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
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
    case PROP_ANATOMY_VIEW:
      /* The property is what the view switcher and Alt+1… set: the user's
       * choice, which is kept. The window's own changes are not. */
      set_anatomy_view (self, g_value_get_string (value));
      if (self->atlas != NULL)
        save_string (self->settings, "anatomy-view", self->anatomy_view_id);
      break;
    case PROP_SHOW_LABELS:
      set_show_labels (self, g_value_get_boolean (value));
      save_boolean (self->settings, "show-labels", self->show_labels);
      break;
    case PROP_ZOOM:
      set_zoom (self, g_value_get_double (value));
      break;
    case PROP_STEP:
      set_step (self, g_value_get_int (value));
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
  props[PROP_ANATOMY_VIEW] = g_param_spec_string ("anatomy-view", NULL, NULL, NULL, flags);
  props[PROP_VISIBLE_LAYERS] =
      g_param_spec_boxed ("visible-layers", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_SHOW_LABELS] = g_param_spec_boolean ("show-labels", NULL, NULL, TRUE, flags);
  props[PROP_ZOOM] =
      g_param_spec_double ("zoom", NULL, NULL, 1.0, CRAMP_ANATOMY_VIEW_MAX_ZOOM, 1.0, flags);
  props[PROP_STEP] = g_param_spec_int ("step", NULL, NULL, -1, G_MAXINT, -1, flags);
  props[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.select", "selection");
  gtk_widget_class_install_property_action (widget_class, "win.anatomy-view", "anatomy-view");
  gtk_widget_class_install_property_action (widget_class, "win.show-labels", "show-labels");
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-svg", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-drawing", NULL, copy_drawing_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, print_handout_action);
  gtk_widget_class_install_action (widget_class, "win.save-handout", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.pick-region", "s", pick_region_action);
  gtk_widget_class_install_action (widget_class, "win.region-next", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.region-previous", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.copy-error", NULL, copy_error_action);
  gtk_widget_class_install_action (widget_class, "win.open-source", "s", open_source_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-content", NULL, show_content_action);
  gtk_widget_class_install_action (widget_class, "win.start-check", "s", start_check_action);
  gtk_widget_class_install_action (widget_class, "win.step-next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-start", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-stop", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
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

  window_class->close_request = cramp_window_close_request;

  install_properties (object_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, anatomy_view);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, layers_button);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, leave_button);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, CrampWindow, view_switcher);

  install_actions (widget_class);

  g_type_ensure (CRAMP_TYPE_ANATOMY_VIEW);
  g_type_ensure (CRAMP_TYPE_CHECK_PAGE);
  g_type_ensure (CRAMP_TYPE_QUIZ_PAGE);
  g_type_ensure (CRAMP_TYPE_EXPLORE_LAYOUT);
  g_type_ensure (CRAMP_TYPE_FACTOR_PAGE);
  g_type_ensure (CRAMP_TYPE_GUIDE_PAGE);
  g_type_ensure (CRAMP_TYPE_REGION_PAGE);
  g_type_ensure (CRAMP_TYPE_SIDEBAR);
}

/* Page Down and Page Up, which presentation clickers send, step through a
 * mechanism while one runs, and else through the regions while presenting;
 * Escape leaves a presentation. They are caught before the page would
 * scroll, but a disabled action lets the key go on. */
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
  add_shortcut (controller, GDK_KEY_Page_Down, "win.step-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.step-previous");
  add_shortcut (controller, GDK_KEY_Page_Down, "win.region-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.region-previous");
  add_shortcut (controller, GDK_KEY_Escape, "win.leave-presentation");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* When the window manager ends full screen, the presentation ends too. */
static void
fullscreened_cb (CrampWindow *self)
{
  if (self->presenting && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    set_presenting (self, FALSE);
}

static void
cramp_window_init (CrampWindow *self)
{
  /* Property actions cannot hold a NULL string. */
  self->selection = g_strdup ("");
  self->anatomy_view_id = g_strdup ("");
  self->visible_layers = g_new0 (char *, 1);
  self->show_labels = TRUE;
  self->zoom = 1.0;
  self->step = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_fix_accessible_names (GTK_WIDGET (self));
  add_step_keys (self);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-next", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.region-previous", FALSE);
}
