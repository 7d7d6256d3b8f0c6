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
 * on the drawing, name the lit one, say which region the atlas links to a
 * cause, or which cause fits a story; each answer is explained from the
 * content; then the score and the questions to review.
 *
 * The drawing follows the page's drawing request; a region picked on it
 * answers a question of where. Every question can also be answered from
 * the list of options, in words: where a region is, for finding it.
 *
 * For a class, a clicker's Page Down shows the answer and then goes on, and
 * Page Up goes back over the questions already settled. */
struct _CrampQuizPage
{
  CrampPage        parent_instance;

  GtkLabel        *explanation_label;
  GtkLabel        *feedback_label;
  GtkToggleButton *harder_button;
  GtkWidget       *level_box;
  GtkBox          *missed_box;
  GtkButton       *next_button;
  GtkBox          *options_box;
  GtkProgressBar  *progress_bar;

  CrampQuiz       *quiz;
  CrampAtlas      *quiz_atlas; /* the atlas the round was drawn from; not a reference */
  guint            index;      /* the question shown, or the number of questions for the score */
  GArray          *picked;     /* int per question: the option chosen, NOT_PICKED or NO_OPTION */
  guint32          revealed;   /* a bit per question shown without an answer */
};

G_DEFINE_FINAL_TYPE (CrampQuizPage, cramp_quiz_page, CRAMP_TYPE_PAGE)

#define NOT_PICKED (-1)
#define NO_OPTION  (-2) /* a region of the drawing that is none of the options */

static guint
n_questions (CrampQuizPage *self)
{
  return self->quiz ? cramp_quiz_get_n_questions (self->quiz) : 0;
}

static gboolean
finished (CrampQuizPage *self)
{
  return self->index >= n_questions (self);
}

static const CrampQuizQuestion *
current (CrampQuizPage *self)
{
  return finished (self) ? NULL : cramp_quiz_get_question (self->quiz, self->index);
}

static gboolean
settled (CrampQuizPage *self,
         guint          index)
{
  return cramp_quiz_is_answered (self->quiz, index) || (self->revealed & (1u << index)) != 0;
}

static guint
right_option (const CrampQuizQuestion *question)
{
  for (guint i = 0; i < question->options->len; i++)
    if (g_ptr_array_index (question->options, i) == question->answer)
      return i;

  g_return_val_if_reached (0);
}

/* Every record of the atlas begins with its id. */
static const char *
answer_id (const CrampQuizQuestion *question)
{
  return *(char *const *) question->answer;
}

/* A question on what lies in a region lights the region, then shows the
 * answer in it with its layer. */
static CrampDrawingRequest *
region_structure_request (const CrampQuizQuestion *question,
                          gboolean                 done)
{
  const CrampStructure *structure = question->answer;
  CrampDrawingRequest  *request = cramp_drawing_request_new ();

  if (question->region->views->len > 0)
    request->view = g_strdup (((const CrampView *) g_ptr_array_index (question->region->views, 0))->id);
  request->highlights = g_strdupv ((char *[]){ question->region->id, done ? structure->id : NULL, NULL });
  if (done && structure->layer != NULL)
    request->layers = g_strdupv ((char *[]){ structure->layer->id, NULL });
  return request;
}

/* What the drawing shows: the question's view; the lit region to name, or
 * the answer once settled; and no names that would give the answer away. */
static void
update_drawing (CrampQuizPage *self)
{
  const CrampQuizQuestion *question = current (self);
  g_autoptr (CrampDrawingRequest) request = NULL;
  gboolean done;

  if (question != NULL && question->kind == CRAMP_QUIZ_REGION_STRUCTURE)
    request = region_structure_request (question, settled (self, self->index));
  else if (question != NULL)
    {
      done = settled (self, self->index);
      request = cramp_drawing_request_new ();
      request->view = question->view ? g_strdup (question->view->id) : NULL;
      if (question->kind == CRAMP_QUIZ_NAME_REGION || (done && question->kind != CRAMP_QUIZ_STORY))
        request->highlights = g_strdupv ((char *[]){ (char *) answer_id (question), NULL });
      request->picking = !done && question->kind == CRAMP_QUIZ_FIND_REGION;
      request->names_hidden = !done && question->view != NULL;
    }
  cramp_page_set_drawing_request (CRAMP_PAGE (self), request);
}

