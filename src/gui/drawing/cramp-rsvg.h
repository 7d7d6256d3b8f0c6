/* cramp-rsvg.h: librsvg, opened when the first drawing is read
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <librsvg/rsvg.h>

G_BEGIN_DECLS

/* The functions of librsvg that the drawings use. */
typedef struct
{
  RsvgHandle *(*handle_new_from_gfile_sync) (GFile          *file,
                                             RsvgHandleFlags flags,
                                             GCancellable   *cancellable,
                                             GError        **error);
  gboolean (*handle_set_stylesheet) (RsvgHandle   *handle,
                                     const guint8 *css,
                                     gsize         css_len,
                                     GError      **error);
  void (*handle_get_intrinsic_dimensions) (RsvgHandle    *handle,
                                           gboolean      *out_has_width,
                                           RsvgLength    *out_width,
                                           gboolean      *out_has_height,
                                           RsvgLength    *out_height,
                                           gboolean      *out_has_viewbox,
                                           RsvgRectangle *out_viewbox);
  gboolean (*handle_has_sub) (RsvgHandle *handle,
                              const char *id);
  gboolean (*handle_render_document) (RsvgHandle          *handle,
                                      cairo_t             *cr,
                                      const RsvgRectangle *viewport,
                                      GError             **error);
  gboolean (*handle_render_layer) (RsvgHandle          *handle,
                                   cairo_t             *cr,
                                   const char          *id,
                                   const RsvgRectangle *viewport,
                                   GError             **error);
  gboolean (*handle_get_geometry_for_layer) (RsvgHandle          *handle,
                                             const char          *id,
                                             const RsvgRectangle *viewport,
                                             RsvgRectangle       *out_ink_rect,
                                             RsvgRectangle       *out_logical_rect,
                                             GError             **error);
} CrampRsvg;

const CrampRsvg *cramp_rsvg_get (GError **error);

G_END_DECLS
