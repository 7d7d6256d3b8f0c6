/* cramp-factor-page.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-page.h"

G_BEGIN_DECLS

#define CRAMP_TYPE_FACTOR_PAGE (cramp_factor_page_get_type ())

G_DECLARE_FINAL_TYPE (CrampFactorPage, cramp_factor_page, CRAMP, FACTOR_PAGE, CrampPage)

int  cramp_factor_page_get_step (CrampFactorPage *self);
void cramp_factor_page_set_step (CrampFactorPage *self,
                                 int              step);

G_END_DECLS
