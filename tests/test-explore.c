/* test-explore.c: the drawing in the window, driven by actions and keys
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <string.h>

#include "cramp-a11y.h"
#include "cramp-anatomy-view.h"
#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-explore-layout.h"
#include "cramp-explorer.h"
#include "cramp-export.h"
#include "cramp-quiz-page.h"
#include "cramp-region-button.h"
#include "cramp-region-page.h"
#include "cramp-sidebar.h"
#include "cramp-structure-page.h"
#include "cramp-ui-util.h"
#include "cramp-window.h"
#include "gui-test-util.h"
#include "test-util.h"

static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

/* The structures join the drawing's map in an idle after a frame, and their
 * buttons are allocated in the frame after that: wait for both. */
static void
flush (void)
{
  gui_test_flush (GTK_WIDGET (window));
  gui_test_flush (GTK_WIDGET (window));
}

static CrampAnatomyView *
anatomy_view (void)
{
  return CRAMP_ANATOMY_VIEW (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_ANATOMY_VIEW));
}

/* The buttons of the regions, or of the structures, of the view shown. */
static GPtrArray *
part_buttons (gboolean structures)
{
  GPtrArray *buttons = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (anatomy_view ()));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CRAMP_IS_REGION_BUTTON (child) &&
        (cramp_atlas_lookup_structure (atlas, cramp_region_button_get_region (CRAMP_REGION_BUTTON (child))) != NULL) ==
            structures)
      g_ptr_array_add (buttons, child);

  return buttons;
}

static GPtrArray *
region_buttons (void)
{
  return part_buttons (FALSE);
}

static GtkWidget *
region_button (const char *region)
{
  g_autoptr (GPtrArray) buttons = region_buttons ();

  for (guint i = 0; i < buttons->len; i++)
    if (g_str_equal (cramp_region_button_get_region (g_ptr_array_index (buttons, i)), region))
      return g_ptr_array_index (buttons, i);

  ck_abort_msg ("the drawing has no button for %s", region);
  return NULL;
}

static void
select_item (const char *selection)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select", "s", selection);
  flush ();
}

static void
activate (const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  flush ();
}

/* The drawing's own actions live on the explorer, below the window. */
static void
activate_drawing (const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (anatomy_view ()), action, NULL);
  flush ();
}

static void
choose_labels (const char *labels)
{
  gtk_widget_activate_action (GTK_WIDGET (anatomy_view ()), "drawing.labels", "s", labels);
  flush ();
}

static void
show_view (const char *view)
{
  gtk_widget_activate_action (GTK_WIDGET (anatomy_view ()), "drawing.view", "s", view);
  flush ();
}

static CrampScene *scene (void);

/* Shows these layers only: none hides every structure, so that a region
 * answers wherever it is. */
static void
show_layers (const char *const *layers)
{
  static const char *const none[] = { NULL };

  cramp_scene_set_layers (scene (), layers ? layers : none);
  flush ();
}

static CrampScene *
scene (void)
{
  return cramp_window_get_scene (window);
}

static GtkWidget *
layers_button (void)
{
  GtkWidget *button = gui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  while (button != NULL && !gtk_widget_has_css_class (button, "circular"))
    button = gui_test_find_of_type (gtk_widget_get_parent (button), GTK_TYPE_MENU_BUTTON);
  ck_assert_ptr_nonnull (button);
  return button;
}

/* The check button of the layers popover with this label. */
static GtkWidget *
find_check (GtkWidget  *widget,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
layer_check (const char *layer_id)
{
  GPtrArray  *layers = cramp_atlas_get_layers (atlas);
  const char *name = NULL;
  GtkWidget  *item;

  for (guint i = 0; i < layers->len; i++)
    if (g_str_equal (((CrampLayer *) g_ptr_array_index (layers, i))->id, layer_id))
      name = ((CrampLayer *) g_ptr_array_index (layers, i))->name;
  ck_assert_ptr_nonnull (name);

  /* The popover is built when it first opens. */
  if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (layers_button ())) == NULL)
    {
      gtk_menu_button_popup (GTK_MENU_BUTTON (layers_button ()));
      flush ();
      gtk_menu_button_popdown (GTK_MENU_BUTTON (layers_button ()));
      flush ();
    }
  item = find_check (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (layers_button ()))), name);
  ck_assert_msg (item != NULL, "the layers popover has no check button %s", name);
  return item;
}

/* Whether the layers popover shows a layer ticked, as a person would see it. */
static gboolean
layer_ticked (const char *layer_id)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (layer_check (layer_id)));
}

static void
setup (void)
{
  window = gui_test_open_window (app, atlas, 1300, 820);
}

static void
teardown (void)
{
  gui_test_close_window (&window);
}

START_TEST (test_regions_are_named_buttons)
{
  const CrampView *medial = cramp_atlas_lookup_view (atlas, "medial");
  g_autoptr (GPtrArray) buttons = region_buttons ();

  show_layers (NULL);

  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), "medial");
  ck_assert_uint_eq (buttons->len, medial->regions->len);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkAccessible     *button = g_ptr_array_index (buttons, i);
      const CrampRegion *region = g_ptr_array_index (medial->regions, i);
      g_autofree char   *failure = NULL;

      ck_assert_str_eq (cramp_region_button_get_region (CRAMP_REGION_BUTTON (button)), region->id);
      ck_assert (gtk_test_accessible_has_role (button, cramp_a11y_toggle_role ()));
      failure = gtk_test_accessible_check_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, region->name);
      ck_assert_msg (failure == NULL, "%s", failure);
      ck_assert (gtk_widget_get_focusable (GTK_WIDGET (button)));
    }
}
END_TEST

START_TEST (test_keys_go_round_in_anatomical_order)
{
  const CrampView *medial = cramp_atlas_lookup_view (atlas, "medial");
  GtkWidget       *view = GTK_WIDGET (anatomy_view ());
  g_autoptr (GPtrArray) buttons = region_buttons ();

  show_layers (NULL);

  /* The regions are one stop of Tab, entered at the first. */
  ck_assert (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < medial->regions->len; i++)
    {
      ck_assert_str_eq (cramp_region_button_get_region (CRAMP_REGION_BUTTON (gtk_widget_get_focus_child (view))),
                        ((CrampRegion *) g_ptr_array_index (medial->regions, i))->id);
      ck_assert (gtk_widget_child_focus (view, GTK_DIR_RIGHT));
    }
  /* The arrows go round; Tab leaves from any region. */
  ck_assert_ptr_eq (gtk_widget_get_focus_child (view), g_ptr_array_index (buttons, 0));
  ck_assert (!gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  gtk_widget_grab_focus (region_button ("lower-calf"));
  ck_assert (gtk_widget_child_focus (view, GTK_DIR_RIGHT));
  ck_assert_ptr_eq (gtk_widget_get_focus_child (view), region_button ("toes"));
  ck_assert (gtk_widget_child_focus (view, GTK_DIR_LEFT));
  ck_assert_ptr_eq (gtk_widget_get_focus_child (view), region_button ("lower-calf"));
  ck_assert (!gtk_widget_child_focus (view, GTK_DIR_TAB_BACKWARD));

  /* Tab comes back to the selected region, from either side. */
  select_item ("region:ankle");
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  ck_assert (gtk_widget_child_focus (view, GTK_DIR_TAB_BACKWARD));
  ck_assert_ptr_eq (gtk_widget_get_focus_child (view), region_button ("ankle"));
}
END_TEST

/* The pressed state, as a screen reader gets it. */
static char *
check_toggled (GtkWidget *button,
               gboolean   toggled)
{
  GtkAccessibleTristate state = toggled ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE;

#if GTK_CHECK_VERSION(4, 10, 0)
  return gtk_test_accessible_check_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED, state);
#else
  return gtk_test_accessible_check_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_CHECKED, state);
#endif
}

START_TEST (test_activating_a_region_selects_it_everywhere)
{
  CrampSidebar    *sidebar = CRAMP_SIDEBAR (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_SIDEBAR));
  g_autofree char *pressed = NULL;
  g_autofree char *released = NULL;

  g_signal_emit_by_name (region_button ("heel"), "activate");
  flush ();

  ck_assert_str_eq (cramp_window_get_selection (window), "region:heel");
  ck_assert_str_eq (cramp_anatomy_view_get_selected_region (anatomy_view ()), "heel");
  ck_assert (cramp_region_button_get_selected (CRAMP_REGION_BUTTON (region_button ("heel"))));
  ck_assert (!cramp_region_button_get_selected (CRAMP_REGION_BUTTON (region_button ("arch"))));
  pressed = check_toggled (region_button ("heel"), TRUE);
  ck_assert_msg (pressed == NULL, "%s", pressed);
  ck_assert_str_eq (cramp_page_get_title (CRAMP_PAGE (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_REGION_PAGE))),
                    "Heel");
  ck_assert_ptr_nonnull (cramp_sidebar_get_current_row (sidebar));

  /* The sidebar's list selects the other way round. */
  select_item ("region:arch");
  ck_assert_str_eq (cramp_anatomy_view_get_selected_region (anatomy_view ()), "arch");
  released = check_toggled (region_button ("heel"), FALSE);
  ck_assert_msg (released == NULL, "%s", released);

  /* Escape in the drawing clears the selection. */
  gtk_widget_activate_action (region_button ("arch"), "win.select", "s", "");
  flush ();
  ck_assert_ptr_null (cramp_anatomy_view_get_selected_region (anatomy_view ()));
}
END_TEST

