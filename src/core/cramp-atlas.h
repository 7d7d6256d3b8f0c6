/* cramp-atlas.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CRAMP_ATLAS_ERROR (cramp_atlas_error_quark ())

typedef enum
{
  CRAMP_ATLAS_ERROR_MALFORMED,
  CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
  CRAMP_ATLAS_ERROR_UNKNOWN_ATTRIBUTE,
  CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT,
  CRAMP_ATLAS_ERROR_MISSING_FIELD,
  CRAMP_ATLAS_ERROR_DUPLICATE_FIELD,
  CRAMP_ATLAS_ERROR_DUPLICATE_ID,
  CRAMP_ATLAS_ERROR_DANGLING_REFERENCE,
  CRAMP_ATLAS_ERROR_INVALID_VALUE,
  CRAMP_ATLAS_ERROR_TOO_LARGE,
  CRAMP_ATLAS_ERROR_INCOMPLETE,
} CrampAtlasError;

/* The largest content file the loader reads, in bytes. */
#define CRAMP_ATLAS_MAX_SIZE (1024 * 1024)

/* Ordered from the strongest to the weakest evidence. */
typedef enum
{
  CRAMP_EVIDENCE_ESTABLISHED,
  CRAMP_EVIDENCE_PLAUSIBLE,
  CRAMP_EVIDENCE_CONTESTED,
} CrampEvidence;

/* Ordered by urgency, so that the larger of two tiers is the more urgent. */
typedef enum
{
  CRAMP_TIER_SELF_CARE,
  CRAMP_TIER_SOON,
  CRAMP_TIER_URGENT,
  CRAMP_TIER_EMERGENCY,
} CrampTier;

typedef enum
{
  CRAMP_QUESTION_SINGLE,    /* one answer */
  CRAMP_QUESTION_CHECKLIST, /* any of its answers, or its one "none of these" */
} CrampQuestionKind;

typedef enum
{
  CRAMP_TIP_DURING,
  CRAMP_TIP_PREVENT,
  CRAMP_TIP_AVOID,
} CrampTipKind;

/* The records below belong to the atlas that returned them and live as
 * long as it does. Arrays hold borrowed pointers to other records. Every
 * record begins with its id. */

typedef struct
{
  char *id;
  char *title;
  char *address;
} CrampSource;

typedef struct
{
  char *id;
  char *name;
  char *summary;
} CrampGroup;

/* A drawing of the foot from one side. Its SVG, in resources/anatomy/, has
 * an element for each of its regions and structures, with their ids. */
typedef struct
{
  char      *id;
  char      *drawing; /* the file name of the SVG */
  char      *name;
  char      *summary;
  GPtrArray *regions; /* CrampRegion, in content order */
} CrampView;

/* Structures that can be shown or hidden together, such as the nerves. The
 * drawings draw a layer as the group "layer-ID". */
typedef struct
{
  char *id;
  char *name;
} CrampLayer;

/* A named part of the foot that the drawings show and a mechanism can
 * point at, such as a bone, a tendon or the tibial nerve. */
typedef struct
{
  char             *id;
  const CrampLayer *layer; /* nullable: drawn outside every layer */
  char             *name;
  char             *latin; /* its name in Terminologia Anatomica, never translated */
  char             *description;
  GPtrArray        *regions; /* CrampRegion it lies in */
  GPtrArray        *factors; /* CrampFactor whose mechanism involves it */
  GPtrArray        *views;   /* CrampView whose drawing has it: filled in by
                              * cramp_atlas_check_drawings(), empty before */
} CrampStructure;

typedef struct
{
  char      *id;
  char      *name;
  char      *summary;
  char      *description;
  GPtrArray *views;      /* CrampView that draw the region */
  GPtrArray *factors;    /* CrampFactor, in content order */
  GPtrArray *structures; /* CrampStructure that lie in it, in content order */
} CrampRegion;

typedef struct _CrampStep CrampStep;

typedef struct
{
  char             *id;
  const CrampGroup *group;
  const CrampLayer *layer; /* nullable: the layer its mechanism involves */
  char             *name;
  char             *summary;
  char             *mechanism;
  CrampEvidence     evidence;
  char             *evidence_note;
  char             *self_care;  /* nullable */
  GPtrArray        *regions;    /* CrampRegion */
  GPtrArray        *sources;    /* CrampSource */
  GPtrArray        *steps;      /* CrampStep: none, or two to four */
  GPtrArray        *structures; /* CrampStructure its mechanism involves, in content order */
} CrampFactor;

/* One step of a factor's mechanism, shown on a drawing. */
struct _CrampStep
{
  char              *id;
  const CrampFactor *factor;
  const CrampView   *view;
  char              *caption;
  GPtrArray         *regions;    /* CrampRegion to highlight */
  GPtrArray         *structures; /* CrampStructure to highlight */
  GPtrArray         *layers;     /* CrampLayer to show */
};

/* What to do at one tier of advice: where to go and how soon, and when to
 * get help sooner. Its id is the tier's name. */
typedef struct
{
  char     *id;
  CrampTier tier;
  char     *title;
  char     *disposition; /* the time and the place */
  char     *safety_net;  /* what should make the person get help sooner */
} CrampTierAdvice;

/* The sentences the app shows outside any record: the welcome, what it is
 * and is not, the introductions of the guides and the self-check, and what
 * each grade of evidence means. They are in the content, where a clinician
 * reviews them with everything else. */
