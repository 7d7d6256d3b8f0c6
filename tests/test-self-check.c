/* test-self-check.c: the self-check's navigation and evaluation, over the
 * real questions
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>
#include <string.h>

#include "cramp-self-check.h"
#include "test-util.h"

/* For loops that run millions of times: ck_assert records its place on
 * every call, which would cost more than what it checks. */
#define require(condition)                                        \
  G_STMT_START                                                    \
  {                                                               \
    if (G_UNLIKELY (!(condition)))                                \
      ck_abort_msg ("%s:%d: %s", __FILE__, __LINE__, #condition); \
  }                                                               \
  G_STMT_END

static CrampAtlas     *atlas;
static CrampSelfCheck *check;

static void
setup (void)
{
  atlas = test_load_content ();
  check = cramp_self_check_new (atlas);
}

static void
teardown (void)
{
  g_clear_object (&check);
  g_clear_object (&atlas);
}

static const CrampAnswer *
answer (const char *id)
{
  const CrampAnswer *found = cramp_atlas_lookup_answer (atlas, id);

  ck_assert_msg (found != NULL, "there is no answer “%s”", id);
  return found;
}

static void
choose (const char *id)
{
  cramp_self_check_set_chosen (check, answer (id), TRUE);
}

static const char *
question_id (void)
{
  const CrampQuestion *question = cramp_self_check_get_question (check);

  return question ? question->id : "(finished)";
}

/* Answers the current question with @id and goes on. */
static void
answer_and_go_on (const char *id)
{
  choose (id);
  ck_assert_msg (cramp_self_check_next (check), "could not go on from “%s”", question_id ());
}

static gboolean
has_flag (CrampSelfCheckResult *result,
          const char           *id)
{
  for (guint i = 0; i < result->flags->len; i++)
    if (g_str_equal (((CrampRedFlag *) g_ptr_array_index (result->flags, i))->id, id))
      return TRUE;

  return FALSE;
}

static const char *
first_factor (CrampSelfCheckResult *result)
{
  ck_assert_uint_gt (result->factors->len, 0);
  return ((CrampFactorReason *) g_ptr_array_index (result->factors, 0))->factor->id;
}

static gboolean
has_factor (CrampSelfCheckResult *result,
            const char           *id)
{
  for (guint i = 0; i < result->factors->len; i++)
    if (g_str_equal (((CrampFactorReason *) g_ptr_array_index (result->factors, i))->factor->id, id))
      return TRUE;

  return FALSE;
}

START_TEST (test_opens_on_the_emergency_signs)
{
  ck_assert_uint_eq (cramp_self_check_get_position (check), 0);
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), 16);
  ck_assert_str_eq (question_id (), "emergency");
  ck_assert (!cramp_self_check_can_go_next (check));
  ck_assert (!cramp_self_check_can_skip (check));
  ck_assert (!cramp_self_check_can_go_back (check));
  ck_assert (!cramp_self_check_next (check));
  ck_assert (!cramp_self_check_skip (check));
  ck_assert (!cramp_self_check_back (check));
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_SELF_CARE);
}
END_TEST

START_TEST (test_single_choice_keeps_one_answer)
{
  choose ("where-arch");
  choose ("where-heel");
  ck_assert (!cramp_self_check_is_chosen (check, answer ("where-arch")));
  ck_assert (cramp_self_check_is_chosen (check, answer ("where-heel")));

  cramp_self_check_set_chosen (check, answer ("where-heel"), FALSE);
  ck_assert (!cramp_self_check_is_answered (check, cramp_atlas_lookup_question (atlas, "where")));
}
END_TEST

START_TEST (test_none_of_these_excludes_the_rest)
{
  choose ("medicines-diuretic");
  choose ("medicines-statin");
  ck_assert (cramp_self_check_is_chosen (check, answer ("medicines-diuretic")));
  ck_assert (cramp_self_check_is_chosen (check, answer ("medicines-statin")));

  choose ("medicines-none");
  ck_assert (!cramp_self_check_is_chosen (check, answer ("medicines-diuretic")));
  ck_assert (!cramp_self_check_is_chosen (check, answer ("medicines-statin")));

  choose ("medicines-new");
  ck_assert (!cramp_self_check_is_chosen (check, answer ("medicines-none")));
  ck_assert (cramp_self_check_is_chosen (check, answer ("medicines-new")));
}
END_TEST

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