/* A point of the view well inside @region: it and the points 8 pixels
 * around it all belong to the region. */
static gboolean
inner_point (const char       *region,
             graphene_point_t *point)
{
  CrampAnatomyView *view = anatomy_view ();
  graphene_rect_t   bounds;

  ck_assert (gtk_widget_compute_bounds (region_button (region), GTK_WIDGET (view), &bounds));
  for (double y = bounds.origin.y + 8; y < bounds.origin.y + bounds.size.height - 8; y += 2)
    for (double x = bounds.origin.x + 8; x < bounds.origin.x + bounds.size.width - 8; x += 2)
      {
        gboolean inside = TRUE;

        for (int dy = -8; dy <= 8 && inside; dy += 4)
          for (int dx = -8; dx <= 8 && inside; dx += 4)
            inside = g_strcmp0 (cramp_anatomy_view_get_region_at (view, x + dx, y + dy), region) == 0;

        if (inside)
          {
            *point = GRAPHENE_POINT_INIT (x, y);
            return TRUE;
          }
      }

  return FALSE;
}

static guint32
pixel_at (GtkWidget              *widget,
          const graphene_point_t *point)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot     *snapshot = gtk_snapshot_new ();
  int              width = gtk_widget_get_width (widget);
  int              height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);
  GskRenderNode   *node;
  guint32          pixel;

  /* The view's own background, under the drawing. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  ck_assert_ptr_nonnull (node);
  gsk_render_node_draw (node, cr);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixel = ((guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) point->y * cairo_image_surface_get_stride (surface)))[(int) point->x];
  cairo_surface_destroy (surface);
  return pixel;
}

static int
channel (guint32 pixel,
         int     shift)
{
  return (pixel >> shift) & 0xff;
}

START_TEST (test_selection_lights_the_region_in_the_accent_colour)
{
  GtkWidget       *view = GTK_WIDGET (anatomy_view ());
  GdkRGBA          accent;
  graphene_point_t point;
  guint32          before, after;

  show_layers (NULL);

  gtk_style_context_lookup_color (gtk_widget_get_style_context (view), "accent_bg_color", &accent);
  ck_assert (inner_point ("arch", &point));
  before = pixel_at (view, &point);
  select_item ("region:arch");
  after = pixel_at (view, &point);

  /* Inside the region, the accent covers the drawing at 38 %. */
  for (int shift = 0; shift <= 16; shift += 8)
    {
      double colour = shift == 16 ? accent.red : shift == 8 ? accent.green
                                                            : accent.blue;
      double expected = channel (before, shift) * 0.62 + colour * 255 * 0.38;

      ck_assert_msg (fabs (channel (after, shift) - expected) <= 3.0,
                     "channel %d: %d, expected %.1f from %d", shift, channel (after, shift), expected,
                     channel (before, shift));
    }

  /* Another region is not lit. */
  ck_assert (inner_point ("heel", &point));
  before = pixel_at (view, &point);
  ck_assert_uint_eq (before, pixel_at (view, &point));
}
END_TEST

static GtkEventController *
view_controller (GType type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (anatomy_view ()));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  return NULL;
}

static GtkWidget *
part_button (const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (anatomy_view ())); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CRAMP_IS_REGION_BUTTON (child) && g_str_equal (cramp_region_button_get_region (CRAMP_REGION_BUTTON (child)), id))
      return child;

  return NULL;
}

/* A point of the structure that the pointer finds there, with as much of
 * the structure round it, in logical pixels. */
static gboolean
structure_point_within (const char       *structure,
                        double            margin,
                        graphene_point_t *point)
{
  CrampAnatomyView *view = anatomy_view ();
  graphene_rect_t   bounds;

  if (!gtk_widget_compute_bounds (part_button (structure), GTK_WIDGET (view), &bounds))
    return FALSE;

  for (double y = bounds.origin.y; y < bounds.origin.y + bounds.size.height; y += 1)
    for (double x = bounds.origin.x; x < bounds.origin.x + bounds.size.width; x += 1)
      if (g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x, y), structure) == 0 &&
          g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x + 1, y + 1), structure) == 0 &&
          g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x - margin, y - margin), structure) == 0 &&
          g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x + margin, y + margin), structure) == 0 &&
          g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x - margin, y + margin), structure) == 0 &&
          g_strcmp0 (cramp_anatomy_view_get_structure_at (view, x + margin, y - margin), structure) == 0)
        {
          *point = GRAPHENE_POINT_INIT (x + 0.5, y + 0.5);
          return TRUE;
        }

  return FALSE;
}

static gboolean
structure_point (const char       *structure,
                 graphene_point_t *point)
{
  return structure_point_within (structure, 0, point);
}

/* Every structure that the view draws is a button named for it, which
 * takes focus while its layer is shown, and only then. */
START_TEST (test_structures_of_the_layers_shown_are_named_buttons)
{
  const char *const nerves[] = { "nerves", NULL };
  g_autoptr (GPtrArray) buttons = NULL;
  guint shown = 0;

  show_view ("medial");
  show_layers (nerves);
  buttons = part_buttons (TRUE);
  ck_assert_uint_gt (buttons->len, 10);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget            *button = g_ptr_array_index (buttons, i);
      const CrampStructure *structure =
          cramp_atlas_lookup_structure (atlas, cramp_region_button_get_region (CRAMP_REGION_BUTTON (button)));
      gboolean         nerve = g_str_equal (structure->layer->id, "nerves");
      g_autofree char *failure = NULL;

      ck_assert (gtk_test_accessible_has_role (GTK_ACCESSIBLE (button), cramp_a11y_toggle_role ()));
      failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                    structure->name);
      ck_assert_msg (failure == NULL, "%s", failure);
      ck_assert_msg (gtk_widget_get_focusable (button) == nerve, "%s", structure->id);
      ck_assert_msg (gtk_widget_get_child_visible (button) == nerve, "%s", structure->id);
      shown += nerve;
    }
  ck_assert_uint_ge (shown, 3);

  /* The drawing is one stop of Tab; the arrows go through the regions,
   * then the nerves, and Tab leaves. */
  ck_assert (gtk_widget_child_focus (GTK_WIDGET (anatomy_view ()), GTK_DIR_TAB_FORWARD));
  for (guint i = 1; i < cramp_atlas_lookup_view (atlas, "medial")->regions->len + shown; i++)
    ck_assert (gtk_widget_child_focus (GTK_WIDGET (anatomy_view ()), GTK_DIR_RIGHT));
  ck_assert_str_eq (
      cramp_atlas_lookup_structure (atlas, cramp_region_button_get_region (CRAMP_REGION_BUTTON (
                                               gtk_widget_get_focus_child (GTK_WIDGET (anatomy_view ())))))
          ->layer->id,
      "nerves");
  ck_assert (!gtk_widget_child_focus (GTK_WIDGET (anatomy_view ()), GTK_DIR_TAB_FORWARD));
}
END_TEST

/* The base and the layers shown are drawn together: a layer switched on
 * shows its ink, switched off leaves the drawing as it was, and switched
 * on again shows it as before. */
START_TEST (test_a_layer_switched_on_and_off_shows_and_hides_its_ink)
{
  const char *const nerves[] = { "nerves", NULL };
  const char *const bones_and_nerves[] = { "bones", "nerves", NULL };
  GtkWidget        *view = GTK_WIDGET (anatomy_view ());
  graphene_point_t  point;
  guint32           without, with;

  show_view ("medial");
  show_layers (nerves);
  ck_assert (structure_point ("tibial-nerve", &point));
  with = pixel_at (view, &point);
  /* Nerves are drawn yellow, as in an atlas. */
  ck_assert_msg (channel (with, 16) > channel (with, 0) + 60 && channel (with, 8) > channel (with, 0) + 30,
                 "the tibial nerve is drawn in #%06x, not yellow", with & 0xffffff);

  show_layers (NULL);
  without = pixel_at (view, &point);
  ck_assert_uint_ne (without, with);

  show_layers (nerves);
  ck_assert_uint_eq (pixel_at (view, &point), with);
  show_layers (bones_and_nerves);
  ck_assert_uint_eq (pixel_at (view, &point), with);
  show_layers (NULL);
  ck_assert_uint_eq (pixel_at (view, &point), without);
}
END_TEST

