/* test-content.c: the real content file against the article and the evidence brief
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>
#include <string.h>

#include "cramp-atlas.h"
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

/* The regions the drawings and the article name, in anatomical order. */
static const char *const region_ids[] = {
  "toes",
  "arch",
  "heel",
  "tarsal-tunnel",
  "ankle",
  "lower-calf",
};

START_TEST (test_regions)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);

  ck_assert_uint_eq (regions->len, G_N_ELEMENTS (region_ids));
  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      ck_assert_str_eq (region->id, region_ids[i]);
      ck_assert_msg (region->factors->len > 0, "no factor concerns %s", region->id);
    }
}
END_TEST

START_TEST (test_groups_follow_the_article)
{
  static const char *const group_ids[] = { "lifestyle", "nutritional", "systemic", "medication" };
  GPtrArray               *groups = cramp_atlas_get_groups (atlas);

  ck_assert_uint_eq (groups->len, G_N_ELEMENTS (group_ids));
  for (guint i = 0; i < groups->len; i++)
    ck_assert_str_eq (((CrampGroup *) g_ptr_array_index (groups, i))->id, group_ids[i]);
}
END_TEST

/* Every factor of the article, with the group and the evidence level that
 * the evidence brief gives it, and words its text must use to teach what
 * the brief says it should. */
typedef struct
{
  const char   *id;
  const char   *group;
  CrampEvidence evidence;
  const char   *must_mention[4];
  const char   *regions[6];
} ArticleFactor;

static const ArticleFactor article_factors[] = {
  { "dehydration", "lifestyle", CRAMP_EVIDENCE_CONTESTED, { "sweat", "sodium", "no more dehydrated", "dangerous" }, { "arch", "toes", "lower-calf" } },
  { "muscle-fatigue", "lifestyle", CRAMP_EVIDENCE_PLAUSIBLE, { "muscle spindles", "Golgi tendon organs", "leading theory" }, { "arch", "toes", "lower-calf" } },
  { "footwear", "lifestyle", CRAMP_EVIDENCE_PLAUSIBLE, { "high heels", "arch", "has not been shown" }, { "arch", "toes", "lower-calf" } },
  { "static-posture", "lifestyle", CRAMP_EVIDENCE_PLAUSIBLE, { "Standing", "toes pointed" }, { "arch", "lower-calf" } },
  { "electrolytes", "nutritional", CRAMP_EVIDENCE_ESTABLISHED, { "Sodium", "potassium", "calcium", "blood tests are usually normal" }, { "toes" } },
  { "magnesium", "nutritional", CRAMP_EVIDENCE_CONTESTED, { "Cochrane", "1978", "no meaningful difference", "pregnancy" }, { "lower-calf" } },
  { "b-vitamins", "nutritional", CRAMP_EVIDENCE_ESTABLISHED, { "B12", "numbness" }, { "toes" } },
  { "vitamin-d", "nutritional", CRAMP_EVIDENCE_ESTABLISHED, { "calcium", "no good trial" }, { "arch" } },
  { "peripheral-artery-disease", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "claudication", "rest", "colder", "not strictly a cramp" }, { "lower-calf", "arch", "toes" } },
  { "neuropathy", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "diabetes", "one in two", "ulcer", "tingling" }, { "toes", "arch" } },
  { "tarsal-tunnel-syndrome", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "posterior tibial nerve", "flexor retinaculum", "uncommon", "tingling" }, { "tarsal-tunnel", "heel", "arch", "toes" } },
  { "diuretics", "medication", CRAMP_EVIDENCE_CONTESTED, { "potassium-sparing", "evidence-based reviews", "association", "Never stop" }, { "lower-calf" } },
  { "statins", "medication", CRAMP_EVIDENCE_CONTESTED, { "27.1%", "26.6%", "1 report in 15", "Do not stop" }, { "lower-calf" } },
};

static char *
factor_text (const CrampFactor *factor)
{
  return g_strjoin (" ", factor->name, factor->summary, factor->mechanism,
                    factor->evidence_note, factor->self_care ? factor->self_care : "", NULL);
}

