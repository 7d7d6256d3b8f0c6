/* cramp-export.c: the drawing as shown, as SVG, PNG or on the clipboard
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>
#include <stdlib.h>
#include <string.h>

#include "cramp-drawing.h"
#include "cramp-export.h"
#include "cramp-highlight.h"
#include "cramp-painter.h"
#include "cramp-save.h"
#include "cramp-ui-util.h"

#define DEFAULT_WIDTH 1920
#define HANDOUT_WIDTH 2400 /* 300 dots an inch across a page */
#define WIDTH_CHOICE  "width"
#define FILL_CHOICE   "background"

/* The scene as the view shows it */

/* What is lit, the layers and the labels, as in the view; never the hover
 * or the focus, which are the pointer's and the keyboard's. */
static void
shown_state (CrampAnatomyView *view,
             CrampPaintState  *state)
{
  *state = (CrampPaintState){
    .layers = cramp_anatomy_view_get_visible_layers (view),
    .highlights = cramp_anatomy_view_get_highlights (view),
    .selected = cramp_anatomy_view_get_selected_region (view),
    .labels = cramp_anatomy_view_get_show_labels (view),
    .presenting = cramp_anatomy_view_get_presenting (view),
  };
}

static const CrampView *
shown_view (CrampAnatomyView *view,
            GError          **error)
{
  CrampAtlas      *atlas = cramp_anatomy_view_get_atlas (view);
  const CrampView *shown = atlas ? cramp_atlas_lookup_view (atlas, cramp_anatomy_view_get_view (view)) : NULL;

  if (shown == NULL || cramp_anatomy_view_get_drawing (view) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no drawing to export."));
      return NULL;
    }

  return shown;
}

/* The drawing as large as the view shows it when it fits, and the margin
 * around it, in logical pixels: labels keep their size to the drawing. */
static void
canvas_size (CrampAnatomyView *view,
             double           *width,
             double           *height)
{
  double          margin = 2 * CRAMP_PAINTER_MARGIN;
  int             view_width = gtk_widget_get_width (GTK_WIDGET (view));
  int             view_height = gtk_widget_get_height (GTK_WIDGET (view));
  graphene_rect_t fit;

  if (view_width <= margin || view_height <= margin)
    view_width = 800, view_height = 600;

  cramp_drawing_fit (cramp_anatomy_view_get_drawing (view), view_width - margin, view_height - margin, &fit);
  *width = fit.size.width + margin;
  *height = fit.size.height + margin;
}

/* The view's font, @unit times as large. */
static PangoContext *
scaled_context (CrampAnatomyView *view,
                double            unit)
{
  PangoContext         *context = gtk_widget_create_pango_context (GTK_WIDGET (view));
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  int                   size = pango_font_description_get_size (font);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * unit);
  else
    pango_font_description_set_size (font, (int) (size * unit + 0.5));
  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  return context;
}

static GdkTexture *
texture_from_node (GskRenderNode *node,
                   int            width,
                   int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);
  g_autoptr (GBytes) bytes = NULL;

  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format: premultiplied, native order. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, cairo_image_surface_get_stride (surface));
}

/**
 * cramp_export_render:
 * @view: the anatomy view
 * @width: the width in pixels
 * @height: the height in pixels
 * @unit: how many pixels stand for one of the view's logical pixels
 * @fill: whether to paint a white background, or leave it clear
 * @error: the place for an error
 *
 * Paints the drawing as @view shows it, whole, with the same painter as
 * the view: the same layers, lights and labels, measured with the view's
 * font, @unit times as large. The colours are the light style's.
 *
 * Returns: (transfer full) (nullable): the picture
 */
