/* cramp-scene.c: what the drawing shows, in one model
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-enums.h"
#include "cramp-scene.h"
#include "cramp-selection.h"

/* Labels */

static const char *const label_names[] = { "none", "regions", "structures", "both" };

/**
 * cramp_labels_to_string:
 * @labels: a choice of labels
 *
 * Returns: its name, as the settings keep it: "none", "regions",
 *   "structures" or "both"
 */
const char *
cramp_labels_to_string (CrampLabels labels)
{
  g_return_val_if_fail (labels <= CRAMP_LABELS_BOTH, "none");

  return label_names[labels];
}

/**
 * cramp_labels_from_string:
 * @string: a name given by cramp_labels_to_string()
 * @labels: (out): the choice it names
 *
 * Returns: whether @string names a choice
 */
gboolean
cramp_labels_from_string (const char  *string,
                          CrampLabels *labels)
{
  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (label_names); i++)
    if (g_str_equal (string, label_names[i]))
      {
        *labels = i;
        return TRUE;
      }

  return FALSE;
}

/* Drawing requests */

G_DEFINE_BOXED_TYPE (CrampDrawingRequest, cramp_drawing_request, cramp_drawing_request_copy, cramp_drawing_request_free)

CrampDrawingRequest *
cramp_drawing_request_new (void)
{
  return g_new0 (CrampDrawingRequest, 1);
}

CrampDrawingRequest *
cramp_drawing_request_copy (const CrampDrawingRequest *request)
{
  CrampDrawingRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = g_new0 (CrampDrawingRequest, 1);
  copy->view = g_strdup (request->view);
  copy->highlights = g_strdupv (request->highlights);
  copy->layers = g_strdupv (request->layers);
  copy->picking = request->picking;
  copy->names_hidden = request->names_hidden;
  return copy;
}

void
cramp_drawing_request_free (CrampDrawingRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->view);
  g_strfreev (request->highlights);
  g_strfreev (request->layers);
  g_free (request);
}

static gboolean
strv_equal (const char *const *a,
            const char *const *b)
{
  static const char *const empty[] = { NULL };

  return g_strv_equal (a ? a : empty, b ? b : empty);
}

gboolean
cramp_drawing_request_equal (const CrampDrawingRequest *a,
                             const CrampDrawingRequest *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->view, b->view) == 0 &&
         strv_equal ((const char *const *) a->highlights, (const char *const *) b->highlights) &&
         strv_equal ((const char *const *) a->layers, (const char *const *) b->layers) &&
         a->picking == b->picking && a->names_hidden == b->names_hidden;
}

/* The look: a pure function of the selection, the step and the request */

void
cramp_scene_look_free (CrampSceneLook *look)
{
  if (look == NULL)
    return;

  g_ptr_array_unref (look->focus);
  g_strfreev (look->highlights);
  g_strfreev (look->layers);
  g_free (look);
}

static void
add_ids (GStrvBuilder *builder,
         GPtrArray    *records)
{
  /* Every record begins with its id. */
  for (guint i = 0; i < records->len; i++)
    g_strv_builder_add (builder, *(const char **) g_ptr_array_index (records, i));
}

static const CrampStep *
step_of (const CrampFactor *factor,
         int                step)
{
  if (factor == NULL || step < 0 || (guint) step >= factor->steps->len)
    return NULL;

  return g_ptr_array_index (factor->steps, step);
}

static void
add_request (CrampSceneLook            *look,
             CrampAtlas                *atlas,
             const CrampDrawingRequest *request,
             GStrvBuilder              *highlights,
             GStrvBuilder              *layers)
{
  for (guint i = 0; request->highlights != NULL && request->highlights[i] != NULL; i++)
    {
      const CrampRegion *region = cramp_atlas_lookup_region (atlas, request->highlights[i]);

      g_strv_builder_add (highlights, request->highlights[i]);
      if (region != NULL)
        g_ptr_array_add (look->focus, (gpointer) region);
    }
  if (request->layers != NULL)
    g_strv_builder_addv (layers, (const char **) request->layers);
  if (request->view != NULL && look->view == NULL)
    look->view = cramp_atlas_lookup_view (atlas, request->view);
  look->picking = request->picking;
  look->names_hidden = request->names_hidden;
}