START_TEST (test_article_factor)
{
  const ArticleFactor *expected = &article_factors[_i];
  const CrampFactor   *factor = cramp_atlas_lookup_factor (atlas, expected->id);
  g_autofree char     *text = NULL;

  ck_assert_msg (factor != NULL, "the factor %s is missing", expected->id);
  ck_assert_str_eq (factor->group->id, expected->group);
  ck_assert_msg (factor->evidence == expected->evidence, "%s is %s, expected %s", factor->id,
                 cramp_evidence_to_string (factor->evidence),
                 cramp_evidence_to_string (expected->evidence));
  ck_assert_uint_gt (factor->sources->len, 0);

  text = factor_text (factor);
  for (guint i = 0; i < G_N_ELEMENTS (expected->must_mention) && expected->must_mention[i]; i++)
    ck_assert_msg (strstr (text, expected->must_mention[i]) != NULL,
                   "%s does not mention “%s”", factor->id, expected->must_mention[i]);

  for (guint i = 0; i < G_N_ELEMENTS (expected->regions) && expected->regions[i]; i++)
    ck_assert_msg (g_ptr_array_find (factor->regions,
                                     cramp_atlas_lookup_region (atlas, expected->regions[i]), NULL),
                   "%s does not concern %s", factor->id, expected->regions[i]);
}
END_TEST

/* Causes where the brief is silent, added so that the self-check can name
 * what a person with these cramps has: each is sourced like the rest. */
static const ArticleFactor further_factors[] = {
  { "pregnancy", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "Cochrane", "low-certainty", "midwife", "swollen" }, { "lower-calf" } },
  { "liver-disease", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "cirrhosis", "more than half", "liver team" }, { "lower-calf" } },
  { "kidney-disease", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "haemodialysis", "dialysis team", "cannot clear" }, { "lower-calf" } },
  { "restless-legs", "systemic", CRAMP_EVIDENCE_ESTABLISHED, { "not a cramp", "urge", "iron" }, { "lower-calf" } },
  { "other-medicines", "medication", CRAMP_EVIDENCE_PLAUSIBLE, { "inhalers", "raloxifene", "association", "Do not stop" }, { "lower-calf" } },
};

START_TEST (test_further_factor)
{
  const ArticleFactor *expected = &further_factors[_i];
  const CrampFactor   *factor = cramp_atlas_lookup_factor (atlas, expected->id);
  g_autofree char     *text = NULL;

  ck_assert_msg (factor != NULL, "the factor %s is missing", expected->id);
  ck_assert_str_eq (factor->group->id, expected->group);
  ck_assert_int_eq (factor->evidence, expected->evidence);
  ck_assert_uint_gt (factor->sources->len, 0);

  text = factor_text (factor);
  for (guint i = 0; i < G_N_ELEMENTS (expected->must_mention) && expected->must_mention[i]; i++)
    ck_assert_msg (strstr (text, expected->must_mention[i]) != NULL,
                   "%s does not mention “%s”", factor->id, expected->must_mention[i]);
}
END_TEST

START_TEST (test_no_factor_beyond_these)
{
  ck_assert_uint_eq (cramp_atlas_get_factors (atlas)->len,
                     G_N_ELEMENTS (article_factors) + G_N_ELEMENTS (further_factors));
}
END_TEST

static void
add_all (GHashTable *set,
         GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (set, g_ptr_array_index (items, i));
}

START_TEST (test_every_source_is_cited_and_secure)
{
  GPtrArray *sources = cramp_atlas_get_sources (atlas);
  GPtrArray *factors = cramp_atlas_get_factors (atlas);
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  GPtrArray *tips = cramp_atlas_get_tips (atlas);
  g_autoptr (GHashTable) cited = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < factors->len; i++)
    add_all (cited, ((CrampFactor *) g_ptr_array_index (factors, i))->sources);
  for (guint i = 0; i < flags->len; i++)
    add_all (cited, ((CrampRedFlag *) g_ptr_array_index (flags, i))->sources);
  for (guint i = 0; i < tips->len; i++)
    add_all (cited, ((CrampTip *) g_ptr_array_index (tips, i))->sources);

  for (guint i = 0; i < sources->len; i++)
    {
      const CrampSource *source = g_ptr_array_index (sources, i);

      ck_assert_msg (g_hash_table_contains (cited, source), "%s is never cited", source->id);
      ck_assert (g_str_has_prefix (source->address, "https://"));
    }
}
END_TEST

/* The red flags of the evidence brief, each at its tier, and those the
 * self-check adds for the leg problems it must not miss (issue 12). */
typedef struct
{
  const char *id;
  CrampTier   tier;
} ExpectedFlag;

static const ExpectedFlag brief_red_flags[] = {
  { "cold-pale-foot", CRAMP_TIER_EMERGENCY },
  { "breathless-with-leg-pain", CRAMP_TIER_EMERGENCY },
  { "swollen-warm-calf", CRAMP_TIER_URGENT },
  { "cramp-over-ten-minutes", CRAMP_TIER_URGENT },
  { "wound-or-toxin", CRAMP_TIER_URGENT },
  { "infected-foot-sore", CRAMP_TIER_URGENT },
  { "diabetic-foot-wound", CRAMP_TIER_URGENT },
  { "statin-muscle-pain", CRAMP_TIER_URGENT },
  { "bleeding-after-quinine", CRAMP_TIER_URGENT },
  { "frequent-cramps", CRAMP_TIER_SOON },
  { "numbness-tingling-swelling", CRAMP_TIER_SOON },
  { "pain-on-walking", CRAMP_TIER_SOON },
  { "slow-sores-colour-change", CRAMP_TIER_SOON },
  { "weakness-wasting", CRAMP_TIER_SOON },
  { "self-care-not-helping", CRAMP_TIER_SOON },
  { "after-new-medicine", CRAMP_TIER_SOON },
};

