/* test-scene.c: what the drawing shows, worked out from one model
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <check.h>
#include <string.h>

#include "cramp-scene-settings.h"
#include "cramp-scene.h"
#include "test-util.h"

static CrampAtlas *atlas;
static CrampScene *scene;

static void
setup (void)
{
  atlas = test_load_content ();
  scene = cramp_scene_new (atlas);
}

static void
teardown (void)
{
  g_clear_object (&scene);
  g_clear_object (&atlas);
}

static gboolean
has (const char *const *ids,
     const char        *id)
{
  return ids != NULL && g_strv_contains (ids, id);
}

/* The look */

START_TEST (test_a_region_is_selected_in_a_view_that_draws_it)
{
  g_autoptr (CrampSceneLook) look = cramp_scene_look_compute (atlas, "region:heel", -1, NULL);

  ck_assert_str_eq (look->selected_region, "heel");
  ck_assert_uint_eq (look->focus->len, 1);
  ck_assert_ptr_eq (g_ptr_array_index (look->focus, 0), cramp_atlas_lookup_region (atlas, "heel"));
  ck_assert_ptr_null (look->view);
  ck_assert_uint_eq (g_strv_length (look->highlights), 0);
  ck_assert_uint_eq (g_strv_length (look->layers), 0);
}
END_TEST

START_TEST (test_a_factor_lights_its_regions_and_shows_its_layer)
{
  const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, "tarsal-tunnel-syndrome");
  g_autoptr (CrampSceneLook) look = cramp_scene_look_compute (atlas, "factor:tarsal-tunnel-syndrome", -1, NULL);

  ck_assert_uint_eq (g_strv_length (look->highlights), factor->regions->len);
  for (guint i = 0; i < factor->regions->len; i++)
    ck_assert (has ((const char *const *) look->highlights, ((CrampRegion *) g_ptr_array_index (factor->regions, i))->id));
  ck_assert (g_strv_equal ((const char *const *) look->layers, (const char *const *) (const char *[]){ "nerves", NULL }));
  ck_assert_ptr_null (look->selected_region);
}
END_TEST

START_TEST (test_a_step_shows_its_view_lights_and_layers)
{
  const CrampStep *step = g_ptr_array_index (cramp_atlas_lookup_factor (atlas, "tarsal-tunnel-syndrome")->steps, 1);
  g_autoptr (CrampSceneLook) look = cramp_scene_look_compute (atlas, "factor:tarsal-tunnel-syndrome", 1, NULL);
  g_autoptr (CrampSceneLook) past = cramp_scene_look_compute (atlas, "factor:tarsal-tunnel-syndrome", 9, NULL);

  ck_assert_ptr_eq (look->view, step->view);
  ck_assert_uint_eq (g_strv_length (look->highlights), step->regions->len + step->structures->len);
  ck_assert (has ((const char *const *) look->highlights, "posterior-tibial-artery"));
  ck_assert_uint_eq (g_strv_length (look->layers), step->layers->len);

  /* A step past the last is no step: the factor's own look. */
  ck_assert_ptr_null (past->view);
  ck_assert (has ((const char *const *) past->layers, "nerves"));
}
END_TEST

START_TEST (test_a_request_adds_its_own)
{
  g_autoptr (CrampDrawingRequest) request = cramp_drawing_request_new ();
  g_autoptr (CrampSceneLook) look = NULL;
  g_autoptr (CrampDrawingRequest) copy = NULL;

  request->view = g_strdup ("plantar");
  request->highlights = g_strdupv ((char *[]){ "arch", "tibial-nerve", NULL });
  request->layers = g_strdupv ((char *[]){ "arteries", NULL });
  request->picking = TRUE;
  request->names_hidden = TRUE;
  look = cramp_scene_look_compute (atlas, "check:symptoms", -1, request);

  ck_assert_str_eq (look->view->id, "plantar");
  ck_assert (has ((const char *const *) look->highlights, "tibial-nerve"));
  ck_assert_uint_eq (look->focus->len, 1);
  ck_assert (has ((const char *const *) look->layers, "arteries"));
  ck_assert (look->picking);
  ck_assert (look->names_hidden);

  copy = cramp_drawing_request_copy (request);
  ck_assert (cramp_drawing_request_equal (copy, request));
  copy->picking = FALSE;
  ck_assert (!cramp_drawing_request_equal (copy, request));
  ck_assert (!cramp_drawing_request_equal (copy, NULL));
}
END_TEST

