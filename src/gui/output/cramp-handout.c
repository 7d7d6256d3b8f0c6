/* cramp-handout.c: a handout for a class, on two A4 pages
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "cramp-drawing.h"
#include "cramp-evidence-badge.h"
#include "cramp-export.h"
#include "cramp-handout.h"
#include "cramp-highlight.h"
#include "cramp-painter.h"
#include "cramp-ui-util.h"

#define DPI               300.0 /* of the pictures of the foot */
#define MAX_SCALE         1.3   /* of the text, at most, to fill a page */
#define MIN_SCALE         0.7
#define FOOTER_GAP        8.0 /* between the content and the footer */
#define PAGE_NUMBER_WIDTH 60.0
#define COLUMN_GAP        18.0
#define PICTURE_GAP       10.0
#define LABEL_SIZE        6.5 /* points, of the labels in the pictures */
#define FONT              "Sans"

/* The handout is laid out once, when it is made, as a list of blocks on
 * pages; drawing a page, for print or for PDF, paints its blocks. The
 * pictures are rendered once; each page's text is then laid out as large
 * as fits. */
struct _CrampHandout
{
  GObject       parent_instance;

  char         *title;
  GPtrArray    *pictures; /* Picture */
  GPtrArray    *blocks;   /* CrampHandoutBlock */
  guint         n_pages;
  double        footer_top;
  PangoContext *context;
};

G_DEFINE_FINAL_TYPE (CrampHandout, cramp_handout, G_TYPE_OBJECT)

/* One view of the foot, rendered, and its size on paper. */
typedef struct
{
  GdkTexture *texture;
  char       *caption;
  double      width;
  double      height;
} Picture;

static void
picture_free (gpointer data)
{
  Picture *picture = data;

  g_clear_object (&picture->texture);
  g_free (picture->caption);
  g_free (picture);
}

static void
block_free (gpointer data)
{
  CrampHandoutBlock *block = data;

  g_free (block->text);
  g_clear_object (&block->layout);
  g_clear_object (&block->picture);
  g_free (block);
}

/* The layers' colours, as the drawings paint them: for the legend. */
static const struct
{
  const char *layer;
  const char *color;
  const char *edge;
} layer_colors[] = {
  { "bones", "#e3d5b6", "#86704f" },
  { "muscles", "#b4544a", "#77767b" },
  { "arteries", "#e01b24", "#7c0f15" },
  { "veins", "#3584e4", "#163f78" },
  { "nerves", "#f6d32d", "#8a6a00" },
};

/**
 * cramp_handout_get_layer_colors:
 * @layer: the id of a layer
 * @color: (out): the colour the drawings fill or stroke it with
 * @edge: (out): the colour of its edges
 *
 * Returns: whether the legend knows the layer's colours
 */
gboolean
cramp_handout_get_layer_colors (const char *layer,
                                GdkRGBA    *color,
                                GdkRGBA    *edge)
{
  for (guint i = 0; i < G_N_ELEMENTS (layer_colors); i++)
    if (g_strcmp0 (layer, layer_colors[i].layer) == 0)
      {
        gdk_rgba_parse (color, layer_colors[i].color);
        gdk_rgba_parse (edge, layer_colors[i].edge);
        return TRUE;
      }
  return FALSE;
}

/* The pictures */

/* How many pixels of a picture stand for one of the view's logical
 * pixels, so that the labels come out LABEL_SIZE points tall on paper. */
static double
label_unit (CrampAnatomyView *view)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (view)));
  double                      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  /* A font's points are the screen's 96 dots an inch. */
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;
  return LABEL_SIZE * DPI / 72.0 / MAX (size, 1.0);
}

