/* test-safety.c: the self-check's safety, specified in words
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each warning sign of the evidence brief, and each that the app teaches
 * beyond it, is written here as a clinician would say it: what the person
 * has, where the rule comes from, and the least tier of advice it must
 * reach. The answers a person would give are found in the content by their
 * words, never by their ids, flags or rules, so that an edit of the content
 * which breaks safety (a flag taken off an answer, two answers' texts
 * swapped, a tier lowered, a rule dropped) fails here. The last test makes
 * each such edit to a copy of the content and expects this specification
 * to catch it.
 */

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "cramp-self-check.h"
#include "test-util.h"

/* An answer, found by a pattern for the words of its question and one for
 * its own words (case does not matter). */
typedef struct
{
  const char *question;
  const char *answer;
} Words;

typedef struct
{
  const char *sign;         /* the warning sign, as a clinician would say it */
  const char *source;       /* where the rule comes from */
  CrampTier   tier;         /* the least tier the advice must reach */
  gboolean    no_self_care; /* cramp self-care (stretching, rubbing, heat) would be wrong */
  const char *must_say[3];  /* patterns that the advice must contain */
  Words       answers[4];
} Sign;

#define EMERGENCY CRAMP_TIER_EMERGENCY
#define URGENT    CRAMP_TIER_URGENT
#define SOON      CRAMP_TIER_SOON

#define NOW         "happening to you right now"
#define CALVES      "Compare your two calves"
#define LEG_OR_FOOT "any of these in your leg or foot"
#define FEET_LOOK   "How do your feet and legs look"
#define NOTICE      "Do you notice any of these"
#define TOLD        "clinician ever told you"
#define MEDICINES   "Do you take any of these medicines"
#define CLOT_RISK   "in the last three months"
#define INJURY      "start with an injury"
#define WHEN        "When do they usually start"
#define SEX         "What sex"
#define PREGNANT    "Are you pregnant"

