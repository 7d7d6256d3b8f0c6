/* cramp-highlight.c: tinted shapes over the drawing, from alpha masks
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-highlight.h"

static const struct
{
  double fill;
  double outline;
} styles[] = {
  [CRAMP_HIGHLIGHT_HOVER] = { 0.16, 0.6 },
  [CRAMP_HIGHLIGHT_FOCUS] = { 0.10, 1.0 },
  [CRAMP_HIGHLIGHT_EMPHASIS] = { 0.26, 0.85 },
  [CRAMP_HIGHLIGHT_SELECTED] = { 0.38, 1.0 },
};

/**
 * cramp_highlight_style_get_opacity:
 * @style: a style
 * @fill: (out): the opacity of the tint over the region
 * @outline: (out): the opacity of the tint over its outline
 */
void
cramp_highlight_style_get_opacity (CrampHighlightStyle style,
                                   double             *fill,
                                   double             *outline)
{
  g_return_if_fail (style <= CRAMP_HIGHLIGHT_SELECTED);

  *fill = styles[style].fill;
  *outline = styles[style].outline;
}

/* Wraps premultiplied pixels, in the byte order of GDK_MEMORY_DEFAULT. */
static GdkTexture *
texture_new (guint32 *pixels,
             int      width,
             int      height)
{
  g_autoptr (GBytes) bytes = g_bytes_new_take (pixels, (gsize) width * height * 4);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, width * 4);
}

static void
fill_lookup (guint32        lookup[256],
             const GdkRGBA *color)
{
  for (guint a = 0; a < 256; a++)
    {
      double alpha = a / 255.0 * color->alpha;

      lookup[a] = ((guint32) (alpha * 255 + 0.5) << 24) |
                  ((guint32) (color->red * alpha * 255 + 0.5) << 16) |
                  ((guint32) (color->green * alpha * 255 + 0.5) << 8) |
                  (guint32) (color->blue * alpha * 255 + 0.5);
    }
}

/**
 * cramp_highlight_tint:
 * @mask: an A8 surface
 * @color: a colour
 *
 * Returns: (transfer full): @color with the alpha of @mask, the size of @mask
 */
GdkTexture *
cramp_highlight_tint (cairo_surface_t *mask,
                      const GdkRGBA   *color)
{
  int           width = cairo_image_surface_get_width (mask);
  int           height = cairo_image_surface_get_height (mask);
  int           stride = cairo_image_surface_get_stride (mask);
  const guint8 *shape = cairo_image_surface_get_data (mask);
  guint32      *pixels = g_new (guint32, (gsize) width * height);
  guint32       lookup[256];

  fill_lookup (lookup, color);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      pixels[y * width + x] = lookup[shape[y * stride + x]];

  return texture_new (pixels, width, height);
}

/* The largest value within @radius, along rows and then along columns. */
static guint8 *
dilate (const guint8 *in,
        int           width,
        int           height,
        int           stride,
        int           radius)
{
  g_autofree guint8 *rows = g_malloc ((gsize) width * height);
  guint8            *out = g_malloc ((gsize) width * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 best = 0;

        for (int i = MAX (0, x - radius); i <= MIN (width - 1, x + radius); i++)
          best = MAX (best, in[y * stride + i]);
        rows[y * width + x] = best;
      }

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 best = 0;

        for (int j = MAX (0, y - radius); j <= MIN (height - 1, y + radius); j++)
          best = MAX (best, rows[j * width + x]);
        out[y * width + x] = best;
      }

  return out;
}

/**
 * cramp_highlight_ring:
 * @mask: an A8 surface with a thin shape, such as a nerve, and room around it
 * @color: a colour
 * @width: the width of the ring, in pixels of @mask
 *
 * Returns: (transfer full): @color in a ring around the shape, which stays
 *   visible through it
 */
GdkTexture *
cramp_highlight_ring (cairo_surface_t *mask,
                      const GdkRGBA   *color,
                      int              width)
{
  int                size_x = cairo_image_surface_get_width (mask);
  int                size_y = cairo_image_surface_get_height (mask);
  int                stride = cairo_image_surface_get_stride (mask);
  const guint8      *shape = cairo_image_surface_get_data (mask);
  g_autofree guint8 *grown = dilate (shape, size_x, size_y, stride, width);
  guint32           *pixels = g_new (guint32, (gsize) size_x * size_y);
  guint32            lookup[256];

  fill_lookup (lookup, color);
  for (int y = 0; y < size_y; y++)
    for (int x = 0; x < size_x; x++)
      pixels[y * size_x + x] = lookup[MAX (0, grown[y * size_x + x] - shape[y * stride + x])];

  return texture_new (pixels, size_x, size_y);
}