static Picture *
picture_new (CrampAnatomyView      *view,
             const CrampView       *shown,
             const CrampPaintState *state,
             double                 width,
             GError               **error)
{
  g_autoptr (CrampDrawing) drawing = cramp_drawing_get_for_view (shown, error);
  double          unit = label_unit (view);
  int             pixels = (int) (width * DPI / 72.0 + 0.5);
  double          margin = 2 * CRAMP_PAINTER_MARGIN;
  graphene_rect_t fit;
  Picture        *picture;
  int             height;

  if (drawing == NULL)
    return NULL;

  cramp_drawing_fit (drawing, pixels / unit - margin, G_MAXINT, &fit);
  height = (int) ((fit.size.height + margin) * unit + 0.5);

  picture = g_new0 (Picture, 1);
  picture->texture = cramp_export_render_scene (view, shown, drawing, state, pixels, height, unit, TRUE);
  picture->caption = g_strdup (shown->name);
  picture->width = width;
  picture->height = height * 72.0 / DPI;
  return picture;
}

/* Every view, with labels, the layers as shown, and the selection only
 * when asked for. Two in the first row, the inner and the outer side, as
 * large as they fit; the rest below. */
static gboolean
render_pictures (CrampHandout     *self,
                 CrampAnatomyView *view,
                 gboolean          show_selection,
                 GError          **error)
{
  GPtrArray      *views = cramp_atlas_get_views (cramp_anatomy_view_get_atlas (view));
  double          width = CRAMP_HANDOUT_PAGE_WIDTH - 2 * CRAMP_HANDOUT_MARGIN;
  CrampPaintState state = {
    .layers = cramp_anatomy_view_get_visible_layers (view),
    .highlights = show_selection ? cramp_anatomy_view_get_highlights (view) : NULL,
    .selected = show_selection ? cramp_anatomy_view_get_selected_region (view) : NULL,
    .labels = TRUE,
  };

  for (guint i = 0; i < views->len; i++)
    {
      guint    in_row = i < 2 ? MIN (2, views->len) : MIN (3, views->len - 2);
      Picture *picture = picture_new (view, g_ptr_array_index (views, i), &state,
                                      (width - (in_row - 1) * PICTURE_GAP) / in_row, error);

      if (picture == NULL)
        return FALSE;
      g_ptr_array_add (self->pictures, picture);
    }
  return TRUE;
}

/* Laying out */

typedef struct
{
  CrampHandout *self;
  double        scale; /* of the text */
  guint         page;
  double        y;
  gboolean      overflow;
} Flow;

static double
content_width (void)
{
  return CRAMP_HANDOUT_PAGE_WIDTH - 2 * CRAMP_HANDOUT_MARGIN;
}

/* The bottom of the room for content, above the footer. */
static double
content_bottom (Flow *flow)
{
  return flow->self->footer_top - FOOTER_GAP;
}

