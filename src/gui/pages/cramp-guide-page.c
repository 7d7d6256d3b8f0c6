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
  CrampPage parent_instance;

  GtkBox   *sections_box;
};

G_DEFINE_FINAL_TYPE (CrampGuidePage, cramp_guide_page, CRAMP_TYPE_PAGE)

/* One sentence of a guide, whatever record it comes from, and what it may
 * mean. */
typedef struct
{
  const char *text;
  const char *detail; /* nullable */
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

static GuideSection
tip_section (CrampTipKind kind)
{
  const CrampSectionInfo *info = cramp_tip_kind_info (kind);

  return (GuideSection){ kind, _ (info->title), NULL, info->icon_name, info->css_class };
}

/* The content words a tier; the title and disposition are translated. */
static GuideSection
tier_section (CrampAtlas *atlas,
              CrampTier   tier)
{
  const CrampSectionInfo *info = cramp_tier_info (tier);
  const CrampTierAdvice  *advice = cramp_atlas_get_tier_advice (atlas, tier);

  return (GuideSection){ tier, advice->title, advice->disposition, info->icon_name, info->css_class };
}

/* The tiers of red flags, the most urgent first, or the kinds of tips. */
static guint
fill_sections (CrampAtlas  *atlas,
               GuideSection sections[3],
               gboolean     red_flags)
{
  for (guint i = 0; i < 3; i++)
    sections[i] = red_flags ? tier_section (atlas, CRAMP_TIER_EMERGENCY - i) : tip_section (i);

  return 3;
}

static GArray *
collect_items (CrampAtlas *atlas,
               gboolean    red_flags)
{
  GPtrArray *records = red_flags ? cramp_atlas_get_red_flags (atlas) : cramp_atlas_get_tips (atlas);
  GArray    *items = g_array_sized_new (FALSE, FALSE, sizeof (GuideItem), records->len);

  for (guint i = 0; i < records->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (records, i);
      const CrampTip     *tip = g_ptr_array_index (records, i);
      GuideItem           item = red_flags ? (GuideItem){ flag->text, flag->concern, flag->tier, flag->sources }
                                           : (GuideItem){ tip->text, NULL, tip->kind, tip->sources };

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
      GtkWidget       *row;

      if (item->section != section->section)
        continue;

      cramp_ensure_group (self->sections_box, &group, section->title);
      if (section->description != NULL)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), section->description);
      row = cramp_text_row_new (item->text, section->icon_name, section->css_class);
      if (item->detail != NULL)
        cramp_row_set_detail (row, item->detail);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
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
  gboolean        red_flags = g_str_equal (item, CRAMP_GUIDE_RED_FLAGS);
  g_autoptr (GArray) items = collect_items (atlas, red_flags);
  GuideSection sections[3];
  guint        n_sections = fill_sections (atlas, sections, red_flags);

  g_return_if_fail (red_flags || g_str_equal (item, CRAMP_GUIDE_SELF_CARE));

  if (red_flags)
    cramp_page_set_heading (page, NULL, _ ("When to See a Clinician"),
                            cramp_atlas_get_notice (atlas, CRAMP_NOTICE_RED_FLAGS));
  else
    cramp_page_set_heading (page, NULL, _ ("Easing and Preventing Cramps"),
                            cramp_atlas_get_notice (atlas, CRAMP_NOTICE_SELF_CARE));
  show_guide (self, atlas, sections, n_sections, items);
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
  gtk_widget_class_bind_template_child (widget_class, CrampGuidePage, sections_box);
}

static void
cramp_guide_page_init (CrampGuidePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