/* Return on a structure, as on a region, selects it and opens its page. */
START_TEST (test_the_keyboard_opens_a_structure)
{
  const char *const     muscles[] = { "muscles", NULL };
  const CrampStructure *band = cramp_atlas_lookup_structure (atlas, "flexor-retinaculum");
  GtkWidget            *page;

  show_view ("medial");
  show_layers (muscles);
  ck_assert (gtk_widget_grab_focus (part_button (band->id)));
  /* The signal that Return, Enter and Space are bound to. */
  g_signal_emit_by_name (part_button (band->id), "activate");
  flush ();

  ck_assert_str_eq (cramp_window_get_selection (window), "structure:flexor-retinaculum");
  page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_STRUCTURE_PAGE);
  ck_assert_ptr_nonnull (page);
  ck_assert_str_eq (cramp_page_get_title (CRAMP_PAGE (page)), band->name);
  select_item ("");
  show_layers (NULL);
}
END_TEST

/* Arteries are drawn red and veins blue, as in an atlas. */
START_TEST (test_arteries_are_red_and_veins_blue)
{
  const char *const arteries[] = { "arteries", NULL };
  const char *const veins[] = { "veins", NULL };
  GtkWidget        *view = GTK_WIDGET (anatomy_view ());
  graphene_point_t  point;
  guint32           ink;

  show_view ("medial");
  show_layers (arteries);
  ck_assert (structure_point_within ("posterior-tibial-artery", 1.5, &point));
  ink = pixel_at (view, &point);
  /* Red, not the muscles' brick colour. */
  ck_assert_msg (channel (ink, 16) > 210 && channel (ink, 16) > channel (ink, 8) + 100 &&
                     channel (ink, 16) > channel (ink, 0) + 100,
                 "the posterior tibial artery is drawn in #%06x, not red", ink & 0xffffff);

  show_layers (veins);
  ck_assert (structure_point_within ("great-saphenous-vein", 1.5, &point));
  ink = pixel_at (view, &point);
  ck_assert_msg (channel (ink, 0) > channel (ink, 16) + 60 && channel (ink, 0) > channel (ink, 8) + 30,
                 "the great saphenous vein is drawn in #%06x, not blue", ink & 0xffffff);
  show_layers (NULL);
}
END_TEST

/* Whatever else its layer draws, every structure of every view shows
 * somewhere that the pointer finds it, with its layer shown alone; and it
 * is a button named for it, that the keyboard and a screen reader reach. */
START_TEST (test_every_structure_can_be_pointed_at)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  for (guint v = 0; v < views->len; v++)
    {
      const CrampView *shown = g_ptr_array_index (views, v);
      g_autoptr (GPtrArray) buttons = NULL;

      show_view (shown->id);
      buttons = part_buttons (TRUE);
      ck_assert_uint_gt (buttons->len, 10);
      for (guint i = 0; i < buttons->len; i++)
        {
          const char           *id = cramp_region_button_get_region (CRAMP_REGION_BUTTON (g_ptr_array_index (buttons, i)));
          const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, id);
          const char *const     layer[] = { structure->layer->id, NULL };
          graphene_point_t      point;

          GtkWidget            *button = g_ptr_array_index (buttons, i);
          g_autofree char      *failure = NULL;

          show_layers (layer);
          ck_assert_msg (structure_point (id, &point), "%s: nothing of %s can be pointed at", shown->id, id);
          failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                        structure->name);
          ck_assert_msg (failure == NULL, "%s: %s", shown->id, failure);
          ck_assert_msg (gtk_widget_get_focusable (button), "%s: %s takes no focus", shown->id, id);
        }
    }
  show_view ("medial");
  show_layers (NULL);
}
END_TEST

/* Over a structure of a layer shown, the pointer names and lights the
 * structure, and a click opens its page; elsewhere, the region. */
START_TEST (test_hover_names_a_structure_and_a_click_opens_its_page)
{
  const char *const     nerves[] = { "nerves", NULL };
  const CrampStructure *nerve = cramp_atlas_lookup_structure (atlas, "tibial-nerve");
  const CrampView      *medial = cramp_atlas_lookup_view (atlas, "medial");
  const CrampRegion    *region = NULL;
  GtkWidget            *view = GTK_WIDGET (anatomy_view ());
  GtkEventController   *motion = view_controller (GTK_TYPE_EVENT_CONTROLLER_MOTION);
  GtkEventController   *click = view_controller (GTK_TYPE_GESTURE_CLICK);
  graphene_point_t      point, elsewhere;
  guint32               before;
  GtkWidget            *page;

  show_view ("medial");
  show_layers (nerves);
  ck_assert (structure_point ("tibial-nerve", &point));
  ck_assert_ptr_null (cramp_anatomy_view_get_region_at (anatomy_view (), point.x, point.y));
  ck_assert_str_eq (gtk_widget_get_tooltip_text (part_button ("tibial-nerve")), nerve->name);
  before = pixel_at (view, &point);

  g_signal_emit_by_name (motion, "motion", point.x, point.y);
  flush ();
  ck_assert_str_eq (cramp_anatomy_view_get_hovered_structure (anatomy_view ()), "tibial-nerve");
  ck_assert_ptr_null (cramp_anatomy_view_get_hovered_region (anatomy_view ()));
  ck_assert_uint_ne (pixel_at (view, &point), before);

  g_signal_emit_by_name (click, "released", 1, point.x, point.y);
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "structure:tibial-nerve");
  ck_assert_str_eq (cramp_anatomy_view_get_selected_structure (anatomy_view ()), "tibial-nerve");
  ck_assert (cramp_region_button_get_selected (CRAMP_REGION_BUTTON (part_button ("tibial-nerve"))));
  page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_STRUCTURE_PAGE);
  ck_assert_ptr_nonnull (page);
  ck_assert_str_eq (cramp_page_get_title (CRAMP_PAGE (page)), nerve->name);
  ck_assert_ptr_nonnull (gui_test_find_label (page, nerve->latin));
  ck_assert_ptr_nonnull (gui_test_find_label (page, cramp_atlas_lookup_region (atlas, "tarsal-tunnel")->name));

  /* Where no structure of a layer shown is, the region answers. */
  for (guint i = 0; region == NULL && i < medial->regions->len; i++)
    if (inner_point (((CrampRegion *) g_ptr_array_index (medial->regions, i))->id, &elsewhere))
      region = g_ptr_array_index (medial->regions, i);
  ck_assert_ptr_nonnull (region);
  g_signal_emit_by_name (motion, "motion", elsewhere.x, elsewhere.y);
  ck_assert_str_eq (cramp_anatomy_view_get_hovered_region (anatomy_view ()), region->id);
  ck_assert_ptr_null (cramp_anatomy_view_get_hovered_structure (anatomy_view ()));

  /* With the nerves hidden, the nerve is not found, unless what is open
   * shows it. */
  select_item ("region:heel");
  show_layers (NULL);
  ck_assert_ptr_null (cramp_anatomy_view_get_structure_at (anatomy_view (), point.x, point.y));
  ck_assert (!gtk_widget_get_focusable (part_button ("tibial-nerve")));
  select_item ("structure:tibial-nerve");
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "nerves"));
  ck_assert (!cramp_scene_get_layer_visible (scene (), "nerves"));
  ck_assert (gtk_widget_get_focusable (part_button ("tibial-nerve")));
}
END_TEST

static double
side_of (const graphene_point_t *o,
         const graphene_point_t *a,
         const graphene_point_t *b)
{
  return (a->x - o->x) * (b->y - o->y) - (a->y - o->y) * (b->x - o->x);
}

static gboolean
crosses (const graphene_point_t *a,
         const graphene_point_t *b,
         const graphene_point_t *c,
         const graphene_point_t *d)
{
  return side_of (c, d, a) * side_of (c, d, b) < 0 && side_of (a, b, c) * side_of (a, b, d) < 0;
}

/* Whether the segment enters the inside of the box, its ends aside. */
static gboolean
crosses_box (const graphene_point_t *a,
             const graphene_point_t *b,
             const graphene_rect_t  *box)
{
  graphene_rect_t inner = *box;

  graphene_rect_inset (&inner, 0.5, 0.5);
  for (int step = 1; step < 200; step++)
    {
      graphene_point_t p = GRAPHENE_POINT_INIT (a->x + (b->x - a->x) * step / 200.0,
                                                a->y + (b->y - a->y) * step / 200.0);

      if (graphene_rect_contains_point (&inner, &p))
        return TRUE;
    }

  return FALSE;
}

/* How many names a painter shows with every layer shown: its regions', its
 * structures', or both. */
static guint
expected_labels (CrampPainter *painter,
                 CrampLabels   labels)
{
  guint regions = cramp_painter_get_n_regions (painter);
  guint structures = cramp_painter_get_n_places (painter) - regions;

  return ((labels & CRAMP_LABELS_REGIONS) ? regions : 0) + ((labels & CRAMP_LABELS_STRUCTURES) ? structures : 0);
}

/* The view's font at twice its size, as a presentation sets it. */
static PangoContext *
presenting_context (void)
{
  PangoContext *context = gtk_widget_create_pango_context (GTK_WIDGET (anatomy_view ()));
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, pango_font_description_get_size (font) * 2.0);
  else
    pango_font_description_set_size (font, pango_font_description_get_size (font) * 2);
  pango_context_set_font_description (context, font);
  return context;
}