/**
 * cramp_scene_look_compute:
 * @atlas: the content
 * @selection: what is selected, as in cramp-selection.h
 * @step: the step of the selected factor's mechanism being shown, or -1
 * @request: (nullable): what the page on show asks of the drawing
 *
 * Works out what the drawing shows besides the person's own choices: a
 * step lights what it describes in its own view, with its layers; a region
 * is selected, in a view that draws it; a structure is lit and selected,
 * with its layer, in a view that draws it; a factor lights its regions and
 * shows its layer; a page's request adds its own.
 *
 * Returns: (transfer full): the look
 */
CrampSceneLook *
cramp_scene_look_compute (CrampAtlas                *atlas,
                          const char                *selection,
                          int                        step,
                          const CrampDrawingRequest *request)
{
  g_autoptr (GStrvBuilder) highlights = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) layers = g_strv_builder_new ();
  CrampSceneLook    *look = g_new0 (CrampSceneLook, 1);
  const CrampFactor *factor = NULL;
  const CrampStep   *shown_step;
  CrampSelectionKind kind = CRAMP_SELECTION_NONE;
  const char        *id = NULL;

  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), look);

  look->focus = g_ptr_array_new ();
  if (selection != NULL && cramp_selection_parse (selection, &kind, &id) && kind == CRAMP_SELECTION_FACTOR)
    factor = cramp_atlas_lookup_factor (atlas, id);

  if ((shown_step = step_of (factor, step)) != NULL)
    {
      look->view = shown_step->view;
      add_ids (highlights, shown_step->regions);
      add_ids (highlights, shown_step->structures);
      add_ids (layers, shown_step->layers);
    }
  else if (kind == CRAMP_SELECTION_REGION)
    {
      const CrampRegion *region = cramp_atlas_lookup_region (atlas, id);

      if (region != NULL)
        {
          g_ptr_array_add (look->focus, (gpointer) region);
          look->selected_region = region->id;
        }
    }
  else if (kind == CRAMP_SELECTION_STRUCTURE)
    {
      const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, id);

      if (structure != NULL)
        {
          g_ptr_array_extend (look->focus, structure->regions, NULL, NULL);
          look->structure = structure;
          look->selected_structure = structure->id;
          g_strv_builder_add (highlights, structure->id);
          if (structure->layer != NULL)
            g_strv_builder_add (layers, structure->layer->id);
        }
    }
  else if (factor != NULL)
    {
      g_ptr_array_extend (look->focus, factor->regions, NULL, NULL);
      add_ids (highlights, factor->regions);
      if (factor->layer != NULL)
        g_strv_builder_add (layers, factor->layer->id);
    }

  if (request != NULL)
    add_request (look, atlas, request, highlights, layers);

  look->highlights = g_strv_builder_end (highlights);
  look->layers = g_strv_builder_end (layers);
  return look;
}

/* The scene */

/* The person's own choices (view, layers, labels) are the only state that
 * is kept between runs; the look of the selection, a step or a page is
 * shown on top of them and never changes them. The view shown is the one
 * the person last chose, unless the selection is drawn only elsewhere: then
 * a view that draws it, which stays until the person chooses again. */
struct _CrampScene
{
  GObject               parent_instance;

  CrampAtlas           *atlas;

  char                 *view;
  GStrv                 layers;
  CrampLabels           labels;
  double                zoom;
  gboolean              presenting;

  char                 *selection;
  int                   step;
  CrampDrawingRequest  *request;

  char                 *current_view;    /* the view shown when nothing asks for another */
  gboolean              pinned;          /* the person chose it since the focus changed */
  GPtrArray            *focus;           /* CrampRegion, of the last look */
  const CrampStructure *focus_structure; /* of the last look */

  char                 *shown_view;
  GStrv                 shown_layers;
  GStrv                 highlights;
  char                 *selected_region;
  char                 *selected_structure;
  gboolean              picking;
  gboolean              names_hidden;
};

