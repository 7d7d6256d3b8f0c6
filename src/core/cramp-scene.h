/* cramp-scene.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-atlas.h"

G_BEGIN_DECLS

/* Which names the drawing writes beside the figure: flags, so that both
 * is the two together. */
typedef enum
{
  CRAMP_LABELS_NONE = 0,
  CRAMP_LABELS_REGIONS = 1 << 0,
  CRAMP_LABELS_STRUCTURES = 1 << 1,
  CRAMP_LABELS_BOTH = CRAMP_LABELS_REGIONS | CRAMP_LABELS_STRUCTURES,
} CrampLabels;

const char *cramp_labels_to_string (CrampLabels labels);
gboolean    cramp_labels_from_string (const char  *string,
                                      CrampLabels *labels);

/* How far the drawing can be zoomed in, from 1 (the whole view). */
#define CRAMP_SCENE_MAX_ZOOM 4.0

/* What a page asks of the drawing while it is shown: a view, regions and
 * structures to light, layers to show, and whether the person is to pick a
 * region or must not see the names. */
typedef struct
{
  char    *view;       /* nullable */
  GStrv    highlights; /* nullable */
  GStrv    layers;     /* nullable */
  gboolean picking;
  gboolean names_hidden;
} CrampDrawingRequest;

#define CRAMP_TYPE_DRAWING_REQUEST (cramp_drawing_request_get_type ())

GType                cramp_drawing_request_get_type (void);
CrampDrawingRequest *cramp_drawing_request_new (void);
CrampDrawingRequest *cramp_drawing_request_copy (const CrampDrawingRequest *request);
void                 cramp_drawing_request_free (CrampDrawingRequest *request);
gboolean             cramp_drawing_request_equal (const CrampDrawingRequest *a,
                                                  const CrampDrawingRequest *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrampDrawingRequest, cramp_drawing_request_free)

/* What the drawing shows on top of the person's own choices, worked out
 * from what is selected, the step of a mechanism and the page's request.
 * Nothing of it is saved. */
typedef struct
{
  const CrampView      *view;               /* nullable: a view that must be shown */
  GPtrArray            *focus;              /* CrampRegion: shown in a view that draws one */
  const CrampStructure *structure;          /* nullable: shown in a view that draws it */
  GStrv                 highlights;         /* region and structure ids to light */
  GStrv                 layers;             /* layer ids to show besides the person's */
  const char           *selected_region;    /* nullable */
  const char           *selected_structure; /* nullable */
  gboolean              picking;
  gboolean              names_hidden;
} CrampSceneLook;

CrampSceneLook *cramp_scene_look_compute (CrampAtlas                *atlas,
                                          const char                *selection,
                                          int                        step,
                                          const CrampDrawingRequest *request);
void            cramp_scene_look_free (CrampSceneLook *look);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrampSceneLook, cramp_scene_look_free)

#define CRAMP_TYPE_SCENE (cramp_scene_get_type ())

G_DECLARE_FINAL_TYPE (CrampScene, cramp_scene, CRAMP, SCENE, GObject)

CrampScene                *cramp_scene_new (CrampAtlas *atlas);

CrampAtlas                *cramp_scene_get_atlas (CrampScene *self);

const char                *cramp_scene_get_view (CrampScene *self);
void                       cramp_scene_set_view (CrampScene *self,
                                                 const char *view);
const char *const         *cramp_scene_get_layers (CrampScene *self);
void                       cramp_scene_set_layers (CrampScene        *self,
                                                   const char *const *layers);
gboolean                   cramp_scene_get_layer_visible (CrampScene *self,
                                                          const char *layer);
void                       cramp_scene_set_layer_visible (CrampScene *self,
                                                          const char *layer,
                                                          gboolean    visible);
CrampLabels                cramp_scene_get_labels (CrampScene *self);
void                       cramp_scene_set_labels (CrampScene *self,
                                                   CrampLabels labels);
double                     cramp_scene_get_zoom (CrampScene *self);
void                       cramp_scene_set_zoom (CrampScene *self,
                                                 double      zoom);
gboolean                   cramp_scene_get_presenting (CrampScene *self);
void                       cramp_scene_set_presenting (CrampScene *self,
                                                       gboolean    presenting);

const char                *cramp_scene_get_selection (CrampScene *self);
void                       cramp_scene_set_selection (CrampScene *self,
                                                      const char *selection);
void                       cramp_scene_select_next_region (CrampScene *self,
                                                           gboolean    forward);
int                        cramp_scene_get_step (CrampScene *self);
void                       cramp_scene_set_step (CrampScene *self,
                                                 int         step);
const CrampDrawingRequest *cramp_scene_get_request (CrampScene *self);
void                       cramp_scene_set_request (CrampScene                *self,
                                                    const CrampDrawingRequest *request);

const char                *cramp_scene_get_shown_view (CrampScene *self);
const char *const         *cramp_scene_get_shown_layers (CrampScene *self);
const char *const         *cramp_scene_get_highlights (CrampScene *self);
const char                *cramp_scene_get_selected_region (CrampScene *self);
const char                *cramp_scene_get_selected_structure (CrampScene *self);
gboolean                   cramp_scene_get_labels_shown (CrampScene *self);
CrampLabels                cramp_scene_get_shown_labels (CrampScene *self);
gboolean                   cramp_scene_get_names_hidden (CrampScene *self);
gboolean                   cramp_scene_get_picking (CrampScene *self);

G_END_DECLS
