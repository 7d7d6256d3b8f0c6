/* test-handout.c: the handout and the exports, as paper and pixels
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cramp-anatomy-view.h"
#include "cramp-export.h"
#include "cramp-handout.h"
#include "gui-test-util.h"
#include "test-util.h"

#define DPI 100.0 /* of the pages as the tests render them */

static CrampApplication *app;
static CrampAtlas       *atlas;
static CrampWindow      *window;

static void
flush (void)
{
  gui_test_flush (GTK_WIDGET (window));
}

static CrampAnatomyView *
anatomy_view (void)
{
  return CRAMP_ANATOMY_VIEW (gui_test_find_of_type (GTK_WIDGET (window), CRAMP_TYPE_ANATOMY_VIEW));
}

static void
select_item (const char *selection)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select", "s", selection);
  flush ();
}

static void
show_layer (const char *layer)
{
  g_autofree char *action = g_strconcat ("drawing.layer-", layer, NULL);

  if (!g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), layer))
    gtk_widget_activate_action (GTK_WIDGET (anatomy_view ()), action, NULL);
  flush ();
  ck_assert (g_strv_contains (cramp_anatomy_view_get_visible_layers (anatomy_view ()), layer));
}

static void
setup (void)
{
  window = gui_test_open_window (app, atlas, 1300, 820);
}

static void
teardown (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gui_test_close_window (&window);
}

/* Pages as pixels */

static cairo_surface_t *
render_page (CrampHandout *handout,
             guint         page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CRAMP_HANDOUT_PAGE_WIDTH * DPI / 72,
                                                         CRAMP_HANDOUT_PAGE_HEIGHT * DPI / 72);
  cairo_t         *cr = cairo_create (surface);

  /* Black under the page, so that a page that is not white shows. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  cairo_scale (cr, DPI / 72, DPI / 72);
  cramp_handout_draw_page (handout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);

  return ((guint32 *) (data + (int) (y * DPI / 72) * stride))[(int) (x * DPI / 72)] & 0xffffff;
}

static guint32
rgb_of (const GdkRGBA *color)
{
  return ((guint32) (color->red * 255 + 0.5) << 16) | ((guint32) (color->green * 255 + 0.5) << 8) |
         (guint32) (color->blue * 255 + 0.5);
}

/* How many pixels differ between two pages. */
static guint
count_changed (cairo_surface_t *a,
               cairo_surface_t *b)
{
  int   height = cairo_image_surface_get_height (a);
  int   width = cairo_image_surface_get_width (a);
  int   stride = cairo_image_surface_get_stride (a);
  guint count = 0;

  for (int y = 0; y < height; y++)
    {
      guint32 *row_a = (guint32 *) (cairo_image_surface_get_data (a) + y * stride);
      guint32 *row_b = (guint32 *) (cairo_image_surface_get_data (b) + y * stride);

      for (int x = 0; x < width; x++)
        count += (row_a[x] & 0xffffff) != (row_b[x] & 0xffffff);
    }
  return count;
}

/* The margins of a page are white all round. */
static void
assert_white_margins (cairo_surface_t *surface)
{
  double margin = CRAMP_HANDOUT_MARGIN - 2;

  for (double x = 1; x < CRAMP_HANDOUT_PAGE_WIDTH - 1; x += 2)
    for (double y = 1; y < margin; y += 2)
      {
        ck_assert_msg (pixel_at (surface, x, y) == 0xffffff, "%.0f,%.0f is %06x", x, y, pixel_at (surface, x, y));
        ck_assert_msg (pixel_at (surface, x, CRAMP_HANDOUT_PAGE_HEIGHT - y) == 0xffffff, "%.0f,%.0f", x,
                       CRAMP_HANDOUT_PAGE_HEIGHT - y);
      }
  for (double y = 1; y < CRAMP_HANDOUT_PAGE_HEIGHT - 1; y += 2)
    for (double x = 1; x < margin; x += 2)
      {
        ck_assert (pixel_at (surface, x, y) == 0xffffff);
        ck_assert (pixel_at (surface, CRAMP_HANDOUT_PAGE_WIDTH - x, y) == 0xffffff);
      }
}

/* The text of all text blocks, one after another. */
static char *
handout_text (CrampHandout *handout)
{
  GPtrArray *blocks = cramp_handout_get_blocks (handout);
  GString   *text = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      CrampHandoutBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == CRAMP_HANDOUT_TEXT)
        g_string_append_printf (text, "%s\n", block->text);
    }
  return g_string_free (text, FALSE);
}

