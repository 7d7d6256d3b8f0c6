/* cramp-region-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_REGION_PAGE (cramp_region_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampRegionPage, cramp_region_page, CRAMP, REGION_PAGE, CrampPage)

G_END_DECLS
