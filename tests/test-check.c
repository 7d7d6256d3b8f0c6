/* test-check.c: the self-check in the real window, by keyboard, and its summary
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cramp-anatomy-view.h"
#include "cramp-check-page.h"
#include "cramp-region-page.h"
#include "cramp-summary.h"
#include "cramp-window.h"
#include "gui-test-util.h"
#include "test-util.h"

static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

static void
flush (void)
{
  gui_test_flush (GTK_WIDGET (window));
}

static CrampCheckPage *
check_page (void)
{
  GtkWidget *page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_CHECK_PAGE);

  ck_assert_ptr_nonnull (page);
  return CRAMP_CHECK_PAGE (page);
}

static void
assert_shows (const char *text)
{
  ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), text) != NULL, "“%s” is not on screen", text);
}

static void
assert_hides (const char *text)
{
  ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), text) == NULL, "“%s” is on screen", text);
}

/* Keys, as the window would handle them */

static void
press_tab (void)
{
  if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
    gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
}

/* Alt and the underlined letter of a button's label. */
static void
press_mnemonic (const char *label)
{
  GtkWidget *button = gui_test_find_button (GTK_WIDGET (window), label);

  ck_assert_msg (button != NULL, "no button “%s” on screen", label);
  ck_assert_msg (gtk_widget_is_sensitive (button), "the button “%s” is insensitive", label);
  gui_test_activate_button (GTK_WIDGET (window), button, TRUE);
}

/* Tab until the answer has the focus, then Space. */
static void
choose_by_keyboard (const char *id)
{
  const CrampAnswer *answer = cramp_atlas_lookup_answer (atlas, id);
  GtkWidget         *focus = NULL;

  ck_assert_ptr_nonnull (answer);
  for (guint tabs = 0; tabs < 60; tabs++)
    {
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      if (GTK_IS_CHECK_BUTTON (focus) && g_object_get_data (G_OBJECT (focus), "cramp-answer") == answer)
        break;
      press_tab ();
    }

  ck_assert_msg (focus != NULL && g_object_get_data (G_OBJECT (focus), "cramp-answer") == answer,
                 "Tab never reached “%s”", id);
  if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (focus)))
    gtk_widget_activate (focus);
  flush ();
  ck_assert (cramp_self_check_is_chosen (cramp_check_page_get_self_check (check_page ()), answer));
}

static void
start_check (const char *region)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-check", "s", region);
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "check:symptoms");
  assert_shows ("Check Your Symptoms");
  press_mnemonic ("_Start");
}

static CrampSelfCheck *
self_check (void)
{
  return cramp_check_page_get_self_check (check_page ());
}

/* "Question N of M", as the page shows it now. */
static void
assert_question_number (guint number)
{
  g_autofree char *text = g_strdup_printf ("Question %u of %u", number,
                                           cramp_self_check_get_n_questions (self_check ()));

  assert_shows (text);
}