G_DEFINE_FINAL_TYPE (CrampScene, cramp_scene, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_VIEW,
  PROP_LAYERS,
  PROP_LABELS,
  PROP_ZOOM,
  PROP_PRESENTING,
  PROP_SELECTION,
  PROP_STEP,
  PROP_REQUEST,
  PROP_SHOWN_VIEW,
  PROP_SHOWN_LAYERS,
  PROP_HIGHLIGHTS,
  PROP_SELECTED_REGION,
  PROP_SELECTED_STRUCTURE,
  PROP_LABELS_SHOWN,
  PROP_SHOWN_LABELS,
  PROP_NAMES_HIDDEN,
  PROP_PICKING,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
draws_any (const CrampView *view,
           GPtrArray       *regions)
{
  for (guint i = 0; view != NULL && i < regions->len; i++)
    if (g_ptr_array_find (view->regions, g_ptr_array_index (regions, i), NULL))
      return TRUE;

  return FALSE;
}

/* A structure is shown where it is drawn, once the drawings told the
 * atlas; before that, where one of its regions is. */
static gboolean
draws_focus (const CrampView      *view,
             const CrampSceneLook *look)
{
  if (look->structure != NULL && look->structure->views->len > 0)
    return view != NULL && g_ptr_array_find (look->structure->views, view, NULL);

  return draws_any (view, look->focus);
}

static const CrampView *
first_view_drawing (CrampScene           *self,
                    const CrampSceneLook *look)
{
  GPtrArray *views = cramp_atlas_get_views (self->atlas);

  for (guint i = 0; i < views->len; i++)
    if (draws_focus (g_ptr_array_index (views, i), look))
      return g_ptr_array_index (views, i);

  return NULL;
}

static gboolean
same_regions (GPtrArray *a,
              GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;

  return TRUE;
}

static gboolean
set_string (char      **field,
            const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
set_boolean (CrampScene *self,
             gboolean   *field,
             gboolean    value,
             int         prop)
{
  if (*field == !!value)
    return;

  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), props[prop]);
}

static void
set_strv (CrampScene *self,
          GStrv      *field,
          GStrv       value,
          int         prop)
{
  if (strv_equal ((const char *const *) *field, (const char *const *) value))
    {
      g_strfreev (value);
      return;
    }

  g_strfreev (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), props[prop]);
}

/* The person's layers and the look's, once each, in the content's order. */
static GStrv
merge_layers (CrampScene        *self,
              const char *const *extra)
{
  GPtrArray *all = cramp_atlas_get_layers (self->atlas);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < all->len; i++)
    {
      const char *id = ((CrampLayer *) g_ptr_array_index (all, i))->id;

      if (g_strv_contains ((const char *const *) self->layers, id) || (extra && g_strv_contains (extra, id)))
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static const char *
choose_shown_view (CrampScene     *self,
                   CrampSceneLook *look)
{
  const CrampView *current;

  if (look->view != NULL)
    return look->view->id;

  if (!same_regions (self->focus, look->focus) || self->focus_structure != look->structure)
    self->pinned = FALSE;
  g_clear_pointer (&self->focus, g_ptr_array_unref);
  self->focus = g_ptr_array_ref (look->focus);
  self->focus_structure = look->structure;

  current = self->current_view ? cramp_atlas_lookup_view (self->atlas, self->current_view) : NULL;
  if (current == NULL ||
      (!self->pinned && (look->focus->len > 0 || look->structure != NULL) && !draws_focus (current, look)))
    {
      const CrampView *other = first_view_drawing (self, look);

      if (other == NULL && current == NULL)
        other = g_ptr_array_index (cramp_atlas_get_views (self->atlas), 0);
      if (other != NULL)
        set_string (&self->current_view, other->id);
    }

  return self->current_view;
}

/* Works out everything the drawing shows, and tells what changed. */
static void
update (CrampScene *self)
{
  g_autoptr (CrampSceneLook) look = NULL;
  const char *shown;

  if (self->atlas == NULL || cramp_atlas_get_views (self->atlas)->len == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  look = cramp_scene_look_compute (self->atlas, self->selection, self->step, self->request);
  shown = choose_shown_view (self, look);

  if (set_string (&self->shown_view, shown))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOWN_VIEW]);
  set_strv (self, &self->shown_layers, merge_layers (self, (const char *const *) look->layers), PROP_SHOWN_LAYERS);
  set_strv (self, &self->highlights, g_strdupv (look->highlights), PROP_HIGHLIGHTS);
  if (set_string (&self->selected_region, look->selected_region))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_REGION]);
  if (set_string (&self->selected_structure, look->selected_structure))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_STRUCTURE]);
  set_boolean (self, &self->picking, look->picking, PROP_PICKING);
  if (self->names_hidden != look->names_hidden)
    {
      self->names_hidden = look->names_hidden;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_NAMES_HIDDEN]);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LABELS_SHOWN]);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOWN_LABELS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Object */

