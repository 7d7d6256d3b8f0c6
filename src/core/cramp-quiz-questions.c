/* cramp-quiz-questions.c: questions that the content answers one way only
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cramp-quiz-private.h"
#include "cramp-text.h"

#define MIN_WRONG 2
/* What stands for a word left out. */
#define MASK "…"
/* Shorter words give nothing away and are never left out. */
#define MIN_TELLING_LENGTH 4
#define MIN_MASKED_LENGTH  3
/* A word in more than one in so many texts of the content gives nothing away. */
#define COMMON_SHARE 12
/* Shorter answers of the self-check tell no story. */
#define MIN_STORY_WORDS 3
/* How much closer a factor of the same group is than one that shares a region. */
#define CLOSE_FACTOR 8

/* Every record of the atlas begins with its id. */
static const char *
record_id (gconstpointer record)
{
  return *(char *const *) record;
}

void
cramp_quiz_question_free (CrampQuizQuestion *question)
{
  g_clear_pointer (&question->options, g_ptr_array_unref);
  g_clear_pointer (&question->labels, g_strfreev);
  g_clear_pointer (&question->text, g_free);
  g_clear_pointer (&question->description, g_free);
  g_clear_pointer (&question->clues, g_strfreev);
  g_clear_pointer (&question->explanation, g_free);
  g_free (question);
}

static CrampQuizQuestion *
question_new (const CrampQuizCandidate *candidate)
{
  CrampQuizQuestion *question = g_new0 (CrampQuizQuestion, 1);

  question->kind = candidate->kind;
  question->view = candidate->view;
  question->answer = candidate->answer;
  question->options = g_ptr_array_new ();
  return question;
}

/* Words that give nothing away */

static void
add_texts (GPtrArray         *texts,
           const char *const *fields,
           guint              n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i] != NULL)
      g_ptr_array_add (texts, (gpointer) fields[i]);
}

/* The texts that questions are made of, and their neighbours. */
static GPtrArray *
collect_texts (CrampAtlas *atlas)
{
  GPtrArray *texts = g_ptr_array_new ();
  GPtrArray *regions = cramp_atlas_get_regions (atlas);
  GPtrArray *factors = cramp_atlas_get_factors (atlas);
  GPtrArray *questions = cramp_atlas_get_questions (atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);
      const char        *fields[] = { region->name, region->summary, region->description };

      add_texts (texts, fields, G_N_ELEMENTS (fields));
    }
  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);
      const char        *fields[] = { factor->name, factor->summary, factor->mechanism, factor->evidence_note, factor->self_care };

      add_texts (texts, fields, G_N_ELEMENTS (fields));
    }
  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      g_ptr_array_add (texts, question->text);
      for (guint j = 0; j < question->answers->len; j++)
        g_ptr_array_add (texts, ((CrampAnswer *) g_ptr_array_index (question->answers, j))->text);
    }

  return texts;
}

/* The folded words of @text, kept for the round. */
static const char *const *
words_of (CrampQuizMaker *maker,
          const char     *text)
{
  GStrv words = g_hash_table_lookup (maker->words, text);

  if (words == NULL)
    {
      words = cramp_text_fold_words (text);
      g_hash_table_insert (maker->words, g_strdup (text), words);
    }

  return (const char *const *) words;
}

/* Counts each word once per text. */
static void
count_words (GHashTable *counts,
             const char *text)
{
  g_auto (GStrv) words = cramp_text_fold_words (text);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_hash_table_add (seen, words[i]))
      {
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, words[i]));

        g_hash_table_insert (counts, g_strdup (words[i]), GUINT_TO_POINTER (count + 1));
      }
}

static GHashTable *
find_common_words (CrampAtlas *atlas)
{
  g_autoptr (GPtrArray) texts = collect_texts (atlas);
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable    *common = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer       word, count;

  for (guint i = 0; i < texts->len; i++)
    count_words (counts, g_ptr_array_index (texts, i));

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &word, &count))
    if (GPOINTER_TO_UINT (count) * COMMON_SHARE > texts->len)
      g_hash_table_add (common, g_strdup (word));

  return common;
}

