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

/* Structures */

/* The views of one right foot, in the order of the anatomy reference
 * (content/anatomy.md in the shared folder), and what it says each shows,
 * as lists of ids. Bones, from its lines "Medial view shows: …" and
 * "Lateral view: …", and "Dorsal and plantar views: all 26"; soft tissue,
 * from its sections on the calf, the front of the leg, the outer side, the
 * sole, the flexor retinaculum, the tarsal tunnel, and the nerves and
 * vessels, by the side of the foot that each lies on. */
typedef struct
{
  const char *view;
  const char *name;
  const char *structures;
  /* What the reference places in the view but its drawing does not have
   * yet: the test fails once it does, so that it moves to the list above. */
  const char *not_drawn_yet;
} ViewStructures;

#define ALL_BONES_OF_THE_FOOT                                         \
  "calcaneus talus navicular cuboid "                                 \
  "medial-cuneiform intermediate-cuneiform lateral-cuneiform "        \
  "metatarsal-1 metatarsal-2 metatarsal-3 metatarsal-4 metatarsal-5 " \
  "phalanges-1 phalanges-2 phalanges-3 phalanges-4 phalanges-5 "

static const ViewStructures view_structures[] = {
  { "medial", "Inner side",
    /* Tibia and medial malleolus, talus, calcaneus with sustentaculum tali,
     * navicular, medial cuneiform, first metatarsal, big-toe phalanges,
     * sesamoids. */
    "tibia medial-malleolus talus calcaneus sustentaculum-tali navicular medial-cuneiform "
    "metatarsal-1 phalanges-1 sesamoids "
    /* The calf muscles and the Achilles tendon. */
    "gastrocnemius soleus achilles-tendon "
    /* The tarsal tunnel under the flexor retinaculum, front to back. */
    "flexor-retinaculum tibialis-posterior-tendon flexor-digitorum-longus-tendon "
    "posterior-tibial-artery posterior-tibial-veins tibial-nerve flexor-hallucis-longus-tendon "
    /* The tibial nerve's branches, from the tunnel. */
    "medial-plantar-nerve lateral-plantar-nerve calcaneal-branch "
    /* The inner edge of the sole; the great saphenous vein in front of the
     * medial malleolus. */
    "abductor-hallucis great-saphenous-vein",
    NULL },
  { "lateral", "Outer side",
    /* Fibula and lateral malleolus, talus, calcaneus (peroneal trochlea),
     * cuboid, lateral cuneiform edge, metatarsals IV–V with the fifth's
     * tuberosity, phalanges of the outer toes. */
    "fibula lateral-malleolus talus calcaneus fibular-trochlea cuboid lateral-cuneiform "
    "metatarsal-4 metatarsal-5 metatarsal-5-tuberosity phalanges-4 phalanges-5 "
    /* The calf muscles and the Achilles tendon. */
    "gastrocnemius soleus achilles-tendon "
    /* The front of the leg, "dorsal and lateral views". */
    "tibialis-anterior-tendon extensor-digitorum-longus-tendons extensor-retinaculum "
    /* The outer side: the fibularis tendons behind the lateral malleolus. */
    "fibularis-longus-tendon fibularis-brevis-tendon "
    /* The outer edge of the sole. */
    "abductor-digiti-minimi "
    /* The sural nerve and the small saphenous vein behind the lateral
     * malleolus. */
    "sural-nerve small-saphenous-vein",
    /* Extensor hallucis longus is of the front of the leg too. */
    "extensor-hallucis-longus-tendon" },
  { "plantar", "Sole",
    /* All 26 bones, and the sesamoids under the first metatarsal head. */
    ALL_BONES_OF_THE_FOOT "sesamoids "
                          /* The plantar fascia and the first layer of the sole. */
                          "plantar-fascia abductor-hallucis flexor-digitorum-brevis abductor-digiti-minimi "
                          /* The long flexor tendons of the second layer; fibularis longus, which
                           * turns under the cuboid to the sole. */
                          "flexor-digitorum-longus-tendon flexor-hallucis-longus-tendon fibularis-longus-tendon "
                          /* The plantar nerves and arteries; the calcaneal branch to the heel. */
                          "medial-plantar-nerve lateral-plantar-nerve calcaneal-branch "
                          "medial-plantar-artery lateral-plantar-artery "
                          /* The rest of the second layer. */
                          "quadratus-plantae lumbricals",
    NULL },
  { "dorsal", "Top",
    /* All 26 bones. */
    ALL_BONES_OF_THE_FOOT
    /* The front of the leg, held down by the extensor retinacula. */
    "tibialis-anterior-tendon extensor-hallucis-longus-tendon extensor-digitorum-longus-tendons "
    "extensor-retinaculum "
    /* The dorsalis pedis artery, which continues the anterior tibial artery,
     * with the deep fibular nerve; the superficial fibular nerve; the great
     * saphenous vein from the inner side of the foot. */
    "anterior-tibial-artery dorsalis-pedis-artery deep-fibular-nerve superficial-fibular-nerve "
    "great-saphenous-vein",
    NULL },
  { "posterior", "Rear",
    /* The two malleoli and the talus they hold, over the calcaneus. */
    "tibia medial-malleolus fibula lateral-malleolus talus calcaneus "
    /* The calf and the Achilles tendon. */
    "gastrocnemius soleus achilles-tendon "
    /* The deep tendons behind the medial malleolus, under the flexor
     * retinaculum; the fibularis tendons behind the lateral one. */
    "tibialis-posterior-tendon flexor-digitorum-longus-tendon flexor-hallucis-longus-tendon "
    "flexor-retinaculum fibularis-longus-tendon fibularis-brevis-tendon "
    /* Down the back of the calf. */
    "tibial-nerve posterior-tibial-artery sural-nerve small-saphenous-vein",
    NULL },
};

