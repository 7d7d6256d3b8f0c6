/* cramp-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-page.h"

typedef struct
{
  CrampAtlas *atlas;
  char       *item;
} CrampPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CrampPage, cramp_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
update (CrampPage *self)
{
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);

  if (priv->atlas != NULL && priv->item != NULL)
    CRAMP_PAGE_GET_CLASS (self)->update (self, priv->atlas, priv->item);
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

static void
cramp_page_dispose (GObject *object)
{
  CrampPage        *self = CRAMP_PAGE (object);
  CrampPagePrivate *priv = cramp_page_get_instance_private (self);
  GtkWidget        *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&priv->atlas);
  g_clear_pointer (&priv->item, g_free);

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

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cramp_page_init (CrampPage *self)
{
}
