/* cramp-anatomy-view.c: the interactive drawing of the foot
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cramp-anatomy-view.h"
#include "cramp-enums.h"
#include "cramp-drawing.h"
#include "cramp-painter.h"
#include "cramp-region-button.h"
#include "cramp-region-map.h"

#define SETTLE_MS 120
#define ZOOM_STEP 1.25

/* The drawing is rendered once per size, zoom and pan: the skin and bones,
 * each visible layer, and the region map. Highlights, labels and the focus
 * are drawn over those textures, so a hover or a selection renders nothing
 * but the small texture of the region it lights, once. A CrampPainter does
 * the painting, the same one that paints every export. */
struct _CrampAnatomyView
{
  GtkWidget        parent_instance;

  CrampAtlas      *atlas;
  CrampScene      *scene;
  GBindingGroup   *scene_bindings;
  const CrampView *view;
  char            *selected_region;
  char            *selected_structure;
  GStrv            highlights;
  GStrv            visible_layers;
  CrampLabels      labels;
  gboolean         presenting;
  gboolean         picking;
  gboolean         names_hidden;
  double           zoom;
  graphene_point_t pan;

  GHashTable      *drawings; /* view id → CrampDrawing */
  CrampDrawing    *drawing;
  CrampPainter    *painter;
  GPtrArray       *buttons; /* CrampRegionButton: the view's regions, then its structures, by place */

  /* What was last rendered, and for which viewport. */
  graphene_rect_t  target;   /* where the viewBox goes now */
  graphene_rect_t  rendered; /* where it went in the textures and the map */
  int              width;
  int              height;
  gboolean         stale;
  guint            settle_id;
  guint            map_id;
  guint            complete_id;
  gboolean         mapped_once;
  gboolean         region_only; /* Shift was held at the last pointer event */

  guint            hover; /* the hovered region's place + 1, or 0 */
  double           zoom_at_gesture;
  graphene_point_t pan_at_drag;
  gboolean         panning;
};

