/* cramp-save.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The one way the app writes a file: beside the target, then in its place. */

gboolean cramp_save_bytes (GFile   *file,
                           GBytes  *contents,
                           GError **error);

G_END_DECLS