/* In every view and with every choice of labels, with every layer shown, at
 * the size the view has, at 1920 × 1080, and in a presentation beside the
 * page: every name asked for has a label, no two labels overlap, no two
 * leaders cross, and no leader crosses a label. */
START_TEST (test_labels_never_overlap_nor_cross)
{
  static const CrampLabels choices[] = { CRAMP_LABELS_REGIONS, CRAMP_LABELS_STRUCTURES, CRAMP_LABELS_BOTH };
  const char *const        layers[] = { "bones", "muscles", "arteries", "veins", "nerves", NULL };
  GPtrArray               *views = cramp_atlas_get_views (atlas);
  PangoContext            *presenting = presenting_context ();
  /* The window's size; a projector's; and a presentation on it, names at
   * twice the size beside the page. */
  int           sizes[][2] = { { gtk_widget_get_width (GTK_WIDGET (anatomy_view ())),
                                 gtk_widget_get_height (GTK_WIDGET (anatomy_view ())) },
                               { 1920, 1080 },
                               { 1340, 1040 } };
  PangoContext *contexts[] = { gtk_widget_get_pango_context (GTK_WIDGET (anatomy_view ())),
                               gtk_widget_get_pango_context (GTK_WIDGET (anatomy_view ())), presenting };

  for (guint v = 0; v < views->len; v++)
    for (guint c = 0; c < G_N_ELEMENTS (choices); c++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          PangoContext    *context = contexts[z];
          const CrampView *shown = g_ptr_array_index (views, v);
          g_autofree char *uri = g_strconcat ("resource://" RESOURCE_PATH "/anatomy/", shown->drawing, NULL);
          g_autoptr (GFile) file = g_file_new_for_uri (uri);
          g_autoptr (CrampDrawing) drawing = cramp_drawing_new (file, NULL);
          g_autoptr (CrampPainter) painter = cramp_painter_new (atlas, shown, drawing);
          CrampPaintState state = { .layers = layers, .labels = choices[c] };
          graphene_rect_t fit, legend;
          guint           n;

          cramp_painter_fit (painter, context, &state, sizes[z][0], sizes[z][1], 1.0, &fit);
          cramp_painter_set_viewport (painter, sizes[z][0], sizes[z][1], 1, 1.0, &fit);
          n = cramp_painter_layout_labels (painter, context, &state);
          ck_assert (cramp_painter_get_legend (painter, &legend));
          /* Every name asked for has room: none is left out. */
          ck_assert_msg (n == expected_labels (painter, choices[c]), "%s, labels %d, %d × %d: %u labels of %u",
                         shown->id, choices[c], sizes[z][0], sizes[z][1], n, expected_labels (painter, choices[c]));

          for (guint i = 0; i < n; i++)
            for (guint j = 0; j < n; j++)
              {
                graphene_point_t a1, a2, b1, b2;
                graphene_rect_t  a, b;
                guint            pa, pb;

                cramp_painter_get_label (painter, i, &pa, &a1, &a2, &a, NULL);
                cramp_painter_get_label (painter, j, &pb, &b1, &b2, &b, NULL);
                ck_assert_msg (!graphene_rect_intersection (&a, &legend, NULL), "%s: “%s” covers the legend",
                               shown->id, cramp_painter_get_name (painter, pa));
                ck_assert_msg (a.origin.x >= 0 && a.origin.y >= 0 && a.origin.x + a.size.width <= sizes[z][0] &&
                                   a.origin.y + a.size.height <= sizes[z][1],
                               "%s: “%s” is outside", shown->id, cramp_painter_get_name (painter, pa));
                if (i == j)
                  continue;
                ck_assert_msg (!graphene_rect_intersection (&a, &b, NULL), "%s, %d × %d: “%s” overlaps “%s”",
                               shown->id, sizes[z][0], sizes[z][1], cramp_painter_get_name (painter, pa),
                               cramp_painter_get_name (painter, pb));
                ck_assert_msg (!crosses (&a1, &a2, &b1, &b2), "%s, %d × %d: the leaders of “%s” and “%s” cross",
                               shown->id, sizes[z][0], sizes[z][1], cramp_painter_get_name (painter, pa),
                               cramp_painter_get_name (painter, pb));
                ck_assert_msg (!crosses_box (&a1, &a2, &b), "%s, %d × %d: the leader of “%s” crosses “%s”",
                               shown->id, sizes[z][0], sizes[z][1], cramp_painter_get_name (painter, pa),
                               cramp_painter_get_name (painter, pb));
              }
        }
  g_object_unref (presenting);
}
END_TEST

START_TEST (test_hover_is_one_lookup)
{
  graphene_point_t point;

  show_layers (NULL);

  ck_assert (inner_point ("tarsal-tunnel", &point));
  ck_assert_str_eq (cramp_anatomy_view_get_region_at (anatomy_view (), point.x, point.y), "tarsal-tunnel");
  ck_assert_ptr_null (cramp_anatomy_view_get_region_at (anatomy_view (), 2, 2));
}
END_TEST

START_TEST (test_factor_lights_its_regions_and_shows_its_layer)
{
  const char *const *highlights;
  const char *const *layers;

  select_item ("factor:peripheral-artery-disease");
  highlights = cramp_anatomy_view_get_highlights (anatomy_view ());
  layers = cramp_anatomy_view_get_visible_layers (anatomy_view ());

  ck_assert (g_strv_contains (highlights, "lower-calf"));
  ck_assert (g_strv_contains (highlights, "arch"));
  ck_assert (g_strv_contains (highlights, "toes"));
  ck_assert (!g_strv_contains (highlights, "heel"));
  ck_assert (g_strv_contains (layers, "arteries"));
  ck_assert (layer_ticked ("arteries"));
  ck_assert (!cramp_scene_get_layer_visible (scene (), "arteries"));

  select_item ("factor:tarsal-tunnel-syndrome");
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "nerves"));
}
END_TEST

START_TEST (test_view_changes_to_show_the_region)
{
  show_view ("dorsal");
  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), "dorsal");

  select_item ("region:ankle");
  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), "dorsal");

  select_item ("region:heel");
  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), "medial");
  ck_assert_ptr_nonnull (region_button ("heel"));
}
END_TEST

/* Finds the window's shortcuts for a key and runs them, as the key would. */
static gboolean
press_shortcut_on (GtkWidget      *widget,
                   guint           keyval,
                   GdkModifierType modifiers)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr (GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          /* As GTK does, a shortcut whose action is disabled lets the next one try. */
          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* The window's keys, and the explorer's that work from anywhere in it. */
static gboolean
press_shortcut (guint           keyval,
                GdkModifierType modifiers)
{
  return press_shortcut_on (GTK_WIDGET (window), keyval, modifiers) ||
         press_shortcut_on (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_EXPLORER), keyval, modifiers);
}

START_TEST (test_alt_number_shows_a_view)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  for (guint i = views->len; i-- > 0;)
    {
      ck_assert (press_shortcut (GDK_KEY_1 + i, GDK_ALT_MASK));
      flush ();
      ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()),
                        ((CrampView *) g_ptr_array_index (views, i))->id);
    }
}
END_TEST

/* The view, the layers and the labels come back in the next window. */
START_TEST (test_drawing_settings_are_kept)
{
  show_view ("plantar");
  choose_labels ("none");
  activate_drawing ("drawing.layer-nerves");
  gtk_window_destroy (GTK_WINDOW (window));

  window = cramp_window_new (app, atlas, NULL);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), "plantar");
  ck_assert (!cramp_anatomy_view_get_show_labels (anatomy_view ()));
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "nerves"));
  ck_assert (layer_ticked ("nerves"));
}
END_TEST

static void
count_cb (GSettings  *settings,
          const char *key,
          GPtrArray  *written)
{
  g_ptr_array_add (written, g_strdup (key));
}

/* What the window shows by itself is not saved: a cause's layer, the view
 * that a region needs. One layer the user turns on is one write. */
START_TEST (test_only_the_users_choices_are_saved)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) layers = NULL;

  g_signal_connect (settings, "changed", G_CALLBACK (count_cb), written);
  select_item ("factor:tarsal-tunnel-syndrome");
  activate ("win.step-start");
  select_item ("region:arch");
  select_item ("factor:peripheral-artery-disease");
  flush ();
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "arteries"));
  ck_assert_uint_eq (written->len, 0);

  /* A layer that neither the mechanism nor the factor showed. */
  activate_drawing ("drawing.layer-veins");
  ck_assert_uint_eq (written->len, 1);
  ck_assert_str_eq (g_ptr_array_index (written, 0), "visible-layers");
  /* The skeleton is shown from the first launch on, and stays. */
  layers = g_settings_get_strv (settings, "visible-layers");
  ck_assert_uint_eq (g_strv_length (layers), 2);
  ck_assert (g_strv_contains ((const char *const *) layers, "bones"));
  ck_assert (g_strv_contains ((const char *const *) layers, "veins"));

  /* Closing at the size it opened at writes nothing. */
  gtk_window_set_default_size (GTK_WINDOW (window), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  gtk_window_close (GTK_WINDOW (window));
  gui_test_flush (NULL);
  ck_assert_uint_eq (written->len, 1);
  window = gui_test_open_window (app, atlas, 1200, 800);
}
END_TEST