G_DEFINE_FINAL_TYPE (CrampAnatomyView, cramp_anatomy_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_VIEW,
  PROP_SELECTED_REGION,
  PROP_SELECTED_STRUCTURE,
  PROP_HIGHLIGHTS,
  PROP_VISIBLE_LAYERS,
  PROP_LABELS,
  PROP_PRESENTING,
  PROP_PICKING,
  PROP_NAMES_HIDDEN,
  PROP_ZOOM,
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

/* Rendering */

static void
drop_render (CrampAnatomyView *self)
{
  g_clear_handle_id (&self->map_id, g_source_remove);
  g_clear_handle_id (&self->complete_id, g_source_remove);
  self->width = self->height = 0;
}

static const CrampRegionMap *
get_map (CrampAnatomyView *self)
{
  return self->painter ? cramp_painter_get_map (self->painter) : NULL;
}

static gboolean
complete_map_cb (gpointer user_data)
{
  CrampAnatomyView *self = user_data;

  self->complete_id = 0;
  if (cramp_painter_complete_map (self->painter))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* The structures join the map once the frame with the regions is drawn,
 * so that a new size waits for the regions alone. */
static void
build_map (CrampAnatomyView *self)
{
  cramp_painter_build_map (self->painter);
  g_clear_handle_id (&self->complete_id, g_source_remove);
  self->complete_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, complete_map_cb, self, NULL);
}

static void add_buttons (CrampAnatomyView *self);

/* The region buttons, which a screen reader and the keyboard go through,
 * come with the first map too: they take no part in the first frame. */
static gboolean
build_map_cb (gpointer user_data)
{
  CrampAnatomyView *self = user_data;

  self->map_id = 0;
  self->mapped_once = TRUE;
  build_map (self);
  if (self->buttons->len == 0)
    add_buttons (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Renders anew when the size, the scale or the viewport differ from what
 * was last rendered. The first map waits until the first frame is on
 * screen, since nothing can point at a region before that; later ones are
 * made at once, so that highlights never lag. */
static void
ensure_render_state (CrampAnatomyView *self,
                     int               width,
                     int               height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->painter == NULL || width <= 0 || height <= 0)
    return;

  self->width = width;
  self->height = height;
  self->rendered = self->target;
  if (!cramp_painter_set_viewport (self->painter, width, height, scale, 1.0, &self->target))
    return;

  g_clear_handle_id (&self->map_id, g_source_remove);
  if (self->mapped_once)
    build_map (self);
  else
    self->map_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_map_cb, self, NULL);
}

/* Viewport, zoom and pan */

static void
clamp_pan (CrampAnatomyView      *self,
           const graphene_rect_t *fit)
{
  double room_x = (fit->size.width * self->zoom - fit->size.width) / 2.0 + CRAMP_PAINTER_MARGIN;
  double room_y = (fit->size.height * self->zoom - fit->size.height) / 2.0 + CRAMP_PAINTER_MARGIN;

  if (self->zoom <= 1.0)
    room_x = room_y = 0.0;

  self->pan.x = CLAMP (self->pan.x, -room_x, room_x);
  self->pan.y = CLAMP (self->pan.y, -room_y, room_y);
}

static void paint_state (CrampAnatomyView *self,
                         CrampPaintState  *state);

/* The drawing fits the view with room for its labels and its legend. */
static void
fit_viewport (CrampAnatomyView *self,
              int               width,
              int               height,
              graphene_rect_t  *fit)
{
  CrampPaintState state;

  paint_state (self, &state);
  cramp_painter_fit (self->painter, gtk_widget_get_pango_context (GTK_WIDGET (self)), &state, width, height, 1.0,
                     fit);
}

static void
update_target (CrampAnatomyView *self,
               int               width,
               int               height)
{
  graphene_rect_t fit;

  if (self->drawing == NULL || self->painter == NULL)
    return;

  fit_viewport (self, width, height, &fit);
  clamp_pan (self, &fit);
  graphene_rect_init (&self->target,
                      fit.origin.x + (fit.size.width - fit.size.width * self->zoom) / 2.0 + self->pan.x,
                      fit.origin.y + (fit.size.height - fit.size.height * self->zoom) / 2.0 + self->pan.y,
                      fit.size.width * self->zoom,
                      fit.size.height * self->zoom);
}

static gboolean
settle_cb (gpointer user_data)
{
  CrampAnatomyView *self = user_data;

  self->settle_id = 0;
  self->stale = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Zoom and pan show the textures stretched at once, and render them anew
 * once the gesture or the keys have rested. */
static void
viewport_changed (CrampAnatomyView *self)
{
  update_target (self, gtk_widget_get_width (GTK_WIDGET (self)),
                 gtk_widget_get_height (GTK_WIDGET (self)));
  self->stale = TRUE;
  self->hover = 0;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms to @zoom, keeping the point of the drawing under @centre in place. */
static void
zoom_around (CrampAnatomyView *self,
             double            zoom,
             double            x,
             double            y)
{
  graphene_rect_t fit;
  double          u, v;

  zoom = CLAMP (zoom, 1.0, CRAMP_SCENE_MAX_ZOOM);
  if (self->painter == NULL || zoom == self->zoom)
    return;

  fit_viewport (self, gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)), &fit);
  u = (x - self->target.origin.x) / self->target.size.width;
  v = (y - self->target.origin.y) / self->target.size.height;

  self->zoom = zoom;
  self->pan.x = x - u * fit.size.width * zoom - (fit.origin.x + (fit.size.width - fit.size.width * zoom) / 2.0);
  self->pan.y = y - v * fit.size.height * zoom - (fit.origin.y + (fit.size.height - fit.size.height * zoom) / 2.0);

  viewport_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ZOOM]);
}

/* Regions and buttons */

static gboolean
button_contains (GtkWidget *view,
                 guint      place,
                 double     x,
                 double     y)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (view);

  if (get_map (self) == NULL || self->stale)
    return FALSE;

  /* The tooltip names what the pointer finds: with Shift, the region. */
  if (self->region_only)
    return cramp_painter_region_at (self->painter, x, y) == place + 1;
  return cramp_region_map_lookup (get_map (self), x, y) == place + 1;
}

static void
remove_buttons (CrampAnatomyView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->buttons, i));

  g_ptr_array_set_size (self->buttons, 0);
}

static gboolean
is_structure (CrampAnatomyView *self,
              guint             index)
{
  return self->painter != NULL && index >= cramp_painter_get_n_regions (self->painter);
}

static void
button_activated_cb (CrampRegionButton *button,
                     CrampAnatomyView  *self)
{
  guint place = cramp_region_button_get_place (button);

  g_signal_emit (self, signals[is_structure (self, place) ? STRUCTURE_ACTIVATED : REGION_ACTIVATED], 0,
                 cramp_region_button_get_region (button));
}

/* Structures answer the pointer, the keys and screen readers while their
 * layer is shown, unless names are hidden or a region is to be picked. */
static gboolean
structures_pickable (CrampAnatomyView *self)
{
  return !self->names_hidden && !self->picking;
}

