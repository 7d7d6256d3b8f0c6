/* fuzz-atlas.c: libFuzzer target for the content loader
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stddef.h>
#include <stdint.h>

#include "cramp-atlas.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  atlas = cramp_atlas_new_from_data ((const char *) data, size, "fuzz.xml", NULL, &error);

  /* Exactly one of the two: an atlas, or an error that names its place. */
  if ((atlas == NULL) == (error == NULL))
    __builtin_trap ();
  if (error != NULL && !g_str_has_prefix (error->message, "fuzz.xml:"))
    __builtin_trap ();

  return 0;
}
