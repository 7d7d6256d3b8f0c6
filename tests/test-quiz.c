/* test-quiz.c: quiz rounds drawn from the real content
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>

#include "cramp-quiz.h"
#include "test-util.h"

static CrampAtlas *atlas;

static void
setup (void)
{
  atlas = test_load_content ();
}

static void
teardown (void)
{
  g_clear_object (&atlas);
}

static gboolean
same_question (const CrampQuizQuestion *a,
               const CrampQuizQuestion *b)
{
  if (a->kind != b->kind || a->view != b->view || a->region != b->region || a->factor != b->factor ||
      a->choices->len != b->choices->len)
    return FALSE;

  for (guint i = 0; i < a->choices->len; i++)
    if (a->choices->pdata[i] != b->choices->pdata[i])
      return FALSE;

  return TRUE;
}

static gboolean
same_round (CrampQuiz *a,
            CrampQuiz *b)
{
  if (cramp_quiz_get_n_questions (a) != cramp_quiz_get_n_questions (b))
    return FALSE;

  for (guint i = 0; i < cramp_quiz_get_n_questions (a); i++)
    if (!same_question (cramp_quiz_get_question (a, i), cramp_quiz_get_question (b, i)))
      return FALSE;

  return TRUE;
}

START_TEST (test_same_seed_same_round)
{
  g_autoptr (CrampQuiz) first = cramp_quiz_new (atlas, 42);
  g_autoptr (CrampQuiz) again = cramp_quiz_new (atlas, 42);
  guint differ = 0;

  ck_assert (same_round (first, again));
  ck_assert_uint_eq (cramp_quiz_get_seed (first), 42);

  for (guint32 seed = 0; seed < 20; seed++)
    {
      g_autoptr (CrampQuiz) other = cramp_quiz_new (atlas, seed);

      differ += !same_round (first, other);
    }
  ck_assert_uint_ge (differ, 19);
}
END_TEST

static void
check_answerable (const CrampQuizQuestion *question)
{
  guint right = 0;

  ck_assert (g_ptr_array_find (question->view->regions, question->region, NULL));
  ck_assert (cramp_quiz_is_correct (question, question->region));

  if (question->kind == CRAMP_QUIZ_FIND_REGION)
    {
      ck_assert_uint_eq (question->choices->len, 0);
      ck_assert_ptr_null (question->factor);
      return;
    }

  ck_assert_uint_ge (question->choices->len, 2);
  ck_assert_uint_le (question->choices->len, 4);
  for (guint i = 0; i < question->choices->len; i++)
    {
      const CrampRegion *choice = g_ptr_array_index (question->choices, i);

      right += cramp_quiz_is_correct (question, choice);
      for (guint j = 0; j < i; j++)
        ck_assert_ptr_ne (choice, g_ptr_array_index (question->choices, j));
    }
  ck_assert_uint_eq (right, 1);
  ck_assert ((question->kind == CRAMP_QUIZ_FACTOR_REGION) == (question->factor != NULL));
}

/* A thousand rounds: ten questions each, every one answerable, none asked
 * twice about the same thing, and all three kinds in every round. */
START_TEST (test_rounds_are_answerable_without_repeats)
{
  for (guint32 seed = 0; seed < 1000; seed++)
    {
      g_autoptr (CrampQuiz) quiz = cramp_quiz_new (atlas, seed);
      g_autoptr (GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint kinds[3] = { 0 };

      ck_assert_uint_eq (cramp_quiz_get_n_questions (quiz), CRAMP_QUIZ_ROUND_LENGTH);
      for (guint i = 0; i < cramp_quiz_get_n_questions (quiz); i++)
        {
          const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);
          char                    *key = g_strdup_printf ("%d:%s", question->kind,
                                       question->factor ? question->factor->id : question->region->id);

          check_answerable (question);
          ck_assert_msg (g_hash_table_add (asked, key), "seed %u asks %s twice", seed, key);
          kinds[question->kind]++;
        }
      ck_assert (kinds[0] > 0 && kinds[1] > 0 && kinds[2] > 0);
    }
}
END_TEST

static const CrampRegion *
wrong_answer (const CrampQuizQuestion *question)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);

  for (guint i = 0; i < regions->len; i++)
    if (!cramp_quiz_is_correct (question, g_ptr_array_index (regions, i)))
      return g_ptr_array_index (regions, i);

  ck_abort_msg ("every region answers the question");
  return NULL;
}

START_TEST (test_score_and_missed_items)
{
  g_autoptr (CrampQuiz) quiz = cramp_quiz_new (atlas, 7);
  g_autoptr (GPtrArray) missed = NULL;
  guint n = cramp_quiz_get_n_questions (quiz);

  ck_assert_uint_eq (cramp_quiz_get_score (quiz), 0);

  /* Right on the even questions, wrong on the odd ones. */
  for (guint i = 0; i < n; i++)
    {
      const CrampQuizQuestion *question = cramp_quiz_get_question (quiz, i);

      ck_assert (!cramp_quiz_is_answered (quiz, i));
      ck_assert (cramp_quiz_answer (quiz, i, i % 2 ? wrong_answer (question) : question->region) == !(i % 2));
      ck_assert (cramp_quiz_is_answered (quiz, i));
    }

  /* The first answer counts. */
  ck_assert (!cramp_quiz_answer (quiz, 1, cramp_quiz_get_question (quiz, 1)->region));

  ck_assert_uint_eq (cramp_quiz_get_score (quiz), (n + 1) / 2);
  missed = cramp_quiz_get_missed (quiz);
  ck_assert_uint_eq (missed->len, n / 2);
  for (guint i = 0; i < missed->len; i++)
    ck_assert_ptr_eq (g_ptr_array_index (missed, i), cramp_quiz_get_question (quiz, 2 * i + 1));
}
END_TEST

static Suite *
quiz_suite (void)
{
  Suite *suite = suite_create ("quiz");
  TCase *tcase = tcase_create ("rounds");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_same_seed_same_round);
  tcase_add_test (tcase, test_rounds_are_answerable_without_repeats);
  tcase_add_test (tcase, test_score_and_missed_items);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (quiz_suite ());
}
