/* cramp-structure-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_STRUCTURE_PAGE (cramp_structure_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampStructurePage, cramp_structure_page, CRAMP, STRUCTURE_PAGE, CrampPage)

G_END_DECLS
