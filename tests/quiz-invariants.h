/* quiz-invariants.h: what makes a quiz question fair, checked against the content
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-quiz.h"

G_BEGIN_DECLS

char *quiz_invariants_check (CrampAtlas              *atlas,
                             const CrampQuizQuestion *question);

G_END_DECLS
