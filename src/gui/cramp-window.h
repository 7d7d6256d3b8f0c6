/* cramp-window.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-scene.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_WINDOW (cramp_window_get_type ())

G_DECLARE_FINAL_TYPE (CrampWindow, cramp_window, CRAMP, WINDOW, AdwApplicationWindow)

CrampWindow *cramp_window_new (CrampApplication *application,
                               CrampAtlas       *atlas,
                               const GError     *load_error);
const char  *cramp_window_get_selection (CrampWindow *self);
void         cramp_window_set_selection (CrampWindow *self,
                                         const char  *selection);
CrampScene  *cramp_window_get_scene (CrampWindow *self);

G_END_DECLS
