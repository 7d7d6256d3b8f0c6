/* cramp-painter.c: one view of the foot, painted as the scene asks
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cramp-highlight.h"
#include "cramp-painter.h"

#define LABEL_PADDING 6.0
#define RING_WIDTH    3.0

/* Paints a drawing, its layers, its lights and its labels into a snapshot,
 * for the anatomy view on screen and for every export alike. It renders
 * the base with the layers shown once per viewport and set of layers, and
 * each light once, the first time it is needed; the caller says when the
 * viewport changes.
 *
 * Sizes are in logical pixels; the unit scales the painter's own marks
 * (label padding, leader lines, dots, rings) for an export larger than
 * the screen, and the caller scales the font to match. */
struct _CrampPainter
{
  GObject          parent_instance;

  CrampAtlas      *atlas;
  CrampDrawing    *drawing;
  guint            n_regions;
  GStrv            ids; /* the view's regions in its order, then the structures its drawing has */
  GStrv            names;
  GPtrArray       *layers; /* CrampLayer or NULL, for each place */
  gboolean        *pickable;

  int              width;
  int              height;
  int              scale;
  double           unit;
  graphene_rect_t  viewport;
  CrampPaintColors colors;

  CrampRegionMap  *map;
  GHashTable      *pieces;     /* ids of a figure → Piece: the base and layers over it */
  char            *figure_key; /* of the figure last painted */
  GHashTable      *lights;     /* place → Light */
  GHashTable      *rings;      /* structure id → Piece */
  GArray          *labels;     /* Label, as last laid out */
  double           label_size; /* of the font, that the labels are set in */
  char            *labels_key;
  graphene_rect_t  legend;
  double           legend_height; /* as last fitted */
};

G_DEFINE_FINAL_TYPE (CrampPainter, cramp_painter, G_TYPE_OBJECT)

typedef struct
{
  GdkTexture     *texture;
  graphene_rect_t bounds;
} Piece;

/* A region's light: its shape and its outline, in the accent colour; each
 * style of highlight draws them at its own opacity. */
typedef struct
{
  Piece fill;
  Piece outline;
} Light;

/* A name beside the figure, with the leader line from its anchor. */
typedef struct
{
  guint            place;
  gboolean         left;
  double           width; /* unwrapped */
  graphene_point_t anchor;
  graphene_point_t end;
  graphene_rect_t  box;
  PangoLayout     *layout;
} Label;

static void
label_clear (gpointer data)
{
  Label *label = data;

  g_clear_object (&label->layout);
}

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->texture);
  g_free (piece);
}

static void
light_free (gpointer data)
{
  Light *light = data;

  g_clear_object (&light->fill.texture);
  g_clear_object (&light->outline.texture);
  g_free (light);
}

/* Colours */

/**
 * cramp_paint_colors_from_widget:
 * @colors: (out): the colours
 * @widget: a widget, whose style gives them
 */
void
cramp_paint_colors_from_widget (CrampPaintColors *colors,
                                GtkWidget        *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (style, "view_fg_color", &colors->fg))
    gdk_rgba_parse (&colors->fg, "#000000");
  if (!gtk_style_context_lookup_color (style, "view_bg_color", &colors->bg))
    gdk_rgba_parse (&colors->bg, "#ffffff");
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, "#3584e4");
  if (!gtk_style_context_lookup_color (style, "accent_color", &colors->accent_text))
    gdk_rgba_parse (&colors->accent_text, "#1c71d8");
}

/**
 * cramp_paint_colors_for_paper:
 * @colors: (out): the colours
 *
 * The light style's colours, whatever the style on screen: dark grey on
 * white, with the default blue accent, for exports and print.
 */
void
cramp_paint_colors_for_paper (CrampPaintColors *colors)
{
  gdk_rgba_parse (&colors->fg, "rgba(0,0,0,0.8)");
  gdk_rgba_parse (&colors->bg, "#ffffff");
  gdk_rgba_parse (&colors->accent, "#3584e4");
  gdk_rgba_parse (&colors->accent_text, "#1c71d8");
}

/* Rendering */

static void
drop_lights (CrampPainter *self)
{
  g_hash_table_remove_all (self->lights);
  g_hash_table_remove_all (self->rings);
}

/* The ids of the base and of the layers @state shows, in the order of the
 * content's layers, and the key of that set. */
static GPtrArray *
figure_ids (CrampPainter          *self,
            const CrampPaintState *state,
            char                 **key)
{
  GPtrArray *layers = cramp_atlas_get_layers (self->atlas);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (ids, g_strdup ("base"));
  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);

      if (state->layers != NULL && g_strv_contains ((const char *const *) state->layers, layer->id))
        g_ptr_array_add (ids, g_strconcat ("layer-", layer->id, NULL));
    }
  g_ptr_array_add (ids, NULL);
  *key = g_strjoinv (" ", (GStrv) ids->pdata);

  return ids;
}

static gboolean
other_figure (gpointer key,
              gpointer value,
              gpointer keep)
{
  return g_strcmp0 (key, keep) != 0;
}

/* The base with the layers shown drawn over it, in one texture: the first
 * frame uploads one texture rather than one for each, and a layer switched
 * on or off costs one rendering. The set shown before stays, so that
 * switching a layer back costs nothing. */
static Piece *
figure_piece (CrampPainter          *self,
              const CrampPaintState *state)
{
  g_autofree char *key = NULL;
  g_autoptr (GPtrArray) ids = figure_ids (self, state, &key);
  Piece *piece = g_hash_table_lookup (self->pieces, key);

  if (piece == NULL)
    {
      g_hash_table_foreach_remove (self->pieces, other_figure, self->figure_key);
      piece = g_new0 (Piece, 1);
      piece->texture = cramp_drawing_render_texture (self->drawing, (const char *const *) ids->pdata,
                                                     &self->viewport, self->width, self->height, self->scale,
                                                     &piece->bounds);
      g_hash_table_insert (self->pieces, g_strdup (key), piece);
    }
  g_free (self->figure_key);
  self->figure_key = g_steal_pointer (&key);

  return piece;
}