/* The common words of @atlas, found once and kept with it, since it does
 * not change. */
static GHashTable *
common_words (CrampAtlas *atlas)
{
  GHashTable *common = g_object_get_data (G_OBJECT (atlas), "cramp-quiz-common-words");

  if (common == NULL)
    {
      common = find_common_words (atlas);
      g_object_set_data_full (G_OBJECT (atlas), "cramp-quiz-common-words", common,
                              (GDestroyNotify) g_hash_table_unref);
    }

  return common;
}

static gboolean
telling (CrampQuizMaker *maker,
         const char     *word)
{
  return g_utf8_strlen (word, -1) >= MIN_TELLING_LENGTH && !g_hash_table_contains (maker->common, word);
}

/* Whether a word of @text is akin to @word. */
static gboolean
mentions (CrampQuizMaker *maker,
          const char     *text,
          const char     *word)
{
  const char *const *words = words_of (maker, text);

  for (guint i = 0; words[i] != NULL; i++)
    if (cramp_text_akin (words[i], word))
      return TRUE;

  return FALSE;
}

static gboolean
any_mentions (CrampQuizMaker *maker,
              GPtrArray      *names,
              const char     *word)
{
  for (guint i = 0; names != NULL && i < names->len; i++)
    if (mentions (maker, g_ptr_array_index (names, i), word))
      return TRUE;

  return FALSE;
}

/* Whether @text holds the words of @name in a row, or inside words. */
static gboolean
holds (CrampQuizMaker *maker,
       const char     *text,
       const char     *name)
{
  g_autofree char *text_words = g_strjoinv (" ", (GStrv) words_of (maker, text));
  g_autofree char *name_words = g_strjoinv (" ", (GStrv) words_of (maker, name));

  return name_words[0] != '\0' && strstr (text_words, name_words) != NULL;
}

/* Whether @text gives @name away among the names @others: holds it, or a
 * telling word of it that none of @others has. */
static gboolean
gives_away (CrampQuizMaker *maker,
            const char     *text,
            const char     *name,
            GPtrArray      *others)
{
  const char *const *words = words_of (maker, name);

  if (holds (maker, text, name))
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    if (telling (maker, words[i]) && mentions (maker, text, words[i]) && !any_mentions (maker, others, words[i]))
      return TRUE;

  return FALSE;
}

/* @text with every word of @name and of @also left out. */
static char *
mask_names (const char *text,
            const char *name,
            const char *also)
{
  g_autofree char *names = g_strconcat (name, " ", also, NULL);
  g_auto (GStrv) words = cramp_text_fold_words (names);
  g_autoptr (GPtrArray) masked = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= MIN_MASKED_LENGTH)
      g_ptr_array_add (masked, words[i]);
  g_ptr_array_add (masked, NULL);

  return cramp_text_mask (text, (const char *const *) masked->pdata, MASK);
}

/* Options */

static gboolean
is_nutrient (const CrampFactor *factor)
{
  return g_str_equal (factor->group->id, "nutritional");
}

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

static char *
option_label (const CrampQuizQuestion *question,
              gconstpointer            option)
{
  if (question->kind == CRAMP_QUIZ_STORY && is_nutrient (option))
    /* Translators: an option of the quiz: too little of a vitamin or a
     * mineral, such as “Magnesium (a shortage)”. */
    return g_strdup_printf (_ ("%s (a shortage)"), option_name (question, option));

  return g_strdup (option_name (question, option));
}

static GPtrArray *
option_names (const CrampQuizQuestion *question,
              GPtrArray               *options)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < options->len; i++)
    g_ptr_array_add (names, (gpointer) option_name (question, g_ptr_array_index (options, i)));

  return names;
}

static void
shuffle (GPtrArray *array,
         GRand     *rand)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint    j = g_rand_int_range (rand, 0, i);
      gpointer swap = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = swap;
    }
}

