/* cramp-page-stack.c: the page of what is selected
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cramp-check-page.h"
#include "cramp-factor-page.h"
#include "cramp-guide-page.h"
#include "cramp-page-stack.h"
#include "cramp-quiz-page.h"
#include "cramp-region-page.h"
#include "cramp-structure-page.h"

/* The welcome page, and a page for each kind of selection, made when first
 * needed so that start-up stays short. It shows the page of the scene's
 * selection and passes the shown page's drawing request to the scene. */
struct _CrampPageStack
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkWidget  *welcome_title;
  GtkLabel   *welcome_description;

  CrampScene *scene;
  CrampPage  *pages[CRAMP_SELECTION_STRUCTURE + 1];
};

G_DEFINE_FINAL_TYPE (CrampPageStack, cramp_page_stack, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SCENE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* The kinds of page, one row each: what it shows, its name in the stack,
 * and what a screen reader calls it, before it reads the page's heading. */
static const struct
{
  CrampSelectionKind kind;
  const char        *name;
  const char        *label; /* translatable, not yet translated */
  GType (*get_type) (void);
} page_kinds[] = {
  { CRAMP_SELECTION_REGION, "region", N_ ("Part of the Foot"), cramp_region_page_get_type },
  { CRAMP_SELECTION_FACTOR, "factor", N_ ("Possible Cause"), cramp_factor_page_get_type },
  { CRAMP_SELECTION_GUIDE, "guide", N_ ("Guide"), cramp_guide_page_get_type },
  { CRAMP_SELECTION_CHECK, "check", N_ ("Self-Check"), cramp_check_page_get_type },
  { CRAMP_SELECTION_QUIZ, "quiz", N_ ("Quiz"), cramp_quiz_page_get_type },
  { CRAMP_SELECTION_STRUCTURE, "structure", N_ ("Structure of the Foot"), cramp_structure_page_get_type },
};

static void
follow_visible_page (CrampPageStack *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (self->scene != NULL)
    cramp_scene_set_request (self->scene, CRAMP_IS_PAGE (page) ? cramp_page_get_drawing_request (CRAMP_PAGE (page)) : NULL);
}

static void
page_request_cb (CrampPage      *page,
                 GParamSpec     *pspec,
                 CrampPageStack *self)
{
  if (gtk_stack_get_visible_child (self->stack) == GTK_WIDGET (page))
    follow_visible_page (self);
}

/**
 * cramp_page_stack_ensure_page:
 * @self: a page stack
 * @kind: a kind of selection
 *
 * Returns: (transfer none) (nullable): the page for @kind, made now if
 *   it was not yet, or %NULL for the welcome page or without a scene
 */
CrampPage *
cramp_page_stack_ensure_page (CrampPageStack    *self,
                              CrampSelectionKind kind)
{
  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), NULL);
  g_return_val_if_fail (kind <= CRAMP_SELECTION_STRUCTURE, NULL);

  if (kind == CRAMP_SELECTION_NONE || self->scene == NULL || self->pages[kind] != NULL)
    return self->pages[kind];

  for (guint i = 0; i < G_N_ELEMENTS (page_kinds); i++)
    {
      CrampPage *page;

      if (page_kinds[i].kind != kind)
        continue;

      page = g_object_new (page_kinds[i].get_type (), "atlas", cramp_scene_get_atlas (self->scene), NULL);
      self->pages[kind] = page;
      gtk_stack_add_titled (self->stack, GTK_WIDGET (page), page_kinds[i].name, _ (page_kinds[i].label));
      g_signal_connect_object (page, "notify::drawing-request", G_CALLBACK (page_request_cb), self, 0);
      /* A page that walks through steps follows the scene's step. */
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "step") != NULL)
        g_object_bind_property (self->scene, "step", page, "step", G_BINDING_SYNC_CREATE);
    }

  return self->pages[kind];
}

static const char *
stack_name (CrampSelectionKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_kinds); i++)
    if (page_kinds[i].kind == kind)
      return page_kinds[i].name;

  return "welcome";
}

static void
show_selection (CrampPageStack *self)
{
  CrampSelectionKind kind = CRAMP_SELECTION_NONE;
  const char        *id = NULL;
  CrampPage         *page;

  cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, &id);
  page = cramp_page_stack_ensure_page (self, kind);
  if (page != NULL)
    cramp_page_set_item (page, id);

  gtk_stack_set_visible_child_name (self->stack, stack_name (kind));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
}

/**
 * cramp_page_stack_get_title:
 * @self: a page stack
 *
 * Returns: the title of the page shown, for the header; empty on the
 *   welcome page
 */
const char *
cramp_page_stack_get_title (CrampPageStack *self)
{
  GtkWidget *page;

  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), NULL);

  page = gtk_stack_get_visible_child (self->stack);
  return CRAMP_IS_PAGE (page) ? cramp_page_get_window_title (CRAMP_PAGE (page)) : "";
}

/**
 * cramp_page_stack_focus_heading:
 * @self: a page stack
 *
 * Puts the focus on the heading of the page shown.
 *
 * Returns: whether the focus moved
 */
