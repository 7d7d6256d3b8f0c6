/* cramp-quiz-page.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cramp-a11y.h"
#include "cramp-quiz-page.h"
#include "cramp-selection.h"
#include "cramp-ui-util.h"

/* A round of the quiz, one question at a time, with no timer: find a region
 * on the drawing, name the lit one, or say which region a cause concerns;
 * then the score and the questions to review. The page asks the drawing for
 * the question's view and light through its drawing request, and takes the
 * regions picked on the drawing as answers. */
struct _CrampQuizPage
{
  CrampPage       parent_instance;

  GtkBox         *choices_box;
  GtkLabel       *feedback_label;
  GtkBox         *missed_box;
  GtkButton      *next_button;
  GtkProgressBar *progress_bar;

  CrampQuiz      *quiz;
  guint           index;
  gboolean        answered;
};

G_DEFINE_FINAL_TYPE (CrampQuizPage, cramp_quiz_page, CRAMP_TYPE_PAGE)

static gboolean
finished (CrampQuizPage *self)
{
  return self->quiz == NULL || self->index >= cramp_quiz_get_n_questions (self->quiz);
}

static const CrampQuizQuestion *
current (CrampQuizPage *self)
{
  return finished (self) ? NULL : cramp_quiz_get_question (self->quiz, self->index);
}

/* What the drawing shows: the question's view; the lit region to name, or
 * the answer once given; and no names that would give the answer away. */
static void
update_drawing (CrampQuizPage *self)
{
  const CrampQuizQuestion *question = current (self);
  g_autoptr (CrampDrawingRequest) request = NULL;

  if (question != NULL)
    {
      request = cramp_drawing_request_new ();
      request->view = g_strdup (question->view->id);
      if (self->answered || question->kind == CRAMP_QUIZ_NAME_REGION)
        request->highlights = g_strdupv ((char *[]){ question->region->id, NULL });
      request->picking = !self->answered && question->kind == CRAMP_QUIZ_FIND_REGION;
      request->names_hidden = !self->answered && question->kind != CRAMP_QUIZ_FACTOR_REGION;
    }
  cramp_page_set_drawing_request (CRAMP_PAGE (self), request);
}

/* Questions */

static void answer (CrampQuizPage     *self,
                    const CrampRegion *region);

static void
choice_activated_cb (AdwActionRow  *row,
                     CrampQuizPage *self)
{
  answer (self, g_object_get_data (G_OBJECT (row), "cramp-region"));
}

static void
show_choices (CrampQuizPage           *self,
              const CrampQuizQuestion *question)
{
  GtkWidget *group = cramp_group_new (NULL, _ ("Choices"));

  cramp_box_remove_all (self->choices_box);
  for (guint i = 0; i < question->choices->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (question->choices, i);
      GtkWidget         *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), region->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "cramp-region", (gpointer) region);
      g_signal_connect (row, "activated", G_CALLBACK (choice_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  if (question->choices->len > 0)
    gtk_box_append (self->choices_box, group);
}

static void
set_heading (CrampQuizPage           *self,
             const CrampQuizQuestion *question)
{
  g_autofree char *eyebrow = g_strdup_printf (_ ("Question %u of %u"), self->index + 1,
                                              cramp_quiz_get_n_questions (self->quiz));
  g_autofree char *title = NULL;

  switch (question->kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
      /* Translators: the name of a part of the foot, to find on the drawing. */
      title = g_strdup_printf (_ ("Find: %s"), question->region->name);
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, title,
                              _ ("Click it on the drawing, or press F6 to go to the drawing, move to it with "
                                 "the arrow keys and press Enter."));
      break;
    case CRAMP_QUIZ_NAME_REGION:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, _ ("Which Part of the Foot Is Lit?"),
                              _ ("Choose its name."));
      break;
    case CRAMP_QUIZ_FACTOR_REGION:
    default:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->factor->name,
                              _ ("Which of these parts of the foot can it bring cramps to?"));
      break;
    }
}

static void
show_question (CrampQuizPage *self)
{
  const CrampQuizQuestion *question = current (self);

  self->answered = FALSE;
  set_heading (self, question);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->index / cramp_quiz_get_n_questions (self->quiz));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  show_choices (self, question);
  cramp_box_remove_all (self->missed_box);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), FALSE);
  update_drawing (self);
  cramp_page_focus_heading (CRAMP_PAGE (self));
}

static void
answer (CrampQuizPage     *self,
        const CrampRegion *region)
{
  const CrampQuizQuestion *question = current (self);
  gboolean                 last;
  g_autofree char         *feedback = NULL;

  if (question == NULL || self->answered || region == NULL)
    return;

  self->answered = TRUE;
  if (cramp_quiz_answer (self->quiz, self->index, region))
    feedback = g_strdup_printf (_ ("Right: %s."), question->region->name);
  else
    feedback = g_strdup_printf (_ ("Not quite. The answer is: %s."), question->region->name);

  last = self->index + 1 == cramp_quiz_get_n_questions (self->quiz);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices_box), FALSE);
  gtk_label_set_label (self->feedback_label, feedback);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), TRUE);
  gtk_button_set_label (self->next_button, last ? _ ("See the _Score") : _ ("_Next"));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), TRUE);
  /* The result is read with the button the focus goes to. */
  cramp_a11y_set_description (GTK_WIDGET (self->next_button), feedback);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
  update_drawing (self);
}

