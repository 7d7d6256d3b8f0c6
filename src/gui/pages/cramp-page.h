/* cramp-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-atlas.h"
#include "cramp-scene.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_PAGE (cramp_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (CrampPage, cramp_page, CRAMP, PAGE, GtkWidget)

/* A scrolling page that shows one item of the atlas: a region, a factor or
 * a guide. It has a heading; the children that a subclass's template gives
 * it follow the heading. Subclasses fill it in update(), which runs when
 * the atlas or the item changes.
 *
 * A page asks the drawing for what it needs through its drawing request,
 * which the window follows while the page is shown; a region activated on
 * the drawing goes first to region_activated(), and selects the region if
 * the page does not take it. A page whose heading changes as it is used
 * gives the window a fixed title. A page that a presenter steps through
 * with a clicker takes Page Down and Page Up in clicker(). */
struct _CrampPageClass
{
  GtkWidgetClass parent_class;

  const char    *window_title; /* nullable; translatable, not yet translated */

  void (*update) (CrampPage  *self,
                  CrampAtlas *atlas,
                  const char *item);
  gboolean (*region_activated) (CrampPage  *self,
                                const char *region);
  gboolean (*clicker) (CrampPage *self,
                       gboolean   forward);
};

CrampAtlas                *cramp_page_get_atlas (CrampPage *self);
void                       cramp_page_set_atlas (CrampPage  *self,
                                                 CrampAtlas *atlas);
const char                *cramp_page_get_item (CrampPage *self);
void                       cramp_page_set_item (CrampPage  *self,
                                                const char *item);
const char                *cramp_page_get_title (CrampPage *self);
const char                *cramp_page_get_window_title (CrampPage *self);
const CrampDrawingRequest *cramp_page_get_drawing_request (CrampPage *self);
void                       cramp_page_set_drawing_request (CrampPage                 *self,
                                                           const CrampDrawingRequest *request);
gboolean                   cramp_page_region_activated (CrampPage  *self,
                                                        const char *region);
gboolean                   cramp_page_has_clicker (CrampPage *self);
gboolean                   cramp_page_clicker (CrampPage *self,
                                               gboolean   forward);
gboolean                   cramp_page_focus_heading (CrampPage *self);
void                       cramp_page_describe_heading (CrampPage  *self,
                                                        const char *description);
void                       cramp_page_set_heading (CrampPage  *self,
                                                   const char *eyebrow,
                                                   const char *title,
                                                   const char *lead);

G_END_DECLS