/* Puts the right option among @wrong in a random order, with labels. */
static void
set_options (CrampQuizMaker    *maker,
             CrampQuizQuestion *question,
             GPtrArray         *wrong)
{
  g_ptr_array_add (question->options, (gpointer) question->answer);
  g_ptr_array_extend (question->options, wrong, NULL, NULL);
  shuffle (question->options, maker->rand);

  question->labels = g_new0 (char *, question->options->len + 1);
  for (guint i = 0; i < question->options->len; i++)
    question->labels[i] = option_label (question, g_ptr_array_index (question->options, i));
}

/* Options ranked by how close they are to the right one */

typedef struct
{
  gconstpointer item;
  int           closeness;
  guint32       tiebreak;
} Ranked;

static void
add_ranked (CrampQuizMaker *maker,
            GArray         *distractors,
            gconstpointer   item,
            int             closeness)
{
  Ranked distractor = { item, closeness, g_rand_int (maker->rand) };

  g_array_append_val (distractors, distractor);
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->closeness != y->closeness)
    return x->closeness > y->closeness ? -1 : 1;

  return x->tiebreak < y->tiebreak ? -1 : x->tiebreak > y->tiebreak;
}

/* The @n closest of @ranked when harder, the @n farthest when easy. */
static GPtrArray *
pick_ranked (CrampQuizMaker *maker,
             GArray         *ranked,
             guint           n)
{
  GPtrArray *picked = g_ptr_array_new ();

  n = MIN (n, ranked->len);
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < n; i++)
    {
      guint index = maker->level == CRAMP_QUIZ_HARDER ? i : ranked->len - 1 - i;

      g_ptr_array_add (picked, (gpointer) g_array_index (ranked, Ranked, index).item);
    }

  return picked;
}

static GPtrArray *
pick_wrong (CrampQuizMaker *maker,
            GArray         *distractors)
{
  return pick_ranked (maker, distractors, CRAMP_QUIZ_MAX_OPTIONS - 1);
}

/* Regions are listed from the toes up, so that neighbours are close. */
static int
region_distance (CrampQuizMaker    *maker,
                 const CrampRegion *a,
                 const CrampRegion *b)
{
  GPtrArray *regions = cramp_atlas_get_regions (maker->atlas);
  guint      i = 0, j = 0;

  g_ptr_array_find (regions, a, &i);
  g_ptr_array_find (regions, b, &j);
  return ABS ((int) i - (int) j);
}

/* Finding and naming regions */

static GArray *
view_distractors (CrampQuizMaker    *maker,
                  const CrampView   *view,
                  const CrampRegion *right)
{
  GArray *distractors = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < view->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (view->regions, i);

      if (region != right)
        add_ranked (maker, distractors, region, -region_distance (maker, region, right));
    }

  return distractors;
}

/* Where each option is, in words, with neither its name nor the right one's. */
static gboolean
set_clues (CrampQuizMaker    *maker,
           CrampQuizQuestion *question)
{
  const CrampRegion *right = question->answer;

  question->clues = g_new0 (char *, question->options->len + 1);
  for (guint i = 0; i < question->options->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (question->options, i);

      question->clues[i] = mask_names (region->summary, region->name, right->name);
      if (gives_away (maker, question->clues[i], region->name, NULL) ||
          gives_away (maker, question->clues[i], right->name, NULL))
        return FALSE;
    }

  return TRUE;
}

static CrampQuizQuestion *
make_find (CrampQuizMaker           *maker,
           const CrampQuizCandidate *candidate)
{
  g_autoptr (CrampQuizQuestion) question = question_new (candidate);
  const CrampRegion *region = candidate->answer;
  g_autoptr (GArray) distractors = view_distractors (maker, candidate->view, region);
  g_autoptr (GPtrArray) wrong = pick_wrong (maker, distractors);

  if (wrong->len < MIN_WRONG)
    return NULL;

  set_options (maker, question, wrong);
  /* Translators: the name of a part of the foot, to point at on the drawing. */
  question->text = g_strdup_printf (_ ("Find on the drawing: %s"), region->name);
  /* Translators: the same question for someone who cannot see the drawing;
   * each option is a description of a place with its name left out. */
  question->description = g_strdup_printf (_ ("Which description fits “%s”?"), region->name);
  question->explanation = g_strdup (region->summary);

  return set_clues (maker, question) ? g_steal_pointer (&question) : NULL;
}

