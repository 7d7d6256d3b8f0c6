/* cramp-handout.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-anatomy-view.h"

G_BEGIN_DECLS

/* A handout for a class: the foot in every view with its labels and a
 * legend, each region's causes with their evidence, the warning signs,
 * the self-care and the sources, laid out on A4 pages in points. */

#define CRAMP_HANDOUT_PAGE_WIDTH  595.276
#define CRAMP_HANDOUT_PAGE_HEIGHT 841.890
#define CRAMP_HANDOUT_MARGIN      42.0

typedef enum
{
  CRAMP_HANDOUT_TEXT,
  CRAMP_HANDOUT_PICTURE,
  CRAMP_HANDOUT_SWATCH,
} CrampHandoutBlockKind;

/* One thing placed on a page: its extents cover its ink as well as its
 * box. A swatch is the key to a layer's colour in the legend. */
typedef struct
{
  CrampHandoutBlockKind kind;
  guint                 page;
  graphene_rect_t       extents;
  char                 *text; /* the plain text of a text block */
  GdkRGBA               color;
  GdkRGBA               edge;

  /*< private >*/
  graphene_rect_t box;
  PangoLayout    *layout;
  GdkTexture     *picture;
} CrampHandoutBlock;

#define CRAMP_TYPE_HANDOUT (cramp_handout_get_type ())

G_DECLARE_FINAL_TYPE (CrampHandout, cramp_handout, CRAMP, HANDOUT, GObject)

CrampHandout *cramp_handout_new (CrampAnatomyView *view,
                                 gboolean          show_selection,
                                 GError          **error);
const char   *cramp_handout_get_title (CrampHandout *self);
guint         cramp_handout_get_n_pages (CrampHandout *self);
GPtrArray    *cramp_handout_get_blocks (CrampHandout *self);
void          cramp_handout_draw_page (CrampHandout *self,
                                       cairo_t      *cr,
                                       guint         page);
GBytes       *cramp_handout_to_pdf (CrampHandout *self,
                                    GError      **error);
gboolean      cramp_handout_get_layer_colors (const char *layer,
                                              GdkRGBA    *color,
                                              GdkRGBA    *edge);

G_END_DECLS
