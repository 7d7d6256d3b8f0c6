/* cramp-factor-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-evidence-badge.h"
#include "cramp-factor-page.h"
#include "cramp-ui-util.h"

struct _CrampFactorPage
{
  CrampPage           parent_instance;

  GtkWidget          *done_button;
  CrampEvidenceBadge *evidence_badge;
  GtkLabel           *evidence_explanation_label;
  GtkLabel           *evidence_note_label;
  GtkBox             *lists_box;
  GtkLabel           *mechanism_label;
  GtkWidget          *next_button;
  GtkWidget          *previous_button;
  GtkWidget          *self_care_box;
  GtkLabel           *self_care_label;
  GtkWidget          *start_button;
  GtkLabel           *step_caption_label;
  GtkLabel           *step_heading_label;
  GtkWidget          *walkthrough_box;

  const CrampFactor  *factor;
  int                 step;
};

G_DEFINE_FINAL_TYPE (CrampFactorPage, cramp_factor_page, CRAMP_TYPE_PAGE)

enum
{
  PROP_0,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static GtkWidget *
focus_widget (CrampFactorPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

/* The buttons of the walk read the step as their description; when the
 * step changes while the focus is elsewhere, as with Page Down on the
 * drawing, it is said. A button the focus was on that goes keeps the focus
 * in the walk; so does one whose action the window disabled for the new
 * step before the page heard of it, which left the focus nowhere. */
static void
tell_step (CrampFactorPage *self,
           GtkWidget       *had_focus,
           const char      *told)
{
  GtkWidget *buttons[] = { self->start_button, self->previous_button, self->next_button, self->done_button };
  GtkWidget *focus = focus_widget (self);
  gboolean   on_buttons = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      cramp_a11y_set_description (buttons[i], told);
      on_buttons = on_buttons || buttons[i] == had_focus;
    }

  if ((on_buttons && (focus == NULL || !gtk_widget_get_visible (had_focus))) ||
      (had_focus == NULL && focus == NULL && gtk_widget_get_mapped (self->walkthrough_box)))
    {
      /* Next first, then Done, Show Step by Step and Back. */
      for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
        if (gtk_widget_get_visible (buttons[(i + 2) % G_N_ELEMENTS (buttons)]) &&
            gtk_widget_grab_focus (buttons[(i + 2) % G_N_ELEMENTS (buttons)]))
          break;
      return;
    }

  if (!on_buttons && told != NULL && gtk_widget_get_mapped (self->walkthrough_box))
    cramp_a11y_announce (GTK_WIDGET (self), told);
}

/* The card that walks through the mechanism, one step of the drawing at a
 * time; the window decides which step is shown. */
static void
update_walkthrough (CrampFactorPage *self)
{
  gboolean         running = self->factor != NULL && self->step >= 0 && (guint) self->step < self->factor->steps->len;
  GtkWidget       *had_focus = focus_widget (self);
  g_autofree char *told = NULL;

  gtk_widget_set_visible (self->walkthrough_box, self->factor != NULL && self->factor->steps->len > 0);
  gtk_widget_set_visible (self->start_button, !running);
  gtk_widget_set_visible (self->previous_button, running);
  gtk_widget_set_visible (self->next_button, running && (guint) self->step + 1 < self->factor->steps->len);
  gtk_widget_set_visible (self->done_button, running);

  if (running)
    {
      const CrampStep *step = g_ptr_array_index (self->factor->steps, self->step);
      g_autofree char *heading = NULL;

      /* Translators: the first %d is the step shown, the second how many there are. */
      heading = g_strdup_printf (_ ("Step %d of %d"), self->step + 1, self->factor->steps->len);
      gtk_label_set_label (self->step_heading_label, heading);
      gtk_label_set_label (self->step_caption_label, step->caption);
      told = g_strdup_printf ("%s. %s", heading, step->caption);
    }
  else
    {
      gtk_label_set_label (self->step_heading_label, _ ("Step by Step"));
      gtk_label_set_label (self->step_caption_label,
                           _ ("Follow on the drawing how this leads to cramps, one step at a time."));
    }
  tell_step (self, had_focus, told);
}

static GtkWidget *
regions_group_new (const CrampFactor *factor)
{
  GtkWidget *group = cramp_group_new (_ ("Where It Is Felt"), _ ("Where It Is Felt"));

  for (guint i = 0; i < factor->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (factor->regions, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 cramp_link_row_new (region->name, region->summary,
                                                     CRAMP_SELECTION_REGION, region->id));
    }

  return group;
}

static void
cramp_factor_page_update (CrampPage  *page,
                          CrampAtlas *atlas,
                          const char *item)
{
  CrampFactorPage   *self = CRAMP_FACTOR_PAGE (page);
  const CrampFactor *factor = cramp_atlas_lookup_factor (atlas, item);

  g_return_if_fail (factor != NULL);

  self->factor = factor;
  cramp_page_set_heading (page, factor->group->name, factor->name, factor->summary);
  update_walkthrough (self);
  gtk_label_set_label (self->mechanism_label, factor->mechanism);
  cramp_evidence_badge_set_atlas (self->evidence_badge, atlas);
  cramp_evidence_badge_set_evidence (self->evidence_badge, factor->evidence);
  gtk_label_set_label (self->evidence_explanation_label, cramp_atlas_explain_evidence (atlas, factor->evidence));
  gtk_label_set_label (self->evidence_note_label, factor->evidence_note);
  gtk_widget_set_visible (self->self_care_box, factor->self_care != NULL);
  gtk_label_set_label (self->self_care_label, factor->self_care ? factor->self_care : "");

  cramp_box_remove_all (self->lists_box);
  gtk_box_append (self->lists_box, regions_group_new (factor));
  gtk_box_append (self->lists_box, cramp_sources_group_new (factor->sources));
}

int
cramp_factor_page_get_step (CrampFactorPage *self)
{
  g_return_val_if_fail (CRAMP_IS_FACTOR_PAGE (self), -1);

  return self->step;
}

/**
 * cramp_factor_page_set_step:
 * @self: a factor page
 * @step: the step of the mechanism shown on the drawing, or -1 for none
 */
void
cramp_factor_page_set_step (CrampFactorPage *self,
                            int              step)
{
  g_return_if_fail (CRAMP_IS_FACTOR_PAGE (self));

  if (self->step == step)
    return;

  self->step = step;
  update_walkthrough (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STEP]);
}

static void
cramp_factor_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrampFactorPage *self = CRAMP_FACTOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_factor_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrampFactorPage *self = CRAMP_FACTOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      cramp_factor_page_set_step (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_factor_page_dispose (GObject *object)
{
  CRAMP_FACTOR_PAGE (object)->factor = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (object), CRAMP_TYPE_FACTOR_PAGE);

  G_OBJECT_CLASS (cramp_factor_page_parent_class)->dispose (object);
}

static void
cramp_factor_page_class_init (CrampFactorPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_factor_page_dispose;
  object_class->get_property = cramp_factor_page_get_property;
  object_class->set_property = cramp_factor_page_set_property;
  page_class->update = cramp_factor_page_update;

  props[PROP_STEP] =
      g_param_spec_int ("step", NULL, NULL,
                        -1, G_MAXINT, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-factor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_badge);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_explanation_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_note_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, mechanism_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, self_care_box);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, self_care_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, step_caption_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, step_heading_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, walkthrough_box);

  g_type_ensure (CRAMP_TYPE_EVIDENCE_BADGE);
}

static void
cramp_factor_page_init (CrampFactorPage *self)
{
  self->step = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_a11y_fix_template (GTK_WIDGET (self));
}
