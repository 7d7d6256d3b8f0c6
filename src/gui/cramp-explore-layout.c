/* cramp-explore-layout.c: the drawing beside the page, or above it
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-explore-layout.h"

/* The first child is the drawing, the second the page. From this width on
 * they sit side by side; below it the drawing goes on top. */
#define SIDE_BY_SIDE_WIDTH 760
#define PAGE_MIN_WIDTH     360
#define PAGE_MAX_WIDTH     560

struct _CrampExploreLayout
{
  GtkLayoutManager parent_instance;

  gboolean         side_by_side;
};

G_DEFINE_FINAL_TYPE (CrampExploreLayout, cramp_explore_layout, GTK_TYPE_LAYOUT_MANAGER)

gboolean
cramp_explore_layout_get_side_by_side (CrampExploreLayout *self)
{
  g_return_val_if_fail (CRAMP_IS_EXPLORE_LAYOUT (self), FALSE);

  return self->side_by_side;
}

static void
cramp_explore_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  *minimum = 0;
  *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      /* Stacked when narrow, so the smallest width is that of the widest
       * child; side by side when wide, so the natural sizes add up. */
      *minimum = MAX (*minimum, child_minimum);
      *natural += child_natural;
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_size_allocate (child, &(GtkAllocation){ x, y, width, height }, -1);
}

static int
minimum_width (GtkWidget *child)
{
  int minimum = 0;

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);

  return minimum;
}

/* The page takes a third of the width, so that at the window's default
 * size the drawing has more than half of it. Side by side only where both
 * fit at their smallest: with large text the page needs more room, and is
 * stacked under the drawing rather than cut. Stacked, as on a projector of
 * 1024×768, the drawing takes three fifths of the height and the page
 * scrolls below it. */
static void
cramp_explore_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  CrampExploreLayout *self = CRAMP_EXPLORE_LAYOUT (manager);
  GtkWidget          *drawing = gtk_widget_get_first_child (widget);
  GtkWidget          *page = drawing ? gtk_widget_get_next_sibling (drawing) : NULL;
  int                 page_width = CLAMP (width / 3, PAGE_MIN_WIDTH, PAGE_MAX_WIDTH);

  page_width = MAX (page_width, minimum_width (page));
  self->side_by_side = width >= SIDE_BY_SIDE_WIDTH && page_width + minimum_width (drawing) <= width;

  if (self->side_by_side)
    {
      allocate_child (drawing, 0, 0, width - page_width, height);
      allocate_child (page, width - page_width, 0, page_width, height);
    }
  else
    {
      int drawing_height = CLAMP (height * 3 / 5, 160, width * 4 / 5);

      allocate_child (drawing, 0, 0, width, drawing_height);
      allocate_child (page, 0, drawing_height, width, height - drawing_height);
    }
}

static void
cramp_explore_layout_class_init (CrampExploreLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = cramp_explore_layout_measure;
  manager_class->allocate = cramp_explore_layout_allocate;
}

static void
cramp_explore_layout_init (CrampExploreLayout *self)
{
}
