/* cramp-quiz-private.h: what the quiz and its question maker share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-quiz.h"

G_BEGIN_DECLS

/* What a round draws questions with. */
typedef struct
{
  CrampAtlas    *atlas;
  CrampQuizLevel level;
  GRand         *rand;
  GHashTable    *common; /* folded words that so many texts have that they give nothing away; the atlas's */
  GHashTable    *words;  /* text: its folded words */
} CrampQuizMaker;

/* A question that may be asked: what it is about and its right answer. */
typedef struct
{
  CrampQuizKind    kind;
  const CrampView *view;    /* nullable */
  gconstpointer    subject; /* the region, factor or self-check answer asked about */
  gconstpointer    answer;  /* nullable: the right option, if known before the level picks it */
} CrampQuizCandidate;

void               cramp_quiz_maker_init (CrampQuizMaker *maker,
                                          CrampAtlas     *atlas,
                                          CrampQuizLevel  level,
                                          guint32         seed);
void               cramp_quiz_maker_clear (CrampQuizMaker *maker);

GArray            *cramp_quiz_maker_list (CrampQuizMaker *maker,
                                          CrampQuizKind   kind);
char              *cramp_quiz_candidate_key (const CrampQuizCandidate *candidate);
CrampQuizQuestion *cramp_quiz_maker_make (CrampQuizMaker           *maker,
                                          const CrampQuizCandidate *candidate);
void               cramp_quiz_question_free (CrampQuizQuestion *question);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrampQuizQuestion, cramp_quiz_question_free)

G_END_DECLS
