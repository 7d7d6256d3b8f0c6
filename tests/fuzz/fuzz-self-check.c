/* fuzz-self-check.c: libFuzzer target for the self-check's engine
 *
 * Random walks of answers over any content the loader takes: they must
 * never crash, and the tier must never be below the most urgent red flag of
 * an answer given. Only the engine's public API is used.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-self-check.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static gboolean
holds (GPtrArray    *array,
       gconstpointer item)
{
  return g_ptr_array_find (array, item, NULL);
}

/* The tier, the most urgent of every red flag that an answer given raises. */
static void
check_tier (CrampSelfCheck    *check,
            const CrampAnswer *just_chosen)
{
  g_autoptr (CrampSelfCheckResult) result = cramp_self_check_evaluate (check);
  CrampTier most = CRAMP_TIER_SELF_CARE;

  for (guint i = 0; i < result->answers->len; i++)
    {
      const CrampAnswer *answer = g_ptr_array_index (result->answers, i);

      if (answer->flag != NULL)
        most = MAX (most, answer->flag->tier);
    }
  for (guint i = 0; i < result->flags->len; i++)
    most = MAX (most, ((CrampRedFlag *) g_ptr_array_index (result->flags, i))->tier);

  if (result->tier < most)
    fuzz_fail ("the tier %s is below the red flag of tier %s", cramp_tier_to_string (result->tier),
               cramp_tier_to_string (most));
  if (cramp_self_check_get_tier (check) != result->tier)
    fuzz_fail ("the tier shown, %s, is not the result's, %s", cramp_tier_to_string (cramp_self_check_get_tier (check)),
               cramp_tier_to_string (result->tier));
  if (just_chosen != NULL && !holds (result->answers, just_chosen))
    fuzz_fail ("the answer “%s”, just given, is not among the answers", just_chosen->id);
}

/* Each byte is a step: give or take back an answer of the question asked,
 * go on, skip or go back. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const guint8 *walk;
  gsize         length;
  g_autoptr (CrampAtlas) atlas = fuzz_atlas_and_walk (data, size, &walk, &length);
  g_autoptr (CrampSelfCheck) check = NULL;

  if (atlas == NULL)
    return 0;

  check = cramp_self_check_new (atlas);
  check_tier (check, NULL);
  for (gsize i = 0; i < length; i++)
    {
      const CrampQuestion *question = cramp_self_check_get_question (check);
      const CrampAnswer   *chosen = NULL;
      guint8               step = walk[i];

      if (cramp_self_check_get_finished (check) != (question == NULL))
        fuzz_fail ("finished, yet asking a question, or the other way round");

      switch (step % 6)
        {
        case 0:
        case 1:
        case 2:
          if (question != NULL && question->answers->len > 0)
            {
              const CrampAnswer *answer = g_ptr_array_index (question->answers, (step / 6) % question->answers->len);
              gboolean           give = (step & 0x80) == 0;

              cramp_self_check_set_chosen (check, answer, give);
              chosen = give ? answer : NULL;
            }
          break;
        case 3:
          cramp_self_check_next (check);
          break;
        case 4:
          cramp_self_check_skip (check);
          break;
        default:
          cramp_self_check_back (check);
          break;
        }

      check_tier (check, chosen);
    }

  return 0;
}
