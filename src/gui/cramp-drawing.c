/* cramp-drawing.c: one anatomy drawing, rendered whole or element by element
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>
#include <string.h>

#include "cramp-drawing.h"

/* The drawings keep their regions invisible; rendered on their own, for
 * hit-testing and highlights, they are made opaque. */
#define REGION_STYLE ".region { fill-opacity: 1; }"

struct _CrampDrawing
{
  GObject     parent_instance;

  RsvgHandle *handle;
  double      width;
  double      height;
};

G_DEFINE_FINAL_TYPE (CrampDrawing, cramp_drawing, G_TYPE_OBJECT)

static gboolean
is_whole (const RsvgLength *length)
{
  return length->unit == RSVG_UNIT_PERCENT && length->length == 1.0;
}

static gboolean
read_size (CrampDrawing *self,
           GFile        *file,
           GError      **error)
{
  gboolean      has_width, has_height, has_viewbox;
  RsvgLength    width, height;
  RsvgRectangle viewbox;

  rsvg_handle_get_intrinsic_dimensions (self->handle, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);

  /* librsvg 2.54 does not scale element geometry with the viewport when the
   * root has a width and a height, so drawings have a viewBox only; it
   * reports the missing width and height as 100%. */
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0 ||
      (has_width && !is_whole (&width)) || (has_height && !is_whole (&height)))
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: a drawing needs a viewBox and no width or height", name);
      return FALSE;
    }

  self->width = viewbox.width;
  self->height = viewbox.height;
  return TRUE;
}

/**
 * cramp_drawing_new:
 * @file: an SVG file with a viewBox
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL on error
 */
CrampDrawing *
cramp_drawing_new (GFile   *file,
                   GError **error)
{
  g_autoptr (CrampDrawing) self = g_object_new (CRAMP_TYPE_DRAWING, NULL);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self->handle = rsvg_handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, error);
  if (self->handle == NULL ||
      !rsvg_handle_set_stylesheet (self->handle, (const guint8 *) REGION_STYLE,
                                   strlen (REGION_STYLE), error) ||
      !read_size (self, file, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The size of the drawing's viewBox. */
void
cramp_drawing_get_size (CrampDrawing *self,
                        double       *width,
                        double       *height)
{
  g_return_if_fail (CRAMP_IS_DRAWING (self));

  *width = self->width;
  *height = self->height;
}

/**
 * cramp_drawing_fit:
 * @self: a drawing
 * @width: the width of the area
 * @height: the height of the area
 * @viewport: (out): where the drawing goes, as large as fits, centred
 */
void
cramp_drawing_fit (CrampDrawing    *self,
                   double           width,
                   double           height,
                   graphene_rect_t *viewport)
{
  double scale;

  g_return_if_fail (CRAMP_IS_DRAWING (self));

  scale = MIN (width / self->width, height / self->height);
  graphene_rect_init (viewport,
                      (width - self->width * scale) / 2.0,
                      (height - self->height * scale) / 2.0,
                      self->width * scale,
                      self->height * scale);
}

static char *
element_ref (const char *id)
{
  return g_strconcat ("#", id, NULL);
}

gboolean
cramp_drawing_has_element (CrampDrawing *self,
                           const char   *id)
{
  g_autofree char *ref = element_ref (id);

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), FALSE);

  return rsvg_handle_has_sub (self->handle, ref);
}

/**
 * cramp_drawing_render:
 * @self: a drawing
 * @cr: where to draw
 * @id: (nullable): the element to draw, or %NULL for the whole drawing
 * @viewport: where the drawing's viewBox goes in @cr's coordinates
 *
 * Returns: whether the element exists and was drawn
 */
gboolean
cramp_drawing_render (CrampDrawing          *self,
                      cairo_t               *cr,
                      const char            *id,
                      const graphene_rect_t *viewport)
{
  RsvgRectangle rect = { viewport->origin.x, viewport->origin.y,
                         viewport->size.width, viewport->size.height };
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = id != NULL ? element_ref (id) : NULL;
  gboolean         ok;

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), FALSE);

  if (ref != NULL)
    ok = rsvg_handle_render_layer (self->handle, cr, ref, &rect, &error);
  else
    ok = rsvg_handle_render_document (self->handle, cr, &rect, &error);

  if (!ok)
    g_debug ("Could not draw %s: %s", id ? id : "the drawing", error->message);

  return ok;
}

