/* test-window.c: the real window, driven by its actions under Xvfb
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-evidence-badge.h"
#include "cramp-factor-page.h"
#include "cramp-guide-page.h"
#include "cramp-region-page.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"
#include "cramp-window.h"
#include "test-util.h"

static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

static void
flush (void)
{
  gint64 until = g_get_monotonic_time () + 50 * G_TIME_SPAN_MILLISECOND;

  /* Lets allocation and the frame clock run as well as pending sources. */
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label under @root that shows exactly @text and is on screen. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
page_of_type (GType type)
{
  GtkWidget *page = find_of_type (GTK_WIDGET (window), type);

  ck_assert_ptr_nonnull (page);
  return page;
}

static void
select_item (const char *selection)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select", "s", selection);
  flush ();
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  ck_assert_msg (find_label (root, text) != NULL, "“%s” is not on screen", text);
}

static void
assert_hides (GtkWidget  *root,
              const char *text)
{
  ck_assert_msg (find_label (root, text) == NULL, "“%s” is on screen", text);
}

static void
setup (void)
{
  window = cramp_window_new (app, atlas, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
}

static void
teardown (void)
{
  gtk_window_destroy (GTK_WINDOW (window));
  window = NULL;
  flush ();
}

START_TEST (test_opens_on_the_welcome_page)
{
  ck_assert_str_eq (cramp_window_get_selection (window), "");
  assert_shows (GTK_WIDGET (window), "Why Feet and Ankles Cramp");
  assert_shows (GTK_WIDGET (window), "Where It Hurts");
}
END_TEST

START_TEST (test_region_page_shows_its_factors)
{
  GtkWidget *page;

  select_item ("region:tarsal-tunnel");
  page = page_of_type (CRAMP_TYPE_REGION_PAGE);

  ck_assert_str_eq (cramp_window_get_selection (window), "region:tarsal-tunnel");
  assert_shows (page, "Tarsal tunnel");
  assert_shows (page, cramp_atlas_lookup_region (atlas, "tarsal-tunnel")->description);
  assert_shows (page, "Tarsal tunnel syndrome");
  assert_shows (page, "Circulation and nerve conditions");
  assert_hides (page, "Magnesium");
  assert_hides (GTK_WIDGET (window), "Why Feet and Ankles Cramp");
}
END_TEST

START_TEST (test_factor_page_lists_its_regions)
{
  GtkWidget *page;

  select_item ("factor:peripheral-artery-disease");
  page = page_of_type (CRAMP_TYPE_FACTOR_PAGE);

  assert_shows (page, "Peripheral artery disease and claudication");
  assert_shows (page, "Circulation and nerve conditions");
  assert_shows (page, "Established");
  assert_shows (page, "Where It Is Felt");
  assert_shows (page, "Lower calf");
  assert_shows (page, "Arch");
  assert_shows (page, "Toes");
  assert_hides (page, "Heel");
  assert_shows (page, "NHLBI: Peripheral artery disease, symptoms");
}
END_TEST

START_TEST (test_contested_factor_says_so)
{
  const CrampFactor *magnesium = cramp_atlas_lookup_factor (atlas, "magnesium");
  g_autofree char   *failure = NULL;
  GtkWidget         *page;
  GtkWidget         *badge;

  select_item ("factor:magnesium");
  page = page_of_type (CRAMP_TYPE_FACTOR_PAGE);
  badge = find_of_type (page, CRAMP_TYPE_EVIDENCE_BADGE);

  assert_shows (page, "Contested");
  assert_shows (page, magnesium->evidence_note);
  assert_shows (page, magnesium->self_care);
  ck_assert_int_eq (cramp_evidence_badge_get_evidence (CRAMP_EVIDENCE_BADGE (badge)),
                    CRAMP_EVIDENCE_CONTESTED);
  ck_assert (gtk_widget_has_css_class (badge, "contested"));
  ck_assert (gtk_test_accessible_has_role (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_ROLE_LABEL));
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (badge),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Evidence: Contested");
  ck_assert_msg (failure == NULL, "%s", failure);
}
END_TEST

START_TEST (test_every_region_and_factor_has_a_page)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);
  GPtrArray *factors = cramp_atlas_get_factors (atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);
      g_autofree char   *selection = cramp_selection_make (CRAMP_SELECTION_REGION, region->id);

      select_item (selection);
      assert_shows (page_of_type (CRAMP_TYPE_REGION_PAGE), region->name);
      for (guint j = 0; j < region->factors->len; j++)
        assert_shows (page_of_type (CRAMP_TYPE_REGION_PAGE),
                      ((CrampFactor *) g_ptr_array_index (region->factors, j))->name);
    }

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);
      g_autofree char   *selection = cramp_selection_make (CRAMP_SELECTION_FACTOR, factor->id);

      select_item (selection);
      assert_shows (page_of_type (CRAMP_TYPE_FACTOR_PAGE), factor->name);
      assert_shows (page_of_type (CRAMP_TYPE_FACTOR_PAGE), factor->mechanism);
    }
}
END_TEST