static void
cramp_scene_finalize (GObject *object)
{
  CrampScene *self = CRAMP_SCENE (object);

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->layers, g_strfreev);
  g_clear_pointer (&self->selection, g_free);
  g_clear_pointer (&self->request, cramp_drawing_request_free);
  g_clear_pointer (&self->current_view, g_free);
  g_clear_pointer (&self->focus, g_ptr_array_unref);
  g_clear_pointer (&self->shown_view, g_free);
  g_clear_pointer (&self->shown_layers, g_strfreev);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->selected_structure, g_free);

  G_OBJECT_CLASS (cramp_scene_parent_class)->finalize (object);
}

static void
cramp_scene_constructed (GObject *object)
{
  CrampScene *self = CRAMP_SCENE (object);

  G_OBJECT_CLASS (cramp_scene_parent_class)->constructed (object);

  g_return_if_fail (CRAMP_IS_ATLAS (self->atlas));
  update (self);
}

static void
cramp_scene_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrampScene *self = CRAMP_SCENE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_LAYERS:
      g_value_set_boxed (value, self->layers);
      break;
    case PROP_LABELS:
      g_value_set_string (value, cramp_labels_to_string (self->labels));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_SELECTION:
      g_value_set_string (value, self->selection);
      break;
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    case PROP_REQUEST:
      g_value_set_boxed (value, self->request);
      break;
    case PROP_SHOWN_VIEW:
      g_value_set_string (value, self->shown_view);
      break;
    case PROP_SHOWN_LAYERS:
      g_value_set_boxed (value, self->shown_layers);
      break;
    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;
    case PROP_SELECTED_STRUCTURE:
      g_value_set_string (value, self->selected_structure);
      break;
    case PROP_LABELS_SHOWN:
      g_value_set_boolean (value, cramp_scene_get_labels_shown (self));
      break;
    case PROP_SHOWN_LABELS:
      g_value_set_flags (value, cramp_scene_get_shown_labels (self));
      break;
    case PROP_NAMES_HIDDEN:
      g_value_set_boolean (value, self->names_hidden);
      break;
    case PROP_PICKING:
      g_value_set_boolean (value, self->picking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_scene_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrampScene *self = CRAMP_SCENE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    case PROP_VIEW:
      cramp_scene_set_view (self, g_value_get_string (value));
      break;
    case PROP_LAYERS:
      cramp_scene_set_layers (self, g_value_get_boxed (value));
      break;
    case PROP_LABELS:
      {
        CrampLabels labels;

        if (cramp_labels_from_string (g_value_get_string (value), &labels))
          cramp_scene_set_labels (self, labels);
      }
      break;
    case PROP_ZOOM:
      cramp_scene_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_PRESENTING:
      cramp_scene_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTION:
      cramp_scene_set_selection (self, g_value_get_string (value));
      break;
    case PROP_STEP:
      cramp_scene_set_step (self, g_value_get_int (value));
      break;
    case PROP_REQUEST:
      cramp_scene_set_request (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  props[PROP_ATLAS] = g_param_spec_object ("atlas", NULL, NULL, CRAMP_TYPE_ATLAS,
                                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  props[PROP_VIEW] = g_param_spec_string ("view", NULL, NULL, "", rw);
  props[PROP_LAYERS] = g_param_spec_boxed ("layers", NULL, NULL, G_TYPE_STRV, rw);
  props[PROP_LABELS] = g_param_spec_string ("labels", NULL, NULL, "regions", rw);
  props[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 1.0, CRAMP_SCENE_MAX_ZOOM, 1.0, rw);
  props[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, rw);
  props[PROP_SELECTION] = g_param_spec_string ("selection", NULL, NULL, "", rw);
  props[PROP_STEP] = g_param_spec_int ("step", NULL, NULL, -1, G_MAXINT, -1, rw);
  props[PROP_REQUEST] = g_param_spec_boxed ("request", NULL, NULL, CRAMP_TYPE_DRAWING_REQUEST, rw);
  props[PROP_SHOWN_VIEW] = g_param_spec_string ("shown-view", NULL, NULL, NULL, ro);
  props[PROP_SHOWN_LAYERS] = g_param_spec_boxed ("shown-layers", NULL, NULL, G_TYPE_STRV, ro);
  props[PROP_HIGHLIGHTS] = g_param_spec_boxed ("highlights", NULL, NULL, G_TYPE_STRV, ro);
  props[PROP_SELECTED_REGION] = g_param_spec_string ("selected-region", NULL, NULL, NULL, ro);
  props[PROP_SELECTED_STRUCTURE] = g_param_spec_string ("selected-structure", NULL, NULL, NULL, ro);
  props[PROP_LABELS_SHOWN] = g_param_spec_boolean ("labels-shown", NULL, NULL, TRUE, ro);
  props[PROP_SHOWN_LABELS] = g_param_spec_flags ("shown-labels", NULL, NULL, CRAMP_TYPE_LABELS,
                                                 CRAMP_LABELS_REGIONS, ro);
  props[PROP_NAMES_HIDDEN] = g_param_spec_boolean ("names-hidden", NULL, NULL, FALSE, ro);
  props[PROP_PICKING] = g_param_spec_boolean ("picking", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
cramp_scene_class_init (CrampSceneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cramp_scene_constructed;
  object_class->finalize = cramp_scene_finalize;
  object_class->get_property = cramp_scene_get_property;
  object_class->set_property = cramp_scene_set_property;

  install_properties (object_class);
}

static void
cramp_scene_init (CrampScene *self)
{
  self->view = g_strdup ("");
  self->layers = g_new0 (char *, 1);
  self->labels = CRAMP_LABELS_REGIONS;
  self->zoom = 1.0;
  self->selection = g_strdup ("");
  self->step = -1;
  self->shown_layers = g_new0 (char *, 1);
  self->highlights = g_new0 (char *, 1);
}

/* Public API */

/**
 * cramp_scene_new:
 * @atlas: the content it shows
 *
 * Returns: (transfer full): a scene with the first view and no layers
 */
CrampScene *
cramp_scene_new (CrampAtlas *atlas)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_SCENE, "atlas", atlas, NULL);
}

CrampAtlas *
cramp_scene_get_atlas (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->atlas;
}

/**
 * cramp_scene_get_view:
 * @self: a scene
 *
 * Returns: the view the person last chose, or "" before any choice
 */
const char *
cramp_scene_get_view (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->view;
}

/**
 * cramp_scene_set_view:
 * @self: a scene
 * @view: a view of the atlas
 *
 * The person's choice of a view: it is shown, whatever is selected, until
 * the selection changes. A name that the content does not have is passed
 * over.
 */
void
cramp_scene_set_view (CrampScene *self,
                      const char *view)
{
  g_return_if_fail (CRAMP_IS_SCENE (self));

  if (view == NULL || cramp_atlas_lookup_view (self->atlas, view) == NULL)
    return;

  set_string (&self->current_view, view);
  self->pinned = TRUE;
  if (set_string (&self->view, view))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VIEW]);
  update (self);
}