/* Questions */

static void answer (CrampQuizPage *self,
                    gconstpointer  item);

static void
option_activated_cb (AdwActionRow  *row,
                     CrampQuizPage *self)
{
  answer (self, g_object_get_data (G_OBJECT (row), "cramp-option"));
}

/* A mark after a settled option: the right one, and a wrong one chosen. */
static void
mark_option (GtkWidget  *row,
             const char *icon_name,
             const char *css_class,
             const char *description)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (icon, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
}

static GtkWidget *
option_row_new (CrampQuizPage           *self,
                const CrampQuizQuestion *question,
                guint                    i,
                gboolean                 done)
{
  GtkWidget  *row = adw_action_row_new ();
  const char *title = question->kind == CRAMP_QUIZ_FIND_REGION ? question->clues[i] : question->labels[i];
  int         picked = g_array_index (self->picked, int, self->index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data (G_OBJECT (row), "cramp-option", g_ptr_array_index (question->options, i));

  if (!done)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (option_activated_cb), self);
    }
  else if (i == right_option (question))
    mark_option (row, "cramp-right-symbolic", "success", _ ("The right answer"));
  else if ((int) i == picked)
    mark_option (row, "cramp-wrong-symbolic", "error", _ ("Your answer"));

  /* Where each option is, for finding, says which region it is once settled. */
  if (done && question->kind == CRAMP_QUIZ_FIND_REGION)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), question->labels[i]);
  return row;
}

static void
show_options (CrampQuizPage           *self,
              const CrampQuizQuestion *question,
              gboolean                 done)
{
  const char *title = question->kind == CRAMP_QUIZ_FIND_REGION ? _ ("Or Choose Where It Is") : NULL;
  GtkWidget  *group = cramp_group_new (title, _ ("Options"));

  cramp_box_remove_all (self->options_box);
  for (guint i = 0; i < question->options->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), option_row_new (self, question, i, done));
  gtk_box_append (self->options_box, group);
}

/* A short question is the heading; a long one is led by a short heading. */
static void
set_heading (CrampQuizPage           *self,
             const CrampQuizQuestion *question)
{
  g_autofree char *eyebrow = g_strdup_printf (_ ("Question %u of %u"), self->index + 1, n_questions (self));

  switch (question->kind)
    {
    case CRAMP_QUIZ_FIND_REGION:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->text,
                              _ ("Click it on the drawing, or choose where it is from the list."));
      break;
    case CRAMP_QUIZ_NAME_REGION:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->text, _ ("Choose its name."));
      break;
    case CRAMP_QUIZ_FACTOR_REGION:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->factor->name, question->text);
      break;
    case CRAMP_QUIZ_REGION_STRUCTURE:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, question->region->name, question->text);
      break;
    case CRAMP_QUIZ_STORY:
    default:
      cramp_page_set_heading (CRAMP_PAGE (self), eyebrow, _ ("Which Cause Fits?"), question->text);
      break;
    }

  /* Without the drawing, the question is asked in words. */
  if (question->description != NULL)
    {
      g_autofree char *spoken = g_strdup_printf ("%s. %s", eyebrow, question->description);

      cramp_page_describe_heading (CRAMP_PAGE (self), spoken);
    }
}

static void
show_feedback (CrampQuizPage           *self,
               const CrampQuizQuestion *question)
{
  int              picked = g_array_index (self->picked, int, self->index);
  const char      *right = question->labels[right_option (question)];
  g_autofree char *feedback = NULL;

  if (picked == NOT_PICKED)
    /* Translators: %s is the right answer, shown to a class. */
    feedback = g_strdup_printf (_ ("The answer: %s."), right);
  else if (picked >= 0 && cramp_quiz_is_right (question, g_ptr_array_index (question->options, picked)))
    feedback = g_strdup_printf (_ ("Right: %s."), right);
  else
    feedback = g_strdup_printf (_ ("Not quite. The answer is: %s."), right);

  gtk_label_set_label (self->feedback_label, feedback);
  gtk_label_set_label (self->explanation_label, question->explanation);
}

