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
#include "cramp-scene.h"

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
  CrampLabels        labels;
  gboolean           presenting;
  gboolean           drawing_only;
} CrampPaintState;

#define CRAMP_TYPE_PAINTER (cramp_painter_get_type ())

G_DECLARE_FINAL_TYPE (CrampPainter, cramp_painter, CRAMP, PAINTER, GObject)

CrampPainter         *cramp_painter_new (CrampAtlas      *atlas,
                                         const CrampView *view,
                                         CrampDrawing    *drawing);
void                  cramp_painter_fit (CrampPainter          *self,
                                         PangoContext          *context,
                                         const CrampPaintState *state,
                                         double                 width,
                                         double                 height,
                                         double                 unit,
                                         graphene_rect_t       *fit);
void                  cramp_painter_get_figure (CrampPainter          *self,
                                                const graphene_rect_t *viewport,
                                                graphene_rect_t       *figure);
double                cramp_painter_get_legend_height (CrampPainter *self);
gboolean              cramp_painter_set_viewport (CrampPainter          *self,
                                                  int                    width,
                                                  int                    height,
                                                  int                    scale,
                                                  double                 unit,
                                                  const graphene_rect_t *viewport);
void                  cramp_painter_set_colors (CrampPainter           *self,
                                                const CrampPaintColors *colors);
void                  cramp_painter_build_map (CrampPainter *self);
gboolean              cramp_painter_complete_map (CrampPainter *self);
const CrampRegionMap *cramp_painter_get_map (CrampPainter *self);
void                  cramp_painter_set_pickable (CrampPainter      *self,
                                                  const char *const *layers,
                                                  gboolean           structures);
guint                 cramp_painter_get_n_regions (CrampPainter *self);
guint                 cramp_painter_get_n_places (CrampPainter *self);
const char           *cramp_painter_get_id (CrampPainter *self,
                                            guint         place);
const char           *cramp_painter_get_name (CrampPainter *self,
                                              guint         place);
guint                 cramp_painter_place_at (CrampPainter *self,
                                              double        x,
                                              double        y);
guint                 cramp_painter_region_at (CrampPainter *self,
                                               double        x,
                                               double        y);
guint                 cramp_painter_place_of (CrampPainter *self,
                                              const char   *id);
void                  cramp_painter_snapshot (CrampPainter          *self,
                                              GtkSnapshot           *snapshot,
                                              PangoContext          *context,
                                              const CrampPaintState *state);
guint                 cramp_painter_layout_labels (CrampPainter          *self,
                                                   PangoContext          *context,
                                                   const CrampPaintState *state);
double                cramp_painter_get_label_size (CrampPainter *self);
gboolean              cramp_painter_get_label (CrampPainter     *self,
                                               guint             index,
                                               guint            *place,
                                               graphene_point_t *anchor,
                                               graphene_point_t *end,
                                               graphene_rect_t  *box,
                                               graphene_point_t *text);
gboolean              cramp_painter_get_legend (CrampPainter    *self,
                                                graphene_rect_t *box);

G_END_DECLS
