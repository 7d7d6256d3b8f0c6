/* test-atlas.c: the content loader, with good and bad files
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <check.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cramp-atlas.h"
#include "test-util.h"

static char *
good_document (void)
{
  g_autofree char *path = g_build_filename (TEST_FIXTURES_DIR, "good.xml", NULL);
  char            *contents = NULL;

  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The good document with the first occurrence of @find replaced. */
static char *
good_document_with (const char *find,
                    const char *replace)
{
  g_autofree char *document = good_document ();
  const char      *at = strstr (document, find);

  ck_assert_msg (at != NULL, "the good document has no “%s”", find);

  return g_strdup_printf ("%.*s%s%s", (int) (at - document), document, replace,
                          at + strlen (find));
}

static CrampAtlas *
load_string (const char *document,
             GError    **error)
{
  return cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, error);
}

START_TEST (test_good_file_loads)
{
  g_autofree char *path = g_build_filename (TEST_FIXTURES_DIR, "good.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);

  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (cramp_atlas_get_sources (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_groups (atlas)->len, 1);
  ck_assert_uint_eq (cramp_atlas_get_regions (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_factors (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_red_flags (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_tips (atlas)->len, 1);
  ck_assert_uint_eq (cramp_atlas_get_views (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_layers (atlas)->len, 1);
  ck_assert_uint_eq (cramp_atlas_get_structures (atlas)->len, 2);
  ck_assert_uint_eq (cramp_atlas_get_questions (atlas)->len, 4);
  ck_assert_uint_eq (cramp_atlas_get_rules (atlas)->len, 1);
}
END_TEST

START_TEST (test_advice_conditions_and_rules)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampQuestion *follow_up = cramp_atlas_lookup_question (atlas, "follow-up");
  const CrampAnswer   *yes = cramp_atlas_lookup_answer (atlas, "follow-up-yes");
  const CrampRule     *rule = cramp_atlas_lookup_rule (atlas, "arch-and-more");
  const CrampRedFlag  *cold = cramp_atlas_lookup_red_flag (atlas, "cold-foot");
  const CrampRedFlag  *often = cramp_atlas_lookup_red_flag (atlas, "often");
  const CrampClause   *clause;

  for (CrampTier tier = CRAMP_TIER_SELF_CARE; tier <= CRAMP_TIER_EMERGENCY; tier++)
    ck_assert_int_eq (cramp_atlas_get_tier_advice (atlas, tier)->tier, tier);
  ck_assert_str_eq (cramp_atlas_get_tier_advice (atlas, CRAMP_TIER_SOON)->safety_net, "Sooner if worse.");
  ck_assert_str_eq (cramp_atlas_get_notice (atlas, CRAMP_NOTICE_ABOUT), "About.");
  ck_assert_str_eq (cramp_atlas_explain_evidence (atlas, CRAMP_EVIDENCE_CONTESTED), "Doubtful.");

  ck_assert_str_eq (cold->concern, "A blocked artery.");
  ck_assert_str_eq (cold->meanwhile, "Keep still.");
  ck_assert (cold->holds_self_care);
  ck_assert_ptr_null (often->concern);
  ck_assert (!often->holds_self_care);

  ck_assert_str_eq (follow_up->why, "Because.");
  ck_assert_ptr_eq (g_ptr_array_index (follow_up->if_any, 0), cramp_atlas_lookup_answer (atlas, "where-arch"));
  ck_assert_ptr_eq (g_ptr_array_index (follow_up->unless_any, 0), cramp_atlas_lookup_answer (atlas, "danger-cold"));
  ck_assert_uint_eq (yes->factors->len, 0);
  ck_assert_ptr_eq (g_ptr_array_index (yes->hints, 0), cramp_atlas_lookup_factor (atlas, "tired"));

  ck_assert_ptr_eq (rule->flag, often);
  ck_assert_uint_eq (rule->clauses->len, 3);
  clause = g_ptr_array_index (rule->clauses, 0);
  ck_assert_uint_eq (clause->at_least, 1);
  ck_assert_uint_eq (clause->answers->len, 1);
  clause = g_ptr_array_index (rule->clauses, 1);
  ck_assert_uint_eq (clause->at_least, 1);
  ck_assert_uint_eq (clause->answers->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (clause->answers, 1), cramp_atlas_lookup_answer (atlas, "where-toes"));
}
END_TEST

START_TEST (test_views_and_steps_link_up)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampView   *side = cramp_atlas_lookup_view (atlas, "side");
  const CrampView   *sole = cramp_atlas_lookup_view (atlas, "sole");
  const CrampFactor *tired = cramp_atlas_lookup_factor (atlas, "tired");
  const CrampFactor *shoes = cramp_atlas_lookup_factor (atlas, "shoes");
  const CrampStep   *first, *second;

  ck_assert_str_eq (side->drawing, "side.svg");
  ck_assert_str_eq (side->name, "Side");
  ck_assert_uint_eq (side->regions->len, 2);
  ck_assert_uint_eq (sole->regions->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (sole->regions, 0), cramp_atlas_lookup_region (atlas, "toes"));
  ck_assert_uint_eq (cramp_atlas_lookup_region (atlas, "toes")->views->len, 2);
  ck_assert_ptr_eq (cramp_atlas_lookup_structure (atlas, "big-nerve")->layer,
                    cramp_atlas_lookup_layer (atlas, "nerves"));
  ck_assert_ptr_null (cramp_atlas_lookup_structure (atlas, "bone")->layer);

  ck_assert_uint_eq (tired->steps->len, 2);
  ck_assert_uint_eq (shoes->steps->len, 0);
  first = g_ptr_array_index (tired->steps, 0);
  second = g_ptr_array_index (tired->steps, 1);
  ck_assert_str_eq (first->caption, "First.");
  ck_assert_ptr_eq (first->factor, tired);
  ck_assert_ptr_eq (first->view, side);
  ck_assert_uint_eq (first->regions->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (first->structures, 0),
                    cramp_atlas_lookup_structure (atlas, "big-nerve"));
  ck_assert_uint_eq (first->layers->len, 1);
  ck_assert_ptr_eq (second->view, sole);
  ck_assert_uint_eq (second->layers->len, 0);
  ck_assert_ptr_eq (g_ptr_array_index (second->structures, 0), cramp_atlas_lookup_structure (atlas, "bone"));
}
END_TEST

START_TEST (test_records_hold_their_fields)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampFactor  *tired = cramp_atlas_lookup_factor (atlas, "tired");
  const CrampFactor  *shoes = cramp_atlas_lookup_factor (atlas, "shoes");
  const CrampRedFlag *flag = g_ptr_array_index (cramp_atlas_get_red_flags (atlas), 0);
  const CrampTip     *tip = g_ptr_array_index (cramp_atlas_get_tips (atlas), 0);

  ck_assert_ptr_nonnull (tired);
  ck_assert_str_eq (tired->name, "Tired muscles");
  ck_assert_str_eq (tired->mechanism, "Reflexes change.");
  ck_assert_str_eq (tired->evidence_note, "A theory.");
  ck_assert_str_eq (tired->self_care, "Rest.");
  ck_assert_int_eq (tired->evidence, CRAMP_EVIDENCE_PLAUSIBLE);
  ck_assert_ptr_eq (tired->group, cramp_atlas_lookup_group (atlas, "habits"));
  ck_assert_ptr_null (shoes->self_care);
  ck_assert_int_eq (shoes->evidence, CRAMP_EVIDENCE_CONTESTED);
  ck_assert_uint_eq (shoes->sources->len, 2);
  ck_assert_str_eq (((CrampSource *) g_ptr_array_index (shoes->sources, 1))->address,
                    "https://example.org/two");
  ck_assert_int_eq (flag->tier, CRAMP_TIER_EMERGENCY);
  ck_assert_str_eq (flag->text, "A cold, pale foot.");
  ck_assert_uint_eq (flag->sources->len, 1);
  ck_assert_int_eq (tip->kind, CRAMP_TIP_DURING);
}
END_TEST

START_TEST (test_white_space_is_collapsed)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampRegion *arch = cramp_atlas_lookup_region (atlas, "arch");

  ck_assert_str_eq (arch->description, "A description that spans two lines.");
}
END_TEST

START_TEST (test_regions_list_their_factors)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampRegion *arch = cramp_atlas_lookup_region (atlas, "arch");
  const CrampRegion *toes = cramp_atlas_lookup_region (atlas, "toes");

  ck_assert_uint_eq (arch->factors->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (arch->factors, 0), cramp_atlas_lookup_factor (atlas, "tired"));
  ck_assert_uint_eq (toes->factors->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (toes->factors, 1), cramp_atlas_lookup_factor (atlas, "shoes"));
  ck_assert_ptr_null (cramp_atlas_lookup_region (atlas, "heel"));
}
END_TEST

/* A structure names the regions it lies in and the factors that involve
 * it; a region and a factor list their structures back, in content order. */
START_TEST (test_structures_link_both_ways)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  const CrampStructure *nerve = cramp_atlas_lookup_structure (atlas, "big-nerve");
  const CrampStructure *bone = cramp_atlas_lookup_structure (atlas, "bone");
  const CrampRegion    *arch = cramp_atlas_lookup_region (atlas, "arch");
  const CrampRegion    *toes = cramp_atlas_lookup_region (atlas, "toes");
  const CrampFactor    *tired = cramp_atlas_lookup_factor (atlas, "tired");
  const CrampFactor    *shoes = cramp_atlas_lookup_factor (atlas, "shoes");

  ck_assert_str_eq (nerve->name, "Big nerve");
  ck_assert_str_eq (nerve->latin, "nervus magnus");
  ck_assert_str_eq (nerve->description, "It carries signals.");
  ck_assert_str_eq (bone->latin, "os");

  ck_assert_uint_eq (nerve->regions->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (nerve->regions, 0), arch);
  ck_assert_uint_eq (nerve->factors->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (nerve->factors, 0), tired);
  ck_assert_uint_eq (bone->regions->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (bone->regions, 0), toes);
  ck_assert_ptr_eq (g_ptr_array_index (bone->regions, 1), arch);
  ck_assert_uint_eq (bone->factors->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (bone->factors, 0), shoes);

  ck_assert_uint_eq (arch->structures->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (arch->structures, 0), nerve);
  ck_assert_ptr_eq (g_ptr_array_index (arch->structures, 1), bone);
  ck_assert_uint_eq (toes->structures->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (toes->structures, 0), bone);
  ck_assert_uint_eq (tired->structures->len, 2);
  ck_assert_ptr_eq (g_ptr_array_index (tired->structures, 0), nerve);
  ck_assert_ptr_eq (g_ptr_array_index (tired->structures, 1), bone);
  ck_assert_uint_eq (shoes->structures->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (shoes->structures, 0), bone);
}
END_TEST

