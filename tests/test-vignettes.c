/* test-vignettes.c: the self-check against clinical vignettes
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each vignette of vignettes.ini is a person who answers the self-check as
 * they would, question by question, with the tier a clinician would advise
 * and the factors worth reading about. The suite prints a table of the
 * results, as published evaluations of symptom checkers do, and holds the
 * self-check to its bar: never below the expected tier, the exact tier in
 * at least 95% of the vignettes, and the expected factors among the first
 * three in at least 90% of those that name any.
 */

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "cramp-self-check.h"
#include "test-util.h"

#define MIN_VIGNETTES  40
#define MIN_EXACT_RATE 0.95
#define MIN_TOP_3_RATE 0.90
#define N_TIERS        (CRAMP_TIER_EMERGENCY + 1)

typedef struct
{
  char     *id;
  CrampTier expected;
  CrampTier got;
  int       top_3;   /* -1 when the vignette names no factors, else 0 or 1 */
  char     *missing; /* the expected factors not among the first three */
} Outcome;

static void
outcome_clear (gpointer data)
{
  Outcome *outcome = data;

  g_free (outcome->id);
  g_free (outcome->missing);
}

static CrampTier
parse_tier (const char *group,
            const char *name)
{
  for (CrampTier tier = CRAMP_TIER_SELF_CARE; tier <= CRAMP_TIER_EMERGENCY; tier++)
    if (g_str_equal (cramp_tier_to_string (tier), name))
      return tier;

  ck_abort_msg ("[%s]: “%s” is not a tier", group, name);
  return CRAMP_TIER_EMERGENCY;
}

static GKeyFile *
load_vignettes (void)
{
  GKeyFile *file = g_key_file_new ();
  g_autoptr (GError) error = NULL;

  ck_assert_msg (g_key_file_load_from_file (file, TEST_VIGNETTES_FILE, G_KEY_FILE_NONE, &error),
                 "%s", error ? error->message : "");
  return file;
}

static char **
get_list (GKeyFile   *file,
          const char *group,
          const char *key)
{
  g_autoptr (GError) error = NULL;
  char **list = g_key_file_get_string_list (file, group, key, NULL, &error);

  ck_assert_msg (list != NULL, "[%s]: %s", group, error ? error->message : "");
  return list;
}

/* Answers the self-check as the vignette's person would: at each question,
 * every answer of theirs to it, or a skip where the question allows one. */
static void
walk (CrampAtlas     *atlas,
      CrampSelfCheck *check,
      const char     *group,
      char          **answer_ids)
{
  g_autoptr (GHashTable) unused = g_hash_table_new (NULL, NULL);

  for (guint i = 0; answer_ids[i] != NULL; i++)
    {
      const CrampAnswer *answer = cramp_atlas_lookup_answer (atlas, answer_ids[i]);

      ck_assert_msg (answer != NULL, "[%s]: there is no answer “%s”", group, answer_ids[i]);
      g_hash_table_add (unused, (gpointer) answer);
    }

  while (!cramp_self_check_get_finished (check))
    {
      const CrampQuestion *question = cramp_self_check_get_question (check);

      for (guint i = 0; i < question->answers->len; i++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, i);

          if (g_hash_table_remove (unused, answer))
            cramp_self_check_set_chosen (check, answer, TRUE);
        }

      if (cramp_self_check_is_answered (check, question))
        cramp_self_check_next (check);
      else
        ck_assert_msg (cramp_self_check_skip (check), "[%s] gives no answer to “%s”", group, question->id);
    }

  if (g_hash_table_size (unused) > 0)
    {
      GHashTableIter iter;
      gpointer       answer;

      g_hash_table_iter_init (&iter, unused);
      g_hash_table_iter_next (&iter, &answer, NULL);
      ck_abort_msg ("[%s] answers “%s”, which is never asked of this person", group,
                    ((CrampAnswer *) answer)->id);
    }
}

/* The expected factors that are not among the first three, or NULL. */
static char *
missing_factors (CrampSelfCheckResult *result,
                 char                **expected)
{
  g_autoptr (GStrvBuilder) missing = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;

  for (guint i = 0; expected[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < MIN (3, result->factors->len); j++)
        found |= g_str_equal (((CrampFactorReason *) g_ptr_array_index (result->factors, j))->factor->id,
                              expected[i]);
      if (!found)
        g_strv_builder_add (missing, expected[i]);
    }

  list = g_strv_builder_end (missing);
  return list[0] != NULL ? g_strjoinv (", ", list) : NULL;
}