/* The scene */

static guint
count_notifies (const char *property)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (scene), property));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec)
{
  g_object_set_data (object, pspec->name, GUINT_TO_POINTER (count_notifies (pspec->name) + 1));
}

/* Browsing causes shows their layers on top, and never as the person's. */
START_TEST (test_causes_never_change_the_persons_layers)
{
  static const char *const causes[] = { "factor:tarsal-tunnel-syndrome", "factor:peripheral-artery-disease",
                                        "factor:muscle-fatigue" };
  static const char *const mine[] = { "muscles", NULL };

  cramp_scene_set_layers (scene, mine);
  g_signal_connect (scene, "notify", G_CALLBACK (notify_cb), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (causes); i++)
    {
      const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, causes[i] + strlen ("factor:"));

      cramp_scene_set_selection (scene, causes[i]);
      ck_assert (has (cramp_scene_get_shown_layers (scene), factor->layer->id));
      ck_assert (has (cramp_scene_get_shown_layers (scene), "muscles"));

      /* Its steps too. */
      for (guint step = 0; step < factor->steps->len; step++)
        cramp_scene_set_step (scene, step);
    }

  cramp_scene_set_presenting (scene, TRUE);
  cramp_scene_set_selection (scene, "region:toes");
  cramp_scene_set_presenting (scene, FALSE);
  ck_assert (g_strv_equal (cramp_scene_get_layers (scene), mine));
  ck_assert (g_strv_equal (cramp_scene_get_shown_layers (scene), mine));
  ck_assert_uint_eq (count_notifies ("layers"), 0);
  ck_assert_uint_eq (count_notifies ("view"), 0);
  ck_assert_uint_eq (count_notifies ("labels"), 0);
}
END_TEST

START_TEST (test_a_selection_is_shown_in_a_view_that_draws_it)
{
  cramp_scene_set_view (scene, "dorsal");
  g_signal_connect (scene, "notify", G_CALLBACK (notify_cb), NULL);

  /* The arch is drawn from the inner side and the sole, not from the top. */
  cramp_scene_set_selection (scene, "region:arch");
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "medial");
  ck_assert_str_eq (cramp_scene_get_selected_region (scene), "arch");

  /* It stays when the next selection is drawn there too. */
  cramp_scene_set_selection (scene, "region:toes");
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "medial");

  /* The person's choice is shown, even without the selection. */
  cramp_scene_set_selection (scene, "region:arch");
  cramp_scene_set_view (scene, "dorsal");
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "dorsal");
  ck_assert_uint_eq (count_notifies ("view"), 0);

  /* A step shows its own view, and leaves the person's when it ends. */
  cramp_scene_set_selection (scene, "factor:neuropathy");
  cramp_scene_set_step (scene, 0);
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "plantar");
  cramp_scene_set_step (scene, -1);
  ck_assert_str_ne (cramp_scene_get_shown_view (scene), "plantar");
  ck_assert_str_eq (cramp_scene_get_view (scene), "dorsal");

  cramp_scene_set_view (scene, "sideways");
  ck_assert_str_eq (cramp_scene_get_view (scene), "dorsal");
}
END_TEST

/* A structure is lit and selected with its layer, in a view that draws
 * it, and the person's own layers stay as they were. */
