/* cramp-drawing.c: one anatomy drawing, rendered whole or element by element
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cramp-drawing.h"
#include "cramp-rsvg.h"

/* The drawings keep their regions invisible; rendered on their own, for
 * hit-testing and highlights, they are made opaque, or drawn as outlines.
 * librsvg adds to a handle's stylesheet rather than replacing it, so each
 * style has its own handle. */
#define REGION_STYLE  ".region { fill-opacity: 1; }"
#define OUTLINE_STYLE ".region { fill: none; stroke: #000000; stroke-opacity: 1; "    \
                      "stroke-width: " G_STRINGIFY (CRAMP_DRAWING_OUTLINE_WIDTH) "; " \
                                                                                 "stroke-linejoin: round; }"

struct _CrampDrawing
{
  GObject          parent_instance;

  const CrampRsvg *rsvg;
  GFile           *file;
  RsvgHandle      *handle;
  RsvgHandle      *outline_handle; /* made when first needed */
  double           width;
  double           height;
  GHashTable      *bounds; /* id → graphene_rect_t in the viewBox, or NULL if absent */
  GHashTable      *order;  /* id → its place in the document, from 1; read when first needed */
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

  self->rsvg->handle_get_intrinsic_dimensions (self->handle, &has_width, &width, &has_height, &height,
                                               &has_viewbox, &viewbox);

  /* librsvg 2.54 does not scale element geometry with the viewport when the
   * root has a width and a height, so drawings have a viewBox only; it
   * reports the missing width and height as 100%. */
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0 ||
      (has_width && !is_whole (&width)) || (has_height && !is_whole (&height)))
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("%s: a drawing needs a viewBox and no width or height"), name);
      return FALSE;
    }

  self->width = viewbox.width;
  self->height = viewbox.height;
  return TRUE;
}

static RsvgHandle *
load_handle (const CrampRsvg *rsvg,
             GFile           *file,
             const char      *style,
             GError         **error)
{
  RsvgHandle *handle = rsvg->handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, error);

  if (handle != NULL &&
      !rsvg->handle_set_stylesheet (handle, (const guint8 *) style, strlen (style), error))
    g_clear_object (&handle);

  return handle;
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

  self->rsvg = cramp_rsvg_get (error);
  if (self->rsvg == NULL)
    return NULL;

  self->file = g_object_ref (file);
  self->handle = load_handle (self->rsvg, file, REGION_STYLE, error);
  if (self->handle == NULL || !read_size (self, file, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The drawings of the views, read once in the process and shared by every
 * window, the handout, and the reading ahead at start-up, which runs in a
 * thread of its own. */
static GMutex      shared_lock;
static GHashTable *shared; /* drawing's file name → CrampDrawing */

/**
 * cramp_drawing_get_for_view:
 * @view: a view of the atlas
 * @error: the place for an error
 *
 * Reads the drawing of @view from the resources the first time it is asked
 * for, from any thread, and gives the same drawing afterwards.
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL on error
 */
CrampDrawing *
cramp_drawing_get_for_view (const CrampView *view,
                            GError         **error)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&shared_lock);
  CrampDrawing *drawing;

  g_return_val_if_fail (view != NULL && view->drawing != NULL, NULL);

  if (shared == NULL)
    shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  drawing = g_hash_table_lookup (shared, view->drawing);
  if (drawing == NULL)
    {
      g_autofree char *uri = g_strconcat ("resource://" RESOURCE_PATH "/anatomy/", view->drawing, NULL);
      g_autoptr (GFile) file = g_file_new_for_uri (uri);

      drawing = cramp_drawing_new (file, error);
      if (drawing == NULL)
        return NULL;
      g_hash_table_insert (shared, g_strdup (view->drawing), drawing);
    }

  return g_object_ref (drawing);
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

  return self->rsvg->handle_has_sub (self->handle, ref);
}

/* Should the drawing that librsvg read fail to be read again, no element
 * is known, and the map keeps the content's order. */
