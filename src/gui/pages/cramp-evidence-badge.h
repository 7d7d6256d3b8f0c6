/* cramp-evidence-badge.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-atlas.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_EVIDENCE_BADGE (cramp_evidence_badge_get_type ())

G_DECLARE_FINAL_TYPE (CrampEvidenceBadge, cramp_evidence_badge, CRAMP, EVIDENCE_BADGE, GtkWidget)

GtkWidget    *cramp_evidence_badge_new (CrampAtlas   *atlas,
                                        CrampEvidence evidence);
CrampAtlas   *cramp_evidence_badge_get_atlas (CrampEvidenceBadge *self);
void          cramp_evidence_badge_set_atlas (CrampEvidenceBadge *self,
                                              CrampAtlas         *atlas);
CrampEvidence cramp_evidence_badge_get_evidence (CrampEvidenceBadge *self);
void          cramp_evidence_badge_set_evidence (CrampEvidenceBadge *self,
                                                 CrampEvidence       evidence);
const char   *cramp_evidence_get_label (CrampEvidence evidence);

G_END_DECLS