/* Every word in @text in the same order, whatever the spaces between. */
static gboolean
has_words (const char *text,
           const char *words)
{
  g_auto (GStrv) parts = g_strsplit_set (words, " \n", -1);
  g_autoptr (GString) pattern = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (parts[i], -1);

      if (*parts[i] != '\0')
        g_string_append_printf (pattern, "%s%s", pattern->len > 0 ? "\\s+" : "", escaped);
    }
  return g_regex_match_simple (pattern->str, text, 0, 0);
}

/* The handout of @view fits its pages: nothing crosses the margins or
 * overlaps, no text is too small to read, and every view is there. */
static void
assert_fits (CrampAnatomyView *view,
             gboolean          show_selection)
{
  g_autoptr (CrampHandout) handout = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *blocks;
  guint      pictures = 0;

  handout = cramp_handout_new (view, show_selection, &error);
  ck_assert_msg (handout != NULL, "%s", error ? error->message : "");
  ck_assert_uint_ge (cramp_handout_get_n_pages (handout), 1);
  ck_assert_uint_le (cramp_handout_get_n_pages (handout), 2);

  blocks = cramp_handout_get_blocks (handout);
  for (guint i = 0; i < blocks->len; i++)
    {
      CrampHandoutBlock     *block = g_ptr_array_index (blocks, i);
      const graphene_rect_t *e = &block->extents;

      ck_assert_uint_lt (block->page, cramp_handout_get_n_pages (handout));
      ck_assert_msg (e->origin.x >= CRAMP_HANDOUT_MARGIN - 0.5 && e->origin.y >= CRAMP_HANDOUT_MARGIN - 0.5 &&
                         e->origin.x + e->size.width <= CRAMP_HANDOUT_PAGE_WIDTH - CRAMP_HANDOUT_MARGIN + 0.5 &&
                         e->origin.y + e->size.height <= CRAMP_HANDOUT_PAGE_HEIGHT - CRAMP_HANDOUT_MARGIN + 0.5,
                     "“%.40s” on page %u at %.1f,%.1f %.1f×%.1f crosses the margins", block->text ? block->text : "",
                     block->page + 1, e->origin.x, e->origin.y, e->size.width, e->size.height);
      if (block->kind == CRAMP_HANDOUT_TEXT)
        ck_assert_msg (pango_font_description_get_size (pango_layout_get_font_description (block->layout)) >=
                           5 * PANGO_SCALE,
                       "“%.40s” is too small", block->text);
      pictures += block->kind == CRAMP_HANDOUT_PICTURE;

      for (guint j = 0; j < i; j++)
        {
          CrampHandoutBlock *other = g_ptr_array_index (blocks, j);
          graphene_rect_t    overlap;

          if (other->page == block->page && graphene_rect_intersection (&other->extents, &block->extents, &overlap))
            ck_assert_msg (overlap.size.width < 1 || overlap.size.height < 1, "“%.30s” overlaps “%.30s”",
                           block->text ? block->text : "", other->text ? other->text : "");
        }
    }

  /* Every view, the inner side, the outer side and the sole among them. */
  ck_assert_uint_eq (pictures, cramp_atlas_get_views (cramp_anatomy_view_get_atlas (view))->len);
  ck_assert_uint_ge (pictures, 3);
}

/* In English, and in the languages whose words run longer. */
static const char *const locales[] = { NULL, "de_DE.UTF-8", "es_ES.UTF-8" };

/* Every layer shown and a region selected: the longest legend. */
static CrampAnatomyView *
show_everything (CrampWindow *shown)
{
  CrampAnatomyView *view = CRAMP_ANATOMY_VIEW (gui_test_find_of_type (GTK_WIDGET (shown), CRAMP_TYPE_ANATOMY_VIEW));
  GPtrArray        *layers = cramp_atlas_get_layers (cramp_anatomy_view_get_atlas (view));

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autofree char  *action = g_strconcat ("drawing.layer-", layer->id, NULL);

      if (!g_strv_contains (cramp_anatomy_view_get_visible_layers (view), layer->id))
        gtk_widget_activate_action (GTK_WIDGET (view), action, NULL);
    }
  gtk_widget_activate_action (GTK_WIDGET (shown), "win.select", "s", "region:tarsal-tunnel");
  gui_test_flush (GTK_WIDGET (shown));
  ck_assert_uint_eq (g_strv_length ((char **) cramp_anatomy_view_get_visible_layers (view)), layers->len);
  return view;
}

