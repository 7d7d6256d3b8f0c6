/* test-window.c: the real window, driven by its actions under Xvfb
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "cramp-anatomy-view.h"
#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-evidence-badge.h"
#include "cramp-explore-layout.h"
#include "cramp-explorer.h"
#include "cramp-factor-page.h"
#include "cramp-guide-page.h"
#include "cramp-page-stack.h"
#include "cramp-region-page.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"
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

static GtkWidget *
page_of_type (GType type)
{
  GtkWidget *page = gui_test_find_of_type (GTK_WIDGET (window), type);

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
  ck_assert_msg (gui_test_find_label (root, text) != NULL, "“%s” is not on screen", text);
}

static void
assert_hides (GtkWidget  *root,
              const char *text)
{
  ck_assert_msg (gui_test_find_label (root, text) == NULL, "“%s” is on screen", text);
}

static gboolean
header_shows (GtkWidget  *root,
              const char *title)
{
  if (ADW_IS_WINDOW_TITLE (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (root)), title) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (header_shows (child, title))
      return TRUE;

  return FALSE;
}

static GtkListBox *
sidebar_list (void)
{
  return GTK_LIST_BOX (gui_test_find_of_type (page_of_type (CRAMP_TYPE_SIDEBAR), GTK_TYPE_LIST_BOX));
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
  assert_shows (page, "Health conditions");
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
  assert_shows (page, "Health conditions");
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
  badge = gui_test_find_of_type (page, CRAMP_TYPE_EVIDENCE_BADGE);

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
  GtkListBox    *list = sidebar_list ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gui_test_find_label (GTK_WIDGET (row), title) != NULL)
      return row;

  ck_abort_msg ("no sidebar row shows “%s”", title);
  return NULL;
}

START_TEST (test_sidebar_follows_the_selection)
{
  CrampSidebar *sidebar = CRAMP_SIDEBAR (page_of_type (CRAMP_TYPE_SIDEBAR));

  select_item ("factor:statins");
  ck_assert_ptr_eq (cramp_sidebar_get_current_row (sidebar), sidebar_row ("Statins"));
  ck_assert (gtk_widget_has_css_class (GTK_WIDGET (sidebar_row ("Statins")), "current"));

  select_item ("");
  ck_assert_ptr_null (cramp_sidebar_get_current_row (sidebar));
  ck_assert (!gtk_widget_has_css_class (GTK_WIDGET (sidebar_row ("Statins")), "current"));
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

/* The arrow keys move the focus through the list and open nothing; Enter
 * opens the row the focus is on. */
START_TEST (test_arrow_keys_move_the_focus_and_enter_opens)
{
  select_item ("region:arch");
  gtk_widget_grab_focus (GTK_WIDGET (sidebar_row ("Arch")));

  g_signal_emit_by_name (sidebar_list (), "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  flush ();
  ck_assert (gtk_widget_has_focus (GTK_WIDGET (sidebar_row ("Heel"))));
  ck_assert_str_eq (cramp_window_get_selection (window), "region:arch");

  g_signal_emit_by_name (sidebar_list (), "activate-cursor-row");
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "region:heel");
  assert_shows (page_of_type (CRAMP_TYPE_REGION_PAGE), "Heel");
}
END_TEST

/* The last widget under @root that Tab stops at, in the order Tab goes. */
static GtkWidget *
last_stop (GtkWidget *root)
{
  GtkWidget *last = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child) || !gtk_widget_is_sensitive (child))
        continue;
      found = last_stop (child);
      if (found != NULL)
        last = found;
      else if (gtk_widget_get_focusable (child) && gtk_widget_get_can_focus (child))
        last = child;
    }

  return last;
}

/* Tab goes on from every stop, through the last control of every kind of
 * page, and round the window back to where it started: no text traps it. */