GdkTexture *
cramp_export_render (CrampAnatomyView *view,
                     int               width,
                     int               height,
                     double            unit,
                     gboolean          fill,
                     GError          **error)
{
  const CrampView *shown = shown_view (view, error);
  CrampDrawing    *drawing = cramp_anatomy_view_get_drawing (view);
  double           margin = CRAMP_PAINTER_MARGIN * unit;
  g_autoptr (CrampPainter) painter = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  PangoContext    *context;
  CrampPaintColors colors;
  CrampPaintState  state;
  graphene_rect_t  fit;

  if (shown == NULL)
    return NULL;

  cramp_drawing_fit (drawing, MAX (1.0, width - 2 * margin), MAX (1.0, height - 2 * margin), &fit);
  graphene_rect_offset (&fit, margin, margin);
  painter = cramp_painter_new (cramp_anatomy_view_get_atlas (view), shown, drawing);
  cramp_painter_set_viewport (painter, width, height, 1, unit, &fit);
  cramp_paint_colors_for_paper (&colors);
  cramp_painter_set_colors (painter, &colors);
  cramp_painter_build_map (painter);

  snapshot = gtk_snapshot_new ();
  if (fill)
    gtk_snapshot_append_color (snapshot, &colors.bg, &GRAPHENE_RECT_INIT (0, 0, width, height));
  context = scaled_context (view, unit);
  shown_state (view, &state);
  cramp_painter_snapshot (painter, snapshot, context, &state);
  g_object_unref (context);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return texture_from_node (node, width, height);
}

/* The drawing, whole, @width pixels wide. */
static GdkTexture *
render_at_width (CrampAnatomyView *view,
                 int               width,
                 gboolean          fill,
                 GError          **error)
{
  double canvas_width, canvas_height, unit;

  if (shown_view (view, error) == NULL)
    return NULL;

  width = CLAMP (width, 16, CRAMP_EXPORT_MAX_WIDTH);
  canvas_size (view, &canvas_width, &canvas_height);
  unit = width / canvas_width;
  return cramp_export_render (view, width, (int) (canvas_height * unit + 0.5), unit, fill, error);
}

/* The SVG */

static char *
hex_of (const GdkRGBA *color)
{
  return g_strdup_printf ("#%02x%02x%02x", (int) (color->red * 255 + 0.5), (int) (color->green * 255 + 0.5),
                          (int) (color->blue * 255 + 0.5));
}

/* The same lights as the painter's, in CSS. */
static void
append_style (GString               *svg,
              CrampAnatomyView      *view,
              const CrampView       *shown,
              const CrampPaintState *state,
              const char            *accent)
{
  GPtrArray *layers = cramp_atlas_get_layers (cramp_anatomy_view_get_atlas (view));
  double     fill, outline;

  g_string_append (svg, "  <style>\n    #regions .region { fill: none; stroke: none; }\n    #anchors { display: none; }\n");
  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);

      if (state->layers == NULL || !g_strv_contains (state->layers, layer->id))
        g_string_append_printf (svg, "    #layer-%s { display: none; }\n", layer->id);
    }

  for (guint i = 0; state->highlights != NULL && state->highlights[i] != NULL; i++)
    if (cramp_atlas_lookup_region (cramp_anatomy_view_get_atlas (view), state->highlights[i]) == NULL)
      g_string_append_printf (svg, "    #%s, #%s * { stroke: %s; }\n", state->highlights[i], state->highlights[i],
                              accent);

  for (guint i = 0; i < shown->regions->len; i++)
    {
      const char *id = ((CrampRegion *) g_ptr_array_index (shown->regions, i))->id;
      gboolean    selected = g_strcmp0 (id, state->selected) == 0;

      if (!selected && (state->highlights == NULL || !g_strv_contains (state->highlights, id)))
        continue;
      cramp_highlight_style_get_opacity (selected ? CRAMP_HIGHLIGHT_SELECTED : CRAMP_HIGHLIGHT_EMPHASIS, &fill,
                                         &outline);
      g_string_append_printf (svg,
                              "    #regions #%s { fill: %s; fill-opacity: %.2f; stroke: %s; stroke-opacity: %.2f; "
                              "stroke-width: %d; }\n",
                              id, accent, fill, accent, outline, CRAMP_DRAWING_OUTLINE_WIDTH);
    }
  g_string_append (svg, "  </style>\n");
}

/* Each label where the painter puts it, in the drawing's units, with the
 * view's font scaled to match. */
