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

/* The questions asked of a man, who is asked nothing about pregnancy, and
 * of nobody about a statin or quinine they do not take. */
#define N_QUESTIONS_FOR_EVERYONE 22

START_TEST (test_opens_on_the_emergency_signs)
{
  ck_assert_uint_eq (cramp_self_check_get_position (check), 0);
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), N_QUESTIONS_FOR_EVERYONE);
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

  for (guint i = 0; i < 11; i++)
    answer_and_go_on (test_tight_shoes_answers[i]);
  ck_assert_str_eq (question_id (), "activity");
  ck_assert_uint_eq (cramp_self_check_get_position (check), 11);
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
  ck_assert (cramp_self_check_is_chosen (check, answer ("frequency-monthly")));
  ck_assert (cramp_self_check_is_chosen (check, answer ("where-arch")));
  ck_assert_uint_eq (positions, 14);

  while (!cramp_self_check_get_finished (check))
    {
      const CrampQuestion *question = cramp_self_check_get_question (check);

      if (!cramp_self_check_is_answered (check, question))
        cramp_self_check_set_chosen (check, g_ptr_array_index (question->answers, 0), TRUE);
      ck_assert (cramp_self_check_next (check));
    }

  ck_assert_uint_eq (finished, 1);
  ck_assert (!cramp_self_check_get_stopped_early (check));
  ck_assert_ptr_null (cramp_self_check_get_question (check));
  ck_assert_uint_eq (cramp_self_check_get_position (check), cramp_self_check_get_n_questions (check));
  ck_assert (!cramp_self_check_next (check));

  cramp_self_check_restart (check);
  ck_assert_str_eq (question_id (), "emergency");
  ck_assert (!cramp_self_check_is_chosen (check, answer ("where-arch")));
  ck_assert (!cramp_self_check_can_go_back (check));
  ck_assert_uint_eq (finished, 2);
}
END_TEST

/* Pregnancy is asked of those who could be pregnant, and a question about
 * a medicine only of those who take it. */
START_TEST (test_questions_ask_only_what_applies)
{
  const CrampQuestion *pregnancy = cramp_atlas_lookup_question (atlas, "pregnancy");

  answer_and_go_on ("emergency-none");
  answer_and_go_on ("age-16-to-49");
  choose ("sex-male");
  ck_assert (!cramp_self_check_applies (check, pregnancy));
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), N_QUESTIONS_FOR_EVERYONE);

  choose ("sex-female");
  ck_assert (cramp_self_check_applies (check, pregnancy));
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), N_QUESTIONS_FOR_EVERYONE + 1);
  ck_assert (cramp_self_check_next (check));
  ck_assert_str_eq (question_id (), "pregnancy");

  /* Pregnant: the signs of pre-eclampsia are asked too. */
  answer_and_go_on ("pregnancy-yes");
  ck_assert_str_eq (question_id (), "pregnancy-signs");
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), N_QUESTIONS_FOR_EVERYONE + 2);
  ck_assert_uint_eq (cramp_self_check_get_position (check), 4);

  /* Back to the age: at 65 or over, the pregnancy questions and their
   * answers go, and the walk goes on without them. */
  while (!g_str_equal (question_id (), "age"))
    ck_assert (cramp_self_check_back (check));
  choose ("age-65-or-over");
  ck_assert (!cramp_self_check_applies (check, pregnancy));
  ck_assert (!cramp_self_check_is_chosen (check, answer ("pregnancy-yes")));
  ck_assert_uint_eq (cramp_self_check_get_n_questions (check), N_QUESTIONS_FOR_EVERYONE);
  ck_assert (cramp_self_check_next (check));
  ck_assert (cramp_self_check_next (check));
  ck_assert_str_eq (question_id (), "injury");

  /* A statin brings its own question, right after the medicines. */
  ck_assert (!cramp_self_check_applies (check, cramp_atlas_lookup_question (atlas, "statin-effects")));
  choose ("medicines-statin");
  ck_assert (cramp_self_check_applies (check, cramp_atlas_lookup_question (atlas, "statin-effects")));
  choose ("statin-effects-yes");
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_URGENT);
  cramp_self_check_set_chosen (check, answer ("medicines-statin"), FALSE);
  ck_assert (!cramp_self_check_is_chosen (check, answer ("statin-effects-yes")));
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_SELF_CARE);
}
END_TEST

