/* cramp-quiz.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-atlas.h"

G_BEGIN_DECLS

#define CRAMP_QUIZ_ROUND_LENGTH 10

typedef enum
{
  CRAMP_QUIZ_FIND_REGION,   /* point at the named region on the drawing */
  CRAMP_QUIZ_NAME_REGION,   /* name the lit region, from choices */
  CRAMP_QUIZ_FACTOR_REGION, /* which region does this factor concern, from choices */
} CrampQuizKind;

typedef struct
{
  CrampQuizKind      kind;
  const CrampView   *view;    /* the drawing the question is asked on */
  const CrampRegion *region;  /* what to find or name; for a factor, one right answer */
  const CrampFactor *factor;  /* for CRAMP_QUIZ_FACTOR_REGION, else NULL */
  GPtrArray         *choices; /* CrampRegion, in the order to show; empty to find */
} CrampQuizQuestion;

#define CRAMP_TYPE_QUIZ (cramp_quiz_get_type ())

G_DECLARE_FINAL_TYPE (CrampQuiz, cramp_quiz, CRAMP, QUIZ, GObject)

CrampQuiz               *cramp_quiz_new (CrampAtlas *atlas,
                                         guint32     seed);

guint32                  cramp_quiz_get_seed (CrampQuiz *self);
guint                    cramp_quiz_get_n_questions (CrampQuiz *self);
const CrampQuizQuestion *cramp_quiz_get_question (CrampQuiz *self,
                                                  guint      index);
gboolean                 cramp_quiz_is_correct (const CrampQuizQuestion *question,
                                                const CrampRegion       *region);
gboolean                 cramp_quiz_answer (CrampQuiz         *self,
                                            guint              index,
                                            const CrampRegion *region);
gboolean                 cramp_quiz_is_answered (CrampQuiz *self,
                                                 guint      index);
guint                    cramp_quiz_get_score (CrampQuiz *self);
GPtrArray               *cramp_quiz_get_missed (CrampQuiz *self);

G_END_DECLS
