/* cramp-quiz-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"
#include "cramp-quiz.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_QUIZ_PAGE (cramp_quiz_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampQuizPage, cramp_quiz_page, CRAMP, QUIZ_PAGE, CrampPage)

CrampQuiz *cramp_quiz_page_get_quiz (CrampQuizPage *self);
guint      cramp_quiz_page_get_index (CrampQuizPage *self);
void       cramp_quiz_page_new_round (CrampQuizPage *self);

G_END_DECLS
