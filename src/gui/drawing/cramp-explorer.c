/* cramp-explorer.c: the drawing with its views, layers and zoom
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cramp-a11y.h"
#include "cramp-explorer.h"

#define ZOOM_STEP 1.25

/* The drawing and its controls, all following one CrampScene: the switcher
 * of views, the layers and labels, and the zoom. Its actions, in the
 * "drawing" group, change the person's own choices in the scene and
 * nothing else; their states are set from the scene in one place. */
struct _CrampExplorer
{
  GtkWidget           parent_instance;

  CrampAnatomyView   *anatomy_view;
  GtkMenuButton      *layers_button;
  GtkWidget          *leave_button;
  GtkBox             *view_switcher;
  GtkWidget          *zoom_in_button;
  GtkWidget          *zoom_out_button;
  GtkWidget          *zoom_reset_button;

  CrampScene         *scene;
  GSimpleActionGroup *actions;
  GtkEventController *view_keys;
};

G_DEFINE_FINAL_TYPE (CrampExplorer, cramp_explorer, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SCENE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum
{
  REGION_ACTIVATED,
  STRUCTURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Actions */

static GAction *
lookup (CrampExplorer *self,
        const char    *name)
{
  return g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);
}

static void
set_enabled (CrampExplorer *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = lookup (self, name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
set_state (CrampExplorer *self,
           const char    *name,
           GVariant      *state)
{
  GAction *action = lookup (self, name);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  else
    g_variant_unref (g_variant_ref_sink (state));
}

/* A zoom button that can no longer be used hands the focus to one that
 * can, rather than dropping it, which would send the keys back to the
 * start of the window. */
static void
keep_zoom_focus (CrampExplorer *self,
                 GtkWidget     *had_focus)
{
  GtkWidget *buttons[] = { self->zoom_in_button, self->zoom_out_button, self->zoom_reset_button };
  gboolean   was_zoom = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    was_zoom = was_zoom || buttons[i] == had_focus;
  if (!was_zoom || gtk_widget_is_sensitive (had_focus))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (gtk_widget_is_sensitive (buttons[i]) && gtk_widget_grab_focus (buttons[i]))
      return;
}

/* Every action's state and whether it can be used, from the scene. */
static void
actions_update (CrampExplorer *self)
{
  CrampScene *scene = self->scene;
  GtkRoot    *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget  *had_focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GPtrArray  *layers;
  double      zoom;

  if (scene == NULL)
    return;

  zoom = cramp_scene_get_zoom (scene);
  set_state (self, "view", g_variant_new_string (cramp_scene_get_shown_view (scene) ?: ""));
  set_state (self, "labels", g_variant_new_string (cramp_labels_to_string (cramp_scene_get_labels (scene))));
  set_enabled (self, "labels", !cramp_scene_get_names_hidden (scene));
  set_enabled (self, "zoom-in", zoom < CRAMP_SCENE_MAX_ZOOM);
  set_enabled (self, "zoom-out", zoom > 1.0);
  set_enabled (self, "zoom-reset", zoom > 1.0);
  keep_zoom_focus (self, had_focus);

  /* A layer that what is open shows anyway is ticked and cannot be
   * switched off; the person's own choice underneath is kept. */
  layers = cramp_atlas_get_layers (cramp_scene_get_atlas (scene));
  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *name = g_strconcat ("layer-", layer->id, NULL);
      gboolean          chosen = cramp_scene_get_layer_visible (scene, layer->id);
      gboolean          shown = g_strv_contains (cramp_scene_get_shown_layers (scene), layer->id);

      set_state (self, name, g_variant_new_boolean (shown));
      set_enabled (self, name, chosen || !shown);
    }
}

static gboolean
focus_in_switcher (CrampExplorer *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_switcher));
}

/* A view chosen from elsewhere, as with Alt+2, is said; one chosen in the
 * switcher is read as the focus moves to it. */
static void
view_changed_cb (GSimpleAction *action,
                 GVariant      *state,
                 CrampExplorer *self)
{
  const char      *id = g_variant_get_string (state, NULL);
  const CrampView *view = cramp_atlas_lookup_view (cramp_scene_get_atlas (self->scene), id);
  g_autofree char *before = g_strdup (cramp_scene_get_shown_view (self->scene));

  cramp_scene_set_view (self->scene, id);
  if (view != NULL && g_strcmp0 (before, cramp_scene_get_shown_view (self->scene)) != 0 && !focus_in_switcher (self))
    {
      g_autofree char *message = g_strdup_printf ("%s. %s", view->name, view->summary);

      cramp_a11y_announce (GTK_WIDGET (self), message);
    }
}

