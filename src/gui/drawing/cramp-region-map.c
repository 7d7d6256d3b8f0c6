/* cramp-region-map.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-region-map.h"

typedef struct
{
  graphene_rect_t  bounds; /* in whole logical pixels, within the map */
  cairo_surface_t *mask;   /* A8, in device pixels, or NULL */
} RegionShape;

struct _CrampRegionMap
{
  int          width;
  int          height;
  int          scale;
  guint8      *index; /* width × height; 0 for none, else the region's place + 1 */
  guint        n_regions;
  guint        n_drawn; /* the first regions, whose shapes are drawn */
  guint       *order;   /* the regions in the order they are filled in: later ones win */
  RegionShape *shapes;
  gboolean    *enabled;

  /* What the rest are drawn from, until they are. */
  CrampDrawing   *drawing;
  GStrv           ids;
  graphene_rect_t viewport;
};

/* Marks the pixels that the region covers at least half of, sampling the
 * mask in the middle of each logical pixel. Later regions win. */
static void
fill_index (CrampRegionMap    *self,
            const RegionShape *shape,
            guint8             value)
{
  const guint8 *data = cairo_image_surface_get_data (shape->mask);
  int           stride = cairo_image_surface_get_stride (shape->mask);
  int           middle = self->scale / 2;
  int           left = shape->bounds.origin.x;
  int           top = shape->bounds.origin.y;
  int           width = shape->bounds.size.width;
  int           height = shape->bounds.size.height;

  for (int y = 0; y < height; y++)
    {
      const guint8 *row = data + (y * self->scale + middle) * stride + middle;
      guint8       *out = self->index + (top + y) * self->width + left;

      for (int x = 0; x < width; x++)
        if (row[x * self->scale] >= 128)
          out[x] = value;
    }
}

/**
 * cramp_region_map_new:
 * @drawing: the drawing
 * @ids: (array zero-terminated=1): the regions, at most 255, in the order
 *   that lookups number them
 * @width: the width of the map, in logical pixels
 * @height: the height of the map
 * @scale: the device pixels per logical pixel
 * @viewport: where the drawing's viewBox goes, in logical pixels
 *
 * Returns: (transfer full): the map
 */
CrampRegionMap *
cramp_region_map_new (CrampDrawing          *drawing,
                      const char *const     *ids,
                      int                    width,
                      int                    height,
                      int                    scale,
                      const graphene_rect_t *viewport)
{
  return cramp_region_map_new_partly (drawing, ids, g_strv_length ((char **) ids), width, height, scale, viewport);
}

/**
 * cramp_region_map_new_partly:
 * @drawing: the drawing
 * @ids: (array zero-terminated=1): the regions, at most 255, in the order
 *   that lookups number them
 * @n_drawn: how many of the first regions to draw now; the others are
 *   drawn by cramp_region_map_complete()
 * @width: the width of the map, in logical pixels
 * @height: the height of the map
 * @scale: the device pixels per logical pixel
 * @viewport: where the drawing's viewBox goes, in logical pixels
 *
 * Returns: (transfer full): the map
 */
CrampRegionMap *
cramp_region_map_new_partly (CrampDrawing          *drawing,
                             const char *const     *ids,
                             guint                  n_drawn,
                             int                    width,
                             int                    height,
                             int                    scale,
                             const graphene_rect_t *viewport)
{
  CrampRegionMap *self;

  g_return_val_if_fail (CRAMP_IS_DRAWING (drawing), NULL);
  g_return_val_if_fail (g_strv_length ((char **) ids) < 256, NULL);

  self = g_new0 (CrampRegionMap, 1);
  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  self->scale = MAX (scale, 1);
  self->index = g_malloc0 ((gsize) self->width * self->height);
  self->n_regions = g_strv_length ((char **) ids);
  self->shapes = g_new0 (RegionShape, self->n_regions);
  self->order = g_new (guint, self->n_regions);
  self->enabled = g_new (gboolean, self->n_regions);
  self->drawing = g_object_ref (drawing);
  self->ids = g_strdupv ((char **) ids);
  self->viewport = *viewport;
  for (guint i = 0; i < self->n_regions; i++)
    {
      self->order[i] = i;
      self->enabled[i] = TRUE;
    }

  self->n_drawn = MIN (n_drawn, self->n_regions);
  for (guint i = 0; i < self->n_drawn; i++)
    {
      RegionShape *shape = &self->shapes[i];

      shape->mask = cramp_drawing_render_mask (drawing, ids[i], viewport, self->width,
                                               self->height, self->scale, 0, &shape->bounds);
      if (shape->mask != NULL)
        fill_index (self, shape, i + 1);
    }

  if (self->n_drawn == self->n_regions)
    cramp_region_map_complete (self);
  return self;
}

static void
refill (CrampRegionMap *self)
{
  memset (self->index, 0, (gsize) self->width * self->height);
  for (guint k = 0; k < self->n_drawn; k++)
    {
      guint i = self->order[k];

      if (self->enabled[i] && self->shapes[i].mask != NULL)
        fill_index (self, &self->shapes[i], i + 1);
    }
}

