/* quiz-invariants.c: what makes a quiz question fair, checked against the content
 *
 * The test suite and the fuzz target share these checks. They read the
 * content directly, not through the quiz: an option is right when the
 * content says so, whatever the quiz thinks.
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-text.h"
#include "quiz-invariants.h"

static const char *
option_name (const CrampQuizQuestion *question,
             gconstpointer            option)
{
  if (question->kind == CRAMP_QUIZ_STORY)
    return ((const CrampFactor *) option)->name;
  if (question->kind == CRAMP_QUIZ_REGION_STRUCTURE)
    return ((const CrampStructure *) option)->name;

  return ((const CrampRegion *) option)->name;
}

static gboolean
holds_name (const char *text,
            const char *name)
{
  g_autofree char *folded_text = cramp_text_fold (text);
  g_autofree char *folded_name = cramp_text_fold (name);

  return strstr (folded_text, folded_name) != NULL;
}

static gboolean
has_words (const char *text)
{
  g_auto (GStrv) words = text ? cramp_text_fold_words (text) : NULL;

  return words != NULL && words[0] != NULL;
}

static gboolean
points_to (const CrampAnswer *answer,
           const CrampFactor *factor)
{
  return g_ptr_array_find (answer->factors, factor, NULL) || g_ptr_array_find (answer->hints, factor, NULL);
}

/* Options: distinct, labelled, and exactly one of them right. */
static char *
check_options (const CrampQuizQuestion *question)
{
  guint right = 0;

  if (question->options->len < 3 || question->options->len > CRAMP_QUIZ_MAX_OPTIONS)
    return g_strdup_printf ("%u options", question->options->len);
  if (question->labels == NULL || g_strv_length (question->labels) != question->options->len)
    return g_strdup ("not one label for each option");

  for (guint i = 0; i < question->options->len; i++)
    {
      gconstpointer option = g_ptr_array_index (question->options, i);

      right += cramp_quiz_is_right (question, option);
      if (!has_words (question->labels[i]))
        return g_strdup_printf ("option %u has an empty label", i);
      for (guint j = 0; j < i; j++)
        if (option == g_ptr_array_index (question->options, j))
          return g_strdup_printf ("“%s” is offered twice", question->labels[i]);
    }

  if (right != 1 || !g_ptr_array_find (question->options, question->answer, NULL))
    return g_strdup_printf ("%u options are right", right);

  return NULL;
}

/* Finding and naming: on the drawing of the view, with words for those
 * who cannot see it that do not give the answer away. */
static char *
check_drawing (const CrampQuizQuestion *question)
{
  const CrampRegion *right = question->answer;

  if (question->view == NULL || !has_words (question->description))
    return g_strdup ("a question on the drawing without a view or a description in words");

  for (guint i = 0; i < question->options->len; i++)
    if (!g_ptr_array_find (question->view->regions, g_ptr_array_index (question->options, i), NULL))
      return g_strdup_printf ("“%s” is not drawn in the view “%s”", question->labels[i], question->view->id);

  if (question->kind == CRAMP_QUIZ_NAME_REGION)
    return holds_name (question->description, right->name) ? g_strdup ("the description names the lit region") : NULL;

  if (question->clues == NULL || g_strv_length (question->clues) != question->options->len)
    return g_strdup ("not one clue for each option");

  for (guint i = 0; i < question->options->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (question->options, i);

      if (!has_words (question->clues[i]) || holds_name (question->clues[i], region->name) ||
          holds_name (question->clues[i], right->name))
        return g_strdup_printf ("the clue “%s” is empty or names a region", question->clues[i]);
    }

  return NULL;
}

/* A factor's region: the right one it concerns, the wrong ones it does
 * not, and the factor is not one of those that concern most regions. */
static char *
check_factor_region (CrampAtlas              *atlas,
                     const CrampQuizQuestion *question)
{
  const CrampFactor *factor = question->factor;

  if (factor == NULL)
    return g_strdup ("a question about a factor without its factor");
  if (factor->regions->len * 2 > cramp_atlas_get_regions (atlas)->len)
    return g_strdup_printf ("“%s” concerns most regions", factor->id);

  for (guint i = 0; i < question->options->len; i++)
    {
      gconstpointer region = g_ptr_array_index (question->options, i);

      if (g_ptr_array_find (factor->regions, region, NULL) != (region == question->answer))
        return g_strdup_printf ("“%s” concerns “%s”: %s", factor->id, question->labels[i],
                                region == question->answer ? "no" : "yes, but it is marked wrong");
    }

  return NULL;
}

