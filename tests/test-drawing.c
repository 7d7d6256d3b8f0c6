/* test-drawing.c: the drawings against the content, and the region map
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "cramp-atlas.h"
#include "cramp-drawing.h"
#include "cramp-region-map.h"
#include "cramp-resources.h"
#include "test-util.h"

static CrampAtlas *atlas;

static char *
drawing_uri (const CrampView *view)
{
  return g_strconcat ("resource://" RESOURCE_PATH "/anatomy/", view->drawing, NULL);
}

static CrampDrawing *
load_drawing (const char *view_id)
{
  const CrampView *view = cramp_atlas_lookup_view (atlas, view_id);
  g_autofree char *uri = drawing_uri (view);
  g_autoptr (GFile) file = g_file_new_for_uri (uri);
  g_autoptr (GError) error = NULL;
  CrampDrawing *drawing = cramp_drawing_new (file, &error);

  ck_assert_msg (drawing != NULL, "%s: %s", view_id, error ? error->message : "");
  return drawing;
}

/* The ids in an SVG: all of them, and those of class "region". */
typedef struct
{
  GHashTable *ids;
  GHashTable *regions;
} SvgIds;

static void
svg_start_cb (GMarkupParseContext *context,
              const char          *element,
              const char         **names,
              const char         **values,
              gpointer             user_data,
              GError             **error)
{
  SvgIds     *ids = user_data;
  const char *id = NULL, *class = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "class"))
        class = values[i];
    }

  if (id != NULL)
    g_hash_table_add (ids->ids, g_strdup (id));
  if (id != NULL && g_strcmp0 (class, "region") == 0)
    g_hash_table_add (ids->regions, g_strdup (id));
}

static void
read_svg_ids (const CrampView *view,
              SvgIds          *ids)
{
  static const GMarkupParser parser = { svg_start_cb, NULL, NULL, NULL, NULL };
  g_autofree char           *path = g_strconcat (RESOURCE_PATH "/anatomy/", view->drawing, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr (GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, ids, NULL);
  gsize       size;
  const char *data;

  ck_assert_msg (bytes != NULL, "no drawing %s", path);
  data = g_bytes_get_data (bytes, &size);
  ck_assert (g_markup_parse_context_parse (context, data, size, NULL));
  ck_assert (g_markup_parse_context_end_parse (context, NULL));
}

START_TEST (test_content_regions_are_drawn)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      SvgIds           ids = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                               g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

      read_svg_ids (view, &ids);
      for (guint j = 0; j < view->regions->len; j++)
        {
          const char      *region = ((CrampRegion *) g_ptr_array_index (view->regions, j))->id;
          g_autofree char *anchor = g_strconcat ("anchor-", region, NULL);
          g_autofree char *label = g_strconcat ("label-", region, NULL);

          ck_assert_msg (g_hash_table_contains (ids.regions, region), "%s lacks the region %s",
                         view->drawing, region);
          ck_assert_msg (g_hash_table_contains (ids.ids, anchor), "%s lacks %s", view->drawing, anchor);
          ck_assert_msg (g_hash_table_contains (ids.ids, label), "%s lacks %s", view->drawing, label);
        }

      g_hash_table_unref (ids.ids);
      g_hash_table_unref (ids.regions);
    }
}
END_TEST

START_TEST (test_drawn_regions_are_in_the_content)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      SvgIds           ids = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                               g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
      GHashTableIter   iter;
      gpointer         key;

      read_svg_ids (view, &ids);
      g_hash_table_iter_init (&iter, ids.regions);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const CrampRegion *region = cramp_atlas_lookup_region (atlas, key);

          ck_assert_msg (region != NULL, "%s draws %s, which the content lacks", view->drawing, (char *) key);
          ck_assert_msg (g_ptr_array_find (region->views, view, NULL),
                         "%s draws %s, which the content does not place in the view", view->drawing,
                         (char *) key);
        }

      g_hash_table_unref (ids.ids);
      g_hash_table_unref (ids.regions);
    }
}
END_TEST

