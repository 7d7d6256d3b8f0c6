/* cramp-guide-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-guide-page.h"
#include "cramp-selection.h"
#include "cramp-ui-util.h"

struct _CrampGuidePage
{
  CrampPage          parent_instance;

  GtkLabel          *intro_label;
  GtkScrolledWindow *scroller;
  GtkBox            *sections_box;
  GtkLabel          *title_label;
};

G_DEFINE_FINAL_TYPE (CrampGuidePage, cramp_guide_page, CRAMP_TYPE_PAGE)

/* One sentence of a guide, whatever record it comes from. */
typedef struct
{
  const char *text;
  int         section;
  GPtrArray  *sources;
} GuideItem;

typedef struct
{
  int         section;
  const char *title;
  const char *description;
  const char *icon_name;
  const char *css_class;
} GuideSection;

static const GuideSection red_flag_sections[] = {
  { CRAMP_TIER_EMERGENCY, N_ ("Call Your Emergency Number Now"),
    N_ ("Any one of these needs help at once."),
    "cramp-emergency-symbolic", "tier-emergency" },
  { CRAMP_TIER_URGENT, N_ ("Get Medical Help Today"),
    N_ ("See a doctor or an urgent care service the same day."),
    "cramp-urgent-symbolic", "tier-urgent" },
  { CRAMP_TIER_SOON, N_ ("Book an Appointment"),
    N_ ("Not an emergency, but worth a visit to a clinician in the coming days or weeks."),
    "cramp-soon-symbolic", "tier-soon" },
};

static const GuideSection tip_sections[] = {
  { CRAMP_TIP_DURING, N_ ("During a Cramp"), NULL, "cramp-during-symbolic", "tip-during" },
  { CRAMP_TIP_PREVENT, N_ ("Between Cramps"), NULL, "cramp-prevent-symbolic", "tip-prevent" },
  { CRAMP_TIP_AVOID, N_ ("What to Avoid"), NULL, "cramp-avoid-symbolic", "tip-avoid" },
};

static GArray *
collect_red_flags (CrampAtlas *atlas)
{
  GPtrArray *flags = cramp_atlas_get_red_flags (atlas);
  GArray    *items = g_array_sized_new (FALSE, FALSE, sizeof (GuideItem), flags->len);

  for (guint i = 0; i < flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (flags, i);
      GuideItem           item = { flag->text, flag->tier, flag->sources };

      g_array_append_val (items, item);
    }

  return items;
}

static GArray *
collect_tips (CrampAtlas *atlas)
{
  GPtrArray *tips = cramp_atlas_get_tips (atlas);
  GArray    *items = g_array_sized_new (FALSE, FALSE, sizeof (GuideItem), tips->len);

  for (guint i = 0; i < tips->len; i++)
    {
      const CrampTip *tip = g_ptr_array_index (tips, i);
      GuideItem       item = { tip->text, tip->kind, tip->sources };

      g_array_append_val (items, item);
    }

  return items;
}

static void
add_section (CrampGuidePage     *self,
             const GuideSection *section,
             GArray             *items)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      const GuideItem *item = &g_array_index (items, GuideItem, i);

      if (item->section != section->section)
        continue;

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ (section->title));
          if (section->description != NULL)
            adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                                   _ (section->description));
          gtk_widget_add_css_class (group, section->css_class);
          gtk_box_append (self->sections_box, group);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 cramp_text_row_new (item->text, section->icon_name,
                                                     section->css_class));
    }
}

/* The sources of every item, once each, in the order the atlas lists them. */
static GPtrArray *
cited_sources (CrampAtlas *atlas,
               GArray     *items)
{
  GPtrArray *all = cramp_atlas_get_sources (atlas);
  GPtrArray *cited = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      gpointer source = g_ptr_array_index (all, i);

      for (guint j = 0; j < items->len; j++)
        {
          if (g_ptr_array_find (g_array_index (items, GuideItem, j).sources, source, NULL))
            {
              g_ptr_array_add (cited, source);
              break;
            }
        }
    }

  return cited;
}

static void
show_guide (CrampGuidePage     *self,
            CrampAtlas         *atlas,
            const GuideSection *sections,
            guint               n_sections,
            GArray             *items)
{
  g_autoptr (GPtrArray) sources = cited_sources (atlas, items);

  cramp_box_remove_all (self->sections_box);
  for (guint i = 0; i < n_sections; i++)
    add_section (self, &sections[i], items);

  if (sources->len > 0)
    gtk_box_append (self->sections_box, cramp_sources_group_new (sources));
}

static void
cramp_guide_page_update (CrampPage  *page,
                         CrampAtlas *atlas,
                         const char *item)
{
  CrampGuidePage *self = CRAMP_GUIDE_PAGE (page);
  g_autoptr (GArray) items = NULL;

  if (g_str_equal (item, CRAMP_GUIDE_RED_FLAGS))
    {
      gtk_label_set_label (self->title_label, _ ("When to See a Clinician"));
      gtk_label_set_label (self->intro_label,
                           _ ("Most cramps are harmless and pass on their own. The signs below "
                              "need a clinician, whatever else is going on. This list helps you "
                              "learn; it cannot rule anything in or out."));
      items = collect_red_flags (atlas);
      show_guide (self, atlas, red_flag_sections, G_N_ELEMENTS (red_flag_sections), items);
    }
  else
    {
      g_return_if_fail (g_str_equal (item, CRAMP_GUIDE_SELF_CARE));

      gtk_label_set_label (self->title_label, _ ("Easing and Preventing Cramps"));
      gtk_label_set_label (self->intro_label,
                           _ ("What helps while a cramp lasts, what may make cramps less "
                              "frequent, and what is better left alone."));
      items = collect_tips (atlas);
      show_guide (self, atlas, tip_sections, G_N_ELEMENTS (tip_sections), items);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
cramp_guide_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRAMP_TYPE_GUIDE_PAGE);

  G_OBJECT_CLASS (cramp_guide_page_parent_class)->dispose (object);
}

static void
cramp_guide_page_class_init (CrampGuidePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_guide_page_dispose;
  page_class->update = cramp_guide_page_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-guide-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampGuidePage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CrampGuidePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CrampGuidePage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CrampGuidePage, title_label);
}

static void
cramp_guide_page_init (CrampGuidePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