START_TEST (test_walks_forward_skips_and_back)
{
  guint positions = 0, finished = 0;

  g_signal_connect (check, "notify::position", G_CALLBACK (count_cb), &positions);
  g_signal_connect (check, "notify::finished", G_CALLBACK (count_cb), &finished);

  answer_and_go_on ("emergency-none");
  answer_and_go_on ("where-arch");
  answer_and_go_on ("when-night");
  answer_and_go_on ("duration-short");
  answer_and_go_on ("frequency-rarely");
  ck_assert_str_eq (question_id (), "activity");
  ck_assert (cramp_self_check_can_skip (check));

  /* Skipping forgets an answer already given to the question. */
  choose ("activity-more");
  ck_assert (cramp_self_check_skip (check));
  ck_assert (!cramp_self_check_is_chosen (check, answer ("activity-more")));
  ck_assert_str_eq (question_id (), "shoes");

  /* Back keeps every answer. */
  ck_assert (cramp_self_check_back (check));
  ck_assert (cramp_self_check_back (check));
  ck_assert_str_eq (question_id (), "frequency");
  ck_assert (cramp_self_check_is_chosen (check, answer ("frequency-rarely")));
  ck_assert (cramp_self_check_is_chosen (check, answer ("where-arch")));
  ck_assert_uint_eq (positions, 8);

  while (!cramp_self_check_get_finished (check))
    {
      const CrampQuestion *question = cramp_self_check_get_question (check);

      if (!cramp_self_check_is_answered (check, question))
        cramp_self_check_set_chosen (check, g_ptr_array_index (question->answers, question->answers->len - 1), TRUE);
      ck_assert (cramp_self_check_next (check));
    }

  ck_assert_uint_eq (finished, 1);
  ck_assert (!cramp_self_check_get_stopped_early (check));
  ck_assert_ptr_null (cramp_self_check_get_question (check));
  ck_assert (!cramp_self_check_next (check));

  cramp_self_check_restart (check);
  ck_assert_str_eq (question_id (), "emergency");
  ck_assert (!cramp_self_check_is_chosen (check, answer ("where-arch")));
  ck_assert (!cramp_self_check_can_go_back (check));
  ck_assert_uint_eq (finished, 2);
}
END_TEST

START_TEST (test_an_emergency_sign_ends_the_questions)
{
  static const char *const signs[] = { "emergency-cold-foot", "emergency-breathless" };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autoptr (CrampSelfCheckResult) result = NULL;

      cramp_self_check_restart (check);
      answer_and_go_on (signs[i]);
      ck_assert (cramp_self_check_get_finished (check));
      ck_assert (cramp_self_check_get_stopped_early (check));

      result = cramp_self_check_evaluate (check);
      ck_assert_int_eq (result->tier, CRAMP_TIER_EMERGENCY);
      ck_assert_uint_eq (result->answers->len, 1);

      /* Back to the question, with the sign still ticked. */
      ck_assert (cramp_self_check_back (check));
      ck_assert_str_eq (question_id (), "emergency");
      ck_assert (!cramp_self_check_get_stopped_early (check));
      ck_assert (cramp_self_check_is_chosen (check, answer (signs[i])));
    }
}
END_TEST

START_TEST (test_starts_at_a_region)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion   *region = g_ptr_array_index (regions, i);
      const CrampQuestion *where = cramp_atlas_lookup_question (atlas, "where");
      guint                chosen = 0;

      ck_assert (cramp_self_check_start_at_region (check, region->id));
      ck_assert_str_eq (question_id (), "emergency");
      for (guint j = 0; j < where->answers->len; j++)
        {
          const CrampAnswer *given = g_ptr_array_index (where->answers, j);

          if (cramp_self_check_is_chosen (check, given))
            {
              chosen++;
              ck_assert_ptr_eq (given->region, region);
            }
        }
      ck_assert_uint_eq (chosen, 1);
    }

  ck_assert (!cramp_self_check_start_at_region (check, "elbow"));
}
END_TEST