START_TEST (test_a_structure_is_shown_where_it_is_drawn_with_its_layer)
{
  g_autoptr (GFile) drawings = g_file_new_for_path (TEST_DRAWINGS_DIR);
  g_autoptr (GError) error = NULL;
  const char *const mine[] = { "bones", NULL };

  ck_assert_msg (cramp_atlas_check_drawings (atlas, drawings, NULL, &error), "%s", error ? error->message : "");
  cramp_scene_set_layers (scene, mine);
  cramp_scene_set_view (scene, "medial");

  /* The dorsalis pedis lies in the ankle, which the inner side shows, but
   * only the top draws it. */
  cramp_scene_set_selection (scene, "structure:dorsalis-pedis-artery");
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "dorsal");
  ck_assert_str_eq (cramp_scene_get_selected_structure (scene), "dorsalis-pedis-artery");
  ck_assert_ptr_null (cramp_scene_get_selected_region (scene));
  ck_assert (g_strv_contains (cramp_scene_get_highlights (scene), "dorsalis-pedis-artery"));
  ck_assert (g_strv_contains (cramp_scene_get_shown_layers (scene), "arteries"));
  ck_assert (g_strv_equal (cramp_scene_get_layers (scene), mine));

  /* A structure drawn in the view shown keeps the view. */
  cramp_scene_set_selection (scene, "structure:small-saphenous-vein");
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "dorsal");
  ck_assert (g_strv_contains (cramp_scene_get_shown_layers (scene), "veins"));
  ck_assert (!g_strv_contains (cramp_scene_get_shown_layers (scene), "arteries"));

  cramp_scene_set_selection (scene, "region:heel");
  ck_assert_ptr_null (cramp_scene_get_selected_structure (scene));
  ck_assert (g_strv_equal (cramp_scene_get_shown_layers (scene), mine));

  cramp_scene_set_selection (scene, "structure:no-such-thing");
  ck_assert_str_eq (cramp_scene_get_selection (scene), "region:heel");
}
END_TEST

START_TEST (test_labels_follow_the_person_the_presentation_and_the_page)
{
  g_autoptr (CrampDrawingRequest) quiz = cramp_drawing_request_new ();

  ck_assert (cramp_scene_get_labels_shown (scene));
  ck_assert_int_eq (cramp_scene_get_shown_labels (scene), CRAMP_LABELS_REGIONS);
  cramp_scene_set_labels (scene, CRAMP_LABELS_STRUCTURES);
  ck_assert_int_eq (cramp_scene_get_shown_labels (scene), CRAMP_LABELS_STRUCTURES);
  cramp_scene_set_labels (scene, CRAMP_LABELS_NONE);
  ck_assert (!cramp_scene_get_labels_shown (scene));
  cramp_scene_set_presenting (scene, TRUE);
  ck_assert (cramp_scene_get_labels_shown (scene));
  ck_assert_int_eq (cramp_scene_get_shown_labels (scene), CRAMP_LABELS_REGIONS);

  /* A quiz that asks for a name hides the names, presenting or not. */
  quiz->names_hidden = TRUE;
  quiz->picking = TRUE;
  cramp_scene_set_request (scene, quiz);
  ck_assert (!cramp_scene_get_labels_shown (scene));
  ck_assert (cramp_scene_get_picking (scene));
  cramp_scene_set_request (scene, NULL);
  ck_assert (cramp_scene_get_labels_shown (scene));
  ck_assert (!cramp_scene_get_picking (scene));
  ck_assert_int_eq (cramp_scene_get_labels (scene), CRAMP_LABELS_NONE);
}
END_TEST