static gboolean
button_usable (CrampAnatomyView *self,
               guint             index)
{
  const CrampStructure *structure;

  if (!is_structure (self, index))
    return TRUE;

  structure = cramp_atlas_lookup_structure (self->atlas, cramp_painter_get_id (self->painter, index + 1));
  return structures_pickable (self) && structure != NULL &&
         (structure->layer == NULL ||
          (self->visible_layers != NULL &&
           g_strv_contains ((const char *const *) self->visible_layers, structure->layer->id)));
}

static void
update_pickable (CrampAnatomyView *self)
{
  if (self->painter == NULL)
    return;

  cramp_painter_set_pickable (self->painter, (const char *const *) self->visible_layers, structures_pickable (self));
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      gboolean   usable = button_usable (self, i);

      gtk_widget_set_has_tooltip (button, !self->names_hidden && usable);
      gtk_widget_set_focusable (button, usable && (!self->names_hidden || self->picking));
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
add_buttons (CrampAnatomyView *self)
{
  guint n = cramp_painter_get_n_places (self->painter);

  for (guint i = 0; i < n; i++)
    {
      const char *id = cramp_painter_get_id (self->painter, i + 1);
      const char *description;
      GtkWidget  *button;
      gboolean    selected;

      if (is_structure (self, i))
        {
          const CrampStructure *structure = cramp_atlas_lookup_structure (self->atlas, id);

          description = structure->description;
          selected = g_strcmp0 (id, self->selected_structure) == 0;
        }
      else
        {
          description = cramp_atlas_lookup_region (self->atlas, id)->summary;
          selected = g_strcmp0 (id, self->selected_region) == 0;
        }

      button = cramp_region_button_new (id, cramp_painter_get_name (self->painter, i + 1), description, i,
                                        button_contains);
      cramp_region_button_set_selected (CRAMP_REGION_BUTTON (button), selected);
      g_signal_connect_object (button, "activate", G_CALLBACK (button_activated_cb), self, 0);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_ptr_array_add (self->buttons, button);
    }
  update_pickable (self);
}

static CrampDrawing *
load_drawing (CrampAnatomyView *self,
              const CrampView  *view)
{
  g_autoptr (GError) error = NULL;
  CrampDrawing *drawing = g_hash_table_lookup (self->drawings, view->id);

  if (drawing != NULL)
    return drawing;

  drawing = cramp_drawing_get_for_view (view, &error);
  if (drawing == NULL)
    {
      g_warning ("The drawing of the view “%s” could not be loaded: %s", view->id, error->message);
      return NULL;
    }

  g_hash_table_insert (self->drawings, g_strdup (view->id), drawing);
  return drawing;
}

static void
update_accessible_label (CrampAnatomyView *self)
{
  g_autofree char *label = NULL;

  /* Translators: %s is the name of a view of the foot, such as “Sole”. */
  label = g_strdup_printf (_ ("Drawing of the foot: %s"), self->view ? self->view->name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_colors (CrampAnatomyView *self)
{
  CrampPaintColors colors;

  if (self->painter == NULL)
    return;

  cramp_paint_colors_from_widget (&colors, GTK_WIDGET (self));
  cramp_painter_set_colors (self->painter, &colors);
}

static void
reload (CrampAnatomyView *self)
{
  remove_buttons (self);
  drop_render (self);
  g_clear_object (&self->painter);
  self->drawing = NULL;
  self->hover = 0;

  if (self->atlas != NULL && self->view != NULL)
    self->drawing = load_drawing (self, self->view);
  if (self->drawing != NULL)
    {
      self->painter = cramp_painter_new (self->atlas, self->view, self->drawing);
      update_colors (self);
      if (self->mapped_once)
        add_buttons (self);
    }

  update_accessible_label (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Drawing */

static guint
focused_place (CrampAnatomyView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    if (gtk_widget_has_visible_focus (g_ptr_array_index (self->buttons, i)))
      return i + 1;

  return 0;
}

static void
paint_state (CrampAnatomyView *self,
             CrampPaintState  *state)
{
  *state = (CrampPaintState){
    .layers = (const char *const *) self->visible_layers,
    .highlights = (const char *const *) self->highlights,
    .selected = self->selected_region ? self->selected_region : self->selected_structure,
    .hover = self->hover,
    .focus = focused_place (self),
    .labels = self->labels,
    .presenting = self->presenting,
    .drawing_only = self->stale,
  };
}

static void
cramp_anatomy_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{

  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (widget);
  CrampPaintState   state;

  if (self->width == 0)
    return;

  paint_state (self, &state);

  gtk_snapshot_save (snapshot);
  if (self->stale)
    {
      /* Stretches what was rendered to where it goes now. */
      double factor = self->target.size.width / self->rendered.size.width;

      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->target.origin.x - self->rendered.origin.x * factor,
                                                              self->target.origin.y - self->rendered.origin.y * factor));
      gtk_snapshot_scale (snapshot, factor, factor);
    }
  cramp_painter_snapshot (self->painter, snapshot, gtk_widget_get_pango_context (widget), &state);
  gtk_snapshot_restore (snapshot);
}

/* Layout */

static void
cramp_anatomy_view_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
cramp_anatomy_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (widget);

  if (!self->stale)
    {
      update_target (self, width, height);
      ensure_render_state (self, width, height);
    }

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget      *button = g_ptr_array_index (self->buttons, i);
      graphene_rect_t bounds;
      gboolean        shown = get_map (self) != NULL && button_usable (self, i) &&
                       cramp_region_map_get_bounds (get_map (self), i, &bounds);

      gtk_widget_set_child_visible (button, shown);
      if (shown)
        gtk_widget_size_allocate (button,
                                  &(GtkAllocation){ bounds.origin.x, bounds.origin.y,
                                                    bounds.size.width, bounds.size.height },
                                  -1);
    }
}

/* The regions are one stop of Tab, entered at the selected region or
 * else the first; the arrow keys go round them in the view's fixed,
 * anatomical order. */
static gboolean
cramp_anatomy_view_focus (GtkWidget       *widget,
                          GtkDirectionType direction)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (widget);
  GtkWidget        *focus = gtk_widget_get_focus_child (widget);
  int               count = self->buttons->len;
  int               index = -1;
  int               next;

  if (count == 0)
    return FALSE;

  for (int i = 0; focus != NULL && i < count; i++)
    if (g_ptr_array_index (self->buttons, i) == focus)
      index = i;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      if (index >= 0)
        return FALSE;
      next = self->painter != NULL ? MAX ((int) cramp_painter_place_of (self->painter, self->selected_region) - 1, 0) : 0;
      break;
    case GTK_DIR_RIGHT:
    case GTK_DIR_DOWN:
      next = (index + 1) % count;
      break;
    case GTK_DIR_LEFT:
    case GTK_DIR_UP:
      next = index < 0 ? count - 1 : (index - 1 + count) % count;
      break;
    default:
      return FALSE;
    }

  /* A structure whose layer is hidden is passed over. */
  for (int tries = 0; next >= 0 && next < count && !gtk_widget_get_focusable (g_ptr_array_index (self->buttons, next));
       tries++)
    {
      if (tries == count)
        return FALSE;
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
        next += direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
      else
        next = (next + (direction == GTK_DIR_RIGHT || direction == GTK_DIR_DOWN ? 1 : count - 1)) % count;
    }

  if (next < 0 || next >= count)
    return FALSE;

  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, next));
}

