/* cramp-self-check.c: the self-check's state, navigation and evaluation
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-self-check.h"

/* The questions are asked in content order, each only when it applies.
 * An emergency sign ends the questions at once: nothing that follows could
 * make the advice calmer. Answers to a question that no longer applies,
 * because an earlier answer changed, are forgotten, so that every answer
 * held is one the person could see. */
struct _CrampSelfCheck
{
  GObject     parent_instance;

  CrampAtlas *atlas;
  GPtrArray  *questions; /* CrampQuestion, borrowed from the atlas */
  GHashTable *chosen;    /* CrampAnswer set */
  GArray     *history;   /* guint: the indices of the questions that led here */
  guint       index;     /* of the question asked, or the number of questions */
  gboolean    stopped_early;
};

G_DEFINE_FINAL_TYPE (CrampSelfCheck, cramp_self_check, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_POSITION,
  PROP_FINISHED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum
{
  ANSWERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Results */

static void
factor_reason_free (gpointer data)
{
  CrampFactorReason *reason = data;

  g_ptr_array_unref (reason->answers);
  g_free (reason);
}

void
cramp_self_check_result_free (CrampSelfCheckResult *result)
{
  if (result == NULL)
    return;

  g_ptr_array_unref (result->flags);
  g_ptr_array_unref (result->rules);
  g_ptr_array_unref (result->factors);
  g_ptr_array_unref (result->tips);
  g_ptr_array_unref (result->regions);
  g_ptr_array_unref (result->answers);
  g_free (result);
}

/* Which questions apply */

static gboolean
any_chosen (CrampSelfCheck *self,
            GPtrArray      *answers)
{
  for (guint i = 0; i < answers->len; i++)
    if (g_hash_table_contains (self->chosen, g_ptr_array_index (answers, i)))
      return TRUE;

  return FALSE;
}

static gboolean
applies (CrampSelfCheck      *self,
         const CrampQuestion *question)
{
  return (question->if_any->len == 0 || any_chosen (self, question->if_any)) &&
         !any_chosen (self, question->unless_any);
}

static void
clear_question (CrampSelfCheck      *self,
                const CrampQuestion *question)
{
  for (guint i = 0; i < question->answers->len; i++)
    g_hash_table_remove (self->chosen, g_ptr_array_index (question->answers, i));
}

/* Conditions name earlier questions only, so one pass in order settles
 * what a change further up means further down. */
static void
forget_what_no_longer_applies (CrampSelfCheck *self)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (self->questions, i);

      if (!applies (self, question))
        clear_question (self, question);
    }
}

static guint
count_applying (CrampSelfCheck *self,
                guint           end)
{
  guint count = 0;

  for (guint i = 0; i < MIN (end, self->questions->len); i++)
    count += applies (self, g_ptr_array_index (self->questions, i));

  return count;
}

/* The first question at or after @index that applies. */
static guint
next_applying (CrampSelfCheck *self,
               guint           index)
{
  while (index < self->questions->len && !applies (self, g_ptr_array_index (self->questions, index)))
    index++;

  return index;
}

/* Navigation */

static void
set_index (CrampSelfCheck *self,
           guint           index)
{
  gboolean was_finished = cramp_self_check_get_finished (self);

  if (self->index == index)
    return;

  self->index = index;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_POSITION]);
  if (was_finished != cramp_self_check_get_finished (self))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FINISHED]);
}

static void
advance (CrampSelfCheck *self)
{
  g_array_append_val (self->history, self->index);
  self->stopped_early = cramp_self_check_get_tier (self) == CRAMP_TIER_EMERGENCY;
  set_index (self, self->stopped_early ? self->questions->len : next_applying (self, self->index + 1));
}

static void
answers_changed (CrampSelfCheck *self)
{
  forget_what_no_longer_applies (self);
  g_signal_emit (self, signals[ANSWERS_CHANGED], 0);
}

/* Object */

static void
cramp_self_check_constructed (GObject *object)
{
  CrampSelfCheck *self = CRAMP_SELF_CHECK (object);

  G_OBJECT_CLASS (cramp_self_check_parent_class)->constructed (object);

  g_return_if_fail (CRAMP_IS_ATLAS (self->atlas));
  self->questions = g_ptr_array_ref (cramp_atlas_get_questions (self->atlas));
}

