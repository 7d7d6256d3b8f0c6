/* test-selection.c: the window's one piece of selection state, as a string
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>

#include "cramp-selection.h"
#include "test-util.h"

START_TEST (test_make_and_parse_round_trip)
{
  static const struct
  {
    CrampSelectionKind kind;
    const char        *id;
    const char        *text;
  } cases[] = {
    { CRAMP_SELECTION_REGION, "tarsal-tunnel", "region:tarsal-tunnel" },
    { CRAMP_SELECTION_FACTOR, "magnesium", "factor:magnesium" },
    { CRAMP_SELECTION_GUIDE, CRAMP_GUIDE_RED_FLAGS, "guide:red-flags" },
    { CRAMP_SELECTION_CHECK, CRAMP_CHECK_SYMPTOMS, "check:symptoms" },
    { CRAMP_SELECTION_QUIZ, CRAMP_QUIZ_ROUND, "quiz:round" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char   *text = cramp_selection_make (cases[i].kind, cases[i].id);
      CrampSelectionKind kind;
      const char        *id;

      ck_assert_str_eq (text, cases[i].text);
      ck_assert (cramp_selection_parse (text, &kind, &id));
      ck_assert_int_eq (kind, cases[i].kind);
      ck_assert_str_eq (id, cases[i].id);
    }
}
END_TEST

START_TEST (test_empty_selects_nothing)
{
  g_autofree char   *text = cramp_selection_make (CRAMP_SELECTION_NONE, NULL);
  CrampSelectionKind kind = CRAMP_SELECTION_FACTOR;
  const char        *id = "x";

  ck_assert_str_eq (text, "");
  ck_assert (cramp_selection_parse ("", &kind, &id));
  ck_assert_int_eq (kind, CRAMP_SELECTION_NONE);
  ck_assert_ptr_null (id);
}
END_TEST

START_TEST (test_malformed_selections_are_refused)
{
  static const char *const bad[] = { "arch", "region:", "regions:arch", "factor", ":arch" };
  CrampSelectionKind       kind;
  const char              *id;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      ck_assert_msg (!cramp_selection_parse (bad[i], &kind, &id), "%s", bad[i]);
      ck_assert_int_eq (kind, CRAMP_SELECTION_NONE);
    }
}
END_TEST

static Suite *
selection_suite (void)
{
  Suite *suite = suite_create ("selection");
  TCase *tcase = tcase_create ("strings");

  tcase_add_test (tcase, test_make_and_parse_round_trip);
  tcase_add_test (tcase, test_empty_selects_nothing);
  tcase_add_test (tcase, test_malformed_selections_are_refused);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (selection_suite ());
}
