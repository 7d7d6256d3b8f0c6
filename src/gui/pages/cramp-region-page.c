/* cramp-region-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-evidence-badge.h"
#include "cramp-region-page.h"
#include "cramp-ui-util.h"

struct _CrampRegionPage
{
  CrampPage  parent_instance;

  GtkButton *check_button;
  GtkLabel  *description_label;
  GtkBox    *groups_box;
};

G_DEFINE_FINAL_TYPE (CrampRegionPage, cramp_region_page, CRAMP_TYPE_PAGE)

static GtkWidget *
factor_details_new (const CrampFactor *factor)
{
  /* Text to read rather than an item to pick. */
  GtkWidget *row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "details");
  gtk_box_append (GTK_BOX (box), cramp_heading_new (_ ("How It Works")));
  gtk_box_append (GTK_BOX (box), cramp_paragraph_new (factor->mechanism));
  gtk_box_append (GTK_BOX (box), cramp_heading_new (_ ("Evidence")));
  gtk_box_append (GTK_BOX (box), cramp_paragraph_new (factor->evidence_note));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  return row;
}

static GtkWidget *
factor_row_new (CrampAtlas        *atlas,
                const CrampFactor *factor)
{
  GtkWidget       *row = adw_expander_row_new ();
  g_autofree char *more = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), factor->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), factor->summary);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), cramp_evidence_badge_new (atlas, factor->evidence));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), factor_details_new (factor));

  /* Translators: %s is the name of a cause of cramps, such as “Magnesium”. */
  more = g_strdup_printf (_ ("More About %s"), factor->name);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            cramp_link_row_new (more, NULL, CRAMP_SELECTION_FACTOR, factor->id));
  cramp_a11y_fix_expander_row (row, factor->name);

  return row;
}

static void
add_group (CrampRegionPage   *self,
           const CrampRegion *region,
           const CrampGroup  *group)
{
  GtkWidget *widget = NULL;

  for (guint i = 0; i < region->factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (region->factors, i);

      if (factor->group == group)
        adw_preferences_group_add (cramp_ensure_group (self->groups_box, &widget, group->name),
                                   factor_row_new (cramp_page_get_atlas (CRAMP_PAGE (self)), factor));
    }
}

static void
cramp_region_page_update (CrampPage  *page,
                          CrampAtlas *atlas,
                          const char *item)
{
  CrampRegionPage   *self = CRAMP_REGION_PAGE (page);
  const CrampRegion *region = cramp_atlas_lookup_region (atlas, item);
  GPtrArray         *groups = cramp_atlas_get_groups (atlas);

  g_return_if_fail (region != NULL);

  cramp_page_set_heading (page, NULL, region->name, region->summary);
  gtk_label_set_label (self->description_label, region->description);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->check_button), "s", region->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->check_button), "win.start-check");

  cramp_box_remove_all (self->groups_box);
  for (guint i = 0; i < groups->len; i++)
    add_group (self, region, g_ptr_array_index (groups, i));
}

static void
cramp_region_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRAMP_TYPE_REGION_PAGE);

  G_OBJECT_CLASS (cramp_region_page_parent_class)->dispose (object);
}

static void
cramp_region_page_class_init (CrampRegionPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_region_page_dispose;
  page_class->update = cramp_region_page_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-region-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampRegionPage, check_button);
  gtk_widget_class_bind_template_child (widget_class, CrampRegionPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, CrampRegionPage, groups_box);
}

static void
cramp_region_page_init (CrampRegionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_a11y_fix_template (GTK_WIDGET (self));
}