static void
cramp_anatomy_view_set_focus_child (GtkWidget *widget,
                                    GtkWidget *child)
{
  GTK_WIDGET_CLASS (cramp_anatomy_view_parent_class)->set_focus_child (widget, child);
  gtk_widget_queue_draw (widget);
}

static void
cramp_anatomy_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (widget);

  GTK_WIDGET_CLASS (cramp_anatomy_view_parent_class)->css_changed (widget, change);

  /* The colours may have changed with the style. */
  update_colors (self);
  gtk_widget_queue_draw (widget);
}

/* Input */

static guint
place_at (CrampAnatomyView *self,
          double            x,
          double            y)
{
  if (self->painter == NULL || self->stale)
    return 0;

  return cramp_painter_place_at (self->painter, x, y);
}

/* The pointer finds what the eye sees: a structure of a layer shown where
 * there is one, else the region. With Shift held it finds the region
 * under the structure, so that a region stays within reach with any layer
 * shown. */
static guint
place_for_event (CrampAnatomyView   *self,
                 GtkEventController *controller,
                 double              x,
                 double              y)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (controller);

  self->region_only = (state & GDK_SHIFT_MASK) != 0;
  if (self->painter == NULL || self->stale)
    return 0;
  if (self->region_only)
    return cramp_painter_region_at (self->painter, x, y);
  return cramp_painter_place_at (self->painter, x, y);
}

static void
set_hover (CrampAnatomyView *self,
           guint             hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CrampAnatomyView         *self)
{
  set_hover (self, self->panning ? 0 : place_for_event (self, GTK_EVENT_CONTROLLER (controller), x, y));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          CrampAnatomyView         *self)
{
  set_hover (self, 0);
}