START_TEST (test_an_emergency_sign_ends_the_questions)
{
  const CrampQuestion *emergency = cramp_atlas_lookup_question (atlas, "emergency");
  guint                signs = 0;

  for (guint i = 0; i < emergency->answers->len; i++)
    {
      const CrampAnswer *sign = g_ptr_array_index (emergency->answers, i);
      g_autoptr (CrampSelfCheckResult) result = NULL;

      if (sign->none)
        continue;
      signs++;
      cramp_self_check_restart (check);
      answer_and_go_on (sign->id);
      ck_assert (cramp_self_check_get_finished (check));
      ck_assert (cramp_self_check_get_stopped_early (check));

      result = cramp_self_check_evaluate (check);
      ck_assert_int_eq (result->tier, CRAMP_TIER_EMERGENCY);
      ck_assert_uint_eq (result->answers->len, 1);
      ck_assert_uint_eq (result->tips->len, 0);
      ck_assert_ptr_nonnull (((CrampRedFlag *) g_ptr_array_index (result->flags, 0))->concern);

      /* Back to the question, with the sign still ticked. */
      ck_assert (cramp_self_check_back (check));
      ck_assert_str_eq (question_id (), "emergency");
      ck_assert (!cramp_self_check_get_stopped_early (check));
      ck_assert (cramp_self_check_is_chosen (check, sign));
    }

  ck_assert_uint_eq (signs, 5);
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

  choose ("emergency-none");
  choose ("where-lower-calf");
  choose ("when-walking");
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
  choose ("feet-colour");
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
  ck_assert_ptr_eq (result->advice, cramp_atlas_get_tier_advice (atlas, CRAMP_TIER_SELF_CARE));
  ck_assert_uint_eq (result->flags->len, 0);
  ck_assert_str_eq (first_factor (result), "static-posture");
  ck_assert (has_factor (result, "footwear"));
  ck_assert (has_factor (result, "muscle-fatigue"));
  ck_assert (!has_factor (result, "peripheral-artery-disease"));
  ck_assert_uint_eq (result->answers->len, TEST_N_TIGHT_SHOES_ANSWERS);
  ck_assert_uint_eq (result->tips->len, cramp_atlas_get_tips (atlas)->len);
}
END_TEST

/* Ranking */

static guint
rank_of (CrampSelfCheckResult *result,
         const char           *id)
{
  for (guint i = 0; i < result->factors->len; i++)
    if (g_str_equal (((CrampFactorReason *) g_ptr_array_index (result->factors, i))->factor->id, id))
      return i;

  ck_abort_msg ("“%s” is not among the factors", id);
  return G_MAXUINT;
}

/* An answer specific to a cause outranks the general hints of "at night",
 * and the region the person named counts. */
START_TEST (test_specific_answers_outrank_general_ones)
{
  g_autoptr (CrampSelfCheckResult) sprain = NULL;
  g_autoptr (CrampSelfCheckResult) furosemide = NULL;

  choose ("injury-minor");
  choose ("where-tarsal-tunnel");
  choose ("when-night");
  choose ("sensation-inner-ankle");
  sprain = cramp_self_check_evaluate (check);
  ck_assert_str_eq (first_factor (sprain), "tarsal-tunnel-syndrome");
  ck_assert_uint_eq (((CrampFactorReason *) g_ptr_array_index (sprain->factors, 0))->score,
                     CRAMP_SCORE_FACTOR + CRAMP_SCORE_HINT + CRAMP_SCORE_REGION);

  cramp_self_check_restart (check);
  choose ("when-night");
  choose ("where-lower-calf");
  choose ("medicines-diuretic");
  choose ("medicines-new");
  furosemide = cramp_self_check_evaluate (check);
  ck_assert_str_eq (first_factor (furosemide), "diuretics");
  ck_assert_uint_lt (rank_of (furosemide, "diuretics"), rank_of (furosemide, "muscle-fatigue"));
}
END_TEST

