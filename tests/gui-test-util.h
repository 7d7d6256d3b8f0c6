/* gui-test-util.h: what the gui suites share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cramp-application.h"
#include "cramp-atlas.h"
#include "cramp-window.h"

G_BEGIN_DECLS

void         gui_test_init (CrampApplication **app,
                            CrampAtlas       **atlas);
void         gui_test_flush (GtkWidget *window);
void         gui_test_reset_settings (void);
CrampWindow *gui_test_open_window (CrampApplication *app,
                                   CrampAtlas       *atlas,
                                   int               width,
                                   int               height);
void         gui_test_close_window (CrampWindow **window);
void         gui_test_activate_button (GtkWidget *window,
                                       GtkWidget *button,
                                       gboolean   by_mnemonic);
GtkWidget   *gui_test_find_of_type (GtkWidget *root,
                                    GType      type);
GtkWidget   *gui_test_find_label (GtkWidget  *root,
                                  const char *text);
GtkWidget   *gui_test_find_button (GtkWidget  *root,
                                   const char *label);

G_END_DECLS
