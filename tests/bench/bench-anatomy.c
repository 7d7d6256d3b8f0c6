/* bench-anatomy.c: what the drawing costs, against the budgets of DESIGN.md
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, for the real drawings: the time of one region lookup over a
 * million random points; the work of a hover change at 1920 × 1080; and
 * the time to render a new size at 1920 × 1080 and 3840 × 2160, beside
 * librsvg rendering the same SVG alone. Each time is the median of runs;
 * the renders take turns with librsvg's, and each ratio is the median of
 * the ratios of renders made side by side.
 */

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>
#include <librsvg/rsvg.h>

#include "cramp-atlas.h"
#include "cramp-drawing.h"
#include "cramp-highlight.h"
#include "cramp-region-map.h"
#include "cramp-resources.h"

#define RUNS    9
#define LOOKUPS 1000000

static CrampAtlas *atlas;
static gboolean    over_budget; /* whether a figure broke DESIGN.md's budget */

/* Says so when @value is over @budget, and makes the benchmark fail. */
static void
check_budget (const char *what,
              double      value,
              double      budget)
{
  if (value <= budget)
    return;

  g_print ("  OVER BUDGET: %s is %.2f, over %.2f\n", what, value, budget);
  over_budget = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   count)
{
  qsort (values, count, sizeof (double), compare_doubles);
  return values[count / 2];
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* As the painter numbers them: the view's regions, then the structures
 * that its drawing has. */
static char **
region_ids (const CrampView *view,
            CrampDrawing    *drawing,
            guint           *n_regions)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GPtrArray *structures = cramp_atlas_get_structures (atlas);

  for (guint i = 0; i < view->regions->len; i++)
    g_strv_builder_add (builder, ((CrampRegion *) g_ptr_array_index (view->regions, i))->id);
  for (guint i = 0; i < structures->len; i++)
    if (cramp_drawing_has_element (drawing, ((CrampStructure *) g_ptr_array_index (structures, i))->id))
      g_strv_builder_add (builder, ((CrampStructure *) g_ptr_array_index (structures, i))->id);

  *n_regions = view->regions->len;
  return g_strv_builder_end (builder);
}

static char *
drawing_uri (const CrampView *view)
{
  return g_strconcat ("resource://" RESOURCE_PATH "/anatomy/", view->drawing, NULL);
}

/* As the view does: one texture just the size of the base, with the
 * layers shown drawn over it. */
static void
render_figure (CrampDrawing          *drawing,
               gboolean               all_layers,
               int                    width,
               int                    height,
               const graphene_rect_t *viewport)
{
  GPtrArray *layers = cramp_atlas_get_layers (atlas);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  graphene_rect_t bounds;
  g_autoptr (GdkTexture) texture = NULL;

  g_strv_builder_add (builder, "base");
  for (guint i = 0; all_layers && i < layers->len; i++)
    {
      g_autofree char *group = g_strconcat ("layer-", ((CrampLayer *) g_ptr_array_index (layers, i))->id, NULL);

      g_strv_builder_add (builder, group);
    }
  ids = g_strv_builder_end (builder);
  texture = cramp_drawing_render_texture (drawing, (const char *const *) ids, viewport, width, height, 1, &bounds);
}

static double
time_librsvg (const CrampView       *view,
              int                    width,
              int                    height,
              const graphene_rect_t *viewport,
              guint                  runs)
{
  g_autofree char *uri = drawing_uri (view);
  g_autoptr (GFile) file = g_file_new_for_uri (uri);
  RsvgHandle   *handle = rsvg_handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, NULL);
  RsvgRectangle rect = { viewport->origin.x, viewport->origin.y, viewport->size.width, viewport->size.height };
  double        times[RUNS];

  for (guint run = 0; run < runs; run++)
    {
      /* The surface counts, as the pieces that the app renders into do. */
      double           start = now_ms ();
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t         *cr = cairo_create (surface);

      rsvg_handle_render_document (handle, cr, &rect, NULL);
      cairo_surface_flush (surface);
      times[run] = now_ms () - start;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_object_unref (handle);
  return median (times, runs);
}

