/* cramp-atlas-drawings.c: the content checked against its drawings
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cramp-atlas-private.h"

/* Each view's drawing is an SVG whose elements with an id are, all of them:
 * - a region of the view, inside the group "regions", with the circles
 *   "anchor-ID" and "label-ID" where its name is drawn;
 * - a structure of the content, inside the group "layer-LAYER" of its
 *   layer, or outside every layer group if it has none, with the circle
 *   "anchor-ID" that its label points at; a structure may hold others,
 *   as the tibia holds the medial malleolus;
 * - the group "layer-LAYER" of each layer of the content;
 * - one of the groups that frame the drawing, or the outline of the skin
 *   in the base, below;
 * - a definition inside <defs>, such as a clip path, which draws nothing
 *   of itself.
 * So a renamed id, on either side, is an error rather than a part of the
 * foot that silently stops answering. The drawings are read with GMarkup:
 * the core does without librsvg. */

static const char *const frame_ids[] = { "base", "skin", "regions", "anchors", NULL };

#define LAYER_PREFIX "layer-"

typedef struct
{
  int         line;
  int         column;
  const char *layer;      /* the layer group it is drawn in, or NULL */
  gboolean    in_regions; /* whether it is inside the group "regions" */
  gboolean    in_defs;    /* whether it is a definition rather than a part */
} Element;

/* What the elements still open give to the ones inside them. */
typedef struct
{
  const char *layer;
  gboolean    in_regions;
  gboolean    in_defs;
} Scope;

typedef struct
{
  const char          *name; /* the drawing's file name */
  GMarkupParseContext *context;
  GHashTable          *elements; /* id → Element */
  GPtrArray           *order;    /* ids, as they come in the file */
  GArray              *scopes;   /* Scope, one for each open element */
} Drawing;

static void
drawing_clear (Drawing *drawing)
{
  g_clear_pointer (&drawing->context, g_markup_parse_context_free);
  g_clear_pointer (&drawing->elements, g_hash_table_unref);
  g_clear_pointer (&drawing->order, g_ptr_array_unref);
  g_clear_pointer (&drawing->scopes, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Drawing, drawing_clear)

G_GNUC_PRINTF (4, 5)
static gboolean
drawing_error (GError    **error,
               int         code,
               const char *where,
               const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CRAMP_ATLAS_ERROR, code, "%s: %s", where, message);
  return FALSE;
}

static char *
position_of (const Drawing *drawing,
             const Element *element)
{
  return g_strdup_printf ("%s:%d:%d", drawing->name, element->line, element->column);
}

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element_name,
                  const char         **names,
                  const char         **values,
                  gpointer             user_data,
                  GError             **error)
{
  Drawing    *drawing = user_data;
  Scope       scope = { NULL, FALSE, FALSE };
  const char *id = NULL;
  char       *key;
  Element    *element;

  if (drawing->scopes->len > 0)
    scope = g_array_index (drawing->scopes, Scope, drawing->scopes->len - 1);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "id"))
      id = values[i];

  if (g_str_equal (element_name, "defs"))
    scope.in_defs = TRUE;

  if (id == NULL)
    {
      g_array_append_val (drawing->scopes, scope);
      return;
    }

  if (g_hash_table_contains (drawing->elements, id))
    {
      int line, column;

      g_markup_parse_context_get_position (context, &line, &column);
      g_set_error (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_DUPLICATE_ID,
                   _ ("%s:%d:%d: the id “%s” is on two elements"), drawing->name, line, MAX (column - 1, 1), id);
      return;
    }

  key = g_strdup (id);
  element = g_new0 (Element, 1);
  /* GMarkup is just past the '>' that ends the tag. */
  g_markup_parse_context_get_position (context, &element->line, &element->column);
  element->column = MAX (element->column - 1, 1);
  element->layer = scope.layer;
  element->in_regions = scope.in_regions;
  element->in_defs = scope.in_defs;
  g_hash_table_insert (drawing->elements, key, element);
  g_ptr_array_add (drawing->order, key);

  if (g_str_has_prefix (key, LAYER_PREFIX))
    scope.layer = key + strlen (LAYER_PREFIX);
  if (g_str_equal (key, "regions"))
    scope.in_regions = TRUE;
  g_array_append_val (drawing->scopes, scope);
}

