/* cramp-a11y.c: what screen readers need, and the toolkit's gaps filled
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-a11y.h"

/* Every workaround for what an old GTK or libadwaita tells assistive
 * technologies wrongly is here, each behind the check of the versions it
 * covers: when the minimum versions move past one, it goes. Newer API is
 * used behind a check too, with GLib's deprecation warnings silenced for
 * the call, as the build allows only the minimum versions' API. */

/* What the app itself sets as a widget's description, so that it can be
 * put back after it was used to speak (see cramp_a11y_announce()) or after
 * GTK replaced it with a tooltip. */
#define DESCRIPTION_KEY "cramp-a11y-description"

/**
 * cramp_a11y_init:
 *
 * Sets what the app's text needs from GTK's settings: a label that takes
 * the focus so that it is read does not select all its text, which would
 * look like a selection made by the person and be read as one.
 */
void
cramp_a11y_init (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (settings != NULL)
    g_object_set (settings, "gtk-label-select-on-focus", FALSE, NULL);
}

/* Buttons and stacks */

#if !GTK_CHECK_VERSION(4, 10, 0)
/* GTK 4.8 names a button with a mnemonic twice, "_Start Start": its label
 * property, underscore and all, then its mnemonic label. Without the
 * property the mnemonic label alone names it. */
static void
drop_label_property_cb (GtkWidget *button)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* GTK 4.8 labels a button that shows an icon by its image, which has no
 * name of its own: "GtkImage Zoom In". The button's own label names it. */
static void
drop_icon_label_cb (GtkWidget *button)
{
  if (gtk_button_get_icon_name (GTK_BUTTON (button)) != NULL)
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}
#endif

#if !GTK_CHECK_VERSION(4, 20, 0)
/* GTK before 4.20 shows every page of a stack to assistive technologies,
 * named "GtkStackPage"; this names each by its title and hides those not
 * shown, so a screen reader finds only what is on the screen. */
static void
sync_stack_pages_cb (GtkStack *stack)
{
  GtkWidget *shown = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char   *title = gtk_stack_page_get_title (page);

      gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, child != shown,
                                   -1);
      /* A page without a title is a panel without a name, which screen
       * readers pass over. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                      -1);
    }
}
#endif

/**
 * cramp_a11y_fix_template:
 * @root: a widget and its descendants, as built from a template or a builder file
 *
 * Works around the ways old GTK names buttons and stack pages wrongly.
 */
void
cramp_a11y_fix_template (GtkWidget *root)
{
#if !GTK_CHECK_VERSION(4, 10, 0)
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)))
    {
      drop_label_property_cb (root);
      g_signal_connect (root, "notify::label", G_CALLBACK (drop_label_property_cb), NULL);
    }
  if (GTK_IS_BUTTON (root))
    {
      drop_icon_label_cb (root);
      g_signal_connect (root, "notify::icon-name", G_CALLBACK (drop_icon_label_cb), NULL);
    }
#endif
#if !GTK_CHECK_VERSION(4, 20, 0)
  if (GTK_IS_STACK (root))
    {
      sync_stack_pages_cb (GTK_STACK (root));
      g_signal_connect (root, "notify::visible-child", G_CALLBACK (sync_stack_pages_cb), NULL);
    }
#endif

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cramp_a11y_fix_template (child);
}

/* libadwaita's rows and groups */

/**
 * cramp_a11y_name_lists:
 * @widget: a preferences group, an expander row, or a widget holding them
 * @name: the name screen readers give the lists in @widget
 *
 * libadwaita leaves the lists inside its groups and expander rows
 * unnamed, so that screen readers announce each as "GtkListBox" (1.2) or
 * as a list without a name (1.10). This walks libadwaita's own children.
 */