static void
append_piece (GtkSnapshot *snapshot,
              Piece       *piece)
{
  if (piece != NULL && piece->texture != NULL)
    gtk_snapshot_append_texture (snapshot, piece->texture, &piece->bounds);
}

static Light *
region_light (CrampPainter *self,
              guint         index)
{
  Light           *light = g_hash_table_lookup (self->lights, GUINT_TO_POINTER (index));
  cairo_surface_t *mask = self->map ? cramp_region_map_get_mask (self->map, index) : NULL;
  cairo_surface_t *outline;

  if (light != NULL || mask == NULL)
    return light;

  light = g_new0 (Light, 1);
  cramp_region_map_get_bounds (self->map, index, &light->fill.bounds);
  light->fill.texture = cramp_highlight_tint (mask, &self->colors.accent);

  /* A structure's outline would cost a rendering of the SVG on the first
   * hover; its tinted shape is enough to see it by. */
  outline = index < self->n_regions
                ? cramp_drawing_render_outline (self->drawing, self->ids[index], &self->viewport, self->width,
                                                self->height, self->scale, &light->outline.bounds)
                : NULL;
  if (outline != NULL)
    {
      light->outline.texture = cramp_highlight_tint (outline, &self->colors.accent);
      cairo_surface_destroy (outline);
    }

  g_hash_table_insert (self->lights, GUINT_TO_POINTER (index), light);
  return light;
}

static void
append_region_light (CrampPainter          *self,
                     GtkSnapshot           *snapshot,
                     const CrampPaintState *state,
                     guint                  place,
                     CrampHighlightStyle    style)
{
  Light *light;
  double fill, outline;

  if (place == 0 || (light = region_light (self, place - 1)) == NULL)
    return;

  cramp_highlight_style_get_opacity (style, &fill, &outline);

  /* On a projector, lights must carry across a room. */
  if (state->presenting)
    {
      fill = MIN (fill * 1.8, 0.8);
      outline = 1.0;
    }
  gtk_snapshot_push_opacity (snapshot, fill);
  append_piece (snapshot, &light->fill);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_opacity (snapshot, outline);
  append_piece (snapshot, &light->outline);
  gtk_snapshot_pop (snapshot);
}

static Piece *
structure_ring (CrampPainter *self,
                const char   *id)
{
  Piece           *ring = g_hash_table_lookup (self->rings, id);
  int              width = (int) ceil (RING_WIDTH * self->unit);
  cairo_surface_t *mask;
  graphene_rect_t  bounds;

  if (ring != NULL)
    return ring;

  mask = cramp_drawing_render_mask (self->drawing, id, &self->viewport, self->width, self->height, self->scale,
                                    width + 1, &bounds);
  if (mask == NULL)
    return NULL;

  ring = g_new0 (Piece, 1);
  ring->texture = cramp_highlight_ring (mask, &self->colors.accent, width * self->scale);
  ring->bounds = bounds;
  cairo_surface_destroy (mask);
  g_hash_table_insert (self->rings, g_strdup (id), ring);
  return ring;
}

static void
append_highlights (CrampPainter          *self,
                   GtkSnapshot           *snapshot,
                   const CrampPaintState *state)
{
  for (guint i = 0; state->highlights != NULL && state->highlights[i] != NULL; i++)
    {
      guint  place = cramp_painter_place_of (self, state->highlights[i]);
      Piece *ring;

      if (place != 0)
        append_region_light (self, snapshot, state, place, CRAMP_HIGHLIGHT_EMPHASIS);
      else if ((ring = structure_ring (self, state->highlights[i])) != NULL)
        append_piece (snapshot, ring);
    }

  append_region_light (self, snapshot, state, cramp_painter_place_of (self, state->selected), CRAMP_HIGHLIGHT_SELECTED);
  append_region_light (self, snapshot, state, state->hover, CRAMP_HIGHLIGHT_HOVER);
  append_region_light (self, snapshot, state, state->focus, CRAMP_HIGHLIGHT_FOCUS);
}

/* Labels
 *
 * Names sit in two columns outside the figure, as in an atlas: each anchor
 * goes to the side it is nearer, after which the sides are evened out in
 * the order of the anchors from left to right, so that every leader of the
 * left column lies left of every leader of the right one and none of them
 * can cross. Within a column the labels are stacked in the order of their
 * anchors from top to bottom, as near their anchors as the room allows;
 * two leaders that still cross swap their labels, which shortens the two
 * together, until none does. Labels in a column never overlap, and a
 * leader ends at the edge of the column that faces the figure, so it
 * crosses no label. */

#define LABEL_GAP      3.0  /* between two labels of a column */
#define COLUMN_GAP     12.0 /* between the figure and a column */
#define COLUMN_SHARE   0.3  /* of the width that a column may take */
#define COLUMN_LEAST   0.08 /* of the width, below which a column lies over the figure */
#define LABEL_SMALLEST 7    /* tenths of the font, that crowded names may be set in */
#define LEGEND_SWATCH  14.0

static gboolean
element_centre (CrampPainter     *self,
                const char       *prefix,
                const char       *id,
                graphene_point_t *centre)
{
  g_autofree char *element = g_strconcat (prefix, id, NULL);
  graphene_rect_t  bounds;

  if (!cramp_drawing_get_bounds (self->drawing, element, &self->viewport, &bounds))
    return FALSE;

  graphene_rect_get_center (&bounds, centre);
  return TRUE;
}