static PangoLayout *
text_layout (Flow       *flow,
             const char *markup,
             double      size,
             double      width,
             double      indent)
{
  PangoLayout *layout = pango_layout_new (flow->self->context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent (layout, (int) (-indent * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static CrampHandoutBlock *
add_block (Flow                 *flow,
           CrampHandoutBlockKind kind,
           double                x,
           double                y,
           double                width,
           double                height)
{
  CrampHandoutBlock *block = g_new0 (CrampHandoutBlock, 1);

  block->kind = kind;
  block->page = flow->page;
  block->box = GRAPHENE_RECT_INIT (x, y, width, height);
  block->extents = block->box;
  g_ptr_array_add (flow->self->blocks, block);
  return block;
}

/* Places @layout with its top left corner at @x, @y. */
static void
add_text (Flow        *flow,
          PangoLayout *layout,
          double       x,
          double       y)
{
  int                width;
  PangoRectangle     ink, logical;
  CrampHandoutBlock *block;

  pango_layout_get_size (layout, &width, NULL);
  block = add_block (flow, CRAMP_HANDOUT_TEXT, x, y, width / (double) PANGO_SCALE, layout_height (layout));
  block->layout = g_object_ref (layout);
  block->text = g_strdup (pango_layout_get_text (layout));

  pango_layout_get_extents (layout, &ink, &logical);
  pango_extents_to_pixels (&ink, NULL);
  pango_extents_to_pixels (&logical, NULL);
  graphene_rect_union (&GRAPHENE_RECT_INIT (x + ink.x, y + ink.y, ink.width, ink.height),
                       &GRAPHENE_RECT_INIT (x + logical.x, y + logical.y, logical.width, logical.height),
                       &block->extents);
}

/* A paragraph across the page, @space points below the last one. */
static void
add_paragraph (Flow       *flow,
               const char *markup,
               double      size,
               double      space)
{
  g_autoptr (PangoLayout) layout = text_layout (flow, markup, size * flow->scale, content_width (), 0);

  /* Nothing above the first line of a page. */
  if (flow->y > CRAMP_HANDOUT_MARGIN)
    flow->y += space * flow->scale;
  add_text (flow, layout, CRAMP_HANDOUT_MARGIN, flow->y);
  flow->y += layout_height (layout);
  flow->overflow |= flow->y > content_bottom (flow);
}

static void
add_heading (Flow       *flow,
             const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  add_paragraph (flow, markup, 12, 14);
  flow->y += 2 * flow->scale;
}

/* An item of a two-column list: a small heading or an entry. */
typedef struct
{
  PangoLayout *layout;
  double       space;     /* above it, unless it opens a column */
  gboolean     with_next; /* a heading, kept with what follows */
} Item;

static void
item_clear (gpointer data)
{
  g_clear_object (&((Item *) data)->layout);
}

static GArray *
items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);
  return items;
}

static double
column_width (void)
{
  return (content_width () - COLUMN_GAP) / 2.0;
}

/* An entry, with a bullet hanging left of its lines when @bullet is set. */
static void
add_item (Flow       *flow,
          GArray     *items,
          const char *markup,
          double      size,
          double      space,
          const char *bullet,
          gboolean    with_next)
{
  g_autofree char *text = NULL;
  double           indent = 0;
  Item             item = { .space = space * flow->scale, .with_next = with_next };

  size *= flow->scale;
  if (bullet != NULL)
    {
      g_autoptr (PangoLayout) mark = text_layout (flow, bullet, size, -1, 0);
      int mark_width;

      pango_layout_get_size (mark, &mark_width, NULL);
      indent = mark_width / (double) PANGO_SCALE;
    }

  text = g_strconcat (bullet ? bullet : "", markup, NULL);
  item.layout = text_layout (flow, text, size, column_width (), indent);
  g_array_append_val (items, item);
}

static double
column_height (GArray *items,
               guint   from,
               guint   to)
{
  double height = 0;

  for (guint i = from; i < to; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      height += layout_height (item->layout) + (i > from ? item->space : 0);
    }
  return height;
}

/* Fills two columns from @flow's place down, as evenly as the items allow
 * without leaving a heading at the foot of the first. */
static void
flow_columns (Flow   *flow,
              GArray *items)
{
  guint  split = items->len;
  double best = G_MAXDOUBLE, y;

  for (guint k = 0; k <= items->len; k++)
    {
      double tallest = MAX (column_height (items, 0, k), column_height (items, k, items->len));

      if (k > 0 && g_array_index (items, Item, k - 1).with_next)
        continue;
      if (tallest < best)
        best = tallest, split = k;
    }

  for (guint column = 0; column < 2; column++)
    {
      guint  from = column == 0 ? 0 : split;
      guint  to = column == 0 ? split : items->len;
      double x = CRAMP_HANDOUT_MARGIN + column * (column_width () + COLUMN_GAP);

      y = flow->y;
      for (guint i = from; i < to; i++)
        {
          Item *item = &g_array_index (items, Item, i);

          y += i > from ? item->space : 0;
          add_text (flow, item->layout, x, y);
          y += layout_height (item->layout);
        }
    }

  flow->y += best == G_MAXDOUBLE ? 0 : best;
  flow->overflow |= flow->y > content_bottom (flow);
}

static void
new_page (Flow *flow)
{
  flow->page++;
  flow->y = CRAMP_HANDOUT_MARGIN;
}

/* A swatch and a name in the legend, placed after the last one, or at the
 * start of a new line when it would cross the right margin. */
static void
add_key (Flow          *flow,
         double        *x,
         const char    *id,
         const char    *name,
         const GdkRGBA *color,
         const GdkRGBA *edge)
{
  g_autofree char *markup = g_markup_escape_text (name, -1);
  g_autoptr (PangoLayout) label = text_layout (flow, markup, 7.5 * flow->scale, -1, 0);
  double             height = layout_height (label);
  CrampHandoutBlock *swatch;
  int                width;

  pango_layout_get_size (label, &width, NULL);
  if (*x > CRAMP_HANDOUT_MARGIN &&
      *x + height * 1.4 + 4 + width / (double) PANGO_SCALE > CRAMP_HANDOUT_PAGE_WIDTH - CRAMP_HANDOUT_MARGIN)
    {
      *x = CRAMP_HANDOUT_MARGIN;
      flow->y += height * 1.3;
    }

  swatch = add_block (flow, CRAMP_HANDOUT_SWATCH, *x, flow->y + height * 0.15, height * 1.4, height * 0.7);
  swatch->color = *color;
  swatch->edge = *edge;
  swatch->text = g_strdup (id);
  *x += height * 1.4 + 4;
  add_text (flow, label, *x, flow->y);
  *x += width / (double) PANGO_SCALE + 14;
}

/* The legend: the colour of each layer shown and, when asked for, the
 * light of the selected region. */
static void
lay_out_legend (Flow             *flow,
                CrampAnatomyView *view,
                gboolean          show_selection)
{
  CrampAtlas        *atlas = cramp_anatomy_view_get_atlas (view);
  const char *const *shown = cramp_anatomy_view_get_visible_layers (view);
  GPtrArray         *layers = cramp_atlas_get_layers (atlas);
  const char        *id = cramp_anatomy_view_get_selected_region (view);
  const CrampRegion *selected = id != NULL ? cramp_atlas_lookup_region (atlas, id) : NULL;
  double             x = CRAMP_HANDOUT_MARGIN;
  guint              keys = 0;

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      GdkRGBA           color, edge;

      if (shown == NULL || !g_strv_contains (shown, layer->id))
        continue;
      if (!cramp_handout_get_layer_colors (layer->id, &color, &edge))
        gdk_rgba_parse (&color, "#c0bfbc"), gdk_rgba_parse (&edge, "#77767b");
      add_key (flow, &x, layer->id, layer->name, &color, &edge);
      keys++;
    }

  if (show_selection && selected != NULL)
    {
      CrampPaintColors paper;
      GdkRGBA          color, edge;
      double           fill, outline;

      cramp_paint_colors_for_paper (&paper);
      cramp_highlight_style_get_opacity (CRAMP_HIGHLIGHT_SELECTED, &fill, &outline);
      color = edge = paper.accent;
      color.alpha = fill;
      edge.alpha = outline;
      add_key (flow, &x, selected->id, selected->name, &color, &edge);
      keys++;
    }

  if (keys > 0)
    flow->y += 7.5 * flow->scale * 1.4;
}

/* The page's first part: the title, every view with its caption, and a
 * legend of the layers shown. */
static void
lay_out_pictures (Flow             *flow,
                  CrampAnatomyView *view,
                  gboolean          show_selection)
{
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", flow->self->title);
  g_autoptr (PangoLayout) heading = text_layout (flow, title, 18, content_width (), 0);
  double x = CRAMP_HANDOUT_MARGIN, row_height = 0, size = 7.5 * flow->scale;

  add_text (flow, heading, CRAMP_HANDOUT_MARGIN, flow->y);
  flow->y += layout_height (heading) + 8;

  for (guint i = 0; i < flow->self->pictures->len; i++)
    {
      Picture         *picture = g_ptr_array_index (flow->self->pictures, i);
      g_autofree char *caption = g_markup_printf_escaped ("<b>%s</b>", picture->caption);
      g_autoptr (PangoLayout) label = text_layout (flow, caption, size, picture->width, 0);
      CrampHandoutBlock *block;

      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      block = add_block (flow, CRAMP_HANDOUT_PICTURE, x, flow->y, picture->width, picture->height);
      block->picture = g_object_ref (picture->texture);
      block->text = g_strdup (picture->caption);
      add_text (flow, label, x, flow->y + picture->height);
      row_height = MAX (row_height, picture->height + layout_height (label));
      x += picture->width + PICTURE_GAP;

      /* A row ends at the right margin. */
      if (i + 1 == flow->self->pictures->len ||
          x + ((Picture *) g_ptr_array_index (flow->self->pictures, i + 1))->width >
              CRAMP_HANDOUT_PAGE_WIDTH - CRAMP_HANDOUT_MARGIN + 0.5)
        {
          flow->y += row_height + 6;
          x = CRAMP_HANDOUT_MARGIN;
          row_height = 0;
        }
    }

  lay_out_legend (flow, view, show_selection);
}

/* Each region's causes, by the strength of their evidence, after a key
 * to what each grade means. */
static void
lay_out_causes (Flow       *flow,
                CrampAtlas *atlas)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);
  g_autoptr (GArray) items = items_new ();
  GString *key = g_string_new (NULL);

  add_heading (flow, _ ("Causes by Region"));
  for (CrampEvidence evidence = CRAMP_EVIDENCE_ESTABLISHED; evidence <= CRAMP_EVIDENCE_CONTESTED; evidence++)
    {
      /* Translators: a grade of evidence and, after the colon, what it means. */
      g_autofree char *line = g_markup_printf_escaped (_ ("<b>%s:</b> %s"), cramp_evidence_get_label (evidence),
                                                       cramp_atlas_explain_evidence (atlas, evidence));

      g_string_append_printf (key, "%s%s", evidence > 0 ? "\n" : "", line);
    }
  add_paragraph (flow, key->str, 7.5, 0);
  g_string_free (key, TRUE);
  flow->y += 8 * flow->scale;

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);
      g_autofree char   *name = g_markup_printf_escaped ("<b>%s</b>", region->name);

      add_item (flow, items, name, 9, 8, NULL, TRUE);
      for (CrampEvidence evidence = CRAMP_EVIDENCE_ESTABLISHED; evidence <= CRAMP_EVIDENCE_CONTESTED; evidence++)
        {
          g_autoptr (GPtrArray) names = g_ptr_array_new ();
          g_autofree char *joined = NULL;
          g_autofree char *line = NULL;

          for (guint j = 0; j < region->factors->len; j++)
            {
              const CrampFactor *factor = g_ptr_array_index (region->factors, j);

              if (factor->evidence == evidence)
                g_ptr_array_add (names, factor->name);
            }
          if (names->len == 0)
            continue;

          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **) names->pdata);
          /* Translators: a grade of evidence and, after the colon, the causes it grades. */
          line = g_markup_printf_escaped (_ ("<i>%s:</i> %s"), cramp_evidence_get_label (evidence), joined);
          add_item (flow, items, line, 8, 1, NULL, FALSE);
        }
    }
  flow_columns (flow, items);
}