static double
time_new_size (CrampDrawing          *drawing,
               const CrampView       *view,
               int                    width,
               int                    height,
               const graphene_rect_t *viewport,
               gboolean               all_layers,
               double                *structures,
               guint                  runs)
{
  guint n_regions;
  g_auto (GStrv) ids = region_ids (view, drawing, &n_regions);
  double times[RUNS], later[RUNS];

  for (guint run = 0; run < runs; run++)
    {
      double          start = now_ms ();
      CrampRegionMap *map;

      render_figure (drawing, all_layers, width, height, viewport);
      /* As the view does: the regions before the frame, the structures in
       * the idle after it. */
      map = cramp_region_map_new_partly (drawing, (const char *const *) ids, n_regions, width, height, 1, viewport);
      times[run] = now_ms () - start;
      start = now_ms ();
      cramp_region_map_complete (map);
      later[run] = now_ms () - start;
      cramp_region_map_free (map);
    }

  *structures = median (later, runs);
  return median (times, runs);
}

static void
bench_sizes (const CrampView *view,
             CrampDrawing    *drawing)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int             width = sizes[i][0], height = sizes[i][1];
      graphene_rect_t viewport;
      double          alone[RUNS], ours[RUNS], ours_layers[RUNS], structures[RUNS];
      double          ratio[RUNS], ratio_layers[RUNS];

      cramp_drawing_fit (drawing, width, height, &viewport);
      /* The three take turns, and each ratio is of times taken side by
       * side, so that a slow spell of the machine weighs on all three. */
      for (guint run = 0; run < RUNS; run++)
        {
          alone[run] = time_librsvg (view, width, height, &viewport, 1);
          ours[run] = time_new_size (drawing, view, width, height, &viewport, FALSE, &structures[run], 1);
          ours_layers[run] = time_new_size (drawing, view, width, height, &viewport, TRUE, &structures[run], 1);
          ratio[run] = ours[run] / alone[run];
          ratio_layers[run] = ours_layers[run] / alone[run];
        }

      g_print ("  new size %4d × %4d: librsvg alone %6.1f ms; Cramp Atlas %6.1f ms (%.2f×), "
               "with every layer %6.1f ms (%.2f×); then the structures' map, after the frame, %.1f ms\n",
               width, height, median (alone, RUNS), median (ours, RUNS), median (ratio, RUNS),
               median (ours_layers, RUNS), median (ratio_layers, RUNS), median (structures, RUNS));
      check_budget ("a new size with every layer, against librsvg alone", median (ratio_layers, RUNS), 1.2);
    }
}

static void
bench_lookup (const CrampView *view,
              CrampDrawing    *drawing)
{
  guint n_regions;
  g_auto (GStrv) ids = region_ids (view, drawing, &n_regions);
  g_autoptr (CrampRegionMap) map = NULL;
  g_autofree double *xs = g_new (double, LOOKUPS);
  g_autofree double *ys = g_new (double, LOOKUPS);
  g_autoptr (GRand) rand = g_rand_new_with_seed (1);
  graphene_rect_t viewport;
  double          times[RUNS];
  guint           hits = 0;

  cramp_drawing_fit (drawing, 1920, 1080, &viewport);
  map = cramp_region_map_new (drawing, (const char *const *) ids, 1920, 1080, 1, &viewport);
  for (guint i = 0; i < LOOKUPS; i++)
    {
      xs[i] = g_rand_double_range (rand, 0, 1920);
      ys[i] = g_rand_double_range (rand, 0, 1080);
    }

  for (guint run = 0; run < RUNS; run++)
    {
      double start = now_ms ();

      for (guint i = 0; i < LOOKUPS; i++)
        hits += cramp_region_map_lookup (map, xs[i], ys[i]) != 0;
      times[run] = now_ms () - start;
    }

  g_print ("  lookup: %.1f ns a point over %d random points (%u hits)\n",
           median (times, RUNS) * 1e6 / LOOKUPS, LOOKUPS, hits / RUNS);
  check_budget ("a lookup, in ns", median (times, RUNS) * 1e6 / LOOKUPS, 1000.0);
}

