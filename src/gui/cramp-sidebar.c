/* cramp-sidebar.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-selection.h"
#include "cramp-sidebar.h"

struct _CrampSidebar
{
  AdwBin          parent_instance;

  GtkListBox     *list;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;

  CrampAtlas     *atlas;
  char           *selection;
  GtkListBoxRow  *current;
  guint           results_shown;
};

G_DEFINE_FINAL_TYPE (CrampSidebar, cramp_sidebar, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_SELECTION,
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

/* Rows keep all their item's text, for the search to look through. */
static void
add_row (CrampSidebar      *self,
         const char        *section,
         const char        *title,
         CrampSelectionKind kind,
         const char        *id,
         const char        *text)
{
  g_autofree char *target = cramp_selection_make (kind, id);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, section,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "cramp-section", g_strdup (section), g_free);
  g_object_set_data_full (G_OBJECT (row), "cramp-target", g_steal_pointer (&target), g_free);
  g_object_set_data_full (G_OBJECT (row), "cramp-title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (row), "cramp-text", g_strjoin (" ", title, text, NULL), g_free);
  gtk_list_box_append (self->list, row);
}

static void
add_regions (CrampSidebar *self)
{
  GPtrArray *regions = cramp_atlas_get_regions (self->atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      g_autofree char   *text = g_strjoin (" ", region->summary, region->description, NULL);

      add_row (self, _ ("Where It Hurts"), region->name, CRAMP_SELECTION_REGION, region->id, text);
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

          g_autofree char   *text = NULL;

          if (factor->group != group)
            continue;

          text = g_strjoin (" ", factor->summary, factor->mechanism, factor->evidence_note,
                            factor->self_care ? factor->self_care : "", NULL);
          add_row (self, group->name, factor->name, CRAMP_SELECTION_FACTOR, factor->id, text);
        }
    }
}

static void
add_guides (CrampSidebar *self)
{
  add_row (self, _ ("Guidance"), _ ("Check My Symptoms"),
           CRAMP_SELECTION_CHECK, CRAMP_CHECK_SYMPTOMS, _ ("self-check questions advice"));
  add_row (self, _ ("Guidance"), _ ("Take a Quiz"), CRAMP_SELECTION_QUIZ, CRAMP_QUIZ_ROUND,
           _ ("quiz test questions class"));
  add_row (self, _ ("Guidance"), _ ("When to See a Clinician"),
           CRAMP_SELECTION_GUIDE, CRAMP_GUIDE_RED_FLAGS, NULL);
  add_row (self, _ ("Guidance"), _ ("Easing and Preventing Cramps"),
           CRAMP_SELECTION_GUIDE, CRAMP_GUIDE_SELF_CARE, NULL);
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

static void
rebuild (CrampSidebar *self)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder is a child of the list too. */
  set_current (self, NULL);
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  if (self->atlas == NULL)
    return;

  add_regions (self);
  add_factors (self);
  add_guides (self);
  order_headers (self);
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

/* Search */

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  CrampSidebar *self = user_data;
  const char   *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (!gtk_search_bar_get_search_mode (self->search_bar) || query[0] == '\0')
    return TRUE;

  return g_str_match_string (query, g_object_get_data (G_OBJECT (row), "cramp-text"), TRUE);
}

/* The rows the filter shows, which are all a screen reader should count. */
static guint
count_shown_rows (CrampSidebar *self)
{
  GtkListBoxRow *row;
  guint          shown = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      gboolean listed = gtk_widget_get_child_visible (GTK_WIDGET (row));

      cramp_a11y_set_listed (GTK_WIDGET (row), listed);
      shown += listed;
    }

  return shown;
}

/* Says how many results there are, as the list shows them, when that
 * changes while the person types. */
static void
announce_results (CrampSidebar *self,
                  guint         shown)
{
  g_autofree char *message = NULL;

  if (shown == self->results_shown || !gtk_search_bar_get_search_mode (self->search_bar))
    return;

  self->results_shown = shown;
  if (shown == 0)
    message = g_strdup (_ ("No results"));
  else
    /* Translators: how many items of the list the search shows. */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", shown), shown);
  cramp_a11y_announce (GTK_WIDGET (self), message);
}

static void
search_changed_cb (CrampSidebar *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
  order_headers (self);
  announce_results (self, count_shown_rows (self));
}

/* The first result whose name matches, or else the first result. */
static GtkListBoxRow *
first_shown_row (CrampSidebar *self)
{
  const char    *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkListBoxRow *first = NULL;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      if (!gtk_widget_get_child_visible (GTK_WIDGET (row)))
        continue;
      if (g_str_match_string (query, g_object_get_data (G_OBJECT (row), "cramp-title"), TRUE))
        return row;
      if (first == NULL)
        first = row;
    }

  return first;
}

/* Enter picks the first result of what is typed, even when it comes
 * before the search entry's delay has run out. */
static void
search_activate_cb (CrampSidebar *self)
{
  GtkListBoxRow *row;

  search_changed_cb (self);
  row = first_shown_row (self);

  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

static void
stop_search_cb (CrampSidebar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->results_shown = 0;
}

/* The Down key goes from the entry to the first result, and on from there
 * through the results as in any list. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       CrampSidebar          *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
  return TRUE;
}

/* The list is one stop of Tab, entered at the current row: the arrow keys
 * move within it, and Tab goes on to the drawing. */
static gboolean
cramp_sidebar_focus (GtkWidget       *widget,
                     GtkDirectionType direction)
{
  CrampSidebar *self = CRAMP_SIDEBAR (widget);
  GtkWidget    *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget    *entry = GTK_WIDGET (self->search_entry);
  gboolean      searching = gtk_search_bar_get_search_mode (self->search_bar);
  gboolean      in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list));
  gboolean      in_entry = focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
  gboolean      outside = !in_list && !in_entry;

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
      if (outside)
        return cramp_sidebar_focus_list (self);
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
 * cramp_sidebar_focus_list:
 * @self: a sidebar
 *
 * Puts the focus on the current row of the list, or on its first row.
 *
 * Returns: whether the focus moved
 */
gboolean
cramp_sidebar_focus_list (CrampSidebar *self)
{
  g_return_val_if_fail (CRAMP_IS_SIDEBAR (self), FALSE);

  if (self->current != NULL && gtk_widget_get_child_visible (GTK_WIDGET (self->current)) &&
      gtk_widget_grab_focus (GTK_WIDGET (self->current)))
    return TRUE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
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
  /* What was searched for last is selected, so that typing replaces it. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_SIDEBAR);
  g_clear_object (&self->atlas);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_SELECTION] =
      g_param_spec_string ("selection", NULL, NULL,
                           "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, list);
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CrampSidebar, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cramp_sidebar_init (CrampSidebar *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget          *placeholder = adw_status_page_new ();

  self->selection = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, header_func, NULL, NULL);
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _ ("No Results Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (placeholder),
                                   _ ("Try another word, such as a part of the foot or a cause."));
  gtk_widget_add_css_class (placeholder, "compact");
  gtk_list_box_set_placeholder (self->list, placeholder);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}