static const ExpectedFlag further_red_flags[] = {
  { "tetanus-signs", CRAMP_TIER_EMERGENCY },
  { "tetany-with-breathing", CRAMP_TIER_EMERGENCY },
  { "sepsis-signs", CRAMP_TIER_EMERGENCY },
  { "possible-clot", CRAMP_TIER_URGENT },
  { "spreading-skin-infection", CRAMP_TIER_URGENT },
  { "joint-infection", CRAMP_TIER_URGENT },
  { "achilles-rupture", CRAMP_TIER_URGENT },
  { "cannot-bear-weight", CRAMP_TIER_URGENT },
  { "rest-pain", CRAMP_TIER_URGENT },
  { "dark-toe", CRAMP_TIER_URGENT },
  { "sore-poor-circulation", CRAMP_TIER_URGENT },
  { "tetany-after-surgery", CRAMP_TIER_URGENT },
  { "diuretic-fluid-loss", CRAMP_TIER_URGENT },
  { "pregnancy-warning-signs", CRAMP_TIER_URGENT },
  { "long-cramps", CRAMP_TIER_SOON },
  { "hot-joint", CRAMP_TIER_SOON },
  { "calf-tender", CRAMP_TIER_SOON },
  { "calf-unsure", CRAMP_TIER_SOON },
  { "tetany-signs", CRAMP_TIER_SOON },
};

static void
assert_flags (const ExpectedFlag *expected,
              guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      const CrampRedFlag *flag = cramp_atlas_lookup_red_flag (atlas, expected[i].id);

      ck_assert_msg (flag != NULL, "there is no red flag “%s”", expected[i].id);
      ck_assert_msg (flag->tier == expected[i].tier, "%s has the tier %s", flag->id,
                     cramp_tier_to_string (flag->tier));
      ck_assert_uint_gt (flag->sources->len, 0);
    }
}

START_TEST (test_red_flags_match_the_brief)
{
  assert_flags (brief_red_flags, G_N_ELEMENTS (brief_red_flags));
  assert_flags (further_red_flags, G_N_ELEMENTS (further_red_flags));
  ck_assert_uint_eq (cramp_atlas_get_red_flags (atlas)->len,
                     G_N_ELEMENTS (brief_red_flags) + G_N_ELEMENTS (further_red_flags));
}
END_TEST

static const CrampTip *
find_tip (const char *id)
{
  GPtrArray *tips = cramp_atlas_get_tips (atlas);

  for (guint i = 0; i < tips->len; i++)
    if (g_str_equal (((CrampTip *) g_ptr_array_index (tips, i))->id, id))
      return g_ptr_array_index (tips, i);

  ck_abort_msg ("there is no tip “%s”", id);
  return NULL;
}

START_TEST (test_self_care_warns_what_the_sources_warn)
{
  static const struct
  {
    const char  *id;
    CrampTipKind kind;
    const char  *mentions;
  } tips[] = {
    { "stretch-during", CRAMP_TIP_DURING, "toes back toward you" },
    { "painkillers-too-slow", CRAMP_TIP_DURING, "too slowly" },
    { "stretch-before-bed", CRAMP_TIP_PREVENT, "low certainty" },
    { "no-quinine", CRAMP_TIP_AVOID, "quinine" },
    { "no-magnesium-for-night-cramps", CRAMP_TIP_AVOID, "older people" },
    { "keep-taking-medicines", CRAMP_TIP_AVOID, "prescriber" },
    { "no-over-drinking", CRAMP_TIP_AVOID, "sodium" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tips); i++)
    {
      const CrampTip *tip = find_tip (tips[i].id);

      ck_assert_int_eq (tip->kind, tips[i].kind);
      ck_assert_msg (strstr (tip->text, tips[i].mentions) != NULL, "%s", tip->id);
      ck_assert_uint_gt (tip->sources->len, 0);
    }
}
END_TEST

/* The topics of the self-check, in the order triage asks them: emergency
 * signs, who the person is, injury and infection, how it began, then the
 * cramps. */
