/* fuzz-common.h: what the fuzz targets share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "cramp-atlas.h"

G_BEGIN_DECLS

int         LLVMFuzzerInitialize (int    *argc,
                                  char ***argv);
int         LLVMFuzzerTestOneInput (const uint8_t *data,
                                    size_t         size);

void        fuzz_init (void);
CrampAtlas *fuzz_load (const char *data,
                       gsize       length,
                       GError    **error);
CrampAtlas *fuzz_shipped_atlas (void);
CrampAtlas *fuzz_atlas_and_walk (const uint8_t *data,
                                 size_t         size,
                                 const guint8 **walk,
                                 gsize         *walk_length);
void        fuzz_fail (const char *format,
                       ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

G_END_DECLS
