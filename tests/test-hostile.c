/* test-hostile.c: content that must be refused at once, and said why
 *
 * Files that are not files, text too long to lay out, GMarkup's messages and
 * the loader's own in any language, and content that does not match its
 * drawings.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "cramp-atlas.h"
#include "test-util.h"

/* What "at once" means: a second. */
#define BUDGET G_USEC_PER_SEC

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_FIXTURES_DIR, name, NULL);
  char            *contents = NULL;

  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* @text with the first @find replaced. */
static char *
replace (const char *text,
         const char *find,
         const char *with)
{
  const char *at = strstr (text, find);

  ck_assert_msg (at != NULL, "no “%s” to replace", find);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, with, at + strlen (find));
}

static char *
good_with (const char *find,
           const char *with)
{
  g_autofree char *good = read_fixture ("good.xml");

  return replace (good, find, with);
}

/* Loads @document and fails unless it is refused with @code, at once, with
 * a message at a position that holds @mentions. */
static void
assert_refused (const char *document,
                int         code,
                const char *mentions)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;
  gint64 start = g_get_monotonic_time ();

  atlas = cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, &error);
  ck_assert_int_le (g_get_monotonic_time () - start, BUDGET);
  ck_assert_ptr_null (atlas);
  ck_assert_msg (g_error_matches (error, CRAMP_ATLAS_ERROR, code), "%s %d: %s", g_quark_to_string (error->domain),
                 error->code, error->message);
  ck_assert_msg (test_message_has_position (error->message, "test.xml"), "%s", error->message);
  ck_assert_msg (strstr (error->message, mentions) != NULL, "“%s” does not hold “%s”", error->message, mentions);
}

/* Text */

START_TEST (test_a_name_of_100000_letters)
{
  g_autofree char *letters = g_strnfill (100000, 'A');
  g_autofree char *name = g_strdup_printf ("<name>%s</name>", letters);
  g_autofree char *document = good_with ("<name>Toes</name>", name);

  assert_refused (document, CRAMP_ATLAS_ERROR_TOO_LARGE, "<name> of “toes” has 100000 characters; it can have at most 120");
}
END_TEST

START_TEST (test_a_long_name_of_short_words)
{
  g_autoptr (GString) name = g_string_new ("<name>");
  g_autofree char *document = NULL;

  while (name->len < 130)
    g_string_append (name, "Toe ");
  g_string_append (name, "</name>");
  document = good_with ("<name>Toes</name>", name->str);

  assert_refused (document, CRAMP_ATLAS_ERROR_TOO_LARGE, "<name> of “toes” has");
}
END_TEST

START_TEST (test_a_word_too_long_to_wrap)
{
  g_autofree char *word = g_strnfill (61, 'o');
  g_autofree char *summary = g_strdup_printf ("<summary>Five t%s.</summary>", word);
  g_autofree char *document = good_with ("<summary>Five of them.</summary>", summary);

  assert_refused (document, CRAMP_ATLAS_ERROR_TOO_LARGE, "<summary> of “toes” has a word of 63 characters; a word can have at most 60");
}
END_TEST

START_TEST (test_long_text_of_words_loads)
{
  g_autoptr (GString) text = g_string_new ("<description>");
  g_autofree char *word = g_strnfill (60, 'e');
  g_autofree char *document = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  g_string_append_printf (text, "%s ", word);
  while (g_utf8_strlen (text->str, -1) < 3980)
    g_string_append (text, "Digits ");
  g_string_append (text, "</description>");
  document = good_with ("<description>Digits.</description>", text->str);

  atlas = cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, &error);
  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
}
END_TEST

START_TEST (test_a_long_source_title_and_address)
{
  g_autofree char *words = NULL;
  g_autofree char *path = g_strnfill (300, 'p');
  g_autofree char *title = NULL;
  g_autofree char *address = NULL;
  g_autoptr (GString) long_title = g_string_new ("title=\"");

  while (long_title->len < 320)
    g_string_append (long_title, "Cramps ");
  g_string_append (long_title, "\"");
  title = good_with ("title=\"Source one\"", long_title->str);
  assert_refused (title, CRAMP_ATLAS_ERROR_TOO_LARGE, "the title of “s1” has");

  words = g_strdup_printf ("address=\"https://example.org/%s\"", path);
  address = good_with ("address=\"https://example.org/one\"", words);
  assert_refused (address, CRAMP_ATLAS_ERROR_TOO_LARGE, "the address of “s1” has 320 characters");
}
END_TEST