/* The warning signs by tier, the most urgent first, each tier under its
 * advice's title. */
static void
lay_out_red_flags (Flow       *flow,
                   CrampAtlas *atlas)
{
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  g_autoptr (GArray) items = items_new ();

  add_heading (flow, _ ("When to See a Clinician"));
  add_paragraph (flow, cramp_atlas_get_notice (atlas, CRAMP_NOTICE_RED_FLAGS), 8, 0);
  flow->y += 4 * flow->scale;

  for (CrampTier tier = CRAMP_TIER_EMERGENCY; tier > CRAMP_TIER_SELF_CARE; tier--)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", cramp_atlas_get_tier_advice (atlas, tier)->title);

      add_item (flow, items, title, 8.5, 6, NULL, TRUE);
      for (guint i = 0; i < flags->len; i++)
        {
          const CrampRedFlag *flag = g_ptr_array_index (flags, i);
          g_autofree char    *text = NULL;

          if (flag->tier != tier)
            continue;
          text = g_markup_escape_text (flag->text, -1);
          add_item (flow, items, text, 7.5, 1.5, "•  ", FALSE);
        }
    }
  flow_columns (flow, items);
}

static void
lay_out_tips (Flow       *flow,
              CrampAtlas *atlas)
{
  GPtrArray *tips = cramp_atlas_get_tips (atlas);
  g_autoptr (GArray) items = items_new ();

  add_heading (flow, _ ("Easing and Preventing Cramps"));
  add_paragraph (flow, cramp_atlas_get_notice (atlas, CRAMP_NOTICE_SELF_CARE), 8, 0);
  flow->y += 4 * flow->scale;

  for (CrampTipKind kind = CRAMP_TIP_DURING; kind <= CRAMP_TIP_AVOID; kind++)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", _ (cramp_tip_kind_info (kind)->title));

      add_item (flow, items, title, 8.5, 6, NULL, TRUE);
      for (guint i = 0; i < tips->len; i++)
        {
          const CrampTip  *tip = g_ptr_array_index (tips, i);
          g_autofree char *text = NULL;

          if (tip->kind != kind)
            continue;
          text = g_markup_escape_text (tip->text, -1);
          add_item (flow, items, text, 7.5, 1.5, "•  ", FALSE);
        }
    }
  flow_columns (flow, items);
}

