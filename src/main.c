/* main.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (CrampApplication) app = NULL;
  /* The tests point this at the translations in the build tree. */
  const char *localedir = g_getenv ("CRAMP_ATLAS_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cramp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
