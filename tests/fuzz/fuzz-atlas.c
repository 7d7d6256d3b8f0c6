/* fuzz-atlas.c: libFuzzer target for the content loader and its check of
 * the drawings
 *
 * An input is a content file, checked against the shipped drawings when the
 * loader takes it; or content, a NUL byte and a drawing, which stands for
 * the drawing of the content's first view. Before the NUL, nothing stands
 * for the shipped content.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static GFile *shipped_drawings;
static GFile *scratch_drawings;
static char  *scratch;

static void
remove_scratch (void)
{
  g_autoptr (GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch);
}

/* Puts the shipped drawing @name back in the scratch folder, or takes away
 * a drawing that is not shipped. */
static void
restore_drawing (const char *name)
{
  g_autofree char *shipped = g_build_filename (FUZZ_DRAWINGS_DIR, name, NULL);
  g_autofree char *path = g_build_filename (scratch, name, NULL);
  g_autofree char *contents = NULL;
  gsize            length;

  if (!g_file_get_contents (shipped, &contents, &length, NULL))
    g_unlink (path);
  else if (!g_file_set_contents (path, contents, length, NULL))
    fuzz_fail ("%s cannot be written", path);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr (GDir) dir = g_dir_open (FUZZ_DRAWINGS_DIR, 0, NULL);
  const char *name;

  fuzz_init ();
  shipped_drawings = g_file_new_for_path (FUZZ_DRAWINGS_DIR);
  scratch = g_dir_make_tmp ("cramp-fuzz-drawings-XXXXXX", NULL);
  scratch_drawings = g_file_new_for_path (scratch);
  atexit (remove_scratch);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    restore_drawing (name);

  return 0;
}

/* Checks @atlas against the drawings in @folder, with the loader's promise:
 * a mismatch is an error that says where. */
static void
check_drawings (CrampAtlas *atlas,
                GFile      *folder)
{
  g_autoptr (GError) error = NULL;

  if (!cramp_atlas_check_drawings (atlas, folder, NULL, &error) && error == NULL)
    fuzz_fail ("the drawings do not match, with no error");
  if (error != NULL && strchr (error->message, ':') == NULL)
    fuzz_fail ("the message “%s” does not say where", error->message);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *nul = memchr (data, '\0', size);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;
  const CrampView *view;
  g_autofree char *path = NULL;

  if (nul == NULL)
    {
      atlas = fuzz_load ((const char *) data, size, &error);
      if (atlas != NULL)
        check_drawings (atlas, shipped_drawings);
      return 0;
    }

  atlas = nul == data ? fuzz_shipped_atlas () : fuzz_load ((const char *) data, nul - data, &error);
  if (atlas == NULL)
    return 0;

  view = g_ptr_array_index (cramp_atlas_get_views (atlas), 0);
  path = g_build_filename (scratch, view->drawing, NULL);
  if (!g_file_set_contents (path, (const char *) nul + 1, size - (nul + 1 - data), NULL))
    fuzz_fail ("%s cannot be written", path);
  check_drawings (atlas, scratch_drawings);
  restore_drawing (view->drawing);

  return 0;
}