static gboolean
shown (const char *layer)
{
  return g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), layer);
}

/* Browsing shows layers on top of the person's own and saves none of them:
 * three causes, the steps of a mechanism and a presentation leave the
 * saved layers and the next window as they were. */
START_TEST (test_browsing_never_changes_the_saved_layers)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) saved = NULL;

  activate_drawing ("drawing.layer-muscles");
  g_signal_connect (settings, "changed", G_CALLBACK (count_cb), written);

  select_item ("factor:peripheral-artery-disease");
  ck_assert (shown ("arteries"));
  select_item ("factor:neuropathy");
  ck_assert (shown ("nerves") && !shown ("arteries"));
  select_item ("factor:tarsal-tunnel-syndrome");
  activate ("win.step-start");
  activate ("win.step-next");
  ck_assert (shown ("arteries"));
  activate ("win.present");
  ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
  flush ();
  activate ("win.leave-presentation");
  select_item ("region:arch");

  ck_assert (shown ("muscles") && !shown ("nerves") && !shown ("arteries"));
  ck_assert_uint_eq (written->len, 0);
  saved = g_settings_get_strv (settings, "visible-layers");
  ck_assert_uint_eq (g_strv_length (saved), 2);
  ck_assert (g_strv_contains ((const char *const *) saved, "bones"));
  ck_assert (g_strv_contains ((const char *const *) saved, "muscles"));

  gtk_window_destroy (GTK_WINDOW (window));
  window = cramp_window_new (app, atlas, NULL);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
  ck_assert (shown ("muscles") && !shown ("nerves") && !shown ("arteries"));
  ck_assert (layer_ticked ("muscles") && !layer_ticked ("nerves"));
}
END_TEST

static int
font_size (GtkWidget *widget)
{
  return pango_font_description_get_size (pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
}

static const char *
region_in_view (guint index)
{
  const CrampView *view = cramp_atlas_lookup_view (atlas, cramp_anatomy_view_get_view (anatomy_view ()));

  return ((CrampRegion *) g_ptr_array_index (view->regions, index))->id;
}

START_TEST (test_presentation_mode)
{
  GtkWidget       *sidebar = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_SIDEBAR);
  int              normal = font_size (GTK_WIDGET (anatomy_view ()));
  g_autofree char *first = NULL;

  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.present");

  ck_assert (g_strv_contains ((const char *const *) accels, "F5"));
  choose_labels ("none");
  activate ("win.present");

  ck_assert (gtk_widget_has_css_class (GTK_WIDGET (window), "presenting"));
  ck_assert (!gtk_widget_get_mapped (sidebar));
  ck_assert (cramp_anatomy_view_get_presenting (anatomy_view ()));
  ck_assert (cramp_anatomy_view_get_show_labels (anatomy_view ()));
  ck_assert_double_ge ((double) font_size (GTK_WIDGET (anatomy_view ())) / normal, 1.99);

  /* Page Down and Page Up go through the regions of the view. */
  first = g_strconcat ("region:", region_in_view (0), NULL);
  ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), first);
  ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window) + strlen ("region:"), region_in_view (1));
  ck_assert (press_shortcut (GDK_KEY_Page_Up, 0));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), first);

  /* With a mechanism open, they go through its steps instead. */
  select_item ("factor:tarsal-tunnel-syndrome");
  activate ("win.step-start");
  ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "factor:tarsal-tunnel-syndrome");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), 1);

  /* Escape leaves, and everything comes back. */
  ck_assert (press_shortcut (GDK_KEY_Escape, 0));
  flush ();
  ck_assert (!gtk_widget_has_css_class (GTK_WIDGET (window), "presenting"));
  ck_assert (gtk_widget_get_mapped (sidebar));
  ck_assert (!cramp_anatomy_view_get_presenting (anatomy_view ()));
  ck_assert_int_eq (font_size (GTK_WIDGET (anatomy_view ())), normal);
  ck_assert (!cramp_anatomy_view_get_show_labels (anatomy_view ()));
  ck_assert_int_eq (cramp_scene_get_labels (scene ()), CRAMP_LABELS_NONE);

  /* Outside a presentation, Escape goes home, and then has nothing to do. */
  ck_assert (press_shortcut (GDK_KEY_Escape, 0));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "");
  ck_assert (!press_shortcut (GDK_KEY_Escape, 0));
}
END_TEST

/* The colour of a pixel of an exported PNG, as bytes in R, G, B order. */
static void
texture_pixel (GdkTexture *texture,
               int         x,
               int         y,
               guchar      rgb[3])
{
  int                width = gdk_texture_get_width (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * gdk_texture_get_height (texture) * 4);
  guint32            pixel;

  gdk_texture_download (texture, data, width * 4);
  pixel = ((guint32 *) data)[y * width + x];
  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static GdkTexture *
export_png (const char *dir,
            const char *name,
            int         width,
            gboolean    clear)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  GdkTexture *texture;

  ck_assert_msg (cramp_export_save (anatomy_view (), file, CRAMP_EXPORT_PNG, width, clear, &error), "%s",
                 error ? error->message : "");
  texture = gdk_texture_new_from_file (file, &error);
  ck_assert_msg (texture != NULL, "%s", error ? error->message : "");
  return texture;
}

/* The pixels of a texture, as premultiplied ARGB in native order. */
static guint32 *
texture_pixels (GdkTexture *texture)
{
  guint32 *pixels = g_new (guint32, (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture));

  gdk_texture_download (texture, (guchar *) pixels, gdk_texture_get_width (texture) * 4);
  return pixels;
}

/* How many pixels are lit: much bluer in @lit than in @plain. */
static guint
count_lit (GdkTexture *plain,
           GdkTexture *lit)
{
  g_autofree guint32 *a = texture_pixels (plain);
  g_autofree guint32 *b = texture_pixels (lit);
  gsize               n = (gsize) gdk_texture_get_width (plain) * gdk_texture_get_height (plain);
  guint               count = 0;

  for (gsize i = 0; i < n; i++)
    {
      int blue_a = (int) (a[i] & 0xff) - (int) ((a[i] >> 16) & 0xff);
      int blue_b = (int) (b[i] & 0xff) - (int) ((b[i] >> 16) & 0xff);

      count += blue_b - blue_a > 40;
    }
  return count;
}

/* In an exported SVG, as on the screen, the labels sit beside the figure,
 * not over it. */
static void
assert_labels_beside_the_figure (RsvgHandle *handle)
{
  RsvgRectangle viewport = { 0, 0, 1000, 1000 };
  RsvgRectangle figure, logical;
  guint         n_labels = 0;
  GPtrArray    *regions = cramp_atlas_get_regions (atlas);

  ck_assert (rsvg_handle_get_geometry_for_layer (handle, "#figure", &viewport, &figure, &logical, NULL));
  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);
      g_autofree char   *id = g_strconcat ("#export-label-", region->id, NULL);
      RsvgRectangle      box;
      graphene_rect_t    a, b;

      if (!rsvg_handle_has_sub (handle, id))
        continue;
      ck_assert (rsvg_handle_get_geometry_for_layer (handle, id, &viewport, &box, &logical, NULL));
      graphene_rect_init (&a, box.x, box.y, box.width, box.height);
      graphene_rect_init (&b, figure.x, figure.y, figure.width, figure.height);
      ck_assert_msg (!graphene_rect_intersection (&a, &b, NULL), "the label of %s lies over the figure", region->id);
      n_labels++;
    }
  ck_assert_uint_gt (n_labels, 3);
}