static gboolean
layer_shown (const CrampLayer  *layer,
             const char *const *layers)
{
  return layer == NULL || (layers != NULL && g_strv_contains (layers, layer->id));
}

/* Whether the place is named when @labels are chosen. */
static gboolean
place_labelled (CrampPainter          *self,
                guint                  index,
                const CrampPaintState *state)
{
  if (index < self->n_regions)
    return (state->labels & CRAMP_LABELS_REGIONS) != 0;

  return (state->labels & CRAMP_LABELS_STRUCTURES) != 0 &&
         layer_shown (g_ptr_array_index (self->layers, index), state->layers);
}

/* The figure: the skin and what it holds, which every layer stays within,
 * so that the figure keeps its place when a layer is switched. */
static void
figure_bounds (CrampPainter          *self,
               const graphene_rect_t *viewport,
               graphene_rect_t       *figure)
{
  if (!cramp_drawing_get_bounds (self->drawing, "base", viewport, figure) || figure->size.width <= 0 ||
      figure->size.height <= 0)
    *figure = *viewport;
}

/* A name set at @size times the context's font. */
static PangoLayout *
name_layout (PangoContext *context,
             const char   *name,
             double        size,
             double       *width,
             double       *height)
{
  PangoLayout   *layout = pango_layout_new (context);
  PangoRectangle extents;

  if (size != 1.0)
    {
      g_autoptr (PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));
      int units = pango_font_description_get_size (font);

      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (font, units * size);
      else
        pango_font_description_set_size (font, (int) (units * size));
      pango_layout_set_font_description (layout, font);
    }
  pango_layout_set_text (layout, name, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  *width = extents.width;
  *height = extents.height;
  return layout;
}

static double
legend_height (CrampPainter          *self,
               PangoContext          *context,
               const CrampPaintState *state)
{
  g_autoptr (PangoLayout) layout = NULL;
  double width, height;

  if (state->layers == NULL || state->layers[0] == NULL || context == NULL)
    return 0.0;

  layout = name_layout (context, "Ag", 1.0, &width, &height);
  return MAX (height, LEGEND_SWATCH * self->unit) + LABEL_PADDING * self->unit;
}

/* The layers' colours, as the drawings paint them: the fill, and a second
 * fill for the tendons that the layer of muscles holds too. */
static const struct
{
  const char *layer;
  const char *fill;
  const char *second;
  const char *line;
} legend_colors[] = {
  { "bones", "#f7f1e1", NULL, "#86704f" },
  { "muscles", "#c8675c", "#f1f0ec", "#7d342d" },
  { "arteries", "#e01b24", NULL, "#7c0f15" },
  { "veins", "#3584e4", NULL, "#163f78" },
  { "nerves", "#f6d32d", NULL, "#8a6a00" },
};

static gboolean
lookup_legend_color (const char *layer,
                     GdkRGBA    *fill,
                     GdkRGBA    *second,
                     GdkRGBA    *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (legend_colors); i++)
    if (g_str_equal (legend_colors[i].layer, layer))
      {
        gdk_rgba_parse (fill, legend_colors[i].fill);
        gdk_rgba_parse (second, legend_colors[i].second ? legend_colors[i].second : legend_colors[i].fill);
        gdk_rgba_parse (line, legend_colors[i].line);
        return TRUE;
      }

  return FALSE;
}

/* The widest name that a column may have to hold. */
static double
widest_label (CrampPainter          *self,
              PangoContext          *context,
              const CrampPaintState *state)
{
  double widest = 0.0;

  for (guint i = 0; self->ids[i] != NULL; i++)
    {
      g_autoptr (PangoLayout) layout = NULL;
      double width, height;

      if (!place_labelled (self, i, state))
        continue;

      layout = name_layout (context, self->names[i], 1.0, &width, &height);
      widest = MAX (widest, width);
    }

  return widest == 0.0 ? 0.0 : widest + 2 * LABEL_PADDING * self->unit;
}

/**
 * cramp_painter_get_figure:
 * @self: a painter
 * @viewport: where the drawing's viewBox goes
 * @figure: (out): where its figure is, the skin and all it holds
 */
void
cramp_painter_get_figure (CrampPainter          *self,
                          const graphene_rect_t *viewport,
                          graphene_rect_t       *figure)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  figure_bounds (self, viewport, figure);
}

/**
 * cramp_painter_get_legend_height:
 * @self: a painter
 *
 * Returns: the height of the row that the last fit kept for the legend
 */
double
cramp_painter_get_legend_height (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0.0);

  return self->legend_height;
}

/**
 * cramp_painter_fit:
 * @self: a painter
 * @context: the context whose font labels are set in
 * @state: what is to be painted
 * @width: the width of the area, in logical pixels
 * @height: its height
 * @unit: how much larger than on screen the painter's own marks are
 * @fit: (out): where the drawing's viewBox goes: with the figure as large
 *   as it can be within the margin, leaving room for the labels on either
 *   side and the legend below
 */