static CrampQuizQuestion *
make_name (CrampQuizMaker           *maker,
           const CrampQuizCandidate *candidate)
{
  g_autoptr (CrampQuizQuestion) question = question_new (candidate);
  const CrampRegion *region = candidate->answer;
  g_autoptr (GArray) distractors = view_distractors (maker, candidate->view, region);
  g_autoptr (GPtrArray) wrong = pick_wrong (maker, distractors);
  g_autoptr (GPtrArray) wrong_names = NULL;
  g_autofree char *where = NULL;

  if (wrong->len < MIN_WRONG)
    return NULL;

  set_options (maker, question, wrong);
  question->text = g_strdup (_ ("Which part is lit on the drawing?"));
  where = mask_names (region->summary, region->name, "");
  /* Translators: the question for someone who cannot see the drawing: a
   * description of the lit part with its name left out. */
  question->description = g_strdup_printf (_ ("Which part is this? %s"), where);
  question->explanation = g_strdup (region->summary);

  wrong_names = option_names (question, wrong);
  return gives_away (maker, question->description, region->name, wrong_names) ? NULL : g_steal_pointer (&question);
}

/* Where a factor brings cramps */

/* The factor is the question's heading, so the question does not name it
 * again: Orca takes a description that repeats a name of more than three
 * words for a copy of it, and leaves the question unread. */
static char *
factor_region_text (const CrampFactor *factor)
{
  if (is_nutrient (factor))
    /* Translators: under the name of a vitamin or a mineral; the question
     * is about too little of it. */
    return g_strdup (_ ("Which of these parts does the atlas link to a shortage of it?"));

  /* Translators: under the name of a cause of cramps, such as “Statins”. */
  return g_strdup (_ ("Which of these parts does the atlas link to this cause?"));
}

/* Whether the content mentions @region and @factor together, so that the
 * region may fit though the factor is not linked to it. */
static gboolean
mentioned_together (CrampQuizMaker    *maker,
                    const CrampFactor *factor,
                    const CrampRegion *region)
{
  const char *factor_texts[] = { factor->name, factor->summary, factor->mechanism, factor->evidence_note,
                                 factor->self_care };
  const char *region_texts[] = { region->summary, region->description };

  for (guint i = 0; i < G_N_ELEMENTS (factor_texts); i++)
    if (factor_texts[i] != NULL && gives_away (maker, factor_texts[i], region->name, NULL))
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (region_texts); i++)
    if (gives_away (maker, region_texts[i], factor->name, NULL))
      return TRUE;

  return FALSE;
}

/* Whether most other factors of the group of @factor concern @region: the
 * content groups factors that act alike, so the region is no clear wrong
 * answer even if the content leaves it out for @factor. */
static gboolean
usual_in_group (CrampQuizMaker    *maker,
                const CrampFactor *factor,
                const CrampRegion *region)
{
  GPtrArray *factors = cramp_atlas_get_factors (maker->atlas);
  guint      others = 0, concerned = 0;

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *other = g_ptr_array_index (factors, i);

      if (other == factor || other->group != factor->group)
        continue;
      others++;
      concerned += g_ptr_array_find (other->regions, region, NULL);
    }

  return others > 0 && 2 * concerned >= others;
}

/* The regions that the content clearly does not link to @factor, and
 * that @text does not mention. */
static GPtrArray *
unlinked_regions (CrampQuizMaker    *maker,
                  const CrampFactor *factor,
                  const char        *text)
{
  GPtrArray *regions = cramp_atlas_get_regions (maker->atlas);
  GPtrArray *unlinked = g_ptr_array_new ();

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      if (!g_ptr_array_find (factor->regions, region, NULL) && !usual_in_group (maker, factor, region) &&
          !mentioned_together (maker, factor, region) && !gives_away (maker, text, region->name, NULL))
        g_ptr_array_add (unlinked, (gpointer) region);
    }

  return unlinked;
}

