/* test-search.c: ranked, forgiving search over the real content
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>
#include <string.h>

#include "cramp-search.h"
#include "cramp-selection.h"
#include "cramp-text.h"
#include "test-util.h"

static CrampAtlas  *atlas;
static CrampSearch *search;

static void
add_guides (void)
{
  cramp_search_add_guide (search, CRAMP_GUIDE_RED_FLAGS, "When to See a Clinician");
  cramp_search_add_guide (search, CRAMP_GUIDE_SELF_CARE, "Easing and Preventing Cramps");
}

static void
setup (void)
{
  atlas = test_load_content ();
  search = cramp_search_new (atlas);
  add_guides ();
}

static void
teardown (void)
{
  g_clear_object (&search);
  g_clear_object (&atlas);
}

static void
setup_translated (const char *locale)
{
  atlas = test_load_translated_content (locale);
  search = cramp_search_new (atlas);
  add_guides ();
}

static void
setup_german (void)
{
  setup_translated ("de_DE.UTF-8");
}

static void
setup_spanish (void)
{
  setup_translated ("es_ES.UTF-8");
}

static const CrampSearchResult *
result (GPtrArray *results,
        guint      index)
{
  ck_assert_uint_gt (results->len, index);
  return g_ptr_array_index (results, index);
}

static gboolean
folded_contains (const char *text,
                 const char *word)
{
  g_autofree char *folded_text = cramp_text_fold (text);
  g_autofree char *folded_word = cramp_text_fold (word);

  return strstr (folded_text, folded_word) != NULL;
}

START_TEST (test_heel_pain)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "heel pain");

  ck_assert_int_eq (result (results, 0)->kind, CRAMP_SEARCH_REGION);
  ck_assert_str_eq (result (results, 0)->id, "heel");
  ck_assert_int_eq (result (results, 0)->field, CRAMP_SEARCH_FIELD_NAME);
  ck_assert_ptr_eq (result (results, 0)->item, cramp_atlas_lookup_region (atlas, "heel"));
}
END_TEST

/* Quinine has no page: what the content says of it is a tip of the self-care
 * guide and a red flag, and the results say which guide shows them. */
START_TEST (test_quinine)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "quinine");
  gboolean tip = FALSE, flag = FALSE;

  ck_assert_uint_ge (results->len, 2);
  for (guint i = 0; i < 2; i++)
    {
      const CrampSearchResult *found = result (results, i);

      if (found->kind == CRAMP_SEARCH_TIP)
        {
          tip = TRUE;
          ck_assert_str_eq (found->guide, CRAMP_GUIDE_SELF_CARE);
          ck_assert (folded_contains (((const CrampTip *) found->item)->text, "quinine"));
        }
      else
        {
          ck_assert_int_eq (found->kind, CRAMP_SEARCH_RED_FLAG);
          flag = TRUE;
          ck_assert_str_eq (found->guide, CRAMP_GUIDE_RED_FLAGS);
          ck_assert (folded_contains (((const CrampRedFlag *) found->item)->text, "quinine"));
        }
      ck_assert_int_eq (found->field, CRAMP_SEARCH_FIELD_TEXT);
    }
  ck_assert (tip && flag);
}
END_TEST

START_TEST (test_typos)
{
  /* One letter wrong in words of 4 to 7 letters, two in longer ones. */
  static const char *const found[][2] = {
    { "magnesum", "magnesium" },
    { "magnseum", "magnesium" },
    { "magnezum", "magnesium" },
    { "ankel", "ankle" },
    { "hele", "heel" },
  };
  static const char *const not_found[][2] = {
    { "hxxl", "heel" },
    { "mgnesim", "magnesium" },
    { "magnzm", "magnesium" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autoptr (GPtrArray) results = cramp_search_query (search, found[i][0]);

      ck_assert_msg (results->len > 0 && g_str_equal (result (results, 0)->id, found[i][1]), "%s", found[i][0]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_found); i++)
    {
      g_autoptr (GPtrArray) results = cramp_search_query (search, not_found[i][0]);

      for (guint j = 0; j < results->len; j++)
        ck_assert_msg (!g_str_equal (result (results, j)->id, not_found[i][1]), "“%s” finds %s", not_found[i][0],
                       not_found[i][1]);
    }
}
END_TEST

/* The tibial nerve first, if the atlas draws it; else what speaks of it. */
START_TEST (test_tibial)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "tibial");
  const CrampStructure *nerve = cramp_atlas_lookup_structure (atlas, "tibial-nerve");

  if (nerve != NULL)
    ck_assert_ptr_eq (result (results, 0)->item, nerve);
  else if (result (results, 0)->field == CRAMP_SEARCH_FIELD_NAME)
    ck_assert (folded_contains (result (results, 0)->title, "tibial"));
}
END_TEST

