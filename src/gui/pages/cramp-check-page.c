/* cramp-check-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-check-page.h"
#include "cramp-evidence-badge.h"
#include "cramp-selection.h"
#include "cramp-summary.h"
#include "cramp-ui-util.h"

/* The self-check, one question at a time: what it is and is not, the
 * questions, then the advice. The answers live in a CrampSelfCheck; this
 * page shows them and passes on what the person chooses. */
struct _CrampCheckPage
{
  CrampPage             parent_instance;

  GtkBox               *answers_box;
  GtkButton            *back_button;
  GtkLabel             *disclaimer_label;
  GtkWidget            *intro_group;
  AdwActionRow         *limits_row;
  AdwActionRow         *purpose_row;
  GtkButton            *next_button;
  GtkProgressBar       *progress_bar;
  GtkBox               *result_box;
  GtkButton            *skip_button;
  GtkStack             *stack;
  GtkBox               *tier_banner;
  GtkLabel             *tier_description;
  GtkImage             *tier_icon;
  GtkLabel             *tier_title;

  CrampSelfCheck       *check;
  GPtrArray            *checks; /* GtkCheckButton, one per answer shown */
  gboolean              started;
  gboolean              syncing;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CrampCheckPage, cramp_check_page, CRAMP_TYPE_PAGE)

static void show_state (CrampCheckPage *self);

/* The drawing lights the regions that the answers so far concern. */
static void
update_regions (CrampCheckPage *self)
{
  g_autoptr (CrampSelfCheckResult) result = cramp_self_check_evaluate (self->check);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (CrampDrawingRequest) request = cramp_drawing_request_new ();

  for (guint i = 0; i < result->regions->len; i++)
    g_strv_builder_add (builder, ((CrampRegion *) g_ptr_array_index (result->regions, i))->id);

  request->highlights = g_strv_builder_end (builder);
  cramp_page_set_drawing_request (CRAMP_PAGE (self), request);
}

/* Questions */

static void
update_buttons (CrampCheckPage *self)
{
  const CrampQuestion *question = cramp_self_check_get_question (self->check);
  gboolean             last;

  if (question == NULL)
    return;

  last = cramp_self_check_get_position (self->check) + 1 == cramp_self_check_get_n_questions (self->check);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button), cramp_self_check_can_skip (self->check));
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), cramp_self_check_can_go_next (self->check));
  /* Alt+N goes on, whatever the label says. */
  if (cramp_self_check_get_tier (self->check) == CRAMP_TIER_EMERGENCY)
    /* Translators: this and the next two are labels of one button: give
     * them the same mnemonic, so that one key always goes on. */
    gtk_button_set_label (self->next_button, _ ("Get Advice _Now"));
  else
    gtk_button_set_label (self->next_button, last ? _ ("Fi_nish") : _ ("_Next"));
}

static void
sync_checks (CrampCheckPage *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton    *check = g_ptr_array_index (self->checks, i);
      const CrampAnswer *answer = g_object_get_data (G_OBJECT (check), "cramp-answer");

      gtk_check_button_set_active (check, cramp_self_check_is_chosen (self->check, answer));
    }
  self->syncing = FALSE;
}

static void
answer_toggled_cb (GtkCheckButton *check,
                   CrampCheckPage *self)
{
  const CrampAnswer *answer = g_object_get_data (G_OBJECT (check), "cramp-answer");

  if (!self->syncing)
    cramp_self_check_set_chosen (self->check, answer, gtk_check_button_get_active (check));
}

static GtkWidget *
answer_row_new (CrampCheckPage    *self,
                const CrampAnswer *answer,
                gboolean           single,
                GtkCheckButton    *group)
{
  GtkWidget *row = adw_action_row_new ();
  /* The role tells a screen reader whether one answer or several may be
   * chosen; it is set as the button is made, as it cannot change later. */
  GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                   "accessible-role", single ? GTK_ACCESSIBLE_ROLE_RADIO : GTK_ACCESSIBLE_ROLE_CHECKBOX,
                                   NULL);

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  /* The list of answers is named by the question, which a screen reader
   * reads as the focus comes to the first answer. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, answer->text,
                                  -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "cramp-answer", (gpointer) answer);
  g_signal_connect (check, "toggled", G_CALLBACK (answer_toggled_cb), self);
  g_ptr_array_add (self->checks, check);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), answer->text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  cramp_a11y_fix_check_row (check);

  /* One stop per answer for the keys: the check button, not its row too. */
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* Up and Down move between the answers, and choose among radio buttons, as
 * in a radio group outside a list: the list box would take the keys and
 * move the focus out of the answers. */