/* Whether the content ties @wrong to the story or to its right factor. */
static gboolean
tied (CrampAtlas        *atlas,
      const CrampAnswer *story,
      const CrampFactor *right,
      const CrampFactor *wrong)
{
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  if (points_to (story, wrong))
    return TRUE;

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);
          gboolean           close = points_to (answer, right) || question == story->question ||
                           (story->flag != NULL && answer->flag == story->flag);

          if (close && points_to (answer, wrong))
            return TRUE;
        }
    }

  return FALSE;
}

/* A story: the right factor is one the answer points to; the wrong ones
 * are tied neither to the answer nor to the right factor. */
static char *
check_story (CrampAtlas              *atlas,
             const CrampQuizQuestion *question)
{
  const CrampAnswer *story = question->story;

  if (story == NULL || !g_ptr_array_find (story->factors, question->answer, NULL))
    return g_strdup ("a story that does not point to its right factor");

  for (guint i = 0; i < question->options->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (question->options, i);

      if (factor != question->answer && tied (atlas, story, question->answer, factor))
        return g_strdup_printf ("the content ties “%s” to the answer “%s”", factor->id, story->id);
    }

  return NULL;
}

/* Where regions are, from the toes up, as the content lists them. */
static guint
region_index (CrampAtlas        *atlas,
              const CrampRegion *region)
{
  guint index = G_MAXUINT;

  g_ptr_array_find (cramp_atlas_get_regions (atlas), region, &index);
  return index;
}

/* What lies in a region: the right structure lies in it, by the content.
 * A wrong one lies neither in it nor in a region next to it, since the
 * content names a structure's regions broadly (the fibula of the ankle
 * also runs up the lower calf), and lies somewhere the content says. */
static char *
check_region_structure (CrampAtlas              *atlas,
                        const CrampQuizQuestion *question)
{
  const CrampRegion *region = question->region;

  if (region == NULL || !g_ptr_array_find (((const CrampStructure *) question->answer)->regions, region, NULL))
    return g_strdup ("the right structure does not lie in the region asked about");

  for (guint i = 0; i < question->options->len; i++)
    {
      const CrampStructure *structure = g_ptr_array_index (question->options, i);

      if (structure == question->answer)
        continue;
      if (structure->regions->len == 0)
        return g_strdup_printf ("the content does not say where “%s” lies", structure->id);
      for (guint j = 0; j < structure->regions->len; j++)
        {
          guint a = region_index (atlas, g_ptr_array_index (structure->regions, j));
          guint b = region_index (atlas, region);

          if ((a > b ? a - b : b - a) < 2)
            return g_strdup_printf ("“%s” lies in or next to “%s”", structure->id, region->id);
        }
    }

  return NULL;
}

static char *
check_kind (CrampAtlas              *atlas,
            const CrampQuizQuestion *question)
{
  switch (question->kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
    case CRAMP_QUIZ_NAME_REGION:
      return check_drawing (question);
    case CRAMP_QUIZ_FACTOR_REGION:
      return check_factor_region (atlas, question);
    case CRAMP_QUIZ_STORY:
      return check_story (atlas, question);
    case CRAMP_QUIZ_REGION_STRUCTURE:
      return check_region_structure (atlas, question);
    default:
      return g_strdup_printf ("a question of kind %d", question->kind);
    }
}

/**
 * quiz_invariants_check:
 * @atlas: the content of the quiz
 * @question: a question of a round
 *
 * Returns: (transfer full) (nullable): why @question is not fair, or
 *   %NULL if it is
 */
char *
quiz_invariants_check (CrampAtlas              *atlas,
                       const CrampQuizQuestion *question)
{
  g_autofree char *why = check_options (question);

  if (why == NULL)
    why = check_kind (atlas, question);
  if (why == NULL && !has_words (question->explanation))
    why = g_strdup ("no explanation");
  if (why == NULL && !has_words (question->text))
    why = g_strdup ("no text");
  /* To find a region, the question must name it. Asked where a factor
   * brings cramps, the player reads the factor's name as the heading too. */
  if (why == NULL && question->kind != CRAMP_QUIZ_FIND_REGION &&
      holds_name (question->text, option_name (question, question->answer)))
    why = g_strdup ("the question names its answer");
  if (why == NULL && question->kind == CRAMP_QUIZ_FACTOR_REGION &&
      holds_name (question->factor->name, option_name (question, question->answer)))
    why = g_strdup ("the heading names the answer");

  if (why == NULL)
    return NULL;

  return g_strdup_printf ("%s, in “%s”", why, question->text);
}