START_TEST (test_case_and_accents)
{
  g_autoptr (GPtrArray) lower = cramp_search_query (search, "heel");
  g_autoptr (GPtrArray) upper = cramp_search_query (search, "HÉEL");

  ck_assert_uint_eq (lower->len, upper->len);
  for (guint i = 0; i < lower->len; i++)
    {
      ck_assert_ptr_eq (result (lower, i)->item, result (upper, i)->item);
      ck_assert_uint_eq (result (lower, i)->score, result (upper, i)->score);
    }
  ck_assert_int_eq (result (lower, 0)->match, CRAMP_SEARCH_MATCH_EXACT);
}
END_TEST

START_TEST (test_guides)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "clinician");

  ck_assert_int_eq (result (results, 0)->kind, CRAMP_SEARCH_GUIDE);
  ck_assert_str_eq (result (results, 0)->id, CRAMP_GUIDE_RED_FLAGS);
  ck_assert_str_eq (result (results, 0)->title, "When to See a Clinician");
  ck_assert_ptr_null (result (results, 0)->item);
}
END_TEST

START_TEST (test_no_words)
{
  static const char *const queries[] = { "", "   ", "–, …?", "\xff\xfe" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr (GPtrArray) results = cramp_search_query (search, queries[i]);

      ck_assert_uint_eq (results->len, 0);
    }
}
END_TEST

/* The position of @item in the content, among the records of its kind. */
static guint
content_order (const CrampSearchResult *found)
{
  GPtrArray *records[] = { cramp_atlas_get_regions (atlas), cramp_atlas_get_structures (atlas),
                           cramp_atlas_get_factors (atlas), NULL, cramp_atlas_get_tips (atlas),
                           cramp_atlas_get_red_flags (atlas) };
  guint      index = 0;

  if (found->kind == CRAMP_SEARCH_GUIDE)
    return g_str_equal (found->id, CRAMP_GUIDE_RED_FLAGS) ? 0 : 1;

  ck_assert (g_ptr_array_find (records[found->kind], found->item, &index));
  return index;
}

/* Best first; ties by kind, then in the order of the content. */
static void
check_order (GPtrArray *results)
{
  for (guint i = 1; i < results->len; i++)
    {
      const CrampSearchResult *before = result (results, i - 1);
      const CrampSearchResult *after = result (results, i);

      ck_assert_uint_ge (before->score, after->score);
      if (before->score == after->score)
        {
          ck_assert_int_le (before->kind, after->kind);
          if (before->kind == after->kind)
            ck_assert_uint_lt (content_order (before), content_order (after));
        }
      if (before->match != after->match)
        ck_assert_int_lt (before->match, after->match);
    }
}

/* Names come first, and the rest is ranked too: not all of it equal. */
START_TEST (test_ranked)
{
  static const char *const queries[] = { "calf", "cramp", "heel pain", "night cramps", "nerve", "tibial" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr (GPtrArray) results = cramp_search_query (search, queries[i]);
      g_autoptr (GPtrArray) again = cramp_search_query (search, queries[i]);
      g_autoptr (GHashTable) scores = g_hash_table_new (NULL, NULL);
      gboolean in_texts = FALSE;

      check_order (results);
      ck_assert_uint_eq (results->len, again->len);
      for (guint j = 0; j < results->len; j++)
        {
          const CrampSearchResult *found = result (results, j);

          ck_assert_ptr_eq (found->item, result (again, j)->item);
          ck_assert_str_eq (found->id, result (again, j)->id);
          g_hash_table_add (scores, GUINT_TO_POINTER (found->score));
          if (found->field != CRAMP_SEARCH_FIELD_NAME)
            in_texts = TRUE;
          else
            ck_assert_msg (!in_texts, "“%s”: a name after a text", queries[i]);
        }
      ck_assert_msg (g_hash_table_size (scores) >= 3, "“%s” ranks %u results with %u scores", queries[i],
                     results->len, g_hash_table_size (scores));
    }
}
END_TEST