static GHashTable *
read_order (GFile *file)
{
  g_autoptr (GError) error = NULL;
  GHashTable *order = cramp_atlas_read_drawing_order (file, &error);

  if (order == NULL)
    {
      g_debug ("The order of the drawing cannot be read: %s", error->message);
      order = g_hash_table_new (g_str_hash, g_str_equal);
    }

  return order;
}

/**
 * cramp_drawing_get_paint_order:
 * @self: a drawing
 * @id: an element's id
 *
 * Tells which of two elements is painted over the other. The document is
 * read for it the first time this is called, from the main thread only.
 *
 * Returns: the element's place in the document, from 1, or 0 if the
 *   drawing has no such element
 */
guint
cramp_drawing_get_paint_order (CrampDrawing *self,
                               const char   *id)
{
  g_return_val_if_fail (CRAMP_IS_DRAWING (self), 0);

  if (self->order == NULL)
    self->order = read_order (self->file);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->order, id));
}

static gboolean
render (CrampDrawing          *self,
        RsvgHandle            *handle,
        cairo_t               *cr,
        const char            *id,
        const graphene_rect_t *viewport)
{
  RsvgRectangle rect = { viewport->origin.x, viewport->origin.y,
                         viewport->size.width, viewport->size.height };
  g_autoptr (GError) error = NULL;
  g_autofree char *ref = id != NULL ? element_ref (id) : NULL;
  gboolean         ok;

  if (ref != NULL)
    ok = self->rsvg->handle_render_layer (handle, cr, ref, &rect, &error);
  else
    ok = self->rsvg->handle_render_document (handle, cr, &rect, &error);

  if (!ok)
    g_debug ("Could not draw %s: %s", id ? id : "the drawing", error->message);

  return ok;
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
  g_return_val_if_fail (CRAMP_IS_DRAWING (self), FALSE);

  return render (self, self->handle, cr, id, viewport);
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
  graphene_rect_t *box;
  double           scale;

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), FALSE);

  /* Measuring an element walks its whole tree, so each is measured once, in
   * the viewBox; at any other size its box is the same, scaled. */
  if (!g_hash_table_lookup_extended (self->bounds, id, NULL, (gpointer *) &box))
    {
      RsvgRectangle    whole = { 0, 0, self->width, self->height };
      RsvgRectangle    ink, logical;
      g_autofree char *ref = element_ref (id);

      box = NULL;
      if (self->rsvg->handle_get_geometry_for_layer (self->handle, ref, &whole, &ink, &logical, NULL))
        box = graphene_rect_init (graphene_rect_alloc (), ink.x, ink.y, ink.width, ink.height);
      g_hash_table_insert (self->bounds, g_strdup (id), box);
    }

  if (box == NULL)
    return FALSE;

  scale = viewport->size.width / self->width;
  graphene_rect_init (bounds, viewport->origin.x + box->origin.x * scale,
                      viewport->origin.y + box->origin.y * scale,
                      box->size.width * scale, box->size.height * scale);
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

/* The box that the ink of all of @ids covers; FALSE if none of them exists. */
static gboolean
union_bounds (CrampDrawing          *self,
              const char *const     *ids,
              const graphene_rect_t *viewport,
              graphene_rect_t       *bounds)
{
  gboolean found = FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      graphene_rect_t ink;

      if (!cramp_drawing_get_bounds (self, ids[i], viewport, &ink))
        continue;
      if (found)
        graphene_rect_union (bounds, &ink, bounds);
      else
        *bounds = ink;
      found = TRUE;
    }

  return found;
}

/* A surface just large enough for the elements, cut to the area, with the
 * elements drawn on it one over the other, in their order. */