START_TEST (test_changes_are_told_once)
{
  g_signal_connect (scene, "notify", G_CALLBACK (notify_cb), NULL);

  cramp_scene_set_selection (scene, "factor:tarsal-tunnel-syndrome");
  cramp_scene_set_selection (scene, "factor:tarsal-tunnel-syndrome");
  cramp_scene_set_zoom (scene, 2.0);
  cramp_scene_set_zoom (scene, 2.0);
  cramp_scene_set_zoom (scene, 40.0);
  cramp_scene_set_layer_visible (scene, "nerves", TRUE);
  cramp_scene_set_layer_visible (scene, "nerves", TRUE);
  cramp_scene_set_layer_visible (scene, "veins of the moon", TRUE);

  ck_assert_uint_eq (count_notifies ("selection"), 1);
  ck_assert_uint_eq (count_notifies ("highlights"), 1);
  ck_assert_uint_eq (count_notifies ("zoom"), 2);
  ck_assert (cramp_scene_get_zoom (scene) == CRAMP_SCENE_MAX_ZOOM);
  ck_assert_uint_eq (count_notifies ("layers"), 1);
  ck_assert (g_strv_equal (cramp_scene_get_layers (scene), (const char *const *) (const char *[]){ "nerves", NULL }));
}
END_TEST

/* Paging and selecting */

START_TEST (test_page_down_goes_round_the_regions_of_the_view)
{
  const CrampView *view;
  guint            n;

  cramp_scene_set_view (scene, "medial");
  view = cramp_atlas_lookup_view (atlas, "medial");
  n = view->regions->len;
  ck_assert_uint_ge (n, 3);

  cramp_scene_select_next_region (scene, FALSE);
  ck_assert_str_eq (cramp_scene_get_selected_region (scene), ((CrampRegion *) g_ptr_array_index (view->regions, n - 1))->id);
  cramp_scene_select_next_region (scene, TRUE);
  ck_assert_str_eq (cramp_scene_get_selected_region (scene), ((CrampRegion *) g_ptr_array_index (view->regions, 0))->id);
  cramp_scene_select_next_region (scene, TRUE);
  ck_assert_str_eq (cramp_scene_get_selected_region (scene), ((CrampRegion *) g_ptr_array_index (view->regions, 1))->id);
  cramp_scene_select_next_region (scene, FALSE);
  cramp_scene_select_next_region (scene, FALSE);
  ck_assert_str_eq (cramp_scene_get_selected_region (scene), ((CrampRegion *) g_ptr_array_index (view->regions, n - 1))->id);
  ck_assert_str_eq (cramp_scene_get_shown_view (scene), "medial");
}
END_TEST

START_TEST (test_a_selection_of_nothing_known_changes_nothing)
{
  const char *bad[] = { "region:elbow", "factor:", "factor:nothing", "guide:other", "check:other", "quiz:x",
                        "colour:red", "region", NULL };

  cramp_scene_set_selection (scene, "factor:magnesium");
  for (guint i = 0; bad[i] != NULL; i++)
    {
      cramp_scene_set_selection (scene, bad[i]);
      ck_assert_str_eq (cramp_scene_get_selection (scene), "factor:magnesium");
    }
  cramp_scene_set_selection (scene, "guide:red-flags");
  ck_assert_str_eq (cramp_scene_get_selection (scene), "guide:red-flags");
  cramp_scene_set_selection (scene, "");
  ck_assert_str_eq (cramp_scene_get_selection (scene), "");
}
END_TEST

/* Settings */

static GSettings *
memory_settings (void)
{
  g_autoptr (GSettingsSchemaSource) source = NULL;
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr (GError) error = NULL;

  source = g_settings_schema_source_new_from_directory (TEST_SCHEMA_DIR, NULL, FALSE, &error);
  ck_assert_msg (source != NULL, "%s", error ? error->message : "");
  schema = g_settings_schema_source_lookup (source, "io.github.crampatlas.CrampAtlas", FALSE);
  ck_assert_ptr_nonnull (schema);
  return g_settings_new_full (schema, backend, NULL);
}

static void
count_cb (GSettings  *settings,
          const char *key,
          GPtrArray  *written)
{
  g_ptr_array_add (written, g_strdup (key));
}

