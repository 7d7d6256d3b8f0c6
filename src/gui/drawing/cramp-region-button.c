/* cramp-region-button.c: a region of the drawing as a focusable button
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-a11y.h"
#include "cramp-region-button.h"

/* GTK 4.8 has no accessible objects that are not widgets, so each region is
 * a widget the size of its bounding box, whose contains() follows its shape:
 * GTK's picking, focus and accessibility then see the real regions. The
 * view draws it; the button draws nothing. */
struct _CrampRegionButton
{
  GtkWidget               parent_instance;

  char                   *region;
  guint                   place;
  gboolean                selected;
  CrampRegionContainsFunc contains;
};

G_DEFINE_FINAL_TYPE (CrampRegionButton, cramp_region_button, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum
{
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *props[N_PROPS];
static guint       signals[N_SIGNALS];

/**
 * cramp_region_button_new:
 * @region: the region's id
 * @name: the region's name, which is the button's accessible name
 * @description: what the region is, which is the button's description
 * @place: the region's place in the view's region map
 * @contains: how the button asks its view whether a point is inside
 *
 * Returns: (transfer floating): a new button
 */
GtkWidget *
cramp_region_button_new (const char             *region,
                         const char             *name,
                         const char             *description,
                         guint                   place,
                         CrampRegionContainsFunc contains)
{
  CrampRegionButton *self = g_object_new (CRAMP_TYPE_REGION_BUTTON, NULL);

  self->region = g_strdup (region);
  self->place = place;
  self->contains = contains;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  cramp_a11y_set_description (GTK_WIDGET (self), description);
  cramp_a11y_set_tooltip (GTK_WIDGET (self), name);

  return GTK_WIDGET (self);
}

const char *
cramp_region_button_get_region (CrampRegionButton *self)
{
  g_return_val_if_fail (CRAMP_IS_REGION_BUTTON (self), NULL);

  return self->region;
}

guint
cramp_region_button_get_place (CrampRegionButton *self)
{
  g_return_val_if_fail (CRAMP_IS_REGION_BUTTON (self), 0);

  return self->place;
}

gboolean
cramp_region_button_get_selected (CrampRegionButton *self)
{
  g_return_val_if_fail (CRAMP_IS_REGION_BUTTON (self), FALSE);

  return self->selected;
}

void
cramp_region_button_set_selected (CrampRegionButton *self,
                                  gboolean           selected)
{
  g_return_if_fail (CRAMP_IS_REGION_BUTTON (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;
  cramp_a11y_set_toggled (GTK_WIDGET (self), selected);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
}

/* How a screen reader activates a region: over AT-SPI, GTK offers only the
 * actions that a widget of the app's own installs. */
static void
select_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_activate (widget);
}

static gboolean
cramp_region_button_contains (GtkWidget *widget,
                              double     x,
                              double     y)
{
  CrampRegionButton *self = CRAMP_REGION_BUTTON (widget);
  GtkWidget         *view = gtk_widget_get_parent (widget);
  graphene_point_t   point;

  if (view == NULL || self->contains == NULL ||
      !gtk_widget_compute_point (widget, view, &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  return self->contains (view, self->place, point.x, point.y);
}

static void
cramp_region_button_finalize (GObject *object)
{
  CrampRegionButton *self = CRAMP_REGION_BUTTON (object);

  g_free (self->region);

  G_OBJECT_CLASS (cramp_region_button_parent_class)->finalize (object);
}

static void
cramp_region_button_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CrampRegionButton *self = CRAMP_REGION_BUTTON (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_region_button_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CrampRegionButton *self = CRAMP_REGION_BUTTON (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      cramp_region_button_set_selected (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_region_button_class_init (CrampRegionButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cramp_region_button_finalize;
  object_class->get_property = cramp_region_button_get_property;
  object_class->set_property = cramp_region_button_set_property;

  widget_class->contains = cramp_region_button_contains;

  props[PROP_SELECTED] =
      g_param_spec_boolean ("selected", NULL, NULL,
                            FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * CrampRegionButton::activate:
   *
   * Emitted when the region is clicked, or activated by the keys or a
   * screen reader; what that does is up to the view that holds it.
   */
  signals[ACTIVATE] =
      g_signal_new ("activate",
                    G_TYPE_FROM_CLASS (klass),
                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                    0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);

  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_install_action (widget_class, "region.select", NULL, select_action_cb);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "regionbutton");
  gtk_widget_class_set_accessible_role (widget_class, cramp_a11y_toggle_role ());
}

static void
cramp_region_button_init (CrampRegionButton *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  cramp_a11y_set_toggled (GTK_WIDGET (self), FALSE);
}