/**
 * cramp_drawing_get_bounds:
 * @self: a drawing
 * @id: an element
 * @viewport: where the drawing's viewBox goes
 * @bounds: (out): the box that the element's ink covers
 *
 * Returns: whether the element exists
 */
gboolean
cramp_drawing_get_bounds (CrampDrawing          *self,
                          const char            *id,
                          const graphene_rect_t *viewport,
                          graphene_rect_t       *bounds)
{
  RsvgRectangle    rect = { viewport->origin.x, viewport->origin.y,
                            viewport->size.width, viewport->size.height };
  RsvgRectangle    ink, logical;
  g_autofree char *ref = element_ref (id);

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), FALSE);

  if (!rsvg_handle_get_geometry_for_layer (self->handle, ref, &rect, &ink, &logical, NULL))
    return FALSE;

  graphene_rect_init (bounds, ink.x, ink.y, ink.width, ink.height);
  return TRUE;
}

/* The whole pixels that @bounds touches, grown by @margin, within an area. */
static gboolean
pixel_bounds (const graphene_rect_t *bounds,
              int                    margin,
              int                    width,
              int                    height,
              graphene_rect_t       *pixels)
{
  int x0 = MAX (0, (int) floor (bounds->origin.x) - margin);
  int y0 = MAX (0, (int) floor (bounds->origin.y) - margin);
  int x1 = MIN (width, (int) ceil (bounds->origin.x + bounds->size.width) + margin);
  int y1 = MIN (height, (int) ceil (bounds->origin.y + bounds->size.height) + margin);

  if (x1 <= x0 || y1 <= y0)
    return FALSE;

  graphene_rect_init (pixels, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

/**
 * cramp_drawing_render_mask:
 * @self: a drawing
 * @id: an element
 * @viewport: where the drawing's viewBox goes, in logical pixels
 * @width: the width of the area the mask is for
 * @height: the height of that area
 * @scale: the device pixels per logical pixel
 * @margin: logical pixels to leave around the element
 * @bounds: (out): the whole logical pixels the mask covers
 *
 * Draws one element as an alpha mask, just large enough to hold it and the
 * margin, cut to the area.
 *
 * Returns: (transfer full) (nullable): an A8 surface in device pixels, or
 *   %NULL if the element does not exist or lies outside the area
 */
cairo_surface_t *
cramp_drawing_render_mask (CrampDrawing          *self,
                           const char            *id,
                           const graphene_rect_t *viewport,
                           int                    width,
                           int                    height,
                           int                    scale,
                           int                    margin,
                           graphene_rect_t       *bounds)
{
  graphene_rect_t  ink;
  cairo_surface_t *mask;
  cairo_t         *cr;

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), NULL);

  if (!cramp_drawing_get_bounds (self, id, viewport, &ink) ||
      !pixel_bounds (&ink, margin, width, height, bounds))
    return NULL;

  mask = cairo_image_surface_create (CAIRO_FORMAT_A8, bounds->size.width * scale,
                                     bounds->size.height * scale);
  cr = cairo_create (mask);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->origin.x, -bounds->origin.y);
  cramp_drawing_render (self, cr, id, viewport);
  cairo_destroy (cr);
  cairo_surface_flush (mask);

  return mask;
}

static void
cramp_drawing_finalize (GObject *object)
{
  CrampDrawing *self = CRAMP_DRAWING (object);

  g_clear_object (&self->handle);

  G_OBJECT_CLASS (cramp_drawing_parent_class)->finalize (object);
}

static void
cramp_drawing_class_init (CrampDrawingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cramp_drawing_finalize;
}

static void
cramp_drawing_init (CrampDrawing *self)
{
}