/* Only the person's own choices are written, each once, and a new scene
 * starts from them; names the content lacks are passed over. */
START_TEST (test_settings_keep_only_the_persons_choices)
{
  g_autoptr (GSettings) settings = memory_settings ();
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (CrampScene) next = cramp_scene_new (atlas);
  const char *saved[] = { "muscles", "no-such-layer", NULL };
  g_auto (GStrv) layers = NULL;

  g_settings_set_strv (settings, "visible-layers", saved);
  g_settings_set_string (settings, "anatomy-view", "plantar");
  cramp_scene_bind_settings (scene, settings);
  ck_assert_str_eq (cramp_scene_get_view (scene), "plantar");
  ck_assert (cramp_scene_get_layer_visible (scene, "muscles"));

  g_signal_connect (settings, "changed", G_CALLBACK (count_cb), written);
  cramp_scene_set_selection (scene, "factor:peripheral-artery-disease");
  cramp_scene_set_selection (scene, "factor:tarsal-tunnel-syndrome");
  cramp_scene_set_step (scene, 1);
  cramp_scene_set_presenting (scene, TRUE);
  cramp_scene_set_zoom (scene, 2.0);
  cramp_scene_set_selection (scene, "region:heel");
  ck_assert_uint_eq (written->len, 0);

  cramp_scene_set_layer_visible (scene, "nerves", TRUE);
  cramp_scene_set_labels (scene, CRAMP_LABELS_BOTH);
  cramp_scene_set_labels (scene, CRAMP_LABELS_BOTH);
  ck_assert_uint_eq (written->len, 2);
  ck_assert_str_eq (g_ptr_array_index (written, 0), "visible-layers");
  ck_assert_str_eq (g_ptr_array_index (written, 1), "labels");
  layers = g_settings_get_strv (settings, "visible-layers");
  ck_assert (g_strv_contains ((const char *const *) layers, "nerves"));
  ck_assert (!g_strv_contains ((const char *const *) layers, "arteries"));

  cramp_scene_bind_settings (next, settings);
  ck_assert (cramp_scene_get_layer_visible (next, "nerves"));
  ck_assert (!cramp_scene_get_layer_visible (next, "arteries"));
  ck_assert_int_eq (cramp_scene_get_labels (next), CRAMP_LABELS_BOTH);
  ck_assert_str_eq (cramp_scene_get_view (next), "plantar");
}
END_TEST

static Suite *
scene_suite (void)
{
  Suite *suite = suite_create ("scene");
  TCase *look = tcase_create ("look");
  TCase *model = tcase_create ("scene");

  tcase_add_checked_fixture (look, setup, teardown);
  tcase_add_test (look, test_a_region_is_selected_in_a_view_that_draws_it);
  tcase_add_test (look, test_a_factor_lights_its_regions_and_shows_its_layer);
  tcase_add_test (look, test_a_step_shows_its_view_lights_and_layers);
  tcase_add_test (look, test_a_request_adds_its_own);
  suite_add_tcase (suite, look);

  tcase_add_checked_fixture (model, setup, teardown);
  tcase_add_test (model, test_causes_never_change_the_persons_layers);
  tcase_add_test (model, test_a_selection_is_shown_in_a_view_that_draws_it);
  tcase_add_test (model, test_a_structure_is_shown_where_it_is_drawn_with_its_layer);
  tcase_add_test (model, test_labels_follow_the_person_the_presentation_and_the_page);
  tcase_add_test (model, test_changes_are_told_once);
  tcase_add_test (model, test_page_down_goes_round_the_regions_of_the_view);
  tcase_add_test (model, test_a_selection_of_nothing_known_changes_nothing);
  tcase_add_test (model, test_settings_keep_only_the_persons_choices);
  suite_add_tcase (suite, model);

  return suite;
}

int
main (void)
{
  return test_run_suite (scene_suite ());
}