/* The cases of the evidence brief, answered as the person would. */

START_TEST (test_calf_pain_on_walking_that_eases_with_rest)
{
  g_autoptr (CrampSelfCheckResult) result = NULL;

  answer_and_go_on ("emergency-none");
  answer_and_go_on ("where-lower-calf");
  answer_and_go_on ("when-walking");
  result = cramp_self_check_evaluate (check);

  ck_assert_int_eq (result->tier, CRAMP_TIER_SOON);
  ck_assert (has_flag (result, "pain-on-walking"));
  ck_assert_str_eq (first_factor (result), "peripheral-artery-disease");
  ck_assert_str_eq (((CrampRegion *) g_ptr_array_index (result->regions, 0))->id, "lower-calf");
}
END_TEST

START_TEST (test_one_cold_pale_foot)
{
  g_autoptr (CrampSelfCheckResult) sudden = NULL;
  g_autoptr (CrampSelfCheckResult) lasting = NULL;

  /* Sudden and painful: an emergency, whatever else. */
  answer_and_go_on ("emergency-cold-foot");
  sudden = cramp_self_check_evaluate (check);
  ck_assert_int_eq (sudden->tier, CRAMP_TIER_EMERGENCY);
  ck_assert (has_flag (sudden, "cold-pale-foot"));

  /* Colder and paler than the other for weeks: see a clinician soon. */
  cramp_self_check_restart (check);
  choose ("emergency-none");
  choose ("appearance-colour");
  lasting = cramp_self_check_evaluate (check);
  ck_assert_int_eq (lasting->tier, CRAMP_TIER_SOON);
  ck_assert (has_flag (lasting, "slow-sores-colour-change"));
  ck_assert_str_eq (first_factor (lasting), "peripheral-artery-disease");
}
END_TEST

START_TEST (test_night_cramps_after_standing_in_tight_shoes)
{
  g_autoptr (CrampSelfCheckResult) result = NULL;
  for (guint i = 0; i < TEST_N_TIGHT_SHOES_ANSWERS; i++)
    answer_and_go_on (test_tight_shoes_answers[i]);

  ck_assert (cramp_self_check_get_finished (check));
  result = cramp_self_check_evaluate (check);
  ck_assert_int_eq (result->tier, CRAMP_TIER_SELF_CARE);
  ck_assert_uint_eq (result->flags->len, 0);
  ck_assert_str_eq (first_factor (result), "static-posture");
  ck_assert (has_factor (result, "footwear"));
  ck_assert (has_factor (result, "muscle-fatigue"));
  ck_assert (!has_factor (result, "peripheral-artery-disease"));
  ck_assert_uint_eq (result->answers->len, TEST_N_TIGHT_SHOES_ANSWERS);
}
END_TEST

START_TEST (test_factors_are_ranked_by_their_answers)
{
  g_autoptr (CrampSelfCheckResult) result = NULL;
  CrampFactorReason *first;

  choose ("conditions-diabetes");
  choose ("sensation-numb-toes");
  choose ("appearance-infected-sore");
  choose ("medicines-statin");
  result = cramp_self_check_evaluate (check);

  first = g_ptr_array_index (result->factors, 0);
  ck_assert_str_eq (first->factor->id, "neuropathy");
  ck_assert_uint_eq (first->answers->len, 3);
  for (guint i = 1; i < result->factors->len; i++)
    {
      CrampFactorReason *before = g_ptr_array_index (result->factors, i - 1);
      CrampFactorReason *reason = g_ptr_array_index (result->factors, i);

      ck_assert_uint_ge (before->answers->len, reason->answers->len);
    }

  ck_assert_int_eq (result->tier, CRAMP_TIER_URGENT);
  ck_assert_str_eq (((CrampRedFlag *) g_ptr_array_index (result->flags, 0))->id, "infected-foot-sore");
  ck_assert_str_eq (((CrampRedFlag *) g_ptr_array_index (result->flags, 1))->id,
                    "numbness-tingling-swelling");
}
END_TEST