void
cramp_a11y_name_lists (GtkWidget  *widget,
                       const char *name)
{
  if (GTK_IS_LIST_BOX (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  if (GTK_IS_LIST_BOX_ROW (widget) && !ADW_IS_EXPANDER_ROW (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cramp_a11y_name_lists (child, name);
}

#if !ADW_CHECK_VERSION(1, 4, 0)
/* libadwaita before 1.4 shows an expander row's arrow to screen readers,
 * as "GtkImage". */
static void
hide_arrow (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                 -1);
  if (GTK_IS_LIST_BOX_ROW (widget) && !ADW_IS_EXPANDER_ROW (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hide_arrow (child);
}
#endif

#if !ADW_CHECK_VERSION(1, 3, 0)
/* The row inside an expander row that takes the focus: libadwaita's own
 * header row, the first row below it. */
static GtkWidget *
header_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LIST_BOX_ROW (child) ? child : header_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* libadwaita before 1.3 does not say whether an expander row is open. */
static void
sync_expanded_cb (AdwExpanderRow *row)
{
  GtkWidget *header = header_row (GTK_WIDGET (row));

  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header),
                                 GTK_ACCESSIBLE_STATE_EXPANDED, adw_expander_row_get_expanded (row),
                                 -1);
}
#endif

/**
 * cramp_a11y_fix_expander_row:
 * @row: an expander row, with its rows added
 * @name: what it is called
 *
 * Names an expander row and its lists, and keeps its arrow out of what a
 * screen reader reads, where libadwaita does not.
 */
void
cramp_a11y_fix_expander_row (GtkWidget  *row,
                             const char *name)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  cramp_a11y_name_lists (row, name);
#if !ADW_CHECK_VERSION(1, 4, 0)
  hide_arrow (row);
#endif
#if !ADW_CHECK_VERSION(1, 3, 0)
  sync_expanded_cb (ADW_EXPANDER_ROW (row));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (sync_expanded_cb), NULL);
#endif
}

/**
 * cramp_a11y_fix_check_row:
 * @check: the check button an action row activates
 *
 * An action row makes its title label the label of its activatable widget
 * too, so that a check button named already is read twice.
 */
void
cramp_a11y_fix_check_row (GtkWidget *check)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Text */

/**
 * cramp_a11y_make_readable:
 * @label: a label of running text
 *
 * Makes @label a stop of the keyboard's focus, so that a screen reader
 * reads it as Tab reaches it, and a sighted person sees where the keys
 * are. Its text stays selectable. This is the app's design, not a
 * workaround, so no version check: every GTK 4 focuses only a label that
 * is selectable (or has links), and lets one that is selectable but not
 * focusable swallow Tab without taking the focus.
 */
void
cramp_a11y_make_readable (GtkWidget *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, TRUE);
  gtk_widget_add_css_class (label, "readable");
}

/* Takes the description away. GTK before 4.10, which names a button with a
 * mnemonic twice, would make one of that name, "_Next Next", in place of a
 * description taken away: an empty one is left there instead. */
static void
clear_description (GtkWidget *widget)
{
#if !GTK_CHECK_VERSION(4, 10, 0)
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
#else
  gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
#endif
}

/* The description the app set, or else what GTK would have made of the
 * tooltip. */
static void
restore_description (GtkWidget *widget)
{
  const char *own = g_object_get_data (G_OBJECT (widget), DESCRIPTION_KEY);
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (own == NULL && tooltip == NULL)
    clear_description (widget);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, own ? own : tooltip,
                                    -1);
}

/**
 * cramp_a11y_set_description:
 * @widget: a widget
 * @description: (nullable): what a screen reader says after its name
 *
 * Sets the description, and keeps it for when it has to be put back.
 */
void
cramp_a11y_set_description (GtkWidget  *widget,
                            const char *description)
{
  g_object_set_data_full (G_OBJECT (widget), DESCRIPTION_KEY, g_strdup (description), g_free);
  restore_description (widget);
}

/**
 * cramp_a11y_set_tooltip:
 * @widget: a widget
 * @tooltip: (nullable): its tooltip
 *
 * Sets the tooltip without losing the description: GTK before 4.14 makes
 * the tooltip the description too, so that a region named "Arch" with a
 * tooltip "Arch" is read as "Arch, Arch".
 */
void
cramp_a11y_set_tooltip (GtkWidget  *widget,
                        const char *tooltip)
{
  gtk_widget_set_tooltip_text (widget, tooltip);
#if !GTK_CHECK_VERSION(4, 14, 0)
  if (g_object_get_data (G_OBJECT (widget), DESCRIPTION_KEY) != NULL)
    restore_description (widget);
#endif
}

/* Toggles */

/**
 * cramp_a11y_toggle_role:
 *
 * Returns: the role of a button that stays pressed, as a screen reader
 *   speaks it: GTK 4.8 has no toggle button role, and Orca speaks the
 *   pressed state of no other; a radio button's checked state it speaks.
 */