static void
labels_changed_cb (GSimpleAction *action,
                   GVariant      *state,
                   CrampExplorer *self)
{
  CrampLabels labels;

  if (cramp_labels_from_string (g_variant_get_string (state, NULL), &labels))
    cramp_scene_set_labels (self->scene, labels);
}

static void
layer_changed_cb (GSimpleAction *action,
                  GVariant      *state,
                  CrampExplorer *self)
{
  const char *name = g_action_get_name (G_ACTION (action));

  cramp_scene_set_layer_visible (self->scene, name + strlen ("layer-"), g_variant_get_boolean (state));
}

static void
zoom_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   CrampExplorer *self)
{
  const char *name = g_action_get_name (G_ACTION (action));
  double      zoom = cramp_scene_get_zoom (self->scene);

  if (g_str_equal (name, "zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (name, "zoom-out"))
    zoom /= ZOOM_STEP;
  else
    zoom = 1.0;
  cramp_scene_set_zoom (self->scene, zoom);
}

static void
add_stateful (CrampExplorer *self,
              const char    *name,
              GVariant      *state,
              GCallback      changed)
{
  const GVariantType *parameter = NULL;
  g_autoptr (GSimpleAction) action = NULL;

  /* A switch takes no parameter, so that menus show it as a check box. */
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN))
    parameter = g_variant_get_type (state);
  action = g_simple_action_new_stateful (name, parameter, state);

  g_signal_connect (action, "change-state", changed, self);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
}

static void
add_zoom (CrampExplorer *self,
          const char    *name)
{
  g_autoptr (GSimpleAction) action = g_simple_action_new (name, NULL);

  g_signal_connect (action, "activate", G_CALLBACK (zoom_activated_cb), self);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
}

static void
build_actions (CrampExplorer *self)
{
  add_stateful (self, "view", g_variant_new_string (""), G_CALLBACK (view_changed_cb));
  add_stateful (self, "labels", g_variant_new_string ("regions"), G_CALLBACK (labels_changed_cb));
  add_zoom (self, "zoom-in");
  add_zoom (self, "zoom-out");
  add_zoom (self, "zoom-reset");
}

/* Controls built from the content */

static void
clear_content_controls (CrampExplorer *self)
{
  GtkWidget *child;
  char     **names = g_action_group_list_actions (G_ACTION_GROUP (self->actions));

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "layer-"))
      g_action_map_remove_action (G_ACTION_MAP (self->actions), names[i]);
  g_strfreev (names);

  gtk_menu_button_set_popover (self->layers_button, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->view_switcher))) != NULL)
    gtk_box_remove (self->view_switcher, child);
  if (self->view_keys != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self), self->view_keys);
  self->view_keys = NULL;
}

static GtkWidget *
popover_heading_new (const char *title)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  return label;
}

/* A check button for a boolean action, or, in @group, a radio for a
 * target of one, whose @label has a mnemonic. */
static GtkWidget *
popover_check_new (const char *label,
                   const char *detailed_action,
                   GtkWidget  *group)
{
  GtkWidget *check = group || strchr (detailed_action, ':') ? gtk_check_button_new_with_mnemonic (label)
                                                            : gtk_check_button_new_with_label (label);

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (check), detailed_action);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (group));
  return check;
}

static void
add_layer_actions (CrampExplorer *self,
                   CrampAtlas    *atlas)
{
  GPtrArray *layers = cramp_atlas_get_layers (atlas);

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *name = g_strconcat ("layer-", layer->id, NULL);

      add_stateful (self, name, g_variant_new_boolean (FALSE), G_CALLBACK (layer_changed_cb));
    }
}

/* The layers and labels in a popover of check buttons rather than a menu,
 * which closes at each choice: a teacher turns on several layers at once.
 * It is built when it first opens, which keeps it out of start-up. */
