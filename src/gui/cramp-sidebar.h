/* cramp-sidebar.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cramp-atlas.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_SIDEBAR (cramp_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (CrampSidebar, cramp_sidebar, CRAMP, SIDEBAR, AdwBin)

CrampAtlas    *cramp_sidebar_get_atlas (CrampSidebar *self);
void           cramp_sidebar_set_atlas (CrampSidebar *self,
                                        CrampAtlas   *atlas);
const char    *cramp_sidebar_get_selection (CrampSidebar *self);
void           cramp_sidebar_set_selection (CrampSidebar *self,
                                            const char   *selection);
void           cramp_sidebar_start_search (CrampSidebar *self);
void           cramp_sidebar_capture_keys_from (CrampSidebar *self,
                                                GtkWidget    *widget);
gboolean       cramp_sidebar_get_search_mode (CrampSidebar *self);
GtkListBoxRow *cramp_sidebar_get_current_row (CrampSidebar *self);
gboolean       cramp_sidebar_focus_list (CrampSidebar *self);
void           cramp_sidebar_set_search_mode (CrampSidebar *self,
                                              gboolean      search_mode);

G_END_DECLS
