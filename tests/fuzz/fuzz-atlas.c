/* fuzz-atlas.c: libFuzzer target for the content loader
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"

static GFile *drawings;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  drawings = g_file_new_for_path (FUZZ_DRAWINGS_DIR);
  return 0;
}

/* Content the loader takes is checked against the shipped drawings, as
 * the app checks it, with the same promise about its errors. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = fuzz_load ((const char *) data, size, &error);

  if (atlas != NULL && !cramp_atlas_check_drawings (atlas, drawings, NULL, &error) && error == NULL)
    fuzz_fail ("the drawings do not match, with no error");

  return 0;
}
