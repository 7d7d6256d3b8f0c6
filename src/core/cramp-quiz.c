/* cramp-quiz.c: rounds of questions drawn from the atlas with a seeded random source
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-enums.h"
#include "cramp-quiz-private.h"

/* A round takes its questions in turn from each kind, so that a class sees
 * them all, and asks about nothing twice. The same atlas, level and seed
 * give the same round. */
struct _CrampQuiz
{
  GObject        parent_instance;

  CrampAtlas    *atlas;
  CrampQuizLevel level;
  guint32        seed;
  GPtrArray     *questions; /* CrampQuizQuestion */
  GPtrArray     *answers;   /* the option given, or NULL, per question */
};

G_DEFINE_FINAL_TYPE (CrampQuiz, cramp_quiz, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_LEVEL,
  PROP_SEED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Rounds */

static void
shuffle_candidates (GArray *candidates,
                    GRand  *rand)
{
  for (guint i = candidates->len; i > 1; i--)
    {
      guint              j = g_rand_int_range (rand, 0, i);
      CrampQuizCandidate swap = g_array_index (candidates, CrampQuizCandidate, i - 1);

      g_array_index (candidates, CrampQuizCandidate, i - 1) = g_array_index (candidates, CrampQuizCandidate, j);
      g_array_index (candidates, CrampQuizCandidate, j) = swap;
    }
}

/* Makes the next candidate of @pool that asks something new and can be
 * asked fairly. */
static CrampQuizQuestion *
take (CrampQuizMaker *maker,
      GArray         *pool,
      GHashTable     *asked)
{
  while (pool->len > 0)
    {
      CrampQuizCandidate candidate = g_array_index (pool, CrampQuizCandidate, pool->len - 1);
      g_autofree char   *key = cramp_quiz_candidate_key (&candidate);
      CrampQuizQuestion *question;

      g_array_set_size (pool, pool->len - 1);
      if (g_hash_table_contains (asked, key))
        continue;

      question = cramp_quiz_maker_make (maker, &candidate);
      if (question != NULL)
        {
          g_hash_table_add (asked, g_steal_pointer (&key));
          return question;
        }
    }

  return NULL;
}

static void
build_round (CrampQuiz *self)
{
  g_autoptr (GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CrampQuizMaker maker;
  GArray        *pools[CRAMP_QUIZ_N_KINDS];
  guint          kind;

  cramp_quiz_maker_init (&maker, self->atlas, self->level, self->seed);
  for (guint i = 0; i < CRAMP_QUIZ_N_KINDS; i++)
    {
      pools[i] = cramp_quiz_maker_list (&maker, i);
      shuffle_candidates (pools[i], maker.rand);
    }

  kind = g_rand_int_range (maker.rand, 0, CRAMP_QUIZ_N_KINDS);
  for (guint tries = 0; self->questions->len < CRAMP_QUIZ_ROUND_LENGTH && tries < CRAMP_QUIZ_N_KINDS;
       kind = (kind + 1) % CRAMP_QUIZ_N_KINDS)
    {
      CrampQuizQuestion *question = take (&maker, pools[kind], asked);

      tries = question != NULL ? 0 : tries + 1;
      if (question == NULL)
        continue;
      g_ptr_array_add (self->questions, question);
      g_ptr_array_add (self->answers, NULL);
    }

  for (guint i = 0; i < CRAMP_QUIZ_N_KINDS; i++)
    g_array_unref (pools[i]);
  cramp_quiz_maker_clear (&maker);
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
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
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
    case PROP_LEVEL:
      self->level = g_value_get_enum (value);
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

  props[PROP_LEVEL] =
      g_param_spec_enum ("level", NULL, NULL,
                         CRAMP_TYPE_QUIZ_LEVEL, CRAMP_QUIZ_EASY,
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
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) cramp_quiz_question_free);
  self->answers = g_ptr_array_new ();
}

/* Public API */

/**
 * cramp_quiz_new:
 * @atlas: the content the questions come from
 * @level: how close the wrong options are to the right one
 * @seed: the seed of the random source; the same seed gives the same round
 *
 * Returns: (transfer full): a round of up to %CRAMP_QUIZ_ROUND_LENGTH questions
 */
CrampQuiz *
cramp_quiz_new (CrampAtlas    *atlas,
                CrampQuizLevel level,
                guint32        seed)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_QUIZ, "atlas", atlas, "level", level, "seed", seed, NULL);
}

guint32
cramp_quiz_get_seed (CrampQuiz *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), 0);

  return self->seed;
}

CrampQuizLevel
cramp_quiz_get_level (CrampQuiz *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), CRAMP_QUIZ_EASY);

  return self->level;
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
 * cramp_quiz_is_right:
 * @question: a question of a round
 * @item: (nullable): the option chosen, or the region picked on the drawing
 *
 * Returns: whether @item is the right answer
 */
gboolean
cramp_quiz_is_right (const CrampQuizQuestion *question,
                     gconstpointer            item)
{
  g_return_val_if_fail (question != NULL, FALSE);

  return item != NULL && item == question->answer;
}

/**
 * cramp_quiz_answer:
 * @self: a quiz
 * @index: the question
 * @item: the option chosen: a record of the atlas, such as a #CrampRegion
 *   picked on the drawing
 *
 * Records the first answer to a question; later ones change nothing.
 *
 * Returns: whether the recorded answer is right
 */
gboolean
cramp_quiz_answer (CrampQuiz    *self,
                   guint         index,
                   gconstpointer item)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ (self), FALSE);
  g_return_val_if_fail (index < self->questions->len, FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (self->answers->pdata[index] == NULL)
    self->answers->pdata[index] = (gpointer) item;

  return cramp_quiz_is_right (g_ptr_array_index (self->questions, index), self->answers->pdata[index]);
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
    score += cramp_quiz_is_right (g_ptr_array_index (self->questions, i), self->answers->pdata[i]);

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
    if (!cramp_quiz_is_right (g_ptr_array_index (self->questions, i), self->answers->pdata[i]))
      g_ptr_array_add (missed, g_ptr_array_index (self->questions, i));

  return missed;
}
