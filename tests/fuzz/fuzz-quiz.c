/* fuzz-quiz.c: libFuzzer target for the quiz
 *
 * Rounds from any seed over any content the loader takes, answered at
 * random: they must never crash, and the score must add up.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-quiz.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

/* A question can be answered right, from its choices if it has any. */
static void
check_question (const CrampQuizQuestion *question)
{
  GPtrArray *offered = question->choices->len > 0 ? question->choices : question->view->regions;
  guint      right = 0;

  for (guint i = 0; i < offered->len; i++)
    {
      right += cramp_quiz_is_correct (question, g_ptr_array_index (offered, i));
      for (guint j = 0; j < i; j++)
        if (g_ptr_array_index (offered, i) == g_ptr_array_index (offered, j))
          fuzz_fail ("a choice is offered twice");
    }

  if (right == 0)
    fuzz_fail ("no choice answers the question");
}

/* The first four bytes are the seed; each byte after answers a question,
 * from its choices or from the regions of its view. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const guint8 *walk;
  gsize         length;
  g_autoptr (CrampAtlas) atlas = fuzz_atlas_and_walk (data, size, &walk, &length);
  g_autoptr (CrampQuiz) quiz = NULL;
  g_autoptr (CrampQuiz) again = NULL;
  g_autoptr (GPtrArray) missed = NULL;
  guint32 seed = 0;
  guint   n, answered = 0, right = 0;

  if (atlas == NULL)
    return 0;

  for (guint i = 0; i < 4 && i < length; i++)
    seed = seed << 8 | walk[i];
  quiz = cramp_quiz_new (atlas, seed);
  again = cramp_quiz_new (atlas, seed);
  n = cramp_quiz_get_n_questions (quiz);
  if (n > CRAMP_QUIZ_ROUND_LENGTH || n != cramp_quiz_get_n_questions (again))
    fuzz_fail ("%u questions in a round, %u with the same seed", n, cramp_quiz_get_n_questions (again));

  for (guint i = 0; i < n; i++)
    {
      const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);
      const CrampQuizQuestion *same = cramp_quiz_get_question (again, i);

      if (question->kind != same->kind || question->region != same->region || question->view != same->view)
        fuzz_fail ("the same seed gave another question %u", i);
      check_question (question);
    }

  for (gsize i = 4; i < length; i++)
    {
      guint                    index = walk[i] % MAX (n, 1);
      const CrampQuizQuestion *question;
      GPtrArray               *offered;
      const CrampRegion       *region;
      gboolean                 first, was_right;

      if (n == 0)
        break;

      question = cramp_quiz_get_question (quiz, index);
      offered = question->choices->len > 0 ? question->choices : question->view->regions;
      region = g_ptr_array_index (offered, (walk[i] / MAX (n, 1)) % offered->len);
      first = !cramp_quiz_is_answered (quiz, index);
      was_right = cramp_quiz_answer (quiz, index, region);

      if (first)
        {
          answered++;
          right += was_right;
          if (was_right != cramp_quiz_is_correct (question, region))
            fuzz_fail ("the answer was marked against the question");
        }
      if (!cramp_quiz_is_answered (quiz, index))
        fuzz_fail ("question %u has an answer that is not recorded", index);
    }

  missed = cramp_quiz_get_missed (quiz);
  if (cramp_quiz_get_score (quiz) != right || right + missed->len != n || right > answered)
    fuzz_fail ("a score of %u, %u missed, of %u questions; %u of %u answers right", cramp_quiz_get_score (quiz),
               missed->len, n, right, answered);

  return 0;
}
