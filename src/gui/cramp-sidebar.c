/* cramp-sidebar.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-search.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"

struct _CrampSidebar
{
  AdwBin          parent_instance;

  GtkListBox     *list;
  GtkStack       *lists;
  GtkLabel       *result_count;
  GtkListBox     *results;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;

  CrampAtlas     *atlas;
  GPtrArray      *entries; /* of Entry, one for each row of the list */
  guint           rows_made;
  GdkFrameClock  *clock;
  gulong          after_paint_id;
  CrampSearch    *search;
  char           *selection;
  GtkListBoxRow  *current;
  int             results_told; /* the count of results last said, or -1 */
};

G_DEFINE_FINAL_TYPE (CrampSidebar, cramp_sidebar, ADW_TYPE_BIN)

/* What a row of the list shows, and what it selects. */
typedef struct
{
  char *section;
  char *title;
  char *target;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->section);
  g_free (entry->title);
  g_free (entry->target);
  g_free (entry);
}

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_SELECTION,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Rows keep their selection as data rather than as a GtkActionable target:
 * a GtkListBoxRow with an action emits no row-activated. */
static const char *
row_target (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "cramp-target");
}

static const char *
row_section (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "cramp-section");
}

static void
add_row (CrampSidebar      *self,
         const char        *section,
         const char        *title,
         CrampSelectionKind kind,
         const char        *id)
{
  Entry *entry = g_new (Entry, 1);

  entry->section = g_strdup (section);
  entry->title = g_strdup (title);
  entry->target = cramp_selection_make (kind, id);
  g_ptr_array_add (self->entries, entry);
}

static void
make_row (CrampSidebar *self,
          const Entry  *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (entry->title);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, entry->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, entry->section,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "cramp-section", g_strdup (entry->section), g_free);
  g_object_set_data_full (G_OBJECT (row), "cramp-target", g_strdup (entry->target), g_free);
  gtk_list_box_append (self->list, row);
}

static void
add_regions (CrampSidebar *self)
{
  GPtrArray *regions = cramp_atlas_get_regions (self->atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      add_row (self, _ ("Where It Hurts"), region->name, CRAMP_SELECTION_REGION, region->id);
    }
}

static void
add_factors (CrampSidebar *self)
{
  GPtrArray *groups = cramp_atlas_get_groups (self->atlas);
  GPtrArray *factors = cramp_atlas_get_factors (self->atlas);

  for (guint i = 0; i < groups->len; i++)
    {
      const CrampGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < factors->len; j++)
        {
          const CrampFactor *factor = g_ptr_array_index (factors, j);

          if (factor->group == group)
            add_row (self, group->name, factor->name, CRAMP_SELECTION_FACTOR, factor->id);
        }
    }
}

/* The guides, which the list shows and the search finds by their titles. */
static const struct
{
  CrampSelectionKind kind;
  const char        *id;
  const char        *title;
} guides[] = {
  { CRAMP_SELECTION_CHECK, CRAMP_CHECK_SYMPTOMS, N_ ("Check My Symptoms") },
  { CRAMP_SELECTION_QUIZ, CRAMP_QUIZ_ROUND, N_ ("Take a Quiz") },
  { CRAMP_SELECTION_GUIDE, CRAMP_GUIDE_RED_FLAGS, N_ ("When to See a Clinician") },
  { CRAMP_SELECTION_GUIDE, CRAMP_GUIDE_SELF_CARE, N_ ("Easing and Preventing Cramps") },
};

static void
add_guides (CrampSidebar *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (guides); i++)
    {
      g_autofree char *target = cramp_selection_make (guides[i].kind, guides[i].id);

      add_row (self, _ ("Guidance"), _ (guides[i].title), guides[i].kind, guides[i].id);
      cramp_search_add_guide (self->search, target, _ (guides[i].title));
    }
}

/* A list box adds each section header after all its rows; a screen reader
 * reading the list in order should meet the header before its rows. */
static void
order_headers (CrampSidebar *self)
{
  GtkWidget *list = GTK_WIDGET (self->list);

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *header;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (child));
      if (header != NULL && gtk_widget_get_parent (header) == list &&
          gtk_widget_get_next_sibling (header) != child)
        gtk_widget_insert_before (header, list, child);
    }
}