const char *const *
cramp_scene_get_layers (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return (const char *const *) self->layers;
}

/**
 * cramp_scene_set_layers:
 * @self: a scene
 * @layers: the layers the person wants shown
 *
 * Names that the content does not have are passed over.
 */
void
cramp_scene_set_layers (CrampScene        *self,
                        const char *const *layers)
{
  GPtrArray *all;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (CRAMP_IS_SCENE (self));

  all = cramp_atlas_get_layers (self->atlas);
  for (guint i = 0; i < all->len; i++)
    {
      const char *id = ((CrampLayer *) g_ptr_array_index (all, i))->id;

      if (layers != NULL && g_strv_contains (layers, id))
        g_strv_builder_add (builder, id);
    }

  set_strv (self, &self->layers, g_strv_builder_end (builder), PROP_LAYERS);
  update (self);
}

gboolean
cramp_scene_get_layer_visible (CrampScene *self,
                               const char *layer)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), FALSE);

  return g_strv_contains ((const char *const *) self->layers, layer);
}

void
cramp_scene_set_layer_visible (CrampScene *self,
                               const char *layer,
                               gboolean    visible)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) layers = NULL;

  g_return_if_fail (CRAMP_IS_SCENE (self));
  g_return_if_fail (layer != NULL);

  for (guint i = 0; self->layers[i] != NULL; i++)
    if (!g_str_equal (self->layers[i], layer))
      g_strv_builder_add (builder, self->layers[i]);
  if (visible)
    g_strv_builder_add (builder, layer);

  layers = g_strv_builder_end (builder);
  cramp_scene_set_layers (self, (const char *const *) layers);
}