START_TEST (test_tab_goes_through_every_page)
{
  const char *const selections[] = {
    "region:tarsal-tunnel",
    "structure:tibial-nerve",
    "factor:magnesium",
    "guide:" CRAMP_GUIDE_RED_FLAGS,
    "check:" CRAMP_CHECK_SYMPTOMS,
    "quiz:" CRAMP_QUIZ_ROUND,
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      GtkWidget *pages = page_of_type (CRAMP_TYPE_PAGE_STACK);
      GtkWidget *start;
      GtkWidget *last;
      gboolean   reached = FALSE;
      guint      presses;

      select_item (selections[i]);
      start = gtk_window_get_focus (GTK_WINDOW (window));
      ck_assert_msg (start != NULL && gtk_widget_is_ancestor (start, pages),
                     "%s: the focus is not on the page", selections[i]);
      last = last_stop (pages);
      ck_assert_ptr_nonnull (last);

      for (presses = 1; presses < 300; presses++)
        {
          GtkWidget *before = gtk_window_get_focus (GTK_WINDOW (window));
          GtkWidget *focus;

          if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
            gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
          focus = gtk_window_get_focus (GTK_WINDOW (window));
          ck_assert_msg (focus != NULL && focus != before, "%s: Tab is trapped on a %s",
                         selections[i], before ? G_OBJECT_TYPE_NAME (before) : "window");
          reached = reached || focus == last;
          if (focus == start)
            break;
        }
      ck_assert_msg (reached, "%s: Tab never reaches the page's last control, a %s", selections[i],
                     G_OBJECT_TYPE_NAME (last));
      ck_assert_msg (presses < 300, "%s: Tab does not come round again", selections[i]);
    }
}
END_TEST

/* F6 goes round the list, the drawing and the page, and Shift+F6 back. */
START_TEST (test_f6_goes_round_the_areas)
{
  GtkWidget *areas[] = {
    page_of_type (CRAMP_TYPE_SIDEBAR),
    page_of_type (CRAMP_TYPE_EXPLORER),
    page_of_type (CRAMP_TYPE_PAGE_STACK),
  };

  select_item ("region:heel");
  for (guint i = 0; i < 2 * G_N_ELEMENTS (areas); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-area", NULL);
      flush ();
      ck_assert (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), areas[i % G_N_ELEMENTS (areas)]));
    }
  /* The list is entered at the row of the page shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-area", NULL);
  flush ();
  ck_assert_ptr_eq (gtk_window_get_focus (GTK_WINDOW (window)), sidebar_row ("Heel"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-area", NULL);
  flush ();
  ck_assert (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), areas[2]));
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
  label = gui_test_find_label (page_of_type (CRAMP_TYPE_FACTOR_PAGE), "Heel");
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
  AdwLeaflet *leaflet = ADW_LEAFLET (gui_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  flush ();
  ck_assert (adw_leaflet_get_folded (leaflet));
  assert_shows (GTK_WIDGET (window), "Where It Hurts");

  /* The arrow keys move through the rows; Enter opens the page. */
  gtk_widget_grab_focus (GTK_WIDGET (sidebar_row ("Tarsal tunnel")));
  g_signal_emit_by_name (sidebar_list (), "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  flush ();
  ck_assert_str_eq (cramp_window_get_selection (window), "");
  ck_assert (gtk_widget_is_ancestor (page_of_type (CRAMP_TYPE_SIDEBAR),
                                     adw_leaflet_get_visible_child (leaflet)));

  g_signal_emit_by_name (sidebar_list (), "activate-cursor-row");
  flush ();
  ck_assert (gtk_widget_is_ancestor (page_of_type (CRAMP_TYPE_REGION_PAGE),
                                     adw_leaflet_get_visible_child (leaflet)));
  ck_assert_msg (header_shows (GTK_WIDGET (window), "Ankle"), "the header does not name the page");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  flush ();
  ck_assert (gtk_widget_is_ancestor (page_of_type (CRAMP_TYPE_SIDEBAR),
                                     adw_leaflet_get_visible_child (leaflet)));
}
END_TEST

/* At first launch the drawing is beside the page, with at least half the
 * window's width and half its height. */
START_TEST (test_first_launch_gives_the_drawing_half_the_window)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  int        width, height;
  GtkWidget *view;
  GtkWidget *page;

  gui_test_close_window (&window);
  gui_test_reset_settings ();
  window = cramp_window_new (app, atlas, NULL);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
  view = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_ANATOMY_VIEW);
  page = gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_PAGE_STACK);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, g_settings_get_int (settings, "window-width"));

  ck_assert_msg (gtk_widget_get_width (view) * 2 >= width && gtk_widget_get_height (view) * 2 >= height,
                 "the drawing is %d×%d beside a page %d wide in a window of %d×%d", gtk_widget_get_width (view),
                 gtk_widget_get_height (view), gtk_widget_get_width (page), width, height);
  ck_assert_int_ge (gtk_widget_get_height (page), gtk_widget_get_height (view) - 1);
  ck_assert (cramp_explore_layout_get_side_by_side (CRAMP_EXPLORE_LAYOUT (gtk_widget_get_layout_manager (gtk_widget_get_parent (page)))));
}
END_TEST