void
cramp_painter_fit (CrampPainter          *self,
                   PangoContext          *context,
                   const CrampPaintState *state,
                   double                 width,
                   double                 height,
                   double                 unit,
                   graphene_rect_t       *fit)
{
  double          margin = CRAMP_PAINTER_MARGIN * unit;
  double          side = 0.0, below, size_x, size_y, scale;
  graphene_rect_t figure, room;

  g_return_if_fail (CRAMP_IS_PAINTER (self));

  self->unit = unit;
  below = self->legend_height = legend_height (self, context, state);
  if (state->labels != CRAMP_LABELS_NONE && context != NULL)
    side = MIN (widest_label (self, context, state) + COLUMN_GAP * unit, width * COLUMN_SHARE);

  /* The figure, rather than the whole viewBox around it, fills the room. */
  cramp_drawing_get_size (self->drawing, &size_x, &size_y);
  figure_bounds (self, &GRAPHENE_RECT_INIT (0, 0, size_x, size_y), &figure);
  room = GRAPHENE_RECT_INIT (margin + side, margin, MAX (1.0, width - 2 * margin - 2 * side),
                             MAX (1.0, height - 2 * margin - below));
  scale = MIN (room.size.width / MAX (1.0, figure.size.width), room.size.height / MAX (1.0, figure.size.height));
  graphene_rect_init (fit, room.origin.x + (room.size.width - figure.size.width * scale) / 2.0 - figure.origin.x * scale,
                      room.origin.y + (room.size.height - figure.size.height * scale) / 2.0 - figure.origin.y * scale,
                      size_x * scale, size_y * scale);
}

/* Stacks a column's labels, in their order, as near their anchors as the
 * room from @top to @bottom allows. */
static void
stack_column (GPtrArray *column,
              double     top,
              double     bottom,
              double     gap)
{
  double next = top;

  for (guint i = 0; i < column->len; i++)
    {
      Label *label = g_ptr_array_index (column, i);
      double want = label->anchor.y - label->box.size.height / 2.0;

      label->box.origin.y = MAX (want, next);
      next = label->box.origin.y + label->box.size.height + gap;
    }

  next = bottom;
  for (guint i = column->len; i-- > 0;)
    {
      Label *label = g_ptr_array_index (column, i);

      label->box.origin.y = MIN (label->box.origin.y, next - label->box.size.height);
      next = label->box.origin.y - gap;
    }

  for (guint i = 0; i < column->len; i++)
    {
      Label *label = g_ptr_array_index (column, i);

      label->end.y = label->box.origin.y + label->box.size.height / 2.0;
    }
}

static double
cross (const graphene_point_t *o,
       const graphene_point_t *a,
       const graphene_point_t *b)
{
  return (a->x - o->x) * (b->y - o->y) - (a->y - o->y) * (b->x - o->x);
}

/* Whether the segments a–b and c–d cross, touching ends aside. */
static gboolean
segments_cross (const graphene_point_t *a,
                const graphene_point_t *b,
                const graphene_point_t *c,
                const graphene_point_t *d)
{
  double d1 = cross (c, d, a), d2 = cross (c, d, b);
  double d3 = cross (a, b, c), d4 = cross (a, b, d);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static gboolean
uncross_column (GPtrArray *column)
{
  for (guint i = 0; i < column->len; i++)
    for (guint j = i + 1; j < column->len; j++)
      {
        Label *a = g_ptr_array_index (column, i);
        Label *b = g_ptr_array_index (column, j);

        if (segments_cross (&a->anchor, &a->end, &b->anchor, &b->end))
          {
            column->pdata[i] = b;
            column->pdata[j] = a;
            return TRUE;
          }
      }

  return FALSE;
}

static int
compare_anchor_x (gconstpointer a,
                  gconstpointer b)
{
  const Label *x = *(Label **) a, *y = *(Label **) b;

  return (x->anchor.x > y->anchor.x) - (x->anchor.x < y->anchor.x);
}

static int
compare_anchor_y (gconstpointer a,
                  gconstpointer b)
{
  const Label *x = *(Label **) a, *y = *(Label **) b;

  if (x->anchor.y != y->anchor.y)
    return (x->anchor.y > y->anchor.y) - (x->anchor.y < y->anchor.y);
  return (x->anchor.x > y->anchor.x) - (x->anchor.x < y->anchor.x);
}

/* Sets a label's text to fit its column, wrapped if it must be. */
static void
fit_label (CrampPainter *self,
           Label        *label,
           double        room)
{
  double         padding = LABEL_PADDING * self->unit;
  PangoRectangle extents;

  if (label->width + 2 * padding > room)
    {
      pango_layout_set_wrap (label->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (label->layout, (int) (MAX (1.0, room - 2 * padding) * PANGO_SCALE));
    }
  else
    pango_layout_set_width (label->layout, -1);

  pango_layout_get_pixel_extents (label->layout, NULL, &extents);
  label->box.size.width = extents.width + 2 * padding;
  label->box.size.height = extents.height + padding;
}

static double
column_height (GPtrArray *labels,
               guint      from,
               guint      to,
               double     gap)
{
  double total = 0.0;

  for (guint i = from; i < to; i++)
    total += ((Label *) g_ptr_array_index (labels, i))->box.size.height + gap;

  return total;
}

/* Lays out one column: its labels' sizes, their stacking, and no crossing. */
static void
place_column (CrampPainter *self,
              GPtrArray    *column,
              gboolean      left,
              double        edge,
              double        room,
              double        top,
              double        bottom)
{
  double gap = LABEL_GAP * self->unit;

  g_ptr_array_sort (column, compare_anchor_y);
  for (guint i = 0; i < column->len; i++)
    {
      Label *label = g_ptr_array_index (column, i);

      label->left = left;
      fit_label (self, label, room);
      label->box.origin.x = left ? edge - label->box.size.width : edge;
      label->end.x = edge;
    }

  stack_column (column, top, bottom, gap);
  for (guint tries = 0; tries < column->len * column->len && uncross_column (column); tries++)
    stack_column (column, top, bottom, gap);
}

/* Drops the labels that the column has no room for: structures before
 * regions, the last in the content's order first. */
static guint
trim_column (CrampPainter *self,
             GPtrArray    *column,
             double        room)
{
  double gap = LABEL_GAP * self->unit;
  guint  dropped = 0;

  while (column->len > 0 && column_height (column, 0, column->len, gap) > room)
    {
      guint last = 0;

      for (guint i = 1; i < column->len; i++)
        if (((Label *) g_ptr_array_index (column, i))->place > ((Label *) g_ptr_array_index (column, last))->place)
          last = i;
      g_ptr_array_remove_index (column, last);
      dropped++;
    }

  return dropped;
}

static char *
labels_key (CrampPainter          *self,
            PangoContext          *context,
            const CrampPaintState *state)
{
  g_autofree char *layers = state->layers ? g_strjoinv (",", (char **) state->layers) : NULL;
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));

  return g_strdup_printf ("%d|%s|%s", state->labels, layers ? layers : "", font);
}