/* GMarkup's own position */

/* GMarkup says where it stopped, "Error on line 50 char 15: ", in the
 * language of the messages; the message gives the position as
 * file:line:column instead, once. GMarkup's wording is learnt from GMarkup
 * itself: GLib 2.90 changed the message's id, and leaves the position in
 * English while the rest is translated. */
static const char *const languages[] = { "C.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8" };

/* What GMarkup itself says when it fails on @document. */
static char *
markup_message (const char *document)
{
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  static const GMarkupParser parser = { 0 };

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  if (g_markup_parse_context_parse (context, document, -1, &error))
    g_markup_parse_context_end_parse (context, &error);
  ck_assert_ptr_nonnull (error);
  return g_strdup (error->message);
}

START_TEST (test_markup_errors_say_the_position_once)
{
  const char      *language = languages[_i];
  g_autofree char *document = good_with ("  <red-flags>", "  <red-flags");
  g_autofree char *english = markup_message (document);
  g_autofree char *translated = NULL;
  g_autofree char *before_number = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  g_unsetenv ("LANGUAGE");
  ck_assert_msg (setlocale (LC_ALL, language) != NULL,
                 "the locale %s is missing (build-aux/dev test generates it)", language);
  translated = markup_message (document);
  if (!g_str_equal (language, "C.UTF-8"))
    ck_assert_msg (!g_str_equal (translated, english), "GLib has no %s messages", language);
  before_number = g_strndup (translated, strpbrk (translated, "0123456789") - translated);

  atlas = cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, &error);
  ck_assert_ptr_null (atlas);
  ck_assert_msg (g_str_has_prefix (error->message, "test.xml:50:15: "), "%s", error->message);
  ck_assert_msg (strstr (error->message, before_number) == NULL, "%s: “%s” says the position twice", language,
                 error->message);
  ck_assert_msg (strstr (error->message, "<red-flag") != NULL, "%s", error->message);
  setlocale (LC_ALL, "C.UTF-8");
}
END_TEST

/* The error page shows the loader's message in the reader's language, as it
 * shows its own text: a content file of a later version, in each language. */
static const struct
{
  const char *locale;
  const char *message;
} version_messages[] = {
  { "C.UTF-8", "test.xml:2:19: this is content version “2”; this program reads version 1" },
  { "es_ES.UTF-8", "test.xml:2:19: esta es la versión de contenido “2”; este programa lee la versión 1" },
  { "de_DE.UTF-8", "test.xml:2:19: dies ist die Inhaltsversion „2“; dieses Programm liest Version 1" },
};

START_TEST (test_the_loader_says_why_in_the_language_of_the_reader)
{
  g_autofree char *document = good_with ("<atlas version=\"1\">", "<atlas version=\"2\">");
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  test_use_locale (version_messages[_i].locale);
  atlas = cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, &error);
  setlocale (LC_ALL, "C.UTF-8");
  ck_assert_ptr_null (atlas);
  ck_assert_str_eq (error->message, version_messages[_i].message);
}
END_TEST

/* Files that are not files */

static CrampAtlas *
load_file (GFile   *file,
           GError **error)
{
  gint64      start = g_get_monotonic_time ();
  CrampAtlas *atlas = cramp_atlas_new_from_file (file, NULL, NULL, error);

  ck_assert_int_le (g_get_monotonic_time () - start, BUDGET);
  return atlas;
}

/* Nothing ever writes to it: opening it to read would wait for ever. */
START_TEST (test_a_fifo_is_refused_at_once)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-atlas-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "atlas.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) atlas = NULL;

  ck_assert_int_eq (mkfifo (path, 0600), 0);
  atlas = load_file (file, &error);
  g_unlink (path);
  g_rmdir (dir);

  ck_assert_ptr_null (atlas);
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE));
  ck_assert_msg (strstr (error->message, path) != NULL, "%s", error->message);
  ck_assert_msg (strstr (error->message, "not a regular file") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_a_folder_or_a_device_is_refused)
{
  g_autoptr (GFile) folder = g_file_new_for_path (TEST_FIXTURES_DIR);
  g_autoptr (GFile) device = g_file_new_for_path ("/dev/zero");
  g_autoptr (GError) folder_error = NULL;
  g_autoptr (GError) device_error = NULL;

  ck_assert_ptr_null (load_file (folder, &folder_error));
  ck_assert (g_error_matches (folder_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY));
  ck_assert_ptr_null (load_file (device, &device_error));
  ck_assert (g_error_matches (device_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE));
}
END_TEST