static int
nearest_distance (CrampQuizMaker    *maker,
                  const CrampRegion *region,
                  GPtrArray         *others)
{
  int nearest = G_MAXINT;

  for (guint i = 0; i < others->len; i++)
    nearest = MIN (nearest, region_distance (maker, region, g_ptr_array_index (others, i)));

  return nearest;
}

/* The region of @factor to ask for: when harder, the one nearest to a
 * wrong option; when easy, the farthest. */
static const CrampRegion *
pick_right_region (CrampQuizMaker    *maker,
                   const CrampFactor *factor,
                   GPtrArray         *unlinked,
                   const char        *text)
{
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr (GPtrArray) picked = NULL;

  for (guint i = 0; i < factor->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (factor->regions, i);

      if (!gives_away (maker, text, region->name, NULL))
        add_ranked (maker, ranked, region, -nearest_distance (maker, region, unlinked));
    }

  picked = pick_ranked (maker, ranked, 1);
  return picked->len > 0 ? g_ptr_array_index (picked, 0) : NULL;
}

static CrampQuizQuestion *
make_factor_region (CrampQuizMaker           *maker,
                    const CrampQuizCandidate *candidate)
{
  g_autoptr (CrampQuizQuestion) question = question_new (candidate);
  const CrampFactor *factor = candidate->subject;
  const CrampRegion *right;
  g_autoptr (GPtrArray) unlinked = NULL;
  g_autoptr (GArray) distractors = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr (GPtrArray) wrong = NULL;
  g_autoptr (GPtrArray) wrong_names = NULL;
  g_autofree char *seen = NULL;

  /* Linked to most regions, a factor acts on the whole body: the regions
   * that the content leaves out are not clearly wrong. */
  if (factor->regions->len * 2 > cramp_atlas_get_regions (maker->atlas)->len)
    return NULL;

  question->factor = factor;
  question->text = factor_region_text (factor);
  /* What the player reads: the factor's name as the heading, and the text. */
  seen = g_strconcat (factor->name, " ", question->text, NULL);
  unlinked = unlinked_regions (maker, factor, seen);
  right = pick_right_region (maker, factor, unlinked, seen);
  if (unlinked->len < MIN_WRONG || right == NULL)
    return NULL;

  question->answer = right;
  for (guint i = 0; i < unlinked->len; i++)
    add_ranked (maker, distractors, g_ptr_array_index (unlinked, i),
                -region_distance (maker, g_ptr_array_index (unlinked, i), right));
  wrong = pick_wrong (maker, distractors);
  wrong_names = option_names (question, wrong);
  if (gives_away (maker, seen, right->name, wrong_names))
    return NULL;

  set_options (maker, question, wrong);
  question->explanation = g_strdup (factor->summary);
  return g_steal_pointer (&question);
}

/* Stories */

static gboolean
points_to (const CrampAnswer *answer,
           const CrampFactor *factor)
{
  return g_ptr_array_find (answer->factors, factor, NULL) || g_ptr_array_find (answer->hints, factor, NULL);
}

/* Whether the content ties @factor to @story, or to @right so closely that
 * it could fit the story too: an answer points to both, or an answer to the
 * same question points to it (the self-check's distinctions between answers
 * to one question are fine ones, such as pain during exercise against pain
 * on walking that rest relieves), or one that raises the same red flag. */
