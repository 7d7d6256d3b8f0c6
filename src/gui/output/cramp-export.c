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
#include "cramp-save.h"
#include "cramp-ui-util.h"

#define LABEL_SIZE    17.0 /* in the drawing's units */
#define LIGHT_FILL    0.38
#define DEFAULT_WIDTH 1920
#define WIDTH_CHOICE  "width"

/* Colours */

static char *
color_of (GtkWidget  *widget,
          const char *name,
          const char *fallback)
{
  GdkRGBA color;

  cramp_lookup_color (widget, name, fallback, &color);

  return g_strdup_printf ("#%02x%02x%02x", (int) (color.red * 255 + 0.5), (int) (color.green * 255 + 0.5),
                          (int) (color.blue * 255 + 0.5));
}

/* The SVG */

static void
append_style (GString          *svg,
              CrampAnatomyView *view,
              const CrampView  *shown,
              const char       *accent)
{
  GPtrArray         *layers = cramp_atlas_get_layers (cramp_anatomy_view_get_atlas (view));
  const char *const *visible = cramp_anatomy_view_get_visible_layers (view);
  const char *const *lights = cramp_anatomy_view_get_highlights (view);
  const char        *selected = cramp_anatomy_view_get_selected_region (view);

  g_string_append (svg, "  <style>\n    #regions .region { fill: none; stroke: none; }\n    #anchors { display: none; }\n");
  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);

      if (visible == NULL || !g_strv_contains (visible, layer->id))
        g_string_append_printf (svg, "    #layer-%s { display: none; }\n", layer->id);
    }

  /* A lit structure, such as a nerve in a mechanism's step, in the accent colour. */
  for (guint i = 0; lights != NULL && lights[i] != NULL; i++)
    if (cramp_atlas_lookup_region (cramp_anatomy_view_get_atlas (view), lights[i]) == NULL)
      g_string_append_printf (svg, "    #%s, #%s * { stroke: %s; }\n", lights[i], lights[i], accent);

  for (guint i = 0; i < shown->regions->len; i++)
    {
      const char *id = ((CrampRegion *) g_ptr_array_index (shown->regions, i))->id;

      if (g_strcmp0 (id, selected) == 0 || (lights != NULL && g_strv_contains (lights, id)))
        g_string_append_printf (svg, "    #regions #%s { fill: %s; fill-opacity: %.2f; stroke: %s; stroke-width: 3; }\n",
                                id, accent, LIGHT_FILL, accent);
    }
  g_string_append (svg, "  </style>\n");
}

static gboolean
centre_of (CrampDrawing     *drawing,
           const char       *prefix,
           const char       *region,
           graphene_point_t *centre)
{
  g_autofree char *id = g_strconcat (prefix, region, NULL);
  graphene_rect_t  whole, bounds;
  double           width, height;

  cramp_drawing_get_size (drawing, &width, &height);
  graphene_rect_init (&whole, 0, 0, width, height);
  if (!cramp_drawing_get_bounds (drawing, id, &whole, &bounds))
    return FALSE;

  graphene_rect_get_center (&bounds, centre);
  return TRUE;
}

/* Each region's name, with a line to its anchor, as the view draws it. */
static void
append_labels (GString         *svg,
               CrampDrawing    *drawing,
               const CrampView *shown,
               const char      *fg,
               const char      *bg)
{
  double width, height;

  cramp_drawing_get_size (drawing, &width, &height);
  g_string_append_printf (svg, "  <g id=\"export-labels\" font-family=\"Cantarell, sans-serif\" font-size=\"%.0f\">\n",
                          LABEL_SIZE);
  for (guint i = 0; i < shown->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (shown->regions, i);
      graphene_point_t   anchor, at;
      g_autofree char   *name = NULL;
      gboolean           left;
      double             x, estimate;

      if (!centre_of (drawing, "anchor-", region->id, &anchor) || !centre_of (drawing, "label-", region->id, &at))
        continue;

      name = g_markup_escape_text (region->name, -1);
      left = at.x < anchor.x;
      x = left ? at.x - 4 : at.x + 4;

      /* Whole, even near the edge, as the view keeps them. */
      estimate = 0.56 * LABEL_SIZE * g_utf8_strlen (region->name, -1);
      if (left && x - estimate < 2)
        left = FALSE, x = 2;
      else if (!left && x + estimate > width - 2)
        left = TRUE, x = width - 2;
      g_string_append_printf (svg,
                              "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.55\" stroke-width=\"1.5\"/>\n"
                              "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n"
                              "    <text x=\"%.1f\" y=\"%.1f\" dy=\"0.35em\" text-anchor=\"%s\" fill=\"%s\" "
                              "stroke=\"%s\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>\n",
                              anchor.x, anchor.y, at.x, at.y, fg, anchor.x, anchor.y, fg,
                              x, at.y, left ? "end" : "start", fg, bg, name);
    }
  g_string_append (svg, "  </g>\n");
}