/* Equal scores go to the stronger evidence, then to the content's order. */
START_TEST (test_ties_are_broken_the_same_way_every_time)
{
  g_autoptr (CrampSelfCheckResult) result = NULL;

  /* Each scores a hint and the region of the calf: fatigue is plausible,
   * as is standing; fatigue comes first in the content. */
  choose ("when-night");
  choose ("where-lower-calf");
  result = cramp_self_check_evaluate (check);
  ck_assert_uint_eq (result->factors->len, 2);
  ck_assert_str_eq (first_factor (result), "muscle-fatigue");

  /* A specific answer for electrolytes (established) and one for magnesium
   * (contested) would tie; the established one comes first. */
  cramp_self_check_restart (check);
  choose ("sensation-tetany");
  choose ("medicines-diuretic");
  g_clear_pointer (&result, cramp_self_check_result_free);
  result = cramp_self_check_evaluate (check);
  ck_assert_uint_lt (rank_of (result, "electrolytes"), rank_of (result, "magnesium"));
  for (guint i = 1; i < result->factors->len; i++)
    {
      CrampFactorReason *before = g_ptr_array_index (result->factors, i - 1);
      CrampFactorReason *reason = g_ptr_array_index (result->factors, i);

      ck_assert_uint_ge (before->score, reason->score);
      if (before->score == reason->score)
        ck_assert_int_le (before->factor->evidence, reason->factor->evidence);
    }
}
END_TEST

/* Rules */

START_TEST (test_diabetes_and_any_foot_sore_is_urgent)
{
  static const char *const sores[] = { "feet-wound", "feet-slow-sore", "feet-dark-toe", "infection-sore" };

  choose ("feet-wound");
  ck_assert_int_lt (cramp_self_check_get_tier (check), CRAMP_TIER_URGENT);
  for (guint i = 0; i < G_N_ELEMENTS (sores); i++)
    {
      g_autoptr (CrampSelfCheckResult) result = NULL;

      cramp_self_check_restart (check);
      choose ("conditions-diabetes");
      choose (sores[i]);
      result = cramp_self_check_evaluate (check);
      ck_assert_int_eq (result->tier, CRAMP_TIER_URGENT);
      ck_assert (has_flag (result, "diabetic-foot-wound"));
      ck_assert_ptr_eq (g_ptr_array_index (result->rules, 0), cramp_atlas_lookup_rule (atlas, "diabetes-and-foot-wound"));
    }
}
END_TEST

START_TEST (test_a_rule_needs_every_clause)
{
  const CrampRule *rule = cramp_atlas_lookup_rule (atlas, "new-sore-calf-in-one-leg");

  ck_assert_ptr_nonnull (rule);
  choose ("calf-tender");
  choose ("sides-one");
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_SOON);
  choose ("onset-long");
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_SOON);
  choose ("onset-weeks");
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_URGENT);
  choose ("sides-both");
  ck_assert_int_eq (cramp_self_check_get_tier (check), CRAMP_TIER_SOON);
}
END_TEST

/* Self-care */

START_TEST (test_no_cramp_self_care_where_it_could_harm)
{
  g_autoptr (CrampSelfCheckResult) clot = NULL;
  g_autoptr (CrampSelfCheckResult) unsure = NULL;
  g_autoptr (CrampSelfCheckResult) frequent = NULL;

  choose ("calf-yes");
  clot = cramp_self_check_evaluate (check);
  ck_assert_int_eq (clot->tier, CRAMP_TIER_URGENT);
  ck_assert_uint_eq (clot->tips->len, 0);

  /* Not sure about the calf: an appointment, and no rubbing or heat. */
  cramp_self_check_restart (check);
  choose ("calf-unsure");
  unsure = cramp_self_check_evaluate (check);
  ck_assert_int_eq (unsure->tier, CRAMP_TIER_SOON);
  ck_assert_uint_eq (unsure->tips->len, 0);

  cramp_self_check_restart (check);
  choose ("frequency-often");
  frequent = cramp_self_check_evaluate (check);
  ck_assert_int_eq (frequent->tier, CRAMP_TIER_SOON);
  ck_assert_uint_gt (frequent->tips->len, 0);
}
END_TEST

/* Every combination of red flags and rules, with every other answer */

/* A way to raise a red flag: an answer that raises it, or a rule with the
 * fewest answers that satisfy it. */
typedef struct
{
  GPtrArray *answers;
  CrampTier  tier;
} Trigger;

static void
add_with_conditions (GPtrArray         *answers,
                     const CrampAnswer *given)
{
  /* A question that applies only after some answer needs that answer first. */
  if (given->question->if_any->len > 0)
    add_with_conditions (answers, g_ptr_array_index (given->question->if_any, 0));
  if (!g_ptr_array_find (answers, given, NULL))
    g_ptr_array_add (answers, (gpointer) given);
}

