/* test-text.c: words folded and compared as a reader would
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>

#include "cramp-text.h"
#include "test-util.h"

START_TEST (test_fold)
{
  static const char *const cases[][2] = {
    { "Talón", "talon" },
    { "STRASSE", "strasse" },
    { "Straße", "strasse" },
    { "Maléolo medial", "maleolo medial" },
    { "Innenknöchel", "innenknochel" },
    { "ﬁbula", "fibula" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = cramp_text_fold (cases[i][0]);

      ck_assert_str_eq (folded, cases[i][1]);
    }
}
END_TEST

START_TEST (test_words)
{
  g_auto (GStrv) words = cramp_text_fold_words ("Calf muscles (gastrocnemius and soleus) – the body’s “Wade”, 2 × B12");
  const char *const expected[] = { "calf", "muscles", "gastrocnemius", "and", "soleus", "the", "body", "s", "wade", "2",
                                   "b12", NULL };

  /* "×" is a symbol, not a letter: it makes no word. */
  ck_assert (g_strv_equal ((const char *const *) words, expected));
}
END_TEST

START_TEST (test_next_word)
{
  const char *text = "  Heel, “pain” ";
  const char *cursor = text, *start, *end;

  ck_assert (cramp_text_next_word (&cursor, &start, &end));
  ck_assert_int_eq (start - text, 2);
  ck_assert_int_eq (end - start, 4);
  ck_assert (cramp_text_next_word (&cursor, &start, &end));
  ck_assert_int_eq (end - start, 4);
  ck_assert (!cramp_text_next_word (&cursor, &start, &end));
  ck_assert (!cramp_text_next_word (&cursor, &start, &end));
}
END_TEST

START_TEST (test_akin)
{
  static const char *const akin[][2] = {
    { "toe", "toes" },
    { "heel", "heeled" },
    { "pregnant", "pregnancy" },
    { "statin", "statins" },
    { "tibia", "tibial" },
    { "standing", "stand" },
    { "arch", "arch" },
    { "foot", "footwear" },
    { "schwanger", "schwangerschaft" },
    { "krampf", "wadenkrampf" },
    { "ferse", "fersenbein" },
  };
  static const char *const unrelated[][2] = {
    { "feet", "feel" },
    { "feet", "feeling" },
    { "arch", "artery" },
    { "toe", "top" },
    { "calf", "call" },
    { "ankle", "tankless" },
    { "in", "inner" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (akin); i++)
    {
      ck_assert_msg (cramp_text_akin (akin[i][0], akin[i][1]), "%s, %s", akin[i][0], akin[i][1]);
      ck_assert_msg (cramp_text_akin (akin[i][1], akin[i][0]), "%s, %s", akin[i][1], akin[i][0]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unrelated); i++)
    {
      ck_assert_msg (!cramp_text_akin (unrelated[i][0], unrelated[i][1]), "%s, %s", unrelated[i][0], unrelated[i][1]);
      ck_assert_msg (!cramp_text_akin (unrelated[i][1], unrelated[i][0]), "%s, %s", unrelated[i][1], unrelated[i][0]);
    }
}
END_TEST

START_TEST (test_distance)
{
  ck_assert_uint_eq (cramp_text_distance ("magnesium", "magnesium", 2), 0);
  ck_assert_uint_eq (cramp_text_distance ("magnesum", "magnesium", 2), 1);
  ck_assert_uint_eq (cramp_text_distance ("mangesium", "magnesium", 2), 1);
  ck_assert_uint_eq (cramp_text_distance ("magnesio", "magnesium", 2), 2);
  ck_assert_uint_eq (cramp_text_distance ("talon", "talón", 2), 1);
  ck_assert_uint_eq (cramp_text_distance ("", "heel", 9), 4);
  /* Beyond the limit, the limit and one. */
  ck_assert_uint_eq (cramp_text_distance ("heel", "arch", 1), 2);
  ck_assert_uint_eq (cramp_text_distance ("calf", "calves and more", 2), 3);
}
END_TEST

START_TEST (test_mask)
{
  const char *const words[] = { "heel", "toes", NULL };
  g_autofree char  *masked = cramp_text_mask ("The Heel bone, the toe and the heeled shoe; Toes.", words, "…");

  ck_assert_str_eq (masked, "The … bone, the … and the … shoe; ….");
}
END_TEST

static Suite *
text_suite (void)
{
  Suite *suite = suite_create ("text");
  TCase *tcase = tcase_create ("words");

  tcase_add_test (tcase, test_fold);
  tcase_add_test (tcase, test_words);
  tcase_add_test (tcase, test_next_word);
  tcase_add_test (tcase, test_akin);
  tcase_add_test (tcase, test_distance);
  tcase_add_test (tcase, test_mask);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  return test_run_suite (text_suite ());
}