/* A hover change lights the hovered region: the first time at a size, its
 * shape and outline are tinted once; after that, nothing but a redraw. It
 * renders no SVG but the region's outline. */
static void
bench_hover (const CrampView *view,
             CrampDrawing    *drawing)
{
  guint n_regions;
  g_auto (GStrv) ids = region_ids (view, drawing, &n_regions);
  g_autoptr (CrampRegionMap) map = NULL;
  GdkRGBA         accent = { 0.21, 0.52, 0.89, 1.0 };
  graphene_rect_t viewport;
  double          worst[2] = { 0.0, 0.0 };
  const char     *worst_part[2] = { NULL, NULL };

  cramp_drawing_fit (drawing, 1920, 1080, &viewport);
  map = cramp_region_map_new (drawing, (const char *const *) ids, 1920, 1080, 1, &viewport);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      cairo_surface_t *mask = cramp_region_map_get_mask (map, i);
      double           times[RUNS];

      if (mask == NULL)
        continue;

      for (guint run = 0; run < RUNS; run++)
        {
          double          start = now_ms ();
          graphene_rect_t bounds;
          /* A structure is lit by its shape alone, with no outline. */
          cairo_surface_t *outline = i < n_regions ? cramp_drawing_render_outline (drawing, ids[i], &viewport, 1920,
                                                                                   1080, 1, &bounds)
                                                   : NULL;
          g_autoptr (GdkTexture) fill = cramp_highlight_tint (mask, &accent);
          g_autoptr (GdkTexture) edge = outline ? cramp_highlight_tint (outline, &accent) : NULL;

          times[run] = now_ms () - start;
          g_clear_pointer (&outline, cairo_surface_destroy);
        }

      if (median (times, RUNS) > worst[i >= n_regions])
        worst[i >= n_regions] = median (times, RUNS), worst_part[i >= n_regions] = ids[i];
    }

  g_print ("  hover change at 1920 × 1080: at most %.2f ms, the first time the pointer enters "
           "a region (%s), %.2f ms a structure (%s); after that nothing but a redraw\n",
           worst[0], worst_part[0], worst[1], worst_part[1] ? worst_part[1] : "none");
  check_budget ("a hover change, in ms", MAX (worst[0], worst[1]), 2.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GFile) content = g_file_new_for_uri ("resource://" RESOURCE_PATH "/content/atlas.xml");
  g_autoptr (GError) error = NULL;
  GPtrArray *views;

  /* The figures are printed with µ and ×, in the locale's character set. */
  setlocale (LC_ALL, "");
  cramp_register_resource ();
  atlas = cramp_atlas_new_from_file (content, NULL, NULL, &error);
  if (atlas == NULL)
    g_error ("%s", error->message);

  g_print ("Budgets: lookup under 1 µs; hover change under 2 ms; new size within 1.2× of librsvg.\n");
  views = cramp_atlas_get_views (atlas);
  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      g_autofree char *uri = drawing_uri (view);
      g_autoptr (GFile) file = g_file_new_for_uri (uri);
      g_autoptr (CrampDrawing) drawing = cramp_drawing_new (file, &error);

      if (drawing == NULL)
        g_error ("%s", error->message);

      g_print ("%s (%s):\n", view->name, view->drawing);
      bench_lookup (view, drawing);
      bench_hover (view, drawing);
      bench_sizes (view, drawing);
    }

  g_clear_object (&atlas);
  return over_budget ? 1 : 0;
}
