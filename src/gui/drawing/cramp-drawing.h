/* cramp-drawing.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-atlas.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_DRAWING (cramp_drawing_get_type ())

/* The width of a region's outline, in units of the drawing's viewBox. */
#define CRAMP_DRAWING_OUTLINE_WIDTH 3

G_DECLARE_FINAL_TYPE (CrampDrawing, cramp_drawing, CRAMP, DRAWING, GObject)

CrampDrawing    *cramp_drawing_new (GFile   *file,
                                    GError **error);
CrampDrawing    *cramp_drawing_get_for_view (const CrampView *view,
                                             GError         **error);
void             cramp_drawing_get_size (CrampDrawing *self,
                                         double       *width,
                                         double       *height);
void             cramp_drawing_fit (CrampDrawing    *self,
                                    double           width,
                                    double           height,
                                    graphene_rect_t *viewport);
gboolean         cramp_drawing_has_element (CrampDrawing *self,
                                            const char   *id);
guint            cramp_drawing_get_paint_order (CrampDrawing *self,
                                                const char   *id);
gboolean         cramp_drawing_render (CrampDrawing          *self,
                                       cairo_t               *cr,
                                       const char            *id,
                                       const graphene_rect_t *viewport);
gboolean         cramp_drawing_get_bounds (CrampDrawing          *self,
                                           const char            *id,
                                           const graphene_rect_t *viewport,
                                           graphene_rect_t       *bounds);
cairo_surface_t *cramp_drawing_render_mask (CrampDrawing          *self,
                                            const char            *id,
                                            const graphene_rect_t *viewport,
                                            int                    width,
                                            int                    height,
                                            int                    scale,
                                            int                    margin,
                                            graphene_rect_t       *bounds);
cairo_surface_t *cramp_drawing_render_outline (CrampDrawing          *self,
                                               const char            *id,
                                               const graphene_rect_t *viewport,
                                               int                    width,
                                               int                    height,
                                               int                    scale,
                                               graphene_rect_t       *bounds);
GdkTexture      *cramp_drawing_render_texture (CrampDrawing          *self,
                                               const char *const     *ids,
                                               const graphene_rect_t *viewport,
                                               int                    width,
                                               int                    height,
                                               int                    scale,
                                               graphene_rect_t       *bounds);

G_END_DECLS
