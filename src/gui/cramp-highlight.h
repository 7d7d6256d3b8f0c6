/* cramp-highlight.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How a part of the drawing is lit, from the lightest touch to the
 * strongest. A ring goes around a thin structure, such as a nerve, rather
 * than over it. */
typedef enum
{
  CRAMP_HIGHLIGHT_HOVER,
  CRAMP_HIGHLIGHT_FOCUS,
  CRAMP_HIGHLIGHT_EMPHASIS,
  CRAMP_HIGHLIGHT_SELECTED,
  CRAMP_HIGHLIGHT_RING,
} CrampHighlightStyle;

GdkTexture *cramp_highlight_texture_new (cairo_surface_t    *mask,
                                         const GdkRGBA      *color,
                                         CrampHighlightStyle style,
                                         int                 scale);

G_END_DECLS
