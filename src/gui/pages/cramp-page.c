/* cramp-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-a11y.h"
#include "cramp-page.h"

typedef struct
{
  GtkBox              *content_box;
  GtkLabel            *eyebrow_label;
  GtkLabel            *lead_label;
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;

  CrampAtlas          *atlas;
  char                *item;
  CrampDrawingRequest *request;
} CrampPagePrivate;

static void cramp_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (CrampPage, cramp_page, GTK_TYPE_WIDGET, G_ADD_PRIVATE (CrampPage) G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, cramp_page_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_ITEM,
  PROP_TITLE,
  PROP_DRAWING_REQUEST,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
update (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_if_fail (CRAMP_PAGE_GET_CLASS (self)->update != NULL);

  if (priv->atlas == NULL || priv->item == NULL)
    return;

  CRAMP_PAGE_GET_CLASS (self)->update (self, priv->atlas, priv->item);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (priv->scroller), 0.0);
}

CrampAtlas *
cramp_page_get_atlas (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_val_if_fail (CRAMP_IS_PAGE (self), NULL);

  return priv->atlas;
}

void
cramp_page_set_atlas (CrampPage  *self,
                      CrampAtlas *atlas)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_if_fail (CRAMP_IS_PAGE (self));
  g_return_if_fail (atlas == NULL || CRAMP_IS_ATLAS (atlas));

  if (!g_set_object (&priv->atlas, atlas))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ATLAS]);
}

const char *
cramp_page_get_item (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_val_if_fail (CRAMP_IS_PAGE (self), NULL);

  return priv->item;
}

void
cramp_page_set_item (CrampPage  *self,
                     const char *item)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_if_fail (CRAMP_IS_PAGE (self));

  if (g_strcmp0 (priv->item, item) == 0)
    return;

  g_free (priv->item);
  priv->item = g_strdup (item);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ITEM]);
}

const char *
cramp_page_get_title (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_val_if_fail (CRAMP_IS_PAGE (self), NULL);

  return gtk_label_get_label (priv->title_label);
}

/**
 * cramp_page_get_window_title:
 * @self: a page
 *
 * Returns: what the window's title says while the page is shown: its
 *   class's fixed title, or else the page's heading
 */
const char *
cramp_page_get_window_title (CrampPage *self)
{
  const char *fixed;

  g_return_val_if_fail (CRAMP_IS_PAGE (self), NULL);

  fixed = CRAMP_PAGE_GET_CLASS (self)->window_title;
  return fixed != NULL ? g_dgettext (GETTEXT_PACKAGE, fixed) : cramp_page_get_title (self);
}

/**
 * cramp_page_get_drawing_request:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): what the page asks of the drawing
 */
const CrampDrawingRequest *
cramp_page_get_drawing_request (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_val_if_fail (CRAMP_IS_PAGE (self), NULL);

  return priv->request;
}

/**
 * cramp_page_set_drawing_request:
 * @self: a page
 * @request: (nullable): what the page asks of the drawing while it is shown
 */
void
cramp_page_set_drawing_request (CrampPage                 *self,
                                const CrampDrawingRequest *request)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_if_fail (CRAMP_IS_PAGE (self));

  if (cramp_drawing_request_equal (priv->request, request))
    return;

  g_clear_pointer (&priv->request, cramp_drawing_request_free);
  if (request != NULL)
    priv->request = cramp_drawing_request_copy (request);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DRAWING_REQUEST]);
}

/**
 * cramp_page_region_activated:
 * @self: a page
 * @region: the id of a region activated on the drawing
 *
 * Returns: whether the page took the region, as a quiz takes an answer
 */
gboolean
cramp_page_region_activated (CrampPage  *self,
                             const char *region)
{
  g_return_val_if_fail (CRAMP_IS_PAGE (self), FALSE);

  return CRAMP_PAGE_GET_CLASS (self)->region_activated != NULL &&
         CRAMP_PAGE_GET_CLASS (self)->region_activated (self, region);
}

/**
 * cramp_page_has_clicker:
 * @self: a page
 *
 * Returns: whether the page takes a clicker's keys
 */
gboolean
cramp_page_has_clicker (CrampPage *self)
{
  g_return_val_if_fail (CRAMP_IS_PAGE (self), FALSE);

  return CRAMP_PAGE_GET_CLASS (self)->clicker != NULL;
}

/**
 * cramp_page_clicker:
 * @self: a page
 * @forward: whether Page Down, rather than Page Up, was pressed
 *
 * Returns: whether the page took the key
 */
gboolean
cramp_page_clicker (CrampPage *self,
                    gboolean   forward)
{
  g_return_val_if_fail (CRAMP_IS_PAGE (self), FALSE);

  return cramp_page_has_clicker (self) && CRAMP_PAGE_GET_CLASS (self)->clicker (self, forward);
}

