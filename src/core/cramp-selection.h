/* cramp-selection.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the window shows is one string, "kind:id", such as "region:arch",
 * "structure:tibial-nerve", "factor:magnesium", "guide:red-flags", "check:symptoms" (the
 * self-check) or "quiz:round"; the empty string selects nothing. */

typedef enum
{
  CRAMP_SELECTION_NONE,
  CRAMP_SELECTION_REGION,
  CRAMP_SELECTION_FACTOR,
  CRAMP_SELECTION_GUIDE,
  CRAMP_SELECTION_CHECK,
  CRAMP_SELECTION_QUIZ,
  CRAMP_SELECTION_STRUCTURE,
} CrampSelectionKind;

#define CRAMP_GUIDE_RED_FLAGS "red-flags"
#define CRAMP_GUIDE_SELF_CARE "self-care"
#define CRAMP_CHECK_SYMPTOMS  "symptoms"
#define CRAMP_QUIZ_ROUND      "round"

char    *cramp_selection_make (CrampSelectionKind kind,
                               const char        *id);
gboolean cramp_selection_parse (const char         *selection,
                                CrampSelectionKind *kind,
                                const char        **id);

G_END_DECLS