static void
released_cb (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             CrampAnatomyView *self)
{
  guint place = place_for_event (self, GTK_EVENT_CONTROLLER (gesture), x, y);

  if (place != 0)
    g_signal_emit_by_name (g_ptr_array_index (self->buttons, place - 1), "activate");
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           CrampAnatomyView         *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double          x, y;

  if (state & GDK_CONTROL_MASK)
    {
      if (!gdk_event_get_position (gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller)), &x, &y))
        x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
      zoom_around (self, self->zoom * pow (ZOOM_STEP, -dy), x, y);
      return TRUE;
    }

  if (self->zoom <= 1.0)
    return FALSE;

  self->pan.x -= dx * 40.0;
  self->pan.y -= dy * 40.0;
  viewport_changed (self);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               CrampAnatomyView *self)
{
  self->zoom_at_gesture = self->zoom;
}

static void
scale_changed_cb (GtkGestureZoom   *gesture,
                  double            scale,
                  CrampAnatomyView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  zoom_around (self, self->zoom_at_gesture * scale, x, y);
}

static void
drag_begin_cb (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               CrampAnatomyView *self)
{
  self->pan_at_drag = self->pan;
  self->panning = FALSE;
}

static void
drag_update_cb (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                CrampAnatomyView *self)
{
  /* A small movement is still a click. */
  if (self->zoom <= 1.0 || (!self->panning && hypot (dx, dy) < 8.0))
    return;

  if (!self->panning)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  self->panning = TRUE;
  self->pan.x = self->pan_at_drag.x + dx;
  self->pan.y = self->pan_at_drag.y + dy;
  viewport_changed (self);
}

static void
drag_end_cb (GtkGestureDrag   *gesture,
             double            dx,
             double            dy,
             CrampAnatomyView *self)
{
  self->panning = FALSE;
}

/* Properties */

CrampAtlas *
cramp_anatomy_view_get_atlas (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->atlas;
}

void
cramp_anatomy_view_set_atlas (CrampAnatomyView *self,
                              CrampAtlas       *atlas)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));
  g_return_if_fail (atlas == NULL || CRAMP_IS_ATLAS (atlas));

  if (!g_set_object (&self->atlas, atlas))
    return;

  g_hash_table_remove_all (self->drawings);
  self->view = NULL;
  /* The scene's view straight away, so that no other drawing is read. */
  if (atlas != NULL && self->scene != NULL && cramp_scene_get_shown_view (self->scene) != NULL)
    self->view = cramp_atlas_lookup_view (atlas, cramp_scene_get_shown_view (self->scene));
  if (atlas != NULL && self->view == NULL && cramp_atlas_get_views (atlas)->len > 0)
    self->view = g_ptr_array_index (cramp_atlas_get_views (atlas), 0);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ATLAS]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VIEW]);
}

const char *
cramp_anatomy_view_get_view (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->view != NULL ? self->view->id : NULL;
}

/**
 * cramp_anatomy_view_set_view:
 * @self: a view
 * @view: the id of a view of the atlas; an unknown id changes nothing
 */
void
cramp_anatomy_view_set_view (CrampAnatomyView *self,
                             const char       *view)
{
  const CrampView *found;

  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (self->atlas == NULL || view == NULL ||
      (found = cramp_atlas_lookup_view (self->atlas, view)) == NULL || found == self->view)
    return;

  self->view = found;
  self->zoom = 1.0;
  self->pan = GRAPHENE_POINT_INIT (0, 0);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VIEW]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ZOOM]);
}

const char *
cramp_anatomy_view_get_selected_region (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->selected_region;
}

void
cramp_anatomy_view_set_selected_region (CrampAnatomyView *self,
                                        const char       *region)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (region != NULL && region[0] == '\0')
    region = NULL;

  if (g_strcmp0 (self->selected_region, region) == 0)
    return;

  g_free (self->selected_region);
  self->selected_region = g_strdup (region);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      CrampRegionButton *button = g_ptr_array_index (self->buttons, i);

      if (!is_structure (self, i))
        cramp_region_button_set_selected (button, g_strcmp0 (cramp_region_button_get_region (button), region) == 0);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_REGION]);
}

const char *
cramp_anatomy_view_get_selected_structure (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->selected_structure;
}

void
cramp_anatomy_view_set_selected_structure (CrampAnatomyView *self,
                                           const char       *structure)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (structure != NULL && structure[0] == '\0')
    structure = NULL;

  if (g_strcmp0 (self->selected_structure, structure) == 0)
    return;

  g_free (self->selected_structure);
  self->selected_structure = g_strdup (structure);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      CrampRegionButton *button = g_ptr_array_index (self->buttons, i);

      if (is_structure (self, i))
        cramp_region_button_set_selected (button, g_strcmp0 (cramp_region_button_get_region (button), structure) == 0);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_STRUCTURE]);
}

const char *const *
cramp_anatomy_view_get_highlights (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return (const char *const *) self->highlights;
}