/* A Latin name is a name: as short as an English one. */
START_TEST (test_latin_name_is_short)
{
  g_autoptr (GString) latin = g_string_new ("<latin>");
  g_autofree char *document = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  while (latin->len < strlen ("<latin>") + 121)
    g_string_append (latin, "ossa ");
  g_string_append (latin, "</latin>");
  document = good_document_with ("<latin>os</latin>", latin->str);
  atlas = load_string (document, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_TOO_LARGE));
  ck_assert_msg (strstr (error->message, "<latin> of “bone”") != NULL, "%s", error->message);
  ck_assert_msg (strstr (error->message, "at most 120") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_missing_file_is_an_io_error)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_FIXTURES_DIR "/no-such-file.xml");
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
}
END_TEST

START_TEST (test_questions_link_to_their_answers)
{
  g_autofree char *document = good_document ();
  g_autoptr (CrampAtlas) atlas = load_string (document, NULL);
  GPtrArray           *questions;
  const CrampQuestion *danger, *where;
  const CrampAnswer   *arch;

  ck_assert_ptr_nonnull (atlas);
  questions = cramp_atlas_get_questions (atlas);
  ck_assert_uint_eq (questions->len, 4);

  danger = g_ptr_array_index (questions, 0);
  ck_assert_str_eq (danger->id, "danger");
  ck_assert_int_eq (danger->kind, CRAMP_QUESTION_CHECKLIST);
  ck_assert (!danger->optional);
  ck_assert_ptr_null (danger->help);
  ck_assert_uint_eq (danger->answers->len, 2);
  ck_assert_str_eq (((CrampAnswer *) g_ptr_array_index (danger->answers, 0))->flag->id, "cold-foot");
  ck_assert (((CrampAnswer *) g_ptr_array_index (danger->answers, 1))->none);

  where = cramp_atlas_lookup_question (atlas, "where");
  ck_assert (where->optional);
  ck_assert_str_eq (where->help, "Pick one.");

  arch = cramp_atlas_lookup_answer (atlas, "where-arch");
  ck_assert_ptr_eq (arch->question, where);
  ck_assert_str_eq (arch->text, "The arch.");
  ck_assert_str_eq (arch->region->id, "arch");
  ck_assert_ptr_null (arch->flag);
  ck_assert_uint_eq (arch->factors->len, 2);
  ck_assert_str_eq (((CrampFactor *) g_ptr_array_index (arch->factors, 1))->id, "tired");
  ck_assert_str_eq (cramp_question_kind_to_string (CRAMP_QUESTION_SINGLE), "single");
}
END_TEST