GtkAccessibleRole
cramp_a11y_toggle_role (void)
{
#if GTK_CHECK_VERSION(4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON;
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  return GTK_ACCESSIBLE_ROLE_RADIO;
#endif
}

/**
 * cramp_a11y_set_toggled:
 * @widget: a widget whose role is cramp_a11y_toggle_role()
 * @toggled: whether it is pressed
 */
void
cramp_a11y_set_toggled (GtkWidget *widget,
                        gboolean   toggled)
{
#if GTK_CHECK_VERSION(4, 10, 0)
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               toggled ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
#else
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               toggled ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
#endif
}

#if !GTK_CHECK_VERSION(4, 10, 0)
static void
toggle_active_cb (GtkToggleButton *button)
{
  cramp_a11y_set_toggled (GTK_WIDGET (button), gtk_toggle_button_get_active (button));
}
#endif

/**
 * cramp_a11y_toggle_button_new:
 * @label: its label
 *
 * Returns: (transfer floating): a toggle button whose pressed state a
 *   screen reader speaks
 */
GtkWidget *
cramp_a11y_toggle_button_new (const char *label)
{
  GtkWidget *button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                    "label", label,
                                    "accessible-role", cramp_a11y_toggle_role (),
                                    NULL);

#if !GTK_CHECK_VERSION(4, 10, 0)
  toggle_active_cb (GTK_TOGGLE_BUTTON (button));
  g_signal_connect (button, "notify::active", G_CALLBACK (toggle_active_cb), NULL);
#endif

  return button;
}

/* Lists */

/**
 * cramp_a11y_set_listed:
 * @widget: a row of a filtered list
 * @listed: whether the filter shows it
 *
 * GTK 4.8 keeps the rows a list box's filter hides in what screen readers
 * count, so that two results are read as "2 of 23".
 */
void
cramp_a11y_set_listed (GtkWidget *widget,
                       gboolean   listed)
{
#if !GTK_CHECK_VERSION(4, 10, 0)
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, !listed, -1);
#endif
}

/* Announcements */

#if !GTK_CHECK_VERSION(4, 14, 0)
static gboolean
restore_description_cb (gpointer data)
{
  g_autoptr (GtkWidget) widget = data;

  restore_description (widget);
  return G_SOURCE_REMOVE;
}

/* Put back once the focus has gone, and the screen reader has moved on
 * with it: a change while it is still on the widget would be read. */
static void
told_focus_cb (GtkWidget *widget)
{
  if (gtk_widget_has_focus (widget))
    return;

  g_signal_handlers_disconnect_by_func (widget, told_focus_cb, NULL);
  g_object_set_data (G_OBJECT (widget), "cramp-a11y-told", NULL);
  g_idle_add (restore_description_cb, g_object_ref (widget));
}
#endif

/**
 * cramp_a11y_announce:
 * @widget: a widget of the window the message is about
 * @message: what a screen reader should say now
 *
 * Says @message with the screen reader, without moving the focus. GTK
 * 4.14 and later announce it. Before, there is no way to: GTK 4.8 sends no
 * event when a live region's or an alert's text changes or it is shown,
 * but Orca speaks a new description of the focused widget. So the message
 * becomes that description until the focus leaves the widget.
 */
void
cramp_a11y_announce (GtkWidget  *widget,
                     const char *message)
{
#if GTK_CHECK_VERSION(4, 14, 0)
  g_autoptr (GtkATContext) context = NULL;

  if (message == NULL || message[0] == '\0')
    return;

  /* GTK's test backend (GTK_A11Y=test) has no way to announce, and
   * crashes when asked to. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_accessible_get_at_context (GTK_ACCESSIBLE (widget));
  if (context != NULL && !g_str_equal (G_OBJECT_TYPE_NAME (context), "GtkTestATContext"))
    gtk_accessible_announce (GTK_ACCESSIBLE (widget), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* The text of an entry is not what a screen reader has the focus on:
   * the entry is. */
  while (focus != NULL && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (focus)) == GTK_ACCESSIBLE_ROLE_NONE)
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL || message == NULL || message[0] == '\0')
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (focus),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
  if (g_object_get_data (G_OBJECT (focus), "cramp-a11y-told") == NULL)
    {
      g_object_set_data (G_OBJECT (focus), "cramp-a11y-told", GINT_TO_POINTER (TRUE));
      g_signal_connect (focus, "notify::has-focus", G_CALLBACK (told_focus_cb), NULL);
    }
#endif
}