#undef ALL_BONES_OF_THE_FOOT

typedef struct
{
  GHashTable *structures; /* the ids of the elements of class "structure" */
  guint       defs_depth; /* how deep inside <defs>, where nothing is drawn */
} DrawnParts;

static void
drawn_start_cb (GMarkupParseContext *context,
                const char          *element,
                const char         **names,
                const char         **values,
                gpointer             user_data,
                GError             **error)
{
  DrawnParts *parts = user_data;
  const char *id = NULL;
  gboolean    structure = FALSE;

  if (parts->defs_depth > 0 || g_str_equal (element, "defs"))
    {
      parts->defs_depth++;
      return;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "class"))
        structure = g_str_equal (values[i], "structure");
    }

  if (id != NULL && structure)
    g_hash_table_add (parts->structures, g_strdup (id));
}

static void
drawn_end_cb (GMarkupParseContext *context,
              const char          *element,
              gpointer             user_data,
              GError             **error)
{
  DrawnParts *parts = user_data;

  if (parts->defs_depth > 0)
    parts->defs_depth--;
}

/* The structures that the drawing of @view draws. */
static GHashTable *
drawn_structures (const CrampView *view)
{
  static const GMarkupParser parser = { drawn_start_cb, drawn_end_cb, NULL, NULL, NULL };
  g_autofree char           *path = g_build_filename (TEST_DRAWINGS_DIR, view->drawing, NULL);
  g_autofree char           *data = NULL;
  g_autoptr (GError) error = NULL;
  DrawnParts parts = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), 0 };
  g_autoptr (GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &parts, NULL);

  ck_assert_msg (g_file_get_contents (path, &data, NULL, &error), "%s", error ? error->message : "");
  ck_assert_msg (g_markup_parse_context_parse (context, data, -1, &error) &&
                     g_markup_parse_context_end_parse (context, &error),
                 "%s: %s", view->drawing, error ? error->message : "");
  return parts.structures;
}

/* Each view draws what the anatomy reference says it shows, and the content
 * names each of those parts in English and in Latin. */
