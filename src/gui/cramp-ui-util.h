/* cramp-ui-util.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cramp-atlas.h"
#include "cramp-selection.h"

G_BEGIN_DECLS

/* How the app names a kind of self-care, and shows it or a tier of advice. */
typedef struct
{
  const char *title;       /* nullable; translatable, not yet translated */
  const char *description; /* nullable; translatable, not yet translated */
  const char *icon_name;
  const char *css_class;
} CrampSectionInfo;

const CrampSectionInfo *cramp_tier_info (CrampTier tier);
const CrampSectionInfo *cramp_tip_kind_info (CrampTipKind kind);
void                    cramp_lookup_color (GtkWidget  *widget,
                                            const char *name,
                                            const char *fallback,
                                            GdkRGBA    *color);
void                    cramp_show_error (GtkWidget  *widget,
                                          const char *heading,
                                          const char *body);
void                    cramp_print (GtkPrintOperation *operation,
                                     GtkWidget         *widget,
                                     const char        *heading);
cairo_surface_t        *cramp_pdf_surface_new (GByteArray *bytes,
                                               double      width,
                                               double      height);
GBytes                 *cramp_pdf_surface_finish (cairo_surface_t *surface,
                                                  GByteArray      *bytes,
                                                  GError         **error);
gboolean                cramp_report_save (GtkWidget    *widget,
                                           GFile        *file,
                                           const GError *error,
                                           const char   *heading);

GtkWidget              *cramp_paragraph_new (const char *text);
GtkWidget              *cramp_heading_new (const char *text);
GtkWidget              *cramp_text_row_new (const char *text,
                                            const char *icon_name,
                                            const char *css_class);
void                    cramp_row_set_detail (GtkWidget  *row,
                                              const char *detail);
GtkWidget              *cramp_link_row_new (const char        *title,
                                            const char        *subtitle,
                                            CrampSelectionKind kind,
                                            const char        *id);
GtkWidget              *cramp_source_row_new (const CrampSource *source);
GtkWidget              *cramp_sources_group_new (GPtrArray *sources);
GtkWidget              *cramp_group_new (const char *title,
                                         const char *name);
AdwPreferencesGroup    *cramp_ensure_group (GtkBox     *box,
                                            GtkWidget **group,
                                            const char *title);
void                    cramp_box_remove_all (GtkBox *box);

G_END_DECLS