static GtkListBoxRow *
sidebar_row (const char *title)
{
  GtkListBox    *list = GTK_LIST_BOX (find_of_type (page_of_type (CRAMP_TYPE_SIDEBAR), GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (find_label (GTK_WIDGET (row), title) != NULL)
      return row;

  ck_abort_msg ("no sidebar row shows “%s”", title);
  return NULL;
}

START_TEST (test_sidebar_follows_the_selection)
{
  GtkListBox *list = GTK_LIST_BOX (find_of_type (page_of_type (CRAMP_TYPE_SIDEBAR), GTK_TYPE_LIST_BOX));

  select_item ("factor:statins");
  ck_assert_ptr_eq (gtk_list_box_get_selected_row (list), sidebar_row ("Statins"));

  select_item ("");
  ck_assert_ptr_null (gtk_list_box_get_selected_row (list));
  assert_shows (GTK_WIDGET (window), "Why Feet and Ankles Cramp");
}
END_TEST

START_TEST (test_sidebar_rows_have_names)
{
  g_autofree char *failure = NULL;

  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sidebar_row ("Tarsal tunnel")),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, "Tarsal tunnel");
  ck_assert_msg (failure == NULL, "%s", failure);
}
END_TEST

START_TEST (test_sidebar_row_selects)
{
  gtk_widget_activate (GTK_WIDGET (sidebar_row ("Heel")));
  flush ();

  ck_assert_str_eq (cramp_window_get_selection (window), "region:heel");
  assert_shows (page_of_type (CRAMP_TYPE_REGION_PAGE), "Heel");
}
END_TEST

START_TEST (test_region_link_on_a_factor_page_selects_it)
{
  GtkWidget *label;

  select_item ("factor:neuropathy");
  label = find_label (page_of_type (CRAMP_TYPE_FACTOR_PAGE), "Heel");
  ck_assert_ptr_nonnull (label);
  gtk_widget_activate (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW));
  flush ();

  ck_assert_str_eq (cramp_window_get_selection (window), "region:heel");
}
END_TEST

START_TEST (test_unknown_selection_is_refused)
{
  select_item ("region:arch");
  select_item ("region:knee");
  ck_assert_str_eq (cramp_window_get_selection (window), "region:arch");
  select_item ("nonsense");
  ck_assert_str_eq (cramp_window_get_selection (window), "region:arch");
}
END_TEST

START_TEST (test_red_flag_guide_lists_every_flag)
{
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  GtkWidget *page;

  select_item ("guide:red-flags");
  page = page_of_type (CRAMP_TYPE_GUIDE_PAGE);

  assert_shows (page, "When to See a Clinician");
  assert_shows (page, "Call Your Emergency Number Now");
  assert_shows (page, "Get Medical Help Today");
  assert_shows (page, "Book an Appointment");
  for (guint i = 0; i < flags->len; i++)
    assert_shows (page, ((CrampRedFlag *) g_ptr_array_index (flags, i))->text);
}
END_TEST

START_TEST (test_self_care_guide_warns_against_quinine)
{
  GPtrArray *tips = cramp_atlas_get_tips (atlas);
  GtkWidget *page;

  select_item ("guide:self-care");
  page = page_of_type (CRAMP_TYPE_GUIDE_PAGE);

  assert_shows (page, "What to Avoid");
  for (guint i = 0; i < tips->len; i++)
    assert_shows (page, ((CrampTip *) g_ptr_array_index (tips, i))->text);
}
END_TEST

