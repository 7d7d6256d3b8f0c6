/* cramp-window-actions.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-export.h"
#include "cramp-selection.h"
#include "cramp-window-private.h"

/* What needs the content, and so does nothing on the error page. */
static const char *const drawing_actions[] = {
  "win.copy-drawing",
  "win.export-png",
  "win.export-svg",
  "win.present",
  "win.print-handout",
  "win.save-handout",
  "win.search",
  "win.select",
  "win.start-check",
};

static const CrampFactor *
selected_factor (CrampWindow *self)
{
  CrampSelectionKind kind;
  const char        *id;

  if (!cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, &id) ||
      kind != CRAMP_SELECTION_FACTOR)
    return NULL;

  return cramp_atlas_lookup_factor (self->atlas, id);
}

static void
set_enabled (CrampWindow *self,
             const char  *action,
             gboolean     enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, enabled);
}

/* Whether each action can be used, for the window as it stands: the error
 * page has only the copy of its error. */
void
_cramp_window_actions_update (CrampWindow *self)
{
  const CrampFactor *factor = NULL;
  CrampSelectionKind kind = CRAMP_SELECTION_NONE;
  gboolean           loaded = self->scene != NULL;
  gboolean           presenting = FALSE, stepping, paging, clicker;
  guint              n_steps = 0;
  int                step = -1;

  if (loaded)
    {
      factor = selected_factor (self);
      n_steps = factor != NULL ? factor->steps->len : 0;
      step = cramp_scene_get_step (self->scene);
      presenting = cramp_scene_get_presenting (self->scene);
      cramp_selection_parse (cramp_scene_get_selection (self->scene), &kind, NULL);
    }
  stepping = step >= 0 && (guint) step < n_steps;
  /* Page Down goes through regions, but not away from a quiz or a self-check. */
  paging = presenting && !stepping && kind != CRAMP_SELECTION_QUIZ && kind != CRAMP_SELECTION_CHECK;
  clicker = loaded && cramp_page_stack_has_clicker (self->page_stack);

  for (guint i = 0; i < G_N_ELEMENTS (drawing_actions); i++)
    set_enabled (self, drawing_actions[i], loaded);
  set_enabled (self, "win.copy-error", !loaded && self->load_error != NULL);
  set_enabled (self, "win.step-start", n_steps > 0);
  set_enabled (self, "win.step-stop", stepping);
  set_enabled (self, "win.step-previous", stepping && step > 0);
  set_enabled (self, "win.step-next", stepping && (guint) step + 1 < n_steps);
  set_enabled (self, "win.region-next", paging);
  set_enabled (self, "win.region-previous", paging);
  set_enabled (self, "win.leave-presentation", presenting);
  set_enabled (self, "win.home", kind != CRAMP_SELECTION_NONE);
  set_enabled (self, "win.clicker-next", clicker);
  set_enabled (self, "win.clicker-previous", clicker);
}

/* Page Down and Page Up go through the regions of the view shown, in its
 * order, as a clicker would. */
static void
region_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_scene_select_next_region (self->scene, g_str_equal (action_name, "win.region-next"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrampWindow      *self = CRAMP_WINDOW (widget);
  CrampExportFormat format = CRAMP_EXPORT_PNG;

  if (g_str_equal (action_name, "win.export-svg"))
    format = CRAMP_EXPORT_SVG;
  else if (g_str_equal (action_name, "win.save-handout"))
    format = CRAMP_EXPORT_HANDOUT;

  cramp_export_run (GTK_WINDOW (self), cramp_explorer_get_anatomy_view (self->explorer), format);
}

static void
print_handout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_export_print_handout (GTK_WINDOW (self), cramp_explorer_get_anatomy_view (self->explorer));
}

/* Copying shows nothing by itself, so a toast says that it happened. */
static void
copy_drawing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!cramp_export_copy (cramp_explorer_get_anatomy_view (self->explorer), &error))
    {
      g_warning ("The drawing could not be copied: %s", error ? error->message : "");
      return;
    }

  /* Translators: a short note that the drawing is now on the clipboard. */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_ ("Copied")));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _cramp_window_set_presenting (CRAMP_WINDOW (widget), FALSE);
}

/* Back to the welcome page, with nothing selected. */
static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cramp_window_set_selection (CRAMP_WINDOW (widget), "");
}

static void
show_content_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  _cramp_window_focus_page (self);
}

/* F6 and Shift+F6 go round the three parts of the window: the list, the
 * drawing and the page; Tab and the arrow keys move within them. */
enum
{
  AREA_LIST,
  AREA_DRAWING,
  AREA_PAGE,
  N_AREAS
};

static int
focused_area (CrampWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return -1;
  if (gtk_widget_is_ancestor (focus, self->sidebar_pane))
    return AREA_LIST;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->explorer)))
    return AREA_DRAWING;
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page_stack)))
    return AREA_PAGE;
  return -1;
}

