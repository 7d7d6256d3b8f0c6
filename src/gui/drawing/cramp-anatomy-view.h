/* cramp-anatomy-view.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-atlas.h"
#include "cramp-drawing.h"
#include "cramp-scene.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_ANATOMY_VIEW (cramp_anatomy_view_get_type ())

G_DECLARE_FINAL_TYPE (CrampAnatomyView, cramp_anatomy_view, CRAMP, ANATOMY_VIEW, GtkWidget)


CrampScene        *cramp_anatomy_view_get_scene (CrampAnatomyView *self);
void               cramp_anatomy_view_set_scene (CrampAnatomyView *self,
                                                 CrampScene       *scene);
CrampAtlas        *cramp_anatomy_view_get_atlas (CrampAnatomyView *self);
void               cramp_anatomy_view_set_atlas (CrampAnatomyView *self,
                                                 CrampAtlas       *atlas);
const char        *cramp_anatomy_view_get_view (CrampAnatomyView *self);
void               cramp_anatomy_view_set_view (CrampAnatomyView *self,
                                                const char       *view);
const char        *cramp_anatomy_view_get_selected_region (CrampAnatomyView *self);
void               cramp_anatomy_view_set_selected_region (CrampAnatomyView *self,
                                                           const char       *region);
const char *const *cramp_anatomy_view_get_highlights (CrampAnatomyView *self);
void               cramp_anatomy_view_set_highlights (CrampAnatomyView  *self,
                                                      const char *const *highlights);
const char *const *cramp_anatomy_view_get_visible_layers (CrampAnatomyView *self);
void               cramp_anatomy_view_set_visible_layers (CrampAnatomyView  *self,
                                                          const char *const *layers);
gboolean           cramp_anatomy_view_get_show_labels (CrampAnatomyView *self);
void               cramp_anatomy_view_set_show_labels (CrampAnatomyView *self,
                                                       gboolean          show_labels);
gboolean           cramp_anatomy_view_get_picking (CrampAnatomyView *self);
void               cramp_anatomy_view_set_picking (CrampAnatomyView *self,
                                                   gboolean          picking);
void               cramp_anatomy_view_set_names_hidden (CrampAnatomyView *self,
                                                        gboolean          hidden);
gboolean           cramp_anatomy_view_get_presenting (CrampAnatomyView *self);
void               cramp_anatomy_view_set_presenting (CrampAnatomyView *self,
                                                      gboolean          presenting);
double             cramp_anatomy_view_get_zoom (CrampAnatomyView *self);
void               cramp_anatomy_view_set_zoom (CrampAnatomyView *self,
                                                double            zoom);
const char        *cramp_anatomy_view_get_region_at (CrampAnatomyView *self,
                                                     double            x,
                                                     double            y);
const char        *cramp_anatomy_view_get_hovered_region (CrampAnatomyView *self);
CrampDrawing      *cramp_anatomy_view_get_drawing (CrampAnatomyView *self);

G_END_DECLS
