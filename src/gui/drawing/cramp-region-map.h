/* cramp-region-map.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-drawing.h"

G_BEGIN_DECLS

/* Which region is where, at one size of a drawing: an index per pixel for
 * hit-testing, and each region's shape as an alpha mask for highlights. */
typedef struct _CrampRegionMap CrampRegionMap;

CrampRegionMap                *cramp_region_map_new (CrampDrawing          *drawing,
                                                     const char *const     *ids,
                                                     int                    width,
                                                     int                    height,
                                                     int                    scale,
                                                     const graphene_rect_t *viewport);
CrampRegionMap                *cramp_region_map_new_partly (CrampDrawing          *drawing,
                                                            const char *const     *ids,
                                                            guint                  n_drawn,
                                                            int                    width,
                                                            int                    height,
                                                            int                    scale,
                                                            const graphene_rect_t *viewport);
gboolean                       cramp_region_map_complete (CrampRegionMap *self);
void                           cramp_region_map_free (CrampRegionMap *self);
void                           cramp_region_map_set_enabled (CrampRegionMap *self,
                                                             const gboolean *enabled);
guint                          cramp_region_map_lookup (const CrampRegionMap *self,
                                                        double                x,
                                                        double                y);
gboolean                       cramp_region_map_covers (const CrampRegionMap *self,
                                                        guint                 region,
                                                        double                x,
                                                        double                y);
gboolean                       cramp_region_map_get_bounds (const CrampRegionMap *self,
                                                            guint                 region,
                                                            graphene_rect_t      *bounds);
cairo_surface_t               *cramp_region_map_get_mask (const CrampRegionMap *self,
                                                          guint                 region);
guint                          cramp_region_map_get_n_regions (const CrampRegionMap *self);
int                            cramp_region_map_get_scale (const CrampRegionMap *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrampRegionMap, cramp_region_map_free)

G_END_DECLS
