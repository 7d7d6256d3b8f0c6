/* cramp-page-stack.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-page.h"
#include "cramp-scene.h"
#include "cramp-selection.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_PAGE_STACK (cramp_page_stack_get_type ())

G_DECLARE_FINAL_TYPE (CrampPageStack, cramp_page_stack, CRAMP, PAGE_STACK, GtkWidget)

CrampScene *cramp_page_stack_get_scene (CrampPageStack *self);
void        cramp_page_stack_set_scene (CrampPageStack *self,
                                        CrampScene     *scene);
const char *cramp_page_stack_get_title (CrampPageStack *self);
CrampPage  *cramp_page_stack_ensure_page (CrampPageStack    *self,
                                          CrampSelectionKind kind);
void        cramp_page_stack_start_check (CrampPageStack *self,
                                          const char     *region);
gboolean    cramp_page_stack_focus_heading (CrampPageStack *self);
gboolean    cramp_page_stack_has_clicker (CrampPageStack *self);
gboolean    cramp_page_stack_clicker (CrampPageStack *self,
                                      gboolean        forward);
gboolean    cramp_page_stack_region_activated (CrampPageStack *self,
                                               const char     *region);

G_END_DECLS