/* What the first frame showed of the sidebar's list. */
typedef struct
{
  int rows;       /* how many rows the list had */
  int rows_shown; /* how many of them it showed, in part or whole */
  int bottom;     /* the bottom edge of its last row, in the scrolled window */
  int height;     /* the height of the scrolled window */
} FirstFrame;

static void
first_frame_cb (GdkFrameClock *clock,
                FirstFrame    *frame)
{
  GtkListBox     *list = sidebar_list ();
  GtkWidget      *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);
  GtkListBoxRow  *row;
  graphene_rect_t bounds;

  g_signal_handlers_disconnect_by_data (clock, frame);
  frame->height = gtk_widget_get_height (scrolled);
  for (frame->rows = 0; (row = gtk_list_box_get_row_at_index (list, frame->rows)) != NULL; frame->rows++)
    if (gtk_widget_compute_bounds (GTK_WIDGET (row), scrolled, &bounds))
      {
        frame->bottom = bounds.origin.y + bounds.size.height;
        frame->rows_shown += bounds.origin.y < frame->height;
      }
}

static void
window_realized_cb (GtkWidget  *widget,
                    FirstFrame *frame)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (first_frame_cb), frame);
}

/* The rows below the bottom of the window come after the first frame, but
 * that frame shows the list down to the bottom, at the default size and in
 * a window as tall as a projector's. */
START_TEST (test_first_frame_fills_the_sidebar)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  int heights[] = { 0, 1000 };
  int all = cramp_atlas_get_regions (atlas)->len + cramp_atlas_get_factors (atlas)->len + 4;

  gui_test_close_window (&window);
  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      FirstFrame frame = { 0 };

      gui_test_reset_settings ();
      if (heights[i] > 0)
        g_settings_set_int (settings, "window-height", heights[i]);
      window = cramp_window_new (app, atlas, NULL);
      g_signal_connect_after (window, "realize", G_CALLBACK (window_realized_cb), &frame);
      gtk_window_present (GTK_WINDOW (window));
      flush ();

      ck_assert_msg (frame.height > 0, "no frame was painted");
      ck_assert_msg (frame.bottom >= frame.height || frame.rows == all,
                     "the first frame showed %d rows, down to %d of %d pixels", frame.rows, frame.bottom, frame.height);
      ck_assert_int_eq (gtk_list_box_get_row_at_index (sidebar_list (), all - 1) != NULL, TRUE);
      ck_assert_ptr_null (gtk_list_box_get_row_at_index (sidebar_list (), all));
      if (heights[i] == 0)
        ck_assert_msg (frame.rows < all && frame.rows <= frame.rows_shown + 2,
                       "the first frame made %d rows of %d, and showed %d", frame.rows, all, frame.rows_shown);
      gui_test_close_window (&window);
    }
  window = gui_test_open_window (app, atlas, 1200, 800);
}
END_TEST

/* The size is written once, when the window closes, and the next window
 * opens at it. */
START_TEST (test_window_size_is_kept)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GVariant) written_width = NULL;
  g_autoptr (GVariant) written_height = NULL;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  flush ();
  written_width = g_settings_get_user_value (settings, "window-width");
  written_height = g_settings_get_user_value (settings, "window-height");
  ck_assert_ptr_null (written_width);
  ck_assert_ptr_null (written_height);

  gtk_window_close (GTK_WINDOW (window));
  gui_test_flush (NULL);
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 900);
  ck_assert_int_eq (g_settings_get_int (settings, "window-height"), 640);
  ck_assert (!g_settings_get_boolean (settings, "window-maximized"));

  window = cramp_window_new (app, atlas, NULL);
  gtk_window_present (GTK_WINDOW (window));
  flush ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 900);
  ck_assert_int_eq (height, 640);
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

static double
luminance (guint32 pixel)
{
  double channels[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };
  double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double result = 0.0;

  for (guint i = 0; i < 3; i++)
    {
      double c = channels[i] / 255.0;

      result += weights[i] * (c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4));
    }

  return result;
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Renders the whole window, as it is on screen. */
static cairo_surface_t *
render_window (GtkWidget *root)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (root);
  GtkSnapshot     *snapshot = gtk_snapshot_new ();
  int              width = gtk_widget_get_width (root);
  int              height = gtk_widget_get_height (root);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);
  GskRenderNode   *node;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  ck_assert_msg (node != NULL, "the window drew nothing");
  gsk_render_node_draw (node, cr);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The commonest colour inside @bounds of @surface: a widget's background. */