static void
append_labels (GString          *svg,
               CrampAnatomyView *view,
               const CrampView  *shown,
               double            unit)
{
  CrampDrawing *drawing = cramp_anatomy_view_get_drawing (view);
  g_autoptr (CrampPainter) painter = cramp_painter_new (cramp_anatomy_view_get_atlas (view), shown, drawing);
  PangoContext               *context = scaled_context (view, unit);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  CrampPaintColors            colors;
  double                      width, height;
  g_autofree char            *fg = NULL, *bg = NULL;

  cramp_paint_colors_for_paper (&colors);
  fg = hex_of (&colors.fg);
  bg = hex_of (&colors.bg);
  cramp_drawing_get_size (drawing, &width, &height);
  cramp_painter_set_viewport (painter, (int) width, (int) height, 1, unit, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;

  g_string_append_printf (svg, "  <g id=\"export-labels\" font-family=\"%s\" font-size=\"%.1f\" fill=\"%s\" "
                               "fill-opacity=\"%.2f\">\n",
                          pango_font_description_get_family (font), size, fg, colors.fg.alpha);
  for (guint place = 1; place <= shown->regions->len; place++)
    {
      const CrampRegion *region = g_ptr_array_index (shown->regions, place - 1);
      graphene_point_t   anchor, text;
      graphene_rect_t    box;
      g_autofree char   *name = NULL;

      if (!cramp_painter_get_label (painter, context, place, &anchor, &box, &text))
        continue;

      name = g_markup_escape_text (region->name, -1);
      g_string_append_printf (svg,
                              "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                              "stroke-opacity=\"%.2f\" stroke-width=\"%.1f\"/>\n"
                              "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>\n"
                              "    <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" "
                              "fill-opacity=\"0.88\"/>\n"
                              "    <text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                              anchor.x, anchor.y, box.origin.x + box.size.width / 2.0 < anchor.x ? box.origin.x + box.size.width : box.origin.x,
                              box.origin.y + box.size.height / 2.0, fg, colors.fg.alpha * 0.55, 1.5 * unit,
                              anchor.x, anchor.y, 3.0 * unit,
                              box.origin.x, box.origin.y, box.size.width, box.size.height, box.size.height / 2.0, bg,
                              text.x, text.y, name);
    }
  g_string_append (svg, "  </g>\n");
  g_object_unref (context);
}

/**
 * cramp_export_svg:
 * @view: the anatomy view
 * @fill: whether to paint a white background, or leave it clear
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the drawing as @view shows it, with
 *   its layers, lights and labels, as an SVG document in the light style
 */
char *
cramp_export_svg (CrampAnatomyView *view,
                  gboolean          fill,
                  GError          **error)
{
  const CrampView *shown = shown_view (view, error);
  g_autofree char *path = NULL;
  g_autoptr (GBytes) source = NULL;
  CrampPaintColors colors;
  CrampPaintState  state;
  g_autofree char *accent = NULL;
  double           canvas_width, canvas_height, width, height;
  const char      *text, *end, *open;
  GString         *svg;

  if (shown == NULL)
    return NULL;

  path = g_strconcat (RESOURCE_PATH "/anatomy/", shown->drawing, NULL);
  source = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (source == NULL)
    return NULL;

  text = g_bytes_get_data (source, NULL);
  open = strstr (text, "<svg");
  end = g_strrstr (text, "</svg>");
  g_return_val_if_fail (open != NULL && end != NULL && strchr (open, '>') != NULL, NULL);
  open = strchr (open, '>') + 1;

  cramp_paint_colors_for_paper (&colors);
  accent = hex_of (&colors.accent);
  shown_state (view, &state);
  canvas_size (view, &canvas_width, &canvas_height);
  cramp_drawing_get_size (cramp_anatomy_view_get_drawing (view), &width, &height);

  /* The background first, then the drawing, then the style and labels. */
  svg = g_string_new_len (text, open - text);
  if (fill)
    g_string_append_printf (svg, "\n  <rect width=\"%g\" height=\"%g\" fill=\"#ffffff\"/>", width, height);
  g_string_append_len (svg, open, end - open);
  append_style (svg, view, shown, &state, accent);
  if (state.labels)
    append_labels (svg, view, shown, width / (canvas_width - 2 * CRAMP_PAINTER_MARGIN));
  g_string_append (svg, "</svg>\n");
  return g_string_free (svg, FALSE);
}

static GBytes *handout_pdf (CrampAnatomyView *view,
                            GError          **error);

static GBytes *
export_bytes (CrampAnatomyView *view,
              CrampExportFormat format,
              int               width,
              gboolean          clear,
              GError          **error)
{
  g_autofree char *svg = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  gsize length;

  switch (format)
    {
    case CRAMP_EXPORT_HANDOUT:
      return handout_pdf (view, error);
    case CRAMP_EXPORT_SVG:
      svg = cramp_export_svg (view, !clear, error);
      if (svg == NULL)
        return NULL;
      length = strlen (svg);
      return g_bytes_new_take (g_steal_pointer (&svg), length);
    case CRAMP_EXPORT_PNG:
    default:
      texture = render_at_width (view, width, !clear, error);
      return texture ? gdk_texture_save_to_png_bytes (texture) : NULL;
    }
}

/**
 * cramp_export_save:
 * @view: the anatomy view
 * @file: where to save
 * @format: what to save: the drawing as PNG or SVG, or the handout as PDF
 * @width: the width of a PNG in pixels
 * @clear: whether the drawing has no background, rather than white
 * @error: the place for an error
 *
 * Makes the whole file in memory, then writes it with cramp_save_bytes(),
 * so that a failed save leaves an existing file as it was.
 *
 * Returns: whether it was saved
 */
gboolean
cramp_export_save (CrampAnatomyView *view,
                   GFile            *file,
                   CrampExportFormat format,
                   int               width,
                   gboolean          clear,
                   GError          **error)
{
  g_autoptr (GBytes) bytes = export_bytes (view, format, width, clear, error);

  return bytes != NULL && cramp_save_bytes (file, bytes, error);
}

/**
 * cramp_export_copy:
 * @view: the anatomy view
 * @error: the place for an error
 *
 * Puts the drawing as shown on the clipboard, as an image 1920 pixels wide
 * on white.
 *
 * Returns: whether it was copied
 */
gboolean
cramp_export_copy (CrampAnatomyView *view,
                   GError          **error)
{
  g_autoptr (GdkTexture) texture = render_at_width (view, DEFAULT_WIDTH, TRUE, error);

  if (texture == NULL)
    return FALSE;

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (view)), texture);
  return TRUE;
}