static GArray *
collect_triggers (void)
{
  GArray    *triggers = g_array_new (FALSE, FALSE, sizeof (Trigger));
  GPtrArray *questions = cramp_atlas_get_questions (atlas);
  GPtrArray *rules = cramp_atlas_get_rules (atlas);

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *given = g_ptr_array_index (question->answers, j);
          Trigger            trigger = { g_ptr_array_new (), CRAMP_TIER_SELF_CARE };

          if (given->flag == NULL)
            {
              g_ptr_array_unref (trigger.answers);
              continue;
            }
          add_with_conditions (trigger.answers, given);
          trigger.tier = given->flag->tier;
          g_array_append_val (triggers, trigger);
        }
    }

  for (guint i = 0; i < rules->len; i++)
    {
      const CrampRule *rule = g_ptr_array_index (rules, i);
      Trigger          trigger = { g_ptr_array_new (), rule->flag->tier };

      for (guint j = 0; j < rule->clauses->len; j++)
        {
          const CrampClause *clause = g_ptr_array_index (rule->clauses, j);

          for (guint k = 0; k < clause->at_least; k++)
            add_with_conditions (trigger.answers, g_ptr_array_index (clause->answers, k));
        }
      g_array_append_val (triggers, trigger);
    }

  return triggers;
}

static void
free_triggers (GArray *triggers)
{
  for (guint i = 0; i < triggers->len; i++)
    g_ptr_array_unref (g_array_index (triggers, Trigger, i).answers);
  g_array_unref (triggers);
}

static GPtrArray *
all_answers (void)
{
  GPtrArray *answers = g_ptr_array_new ();
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  for (guint i = 0; i < questions->len; i++)
    g_ptr_array_extend (answers, ((CrampQuestion *) g_ptr_array_index (questions, i))->answers, NULL, NULL);

  return answers;
}

/* The tier that the chosen answers call for, worked out here from the red
 * flags and the rules as the content states them. */
static CrampTier
tier_of_choices (void)
{
  GPtrArray *answers = all_answers ();
  GPtrArray *rules = cramp_atlas_get_rules (atlas);
  CrampTier  tier = CRAMP_TIER_SELF_CARE;

  for (guint i = 0; i < answers->len; i++)
    {
      const CrampAnswer *given = g_ptr_array_index (answers, i);

      if (given->flag != NULL && cramp_self_check_is_chosen (check, given))
        tier = MAX (tier, given->flag->tier);
    }

  for (guint i = 0; i < rules->len; i++)
    {
      const CrampRule *rule = g_ptr_array_index (rules, i);
      gboolean         holds = TRUE;

      for (guint j = 0; holds && j < rule->clauses->len; j++)
        {
          const CrampClause *clause = g_ptr_array_index (rule->clauses, j);
          guint              count = 0;

          for (guint k = 0; k < clause->answers->len; k++)
            count += cramp_self_check_is_chosen (check, g_ptr_array_index (clause->answers, k));
          holds = count >= clause->at_least;
        }
      if (holds)
        tier = MAX (tier, rule->flag->tier);
    }

  g_ptr_array_unref (answers);
  return tier;
}

static gboolean
all_chosen (GPtrArray *answers)
{
  for (guint i = 0; i < answers->len; i++)
    if (!cramp_self_check_is_chosen (check, g_ptr_array_index (answers, i)))
      return FALSE;

  return TRUE;
}

static void
choose_all (GPtrArray *answers)
{
  for (guint i = 0; i < answers->len; i++)
    cramp_self_check_set_chosen (check, g_ptr_array_index (answers, i), TRUE);
}

/* After choosing @other as well as the triggers, the tier is what the
 * choices call for, and no less than any trigger still whole calls for. */
static void
check_with (const Trigger     *first,
            const Trigger     *second,
            const Trigger     *third,
            const CrampAnswer *other)
{
  const Trigger *triggers[] = { first, second, third };
  CrampTier      tier;

  cramp_self_check_restart (check);
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    if (triggers[i] != NULL)
      choose_all (triggers[i]->answers);
  if (other != NULL)
    cramp_self_check_set_chosen (check, other, TRUE);

  tier = cramp_self_check_get_tier (check);
  if (tier != tier_of_choices ())
    ck_abort_msg ("with “%s”, the tier is %s, not %s", other ? other->id : "nothing else",
                  cramp_tier_to_string (tier), cramp_tier_to_string (tier_of_choices ()));
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    if (triggers[i] != NULL && all_chosen (triggers[i]->answers))
      require (tier >= triggers[i]->tier);
}