static void
add_sources (GPtrArray *sources,
             GPtrArray *more)
{
  for (guint i = 0; i < more->len; i++)
    if (!g_ptr_array_find (sources, g_ptr_array_index (more, i), NULL))
      g_ptr_array_add (sources, g_ptr_array_index (more, i));
}

/* The sources of everything on the handout, in the order they come. */
static void
lay_out_sources (Flow       *flow,
                 CrampAtlas *atlas)
{
  GPtrArray *regions = cramp_atlas_get_regions (atlas);
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  GPtrArray *tips = cramp_atlas_get_tips (atlas);
  g_autoptr (GPtrArray) sources = g_ptr_array_new ();
  g_autoptr (GArray) items = items_new ();

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      for (guint j = 0; j < region->factors->len; j++)
        add_sources (sources, ((CrampFactor *) g_ptr_array_index (region->factors, j))->sources);
    }
  for (guint i = 0; i < flags->len; i++)
    add_sources (sources, ((CrampRedFlag *) g_ptr_array_index (flags, i))->sources);
  for (guint i = 0; i < tips->len; i++)
    add_sources (sources, ((CrampTip *) g_ptr_array_index (tips, i))->sources);

  add_heading (flow, _ ("Sources"));
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_markup_escape_text (((CrampSource *) g_ptr_array_index (sources, i))->title, -1);
      g_autofree char *number = g_strdup_printf ("%u.  ", i + 1);

      add_item (flow, items, text, 6.5, 1, number, FALSE);
    }
  flow_columns (flow, items);
}