/* The file chooser */

static const struct
{
  const char *title;
  const char *filter;
  const char *mime_type;
  const char *pattern;
  const char *name;
  const char *error;
} formats[] = {
  [CRAMP_EXPORT_PNG] = { N_ ("Export the Drawing as PNG"), N_ ("PNG Images"), "image/png", "*.png",
                         /* Translators: the suggested name of an exported drawing; keep .png. */
                         N_ ("foot-drawing.png"), N_ ("The Drawing Could Not Be Exported") },
  [CRAMP_EXPORT_SVG] = { N_ ("Export the Drawing as SVG"), N_ ("SVG Images"), "image/svg+xml", "*.svg",
                         /* Translators: the suggested name of an exported drawing; keep .svg. */
                         N_ ("foot-drawing.svg"), N_ ("The Drawing Could Not Be Exported") },
  [CRAMP_EXPORT_HANDOUT] = { N_ ("Save the Handout as PDF"), N_ ("PDF Documents"), "application/pdf", "*.pdf",
                             /* Translators: the suggested name of the saved handout; keep .pdf. */
                             N_ ("foot-handout.pdf"), N_ ("The Handout Could Not Be Saved") },
};

/* The file is saved under the name the chooser confirmed, which may have
 * been a file to replace: nothing is added to it afterwards. */
static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr (GtkNativeDialog) done = chooser;
  g_autoptr (CrampAnatomyView) view = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  CrampExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cramp-format"));
  const char       *width, *background;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  width = format == CRAMP_EXPORT_PNG ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), WIDTH_CHOICE) : NULL;
  background = format != CRAMP_EXPORT_HANDOUT ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), FILL_CHOICE)
                                              : NULL;
  cramp_export_save (view, file, format, width ? atoi (width) : DEFAULT_WIDTH, g_strcmp0 (background, "clear") == 0,
                     &error);
  cramp_report_save (GTK_WIDGET (gtk_native_dialog_get_transient_for (chooser)), file, error,
                     _ (formats[format].error));
}

