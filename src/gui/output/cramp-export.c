/* cramp-export.c: the drawing as shown, as SVG, PNG or on the clipboard, and the handout saved or printed
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>
#include <stdlib.h>
#include <string.h>

#include "cramp-drawing.h"
#include "cramp-export.h"
#include "cramp-handout.h"
#include "cramp-highlight.h"
#include "cramp-painter.h"
#include "cramp-save.h"
#include "cramp-ui-util.h"

#define DEFAULT_WIDTH 1920
#define WIDTH_CHOICE  "width"
#define FILL_CHOICE   "background"
#define MARK_CHOICE   "selection"

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
    .labels = cramp_anatomy_view_get_labels (view),
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

/* The view's width, in logical pixels, and the height that the figure
 * takes in it with its legend and margins, when it fits: labels keep their
 * size to the drawing. */
static void
canvas_size (CrampAnatomyView *view,
             double           *width,
             double           *height)
{
  double           margin = 2 * CRAMP_PAINTER_MARGIN;
  int              view_width = gtk_widget_get_width (GTK_WIDGET (view));
  int              view_height = gtk_widget_get_height (GTK_WIDGET (view));
  CrampDrawing    *drawing = cramp_anatomy_view_get_drawing (view);
  CrampAtlas      *atlas = cramp_anatomy_view_get_atlas (view);
  const CrampView *shown = cramp_atlas_lookup_view (atlas, cramp_anatomy_view_get_view (view));
  g_autoptr (CrampPainter) painter = cramp_painter_new (atlas, shown, drawing);
  CrampPaintState state;
  graphene_rect_t fit, figure;

  if (view_width <= margin || view_height <= margin)
    view_width = 800, view_height = 600;

  shown_state (view, &state);
  cramp_painter_fit (painter, gtk_widget_get_pango_context (GTK_WIDGET (view)), &state, view_width, view_height, 1.0,
                     &fit);
  cramp_painter_get_figure (painter, &fit, &figure);
  *width = view_width;
  *height = MIN (view_height, figure.size.height + cramp_painter_get_legend_height (painter) + margin);
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
 * cramp_export_render_scene:
 * @view: the anatomy view, whose atlas and font are used
 * @shown: the view of the foot to paint
 * @drawing: its drawing
 * @state: what to paint over it
 * @width: the width in pixels
 * @height: the height in pixels
 * @unit: how many pixels stand for one of the view's logical pixels
 * @fill: whether to paint a white background, or leave it clear
 *
 * Paints @drawing whole with the same painter as the view, measured with
 * the view's font, @unit times as large, in the light style's colours.
 *
 * Returns: (transfer full): the picture
 */
GdkTexture *
cramp_export_render_scene (CrampAnatomyView      *view,
                           const CrampView       *shown,
                           CrampDrawing          *drawing,
                           const CrampPaintState *state,
                           int                    width,
                           int                    height,
                           double                 unit,
                           gboolean               fill)
{
  g_autoptr (CrampPainter) painter = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  PangoContext    *context = scaled_context (view, unit);
  CrampPaintColors colors;
  graphene_rect_t  fit;

  painter = cramp_painter_new (cramp_anatomy_view_get_atlas (view), shown, drawing);
  cramp_painter_fit (painter, context, state, width, height, unit, &fit);
  cramp_painter_set_viewport (painter, width, height, 1, unit, &fit);
  cramp_paint_colors_for_paper (&colors);
  cramp_painter_set_colors (painter, &colors);
  cramp_painter_build_map (painter);

  snapshot = gtk_snapshot_new ();
  if (fill)
    gtk_snapshot_append_color (snapshot, &colors.bg, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cramp_painter_snapshot (painter, snapshot, context, state);
  g_object_unref (context);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return texture_from_node (node, width, height);
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
  CrampPaintState  state;

  if (shown == NULL)
    return NULL;

  shown_state (view, &state);
  return cramp_export_render_scene (view, shown, cramp_anatomy_view_get_drawing (view), &state, width, height, unit,
                                    fill);
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

/* Each label where the painter puts it on the canvas, as on the screen. */
static void
append_labels (GString               *svg,
               CrampAnatomyView      *view,
               const CrampView       *shown,
               const CrampPaintState *state,
               double                 width,
               double                 height,
               const graphene_rect_t *fit)
{
  g_autoptr (CrampPainter) painter = cramp_painter_new (cramp_anatomy_view_get_atlas (view), shown,
                                                        cramp_anatomy_view_get_drawing (view));
  PangoContext               *context = scaled_context (view, 1.0);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  CrampPaintColors            colors;
  g_autofree char            *fg = NULL, *bg = NULL;

  cramp_paint_colors_for_paper (&colors);
  fg = hex_of (&colors.fg);
  bg = hex_of (&colors.bg);
  cramp_painter_set_viewport (painter, (int) width, (int) height, 1, 1.0, fit);
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;

  /* The painter sets crowded names smaller than the font. */
  cramp_painter_layout_labels (painter, context, state);
  size *= cramp_painter_get_label_size (painter);
  g_string_append_printf (svg, "  <g id=\"export-labels\" font-family=\"%s\" font-size=\"%.1f\" fill=\"%s\" "
                               "fill-opacity=\"%.2f\">\n",
                          pango_font_description_get_family (font), size, fg, colors.fg.alpha);
  for (guint i = 0;; i++)
    {
      graphene_point_t anchor, end, text;
      graphene_rect_t  box;
      guint            place;
      g_autofree char *name = NULL;

      if (!cramp_painter_get_label (painter, i, &place, &anchor, &end, &box, &text))
        break;

      name = g_markup_escape_text (cramp_painter_get_name (painter, place), -1);
      g_string_append_printf (svg,
                              "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                              "stroke-opacity=\"%.2f\" stroke-width=\"1.5\"/>\n"
                              "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>\n"
                              "    <rect id=\"export-label-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                              "rx=\"%.1f\" fill=\"%s\" fill-opacity=\"0.88\"/>\n"
                              "    <text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                              anchor.x, anchor.y, end.x, end.y, fg, colors.fg.alpha * 0.55, anchor.x, anchor.y,
                              cramp_painter_get_id (painter, place), box.origin.x, box.origin.y, box.size.width,
                              box.size.height, box.size.height / 2.0, bg, text.x, text.y, name);
    }
  g_string_append (svg, "  </g>\n");
  g_object_unref (context);
}

/* Where the view's painter puts the drawing on a canvas of this size. */
static void
fit_drawing (CrampAnatomyView      *view,
             const CrampView       *shown,
             const CrampPaintState *state,
             double                 width,
             double                 height,
             graphene_rect_t       *fit)
{
  g_autoptr (CrampPainter) painter = cramp_painter_new (cramp_anatomy_view_get_atlas (view), shown,
                                                        cramp_anatomy_view_get_drawing (view));
  PangoContext *context = scaled_context (view, 1.0);

  cramp_painter_fit (painter, context, state, width, height, 1.0, fit);
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
  graphene_rect_t  fit;
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
  fit_drawing (view, shown, &state, canvas_width, canvas_height, &fit);

  /* The canvas of the view, with room for the labels beside the figure:
   * the background, then the drawing where the view puts it, then the
   * style and the labels. */
  svg = g_string_new_len (text, strstr (text, "<svg") - text);
  g_string_append_printf (svg,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" width=\"%g\" "
                          "height=\"%g\">\n",
                          canvas_width, canvas_height, canvas_width, canvas_height);
  if (fill)
    g_string_append_printf (svg, "  <rect width=\"%g\" height=\"%g\" fill=\"#ffffff\"/>\n", canvas_width,
                            canvas_height);
  g_string_append_printf (svg, "  <g id=\"figure\" transform=\"translate(%.2f %.2f) scale(%.5f)\">",
                          fit.origin.x, fit.origin.y, fit.size.width / width);
  g_string_append_len (svg, open, end - open);
  g_string_append (svg, "</g>\n");
  append_style (svg, view, shown, &state, accent);
  if (state.labels)
    append_labels (svg, view, shown, &state, canvas_width, canvas_height, &fit);
  g_string_append (svg, "</svg>\n");
  return g_string_free (svg, FALSE);
}

static GBytes *
handout_pdf (CrampAnatomyView *view,
             gboolean          show_selection,
             GError          **error)
{
  g_autoptr (CrampHandout) handout = cramp_handout_new (view, show_selection, error);

  return handout ? cramp_handout_to_pdf (handout, error) : NULL;
}

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
      return handout_pdf (view, FALSE, error);
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
 * cramp_export_save_handout:
 * @view: the anatomy view
 * @file: where to save
 * @show_selection: whether to mark the selected region in the views
 * @error: the place for an error
 *
 * Saves the handout as a PDF document on A4.
 *
 * Returns: whether it was saved
 */
gboolean
cramp_export_save_handout (CrampAnatomyView *view,
                           GFile            *file,
                           gboolean          show_selection,
                           GError          **error)
{
  g_autoptr (GBytes) bytes = handout_pdf (view, show_selection, error);

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
  if (format == CRAMP_EXPORT_HANDOUT)
    {
      gboolean offered = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), MARK_CHOICE));

      cramp_export_save_handout (
          view, file,
          offered && g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), MARK_CHOICE), "true") == 0,
          &error);
    }
  else
    {
      width = format == CRAMP_EXPORT_PNG ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), WIDTH_CHOICE)
                                         : NULL;
      background = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), FILL_CHOICE);
      cramp_export_save (view, file, format, width ? atoi (width) : DEFAULT_WIDTH,
                         g_strcmp0 (background, "clear") == 0, &error);
    }
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

