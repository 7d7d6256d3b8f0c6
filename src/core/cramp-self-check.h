/* cramp-self-check.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-atlas.h"

G_BEGIN_DECLS

/* Points that an answer gives a factor it names specifically, one it hints
 * at, and every factor named that concerns a region the answers concern. */
#define CRAMP_SCORE_FACTOR 3
#define CRAMP_SCORE_HINT   1
#define CRAMP_SCORE_REGION 1

/* A factor that the answers point to, with the answers that did and its
 * score. */
typedef struct
{
  const CrampFactor *factor;
  GPtrArray         *answers; /* CrampAnswer, in question order */
  guint              score;
} CrampFactorReason;

/* What a set of answers comes to. The tier is the most urgent of the red
 * flags raised, by answers or by rules, or self-care when none is. Factors
 * are ranked by score; ties go to the stronger evidence, then to the order
 * of the content, so the same answers always give the same list. Cramp
 * self-care is offered only at the self-care and soon tiers, and not when
 * a flag raised holds it back. */
typedef struct
{
  CrampTier              tier;
  const CrampTierAdvice *advice;
  GPtrArray             *flags;   /* CrampRedFlag raised, the most urgent first */
  GPtrArray             *rules;   /* CrampRule that hold, in content order */
  GPtrArray             *factors; /* CrampFactorReason, the best first */
  GPtrArray             *regions; /* CrampRegion the answers concern, in question order */
  GPtrArray             *answers; /* every CrampAnswer given, in question order */
  GPtrArray             *tips;    /* CrampTip to offer, in content order */
} CrampSelfCheckResult;

void cramp_self_check_result_free (CrampSelfCheckResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrampSelfCheckResult, cramp_self_check_result_free)

#define CRAMP_TYPE_SELF_CHECK (cramp_self_check_get_type ())

G_DECLARE_FINAL_TYPE (CrampSelfCheck, cramp_self_check, CRAMP, SELF_CHECK, GObject)

CrampSelfCheck       *cramp_self_check_new (CrampAtlas *atlas);

CrampAtlas           *cramp_self_check_get_atlas (CrampSelfCheck *self);
guint                 cramp_self_check_get_position (CrampSelfCheck *self);
guint                 cramp_self_check_get_n_questions (CrampSelfCheck *self);
const CrampQuestion  *cramp_self_check_get_question (CrampSelfCheck *self);
gboolean              cramp_self_check_get_finished (CrampSelfCheck *self);
gboolean              cramp_self_check_get_stopped_early (CrampSelfCheck *self);

void                  cramp_self_check_restart (CrampSelfCheck *self);
gboolean              cramp_self_check_start_at_region (CrampSelfCheck *self,
                                                        const char     *region_id);

gboolean              cramp_self_check_is_chosen (CrampSelfCheck    *self,
                                                  const CrampAnswer *answer);
void                  cramp_self_check_set_chosen (CrampSelfCheck    *self,
                                                   const CrampAnswer *answer,
                                                   gboolean           chosen);
gboolean              cramp_self_check_is_answered (CrampSelfCheck      *self,
                                                    const CrampQuestion *question);
gboolean              cramp_self_check_applies (CrampSelfCheck      *self,
                                                const CrampQuestion *question);

gboolean              cramp_self_check_can_go_next (CrampSelfCheck *self);
gboolean              cramp_self_check_can_skip (CrampSelfCheck *self);
gboolean              cramp_self_check_can_go_back (CrampSelfCheck *self);
gboolean              cramp_self_check_next (CrampSelfCheck *self);
gboolean              cramp_self_check_skip (CrampSelfCheck *self);
gboolean              cramp_self_check_back (CrampSelfCheck *self);

CrampTier             cramp_self_check_get_tier (CrampSelfCheck *self);
CrampSelfCheckResult *cramp_self_check_evaluate (CrampSelfCheck *self);

G_END_DECLS