static gboolean
strv_equal (const char *const *a,
            const char *const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

/**
 * cramp_anatomy_view_set_highlights:
 * @self: a view
 * @highlights: (nullable) (array zero-terminated=1): regions and structures to light
 */
void
cramp_anatomy_view_set_highlights (CrampAnatomyView  *self,
                                   const char *const *highlights)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (strv_equal ((const char *const *) self->highlights, highlights))
    return;

  g_strfreev (self->highlights);
  self->highlights = g_strdupv ((char **) highlights);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_HIGHLIGHTS]);
}

const char *const *
cramp_anatomy_view_get_visible_layers (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return (const char *const *) self->visible_layers;
}

/**
 * cramp_anatomy_view_set_visible_layers:
 * @self: a view
 * @layers: (nullable) (array zero-terminated=1): the ids of the layers to show
 */
void
cramp_anatomy_view_set_visible_layers (CrampAnatomyView  *self,
                                       const char *const *layers)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (strv_equal ((const char *const *) self->visible_layers, layers))
    return;

  g_strfreev (self->visible_layers);
  self->visible_layers = g_strdupv ((char **) layers);
  self->hover = 0;
  update_pickable (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VISIBLE_LAYERS]);
}

/**
 * cramp_anatomy_view_get_show_labels:
 * @self: a view
 *
 * Returns: whether any labels are drawn
 */
gboolean
cramp_anatomy_view_get_show_labels (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), FALSE);

  return self->labels != CRAMP_LABELS_NONE;
}

CrampLabels
cramp_anatomy_view_get_labels (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), CRAMP_LABELS_NONE);

  return self->labels;
}

/**
 * cramp_anatomy_view_set_labels:
 * @self: a view
 * @labels: what the drawing names beside the figure
 */
void
cramp_anatomy_view_set_labels (CrampAnatomyView *self,
                               CrampLabels       labels)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (self->labels == labels)
    return;

  self->labels = labels;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LABELS]);
}

/**
 * cramp_anatomy_view_set_picking:
 * @self: an anatomy view
 * @picking: whether activating a region answers a question
 *
 * While picking, the regions take focus even when their names are hidden,
 * so that a quiz can ask where something is.
 */
void
cramp_anatomy_view_set_picking (CrampAnatomyView *self,
                                gboolean          picking)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (self->picking == !!picking)
    return;

  self->picking = !!picking;
  update_pickable (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PICKING]);
}

/**
 * cramp_anatomy_view_set_names_hidden:
 * @self: an anatomy view
 * @hidden: whether the regions keep their names to themselves
 *
 * For a quiz: no tooltips name the regions, and unless a region is to be
 * picked, the regions take no focus, so that nothing gives the answer away.
 */
void
cramp_anatomy_view_set_names_hidden (CrampAnatomyView *self,
                                     gboolean          hidden)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  if (self->names_hidden == !!hidden)
    return;

  self->names_hidden = !!hidden;
  update_pickable (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_NAMES_HIDDEN]);
}

/**
 * cramp_anatomy_view_get_scene:
 * @self: an anatomy view
 *
 * Returns: (transfer none) (nullable): the scene it shows
 */
CrampScene *
cramp_anatomy_view_get_scene (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->scene;
}

/**
 * cramp_anatomy_view_set_scene:
 * @self: an anatomy view
 * @scene: (nullable): the scene to show
 *
 * The view follows the scene: its view, layers, lights, selection, labels,
 * presentation and zoom; a zoom by the pointer or a gesture goes back to
 * the scene.
 */
void
cramp_anatomy_view_set_scene (CrampAnatomyView *self,
                              CrampScene       *scene)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));
  g_return_if_fail (scene == NULL || CRAMP_IS_SCENE (scene));

  if (!g_set_object (&self->scene, scene))
    return;

  if (scene != NULL)
    cramp_anatomy_view_set_atlas (self, cramp_scene_get_atlas (scene));
  g_binding_group_set_source (self->scene_bindings, scene);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SCENE]);
}

gboolean
cramp_anatomy_view_get_picking (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), FALSE);

  return self->picking;
}

gboolean
cramp_anatomy_view_get_presenting (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), FALSE);

  return self->presenting;
}

/**
 * cramp_anatomy_view_set_presenting:
 * @self: an anatomy view
 * @presenting: whether the view is shown to a room
 *
 * Makes highlights bolder, for a projector.
 */
void
cramp_anatomy_view_set_presenting (CrampAnatomyView *self,
                                   gboolean          presenting)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PRESENTING]);
}

double
cramp_anatomy_view_get_zoom (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), 1.0);

  return self->zoom;
}

