/* cramp-painter.c: one view of the foot, painted as the scene asks
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cramp-highlight.h"
#include "cramp-painter.h"

#define LABEL_PADDING 6.0
#define RING_WIDTH    3.0

/* Paints a drawing, its layers, its lights and its labels into a snapshot,
 * for the anatomy view on screen and for every export alike. It renders
 * each group of the drawing once per viewport, and each light once, the
 * first time it is needed; the caller says when the viewport changes.
 *
 * Sizes are in logical pixels; the unit scales the painter's own marks
 * (label padding, leader lines, dots, rings) for an export larger than
 * the screen, and the caller scales the font to match. */
struct _CrampPainter
{
  GObject          parent_instance;

  CrampAtlas      *atlas;
  CrampDrawing    *drawing;
  GStrv            regions; /* ids, in the view's order */
  GStrv            names;

  int              width;
  int              height;
  int              scale;
  double           unit;
  graphene_rect_t  viewport;
  CrampPaintColors colors;

  CrampRegionMap  *map;
  GHashTable      *pieces;      /* group id → Piece: the base and the layers */
  GHashTable      *lights;      /* place → Light */
  GHashTable      *rings;       /* structure id → Piece */
  GArray          *label_rects; /* graphene_rect_t per region, as last painted */
};

G_DEFINE_FINAL_TYPE (CrampPainter, cramp_painter, G_TYPE_OBJECT)

typedef struct
{
  GdkTexture     *texture;
  graphene_rect_t bounds;
} Piece;

/* A region's light: its shape and its outline, in the accent colour; each
 * style of highlight draws them at its own opacity. */
typedef struct
{
  Piece fill;
  Piece outline;
} Light;

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->texture);
  g_free (piece);
}

static void
light_free (gpointer data)
{
  Light *light = data;

  g_clear_object (&light->fill.texture);
  g_clear_object (&light->outline.texture);
  g_free (light);
}

/* Colours */

/**
 * cramp_paint_colors_from_widget:
 * @colors: (out): the colours
 * @widget: a widget, whose style gives them
 */
void
cramp_paint_colors_from_widget (CrampPaintColors *colors,
                                GtkWidget        *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (style, "view_fg_color", &colors->fg))
    gdk_rgba_parse (&colors->fg, "#000000");
  if (!gtk_style_context_lookup_color (style, "view_bg_color", &colors->bg))
    gdk_rgba_parse (&colors->bg, "#ffffff");
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, "#3584e4");
  if (!gtk_style_context_lookup_color (style, "accent_color", &colors->accent_text))
    gdk_rgba_parse (&colors->accent_text, "#1c71d8");
}

/**
 * cramp_paint_colors_for_paper:
 * @colors: (out): the colours
 *
 * The light style's colours, whatever the style on screen: dark grey on
 * white, with the default blue accent, for exports and print.
 */
void
cramp_paint_colors_for_paper (CrampPaintColors *colors)
{
  gdk_rgba_parse (&colors->fg, "rgba(0,0,0,0.8)");
  gdk_rgba_parse (&colors->bg, "#ffffff");
  gdk_rgba_parse (&colors->accent, "#3584e4");
  gdk_rgba_parse (&colors->accent_text, "#1c71d8");
}

/* Rendering */

static void
drop_lights (CrampPainter *self)
{
  g_hash_table_remove_all (self->lights);
  g_hash_table_remove_all (self->rings);
}

static Piece *
get_piece (CrampPainter *self,
           const char   *id)
{
  Piece *piece = g_hash_table_lookup (self->pieces, id);

  if (piece != NULL)
    return piece;

  piece = g_new0 (Piece, 1);
  piece->texture = cramp_drawing_render_texture (self->drawing, id, &self->viewport, self->width, self->height,
                                                 self->scale, &piece->bounds);
  g_hash_table_insert (self->pieces, g_strdup (id), piece);
  return piece;
}

static void
append_piece (GtkSnapshot *snapshot,
              Piece       *piece)
{
  if (piece != NULL && piece->texture != NULL)
    gtk_snapshot_append_texture (snapshot, piece->texture, &piece->bounds);
}

static Light *
region_light (CrampPainter *self,
              guint         index)
{
  Light           *light = g_hash_table_lookup (self->lights, GUINT_TO_POINTER (index));
  cairo_surface_t *mask = self->map ? cramp_region_map_get_mask (self->map, index) : NULL;
  cairo_surface_t *outline;

  if (light != NULL || mask == NULL)
    return light;

  light = g_new0 (Light, 1);
  cramp_region_map_get_bounds (self->map, index, &light->fill.bounds);
  light->fill.texture = cramp_highlight_tint (mask, &self->colors.accent);

  outline = cramp_drawing_render_outline (self->drawing, self->regions[index], &self->viewport, self->width,
                                          self->height, self->scale, &light->outline.bounds);
  if (outline != NULL)
    {
      light->outline.texture = cramp_highlight_tint (outline, &self->colors.accent);
      cairo_surface_destroy (outline);
    }

  g_hash_table_insert (self->lights, GUINT_TO_POINTER (index), light);
  return light;
}

