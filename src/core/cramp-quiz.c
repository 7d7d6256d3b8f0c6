/* cramp-quiz.c: rounds of questions drawn from the atlas with a seeded random source
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-quiz.h"

#define N_KINDS     3
#define MAX_CHOICES 4

/* A round takes its questions in turn from each kind, so that a class sees
 * all three, and never asks about the same region or factor twice in the
 * same way. The same seed gives the same round. */
struct _CrampQuiz
{
  GObject     parent_instance;

  CrampAtlas *atlas;
  guint32     seed;
  GPtrArray  *questions; /* CrampQuizQuestion */
  GPtrArray  *answers;   /* CrampRegion given, or NULL, per question */
};

G_DEFINE_FINAL_TYPE (CrampQuiz, cramp_quiz, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_SEED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
question_free (gpointer data)
{
  CrampQuizQuestion *question = data;

  g_clear_pointer (&question->choices, g_ptr_array_unref);
  g_free (question);
}

static CrampQuizQuestion *
question_new (CrampQuizKind      kind,
              const CrampView   *view,
              const CrampRegion *region,
              const CrampFactor *factor)
{
  CrampQuizQuestion *question = g_new0 (CrampQuizQuestion, 1);

  question->kind = kind;
  question->view = view;
  question->region = region;
  question->factor = factor;
  question->choices = g_ptr_array_new ();
  return question;
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

/* Candidates */

/* Every region in every view that draws it, to find or to name. */
static void
add_region_candidates (CrampQuiz    *self,
                       CrampQuizKind kind,
                       GPtrArray    *pool)
{
  GPtrArray *views = cramp_atlas_get_views (self->atlas);

  for (guint i = 0; i < views->len; i++)
    {
      const CrampView *view = g_ptr_array_index (views, i);

      for (guint j = 0; j < view->regions->len; j++)
        g_ptr_array_add (pool, question_new (kind, view, g_ptr_array_index (view->regions, j), NULL));
    }
}

static gboolean
concerns (const CrampFactor *factor,
          const CrampRegion *region)
{
  return factor != NULL && g_ptr_array_find (factor->regions, region, NULL);
}

/* Every factor that some regions concern and others do not, asked with one
 * of its regions that a view draws. */
static void
add_factor_candidates (CrampQuiz *self,
                       GPtrArray *pool,
                       GRand     *rand)
{
  GPtrArray *factors = cramp_atlas_get_factors (self->atlas);
  GPtrArray *regions = cramp_atlas_get_regions (self->atlas);

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);
      const CrampRegion *region;

      if (factor->regions->len == 0 || factor->regions->len >= regions->len)
        continue;

      region = g_ptr_array_index (factor->regions, g_rand_int_range (rand, 0, factor->regions->len));
      if (region->views->len > 0)
        g_ptr_array_add (pool, question_new (CRAMP_QUIZ_FACTOR_REGION, g_ptr_array_index (region->views, 0),
                                             region, factor));
    }
}

/* The right region among wrong ones, in a random order. */
static void
add_choices (CrampQuiz         *self,
             CrampQuizQuestion *question,
             GRand             *rand)
{
  g_autoptr (GPtrArray) wrong = g_ptr_array_new ();
  GPtrArray *regions = cramp_atlas_get_regions (self->atlas);

  if (question->kind == CRAMP_QUIZ_FIND_REGION)
    return;

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);

      if (region != question->region && !concerns (question->factor, region))
        g_ptr_array_add (wrong, (gpointer) region);
    }

  shuffle (wrong, rand);
  g_ptr_array_add (question->choices, (gpointer) question->region);
  for (guint i = 0; i < wrong->len && question->choices->len < MAX_CHOICES; i++)
    g_ptr_array_add (question->choices, g_ptr_array_index (wrong, i));
  shuffle (question->choices, rand);
}

/* Rounds */

static char *
question_key (const CrampQuizQuestion *question)
{
  return g_strdup_printf ("%d:%s", question->kind,
                          question->factor ? question->factor->id : question->region->id);
}

/* Takes the next candidate of @pool that asks something new. */
static CrampQuizQuestion *
take (GPtrArray  *pool,
      GHashTable *asked)
{
  while (pool->len > 0)
    {
      CrampQuizQuestion *question = g_ptr_array_steal_index (pool, pool->len - 1);
      char              *key = question_key (question);

      if (g_hash_table_add (asked, key))
        return question;
      question_free (question);
    }

  return NULL;
}

static void
build_round (CrampQuiz *self)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (self->seed);
  g_autoptr (GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *pools[N_KINDS];
  guint      kind = g_rand_int_range (rand, 0, N_KINDS);

  for (guint i = 0; i < N_KINDS; i++)
    pools[i] = g_ptr_array_new_with_free_func (question_free);
  add_region_candidates (self, CRAMP_QUIZ_FIND_REGION, pools[CRAMP_QUIZ_FIND_REGION]);
  add_region_candidates (self, CRAMP_QUIZ_NAME_REGION, pools[CRAMP_QUIZ_NAME_REGION]);
  add_factor_candidates (self, pools[CRAMP_QUIZ_FACTOR_REGION], rand);
  for (guint i = 0; i < N_KINDS; i++)
    shuffle (pools[i], rand);

  for (guint tries = 0; self->questions->len < CRAMP_QUIZ_ROUND_LENGTH && tries < N_KINDS; kind = (kind + 1) % N_KINDS)
    {
      CrampQuizQuestion *question = take (pools[kind], asked);

      tries = question != NULL ? 0 : tries + 1;
      if (question == NULL)
        continue;
      add_choices (self, question, rand);
      g_ptr_array_add (self->questions, question);
      g_ptr_array_add (self->answers, NULL);
    }

  for (guint i = 0; i < N_KINDS; i++)
    g_ptr_array_unref (pools[i]);
}