/* The figure's edges with the gap to the columns of names, and its middle;
 * when the figure fills the area, as zoomed in, the columns lie over its
 * edges. */
static void
column_edges (CrampPainter *self,
              double       *left_edge,
              double       *right_edge,
              double       *middle)
{
  double          margin = CRAMP_PAINTER_MARGIN * self->unit;
  double          gap = COLUMN_GAP * self->unit;
  graphene_rect_t figure;

  figure_bounds (self, &self->viewport, &figure);
  *left_edge = figure.origin.x - gap;
  *right_edge = figure.origin.x + figure.size.width + gap;
  *middle = figure.origin.x + figure.size.width / 2.0;
  if (*left_edge - margin < self->width * COLUMN_LEAST)
    *left_edge = margin + self->width * 0.2;
  if (self->width - margin - *right_edge < self->width * COLUMN_LEAST)
    *right_edge = self->width - margin - self->width * 0.2;
}

/* The names that @state asks for whose anchors lie between the columns, set
 * at @size times the context's font. */
static GArray *
make_labels (CrampPainter          *self,
             PangoContext          *context,
             const CrampPaintState *state,
             double                 size,
             const graphene_rect_t *between)
{
  GArray *all = g_array_new (FALSE, TRUE, sizeof (Label));

  g_array_set_clear_func (all, label_clear);
  for (guint i = 0; self->ids[i] != NULL; i++)
    {
      Label  label = { .place = i + 1 };
      double height;

      if (!place_labelled (self, i, state) || !element_centre (self, "anchor-", self->ids[i], &label.anchor) ||
          label.anchor.x <= between->origin.x || label.anchor.x >= between->origin.x + between->size.width ||
          label.anchor.y < between->origin.y || label.anchor.y > between->origin.y + between->size.height)
        continue;

      label.layout = name_layout (context, self->names[i], size, &label.width, &height);
      g_array_append_val (all, label);
    }

  return all;
}

/* Shares the labels out between the columns, in the order of their anchors
 * from left to right: each to the side it is nearer, then evened out while
 * one column would overflow and the other not. */
static void
split_columns (CrampPainter *self,
               GArray       *all,
               double        middle,
               double        room,
               double        height,
               GPtrArray    *left,
               GPtrArray    *right)
{
  double gap = LABEL_GAP * self->unit;
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  guint split = 0;

  for (guint i = 0; i < all->len; i++)
    {
      Label *label = &g_array_index (all, Label, i);

      g_ptr_array_add (order, label);
      split += label->anchor.x < middle;
      fit_label (self, label, room);
    }
  g_ptr_array_sort (order, compare_anchor_x);

  while (split > 0 && column_height (order, 0, split, gap) > height &&
         column_height (order, split, order->len, gap) < height)
    split--;
  while (split < order->len && column_height (order, split, order->len, gap) > height &&
         column_height (order, 0, split, gap) < height)
    split++;

  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (i < split ? left : right, g_ptr_array_index (order, i));
}

/* Places the labels with their names at @size times the context's font,
 * between @top and @bottom. Returns how many names had no room. */
static guint
place_labels (CrampPainter          *self,
              PangoContext          *context,
              const CrampPaintState *state,
              double                 size,
              double                 top,
              double                 bottom)
{
  double margin = CRAMP_PAINTER_MARGIN * self->unit;
  double left_edge, right_edge, middle;
  g_autoptr (GArray) all = NULL;
  g_autoptr (GPtrArray) left = g_ptr_array_new ();
  g_autoptr (GPtrArray) right = g_ptr_array_new ();
  guint dropped;

  column_edges (self, &left_edge, &right_edge, &middle);
  all = make_labels (self, context, state, size, &GRAPHENE_RECT_INIT (left_edge, top, right_edge - left_edge, bottom - top));
  split_columns (self, all, middle, left_edge - margin, bottom - top, left, right);

  place_column (self, left, TRUE, left_edge, left_edge - margin, top, bottom);
  place_column (self, right, FALSE, right_edge, self->width - margin - right_edge, top, bottom);
  dropped = trim_column (self, left, bottom - top) + trim_column (self, right, bottom - top);
  place_column (self, left, TRUE, left_edge, left_edge - margin, top, bottom);
  place_column (self, right, FALSE, right_edge, self->width - margin - right_edge, top, bottom);

  g_array_set_size (self->labels, 0);
  for (guint side = 0; side < 2; side++)
    {
      GPtrArray *column = side == 0 ? left : right;

      for (guint i = 0; i < column->len; i++)
        {
          Label copy = *(Label *) g_ptr_array_index (column, i);

          g_object_ref (copy.layout);
          g_array_append_val (self->labels, copy);
        }
    }

  return dropped;
}

/**
 * cramp_painter_layout_labels:
 * @self: a painter
 * @context: the context whose font labels are set in
 * @state: what is to be painted
 *
 * Places the labels that @state asks for, and the legend, for the
 * viewport; nothing is done again until one of them changes. When the
 * columns have no room for every name, the names are set smaller, down to
 * LABEL_SMALLEST tenths of the font, before any is left out.
 *
 * Returns: how many labels there are
 */
