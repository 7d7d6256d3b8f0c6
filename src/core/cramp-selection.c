/* cramp-selection.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-selection.h"

static const char *const kind_prefixes[] = { "", "region:", "factor:", "guide:", "check:", "quiz:", "structure:" };

/**
 * cramp_selection_make:
 * @kind: what is selected
 * @id: the id of what is selected; ignored for %CRAMP_SELECTION_NONE
 *
 * Returns: (transfer full): the selection string
 */
char *
cramp_selection_make (CrampSelectionKind kind,
                      const char        *id)
{
  g_return_val_if_fail (kind <= CRAMP_SELECTION_STRUCTURE, NULL);

  if (kind == CRAMP_SELECTION_NONE)
    return g_strdup ("");

  g_return_val_if_fail (id != NULL, NULL);

  return g_strconcat (kind_prefixes[kind], id, NULL);
}

/**
 * cramp_selection_parse:
 * @selection: a selection string
 * @kind: (out): what is selected
 * @id: (out) (optional) (transfer none): the id inside @selection, or %NULL
 *   for none
 *
 * Returns: %TRUE if @selection has a known kind and a non-empty id, or is empty
 */
gboolean
cramp_selection_parse (const char         *selection,
                       CrampSelectionKind *kind,
                       const char        **id)
{
  g_return_val_if_fail (selection != NULL, FALSE);

  *kind = CRAMP_SELECTION_NONE;
  if (id != NULL)
    *id = NULL;

  if (selection[0] == '\0')
    return TRUE;

  for (guint i = CRAMP_SELECTION_REGION; i < G_N_ELEMENTS (kind_prefixes); i++)
    {
      if (g_str_has_prefix (selection, kind_prefixes[i]) &&
          selection[strlen (kind_prefixes[i])] != '\0')
        {
          *kind = i;
          if (id != NULL)
            *id = selection + strlen (kind_prefixes[i]);
          return TRUE;
        }
    }

  return FALSE;
}