/* The foot of a page: what the app is, in grey, and the page's number at
 * the right. */
static PangoLayout *
footer_layout (Flow       *flow,
               const char *text,
               double      width)
{
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s</span>", text);

  return text_layout (flow, markup, 6.5, width, 0);
}

/* The height of @layout's ink and lines, whichever reaches lower. */
static double
full_height (PangoLayout *layout)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  pango_extents_to_pixels (&ink, NULL);
  pango_extents_to_pixels (&logical, NULL);
  return MAX (ink.y + ink.height, logical.y + logical.height);
}

/* Where the footers begin, so high that the longest fits above the margin. */
static double
footer_top (Flow       *flow,
            CrampAtlas *atlas)
{
  const char *about = cramp_atlas_get_notice (atlas, CRAMP_NOTICE_ABOUT);
  g_autoptr (PangoLayout) layout = footer_layout (flow, about, content_width () - PAGE_NUMBER_WIDTH);

  return CRAMP_HANDOUT_PAGE_HEIGHT - CRAMP_HANDOUT_MARGIN - full_height (layout);
}

static void
lay_out_footers (Flow       *flow,
                 CrampAtlas *atlas)
{
  const char *about = cramp_atlas_get_notice (atlas, CRAMP_NOTICE_ABOUT);
  guint       pages = flow->page + 1;

  for (flow->page = 0; flow->page < pages; flow->page++)
    {
      /* Translators: the foot of a page of the handout: its number and how many there are. */
      g_autofree char *count = g_strdup_printf (_ ("Page %u of %u"), flow->page + 1, pages);
      g_autoptr (PangoLayout) notice = footer_layout (flow, about, content_width () - PAGE_NUMBER_WIDTH);
      g_autoptr (PangoLayout) number = footer_layout (flow, count, PAGE_NUMBER_WIDTH);

      pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
      add_text (flow, notice, CRAMP_HANDOUT_MARGIN, flow->self->footer_top);
      add_text (flow, number, CRAMP_HANDOUT_PAGE_WIDTH - CRAMP_HANDOUT_MARGIN - PAGE_NUMBER_WIDTH,
                flow->self->footer_top);
    }
  flow->page = pages - 1;
}

