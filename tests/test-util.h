/* test-util.h: what every Check suite of the project shares
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>
#include <glib.h>

#include "cramp-atlas.h"

G_BEGIN_DECLS

int test_run_suite (Suite *suite);
int test_run_suite_no_fork (Suite *suite);
/* The self-check answered for the night cramps of a long day standing in
 * tight shoes, by a man of 50 to 64: one answer for each question he is
 * asked, in order. */
#define TEST_N_TIGHT_SHOES_ANSWERS 22
extern const char *const test_tight_shoes_answers[TEST_N_TIGHT_SHOES_ANSWERS];

CrampAtlas              *test_load_content (void);
void                     test_use_locale (const char *locale);
CrampAtlas              *test_load_translated_content (const char *locale);
gboolean                 test_message_has_position (const char *message,
                                                    const char *file_name);

char                    *test_mount_small_disk (gsize  size,
                                                char **reason);
void                     test_unmount_small_disk (char *folder);
void                     test_fill_disk (const char *folder);
void                     test_assert_file_holds (const char *path,
                                                 const char *contents,
                                                 gsize       length);
guint                    test_count_files (const char *folder);

G_END_DECLS
