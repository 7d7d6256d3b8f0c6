/* cramp-window-private.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-explorer.h"
#include "cramp-page-stack.h"
#include "cramp-sidebar.h"
#include "cramp-window.h"

G_BEGIN_DECLS

/* The shell: the sidebar, the drawing (a CrampExplorer) and the pages. The
 * window holds the one CrampScene that the drawing follows and that every
 * view changes through the window's actions; it shows the page of the
 * selection and gives the scene what that page asks of the drawing. */
struct _CrampWindow
{
  AdwApplicationWindow parent_instance;

  AdwHeaderBar        *content_header;
  GtkWidget           *content_pane;
  CrampExplorer       *explorer;
  AdwLeaflet          *leaflet;
  GtkStack            *main_stack;
  CrampPageStack      *page_stack;
  GMenuModel          *primary_menu;
  GtkMenuButton       *primary_menu_button;
  CrampSidebar        *sidebar;
  GtkWidget           *sidebar_pane;
  GtkWidget           *sidebar_separator;
  AdwToastOverlay     *toasts;

  GSettings           *settings;
  CrampAtlas          *atlas;
  GError              *load_error;
  CrampScene          *scene;

  GDBusConnection     *bus;
  guint                drawing_export;
};

void _cramp_window_class_actions_init (CrampWindowClass *klass);
void _cramp_window_actions_init (CrampWindow *self);
void _cramp_window_actions_update (CrampWindow *self);
void _cramp_window_set_presenting (CrampWindow *self,
                                   gboolean     presenting);
void _cramp_window_focus_page (CrampWindow *self);

G_END_DECLS