static void
answer_all (const char *const *answers,
            guint              n_answers)
{
  for (guint i = 0; i < n_answers; i++)
    {
      const CrampAnswer *answer = cramp_atlas_lookup_answer (atlas, answers[i]);
      gboolean           last;

      assert_shows (answer->question->text);
      choose_by_keyboard (answers[i]);
      last = cramp_self_check_get_position (self_check ()) + 1 == cramp_self_check_get_n_questions (self_check ());
      press_mnemonic (last ? "Fi_nish" : "_Next");
    }
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class) && gtk_widget_get_mapped (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
banner_has_class (const char *css_class)
{
  GtkWidget *banner = find_with_class (GTK_WIDGET (check_page ()), "tier-banner");

  return banner != NULL && gtk_widget_has_css_class (banner, css_class);
}

static void
setup (void)
{
  window = gui_test_open_window (app, atlas, 1200, 800);
}

static void
teardown (void)
{
  gui_test_close_window (&window);
}

START_TEST (test_keyboard_walk_to_self_care)
{
  const CrampFactor *posture = cramp_atlas_lookup_factor (atlas, "static-posture");
  const CrampTip    *quinine = NULL;
  GPtrArray         *tips = cramp_atlas_get_tips (atlas);

  start_check ("");
  assert_question_number (1);
  answer_all (test_tight_shoes_answers, TEST_N_TIGHT_SHOES_ANSWERS);

  assert_shows ("Self-Care Is a Good Start");
  ck_assert (banner_has_class ("tier-self-care"));
  assert_shows (posture->name);
  assert_shows (cramp_atlas_lookup_factor (atlas, "footwear")->name);
  for (guint i = 0; i < tips->len; i++)
    if (g_str_equal (((CrampTip *) g_ptr_array_index (tips, i))->id, "no-quinine"))
      quinine = g_ptr_array_index (tips, i);
  assert_shows (quinine->text);
  assert_shows ("What to Avoid");

  /* The drawing lights where it hurts. */
  ck_assert (g_strv_contains (cramp_anatomy_view_get_highlights (CRAMP_ANATOMY_VIEW (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_ANATOMY_VIEW))),
                              "arch"));

  /* Start over is one click, and forgets the answers. */
  press_mnemonic ("_Start Over");
  assert_question_number (1);
  ck_assert (!cramp_self_check_is_chosen (cramp_check_page_get_self_check (check_page ()),
                                          cramp_atlas_lookup_answer (atlas, "where-arch")));
}
END_TEST

/* Diabetes and a sore on the foot, with numb toes and frequent cramps. */
START_TEST (test_keyboard_walk_to_urgent_advice)
{
  static const char *const answers[] = {
    "emergency-none",
    "age-65-or-over",
    "sex-male",
    "injury-none",
    "infection-none",
    "onset-weeks",
    "sides-both",
    "where-toes",
    "when-any",
    "duration-short",
    "frequency-often",
    "activity-usual",
    "shoes-supportive",
    "fluids-enough",
    "medicines-none",
    "conditions-diabetes",
    "clot-risk-none",
    "smoking-no",
    "sensation-numb-toes",
    "feet-wound",
    "calf-no",
    "self-care-helped",
  };
  const CrampRedFlag *wound = cramp_atlas_lookup_red_flag (atlas, "diabetic-foot-wound");
  GtkWidget          *focus;
  g_autofree char    *question = NULL;

  start_check ("");

  /* Each answer is one Tab from the one before, in a list named by where
   * the question is and what it asks. */
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  ck_assert (GTK_IS_CHECK_BUTTON (focus));
  ck_assert (gtk_test_accessible_has_role (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_ROLE_CHECKBOX));
  question = g_strdup_printf ("Question 1 of %u. %s", cramp_self_check_get_n_questions (self_check ()),
                              cramp_atlas_lookup_question (atlas, "emergency")->text);
  ck_assert_ptr_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX)),
                                                          GTK_ACCESSIBLE_PROPERTY_LABEL, question));
  press_tab ();
  ck_assert_ptr_eq (g_object_get_data (G_OBJECT (gtk_window_get_focus (GTK_WINDOW (window))), "cramp-answer"),
                    cramp_atlas_lookup_answer (atlas, "emergency-breathless"));

  answer_all (answers, G_N_ELEMENTS (answers));
  assert_shows ("Get Medical Help Today");
  ck_assert (banner_has_class ("tier-urgent"));
  assert_shows (cramp_atlas_get_tier_advice (atlas, CRAMP_TIER_URGENT)->disposition);

  /* Why, in plain words, and what to do until then; no cramp self-care. */
  assert_shows (wound->text);
  assert_shows (wound->concern);
  assert_shows ("Until You Get Help");
  assert_shows (wound->meanwhile);
  assert_shows (cramp_atlas_get_tier_advice (atlas, CRAMP_TIER_URGENT)->safety_net);
  assert_shows (cramp_atlas_lookup_answer (atlas, "frequency-often")->flag->text);
  assert_shows (cramp_atlas_lookup_factor (atlas, "neuropathy")->name);
  assert_hides ("During a Cramp");
  assert_hides ("Between Cramps");

  /* The advice has the focus, to be read first. */
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  ck_assert (GTK_IS_LABEL (focus));
  ck_assert_str_eq (gtk_label_get_text (GTK_LABEL (focus)), "Get Medical Help Today");
}
END_TEST