static void
append_region_light (CrampPainter          *self,
                     GtkSnapshot           *snapshot,
                     const CrampPaintState *state,
                     guint                  place,
                     CrampHighlightStyle    style)
{
  Light *light;
  double fill, outline;

  if (place == 0 || (light = region_light (self, place - 1)) == NULL)
    return;

  cramp_highlight_style_get_opacity (style, &fill, &outline);

  /* On a projector, lights must carry across a room. */
  if (state->presenting)
    {
      fill = MIN (fill * 1.8, 0.8);
      outline = 1.0;
    }
  gtk_snapshot_push_opacity (snapshot, fill);
  append_piece (snapshot, &light->fill);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_opacity (snapshot, outline);
  append_piece (snapshot, &light->outline);
  gtk_snapshot_pop (snapshot);
}

static Piece *
structure_ring (CrampPainter *self,
                const char   *id)
{
  Piece           *ring = g_hash_table_lookup (self->rings, id);
  int              width = (int) ceil (RING_WIDTH * self->unit);
  cairo_surface_t *mask;
  graphene_rect_t  bounds;

  if (ring != NULL)
    return ring;

  mask = cramp_drawing_render_mask (self->drawing, id, &self->viewport, self->width, self->height, self->scale,
                                    width + 1, &bounds);
  if (mask == NULL)
    return NULL;

  ring = g_new0 (Piece, 1);
  ring->texture = cramp_highlight_ring (mask, &self->colors.accent, width * self->scale);
  ring->bounds = bounds;
  cairo_surface_destroy (mask);
  g_hash_table_insert (self->rings, g_strdup (id), ring);
  return ring;
}

static void
append_highlights (CrampPainter          *self,
                   GtkSnapshot           *snapshot,
                   const CrampPaintState *state)
{
  for (guint i = 0; state->highlights != NULL && state->highlights[i] != NULL; i++)
    {
      guint  place = cramp_painter_place_of (self, state->highlights[i]);
      Piece *ring;

      if (place != 0)
        append_region_light (self, snapshot, state, place, CRAMP_HIGHLIGHT_EMPHASIS);
      else if ((ring = structure_ring (self, state->highlights[i])) != NULL)
        append_piece (snapshot, ring);
    }

  append_region_light (self, snapshot, state, cramp_painter_place_of (self, state->selected), CRAMP_HIGHLIGHT_SELECTED);
  append_region_light (self, snapshot, state, state->hover, CRAMP_HIGHLIGHT_HOVER);
  append_region_light (self, snapshot, state, state->focus, CRAMP_HIGHLIGHT_FOCUS);
}

static void
append_layers (CrampPainter          *self,
               GtkSnapshot           *snapshot,
               const CrampPaintState *state)
{
  GPtrArray *layers = cramp_atlas_get_layers (self->atlas);

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *group = NULL;

      if (state->layers == NULL || !g_strv_contains (state->layers, layer->id))
        continue;

      group = g_strconcat ("layer-", layer->id, NULL);
      append_piece (snapshot, get_piece (self, group));
    }
}

/* Labels */

static gboolean
element_centre (CrampPainter     *self,
                const char       *prefix,
                const char       *region,
                graphene_point_t *centre)
{
  g_autofree char *id = g_strconcat (prefix, region, NULL);
  graphene_rect_t  bounds;

  if (!cramp_drawing_get_bounds (self->drawing, id, &self->viewport, &bounds))
    return FALSE;

  graphene_rect_get_center (&bounds, centre);
  return TRUE;
}

/* A label sits on the side of its point away from the anchor, whole within
 * the area, on a pill of the background so that it reads over any part of
 * the drawing. */
static PangoLayout *
label_layout (CrampPainter     *self,
              PangoContext     *context,
              guint             index,
              graphene_point_t *anchor,
              graphene_rect_t  *box)
{
  graphene_point_t at;
  PangoLayout     *layout;
  PangoRectangle   extents;
  double           padding = LABEL_PADDING * self->unit;

  if (!element_centre (self, "anchor-", self->regions[index], anchor) ||
      !element_centre (self, "label-", self->regions[index], &at))
    return NULL;

  layout = pango_layout_new (context);
  pango_layout_set_text (layout, self->names[index], -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);

  graphene_rect_init (box, at.x < anchor->x ? at.x - extents.width - 2 * padding : at.x,
                      at.y - extents.height / 2.0 - padding / 2, extents.width + 2 * padding,
                      extents.height + padding);
  box->origin.x = CLAMP (box->origin.x, 2.0, MAX (2.0, self->width - box->size.width - 2.0));
  box->origin.y = CLAMP (box->origin.y, 2.0, MAX (2.0, self->height - box->size.height - 2.0));
  return layout;
}