/**
 * cramp_page_set_heading:
 * @self: a page
 * @eyebrow: (nullable): a short line above the title, such as a group
 * @title: the title of the page
 * @lead: (nullable): the paragraph under the title
 *
 * Sets the heading that every page starts with. The line above the title
 * and the paragraph under it are read with the title, as its description,
 * when the focus comes to the page.
 */
void
cramp_page_set_heading (CrampPage  *self,
                        const char *eyebrow,
                        const char *title,
                        const char *lead)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);
  gboolean          title_changed;

  g_return_if_fail (CRAMP_IS_PAGE (self));
  g_return_if_fail (title != NULL);

  title_changed = g_strcmp0 (gtk_label_get_label (priv->title_label), title) != 0;

  gtk_label_set_label (priv->eyebrow_label, eyebrow ? eyebrow : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->eyebrow_label), eyebrow != NULL);
  gtk_label_set_label (priv->title_label, title);
  gtk_label_set_label (priv->lead_label, lead ? lead : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->lead_label), lead != NULL);
  if (eyebrow != NULL && lead != NULL)
    {
      g_autofree char *description = g_strdup_printf ("%s. %s", eyebrow, lead);

      cramp_a11y_set_description (GTK_WIDGET (priv->title_label), description);
    }
  else
    cramp_a11y_set_description (GTK_WIDGET (priv->title_label), eyebrow ? eyebrow : lead);

  if (title_changed)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
}

/**
 * cramp_page_describe_heading:
 * @self: a page
 * @description: what a screen reader says after the title
 *
 * Replaces what the title is read with, for a page whose heading leans on
 * what the drawing shows.
 */
void
cramp_page_describe_heading (CrampPage  *self,
                             const char *description)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_if_fail (CRAMP_IS_PAGE (self));

  cramp_a11y_set_description (GTK_WIDGET (priv->title_label), description);
}

/**
 * cramp_page_focus_heading:
 * @self: a page
 *
 * Puts the focus on the page's title, and scrolls to it.
 *
 * Returns: whether the focus moved
 */
gboolean
cramp_page_focus_heading (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  g_return_val_if_fail (CRAMP_IS_PAGE (self), FALSE);

  return gtk_widget_grab_focus (GTK_WIDGET (priv->title_label));
}

/* Children from a subclass's template go after the heading. */
static void
cramp_page_add_child (GtkBuildable *buildable,
                      GtkBuilder   *builder,
                      GObject      *child,
                      const char   *type)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (CRAMP_PAGE (buildable));

  if (priv->content_box != NULL && GTK_IS_WIDGET (child))
    gtk_box_append (priv->content_box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
cramp_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = cramp_page_add_child;
}

static void
cramp_page_dispose (GObject *object)
{
  CrampPage        *self = CRAMP_PAGE (object);
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  /* In GTK 4.8, a second call of gtk_widget_dispose_template() for another
   * type of the same widget fails an assertion, as the subclass's call has
   * already dropped the template children; so the page unparents its own. */
  g_clear_pointer ((GtkWidget **) &priv->scroller, gtk_widget_unparent);
  priv->content_box = NULL;
  priv->eyebrow_label = NULL;
  priv->lead_label = NULL;
  priv->title_label = NULL;
  g_clear_object (&priv->atlas);
  g_clear_pointer (&priv->item, g_free);
  g_clear_pointer (&priv->request, cramp_drawing_request_free);

  G_OBJECT_CLASS (cramp_page_parent_class)->dispose (object);
}

static void
cramp_page_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrampPage *self = CRAMP_PAGE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, cramp_page_get_atlas (self));
      break;
    case PROP_ITEM:
      g_value_set_string (value, cramp_page_get_item (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, cramp_page_get_title (self));
      break;
    case PROP_DRAWING_REQUEST:
      g_value_set_boxed (value, cramp_page_get_drawing_request (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_page_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrampPage *self = CRAMP_PAGE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      cramp_page_set_atlas (self, g_value_get_object (value));
      break;
    case PROP_ITEM:
      cramp_page_set_item (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_page_class_init (CrampPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_page_dispose;
  object_class->get_property = cramp_page_get_property;
  object_class->set_property = cramp_page_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_ITEM] =
      g_param_spec_string ("item", NULL, NULL,
                           NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  props[PROP_DRAWING_REQUEST] =
      g_param_spec_boxed ("drawing-request", NULL, NULL,
                          CRAMP_TYPE_DRAWING_REQUEST,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CrampPage, content_box);
  gtk_widget_class_bind_template_child_private (widget_class, CrampPage, eyebrow_label);
  gtk_widget_class_bind_template_child_private (widget_class, CrampPage, lead_label);
  gtk_widget_class_bind_template_child_private (widget_class, CrampPage, scroller);
  gtk_widget_class_bind_template_child_private (widget_class, CrampPage, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
cramp_page_init (CrampPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