/* Every combination of red-flag answers */

typedef struct
{
  GPtrArray *flagged; /* CrampAnswer that raise a red flag */
  GPtrArray *others;  /* the answers of the questions that raise none */
} Answers;

static gboolean
can_raise_a_flag (const CrampQuestion *question)
{
  for (guint i = 0; i < question->answers->len; i++)
    if (((CrampAnswer *) g_ptr_array_index (question->answers, i))->flag != NULL)
      return TRUE;

  return FALSE;
}

static void
sort_answers (Answers *answers)
{
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  answers->flagged = g_ptr_array_new ();
  answers->others = g_ptr_array_new ();
  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          CrampAnswer *given = g_ptr_array_index (question->answers, j);

          if (given->flag != NULL)
            g_ptr_array_add (answers->flagged, given);
          else if (!can_raise_a_flag (question))
            g_ptr_array_add (answers->others, given);
        }
    }
}

/* The tier that the red flags of the answers in @mask call for. */
static CrampTier
expected_tier (Answers *answers,
               guint32  mask)
{
  CrampTier tier = CRAMP_TIER_SELF_CARE;

  for (guint i = 0; i < answers->flagged->len; i++)
    if (mask & (1u << i))
      tier = MAX (tier, ((CrampAnswer *) g_ptr_array_index (answers->flagged, i))->flag->tier);

  return tier;
}

START_TEST (test_every_red_flag_combination_with_every_other_answer)
{
  Answers answers;
  guint32 mask = 0;
  guint   n;

  sort_answers (&answers);
  n = answers.flagged->len;
  ck_assert_uint_ge (n, 15);
  ck_assert_uint_lt (n, 24);
  ck_assert_uint_ge (answers.others->len, 10);

  /* Walks every subset of the red-flag answers in Gray-code order, one
   * answer ticked or unticked at each step; a question offers at most one
   * red flag unless it is a checklist, so subsets never clash. Each subset
   * is then crossed with every answer of every question that raises no
   * red flag. */
  for (guint32 step = 0; step < (1u << n); step++)
    {
      CrampTier expected;

      if (step > 0)
        {
          guint bit = g_bit_nth_lsf (step, -1);

          mask ^= 1u << bit;
          cramp_self_check_set_chosen (check, g_ptr_array_index (answers.flagged, bit), (mask >> bit) & 1);
        }

      expected = expected_tier (&answers, mask);
      require (cramp_self_check_get_tier (check) == expected);
      for (guint i = 0; i < answers.others->len; i++)
        {
          const CrampAnswer *other = g_ptr_array_index (answers.others, i);

          cramp_self_check_set_chosen (check, other, TRUE);
          if (cramp_self_check_get_tier (check) != expected)
            ck_abort_msg ("flags %x with “%s”: tier %s", mask, other->id,
                          cramp_tier_to_string (cramp_self_check_get_tier (check)));
          cramp_self_check_set_chosen (check, other, FALSE);
        }
    }

  g_ptr_array_unref (answers.flagged);
  g_ptr_array_unref (answers.others);
}
END_TEST

/* Random complete walks */

static void
give_random_answer (GRand               *rand,
                    const CrampQuestion *question)
{
  guint n = question->answers->len;

  if (question->kind == CRAMP_QUESTION_SINGLE)
    {
      cramp_self_check_set_chosen (check, g_ptr_array_index (question->answers, g_rand_int_range (rand, 0, n)), TRUE);
      return;
    }

  /* Each answer of a checklist with even odds, or "none of these". */
  for (guint i = 0; i < n; i++)
    {
      const CrampAnswer *given = g_ptr_array_index (question->answers, i);

      if (!given->none && g_rand_boolean (rand))
        cramp_self_check_set_chosen (check, given, TRUE);
    }
  if (!cramp_self_check_is_answered (check, question))
    for (guint i = 0; i < n; i++)
      if (((CrampAnswer *) g_ptr_array_index (question->answers, i))->none)
        cramp_self_check_set_chosen (check, g_ptr_array_index (question->answers, i), TRUE);
}