START_TEST (test_export_png_svg_and_clipboard)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-export-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "foot.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg_path);
  g_autoptr (GFile) nowhere = g_file_new_for_path ("/nonexistent-cramp-atlas-folder/foot.png");
  g_autoptr (GdkTexture) plain = NULL;
  g_autoptr (GdkTexture) lit = NULL;
  g_autoptr (GdkTexture) wide = NULL;
  g_autoptr (GdkTexture) clear = NULL;
  g_autoptr (GObject) handle = NULL;
  g_autoptr (GError) error = NULL;
  guchar corner[3];
  double aspect;

  show_view ("medial");
  plain = export_png (dir, "plain.png", 800, FALSE);
  ck_assert_int_eq (gdk_texture_get_width (plain), 800);
  aspect = (double) gdk_texture_get_height (plain) / 800;
  ck_assert_double_gt (aspect, 0.4);
  ck_assert_double_lt (aspect, 1.0);

  /* White by default, clear when asked. */
  texture_pixel (plain, 1, 1, corner);
  ck_assert (corner[0] == 255 && corner[1] == 255 && corner[2] == 255);
  clear = export_png (dir, "clear.png", 800, TRUE);
  {
    g_autofree guint32 *pixels = texture_pixels (clear);

    ck_assert_uint_eq (pixels[800 + 1] >> 24, 0);
  }

  /* The heel, selected, is lit in the accent colour: a good part of it. */
  select_item ("region:heel");
  lit = export_png (dir, "lit.png", 800, FALSE);
  ck_assert_uint_gt (count_lit (plain, lit), 800 * 800 * aspect / 200);

  /* Larger, with the same proportions. */
  wide = export_png (dir, "wide.png", 3840, FALSE);
  ck_assert_int_eq (gdk_texture_get_width (wide), 3840);
  ck_assert_int_le (abs (gdk_texture_get_height (wide) - (int) (3840 * aspect)), 5);

  /* The SVG is one that librsvg loads, with the labels in it. */
  ck_assert (cramp_export_save (anatomy_view (), svg_file, CRAMP_EXPORT_SVG, 0, FALSE, &error));
  ck_assert (g_file_get_contents (svg_path, &svg, NULL, NULL));
  ck_assert (strstr (svg, ">Heel</text>") != NULL);
  ck_assert (strstr (svg, "fill=\"#ffffff\"/>") != NULL);
  handle = G_OBJECT (rsvg_handle_new_from_data ((const guint8 *) svg, strlen (svg), &error));
  ck_assert_msg (handle != NULL, "%s", error ? error->message : "");
  assert_labels_beside_the_figure (RSVG_HANDLE (handle));

  /* The clipboard gets an image; a save that cannot be made says why. */
  ck_assert (cramp_export_copy (anatomy_view (), NULL));
  ck_assert (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (window))),
                                                GDK_TYPE_TEXTURE));
  ck_assert (!cramp_export_save (anatomy_view (), nowhere, CRAMP_EXPORT_PNG, 800, FALSE, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));

  for (const char *const *name = (const char *const[]){ "plain.png", "clear.png", "lit.png", "wide.png", "foot.svg", NULL };
       *name; name++)
    {
      g_autofree char *path = g_build_filename (dir, *name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}
END_TEST

static GdkTexture *
snapshot_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);
  g_autoptr (GBytes) bytes = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, cairo_image_surface_get_stride (surface));
}

/* An export at the view's own size is the view: the same drawing, layers,
 * lights and labels, pixel for pixel but for rounding. */
START_TEST (test_export_is_what_the_screen_shows)
{
  GtkWidget *view = GTK_WIDGET (anatomy_view ());
  g_autoptr (GdkTexture) screen = NULL;
  g_autoptr (GdkTexture) exported = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree guint32 *a = NULL;
  g_autofree guint32 *b = NULL;
  gsize               n, differ = 0, inked = 0;

  show_view ("medial");
  select_item ("factor:tarsal-tunnel-syndrome");
  select_item ("region:heel");
  activate_drawing ("drawing.layer-nerves");
  gtk_widget_grab_focus (GTK_WIDGET (window));
  flush ();

  screen = snapshot_widget (view);
  exported = cramp_export_render (anatomy_view (), gtk_widget_get_width (view), gtk_widget_get_height (view), 1.0,
                                  FALSE, &error);
  ck_assert_msg (exported != NULL, "%s", error ? error->message : "");
  a = texture_pixels (screen);
  b = texture_pixels (exported);
  n = (gsize) gtk_widget_get_width (view) * gtk_widget_get_height (view);
  for (gsize i = 0; i < n; i++)
    {
      gboolean far = FALSE;

      for (guint shift = 0; shift < 32; shift += 8)
        far |= abs ((int) ((a[i] >> shift) & 0xff) - (int) ((b[i] >> shift) & 0xff)) > 16;
      differ += far;
      inked += (a[i] >> 24) != 0;
    }

  ck_assert_uint_gt (inked, n / 10);
  ck_assert_msg (differ <= n / 1000, "%zu of %zu pixels differ", differ, n);
}
END_TEST

static void
changed_cb (GtkRecentManager *recent,
            gboolean         *changed)
{
  *changed = TRUE;
}

/* The manager adds a file once it has looked it up, and then says so; it
 * has no list to look in before it first says so. */
static gboolean
wait_for_recent (const char *uri)
{
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  gint64            deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  gboolean          changed = FALSE;
  gulong            handler = g_signal_connect (recent, "changed", G_CALLBACK (changed_cb), &changed);

  while (!(changed && gtk_recent_manager_has_item (recent, uri)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  g_signal_handler_disconnect (recent, handler);

  return changed && gtk_recent_manager_has_item (recent, uri);
}

/* The file chooser records the name it confirms before anything is saved;
 * a save that fails and makes no file takes it out again. */
START_TEST (test_recent_files_exist)
{
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  g_autofree char  *dir = g_dir_make_tmp ("cramp-recent-XXXXXX", NULL);
  g_autofree char  *path = g_build_filename (dir, "drawing.png", NULL);
  g_autoptr (GFile) saved = g_file_new_for_path (path);
  g_autoptr (GFile) failed = g_file_new_for_path ("/nonexistent-cramp-atlas-folder/drawing.png");
  g_autofree char *saved_uri = g_file_get_uri (saved);
  g_autofree char *failed_uri = g_file_get_uri (failed);
  g_autoptr (GError) error = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n_windows = g_list_model_get_n_items (toplevels);

  ck_assert (gtk_recent_manager_add_item (recent, failed_uri));
  ck_assert (wait_for_recent (failed_uri));
  ck_assert (!cramp_export_save (anatomy_view (), failed, CRAMP_EXPORT_PNG, 800, FALSE, &error));
  ck_assert (!cramp_report_save (GTK_WIDGET (window), failed, error, "The Drawing Could Not Be Exported"));
  ck_assert (!gtk_recent_manager_has_item (recent, failed_uri));

  /* The dialog that says why is the one new window. */
  ck_assert_uint_eq (g_list_model_get_n_items (toplevels), n_windows + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        gtk_window_destroy (GTK_WINDOW (toplevel));
    }

  ck_assert (cramp_export_save (anatomy_view (), saved, CRAMP_EXPORT_PNG, 800, FALSE, NULL));
  ck_assert (cramp_report_save (GTK_WIDGET (window), saved, NULL, "The Drawing Could Not Be Exported"));
  ck_assert (wait_for_recent (saved_uri));
  ck_assert (!gtk_recent_manager_has_item (recent, failed_uri));

  gtk_recent_manager_remove_item (recent, saved_uri, NULL);
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
option_of (const CrampQuizQuestion *question,
           gboolean                 right)
{
  for (guint i = 0; i < question->options->len; i++)
    if (cramp_quiz_is_right (question, g_ptr_array_index (question->options, i)) == right)
      return i;

  ck_abort_msg ("no %s option", right ? "right" : "wrong");
  return 0;
}

/* Enter on a region of the drawing, or on an option of the page: where it
 * is, in words, for finding; its name otherwise. */
static void
give_answer (const CrampQuizQuestion *question,
             guint                    option,
             gboolean                 on_drawing)
{
  GtkWidget *target;

  if (question->kind == CRAMP_QUIZ_FIND_REGION)
    {
      ck_assert (cramp_anatomy_view_get_picking (anatomy_view ()));
      ck_assert (!cramp_anatomy_view_get_show_labels (anatomy_view ()));
      ck_assert (!gtk_widget_get_has_tooltip (region_button (((CrampRegion *) question->answer)->id)));
    }
  if (question->kind == CRAMP_QUIZ_NAME_REGION)
    ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()),
                                ((CrampRegion *) question->answer)->id));
  /* What lies in a region: the region is lit, and the answer not yet. */
  if (question->kind == CRAMP_QUIZ_REGION_STRUCTURE)
    {
      ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()), question->region->id));
      ck_assert (!g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()),
                                   ((CrampStructure *) question->answer)->id));
    }

  if (on_drawing && question->kind == CRAMP_QUIZ_FIND_REGION)
    target = region_button (((CrampRegion *) g_ptr_array_index (question->options, option))->id);
  else
    target = find_row (GTK_WIDGET (window), question->kind == CRAMP_QUIZ_FIND_REGION ? question->clues[option]
                                                                                     : question->labels[option]);
  ck_assert_msg (target != NULL, "nothing to activate for option %u of “%s”", option, question->text);
  ck_assert (gtk_widget_activate (target));
  flush ();
}

static CrampQuiz *
open_quiz (void)
{
  CrampQuizPage *page;

  select_item ("quiz:round");
  page = CRAMP_QUIZ_PAGE (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_QUIZ_PAGE));
  return cramp_quiz_page_get_quiz (page);
}

/* A round by keys alone, one answer wrong: each answer explained, the score
 * and the question to review, and the drawing never selects while it asks. */