CrampLabels
cramp_scene_get_labels (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), CRAMP_LABELS_NONE);

  return self->labels;
}

/* Tells what the labels shown became, if they changed. */
static void
notify_labels_shown (CrampScene *self,
                     CrampLabels before)
{
  if (before == cramp_scene_get_shown_labels (self))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOWN_LABELS]);
  if ((before == CRAMP_LABELS_NONE) != (cramp_scene_get_shown_labels (self) == CRAMP_LABELS_NONE))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LABELS_SHOWN]);
}

/**
 * cramp_scene_set_labels:
 * @self: a scene
 * @labels: the names the person wants beside the figure
 */
void
cramp_scene_set_labels (CrampScene *self,
                        CrampLabels labels)
{
  CrampLabels before;

  g_return_if_fail (CRAMP_IS_SCENE (self));
  g_return_if_fail (labels <= CRAMP_LABELS_BOTH);

  if (self->labels == labels)
    return;

  before = cramp_scene_get_shown_labels (self);
  self->labels = labels;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LABELS]);
  notify_labels_shown (self, before);
}

double
cramp_scene_get_zoom (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), 1.0);

  return self->zoom;
}

void
cramp_scene_set_zoom (CrampScene *self,
                      double      zoom)
{
  g_return_if_fail (CRAMP_IS_SCENE (self));

  zoom = CLAMP (zoom, 1.0, CRAMP_SCENE_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ZOOM]);
}

gboolean
cramp_scene_get_presenting (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), FALSE);

  return self->presenting;
}

void
cramp_scene_set_presenting (CrampScene *self,
                            gboolean    presenting)
{
  CrampLabels before;

  g_return_if_fail (CRAMP_IS_SCENE (self));

  before = cramp_scene_get_shown_labels (self);
  set_boolean (self, &self->presenting, presenting, PROP_PRESENTING);
  notify_labels_shown (self, before);
}

const char *
cramp_scene_get_selection (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->selection;
}

static gboolean
selection_is_valid (CrampAtlas *atlas,
                    const char *selection)
{
  CrampSelectionKind kind;
  const char        *id;

  if (!cramp_selection_parse (selection, &kind, &id))
    return FALSE;

  switch (kind)
    {
    case CRAMP_SELECTION_NONE:
      return TRUE;
    case CRAMP_SELECTION_REGION:
      return cramp_atlas_lookup_region (atlas, id) != NULL;
    case CRAMP_SELECTION_FACTOR:
      return cramp_atlas_lookup_factor (atlas, id) != NULL;
    case CRAMP_SELECTION_GUIDE:
      return g_str_equal (id, CRAMP_GUIDE_RED_FLAGS) || g_str_equal (id, CRAMP_GUIDE_SELF_CARE);
    case CRAMP_SELECTION_CHECK:
      return g_str_equal (id, CRAMP_CHECK_SYMPTOMS);
    case CRAMP_SELECTION_QUIZ:
      return g_str_equal (id, CRAMP_QUIZ_ROUND);
    case CRAMP_SELECTION_STRUCTURE:
      return cramp_atlas_lookup_structure (atlas, id) != NULL;
    default:
      return FALSE;
    }
}

/**
 * cramp_scene_set_selection:
 * @self: a scene
 * @selection: what is selected, as in cramp-selection.h
 *
 * Also ends any step of a mechanism. A selection that names nothing in
 * the atlas changes nothing.
 */