static void
end_element_cb (GMarkupParseContext *context,
                const char          *element_name,
                gpointer             user_data,
                GError             **error)
{
  Drawing *drawing = user_data;

  g_array_set_size (drawing->scopes, drawing->scopes->len - 1);
}

static const GMarkupParser drawing_parser = {
  start_element_cb,
  end_element_cb,
  NULL,
  NULL,
  NULL,
};

/* Reads the elements of the drawing @name from its text. */
static gboolean
parse_drawing (Drawing    *drawing,
               const char *name,
               const char *data,
               gsize       length,
               GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  int line = 0, column = 0;

  drawing->name = name;
  drawing->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  drawing->order = g_ptr_array_new ();
  drawing->scopes = g_array_new (FALSE, FALSE, sizeof (Scope));
  drawing->context = g_markup_parse_context_new (&drawing_parser, 0, drawing, NULL);

  if (g_markup_parse_context_parse (drawing->context, data, length, &local_error) &&
      g_markup_parse_context_end_parse (drawing->context, &local_error))
    return TRUE;

  if (local_error->domain == CRAMP_ATLAS_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_markup_parse_context_get_position (drawing->context, &line, &column);
  g_set_error (error, CRAMP_ATLAS_ERROR, CRAMP_ATLAS_ERROR_MALFORMED, "%s:%d:%d: %s", name, line, column,
               cramp_atlas_strip_markup_position (local_error));
  return FALSE;
}

static gboolean
read_drawing (Drawing         *drawing,
              const CrampView *view,
              GFile           *folder,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr (GFile) file = g_file_get_child (folder, view->drawing);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, &local_error))
    return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, view->drawing,
                          _ ("the view “%s” is drawn in “%s”, which cannot be read: %s"), view->id, view->drawing,
                          local_error->message);

  return parse_drawing (drawing, view->drawing, data, length, error);
}

static const Element *
lookup_element (const Drawing *drawing,
                const char    *prefix,
                const char    *id)
{
  g_autofree char *full = g_strconcat (prefix, id, NULL);

  return g_hash_table_lookup (drawing->elements, full);
}

/* Each region of the view, with its anchor and label; each layer. */
static gboolean
check_content_is_drawn (CrampAtlas      *self,
                        const CrampView *view,
                        const Drawing   *drawing,
                        GError         **error)
{
  GPtrArray *layers = self->records[CRAMP_RECORD_LAYER];

  for (guint i = 0; i < view->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (view->regions, i);
      const Element     *element = lookup_element (drawing, "", region->id);

      if (element == NULL || !element->in_regions)
        return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, drawing->name,
                              _ ("the content places the region “%s” in the view “%s”, but the drawing has no "
                                 "element “%s” in its group “regions”"),
                              region->id, view->id, region->id);

      if (lookup_element (drawing, "anchor-", region->id) == NULL ||
          lookup_element (drawing, "label-", region->id) == NULL)
        return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, drawing->name,
                              _ ("the region “%s” has no “anchor-%s” or “label-%s”, where its name is drawn"),
                              region->id, region->id, region->id);
    }

  for (guint i = 0; i < layers->len; i++)
    {
      const CrampLayer *layer = g_ptr_array_index (layers, i);

      if (lookup_element (drawing, LAYER_PREFIX, layer->id) == NULL)
        return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, drawing->name,
                              _ ("the drawing has no group “%s%s” for the layer “%s”"), LAYER_PREFIX,
                              layer->id, layer->id);
    }

  return TRUE;
}