START_TEST (test_layers_and_structures_are_drawn)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);
  GPtrArray *layers = cramp_atlas_get_layers (atlas);
  GPtrArray *structures = cramp_atlas_get_structures (atlas);
  GPtrArray *factors = cramp_atlas_get_factors (atlas);
  g_autoptr (GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      g_autoptr (CrampDrawing) drawing = load_drawing (view->id);

      ck_assert (cramp_drawing_has_element (drawing, "base"));
      for (guint j = 0; j < layers->len; j++)
        {
          g_autofree char *group = g_strconcat ("layer-", ((CrampLayer *) g_ptr_array_index (layers, j))->id, NULL);

          ck_assert_msg (cramp_drawing_has_element (drawing, group), "%s lacks %s", view->drawing, group);
        }

      for (guint j = 0; j < structures->len; j++)
        {
          const CrampStructure *structure = g_ptr_array_index (structures, j);

          if (cramp_drawing_has_element (drawing, structure->id))
            g_hash_table_add (drawn, structure->id);
        }
    }

  for (guint i = 0; i < structures->len; i++)
    ck_assert_msg (g_hash_table_contains (drawn, ((CrampStructure *) g_ptr_array_index (structures, i))->id),
                   "no drawing has %s", ((CrampStructure *) g_ptr_array_index (structures, i))->id);

  /* Each step points at structures that its own view draws. */
  for (guint i = 0; i < factors->len; i++)
    {
      GPtrArray *steps = ((CrampFactor *) g_ptr_array_index (factors, i))->steps;

      for (guint j = 0; j < steps->len; j++)
        {
          const CrampStep *step = g_ptr_array_index (steps, j);
          g_autoptr (CrampDrawing) drawing = load_drawing (step->view->id);

          for (guint k = 0; k < step->structures->len; k++)
            {
              const CrampStructure *structure = g_ptr_array_index (step->structures, k);

              ck_assert_msg (cramp_drawing_has_element (drawing, structure->id), "%s: %s is not in %s",
                             step->id, structure->id, step->view->drawing);
            }
        }
    }
}
END_TEST

/* Maps a view at 800 × 600 logical pixels, where the 800 × 600 viewBox
 * fits exactly, so drawing coordinates are map coordinates. */
static CrampRegionMap *
map_view (const char    *view_id,
          int            scale,
          CrampDrawing **out_drawing)
{
  const CrampView *view = cramp_atlas_lookup_view (atlas, view_id);
  CrampDrawing    *drawing = load_drawing (view_id);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  graphene_rect_t viewport;

  for (guint i = 0; i < view->regions->len; i++)
    g_strv_builder_add (builder, ((CrampRegion *) g_ptr_array_index (view->regions, i))->id);
  ids = g_strv_builder_end (builder);

  cramp_drawing_fit (drawing, 800, 600, &viewport);
  ck_assert (graphene_rect_equal (&viewport, &GRAPHENE_RECT_INIT (0, 0, 800, 600)));
  *out_drawing = drawing;

  return cramp_region_map_new (drawing, (const char *const *) ids, 800, 600, scale, &viewport);
}

static const char *
region_at (const CrampRegionMap *map,
           const char           *view_id,
           double                x,
           double                y)
{
  const CrampView *view = cramp_atlas_lookup_view (atlas, view_id);
  guint            place = cramp_region_map_lookup (map, x, y);

  return place ? ((CrampRegion *) g_ptr_array_index (view->regions, place - 1))->id : NULL;
}

START_TEST (test_anchors_hit_their_regions)
{
  static const int scales[] = { 1, 2 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    for (guint i = 0; i < cramp_atlas_get_views (atlas)->len; i++)
      {
        const CrampView *view = g_ptr_array_index (cramp_atlas_get_views (atlas), i);
        CrampDrawing    *drawing = NULL;
        g_autoptr (CrampRegionMap) map = map_view (view->id, scales[s], &drawing);

        for (guint j = 0; j < view->regions->len; j++)
          {
            const char      *region = ((CrampRegion *) g_ptr_array_index (view->regions, j))->id;
            g_autofree char *anchor = g_strconcat ("anchor-", region, NULL);
            graphene_rect_t  bounds;
            graphene_point_t centre;

            ck_assert (cramp_drawing_get_bounds (drawing, anchor, &GRAPHENE_RECT_INIT (0, 0, 800, 600), &bounds));
            graphene_rect_get_center (&bounds, &centre);
            ck_assert_msg (g_strcmp0 (region_at (map, view->id, centre.x, centre.y), region) == 0,
                           "%s at scale %d: the anchor of %s hits %s", view->id, scales[s], region,
                           region_at (map, view->id, centre.x, centre.y));
          }

        g_object_unref (drawing);
      }
}
END_TEST

START_TEST (test_shape_not_box)
{
  CrampDrawing *drawing = NULL;
  g_autoptr (CrampRegionMap) map = map_view ("plantar", 1, &drawing);
  const CrampView *view = cramp_atlas_lookup_view (atlas, "plantar");
  guint            toes = 0;
  graphene_rect_t  bounds;

  for (guint i = 0; i < view->regions->len; i++)
    if (g_str_equal (((CrampRegion *) g_ptr_array_index (view->regions, i))->id, "toes"))
      toes = i;

  /* Beyond the tip of the second toe, level with the big toe's: in the
   * toes' box, in no toe. */
  ck_assert (cramp_region_map_get_bounds (map, toes, &bounds));
  ck_assert (graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (420, 46)));
  ck_assert_ptr_null (region_at (map, "plantar", 420, 46));
  /* The third toe and the big toe. */
  ck_assert_str_eq (region_at (map, "plantar", 383, 94), "toes");
  ck_assert_str_eq (region_at (map, "plantar", 465, 80), "toes");

  /* Outside the foot, in the corner of the heel's box. */
  ck_assert_ptr_null (region_at (map, "plantar", 336, 554));
  g_object_unref (drawing);
}
END_TEST