/* A label set again, even the same, is read again as the button's new
 * name while it has the focus. */
static void
set_next_label (CrampQuizPage *self,
                const char    *label)
{
  if (g_strcmp0 (gtk_button_get_label (self->next_button), label) != 0)
    gtk_button_set_label (self->next_button, label);
}

static void
show_question (CrampQuizPage *self)
{
  const CrampQuizQuestion *question = current (self);
  gboolean                 done = settled (self, self->index);
  gboolean                 last = self->index + 1 == n_questions (self);

  set_heading (self, question);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->index / n_questions (self));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_visible (self->level_box, self->index == 0 && !done);
  show_options (self, question, done);
  cramp_box_remove_all (self->missed_box);

  if (done)
    show_feedback (self, question);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), done);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), done);
  set_next_label (self, last ? _ ("See the _Score") : _ ("_Next"));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), done);
  /* A new question is read from its heading, and Tab goes on to the
   * options; a result is read with the button the focus goes to. */
  if (done)
    {
      g_autofree char *result = g_strdup_printf ("%s %s", gtk_label_get_label (self->feedback_label),
                                                 gtk_label_get_label (self->explanation_label));

      cramp_a11y_set_description (GTK_WIDGET (self->next_button), result);
      gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
    }
  else
    {
      /* A page not yet shown is given the focus by the window. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cramp_page_focus_heading (CRAMP_PAGE (self));
      cramp_a11y_set_description (GTK_WIDGET (self->next_button), NULL);
    }
  update_drawing (self);
}

/* The score */

static GtkWidget *
missed_row_new (const CrampQuizQuestion *question)
{
  const char      *right = question->labels[right_option (question)];
  g_autofree char *subtitle = g_strdup_printf (_ ("The answer: %s"), right);

  switch (question->kind)
    {
    case CRAMP_QUIZ_FACTOR_REGION:
      return cramp_link_row_new (question->factor->name, subtitle, CRAMP_SELECTION_FACTOR, question->factor->id);
    case CRAMP_QUIZ_REGION_STRUCTURE:
      return cramp_link_row_new (question->region->name, subtitle, CRAMP_SELECTION_REGION, question->region->id);
    case CRAMP_QUIZ_STORY:
      return cramp_link_row_new (((const CrampFactor *) question->answer)->name, question->explanation,
                                 CRAMP_SELECTION_FACTOR, answer_id (question));
    case CRAMP_QUIZ_FIND_REGION:
    case CRAMP_QUIZ_NAME_REGION:
    default:
      return cramp_link_row_new (right, question->explanation, CRAMP_SELECTION_REGION, answer_id (question));
    }
}

static void
show_score (CrampQuizPage *self)
{
  g_autoptr (GPtrArray) missed = cramp_quiz_get_missed (self->quiz);
  g_autofree char *title = g_strdup_printf (_ ("%u of %u Right"), cramp_quiz_get_score (self->quiz), n_questions (self));
  GtkWidget       *group = NULL;

  cramp_page_set_heading (CRAMP_PAGE (self), _ ("Your Score"), title,
                          missed->len > 0 ? _ ("Worth another look:") : _ ("Every answer was right."));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_widget_set_visible (self->level_box, TRUE);
  cramp_box_remove_all (self->options_box);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), FALSE);
  cramp_box_remove_all (self->missed_box);
  for (guint i = 0; i < missed->len; i++)
    adw_preferences_group_add (cramp_ensure_group (self->missed_box, &group, _ ("To Review")),
                               missed_row_new (g_ptr_array_index (missed, i)));

  set_next_label (self, _ ("_New Round"));
  cramp_a11y_set_description (GTK_WIDGET (self->next_button), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
  update_drawing (self);
}

static void
show_state (CrampQuizPage *self)
{
  if (self->quiz == NULL)
    return;
  if (finished (self))
    show_score (self);
  else
    show_question (self);
}

/* Moving on */

