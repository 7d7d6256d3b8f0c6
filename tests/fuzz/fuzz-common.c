/* fuzz-common.c: what the fuzz targets share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static CrampAtlas *shipped;

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

void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

/* The content is read as the app reads it: translated, here into Spanish
 * with the catalogue of the build tree, so that the translation path and
 * GMarkup's translated messages are fuzzed too. */
void
fuzz_init (void)
{
  static const char *const locales[] = { "es_ES.UTF-8", "de_DE.UTF-8" };
  gboolean                 translated = FALSE;

  g_log_set_writer_func (abort_on_warning, NULL, NULL);

  g_unsetenv ("LANGUAGE");
  for (guint i = 0; i < G_N_ELEMENTS (locales) && !translated; i++)
    translated = setlocale (LC_ALL, locales[i]) != NULL;
  if (!translated)
    fuzz_fail ("Neither es_ES.UTF-8 nor de_DE.UTF-8 is installed: the translation path cannot be fuzzed");

  bindtextdomain (GETTEXT_PACKAGE, FUZZ_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Toes"), "Toes"))
    fuzz_fail ("No catalogue of " GETTEXT_PACKAGE " in " FUZZ_LOCALEDIR ": the translation path cannot be fuzzed");
}

/* Loads @data as the app loads a content file; aborts if the loader breaks
 * its promise: an atlas, or an error that names its place. */
CrampAtlas *
fuzz_load (const char *data,
           gsize       length,
           GError    **error)
{
  CrampAtlas *atlas = cramp_atlas_new_from_data (data, length, "fuzz.xml", GETTEXT_PACKAGE, error);

  if ((atlas == NULL) == (*error == NULL))
    fuzz_fail ("the loader gave %s atlas and %s error", atlas ? "an" : "no", *error ? "an" : "no");
  if (*error != NULL && !g_str_has_prefix ((*error)->message, "fuzz.xml:"))
    fuzz_fail ("the message “%s” does not say where", (*error)->message);

  return atlas;
}

/* The shipped content, loaded once. */
CrampAtlas *
fuzz_shipped_atlas (void)
{
  g_autoptr (GError) error = NULL;

  if (shipped == NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (FUZZ_CONTENT_FILE);

      shipped = cramp_atlas_new_from_file (file, GETTEXT_PACKAGE, NULL, &error);
      if (shipped == NULL)
        fuzz_fail ("The shipped content does not load: %s", error->message);
    }

  return g_object_ref (shipped);
}

/* The walks run over the content before the first NUL byte of the input,
 * if it has one and the loader takes it, and else over the shipped content;
 * what follows the NUL, or the whole input, is the walk. */
CrampAtlas *
fuzz_atlas_and_walk (const uint8_t *data,
                     size_t         size,
                     const guint8 **walk,
                     gsize         *walk_length)
{
  const uint8_t *nul = memchr (data, '\0', size);
  g_autoptr (GError) error = NULL;

  if (nul == NULL)
    {
      *walk = data;
      *walk_length = size;
      return fuzz_shipped_atlas ();
    }

  *walk = nul + 1;
  *walk_length = size - (nul + 1 - data);
  return fuzz_load ((const char *) data, nul - data, &error);
}