/* Along a line across the border of the toes and the arch on the inner side,
 * where the toes point left, every point is one or the other, toes first:
 * the regions meet exactly. */
START_TEST (test_shared_border_has_no_gap)
{
  CrampDrawing *drawing = NULL;
  g_autoptr (CrampRegionMap) map = map_view ("medial", 1, &drawing);
  gboolean seen_arch = FALSE;

  for (double x = 212; x <= 262; x += 0.5)
    {
      const char *region = region_at (map, "medial", x, 511);

      ck_assert_msg (region != NULL, "a gap at %g", x);
      if (g_str_equal (region, "arch"))
        seen_arch = TRUE;
      else
        ck_assert_msg (g_str_equal (region, "toes") && !seen_arch, "%s at %g", region, x);
    }

  ck_assert (seen_arch);
  ck_assert_str_eq (region_at (map, "medial", 225, 511), "toes");
  ck_assert_str_eq (region_at (map, "medial", 252, 511), "arch");
  g_object_unref (drawing);
}
END_TEST

START_TEST (test_lookup_outside_the_map)
{
  CrampDrawing *drawing = NULL;
  g_autoptr (CrampRegionMap) map = map_view ("medial", 1, &drawing);

  ck_assert_uint_eq (cramp_region_map_lookup (map, -1, 300), 0);
  ck_assert_uint_eq (cramp_region_map_lookup (map, 800, 300), 0);
  ck_assert_uint_eq (cramp_region_map_lookup (map, 400, 600.5), 0);
  ck_assert_uint_eq (cramp_region_map_lookup (map, NAN, NAN), 0);
  g_object_unref (drawing);
}
END_TEST

START_TEST (test_drawing_without_view_box_is_refused)
{
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"/>";
  g_autofree char  *dir = g_dir_make_tmp ("cramp-drawing-XXXXXX", NULL);
  g_autofree char  *path = g_build_filename (dir, "bad.svg", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CrampDrawing) drawing = NULL;

  ck_assert (g_file_set_contents (path, svg, -1, NULL));
  drawing = cramp_drawing_new (file, &error);
  g_unlink (path);
  g_rmdir (dir);

  ck_assert_ptr_null (drawing);
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA));
  ck_assert_msg (strstr (error->message, "viewBox") != NULL, "%s", error->message);
}
END_TEST

static gpointer
get_for_view_cb (gpointer data)
{
  return cramp_drawing_get_for_view (data, NULL);
}

/* The drawing read in a thread at start-up is the one the window shows:
 * each view's drawing is read once in the process. */
START_TEST (test_drawing_is_read_once_and_shared)
{
  GPtrArray *views = cramp_atlas_get_views (atlas);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      g_autoptr (CrampDrawing) read_in_thread = g_thread_join (g_thread_new ("read", get_for_view_cb, (gpointer) view));
      g_autoptr (CrampDrawing) read_again = cramp_drawing_get_for_view (view, NULL);
      g_autoptr (CrampDrawing) other = cramp_drawing_get_for_view (g_ptr_array_index (views, (i + 1) % views->len), NULL);

      ck_assert_ptr_nonnull (read_in_thread);
      ck_assert_ptr_eq (read_in_thread, read_again);
      ck_assert_ptr_ne (read_in_thread, other);
    }
}
END_TEST

static Suite *
drawing_suite (void)
{
  Suite *suite = suite_create ("drawing");
  TCase *content = tcase_create ("content");
  TCase *map = tcase_create ("map");

  tcase_add_test (content, test_content_regions_are_drawn);
  tcase_add_test (content, test_drawn_regions_are_in_the_content);
  tcase_add_test (content, test_layers_and_structures_are_drawn);
  tcase_add_test (content, test_drawing_is_read_once_and_shared);
  suite_add_tcase (suite, content);

  tcase_set_timeout (map, 60);
  tcase_add_test (map, test_anchors_hit_their_regions);
  tcase_add_test (map, test_shape_not_box);
  tcase_add_test (map, test_shared_border_has_no_gap);
  tcase_add_test (map, test_lookup_outside_the_map);
  tcase_add_test (map, test_drawing_without_view_box_is_refused);
  suite_add_tcase (suite, map);

  return suite;
}

int
main (void)
{
  g_autoptr (GFile) content = g_file_new_for_uri ("resource://" RESOURCE_PATH "/content/atlas.xml");
  g_autoptr (GError) error = NULL;
  int status;

  cramp_register_resource ();
  atlas = cramp_atlas_new_from_file (content, NULL, NULL, &error);
  if (atlas == NULL)
    g_error ("The built-in content did not load: %s", error->message);

  status = test_run_suite (drawing_suite ());
  g_clear_object (&atlas);
  return status;
}