guint
cramp_painter_layout_labels (CrampPainter          *self,
                             PangoContext          *context,
                             const CrampPaintState *state)
{
  g_autofree char *key = NULL;
  double           margin = CRAMP_PAINTER_MARGIN * self->unit;
  double           top, bottom;

  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  key = labels_key (self, context, state);
  if (g_strcmp0 (key, self->labels_key) == 0)
    return self->labels->len;

  g_free (self->labels_key);
  self->labels_key = g_steal_pointer (&key);
  g_array_set_size (self->labels, 0);

  top = margin;
  bottom = self->height - margin - legend_height (self, context, state);
  self->legend = GRAPHENE_RECT_INIT (margin, bottom, MAX (0.0, self->width - 2 * margin), self->height - margin - bottom);
  if (state->labels == CRAMP_LABELS_NONE || self->width <= 0 || bottom <= top)
    return 0;

  for (int tenths = 10; tenths >= LABEL_SMALLEST; tenths--)
    {
      self->label_size = tenths / 10.0;
      if (place_labels (self, context, state, self->label_size, top, bottom) == 0)
        break;
    }

  return self->labels->len;
}

/**
 * cramp_painter_get_label_size:
 * @self: a painter
 *
 * Returns: the size of the labels' names as last laid out, as a share of
 *   the context's font: below 1 when the columns are crowded
 */
double
cramp_painter_get_label_size (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 1.0);

  return self->label_size;
}

static void
append_line (GtkSnapshot            *snapshot,
             const graphene_point_t *from,
             const graphene_point_t *to,
             double                  width,
             const GdkRGBA          *color)
{
  double length = graphene_point_distance (from, to, NULL, NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, from);
  gtk_snapshot_rotate (snapshot, atan2 (to->y - from->y, to->x - from->x) * 180.0 / G_PI);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (0, -width / 2, length, width));
  gtk_snapshot_restore (snapshot);
}

static void
append_pill (GtkSnapshot           *snapshot,
             const graphene_rect_t *box,
             const GdkRGBA         *color)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, box, MIN (box->size.height, box->size.width) / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, color, box);
  gtk_snapshot_pop (snapshot);
}

static void
append_label (CrampPainter          *self,
              GtkSnapshot           *snapshot,
              const CrampPaintState *state,
              const Label           *label)
{
  gboolean       strong = label->place == cramp_painter_place_of (self, state->selected) || label->place == state->hover;
  const GdkRGBA *ink = strong ? &self->colors.accent_text : &self->colors.fg;
  GdkRGBA        line = *ink, bg = self->colors.bg;
  double         dot = 3.0 * self->unit;

  line.alpha *= 0.55;
  bg.alpha = 0.88;
  append_line (snapshot, &label->anchor, &label->end, 1.5 * self->unit, &line);
  append_pill (snapshot, &GRAPHENE_RECT_INIT (label->anchor.x - dot, label->anchor.y - dot, 2 * dot, 2 * dot), ink);
  append_pill (snapshot, &label->box, &bg);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label->box.origin.x + LABEL_PADDING * self->unit,
                                                          label->box.origin.y + LABEL_PADDING * self->unit / 2));
  gtk_snapshot_append_layout (snapshot, label->layout, ink);
  gtk_snapshot_restore (snapshot);
}

/* A swatch and the name of each layer shown, in a row under the figure. */
static void
append_legend (CrampPainter          *self,
               GtkSnapshot           *snapshot,
               PangoContext          *context,
               const CrampPaintState *state)
{
  GPtrArray *layers = cramp_atlas_get_layers (self->atlas);
  double     swatch = LEGEND_SWATCH * self->unit;
  double     x = self->legend.origin.x;
  double     middle = self->legend.origin.y + self->legend.size.height / 2.0;

  if (self->legend.size.height <= 0)
    return;

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);
      g_autoptr (PangoLayout) layout = NULL;
      GdkRGBA         fill, second, line;
      double          width, height;
      graphene_rect_t box;

      if (!layer_shown (layer, state->layers) || !lookup_legend_color (layer->id, &fill, &second, &line))
        continue;

      layout = name_layout (context, layer->name, 1.0, &width, &height);
      box = GRAPHENE_RECT_INIT (x, middle - swatch / 2.0, swatch, swatch);
      append_pill (snapshot, &GRAPHENE_RECT_INIT (box.origin.x - 1, box.origin.y - 1, swatch + 2, swatch + 2), &line);
      append_pill (snapshot, &box, &fill);
      if (!gdk_rgba_equal (&fill, &second))
        {
          gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x + swatch / 2.0, box.origin.y, swatch / 2.0, swatch));
          append_pill (snapshot, &box, &second);
          gtk_snapshot_pop (snapshot);
        }

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + swatch + LABEL_PADDING * self->unit, middle - height / 2.0));
      gtk_snapshot_append_layout (snapshot, layout, &self->colors.fg);
      gtk_snapshot_restore (snapshot);
      x += swatch + width + 3 * LABEL_PADDING * self->unit;
    }
}

/* API */

/**
 * cramp_painter_new:
 * @atlas: the content
 * @view: the view to paint
 * @drawing: its drawing
 *
 * Returns: (transfer full): a painter, with no viewport yet
 */