START_TEST (test_file_errors_name_the_file)
{
  g_autofree char *path = g_build_filename (TEST_FIXTURES_DIR, "malformed.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_MALFORMED));
  ck_assert_msg (g_str_has_prefix (error->message, "malformed.xml:6:"), "%s", error->message);
  ck_assert_msg (strstr (error->message, "regions") != NULL, "%s", error->message);
}
END_TEST

typedef struct
{
  const char *what;
  const char *find;
  const char *replace;
  int         code;
  const char *prefix;   /* file:line: of the error */
  const char *mentions; /* a fragment the message must hold */
} BadCase;

static const BadCase bad_cases[] = {
  { "malformed", "<name>Arch</name>", "<name>Arch</nam>",
    CRAMP_ATLAS_ERROR_MALFORMED, "test.xml:15:", "nam" },
  { "unknown element", "<name>Habits</name>", "<name>Habits</name><colour>red</colour>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "test.xml:9:", "<colour> inside <group>" },
  { "element inside text", "<name>Toes</name>", "<name>Toes<b>big</b></name>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "test.xml:23:", "<b> inside <name>" },
  { "unknown attribute", "<region id=\"arch\">", "<region id=\"arch\" colour=\"red\">",
    CRAMP_ATLAS_ERROR_UNKNOWN_ATTRIBUTE, "test.xml:14:", "“colour” on <region>" },
  { "duplicate id", "<region id=\"toes\">", "<region id=\"arch\">",
    CRAMP_ATLAS_ERROR_DUPLICATE_ID, "test.xml:22:", "“arch” already exists" },
  { "dangling region", "<concerns region=\"toes\"/>", "<concerns region=\"heel\"/>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:36:", "region “heel”" },
  { "dangling source", "<cite source=\"s2\"/>", "<cite source=\"s9\"/>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:46:", "source “s9”" },
  { "dangling group", "group=\"habits\" evidence=\"contested\"", "group=\"diet\" evidence=\"contested\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:39:", "group “diet”" },
  { "missing field", "<summary>Fatigue.</summary>", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:38:", "“tired” has no <summary>" },
  { "missing attribute", " evidence=\"plausible\"", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:29:", "attribute “evidence”" },
  { "empty field", "<mechanism>Strain.</mechanism>", "<mechanism>  </mechanism>",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:42:", "<mechanism> of “shoes” is empty" },
  { "no regions for a factor", "      <concerns region=\"arch\"/>\n      <concerns region=\"toes\"/>\n", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:36:13:", "“tired” needs at least one <concerns" },
  { "no sources for a factor", "      <cite source=\"s1\"/>\n    </factor>", "    </factor>",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:37:13:", "“tired” needs at least one <cite" },
  { "duplicate field", "<name>Toes</name>", "<name>Toes</name><name>Digits</name>",
    CRAMP_ATLAS_ERROR_DUPLICATE_FIELD, "test.xml:23:", "more than one <name>" },
  { "duplicate reference", "<concerns region=\"arch\"/>", "<concerns region=\"toes\"/>",
    CRAMP_ATLAS_ERROR_DUPLICATE_FIELD, "test.xml:36:", "names “toes” twice" },
  { "invalid evidence", "evidence=\"plausible\"", "evidence=\"likely\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:29:", "established, plausible, contested" },
  { "invalid tier", "tier=\"soon\"", "tier=\"whenever\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:54:", "tier=\"whenever\"" },
  { "self-care red flag", "tier=\"soon\"", "tier=\"self-care\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:54:", "soon, urgent or emergency" },
  { "invalid kind", "kind=\"during\"", "kind=\"always\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:59:", "during, prevent, avoid" },
  { "invalid id", "<region id=\"toes\">", "<region id=\"Big Toe\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:22:", "“Big Toe”" },
  { "plain http address", "https://example.org/one", "http://example.org/one",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:4:", "start with https://" },
  { "wrong version", "<atlas version=\"1\">", "<atlas version=\"2\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:2:", "version “2”" },
  { "wrong root", "<atlas version=\"1\">", "<atlas-of-maps version=\"1\">",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "test.xml:2:", "root element is <atlas-of-maps>" },
  { "unexpected text", "<sources>", "<sources>hello",
    CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT, "test.xml:3:", "inside <sources>" },
  { "invalid UTF-8", "<name>Arch</name>", "<name>Ar\xff\xfe</name>",
    CRAMP_ATLAS_ERROR_MALFORMED, "test.xml:15:", "UTF-8" },
  { "invalid UTF-8 in CDATA", "<summary>Fatigue.</summary>", "<summary><![CDATA[Fat\xc3igue.",
    CRAMP_ATLAS_ERROR_MALFORMED, "test.xml:31:", "not valid UTF-8" },
  { "dangling view", "<in-view view=\"sole\"/>", "<in-view view=\"top\"/>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:23:", "view “top”" },
  { "region in no view", "<name>Arch</name><in-view view=\"side\"/>", "<name>Arch</name>",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:21:13:", "“arch” needs at least one <in-view view=" },
  { "drawing outside the folder", "drawing=\"side.svg\"", "drawing=\"../side.svg\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:64:", "a drawing is a name like" },
  { "dangling highlight", "highlight=\"arch big-nerve\"", "highlight=\"arch small-nerve\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:75:", "region or structure “small-nerve”" },
  { "dangling step layer", "layers=\"nerves\"", "layers=\"nerves veins\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:75:", "layer “veins”" },
  { "dangling structure layer", "layer=\"nerves\"><name>Big", "layer=\"veins\"><name>Big",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:71:", "layer “veins”" },
  { "highlight outside the view", "highlight=\"toes bone\"", "highlight=\"arch bone\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:76:", "which the view “sole” does not draw" },
  { "one step", "id=\"tired-2\" factor=\"tired\"", "id=\"tired-2\" factor=\"shoes\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:75:", "“tired” has one step" },
  { "five steps", "  </steps>",
    "    <step id=\"s3\" factor=\"tired\" view=\"side\" highlight=\"arch\"><caption>3</caption></step>\n"
    "    <step id=\"s4\" factor=\"tired\" view=\"side\" highlight=\"arch\"><caption>4</caption></step>\n"
    "    <step id=\"s5\" factor=\"tired\" view=\"side\" highlight=\"arch\"><caption>5</caption></step>\n"
    "  </steps>",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:79:", "“tired” has a fifth step" },
  { "unclosed tag", "  <red-flags>", "  <red-flags",
    CRAMP_ATLAS_ERROR_MALFORMED, "test.xml:50:15:", "“<red-flag” is not a valid name" },
  { "second root", "</atlas>", "</atlas>\n<atlas version=\"1\"/>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "test.xml:129:19:", "a second root element <atlas>" },
  { "text after an entity", "<sources>", "<sources>&amp;x",
    CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT, "test.xml:3:12:", "inside <sources>" },
  { "text after a comment", "<sources>", "<sources><!-- a note -->  x",
    CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT, "test.xml:3:29:", "inside <sources>" },
  { "question with no answers",
    "    <answer id=\"often-rarely\" question=\"often\"><text>Rarely.</text></answer>\n"
    "    <answer id=\"often-nightly\" question=\"often\" flag=\"often\"><text>Every night.</text></answer>\n",
    "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:90:", "“often” has no answers" },
  { "question with one answer", "    <answer id=\"often-rarely\" question=\"often\"><text>Rarely.</text></answer>\n", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:90:", "“often” has one answer" },
  { "answer to a missing factor", "factors=\"shoes tired\"", "factors=\"shoes walking\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:88:", "factor “walking”" },
  { "answer to a missing question", "id=\"where-toes\" question=\"where\"", "id=\"where-toes\" question=\"wear\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:89:", "question “wear”" },
  { "answer to a missing red flag", "question=\"often\" flag=\"often\"", "question=\"often\" flag=\"always\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:94:", "red-flag “always”" },
  { "answer to a missing region", "region=\"arch\" factors", "region=\"shin\" factors",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:88:", "region “shin”" },
  { "checklist without none", "question=\"danger\" none=\"true\"", "question=\"danger\" none=\"false\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:79:", "checklist “danger” has 0 answers with none" },
  { "none in a single choice", "id=\"often-rarely\" question=\"often\"", "id=\"often-rarely\" question=\"often\" none=\"true\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:90:", "for checklists only" },
  { "none with a red flag", "question=\"danger\" none=\"true\"", "question=\"danger\" none=\"true\" flag=\"often\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:83:", "“danger-none” is a “none of these”" },
  { "emergency after the first question", "question=\"often\" flag=\"often\"", "question=\"often\" flag=\"cold-foot\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:94:", "belong to the first question, “danger”" },
  { "optional red-flag question", "<question id=\"often\" kind=\"single\">", "<question id=\"often\" kind=\"single\" optional=\"true\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:90:", "cannot be skipped" },
  { "invalid question kind", "kind=\"checklist\"", "kind=\"multiple\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:79:", "single, checklist" },
  { "invalid boolean", "optional=\"true\"", "optional=\"yes\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:84:", "false, true" },
  { "answer without text", "<text>Rarely.</text>", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:93:", "“often-rarely” has no <text>" },
  { "dangling answer in a rule", "<all-of answers=\"where-arch\"/>", "<all-of answers=\"where-elbow\"/>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:110:", "answer “where-elbow”" },
  { "dangling flag of a rule", "id=\"arch-and-more\" flag=\"often\"", "id=\"arch-and-more\" flag=\"never\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:109:", "red-flag “never”" },
  { "rule needing two answers to one question", "<all-of answers=\"where-arch\"/>",
    "<all-of answers=\"where-arch where-toes\"/>",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:109:", "can never raise “often”: it needs two answers to the same" },
  { "rule whose answers keep a question from being asked", "<all-of answers=\"where-arch\"/>",
    "<all-of answers=\"where-arch danger-cold\"/>",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:109:", "more answers than can be given together" },
  { "none of these in a rule", "answers=\"danger-cold follow-up-yes\"", "answers=\"danger-none follow-up-yes\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:109:", "“danger-none”, a “none of these”" },
  { "count above the answers", "count=\"1\"", "count=\"3\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:112:", "from 1 to the 2 answers" },
  { "count that is no number", "count=\"1\"", "count=\"one\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:112:", "count=\"one\"" },
  { "rule without clauses",
    "      <all-of answers=\"where-arch\"/>\n      <any-of answers=\"follow-up-yes where-toes\"/>\n"
    "      <at-least count=\"1\" answers=\"danger-cold follow-up-yes\"/>\n",
    "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:110:", "“arch-and-more” needs at least one <all-of>" },
  { "emergency rule after the first question", "id=\"arch-and-more\" flag=\"often\"",
    "id=\"arch-and-more\" flag=\"cold-foot\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:109:", "belong to the first question, “danger”" },
  { "emergency sign without its concern", "<concern>A blocked artery.</concern>", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:50:", "“cold-foot” needs a <concern> and a <meanwhile>" },
  { "advice missing for a tier",
    "    <tier id=\"soon\"><title>Soon</title><disposition>This week.</disposition><safety-net>Sooner if worse.</safety-net></tier>\n",
    "", CRAMP_ATLAS_ERROR_INCOMPLETE, "test.xml:128:", "no <tier id=\"soon\">" },
  { "a notice missing", "    <notice id=\"about\"><text>About.</text></notice>\n", "",
    CRAMP_ATLAS_ERROR_INCOMPLETE, "test.xml:128:", "no <notice id=\"about\">" },
  { "a notice of no kind", "<notice id=\"about\">", "<notice id=\"later\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:118:", "welcome, disclaimer, about, check-intro" },
  { "a notice without text", "<notice id=\"about\"><text>About.</text></notice>", "<notice id=\"about\"/>",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:118:", "<text>" },
  { "advice for no tier", "<tier id=\"soon\">", "<tier id=\"later\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:105:", "self-care, soon, urgent, emergency" },
  { "condition on a later answer", "if=\"where-arch\"", "if=\"follow-up-no\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:95:", "not asked before it" },
  { "condition on none of these", "unless=\"danger-cold\"", "unless=\"danger-none\"",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:95:", "“danger-none”, a “none of these”" },
  { "dangling condition", "if=\"where-arch\"", "if=\"where-knee\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:95:", "answer “where-knee”" },
  { "a first question with a condition", "<question id=\"danger\" kind=\"checklist\">",
    "<question id=\"danger\" kind=\"checklist\" if=\"where-arch\">",
    CRAMP_ATLAS_ERROR_INVALID_VALUE, "test.xml:79:", "not asked before it" },
  { "structure without a Latin name", "<latin>nervus magnus</latin>", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:71:", "<structure> “big-nerve” has no <latin>" },
  { "structure without a description", "<description>It holds the foot up.</description>", "",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:72:", "<structure> “bone” has no <description>" },
  { "structure with an empty Latin name", "<latin>os</latin>", "<latin> </latin>",
    CRAMP_ATLAS_ERROR_MISSING_FIELD, "test.xml:72:", "<latin> of “bone” is empty" },
  { "structure in a missing region", "<concerns region=\"arch\"/><involved-in factor=\"tired\"/></structure>",
    "<concerns region=\"heel\"/><involved-in factor=\"tired\"/></structure>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:71:", "“big-nerve” refers to the region “heel”" },
  { "structure involved in a missing factor", "<involved-in factor=\"shoes\"/>", "<involved-in factor=\"walking\"/>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "test.xml:72:", "“bone” refers to the factor “walking”" },
  { "structure naming a region twice", "<concerns region=\"toes\"/><concerns region=\"arch\"/>",
    "<concerns region=\"arch\"/><concerns region=\"arch\"/>",
    CRAMP_ATLAS_ERROR_DUPLICATE_FIELD, "test.xml:72:", "“bone” names “arch” twice" },
  { "structure with an unknown child", "<latin>os</latin>", "<latin>os</latin><greek>osteon</greek>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "test.xml:72:", "<greek> inside <structure>" },
  { "a factor also named as a hint", "hints=\"tired\"", "factors=\"tired\" hints=\"tired\"",
    CRAMP_ATLAS_ERROR_DUPLICATE_FIELD, "test.xml:99:", "names “tired” both as a factor and as a hint" },
};

START_TEST (test_bad_content)
{
  const BadCase   *bad = &bad_cases[_i];
  g_autofree char *document = good_document_with (bad->find, bad->replace);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = load_string (document, &error);

  ck_assert_msg (atlas == NULL, "%s: loaded", bad->what);
  ck_assert_msg (g_error_matches (error, CRAMP_ATLAS_ERROR, bad->code),
                 "%s: expected code %d, got %s %d: %s", bad->what, bad->code,
                 g_quark_to_string (error->domain), error->code, error->message);
  ck_assert_msg (g_str_has_prefix (error->message, bad->prefix),
                 "%s: “%s” does not start with %s", bad->what, error->message, bad->prefix);
  ck_assert_msg (test_message_has_position (error->message, "test.xml"),
                 "%s: “%s” has no line and column", bad->what, error->message);
  ck_assert_msg (strstr (error->message, bad->mentions) != NULL,
                 "%s: “%s” does not mention “%s”", bad->what, error->message, bad->mentions);
}
END_TEST

START_TEST (test_empty_input)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_data ("", 0, "empty.xml", NULL, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_MALFORMED));
  ck_assert_msg (g_str_has_prefix (error->message, "empty.xml:"), "%s", error->message);
}
END_TEST

START_TEST (test_no_data_is_empty)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_data (NULL, 0, "none.xml", NULL, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_MALFORMED));
  ck_assert_msg (g_str_has_prefix (error->message, "none.xml:1:1: "), "%s", error->message);
}
END_TEST

START_TEST (test_nul_byte_is_refused)
{
  static const char document[] = "<atlas version=\"1\">\n  <regions>\0</regions></atlas>";
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = cramp_atlas_new_from_data (document, sizeof document - 1,
                                                            "nul.xml", NULL, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_MALFORMED));
  ck_assert_msg (g_str_has_prefix (error->message, "nul.xml:2:12: "), "%s", error->message);
}
END_TEST

START_TEST (test_no_regions_is_incomplete)
{
  const char *document = "<atlas version=\"1\"><sources/></atlas>";
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = load_string (document, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_INCOMPLETE));
  ck_assert_msg (strstr (error->message, "no regions") != NULL, "%s", error->message);
}
END_TEST

/* Without questions the self-check would give advice having asked nothing. */
/* Removes from @document everything from @from to the end of @to. */
static void
cut_out (char       *document,
         const char *from,
         const char *to)
{
  char *start = strstr (document, from);
  char *end = strstr (document, to);

  ck_assert (start != NULL && end != NULL);
  memmove (start, end + strlen (to), strlen (end + strlen (to)) + 1);
}

START_TEST (test_no_questions_is_incomplete)
{
  g_autofree char *document = good_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  /* The rules go too: they name the answers. */
  cut_out (document, "  <questions>", "</questions>\n");
  cut_out (document, "  <rules>", "</rules>\n");
  atlas = load_string (document, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_INCOMPLETE));
  ck_assert_msg (strstr (error->message, "no questions") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_too_large)
{
  g_autofree char *good = good_document ();
  gsize            declaration = strlen ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autoptr (GString) document = g_string_new_len (good, declaration);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  /* A comment keeps the file well formed, so only its size is wrong. */
  g_string_append (document, "<!--\n");
  while (document->len <= CRAMP_ATLAS_MAX_SIZE)
    g_string_append (document, "padding padding padding padding padding padding\n");
  g_string_append (document, "-->\n");
  g_string_append (document, good + declaration);

  atlas = load_string (document->str, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_TOO_LARGE));
  ck_assert_msg (test_message_has_position (error->message, "test.xml"), "%s", error->message);
  ck_assert_msg (strstr (error->message, "1024 KiB") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_too_large_file)
{
  g_autofree char *good = good_document ();
  g_autofree char *dir = g_dir_make_tmp ("cramp-atlas-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autoptr (GString) document = g_string_new (good);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  while (document->len <= 2 * CRAMP_ATLAS_MAX_SIZE)
    g_string_append (document, "<!-- padding padding padding padding padding padding -->\n");
  ck_assert (g_file_set_contents (path, document->str, document->len, NULL));

  atlas = cramp_atlas_new_from_file (file, NULL, NULL, &error);
  g_unlink (path);
  g_rmdir (dir);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_TOO_LARGE));
  ck_assert_msg (test_message_has_position (error->message, "huge.xml"), "%s", error->message);
}
END_TEST

START_TEST (test_long_messages_are_cut)
{
  g_autofree char *attribute = g_strnfill (3000, 'x');
  g_autofree char *region = g_strdup_printf ("<region id=\"arch\" %s=\"1\">", attribute);
  g_autofree char *document = good_document_with ("<region id=\"arch\">", region);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = load_string (document, &error);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_UNKNOWN_ATTRIBUTE));
  ck_assert_int_le (g_utf8_strlen (error->message, -1), strlen ("test.xml:14:3032: ") + 241);
  ck_assert (g_str_has_suffix (error->message, "…"));
}
END_TEST

/* The self-check takes the most urgent tier as the larger value. */
G_STATIC_ASSERT (CRAMP_TIER_EMERGENCY > CRAMP_TIER_URGENT);
G_STATIC_ASSERT (CRAMP_TIER_URGENT > CRAMP_TIER_SOON);
G_STATIC_ASSERT (CRAMP_TIER_SOON > CRAMP_TIER_SELF_CARE);

START_TEST (test_enum_names)
{
  ck_assert_str_eq (cramp_evidence_to_string (CRAMP_EVIDENCE_CONTESTED), "contested");
  ck_assert_str_eq (cramp_tier_to_string (CRAMP_TIER_EMERGENCY), "emergency");
  ck_assert_str_eq (cramp_tier_to_string (CRAMP_TIER_SELF_CARE), "self-care");
  ck_assert_str_eq (cramp_tip_kind_to_string (CRAMP_TIP_AVOID), "avoid");
}
END_TEST

static Suite *
atlas_suite (void)
{
  Suite *suite = suite_create ("atlas");
  TCase *good = tcase_create ("good");
  TCase *bad = tcase_create ("bad");

  tcase_add_test (good, test_good_file_loads);
  tcase_add_test (good, test_records_hold_their_fields);
  tcase_add_test (good, test_advice_conditions_and_rules);
  tcase_add_test (good, test_white_space_is_collapsed);
  tcase_add_test (good, test_regions_list_their_factors);
  tcase_add_test (good, test_views_and_steps_link_up);
  tcase_add_test (good, test_structures_link_both_ways);
  tcase_add_test (good, test_enum_names);
  tcase_add_test (good, test_questions_link_to_their_answers);
  suite_add_tcase (suite, good);

  tcase_add_test (bad, test_missing_file_is_an_io_error);
  tcase_add_test (bad, test_file_errors_name_the_file);
  tcase_add_loop_test (bad, test_bad_content, 0, G_N_ELEMENTS (bad_cases));
  tcase_add_test (bad, test_empty_input);
  tcase_add_test (bad, test_nul_byte_is_refused);
  tcase_add_test (bad, test_no_data_is_empty);
  tcase_add_test (bad, test_no_regions_is_incomplete);
  tcase_add_test (bad, test_no_questions_is_incomplete);
  tcase_add_test (bad, test_too_large);
  tcase_add_test (bad, test_too_large_file);
  tcase_add_test (bad, test_long_messages_are_cut);
  tcase_add_test (bad, test_latin_name_is_short);
  suite_add_tcase (suite, bad);

  return suite;
}

int
main (void)
{
  return test_run_suite (atlas_suite ());
}