/**
 * cramp_anatomy_view_set_zoom:
 * @self: a view
 * @zoom: how much larger than fitting the drawing is, from 1 to
 *   %CRAMP_SCENE_MAX_ZOOM, around the middle of the view
 */
void
cramp_anatomy_view_set_zoom (CrampAnatomyView *self,
                             double            zoom)
{
  g_return_if_fail (CRAMP_IS_ANATOMY_VIEW (self));

  zoom = CLAMP (zoom, 1.0, CRAMP_SCENE_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  if (self->drawing == NULL || self->width == 0)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ZOOM]);
      return;
    }

  if (zoom == 1.0)
    self->pan = GRAPHENE_POINT_INIT (0, 0);

  zoom_around (self, zoom, self->width / 2.0, self->height / 2.0);
}

/**
 * cramp_anatomy_view_get_region_at:
 * @self: a view
 * @x: a point in the view
 * @y: a point in the view
 *
 * Returns: (nullable): the id of the region or region label at the point
 */
const char *
cramp_anatomy_view_get_region_at (CrampAnatomyView *self,
                                  double            x,
                                  double            y)
{
  guint place;

  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  place = place_at (self, x, y);
  return place && !is_structure (self, place - 1) ? cramp_painter_get_id (self->painter, place) : NULL;
}

/**
 * cramp_anatomy_view_get_structure_at:
 * @self: a view
 * @x: a point in the view
 * @y: a point in the view
 *
 * Returns: (nullable): the id of the structure or structure label at the
 *   point, of a layer shown
 */
const char *
cramp_anatomy_view_get_structure_at (CrampAnatomyView *self,
                                     double            x,
                                     double            y)
{
  guint place;

  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  place = place_at (self, x, y);
  return place && is_structure (self, place - 1) ? cramp_painter_get_id (self->painter, place) : NULL;
}

/**
 * cramp_anatomy_view_get_drawing:
 * @self: an anatomy view
 *
 * Returns: (transfer none) (nullable): the drawing of the view shown
 */
CrampDrawing *
cramp_anatomy_view_get_drawing (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->drawing;
}

const char *
cramp_anatomy_view_get_hovered_region (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->hover && !is_structure (self, self->hover - 1) ? cramp_painter_get_id (self->painter, self->hover)
                                                              : NULL;
}

const char *
cramp_anatomy_view_get_hovered_structure (CrampAnatomyView *self)
{
  g_return_val_if_fail (CRAMP_IS_ANATOMY_VIEW (self), NULL);

  return self->hover && is_structure (self, self->hover - 1) ? cramp_painter_get_id (self->painter, self->hover)
                                                             : NULL;
}

/* Object */

static void
cramp_anatomy_view_dispose (GObject *object)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_binding_group_set_source (self->scene_bindings, NULL);
  g_clear_object (&self->scene_bindings);
  g_clear_object (&self->scene);
  remove_buttons (self);
  drop_render (self);
  g_clear_object (&self->painter);
  g_clear_object (&self->atlas);
  self->view = NULL;
  self->drawing = NULL;
  g_hash_table_remove_all (self->drawings);

  G_OBJECT_CLASS (cramp_anatomy_view_parent_class)->dispose (object);
}

static void
cramp_anatomy_view_finalize (GObject *object)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (object);

  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->selected_structure, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->visible_layers, g_strfreev);
  g_clear_pointer (&self->drawings, g_hash_table_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (cramp_anatomy_view_parent_class)->finalize (object);
}

