/* cramp-summary.c: the self-check's summary for a clinician, on paper or as PDF
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-evidence-badge.h"
#include "cramp-save.h"
#include "cramp-summary.h"
#include "cramp-ui-util.h"

#define FONT       "Sans 10.5"
#define PDF_MARGIN 56.0 /* points: about 2 cm */

/* Text. Each block of the summary, such as a question and its answers, is
 * one paragraph whose lines are joined by U+2028, a line break that does
 * not end the paragraph; pages break between paragraphs, so a block is
 * never split unless it is taller than a page. A heading joins the block
 * after it in the same way. */

#define LINE_BREAK "\u2028"

static void
append_heading (GString    *out,
                const char *heading)
{
  g_autofree char *escaped = g_markup_escape_text (heading, -1);

  g_string_append_printf (out, "\n<span size=\"large\" weight=\"bold\">%s</span>" LINE_BREAK, escaped);
}

static void
append_escaped (GString    *out,
                const char *format,
                va_list     args)
{
  g_autofree char *text = g_markup_vprintf_escaped (format, args);

  g_string_append (out, text);
}

/* A line that ends its block. */
static void
append_line (GString    *out,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
append_line (GString    *out,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  append_escaped (out, format, args);
  va_end (args);
  g_string_append_c (out, '\n');
}

/* A line that the next line of its block follows. */
static void
append_line_kept (GString    *out,
                  const char *format,
                  ...) G_GNUC_PRINTF (2, 3);

static void
append_line_kept (GString    *out,
                  const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  append_escaped (out, format, args);
  va_end (args);
  g_string_append (out, LINE_BREAK);
}

static void
append_answers (GString        *out,
                CrampSelfCheck *check)
{
  GPtrArray *questions = cramp_atlas_get_questions (cramp_self_check_get_atlas (check));

  append_heading (out, _ ("Answers"));
  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);
      g_autoptr (GPtrArray) given = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          if (cramp_self_check_is_chosen (check, answer))
            g_ptr_array_add (given, answer->text);
        }

      if (given->len == 0)
        continue;

      g_ptr_array_add (given, NULL);
      joined = g_strjoinv ("; ", (char **) given->pdata);
      append_line_kept (out, "<b>%s</b>", question->text);
      append_line (out, "%s", joined);
    }
}

static void
append_factors (GString              *out,
                CrampSelfCheckResult *result)
{
  if (result->factors->len == 0)
    return;

  append_heading (out, _ ("Possible Factors to Discuss"));
  for (guint i = 0; i < result->factors->len; i++)
    {
      const CrampFactorReason *reason = g_ptr_array_index (result->factors, i);

      /* Translators: a factor and how strong the evidence for it is. */
      append_line (out, _ ("• %s (evidence: %s)"), reason->factor->name,
                   cramp_evidence_get_label (reason->factor->evidence));
    }
}

/* The advice, why, and what to do until help is reached. */
static void
append_advice (GString              *out,
               CrampSelfCheckResult *result)
{
  append_heading (out, _ ("Advice"));
  append_line_kept (out, "<b>%s</b>", result->advice->title);
  append_line (out, "%s", result->advice->disposition);
  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (result->flags, i);

      if (flag->concern == NULL)
        {
          append_line (out, "• %s", flag->text);
          continue;
        }
      append_line_kept (out, "• %s", flag->text);
      append_line (out, "  %s", flag->concern);
    }
  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (result->flags, i);

      if (flag->meanwhile != NULL)
        append_line (out, "%s", flag->meanwhile);
    }
  append_line (out, "%s", result->advice->safety_net);
}

/**
 * cramp_summary_markup:
 * @check: a self-check
 * @date: the date to print on it
 *
 * Returns: (transfer full): the summary, as Pango markup
 */
char *
cramp_summary_markup (CrampSelfCheck *check,
                      GDateTime      *date)
{
  g_autoptr (CrampSelfCheckResult) result = cramp_self_check_evaluate (check);
  g_autofree char *day = g_date_time_format (date, "%d %B %Y");
  GString         *out = g_string_new (NULL);

  append_line (out, "<span size=\"x-large\" weight=\"bold\">%s</span>",
               _ ("Cramp Atlas: Self-Check Summary"));
  append_line (out, _ ("Date: %s"), day);

  append_advice (out, result);
  append_answers (out, check);
  append_factors (out, result);

  append_heading (out, _ ("Please Note"));
  append_line (out, "%s", cramp_atlas_get_notice (cramp_self_check_get_atlas (check), CRAMP_NOTICE_DISCLAIMER));

  return g_string_free (out, FALSE);
}

/* Pages */

typedef struct
{
  PangoLayout *layout;
  GArray      *page_starts; /* int: the first line of each page */
} Pages;