static const char *const question_ids[] = {
  "emergency",
  "age",
  "sex",
  "pregnancy",
  "pregnancy-signs",
  "injury",
  "infection",
  "onset",
  "sides",
  "where",
  "when",
  "duration",
  "frequency",
  "activity",
  "shoes",
  "fluids",
  "medicines",
  "statin-effects",
  "quinine-effects",
  "conditions",
  "clot-risk",
  "smoking",
  "sensation",
  "feet",
  "calf",
  "self-care",
};

START_TEST (test_questions_ask_emergency_signs_first)
{
  GPtrArray           *questions = cramp_atlas_get_questions (atlas);
  const CrampQuestion *first;
  guint                emergencies = 0;

  ck_assert_uint_eq (questions->len, G_N_ELEMENTS (question_ids));
  for (guint i = 0; i < questions->len; i++)
    ck_assert_str_eq (((CrampQuestion *) g_ptr_array_index (questions, i))->id, question_ids[i]);

  first = g_ptr_array_index (questions, 0);
  ck_assert_int_eq (first->kind, CRAMP_QUESTION_CHECKLIST);
  ck_assert (!first->optional);
  ck_assert_uint_eq (first->if_any->len, 0);
  for (guint i = 0; i < first->answers->len; i++)
    {
      const CrampAnswer *answer = g_ptr_array_index (first->answers, i);

      ck_assert (answer->none || answer->flag != NULL);
      emergencies += answer->flag != NULL && answer->flag->tier == CRAMP_TIER_EMERGENCY;
    }
  ck_assert_uint_eq (emergencies, 5);
}
END_TEST

static gboolean
rule_raises (const CrampRedFlag *flag)
{
  GPtrArray *rules = cramp_atlas_get_rules (atlas);

  for (guint i = 0; i < rules->len; i++)
    if (((CrampRule *) g_ptr_array_index (rules, i))->flag == flag)
      return TRUE;

  return FALSE;
}

/* Each red flag can be raised by some answer or rule, so that the
 * self-check asks after every one. */
START_TEST (test_every_red_flag_is_asked)
{
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  for (guint i = 0; i < flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (flags, i);
      gboolean            asked = rule_raises (flag);

      for (guint j = 0; j < questions->len && !asked; j++)
        {
          const CrampQuestion *question = g_ptr_array_index (questions, j);

          for (guint k = 0; k < question->answers->len; k++)
            asked |= ((CrampAnswer *) g_ptr_array_index (question->answers, k))->flag == flag;
        }

      ck_assert_msg (asked, "no answer or rule raises the red flag “%s”", flag->id);
    }
}
END_TEST

/* Every factor can come out of the self-check, and every region can be
 * chosen as the place of the cramps. */
START_TEST (test_answers_reach_every_factor_and_region)
{
  GPtrArray *factors = cramp_atlas_get_factors (atlas);
  GPtrArray *questions = cramp_atlas_get_questions (atlas);
  g_autoptr (GHashTable) reached = g_hash_table_new (NULL, NULL);
  const CrampQuestion *where = cramp_atlas_lookup_question (atlas, "where");

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          for (guint k = 0; k < answer->factors->len; k++)
            g_hash_table_add (reached, g_ptr_array_index (answer->factors, k));
          for (guint k = 0; k < answer->hints->len; k++)
            g_hash_table_add (reached, g_ptr_array_index (answer->hints, k));
        }
    }

  for (guint i = 0; i < factors->len; i++)
    ck_assert_msg (g_hash_table_contains (reached, g_ptr_array_index (factors, i)),
                   "no answer points to “%s”", ((CrampFactor *) g_ptr_array_index (factors, i))->id);

  for (guint i = 0; i < G_N_ELEMENTS (region_ids); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < where->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (where->answers, j);

          found |= answer->region != NULL && g_str_equal (answer->region->id, region_ids[i]);
        }
      ck_assert_msg (found, "“where” has no answer for “%s”", region_ids[i]);
    }
}
END_TEST

static Suite *
content_suite (void)
{
  Suite *suite = suite_create ("content");
  TCase *tcase = tcase_create ("atlas.xml");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_regions);
  tcase_add_test (tcase, test_groups_follow_the_article);
  tcase_add_loop_test (tcase, test_article_factor, 0, G_N_ELEMENTS (article_factors));
  tcase_add_loop_test (tcase, test_further_factor, 0, G_N_ELEMENTS (further_factors));
  tcase_add_test (tcase, test_no_factor_beyond_these);
  tcase_add_test (tcase, test_every_source_is_cited_and_secure);
  tcase_add_test (tcase, test_red_flags_match_the_brief);
  tcase_add_test (tcase, test_self_care_warns_what_the_sources_warn);
  tcase_add_test (tcase, test_questions_ask_emergency_signs_first);
  tcase_add_test (tcase, test_every_red_flag_is_asked);
  tcase_add_test (tcase, test_answers_reach_every_factor_and_region);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (content_suite ());
}
