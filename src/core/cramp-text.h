/* cramp-text.h: words of a text, folded so that they compare as a reader would
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word is a run of letters and digits. Folded text is case-folded and
 * stripped of accents and other combining marks, so that "Talón" and
 * "talon", or "Straße" and "STRASSE", fold to the same. */

char    *cramp_text_fold (const char *text);
GStrv    cramp_text_fold_words (const char *text);
gboolean cramp_text_next_word (const char **cursor,
                               const char **start,
                               const char **end);
gboolean cramp_text_akin (const char *a,
                          const char *b);
guint    cramp_text_distance (const char *a,
                              const char *b,
                              guint       limit);
char    *cramp_text_mask (const char        *text,
                          const char *const *words,
                          const char        *mask);

G_END_DECLS