static void
append_line (GtkSnapshot            *snapshot,
             const graphene_point_t *from,
             const graphene_point_t *to,
             double                  width,
             const GdkRGBA          *color)
{
  double length = graphene_point_distance (from, to, NULL, NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, from);
  gtk_snapshot_rotate (snapshot, atan2 (to->y - from->y, to->x - from->x) * 180.0 / G_PI);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (0, -width / 2, length, width));
  gtk_snapshot_restore (snapshot);
}

static void
append_pill (GtkSnapshot           *snapshot,
             const graphene_rect_t *box,
             const GdkRGBA         *color)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, box, box->size.height / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, color, box);
  gtk_snapshot_pop (snapshot);
}

static void
append_label (CrampPainter          *self,
              GtkSnapshot           *snapshot,
              PangoContext          *context,
              const CrampPaintState *state,
              guint                  index)
{
  graphene_point_t anchor;
  graphene_rect_t  box, *rect = &g_array_index (self->label_rects, graphene_rect_t, index);
  g_autoptr (PangoLayout) layout = label_layout (self, context, index, &anchor, &box);
  gboolean       strong = index + 1 == cramp_painter_place_of (self, state->selected) || index + 1 == state->hover;
  const GdkRGBA *ink = strong ? &self->colors.accent_text : &self->colors.fg;
  GdkRGBA        line = *ink, bg = self->colors.bg;
  double         dot = 3.0 * self->unit;

  if (layout == NULL)
    return;

  *rect = box;
  line.alpha *= 0.55;
  bg.alpha = 0.88;
  append_line (snapshot, &anchor,
               &GRAPHENE_POINT_INIT (box.origin.x + box.size.width / 2.0 < anchor.x ? box.origin.x + box.size.width
                                                                                    : box.origin.x,
                                     box.origin.y + box.size.height / 2.0),
               1.5 * self->unit, &line);
  append_pill (snapshot, &GRAPHENE_RECT_INIT (anchor.x - dot, anchor.y - dot, 2 * dot, 2 * dot), ink);
  append_pill (snapshot, &box, &bg);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (box.origin.x + LABEL_PADDING * self->unit,
                                                          box.origin.y + LABEL_PADDING * self->unit / 2));
  gtk_snapshot_append_layout (snapshot, layout, ink);
  gtk_snapshot_restore (snapshot);
}

/* API */

/**
 * cramp_painter_new:
 * @atlas: the content
 * @view: the view to paint
 * @drawing: its drawing
 *
 * Returns: (transfer full): a painter, with no viewport yet
 */
CrampPainter *
cramp_painter_new (CrampAtlas      *atlas,
                   const CrampView *view,
                   CrampDrawing    *drawing)
{
  CrampPainter *self;

  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (CRAMP_IS_DRAWING (drawing), NULL);

  self = g_object_new (CRAMP_TYPE_PAINTER, NULL);
  self->atlas = g_object_ref (atlas);
  self->drawing = g_object_ref (drawing);
  self->regions = g_new0 (char *, view->regions->len + 1);
  self->names = g_new0 (char *, view->regions->len + 1);
  for (guint i = 0; i < view->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (view->regions, i);

      self->regions[i] = g_strdup (region->id);
      self->names[i] = g_strdup (region->name);
    }
  g_array_set_size (self->label_rects, view->regions->len);
  return self;
}

/**
 * cramp_painter_set_viewport:
 * @self: a painter
 * @width: the width of the area, in logical pixels
 * @height: its height
 * @scale: the device pixels per logical pixel
 * @unit: how much larger than on screen the painter's own marks are
 * @viewport: where the drawing's viewBox goes in the area
 *
 * Forgets what was rendered for another viewport, and the region map.
 *
 * Returns: whether anything changed
 */
gboolean
cramp_painter_set_viewport (CrampPainter          *self,
                            int                    width,
                            int                    height,
                            int                    scale,
                            double                 unit,
                            const graphene_rect_t *viewport)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);

  if (self->width == width && self->height == height && self->scale == scale && self->unit == unit &&
      graphene_rect_equal (&self->viewport, viewport))
    return FALSE;

  self->width = width;
  self->height = height;
  self->scale = scale;
  self->unit = unit;
  self->viewport = *viewport;
  g_clear_pointer (&self->map, cramp_region_map_free);
  g_hash_table_remove_all (self->pieces);
  drop_lights (self);
  return TRUE;
}

/**
 * cramp_painter_set_colors:
 * @self: a painter
 * @colors: the colours to paint in
 */