/* Who could be pregnant is asked, and why; the count of questions grows. */
START_TEST (test_questions_that_apply_and_why_they_are_asked)
{
  static const char *const answers[] = { "emergency-none", "age-16-to-49", "sex-female" };
  guint                    n;

  start_check ("");
  n = cramp_self_check_get_n_questions (self_check ());
  answer_all (answers, 2);
  assert_shows ("Why We Ask");
  assert_hides (cramp_atlas_lookup_question (atlas, "sex")->why);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gui_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW)),
                                 TRUE);
  flush ();
  assert_shows (cramp_atlas_lookup_question (atlas, "sex")->why);
  choose_by_keyboard (answers[2]);
  ck_assert_uint_eq (cramp_self_check_get_n_questions (self_check ()), n + 1);
  assert_question_number (3);
  press_mnemonic ("_Next");
  assert_shows (cramp_atlas_lookup_question (atlas, "pregnancy")->text);
  assert_question_number (4);
}
END_TEST

START_TEST (test_an_emergency_answer_shows_the_advice_at_once)
{
  const CrampRedFlag *flag = cramp_atlas_lookup_answer (atlas, "emergency-cold-foot")->flag;

  start_check ("");
  choose_by_keyboard ("emergency-cold-foot");
  press_mnemonic ("Get Advice _Now");

  assert_shows ("Call Your Emergency Number Now");
  ck_assert (banner_has_class ("tier-emergency"));
  assert_shows (flag->text);
  assert_shows (flag->concern);
  assert_shows (flag->meanwhile);
  assert_hides ("During a Cramp");
  assert_hides ("Possible Factors to Read About");
}
END_TEST

START_TEST (test_back_skip_and_the_intro)
{
  start_check ("");
  choose_by_keyboard ("emergency-none");
  press_mnemonic ("_Next");
  assert_question_number (2);

  press_mnemonic ("_Back");
  assert_question_number (1);
  ck_assert (cramp_self_check_is_chosen (self_check (), cramp_atlas_lookup_answer (atlas, "emergency-none")));

  /* Back from the first question shows what the check is and is not. */
  press_mnemonic ("_Back");
  assert_shows ("It is not a diagnosis, and it cannot rule anything out.");
  press_mnemonic ("_Start");

  answer_all (test_tight_shoes_answers, 11);
  assert_shows (cramp_atlas_lookup_question (atlas, "activity")->text);
  press_mnemonic ("S_kip");
  assert_shows (cramp_atlas_lookup_question (atlas, "shoes")->text);

  /* A question that can raise a red flag cannot be skipped. */
  answer_all (test_tight_shoes_answers + 12, 6);
  assert_shows (cramp_atlas_lookup_question (atlas, "sensation")->text);
  ck_assert_ptr_null (gui_test_find_button (GTK_WIDGET (window), "S_kip"));
}
END_TEST

START_TEST (test_a_region_page_starts_there)
{
  GtkWidget *button;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select", "s", "region:heel");
  flush ();
  button = gui_test_find_button (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_REGION_PAGE),
                                 "_Check My Symptoms");
  ck_assert_ptr_nonnull (button);
  gui_test_activate_button (GTK_WIDGET (window), button, FALSE);

  ck_assert_str_eq (cramp_window_get_selection (window), "check:symptoms");
  press_mnemonic ("_Start");
  answer_all (test_tight_shoes_answers, 7);
  assert_shows (cramp_atlas_lookup_question (atlas, "where")->text);
  ck_assert (cramp_self_check_is_chosen (self_check (), cramp_atlas_lookup_answer (atlas, "where-heel")));
  ck_assert (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_window_get_focus (GTK_WINDOW (window)))));
}
END_TEST