static CrampDrawing *
load_drawing (const CrampView *shown,
              GBytes         **source,
              GError         **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH "/anatomy/", shown->drawing, NULL);
  g_autofree char *uri = g_strconcat ("resource://", path, NULL);
  g_autoptr (GFile) file = g_file_new_for_uri (uri);

  *source = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (*source == NULL)
    return NULL;

  return cramp_drawing_new (file, error);
}

/* On paper the drawing has no background and black labels, whatever the
 * style on screen. */
static char *
build_svg (CrampAnatomyView *view,
           gboolean          for_paper,
           GError          **error)
{
  CrampAtlas      *atlas = cramp_anatomy_view_get_atlas (view);
  const CrampView *shown = atlas ? cramp_atlas_lookup_view (atlas, cramp_anatomy_view_get_view (view)) : NULL;
  g_autoptr (GBytes) source = NULL;
  g_autoptr (CrampDrawing) drawing = NULL;
  g_autofree char *accent = color_of (GTK_WIDGET (view), "accent_bg_color", "#3584e4");
  g_autofree char *fg = for_paper ? g_strdup ("#000000") : color_of (GTK_WIDGET (view), "view_fg_color", "#000000");
  g_autofree char *bg = for_paper ? g_strdup ("#ffffff") : color_of (GTK_WIDGET (view), "view_bg_color", "#ffffff");
  double           width, height;
  const char      *text, *end, *open;
  GString         *svg;

  if (shown == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no drawing to export."));
      return NULL;
    }

  drawing = load_drawing (shown, &source, error);
  if (drawing == NULL)
    return NULL;

  text = g_bytes_get_data (source, NULL);
  open = strstr (text, "<svg");
  end = g_strrstr (text, "</svg>");
  g_return_val_if_fail (open != NULL && end != NULL && strchr (open, '>') != NULL, NULL);
  open = strchr (open, '>') + 1;

  /* The background first, then the drawing, then the style and labels. */
  cramp_drawing_get_size (drawing, &width, &height);
  svg = g_string_new_len (text, open - text);
  if (!for_paper)
    g_string_append_printf (svg, "\n  <rect width=\"%g\" height=\"%g\" fill=\"%s\"/>", width, height, bg);
  g_string_append_len (svg, open, end - open);
  append_style (svg, view, shown, accent);
  if (cramp_anatomy_view_get_show_labels (view))
    append_labels (svg, drawing, shown, fg, bg);
  g_string_append (svg, "</svg>\n");
  return g_string_free (svg, FALSE);
}

/**
 * cramp_export_svg:
 * @view: the anatomy view
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the drawing as @view shows it, with
 *   its background, layers, lights and labels, as an SVG document
 */
char *
cramp_export_svg (CrampAnatomyView *view,
                  GError          **error)
{
  return build_svg (view, FALSE, error);
}

/**
 * cramp_export_texture:
 * @svg: an exported drawing
 * @width: the width in pixels, up to %CRAMP_EXPORT_MAX_WIDTH
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): @svg rendered at @width, with the
 *   height that keeps its proportions
 */