static cairo_surface_t *
render_piece (CrampDrawing          *self,
              RsvgHandle            *handle,
              const char *const     *ids,
              cairo_format_t         format,
              const graphene_rect_t *viewport,
              int                    width,
              int                    height,
              int                    scale,
              int                    margin,
              graphene_rect_t       *bounds)
{
  graphene_rect_t  ink;
  cairo_surface_t *surface;
  cairo_t         *cr;

  if (!union_bounds (self, ids, viewport, &ink) || !pixel_bounds (&ink, margin, width, height, bounds))
    return NULL;

  surface = cairo_image_surface_create (format, bounds->size.width * scale, bounds->size.height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->origin.x, -bounds->origin.y);
  for (guint i = 0; ids[i] != NULL; i++)
    render (self, handle, cr, ids[i], viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
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
  g_return_val_if_fail (CRAMP_IS_DRAWING (self), NULL);

  return render_piece (self, self->handle, (const char *[]){ id, NULL }, CAIRO_FORMAT_A8, viewport,
                       width, height, scale, margin, bounds);
}

/**
 * cramp_drawing_render_outline:
 * @self: a drawing
 * @id: a region
 * @viewport: where the drawing's viewBox goes, in logical pixels
 * @width: the width of the area the mask is for
 * @height: the height of that area
 * @scale: the device pixels per logical pixel
 * @bounds: (out): the whole logical pixels the mask covers
 *
 * Draws the border of a region, %CRAMP_DRAWING_OUTLINE_WIDTH units of the
 * viewBox wide, as an alpha mask.
 *
 * Returns: (transfer full) (nullable): an A8 surface in device pixels
 */
cairo_surface_t *
cramp_drawing_render_outline (CrampDrawing          *self,
                              const char            *id,
                              const graphene_rect_t *viewport,
                              int                    width,
                              int                    height,
                              int                    scale,
                              graphene_rect_t       *bounds)
{
  int margin;

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), NULL);

  if (self->outline_handle == NULL)
    self->outline_handle = load_handle (self->rsvg, self->file, OUTLINE_STYLE, NULL);
  if (self->outline_handle == NULL)
    return NULL;

  margin = ceil (CRAMP_DRAWING_OUTLINE_WIDTH * viewport->size.width / self->width / 2.0) + 1;
  return render_piece (self, self->outline_handle, (const char *[]){ id, NULL }, CAIRO_FORMAT_A8,
                       viewport, width, height, scale, margin, bounds);
}

/**
 * cramp_drawing_render_texture:
 * @self: a drawing
 * @ids: (array zero-terminated=1): elements, such as groups of the drawing
 * @viewport: where the drawing's viewBox goes, in logical pixels
 * @width: the width of the area
 * @height: the height of the area
 * @scale: the device pixels per logical pixel
 * @bounds: (out): the whole logical pixels the texture covers
 *
 * Draws elements one over the other, in their order, into one texture just
 * large enough to hold them, cut to the area, without copying the pixels.
 *
 * Returns: (transfer full) (nullable): the texture, or %NULL if no element
 *   exists or they lie outside the area
 */
GdkTexture *
cramp_drawing_render_texture (CrampDrawing          *self,
                              const char *const     *ids,
                              const graphene_rect_t *viewport,
                              int                    width,
                              int                    height,
                              int                    scale,
                              graphene_rect_t       *bounds)
{
  cairo_surface_t *surface;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (CRAMP_IS_DRAWING (self), NULL);

  surface = render_piece (self, self->handle, ids, CAIRO_FORMAT_ARGB32, viewport, width, height,
                          scale, 0, bounds);
  if (surface == NULL)
    return NULL;

  /* Cairo's ARGB32 is premultiplied BGRA in memory, GDK_MEMORY_DEFAULT. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                          cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                 cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static void
cramp_drawing_finalize (GObject *object)
{
  CrampDrawing *self = CRAMP_DRAWING (object);

  g_clear_object (&self->file);
  g_clear_object (&self->handle);
  g_clear_object (&self->outline_handle);
  g_clear_pointer (&self->bounds, g_hash_table_unref);
  g_clear_pointer (&self->order, g_hash_table_unref);

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
  self->bounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) graphene_rect_free);
}