/* The rows that the first frame shows are made with the list; the others
 * come once that frame is painted. Each row costs the first frame about a
 * quarter of a millisecond, and at the default size about a third of them
 * are below the bottom of the window. */

/* The lowest a row or a section header of the list can be, and the
 * height of the header bar above the list, in pixels. */
#define MIN_ITEM_HEIGHT   36
#define HEADER_BAR_HEIGHT 46

static void
make_rows (CrampSidebar *self,
           guint         count)
{
  count = MIN (count, self->entries->len);
  if (self->rows_made >= count)
    return;

  for (; self->rows_made < count; self->rows_made++)
    make_row (self, g_ptr_array_index (self->entries, self->rows_made));
  order_headers (self);
}

static void
stop_waiting_for_paint (CrampSidebar *self)
{
  if (self->clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->clock);
  g_clear_object (&self->clock);
}

static void
make_all_rows (CrampSidebar *self)
{
  stop_waiting_for_paint (self);
  make_rows (self, G_MAXUINT);
}

static void
after_paint_cb (CrampSidebar *self)
{
  make_all_rows (self);
}

static void
wait_for_paint (CrampSidebar *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->clock != NULL || self->rows_made >= self->entries->len)
    return;

  if (clock == NULL)
    {
      make_all_rows (self);
      return;
    }

  self->clock = g_object_ref (clock);
  self->after_paint_id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

/* How many rows, counting each section's header as one, fill the height
 * the window opens at; all of them when it opens maximized or full screen,
 * or outside a window. */
static guint
first_screen_rows (CrampSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int      width = 0, height = 0;
  int      items;
  guint    count = 0;

  /* GTK 4.8 writes the width even when asked for the height alone. */
  if (GTK_IS_WINDOW (root) && !gtk_window_is_maximized (GTK_WINDOW (root)) &&
      !gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  if (height <= 0)
    return G_MAXUINT;

  items = (height - HEADER_BAR_HEIGHT) / MIN_ITEM_HEIGHT + 1;
  for (const char *section = NULL; count < self->entries->len && items > 0; count++, items--)
    {
      const Entry *entry = g_ptr_array_index (self->entries, count);

      if (g_strcmp0 (section, entry->section) != 0)
        items--;
      section = entry->section;
    }

  return count;
}

static void update_results (CrampSidebar *self);
static void set_current (CrampSidebar  *self,
                         GtkListBoxRow *row);

static void
rebuild (CrampSidebar *self)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder is a child of the list too. */
  set_current (self, NULL);
  stop_waiting_for_paint (self);
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->entries, 0);
  self->rows_made = 0;

  g_clear_object (&self->search);
  if (self->atlas == NULL)
    return;

  self->search = cramp_search_new (self->atlas);
  add_regions (self);
  add_factors (self);
  add_guides (self);
  make_rows (self, first_screen_rows (self));
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    wait_for_paint (self);
  update_results (self);
}

static GtkWidget *
section_header_new (const char *title)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", title,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "sidebar-section");

  return label;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *section = row_section (row);
  GtkWidget  *header = gtk_list_box_row_get_header (row);

  if (before != NULL && g_strcmp0 (section, row_section (before)) == 0)
    gtk_list_box_row_set_header (row, NULL);
  else if (header == NULL || g_strcmp0 (gtk_label_get_label (GTK_LABEL (header)), section) != 0)
    gtk_list_box_row_set_header (row, section_header_new (section));
}

/* Activating a row also shows the page when the window is too narrow to
 * show the list beside it. */
static void
row_activated_cb (CrampSidebar  *self,
                  GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select", "s", row_target (row));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-content", NULL);
}

/* The row of what the page shows is marked as the current one. The list
 * selects nothing itself: the arrow keys only move the focus, and a row
 * opens its page when it is activated, by Enter or a click. */
static void
set_current (CrampSidebar  *self,
             GtkListBoxRow *row)
{
  if (self->current == row)
    return;

  if (self->current != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->current), "current");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->current), GTK_ACCESSIBLE_STATE_SELECTED);
    }
  self->current = row;
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "current");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
    }
}

static void
mark_current_row (CrampSidebar *self)
{
  GtkListBoxRow *row;

  if (self->selection[0] != '\0')
    make_all_rows (self);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      if (g_strcmp0 (row_target (row), self->selection) == 0)
        {
          set_current (self, row);
          return;
        }
    }

  set_current (self, NULL);
}