typedef enum
{
  CRAMP_NOTICE_WELCOME,
  CRAMP_NOTICE_DISCLAIMER,
  CRAMP_NOTICE_ABOUT,
  CRAMP_NOTICE_CHECK_INTRO,
  CRAMP_NOTICE_CHECK_PURPOSE,
  CRAMP_NOTICE_CHECK_LIMITS,
  CRAMP_NOTICE_RED_FLAGS,
  CRAMP_NOTICE_SELF_CARE,
  CRAMP_NOTICE_ESTABLISHED,
  CRAMP_NOTICE_PLAUSIBLE,
  CRAMP_NOTICE_CONTESTED,
} CrampNoticeKind;

typedef struct
{
  char *id;
  char *text;
} CrampNotice;

/* A warning sign. Urgent and emergency signs name the concern in plain
 * words and what to do, and not do, until help is reached. */
typedef struct
{
  char      *id;
  CrampTier  tier;
  gboolean   holds_self_care; /* whether cramp self-care could do harm */
  char      *text;
  char      *concern;   /* nullable for soon */
  char      *meanwhile; /* nullable for soon */
  GPtrArray *sources;   /* CrampSource */
} CrampRedFlag;

typedef struct
{
  char        *id;
  CrampTipKind kind;
  char        *text;
  GPtrArray   *sources; /* CrampSource */
} CrampTip;

typedef struct _CrampAnswer CrampAnswer;

/* A question of the self-check, asked in content order when it applies:
 * when one of the answers in @if_any is given (or @if_any is empty) and
 * none of those in @unless_any is. Both name answers of earlier questions. */
typedef struct
{
  char             *id;
  CrampQuestionKind kind;
  gboolean          optional; /* whether it may be skipped */
  char             *text;
  char             *help;       /* nullable */
  char             *why;        /* nullable: why it is asked */
  GPtrArray        *answers;    /* CrampAnswer, in content order */
  GPtrArray        *if_any;     /* CrampAnswer */
  GPtrArray        *unless_any; /* CrampAnswer */
} CrampQuestion;

struct _CrampAnswer
{
  char                *id;
  const CrampQuestion *question;
  const CrampRegion   *region; /* nullable: the region it concerns */
  const CrampRedFlag  *flag;   /* nullable: the red flag it raises */
  gboolean             none;   /* the "none of these" of a checklist */
  char                *text;
  GPtrArray           *factors; /* CrampFactor it points to specifically */
  GPtrArray           *hints;   /* CrampFactor it points to weakly */
};

/* A part of a rule: at least @at_least of @answers are given. */
typedef struct
{
  guint      at_least;
  GPtrArray *answers; /* CrampAnswer */
} CrampClause;

/* A red flag raised by a combination of answers: when every clause holds. */
typedef struct
{
  char               *id;
  const CrampRedFlag *flag;
  GPtrArray          *clauses; /* CrampClause, owned */
} CrampRule;

#define CRAMP_TYPE_ATLAS (cramp_atlas_get_type ())

G_DECLARE_FINAL_TYPE (CrampAtlas, cramp_atlas, CRAMP, ATLAS, GObject)

GQuark                 cramp_atlas_error_quark (void);

CrampAtlas            *cramp_atlas_new_from_file (GFile        *file,
                                                  const char   *domain,
                                                  GCancellable *cancellable,
                                                  GError      **error);
CrampAtlas            *cramp_atlas_new_from_data (const char *data,
                                                  gsize       length,
                                                  const char *name,
                                                  const char *domain,
                                                  GError    **error);
gboolean               cramp_atlas_check_drawings (CrampAtlas   *self,
                                                   GFile        *folder,
                                                   GCancellable *cancellable,
                                                   GError      **error);
GHashTable            *cramp_atlas_read_drawing_order (GFile   *file,
                                                       GError **error);

GPtrArray             *cramp_atlas_get_sources (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_groups (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_regions (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_factors (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_red_flags (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_tips (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_views (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_layers (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_structures (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_questions (CrampAtlas *self);
GPtrArray             *cramp_atlas_get_rules (CrampAtlas *self);
const CrampTierAdvice *cramp_atlas_get_tier_advice (CrampAtlas *self,
                                                    CrampTier   tier);
const char            *cramp_atlas_get_notice (CrampAtlas     *self,
                                               CrampNoticeKind kind);
const char            *cramp_atlas_explain_evidence (CrampAtlas   *self,
                                                     CrampEvidence evidence);

const CrampRegion     *cramp_atlas_lookup_region (CrampAtlas *self,
                                                  const char *id);
const CrampFactor     *cramp_atlas_lookup_factor (CrampAtlas *self,
                                                  const char *id);
const CrampGroup      *cramp_atlas_lookup_group (CrampAtlas *self,
                                                 const char *id);
const CrampView       *cramp_atlas_lookup_view (CrampAtlas *self,
                                                const char *id);
const CrampLayer      *cramp_atlas_lookup_layer (CrampAtlas *self,
                                                 const char *id);
const CrampStructure  *cramp_atlas_lookup_structure (CrampAtlas *self,
                                                     const char *id);
const CrampQuestion   *cramp_atlas_lookup_question (CrampAtlas *self,
                                                    const char *id);
const CrampAnswer     *cramp_atlas_lookup_answer (CrampAtlas *self,
                                                  const char *id);
const CrampRedFlag    *cramp_atlas_lookup_red_flag (CrampAtlas *self,
                                                    const char *id);
const CrampRule       *cramp_atlas_lookup_rule (CrampAtlas *self,
                                                const char *id);

const char            *cramp_evidence_to_string (CrampEvidence evidence);
const char            *cramp_tier_to_string (CrampTier tier);
const char            *cramp_question_kind_to_string (CrampQuestionKind kind);
const char            *cramp_tip_kind_to_string (CrampTipKind kind);

G_END_DECLS