/* Whether anything is lit that a handout could show. */
static gboolean
has_selection (CrampAnatomyView *view)
{
  const char *const *highlights = cramp_anatomy_view_get_highlights (view);

  return cramp_anatomy_view_get_selected_region (view) != NULL || (highlights != NULL && highlights[0] != NULL);
}

/* A handout is for a whole class: it leaves out the selection unless the
 * teacher ticks this. */
static void
add_mark_choice (GtkFileChooser *chooser)
{
  gtk_file_chooser_add_choice (chooser, MARK_CHOICE, _ ("Mark the Selected Region"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, MARK_CHOICE, "false");
  g_object_set_data (G_OBJECT (chooser), MARK_CHOICE, GINT_TO_POINTER (TRUE));
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
  else if (has_selection (view))
    add_mark_choice (GTK_FILE_CHOOSER (chooser));

  g_object_set_data (G_OBJECT (chooser), "cramp-format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (view));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The handout, printed */

#define MARK_BUTTON "cramp-mark-button"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  CrampHandout *handout = g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY);

  gtk_print_operation_set_n_pages (operation, cramp_handout_get_n_pages (handout));
}

/* Each A4 page, as large as it fits on the paper chosen, centred across. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  CrampHandout *handout = g_object_get_data (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY);
  cairo_t      *cr = gtk_print_context_get_cairo_context (context);
  double        width = gtk_print_context_get_width (context);
  double        scale = MIN (width / CRAMP_HANDOUT_PAGE_WIDTH,
                             gtk_print_context_get_height (context) / CRAMP_HANDOUT_PAGE_HEIGHT);

  cairo_translate (cr, (width - CRAMP_HANDOUT_PAGE_WIDTH * scale) / 2.0, 0);
  cairo_scale (cr, scale, scale);
  cramp_handout_draw_page (handout, cr, page);
}

static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         CrampAnatomyView  *view)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_check_button_new_with_mnemonic (_ ("_Mark the Selected Region"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_sensitive (button, has_selection (view));
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (operation), MARK_BUTTON, button);
  return G_OBJECT (box);
}

/* Lays the handout out again when the teacher asked for the selection. */
static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        CrampAnatomyView  *view)
{
  GtkCheckButton *button = g_object_get_data (G_OBJECT (operation), MARK_BUTTON);
  CrampHandout   *handout;

  if (button == NULL || !gtk_check_button_get_active (button))
    return;

  handout = cramp_handout_new (view, TRUE, NULL);
  if (handout != NULL)
    g_object_set_data_full (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY, handout, g_object_unref);
}

/**
 * cramp_export_handout_new:
 * @view: the anatomy view
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): an operation that prints the
 *   handout on A4 or the paper chosen, without the selection unless the
 *   print dialog's Handout tab asks for it
 */
GtkPrintOperation *
cramp_export_handout_new (CrampAnatomyView *view,
                          GError          **error)
{
  CrampHandout *handout = cramp_handout_new (view, FALSE, error);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;

  if (handout == NULL)
    return NULL;

  gtk_page_setup_set_paper_size (setup, paper);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, cramp_handout_get_n_pages (handout));
  gtk_print_operation_set_job_name (operation, cramp_handout_get_title (handout));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the name of a tab of the print dialog with the handout's options. */
  gtk_print_operation_set_custom_tab_label (operation, _ ("Handout"));
  g_object_set_data_full (G_OBJECT (operation), CRAMP_EXPORT_HANDOUT_KEY, handout, g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  g_signal_connect_object (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), view, 0);
  g_signal_connect_object (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), view, 0);
  return operation;
}

/**
 * cramp_export_print_handout:
 * @parent: the window to attach the print dialog to
 * @view: the anatomy view
 *
 * Prints the handout; a failure is shown once.
 */
void
cramp_export_print_handout (GtkWindow        *parent,
                            CrampAnatomyView *view)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkPrintOperation) operation = cramp_export_handout_new (view, &error);

  if (operation == NULL)
    cramp_show_error (GTK_WIDGET (parent), _ ("The Handout Could Not Be Saved"), error ? error->message : "");
  else
    cramp_print (operation, GTK_WIDGET (parent), _ ("The Handout Could Not Be Printed"));
}