static gboolean
tied (CrampQuizMaker    *maker,
      const CrampAnswer *story,
      const CrampFactor *right,
      const CrampFactor *factor)
{
  GPtrArray *questions = cramp_atlas_get_questions (maker->atlas);

  if (points_to (story, factor))
    return TRUE;

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          if (points_to (answer, factor) && (points_to (answer, right) || question == story->question ||
                                             (story->flag != NULL && answer->flag == story->flag)))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether the summary of @factor tells of something that @story tells too,
 * such as tingling or pain at night: then it might fit the story. */
static gboolean
echoes (CrampQuizMaker    *maker,
        const CrampAnswer *story,
        const CrampFactor *factor)
{
  const char *const *words = words_of (maker, story->text);

  for (guint i = 0; words[i] != NULL; i++)
    if (telling (maker, words[i]) && mentions (maker, factor->summary, words[i]))
      return TRUE;

  return FALSE;
}

static guint
shared_regions (const CrampFactor *a,
                const CrampFactor *b)
{
  guint shared = 0;

  for (guint i = 0; i < a->regions->len; i++)
    shared += g_ptr_array_find (b->regions, g_ptr_array_index (a->regions, i), NULL);

  return shared;
}

/* Closer when of the same group, and when it concerns the same regions. */
static int
factor_closeness (const CrampFactor *right,
                  const CrampFactor *factor)
{
  return shared_regions (right, factor) + (factor->group == right->group ? CLOSE_FACTOR : 0);
}

static GArray *
story_distractors (CrampQuizMaker    *maker,
                   const CrampAnswer *story,
                   const CrampFactor *right,
                   const char        *text)
{
  GPtrArray *factors = cramp_atlas_get_factors (maker->atlas);
  GArray    *distractors = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);

      if (factor != right && !tied (maker, story, right, factor) && !echoes (maker, story, factor) &&
          !gives_away (maker, text, factor->name, NULL))
        add_ranked (maker, distractors, factor, factor_closeness (right, factor));
    }

  return distractors;
}

static gboolean
tells_a_story (const CrampAnswer *answer)
{
  g_auto (GStrv) words = cramp_text_fold_words (answer->text);

  return g_strv_length (words) >= MIN_STORY_WORDS;
}

static CrampQuizQuestion *
make_story (CrampQuizMaker           *maker,
            const CrampQuizCandidate *candidate)
{
  g_autoptr (CrampQuizQuestion) question = question_new (candidate);
  const CrampAnswer *story = candidate->subject;
  const CrampFactor *right = candidate->answer;
  g_autoptr (GArray) distractors = NULL;
  g_autoptr (GPtrArray) wrong = NULL;
  g_autoptr (GPtrArray) wrong_names = NULL;

  if (!tells_a_story (story))
    return NULL;

  question->story = story;
  /* Translators: a question of the self-check, and one of its answers. */
  question->text = g_strdup_printf (_ ("To the question “%s” someone answers “%s”. Which of these does that answer point to?"),
                                    story->question->text, story->text);
  distractors = story_distractors (maker, story, right, question->text);
  wrong = pick_wrong (maker, distractors);
  wrong_names = option_names (question, wrong);
  if (wrong->len < MIN_WRONG || gives_away (maker, question->text, right->name, wrong_names))
    return NULL;

  set_options (maker, question, wrong);
  question->explanation = g_strdup (right->summary);
  return g_steal_pointer (&question);
}

/* What lies in a region */

/* How far @structure lies from @region: the fewest steps in the content's
 * order from any of the regions it lies in. */
static int
structure_distance (CrampQuizMaker       *maker,
                    const CrampStructure *structure,
                    const CrampRegion    *region)
{
  int nearest = G_MAXINT;

  for (guint i = 0; i < structure->regions->len; i++)
    nearest = MIN (nearest, region_distance (maker, g_ptr_array_index (structure->regions, i), region));

  return nearest;
}

static GArray *
structure_distractors (CrampQuizMaker       *maker,
                       const CrampRegion    *region,
                       const CrampStructure *right)
{
  GPtrArray *structures = cramp_atlas_get_structures (maker->atlas);
  GArray    *distractors = g_array_new (FALSE, FALSE, sizeof (Ranked));

  for (guint i = 0; i < structures->len; i++)
    {
      const CrampStructure *structure = g_ptr_array_index (structures, i);
      int                   distance = structure_distance (maker, structure, region);

      /* A structure without regions may lie anywhere. */
      if (structure->regions->len == 0 || distance < 2)
        continue;
      add_ranked (maker, distractors, structure, (structure->layer == right->layer) * CLOSE_FACTOR - distance);
    }

  return distractors;
}