static gboolean
answer_key_cb (CrampCheckPage *self,
               guint           keyval)
{
  GtkWidget           *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  const CrampQuestion *question = cramp_self_check_get_question (self->check);
  int                  step = 0;
  guint                index;
  GtkWidget           *next;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step = -1;
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step = 1;
  if (step == 0 || focus == NULL || !g_ptr_array_find (self->checks, focus, &index))
    return FALSE;
  if ((step < 0 && index == 0) || (step > 0 && index + 1 == self->checks->len))
    return TRUE;

  next = g_ptr_array_index (self->checks, index + step);
  gtk_widget_grab_focus (next);
  if (question != NULL && question->kind == CRAMP_QUESTION_SINGLE)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (next), TRUE);
  return TRUE;
}

/* Why the question is asked, folded away until wanted. */
static GtkWidget *
why_group_new (const CrampQuestion *question)
{
  GtkWidget *group = cramp_group_new (NULL, _ ("Why We Ask"));
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _ ("Why We Ask"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), cramp_text_row_new (question->why, NULL, NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
  cramp_a11y_fix_expander_row (expander, _ ("Why We Ask"));
  return group;
}

/* A single choice shows radio buttons, a checklist check boxes; the list
 * is named by where the question is and what it asks. */
static char *
question_name (CrampCheckPage *self)
{
  g_autofree char *position = g_strdup_printf (_ ("Question %u of %u"),
                                               cramp_self_check_get_position (self->check) + 1,
                                               cramp_self_check_get_n_questions (self->check));

  return g_strdup_printf ("%s. %s", position, cramp_self_check_get_question (self->check)->text);
}

static void
build_answers (CrampCheckPage      *self,
               const CrampQuestion *question)
{
  GtkWidget       *list = gtk_list_box_new ();
  GtkCheckButton  *first = NULL;
  g_autofree char *name = question_name (self);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  cramp_box_remove_all (self->answers_box);
  g_ptr_array_set_size (self->checks, 0);

  for (guint i = 0; i < question->answers->len; i++)
    {
      GtkWidget *row = answer_row_new (self, g_ptr_array_index (question->answers, i),
                                       question->kind == CRAMP_QUESTION_SINGLE, first);

      if (question->kind == CRAMP_QUESTION_SINGLE && first == NULL)
        first = g_ptr_array_index (self->checks, 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_box_append (self->answers_box, list);
  if (question->why != NULL)
    gtk_box_append (self->answers_box, why_group_new (question));
  sync_checks (self);
}

/* Focus goes to the answer given, or else to the first; the question is
 * said, as a screen reader does not read the name of a list the focus
 * moves within. */
static void
focus_answer (CrampCheckPage *self)
{
  GtkWidget *focus = self->checks->len > 0 ? g_ptr_array_index (self->checks, 0) : NULL;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      focus = g_ptr_array_index (self->checks, i);

  if (focus != NULL && gtk_widget_grab_focus (focus))
    {
      g_autofree char *name = question_name (self);

      cramp_a11y_announce (focus, name);
    }
}

/* How many questions there are can change with the answers, as questions
 * that apply only to some people come and go. */
static void
show_question_heading (CrampCheckPage *self)
{
  const CrampQuestion *question = cramp_self_check_get_question (self->check);
  guint                position = cramp_self_check_get_position (self->check);
  guint                n = cramp_self_check_get_n_questions (self->check);
  g_autofree char     *eyebrow = g_strdup_printf (_ ("Question %u of %u"), position + 1, n);
  const char          *lead = question->help;

  if (lead == NULL && question->kind == CRAMP_QUESTION_CHECKLIST)
    lead = _ ("Choose every one that applies.");

  cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->text, lead);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) position / n);
}

static void
show_question (CrampCheckPage *self)
{
  show_question_heading (self);
  build_answers (self, cramp_self_check_get_question (self->check));
  update_buttons (self);
  gtk_stack_set_visible_child_name (self->stack, "question");
  focus_answer (self);
}

/* The result */

