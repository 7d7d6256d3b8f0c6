/* cramp-atlas.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-atlas-private.h"

G_DEFINE_FINAL_TYPE (CrampAtlas, cramp_atlas, G_TYPE_OBJECT)

GQuark
cramp_atlas_error_quark (void)
{
  return g_quark_from_static_string ("cramp-atlas-error-quark");
}

/* Records */

#define S(type, member) G_STRUCT_OFFSET (type, member)

const CrampRecordInfo cramp_record_info[CRAMP_N_RECORDS] = {
  [CRAMP_RECORD_SOURCE] = { "sources", "source", sizeof (CrampSource), { S (CrampSource, id), S (CrampSource, title), S (CrampSource, address) }, 3, { 0 }, 0 },
  [CRAMP_RECORD_GROUP] = { "groups", "group", sizeof (CrampGroup), { S (CrampGroup, id), S (CrampGroup, name), S (CrampGroup, summary) }, 3, { 0 }, 0 },
  [CRAMP_RECORD_VIEW] = { "views", "view", sizeof (CrampView), { S (CrampView, id), S (CrampView, drawing), S (CrampView, name), S (CrampView, summary) }, 4, { S (CrampView, regions) }, 1 },
  [CRAMP_RECORD_LAYER] = { "layers", "layer", sizeof (CrampLayer), { S (CrampLayer, id), S (CrampLayer, name) }, 2, { 0 }, 0 },
  [CRAMP_RECORD_STRUCTURE] = { "structures", "structure", sizeof (CrampStructure), { S (CrampStructure, id), S (CrampStructure, name), S (CrampStructure, latin), S (CrampStructure, description) }, 4, { S (CrampStructure, regions), S (CrampStructure, factors) }, 2 },
  [CRAMP_RECORD_REGION] = { "regions", "region", sizeof (CrampRegion), { S (CrampRegion, id), S (CrampRegion, name), S (CrampRegion, summary), S (CrampRegion, description) }, 4, { S (CrampRegion, views), S (CrampRegion, factors), S (CrampRegion, structures) }, 3 },
  [CRAMP_RECORD_FACTOR] = { "factors", "factor", sizeof (CrampFactor), { S (CrampFactor, id), S (CrampFactor, name), S (CrampFactor, summary), S (CrampFactor, mechanism), S (CrampFactor, evidence_note), S (CrampFactor, self_care) }, 6, { S (CrampFactor, regions), S (CrampFactor, sources), S (CrampFactor, steps), S (CrampFactor, structures) }, 4 },
  [CRAMP_RECORD_STEP] = { "steps", "step", sizeof (CrampStep), { S (CrampStep, id), S (CrampStep, caption) }, 2, { S (CrampStep, regions), S (CrampStep, structures), S (CrampStep, layers) }, 3 },
  [CRAMP_RECORD_TIER] = { "tiers", "tier", sizeof (CrampTierAdvice), { S (CrampTierAdvice, id), S (CrampTierAdvice, title), S (CrampTierAdvice, disposition), S (CrampTierAdvice, safety_net) }, 4, { 0 }, 0 },
  [CRAMP_RECORD_RED_FLAG] = { "red-flags", "red-flag", sizeof (CrampRedFlag), { S (CrampRedFlag, id), S (CrampRedFlag, text), S (CrampRedFlag, concern), S (CrampRedFlag, meanwhile) }, 4, { S (CrampRedFlag, sources) }, 1 },
  [CRAMP_RECORD_TIP] = { "tips", "tip", sizeof (CrampTip), { S (CrampTip, id), S (CrampTip, text) }, 2, { S (CrampTip, sources) }, 1 },
  [CRAMP_RECORD_QUESTION] = { "questions", "question", sizeof (CrampQuestion), { S (CrampQuestion, id), S (CrampQuestion, text), S (CrampQuestion, help), S (CrampQuestion, why) }, 4, { S (CrampQuestion, answers), S (CrampQuestion, if_any), S (CrampQuestion, unless_any) }, 3 },
  [CRAMP_RECORD_ANSWER] = { "questions", "answer", sizeof (CrampAnswer), { S (CrampAnswer, id), S (CrampAnswer, text) }, 2, { S (CrampAnswer, factors), S (CrampAnswer, hints) }, 2 },
  [CRAMP_RECORD_RULE] = { "rules", "rule", sizeof (CrampRule), { S (CrampRule, id) }, 1, { S (CrampRule, clauses) }, 1 },
  [CRAMP_RECORD_NOTICE] = { "notices", "notice", sizeof (CrampNotice), { S (CrampNotice, id), S (CrampNotice, text) }, 2, { 0 }, 0 },
};