/* What goes on a page, laid out from @flow's page and scale; it sets the
 * flow's overflow when it does not fit. */
typedef void (*LayOutFunc) (Flow             *flow,
                            CrampAnatomyView *view,
                            gboolean          show_selection);

static void
lay_out_first_page (Flow             *flow,
                    CrampAnatomyView *view,
                    gboolean          show_selection)
{
  lay_out_pictures (flow, view, show_selection);
  lay_out_causes (flow, cramp_anatomy_view_get_atlas (view));
}

/* The sources go on a page of their own only when even the smallest text
 * leaves no room for them. */
static void
lay_out_second_page (Flow             *flow,
                     CrampAnatomyView *view,
                     gboolean          show_selection)
{
  CrampAtlas *atlas = cramp_anatomy_view_get_atlas (view);
  guint       mark;

  lay_out_red_flags (flow, atlas);
  lay_out_tips (flow, atlas);
  if (flow->overflow)
    return;

  mark = flow->self->blocks->len;
  lay_out_sources (flow, atlas);
  if (flow->overflow && flow->scale <= MIN_SCALE)
    {
      g_ptr_array_set_size (flow->self->blocks, mark);
      new_page (flow);
      flow->overflow = FALSE;
      lay_out_sources (flow, atlas);
    }
}

/* Lays out a page with its text as large as fits, from a little larger
 * than its usual size down to MIN_SCALE of it. */
static void
lay_out_page (Flow             *flow,
              LayOutFunc        func,
              CrampAnatomyView *view,
              gboolean          show_selection)
{
  guint first = flow->self->blocks->len;
  guint page = flow->page;

  for (double scale = MAX_SCALE; scale > MIN_SCALE - 0.01; scale -= 0.05)
    {
      g_ptr_array_set_size (flow->self->blocks, first);
      *flow = (Flow){ flow->self, MAX (scale, MIN_SCALE), page, CRAMP_HANDOUT_MARGIN, FALSE };
      func (flow, view, show_selection);
      if (!flow->overflow)
        return;
    }
  g_warning ("The handout's page %u does not fit", page + 1);
}

static void
lay_out (CrampHandout     *self,
         CrampAnatomyView *view,
         gboolean          show_selection)
{
  Flow flow = { self, 1, 0, CRAMP_HANDOUT_MARGIN, FALSE };

  self->footer_top = footer_top (&flow, cramp_anatomy_view_get_atlas (view));
  lay_out_page (&flow, lay_out_first_page, view, show_selection);
  new_page (&flow);
  lay_out_page (&flow, lay_out_second_page, view, show_selection);
  lay_out_footers (&flow, cramp_anatomy_view_get_atlas (view));
  self->n_pages = flow.page + 1;
}

/**
 * cramp_handout_new:
 * @view: the anatomy view: its atlas, its layers and its selection
 * @show_selection: whether to light the selected region, or the step shown
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the handout, laid out
 */