static void
create_layers_popover_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  static const struct
  {
    const char *label;
    const char *action;
  } labels[] = {
    { N_ ("_Regions"), "drawing.labels::regions" },
    { N_ ("_Structures"), "drawing.labels::structures" },
    { N_ ("_Both"), "drawing.labels::both" },
    { N_ ("_None"), "drawing.labels::none" },
  };
  CrampExplorer *self = user_data;
  GPtrArray     *layers;
  GtkWidget     *box;
  GtkWidget     *popover;
  GtkWidget     *first = NULL;

  if (self->scene == NULL || gtk_menu_button_get_popover (button) != NULL)
    return;

  layers = cramp_atlas_get_layers (cramp_scene_get_atlas (self->scene));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (box), popover_heading_new (_ ("Layers")));
  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *detailed = g_strconcat ("drawing.layer-", layer->id, NULL);

      gtk_box_append (GTK_BOX (box), popover_check_new (layer->name, detailed, NULL));
    }

  gtk_box_append (GTK_BOX (box), popover_heading_new (_ ("Labels")));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *check = popover_check_new (_ (labels[i].label), labels[i].action, first);

      first = first ? first : check;
      gtk_box_append (GTK_BOX (box), check);
    }

  gtk_widget_add_css_class (box, "layers-popover");
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

/* The switcher is one stop of Tab, on the view shown; the arrow keys
 * choose the next or previous view, as in a group of radio buttons. */
static void
view_button_active_cb (GtkToggleButton *button)
{
  gtk_widget_set_focusable (GTK_WIDGET (button), gtk_toggle_button_get_active (button));
}

static gboolean
view_switcher_key_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      CrampExplorer         *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *next = NULL;

  if (focus == NULL || gtk_widget_get_parent (focus) != GTK_WIDGET (self->view_switcher) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      next = gtk_widget_get_next_sibling (focus);
      if (next == NULL)
        next = gtk_widget_get_first_child (GTK_WIDGET (self->view_switcher));
      break;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      next = gtk_widget_get_prev_sibling (focus);
      if (next == NULL)
        next = gtk_widget_get_last_child (GTK_WIDGET (self->view_switcher));
      break;
    default:
      return FALSE;
    }

  gtk_widget_activate (next);
  gtk_widget_set_focusable (next, TRUE);
  gtk_widget_grab_focus (next);
  return TRUE;
}

/* Ctrl+Plus, Ctrl+Minus and Ctrl+0 zoom from anywhere in the window. */
static void
add_zoom_key (GtkEventController *controller,
              guint               keyval,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                                                          gtk_named_action_new (action)));
}

static void
add_zoom_keys (CrampExplorer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  add_zoom_key (controller, GDK_KEY_plus, "drawing.zoom-in");
  add_zoom_key (controller, GDK_KEY_equal, "drawing.zoom-in");
  add_zoom_key (controller, GDK_KEY_KP_Add, "drawing.zoom-in");
  add_zoom_key (controller, GDK_KEY_minus, "drawing.zoom-out");
  add_zoom_key (controller, GDK_KEY_KP_Subtract, "drawing.zoom-out");
  add_zoom_key (controller, GDK_KEY_0, "drawing.zoom-reset");
  add_zoom_key (controller, GDK_KEY_KP_0, "drawing.zoom-reset");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Alt+1, Alt+2 and so on show the views, in the switcher's order, from
 * anywhere in the window. */
static GtkShortcut *
view_shortcut (const CrampView *view,
               guint            index)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + index, GDK_ALT_MASK),
                                            gtk_named_action_new ("drawing.view"));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (view->id));
  return shortcut;
}

static void
build_view_switcher (CrampExplorer *self,
                     CrampAtlas    *atlas)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  self->view_keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (self->view_keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      GtkWidget       *button = cramp_a11y_toggle_button_new (view->name);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "drawing.view");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", view->id);
      gtk_widget_set_tooltip_text (button, view->summary);
      view_button_active_cb (GTK_TOGGLE_BUTTON (button));
      g_signal_connect (button, "notify::active", G_CALLBACK (view_button_active_cb), NULL);
      gtk_box_append (self->view_switcher, button);
      if (i < 9)
        gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (self->view_keys), view_shortcut (view, i));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), self->view_keys);
}

/* The scene */

static void
scene_changed_cb (CrampExplorer *self)
{
  actions_update (self);
}

static void
region_activated_cb (CrampExplorer *self,
                     const char    *region)
{
  g_signal_emit (self, signals[REGION_ACTIVATED], 0, region);
}

static void
structure_activated_cb (CrampExplorer *self,
                        const char    *structure)
{
  g_signal_emit (self, signals[STRUCTURE_ACTIVATED], 0, structure);
}

CrampScene *
cramp_explorer_get_scene (CrampExplorer *self)
{
  g_return_val_if_fail (CRAMP_IS_EXPLORER (self), NULL);

  return self->scene;
}

/**
 * cramp_explorer_set_scene:
 * @self: an explorer
 * @scene: (nullable): the scene to show and change
 */