static guint32
commonest_colour (cairo_surface_t       *surface,
                  const graphene_rect_t *bounds)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 commonest = 0;
  guint   most = 0;
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);

  for (int y = bounds->origin.y; y < bounds->origin.y + bounds->size.height; y++)
    for (int x = bounds->origin.x; x < bounds->origin.x + bounds->size.width; x++)
      {
        guint32 pixel = ((guint32 *) (data + y * stride))[x] & 0xffffff;
        guint   count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixel))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (count));
        if (count > most)
          most = count, commonest = pixel;
      }

  return commonest;
}

/* The contrast between the commonest colour inside @widget, its background,
 * and the colour that stands out most from it, its text. */
static double
text_contrast (GtkWidget *widget)
{
  GtkWidget       *root = GTK_WIDGET (gtk_widget_get_root (widget));
  cairo_surface_t *surface = render_window (root);
  guint32          background;
  double           best = 1.0;
  graphene_rect_t  bounds;
  guchar          *data = cairo_image_surface_get_data (surface);
  int              stride = cairo_image_surface_get_stride (surface);

  ck_assert (gtk_widget_compute_bounds (widget, root, &bounds));
  background = commonest_colour (surface, &bounds);
  for (int y = bounds.origin.y; y < bounds.origin.y + bounds.size.height; y++)
    for (int x = bounds.origin.x; x < bounds.origin.x + bounds.size.width; x++)
      best = MAX (best, contrast (background, ((guint32 *) (data + y * stride))[x] & 0xffffff));

  cairo_surface_destroy (surface);
  return best;
}

/* The most that the middle of the top edge of @widget stands out from its
 * background: where an outline would be, with a row either side, as the
 * edge can fall between pixels. */
static double
edge_contrast (GtkWidget *widget)
{
  GtkWidget       *root = GTK_WIDGET (gtk_widget_get_root (widget));
  cairo_surface_t *surface = render_window (root);
  graphene_rect_t  bounds;
  guint32          background;
  guchar          *data;
  int              stride, x, top;
  double           best = 1.0;

  ck_assert (gtk_widget_compute_bounds (widget, root, &bounds));
  background = commonest_colour (surface, &bounds);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  x = bounds.origin.x + bounds.size.width / 2;
  top = floor (bounds.origin.y);
  for (int y = top - 1; y <= top + 1; y++)
    best = MAX (best, contrast (background, ((guint32 *) (data + y * stride))[x] & 0xffffff));

  cairo_surface_destroy (surface);
  return best;
}

START_TEST (test_evidence_badges_are_legible)
{
  static const char *const    factors[] = { "factor:electrolytes", "factor:footwear", "factor:statins" };
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager            *style = adw_style_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      adw_style_manager_set_color_scheme (style, schemes[i]);
      for (guint j = 0; j < G_N_ELEMENTS (factors); j++)
        {
          GtkWidget *badge;
          double     ratio;

          select_item (factors[j]);
          badge = gui_test_find_of_type (page_of_type (CRAMP_TYPE_FACTOR_PAGE), CRAMP_TYPE_EVIDENCE_BADGE);
          ratio = text_contrast (badge);
          ck_assert_msg (ratio >= 4.5, "%s in scheme %d: contrast %.2f", factors[j], schemes[i], ratio);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}
END_TEST

/* The suite runs again with ADW_DEBUG_HIGH_CONTRAST=1 (tests/meson.build). */
START_TEST (test_badges_are_outlined_in_high_contrast)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager            *style = adw_style_manager_get_default ();
  gboolean                    high_contrast = g_strcmp0 (g_getenv ("ADW_DEBUG_HIGH_CONTRAST"), "1") == 0;

  ck_assert (adw_style_manager_get_high_contrast (style) == high_contrast);
  select_item ("factor:statins");
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      GtkWidget *badge;
      double     ratio;

      adw_style_manager_set_color_scheme (style, schemes[i]);
      flush ();
      badge = gui_test_find_of_type (page_of_type (CRAMP_TYPE_FACTOR_PAGE), CRAMP_TYPE_EVIDENCE_BADGE);
      ratio = edge_contrast (badge);
      if (high_contrast)
        ck_assert_msg (ratio >= 2.0, "scheme %d: the outline's contrast is %.2f", schemes[i], ratio);
      else
        ck_assert_msg (ratio < 1.5, "scheme %d: an outline of contrast %.2f", schemes[i], ratio);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}
END_TEST

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (content == NULL || !gdk_content_provider_get_value (content, &value, NULL))
    return NULL;

  return g_value_dup_string (&value);
}

