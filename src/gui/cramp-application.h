/* cramp-application.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRAMP_TYPE_APPLICATION (cramp_application_get_type ())

G_DECLARE_FINAL_TYPE (CrampApplication, cramp_application, CRAMP, APPLICATION, AdwApplication)

CrampApplication *cramp_application_new (void);

G_END_DECLS
