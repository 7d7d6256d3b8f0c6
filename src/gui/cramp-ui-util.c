/* cramp-ui-util.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-ui-util.h"

/* The words of each tier come from the content; these are how it looks. */
static const CrampSectionInfo tier_infos[] = {
  [CRAMP_TIER_SELF_CARE] = { NULL, NULL, "cramp-prevent-symbolic", "tier-self-care" },
  [CRAMP_TIER_SOON] = { NULL, NULL, "cramp-soon-symbolic", "tier-soon" },
  [CRAMP_TIER_URGENT] = { NULL, NULL, "cramp-urgent-symbolic", "tier-urgent" },
  [CRAMP_TIER_EMERGENCY] = { NULL, NULL, "cramp-emergency-symbolic", "tier-emergency" },
};

/**
 * cramp_tier_info:
 * @tier: a tier of advice
 *
 * Returns: (transfer none): its icon and style class; its words are in the
 *   atlas's tier advice
 */
const CrampSectionInfo *
cramp_tier_info (CrampTier tier)
{
  g_return_val_if_fail (tier <= CRAMP_TIER_EMERGENCY, &tier_infos[CRAMP_TIER_EMERGENCY]);

  return &tier_infos[tier];
}

static const CrampSectionInfo tip_kind_infos[] = {
  [CRAMP_TIP_DURING] = { N_ ("During a Cramp"), NULL, "cramp-during-symbolic", "tip-during" },
  [CRAMP_TIP_PREVENT] = { N_ ("Between Cramps"), NULL, "cramp-prevent-symbolic", "tip-prevent" },
  [CRAMP_TIP_AVOID] = { N_ ("What to Avoid"), NULL, "cramp-avoid-symbolic", "tip-avoid" },
};

/**
 * cramp_tip_kind_info:
 * @kind: a kind of self-care
 *
 * Returns: (transfer none): its title, icon and style class
 */
const CrampSectionInfo *
cramp_tip_kind_info (CrampTipKind kind)
{
  g_return_val_if_fail (kind <= CRAMP_TIP_AVOID, &tip_kind_infos[CRAMP_TIP_AVOID]);

  return &tip_kind_infos[kind];
}

/**
 * cramp_lookup_color:
 * @widget: a widget
 * @name: a named colour of the style, such as "accent_bg_color"
 * @fallback: the colour to use when the style has none of that name
 * @color: (out): the colour
 */
void
cramp_lookup_color (GtkWidget  *widget,
                    const char *name,
                    const char *fallback,
                    GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * cramp_show_error:
 * @widget: (nullable): a widget of the window to attach the dialog to
 * @heading: what failed
 * @body: why
 *
 * Says in a dialog that something failed, and why.
 */
void
cramp_show_error (GtkWidget  *widget,
                  const char *heading,
                  const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (widget), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A print error is shown once, whether run() returns it or "done" does. */
static void
report_print_error (GtkPrintOperation *operation,
                    GtkWidget         *widget,
                    const GError      *error)
{
  if (g_object_get_data (G_OBJECT (operation), "cramp-reported"))
    return;

  g_object_set_data (G_OBJECT (operation), "cramp-reported", GINT_TO_POINTER (TRUE));
  cramp_show_error (widget, g_object_get_data (G_OBJECT (operation), "cramp-heading"),
                    error ? error->message : "");
}

static void
print_done_cb (GtkPrintOperation      *operation,
               GtkPrintOperationResult result,
               GtkWidget              *widget)
{
  g_autoptr (GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  report_print_error (operation, widget, error);
}

/**
 * cramp_print:
 * @operation: what to print
 * @widget: a widget of the window to attach the print dialog to
 * @heading: what a failure says, such as "The Summary Could Not Be Printed"
 *
 * Shows the print dialog and prints; a failure is shown once, in a dialog.
 */
void
cramp_print (GtkPrintOperation *operation,
             GtkWidget         *widget,
             const char        *heading)
{
  g_autoptr (GError) error = NULL;

  g_object_set_data_full (G_OBJECT (operation), "cramp-heading", g_strdup (heading), g_free);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), widget, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, window_of (widget), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    report_print_error (operation, widget, error);
}

/* PDF in memory */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * cramp_pdf_surface_new:
 * @bytes: where the document goes
 * @width: the width of a page, in points
 * @height: the height of a page, in points
 *
 * Returns: (transfer full): a PDF surface that writes into @bytes
 */
cairo_surface_t *
cramp_pdf_surface_new (GByteArray *bytes,
                       double      width,
                       double      height)
{
  return cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
}

/**
 * cramp_pdf_surface_finish:
 * @surface: (transfer full): a surface from cramp_pdf_surface_new()
 * @bytes: (transfer full): the array it writes into
 * @error: the place for an error
 *
 * Ends the document.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL if cairo failed
 */
GBytes *
cramp_pdf_surface_finish (cairo_surface_t *surface,
                          GByteArray      *bytes,
                          GError         **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("The PDF could not be made: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (bytes);
}

/**
 * cramp_report_save:
 * @widget: a widget of the window to attach an error dialog to
 * @file: the file that was saved, or that was to be
 * @error: (nullable): why it was not saved, or %NULL if it was
 * @heading: what a failure says, such as "The Summary Could Not Be Saved"
 *
 * Keeps the recent files true to the disk: a saved file is added, and a
 * file that a failed save did not make is taken out again, since the file
 * chooser may already have added it. A failure is shown in a dialog, over
 * what the window shows.
 *
 * Returns: whether the file was saved
 */
gboolean
cramp_report_save (GtkWidget    *widget,
                   GFile        *file,
                   const GError *error,
                   const char   *heading)
{
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  g_autofree char  *uri = g_file_get_uri (file);

  if (error == NULL)
    {
      gtk_recent_manager_add_item (recent, uri);
      return TRUE;
    }

  if (!g_file_query_exists (file, NULL))
    gtk_recent_manager_remove_item (recent, uri, NULL);

  cramp_show_error (widget, heading, error->message);
  return FALSE;
}

/**
 * cramp_paragraph_new:
 * @text: the text
 *
 * Returns: (transfer floating): a wrapping label for running text, which
 *   Tab reaches and a screen reader reads
 */
GtkWidget *
cramp_paragraph_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "body");
  cramp_a11y_make_readable (label);

  return label;
}

/**
 * cramp_heading_new:
 * @text: the heading
 *
 * Returns: (transfer floating): a label styled and exposed as a heading
 */
GtkWidget *
cramp_heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");

  return label;
}