static void
check_result (CrampSelfCheckResult *result)
{
  CrampTier highest = CRAMP_TIER_SELF_CARE;

  for (guint i = 0; i < result->answers->len; i++)
    {
      const CrampAnswer *given = g_ptr_array_index (result->answers, i);

      require (cramp_self_check_is_chosen (check, given));
      if (given->flag != NULL)
        {
          require (has_flag (result, given->flag->id));
          require (result->tier >= given->flag->tier);
          highest = MAX (highest, given->flag->tier);
        }
      for (guint j = 0; j < given->factors->len; j++)
        require (has_factor (result, ((CrampFactor *) g_ptr_array_index (given->factors, j))->id));
      if (given->region != NULL)
        require (g_ptr_array_find (result->regions, given->region, NULL));
    }

  require (result->tier == highest);
  if (result->flags->len == 0)
    require (result->tier == CRAMP_TIER_SELF_CARE);
}

/* Starts at a random region now and then, and goes back a question now
 * and then, keeping its answers, as a person might. */
static void
start_randomly (GRand *rand)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);

  if (g_rand_int_range (rand, 0, 4) == 0)
    require (cramp_self_check_start_at_region (check, ((CrampRegion *) g_ptr_array_index (regions, g_rand_int_range (rand, 0, regions->len)))->id));
  else
    cramp_self_check_restart (check);
}

START_TEST (test_random_complete_answer_sets)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261124);

  for (guint run = 0; run < 100000; run++)
    {
      g_autoptr (CrampSelfCheckResult) result = NULL;
      guint asked = 0;

      start_randomly (rand);
      while (!cramp_self_check_get_finished (check))
        {
          const CrampQuestion *question = cramp_self_check_get_question (check);

          asked++;
          if (cramp_self_check_can_skip (check) && g_rand_int_range (rand, 0, 4) == 0)
            {
              require (cramp_self_check_skip (check));
              continue;
            }
          if (!cramp_self_check_is_answered (check, question))
            give_random_answer (rand, question);
          require (cramp_self_check_next (check));
          if (!cramp_self_check_get_finished (check) && g_rand_int_range (rand, 0, 8) == 0)
            {
              require (cramp_self_check_back (check));
              asked--;
            }
        }

      result = cramp_self_check_evaluate (check);
      check_result (result);
      require (result->tier == cramp_self_check_get_tier (check));
      require (cramp_self_check_get_stopped_early (check) == (result->tier == CRAMP_TIER_EMERGENCY));
      require (asked == (cramp_self_check_get_stopped_early (check) ? 1u : 16u));
    }
}
END_TEST

static Suite *
self_check_suite (void)
{
  Suite *suite = suite_create ("self-check");
  TCase *walk = tcase_create ("walk");
  TCase *cases = tcase_create ("cases");
  TCase *all = tcase_create ("all answers");

  tcase_add_checked_fixture (walk, setup, teardown);
  tcase_add_test (walk, test_opens_on_the_emergency_signs);
  tcase_add_test (walk, test_single_choice_keeps_one_answer);
  tcase_add_test (walk, test_none_of_these_excludes_the_rest);
  tcase_add_test (walk, test_walks_forward_skips_and_back);
  tcase_add_test (walk, test_an_emergency_sign_ends_the_questions);
  tcase_add_test (walk, test_starts_at_a_region);
  suite_add_tcase (suite, walk);

  tcase_add_checked_fixture (cases, setup, teardown);
  tcase_add_test (cases, test_calf_pain_on_walking_that_eases_with_rest);
  tcase_add_test (cases, test_one_cold_pale_foot);
  tcase_add_test (cases, test_night_cramps_after_standing_in_tight_shoes);
  tcase_add_test (cases, test_factors_are_ranked_by_their_answers);
  suite_add_tcase (suite, cases);

  tcase_add_checked_fixture (all, setup, teardown);
  tcase_set_timeout (all, 0);
  tcase_add_test (all, test_every_red_flag_combination_with_every_other_answer);
  tcase_add_test (all, test_random_complete_answer_sets);
  suite_add_tcase (suite, all);

  return suite;
}

int
main (void)
{
  return test_run_suite (self_check_suite ());
}