START_TEST (test_quiz_round_by_keyboard)
{
  CrampQuiz       *quiz = open_quiz ();
  guint            n = cramp_quiz_get_n_questions (quiz);
  g_autofree char *score = NULL;

  ck_assert_uint_eq (n, CRAMP_QUIZ_ROUND_LENGTH);
  for (guint i = 0; i < n; i++)
    {
      const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);
      g_autofree char         *eyebrow = g_strdup_printf ("Question %u of %u", i + 1, n);
      GtkWidget               *next;

      ck_assert (gui_test_find_label (GTK_WIDGET (window), eyebrow) != NULL);
      ck_assert (gui_test_find_label (GTK_WIDGET (window), question->text) != NULL);
      if (question->view != NULL)
        ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()), question->view->id);

      give_answer (question, option_of (question, i != 3), i % 2 == 0);
      ck_assert (cramp_quiz_is_answered (quiz, i));
      ck_assert_str_eq (cramp_window_get_selection (window), "quiz:round");
      ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), question->explanation) != NULL,
                     "no explanation after “%s”", question->text);

      next = gui_test_find_button (GTK_WIDGET (window), i + 1 == n ? "See the _Score" : "_Next");
      ck_assert_ptr_nonnull (next);
      ck_assert (gtk_widget_has_focus (next));
      gui_test_activate_button (GTK_WIDGET (window), next, FALSE);
    }

  score = g_strdup_printf ("%u of %u Right", n - 1, n);
  ck_assert (gui_test_find_label (GTK_WIDGET (window), score) != NULL);
  ck_assert_uint_eq (cramp_quiz_get_score (quiz), n - 1);
  ck_assert_ptr_nonnull (gui_test_find_button (GTK_WIDGET (window), "_New Round"));
  ck_assert (cramp_anatomy_view_get_show_labels (anatomy_view ()));
}
END_TEST

/* A class with a clicker: Page Down shows each answer and goes on, Page Up
 * goes back, nothing is scored, and the score comes at the end. */
START_TEST (test_quiz_round_by_clicker)
{
  CrampQuiz *quiz = open_quiz ();
  guint      n = cramp_quiz_get_n_questions (quiz);

  activate ("win.present");
  for (guint i = 0; i < n; i++)
    {
      const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);
      g_autofree char         *shown = g_strdup_printf ("The answer: %s.", question->labels[option_of (question, TRUE)]);

      ck_assert (gui_test_find_label (GTK_WIDGET (window), question->text) != NULL);
      ck_assert (gui_test_find_label (GTK_WIDGET (window), shown) == NULL);
      ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
      flush ();
      ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), shown) != NULL, "“%s” not shown", shown);
      ck_assert (gui_test_find_label (GTK_WIDGET (window), question->explanation) != NULL);
      if (question->kind == CRAMP_QUIZ_REGION_STRUCTURE)
        {
          const CrampStructure *structure = question->answer;

          ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()), structure->id));
          ck_assert (structure->layer == NULL ||
                     g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), structure->layer->id));
        }
      else if (question->kind != CRAMP_QUIZ_STORY)
        ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()),
                                    ((CrampRegion *) question->answer)->id));

      /* Once, back to the question before and forward again. */
      if (i == 2)
        {
          ck_assert (press_shortcut (GDK_KEY_Page_Up, 0));
          flush ();
          ck_assert (gui_test_find_label (GTK_WIDGET (window), cramp_quiz_get_question (quiz, 1)->text) != NULL);
          ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
          flush ();
          ck_assert (gui_test_find_label (GTK_WIDGET (window), shown) != NULL);
        }
      ck_assert (press_shortcut (GDK_KEY_Page_Down, 0));
      flush ();
    }

  ck_assert (gui_test_find_label (GTK_WIDGET (window), "Your Score") != NULL);
  ck_assert_uint_eq (cramp_quiz_get_score (quiz), 0);
  ck_assert_str_eq (cramp_window_get_selection (window), "quiz:round");
  activate ("win.leave-presentation");
}
END_TEST

static GtkWidget *
button_labelled (const char *label)
{
  GtkWidget *button = gui_test_find_button (GTK_WIDGET (window), label);

  ck_assert_msg (button != NULL, "no button %s on screen", label);
  return button;
}

START_TEST (test_walking_through_a_mechanism)
{
  const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, "tarsal-tunnel-syndrome");
  const char *const *highlights;

  select_item ("factor:tarsal-tunnel-syndrome");
  activate ("win.step-start");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), 0);
  /* Disabled, the keys for the previous step go on to scroll the page. */
  ck_assert (!gtk_widget_get_sensitive (button_labelled ("_Back")));
  ck_assert (gtk_widget_get_sensitive (button_labelled ("_Next")));

  highlights = cramp_anatomy_view_get_highlights (anatomy_view ());
  ck_assert (g_strv_contains (highlights, "tarsal-tunnel"));
  ck_assert (g_strv_contains (highlights, "tibial-nerve"));
  ck_assert (g_strv_contains (highlights, "flexor-retinaculum"));

  activate ("win.step-next");
  activate ("win.step-next");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), 2);
  ck_assert_str_eq (cramp_anatomy_view_get_view (anatomy_view ()),
                    ((CrampStep *) g_ptr_array_index (factor->steps, 2))->view->id);
  ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()), "medial-plantar-nerve"));

  /* There is no fourth step. */
  activate ("win.step-next");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), 2);

  activate ("win.step-previous");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), 1);
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "arteries"));

  activate ("win.step-stop");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), -1);
  ck_assert (!g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()), "tibial-nerve"));
  ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (anatomy_view ()), "heel"));

  /* A factor without a mechanism has none to walk through. */
  select_item ("factor:dehydration");
  activate ("win.step-start");
  ck_assert_int_eq (cramp_scene_get_step (scene ()), -1);
}
END_TEST

/* A button of the walk that its step takes away, or leaves with nothing to
 * do, passes the focus on to the next button of the walk, for the keys to
 * go on with: Show Step by Step to Next, Next at the last step to Done,
 * Done to Show Step by Step. */
START_TEST (test_the_focus_stays_in_a_mechanism)
{
  const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, "tarsal-tunnel-syndrome");
  GtkWidget         *button = NULL;

  select_item ("factor:tarsal-tunnel-syndrome");
  button = button_labelled ("_Show Step by Step");
  ck_assert (gtk_widget_grab_focus (button));
  gui_test_activate_button (GTK_WIDGET (window), button, FALSE);
  ck_assert_ptr_eq (gtk_window_get_focus (GTK_WINDOW (window)), button_labelled ("_Next"));

  for (guint step = 1; step < factor->steps->len; step++)
    {
      gui_test_activate_button (GTK_WIDGET (window), button_labelled ("_Next"), FALSE);
      ck_assert_int_eq (cramp_scene_get_step (scene ()), step);
    }
  ck_assert_ptr_eq (gtk_window_get_focus (GTK_WINDOW (window)), button_labelled ("_Done"));

  gui_test_activate_button (GTK_WIDGET (window), button_labelled ("_Done"), FALSE);
  ck_assert_ptr_eq (gtk_window_get_focus (GTK_WINDOW (window)), button_labelled ("_Show Step by Step"));
}
END_TEST

static GtkListBox *
results_list (GtkWidget *sidebar)
{
  GtkWidget *stack = gui_test_find_of_type (sidebar, GTK_TYPE_STACK);

  return GTK_LIST_BOX (gui_test_find_of_type (gtk_stack_get_child_by_name (GTK_STACK (stack), "results"),
                                              GTK_TYPE_LIST_BOX));
}

/* Where the search shows a result of this title, or -1. */
static int
result_index (GtkWidget  *sidebar,
              const char *title)
{
  GtkListBox    *list = results_list (sidebar);
  GtkListBoxRow *row;

  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (list)));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *label = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));

      if (g_str_equal (gtk_label_get_label (GTK_LABEL (label)), title))
        return i;
    }

  return -1;
}

static void
search_for (GtkWidget  *entry,
            const char *query)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  flush ();
}

