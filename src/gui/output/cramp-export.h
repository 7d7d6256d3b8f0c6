/* cramp-export.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-anatomy-view.h"

G_BEGIN_DECLS

/* The drawing as it is shown (view, layers, labels, lights), for slides
 * and handouts, painted by the view's own painter; or as SVG. */

#define CRAMP_EXPORT_MAX_WIDTH 3840

/* What a file of the export holds. */
typedef enum
{
  CRAMP_EXPORT_PNG,
  CRAMP_EXPORT_SVG,
  CRAMP_EXPORT_HANDOUT, /* the handout, as PDF */
} CrampExportFormat;

GdkTexture        *cramp_export_render (CrampAnatomyView *view,
                                        int               width,
                                        int               height,
                                        double            unit,
                                        gboolean          fill,
                                        GError          **error);
char              *cramp_export_svg (CrampAnatomyView *view,
                                     gboolean          fill,
                                     GError          **error);
gboolean           cramp_export_save (CrampAnatomyView *view,
                                      GFile            *file,
                                      CrampExportFormat format,
                                      int               width,
                                      gboolean          clear,
                                      GError          **error);
void               cramp_export_run (GtkWindow        *parent,
                                     CrampAnatomyView *view,
                                     CrampExportFormat format);
gboolean           cramp_export_copy (CrampAnatomyView *view,
                                      GError          **error);

GtkPrintOperation *cramp_export_handout_new (CrampAnatomyView *view,
                                             GError          **error);
void               cramp_export_print_handout (GtkWindow        *parent,
                                               CrampAnatomyView *view);

G_END_DECLS