START_TEST (test_views_draw_what_the_reference_places)
{
  const ViewStructures *expected = &view_structures[_i];
  const CrampView      *view = cramp_atlas_lookup_view (atlas, expected->view);
  g_autoptr (GHashTable) drawn = NULL;
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) missing = NULL;

  ck_assert_msg (view != NULL, "no view %s", expected->view);
  ck_assert_str_eq (view->name, expected->name);
  ck_assert_msg (strstr (view->summary, "right foot") != NULL || strstr (view->summary, "right heel") != NULL,
                 "the summary of %s does not name the right foot: %s", view->id, view->summary);
  drawn = drawn_structures (view);

  ids = g_strsplit (expected->structures, " ", -1);
  missing = g_strsplit (expected->not_drawn_yet ? expected->not_drawn_yet : "", " ", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, ids[i]);

      ck_assert_msg (structure != NULL, "the content does not name %s", ids[i]);
      ck_assert_msg (structure->latin != NULL && structure->latin[0] != '\0', "%s has no Latin name", ids[i]);
      ck_assert_msg (g_hash_table_contains (drawn, ids[i]), "%s does not draw %s", view->drawing, ids[i]);
    }

  for (guint i = 0; missing[i] != NULL && missing[i][0] != '\0'; i++)
    ck_assert_msg (!g_hash_table_contains (drawn, missing[i]),
                   "%s draws %s now: move it to the list of what the view shows", view->drawing, missing[i]);
}
END_TEST

/* The five views are those above, in that order. */
START_TEST (test_five_views_of_one_foot)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  ck_assert_uint_eq (views->len, G_N_ELEMENTS (view_structures));
  for (guint i = 0; i < views->len; i++)
    ck_assert_str_eq (((CrampView *) g_ptr_array_index (views, i))->id, view_structures[i].view);
}
END_TEST

/* The tarsal tunnel, as the reference describes it: its roof, its walls and
 * what runs through it. */
START_TEST (test_tarsal_tunnel_holds_its_contents)
{
  static const char *const contents[] = {
    "flexor-retinaculum",
    "medial-malleolus",
    "calcaneus",
    "tibialis-posterior-tendon",
    "flexor-digitorum-longus-tendon",
    "posterior-tibial-artery",
    "posterior-tibial-veins",
    "tibial-nerve",
    "flexor-hallucis-longus-tendon",
  };
  const CrampRegion *tunnel = cramp_atlas_lookup_region (atlas, "tarsal-tunnel");
  const CrampFactor *syndrome = cramp_atlas_lookup_factor (atlas, "tarsal-tunnel-syndrome");

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, contents[i]);

      ck_assert_msg (structure != NULL, "no structure %s", contents[i]);
      ck_assert_msg (g_ptr_array_find (tunnel->structures, structure, NULL), "the tarsal tunnel does not list %s",
                     contents[i]);
      ck_assert_msg (g_ptr_array_find (syndrome->structures, structure, NULL),
                     "tarsal tunnel syndrome does not involve %s", contents[i]);
    }
}
END_TEST

/* What the mechanisms describe, lit on the drawing by one of their steps. */
static const struct
{
  const char *factor;
  const char *structures[6];
} lit_structures[] = {
  { "tarsal-tunnel-syndrome",
    { "flexor-retinaculum", "tibial-nerve", "posterior-tibial-artery", "medial-plantar-nerve",
      "lateral-plantar-nerve", "calcaneal-branch" } },
  { "peripheral-artery-disease", { "posterior-tibial-artery", "dorsalis-pedis-artery", "gastrocnemius", "soleus" } },
  { "muscle-fatigue", { "gastrocnemius", "soleus", "achilles-tendon" } },
  { "magnesium", { "gastrocnemius", "soleus" } },
  { "electrolytes", { "tibial-nerve" } },
  { "neuropathy", { "medial-plantar-nerve", "lateral-plantar-nerve" } },
};

static gboolean
a_step_lights (const CrampFactor    *factor,
               const CrampStructure *structure)
{
  for (guint i = 0; i < factor->steps->len; i++)
    if (g_ptr_array_find (((CrampStep *) g_ptr_array_index (factor->steps, i))->structures, structure, NULL))
      return TRUE;

  return FALSE;
}

