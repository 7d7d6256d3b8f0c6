/* cramp-check-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"
#include "cramp-self-check.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_CHECK_PAGE (cramp_check_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampCheckPage, cramp_check_page, CRAMP, CHECK_PAGE, CrampPage)

CrampSelfCheck    *cramp_check_page_get_self_check (CrampCheckPage *self);
void               cramp_check_page_start (CrampCheckPage *self,
                                           const char     *region_id);
gboolean           cramp_check_page_save_summary (CrampCheckPage *self,
                                                  GFile          *file);

G_END_DECLS