START_TEST (test_narrow_window_folds)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find_of_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  flush ();
  ck_assert (adw_leaflet_get_folded (leaflet));
  assert_shows (GTK_WIDGET (window), "Where It Hurts");

  gtk_widget_activate (GTK_WIDGET (sidebar_row ("Ankle")));
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "region:ankle");
  ck_assert (gtk_widget_is_ancestor (page_of_type (CRAMP_TYPE_REGION_PAGE),
                                     adw_leaflet_get_visible_child (leaflet)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  flush ();
  ck_assert (gtk_widget_is_ancestor (page_of_type (CRAMP_TYPE_SIDEBAR),
                                     adw_leaflet_get_visible_child (leaflet)));
}
END_TEST

START_TEST (test_window_size_is_kept)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  flush ();
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 900);
  ck_assert_int_eq (g_settings_get_int (settings, "window-height"), 640);
}
END_TEST

START_TEST (test_error_page_says_what_is_wrong)
{
  static const char document[] = "<atlas version=\"1\"><regions><oops/></regions></atlas>";
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampAtlas) broken = NULL;
  CrampWindow *error_window;

  broken = cramp_atlas_new_from_data (document, strlen (document), "atlas.xml", NULL, &error);
  ck_assert_ptr_null (broken);

  error_window = cramp_window_new (app, NULL, error);
  gtk_window_present (GTK_WINDOW (error_window));
  flush ();

  assert_shows (GTK_WIDGET (error_window), "The Content Could Not Be Loaded");
  assert_shows (GTK_WIDGET (error_window), error->message);
  ck_assert (g_str_has_prefix (error->message, "atlas.xml:1:"));
  assert_hides (GTK_WIDGET (error_window), "Where It Hurts");

  gtk_widget_activate_action (GTK_WIDGET (error_window), "win.select", "s", "region:arch");
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (error_window), "");
  gtk_window_destroy (GTK_WINDOW (error_window));
}
END_TEST

START_TEST (test_application_actions)
{
  g_auto (GStrv) quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");

  ck_assert (g_strv_contains ((const char *const *) quit, "<Control>q"));
  ck_assert (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "color-scheme", g_variant_new_string ("dark"));
  flush ();
  ck_assert (adw_style_manager_get_dark (adw_style_manager_get_default ()));

  g_action_group_activate_action (G_ACTION_GROUP (app), "color-scheme", g_variant_new_string ("light"));
  flush ();
  ck_assert (!adw_style_manager_get_dark (adw_style_manager_get_default ()));
}
END_TEST

static Suite *
window_suite (void)
{
  Suite *suite = suite_create ("window");
  TCase *browse = tcase_create ("browse");
  TCase *errors = tcase_create ("errors");

  tcase_add_checked_fixture (browse, setup, teardown);
  tcase_set_timeout (browse, 60);
  tcase_add_test (browse, test_opens_on_the_welcome_page);
  tcase_add_test (browse, test_region_page_shows_its_factors);
  tcase_add_test (browse, test_factor_page_lists_its_regions);
  tcase_add_test (browse, test_contested_factor_says_so);
  tcase_add_test (browse, test_every_region_and_factor_has_a_page);
  tcase_add_test (browse, test_sidebar_follows_the_selection);
  tcase_add_test (browse, test_sidebar_rows_have_names);
  tcase_add_test (browse, test_sidebar_row_selects);
  tcase_add_test (browse, test_region_link_on_a_factor_page_selects_it);
  tcase_add_test (browse, test_unknown_selection_is_refused);
  tcase_add_test (browse, test_red_flag_guide_lists_every_flag);
  tcase_add_test (browse, test_self_care_guide_warns_against_quinine);
  tcase_add_test (browse, test_narrow_window_folds);
  tcase_add_test (browse, test_window_size_is_kept);
  tcase_add_test (browse, test_application_actions);
  suite_add_tcase (suite, browse);

  tcase_add_test (errors, test_error_page_says_what_is_wrong);
  suite_add_tcase (suite, errors);

  return suite;
}

int
main (void)
{
  g_autoptr (GFile) content = g_file_new_for_uri ("resource://" RESOURCE_PATH "/content/atlas.xml");
  g_autoptr (GError) error = NULL;
  int status;

  gtk_init ();
  adw_init ();

  /* Pages then change at once, without a crossfade that keeps both on screen. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cramp_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);

  atlas = cramp_atlas_new_from_file (content, NULL, NULL, &error);
  if (atlas == NULL)
    g_error ("The built-in content did not load: %s", error->message);

  status = test_run_suite_no_fork (window_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);

  return status;
}