START_TEST (test_an_address_is_refused)
{
  g_autoptr (GFile) file = g_file_new_for_uri ("https://example.org/atlas.xml");
  g_autoptr (GError) error = NULL;

  ck_assert_ptr_null (load_file (file, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED));
  ck_assert_msg (strstr (error->message, "https://example.org/atlas.xml") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_a_missing_file_is_named)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_FIXTURES_DIR "/no-such-file.xml");
  g_autoptr (GError) error = NULL;

  ck_assert_ptr_null (load_file (file, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  ck_assert_msg (strstr (error->message, "no-such-file.xml") != NULL, "%s", error->message);
}
END_TEST

/* Drawings */

static char *drawings;

static void
copy_drawings (void)
{
  drawings = g_dir_make_tmp ("cramp-drawings-XXXXXX", NULL);

  for (const char *const *name = (const char *const[]){ "side.svg", "sole.svg", NULL }; *name; name++)
    {
      g_autofree char *relative = g_build_filename ("drawings", *name, NULL);
      g_autofree char *contents = read_fixture (relative);
      g_autofree char *path = g_build_filename (drawings, *name, NULL);

      ck_assert (g_file_set_contents (path, contents, -1, NULL));
    }
}

static void
remove_drawings (void)
{
  g_autoptr (GDir) dir = g_dir_open (drawings, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (drawings, name, NULL);

      g_unlink (path);
    }
  g_rmdir (drawings);
  g_clear_pointer (&drawings, g_free);
}

/* Changes the drawing @name of the copy. */
static void
edit_drawing (const char *name,
              const char *find,
              const char *with)
{
  g_autofree char *path = g_build_filename (drawings, name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;

  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  edited = replace (contents, find, with);
  ck_assert (g_file_set_contents (path, edited, -1, NULL));
}

/* Checks @document against the copy of the drawings; NULL if they match. */
static GError *
check_drawings (const char *document)
{
  g_autoptr (GFile) folder = g_file_new_for_path (drawings);
  g_autoptr (CrampAtlas) atlas = NULL;
  GError *error = NULL;
  gint64  start = g_get_monotonic_time ();

  atlas = cramp_atlas_new_from_data (document, strlen (document), "test.xml", NULL, &error);
  ck_assert_msg (atlas != NULL, "%s", error ? error->message : "");
  cramp_atlas_check_drawings (atlas, folder, NULL, &error);
  ck_assert_int_le (g_get_monotonic_time () - start, BUDGET);
  return error;
}

START_TEST (test_the_good_drawings_match)
{
  g_autofree char *document = read_fixture ("good.xml");
  g_autoptr (GError) error = check_drawings (document);

  ck_assert_msg (error == NULL, "%s", error ? error->message : "");
}
END_TEST

/* The shipped content and drawings, as the app checks them at start. */
START_TEST (test_the_real_drawings_match)
{
  g_autoptr (CrampAtlas) atlas = test_load_content ();
  g_autoptr (GFile) folder = g_file_new_for_path (TEST_DRAWINGS_DIR);
  g_autoptr (GError) error = NULL;

  ck_assert_msg (cramp_atlas_check_drawings (atlas, folder, NULL, &error), "%s", error ? error->message : "");
}
END_TEST

typedef struct
{
  const char *what;
  const char *content_find; /* in good.xml, or NULL */
  const char *content_with;
  const char *drawing; /* the drawing to change, or NULL */
  const char *drawing_find;
  const char *drawing_with;
  int         code;
  const char *prefix;   /* where the message says it is */
  const char *mentions; /* what the message must hold */
} Mismatch;

static const Mismatch mismatches[] = {
  { "a region taken out of a view in the content", "<name>Toes</name><in-view view=\"side\"/>",
    "<name>Toes</name>", NULL, NULL, NULL, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
    "side.svg:14:", "the drawing has the region “toes”, which the content does not place in the view “side”" },
  { "a region renamed in the drawing", NULL, NULL, "side.svg",
    "<rect id=\"toes\" class=\"region\"", "<rect id=\"toez\" class=\"region\"",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "side.svg: ", "no element “toes” in its group “regions”" },
  { "a region placed in another view", "<name>Arch</name><in-view view=\"side\"/>",
    "<name>Arch</name><in-view view=\"side\"/><in-view view=\"sole\"/>", NULL, NULL, NULL,
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "sole.svg: ", "places the region “arch” in the view “sole”" },
  { "a view whose drawing is missing", "drawing=\"sole.svg\"", "drawing=\"top.svg\"", NULL, NULL, NULL,
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "top.svg: ", "the view “sole” is drawn in “top.svg”, which cannot be read" },
  { "a region without its label", NULL, NULL, "side.svg", "<circle id=\"label-arch\"", "<circle",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "side.svg: ", "no “anchor-arch” or “label-arch”" },
  { "a label for no region of the view", NULL, NULL, "sole.svg", "</g>\n</svg>",
    "  <circle id=\"label-arch\" cx=\"1\" cy=\"1\" r=\"1\"/>\n  </g>\n</svg>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "sole.svg:16:", "“label-arch” places the name of the region “arch”" },
  { "a structure without its anchor", NULL, NULL, "side.svg", "<circle id=\"anchor-big-nerve\" cx=\"60\" cy=\"25\" r=\"1\"/>",
    "", CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "side.svg:10:", "the structure “big-nerve” has no “anchor-big-nerve”" },
  { "an anchor for a structure the drawing lacks", NULL, NULL, "sole.svg", "</g>\n</svg>",
    "  <circle id=\"anchor-big-nerve\" cx=\"1\" cy=\"1\" r=\"1\"/>\n  </g>\n</svg>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "sole.svg:16:",
    "“anchor-big-nerve” places the name of “big-nerve”, which is neither a region" },
  { "a label for a structure", NULL, NULL, "side.svg", "<circle id=\"anchor-bone\"",
    "<circle id=\"label-bone\" cx=\"1\" cy=\"1\" r=\"1\"/><circle id=\"anchor-bone\"",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "side.svg:21:", "“label-bone” places the name of the region “bone”" },
  { "a named structure that is only a definition", NULL, NULL, "side.svg",
    "<rect id=\"bone\" x=\"10\" y=\"10\" width=\"20\" height=\"5\"/>",
    "<defs><rect id=\"bone\" x=\"10\" y=\"10\" width=\"20\" height=\"5\"/></defs>",
    CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "side.svg:21:", "“anchor-bone” places the name of “bone”" },
  { "a lit structure that is only a definition", NULL, NULL, "sole.svg",
    "<rect id=\"bone\" x=\"10\" y=\"10\" width=\"20\" height=\"5\"/>",
    "<defs><rect id=\"bone\" x=\"10\" y=\"10\" width=\"20\" height=\"5\"/></defs>",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "sole.svg: ", "the step “tired-2” lights the structure “bone”" },
  { "a region drawn outside its group", NULL, NULL, "sole.svg", "<g id=\"layer-nerves\"/>",
    "<g id=\"layer-nerves\"/><rect id=\"arch\"/>", CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "sole.svg:8:",
    "“arch” is neither a region of the view “sole” nor a structure" },
  { "an element the content does not know", NULL, NULL, "side.svg", "<rect width=\"100\"",
    "<rect id=\"mystery\" width=\"100\"", CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "side.svg:6:",
    "“mystery” is neither a region of the view “side” nor a structure" },
  { "a layer the content does not have", NULL, NULL, "sole.svg", "<g id=\"layer-nerves\"/>",
    "<g id=\"layer-nerves\"/><g id=\"layer-veins\"/>", CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, "sole.svg:8:",
    "the group “layer-veins” is for the layer “veins”" },
  { "a layer without its group", NULL, NULL, "sole.svg", "<g id=\"layer-nerves\"/>", "",
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "sole.svg: ", "no group “layer-nerves” for the layer “nerves”" },
  { "a structure in the wrong layer", "<structure id=\"bone\">", "<structure id=\"bone\" layer=\"nerves\">",
    NULL, NULL, NULL, CRAMP_ATLAS_ERROR_INVALID_VALUE, "side.svg:7:",
    "“bone” is drawn outside every layer, but the content puts it in the layer “nerves”" },
  { "a structure in a layer of the drawing only", "<structure id=\"big-nerve\" layer=\"nerves\">",
    "<structure id=\"big-nerve\">", NULL, NULL, NULL, CRAMP_ATLAS_ERROR_INVALID_VALUE, "side.svg:10:",
    "“big-nerve” is drawn in the layer “nerves”, but the content puts it in no layer" },
  { "an id on two elements", NULL, NULL, "side.svg", "<g id=\"layer-nerves\">",
    "<g id=\"layer-nerves\"><rect id=\"bone\"/>", CRAMP_ATLAS_ERROR_DUPLICATE_ID, "side.svg:9:40:",
    "the id “bone” is on two elements" },
  { "a structure among the regions", NULL, NULL, "sole.svg", "<rect id=\"bone\" x=\"10\" y=\"10\" width=\"20\" height=\"5\"/>",
    "", CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "sole.svg: ",
    "the step “tired-2” lights the structure “bone”, which the drawing of the view “sole” does not have" },
  { "a structure in no drawing", "<structure id=\"bone\">",
    "<structure id=\"skin\"><name>Skin</name><latin>cutis</latin><description>It covers.</description></structure><structure id=\"bone\">", NULL, NULL, NULL,
    CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, "the drawings: ", "none has the structure “skin”" },
  { "a malformed drawing", NULL, NULL, "side.svg", "<g id=\"regions\">", "<g id=\"regions\"",
    CRAMP_ATLAS_ERROR_MALFORMED, "side.svg:13:", "“<rect” is not a valid name" },
};

START_TEST (test_a_mismatch_is_named)
{
  const Mismatch  *mismatch = &mismatches[_i];
  g_autofree char *good = read_fixture ("good.xml");
  g_autofree char *document = NULL;
  g_autoptr (GError) error = NULL;

  document = mismatch->content_find ? replace (good, mismatch->content_find, mismatch->content_with)
                                    : g_strdup (good);
  if (mismatch->drawing != NULL)
    edit_drawing (mismatch->drawing, mismatch->drawing_find, mismatch->drawing_with);

  error = check_drawings (document);
  ck_assert_msg (error != NULL, "%s: matched", mismatch->what);
  ck_assert_msg (g_error_matches (error, CRAMP_ATLAS_ERROR, mismatch->code), "%s: code %d: %s", mismatch->what,
                 error->code, error->message);
  ck_assert_msg (g_str_has_prefix (error->message, mismatch->prefix), "%s: “%s” does not start with %s",
                 mismatch->what, error->message, mismatch->prefix);
  ck_assert_msg (strstr (error->message, mismatch->mentions) != NULL, "%s: “%s” does not hold “%s”",
                 mismatch->what, error->message, mismatch->mentions);
  ck_assert_msg (strstr (error->message, "Error on line") == NULL, "%s", error->message);
}
END_TEST

static Suite *
hostile_suite (void)
{
  Suite *suite = suite_create ("hostile");
  TCase *text = tcase_create ("text");
  TCase *files = tcase_create ("files");
  TCase *drawing = tcase_create ("drawings");

  tcase_add_test (text, test_a_name_of_100000_letters);
  tcase_add_test (text, test_a_long_name_of_short_words);
  tcase_add_test (text, test_a_word_too_long_to_wrap);
  tcase_add_test (text, test_long_text_of_words_loads);
  tcase_add_test (text, test_a_long_source_title_and_address);
  tcase_add_loop_test (text, test_markup_errors_say_the_position_once, 0, G_N_ELEMENTS (languages));
  tcase_add_loop_test (text, test_the_loader_says_why_in_the_language_of_the_reader, 0,
                       G_N_ELEMENTS (version_messages));
  suite_add_tcase (suite, text);

  tcase_add_test (files, test_a_fifo_is_refused_at_once);
  tcase_add_test (files, test_a_folder_or_a_device_is_refused);
  tcase_add_test (files, test_an_address_is_refused);
  tcase_add_test (files, test_a_missing_file_is_named);
  suite_add_tcase (suite, files);

  tcase_add_checked_fixture (drawing, copy_drawings, remove_drawings);
  tcase_add_test (drawing, test_the_good_drawings_match);
  tcase_add_test (drawing, test_the_real_drawings_match);
  tcase_add_loop_test (drawing, test_a_mismatch_is_named, 0, G_N_ELEMENTS (mismatches));
  suite_add_tcase (suite, drawing);

  return suite;
}

int
main (void)
{
  return test_run_suite (hostile_suite ());
}