#undef S

static void
clause_free (gpointer data)
{
  CrampClause *clause = data;

  g_ptr_array_unref (clause->answers);
  g_free (clause);
}

/**
 * cramp_record_new:
 * @kind: the kind of record
 *
 * Returns: (transfer full): a zeroed record with its arrays created
 */
gpointer
cramp_record_new (CrampRecord kind)
{
  const CrampRecordInfo *info = &cramp_record_info[kind];
  gpointer               record = g_malloc0 (info->size);

  for (guint i = 0; i < info->n_arrays; i++)
    G_STRUCT_MEMBER (GPtrArray *, record, info->arrays[i]) = g_ptr_array_new ();

  /* A rule owns its clauses, unlike the borrowed pointers of other arrays. */
  if (kind == CRAMP_RECORD_RULE)
    g_ptr_array_set_free_func (((CrampRule *) record)->clauses, clause_free);

  return record;
}

/**
 * cramp_clause_new:
 * @at_least: how many of its answers must be given
 *
 * Returns: (transfer full): a clause with no answers yet, for a rule to own
 */
CrampClause *
cramp_clause_new (guint at_least)
{
  CrampClause *clause = g_new0 (CrampClause, 1);

  clause->at_least = at_least;
  clause->answers = g_ptr_array_new ();
  return clause;
}

void
cramp_record_free (CrampRecord kind,
                   gpointer    record)
{
  const CrampRecordInfo *info = &cramp_record_info[kind];

  for (guint i = 0; i < info->n_strings; i++)
    g_free (G_STRUCT_MEMBER (char *, record, info->strings[i]));

  /* The arrays hold borrowed pointers to other records. */
  for (guint i = 0; i < info->n_arrays; i++)
    g_clear_pointer ((GPtrArray **) G_STRUCT_MEMBER_P (record, info->arrays[i]), g_ptr_array_unref);

  g_free (record);
}

/* Names of enumerations, as written in the content file */

const char *const cramp_evidence_names[] = { "established", "plausible", "contested", NULL };
const char *const cramp_tier_names[] = { "self-care", "soon", "urgent", "emergency", NULL };

const char *const cramp_notice_names[] = { "welcome", "disclaimer", "about", "check-intro", "check-purpose",
                                           "check-limits", "red-flags", "self-care",
                                           "evidence-established", "evidence-plausible", "evidence-contested", NULL };
const char *const cramp_tip_kind_names[] = { "during", "prevent", "avoid", NULL };
const char *const cramp_question_kind_names[] = { "single", "checklist", NULL };

const char *
cramp_evidence_to_string (CrampEvidence evidence)
{
  g_return_val_if_fail (evidence <= CRAMP_EVIDENCE_CONTESTED, NULL);

  return cramp_evidence_names[evidence];
}

const char *
cramp_tier_to_string (CrampTier tier)
{
  g_return_val_if_fail (tier <= CRAMP_TIER_EMERGENCY, NULL);

  return cramp_tier_names[tier];
}

const char *
cramp_question_kind_to_string (CrampQuestionKind kind)
{
  g_return_val_if_fail (kind <= CRAMP_QUESTION_CHECKLIST, NULL);

  return cramp_question_kind_names[kind];
}

const char *
cramp_tip_kind_to_string (CrampTipKind kind)
{
  g_return_val_if_fail (kind <= CRAMP_TIP_AVOID, NULL);

  return cramp_tip_kind_names[kind];
}

