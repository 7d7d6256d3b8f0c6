/* cramp-explore-layout.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CRAMP_TYPE_EXPLORE_LAYOUT (cramp_explore_layout_get_type ())

G_DECLARE_FINAL_TYPE (CrampExploreLayout, cramp_explore_layout, CRAMP, EXPLORE_LAYOUT, GtkLayoutManager)

gboolean cramp_explore_layout_get_side_by_side (CrampExploreLayout *self);

G_END_DECLS
