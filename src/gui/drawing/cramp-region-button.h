/* cramp-region-button.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CRAMP_TYPE_REGION_BUTTON (cramp_region_button_get_type ())

G_DECLARE_FINAL_TYPE (CrampRegionButton, cramp_region_button, CRAMP, REGION_BUTTON, GtkWidget)

/* What a region button asks of the view it belongs to: whether a point of
 * the button is inside its region's shape. */
typedef gboolean (*CrampRegionContainsFunc) (GtkWidget *view,
                                             guint      place,
                                             double     x,
                                             double     y);

GtkWidget  *cramp_region_button_new (const char             *region,
                                     const char             *name,
                                     const char             *description,
                                     guint                   place,
                                     CrampRegionContainsFunc contains);
const char *cramp_region_button_get_region (CrampRegionButton *self);
guint       cramp_region_button_get_place (CrampRegionButton *self);
gboolean    cramp_region_button_get_selected (CrampRegionButton *self);
void        cramp_region_button_set_selected (CrampRegionButton *self,
                                              gboolean           selected);

G_END_DECLS