START_TEST (test_mechanisms_light_what_they_describe)
{
  const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, lit_structures[_i].factor);

  ck_assert_ptr_nonnull (factor);
  for (guint i = 0; i < G_N_ELEMENTS (lit_structures[_i].structures) && lit_structures[_i].structures[i]; i++)
    {
      const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, lit_structures[_i].structures[i]);

      ck_assert_msg (structure != NULL && a_step_lights (factor, structure), "no step of %s lights %s", factor->id,
                     lit_structures[_i].structures[i]);
    }
}
END_TEST

/* A step lights only structures that its factor involves, and shows the
 * layer of each, so that what it lights can be seen. */
START_TEST (test_steps_show_what_they_light)
{
  GPtrArray *factors = cramp_atlas_get_factors (atlas);

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);

      for (guint j = 0; j < factor->steps->len; j++)
        {
          const CrampStep *step = g_ptr_array_index (factor->steps, j);

          for (guint k = 0; k < step->structures->len; k++)
            {
              const CrampStructure *structure = g_ptr_array_index (step->structures, k);

              ck_assert_msg (g_ptr_array_find (factor->structures, structure, NULL),
                             "%s lights %s, which %s does not involve", step->id, structure->id, factor->id);
              ck_assert_msg (structure->layer == NULL || g_ptr_array_find (step->layers, structure->layer, NULL),
                             "%s lights %s but does not show its layer %s", step->id, structure->id,
                             structure->layer->id);
            }
        }
    }
}
END_TEST

/* A drawing's ids come in the order it paints them: in the rear view the
 * gastrocnemius lies over the soleus, and every layer over the base. A
 * drawing that cannot be read says why. */
START_TEST (test_drawing_order_is_paint_order)
{
  g_autoptr (GFile) rear = g_file_new_for_path (TEST_DRAWINGS_DIR "/posterior.svg");
  g_autoptr (GFile) missing = g_file_new_for_path (TEST_DRAWINGS_DIR "/no-such-drawing.svg");
  g_autoptr (GHashTable) order = cramp_atlas_read_drawing_order (rear, NULL);
  g_autoptr (GError) error = NULL;

  ck_assert_ptr_nonnull (order);
  ck_assert_uint_lt (GPOINTER_TO_UINT (g_hash_table_lookup (order, "base")),
                     GPOINTER_TO_UINT (g_hash_table_lookup (order, "soleus")));
  ck_assert_uint_lt (GPOINTER_TO_UINT (g_hash_table_lookup (order, "soleus")),
                     GPOINTER_TO_UINT (g_hash_table_lookup (order, "gastrocnemius")));
  ck_assert_ptr_null (g_hash_table_lookup (order, "no-such-id"));

  ck_assert_ptr_null (cramp_atlas_read_drawing_order (missing, &error));
  ck_assert_ptr_nonnull (error);
}
END_TEST

/* The bones draw under everything else, so they come first. */
START_TEST (test_layers_from_the_bones_out)
{
  static const char *const layer_ids[] = { "bones", "muscles", "arteries", "veins", "nerves" };
  GPtrArray               *layers = cramp_atlas_get_layers (atlas);

  ck_assert_uint_eq (layers->len, G_N_ELEMENTS (layer_ids));
  for (guint i = 0; i < layers->len; i++)
    ck_assert_str_eq (((CrampLayer *) g_ptr_array_index (layers, i))->id, layer_ids[i]);
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
  tcase_add_test (tcase, test_five_views_of_one_foot);
  tcase_add_loop_test (tcase, test_views_draw_what_the_reference_places, 0, G_N_ELEMENTS (view_structures));
  tcase_add_test (tcase, test_tarsal_tunnel_holds_its_contents);
  tcase_add_loop_test (tcase, test_mechanisms_light_what_they_describe, 0, G_N_ELEMENTS (lit_structures));
  tcase_add_test (tcase, test_steps_show_what_they_light);
  tcase_add_test (tcase, test_layers_from_the_bones_out);
  tcase_add_test (tcase, test_drawing_order_is_paint_order);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (content_suite ());
}
