/* cramp-structure-page.c: a named part of the foot
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-structure-page.h"
#include "cramp-ui-util.h"

/* A structure's page is short: its names, what it is, and the regions and
 * causes that involve it, each a row that opens its own page. The drawing
 * lights it, with its layer, in a view that draws it. */
struct _CrampStructurePage
{
  CrampPage parent_instance;

  GtkLabel *latin_label;
  GtkLabel *description_label;
  GtkBox   *links_box;
};

G_DEFINE_FINAL_TYPE (CrampStructurePage, cramp_structure_page, CRAMP_TYPE_PAGE)

static void
add_regions (CrampStructurePage   *self,
             const CrampStructure *structure)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < structure->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (structure->regions, i);

      adw_preferences_group_add (cramp_ensure_group (self->links_box, &group, _ ("Where It Lies")),
                                 cramp_link_row_new (region->name, region->summary, CRAMP_SELECTION_REGION,
                                                     region->id));
    }
}

static void
add_factors (CrampStructurePage   *self,
             const CrampStructure *structure)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < structure->factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (structure->factors, i);

      adw_preferences_group_add (cramp_ensure_group (self->links_box, &group, _ ("Causes That Involve It")),
                                 cramp_link_row_new (factor->name, factor->summary, CRAMP_SELECTION_FACTOR,
                                                     factor->id));
    }
}

static void
cramp_structure_page_update (CrampPage  *page,
                             CrampAtlas *atlas,
                             const char *item)
{
  CrampStructurePage   *self = CRAMP_STRUCTURE_PAGE (page);
  const CrampStructure *structure = cramp_atlas_lookup_structure (atlas, item);

  g_return_if_fail (structure != NULL);

  cramp_page_set_heading (page, structure->layer ? structure->layer->name : NULL, structure->name, NULL);
  gtk_label_set_label (self->latin_label, structure->latin);
  gtk_label_set_label (self->description_label, structure->description);

  cramp_box_remove_all (self->links_box);
  add_regions (self, structure);
  add_factors (self, structure);
}

static void
cramp_structure_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRAMP_TYPE_STRUCTURE_PAGE);

  G_OBJECT_CLASS (cramp_structure_page_parent_class)->dispose (object);
}

static void
cramp_structure_page_class_init (CrampStructurePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_structure_page_dispose;
  page_class->update = cramp_structure_page_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-structure-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampStructurePage, latin_label);
  gtk_widget_class_bind_template_child (widget_class, CrampStructurePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, CrampStructurePage, links_box);
}

static void
cramp_structure_page_init (CrampStructurePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_a11y_fix_template (GTK_WIDGET (self));
}