GdkTexture *
cramp_export_texture (const char *svg,
                      int         width,
                      GError    **error)
{
  g_autoptr (GObject) handle = G_OBJECT (rsvg_handle_new_from_data ((const guint8 *) svg, strlen (svg), error));
  g_autoptr (GBytes) bytes = NULL;
  gboolean         has_width, has_height, has_viewbox;
  RsvgLength       ignored_width, ignored_height;
  RsvgRectangle    viewbox;
  cairo_surface_t *surface;
  cairo_t         *cr;
  int              height;
  gboolean         ok;

  if (handle == NULL)
    return NULL;

  width = CLAMP (width, 16, CRAMP_EXPORT_MAX_WIDTH);
  rsvg_handle_get_intrinsic_dimensions (RSVG_HANDLE (handle), &has_width, &ignored_width, &has_height, &ignored_height,
                                        &has_viewbox, &viewbox);
  if (!has_viewbox || viewbox.width <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The drawing has no size."));
      return NULL;
    }
  height = (int) (width * viewbox.height / viewbox.width + 0.5);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  ok = rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &(RsvgRectangle){ 0, 0, width, height }, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (!ok)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  /* Cairo's ARGB32 is GDK's default memory format: premultiplied, native order. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static GBytes *handout_pdf (CrampAnatomyView *view,
                            GError          **error);

static GBytes *
export_bytes (CrampAnatomyView *view,
              CrampExportFormat format,
              int               width,
              GError          **error)
{
  g_autofree char *svg = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  if (format == CRAMP_EXPORT_HANDOUT)
    return handout_pdf (view, error);

  svg = cramp_export_svg (view, error);
  if (svg == NULL)
    return NULL;

  if (format == CRAMP_EXPORT_SVG)
    {
      gsize length = strlen (svg);

      return g_bytes_new_take (g_steal_pointer (&svg), length);
    }

  texture = cramp_export_texture (svg, width, error);
  return texture ? gdk_texture_save_to_png_bytes (texture) : NULL;
}

/**
 * cramp_export_save:
 * @view: the anatomy view
 * @file: where to save
 * @format: what to save: the drawing as PNG or SVG, or the handout as PDF
 * @width: the width of a PNG in pixels
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
                   GError          **error)
{
  g_autoptr (GBytes) bytes = export_bytes (view, format, width, error);

  return bytes != NULL && cramp_save_bytes (file, bytes, error);
}

/**
 * cramp_export_copy:
 * @view: the anatomy view
 * @error: the place for an error
 *
 * Puts the drawing as shown on the clipboard, as an image 1920 pixels wide.
 *
 * Returns: whether it was copied
 */
gboolean
cramp_export_copy (CrampAnatomyView *view,
                   GError          **error)
{
  g_autofree char *svg = cramp_export_svg (view, error);
  g_autoptr (GdkTexture) texture = svg ? cramp_export_texture (svg, DEFAULT_WIDTH, error) : NULL;

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
  const char       *width;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  width = format == CRAMP_EXPORT_PNG ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), WIDTH_CHOICE) : NULL;
  cramp_export_save (view, file, format, width ? atoi (width) : DEFAULT_WIDTH, &error);
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

  g_object_set_data (G_OBJECT (chooser), "cramp-format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (view));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The handout: one page with the drawing and each region's causes */

typedef struct
{
  char *svg;
  char *title;
  char *text; /* Pango markup */
} Handout;

static void
handout_free (gpointer data)
{
  Handout *handout = data;

  g_free (handout->svg);
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
  g_autoptr (GObject) svg = G_OBJECT (rsvg_handle_new_from_data ((const guint8 *) handout->svg,
                                                                 strlen (handout->svg), NULL));
  RsvgRectangle viewbox = { 0 };
  gboolean      has_width, has_height, has_viewbox;
  RsvgLength    ignored_width, ignored_height;
  int           heading_height;
  double        image_height, y;

  pango_layout_get_pixel_size (heading, NULL, &heading_height);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, heading);
  y = heading_height + 12;

  if (svg != NULL)
    {
      rsvg_handle_get_intrinsic_dimensions (RSVG_HANDLE (svg), &has_width, &ignored_width, &has_height,
                                            &ignored_height, &has_viewbox, &viewbox);
      image_height = has_viewbox ? MIN (width * viewbox.height / viewbox.width, height * 0.55) : 0;
      cairo_save (cr);
      cairo_rectangle (cr, 0, y, width, image_height);
      cairo_clip (cr);
      rsvg_handle_render_document (RSVG_HANDLE (svg), cr, &(RsvgRectangle){ 0, y, width, image_height }, NULL);
      cairo_restore (cr);
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
  g_autofree char *svg = build_svg (view, TRUE, error);
  Handout         *handout;

  if (svg == NULL || shown == NULL)
    return NULL;

  handout = g_new0 (Handout, 1);
  handout->svg = g_steal_pointer (&svg);
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