/* Object */

static void
cramp_quiz_constructed (GObject *object)
{
  CrampQuiz *self = CRAMP_QUIZ (object);

  G_OBJECT_CLASS (cramp_quiz_parent_class)->constructed (object);

  g_return_if_fail (CRAMP_IS_ATLAS (self->atlas));
  build_round (self);
}

static void
cramp_quiz_finalize (GObject *object)
{
  CrampQuiz *self = CRAMP_QUIZ (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_quiz_parent_class)->finalize (object);
}

static void
cramp_quiz_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrampQuiz *self = CRAMP_QUIZ (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_SEED:
      g_value_set_uint (value, self->seed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_quiz_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrampQuiz *self = CRAMP_QUIZ (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    case PROP_SEED:
      self->seed = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_quiz_class_init (CrampQuizClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cramp_quiz_constructed;
  object_class->finalize = cramp_quiz_finalize;
  object_class->get_property = cramp_quiz_get_property;
  object_class->set_property = cramp_quiz_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  props[PROP_SEED] =
      g_param_spec_uint ("seed", NULL, NULL,
                         0, G_MAXUINT32, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
cramp_quiz_init (CrampQuiz *self)
{
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->answers = g_ptr_array_new ();
}

/* Public API */

/**
 * cramp_quiz_new:
 * @atlas: the content the questions come from
 * @seed: the seed of the random source; the same seed gives the same round
 *
 * Returns: (transfer full): a round of up to %CRAMP_QUIZ_ROUND_LENGTH questions
 */
CrampQuiz *
cramp_quiz_new (CrampAtlas *atlas,
                guint32     seed)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_QUIZ, "atlas", atlas, "seed", seed, NULL);
}

guint32
cramp_quiz_get_seed (CrampQuiz *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), 0);

  return self->seed;
}

guint
cramp_quiz_get_n_questions (CrampQuiz *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), 0);

  return self->questions->len;
}

const CrampQuizQuestion *
cramp_quiz_get_question (CrampQuiz *self,
                         guint      index)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, index);
}

/**
 * cramp_quiz_is_correct:
 * @question: a question of a round
 * @region: the region given as the answer
 *
 * Returns: whether @region answers @question: the region asked for, or for
 *   a factor, a region the factor concerns
 */
gboolean
cramp_quiz_is_correct (const CrampQuizQuestion *question,
                       const CrampRegion       *region)
{
  g_return_val_if_fail (question != NULL, FALSE);

  if (region == NULL)
    return FALSE;

  return question->kind == CRAMP_QUIZ_FACTOR_REGION ? concerns (question->factor, region)
                                                    : region == question->region;
}

/**
 * cramp_quiz_answer:
 * @self: a quiz
 * @index: the question
 * @region: the region given as the answer
 *
 * Records the first answer to a question; later ones change nothing.
 *
 * Returns: whether the recorded answer is right
 */
gboolean
cramp_quiz_answer (CrampQuiz         *self,
                   guint              index,
                   const CrampRegion *region)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), FALSE);
  g_return_val_if_fail (index < self->questions->len, FALSE);
  g_return_val_if_fail (region != NULL, FALSE);

  if (self->answers->pdata[index] == NULL)
    self->answers->pdata[index] = (gpointer) region;

  return cramp_quiz_is_correct (g_ptr_array_index (self->questions, index), self->answers->pdata[index]);
}

gboolean
cramp_quiz_is_answered (CrampQuiz *self,
                        guint      index)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), FALSE);
  g_return_val_if_fail (index < self->questions->len, FALSE);

  return self->answers->pdata[index] != NULL;
}

guint
cramp_quiz_get_score (CrampQuiz *self)
{
  guint score = 0;

  g_return_val_if_fail (CRAMP_IS_QUIZ (self), 0);

  for (guint i = 0; i < self->questions->len; i++)
    score += cramp_quiz_is_correct (g_ptr_array_index (self->questions, i), self->answers->pdata[i]);

  return score;
}

/**
 * cramp_quiz_get_missed:
 * @self: a quiz
 *
 * Returns: (transfer container) (element-type CrampQuizQuestion): the
 *   questions not answered right, to review, in the order asked
 */
GPtrArray *
cramp_quiz_get_missed (CrampQuiz *self)
{
  GPtrArray *missed = g_ptr_array_new ();

  g_return_val_if_fail (CRAMP_IS_QUIZ (self), missed);

  for (guint i = 0; i < self->questions->len; i++)
    if (!cramp_quiz_is_correct (g_ptr_array_index (self->questions, i), self->answers->pdata[i]))
      g_ptr_array_add (missed, g_ptr_array_index (self->questions, i));

  return missed;
}