static int
compare_paint_order (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  CrampRegionMap *self = data;
  guint           first = cramp_drawing_get_paint_order (self->drawing, self->ids[*(const guint *) a]);
  guint           second = cramp_drawing_get_paint_order (self->drawing, self->ids[*(const guint *) b]);

  return first < second ? -1 : first > second;
}

/**
 * cramp_region_map_complete:
 * @self: a map
 *
 * Draws the regions that cramp_region_map_new_partly() left, if any: until
 * then, lookups never find them. Where two of them overlap, the one that
 * the drawing paints later answers, as the pointer's user sees it.
 *
 * Returns: whether anything was drawn
 */
gboolean
cramp_region_map_complete (CrampRegionMap *self)
{
  gboolean drawn = self->n_drawn < self->n_regions;

  for (guint i = self->n_drawn; i < self->n_regions; i++)
    self->shapes[i].mask = cramp_drawing_render_mask (self->drawing, self->ids[i], &self->viewport, self->width,
                                                      self->height, self->scale, 0, &self->shapes[i].bounds);
  /* What the drawing paints over another answers over it too. */
  if (drawn)
    g_qsort_with_data (self->order + self->n_drawn, self->n_regions - self->n_drawn, sizeof (guint),
                       compare_paint_order, self);
  self->n_drawn = self->n_regions;
  g_clear_object (&self->drawing);
  g_clear_pointer (&self->ids, g_strfreev);
  if (drawn)
    refill (self);
  return drawn;
}

/**
 * cramp_region_map_set_enabled:
 * @self: a map
 * @enabled: (array): for each region, in the map's order, whether lookups
 *   find it
 *
 * Numbers each point anew, for the regions enabled only: where a region
 * that is not overlaps one that is, the one below answers.
 */
void
cramp_region_map_set_enabled (CrampRegionMap *self,
                              const gboolean *enabled)
{
  memcpy (self->enabled, enabled, self->n_regions * sizeof (gboolean));
  refill (self);
}

void
cramp_region_map_free (CrampRegionMap *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_regions; i++)
    g_clear_pointer (&self->shapes[i].mask, cairo_surface_destroy);

  g_free (self->shapes);
  g_free (self->order);
  g_free (self->enabled);
  g_free (self->index);
  g_clear_object (&self->drawing);
  g_clear_pointer (&self->ids, g_strfreev);
  g_free (self);
}

/**
 * cramp_region_map_lookup:
 * @self: a map
 * @x: a point, in logical pixels
 * @y: a point
 *
 * Returns: 0 if no region is there, or the region's place in the map + 1
 */
guint
cramp_region_map_lookup (const CrampRegionMap *self,
                         double                x,
                         double                y)
{
  if (!(x >= 0 && y >= 0 && x < self->width && y < self->height))
    return 0;

  return self->index[(int) y * self->width + (int) x];
}

/**
 * cramp_region_map_covers:
 * @self: a map
 * @region: a region's place in the map
 * @x: a point, in logical pixels
 * @y: a point
 *
 * Returns: whether the region covers the point, whatever lies over it
 */
gboolean
cramp_region_map_covers (const CrampRegionMap *self,
                         guint                 region,
                         double                x,
                         double                y)
{
  const RegionShape *shape;
  int                column, row;

  g_return_val_if_fail (region < self->n_regions, FALSE);

  shape = &self->shapes[region];
  if (shape->mask == NULL || !graphene_rect_contains_point (&shape->bounds, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  column = (int) (x - shape->bounds.origin.x) * self->scale + self->scale / 2;
  row = (int) (y - shape->bounds.origin.y) * self->scale + self->scale / 2;
  if (column >= cairo_image_surface_get_width (shape->mask) || row >= cairo_image_surface_get_height (shape->mask))
    return FALSE;

  return cairo_image_surface_get_data (shape->mask)[row * cairo_image_surface_get_stride (shape->mask) + column] >= 128;
}

/**
 * cramp_region_map_get_bounds:
 * @self: a map
 * @region: the region's place in the map
 * @bounds: (out): the whole pixels the region touches, within the map
 *
 * Returns: whether any of the region is within the map
 */
gboolean
cramp_region_map_get_bounds (const CrampRegionMap *self,
                             guint                 region,
                             graphene_rect_t      *bounds)
{
  g_return_val_if_fail (region < self->n_regions, FALSE);

  if (self->shapes[region].mask == NULL)
    return FALSE;

  *bounds = self->shapes[region].bounds;
  return TRUE;
}

/**
 * cramp_region_map_get_mask:
 * @self: a map
 * @region: the region's place in the map
 *
 * Returns: (transfer none) (nullable): the region's shape, an A8 surface in
 *   device pixels that covers its bounds
 */
cairo_surface_t *
cramp_region_map_get_mask (const CrampRegionMap *self,
                           guint                 region)
{
  g_return_val_if_fail (region < self->n_regions, NULL);

  return self->shapes[region].mask;
}

guint
cramp_region_map_get_n_regions (const CrampRegionMap *self)
{
  return self->n_regions;
}

int
cramp_region_map_get_scale (const CrampRegionMap *self)
{
  return self->scale;
}