gboolean
cramp_page_stack_focus_heading (CrampPageStack *self)
{
  GtkWidget *page;

  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), FALSE);

  page = gtk_stack_get_visible_child (self->stack);
  if (CRAMP_IS_PAGE (page))
    return cramp_page_focus_heading (CRAMP_PAGE (page));

  return gtk_widget_grab_focus (self->welcome_title);
}

/**
 * cramp_page_stack_region_activated:
 * @self: a page stack
 * @region: the id of a region activated on the drawing
 *
 * Returns: whether the page shown took the region, as a quiz's answer
 */
gboolean
cramp_page_stack_region_activated (CrampPageStack *self,
                                   const char     *region)
{
  GtkWidget *page;

  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), FALSE);

  page = gtk_stack_get_visible_child (self->stack);
  return CRAMP_IS_PAGE (page) && cramp_page_region_activated (CRAMP_PAGE (page), region);
}

/**
 * cramp_page_stack_start_check:
 * @self: a page stack
 * @region: (nullable): the region to give as where the cramps are
 *
 * Starts the self-check afresh and selects it.
 */
void
cramp_page_stack_start_check (CrampPageStack *self,
                              const char     *region)
{
  g_autofree char *selection = cramp_selection_make (CRAMP_SELECTION_CHECK, CRAMP_CHECK_SYMPTOMS);
  CrampPage       *page = cramp_page_stack_ensure_page (self, CRAMP_SELECTION_CHECK);

  g_return_if_fail (page != NULL);

  cramp_page_set_item (page, CRAMP_CHECK_SYMPTOMS);
  cramp_check_page_start (CRAMP_CHECK_PAGE (page), region);
  cramp_scene_set_selection (self->scene, selection);
}

static CrampPage *
visible_page (CrampPageStack *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  return CRAMP_IS_PAGE (page) ? CRAMP_PAGE (page) : NULL;
}

/**
 * cramp_page_stack_has_clicker:
 * @self: a page stack
 *
 * Returns: whether the page shown takes a clicker's keys
 */
gboolean
cramp_page_stack_has_clicker (CrampPageStack *self)
{
  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), FALSE);

  return visible_page (self) != NULL && cramp_page_has_clicker (visible_page (self));
}

/**
 * cramp_page_stack_clicker:
 * @self: a page stack
 * @forward: whether Page Down, rather than Page Up, was pressed
 *
 * Returns: whether the page shown took the key
 */
gboolean
cramp_page_stack_clicker (CrampPageStack *self,
                          gboolean        forward)
{
  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), FALSE);

  return visible_page (self) != NULL && cramp_page_clicker (visible_page (self), forward);
}

CrampScene *
cramp_page_stack_get_scene (CrampPageStack *self)
{
  g_return_val_if_fail (CRAMP_IS_PAGE_STACK (self), NULL);

  return self->scene;
}

/**
 * cramp_page_stack_set_scene:
 * @self: a page stack
 * @scene: the scene whose selection it shows; set once
 */
void
cramp_page_stack_set_scene (CrampPageStack *self,
                            CrampScene     *scene)
{
  g_return_if_fail (CRAMP_IS_PAGE_STACK (self));
  g_return_if_fail (CRAMP_IS_SCENE (scene));
  g_return_if_fail (self->scene == NULL);

  self->scene = g_object_ref (scene);
  gtk_label_set_label (self->welcome_description,
                       cramp_atlas_get_notice (cramp_scene_get_atlas (scene), CRAMP_NOTICE_WELCOME));
  g_signal_connect_object (scene, "notify::selection", G_CALLBACK (show_selection), self, G_CONNECT_SWAPPED);
  show_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SCENE]);
}

static void
cramp_page_stack_dispose (GObject *object)
{
  CrampPageStack *self = CRAMP_PAGE_STACK (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_PAGE_STACK);
  memset (self->pages, 0, sizeof self->pages);
  g_clear_object (&self->scene);

  G_OBJECT_CLASS (cramp_page_stack_parent_class)->dispose (object);
}

static void
cramp_page_stack_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrampPageStack *self = CRAMP_PAGE_STACK (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;
    case PROP_TITLE:
      g_value_set_string (value, cramp_page_stack_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_page_stack_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrampPageStack *self = CRAMP_PAGE_STACK (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      cramp_page_stack_set_scene (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_page_stack_class_init (CrampPageStackClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_page_stack_dispose;
  object_class->get_property = cramp_page_stack_get_property;
  object_class->set_property = cramp_page_stack_set_property;

  props[PROP_SCENE] = g_param_spec_object ("scene", NULL, NULL, CRAMP_TYPE_SCENE,
                                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "",
                                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-page-stack.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampPageStack, stack);
  gtk_widget_class_bind_template_child (widget_class, CrampPageStack, welcome_title);
  gtk_widget_class_bind_template_child (widget_class, CrampPageStack, welcome_description);
  gtk_widget_class_bind_template_callback (widget_class, follow_visible_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
cramp_page_stack_init (CrampPageStack *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