/**
 * cramp_sidebar_get_current_row:
 * @self: a sidebar
 *
 * Returns: (transfer none) (nullable): the row of what the page shows
 */
GtkListBoxRow *
cramp_sidebar_get_current_row (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), NULL);

  return self->current;
}

/* Search */

static char *
result_target (const CrampSearchResult *result)
{
  switch (result->kind)
    {
    case CRAMP_SEARCH_REGION:
      return cramp_selection_make (CRAMP_SELECTION_REGION, result->id);
    case CRAMP_SEARCH_STRUCTURE:
      return cramp_selection_make (CRAMP_SELECTION_STRUCTURE, result->id);
    case CRAMP_SEARCH_FACTOR:
      return cramp_selection_make (CRAMP_SELECTION_FACTOR, result->id);
    case CRAMP_SEARCH_GUIDE:
      return g_strdup (result->id);
    case CRAMP_SEARCH_TIP:
    case CRAMP_SEARCH_RED_FLAG:
    default:
      return cramp_selection_make (CRAMP_SELECTION_GUIDE, result->guide);
    }
}

/* What a result is, under its title. */
static const char *
result_kind (const CrampSearchResult *result)
{
  switch (result->kind)
    {
    case CRAMP_SEARCH_REGION:
      return _ ("Where it hurts");
    case CRAMP_SEARCH_STRUCTURE:
      return _ ("Structure of the foot");
    case CRAMP_SEARCH_FACTOR:
      return ((const CrampFactor *) result->item)->group->name;
    case CRAMP_SEARCH_GUIDE:
      return _ ("Guidance");
    case CRAMP_SEARCH_TIP:
      return _ ("Self-care tip");
    case CRAMP_SEARCH_RED_FLAG:
    default:
      return _ ("Warning sign");
    }
}

static GtkWidget *
result_row_new (const CrampSearchResult *result,
                char                    *target)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (result->title);
  GtkWidget *kind = gtk_label_new (result_kind (result));

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0.0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, result->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, result_kind (result),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "cramp-target", target, g_free);
  return row;
}

static guint
fill_results (CrampSidebar *self,
              const char   *query)
{
  g_autoptr (GPtrArray) found = cramp_search_query (self->search, query);

  for (guint i = 0; i < found->len; i++)
    {
      const CrampSearchResult *result = g_ptr_array_index (found, i);

      gtk_list_box_append (self->results, result_row_new (result, result_target (result)));
    }

  return found->len;
}

/* Says how many results there are when that changes as the person types. */
static void
tell_results (CrampSidebar *self,
              guint         shown,
              const char   *count)
{
  if ((int) shown == self->results_told)
    return;

  self->results_told = shown;
  cramp_a11y_announce (GTK_WIDGET (self), shown > 0 ? count : _ ("No results"));
}

static void
add_key_handler (GtkWidget *widget,
                 GCallback  callback,
                 gpointer   user_data)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", callback, user_data);
  gtk_widget_add_controller (widget, keys);
}

/* The first search result, if there are results. */
static GtkListBoxRow *
first_result (CrampSidebar *self)
{
  return self->results != NULL ? gtk_list_box_get_row_at_index (self->results, 0) : NULL;
}

static gboolean
results_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        CrampSidebar          *self)
{
  GtkListBoxRow *first = first_result (self);
  GtkWidget     *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  if (keyval != GDK_KEY_Up || first == NULL || focus != GTK_WIDGET (first))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* The results are built the first time there is a query: a start that
 * never searches never makes them. */
static void
ensure_results (CrampSidebar *self)
{
  g_autoptr (GtkBuilder) builder = NULL;
  g_autoptr (GtkBuilderScope) scope = NULL;
  GtkWidget *results;

  if (self->results != NULL)
    return;

  builder = gtk_builder_new ();
  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "row_activated_cb", G_CALLBACK (row_activated_cb));
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_add_from_resource (builder, RESOURCE_PATH "/ui/cramp-sidebar-results.ui", NULL);

  self->result_count = GTK_LABEL (gtk_builder_get_object (builder, "result_count"));
  self->results = GTK_LIST_BOX (gtk_builder_get_object (builder, "results"));
  add_key_handler (GTK_WIDGET (self->results), G_CALLBACK (results_key_pressed_cb), self);
  results = GTK_WIDGET (gtk_builder_get_object (builder, "results_box"));
  cramp_a11y_fix_template (results);
  gtk_stack_add_named (self->lists, results, "results");
}