/**
 * cramp_text_row_new:
 * @text: the text of the row
 * @icon_name: (nullable): an icon to show before the text
 * @css_class: (nullable): a style class for the icon
 *
 * Returns: (transfer floating): a row of a boxed list that holds a sentence
 */
GtkWidget *
cramp_text_row_new (const char *text,
                    const char *icon_name,
                    const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  if (icon_name != NULL)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", icon_name,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      if (css_class != NULL)
        gtk_widget_add_css_class (icon, css_class);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  return row;
}

/**
 * cramp_row_set_detail:
 * @row: a row made by cramp_text_row_new()
 * @detail: a sentence or two under its text, wrapped in full
 */
void
cramp_row_set_detail (GtkWidget  *row,
                      const char *detail)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
}

/* An icon that only decorates, which screen readers pass over. */
static GtkWidget *
decoration_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/**
 * cramp_link_row_new:
 * @title: the title of the row
 * @subtitle: (nullable): a line under the title
 * @kind: what the row selects
 * @id: the id of what the row selects
 *
 * Returns: (transfer floating): an activatable row that selects an item of the atlas
 */
GtkWidget *
cramp_link_row_new (const char        *title,
                    const char        *subtitle,
                    CrampSelectionKind kind,
                    const char        *id)
{
  g_autofree char *target = cramp_selection_make (kind, id);
  GtkWidget       *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), decoration_new ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.select");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);

  return row;
}

/**
 * cramp_source_row_new:
 * @source: a source
 *
 * Returns: (transfer floating): an activatable row that opens @source in a browser
 */
GtkWidget *
cramp_source_row_new (const CrampSource *source)
{
  g_autoptr (GUri) uri = g_uri_parse (source->address, G_URI_FLAGS_NONE, NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = decoration_new ("adw-external-link-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (uri != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_uri_get_host (uri));
  gtk_widget_set_tooltip_text (row, source->address);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-source");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", source->address);

  return row;
}

/**
 * cramp_sources_group_new:
 * @sources: (element-type CrampSource): the sources to list
 *
 * Returns: (transfer floating): a titled group with one row per source
 */
GtkWidget *
cramp_sources_group_new (GPtrArray *sources)
{
  GtkWidget *group = cramp_group_new (_ ("Sources"), _ ("Sources"));

  for (guint i = 0; i < sources->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               cramp_source_row_new (g_ptr_array_index (sources, i)));

  return group;
}

/**
 * cramp_group_new:
 * @title: (nullable): the group's title
 * @name: the name screen readers give its list
 *
 * Returns: (transfer floating): a new preferences group
 */
GtkWidget *
cramp_group_new (const char *title,
                 const char *name)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  cramp_a11y_name_lists (group, name);

  return group;
}

/**
 * cramp_ensure_group:
 * @box: where a new group goes, at the end
 * @group: (inout): the group, or %NULL until there is one
 * @title: the title of a new group
 *
 * Returns: (transfer none): *@group, created on the first call
 */
AdwPreferencesGroup *
cramp_ensure_group (GtkBox     *box,
                    GtkWidget **group,
                    const char *title)
{
  if (*group == NULL)
    {
      *group = cramp_group_new (title, title);
      gtk_box_append (box, *group);
    }

  return ADW_PREFERENCES_GROUP (*group);
}

void
cramp_box_remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