CrampHandout *
cramp_handout_new (CrampAnatomyView *view,
                   gboolean          show_selection,
                   GError          **error)
{
  g_autoptr (CrampHandout) self = NULL;
  cairo_font_options_t *options;

  if (cramp_anatomy_view_get_atlas (view) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no drawing to export."));
      return NULL;
    }

  self = g_object_new (CRAMP_TYPE_HANDOUT, NULL);
  /* Translators: the title of the handout. */
  self->title = g_strdup (_ ("Why Feet and Ankles Cramp"));
  if (!render_pictures (self, view, show_selection, error))
    return NULL;

  /* Points, and metrics that are the same on paper and on screen. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  lay_out (self, view, show_selection);

  return g_steal_pointer (&self);
}

const char *
cramp_handout_get_title (CrampHandout *self)
{
  g_return_val_if_fail (CRAMP_IS_HANDOUT (self), NULL);

  return self->title;
}

guint
cramp_handout_get_n_pages (CrampHandout *self)
{
  g_return_val_if_fail (CRAMP_IS_HANDOUT (self), 0);

  return self->n_pages;
}

/**
 * cramp_handout_get_blocks:
 * @self: the handout
 *
 * Returns: (transfer none) (element-type CrampHandoutBlock): what is on
 *   each page, and where, in points
 */
GPtrArray *
cramp_handout_get_blocks (CrampHandout *self)
{
  g_return_val_if_fail (CRAMP_IS_HANDOUT (self), NULL);

  return self->blocks;
}

/* Drawing */

static void
paint_picture (cairo_t               *cr,
               GdkTexture            *texture,
               const graphene_rect_t *area)
{
  int              width = gdk_texture_get_width (texture);
  int              height = gdk_texture_get_height (texture);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  cairo_save (cr);
  cairo_translate (cr, area->origin.x, area->origin.y);
  cairo_scale (cr, area->size.width / width, area->size.height / height);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

static void
paint_swatch (cairo_t                 *cr,
              const CrampHandoutBlock *block)
{
  const graphene_rect_t *box = &block->box;
  double                 radius = box->size.height / 2.0;

  cairo_new_sub_path (cr);
  cairo_arc (cr, box->origin.x + radius, box->origin.y + radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, box->origin.x + box->size.width - radius, box->origin.y + radius, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, &block->color);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &block->edge);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
}

/**
 * cramp_handout_draw_page:
 * @self: the handout
 * @cr: a cairo context in points, with the page's top left corner at 0, 0
 * @page: which page, from 0
 *
 * Paints the page on white.
 */
void
cramp_handout_draw_page (CrampHandout *self,
                         cairo_t      *cr,
                         guint         page)
{
  g_return_if_fail (CRAMP_IS_HANDOUT (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, CRAMP_HANDOUT_PAGE_WIDTH, CRAMP_HANDOUT_PAGE_HEIGHT);
  cairo_fill (cr);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      CrampHandoutBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->page != page)
        continue;

      switch (block->kind)
        {
        case CRAMP_HANDOUT_PICTURE:
          paint_picture (cr, block->picture, &block->box);
          break;
        case CRAMP_HANDOUT_SWATCH:
          paint_swatch (cr, block);
          break;
        case CRAMP_HANDOUT_TEXT:
        default:
          cairo_set_source_rgba (cr, 0, 0, 0, 0.87);
          cairo_move_to (cr, block->box.origin.x, block->box.origin.y);
          pango_cairo_show_layout (cr, block->layout);
          break;
        }
    }
  cairo_restore (cr);
}

/**
 * cramp_handout_to_pdf:
 * @self: the handout
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the handout as a PDF document, on A4
 */
GBytes *
cramp_handout_to_pdf (CrampHandout *self,
                      GError      **error)
{
  GByteArray      *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cramp_pdf_surface_new (bytes, CRAMP_HANDOUT_PAGE_WIDTH, CRAMP_HANDOUT_PAGE_HEIGHT);
  cairo_t         *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  for (guint page = 0; page < self->n_pages; page++)
    {
      cramp_handout_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  return cramp_pdf_surface_finish (surface, bytes, error);
}

/* The object */

static void
cramp_handout_finalize (GObject *object)
{
  CrampHandout *self = CRAMP_HANDOUT (object);

  g_free (self->title);
  g_ptr_array_unref (self->pictures);
  g_ptr_array_unref (self->blocks);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cramp_handout_parent_class)->finalize (object);
}

static void
cramp_handout_class_init (CrampHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cramp_handout_finalize;
}

static void
cramp_handout_init (CrampHandout *self)
{
  self->pictures = g_ptr_array_new_with_free_func (picture_free);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}