/* GTK computes the style of the hidden pages of a stack too: once made,
 * the results page is hidden while the list shows. */
static void
show_list (CrampSidebar *self,
           const char   *name)
{
  GtkWidget *results = gtk_stack_get_child_by_name (self->lists, "results");
  gboolean   searching = g_str_equal (name, "results");

  if (searching)
    gtk_widget_set_visible (results, TRUE);
  gtk_stack_set_visible_child_name (self->lists, name);
  if (!searching && results != NULL)
    gtk_widget_set_visible (results, FALSE);
}

/* While a query is typed, the list gives way to its results, best first. */
static void
update_results (CrampSidebar *self)
{
  const char      *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *count = NULL;
  GtkListBoxRow   *row;
  guint            shown;

  while ((row = first_result (self)) != NULL)
    gtk_list_box_remove (self->results, GTK_WIDGET (row));

  if (self->search == NULL || !gtk_search_bar_get_search_mode (self->search_bar) || query[0] == '\0')
    {
      self->results_told = -1;
      show_list (self, "browse");
      return;
    }

  ensure_results (self);
  shown = fill_results (self, query);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", shown), shown);
  gtk_label_set_label (self->result_count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->result_count), shown > 0);
  show_list (self, "results");
  tell_results (self, shown, count);
}

static void
search_changed_cb (CrampSidebar *self)
{
  update_results (self);
}

/* Enter opens the best result of what is typed, even when it comes before
 * the search entry's delay has run out. */
static void
search_activate_cb (CrampSidebar *self)
{
  GtkListBoxRow *row;

  update_results (self);
  row = first_result (self);

  if (row != NULL)
    g_signal_emit_by_name (self->results, "row-activated", row);
}

static void
stop_search_cb (CrampSidebar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_cb (CrampSidebar *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SEARCH_MODE]);
}

/* The Down key goes from the entry to the results, and Up from the first
 * result back to the entry. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      CrampSidebar          *self)
{
  GtkListBoxRow *row = first_result (self);

  if (keyval != GDK_KEY_Down || row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row)))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

/* The list shown: the results while there are any, else the whole list. */
static GtkWidget *
shown_list (CrampSidebar *self)
{
  return g_str_equal (gtk_stack_get_visible_child_name (self->lists), "results") ? GTK_WIDGET (self->results)
                                                                                 : GTK_WIDGET (self->list);
}

/**
 * cramp_sidebar_focus_list:
 * @self: a sidebar
 *
 * Puts the focus on the current row of the list, or on its first row; or
 * on the first result, while there are results.
 *
 * Returns: whether the focus moved
 */
gboolean
cramp_sidebar_focus_list (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), FALSE);

  make_all_rows (self);
  if (shown_list (self) == GTK_WIDGET (self->list) && self->current != NULL &&
      gtk_widget_grab_focus (GTK_WIDGET (self->current)))
    return TRUE;

  return gtk_widget_child_focus (shown_list (self), GTK_DIR_TAB_FORWARD);
}

/* The search entry and the list are a stop of Tab each: the list is
 * entered at its current row, the arrow keys move within it, and Tab goes
 * on to the drawing. */
static gboolean
cramp_sidebar_focus (GtkWidget       *widget,
                     GtkDirectionType direction)
{
  CrampSidebar *self = CRAMP_SIDEBAR (widget);
  GtkWidget    *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget    *entry = GTK_WIDGET (self->search_entry);
  gboolean      searching = gtk_search_bar_get_search_mode (self->search_bar);
  gboolean      in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->lists));
  gboolean      in_entry = focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      if (in_list)
        return FALSE;
      if (in_entry || !searching)
        return cramp_sidebar_focus_list (self);
      return gtk_widget_grab_focus (entry);
    case GTK_DIR_TAB_BACKWARD:
      if (in_list)
        return searching && gtk_widget_grab_focus (entry);
      if (!in_entry)
        return cramp_sidebar_focus_list (self) || (searching && gtk_widget_grab_focus (entry));
      return FALSE;
    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return GTK_WIDGET_CLASS (cramp_sidebar_parent_class)->focus (widget, direction);
    }
}

