/* fuzz-quiz.c: libFuzzer target for the quiz
 *
 * Rounds from any seed and level over any content the loader takes,
 * answered at random: they must never crash, every question must be fair
 * by the content, and the score must add up.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-quiz.h"
#include "fuzz-common.h"
#include "quiz-invariants.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

/* The first four bytes are the seed, and the lowest bit of the fifth the
 * level; each byte after answers a question, from its options or, for a
 * question on the drawing, from the regions of its view. Every question
 * must be fair by the content, as the test suite checks for the shipped
 * content. */
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
  guint32        seed = 0;
  CrampQuizLevel level;
  guint          n, answered = 0, right = 0;

  if (atlas == NULL)
    return 0;

  for (guint i = 0; i < 4 && i < length; i++)
    seed = seed << 8 | walk[i];
  level = length > 4 && walk[4] & 1 ? CRAMP_QUIZ_HARDER : CRAMP_QUIZ_EASY;
  quiz = cramp_quiz_new (atlas, level, seed);
  again = cramp_quiz_new (atlas, level, seed);
  n = cramp_quiz_get_n_questions (quiz);
  if (n > CRAMP_QUIZ_ROUND_LENGTH || n != cramp_quiz_get_n_questions (again))
    fuzz_fail ("%u questions in a round, %u with the same seed", n, cramp_quiz_get_n_questions (again));

  for (guint i = 0; i < n; i++)
    {
      const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);
      const CrampQuizQuestion *same = cramp_quiz_get_question (again, i);
      g_autofree char         *why = quiz_invariants_check (atlas, question);

      if (question->kind != same->kind || question->answer != same->answer || !g_str_equal (question->text, same->text))
        fuzz_fail ("the same seed gave another question %u", i);
      if (why != NULL)
        fuzz_fail ("question %u is not fair: %s", i, why);
    }

  for (gsize i = 5; i < length; i++)
    {
      guint                    index = walk[i] % MAX (n, 1);
      const CrampQuizQuestion *question;
      GPtrArray               *offered;
      gconstpointer            item;
      gboolean                 first, was_right;

      if (n == 0)
        break;

      question = cramp_quiz_get_question (quiz, index);
      offered = question->kind == CRAMP_QUIZ_FIND_REGION ? question->view->regions : question->options;
      item = g_ptr_array_index (offered, (walk[i] / MAX (n, 1)) % offered->len);
      first = !cramp_quiz_is_answered (quiz, index);
      was_right = cramp_quiz_answer (quiz, index, item);

      if (first)
        {
          answered++;
          right += was_right;
          if (was_right != cramp_quiz_is_right (question, item))
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