static void
cramp_self_check_finalize (GObject *object)
{
  CrampSelfCheck *self = CRAMP_SELF_CHECK (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_pointer (&self->history, g_array_unref);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_self_check_parent_class)->finalize (object);
}

static void
cramp_self_check_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrampSelfCheck *self = CRAMP_SELF_CHECK (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, cramp_self_check_get_position (self));
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, cramp_self_check_get_finished (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_self_check_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrampSelfCheck *self = CRAMP_SELF_CHECK (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_self_check_class_init (CrampSelfCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cramp_self_check_constructed;
  object_class->finalize = cramp_self_check_finalize;
  object_class->get_property = cramp_self_check_get_property;
  object_class->set_property = cramp_self_check_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  props[PROP_POSITION] =
      g_param_spec_uint ("position", NULL, NULL,
                         0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_FINISHED] =
      g_param_spec_boolean ("finished", NULL, NULL,
                            FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * CrampSelfCheck::answers-changed:
   *
   * Emitted when an answer is chosen or unchosen. The questions that apply,
   * and so their number, may have changed with it.
   */
  signals[ANSWERS_CHANGED] =
      g_signal_new ("answers-changed",
                    G_TYPE_FROM_CLASS (klass),
                    G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
cramp_self_check_init (CrampSelfCheck *self)
{
  self->chosen = g_hash_table_new (NULL, NULL);
  self->history = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Public API */

/**
 * cramp_self_check_new:
 * @atlas: the content whose questions are asked
 *
 * Returns: (transfer full): a self-check at its first question
 */
CrampSelfCheck *
cramp_self_check_new (CrampAtlas *atlas)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_SELF_CHECK, "atlas", atlas, NULL);
}

CrampAtlas *
cramp_self_check_get_atlas (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), NULL);

  return self->atlas;
}

/**
 * cramp_self_check_get_position:
 * @self: a self-check
 *
 * Returns: how many questions that apply come before the one being asked,
 *   or their number once finished
 */
guint
cramp_self_check_get_position (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), 0);

  return count_applying (self, self->index);
}

/**
 * cramp_self_check_get_n_questions:
 * @self: a self-check
 *
 * Returns: how many questions apply to the answers given so far
 */
guint
cramp_self_check_get_n_questions (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), 0);

  return count_applying (self, self->questions->len);
}

/**
 * cramp_self_check_get_question:
 * @self: a self-check
 *
 * Returns: (nullable): the question being asked, or %NULL once finished
 */
const CrampQuestion *
cramp_self_check_get_question (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), NULL);

  return self->index < self->questions->len ? g_ptr_array_index (self->questions, self->index) : NULL;
}

gboolean
cramp_self_check_get_finished (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);

  return self->index >= self->questions->len;
}

/**
 * cramp_self_check_get_stopped_early:
 * @self: a self-check
 *
 * Returns: whether the questions ended early, on an emergency sign
 */
gboolean
cramp_self_check_get_stopped_early (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);

  return cramp_self_check_get_finished (self) && self->stopped_early;
}

/**
 * cramp_self_check_restart:
 * @self: a self-check
 *
 * Forgets every answer and goes back to the first question.
 */
void
cramp_self_check_restart (CrampSelfCheck *self)
{
  g_return_if_fail (CRAMP_IS_SELF_CHECK (self));

  g_hash_table_remove_all (self->chosen);
  g_array_set_size (self->history, 0);
  self->stopped_early = FALSE;
  set_index (self, 0);
  g_signal_emit (self, signals[ANSWERS_CHANGED], 0);
}

/* A question that asks only where: one answer, no warning sign, and no
 * condition on who is asked. */
static gboolean
asks_where (const CrampQuestion *question)
{
  if (question->kind != CRAMP_QUESTION_SINGLE || question->if_any->len > 0 || question->unless_any->len > 0)
    return FALSE;

  for (guint i = 0; i < question->answers->len; i++)
    if (((CrampAnswer *) g_ptr_array_index (question->answers, i))->flag != NULL)
      return FALSE;

  return TRUE;
}