static void
add_flag_rows (CrampCheckPage       *self,
               CrampSelfCheckResult *result)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag     *flag = g_ptr_array_index (result->flags, i);
      const CrampSectionInfo *info = cramp_tier_info (flag->tier);
      GtkWidget              *row = cramp_text_row_new (flag->text, info->icon_name, info->css_class);

      if (flag->concern != NULL)
        cramp_row_set_detail (row, flag->concern);
      cramp_ensure_group (self->result_box, &group, _ ("Why"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* What to do, and not do, until help is reached: each sentence once. */
static void
add_meanwhile_rows (CrampCheckPage       *self,
                    CrampSelfCheckResult *result)
{
  g_autoptr (GPtrArray) said = g_ptr_array_new ();
  GtkWidget *group = NULL;

  for (guint i = 0; i < result->flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (result->flags, i);

      if (flag->meanwhile == NULL || g_ptr_array_find_with_equal_func (said, flag->meanwhile, g_str_equal, NULL))
        continue;
      g_ptr_array_add (said, flag->meanwhile);
      cramp_ensure_group (self->result_box, &group, _ ("Until You Get Help"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 cramp_text_row_new (flag->meanwhile, "cramp-avoid-symbolic", "tip-avoid"));
    }
}

static void
add_safety_net (CrampCheckPage       *self,
                CrampSelfCheckResult *result)
{
  /* Shown with the sign of the tier it leads up to. */
  const CrampSectionInfo *next = cramp_tier_info (MIN (result->tier + 1, CRAMP_TIER_EMERGENCY));
  GtkWidget              *group = NULL;

  cramp_ensure_group (self->result_box, &group, _ ("If Things Change"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             cramp_text_row_new (result->advice->safety_net, next->icon_name, next->css_class));
}

/* An answer as it reads on its own: a short one, such as "Yes", with its
 * question. */
static char *
answer_in_words (const CrampAnswer *answer)
{
  if (g_utf8_strlen (answer->text, -1) > 12)
    return g_strdup (answer->text);

  /* Translators: a question and a short answer to it, as in
   * "Do you smoke? Yes". */
  return g_strdup_printf (_ ("%s %s"), answer->question->text, answer->text);
}

static char *
reasons_text (const CrampFactorReason *reason)
{
  g_autoptr (GStrvBuilder) texts = g_strv_builder_new ();
  g_auto (GStrv) list = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < reason->answers->len; i++)
    {
      g_autofree char *text = answer_in_words (g_ptr_array_index (reason->answers, i));

      g_strv_builder_add (texts, text);
    }
  list = g_strv_builder_end (texts);
  joined = g_strjoinv ("; ", list);

  /* Translators: the answers that point to a factor. */
  return g_strdup_printf (_ ("You said: %s"), joined);
}

static void
add_factor_rows (CrampCheckPage       *self,
                 CrampSelfCheckResult *result)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < result->factors->len; i++)
    {
      const CrampFactorReason *reason = g_ptr_array_index (result->factors, i);
      g_autofree char         *because = reasons_text (reason);
      GtkWidget               *row = cramp_link_row_new (reason->factor->name, because,
                                                         CRAMP_SELECTION_FACTOR, reason->factor->id);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), cramp_evidence_badge_new (cramp_self_check_get_atlas (self->check), reason->factor->evidence));
      cramp_ensure_group (self->result_box, &group, _ ("Possible Factors to Read About"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _ ("The best match first. Open one to read how it works "
                                                "and to see where it acts on the drawing."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* The self-care the result offers: none when it could do harm. */
static void
add_tip_rows (CrampCheckPage       *self,
              CrampSelfCheckResult *result)
{
  for (CrampTipKind kind = CRAMP_TIP_DURING; kind <= CRAMP_TIP_AVOID; kind++)
    {
      const CrampSectionInfo *info = cramp_tip_kind_info (kind);
      GtkWidget              *group = NULL;

      for (guint i = 0; i < result->tips->len; i++)
        {
          const CrampTip *tip = g_ptr_array_index (result->tips, i);

          if (tip->kind != kind)
            continue;
          cramp_ensure_group (self->result_box, &group, _ (info->title));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     cramp_text_row_new (tip->text, info->icon_name, info->css_class));
        }
    }
}

static void
show_tier (CrampCheckPage        *self,
           const CrampTierAdvice *advice)
{
  for (CrampTier other = CRAMP_TIER_SELF_CARE; other <= CRAMP_TIER_EMERGENCY; other++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->tier_banner), cramp_tier_info (other)->css_class);

  gtk_widget_add_css_class (GTK_WIDGET (self->tier_banner), cramp_tier_info (advice->tier)->css_class);
  gtk_image_set_from_icon_name (self->tier_icon, cramp_tier_info (advice->tier)->icon_name);
  gtk_label_set_label (self->tier_title, advice->title);
  gtk_label_set_label (self->tier_description, advice->disposition);
}

/* The advice first, then why, what to do meanwhile and when to get help
 * sooner; then the causes and the self-care that fit. After an emergency
 * sign, nothing but the advice to get help. */
static void
show_result (CrampCheckPage *self)
{
  g_autoptr (CrampSelfCheckResult) result = cramp_self_check_evaluate (self->check);

  cramp_page_set_heading (CRAMP_PAGE (self), NULL, _ ("Your Result"), NULL);
  show_tier (self, result->advice);
  cramp_box_remove_all (self->result_box);
  add_flag_rows (self, result);
  add_meanwhile_rows (self, result);
  add_safety_net (self, result);
  if (result->tier != CRAMP_TIER_EMERGENCY)
    add_factor_rows (self, result);
  add_tip_rows (self, result);
  gtk_label_set_label (self->disclaimer_label,
                       cramp_atlas_get_notice (cramp_self_check_get_atlas (self->check), CRAMP_NOTICE_DISCLAIMER));
  gtk_stack_set_visible_child_name (self->stack, "result");

  /* The advice is read first, and the keys go on from there; focus would
   * select the label's text, which is not wanted here. */
  gtk_widget_grab_focus (GTK_WIDGET (self->tier_title));
  gtk_label_select_region (self->tier_title, 0, 0);
}

static void
show_intro (CrampCheckPage *self)
{
  CrampAtlas *atlas = cramp_page_get_atlas (CRAMP_PAGE (self));

  cramp_page_set_heading (CRAMP_PAGE (self), NULL, _ ("Check Your Symptoms"),
                          cramp_atlas_get_notice (atlas, CRAMP_NOTICE_CHECK_INTRO));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->purpose_row),
                                 cramp_atlas_get_notice (atlas, CRAMP_NOTICE_CHECK_PURPOSE));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->limits_row),
                                 cramp_atlas_get_notice (atlas, CRAMP_NOTICE_CHECK_LIMITS));
  gtk_stack_set_visible_child_name (self->stack, "intro");
}

