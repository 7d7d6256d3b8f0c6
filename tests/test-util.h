/* test-util.h: what every Check suite of the project shares
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>

G_BEGIN_DECLS

int      test_run_suite (Suite *suite);
int      test_run_suite_no_fork (Suite *suite);
gboolean test_message_has_position (const char *message,
                                    const char *file_name);

G_END_DECLS