START_TEST (test_handout_fits_two_pages)
{
  g_autoptr (CrampAtlas) translated = NULL;
  CrampWindow *other = NULL;

  if (locales[_i] == NULL)
    {
      assert_fits (anatomy_view (), FALSE);
      assert_fits (show_everything (window), TRUE);
      return;
    }

  translated = test_load_translated_content (locales[_i]);
  other = gui_test_open_window (app, translated, 1300, 820);
  assert_fits (show_everything (other), TRUE);
  gui_test_close_window (&other);
  setlocale (LC_ALL, "C.UTF-8");
}
END_TEST

START_TEST (test_handout_teaches)
{
  g_autoptr (CrampHandout) handout = cramp_handout_new (anatomy_view (), FALSE, NULL);
  g_autofree char *text = handout_text (handout);
  GPtrArray       *flags = cramp_atlas_get_red_flags (atlas);
  GPtrArray       *tips = cramp_atlas_get_tips (atlas);
  GPtrArray       *regions = cramp_atlas_get_regions (atlas);

  /* Each region, each of its causes with its grade in words. */
  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      ck_assert_msg (strstr (text, region->name) != NULL, "no %s", region->name);
      for (guint j = 0; j < region->factors->len; j++)
        {
          const CrampFactor *factor = g_ptr_array_index (region->factors, j);
          g_autofree char   *name = g_regex_escape_string (factor->name, -1);
          g_autofree char   *pattern = NULL;
          g_autoptr (GRegex) graded = NULL;
          const char *grade = factor->evidence == CRAMP_EVIDENCE_ESTABLISHED ? "Established"
                              : factor->evidence == CRAMP_EVIDENCE_PLAUSIBLE ? "Plausible"
                                                                             : "Contested";

          pattern = g_strdup_printf ("\\n%s:[^\\n]*%s", grade, name);
          graded = g_regex_new (pattern, 0, 0, NULL);
          ck_assert_msg (g_regex_match (graded, text, 0, NULL), "%s is not graded %s", factor->name, grade);
        }
    }

  /* The warning signs under the title of their tier, the self-care, and
   * the sources. */
  for (CrampTier tier = CRAMP_TIER_SOON; tier <= CRAMP_TIER_EMERGENCY; tier++)
    ck_assert (strstr (text, cramp_atlas_get_tier_advice (atlas, tier)->title) != NULL);
  for (guint i = 0; i < flags->len; i++)
    ck_assert_msg (strstr (text, ((CrampRedFlag *) g_ptr_array_index (flags, i))->text) != NULL, "no red flag %s",
                   ((CrampRedFlag *) g_ptr_array_index (flags, i))->id);
  for (guint i = 0; i < tips->len; i++)
    ck_assert (strstr (text, ((CrampTip *) g_ptr_array_index (tips, i))->text) != NULL);
  for (guint i = 0; i < tips->len; i++)
    {
      GPtrArray *sources = ((CrampTip *) g_ptr_array_index (tips, i))->sources;

      for (guint j = 0; j < sources->len; j++)
        ck_assert (strstr (text, ((CrampSource *) g_ptr_array_index (sources, j))->title) != NULL);
    }
  ck_assert (strstr (text, cramp_atlas_get_notice (atlas, CRAMP_NOTICE_RED_FLAGS)) != NULL);
}
END_TEST

/* A layer's legend colours are the ones its drawings paint it in. */
static gboolean
layer_painted_in (const char    *layer,
                  const GdkRGBA *color)
{
  GPtrArray       *views = cramp_atlas_get_views (atlas);
  g_autofree char *hex = g_strdup_printf ("\"#%06x\"", rgb_of (color));
  g_autofree char *start = g_strdup_printf ("<g id=\"layer-%s\"", layer);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      g_autofree char *path = g_strconcat (RESOURCE_PATH "/anatomy/", view->drawing, NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autofree char *svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      char            *group = strstr (svg, start);
      char            *end;

      if (group == NULL)
        continue;
      end = strstr (group + 1, "<g id=\"layer-");
      if (end != NULL)
        *end = '\0';
      if (strstr (group, hex) != NULL)
        return TRUE;
    }
  return FALSE;
}