static void
pages_free (gpointer data)
{
  Pages *pages = data;

  g_clear_object (&pages->layout);
  g_clear_pointer (&pages->page_starts, g_array_unref);
  g_free (pages);
}

static void
set_up_layout (PangoLayout *layout,
               const char  *markup,
               double       width)
{
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
}

/* Breaks the layout into pages of @height between paragraphs, each of
 * which is a block of the summary; a block taller than a page is broken
 * between its lines. */
static void
paginate (Pages *pages,
          double height)
{
  PangoLayoutIter *iter = pango_layout_get_iter (pages->layout);
  double           page_top = 0.0;
  double           block_top = 0.0;
  int              page_start = 0;
  int              block_start = 0;
  int              line = 0;

  g_array_set_size (pages->page_starts, 0);
  g_array_append_val (pages->page_starts, line);
  do
    {
      PangoRectangle logical;
      double         top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      if (pango_layout_iter_get_line_readonly (iter)->is_paragraph_start)
        {
          block_start = line;
          block_top = top;
        }
      if (bottom - page_top > height && line > page_start)
        {
          /* The block moves to the next page whole, unless it began this one. */
          gboolean whole = block_start > page_start;

          page_start = whole ? block_start : line;
          page_top = whole ? block_top : top;
          g_array_append_val (pages->page_starts, page_start);
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_page (Pages   *pages,
           cairo_t *cr,
           int      page)
{
  int              first = g_array_index (pages->page_starts, int, page);
  int              end = (guint) page + 1 < pages->page_starts->len
                             ? g_array_index (pages->page_starts, int, page + 1)
                             : G_MAXINT;
  PangoLayoutIter *iter = pango_layout_get_iter (pages->layout);
  double           page_top = -1.0;
  int              line = 0;

  do
    {
      PangoRectangle logical;

      if (line >= first && line < end)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (page_top < 0.0)
            page_top = (double) logical.y / PANGO_SCALE;
          cairo_move_to (cr, (double) logical.x / PANGO_SCALE,
                         (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - page_top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < end && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* PDF */

static GBytes *
render_pdf (const char *markup,
            GError    **error)
{
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (NULL);
  double           width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double           height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  GByteArray      *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cramp_pdf_surface_new (bytes, width, height);
  cairo_t         *cr = cairo_create (surface);
  Pages           *pages = g_new0 (Pages, 1);

  pages->layout = pango_cairo_create_layout (cr);
  pages->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  set_up_layout (pages->layout, markup, width - 2 * PDF_MARGIN);
  paginate (pages, height - 2 * PDF_MARGIN);

  for (guint page = 0; page < pages->page_starts->len; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
      draw_page (pages, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  pages_free (pages);
  cairo_destroy (cr);
  return cramp_pdf_surface_finish (surface, bytes, error);
}

/**
 * cramp_summary_save_pdf:
 * @check: a self-check
 * @date: the date to print on it
 * @file: where to save
 * @error: the place for an error
 *
 * Writes the summary as a PDF with cramp_save_bytes(): the file is replaced
 * only once the whole document is on the disk, so a failed save leaves an
 * existing file as it was.
 *
 * Returns: whether it was saved
 */
gboolean
cramp_summary_save_pdf (CrampSelfCheck *check,
                        GDateTime      *date,
                        GFile          *file,
                        GError        **error)
{
  g_autofree char *markup = NULL;
  g_autoptr (GBytes) pdf = NULL;

  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (check), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  markup = cramp_summary_markup (check, date);
  pdf = render_pdf (markup, error);
  if (pdf == NULL)
    return FALSE;

  return cramp_save_bytes (file, pdf, error);
}

/* Printing */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  Pages      *pages = g_object_get_data (G_OBJECT (operation), "cramp-pages");
  const char *markup = user_data;

  g_clear_object (&pages->layout);
  pages->layout = gtk_print_context_create_pango_layout (context);
  set_up_layout (pages->layout, markup, gtk_print_context_get_width (context));
  paginate (pages, gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, pages->page_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  Pages *pages = g_object_get_data (G_OBJECT (operation), "cramp-pages");

  draw_page (pages, gtk_print_context_get_cairo_context (context), page);
}

static void
free_markup (gpointer  data,
             GClosure *closure)
{
  g_free (data);
}

/**
 * cramp_summary_print_operation_new:
 * @check: a self-check
 * @date: the date to print on it
 *
 * Returns: (transfer full): an operation that prints the summary
 */
GtkPrintOperation *
cramp_summary_print_operation_new (CrampSelfCheck *check,
                                   GDateTime      *date)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  Pages             *pages = g_new0 (Pages, 1);

  pages->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_object_set_data_full (G_OBJECT (operation), "cramp-pages", pages, pages_free);
  gtk_print_operation_set_job_name (operation, _ ("Cramp Atlas Self-Check Summary"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         cramp_summary_markup (check, date), free_markup, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  return operation;
}
