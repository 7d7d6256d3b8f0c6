/* cramp-text.c: words of a text, folded so that they compare as a reader would
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-text.h"

/* Longer words are compared for equality only. */
#define MAX_DISTANCE_LENGTH 64

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * cramp_text_fold:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): @text case-folded, in compatibility
 *   decomposition, without combining marks
 */
char *
cramp_text_fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  GString         *result = g_string_sized_new (strlen (folded));

  for (const char *p = decomposed ? decomposed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

/**
 * cramp_text_next_word:
 * @cursor: (inout): where to look from; moved past the word found
 * @start: (out): the first byte of the word
 * @end: (out): the byte after the word
 *
 * Returns: whether there was a word left in the text
 */
gboolean
cramp_text_next_word (const char **cursor,
                      const char **start,
                      const char **end)
{
  const char *p = *cursor;

  while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    {
      *cursor = p;
      return FALSE;
    }

  *start = p;
  while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *end = *cursor = p;

  return TRUE;
}

/**
 * cramp_text_fold_words:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): the folded words of @text, in order
 */
GStrv
cramp_text_fold_words (const char *text)
{
  g_autofree char *folded = cramp_text_fold (text);
  GPtrArray       *words = g_ptr_array_new ();
  const char      *cursor = folded, *start, *end;

  while (cramp_text_next_word (&cursor, &start, &end))
    g_ptr_array_add (words, g_strndup (start, end - start));
  g_ptr_array_add (words, NULL);

  return (GStrv) g_ptr_array_free (words, FALSE);
}

/**
 * cramp_text_akin:
 * @a: a folded word
 * @b: a folded word
 *
 * Whether two words are the same or forms of one word, or one is part of
 * the other, as far as their spelling shows: "toe" and "toes", "heel" and
 * "heeled", "pregnant" and "pregnancy"; "Ferse" and "Fersenbein",
 * "Krampf" and "Wadenkrampf". Forms share all but the last letter of the
 * shorter word, and at least four letters unless it has three, and the
 * longer has at most three more; a part has at least four letters at the
 * start of the longer word, or five at its end. It errs towards akin, but
 * not "feet" and "feel".
 *
 * Returns: whether @a and @b are akin
 */
gboolean
cramp_text_akin (const char *a,
                 const char *b)
{
  glong       length_a = g_utf8_strlen (a, -1), length_b = g_utf8_strlen (b, -1);
  const char *shorter = length_a <= length_b ? a : b, *longer = length_a <= length_b ? b : a;
  glong       short_length = MIN (length_a, length_b), long_length = MAX (length_a, length_b);
  glong       common = 0;

  if (g_str_has_prefix (longer, shorter))
    return short_length >= 4 || short_length == long_length || (short_length == 3 && long_length <= 4);
  if (short_length >= 5 && g_str_has_suffix (longer, shorter))
    return TRUE;

  while (*a != '\0' && g_utf8_get_char (a) == g_utf8_get_char (b))
    {
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
      common++;
    }

  return common >= short_length - 1 && common >= 4 && long_length - common <= 3;
}

/**
 * cramp_text_distance:
 * @a: a folded word
 * @b: a folded word
 * @limit: the largest distance of interest
 *
 * The Damerau–Levenshtein distance between two words, in its optimal string
 * alignment form: how many letters must be inserted, deleted, replaced or
 * swapped with their neighbour to turn one into the other.
 *
 * Returns: the distance, or @limit + 1 if it is larger than @limit
 */
guint
cramp_text_distance (const char *a,
                     const char *b,
                     guint       limit)
{
  glong                n, m;
  g_autofree gunichar *s = g_utf8_to_ucs4_fast (a, -1, &n);
  g_autofree gunichar *t = g_utf8_to_ucs4_fast (b, -1, &m);
  guint                d[MAX_DISTANCE_LENGTH + 1][MAX_DISTANCE_LENGTH + 1];

  if ((guint) ABS (n - m) > limit || n > MAX_DISTANCE_LENGTH || m > MAX_DISTANCE_LENGTH)
    return g_str_equal (a, b) ? 0 : limit + 1;

  for (glong i = 0; i <= n; i++)
    d[i][0] = i;
  for (glong j = 0; j <= m; j++)
    d[0][j] = j;

  for (glong i = 1; i <= n; i++)
    for (glong j = 1; j <= m; j++)
      {
        guint cost = s[i - 1] == t[j - 1] ? 0 : 1;

        d[i][j] = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
          d[i][j] = MIN (d[i][j], d[i - 2][j - 2] + 1);
      }

  return MIN (d[n][m], limit + 1);
}

static gboolean
akin_to_any (const char        *word,
             const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (cramp_text_akin (word, words[i]))
      return TRUE;

  return FALSE;
}

/**
 * cramp_text_mask:
 * @text: valid UTF-8
 * @words: folded words
 * @mask: what to put in the place of a word
 *
 * Returns: (transfer full): @text with each word that is akin to one of
 *   @words replaced by @mask
 */
char *
cramp_text_mask (const char        *text,
                 const char *const *words,
                 const char        *mask)
{
  GString    *result = g_string_new (NULL);
  const char *cursor = text, *start, *end, *copied = text;

  while (cramp_text_next_word (&cursor, &start, &end))
    {
      g_autofree char *word = g_strndup (start, end - start);
      g_autofree char *folded = cramp_text_fold (word);

      if (!akin_to_any (folded, words))
        continue;

      g_string_append_len (result, copied, start - copied);
      g_string_append (result, mask);
      copied = end;
    }
  g_string_append (result, copied);

  return g_string_free (result, FALSE);
}
