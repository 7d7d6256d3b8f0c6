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
#define CRAMP_QUIZ_MAX_OPTIONS  4

/* Every question is asked with options, exactly one of them right by the
 * content; a question whose wrong options could also be right is never
 * asked. Fewer than two wrong options, and it is not asked either.
 *
 * CRAMP_QUIZ_FIND_REGION: "Find the heel on the drawing." The person points
 *   at a region of the drawing of @view, any region of it; without the
 *   drawing, @description asks the same and @clues say where each option
 *   is, in words, without its name.
 * CRAMP_QUIZ_NAME_REGION: "Which part is lit?" The drawing of @view lights
 *   @answer; without the drawing, @description says where it is, from its
 *   summary with its name left out.
 * CRAMP_QUIZ_FACTOR_REGION: "Which of these parts does the atlas link to
 *   statins?" @factor concerns the right region and none of the wrong ones.
 *   For a factor of the group "nutritional" the question asks about a
 *   shortage of it, never about the nutrient as a cause.
 * CRAMP_QUIZ_STORY: which factor fits what a person told the self-check.
 *   The story is a question of the self-check with the answer @story; the
 *   right factor is one that @story points to specifically. A wrong one is
 *   a factor that the content does not tie to the story: not one that
 *   @story points to or hints at, not one pointed to or hinted at together
 *   with the right factor by any answer, and not one pointed to by an answer
 *   that raises the same red flag as @story (the content's own sign that
 *   the two share their symptoms). Stories whose words give the answer away
 *   are not told, and short answers ("Yes") make no story.
 *
 * At CRAMP_QUIZ_HARDER the wrong options are the closest ones the content
 * offers: regions next to the right one in the content's anatomical order,
 * and factors of the right one's group, or those that the other answers of
 * the story's question point to (what the self-check itself tells apart).
 * At CRAMP_QUIZ_EASY they are the farthest.
 *
 * No question's text contains the right option's name, nor a word of it
 * that no wrong option has. Structures are not asked about yet: the content
 * has no words for where they are, which a person without the drawing needs,
 * and does not say which regions they run through. */
typedef enum
{
  CRAMP_QUIZ_FIND_REGION,
  CRAMP_QUIZ_NAME_REGION,
  CRAMP_QUIZ_FACTOR_REGION,
  CRAMP_QUIZ_STORY,
} CrampQuizKind;

#define CRAMP_QUIZ_N_KINDS (CRAMP_QUIZ_STORY + 1)

typedef enum
{
  CRAMP_QUIZ_EASY,
  CRAMP_QUIZ_HARDER,
} CrampQuizLevel;

typedef struct
{
  CrampQuizKind      kind;
  const CrampView   *view;        /* nullable: the drawing, to find on or to light */
  const CrampFactor *factor;      /* nullable: what a factor question asks about */
  const CrampAnswer *story;       /* nullable: what a story question tells */
  gconstpointer      answer;      /* the right option */
  GPtrArray         *options;     /* CrampRegion, or CrampFactor for a story; the right one among wrong ones */
  GStrv              labels;      /* what to show for each option */
  char              *text;        /* the question */
  char              *description; /* nullable: for questions on the drawing, the question without it */
  GStrv              clues;       /* nullable: for finding, where each option is, in words */
  char              *explanation; /* one line of the content, to show once it is answered */
} CrampQuizQuestion;

#define CRAMP_TYPE_QUIZ (cramp_quiz_get_type ())

G_DECLARE_FINAL_TYPE (CrampQuiz, cramp_quiz, CRAMP, QUIZ, GObject)

CrampQuiz               *cramp_quiz_new (CrampAtlas    *atlas,
                                         CrampQuizLevel level,
                                         guint32        seed);

guint32                  cramp_quiz_get_seed (CrampQuiz *self);
CrampQuizLevel           cramp_quiz_get_level (CrampQuiz *self);
guint                    cramp_quiz_get_n_questions (CrampQuiz *self);
const CrampQuizQuestion *cramp_quiz_get_question (CrampQuiz *self,
                                                  guint      index);
gboolean                 cramp_quiz_is_right (const CrampQuizQuestion *question,
                                              gconstpointer            item);
gboolean                 cramp_quiz_answer (CrampQuiz    *self,
                                            guint         index,
                                            gconstpointer item);
gboolean                 cramp_quiz_is_answered (CrampQuiz *self,
                                                 guint      index);
guint                    cramp_quiz_get_score (CrampQuiz *self);
GPtrArray               *cramp_quiz_get_missed (CrampQuiz *self);

G_END_DECLS