static const Sign signs[] = {
  /* Emergency: call the local emergency number. */
  { "Sudden severe pain with a cold, pale, blue or numb foot, or new weakness: possible acute limb ischaemia",
    "evidence brief S20, S21",
    EMERGENCY,
    TRUE,
    { "artery" },
    { { NOW, "cold, pale" } } },
  { "Leg pain or swelling with shortness of breath or chest pain: possible pulmonary embolism",
    "evidence brief S27",
    EMERGENCY,
    TRUE,
    { "lungs" },
    { { NOW, "short of breath" } } },
  { "A stiff jaw or spreading painful spasms after a wound: possible tetanus",
    "NHS, Tetanus; issue 12",
    EMERGENCY,
    TRUE,
    { "tetanus" },
    { { NOW, "jaw" } } },
  { "Tingling around the mouth and spasms of the hands or feet with difficulty breathing: severe low calcium",
    "Society for Endocrinology, acute hypocalcaemia; issue 12",
    EMERGENCY,
    TRUE,
    { "calcium" },
    { { NOW, "hard to breathe" } } },
  { "Red, hot, swollen skin of the leg while very unwell, confused or breathing fast: possible sepsis",
    "NHS, Sepsis and Cellulitis",
    EMERGENCY,
    TRUE,
    { "sepsis" },
    { { NOW, "very unwell" } } },

  /* Urgent: a clinician the same day. */
  { "One calf swollen, warm, red or darker: possible deep vein thrombosis",
    "evidence brief S27",
    URGENT,
    TRUE,
    { "massage|rub", "clot" },
    { { CALVES, "^Yes.*swollen" } } },
  { "A cramp lasting over 10 minutes that does not ease",
    "evidence brief S1",
    URGENT,
    TRUE,
    { "unusual" },
    { { "How long", "does not ease" } } },
  { "Cramps after a wound dirtied with soil, or after a toxin: possible tetanus or poisoning",
    "evidence brief S1",
    URGENT,
    TRUE,
    { "tetanus" },
    { { LEG_OR_FOOT, "soil" } } },
  { "A foot sore that is red, warm, swollen or discharging",
    "evidence brief S22",
    URGENT,
    TRUE,
    { "infected" },
    { { LEG_OR_FOOT, "sore on the foot" } } },
  { "Any foot wound in a person with diabetes",
    "evidence brief S22",
    URGENT,
    TRUE,
    { "with diabetes" },
    { { TOLD, "^Diabetes$" }, { FEET_LOOK, "wound" } } },
  { "A sore that is slow to heal in a person with diabetes",
    "evidence brief S22",
    URGENT,
    TRUE,
    { "with diabetes" },
    { { TOLD, "^Diabetes$" }, { FEET_LOOK, "slow to heal" } } },
  { "Unexplained muscle pain, tenderness or weakness while on a statin",
    "evidence brief S32",
    URGENT,
    TRUE,
    { "damages muscle" },
    { { MEDICINES, "statin" }, { "Since you started the statin", "^Yes" } } },
  { "New muscle weakness while on a statin",
    "evidence brief S32; issue 12",
    URGENT,
    TRUE,
    { "damages muscle" },
    { { MEDICINES, "statin" }, { FEET_LOOK, "weaker" } } },
  { "Bruising, bleeding or pinpoint spots after quinine: stop it and get help today",
    "evidence brief S8, S10",
    URGENT,
    TRUE,
    { "stop taking quinine" },
    { { MEDICINES, "quinine" }, { "Since taking quinine", "^Yes" } } },
  { "A snap or kick at the back of the calf, then unable to push off or stand on tiptoe: possible torn Achilles tendon",
    "AAOS, Achilles tendon rupture; issue 12",
    URGENT,
    TRUE,
    { "stretch", "Achilles" },
    { { INJURY, "snap" } } },
  { "Unable to bear weight after an ankle or foot injury: possible fracture",
    "NHS, Sprains and strains",
    URGENT,
    TRUE,
    { "broken bone" },
    { { INJURY, "cannot put weight" } } },
  { "Spreading red, hot, swollen, painful skin: possible cellulitis",
    "NHS, Cellulitis; issue 12",
    URGENT,
    TRUE,
    { "cellulitis" },
    { { LEG_OR_FOOT, "spreading" } } },
  { "A hot, swollen joint with a fever: possible infection of the joint",
    "NHS, Gout",
    URGENT,
    TRUE,
    { "heat", "infection inside the joint" },
    { { LEG_OR_FOOT, "joint" }, { LEG_OR_FOOT, "high temperature" } } },
  { "Foot pain at rest or at night that eases with the leg hanging down: critical limb ischaemia",
    "NICE CG147; issue 12",
    URGENT,
    TRUE,
    { "critical limb ischaemia" },
    { { FEET_LOOK, "hang" } } },
  { "A black or dark toe: possible gangrene",
    "NICE CG147; NHS, Gangrene; issue 12",
    URGENT,
    TRUE,
    { "gangrene" },
    { { FEET_LOOK, "black" } } },
  { "A sore that will not heal with known narrowed leg arteries",
    "NICE CG147; issue 12",
    URGENT,
    TRUE,
    { "critical limb ischaemia" },
    { { FEET_LOOK, "slow to heal" }, { TOLD, "Narrowed arteries" } } },
  { "A sore that will not heal with calf pain on walking",
    "NICE CG147; issue 12",
    URGENT,
    TRUE,
    { "critical limb ischaemia" },
    { { FEET_LOOK, "slow to heal" }, { WHEN, "When I walk" } } },
  { "A sore that will not heal with one foot colder or paler",
    "NICE CG147; issue 12",
    URGENT,
    TRUE,
    { "critical limb ischaemia" },
    { { FEET_LOOK, "slow to heal" }, { FEET_LOOK, "colder" } } },
  { "Tingling around the mouth with hand or foot spasms after thyroid or neck surgery: low calcium",
    "Society for Endocrinology; issue 12",
    URGENT,
    FALSE,
    { "calcium" },
    { { NOTICE, "around the mouth" }, { TOLD, "thyroid" } } },
  { "Water tablets with vomiting or diarrhoea and new weakness: possible low potassium or sodium",
    "MedlinePlus, Low blood potassium; NICE CKS, Diarrhoea", URGENT, TRUE, { "potassium", "pause" },
    { { MEDICINES, "diuretics" }, { "how much you drink", "sick or had diarrhoea" }, { FEET_LOOK, "weaker" } } },
  { "The same with cramps that come often",
    "MedlinePlus, Low blood potassium", URGENT, TRUE, { "potassium" },
    { { MEDICINES, "diuretics" }, { "how much you drink", "sick or had diarrhoea" }, { "How often", "several times a week" } } },
  { "In pregnancy, sudden swelling, severe headache, problems with sight or pain below the ribs: possible pre-eclampsia",
    "NHS, Pre-eclampsia",
    URGENT,
    TRUE,
    { "midwife", "pre-eclampsia" },
    { { SEX, "^Female$" }, { PREGNANT, "^Yes" }, { "sudden swelling", "^Yes" } } },
  { "The same signs within six weeks of giving birth",
    "NHS, Pre-eclampsia",
    URGENT,
    TRUE,
    { "pre-eclampsia" },
    { { SEX, "^Female$" }, { PREGNANT, "given birth|gave birth" }, { "sudden swelling", "^Yes" } } },
  { "A sore calf after a recent operation: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "operation" } } },
  { "A sore calf with a leg in plaster or days in bed: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "plaster" } } },
  { "A sore calf after a past clot: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "clot" } } },
  { "A sore calf with cancer: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "cancer" } } },
  { "A sore calf after a long journey: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "journey" } } },
  { "A sore calf on the pill or HRT: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "tender" }, { CLOT_RISK, "pill" } } },
  { "A sore calf in pregnancy: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { SEX, "^Female$" }, { PREGNANT, "^Yes" }, { CALVES, "tender" } } },
  { "A calf that may be swollen, after a recent operation: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "cannot tell" }, { CLOT_RISK, "operation" } } },
  { "A calf that may be swollen, with cancer: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { CALVES, "cannot tell" }, { CLOT_RISK, "cancer" } } },
  { "A new sore calf in one leg: possible clot",
    "NHS, DVT",
    URGENT,
    TRUE,
    { "clot", "massage" },
    { { "When did this problem begin", "days" }, { "one leg", "same leg" }, { CALVES, "tender" } } },

  /* Soon: a routine appointment. */
  { "Frequent cramps, or cramps that disturb sleep",
    "evidence brief S1",
    SOON,
    FALSE,
    { NULL },
    { { "How often", "several times a week" } } },
  { "Numbness or tingling in the toes or sole",
    "evidence brief S1, S22",
    SOON,
    FALSE,
    { NULL },
    { { NOTICE, "numbness" } } },
  { "Tingling or burning from the inner ankle into the sole",
    "evidence brief S24",
    SOON,
    FALSE,
    { NULL },
    { { NOTICE, "inner ankle" } } },
  { "Swelling of the foot or ankle",
    "evidence brief S1",
    SOON,
    FALSE,
    { NULL },
    { { NOTICE, "swelling" } } },
  { "Pain on walking that eases with rest: possible claudication",
    "evidence brief S17",
    SOON,
    FALSE,
    { NULL },
    { { WHEN, "When I walk" } } },
  { "A sore that heals slowly or not at all",
    "evidence brief S17, S18",
    SOON,
    FALSE,
    { NULL },
    { { FEET_LOOK, "slow to heal" } } },
  { "One foot colder or a different colour than the other",
    "evidence brief S17, S18",
    SOON,
    FALSE,
    { NULL },
    { { FEET_LOOK, "colder" } } },
  { "Muscle weakness or wasting",
    "evidence brief S3",
    SOON,
    FALSE,
    { NULL },
    { { FEET_LOOK, "weaker" } } },
  { "Cramps that do not improve with self-care",
    "evidence brief S3",
    SOON,
    FALSE,
    { NULL },
    { { "self-care steps helped", "carry on" } } },
  { "Cramps that began after a new medicine",
    "evidence brief S5",
    SOON,
    FALSE,
    { "keep taking" },
    { { MEDICINES, "started shortly before" } } },
  { "Cramps that often last 10 minutes or more",
    "AAFP 2012 (S5)",
    SOON,
    FALSE,
    { NULL },
    { { "How long", "eases" } } },
  { "A suddenly hot, red, swollen joint: often gout, no heat",
    "NHS, Gout",
    SOON,
    TRUE,
    { "cool", "gout" },
    { { LEG_OR_FOOT, "joint" } } },
  { "A sore calf between cramps: no massage or heat until checked",
    "NHS, DVT",
    SOON,
    TRUE,
    { "massage" },
    { { CALVES, "tender" } } },
  { "Not sure whether one calf is swollen: cautious, but not the same day",
    "NHS, DVT; issue 12",
    SOON,
    TRUE,
    { "massage" },
    { { CALVES, "cannot tell" } } },
  { "Tingling around the mouth with spasms of the hands or feet",
    "Society for Endocrinology",
    SOON,
    FALSE,
    { NULL },
    { { NOTICE, "around the mouth" } } },
};

/* For each question, patterns of the mildest answer that a person with
 * ordinary, harmless cramps would give. */
static const char *const mildest_patterns[] = {
  "^None of these",
  "^No\\b",
  "^16 to 49$",
  "^Male$",
  "no injury",
  "Months or years",
  "both legs",
  "^In the arch",
  "At night",
  "^Less than 10",
  "^Rarely",
  "About as active",
  "^Comfortable shoes",
  "I drink through the day",
  "^Yes, they ease",
};

/* Words that have no place in the advice for harmless cramps. */
static const char *const alarm_words = "\\b(emergency|urgent|today|at once|immediately|ambulance|clots?|"
                                       "DVT|sepsis|999|112|911)\\b";

/* The specification, run over an atlas: every failure, in words. */
typedef struct
{
  CrampAtlas *atlas;
  GString    *failures;
} Spec;

static void
spec_fail (Spec       *spec,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
spec_fail (Spec       *spec,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (spec->failures, format, args);
  va_end (args);
  g_string_append_c (spec->failures, '\n');
}

static gboolean
matches (const char *pattern,
         const char *text)
{
  return g_regex_match_simple (pattern, text, G_REGEX_CASELESS, 0);
}

/* The one answer whose question and own words match, or NULL. */
static const CrampAnswer *
find_answer (Spec        *spec,
             const Words *words)
{
  GPtrArray         *questions = cramp_atlas_get_questions (spec->atlas);
  const CrampAnswer *found = NULL;
  guint              count = 0;

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      if (!matches (words->question, question->text))
        continue;
      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          if (matches (words->answer, answer->text))
            {
              found = answer;
              count++;
            }
        }
    }

  if (count != 1)
    {
      spec_fail (spec, "%u answers match “%s” to “%s”; the specification needs exactly one",
                 count, words->answer, words->question);
      return NULL;
    }

  return found;
}

static guint
question_index (Spec              *spec,
                const CrampAnswer *answer)
{
  guint index = 0;

  g_ptr_array_find (cramp_atlas_get_questions (spec->atlas), answer->question, &index);
  return index;
}

static int
compare_by_question (gconstpointer a,
                     gconstpointer b,
                     gpointer      spec)
{
  guint first = question_index (spec, *(const CrampAnswer **) a);
  guint second = question_index (spec, *(const CrampAnswer **) b);

  return first < second ? -1 : first > second;
}

/* Gives the answers of @sign in the order they are asked, and checks that
 * each is still held: each must be one the person can give. */
static CrampSelfCheck *
answer_sign (Spec       *spec,
             const Sign *sign)
{
  g_autoptr (CrampSelfCheck) check = cramp_self_check_new (spec->atlas);
  g_autoptr (GPtrArray) answers = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (sign->answers) && sign->answers[i].question != NULL; i++)
    {
      const CrampAnswer *answer = find_answer (spec, &sign->answers[i]);

      if (answer == NULL)
        return NULL;
      g_ptr_array_add (answers, (gpointer) answer);
    }

  g_ptr_array_sort_with_data (answers, compare_by_question, spec);
  for (guint i = 0; i < answers->len; i++)
    cramp_self_check_set_chosen (check, g_ptr_array_index (answers, i), TRUE);

  for (guint i = 0; i < answers->len; i++)
    {
      const CrampAnswer *answer = g_ptr_array_index (answers, i);

      if (!cramp_self_check_is_chosen (check, answer))
        {
          spec_fail (spec, "“%s”: the answer “%s” cannot be given with the others", sign->sign, answer->text);
          return NULL;
        }
    }

  return g_steal_pointer (&check);
}

/* Every text of the advice that a result shows. */
static char *
advice_text (CrampSelfCheckResult *result)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s\n%s\n", result->advice->title, result->advice->disposition,
                          result->advice->safety_net);
  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (result->flags, i);

      g_string_append_printf (text, "%s\n%s\n%s\n", flag->text, flag->concern ? flag->concern : "",
                              flag->meanwhile ? flag->meanwhile : "");
    }
  for (guint i = 0; i < result->tips->len; i++)
    g_string_append_printf (text, "%s\n", ((CrampTip *) g_ptr_array_index (result->tips, i))->text);

  return g_string_free (text, FALSE);
}

/* An urgent or emergency result names the concern and what to do until
 * help is reached, in a sign of its own tier. */
static gboolean
names_the_concern (CrampSelfCheckResult *result)
{
  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (result->flags, i);

      if (flag->tier == result->tier && flag->concern != NULL && flag->meanwhile != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
check_sign (Spec       *spec,
            const Sign *sign)
{
  g_autoptr (CrampSelfCheck) check = answer_sign (spec, sign);
  g_autoptr (CrampSelfCheckResult) result = NULL;
  g_autofree char *text = NULL;

  if (check == NULL)
    return;

  result = cramp_self_check_evaluate (check);
  text = advice_text (result);
  if (result->tier < sign->tier)
    spec_fail (spec, "“%s” (%s) must reach “%s”, but gets “%s”", sign->sign, sign->source,
               cramp_tier_to_string (sign->tier), cramp_tier_to_string (result->tier));
  if (result->tier >= CRAMP_TIER_URGENT && !names_the_concern (result))
    spec_fail (spec, "“%s”: the %s advice does not say what the concern is and what to do meanwhile",
               sign->sign, cramp_tier_to_string (result->tier));
  if ((result->tier >= CRAMP_TIER_URGENT || sign->no_self_care) && result->tips->len > 0)
    spec_fail (spec, "“%s”: the advice offers cramp self-care, which could do harm here", sign->sign);
  for (guint i = 0; i < G_N_ELEMENTS (sign->must_say) && sign->must_say[i] != NULL; i++)
    if (!matches (sign->must_say[i], text))
      spec_fail (spec, "“%s”: the advice does not say /%s/", sign->sign, sign->must_say[i]);
}

static const CrampAnswer *
mildest_answer (const CrampQuestion *question)
{
  for (guint i = 0; i < G_N_ELEMENTS (mildest_patterns); i++)
    for (guint j = 0; j < question->answers->len; j++)
      if (matches (mildest_patterns[i], ((CrampAnswer *) g_ptr_array_index (question->answers, j))->text))
        return g_ptr_array_index (question->answers, j);

  return NULL;
}

/* None to every emergency sign and the mildest answer everywhere else:
 * self-care, offered calmly. */
static void
check_mildest_walk (Spec *spec)
{
  g_autoptr (CrampSelfCheck) check = cramp_self_check_new (spec->atlas);
  g_autoptr (CrampSelfCheckResult) result = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GMatchInfo) alarm = NULL;

  while (!cramp_self_check_get_finished (check))
    {
      const CrampQuestion *question = cramp_self_check_get_question (check);
      const CrampAnswer   *answer = mildest_answer (question);

      if (answer == NULL)
        {
          spec_fail (spec, "the question “%s” has no mild answer", question->text);
          return;
        }
      cramp_self_check_set_chosen (check, answer, TRUE);
      cramp_self_check_next (check);
    }

  result = cramp_self_check_evaluate (check);
  text = advice_text (result);
  if (result->tier != CRAMP_TIER_SELF_CARE)
    spec_fail (spec, "the mildest answers get “%s”, not self-care", cramp_tier_to_string (result->tier));
  if (result->tips->len == 0)
    spec_fail (spec, "the mildest answers are offered no self-care");
  if (g_regex_match_simple (alarm_words, text, G_REGEX_CASELESS, 0))
    {
      g_autoptr (GRegex) regex = g_regex_new (alarm_words, G_REGEX_CASELESS, 0, NULL);
      g_autofree char *word = NULL;

      g_regex_match (regex, text, 0, &alarm);
      word = g_match_info_fetch (alarm, 0);
      spec_fail (spec, "the advice for the mildest answers says “%s”", word);
    }
}

/* Whether the answers of some sign hold every answer of @wanted. */
static gboolean
some_sign_gives (Spec      *spec,
                 GPtrArray *wanted)
{
  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autoptr (CrampSelfCheck) check = answer_sign (spec, &signs[i]);
      gboolean all = check != NULL;

      for (guint j = 0; all && j < wanted->len; j++)
        all = cramp_self_check_is_chosen (check, g_ptr_array_index (wanted, j));
      if (all)
        return TRUE;
    }

  return FALSE;
}

/* Every answer that raises a red flag, and every rule, is one that some
 * sign above gives: a new warning sign in the content needs its place in
 * this specification. */
static void
check_coverage (Spec *spec)
{
  GPtrArray *questions = cramp_atlas_get_questions (spec->atlas);
  GPtrArray *rules = cramp_atlas_get_rules (spec->atlas);

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          CrampAnswer *answer = g_ptr_array_index (question->answers, j);
          g_autoptr (GPtrArray) wanted = g_ptr_array_new ();

          g_ptr_array_add (wanted, answer);
          if (answer->flag != NULL && !some_sign_gives (spec, wanted))
            spec_fail (spec, "no sign of the specification covers the answer “%s”", answer->text);
        }
    }

  for (guint i = 0; i < rules->len; i++)
    {
      const CrampRule *rule = g_ptr_array_index (rules, i);
      g_autoptr (GPtrArray) wanted = g_ptr_array_new ();

      /* The first answers of each clause are enough to satisfy it. */
      for (guint j = 0; j < rule->clauses->len; j++)
        {
          const CrampClause *clause = g_ptr_array_index (rule->clauses, j);

          for (guint k = 0; k < clause->at_least; k++)
            g_ptr_array_add (wanted, g_ptr_array_index (clause->answers, k));
        }
      if (!some_sign_gives (spec, wanted))
        spec_fail (spec, "no sign of the specification covers the rule “%s”", rule->id);
    }
}

/* Runs the whole specification; returns what fails, or an empty string. */
static char *
run_spec (CrampAtlas *atlas,
          gboolean    with_coverage)
{
  Spec spec = { atlas, g_string_new (NULL) };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    check_sign (&spec, &signs[i]);
  check_mildest_walk (&spec);
  if (with_coverage)
    check_coverage (&spec);

  return g_string_free (spec.failures, FALSE);
}

START_TEST (test_the_content_meets_the_specification)
{
  g_autoptr (CrampAtlas) atlas = test_load_content ();
  g_autofree char *failures = run_spec (atlas, TRUE);

  ck_assert_msg (failures[0] == '\0', "\n%s", failures);
}
END_TEST

/* Edits that would break safety */

static char *
read_content (void)
{
  g_autofree char *data = NULL;

  ck_assert (g_file_get_contents (TEST_CONTENT_FILE, &data, NULL, NULL));
  return g_steal_pointer (&data);
}

/* Whether the specification, or the loader, rejects @data. */
static gboolean
is_caught (const char *data,
           char      **how)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_data (data, strlen (data), "mutated.xml", NULL, &error);
  g_autofree char *failures = NULL;

  if (atlas == NULL)
    {
      *how = g_strdup (error->message);
      return TRUE;
    }

  failures = run_spec (atlas, FALSE);
  *how = g_strdup (failures);
  return failures[0] != '\0';
}

typedef struct
{
  guint tried;
  guint caught_by_spec;
} Tally;

static void
expect_caught (Tally      *tally,
               const char *what,
               const char *data)
{
  g_autofree char *how = NULL;

  tally->tried++;
  ck_assert_msg (is_caught (data, &how), "the specification misses this edit: %s", what);
  if (!g_str_has_prefix (how, "mutated.xml:"))
    tally->caught_by_spec++;
}

/* Replaces the @n-th match of @regex in @data, counting from zero, with
 * @replacement, which may use \1 and the like. NULL when there is none. */
static char *
replace_nth (const char *data,
             GRegex     *regex,
             guint       n,
             const char *replacement)
{
  g_autoptr (GMatchInfo) info = NULL;
  g_autofree char *expanded = NULL;
  int              start, end;
  guint            i = 0;

  for (g_regex_match (regex, data, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
    if (i++ == n)
      break;
  if (!g_match_info_matches (info))
    return NULL;

  expanded = g_match_info_expand_references (info, replacement, NULL);
  g_match_info_fetch_pos (info, 0, &start, &end);
  return g_strdup_printf ("%.*s%s%s", start, data, expanded, data + end);
}

static void
mutate_each (Tally      *tally,
             const char *data,
             const char *pattern,
             const char *replacement,
             const char *what)
{
  g_autoptr (GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL | G_REGEX_UNGREEDY, 0, NULL);
  char *mutated;

  for (guint n = 0; (mutated = replace_nth (data, regex, n, replacement)) != NULL; n++)
    {
      g_autofree char *label = g_strdup_printf ("%s, the %u-th", what, n + 1);

      expect_caught (tally, label, mutated);
      g_free (mutated);
    }
}

/* Where the text of the answer @id lies in @data. */
static gboolean
find_answer_text (const char *data,
                  const char *id,
                  int        *start,
                  int        *end)
{
  g_autofree char *pattern = g_strdup_printf ("<answer id=\"%s\"[^>]*>\\s*<text>(.*?)</text>", id);
  g_autoptr (GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr (GMatchInfo) info = NULL;

  return g_regex_match (regex, data, 0, &info) && g_match_info_fetch_pos (info, 1, start, end);
}

static char *
swap_answer_texts (const char *data,
                   const char *first_id,
                   const char *second_id)
{
  int start[2], end[2];
  int a, b;

  ck_assert (find_answer_text (data, first_id, &start[0], &end[0]));
  ck_assert (find_answer_text (data, second_id, &start[1], &end[1]));
  a = start[0] < start[1] ? 0 : 1;
  b = 1 - a;

  return g_strdup_printf ("%.*s%.*s%.*s%.*s%s",
                          start[a], data,
                          end[b] - start[b], data + start[b],
                          start[b] - end[a], data + end[a],
                          end[a] - start[a], data + start[a],
                          data + end[b]);
}

/* Whether a rule names @answer. */
static gboolean
in_a_rule (CrampAtlas        *atlas,
           const CrampAnswer *answer)
{
  GPtrArray *rules = cramp_atlas_get_rules (atlas);

  for (guint i = 0; i < rules->len; i++)
    {
      const CrampRule *rule = g_ptr_array_index (rules, i);

      for (guint j = 0; j < rule->clauses->len; j++)
        if (g_ptr_array_find (((CrampClause *) g_ptr_array_index (rule->clauses, j))->answers, answer, NULL))
          return TRUE;
    }

  return FALSE;
}

/* Swaps the text of each answer that raises a flag with that of each other
 * answer to the same question, unless the two raise the same flag and
 * neither is part of a rule: then the swap changes no advice. */
static void
swap_texts (Tally      *tally,
            const char *data,
            CrampAtlas *atlas)
{
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        for (guint k = 0; k < question->answers->len; k++)
          {
            const CrampAnswer *flagged = g_ptr_array_index (question->answers, j);
            const CrampAnswer *other = g_ptr_array_index (question->answers, k);
            g_autofree char   *swapped = NULL;
            g_autofree char   *what = NULL;

            if (flagged->flag == NULL || other == flagged ||
                (other->flag == flagged->flag && !in_a_rule (atlas, flagged) && !in_a_rule (atlas, other)))
              continue;
            swapped = swap_answer_texts (data, flagged->id, other->id);
            what = g_strdup_printf ("the texts of “%s” and “%s” swapped", flagged->id, other->id);
            expect_caught (tally, what, swapped);
          }
    }
}

START_TEST (test_every_unsafe_edit_is_caught)
{
  g_autofree char *data = read_content ();
  g_autoptr (CrampAtlas) atlas = test_load_content ();
  Tally tally = { 0 };

  /* A flag taken off an answer. */
  mutate_each (&tally, data, "(<answer [^>]*?) flag=\"[^\"]*\"", "\\1", "a flag removed from an answer");
  /* A tier lowered by one. */
  mutate_each (&tally, data, "(<red-flag [^>]*?)tier=\"emergency\"", "\\1tier=\"urgent\"", "an emergency lowered");
  mutate_each (&tally, data, "(<red-flag [^>]*?)tier=\"urgent\"", "\\1tier=\"soon\"", "an urgent sign lowered");
  mutate_each (&tally, data, "(<red-flag [^>]*?)tier=\"soon\"", "\\1tier=\"self-care\"", "a soon sign lowered");
  /* A rule dropped. */
  mutate_each (&tally, data, "<rule [^>]*>.*</rule>", "", "a rule dropped");
  /* Two answers' texts swapped. */
  swap_texts (&tally, data, atlas);

  printf ("# %u unsafe edits tried, every one caught; %u by the specification, %u by the loader\n",
          tally.tried, tally.caught_by_spec, tally.tried - tally.caught_by_spec);
  fflush (stdout);
  ck_assert_uint_gt (tally.tried, 100);
}
END_TEST

static Suite *
safety_suite (void)
{
  Suite *suite = suite_create ("safety");
  TCase *tcase = tcase_create ("specification");

  tcase_set_timeout (tcase, 0);
  tcase_add_test (tcase, test_the_content_meets_the_specification);
  tcase_add_test (tcase, test_every_unsafe_edit_is_caught);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (safety_suite ());
}