/* The summary */

static char *
pdf_text (const char *path)
{
  const char      *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) words = NULL;
  int status = 0;

  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                               &status, &error),
                 "pdftotext: %s", error ? error->message : "");
  ck_assert_int_eq (status, 0);

  /* One space between words, whatever the lines and columns. */
  words = g_strsplit_set (out, " \n\t\f", -1);
  return g_strjoinv (" ", words);
}

static void
assert_in (const char *text,
           const char *fragment)
{
  g_auto (GStrv) words = g_strsplit_set (fragment, " ", -1);
  g_autofree char *spaced = NULL;
  GString         *pattern = g_string_new (NULL);

  /* pdftotext may add spaces, but keeps the words in order. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words[i], -1);

      g_string_append_printf (pattern, "%s%s", i ? " +" : "", escaped);
    }
  spaced = g_string_free (pattern, FALSE);
  ck_assert_msg (g_regex_match_simple (spaced, text, 0, 0), "“%s” is not in the summary", fragment);
}

static void
finish_check (void)
{
  CrampSelfCheck *check;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-check", "s", "");
  flush ();
  check = cramp_check_page_get_self_check (check_page ());
  for (guint i = 0; i < TEST_N_TIGHT_SHOES_ANSWERS; i++)
    {
      cramp_self_check_set_chosen (check, cramp_atlas_lookup_answer (atlas, test_tight_shoes_answers[i]), TRUE);
      cramp_self_check_next (check);
    }
  press_mnemonic ("_Start");
  assert_shows ("Self-Care Is a Good Start");
}

static void
assert_summary (const char *path)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%d %B %Y");
  g_autofree char *text = pdf_text (path);

  assert_in (text, "Cramp Atlas: Self-Check Summary");
  assert_in (text, day);
  assert_in (text, "Self-Care Is a Good Start");
  assert_in (text, cramp_atlas_lookup_question (atlas, "shoes")->text);
  assert_in (text, "Tight or narrow shoes");
  assert_in (text, cramp_atlas_lookup_factor (atlas, "static-posture")->name);
  assert_in (text, "It does not diagnose");
}

START_TEST (test_summary_saves_as_pdf)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-check-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  finish_check ();
  ck_assert (cramp_check_page_save_summary (check_page (), file));
  assert_summary (path);

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_summary_prints)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-check-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  finish_check ();
  operation = cramp_summary_print_operation_new (cramp_check_page_get_self_check (check_page ()), now);
  gtk_print_operation_set_export_filename (operation, path);
  ck_assert_int_eq (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                    GTK_PRINT_OPERATION_RESULT_APPLY);
  assert_summary (path);

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* The text of page @page of a PDF, from 1, or NULL past the last page. */
static char *
pdf_page_text (const char *path,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char      *argv[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
  g_autofree char *out = NULL;
  g_auto (GStrv) words = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, NULL) ||
      status != 0)
    return NULL;

  words = g_strsplit_set (out, " \n\t\f", -1);
  return g_strjoinv (" ", words);
}

static gboolean
has_words (const char *text,
           const char *fragment)
{
  g_auto (GStrv) words = g_strsplit_set (fragment, " ", -1);
  g_autoptr (GString) pattern = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words[i], -1);

      g_string_append_printf (pattern, "%s%s", i ? " +" : "", escaped);
    }
  return g_regex_match_simple (pattern->str, text, 0, 0);
}

static GPtrArray *
pdf_pages (const char *path)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  char      *text;

  while ((text = pdf_page_text (path, pages->len + 1)) != NULL)
    g_ptr_array_add (pages, text);

  return pages;
}