static void
add_width_choice (GtkFileChooser *chooser)
{
  static const char *widths[] = { "1280", "1920", "2560", "3840", NULL };
  static const char *labels[] = { N_ ("1280 pixels"), N_ ("1920 pixels"), N_ ("2560 pixels"), N_ ("3840 pixels"), NULL };
  const char        *translated[G_N_ELEMENTS (labels)];

  for (guint i = 0; labels[i] != NULL; i++)
    translated[i] = _ (labels[i]);
  translated[G_N_ELEMENTS (labels) - 1] = NULL;
  gtk_file_chooser_add_choice (chooser, WIDTH_CHOICE, _ ("Width"), widths, translated);
  gtk_file_chooser_set_choice (chooser, WIDTH_CHOICE, "1920");
}

static void
add_background_choice (GtkFileChooser *chooser)
{
  static const char *fills[] = { "white", "clear", NULL };
  const char        *labels[] = { _ ("White"), _ ("Transparent"), NULL };

  gtk_file_chooser_add_choice (chooser, FILL_CHOICE, _ ("Background"), fills, labels);
  gtk_file_chooser_set_choice (chooser, FILL_CHOICE, "white");
}

/**
 * cramp_export_run:
 * @parent: the window to attach the file chooser to
 * @view: the anatomy view
 * @format: what to save
 *
 * Asks where to save the drawing as shown, and for a PNG how wide, or where
 * to save the handout, then saves it; a failure is shown in a dialog. The
 * suggested name carries the extension, so that the chooser asks before it
 * lets a file be replaced.
 */
void
cramp_export_run (GtkWindow        *parent,
                  CrampAnatomyView *view,
                  CrampExportFormat format)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (format <= CRAMP_EXPORT_HANDOUT);

  chooser = gtk_file_chooser_native_new (_ (formats[format].title), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         format == CRAMP_EXPORT_HANDOUT ? _ ("_Save") : _ ("_Export"),
                                         _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ (formats[format].filter));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_pattern (filter, formats[format].pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ (formats[format].name));
  if (format == CRAMP_EXPORT_PNG)
    add_width_choice (GTK_FILE_CHOOSER (chooser));
  if (format != CRAMP_EXPORT_HANDOUT)
    add_background_choice (GTK_FILE_CHOOSER (chooser));

  g_object_set_data (G_OBJECT (chooser), "cramp-format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (view));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The handout: one page with the drawing and each region's causes */

typedef struct
{
  GdkTexture *image;
  char       *title;
  char       *text; /* Pango markup */
} Handout;

static void
handout_free (gpointer data)
{
  Handout *handout = data;

  g_clear_object (&handout->image);
  g_free (handout->title);
  g_free (handout->text);
  g_free (handout);
}

static char *
handout_text (CrampAnatomyView *view,
              const CrampView  *shown)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < shown->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (shown->regions, i);
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      g_autofree char *joined = NULL;
      g_autofree char *line = NULL;

      for (guint j = 0; j < region->factors->len; j++)
        g_ptr_array_add (names, ((CrampFactor *) g_ptr_array_index (region->factors, j))->name);
      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);

      /* Translators: a region of the foot and, after the colon, its causes. */
      line = g_markup_printf_escaped (_ ("<b>%s</b>: %s"), region->name, joined);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }

  return g_string_free (text, FALSE);
}

static PangoLayout *
handout_layout (PangoContext *context,
                const char   *markup,
                double        size,
                double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Paints @texture into @area, as large as fits, centred. */
static void
paint_texture (cairo_t               *cr,
               GdkTexture            *texture,
               const graphene_rect_t *area)
{
  int              width = gdk_texture_get_width (texture);
  int              height = gdk_texture_get_height (texture);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  double           scale = MIN (area->size.width / width, area->size.height / height);

  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  cairo_save (cr);
  cairo_translate (cr, area->origin.x + (area->size.width - width * scale) / 2.0,
                   area->origin.y + (area->size.height - height * scale) / 2.0);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

/* The title, the drawing across the page, then the text, made smaller
 * until it fits, all on one page of @width × @height. */
static void
draw_handout (Handout      *handout,
              cairo_t      *cr,
              PangoContext *context,
              double        width,
              double        height)
{
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", handout->title);
  g_autoptr (PangoLayout) heading = handout_layout (context, title, 16, width);
  int    heading_height;
  double y;

  pango_layout_get_pixel_size (heading, NULL, &heading_height);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, heading);
  y = heading_height + 12;

  if (handout->image != NULL)
    {
      int    image_width = gdk_texture_get_width (handout->image);
      double image_height = MIN (width * gdk_texture_get_height (handout->image) / image_width, height * 0.55);

      paint_texture (cr, handout->image, &GRAPHENE_RECT_INIT (0, y, width, image_height));
      y += image_height + 12;
    }

  for (double size = 10; size >= 5; size -= 0.5)
    {
      g_autoptr (PangoLayout) text = handout_layout (context, handout->text, size, width);
      int text_height;

      pango_layout_get_pixel_size (text, NULL, &text_height);
      if (y + text_height <= height || size <= 5)
        {
          cairo_move_to (cr, 0, y);
          pango_cairo_show_layout (cr, text);
          break;
        }
    }
}

static void
draw_handout_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 Handout           *handout)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  draw_handout (handout, gtk_print_context_get_cairo_context (context), pango,
                gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  g_object_unref (pango);
}

