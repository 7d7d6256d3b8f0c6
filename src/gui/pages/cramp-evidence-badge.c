/* cramp-evidence-badge.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-enums.h"
#include "cramp-evidence-badge.h"

struct _CrampEvidenceBadge
{
  GtkWidget     parent_instance;

  GtkWidget    *label;
  CrampAtlas   *atlas;
  CrampEvidence evidence;
};

G_DEFINE_FINAL_TYPE (CrampEvidenceBadge, cramp_evidence_badge, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ATLAS,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/**
 * cramp_evidence_get_label:
 * @evidence: an evidence level
 *
 * Returns: the translated name of @evidence, as the badge shows it
 */
const char *
cramp_evidence_get_label (CrampEvidence evidence)
{
  switch (evidence)
    {
    case CRAMP_EVIDENCE_ESTABLISHED:
      return C_ ("evidence", "Established");
    case CRAMP_EVIDENCE_PLAUSIBLE:
      return C_ ("evidence", "Plausible");
    case CRAMP_EVIDENCE_CONTESTED:
      return C_ ("evidence", "Contested");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cramp_evidence_badge_new:
 * @atlas: the content, which says what each grade means
 * @evidence: a grade of evidence
 *
 * Returns: (transfer floating): a badge that names @evidence and explains it
 */
GtkWidget *
cramp_evidence_badge_new (CrampAtlas   *atlas,
                          CrampEvidence evidence)
{
  return g_object_new (CRAMP_TYPE_EVIDENCE_BADGE, "atlas", atlas, "evidence", evidence, NULL);
}

static void
update (CrampEvidenceBadge *self)
{
  static const char *const classes[] = { "established", "plausible", "contested" };
  const char              *explanation = self->atlas ? cramp_atlas_explain_evidence (self->atlas, self->evidence) : NULL;
  g_autofree char         *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), classes[self->evidence]);

  gtk_label_set_label (GTK_LABEL (self->label), cramp_evidence_get_label (self->evidence));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), explanation);

  /* Translators: %s is an evidence level, such as “Contested”. */
  accessible = g_strdup_printf (_ ("Evidence: %s"), cramp_evidence_get_label (self->evidence));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explanation ? explanation : "",
                                  -1);
}

CrampAtlas *
cramp_evidence_badge_get_atlas (CrampEvidenceBadge *self)
{
  g_return_val_if_fail (CRAMP_IS_EVIDENCE_BADGE (self), NULL);

  return self->atlas;
}

void
cramp_evidence_badge_set_atlas (CrampEvidenceBadge *self,
                                CrampAtlas         *atlas)
{
  g_return_if_fail (CRAMP_IS_EVIDENCE_BADGE (self));
  g_return_if_fail (atlas == NULL || CRAMP_IS_ATLAS (atlas));

  if (!g_set_object (&self->atlas, atlas))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ATLAS]);
}

CrampEvidence
cramp_evidence_badge_get_evidence (CrampEvidenceBadge *self)
{
  g_return_val_if_fail (CRAMP_IS_EVIDENCE_BADGE (self), CRAMP_EVIDENCE_ESTABLISHED);

  return self->evidence;
}

void
cramp_evidence_badge_set_evidence (CrampEvidenceBadge *self,
                                   CrampEvidence       evidence)
{
  g_return_if_fail (CRAMP_IS_EVIDENCE_BADGE (self));
  g_return_if_fail (evidence <= CRAMP_EVIDENCE_CONTESTED);

  if (self->evidence == evidence)
    return;

  self->evidence = evidence;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_EVIDENCE]);
}

static void
cramp_evidence_badge_dispose (GObject *object)
{
  CrampEvidenceBadge *self = CRAMP_EVIDENCE_BADGE (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_evidence_badge_parent_class)->dispose (object);
}

static void
cramp_evidence_badge_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrampEvidenceBadge *self = CRAMP_EVIDENCE_BADGE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_evidence_badge_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrampEvidenceBadge *self = CRAMP_EVIDENCE_BADGE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      cramp_evidence_badge_set_atlas (self, g_value_get_object (value));
      break;
    case PROP_EVIDENCE:
      cramp_evidence_badge_set_evidence (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_evidence_badge_class_init (CrampEvidenceBadgeClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cramp_evidence_badge_dispose;
  object_class->get_property = cramp_evidence_badge_get_property;
  object_class->set_property = cramp_evidence_badge_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL, CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  props[PROP_EVIDENCE] =
      g_param_spec_enum ("evidence", NULL, NULL,
                         CRAMP_TYPE_EVIDENCE, CRAMP_EVIDENCE_ESTABLISHED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_css_name (widget_class, "evidencebadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cramp_evidence_badge_init (CrampEvidenceBadge *self)
{
  self->label = g_object_new (GTK_TYPE_LABEL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  /* The grade is read as Tab reaches it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  update (self);
}
