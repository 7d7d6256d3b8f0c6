/* cramp-explorer.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-anatomy-view.h"
#include "cramp-scene.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_EXPLORER (cramp_explorer_get_type ())

G_DECLARE_FINAL_TYPE (CrampExplorer, cramp_explorer, CRAMP, EXPLORER, GtkWidget)

CrampScene       *cramp_explorer_get_scene (CrampExplorer *self);
void              cramp_explorer_set_scene (CrampExplorer *self,
                                            CrampScene    *scene);
CrampAnatomyView *cramp_explorer_get_anatomy_view (CrampExplorer *self);
gboolean          cramp_explorer_focus_drawing (CrampExplorer *self);
GActionGroup     *cramp_explorer_get_actions (CrampExplorer *self);

G_END_DECLS