/* A step lights structures that the drawing of its view has. */
static gboolean
check_steps_are_drawn (CrampAtlas      *self,
                       const CrampView *view,
                       const Drawing   *drawing,
                       GError         **error)
{
  GPtrArray *steps = self->records[CRAMP_RECORD_STEP];

  for (guint i = 0; i < steps->len; i++)
    {
      const CrampStep *step = g_ptr_array_index (steps, i);

      if (step->view != view)
        continue;

      for (guint j = 0; j < step->structures->len; j++)
        {
          const CrampStructure *structure = g_ptr_array_index (step->structures, j);
          const Element        *element = lookup_element (drawing, "", structure->id);

          if (element == NULL || element->in_defs)
            return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, drawing->name,
                                  _ ("the step “%s” lights the structure “%s”, which the drawing of the view “%s” "
                                     "does not have"),
                                  step->id, structure->id, view->id);
        }
    }

  return TRUE;
}

static gboolean
is_region_of (const CrampView *view,
              const char      *id)
{
  for (guint i = 0; i < view->regions->len; i++)
    if (g_str_equal (((CrampRegion *) g_ptr_array_index (view->regions, i))->id, id))
      return TRUE;

  return FALSE;
}

static gboolean
check_structure (const CrampStructure *structure,
                 const Element        *element,
                 const char           *where,
                 GError              **error)
{
  const char *layer = structure->layer ? structure->layer->id : NULL;

  if (element->in_regions)
    return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                          _ ("the structure “%s” is drawn in the group “regions”, which holds regions only"),
                          structure->id);

  if (g_strcmp0 (layer, element->layer) == 0)
    return TRUE;

  if (layer == NULL)
    return drawing_error (error, CRAMP_ATLAS_ERROR_INVALID_VALUE, where,
                          _ ("the structure “%s” is drawn in the layer “%s”, but the content puts it in no layer"),
                          structure->id, element->layer);

  if (element->layer == NULL)
    return drawing_error (error, CRAMP_ATLAS_ERROR_INVALID_VALUE, where,
                          _ ("the structure “%s” is drawn outside every layer, but the content puts it in the layer “%s”"),
                          structure->id, layer);

  return drawing_error (error, CRAMP_ATLAS_ERROR_INVALID_VALUE, where,
                        _ ("the structure “%s” is drawn in the layer “%s”, but the content puts it in the layer “%s”"),
                        structure->id, element->layer, layer);
}

/* Where the name of a region of the view, or of a structure that the
 * drawing has, is drawn; only a region has a label outside the figure. */
static gboolean
names_a_part (CrampAtlas      *self,
              const CrampView *view,
              const Drawing   *drawing,
              const char      *id)
{
  const char    *part = strchr (id, '-') + 1;
  const Element *element;

  if (is_region_of (view, part))
    return TRUE;

  element = lookup_element (drawing, "", part);
  return g_str_has_prefix (id, "anchor-") && element != NULL && !element->in_defs &&
         g_hash_table_contains (self->ids[CRAMP_RECORD_STRUCTURE], part);
}