static void
answer (CrampQuizPage *self,
        gconstpointer  item)
{
  const CrampQuizQuestion *question = current (self);

  if (question == NULL || item == NULL || settled (self, self->index))
    return;

  /* A region of the drawing that is none of the options is simply wrong. */
  g_array_index (self->picked, int, self->index) = NO_OPTION;
  for (guint i = 0; i < question->options->len; i++)
    if (g_ptr_array_index (question->options, i) == item)
      g_array_index (self->picked, int, self->index) = i;

  cramp_quiz_answer (self->quiz, self->index, item);
  show_state (self);
}

static void
go_on (CrampQuizPage *self)
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
next_clicked_cb (CrampQuizPage *self)
{
  go_on (self);
}

/* Page Down shows the answer, then goes on; Page Up goes back over the
 * questions already settled, and from the score to the last question. */
static gboolean
cramp_quiz_page_clicker (CrampPage *page,
                         gboolean   forward)
{
  CrampQuizPage *self = CRAMP_QUIZ_PAGE (page);

  if (self->quiz == NULL)
    return FALSE;

  if (!forward)
    {
      if (self->index == 0)
        return FALSE;
      self->index--;
    }
  else if (finished (self))
    return FALSE;
  else if (!settled (self, self->index))
    self->revealed |= 1u << self->index;
  else
    self->index++;

  show_state (self);
  return TRUE;
}

static void
level_toggled_cb (CrampQuizPage *self)
{
  CrampQuizLevel level = gtk_toggle_button_get_active (self->harder_button) ? CRAMP_QUIZ_HARDER : CRAMP_QUIZ_EASY;

  if (self->quiz != NULL && cramp_quiz_get_level (self->quiz) != level)
    cramp_quiz_page_new_round (self);
}

static void
cramp_quiz_page_update (CrampPage  *page,
                        CrampAtlas *atlas,
                        const char *item)
{
  CrampQuizPage *self = CRAMP_QUIZ_PAGE (page);

  g_return_if_fail (g_str_equal (item, CRAMP_QUIZ_ROUND));

  if (self->quiz == NULL || self->quiz_atlas != atlas)
    cramp_quiz_page_new_round (self);
  else
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
cramp_quiz_page_finalize (GObject *object)
{
  CrampQuizPage *self = CRAMP_QUIZ_PAGE (object);

  g_clear_pointer (&self->picked, g_array_unref);

  G_OBJECT_CLASS (cramp_quiz_page_parent_class)->finalize (object);
}

static void
cramp_quiz_page_class_init (CrampQuizPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrampPageClass *page_class = CRAMP_PAGE_CLASS (klass);

  object_class->dispose = cramp_quiz_page_dispose;
  object_class->finalize = cramp_quiz_page_finalize;
  page_class->update = cramp_quiz_page_update;
  page_class->region_activated = cramp_quiz_page_region_activated;
  page_class->clicker = cramp_quiz_page_clicker;
  page_class->window_title = N_ ("Quiz");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/cramp-quiz-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, feedback_label);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, harder_button);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, level_box);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, missed_box);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, options_box);
  gtk_widget_class_bind_template_child (widget_class, CrampQuizPage, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, level_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
}

static void
cramp_quiz_page_init (CrampQuizPage *self)
{
  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
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
 * Starts a new round at the level chosen, drawn with a fresh seed.
 */
void
cramp_quiz_page_new_round (CrampQuizPage *self)
{
  CrampAtlas    *atlas = cramp_page_get_atlas (CRAMP_PAGE (self));
  CrampQuizLevel level;

  g_return_if_fail (CRAMP_IS_QUIZ_PAGE (self));

  g_clear_object (&self->quiz);
  self->index = 0;
  self->revealed = 0;
  self->quiz_atlas = atlas;
  if (atlas == NULL)
    return;

  level = gtk_toggle_button_get_active (self->harder_button) ? CRAMP_QUIZ_HARDER : CRAMP_QUIZ_EASY;
  self->quiz = cramp_quiz_new (atlas, level, g_random_int ());
  g_array_set_size (self->picked, 0);
  for (guint i = 0; i < n_questions (self); i++)
    g_array_append_val (self->picked, (int){ NOT_PICKED });
  show_state (self);
}