static void
show_state (CrampCheckPage *self)
{
  if (self->check == NULL)
    return;

  if (!self->started)
    show_intro (self);
  else if (cramp_self_check_get_finished (self->check))
    show_result (self);
  else
    show_question (self);

  update_regions (self);
}

/* Saving and printing */

static char *
summary_file_name (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the suggested name of the saved summary; keep the date and .pdf. */
  return g_strdup_printf (_ ("cramp-atlas-summary-%s.pdf"), day);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  CrampCheckPage  *self)
{
  g_autoptr (GtkNativeDialog) done = g_steal_pointer ((GtkNativeDialog **) &self->chooser);

  g_return_if_fail (done == chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      cramp_check_page_save_summary (self, file);
    }
}

static void
save_clicked_cb (CrampCheckPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = summary_file_name ();

  /* The chooser is modal, so a second one cannot be asked for meanwhile. */
  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_ ("Save the Summary"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  gtk_file_filter_set_name (filter, _ ("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_clicked_cb (CrampCheckPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GtkPrintOperation) operation = cramp_summary_print_operation_new (self->check, now);

  cramp_print (operation, GTK_WIDGET (self), _ ("The Summary Could Not Be Printed"));
}

/* Navigation */

static void
start_clicked_cb (CrampCheckPage *self)
{
  self->started = TRUE;
  show_state (self);
}

static void
start_over_clicked_cb (CrampCheckPage *self)
{
  cramp_self_check_restart (self->check);
  start_clicked_cb (self);
}

static void
next_clicked_cb (CrampCheckPage *self)
{
  cramp_self_check_next (self->check);
}

static void
skip_clicked_cb (CrampCheckPage *self)
{
  cramp_self_check_skip (self->check);
}

/* Back from the first question is back to what the check is. */
static void
back_clicked_cb (CrampCheckPage *self)
{
  if (!cramp_self_check_back (self->check))
    {
      self->started = FALSE;
      show_state (self);
    }
}

static void
answers_changed_cb (CrampCheckPage *self)
{
  sync_checks (self);
  update_buttons (self);
  update_regions (self);
  if (self->started && !cramp_self_check_get_finished (self->check))
    show_question_heading (self);
}

static void
set_check (CrampCheckPage *self,
           CrampAtlas     *atlas)
{
  if (self->check != NULL && cramp_self_check_get_atlas (self->check) == atlas)
    return;

  if (self->check != NULL)
    g_signal_handlers_disconnect_by_data (self->check, self);
  g_clear_object (&self->check);
  self->started = FALSE;
  self->check = cramp_self_check_new (atlas);
  g_signal_connect_swapped (self->check, "answers-changed", G_CALLBACK (answers_changed_cb), self);
  g_signal_connect_swapped (self->check, "notify::position", G_CALLBACK (show_state), self);
}

static void
cramp_check_page_update (CrampPage  *page,
                         CrampAtlas *atlas,
                         const char *item)
{
  CrampCheckPage *self = CRAMP_CHECK_PAGE (page);

  g_return_if_fail (g_str_equal (item, CRAMP_CHECK_SYMPTOMS));

  set_check (self, atlas);
  show_state (self);
}

/* Object */

static void
cramp_check_page_dispose (GObject *object)
{
  CrampCheckPage *self = CRAMP_CHECK_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
    }
  g_clear_object (&self->chooser);
  if (self->check != NULL)
    g_signal_handlers_disconnect_by_data (self->check, self);
  g_clear_object (&self->check);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_CHECK_PAGE);

  G_OBJECT_CLASS (cramp_check_page_parent_class)->dispose (object);
}

static void
cramp_check_page_finalize (GObject *object)
{
  CrampCheckPage *self = CRAMP_CHECK_PAGE (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (cramp_check_page_parent_class)->finalize (object);
}

static void
cramp_check_page_class_init (CrampCheckPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_check_page_dispose;
  object_class->finalize = cramp_check_page_finalize;
  page_class->update = cramp_check_page_update;
  page_class->window_title = N_ ("Check Your Symptoms");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-check-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, answers_box);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, intro_group);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, limits_row);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, tier_banner);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, tier_description);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, tier_icon);
  gtk_widget_class_bind_template_child (widget_class, CrampCheckPage, tier_title);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_over_clicked_cb);
}