static gboolean
press_key_on (GtkWidget *widget,
              guint      keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

START_TEST (test_search_finds_and_selects)
{
  GtkWidget *sidebar = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_SIDEBAR);
  GtkWidget *entry = gui_test_find_of_type (sidebar, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *search_bar = gui_test_find_of_type (sidebar, GTK_TYPE_SEARCH_BAR);
  int        region, factor;

  /* Typing anywhere in the window starts a search. */
  ck_assert_ptr_eq (gtk_search_bar_get_key_capture_widget (GTK_SEARCH_BAR (search_bar)), window);
  activate ("win.search");
  ck_assert (gtk_widget_is_visible (entry));
  ck_assert (gtk_widget_has_focus (entry) || gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), entry));

  /* Enter right after typing, before the entry's delay, takes what was typed. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 10000);
  gtk_editable_set_text (GTK_EDITABLE (entry), "heel");
  g_signal_emit_by_name (entry, "activate");
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "region:heel");
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);

  /* A word of the text, not of the name, finds the factor too. */
  search_for (entry, "cochrane");
  ck_assert_int_ge (result_index (sidebar, "Magnesium"), 0);
  ck_assert_int_eq (result_index (sidebar, "Toes"), -1);

  /* Names that begin with the query come first; Enter opens the first. */
  search_for (entry, "tars");
  region = result_index (sidebar, "Tarsal tunnel");
  factor = result_index (sidebar, "Tarsal tunnel syndrome");
  ck_assert (MIN (region, factor) == 0 && MAX (region, factor) == 1);
  ck_assert_int_gt (result_index (sidebar, "First metatarsal"), 1);
  ck_assert_int_eq (result_index (sidebar, "Magnesium"), -1);
  g_signal_emit_by_name (entry, "activate");
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window),
                    region == 0 ? "region:tarsal-tunnel" : "factor:tarsal-tunnel-syndrome");

  /* A structure, by its Latin name, opens its page. */
  search_for (entry, "nervus tibialis");
  ck_assert_int_eq (result_index (sidebar, "Tibial nerve"), 0);
  g_signal_emit_by_name (entry, "activate");
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "structure:tibial-nerve");

  /* A typo still finds, and a warning or a tip opens the guide that holds it. */
  search_for (entry, "magnesum");
  ck_assert_int_eq (result_index (sidebar, "Magnesium"), 0);
  search_for (entry, "quinine");
  ck_assert_ptr_nonnull (gtk_list_box_get_row_at_index (results_list (sidebar), 0));
  g_signal_emit_by_name (entry, "activate");
  flush ();
  ck_assert (g_str_has_prefix (cramp_window_get_selection (window), "guide:"));

  /* Down goes to the results and Up from the first comes back. */
  ck_assert (press_key_on (entry, GDK_KEY_Down));
  ck_assert_ptr_eq (gtk_window_get_focus (GTK_WINDOW (window)),
                    gtk_list_box_get_row_at_index (results_list (sidebar), 0));
  ck_assert (press_key_on (GTK_WIDGET (results_list (sidebar)), GDK_KEY_Up));
  ck_assert (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), entry));

  search_for (entry, "xylophone");
  ck_assert_int_eq (result_index (sidebar, "Toes"), -1);
  ck_assert (gtk_widget_get_mapped (gui_test_find_of_type (sidebar, ADW_TYPE_STATUS_PAGE)));

  /* With nothing found, Enter keeps the selection. */
  g_signal_emit_by_name (entry, "activate");
  flush ();
  ck_assert (g_str_has_prefix (cramp_window_get_selection (window), "guide:"));

  /* Leaving the search shows the whole list again. */
  g_signal_emit_by_name (entry, "stop-search");
  flush ();
  ck_assert (!gtk_widget_get_mapped (GTK_WIDGET (results_list (sidebar))));
}
END_TEST

/* A teacher turns on several layers in a row: the layers are check buttons
 * in a plain popover, which stays open, not a menu, which closes at each
 * choice. */
START_TEST (test_layers_popover_stays_open)
{
  GtkPopover *popover;

  gtk_menu_button_popup (GTK_MENU_BUTTON (layers_button ()));
  flush ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (layers_button ()));
  ck_assert (GTK_IS_POPOVER (popover) && !GTK_IS_POPOVER_MENU (popover));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  ck_assert (gtk_widget_activate (layer_check ("nerves")));
  flush ();
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  ck_assert (gtk_widget_activate (layer_check ("arteries")));
  flush ();
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  ck_assert (cramp_scene_get_layer_visible (scene (), "nerves") && cramp_scene_get_layer_visible (scene (), "arteries"));
  ck_assert (layer_ticked ("nerves") && layer_ticked ("arteries"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (layers_button ()));
  flush ();
}
END_TEST

START_TEST (test_zoom_and_layers_are_window_state)
{
  activate_drawing ("drawing.zoom-in");
  ck_assert_double_eq_tol (cramp_scene_get_zoom (scene ()), 1.25, 1e-9);
  ck_assert_double_eq_tol (cramp_anatomy_view_get_zoom (anatomy_view ()), 1.25, 1e-9);

  activate_drawing ("drawing.zoom-reset");
  ck_assert_double_eq_tol (cramp_anatomy_view_get_zoom (anatomy_view ()), 1.0, 1e-9);
  activate_drawing ("drawing.zoom-out");
  ck_assert_double_eq_tol (cramp_anatomy_view_get_zoom (anatomy_view ()), 1.0, 1e-9);

  activate_drawing ("drawing.layer-nerves");
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "nerves"));
  ck_assert (layer_ticked ("nerves"));
  activate_drawing ("drawing.layer-nerves");
  ck_assert (!g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), "nerves"));
  ck_assert (!layer_ticked ("nerves"));

  choose_labels ("none");
  ck_assert (!cramp_anatomy_view_get_show_labels (anatomy_view ()));
}
END_TEST

START_TEST (test_narrow_window_puts_the_drawing_above_the_page)
{
  GtkWidget      *view = GTK_WIDGET (anatomy_view ());
  GtkWidget      *page;
  graphene_rect_t view_bounds, page_bounds;

  select_item ("region:arch");
  page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_REGION_PAGE);
  ck_assert (gtk_widget_compute_bounds (view, GTK_WIDGET (window), &view_bounds));
  ck_assert (gtk_widget_compute_bounds (page, GTK_WIDGET (window), &page_bounds));
  ck_assert_float_lt (view_bounds.origin.x + view_bounds.size.width, page_bounds.origin.x + 1);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 740);
  flush ();
  activate ("win.show-content");
  ck_assert (gtk_widget_compute_bounds (view, GTK_WIDGET (window), &view_bounds));
  ck_assert (gtk_widget_compute_bounds (page, GTK_WIDGET (window), &page_bounds));
  ck_assert_float_le (view_bounds.origin.y + view_bounds.size.height, page_bounds.origin.y + 1);
  ck_assert_int_le (gtk_widget_get_width (GTK_WIDGET (window)), 360);
}
END_TEST

/* On a projector of 1024×768 the window is too narrow for the page beside
 * the drawing; the drawing, above the page, keeps more than half the
 * window's height, and a presentation puts the page beside it again. */
START_TEST (test_projector_window_keeps_the_drawing_large)
{
  GtkWidget *drawing = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_EXPLORER);
  GtkWidget *box = gtk_widget_get_parent (drawing);

  select_item ("factor:tarsal-tunnel-syndrome");
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  flush ();
  ck_assert_int_ge (gtk_widget_get_height (drawing) * 2, gtk_widget_get_height (GTK_WIDGET (window)));

  activate ("win.present");
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  flush ();
  ck_assert (cramp_explore_layout_get_side_by_side (CRAMP_EXPLORE_LAYOUT (gtk_widget_get_layout_manager (box))));
  ck_assert_int_ge (gtk_widget_get_width (drawing) * 2, gtk_widget_get_width (box));
  activate ("win.leave-presentation");
  flush ();
}
END_TEST

static Suite *
explore_suite (void)
{
  Suite *suite = suite_create ("explore");
  TCase *tcase = tcase_create ("drawing");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 60);
  tcase_add_test (tcase, test_regions_are_named_buttons);
  tcase_add_test (tcase, test_keys_go_round_in_anatomical_order);
  tcase_add_test (tcase, test_activating_a_region_selects_it_everywhere);
  tcase_add_test (tcase, test_selection_lights_the_region_in_the_accent_colour);
  tcase_add_test (tcase, test_hover_is_one_lookup);
  tcase_add_test (tcase, test_structures_of_the_layers_shown_are_named_buttons);
  tcase_add_test (tcase, test_a_layer_switched_on_and_off_shows_and_hides_its_ink);
  tcase_add_test (tcase, test_hover_names_a_structure_and_a_click_opens_its_page);
  tcase_add_test (tcase, test_labels_never_overlap_nor_cross);
  tcase_add_test (tcase, test_arteries_are_red_and_veins_blue);
  tcase_add_test (tcase, test_every_structure_can_be_pointed_at);
  tcase_add_test (tcase, test_the_keyboard_opens_a_structure);
  tcase_add_test (tcase, test_factor_lights_its_regions_and_shows_its_layer);
  tcase_add_test (tcase, test_view_changes_to_show_the_region);
  tcase_add_test (tcase, test_alt_number_shows_a_view);
  tcase_add_test (tcase, test_drawing_settings_are_kept);
  tcase_add_test (tcase, test_only_the_users_choices_are_saved);
  tcase_add_test (tcase, test_browsing_never_changes_the_saved_layers);
  tcase_add_test (tcase, test_presentation_mode);
  tcase_add_test (tcase, test_export_png_svg_and_clipboard);
  tcase_add_test (tcase, test_export_is_what_the_screen_shows);
  tcase_add_test (tcase, test_recent_files_exist);
  tcase_add_test (tcase, test_quiz_round_by_keyboard);
  tcase_add_test (tcase, test_quiz_round_by_clicker);
  tcase_add_test (tcase, test_walking_through_a_mechanism);
  tcase_add_test (tcase, test_the_focus_stays_in_a_mechanism);
  tcase_add_test (tcase, test_search_finds_and_selects);
  tcase_add_test (tcase, test_zoom_and_layers_are_window_state);
  tcase_add_test (tcase, test_layers_popover_stays_open);
  tcase_add_test (tcase, test_narrow_window_puts_the_drawing_above_the_page);
  tcase_add_test (tcase, test_projector_window_keeps_the_drawing_large);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  int status;

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (explore_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);
  return status;
}