CrampPainter *
cramp_painter_new (CrampAtlas      *atlas,
                   const CrampView *view,
                   CrampDrawing    *drawing)
{
  GPtrArray    *structures = cramp_atlas_get_structures (atlas);
  CrampPainter *self;
  g_autoptr (GStrvBuilder) ids = NULL;
  g_autoptr (GStrvBuilder) names = NULL;

  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (CRAMP_IS_DRAWING (drawing), NULL);

  self = g_object_new (CRAMP_TYPE_PAINTER, NULL);
  self->atlas = g_object_ref (atlas);
  self->drawing = g_object_ref (drawing);
  self->n_regions = view->regions->len;
  ids = g_strv_builder_new ();
  names = g_strv_builder_new ();
  for (guint i = 0; i < view->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (view->regions, i);

      g_strv_builder_add (ids, region->id);
      g_strv_builder_add (names, region->name);
      g_ptr_array_add (self->layers, NULL);
    }
  for (guint i = 0; i < structures->len; i++)
    {
      const CrampStructure *structure = g_ptr_array_index (structures, i);

      if (!cramp_drawing_has_element (drawing, structure->id))
        continue;
      g_strv_builder_add (ids, structure->id);
      g_strv_builder_add (names, structure->name);
      g_ptr_array_add (self->layers, (gpointer) structure->layer);
    }
  self->ids = g_strv_builder_end (ids);
  self->names = g_strv_builder_end (names);
  self->pickable = g_new0 (gboolean, self->layers->len);
  for (guint i = 0; i < self->n_regions; i++)
    self->pickable[i] = TRUE;
  return self;
}

/**
 * cramp_painter_set_viewport:
 * @self: a painter
 * @width: the width of the area, in logical pixels
 * @height: its height
 * @scale: the device pixels per logical pixel
 * @unit: how much larger than on screen the painter's own marks are
 * @viewport: where the drawing's viewBox goes in the area
 *
 * Forgets what was rendered for another viewport, and the region map.
 *
 * Returns: whether anything changed
 */
gboolean
cramp_painter_set_viewport (CrampPainter          *self,
                            int                    width,
                            int                    height,
                            int                    scale,
                            double                 unit,
                            const graphene_rect_t *viewport)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);

  if (self->width == width && self->height == height && self->scale == scale && self->unit == unit &&
      graphene_rect_equal (&self->viewport, viewport))
    return FALSE;

  self->width = width;
  self->height = height;
  self->scale = scale;
  self->unit = unit;
  self->viewport = *viewport;
  g_clear_pointer (&self->map, cramp_region_map_free);
  g_hash_table_remove_all (self->pieces);
  g_clear_pointer (&self->labels_key, g_free);
  drop_lights (self);
  return TRUE;
}

/**
 * cramp_painter_set_colors:
 * @self: a painter
 * @colors: the colours to paint in
 */
void
cramp_painter_set_colors (CrampPainter           *self,
                          const CrampPaintColors *colors)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (memcmp (&self->colors, colors, sizeof *colors) == 0)
    return;

  self->colors = *colors;
  drop_lights (self);
}

/**
 * cramp_painter_build_map:
 * @self: a painter
 *
 * Makes the map of regions for the viewport, if there is none yet. Lights
 * and the places of points need it. The structures come later, with
 * cramp_painter_complete_map().
 */
void
cramp_painter_build_map (CrampPainter *self)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (self->map != NULL || self->width <= 0 || self->height <= 0)
    return;

  self->map = cramp_region_map_new_partly (self->drawing, (const char *const *) self->ids, self->n_regions,
                                           self->width, self->height, self->scale, &self->viewport);
  cramp_region_map_set_enabled (self->map, self->pickable);
}

/**
 * cramp_painter_complete_map:
 * @self: a painter
 *
 * Adds the structures to the map of regions, which cramp_painter_build_map()
 * leaves out so that a new size costs the regions alone; until then the
 * pointer finds no structure.
 *
 * Returns: whether anything was added
 */
gboolean
cramp_painter_complete_map (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);

  return self->map != NULL && cramp_region_map_complete (self->map);
}

/**
 * cramp_painter_get_map:
 * @self: a painter
 *
 * Returns: (nullable): the map of regions, if it was built
 */
const CrampRegionMap *
cramp_painter_get_map (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), NULL);

  return self->map;
}

/**
 * cramp_painter_set_pickable:
 * @self: a painter
 * @layers: (nullable) (array zero-terminated=1): the layers shown
 * @structures: whether structures answer the pointer at all
 *
 * Where a structure of a layer shown lies over a region, the structure is
 * what the pointer finds: it is what the eye sees there. The region is
 * found where no structure of a layer shown is, and by its label.
 */
void
cramp_painter_set_pickable (CrampPainter      *self,
                            const char *const *layers,
                            gboolean           structures)
{
  gboolean changed = FALSE;

  g_return_if_fail (CRAMP_IS_PAINTER (self));

  for (guint i = self->n_regions; i < self->layers->len; i++)
    {
      gboolean pickable = structures && layer_shown (g_ptr_array_index (self->layers, i), layers);

      changed |= pickable != self->pickable[i];
      self->pickable[i] = pickable;
    }

  if (changed && self->map != NULL)
    cramp_region_map_set_enabled (self->map, self->pickable);
}

guint
cramp_painter_get_n_regions (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  return self->n_regions;
}

/**
 * cramp_painter_get_n_places:
 * @self: a painter
 *
 * Returns: how many regions and structures the view has: their places
 *   are 1 to this, the regions first
 */
guint
cramp_painter_get_n_places (CrampPainter *self)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  return self->layers->len;
}

const char *
cramp_painter_get_id (CrampPainter *self,
                      guint         place)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), NULL);
  g_return_val_if_fail (place > 0 && place <= self->layers->len, NULL);

  return self->ids[place - 1];
}

const char *
cramp_painter_get_name (CrampPainter *self,
                        guint         place)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), NULL);
  g_return_val_if_fail (place > 0 && place <= self->layers->len, NULL);

  return self->names[place - 1];
}

