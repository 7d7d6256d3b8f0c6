/* cramp-painter.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-atlas.h"
#include "cramp-drawing.h"
#include "cramp-region-map.h"

G_BEGIN_DECLS

/* The room around the drawing, in logical pixels, on screen and in exports. */
#define CRAMP_PAINTER_MARGIN 16.0

/* The colours a drawing is painted in: its text and lines, the background
 * under labels, the colour of lights and the colour of lit text. */
typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA accent;
  GdkRGBA accent_text;
} CrampPaintColors;

void cramp_paint_colors_from_widget (CrampPaintColors *colors,
                                     GtkWidget        *widget);
void cramp_paint_colors_for_paper (CrampPaintColors *colors);

/* What to paint over the drawing. Places count regions in the view's order
 * from 1; 0 is none. */
typedef struct
{
  const char *const *layers;
  const char *const *highlights;
  const char        *selected;
  guint              hover;
  guint              focus;
  gboolean           labels;
  gboolean           presenting;
  gboolean           drawing_only;
} CrampPaintState;

#define CRAMP_TYPE_PAINTER (cramp_painter_get_type ())

G_DECLARE_FINAL_TYPE (CrampPainter, cramp_painter, CRAMP, PAINTER, GObject)

CrampPainter         *cramp_painter_new (CrampAtlas      *atlas,
                                         const CrampView *view,
                                         CrampDrawing    *drawing);
gboolean              cramp_painter_set_viewport (CrampPainter          *self,
                                                  int                    width,
                                                  int                    height,
                                                  int                    scale,
                                                  double                 unit,
                                                  const graphene_rect_t *viewport);
void                  cramp_painter_set_colors (CrampPainter           *self,
                                                const CrampPaintColors *colors);
void                  cramp_painter_build_map (CrampPainter *self);
const CrampRegionMap *cramp_painter_get_map (CrampPainter *self);
guint                 cramp_painter_place_at (CrampPainter *self,
                                              double        x,
                                              double        y);
guint                 cramp_painter_place_of (CrampPainter *self,
                                              const char   *region);
void                  cramp_painter_snapshot (CrampPainter          *self,
                                              GtkSnapshot           *snapshot,
                                              PangoContext          *context,
                                              const CrampPaintState *state);
gboolean              cramp_painter_get_label (CrampPainter     *self,
                                               PangoContext     *context,
                                               guint             place,
                                               graphene_point_t *anchor,
                                               graphene_rect_t  *box,
                                               graphene_point_t *text);

G_END_DECLS