static void
run_vignette (CrampAtlas *atlas,
              GKeyFile   *file,
              const char *group,
              Outcome    *outcome)
{
  g_autoptr (CrampSelfCheck) check = cramp_self_check_new (atlas);
  g_autoptr (CrampSelfCheckResult) result = NULL;
  g_auto (GStrv) answers = get_list (file, group, "Answers");
  g_auto (GStrv) factors = get_list (file, group, "Factors");
  g_autofree char *tier = g_key_file_get_string (file, group, "Tier", NULL);
  g_autofree char *person = g_key_file_get_string (file, group, "Person", NULL);
  g_autofree char *source = g_key_file_get_string (file, group, "Source", NULL);

  ck_assert_msg (tier != NULL && person != NULL && source != NULL,
                 "[%s] needs a Person, a Source and a Tier", group);

  walk (atlas, check, group, answers);
  result = cramp_self_check_evaluate (check);

  outcome->id = g_strdup (group);
  outcome->expected = parse_tier (group, tier);
  outcome->got = result->tier;
  outcome->top_3 = factors[0] == NULL ? -1 : 0;
  if (factors[0] != NULL)
    {
      outcome->missing = missing_factors (result, factors);
      outcome->top_3 = outcome->missing == NULL;
    }
}

static const char *
verdict (const Outcome *outcome)
{
  if (outcome->got == outcome->expected)
    return "exact";
  return outcome->got > outcome->expected ? "over" : "UNDER";
}

static double
percent (guint part,
         guint whole)
{
  return whole > 0 ? 100.0 * part / whole : 100.0;
}

/* The table of published evaluations: each vignette, then the rates. */
static void
print_table (GArray *outcomes)
{
  guint exact = 0, safe = 0, hits = 0, with_factors = 0;
  guint over[N_TIERS] = { 0 }, under[N_TIERS] = { 0 }, count[N_TIERS] = { 0 };

  printf ("# %-36s %-10s %-10s %-6s %s\n", "vignette", "expected", "got", "tier", "top 3");
  for (guint i = 0; i < outcomes->len; i++)
    {
      const Outcome *o = &g_array_index (outcomes, Outcome, i);

      printf ("# %-36s %-10s %-10s %-6s %s%s\n", o->id, cramp_tier_to_string (o->expected),
              cramp_tier_to_string (o->got), verdict (o),
              o->top_3 < 0 ? "-" : o->top_3 ? "hit"
                                            : "MISS ",
              o->missing ? o->missing : "");
      count[o->expected]++;
      exact += o->got == o->expected;
      safe += o->got >= o->expected;
      over[o->expected] += o->got > o->expected;
      under[o->expected] += o->got < o->expected;
      with_factors += o->top_3 >= 0;
      hits += o->top_3 > 0;
    }

  printf ("# %u vignettes: exact tier %u (%.1f%%), safe %u (%.1f%%), top-3 factors %u of %u (%.1f%%)\n",
          outcomes->len, exact, percent (exact, outcomes->len), safe, percent (safe, outcomes->len), hits,
          with_factors, percent (hits, with_factors));
  for (CrampTier tier = CRAMP_TIER_EMERGENCY + 1; tier-- > CRAMP_TIER_SELF_CARE;)
    printf ("#   %-9s %2u vignettes: over-triaged %u, under-triaged %u\n", cramp_tier_to_string (tier),
            count[tier], over[tier], under[tier]);
  fflush (stdout);
}

START_TEST (test_vignettes)
{
  g_autoptr (CrampAtlas) atlas = test_load_content ();
  g_autoptr (GKeyFile) file = load_vignettes ();
  g_auto (GStrv) groups = g_key_file_get_groups (file, NULL);
  g_autoptr (GArray) outcomes = g_array_new (FALSE, TRUE, sizeof (Outcome));
  guint exact = 0, hits = 0, with_factors = 0;

  g_array_set_clear_func (outcomes, outcome_clear);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      Outcome outcome = { 0 };

      run_vignette (atlas, file, groups[i], &outcome);
      g_array_append_val (outcomes, outcome);
    }

  print_table (outcomes);
  ck_assert_uint_ge (outcomes->len, MIN_VIGNETTES);
  for (guint i = 0; i < outcomes->len; i++)
    {
      const Outcome *o = &g_array_index (outcomes, Outcome, i);

      ck_assert_msg (o->got >= o->expected, "[%s] is under-triaged: %s, not %s", o->id,
                     cramp_tier_to_string (o->got), cramp_tier_to_string (o->expected));
      exact += o->got == o->expected;
      with_factors += o->top_3 >= 0;
      hits += o->top_3 > 0;
    }
  ck_assert_msg (exact >= MIN_EXACT_RATE * outcomes->len, "the exact tier in only %u of %u", exact,
                 outcomes->len);
  ck_assert_msg (hits >= MIN_TOP_3_RATE * with_factors, "the factors in the first three in only %u of %u",
                 hits, with_factors);
}
END_TEST

static Suite *
vignettes_suite (void)
{
  Suite *suite = suite_create ("vignettes");
  TCase *tcase = tcase_create ("vignettes");

  tcase_add_test (tcase, test_vignettes);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (vignettes_suite ());
}
