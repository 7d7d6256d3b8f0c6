/* cramp-summary.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cramp-self-check.h"

G_BEGIN_DECLS

/* The self-check's result, written for a clinician: the date, the advice,
 * the answers, the factors and the disclaimer, printed or saved as PDF. */

char              *cramp_summary_markup (CrampSelfCheck *check,
                                         GDateTime      *date);
gboolean           cramp_summary_save_pdf (CrampSelfCheck *check,
                                           GDateTime      *date,
                                           GFile          *file,
                                           GError        **error);
GtkPrintOperation *cramp_summary_print_operation_new (CrampSelfCheck *check,
                                                      GDateTime      *date);

G_END_DECLS
