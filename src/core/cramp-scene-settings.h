/* cramp-scene-settings.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cramp-scene.h"

G_BEGIN_DECLS

void cramp_scene_bind_settings (CrampScene *scene,
                                GSettings  *settings);

G_END_DECLS