/**
 * cramp_self_check_start_at_region:
 * @self: a self-check
 * @region_id: the region where the cramps are felt
 *
 * Restarts with @region_id already given as the answer to the first
 * question that asks where they are felt: a single choice whose answers
 * raise no red flag. An answer that raises one, such as a swollen calf, is
 * never given on the person's behalf.
 *
 * Returns: whether a question offers the region
 */
gboolean
cramp_self_check_start_at_region (CrampSelfCheck *self,
                                  const char     *region_id)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);
  g_return_val_if_fail (region_id != NULL, FALSE);

  cramp_self_check_restart (self);

  for (guint i = 0; i < self->questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (self->questions, i);

      for (guint j = 0; asks_where (question) && j < question->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          if (answer->region != NULL && g_str_equal (answer->region->id, region_id))
            {
              cramp_self_check_set_chosen (self, answer, TRUE);
              return TRUE;
            }
        }
    }

  return FALSE;
}

gboolean
cramp_self_check_is_chosen (CrampSelfCheck    *self,
                            const CrampAnswer *answer)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);

  return g_hash_table_contains (self->chosen, answer);
}

/**
 * cramp_self_check_set_chosen:
 * @self: a self-check
 * @answer: an answer of one of the questions
 * @chosen: whether it is given
 *
 * Gives or takes back an answer. A single-choice question keeps one
 * answer; in a checklist, "none of these" and the other answers exclude
 * each other. Answers to questions that no longer apply are forgotten.
 */
void
cramp_self_check_set_chosen (CrampSelfCheck    *self,
                             const CrampAnswer *answer,
                             gboolean           chosen)
{
  const CrampQuestion *question;

  g_return_if_fail (CRAMP_IS_SELF_CHECK (self));
  g_return_if_fail (answer != NULL);

  if (chosen == g_hash_table_contains (self->chosen, answer))
    return;

  question = answer->question;
  if (chosen)
    {
      for (guint i = 0; i < question->answers->len; i++)
        {
          const CrampAnswer *other = g_ptr_array_index (question->answers, i);

          if (question->kind == CRAMP_QUESTION_SINGLE || other->none || answer->none)
            g_hash_table_remove (self->chosen, other);
        }
      g_hash_table_add (self->chosen, (gpointer) answer);
    }
  else
    g_hash_table_remove (self->chosen, answer);

  answers_changed (self);
}

gboolean
cramp_self_check_is_answered (CrampSelfCheck      *self,
                              const CrampQuestion *question)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  for (guint i = 0; i < question->answers->len; i++)
    if (g_hash_table_contains (self->chosen, g_ptr_array_index (question->answers, i)))
      return TRUE;

  return FALSE;
}

/**
 * cramp_self_check_applies:
 * @self: a self-check
 * @question: one of its questions
 *
 * Returns: whether @question is asked, given the answers so far
 */
gboolean
cramp_self_check_applies (CrampSelfCheck      *self,
                          const CrampQuestion *question)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  return applies (self, question);
}

gboolean
cramp_self_check_can_go_next (CrampSelfCheck *self)
{
  const CrampQuestion *question = cramp_self_check_get_question (self);

  return question != NULL && cramp_self_check_is_answered (self, question);
}

gboolean
cramp_self_check_can_skip (CrampSelfCheck *self)
{
  const CrampQuestion *question = cramp_self_check_get_question (self);

  return question != NULL && question->optional;
}

gboolean
cramp_self_check_can_go_back (CrampSelfCheck *self)
{
  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), FALSE);

  return self->history->len > 0;
}

/**
 * cramp_self_check_next:
 * @self: a self-check
 *
 * Goes on from an answered question: to the next one, or to the end when
 * the answer is an emergency sign or the question was the last.
 *
 * Returns: whether it went on
 */
gboolean
cramp_self_check_next (CrampSelfCheck *self)
{
  if (!cramp_self_check_can_go_next (self))
    return FALSE;

  advance (self);
  return TRUE;
}

/**
 * cramp_self_check_skip:
 * @self: a self-check
 *
 * Leaves an optional question unanswered and goes on.
 *
 * Returns: whether it went on
 */