static gboolean
focus_area (CrampWindow *self,
            int          area)
{
  switch (area)
    {
    case AREA_LIST:
      return gtk_widget_get_mapped (GTK_WIDGET (self->sidebar)) && cramp_sidebar_focus_list (self->sidebar);
    case AREA_DRAWING:
      return gtk_widget_get_mapped (GTK_WIDGET (self->explorer)) && cramp_explorer_focus_drawing (self->explorer);
    case AREA_PAGE:
      return gtk_widget_get_mapped (GTK_WIDGET (self->page_stack)) && cramp_page_stack_focus_heading (self->page_stack);
    default:
      return FALSE;
    }
}

static void
area_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  int          step = g_str_equal (action_name, "win.next-area") ? 1 : -1;
  int          area = focused_area (self);

  if (area < 0)
    area = step > 0 ? N_AREAS - 1 : 0;
  for (int i = 1; i <= N_AREAS; i++)
    if (focus_area (self, (area + step * i + N_AREAS) % N_AREAS))
      return;
}

/* Starts the self-check afresh, with the region of the parameter, if any,
 * given as where the cramps are. */
static void
start_check_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  const char  *region = g_variant_get_string (parameter, NULL);

  if (self->scene == NULL)
    return;

  cramp_page_stack_start_check (self->page_stack, region[0] != '\0' ? region : NULL);
  gtk_widget_activate_action (widget, "win.show-content", NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_sidebar_start_search (self->sidebar);
}

/* A page that a presenter steps through, such as the quiz, takes the
 * clicker's keys first. */
static void
clicker_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  cramp_page_stack_clicker (self->page_stack, g_str_equal (action_name, "win.clicker-next"));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);
  int          step = cramp_scene_get_step (self->scene);

  if (g_str_equal (action_name, "win.step-start"))
    step = 0;
  else if (g_str_equal (action_name, "win.step-next"))
    step++;
  else if (g_str_equal (action_name, "win.step-previous"))
    step--;
  else
    step = -1;
  cramp_scene_set_step (self->scene, step);
}

static void
open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *address = g_variant_get_string (parameter, NULL);

  g_return_if_fail (g_str_has_prefix (address, "https://"));

  gtk_show_uri (GTK_WINDOW (widget), address, GDK_CURRENT_TIME);
}

static void
copy_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrampWindow *self = CRAMP_WINDOW (widget);

  if (self->load_error != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->load_error->message);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.select", "selection");
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.clicker-next", NULL, clicker_action);
  gtk_widget_class_install_action (widget_class, "win.clicker-previous", NULL, clicker_action);
  gtk_widget_class_install_action (widget_class, "win.copy-drawing", NULL, copy_drawing_action);
  gtk_widget_class_install_action (widget_class, "win.copy-error", NULL, copy_error_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-svg", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.next-area", NULL, area_action);
  gtk_widget_class_install_action (widget_class, "win.open-source", "s", open_source_action);
  gtk_widget_class_install_action (widget_class, "win.previous-area", NULL, area_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, print_handout_action);
  gtk_widget_class_install_action (widget_class, "win.region-next", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.region-previous", NULL, region_step_action);
  gtk_widget_class_install_action (widget_class, "win.save-handout", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-content", NULL, show_content_action);
  gtk_widget_class_install_action (widget_class, "win.start-check", "s", start_check_action);
  gtk_widget_class_install_action (widget_class, "win.step-next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-start", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.step-stop", NULL, step_action);
}

/* Page Down and Page Up, which presentation clickers send, go through a
 * page that takes them, such as the quiz; else they step through a
 * mechanism while one runs, and else through the regions while presenting;
 * Escape leaves a presentation. They are caught before the page would
 * scroll, but a disabled action lets the key go on. Escape, when nothing
 * else takes it, goes back to the welcome page. */
static void
add_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-area", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.previous-area", NULL);
}

static void
add_shortcut (GtkEventController *controller,
              guint               keyval,
              const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action)));
}

static void
add_step_keys (CrampWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (controller, GDK_KEY_Page_Down, "win.clicker-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.clicker-previous");
  add_shortcut (controller, GDK_KEY_Page_Down, "win.step-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.step-previous");
  add_shortcut (controller, GDK_KEY_Page_Down, "win.region-next");
  add_shortcut (controller, GDK_KEY_Page_Up, "win.region-previous");
  add_shortcut (controller, GDK_KEY_Escape, "win.leave-presentation");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_cramp_window_class_actions_init (CrampWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  install_actions (widget_class);
  add_keys (widget_class);
}

void
_cramp_window_actions_init (CrampWindow *self)
{
  add_step_keys (self);
  _cramp_window_actions_update (self);
}