START_TEST (test_broken_content_file_shows_the_error)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_FIXTURES_DIR "/malformed.xml");
  g_autoptr (CrampApplication) other = g_object_new (CRAMP_TYPE_APPLICATION,
                                                     "application-id", APP_ID ".Test",
                                                     "resource-base-path", RESOURCE_PATH,
                                                     "flags", G_APPLICATION_NON_UNIQUE,
                                                     "content-file", file,
                                                     NULL);
  g_autofree char *copied = NULL;
  GtkWindow       *shown;

  ck_assert (g_application_register (G_APPLICATION (other), NULL, NULL));
  g_application_activate (G_APPLICATION (other));
  flush ();

  shown = gtk_application_get_active_window (GTK_APPLICATION (other));
  ck_assert_ptr_nonnull (shown);
  assert_shows (GTK_WIDGET (shown), "The Content Could Not Be Loaded");
  assert_shows (GTK_WIDGET (shown),
                "malformed.xml:6:12: Element “regions” was closed, but the currently open "
                "element is “region”");

  gtk_widget_activate_action (GTK_WIDGET (shown), "win.copy-error", NULL);
  flush ();
  copied = clipboard_text (GTK_WIDGET (shown));
  ck_assert_str_eq (copied, "malformed.xml:6:12: Element “regions” was closed, but the "
                            "currently open element is “region”");

  gtk_window_destroy (shown);
  flush ();
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

static GtkMenuButton *
primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The main menu is built when it first opens, and opens each time. */
START_TEST (test_main_menu_opens_with_its_items)
{
  GtkMenuButton *button = primary_menu_button (GTK_WIDGET (window));

  ck_assert_ptr_nonnull (button);
  ck_assert (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  for (int i = 0; i < 2; i++)
    {
      GtkPopover *popover;

      gtk_menu_button_popup (button);
      flush ();
      popover = gtk_menu_button_get_popover (button);
      ck_assert_ptr_nonnull (popover);
      ck_assert (gtk_widget_get_mapped (GTK_WIDGET (popover)));
      assert_shows (GTK_WIDGET (popover), "Export Drawing as PNG…");
      assert_shows (GTK_WIDGET (popover), "About Cramp Atlas");
      gtk_menu_button_popdown (button);
      flush ();
      ck_assert (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
    }
}
END_TEST

START_TEST (test_shortcuts_window_opens)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.shortcuts");
  GtkShortcutsWindow *overlay;

  ck_assert (g_strv_contains ((const char *const *) accels, "<Control>question"));
  ck_assert_ptr_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  flush ();
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  ck_assert_ptr_nonnull (overlay);
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));
}
END_TEST

static Suite *
window_suite (void)
{
  Suite *suite = suite_create ("window");
  TCase *browse = tcase_create ("browse");
  TCase *style = tcase_create ("style");
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
  tcase_add_test (browse, test_tab_goes_through_every_page);
  tcase_add_test (browse, test_f6_goes_round_the_areas);
  tcase_add_test (browse, test_arrow_keys_move_the_focus_and_enter_opens);
  tcase_add_test (browse, test_region_link_on_a_factor_page_selects_it);
  tcase_add_test (browse, test_unknown_selection_is_refused);
  tcase_add_test (browse, test_red_flag_guide_lists_every_flag);
  tcase_add_test (browse, test_self_care_guide_warns_against_quinine);
  tcase_add_test (browse, test_narrow_window_folds);
  tcase_add_test (browse, test_window_size_is_kept);
  tcase_add_test (browse, test_first_launch_gives_the_drawing_half_the_window);
  tcase_add_test (browse, test_first_frame_fills_the_sidebar);
  tcase_add_test (browse, test_application_actions);
  tcase_add_test (browse, test_main_menu_opens_with_its_items);
  tcase_add_test (browse, test_shortcuts_window_opens);
  suite_add_tcase (suite, browse);

  tcase_add_checked_fixture (style, setup, teardown);
  tcase_set_timeout (style, 60);
  tcase_add_test (style, test_evidence_badges_are_legible);
  tcase_add_test (style, test_badges_are_outlined_in_high_contrast);
  suite_add_tcase (suite, style);

  tcase_add_test (errors, test_error_page_says_what_is_wrong);
  tcase_add_test (errors, test_broken_content_file_shows_the_error);
  suite_add_tcase (suite, errors);

  return suite;
}

int
main (void)
{
  int status;

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (window_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);

  return status;
}