/* “calf”: the names that begin with it, then those with a word that does. */
START_TEST (test_calf)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "calf");
  CrampSearchMatch last = CRAMP_SEARCH_MATCH_EXACT;

  for (guint i = 0; i < results->len && result (results, i)->match != CRAMP_SEARCH_MATCH_WORDS; i++)
    {
      ck_assert (folded_contains (result (results, i)->title, "calf"));
      ck_assert_int_ge (result (results, i)->match, last);
      last = result (results, i)->match;
    }
  ck_assert_int_eq (last, CRAMP_SEARCH_MATCH_WORD_START);
}
END_TEST

/* Adds the records of @records whose name holds @word. Regions, structures
 * and factors all begin with an id and a name, or a layer and a name. */
static void
add_named (GPtrArray  *named,
           GPtrArray  *records,
           gsize       name_offset,
           const char *word)
{
  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (folded_contains (G_STRUCT_MEMBER (const char *, record, name_offset), word))
        g_ptr_array_add (named, record);
    }
}

/* The regions, structures and factors whose name in the current language
 * holds @word, which the search must put first. */
static GPtrArray *
named_with (const char *word)
{
  GPtrArray *named = g_ptr_array_new ();

  add_named (named, cramp_atlas_get_regions (atlas), G_STRUCT_OFFSET (CrampRegion, name), word);
  add_named (named, cramp_atlas_get_structures (atlas), G_STRUCT_OFFSET (CrampStructure, name), word);
  add_named (named, cramp_atlas_get_factors (atlas), G_STRUCT_OFFSET (CrampFactor, name), word);

  return named;
}

static void
check_found_by_name (const char *word)
{
  g_autoptr (GPtrArray) named = named_with (word);
  g_autoptr (GPtrArray) results = cramp_search_query (search, word);

  ck_assert_msg (named->len > 0, "No region, structure or factor has “%s” in its name", word);

  /* Each of them comes before whatever else is found. */
  for (guint i = 0; i < named->len; i++)
    ck_assert_msg (g_ptr_array_find (named, result (results, i)->item, NULL), "“%s” is result %u", result (results, i)->title,
                   i);
  ck_assert (folded_contains (result (results, 0)->title, word));
  ck_assert_int_lt (result (results, 0)->match, CRAMP_SEARCH_MATCH_WORDS);
}

/* German names hold the word in compounds: Schienbeinnerv, Schienbeinarterie. */
START_TEST (test_german)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "Schienbein");

  check_found_by_name ("Schienbein");
  check_order (results);
}
END_TEST

START_TEST (test_spanish)
{
  g_autoptr (GPtrArray) results = cramp_search_query (search, "talon");

  check_found_by_name ("tibia");
  /* Without its accent, “talón” is the heel. */
  ck_assert_str_eq (result (results, 0)->id, "heel");
  ck_assert_int_eq (result (results, 0)->match, CRAMP_SEARCH_MATCH_EXACT);
}
END_TEST

static Suite *
search_suite (void)
{
  Suite *suite = suite_create ("search");
  TCase *english = tcase_create ("english");
  TCase *translated = tcase_create ("translated");
  TCase *spanish = tcase_create ("spanish");

  tcase_add_checked_fixture (english, setup, teardown);
  tcase_add_test (english, test_heel_pain);
  tcase_add_test (english, test_quinine);
  tcase_add_test (english, test_typos);
  tcase_add_test (english, test_tibial);
  tcase_add_test (english, test_case_and_accents);
  tcase_add_test (english, test_guides);
  tcase_add_test (english, test_no_words);
  tcase_add_test (english, test_ranked);
  tcase_add_test (english, test_calf);
  suite_add_tcase (suite, english);

  tcase_add_checked_fixture (translated, setup_german, teardown);
  tcase_add_test (translated, test_german);
  suite_add_tcase (suite, translated);

  tcase_add_checked_fixture (spanish, setup_spanish, teardown);
  tcase_add_test (spanish, test_spanish);
  suite_add_tcase (suite, spanish);

  return suite;
}

int
main (void)
{
  return test_run_suite (search_suite ());
}