/**
 * cramp_sidebar_start_search:
 * @self: a sidebar
 *
 * Shows the search entry and puts the keyboard focus in it.
 */
void
cramp_sidebar_start_search (CrampSidebar *self)
{
  g_return_if_fail (CRAMP_IS_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/**
 * cramp_sidebar_capture_keys_from:
 * @self: a sidebar
 * @widget: (nullable): where typing starts a search, such as the window
 *
 * Lets typing anywhere in @widget start a search, as GNOME apps do.
 */
void
cramp_sidebar_capture_keys_from (CrampSidebar *self,
                                 GtkWidget    *widget)
{
  g_return_if_fail (CRAMP_IS_SIDEBAR (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

gboolean
cramp_sidebar_get_search_mode (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
cramp_sidebar_set_search_mode (CrampSidebar *self,
                               gboolean      search_mode)
{
  g_return_if_fail (CRAMP_IS_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

CrampAtlas *
cramp_sidebar_get_atlas (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), NULL);

  return self->atlas;
}

void
cramp_sidebar_set_atlas (CrampSidebar *self,
                         CrampAtlas   *atlas)
{
  g_return_if_fail (CRAMP_IS_SIDEBAR (self));
  g_return_if_fail (atlas == NULL || CRAMP_IS_ATLAS (atlas));

  if (!g_set_object (&self->atlas, atlas))
    return;

  rebuild (self);
  mark_current_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ATLAS]);
}

const char *
cramp_sidebar_get_selection (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), NULL);

  return self->selection;
}

void
cramp_sidebar_set_selection (CrampSidebar *self,
                             const char   *selection)
{
  g_return_if_fail (CRAMP_IS_SIDEBAR (self));

  if (selection == NULL)
    selection = "";

  if (g_strcmp0 (self->selection, selection) == 0)
    return;

  g_free (self->selection);
  self->selection = g_strdup (selection);
  mark_current_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTION]);
}

static void
cramp_sidebar_dispose (GObject *object)
{
  CrampSidebar *self = CRAMP_SIDEBAR (object);

  stop_waiting_for_paint (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_SIDEBAR);
  /* The results, if made, went with the stack that held them. */
  self->results = NULL;
  self->result_count = NULL;
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->atlas);
  g_clear_object (&self->search);
  g_clear_pointer (&self->selection, g_free);

  G_OBJECT_CLASS (cramp_sidebar_parent_class)->dispose (object);
}

static void
cramp_sidebar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrampSidebar *self = CRAMP_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_SELECTION:
      g_value_set_string (value, self->selection);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, cramp_sidebar_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_sidebar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrampSidebar *self = CRAMP_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      cramp_sidebar_set_atlas (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      cramp_sidebar_set_selection (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_MODE:
      cramp_sidebar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_sidebar_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cramp_sidebar_parent_class)->realize (widget);

  wait_for_paint (CRAMP_SIDEBAR (widget));
}

static void
cramp_sidebar_unrealize (GtkWidget *widget)
{
  stop_waiting_for_paint (CRAMP_SIDEBAR (widget));

  GTK_WIDGET_CLASS (cramp_sidebar_parent_class)->unrealize (widget);
}

static void
cramp_sidebar_class_init (CrampSidebarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_sidebar_dispose;
  object_class->get_property = cramp_sidebar_get_property;
  object_class->set_property = cramp_sidebar_set_property;
  widget_class->focus = cramp_sidebar_focus;
  widget_class->realize = cramp_sidebar_realize;
  widget_class->unrealize = cramp_sidebar_unrealize;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_SELECTION] =
      g_param_spec_string ("selection", NULL, NULL,
                           "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_SEARCH_MODE] =
      g_param_spec_boolean ("search-mode", NULL, NULL,
                            FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, list);
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, lists);
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cramp_sidebar_init (CrampSidebar *self)
{
  self->selection = g_strdup ("");
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->results_told = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, header_func, NULL, NULL);

  add_key_handler (GTK_WIDGET (self->search_entry), G_CALLBACK (entry_key_pressed_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}
