/* cramp-a11y.h: what screen readers need, and the toolkit's gaps filled
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void              cramp_a11y_init (void);
void              cramp_a11y_fix_template (GtkWidget *root);
void              cramp_a11y_name_lists (GtkWidget  *widget,
                                         const char *name);
void              cramp_a11y_fix_expander_row (GtkWidget  *row,
                                               const char *name);
void              cramp_a11y_fix_check_row (GtkWidget *check);
void              cramp_a11y_make_readable (GtkWidget *label);
void              cramp_a11y_set_description (GtkWidget  *widget,
                                              const char *description);
void              cramp_a11y_set_tooltip (GtkWidget  *widget,
                                          const char *tooltip);
GtkAccessibleRole cramp_a11y_toggle_role (void);
void              cramp_a11y_set_toggled (GtkWidget *widget,
                                          gboolean   toggled);
GtkWidget        *cramp_a11y_toggle_button_new (const char *label);
void              cramp_a11y_set_listed (GtkWidget *widget,
                                         gboolean   listed);
void              cramp_a11y_announce (GtkWidget  *widget,
                                       const char *message);

G_END_DECLS