gboolean
cramp_self_check_skip (CrampSelfCheck *self)
{
  if (!cramp_self_check_can_skip (self))
    return FALSE;

  clear_question (self, cramp_self_check_get_question (self));
  answers_changed (self);
  advance (self);
  return TRUE;
}

/**
 * cramp_self_check_back:
 * @self: a self-check
 *
 * Returns to the question asked before, keeping every answer.
 *
 * Returns: whether there was one
 */
gboolean
cramp_self_check_back (CrampSelfCheck *self)
{
  guint index;

  if (!cramp_self_check_can_go_back (self))
    return FALSE;

  index = g_array_index (self->history, guint, self->history->len - 1);
  g_array_set_size (self->history, self->history->len - 1);
  self->stopped_early = FALSE;
  set_index (self, index);
  return TRUE;
}

static gboolean
clause_holds (CrampSelfCheck    *self,
              const CrampClause *clause)
{
  guint given = 0;

  for (guint i = 0; i < clause->answers->len && given < clause->at_least; i++)
    given += g_hash_table_contains (self->chosen, g_ptr_array_index (clause->answers, i));

  return given >= clause->at_least;
}

static gboolean
rule_holds (CrampSelfCheck  *self,
            const CrampRule *rule)
{
  for (guint i = 0; i < rule->clauses->len; i++)
    if (!clause_holds (self, g_ptr_array_index (rule->clauses, i)))
      return FALSE;

  return TRUE;
}

/**
 * cramp_self_check_get_tier:
 * @self: a self-check
 *
 * Returns: the most urgent tier of the red flags that the answers given,
 *   and the rules they satisfy, raise; %CRAMP_TIER_SELF_CARE when none
 */
CrampTier
cramp_self_check_get_tier (CrampSelfCheck *self)
{
  GPtrArray     *rules;
  GHashTableIter iter;
  gpointer       key;
  CrampTier      tier = CRAMP_TIER_SELF_CARE;

  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), CRAMP_TIER_EMERGENCY);

  g_hash_table_iter_init (&iter, self->chosen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const CrampAnswer *answer = key;

      if (answer->flag != NULL)
        tier = MAX (tier, answer->flag->tier);
    }

  rules = cramp_atlas_get_rules (self->atlas);
  for (guint i = 0; i < rules->len; i++)
    {
      const CrampRule *rule = g_ptr_array_index (rules, i);

      if (rule->flag->tier > tier && rule_holds (self, rule))
        tier = rule->flag->tier;
    }

  return tier;
}

/* Evaluation */

static guint
index_in (GPtrArray    *array,
          gconstpointer item)
{
  guint index = G_MAXUINT;

  g_ptr_array_find (array, item, &index);
  return index;
}

/* The most urgent first; among equals, the order of the content. */
static int
compare_flags (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const CrampRedFlag *first = *(const CrampRedFlag **) a;
  const CrampRedFlag *second = *(const CrampRedFlag **) b;
  GPtrArray          *all = user_data;

  if (first->tier != second->tier)
    return (int) second->tier - (int) first->tier;

  return index_in (all, first) < index_in (all, second) ? -1 : 1;
}

/* The highest score first; then the stronger evidence; then content order. */
static int
compare_reasons (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const CrampFactorReason *first = *(const CrampFactorReason **) a;
  const CrampFactorReason *second = *(const CrampFactorReason **) b;
  GPtrArray               *all = user_data;

  if (first->score != second->score)
    return first->score > second->score ? -1 : 1;
  if (first->factor->evidence != second->factor->evidence)
    return first->factor->evidence < second->factor->evidence ? -1 : 1;

  return index_in (all, first->factor) < index_in (all, second->factor) ? -1 : 1;
}

static void
add_unique (GPtrArray *array,
            gpointer   item)
{
  if (item != NULL && !g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, item);
}

static gboolean
concerns_any (const CrampFactor *factor,
              GPtrArray         *regions)
{
  for (guint i = 0; i < regions->len; i++)
    if (g_ptr_array_find (factor->regions, g_ptr_array_index (regions, i), NULL))
      return TRUE;

  return FALSE;
}