START_TEST (test_every_pair_of_red_flags_and_rules_with_every_other_answer)
{
  GArray    *triggers = collect_triggers ();
  GPtrArray *answers = all_answers ();
  guint      n = triggers->len;

  ck_assert_uint_ge (n, 35);
  for (guint i = 0; i < n; i++)
    for (guint j = i; j < n; j++)
      for (guint k = 0; k <= answers->len; k++)
        check_with (&g_array_index (triggers, Trigger, i), &g_array_index (triggers, Trigger, j), NULL,
                    k < answers->len ? g_ptr_array_index (answers, k) : NULL);

  g_ptr_array_unref (answers);
  free_triggers (triggers);
}
END_TEST

START_TEST (test_every_three_red_flags_and_rules)
{
  GArray *triggers = collect_triggers ();
  guint   n = triggers->len;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      for (guint k = j + 1; k < n; k++)
        check_with (&g_array_index (triggers, Trigger, i), &g_array_index (triggers, Trigger, j),
                    &g_array_index (triggers, Trigger, k), NULL);

  free_triggers (triggers);
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

  /* Each answer of a checklist one time in three, or "none of these"; an
   * emergency sign one time in sixteen, so that most walks go on past it. */
  for (guint i = 0; i < n; i++)
    {
      const CrampAnswer *given = g_ptr_array_index (question->answers, i);
      gboolean           emergency = given->flag != NULL && given->flag->tier == CRAMP_TIER_EMERGENCY;

      if (!given->none && g_rand_int_range (rand, 0, emergency ? 16 : 3) == 0)
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
  gboolean held = FALSE;

  for (guint i = 0; i < result->answers->len; i++)
    {
      const CrampAnswer *given = g_ptr_array_index (result->answers, i);

      require (cramp_self_check_is_chosen (check, given));
      require (cramp_self_check_applies (check, given->question));
      if (given->flag != NULL)
        {
          require (has_flag (result, given->flag->id));
          require (result->tier >= given->flag->tier);
        }
      for (guint j = 0; j < given->factors->len; j++)
        require (has_factor (result, ((CrampFactor *) g_ptr_array_index (given->factors, j))->id));
      if (given->region != NULL)
        require (g_ptr_array_find (result->regions, given->region, NULL));
    }

  for (guint i = 0; i < result->flags->len; i++)
    held |= ((CrampRedFlag *) g_ptr_array_index (result->flags, i))->holds_self_care;

  require (result->tier == tier_of_choices ());
  require (result->advice->tier == result->tier);
  require ((result->tips->len == 0) == (held || result->tier >= CRAMP_TIER_URGENT));
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
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261130);
  guint finished = 0;

  for (guint run = 0; run < 50000; run++)
    {
      g_autoptr (CrampSelfCheckResult) result = NULL;
      guint asked = 0;

      start_randomly (rand);
      while (!cramp_self_check_get_finished (check))
        {
          const CrampQuestion *question = cramp_self_check_get_question (check);

          require (cramp_self_check_applies (check, question));
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
      require (asked == (cramp_self_check_get_stopped_early (check) ? 1u : cramp_self_check_get_n_questions (check)));
      finished += !cramp_self_check_get_stopped_early (check);
    }

  /* Most walks go all the way. */
  ck_assert_uint_gt (finished, 30000);
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
  tcase_add_test (walk, test_questions_ask_only_what_applies);
  tcase_add_test (walk, test_an_emergency_sign_ends_the_questions);
  tcase_add_test (walk, test_starts_at_a_region);
  suite_add_tcase (suite, walk);

  tcase_add_checked_fixture (cases, setup, teardown);
  tcase_add_test (cases, test_calf_pain_on_walking_that_eases_with_rest);
  tcase_add_test (cases, test_one_cold_pale_foot);
  tcase_add_test (cases, test_night_cramps_after_standing_in_tight_shoes);
  tcase_add_test (cases, test_specific_answers_outrank_general_ones);
  tcase_add_test (cases, test_ties_are_broken_the_same_way_every_time);
  tcase_add_test (cases, test_diabetes_and_any_foot_sore_is_urgent);
  tcase_add_test (cases, test_a_rule_needs_every_clause);
  tcase_add_test (cases, test_no_cramp_self_care_where_it_could_harm);
  suite_add_tcase (suite, cases);

  tcase_add_checked_fixture (all, setup, teardown);
  tcase_set_timeout (all, 0);
  tcase_add_test (all, test_every_pair_of_red_flags_and_rules_with_every_other_answer);
  tcase_add_test (all, test_every_three_red_flags_and_rules);
  tcase_add_test (all, test_random_complete_answer_sets);
  suite_add_tcase (suite, all);

  return suite;
}

int
main (void)
{
  return test_run_suite (self_check_suite ());
}