static void
assert_questions_whole (CrampSelfCheck *check,
                        GPtrArray      *pages)
{
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);
          gboolean           together = FALSE;

          if (!cramp_self_check_is_chosen (check, answer))
            continue;
          for (guint k = 0; k < pages->len; k++)
            together |= has_words (g_ptr_array_index (pages, k), question->text) &&
                        has_words (g_ptr_array_index (pages, k), answer->text);
          ck_assert_msg (together, "“%s” and its answer are not on one page", question->text);
        }
    }
}

/* A question and its answers are never split across two pages, wherever
 * the page breaks fall: each answer added moves them down. */
START_TEST (test_summary_keeps_each_answer_with_its_question)
{
  static const char *const more[] = {
    "sensation-numb-toes",
    "sensation-inner-ankle",
    "sensation-swelling",
    "feet-slow-sore",
    "feet-colour",
    "feet-weaker",
    "conditions-kidney",
    "conditions-liver",
    "conditions-b12",
    "conditions-vitamin-d",
    "clot-risk-travel",
    "clot-risk-hormones",
    "medicines-diuretic",
    "medicines-inhaler",
    "medicines-other",
    "infection-fever",
  };
  g_autofree char *dir = g_dir_make_tmp ("cramp-check-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (CrampSelfCheck) check = cramp_self_check_new (atlas);
  guint most_pages = 0;

  for (guint i = 0; i < TEST_N_TIGHT_SHOES_ANSWERS; i++)
    cramp_self_check_set_chosen (check, cramp_atlas_lookup_answer (atlas, test_tight_shoes_answers[i]), TRUE);

  for (guint n = 0; n <= G_N_ELEMENTS (more); n++)
    {
      g_autoptr (GPtrArray) pages = NULL;

      if (n > 0)
        cramp_self_check_set_chosen (check, cramp_atlas_lookup_answer (atlas, more[n - 1]), TRUE);
      ck_assert (cramp_summary_save_pdf (check, now, file, NULL));
      pages = pdf_pages (path);
      most_pages = MAX (most_pages, pages->len);
      assert_questions_whole (check, pages);
    }

  ck_assert_uint_ge (most_pages, 2);
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

START_TEST (test_a_failed_save_says_why_and_keeps_the_result)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent-cramp-atlas-folder/summary.pdf");
  AdwMessageDialog *dialog;

  finish_check ();
  ck_assert (!cramp_check_page_save_summary (check_page (), file));
  flush ();

  dialog = find_dialog ();
  ck_assert_ptr_nonnull (dialog);
  ck_assert_str_eq (adw_message_dialog_get_heading (dialog), "The Summary Could Not Be Saved");
  ck_assert_msg (strstr (adw_message_dialog_get_body (dialog), "No such file or directory") != NULL, "%s",
                 adw_message_dialog_get_body (dialog));
  assert_shows ("Self-Care Is a Good Start");
  gtk_window_destroy (GTK_WINDOW (dialog));
}
END_TEST

static Suite *
check_suite (void)
{
  Suite *suite = suite_create ("check");
  TCase *tcase = tcase_create ("self-check");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 60);
  tcase_add_test (tcase, test_keyboard_walk_to_self_care);
  tcase_add_test (tcase, test_keyboard_walk_to_urgent_advice);
  tcase_add_test (tcase, test_questions_that_apply_and_why_they_are_asked);
  tcase_add_test (tcase, test_an_emergency_answer_shows_the_advice_at_once);
  tcase_add_test (tcase, test_back_skip_and_the_intro);
  tcase_add_test (tcase, test_a_region_page_starts_there);
  tcase_add_test (tcase, test_summary_saves_as_pdf);
  tcase_add_test (tcase, test_summary_prints);
  tcase_add_test (tcase, test_summary_keeps_each_answer_with_its_question);
  tcase_add_test (tcase, test_a_failed_save_says_why_and_keeps_the_result);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  int status;

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (check_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);
  return status;
}