/* The first word of a structure's name, which names its family, as in
 * “Phalanges of the third toe”. */
static char *
family (const CrampStructure *structure)
{
  g_auto (GStrv) words = cramp_text_fold_words (structure->name);

  return g_strdup (words[0] != NULL ? words[0] : "");
}

/* Wrong structures as pick_wrong() ranks them, but each of another family
 * than the right one and than each other, so that no family stands out. */
static GPtrArray *
pick_wrong_structures (CrampQuizMaker       *maker,
                       GArray               *distractors,
                       const CrampStructure *right)
{
  g_autoptr (GPtrArray) ranked = pick_ranked (maker, distractors, distractors->len);
  g_autoptr (GHashTable) families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *picked = g_ptr_array_new ();

  g_hash_table_add (families, family (right));
  for (guint i = 0; i < ranked->len && picked->len < CRAMP_QUIZ_MAX_OPTIONS - 1; i++)
    if (g_hash_table_add (families, family (g_ptr_array_index (ranked, i))))
      g_ptr_array_add (picked, g_ptr_array_index (ranked, i));

  return picked;
}

static CrampQuizQuestion *
make_region_structure (CrampQuizMaker           *maker,
                       const CrampQuizCandidate *candidate)
{
  g_autoptr (CrampQuizQuestion) question = question_new (candidate);
  const CrampStructure *right = candidate->answer;
  g_autoptr (GArray) distractors = structure_distractors (maker, candidate->subject, right);
  g_autoptr (GPtrArray) wrong = pick_wrong_structures (maker, distractors, right);
  g_autoptr (GPtrArray) wrong_names = NULL;

  if (wrong->len < MIN_WRONG || right->description == NULL)
    return NULL;

  question->region = candidate->subject;
  question->text = g_strdup (_ ("Which of these lies in this part of the foot?"));
  question->explanation = g_strdup (right->description);
  set_options (maker, question, wrong);

  wrong_names = option_names (question, wrong);
  return gives_away (maker, question->region->name, right->name, wrong_names) ? NULL : g_steal_pointer (&question);
}

/* Candidates */

static void
add_candidate (GArray          *candidates,
               CrampQuizKind    kind,
               const CrampView *view,
               gconstpointer    subject,
               gconstpointer    answer)
{
  CrampQuizCandidate candidate = { kind, view, subject, answer };

  g_array_append_val (candidates, candidate);
}

/* Every region in every view that draws it. */
static void
list_regions (CrampQuizMaker *maker,
              CrampQuizKind   kind,
              GArray         *candidates)
{
  GPtrArray *views = cramp_atlas_get_views (maker->atlas);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);

      for (guint j = 0; j < view->regions->len; j++)
        {
          const CrampRegion *region = g_ptr_array_index (view->regions, j);

          add_candidate (candidates, kind, view, region, region);
        }
    }
}

/* Every factor; which of its regions to ask for depends on the level. */
static void
list_factor_regions (CrampQuizMaker *maker,
                     GArray         *candidates)
{
  GPtrArray *factors = cramp_atlas_get_factors (maker->atlas);

  for (guint i = 0; i < factors->len; i++)
    add_candidate (candidates, CRAMP_QUIZ_FACTOR_REGION, NULL, g_ptr_array_index (factors, i), NULL);
}

/* Every answer of the self-check, with each factor it points to specifically. */
static void
list_stories (CrampQuizMaker *maker,
              GArray         *candidates)
{
  GPtrArray *questions = cramp_atlas_get_questions (maker->atlas);

  for (guint i = 0; i < questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          for (guint k = 0; k < answer->factors->len; k++)
            add_candidate (candidates, CRAMP_QUIZ_STORY, NULL, answer, g_ptr_array_index (answer->factors, k));
        }
    }
}