static void
cramp_anatomy_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_VIEW:
      g_value_set_string (value, cramp_anatomy_view_get_view (self));
      break;
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;
    case PROP_SELECTED_STRUCTURE:
      g_value_set_string (value, self->selected_structure);
      break;
    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;
    case PROP_VISIBLE_LAYERS:
      g_value_set_boxed (value, self->visible_layers);
      break;
    case PROP_LABELS:
      g_value_set_flags (value, self->labels);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_PICKING:
      g_value_set_boolean (value, self->picking);
      break;
    case PROP_NAMES_HIDDEN:
      g_value_set_boolean (value, self->names_hidden);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_anatomy_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrampAnatomyView *self = CRAMP_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      cramp_anatomy_view_set_atlas (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      cramp_anatomy_view_set_view (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_REGION:
      cramp_anatomy_view_set_selected_region (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_STRUCTURE:
      cramp_anatomy_view_set_selected_structure (self, g_value_get_string (value));
      break;
    case PROP_HIGHLIGHTS:
      cramp_anatomy_view_set_highlights (self, g_value_get_boxed (value));
      break;
    case PROP_VISIBLE_LAYERS:
      cramp_anatomy_view_set_visible_layers (self, g_value_get_boxed (value));
      break;
    case PROP_LABELS:
      cramp_anatomy_view_set_labels (self, g_value_get_flags (value));
      break;
    case PROP_PRESENTING:
      cramp_anatomy_view_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_PICKING:
      cramp_anatomy_view_set_picking (self, g_value_get_boolean (value));
      break;
    case PROP_NAMES_HIDDEN:
      cramp_anatomy_view_set_names_hidden (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      cramp_anatomy_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SCENE:
      cramp_anatomy_view_set_scene (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  props[PROP_ATLAS] = g_param_spec_object ("atlas", NULL, NULL, CRAMP_TYPE_ATLAS, flags);
  props[PROP_VIEW] = g_param_spec_string ("view", NULL, NULL, NULL, flags);
  props[PROP_SELECTED_REGION] = g_param_spec_string ("selected-region", NULL, NULL, NULL, flags);
  props[PROP_SELECTED_STRUCTURE] = g_param_spec_string ("selected-structure", NULL, NULL, NULL, flags);
  props[PROP_HIGHLIGHTS] = g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV, flags);
  props[PROP_VISIBLE_LAYERS] = g_param_spec_boxed ("visible-layers", NULL, NULL, G_TYPE_STRV, flags);
  props[PROP_LABELS] = g_param_spec_flags ("labels", NULL, NULL, CRAMP_TYPE_LABELS, CRAMP_LABELS_REGIONS, flags);
  props[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, flags);
  props[PROP_PICKING] = g_param_spec_boolean ("picking", NULL, NULL, FALSE, flags);
  props[PROP_NAMES_HIDDEN] = g_param_spec_boolean ("names-hidden", NULL, NULL, FALSE, flags);
  props[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 1.0, CRAMP_SCENE_MAX_ZOOM, 1.0, flags);
  props[PROP_SCENE] = g_param_spec_object ("scene", NULL, NULL, CRAMP_TYPE_SCENE, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
cramp_anatomy_view_class_init (CrampAnatomyViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_anatomy_view_dispose;
  object_class->finalize = cramp_anatomy_view_finalize;
  object_class->get_property = cramp_anatomy_view_get_property;
  object_class->set_property = cramp_anatomy_view_set_property;

  widget_class->measure = cramp_anatomy_view_measure;
  widget_class->size_allocate = cramp_anatomy_view_size_allocate;
  widget_class->snapshot = cramp_anatomy_view_snapshot;
  widget_class->focus = cramp_anatomy_view_focus;
  widget_class->set_focus_child = cramp_anatomy_view_set_focus_child;
  widget_class->css_changed = cramp_anatomy_view_css_changed;

  install_properties (object_class);

  /**
   * CrampAnatomyView::region-activated:
   * @self: the view
   * @region: the id of the region
   *
   * Emitted when a region is clicked, or activated by the keys or a screen
   * reader.
   */
  signals[REGION_ACTIVATED] = g_signal_new ("region-activated",
                                            G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * CrampAnatomyView::structure-activated:
   * @self: the view
   * @structure: the id of the structure
   *
   * Emitted when a structure of a layer shown is clicked, or activated by
   * the keys or a screen reader.
   */
  signals[STRUCTURE_ACTIVATED] = g_signal_new ("structure-activated",
                                               G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "anatomyview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
add_controllers (CrampAnatomyView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture         *zoom = gtk_gesture_zoom_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (scale_changed_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);

  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* What the view shows follows the scene; only the zoom, which the pointer
 * and gestures change, goes back. */
static void
bind_scene (CrampAnatomyView *self)
{
  static const struct
  {
    const char   *source;
    const char   *target;
    GBindingFlags flags;
  } bindings[] = {
    { "shown-view", "view", 0 },
    { "shown-layers", "visible-layers", 0 },
    { "highlights", "highlights", 0 },
    { "selected-region", "selected-region", 0 },
    { "selected-structure", "selected-structure", 0 },
    { "shown-labels", "labels", 0 },
    { "picking", "picking", 0 },
    { "names-hidden", "names-hidden", 0 },
    { "presenting", "presenting", 0 },
    { "zoom", "zoom", G_BINDING_BIDIRECTIONAL },
  };

  self->scene_bindings = g_binding_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_binding_group_bind (self->scene_bindings, bindings[i].source, self, bindings[i].target,
                          G_BINDING_SYNC_CREATE | bindings[i].flags);
}

static void
cramp_anatomy_view_init (CrampAnatomyView *self)
{
  self->labels = CRAMP_LABELS_REGIONS;
  self->zoom = 1.0;
  self->drawings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->buttons = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  add_controllers (self);
  bind_scene (self);
}