static Handout *
handout_new (CrampAnatomyView *view,
             GError          **error)
{
  CrampAtlas      *atlas = cramp_anatomy_view_get_atlas (view);
  const CrampView *shown = atlas ? cramp_atlas_lookup_view (atlas, cramp_anatomy_view_get_view (view)) : NULL;
  g_autoptr (GdkTexture) image = render_at_width (view, HANDOUT_WIDTH, TRUE, error);
  Handout *handout;

  if (image == NULL || shown == NULL)
    return NULL;

  handout = g_new0 (Handout, 1);
  handout->image = g_steal_pointer (&image);
  /* Translators: the title of the printed handout, with the view's name. */
  handout->title = g_strdup_printf (_ ("Why Feet and Ankles Cramp: %s"), shown->name);
  handout->text = handout_text (view, shown);
  return handout;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The handout as a PDF, on the default paper with its default margins, as
 * the print dialog would lay it out. */
static GBytes *
handout_pdf (CrampAnatomyView *view,
             GError          **error)
{
  Handout *handout = handout_new (view, error);
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (NULL);
  double           left = gtk_paper_size_get_default_left_margin (paper, GTK_UNIT_POINTS);
  double           top = gtk_paper_size_get_default_top_margin (paper, GTK_UNIT_POINTS);
  double           width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double           height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  GByteArray      *bytes;
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *pango;
  cairo_status_t   status;

  if (handout == NULL)
    return NULL;

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
  cr = cairo_create (surface);
  pango = pango_cairo_create_context (cr);
  /* Points, as the drawing's units are. */
  pango_cairo_context_set_resolution (pango, 72);
  cairo_translate (cr, left, top);
  draw_handout (handout, cr, pango,
                width - left - gtk_paper_size_get_default_right_margin (paper, GTK_UNIT_POINTS),
                height - top - gtk_paper_size_get_default_bottom_margin (paper, GTK_UNIT_POINTS));
  cairo_show_page (cr);

  g_object_unref (pango);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  handout_free (handout);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("The PDF could not be made: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (bytes);
}

/**
 * cramp_export_handout_new:
 * @view: the anatomy view
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): an operation that prints one page:
 *   the drawing as shown and, in short, the causes of each of its regions
 */
GtkPrintOperation *
cramp_export_handout_new (CrampAnatomyView *view,
                          GError          **error)
{
  Handout           *handout = handout_new (view, error);
  GtkPrintOperation *operation;

  if (handout == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, handout->title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "cramp-handout", handout, handout_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_handout_cb), handout);
  return operation;
}

/**
 * cramp_export_print_handout:
 * @parent: the window to attach the print dialog to
 * @view: the anatomy view
 *
 * Prints the handout of the drawing as shown; a failure is shown once.
 */
void
cramp_export_print_handout (GtkWindow        *parent,
                            CrampAnatomyView *view)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkPrintOperation) operation = cramp_export_handout_new (view, &error);

  if (operation == NULL)
    cramp_show_error (GTK_WIDGET (parent), _ ("The Drawing Could Not Be Exported"), error ? error->message : "");
  else
    cramp_print (operation, GTK_WIDGET (parent), _ ("The Drawing Could Not Be Exported"));
}
