/* test-util.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "test-util.h"

const char *const test_tight_shoes_answers[TEST_N_TIGHT_SHOES_ANSWERS] = {
  "emergency-none",
  "age-50-to-64",
  "sex-male",
  "injury-none",
  "infection-none",
  "onset-long",
  "sides-both",
  "where-arch",
  "when-night",
  "duration-short",
  "frequency-monthly",
  "activity-still",
  "shoes-tight",
  "fluids-enough",
  "medicines-none",
  "conditions-none",
  "clot-risk-none",
  "smoking-no",
  "sensation-none",
  "feet-none",
  "calf-no",
  "self-care-untried",
};

static int
run (Suite   *suite,
     gboolean fork)
{
  SRunner *runner = srunner_create (suite);
  int      failed;

  if (!fork)
    srunner_set_fork_status (runner, CK_NOFORK);

  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed == 0 ? 0 : 1;
}

/* Runs every test of @suite, each in a child process unless CK_FORK=no. */
int
test_run_suite (Suite *suite)
{
  return run (suite, TRUE);
}

/* Runs every test of @suite in this process, as widgets need. */
int
test_run_suite_no_fork (Suite *suite)
{
  return run (suite, FALSE);
}

/* Whether @message starts with "FILE:LINE:COLUMN: ". */
gboolean
test_message_has_position (const char *message,
                           const char *file_name)
{
  g_autofree char *pattern = g_strdup_printf ("^%s:[0-9]+:[0-9]+: .", file_name);

  return g_regex_match_simple (pattern, message, 0, 0);
}

/* The real content file of the source tree; a test fails if it does not load. */
CrampAtlas *
test_load_content (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_CONTENT_FILE);
  g_autoptr (GError) error = NULL;
  CrampAtlas *atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);

  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
  return atlas;
}