void
cramp_scene_set_selection (CrampScene *self,
                           const char *selection)
{
  g_return_if_fail (CRAMP_IS_SCENE (self));

  if (selection == NULL || !selection_is_valid (self->atlas, selection))
    {
      g_debug ("Nothing in the atlas matches the selection “%s”", selection ? selection : "(null)");
      return;
    }
  if (!set_string (&self->selection, selection))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTION]);
  if (self->step != -1)
    {
      self->step = -1;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STEP]);
    }
  update (self);
  g_object_thaw_notify (G_OBJECT (self));
}

int
cramp_scene_get_step (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), -1);

  return self->step;
}

void
cramp_scene_set_step (CrampScene *self,
                      int         step)
{
  g_return_if_fail (CRAMP_IS_SCENE (self));

  if (self->step == MAX (step, -1))
    return;

  self->step = MAX (step, -1);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STEP]);
  update (self);
}

const CrampDrawingRequest *
cramp_scene_get_request (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->request;
}

/**
 * cramp_scene_set_request:
 * @self: a scene
 * @request: (nullable): what the page on show asks of the drawing
 */
void
cramp_scene_set_request (CrampScene                *self,
                         const CrampDrawingRequest *request)
{
  g_return_if_fail (CRAMP_IS_SCENE (self));

  if (cramp_drawing_request_equal (self->request, request))
    return;

  g_clear_pointer (&self->request, cramp_drawing_request_free);
  if (request != NULL)
    self->request = cramp_drawing_request_copy (request);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_REQUEST]);
  update (self);
}

const char *
cramp_scene_get_shown_view (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->shown_view;
}

const char *const *
cramp_scene_get_shown_layers (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return (const char *const *) self->shown_layers;
}

const char *const *
cramp_scene_get_highlights (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return (const char *const *) self->highlights;
}

const char *
cramp_scene_get_selected_region (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->selected_region;
}

const char *
cramp_scene_get_selected_structure (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), NULL);

  return self->selected_structure;
}

/**
 * cramp_scene_get_labels_shown:
 * @self: a scene
 *
 * Returns: whether labels are drawn: when the person wants them, or while
 *   presenting, unless names must stay hidden
 */
gboolean
cramp_scene_get_labels_shown (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), FALSE);

  return cramp_scene_get_shown_labels (self) != CRAMP_LABELS_NONE;
}

/**
 * cramp_scene_get_shown_labels:
 * @self: a scene
 *
 * Returns: the labels drawn: the person's choice, the regions at least
 *   while presenting, and none while names must stay hidden
 */
CrampLabels
cramp_scene_get_shown_labels (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), CRAMP_LABELS_NONE);

  if (self->names_hidden)
    return CRAMP_LABELS_NONE;
  if (self->presenting && self->labels == CRAMP_LABELS_NONE)
    return CRAMP_LABELS_REGIONS;
  return self->labels;
}

gboolean
cramp_scene_get_names_hidden (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), FALSE);

  return self->names_hidden;
}

gboolean
cramp_scene_get_picking (CrampScene *self)
{
  g_return_val_if_fail (CRAMP_IS_SCENE (self), FALSE);

  return self->picking;
}

/**
 * cramp_scene_select_next_region:
 * @self: a scene
 * @forward: whether to go forward or back
 *
 * Selects the region after the one selected, or before it, in the order
 * of the view shown, going round at the ends; with no region of the view
 * selected, the first or the last.
 */
void
cramp_scene_select_next_region (CrampScene *self,
                                gboolean    forward)
{
  const CrampView *view;
  const char      *selected;
  guint            n, place = G_MAXUINT;
  g_autofree char *selection = NULL;

  g_return_if_fail (CRAMP_IS_SCENE (self));

  view = cramp_atlas_lookup_view (self->atlas, cramp_scene_get_shown_view (self));
  if (view == NULL || (n = view->regions->len) == 0)
    return;

  selected = cramp_scene_get_selected_region (self);
  for (guint i = 0; selected != NULL && i < n; i++)
    if (g_str_equal (((CrampRegion *) g_ptr_array_index (view->regions, i))->id, selected))
      place = i;

  if (place == G_MAXUINT)
    place = forward ? 0 : n - 1;
  else
    place = (place + (forward ? 1 : n - 1)) % n;

  selection = cramp_selection_make (CRAMP_SELECTION_REGION, ((CrampRegion *) g_ptr_array_index (view->regions, place))->id);
  cramp_scene_set_selection (self, selection);
}