/* Every structure in every region it lies in. */
static void
list_region_structures (CrampQuizMaker *maker,
                        GArray         *candidates)
{
  GPtrArray *regions = cramp_atlas_get_regions (maker->atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      for (guint j = 0; j < region->structures->len; j++)
        add_candidate (candidates, CRAMP_QUIZ_REGION_STRUCTURE, NULL, region, g_ptr_array_index (region->structures, j));
    }
}

void
cramp_quiz_maker_init (CrampQuizMaker *maker,
                       CrampAtlas     *atlas,
                       CrampQuizLevel  level,
                       guint32         seed)
{
  maker->atlas = atlas;
  maker->level = level;
  maker->rand = g_rand_new_with_seed (seed);
  maker->common = common_words (atlas);
  maker->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

void
cramp_quiz_maker_clear (CrampQuizMaker *maker)
{
  g_clear_pointer (&maker->rand, g_rand_free);
  g_clear_pointer (&maker->words, g_hash_table_unref);
}

/**
 * cramp_quiz_maker_list:
 * @maker: a question maker
 * @kind: a kind of question
 *
 * Returns: (transfer full) (element-type CrampQuizCandidate): the
 *   questions of @kind that may be asked, in content order
 */
GArray *
cramp_quiz_maker_list (CrampQuizMaker *maker,
                       CrampQuizKind   kind)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (CrampQuizCandidate));

  switch (kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
    case CRAMP_QUIZ_NAME_REGION:
      list_regions (maker, kind, candidates);
      break;
    case CRAMP_QUIZ_FACTOR_REGION:
      list_factor_regions (maker, candidates);
      break;
    case CRAMP_QUIZ_STORY:
      list_stories (maker, candidates);
      break;
    case CRAMP_QUIZ_REGION_STRUCTURE:
      list_region_structures (maker, candidates);
      break;
    default:
      g_assert_not_reached ();
    }

  return candidates;
}

/**
 * cramp_quiz_candidate_key:
 * @candidate: a question that may be asked
 *
 * A round asks one question for each key: a region is found or named, not
 * both, since one would give the other away; each factor comes up once in
 * each kind; and each region once among the questions on what lies in it.
 *
 * Returns: (transfer full): the key of @candidate
 */
char *
cramp_quiz_candidate_key (const CrampQuizCandidate *candidate)
{
  switch (candidate->kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
    case CRAMP_QUIZ_NAME_REGION:
      return g_strconcat ("region:", record_id (candidate->subject), NULL);
    case CRAMP_QUIZ_FACTOR_REGION:
      return g_strconcat ("factor:", record_id (candidate->subject), NULL);
    case CRAMP_QUIZ_REGION_STRUCTURE:
      return g_strconcat ("lies-in:", record_id (candidate->subject), NULL);
    case CRAMP_QUIZ_STORY:
    default:
      return g_strconcat ("story:", record_id (candidate->answer), NULL);
    }
}

/**
 * cramp_quiz_maker_make:
 * @maker: a question maker
 * @candidate: a question that may be asked
 *
 * Returns: (transfer full) (nullable): the question with its options, or
 *   %NULL if the content does not let it be asked fairly
 */
CrampQuizQuestion *
cramp_quiz_maker_make (CrampQuizMaker           *maker,
                       const CrampQuizCandidate *candidate)
{
  CrampQuizQuestion *question = NULL;

  switch (candidate->kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
      question = make_find (maker, candidate);
      break;
    case CRAMP_QUIZ_NAME_REGION:
      question = make_name (maker, candidate);
      break;
    case CRAMP_QUIZ_FACTOR_REGION:
      question = make_factor_region (maker, candidate);
      break;
    case CRAMP_QUIZ_STORY:
      question = make_story (maker, candidate);
      break;
    case CRAMP_QUIZ_REGION_STRUCTURE:
      question = make_region_structure (maker, candidate);
      break;
    default:
      g_assert_not_reached ();
    }

  if (question == NULL)
    g_debug ("Not asked, for want of fair options: %d about %s with the answer %s", candidate->kind,
             record_id (candidate->subject), candidate->answer ? record_id (candidate->answer) : "to be picked");

  return question;
}
