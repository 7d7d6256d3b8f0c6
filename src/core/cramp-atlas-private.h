/* cramp-atlas-private.h: what the atlas and its loader share
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-atlas.h"

G_BEGIN_DECLS

/* The kinds of record, in the order the content file is best read in. */
typedef enum
{
  CRAMP_RECORD_SOURCE,
  CRAMP_RECORD_GROUP,
  CRAMP_RECORD_VIEW,
  CRAMP_RECORD_LAYER,
  CRAMP_RECORD_STRUCTURE,
  CRAMP_RECORD_REGION,
  CRAMP_RECORD_FACTOR,
  CRAMP_RECORD_STEP,
  CRAMP_RECORD_TIER,
  CRAMP_RECORD_RED_FLAG,
  CRAMP_RECORD_TIP,
  CRAMP_RECORD_QUESTION,
  CRAMP_RECORD_ANSWER,
  CRAMP_RECORD_RULE,
  CRAMP_RECORD_NOTICE,
  CRAMP_N_RECORDS
} CrampRecord;

/* How a kind of record is written and laid out: the strings and the arrays
 * that it owns, as offsets into its struct. */
typedef struct
{
  const char *container;
  const char *element;
  gsize       size;
  gsize       strings[6];
  guint       n_strings;
  gsize       arrays[4];
  guint       n_arrays;
} CrampRecordInfo;

extern const CrampRecordInfo cramp_record_info[CRAMP_N_RECORDS];

/* The names of enumerations in the content file, NULL-terminated. */
extern const char *const cramp_evidence_names[];
extern const char *const cramp_tier_names[];
extern const char *const cramp_notice_names[];
extern const char *const cramp_tip_kind_names[];
extern const char *const cramp_question_kind_names[];

struct _CrampAtlas
{
  GObject     parent_instance;

  GPtrArray  *records[CRAMP_N_RECORDS];
  GHashTable *ids[CRAMP_N_RECORDS];
};

gpointer     cramp_record_new (CrampRecord kind);
void         cramp_record_free (CrampRecord kind,
                                gpointer    record);
CrampClause *cramp_clause_new (guint at_least);

gboolean     cramp_atlas_load (CrampAtlas *self,
                               const char *data,
                               gsize       length,
                               const char *name,
                               const char *domain,
                               GError    **error);

/* Reading a content file, and the messages of GMarkup. */
gboolean    cramp_atlas_read_file (GFile        *file,
                                   GCancellable *cancellable,
                                   char        **data,
                                   gsize        *length,
                                   GError      **error);
const char *cramp_atlas_strip_markup_position (const GError *markup_error);

G_END_DECLS
