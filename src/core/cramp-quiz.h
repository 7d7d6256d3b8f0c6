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
 * content. A wrong option is one the content clearly rules out; a question
 * with fewer than two of them is not asked. No question's text holds the
 * right option's name, nor a telling word of it that no wrong option has.
 *
 * CRAMP_QUIZ_FIND_REGION: "Find on the drawing: Heel". The person points at
 *   any region of the drawing of @view. Without the drawing, @description
 *   asks the same, and @clues tell where each option is, from its summary
 *   with its own name and the right one's left out.
 * CRAMP_QUIZ_NAME_REGION: "Which part is lit on the drawing?" The drawing
 *   of @view lights @answer; without it, @description tells where it is,
 *   from its summary with its name left out.
 * CRAMP_QUIZ_FACTOR_REGION: under @factor's name, "Which of these parts
 *   does the atlas link to this cause?" @factor concerns the right region. A wrong region is one
 *   it does not concern, that most other factors of its group do not
 *   concern either (the content groups factors that act alike), and whose
 *   name and the factor's do not come up in each other's texts. A factor
 *   that concerns more than half the regions acts on the whole body and is
 *   not asked about: the regions it leaves out are not clearly wrong. For a
 *   factor of the group "nutritional" the question is about a shortage of
 *   it, never about the nutrient as a cause.
 * CRAMP_QUIZ_STORY: "To the question “…” someone answers “…”. Which of
 *   these does that answer point to?" @story is an answer of the self-check
 *   and the right factor one that it points to specifically. A wrong factor
 *   is not pointed to or hinted at by @story, nor by another answer to the
 *   same question (the self-check's distinctions there are fine ones), nor
 *   together with the right factor by any answer, nor by an answer that
 *   raises the same red flag as @story; and its summary tells of nothing
 *   that @story tells. Answers of fewer than three words tell no story.
 * CRAMP_QUIZ_REGION_STRUCTURE: "Which of these lies in this part of the
 *   foot?", about @region, with structures as options. The right structure
 *   lies in @region by the content. The content names the regions a
 *   structure lies in broadly, so a wrong structure lies in none of the
 *   regions next to @region either, in the content's order from the toes
 *   up: one that lies near it may well reach into it.
 *
 * At CRAMP_QUIZ_HARDER the wrong options are the closest the content
 * offers, at CRAMP_QUIZ_EASY the farthest: regions by their distance in the
 * content's order, from the toes up; factors by being of the right one's
 * group, then by the regions they share with it. A factor question also
 * picks, of the factor's regions, the one nearest to, or farthest from, the
 * wrong ones. Structures are closest when they are of the right one's layer.
 *
 * Nutrients are offered as “Magnesium (a shortage)”, in @labels. */
typedef enum
{
  CRAMP_QUIZ_FIND_REGION,
  CRAMP_QUIZ_NAME_REGION,
  CRAMP_QUIZ_FACTOR_REGION,
  CRAMP_QUIZ_STORY,
  CRAMP_QUIZ_REGION_STRUCTURE,
} CrampQuizKind;

#define CRAMP_QUIZ_N_KINDS (CRAMP_QUIZ_REGION_STRUCTURE + 1)

typedef enum
{
  CRAMP_QUIZ_EASY,
  CRAMP_QUIZ_HARDER,
} CrampQuizLevel;

typedef struct
{
  CrampQuizKind      kind;
  const CrampView   *view;    /* nullable: the drawing, to find on or to light */
  const CrampFactor *factor;  /* nullable: what a factor question asks about */
  const CrampRegion *region;  /* nullable: what a structure question asks about */
  const CrampAnswer *story;   /* nullable: what a story question tells */
  gconstpointer      answer;  /* the right option */
  GPtrArray         *options; /* CrampRegion, CrampFactor for a story, CrampStructure for a
                               * structure; the right one among wrong ones */
  GStrv labels;               /* what to show for each option */
  char *text;                 /* the question */
  char *description;          /* nullable: for questions on the drawing, the question without it */
  GStrv clues;                /* nullable: for finding, where each option is, in words */
  char *explanation;          /* one line of the content, to show once it is answered */
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