/* Public API */

/**
 * cramp_atlas_new_from_file:
 * @file: the content file
 * @domain: (nullable): the gettext domain that translates the text, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads and checks a content file: a regular file on this computer, or a
 * resource of the app. Any problem with its content is a
 * %CRAMP_ATLAS_ERROR whose message begins with file:line:column; a file
 * that cannot be read is a %G_IO_ERROR.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL on error
 */
CrampAtlas *
cramp_atlas_new_from_file (GFile        *file,
                           const char   *domain,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cramp_atlas_read_file (file, cancellable, &data, &length, error))
    return NULL;

  name = g_file_get_basename (file);
  return cramp_atlas_new_from_data (data, length, name, domain, error);
}

/**
 * cramp_atlas_new_from_data:
 * @data: the content, which need not end in a nul byte
 * @length: the length of @data in bytes
 * @name: the name that error messages give the content
 * @domain: (nullable): the gettext domain that translates the text, or %NULL
 * @error: the place for an error
 *
 * Like cramp_atlas_new_from_file(), for content that is already in memory.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL on error
 */
CrampAtlas *
cramp_atlas_new_from_data (const char *data,
                           gsize       length,
                           const char *name,
                           const char *domain,
                           GError    **error)
{
  g_autoptr (CrampAtlas) atlas = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  atlas = g_object_new (CRAMP_TYPE_ATLAS, NULL);
  if (!cramp_atlas_load (atlas, data != NULL ? data : "", length, name, domain, error))
    return NULL;

  return g_steal_pointer (&atlas);
}

static GPtrArray *
get_records (CrampAtlas *self,
             CrampRecord kind)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->records[kind];
}

static gconstpointer
lookup (CrampAtlas *self,
        CrampRecord kind,
        const char *id)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->ids[kind], id);
}

GPtrArray *
cramp_atlas_get_sources (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_SOURCE);
}

GPtrArray *
cramp_atlas_get_groups (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_GROUP);
}

GPtrArray *
cramp_atlas_get_regions (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_REGION);
}

GPtrArray *
cramp_atlas_get_factors (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_FACTOR);
}

GPtrArray *
cramp_atlas_get_red_flags (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_RED_FLAG);
}

GPtrArray *
cramp_atlas_get_tips (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_TIP);
}

GPtrArray *
cramp_atlas_get_views (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_VIEW);
}

GPtrArray *
cramp_atlas_get_layers (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_LAYER);
}

GPtrArray *
cramp_atlas_get_structures (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_STRUCTURE);
}

/**
 * cramp_atlas_get_rules:
 * @self: an atlas
 *
 * Returns: (transfer none) (element-type CrampRule): the rules that raise
 *   red flags over combinations of answers
 */
GPtrArray *
cramp_atlas_get_rules (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_RULE);
}

/**
 * cramp_atlas_get_tier_advice:
 * @self: an atlas
 * @tier: a tier of advice
 *
 * Returns: (transfer none): what to do at @tier; a loaded atlas has
 *   advice for every tier
 */
const CrampTierAdvice *
cramp_atlas_get_tier_advice (CrampAtlas *self,
                             CrampTier   tier)
{
  g_return_val_if_fail (tier <= CRAMP_TIER_EMERGENCY, NULL);

  return lookup (self, CRAMP_RECORD_TIER, cramp_tier_names[tier]);
}

/**
 * cramp_atlas_get_notice:
 * @self: an atlas
 * @kind: which notice
 *
 * Returns: (transfer none): the notice's text; a loaded atlas has them all
 */
const char *
cramp_atlas_get_notice (CrampAtlas     *self,
                        CrampNoticeKind kind)
{
  const CrampNotice *notice;

  g_return_val_if_fail (kind <= CRAMP_NOTICE_CONTESTED, NULL);

  notice = lookup (self, CRAMP_RECORD_NOTICE, cramp_notice_names[kind]);
  return notice ? notice->text : NULL;
}

