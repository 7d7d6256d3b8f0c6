/* cramp-factor-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-evidence-badge.h"
#include "cramp-factor-page.h"
#include "cramp-ui-util.h"

struct _CrampFactorPage
{
  CrampPage           parent_instance;

  CrampEvidenceBadge *evidence_badge;
  GtkLabel           *evidence_explanation_label;
  GtkLabel           *evidence_note_label;
  GtkBox             *lists_box;
  GtkLabel           *mechanism_label;
  GtkWidget          *self_care_box;
  GtkLabel           *self_care_label;
};

G_DEFINE_FINAL_TYPE (CrampFactorPage, cramp_factor_page, CRAMP_TYPE_PAGE)

static GtkWidget *
regions_group_new (const CrampFactor *factor)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Where It Is Felt"));
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

  cramp_page_set_heading (page, factor->group->name, factor->name, factor->summary);
  gtk_label_set_label (self->mechanism_label, factor->mechanism);
  cramp_evidence_badge_set_evidence (self->evidence_badge, factor->evidence);
  gtk_label_set_label (self->evidence_explanation_label,
                       cramp_evidence_get_explanation (factor->evidence));
  gtk_label_set_label (self->evidence_note_label, factor->evidence_note);
  gtk_widget_set_visible (self->self_care_box, factor->self_care != NULL);
  gtk_label_set_label (self->self_care_label, factor->self_care ? factor->self_care : "");

  cramp_box_remove_all (self->lists_box);
  gtk_box_append (self->lists_box, regions_group_new (factor));
  gtk_box_append (self->lists_box, cramp_sources_group_new (factor->sources));
}

static void
cramp_factor_page_dispose (GObject *object)
{
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
  page_class->update = cramp_factor_page_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-factor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_badge);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_explanation_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, evidence_note_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, mechanism_label);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, self_care_box);
  gtk_widget_class_bind_template_child (widget_class, CrampFactorPage, self_care_label);

  g_type_ensure (CRAMP_TYPE_EVIDENCE_BADGE);
}

static void
cramp_factor_page_init (CrampFactorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