static CrampFactorReason *
reason_for (const CrampFactor *factor,
            GPtrArray         *answers)
{
  CrampFactorReason *reason = g_new0 (CrampFactorReason, 1);

  reason->factor = factor;
  reason->answers = g_ptr_array_new ();

  for (guint i = 0; i < answers->len; i++)
    {
      const CrampAnswer *answer = g_ptr_array_index (answers, i);
      guint              points = 0;

      if (g_ptr_array_find (answer->factors, factor, NULL))
        points = CRAMP_SCORE_FACTOR;
      else if (g_ptr_array_find (answer->hints, factor, NULL))
        points = CRAMP_SCORE_HINT;

      if (points > 0)
        g_ptr_array_add (reason->answers, (gpointer) answer);
      reason->score += points;
    }

  return reason;
}

/* Every factor that an answer names or hints at, scored. */
static GPtrArray *
rank_factors (CrampSelfCheck       *self,
              CrampSelfCheckResult *result)
{
  GPtrArray *factors = cramp_atlas_get_factors (self->atlas);
  GPtrArray *reasons = g_ptr_array_new_with_free_func (factor_reason_free);

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);
      CrampFactorReason *reason = reason_for (factor, result->answers);

      if (reason->score == 0)
        {
          factor_reason_free (reason);
          continue;
        }
      if (concerns_any (factor, result->regions))
        reason->score += CRAMP_SCORE_REGION;
      g_ptr_array_add (reasons, reason);
    }

  g_ptr_array_sort_with_data (reasons, compare_reasons, factors);
  return reasons;
}

static GPtrArray *
offered_tips (CrampSelfCheck       *self,
              CrampSelfCheckResult *result)
{
  GPtrArray *tips = g_ptr_array_new ();

  if (result->tier >= CRAMP_TIER_URGENT)
    return tips;
  for (guint i = 0; i < result->flags->len; i++)
    if (((CrampRedFlag *) g_ptr_array_index (result->flags, i))->holds_self_care)
      return tips;

  g_ptr_array_extend (tips, cramp_atlas_get_tips (self->atlas), NULL, NULL);
  return tips;
}

static void
collect_answers (CrampSelfCheck       *self,
                 CrampSelfCheckResult *result)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      const CrampQuestion *question = g_ptr_array_index (self->questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          CrampAnswer *answer = g_ptr_array_index (question->answers, j);

          if (!g_hash_table_contains (self->chosen, answer))
            continue;
          g_ptr_array_add (result->answers, answer);
          add_unique (result->flags, (gpointer) answer->flag);
          add_unique (result->regions, (gpointer) answer->region);
        }
    }
}

static void
collect_rules (CrampSelfCheck       *self,
               CrampSelfCheckResult *result)
{
  GPtrArray *rules = cramp_atlas_get_rules (self->atlas);

  for (guint i = 0; i < rules->len; i++)
    {
      CrampRule *rule = g_ptr_array_index (rules, i);

      if (!rule_holds (self, rule))
        continue;
      g_ptr_array_add (result->rules, rule);
      add_unique (result->flags, (gpointer) rule->flag);
    }
}

/**
 * cramp_self_check_evaluate:
 * @self: a self-check
 *
 * Sums up the answers given so far, whether or not the questions are
 * finished.
 *
 * Returns: (transfer full): the result
 */
CrampSelfCheckResult *
cramp_self_check_evaluate (CrampSelfCheck *self)
{
  CrampSelfCheckResult *result;

  g_return_val_if_fail (CRAMP_IS_SELF_CHECK (self), NULL);

  result = g_new0 (CrampSelfCheckResult, 1);
  result->flags = g_ptr_array_new ();
  result->rules = g_ptr_array_new ();
  result->regions = g_ptr_array_new ();
  result->answers = g_ptr_array_new ();

  collect_answers (self, result);
  collect_rules (self, result);
  g_ptr_array_sort_with_data (result->flags, compare_flags, cramp_atlas_get_red_flags (self->atlas));

  /* The same tier as the one the window shows while the questions go on. */
  result->tier = cramp_self_check_get_tier (self);
  result->advice = cramp_atlas_get_tier_advice (self->atlas, result->tier);
  result->factors = rank_factors (self, result);
  result->tips = offered_tips (self, result);
  return result;
}