/* The score */

static GtkWidget *
missed_row_new (const CrampQuizQuestion *question)
{
  g_autofree char *subtitle = g_strdup_printf (_ ("The answer: %s"), question->region->name);
  const char      *title = question->factor ? question->factor->name : question->region->name;

  return question->factor ? cramp_link_row_new (title, subtitle, CRAMP_SELECTION_FACTOR, question->factor->id)
                          : cramp_link_row_new (title, subtitle, CRAMP_SELECTION_REGION, question->region->id);
}

static void
show_score (CrampQuizPage *self)
{
  g_autoptr (GPtrArray) missed = cramp_quiz_get_missed (self->quiz);
  g_autofree char *title = g_strdup_printf (_ ("%u of %u Right"), cramp_quiz_get_score (self->quiz),
                                            cramp_quiz_get_n_questions (self->quiz));
  GtkWidget       *group = NULL;

  cramp_page_set_heading (CRAMP_PAGE (self), _ ("Your Score"), title,
                          missed->len > 0 ? _ ("Worth another look:") : _ ("Every answer was right."));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  cramp_box_remove_all (self->choices_box);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), FALSE);
  cramp_box_remove_all (self->missed_box);
  for (guint i = 0; i < missed->len; i++)
    adw_preferences_group_add (cramp_ensure_group (self->missed_box, &group, _ ("To Review")),
                               missed_row_new (g_ptr_array_index (missed, i)));

  gtk_button_set_label (self->next_button, _ ("_New Round"));
  cramp_a11y_set_description (GTK_WIDGET (self->next_button), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
  update_drawing (self);
}

static void
show_state (CrampQuizPage *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices_box), TRUE);
  if (finished (self))
    show_score (self);
  else
    show_question (self);
}

static void
next_clicked_cb (CrampQuizPage *self)
{
  if (finished (self))
    {
      cramp_quiz_page_new_round (self);
      return;
    }

  self->index++;
  show_state (self);
}

static void
cramp_quiz_page_update (CrampPage  *page,
                        CrampAtlas *atlas,
                        const char *item)
{
  CrampQuizPage *self = CRAMP_QUIZ_PAGE (page);

  g_return_if_fail (g_str_equal (item, CRAMP_QUIZ_ROUND));

  if (self->quiz == NULL || g_object_get_data (G_OBJECT (self->quiz), "cramp-atlas") != atlas)
    cramp_quiz_page_new_round (self);
  else if (!self->answered)
    show_state (self);
}

/* A region picked on the drawing answers a question of where something is;
 * while a question is asked, the drawing does not lead away from it. */
static gboolean
cramp_quiz_page_region_activated (CrampPage  *page,
                                  const char *region)
{
  CrampQuizPage           *self = CRAMP_QUIZ_PAGE (page);
  const CrampQuizQuestion *question = current (self);

  if (question == NULL)
    return FALSE;

  if (question->kind == CRAMP_QUIZ_FIND_REGION)
    answer (self, cramp_atlas_lookup_region (cramp_page_get_atlas (page), region));
  return TRUE;
}

/* Object */

static void
cramp_quiz_page_dispose (GObject *object)
{
  CrampQuizPage *self = CRAMP_QUIZ_PAGE (object);

  g_clear_object (&self->quiz);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRAMP_TYPE_QUIZ_PAGE);

  G_OBJECT_CLASS (cramp_quiz_page_parent_class)->dispose (object);
}

static void
cramp_quiz_page_class_init (CrampQuizPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_quiz_page_dispose;
  page_class->update = cramp_quiz_page_update;
  page_class->region_activated = cramp_quiz_page_region_activated;
  page_class->window_title = N_ ("Quiz");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-quiz-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, choices_box);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, feedback_label);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, missed_box);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
}

static void
cramp_quiz_page_init (CrampQuizPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cramp_a11y_fix_template (GTK_WIDGET (self));
}

/* Public API */

CrampQuiz *
cramp_quiz_page_get_quiz (CrampQuizPage *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ_PAGE (self), NULL);

  return self->quiz;
}

guint
cramp_quiz_page_get_index (CrampQuizPage *self)
{
  g_return_val_if_fail (CRAMP_IS_QUIZ_PAGE (self), 0);

  return self->index;
}

/**
 * cramp_quiz_page_new_round:
 * @self: a quiz page
 *
 * Starts a new round, drawn with a fresh seed.
 */
void
cramp_quiz_page_new_round (CrampQuizPage *self)
{
  CrampAtlas *atlas = cramp_page_get_atlas (CRAMP_PAGE (self));

  g_return_if_fail (CRAMP_IS_QUIZ_PAGE (self));

  g_clear_object (&self->quiz);
  self->index = 0;
  self->answered = FALSE;
  if (atlas == NULL)
    return;

  self->quiz = cramp_quiz_new (atlas, g_random_int ());
  g_object_set_data (G_OBJECT (self->quiz), "cramp-atlas", atlas);
  show_state (self);
}