/* Every id of the drawing, as the content knows it. */
static gboolean
check_drawing_is_known (CrampAtlas      *self,
                        const CrampView *view,
                        const Drawing   *drawing,
                        GHashTable      *drawn,
                        GError         **error)
{
  for (guint i = 0; i < drawing->order->len; i++)
    {
      const char      *id = g_ptr_array_index (drawing->order, i);
      const Element   *element = g_hash_table_lookup (drawing->elements, id);
      CrampStructure  *structure = g_hash_table_lookup (self->ids[CRAMP_RECORD_STRUCTURE], id);
      g_autofree char *where = position_of (drawing, element);

      if (g_strv_contains (frame_ids, id) || element->in_defs)
        continue;

      if (g_str_has_prefix (id, LAYER_PREFIX))
        {
          if (g_hash_table_contains (self->ids[CRAMP_RECORD_LAYER], id + strlen (LAYER_PREFIX)))
            continue;
          return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                                _ ("the group “%s” is for the layer “%s”, which the content does not have"), id,
                                id + strlen (LAYER_PREFIX));
        }

      if (g_str_has_prefix (id, "anchor-") || g_str_has_prefix (id, "label-"))
        {
          const char *part = strchr (id, '-') + 1;

          if (names_a_part (self, view, drawing, id))
            continue;
          if (g_str_has_prefix (id, "anchor-"))
            return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                                  _ ("“%s” places the name of “%s”, which is neither a region that the content "
                                     "places in the view “%s” nor a structure that its drawing has"),
                                  id, part, view->id);
          return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                                _ ("“%s” places the name of the region “%s”, which the content does not place in "
                                   "the view “%s”"),
                                id, part, view->id);
        }

      if (element->in_regions)
        {
          if (is_region_of (view, id))
            continue;
          if (structure == NULL)
            return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                                  _ ("the drawing has the region “%s”, which the content does not place in the "
                                     "view “%s”"),
                                  id, view->id);
        }

      if (structure == NULL)
        return drawing_error (error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT, where,
                              _ ("the element “%s” is neither a region of the view “%s” nor a structure of the "
                                 "content"),
                              id, view->id);

      if (!check_structure (structure, element, where, error))
        return FALSE;
      if (lookup_element (drawing, "anchor-", id) == NULL)
        return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, where,
                              _ ("the structure “%s” has no “anchor-%s”, where its label points"), id, id);
      g_hash_table_add (drawn, structure);
      if (!g_ptr_array_find (structure->views, view, NULL))
        g_ptr_array_add (structure->views, (gpointer) view);
    }

  return TRUE;
}

static gboolean
check_every_structure_is_drawn (CrampAtlas *self,
                                GHashTable *drawn,
                                GError    **error)
{
  GPtrArray *structures = self->records[CRAMP_RECORD_STRUCTURE];

  for (guint i = 0; i < structures->len; i++)
    {
      const CrampStructure *structure = g_ptr_array_index (structures, i);

      if (!g_hash_table_contains (drawn, structure))
        return drawing_error (error, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE, _ ("the drawings"),
                              _ ("none has the structure “%s”"), structure->id);
    }

  return TRUE;
}

/**
 * cramp_atlas_check_drawings:
 * @self: a loaded atlas
 * @folder: the folder of the drawings that the views name
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Checks the content against the drawings of its views, both ways: each
 * region of a view, each layer and each structure is drawn, in its layer,
 * and each element of a drawing is a region of the view, a structure or a
 * layer of the content. An error names the drawing, and the line and column
 * of an element the content lacks. Each structure learns the views that
 * draw it.
 *
 * Returns: whether the content and the drawings match
 */
gboolean
cramp_atlas_check_drawings (CrampAtlas   *self,
                            GFile        *folder,
                            GCancellable *cancellable,
                            GError      **error)
{
  GPtrArray *views;
  g_autoptr (GHashTable) drawn = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (CRAMP_IS_ATLAS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  views = self->records[CRAMP_RECORD_VIEW];
  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);
      g_auto (Drawing) drawing = { 0 };

      if (!read_drawing (&drawing, view, folder, cancellable, error) ||
          !check_content_is_drawn (self, view, &drawing, error) ||
          !check_steps_are_drawn (self, view, &drawing, error) ||
          !check_drawing_is_known (self, view, &drawing, drawn, error))
        return FALSE;
    }

  return check_every_structure_is_drawn (self, drawn, error);
}

/**
 * cramp_atlas_read_drawing_order:
 * @file: a drawing
 * @error: the place for an error
 *
 * Reads the ids of a drawing in the order of the document, which is the
 * order that the drawing paints its elements in.
 *
 * Returns: (transfer full) (nullable): each id → its place in the document,
 *   from 1, or %NULL if the drawing cannot be read
 */
GHashTable *
cramp_atlas_read_drawing_order (GFile   *file,
                                GError **error)
{
  g_auto (Drawing) drawing = { 0 };
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;
  GHashTable      *order;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error) ||
      !parse_drawing (&drawing, name, data, length, error))
    return NULL;

  order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < drawing.order->len; i++)
    g_hash_table_insert (order, g_strdup (g_ptr_array_index (drawing.order, i)), GUINT_TO_POINTER (i + 1));

  return order;
}