START_TEST (test_handout_shows_a_legend)
{
  g_autoptr (CrampHandout) handout = NULL;
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  cairo_surface_t   *page;
  const char *const *layers;
  GPtrArray         *blocks;

  show_layer ("nerves");
  show_layer ("arteries");
  layers = cramp_anatomy_view_get_visible_layers (anatomy_view ());
  handout = cramp_handout_new (anatomy_view (), FALSE, NULL);
  page = render_page (handout, 0);
  blocks = cramp_handout_get_blocks (handout);

  /* A swatch for each layer shown, in its colour, and its name beside it. */
  for (guint i = 0; i < blocks->len; i++)
    {
      CrampHandoutBlock *block = g_ptr_array_index (blocks, i);
      CrampHandoutBlock *name = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;
      const CrampLayer  *layer;

      if (block->kind != CRAMP_HANDOUT_SWATCH)
        continue;
      layer = cramp_atlas_lookup_layer (atlas, block->text);
      ck_assert (layer != NULL);
      ck_assert (g_strv_contains (layers, layer->id));
      ck_assert_uint_eq (pixel_at (page, block->box.origin.x + block->box.size.width / 2,
                                   block->box.origin.y + block->box.size.height / 2),
                         rgb_of (&block->color));
      ck_assert (layer_painted_in (layer->id, &block->color));
      ck_assert (layer_painted_in (layer->id, &block->edge));
      ck_assert (name != NULL && name->kind == CRAMP_HANDOUT_TEXT);
      ck_assert_str_eq (name->text, layer->name);
      g_ptr_array_add (seen, (gpointer) layer->id);
    }
  ck_assert_uint_eq (seen->len, g_strv_length ((char **) layers));
  ck_assert_uint_ge (seen->len, 3);
  cairo_surface_destroy (page);
}
END_TEST

/* The selection is left out unless asked for; then it is lit. */
START_TEST (test_handout_leaves_out_the_selection)
{
  g_autoptr (CrampHandout) plain = NULL;
  g_autoptr (CrampHandout) selected = NULL;
  g_autoptr (CrampHandout) asked = NULL;
  cairo_surface_t *plain_page, *selected_page, *asked_page;

  plain = cramp_handout_new (anatomy_view (), FALSE, NULL);
  select_item ("region:heel");
  ck_assert_str_eq (cramp_anatomy_view_get_selected_region (anatomy_view ()), "heel");
  selected = cramp_handout_new (anatomy_view (), FALSE, NULL);
  asked = cramp_handout_new (anatomy_view (), TRUE, NULL);

  plain_page = render_page (plain, 0);
  selected_page = render_page (selected, 0);
  asked_page = render_page (asked, 0);
  assert_white_margins (selected_page);
  ck_assert_uint_eq (count_changed (plain_page, selected_page), 0);
  ck_assert_uint_gt (count_changed (plain_page, asked_page), 500);

  for (guint page = 1; page < cramp_handout_get_n_pages (selected); page++)
    {
      cairo_surface_t *surface = render_page (selected, page);

      assert_white_margins (surface);
      cairo_surface_destroy (surface);
    }

  cairo_surface_destroy (plain_page);
  cairo_surface_destroy (selected_page);
  cairo_surface_destroy (asked_page);
}
END_TEST

static char *
run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status,
                               &error),
                 "%s: %s", argv[0], error ? error->message : "");
  ck_assert_int_eq (status, 0);
  return out;
}

/* The PDF as a reader sees it: its pages, and the words on them. */
static void
assert_pdf (const char   *path,
            CrampHandout *handout)
{
  g_autofree char    *info = run_tool ((const char *const[]){ "pdfinfo", path, NULL });
  g_autofree char    *text = run_tool ((const char *const[]){ "pdftotext", path, "-", NULL });
  g_autofree char    *pages = g_strdup_printf ("^Pages: +%u$", cramp_handout_get_n_pages (handout));
  const CrampRedFlag *flag = g_ptr_array_index (cramp_atlas_get_red_flags (atlas), 0);
  const CrampSource  *source = g_ptr_array_index (cramp_atlas_get_sources (atlas), 0);

  ck_assert_msg (g_regex_match_simple (pages, info, G_REGEX_MULTILINE, 0), "%s", info);
  ck_assert_msg (has_words (text, cramp_handout_get_title (handout)), "%s", text);
  ck_assert_msg (has_words (text, flag->text), "no “%s” in %s", flag->text, text);
  ck_assert_msg (has_words (text, source->title), "no “%s” in %s", source->title, text);
}

START_TEST (test_handout_prints_and_saves)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-handout-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (saved);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (CrampHandout) handout = cramp_handout_new (anatomy_view (), FALSE, NULL);
  g_autoptr (GError) error = NULL;

  operation = cramp_export_handout_new (anatomy_view (), &error);
  ck_assert_msg (operation != NULL, "%s", error ? error->message : "");
  gtk_print_operation_set_export_filename (operation, printed);
  ck_assert_int_eq (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                    GTK_PRINT_OPERATION_RESULT_APPLY);
  assert_pdf (printed, handout);

  ck_assert_msg (cramp_export_save (anatomy_view (), file, CRAMP_EXPORT_HANDOUT, 0, FALSE, &error), "%s",
                 error ? error->message : "");
  assert_pdf (saved, handout);

  g_unlink (printed);
  g_unlink (saved);
  g_rmdir (dir);
}
END_TEST