void
cramp_painter_set_colors (CrampPainter           *self,
                          const CrampPaintColors *colors)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (memcmp (&self->colors, colors, sizeof *colors) == 0)
    return;

  self->colors = *colors;
  drop_lights (self);
}

/**
 * cramp_painter_build_map:
 * @self: a painter
 *
 * Makes the map of regions for the viewport, if there is none yet. Lights
 * and the places of points need it.
 */
void
cramp_painter_build_map (CrampPainter *self)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (self->map != NULL || self->width <= 0 || self->height <= 0)
    return;

  self->map = cramp_region_map_new (self->drawing, (const char *const *) self->regions, self->width, self->height,
                                    self->scale, &self->viewport);
}

/**
 * cramp_painter_get_map:
 * @self: a painter
 *
 * Returns: (nullable): the map of regions, if it was built
 */
const CrampRegionMap *
cramp_painter_get_map (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), NULL);

  return self->map;
}

/**
 * cramp_painter_place_at:
 * @self: a painter
 * @x: a point of the area
 * @y: a point of the area
 *
 * Returns: the place of the region whose label or shape is at the point, as
 *   last painted, or 0
 */
guint
cramp_painter_place_at (CrampPainter *self,
                        double        x,
                        double        y)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  if (self->map == NULL)
    return 0;

  for (guint i = 0; i < self->label_rects->len; i++)
    if (graphene_rect_contains_point (&g_array_index (self->label_rects, graphene_rect_t, i),
                                      &GRAPHENE_POINT_INIT (x, y)))
      return i + 1;

  return cramp_region_map_lookup (self->map, x, y);
}

/**
 * cramp_painter_place_of:
 * @self: a painter
 * @region: (nullable): a region's id
 *
 * Returns: the region's place in the view, from 1, or 0 if it has none
 */
guint
cramp_painter_place_of (CrampPainter *self,
                        const char   *region)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  for (guint i = 0; region != NULL && self->regions[i] != NULL; i++)
    if (g_str_equal (self->regions[i], region))
      return i + 1;

  return 0;
}

/**
 * cramp_painter_get_label:
 * @self: a painter
 * @context: the context whose font the label is set in
 * @place: a region's place
 * @anchor: (out): the point the label names
 * @box: (out): the label's pill
 * @text: (out): where the label's text begins, on its baseline
 *
 * Returns: whether the region has a label
 */
gboolean
cramp_painter_get_label (CrampPainter     *self,
                         PangoContext     *context,
                         guint             place,
                         graphene_point_t *anchor,
                         graphene_rect_t  *box,
                         graphene_point_t *text)
{
  g_autoptr (PangoLayout) layout = NULL;

  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);
  g_return_val_if_fail (place > 0 && place <= self->label_rects->len, FALSE);

  layout = label_layout (self, context, place - 1, anchor, box);
  if (layout == NULL)
    return FALSE;

  text->x = box->origin.x + LABEL_PADDING * self->unit;
  text->y = box->origin.y + LABEL_PADDING * self->unit / 2 + pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
  return TRUE;
}

/**
 * cramp_painter_snapshot:
 * @self: a painter
 * @snapshot: where to paint
 * @context: the context whose font labels are set in
 * @state: what to paint
 */
void
cramp_painter_snapshot (CrampPainter          *self,
                        GtkSnapshot           *snapshot,
                        PangoContext          *context,
                        const CrampPaintState *state)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (self->width <= 0 || self->height <= 0)
    return;

  append_piece (snapshot, get_piece (self, "base"));
  append_layers (self, snapshot, state);
  if (state->drawing_only)
    return;

  append_highlights (self, snapshot, state);
  for (guint i = 0; i < self->label_rects->len; i++)
    {
      g_array_index (self->label_rects, graphene_rect_t, i) = GRAPHENE_RECT_INIT (0, 0, 0, 0);
      if (state->labels)
        append_label (self, snapshot, context, state, i);
    }
}

static void
cramp_painter_finalize (GObject *object)
{
  CrampPainter *self = CRAMP_PAINTER (object);

  g_clear_pointer (&self->map, cramp_region_map_free);
  g_clear_pointer (&self->pieces, g_hash_table_unref);
  g_clear_pointer (&self->lights, g_hash_table_unref);
  g_clear_pointer (&self->rings, g_hash_table_unref);
  g_clear_pointer (&self->label_rects, g_array_unref);
  g_clear_pointer (&self->regions, g_strfreev);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_object (&self->drawing);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_painter_parent_class)->finalize (object);
}

static void
cramp_painter_class_init (CrampPainterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cramp_painter_finalize;
}

static void
cramp_painter_init (CrampPainter *self)
{
  self->unit = 1.0;
  self->pieces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
  self->lights = g_hash_table_new_full (NULL, NULL, NULL, light_free);
  self->rings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
  self->label_rects = g_array_new (FALSE, TRUE, sizeof (graphene_rect_t));
}