/**
 * cramp_painter_place_at:
 * @self: a painter
 * @x: a point of the area
 * @y: a point of the area
 *
 * Returns: the place of the region or structure whose label or shape is at
 *   the point, as last painted, or 0
 */
guint
cramp_painter_place_at (CrampPainter *self,
                        double        x,
                        double        y)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  if (self->map == NULL)
    return 0;

  for (guint i = 0; i < self->labels->len; i++)
    {
      const Label *label = &g_array_index (self->labels, Label, i);

      if (graphene_rect_contains_point (&label->box, &GRAPHENE_POINT_INIT (x, y)))
        return label->place;
    }

  return cramp_region_map_lookup (self->map, x, y);
}

/**
 * cramp_painter_region_at:
 * @self: a painter
 * @x: a point of the area
 * @y: a point of the area
 *
 * Returns: the place of the region whose label or shape is at the point,
 *   whatever structure lies over it, or 0
 */
guint
cramp_painter_region_at (CrampPainter *self,
                         double        x,
                         double        y)
{
  guint place = 0;

  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  if (self->map == NULL)
    return 0;

  place = cramp_painter_place_at (self, x, y);
  if (place > 0 && place <= self->n_regions)
    return place;

  /* Later regions win, as in the map. */
  place = 0;
  for (guint i = 0; i < self->n_regions; i++)
    if (cramp_region_map_covers (self->map, i, x, y))
      place = i + 1;

  return place;
}

/**
 * cramp_painter_place_of:
 * @self: a painter
 * @id: (nullable): a region's or a structure's id
 *
 * Returns: its place in the view, from 1, or 0 if it has none
 */
guint
cramp_painter_place_of (CrampPainter *self,
                        const char   *id)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), 0);

  for (guint i = 0; id != NULL && self->ids[i] != NULL; i++)
    if (g_str_equal (self->ids[i], id))
      return i + 1;

  return 0;
}

/**
 * cramp_painter_get_label:
 * @self: a painter
 * @index: the label's index, below what cramp_painter_layout_labels() gave
 * @place: (out) (optional): the place of what it names
 * @anchor: (out) (optional): the point the label names
 * @end: (out) (optional): where its leader line meets the label
 * @box: (out) (optional): the label's pill
 * @text: (out) (optional): where the label's text begins, on the baseline
 *   of its first line
 *
 * Returns: whether there is such a label
 */
gboolean
cramp_painter_get_label (CrampPainter     *self,
                         guint             index,
                         guint            *place,
                         graphene_point_t *anchor,
                         graphene_point_t *end,
                         graphene_rect_t  *box,
                         graphene_point_t *text)
{
  const Label *label;

  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);

  if (index >= self->labels->len)
    return FALSE;

  label = &g_array_index (self->labels, Label, index);
  if (place != NULL)
    *place = label->place;
  if (anchor != NULL)
    *anchor = label->anchor;
  if (end != NULL)
    *end = label->end;
  if (box != NULL)
    *box = label->box;
  if (text != NULL)
    *text = GRAPHENE_POINT_INIT (label->box.origin.x + LABEL_PADDING * self->unit,
                                 label->box.origin.y + LABEL_PADDING * self->unit / 2 +
                                     pango_layout_get_baseline (label->layout) / (double) PANGO_SCALE);
  return TRUE;
}

/**
 * cramp_painter_get_legend:
 * @self: a painter
 * @box: (out): the row under the figure where the legend goes
 *
 * Returns: whether there is a legend, as last laid out
 */
gboolean
cramp_painter_get_legend (CrampPainter    *self,
                          graphene_rect_t *box)
{
  g_return_val_if_fail (CRAMP_IS_PAINTER (self), FALSE);

  *box = self->legend;
  return self->legend.size.height > 0;
}

/**
 * cramp_painter_snapshot:
 * @self: a painter
 * @snapshot: where to paint
 * @context: the context whose font labels are set in
 * @state: what to paint
 */
void
cramp_painter_snapshot (CrampPainter          *self,
                        GtkSnapshot           *snapshot,
                        PangoContext          *context,
                        const CrampPaintState *state)
{
  g_return_if_fail (CRAMP_IS_PAINTER (self));

  if (self->width <= 0 || self->height <= 0)
    return;

  append_piece (snapshot, figure_piece (self, state));
  if (state->drawing_only)
    return;

  append_highlights (self, snapshot, state);
  cramp_painter_layout_labels (self, context, state);
  for (guint i = 0; i < self->labels->len; i++)
    append_label (self, snapshot, state, &g_array_index (self->labels, Label, i));
  append_legend (self, snapshot, context, state);
}

static void
cramp_painter_finalize (GObject *object)
{
  CrampPainter *self = CRAMP_PAINTER (object);

  g_clear_pointer (&self->map, cramp_region_map_free);
  g_clear_pointer (&self->pieces, g_hash_table_unref);
  g_clear_pointer (&self->figure_key, g_free);
  g_clear_pointer (&self->lights, g_hash_table_unref);
  g_clear_pointer (&self->rings, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->labels_key, g_free);
  g_clear_pointer (&self->ids, g_strfreev);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  g_clear_pointer (&self->pickable, g_free);
  g_clear_object (&self->drawing);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_painter_parent_class)->finalize (object);
}

static void
cramp_painter_class_init (CrampPainterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cramp_painter_finalize;
}

static void
cramp_painter_init (CrampPainter *self)
{
  self->unit = 1.0;
  self->label_size = 1.0;
  self->pieces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
  self->lights = g_hash_table_new_full (NULL, NULL, NULL, light_free);
  self->rings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
  self->labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (self->labels, label_clear);
  self->layers = g_ptr_array_new ();
}