void
cramp_explorer_set_scene (CrampExplorer *self,
                          CrampScene    *scene)
{
  g_return_if_fail (CRAMP_IS_EXPLORER (self));
  g_return_if_fail (scene == NULL || CRAMP_IS_SCENE (scene));

  if (self->scene == scene)
    return;

  if (self->scene != NULL)
    g_signal_handlers_disconnect_by_data (self->scene, self);
  g_set_object (&self->scene, scene);
  clear_content_controls (self);

  if (scene != NULL)
    {
      add_layer_actions (self, cramp_scene_get_atlas (scene));
      build_view_switcher (self, cramp_scene_get_atlas (scene));
      g_signal_connect_swapped (scene, "notify", G_CALLBACK (scene_changed_cb), self);
      g_object_bind_property (scene, "presenting", self->leave_button, "visible", G_BINDING_SYNC_CREATE);
    }

  cramp_anatomy_view_set_scene (self->anatomy_view, scene);
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SCENE]);
}

/**
 * cramp_explorer_get_anatomy_view:
 * @self: an explorer
 *
 * Returns: (transfer none): its drawing
 */
CrampAnatomyView *
cramp_explorer_get_anatomy_view (CrampExplorer *self)
{
  g_return_val_if_fail (CRAMP_IS_EXPLORER (self), NULL);

  return self->anatomy_view;
}

/**
 * cramp_explorer_focus_drawing:
 * @self: an explorer
 *
 * Puts the focus on the drawing's selected region, or its first; or, when
 * the regions take no focus, as in a quiz, on the first control.
 *
 * Returns: whether the focus moved
 */
gboolean
cramp_explorer_focus_drawing (CrampExplorer *self)
{
  g_return_val_if_fail (CRAMP_IS_EXPLORER (self), FALSE);

  return gtk_widget_child_focus (GTK_WIDGET (self->anatomy_view), GTK_DIR_TAB_FORWARD) ||
         gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/**
 * cramp_explorer_get_actions:
 * @self: an explorer
 *
 * Returns: (transfer none): its actions, the group it calls "drawing"
 */
GActionGroup *
cramp_explorer_get_actions (CrampExplorer *self)
{
  g_return_val_if_fail (CRAMP_IS_EXPLORER (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

/* Object */

static void
cramp_explorer_dispose (GObject *object)
{
  CrampExplorer *self = CRAMP_EXPLORER (object);
  GtkWidget     *child;

  if (self->scene != NULL)
    g_signal_handlers_disconnect_by_data (self->scene, self);
  g_clear_object (&self->scene);
  g_clear_object (&self->actions);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_EXPLORER);

  /* GTK 4.8 leaves the template's unnamed rows in place. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cramp_explorer_parent_class)->dispose (object);
}

static void
cramp_explorer_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrampExplorer *self = CRAMP_EXPLORER (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_explorer_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrampExplorer *self = CRAMP_EXPLORER (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      cramp_explorer_set_scene (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_explorer_class_init (CrampExplorerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_explorer_dispose;
  object_class->get_property = cramp_explorer_get_property;
  object_class->set_property = cramp_explorer_set_property;

  props[PROP_SCENE] =
      g_param_spec_object ("scene", NULL, NULL,
                           CRAMP_TYPE_SCENE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * CrampExplorer::region-activated:
   * @self: the explorer
   * @region: the id of the region
   *
   * Emitted when a region of the drawing is clicked or activated.
   */
  signals[REGION_ACTIVATED] = g_signal_new ("region-activated",
                                            G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * CrampExplorer::structure-activated:
   * @self: the explorer
   * @structure: the id of the structure
   *
   * Emitted when a structure of the drawing is clicked or activated.
   */
  signals[STRUCTURE_ACTIVATED] = g_signal_new ("structure-activated",
                                               G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-explorer.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, anatomy_view);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, layers_button);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, leave_button);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, CrampExplorer, zoom_reset_button);
  gtk_widget_class_bind_template_callback (widget_class, region_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, structure_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);

  g_type_ensure (CRAMP_TYPE_ANATOMY_VIEW);
}

static void
cramp_explorer_init (CrampExplorer *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->actions = g_simple_action_group_new ();
  build_actions (self);
  gtk_menu_button_set_create_popup_func (self->layers_button, create_layers_popover_cb, self, NULL);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (view_switcher_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view_switcher), keys);
  add_zoom_keys (self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "drawing", G_ACTION_GROUP (self->actions));
}
