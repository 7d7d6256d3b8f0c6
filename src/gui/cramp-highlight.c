/* cramp-highlight.c: tinted shapes over the drawing, from alpha masks
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-highlight.h"

static const struct
{
  double fill;  /* how much of the colour covers the shape */
  double edge;  /* how much of it draws the shape's border */
  int    width; /* the border's width, in logical pixels */
} styles[] = {
  [CRAMP_HIGHLIGHT_HOVER] = { 0.16, 0.6, 2 },
  [CRAMP_HIGHLIGHT_FOCUS] = { 0.10, 1.0, 3 },
  [CRAMP_HIGHLIGHT_EMPHASIS] = { 0.26, 0.85, 2 },
  [CRAMP_HIGHLIGHT_SELECTED] = { 0.38, 1.0, 3 },
  [CRAMP_HIGHLIGHT_RING] = { 0.0, 0.95, 3 },
};

/* The smallest (or largest) value within @radius along rows, then along
 * columns: an erosion (or dilation) of the shape by a square. */
static guint8 *
morph (const guint8 *in,
       int           width,
       int           height,
       int           stride,
       int           radius,
       gboolean      grow)
{
  guint8 *rows = g_malloc ((gsize) width * height);
  guint8 *out = g_malloc ((gsize) width * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 best = grow ? 0 : 255;

        for (int i = MAX (0, x - radius); i <= MIN (width - 1, x + radius); i++)
          best = grow ? MAX (best, in[y * stride + i]) : MIN (best, in[y * stride + i]);
        /* Beyond the mask is empty, which an erosion must see too. */
        if (!grow && (x < radius || x >= width - radius))
          best = 0;
        rows[y * width + x] = best;
      }

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 best = grow ? 0 : 255;

        for (int j = MAX (0, y - radius); j <= MIN (height - 1, y + radius); j++)
          best = grow ? MAX (best, rows[j * width + x]) : MIN (best, rows[j * width + x]);
        if (!grow && (y < radius || y >= height - radius))
          best = 0;
        out[y * width + x] = best;
      }

  g_free (rows);
  return out;
}

/**
 * cramp_highlight_texture_new:
 * @mask: an A8 surface with the shape to light
 * @color: the colour of the light
 * @style: how strongly, and whether as a ring
 * @scale: the device pixels per logical pixel of @mask
 *
 * Returns: (transfer full): a texture the size of @mask
 */
GdkTexture *
cramp_highlight_texture_new (cairo_surface_t    *mask,
                             const GdkRGBA      *color,
                             CrampHighlightStyle style,
                             int                 scale)
{
  int                width = cairo_image_surface_get_width (mask);
  int                height = cairo_image_surface_get_height (mask);
  int                stride = cairo_image_surface_get_stride (mask);
  gboolean           ring = style == CRAMP_HIGHLIGHT_RING;
  const guint8      *shape = cairo_image_surface_get_data (mask);
  g_autofree guint8 *other = morph (shape, width, height, stride, styles[style].width * scale, ring);
  guint8            *pixels = g_malloc ((gsize) width * height * 4);
  g_autoptr (GBytes) bytes = NULL;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int     a = shape[y * stride + x];
        int     b = other[y * width + x];
        int     border = ring ? MAX (0, b - a) : MAX (0, a - b);
        double  alpha = MIN (1.0, (styles[style].fill * a + styles[style].edge * border) / 255.0);
        guint8 *out = pixels + (y * width + x) * 4;

        alpha *= color->alpha;
        /* Premultiplied, in the byte order of GDK_MEMORY_DEFAULT. */
        out[0] = color->blue * alpha * 255 + 0.5;
        out[1] = color->green * alpha * 255 + 0.5;
        out[2] = color->red * alpha * 255 + 0.5;
        out[3] = alpha * 255 + 0.5;
      }

  bytes = g_bytes_new_take (pixels, (gsize) width * height * 4);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, width * 4);
}
