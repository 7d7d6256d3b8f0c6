/* cramp-guide-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_GUIDE_PAGE (cramp_guide_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampGuidePage, cramp_guide_page, CRAMP, GUIDE_PAGE, CrampPage)

G_END_DECLS