/* The print dialog's Handout tab asks whether to mark the selection; the
 * handout is laid out again with it only when ticked. */
START_TEST (test_print_dialog_offers_the_selection)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GObject) tab = NULL;
  CrampHandout *before, *after;
  GtkWidget    *button;

  operation = cramp_export_handout_new (anatomy_view (), NULL);
  before = g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY);
  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_object_ref_sink (tab);
  button = gui_test_find_of_type (GTK_WIDGET (tab), GTK_TYPE_CHECK_BUTTON);
  ck_assert (button != NULL);
  ck_assert (!gtk_check_button_get_active (GTK_CHECK_BUTTON (button)));
  ck_assert (!gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  ck_assert (g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY) == before);
  g_clear_object (&tab);
  g_clear_object (&operation);

  select_item ("region:heel");
  operation = cramp_export_handout_new (anatomy_view (), NULL);
  before = g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY);
  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_object_ref_sink (tab);
  button = gui_test_find_of_type (GTK_WIDGET (tab), GTK_TYPE_CHECK_BUTTON);
  ck_assert (gtk_widget_get_sensitive (button));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  after = g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY);
  ck_assert (after != NULL && after != before);

  /* What it prints then is the handout with the heel lit. */
  {
    g_autoptr (CrampHandout) plain = cramp_handout_new (anatomy_view (), FALSE, NULL);
    cairo_surface_t *a = render_page (plain, 0);
    cairo_surface_t *b = render_page (after, 0);

    ck_assert_uint_gt (count_changed (a, b), 500);
    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }
}
END_TEST

/* The export is for paper and slides: white, whatever the style. */
START_TEST (test_png_in_the_dark_style_is_white)
{
  g_autofree char *dir = g_dir_make_tmp ("cramp-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dark.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree guint32 *pixels = NULL;
  int                 width, height;
  guint               white = 0;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  flush ();
  ck_assert (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  select_item ("region:heel");

  ck_assert_msg (cramp_export_save (anatomy_view (), file, CRAMP_EXPORT_PNG, 800, FALSE, &error), "%s",
                 error ? error->message : "");
  texture = gdk_texture_new_from_file (file, &error);
  ck_assert_msg (texture != NULL, "%s", error ? error->message : "");
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);

  /* The edges are opaque white, and so is much of the picture. */
  for (int x = 0; x < width; x++)
    {
      ck_assert_uint_eq (pixels[x], 0xffffffff);
      ck_assert_uint_eq (pixels[(gsize) (height - 1) * width + x], 0xffffffff);
    }
  for (int y = 0; y < height; y++)
    {
      ck_assert_uint_eq (pixels[(gsize) y * width], 0xffffffff);
      ck_assert_uint_eq (pixels[(gsize) y * width + width - 1], 0xffffffff);
    }
  for (gsize i = 0; i < (gsize) width * height; i++)
    white += pixels[i] == 0xffffffff;
  ck_assert_uint_gt (white, (guint) (width * height / 3));

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_copying_shows_a_toast)
{
  ck_assert (gui_test_find_label (GTK_WIDGET (window), "Copied") == NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-drawing", NULL);
  flush ();
  ck_assert (gdk_content_formats_contain_gtype (
      gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (window))), GDK_TYPE_TEXTURE));
  ck_assert_msg (gui_test_find_label (GTK_WIDGET (window), "Copied") != NULL, "no toast says the drawing was copied");
}
END_TEST

static Suite *
handout_suite (void)
{
  Suite *suite = suite_create ("handout");
  TCase *tcase = tcase_create ("handout");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_set_timeout (tcase, 60);
  tcase_add_loop_test (tcase, test_handout_fits_two_pages, 0, G_N_ELEMENTS (locales));
  tcase_add_test (tcase, test_handout_teaches);
  tcase_add_test (tcase, test_handout_shows_a_legend);
  tcase_add_test (tcase, test_handout_leaves_out_the_selection);
  tcase_add_test (tcase, test_handout_prints_and_saves);
  tcase_add_test (tcase, test_print_dialog_offers_the_selection);
  tcase_add_test (tcase, test_png_in_the_dark_style_is_white);
  tcase_add_test (tcase, test_copying_shows_a_toast);
  suite_add_tcase (suite, tcase);

  return suite;
}

int
main (void)
{
  int status;

  gui_test_init (&app, &atlas);
  status = test_run_suite_no_fork (handout_suite ());

  g_clear_object (&atlas);
  g_clear_object (&app);
  return status;
}