static void
cramp_check_page_init (CrampCheckPage *self)
{
  GtkEventController *keys;

  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_a11y_fix_template (GTK_WIDGET (self));
  cramp_a11y_name_lists (self->intro_group, _ ("Check Your Symptoms"));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (answer_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->answers_box), keys);
}

/* Public API */

CrampSelfCheck *
cramp_check_page_get_self_check (CrampCheckPage *self)
{
  g_return_val_if_fail (CRAMP_IS_CHECK_PAGE (self), NULL);

  return self->check;
}

/**
 * cramp_check_page_start:
 * @self: a check page
 * @region_id: (nullable): where the cramps are, already answered
 *
 * Forgets the answers and shows what the self-check is, ready to start.
 */
void
cramp_check_page_start (CrampCheckPage *self,
                        const char     *region_id)
{
  g_return_if_fail (CRAMP_IS_CHECK_PAGE (self));
  g_return_if_fail (self->check != NULL);

  if (region_id == NULL || !cramp_self_check_start_at_region (self->check, region_id))
    cramp_self_check_restart (self->check);

  self->started = FALSE;
  show_state (self);
}

/**
 * cramp_check_page_save_summary:
 * @self: a check page
 * @file: where to save
 *
 * Saves the summary as PDF. If that fails, a dialog says why; the result
 * stays as it is.
 *
 * Returns: whether it was saved
 */
gboolean
cramp_check_page_save_summary (CrampCheckPage *self,
                               GFile          *file)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (CRAMP_IS_CHECK_PAGE (self), FALSE);

  cramp_summary_save_pdf (self->check, now, file, &error);
  return cramp_report_save (GTK_WIDGET (self), file, error, _ ("The Summary Could Not Be Saved"));
}