/**
 * cramp_atlas_explain_evidence:
 * @self: an atlas
 * @evidence: a grade of evidence
 *
 * Returns: (transfer none): what the grade means, in a sentence
 */
const char *
cramp_atlas_explain_evidence (CrampAtlas   *self,
                              CrampEvidence evidence)
{
  switch (evidence)
    {
    case CRAMP_EVIDENCE_ESTABLISHED:
      return cramp_atlas_get_notice (self, CRAMP_NOTICE_ESTABLISHED);
    case CRAMP_EVIDENCE_PLAUSIBLE:
      return cramp_atlas_get_notice (self, CRAMP_NOTICE_PLAUSIBLE);
    case CRAMP_EVIDENCE_CONTESTED:
      return cramp_atlas_get_notice (self, CRAMP_NOTICE_CONTESTED);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cramp_atlas_get_questions:
 * @self: an atlas
 *
 * Returns: (transfer none) (element-type CrampQuestion): the self-check's
 *   questions, in the order they are asked
 */
GPtrArray *
cramp_atlas_get_questions (CrampAtlas *self)
{
  return get_records (self, CRAMP_RECORD_QUESTION);
}

const CrampRegion *
cramp_atlas_lookup_region (CrampAtlas *self,
                           const char *id)
{
  return lookup (self, CRAMP_RECORD_REGION, id);
}

const CrampFactor *
cramp_atlas_lookup_factor (CrampAtlas *self,
                           const char *id)
{
  return lookup (self, CRAMP_RECORD_FACTOR, id);
}

const CrampGroup *
cramp_atlas_lookup_group (CrampAtlas *self,
                          const char *id)
{
  return lookup (self, CRAMP_RECORD_GROUP, id);
}

const CrampView *
cramp_atlas_lookup_view (CrampAtlas *self,
                         const char *id)
{
  return lookup (self, CRAMP_RECORD_VIEW, id);
}

const CrampLayer *
cramp_atlas_lookup_layer (CrampAtlas *self,
                          const char *id)
{
  return lookup (self, CRAMP_RECORD_LAYER, id);
}

const CrampStructure *
cramp_atlas_lookup_structure (CrampAtlas *self,
                              const char *id)
{
  return lookup (self, CRAMP_RECORD_STRUCTURE, id);
}

const CrampQuestion *
cramp_atlas_lookup_question (CrampAtlas *self,
                             const char *id)
{
  return lookup (self, CRAMP_RECORD_QUESTION, id);
}

const CrampAnswer *
cramp_atlas_lookup_answer (CrampAtlas *self,
                           const char *id)
{
  return lookup (self, CRAMP_RECORD_ANSWER, id);
}

const CrampRedFlag *
cramp_atlas_lookup_red_flag (CrampAtlas *self,
                             const char *id)
{
  return lookup (self, CRAMP_RECORD_RED_FLAG, id);
}

const CrampRule *
cramp_atlas_lookup_rule (CrampAtlas *self,
                         const char *id)
{
  return lookup (self, CRAMP_RECORD_RULE, id);
}

/* Object */

static void
cramp_atlas_finalize (GObject *object)
{
  CrampAtlas *self = (CrampAtlas *) object;

  for (guint kind = 0; kind < CRAMP_N_RECORDS; kind++)
    {
      GPtrArray *records = self->records[kind];

      g_clear_pointer (&self->ids[kind], g_hash_table_unref);
      for (guint i = 0; i < records->len; i++)
        cramp_record_free (kind, g_ptr_array_index (records, i));
      g_clear_pointer (&self->records[kind], g_ptr_array_unref);
    }

  G_OBJECT_CLASS (cramp_atlas_parent_class)->finalize (object);
}

static void
cramp_atlas_class_init (CrampAtlasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cramp_atlas_finalize;
}

static void
cramp_atlas_init (CrampAtlas *self)
{
  for (guint kind = 0; kind < CRAMP_N_RECORDS; kind++)
    {
      self->records[kind] = g_ptr_array_new ();
      self->ids[kind] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}
