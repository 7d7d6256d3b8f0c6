/* fuzz-atlas.c: libFuzzer target for the content loader
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "cramp-atlas.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A warning or a critical from GLib is a bug too: abort, so that libFuzzer
 * keeps the input that caused it. */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags   level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return output;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  atlas = cramp_atlas_new_from_data ((const char *) data, size, "fuzz.xml", NULL, &error);

  /* Exactly one of the two: an atlas, or an error that names its place. */
  if ((atlas == NULL) == (error == NULL))
    abort ();
  if (error != NULL && !g_str_has_prefix (error->message, "fuzz.xml:"))
    abort ();

  return 0;
}
