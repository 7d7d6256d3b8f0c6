/* cramp-rsvg.c: librsvg, opened when the first drawing is read
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "cramp-rsvg.h"

/* librsvg is by far the largest library the app uses: linked to the
 * program, the dynamic linker would relocate it before main() at every
 * start, on the main thread. Opened here instead, it is relocated in the
 * thread that reads the first drawing while GTK starts. */

static const struct
{
  const char *name;
  gsize       offset;
} symbols[] = {
  { "rsvg_handle_new_from_gfile_sync", G_STRUCT_OFFSET (CrampRsvg, handle_new_from_gfile_sync) },
  { "rsvg_handle_set_stylesheet", G_STRUCT_OFFSET (CrampRsvg, handle_set_stylesheet) },
  { "rsvg_handle_get_intrinsic_dimensions", G_STRUCT_OFFSET (CrampRsvg, handle_get_intrinsic_dimensions) },
  { "rsvg_handle_has_sub", G_STRUCT_OFFSET (CrampRsvg, handle_has_sub) },
  { "rsvg_handle_render_document", G_STRUCT_OFFSET (CrampRsvg, handle_render_document) },
  { "rsvg_handle_render_layer", G_STRUCT_OFFSET (CrampRsvg, handle_render_layer) },
  { "rsvg_handle_get_geometry_for_layer", G_STRUCT_OFFSET (CrampRsvg, handle_get_geometry_for_layer) },
};

static CrampRsvg rsvg;
static char     *open_error; /* why librsvg could not be opened, if it could not */

static gboolean
open_rsvg (void)
{
  GModule *module = g_module_open (RSVG_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      open_error = g_strdup (g_module_error ());
      return FALSE;
    }

  g_module_make_resident (module);
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      gpointer *function = G_STRUCT_MEMBER_P (&rsvg, symbols[i].offset);

      if (!g_module_symbol (module, symbols[i].name, function) || *function == NULL)
        {
          open_error = g_strdup_printf ("%s has no %s", RSVG_LIBRARY, symbols[i].name);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * cramp_rsvg_get:
 * @error: the place for an error
 *
 * Opens librsvg the first time it is called, from any thread.
 *
 * Returns: (transfer none) (nullable): librsvg's functions, or %NULL if
 *   librsvg could not be opened
 */
const CrampRsvg *
cramp_rsvg_get (GError **error)
{
  static gsize opened = 0;

  if (g_once_init_enter (&opened))
    g_once_init_leave (&opened, open_rsvg () ? 1 : 2);

  if (opened == 2)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _ ("The library that draws the anatomy could not be opened: %s"), open_error);
      return NULL;
    }

  return &rsvg;
}
