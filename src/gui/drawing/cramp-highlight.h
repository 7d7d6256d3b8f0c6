/* cramp-highlight.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How a region of the drawing is lit, from the lightest touch to the
 * strongest: how much of the colour covers it, and how much outlines it. */
typedef enum
{
  CRAMP_HIGHLIGHT_HOVER,
  CRAMP_HIGHLIGHT_FOCUS,
  CRAMP_HIGHLIGHT_EMPHASIS,
  CRAMP_HIGHLIGHT_SELECTED,
} CrampHighlightStyle;

void        cramp_highlight_style_get_opacity (CrampHighlightStyle style,
                                               double             *fill,
                                               double             *outline);
GdkTexture *cramp_highlight_tint (cairo_surface_t *mask,
                                  const GdkRGBA   *color);
GdkTexture *cramp_highlight_ring (cairo_surface_t *mask,
                                  const GdkRGBA   *color,
                                  int              width);

G_END_DECLS
