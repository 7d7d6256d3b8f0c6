/* cramp-atlas-loader.c: reads and checks a content file with GMarkup
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cramp-atlas-private.h"

#define MAX_ID_LENGTH      64
#define MAX_MESSAGE_LENGTH 240

/* Limits on text, in characters. Text is laid out in labels and on paper,
 * and a long run without a space is slow to wrap: a name of 100 000
 * letters kept GTK busy for over a minute. */
#define MAX_NAME_LENGTH    120
#define MAX_TEXT_LENGTH    4000
#define MAX_WORD_LENGTH    60
#define MAX_TITLE_LENGTH   300
#define MAX_ADDRESS_LENGTH 300

/* References are resolved once every record is known, so records can refer
 * to records further down the file. */
typedef enum
{
  REF_ONE,      /* to a record of one kind */
  REF_HIGHLIGHT /* to a region or, failing that, a structure */
} RefType;

typedef struct
{
  RefType        type;
  CrampRecord    kind;
  char          *id;
  gsize          offset;
  const char    *owner; /* the id of the record that refers */
  GPtrArray     *into;  /* where the target goes, or NULL */
  GPtrArray     *into2; /* where a highlighted structure goes */
  gconstpointer *slot;  /* where a single target goes, or NULL */
} PendingRef;

typedef struct
{
  const char *record;
  const char *element;
  gsize       offset;
  gboolean    required;
  gboolean    untranslated; /* the same in every language, as Latin names are */
} TextField;

#define FIELD(type, member) G_STRUCT_OFFSET (type, member)

static const TextField text_fields[] = {
  { "group", "name", FIELD (CrampGroup, name), TRUE },
  { "group", "summary", FIELD (CrampGroup, summary), TRUE },
  { "view", "name", FIELD (CrampView, name), TRUE },
  { "view", "summary", FIELD (CrampView, summary), TRUE },
  { "layer", "name", FIELD (CrampLayer, name), TRUE },
  { "structure", "name", FIELD (CrampStructure, name), TRUE },
  { "structure", "latin", FIELD (CrampStructure, latin), TRUE, TRUE },
  { "structure", "description", FIELD (CrampStructure, description), TRUE },
  { "region", "name", FIELD (CrampRegion, name), TRUE },
  { "region", "summary", FIELD (CrampRegion, summary), TRUE },
  { "region", "description", FIELD (CrampRegion, description), TRUE },
  { "factor", "name", FIELD (CrampFactor, name), TRUE },
  { "factor", "summary", FIELD (CrampFactor, summary), TRUE },
  { "factor", "mechanism", FIELD (CrampFactor, mechanism), TRUE },
  { "factor", "evidence-note", FIELD (CrampFactor, evidence_note), TRUE },
  { "factor", "self-care", FIELD (CrampFactor, self_care), FALSE },
  { "step", "caption", FIELD (CrampStep, caption), TRUE },
  { "tier", "title", FIELD (CrampTierAdvice, title), TRUE },
  { "tier", "disposition", FIELD (CrampTierAdvice, disposition), TRUE },
  { "tier", "safety-net", FIELD (CrampTierAdvice, safety_net), TRUE },
  { "red-flag", "text", FIELD (CrampRedFlag, text), TRUE },
  { "red-flag", "concern", FIELD (CrampRedFlag, concern), FALSE },
  { "red-flag", "meanwhile", FIELD (CrampRedFlag, meanwhile), FALSE },
  { "tip", "text", FIELD (CrampTip, text), TRUE },
  { "question", "text", FIELD (CrampQuestion, text), TRUE },
  { "question", "help", FIELD (CrampQuestion, help), FALSE },
  { "question", "why", FIELD (CrampQuestion, why), FALSE },
  { "answer", "text", FIELD (CrampAnswer, text), TRUE },
  { "notice", "text", FIELD (CrampNotice, text), TRUE },
};

/* The elements that refer to other records from inside a record. */
static const struct
{
  const char *record;
  const char *element;
  const char *attribute;
  CrampRecord kind;
  gsize       array;
} child_references[] = {
  { "structure", "concerns", "region", CRAMP_RECORD_REGION, FIELD (CrampStructure, regions) },
  { "structure", "involved-in", "factor", CRAMP_RECORD_FACTOR, FIELD (CrampStructure, factors) },
  { "region", "in-view", "view", CRAMP_RECORD_VIEW, FIELD (CrampRegion, views) },
  { "factor", "concerns", "region", CRAMP_RECORD_REGION, FIELD (CrampFactor, regions) },
  { "factor", "cite", "source", CRAMP_RECORD_SOURCE, FIELD (CrampFactor, sources) },
  { "red-flag", "cite", "source", CRAMP_RECORD_SOURCE, FIELD (CrampRedFlag, sources) },
  { "tip", "cite", "source", CRAMP_RECORD_SOURCE, FIELD (CrampTip, sources) },
};

#undef FIELD

typedef struct
{
  const char  *name;
  gboolean     required;
  const char **value;
} Attribute;

typedef struct
{
  CrampAtlas          *atlas;
  const char          *file_name;
  const char          *domain;
  GMarkupParseContext *context;
  const char          *data;
  GArray              *line_starts; /* gsize: the offset of each line but the first */
  gsize                tag_end;     /* the offset just after the last tag GMarkup reported */
  gboolean             seen_root;

  /* The record being read, and how many references of each kind it made. */
  CrampRecord kind;
  gpointer    record;
  const char *record_id;
  guint       n_children[G_N_ELEMENTS (child_references)];

  /* The text field being read. */
  const TextField *field;
  GString         *text;

  GArray          *pending; /* PendingRef */
  GHashTable      *offsets; /* steps, questions and answers → where they start */
} Parser;

static void
pending_ref_clear (gpointer data)
{
  PendingRef *ref = data;

  g_free (ref->id);
}

/* Positions. GMarkup counts a line's final newline as column 1 of the
 * next line, so from the second line on, a character's column is one more
 * than its place in the line. Errors name the byte offset instead, turned
 * into a line and a column from the offsets of the line starts. */

static gsize
current_offset (Parser *p)
{
  int line = 0;
  int column = 0;

  g_markup_parse_context_get_position (p->context, &line, &column);
  if (line <= 1 || (guint) line - 2 >= p->line_starts->len)
    return MAX (column, 1) - 1;

  return g_array_index (p->line_starts, gsize, line - 2) + column - 2;
}

/* The '>' that ends the tag GMarkup has just reported. */
static gsize
tag_offset (Parser *p)
{
  gsize offset = current_offset (p);

  return offset > 0 ? offset - 1 : 0;
}

static void
offset_to_position (Parser *p,
                    gsize   offset,
                    guint  *line,
                    guint  *column)
{
  guint low = 0;
  guint high = p->line_starts->len;

  /* Counts the lines that start at or before the offset. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (p->line_starts, gsize, middle) <= offset)
        low = middle + 1;
      else
        high = middle;
    }

  *line = low + 1;
  *column = offset - (low > 0 ? g_array_index (p->line_starts, gsize, low - 1) : 0) + 1;
}

static void
record_line_starts (Parser     *p,
                    const char *data,
                    gsize       length)
{
  const char *end = data + length;

  for (const char *c = memchr (data, '\n', length); c != NULL; c = memchr (c, '\n', end - c))
    {
      gsize start = ++c - data;

      g_array_append_val (p->line_starts, start);
    }
}

G_GNUC_PRINTF (5, 0)
static void
set_error_valist (Parser     *p,
                  GError    **error,
                  gsize       offset,
                  int         code,
                  const char *format,
                  va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  guint            line;
  guint            column;

  offset_to_position (p, offset, &line, &column);

  /* GMarkup quotes the text it refused, which can run to the end of the file. */
  if (g_utf8_strlen (valid, -1) > MAX_MESSAGE_LENGTH)
    {
      g_autofree char *start = g_utf8_substring (valid, 0, MAX_MESSAGE_LENGTH);

      g_free (valid);
      valid = g_strconcat (start, "…", NULL);
    }

  g_set_error (error, CRAMP_ATLAS_ERROR, code, "%s:%u:%u: %s",
               p->file_name, line, column, valid);
}

G_GNUC_PRINTF (5, 6)
static void
error_at (Parser     *p,
          GError    **error,
          gsize       offset,
          int         code,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (p, error, offset, code, format, args);
  va_end (args);
}

/* An error in the tag that GMarkup has just reported. */
G_GNUC_PRINTF (4, 5)
static void
error_here (Parser     *p,
            GError    **error,
            int         code,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (p, error, tag_offset (p), code, format, args);
  va_end (args);
}

/* Lengths of text */

/* The length of @text in characters, and of its longest run without white
 * space in @longest_word. */
static glong
measure_text (const char *text,
              glong      *longest_word)
{
  glong length = 0;
  glong word = 0;

  *longest_word = 0;
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      length++;
      word = g_unichar_isspace (g_utf8_get_char (c)) ? 0 : word + 1;
      *longest_word = MAX (*longest_word, word);
    }

  return length;
}

static gboolean
check_text_length (Parser     *p,
                   const char *what,
                   const char *owner,
                   const char *text,
                   glong       max_length,
                   glong       max_word,
                   GError    **error)
{
  glong word;
  glong length = measure_text (text, &word);

  if (length > max_length)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_TOO_LARGE,
                  _ ("%s of “%s” has %ld characters; it can have at most %ld"), what, owner, length, max_length);
      return FALSE;
    }

  if (word > max_word)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_TOO_LARGE,
                  _ ("%s of “%s” has a word of %ld characters; a word can have at most %ld"), what, owner, word,
                  max_word);
      return FALSE;
    }

  return TRUE;
}

/* A name, English or Latin, is a short line; other text is prose. */
static gboolean
check_field_length (Parser          *p,
                    const TextField *field,
                    const char      *text,
                    GError         **error)
{
  g_autofree char *what = g_strdup_printf ("<%s>", field->element);
  gboolean         is_name = g_str_equal (field->element, "name") || g_str_equal (field->element, "latin");

  return check_text_length (p, what, p->record_id, text, is_name ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH,
                            MAX_WORD_LENGTH, error);
}

/* An address is one word: its length is all that counts. */
static gboolean
check_source_lengths (Parser     *p,
                      const char *id,
                      const char *title,
                      const char *address,
                      GError    **error)
{
  return check_text_length (p, _ ("the title"), id, title, MAX_TITLE_LENGTH, MAX_WORD_LENGTH, error) &&
         check_text_length (p, _ ("the address"), id, address, MAX_ADDRESS_LENGTH, MAX_ADDRESS_LENGTH, error);
}

/* Attributes and values */

static gboolean
read_attributes (Parser      *p,
                 const char  *element,
                 const char **names,
                 const char **values,
                 Attribute   *wanted,
                 GError     **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      Attribute *attr = wanted;

      while (attr->name != NULL && !g_str_equal (attr->name, names[i]))
        attr++;

      if (attr->name == NULL)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ATTRIBUTE,
                      _ ("unknown attribute “%s” on <%s>"), names[i], element);
          return FALSE;
        }

      *attr->value = values[i];
    }

  for (Attribute *attr = wanted; attr->name != NULL; attr++)
    {
      if (attr->required && *attr->value == NULL)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                      _ ("<%s> needs the attribute “%s”"), element, attr->name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || id[0] == '-' || id[length - 1] == '-')
    return FALSE;

  for (const char *c = id; *c != '\0'; c++)
    {
      if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
        return FALSE;
      if (c[0] == '-' && c[1] == '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_id (Parser     *p,
          const char *element,
          const char *id,
          GError    **error)
{
  if (is_valid_id (id))
    return TRUE;

  error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
              _ ("<%s> has the id “%s”; ids are lowercase letters, digits and single hyphens"),
              element, id);
  return FALSE;
}

static gboolean
read_enum (Parser            *p,
           const char        *element,
           const char        *attribute,
           const char        *value,
           const char *const *names,
           int               *out,
           GError           **error)
{
  g_autofree char *choices = NULL;

  for (*out = 0; names[*out] != NULL; (*out)++)
    if (g_str_equal (names[*out], value))
      return TRUE;

  choices = g_strjoinv (", ", (char **) names);
  error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
              _ ("<%s> has %s=\"%s\"; expected one of: %s"),
              element, attribute, value, choices);
  return FALSE;
}

static void
add_ref (Parser        *p,
         RefType        type,
         CrampRecord    kind,
         const char    *id,
         GPtrArray     *into,
         GPtrArray     *into2,
         gconstpointer *slot)
{
  PendingRef ref = { type, kind, g_strdup (id), tag_offset (p), p->record_id, into, into2, slot };

  g_array_append_val (p->pending, ref);
}

/* Refers to each of the ids that @value lists, separated by white space. */
static void
add_refs (Parser     *p,
          RefType     type,
          CrampRecord kind,
          const char *value,
          GPtrArray  *into,
          GPtrArray  *into2)
{
  g_auto (GStrv) ids = g_strsplit_set (value, " \t\n", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (ids[i][0] != '\0')
      add_ref (p, type, kind, ids[i], into, into2, NULL);
}

/* Records */

static gboolean
add_record (Parser     *p,
            CrampRecord kind,
            gpointer    record,
            const char *id,
            GError    **error)
{
  const char *element = cramp_record_info[kind].element;
  char      **record_id = record;

  /* Every record struct begins with its id. */
  *record_id = g_strdup (id);
  g_ptr_array_add (p->atlas->records[kind], record);

  p->kind = kind;
  p->record = record;
  p->record_id = *record_id;
  memset (p->n_children, 0, sizeof p->n_children);

  if (g_hash_table_contains (p->atlas->ids[kind], id))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_DUPLICATE_ID,
                  _ ("a <%s> with the id “%s” already exists"), element, id);
      return FALSE;
    }

  g_hash_table_insert (p->atlas->ids[kind], *record_id, record);
  return TRUE;
}

/* Reads a record whose only attribute is its id. */
static gboolean
start_plain (Parser      *p,
             CrampRecord  kind,
             const char **names,
             const char **values,
             GError     **error)
{
  const char *element = cramp_record_info[kind].element;
  const char *id = NULL;

  if (!read_attributes (p, element, names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { NULL } }, error) ||
      !check_id (p, element, id, error))
    return FALSE;

  return add_record (p, kind, cramp_record_new (kind), id, error);
}

static gboolean
start_source (Parser      *p,
              CrampRecord  kind,
              const char **names,
              const char **values,
              GError     **error)
{
  const char  *id = NULL, *title = NULL, *address = NULL;
  CrampSource *source;

  if (!read_attributes (p, "source", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "title", TRUE, &title },
                                       { "address", TRUE, &address },
                                       { NULL } },
                        error) ||
      !check_id (p, "source", id, error))
    return FALSE;

  if (!check_source_lengths (p, id, title, address, error))
    return FALSE;

  if (!g_str_has_prefix (address, "https://"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  _ ("the source “%s” has the address “%s”; addresses start with https://"),
                  id, address);
      return FALSE;
    }

  source = cramp_record_new (kind);
  source->title = g_strdup (title);
  source->address = g_strdup (address);

  return add_record (p, kind, source, id, error);
}

static gboolean
is_drawing_name (const char *name)
{
  gsize length = strlen (name);

  if (length <= 4 || !g_str_has_suffix (name, ".svg"))
    return FALSE;

  for (gsize i = 0; i < length - 4; i++)
    if (!g_ascii_islower (name[i]) && !g_ascii_isdigit (name[i]) && name[i] != '-')
      return FALSE;

  return TRUE;
}

static gboolean
start_view (Parser      *p,
            CrampRecord  kind,
            const char **names,
            const char **values,
            GError     **error)
{
  const char *id = NULL, *drawing = NULL;
  CrampView  *view;

  if (!read_attributes (p, "view", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { "drawing", TRUE, &drawing }, { NULL } },
                        error) ||
      !check_id (p, "view", id, error))
    return FALSE;

  if (!is_drawing_name (drawing))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  _ ("the view “%s” has the drawing “%s”; a drawing is a name like “medial.svg”"),
                  id, drawing);
      return FALSE;
    }

  view = cramp_record_new (kind);
  view->drawing = g_strdup (drawing);

  return add_record (p, kind, view, id, error);
}

static gboolean
start_structure (Parser      *p,
                 CrampRecord  kind,
                 const char **names,
                 const char **values,
                 GError     **error)
{
  const char     *id = NULL, *layer = NULL;
  CrampStructure *structure;

  if (!read_attributes (p, "structure", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { "layer", FALSE, &layer }, { NULL } },
                        error) ||
      !check_id (p, "structure", id, error))
    return FALSE;

  structure = cramp_record_new (kind);
  if (!add_record (p, kind, structure, id, error))
    return FALSE;

  if (layer != NULL)
    add_ref (p, REF_ONE, CRAMP_RECORD_LAYER, layer, NULL, NULL,
             (gconstpointer *) &structure->layer);
  return TRUE;
}

static gboolean
start_factor (Parser      *p,
              CrampRecord  kind,
              const char **names,
              const char **values,
              GError     **error)
{
  const char  *id = NULL, *group = NULL, *evidence = NULL, *layer = NULL;
  CrampFactor *factor;
  int          level;

  if (!read_attributes (p, "factor", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "group", TRUE, &group },
                                       { "evidence", TRUE, &evidence },
                                       { "layer", FALSE, &layer },
                                       { NULL } },
                        error) ||
      !check_id (p, "factor", id, error) ||
      !read_enum (p, "factor", "evidence", evidence, cramp_evidence_names, &level, error))
    return FALSE;

  factor = cramp_record_new (kind);
  factor->evidence = level;
  if (!add_record (p, kind, factor, id, error))
    return FALSE;

  add_ref (p, REF_ONE, CRAMP_RECORD_GROUP, group, NULL, NULL, (gconstpointer *) &factor->group);
  if (layer != NULL)
    add_ref (p, REF_ONE, CRAMP_RECORD_LAYER, layer, NULL, NULL, (gconstpointer *) &factor->layer);
  return TRUE;
}

static gboolean
start_step (Parser      *p,
            CrampRecord  kind,
            const char **names,
            const char **values,
            GError     **error)
{
  const char *id = NULL, *factor = NULL, *view = NULL, *highlight = NULL, *layers = NULL;
  CrampStep  *step;

  if (!read_attributes (p, "step", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "factor", TRUE, &factor },
                                       { "view", TRUE, &view },
                                       { "highlight", TRUE, &highlight },
                                       { "layers", FALSE, &layers },
                                       { NULL } },
                        error) ||
      !check_id (p, "step", id, error))
    return FALSE;

  step = cramp_record_new (kind);
  if (!add_record (p, kind, step, id, error))
    return FALSE;

  g_hash_table_insert (p->offsets, step, GSIZE_TO_POINTER (tag_offset (p)));
  add_ref (p, REF_ONE, CRAMP_RECORD_FACTOR, factor, NULL, NULL, (gconstpointer *) &step->factor);
  add_ref (p, REF_ONE, CRAMP_RECORD_VIEW, view, NULL, NULL, (gconstpointer *) &step->view);
  add_refs (p, REF_HIGHLIGHT, CRAMP_RECORD_REGION, highlight, step->regions, step->structures);
  if (layers != NULL)
    add_refs (p, REF_ONE, CRAMP_RECORD_LAYER, layers, step->layers, NULL);
  return TRUE;
}

static const char *const boolean_names[] = { "false", "true", NULL };

static gboolean
start_tier (Parser      *p,
            CrampRecord  kind,
            const char **names,
            const char **values,
            GError     **error)
{
  const char      *id = NULL;
  CrampTierAdvice *advice;
  int              level;

  if (!read_attributes (p, "tier", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { NULL } }, error) ||
      !read_enum (p, "tier", "id", id, cramp_tier_names, &level, error))
    return FALSE;

  advice = cramp_record_new (kind);
  advice->tier = level;

  return add_record (p, kind, advice, id, error);
}

static gboolean
start_notice (Parser      *p,
              CrampRecord  kind,
              const char **names,
              const char **values,
              GError     **error)
{
  const char *id = NULL;
  int         which;

  if (!read_attributes (p, "notice", names, values, (Attribute[]){ { "id", TRUE, &id }, { NULL } }, error) ||
      !read_enum (p, "notice", "id", id, cramp_notice_names, &which, error))
    return FALSE;

  return add_record (p, kind, cramp_record_new (kind), id, error);
}

static gboolean
start_red_flag (Parser      *p,
                CrampRecord  kind,
                const char **names,
                const char **values,
                GError     **error)
{
  const char   *id = NULL, *tier = NULL, *holds = "false";
  CrampRedFlag *flag;
  int           level, holds_value;

  if (!read_attributes (p, "red-flag", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "tier", TRUE, &tier },
                                       { "holds-self-care", FALSE, &holds },
                                       { NULL } },
                        error) ||
      !check_id (p, "red-flag", id, error) ||
      !read_enum (p, "red-flag", "tier", tier, cramp_tier_names, &level, error) ||
      !read_enum (p, "red-flag", "holds-self-care", holds, boolean_names, &holds_value, error))
    return FALSE;

  if (level == CRAMP_TIER_SELF_CARE)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  _ ("the red flag “%s” has the tier “self-care”; a red flag is soon, urgent or emergency"),
                  id);
      return FALSE;
    }

  flag = cramp_record_new (kind);
  flag->tier = level;
  /* Cramp self-care is never advice for an urgent or an emergency sign. */
  flag->holds_self_care = holds_value || level >= CRAMP_TIER_URGENT;
  g_hash_table_insert (p->offsets, flag, GSIZE_TO_POINTER (tag_offset (p)));

  return add_record (p, kind, flag, id, error);
}

static gboolean
start_tip (Parser      *p,
           CrampRecord  kind,
           const char **names,
           const char **values,
           GError     **error)
{
  const char *id = NULL, *tip_kind = NULL;
  CrampTip   *tip;
  int         value;

  if (!read_attributes (p, "tip", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { "kind", TRUE, &tip_kind }, { NULL } },
                        error) ||
      !check_id (p, "tip", id, error) ||
      !read_enum (p, "tip", "kind", tip_kind, cramp_tip_kind_names, &value, error))
    return FALSE;

  tip = cramp_record_new (kind);
  tip->kind = value;

  return add_record (p, kind, tip, id, error);
}

static gboolean
start_question (Parser      *p,
                CrampRecord  kind,
                const char **names,
                const char **values,
                GError     **error)
{
  const char    *id = NULL, *question_kind = NULL, *optional = "false", *if_any = NULL;
  const char    *unless_any = NULL;
  CrampQuestion *question;
  int            kind_value, optional_value;

  if (!read_attributes (p, "question", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "kind", TRUE, &question_kind },
                                       { "optional", FALSE, &optional },
                                       { "if", FALSE, &if_any },
                                       { "unless", FALSE, &unless_any },
                                       { NULL } },
                        error) ||
      !check_id (p, "question", id, error) ||
      !read_enum (p, "question", "kind", question_kind, cramp_question_kind_names, &kind_value, error) ||
      !read_enum (p, "question", "optional", optional, boolean_names, &optional_value, error))
    return FALSE;

  question = cramp_record_new (kind);
  question->kind = kind_value;
  question->optional = optional_value;
  g_hash_table_insert (p->offsets, question, GSIZE_TO_POINTER (tag_offset (p)));
  if (!add_record (p, kind, question, id, error))
    return FALSE;

  if (if_any != NULL)
    add_refs (p, REF_ONE, CRAMP_RECORD_ANSWER, if_any, question->if_any, NULL);
  if (unless_any != NULL)
    add_refs (p, REF_ONE, CRAMP_RECORD_ANSWER, unless_any, question->unless_any, NULL);
  return TRUE;
}

static gboolean
start_answer (Parser      *p,
              CrampRecord  kind,
              const char **names,
              const char **values,
              GError     **error)
{
  const char  *id = NULL, *question = NULL, *factors = NULL, *hints = NULL, *region = NULL;
  const char  *flag = NULL, *none = "false";
  CrampAnswer *answer;
  int          none_value;

  if (!read_attributes (p, "answer", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "question", TRUE, &question },
                                       { "factors", FALSE, &factors },
                                       { "hints", FALSE, &hints },
                                       { "region", FALSE, &region },
                                       { "flag", FALSE, &flag },
                                       { "none", FALSE, &none },
                                       { NULL } },
                        error) ||
      !check_id (p, "answer", id, error) ||
      !read_enum (p, "answer", "none", none, boolean_names, &none_value, error))
    return FALSE;

  answer = cramp_record_new (kind);
  answer->none = none_value;
  g_hash_table_insert (p->offsets, answer, GSIZE_TO_POINTER (tag_offset (p)));
  if (!add_record (p, kind, answer, id, error))
    return FALSE;

  add_ref (p, REF_ONE, CRAMP_RECORD_QUESTION, question, NULL, NULL, (gconstpointer *) &answer->question);
  if (factors != NULL)
    add_refs (p, REF_ONE, CRAMP_RECORD_FACTOR, factors, answer->factors, NULL);
  if (hints != NULL)
    add_refs (p, REF_ONE, CRAMP_RECORD_FACTOR, hints, answer->hints, NULL);
  if (region != NULL)
    add_ref (p, REF_ONE, CRAMP_RECORD_REGION, region, NULL, NULL, (gconstpointer *) &answer->region);
  if (flag != NULL)
    add_ref (p, REF_ONE, CRAMP_RECORD_RED_FLAG, flag, NULL, NULL, (gconstpointer *) &answer->flag);
  return TRUE;
}

static gboolean
start_rule (Parser      *p,
            CrampRecord  kind,
            const char **names,
            const char **values,
            GError     **error)
{
  const char *id = NULL, *flag = NULL;
  CrampRule  *rule;

  if (!read_attributes (p, "rule", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { "flag", TRUE, &flag }, { NULL } },
                        error) ||
      !check_id (p, "rule", id, error))
    return FALSE;

  rule = cramp_record_new (kind);
  g_hash_table_insert (p->offsets, rule, GSIZE_TO_POINTER (tag_offset (p)));
  if (!add_record (p, kind, rule, id, error))
    return FALSE;

  add_ref (p, REF_ONE, CRAMP_RECORD_RED_FLAG, flag, NULL, NULL, (gconstpointer *) &rule->flag);
  return TRUE;
}

typedef gboolean (*StartRecordFunc) (Parser      *p,
                                     CrampRecord  kind,
                                     const char **names,
                                     const char **values,
                                     GError     **error);

static const StartRecordFunc start_record_funcs[CRAMP_N_RECORDS] = {
  [CRAMP_RECORD_SOURCE] = start_source,
  [CRAMP_RECORD_GROUP] = start_plain,
  [CRAMP_RECORD_VIEW] = start_view,
  [CRAMP_RECORD_LAYER] = start_plain,
  [CRAMP_RECORD_STRUCTURE] = start_structure,
  [CRAMP_RECORD_REGION] = start_plain,
  [CRAMP_RECORD_FACTOR] = start_factor,
  [CRAMP_RECORD_STEP] = start_step,
  [CRAMP_RECORD_TIER] = start_tier,
  [CRAMP_RECORD_RED_FLAG] = start_red_flag,
  [CRAMP_RECORD_TIP] = start_tip,
  [CRAMP_RECORD_QUESTION] = start_question,
  [CRAMP_RECORD_ANSWER] = start_answer,
  [CRAMP_RECORD_RULE] = start_rule,
  [CRAMP_RECORD_NOTICE] = start_notice,
};

/* Children of records */

static const TextField *
find_text_field (const char *record,
                 const char *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (g_str_equal (text_fields[i].record, record) &&
        g_str_equal (text_fields[i].element, element))
      return &text_fields[i];

  return NULL;
}

static char **
field_slot (Parser          *p,
            const TextField *field)
{
  return (char **) G_STRUCT_MEMBER_P (p->record, field->offset);
}

static gboolean
start_text_field (Parser          *p,
                  const TextField *field,
                  const char     **names,
                  const char     **values,
                  GError         **error)
{
  if (!read_attributes (p, field->element, names, values, (Attribute[]){ { NULL } }, error))
    return FALSE;

  if (*field_slot (p, field) != NULL)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_DUPLICATE_FIELD,
                  _ ("<%s> “%s” has more than one <%s>"),
                  cramp_record_info[p->kind].element, p->record_id, field->element);
      return FALSE;
    }

  p->field = field;
  g_string_truncate (p->text, 0);
  return TRUE;
}

static gboolean
start_child_reference (Parser      *p,
                       guint        index,
                       const char **names,
                       const char **values,
                       GError     **error)
{
  const char *element = child_references[index].element;
  const char *id = NULL;
  GPtrArray  *into = G_STRUCT_MEMBER (GPtrArray *, p->record, child_references[index].array);

  if (!read_attributes (p, element, names, values,
                        (Attribute[]){ { child_references[index].attribute, TRUE, &id }, { NULL } },
                        error))
    return FALSE;

  add_ref (p, REF_ONE, child_references[index].kind, id, into, NULL, NULL);
  p->n_children[index]++;
  return TRUE;
}

static guint
count_ids (const char *value)
{
  g_auto (GStrv) ids = g_strsplit_set (value, " \t\n", -1);
  guint count = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    count += ids[i][0] != '\0';

  return count;
}

/* <all-of answers="…"/>, <any-of answers="…"/> or
 * <at-least count="N" answers="…"/> inside a rule. */
static gboolean
start_clause (Parser      *p,
              const char  *element,
              const char **names,
              const char **values,
              GError     **error)
{
  const char *answers = NULL, *count = "1";
  gboolean    counted = g_str_equal (element, "at-least");
  guint64     at_least = 1;
  guint       n_ids;
  CrampRule  *rule = p->record;

  if (!read_attributes (p, element, names, values,
                        counted ? (Attribute[]){ { "count", TRUE, &count }, { "answers", TRUE, &answers }, { NULL } }
                                : (Attribute[]){ { "answers", TRUE, &answers }, { NULL } },
                        error))
    return FALSE;

  n_ids = count_ids (answers);
  if (counted && (!g_ascii_string_to_unsigned (count, 10, 1, G_MAXUINT, &at_least, NULL) || at_least > n_ids))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  _ ("<at-least> of the rule “%s” has count=\"%s\"; it needs a number from 1 to the %u answers it names"),
                  rule->id, count, n_ids);
      return FALSE;
    }
  if (n_ids == 0)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  _ ("<%s> of the rule “%s” names no answers"), element, rule->id);
      return FALSE;
    }

  if (g_str_equal (element, "all-of"))
    at_least = n_ids;
  g_ptr_array_add (rule->clauses, cramp_clause_new (at_least));
  add_refs (p, REF_ONE, CRAMP_RECORD_ANSWER, answers,
            ((CrampClause *) g_ptr_array_index (rule->clauses, rule->clauses->len - 1))->answers, NULL);
  return TRUE;
}

static gboolean
is_clause_element (const char *element)
{
  return g_str_equal (element, "all-of") || g_str_equal (element, "any-of") ||
         g_str_equal (element, "at-least");
}

static gboolean
start_record_child (Parser      *p,
                    const char  *element,
                    const char **names,
                    const char **values,
                    GError     **error)
{
  const char      *record = cramp_record_info[p->kind].element;
  const TextField *field = find_text_field (record, element);

  if (field != NULL)
    return start_text_field (p, field, names, values, error);

  if (p->kind == CRAMP_RECORD_RULE && is_clause_element (element))
    return start_clause (p, element, names, values, error);

  for (guint i = 0; i < G_N_ELEMENTS (child_references); i++)
    if (g_str_equal (child_references[i].record, record) &&
        g_str_equal (child_references[i].element, element))
      return start_child_reference (p, i, names, values, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              _ ("unknown element <%s> inside <%s>"), element, record);
  return FALSE;
}

static gboolean
start_record (Parser      *p,
              const char  *container,
              const char  *element,
              const char **names,
              const char **values,
              GError     **error)
{
  for (guint kind = 0; kind < CRAMP_N_RECORDS; kind++)
    if (g_str_equal (cramp_record_info[kind].container, container) &&
        g_str_equal (cramp_record_info[kind].element, element))
      return start_record_funcs[kind](p, kind, names, values, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              _ ("unknown element <%s> inside <%s>"), element, container);
  return FALSE;
}

static gboolean
start_container (Parser      *p,
                 const char  *element,
                 const char **names,
                 const char **values,
                 GError     **error)
{
  for (guint kind = 0; kind < CRAMP_N_RECORDS; kind++)
    if (g_str_equal (cramp_record_info[kind].container, element))
      return read_attributes (p, element, names, values, (Attribute[]){ { NULL } }, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              _ ("unknown element <%s> inside <atlas>"), element);
  return FALSE;
}

static gboolean
start_root (Parser      *p,
            const char  *element,
            const char **names,
            const char **values,
            GError     **error)
{
  const char *version = NULL;

  if (p->seen_root)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
                  _ ("a second root element <%s>; a content file holds one <atlas>"), element);
      return FALSE;
    }

  p->seen_root = TRUE;

  if (!g_str_equal (element, "atlas"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
                  _ ("the root element is <%s>; a content file starts with <atlas>"), element);
      return FALSE;
    }

  if (!read_attributes (p, element, names, values,
                        (Attribute[]){ { "version", TRUE, &version }, { NULL } }, error))
    return FALSE;

  if (!g_str_equal (version, "1"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  _ ("this is content version “%s”; this program reads version 1"), version);
      return FALSE;
    }

  return TRUE;
}

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element,
                  const char         **names,
                  const char         **values,
                  gpointer             user_data,
                  GError             **error)
{
  Parser       *p = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  guint         depth = g_slist_length ((GSList *) stack) - 1;

  p->tag_end = current_offset (p);

  switch (depth)
    {
    case 0:
      start_root (p, element, names, values, error);
      break;
    case 1:
      start_container (p, element, names, values, error);
      break;
    case 2:
      start_record (p, stack->next->data, element, names, values, error);
      break;
    case 3:
      start_record_child (p, element, names, values, error);
      break;
    default:
      error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
                  _ ("unknown element <%s> inside <%s>"), element, (char *) stack->next->data);
      break;
    }
}

/* Collapses every run of white space into one space and trims both ends,
 * as xgettext does with the text it extracts. */
static char *
normalize_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (g_ascii_isspace (*c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
end_text_field (Parser  *p,
                GError **error)
{
  g_autofree char *text = normalize_space (p->text->str);
  const TextField *field = p->field;

  p->field = NULL;

  if (text[0] == '\0')
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  _ ("<%s> of “%s” is empty"), field->element, p->record_id);
      return FALSE;
    }

  if (!check_field_length (p, field, text, error))
    return FALSE;

  if (p->domain != NULL && !field->untranslated)
    *field_slot (p, field) = g_strdup (g_dgettext (p->domain, text));
  else
    *field_slot (p, field) = g_steal_pointer (&text);

  return TRUE;
}

/* A factor needs a region and a source, a region a view to be drawn in, a
 * rule a clause. */
static gboolean
check_children (Parser  *p,
                GError **error)
{
  const char *record = cramp_record_info[p->kind].element;

  if (p->kind == CRAMP_RECORD_RULE && ((CrampRule *) p->record)->clauses->len == 0)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  _ ("the rule “%s” needs at least one <all-of>, <any-of> or <at-least>"), p->record_id);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (child_references); i++)
    {
      gboolean needed = g_str_equal (child_references[i].record, record) &&
                        (p->kind == CRAMP_RECORD_FACTOR || p->kind == CRAMP_RECORD_REGION);

      if (needed && p->n_children[i] == 0)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                      _ ("the %s “%s” needs at least one <%s %s=\"…\"/>"), record, p->record_id,
                      child_references[i].element, child_references[i].attribute);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
end_record (Parser  *p,
            GError **error)
{
  const char *element = cramp_record_info[p->kind].element;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const TextField *field = &text_fields[i];

      if (field->required && g_str_equal (field->record, element) &&
          *field_slot (p, field) == NULL)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                      _ ("<%s> “%s” has no <%s>"), element, p->record_id, field->element);
          return FALSE;
        }
    }

  if (!check_children (p, error))
    return FALSE;

  p->record = NULL;
  p->record_id = NULL;
  return TRUE;
}

static void
end_element_cb (GMarkupParseContext *context,
                const char          *element,
                gpointer             user_data,
                GError             **error)
{
  Parser *p = user_data;

  p->tag_end = current_offset (p);

  if (p->field != NULL)
    end_text_field (p, error);
  else if (p->record != NULL && g_str_equal (element, cramp_record_info[p->kind].element))
    end_record (p, error);
}

/* The first character of the text that GMarkup has just reported, found in
 * the raw input, where entities still have their written length. Comments
 * between the last tag and the text are skipped. */
static gsize
text_start (Parser *p)
{
  gsize end = current_offset (p);
  gsize at = p->tag_end;

  while (at < end)
    {
      const char *comment_end;

      if (g_ascii_isspace (p->data[at]))
        at++;
      else if (g_str_has_prefix (p->data + at, "<!--") &&
               (comment_end = g_strstr_len (p->data + at, end - at, "-->")) != NULL)
        at = comment_end - p->data + 3;
      else
        break;
    }

  return at;
}

static void
text_cb (GMarkupParseContext *context,
         const char          *text,
         gsize                length,
         gpointer             user_data,
         GError             **error)
{
  Parser     *p = user_data;
  const char *element;

  if (p->field != NULL)
    {
      g_string_append_len (p->text, text, length);
      return;
    }

  for (gsize i = 0; i < length; i++)
    {
      if (g_ascii_isspace (text[i]))
        continue;

      element = g_markup_parse_context_get_element (context);
      if (element == NULL)
        error_at (p, error, text_start (p), CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT,
                  _ ("text is not allowed outside <atlas>"));
      else
        error_at (p, error, text_start (p), CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT,
                  _ ("text is not allowed directly inside <%s>"), element);
      return;
    }
}

static const GMarkupParser markup_parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

/* Resolving references, once every record is known */

static gboolean
place_target (Parser     *p,
              PendingRef *ref,
              GPtrArray  *into,
              gpointer    target,
              GError    **error)
{
  if (ref->slot != NULL)
    {
      *ref->slot = target;
      return TRUE;
    }

  if (g_ptr_array_find (into, target, NULL))
    {
      error_at (p, error, ref->offset, CRAMP_ATLAS_ERROR_DUPLICATE_FIELD,
                _ ("“%s” names “%s” twice"), ref->owner, ref->id);
      return FALSE;
    }

  g_ptr_array_add (into, target);
  return TRUE;
}

static gboolean
resolve_ref (Parser     *p,
             PendingRef *ref,
             GError    **error)
{
  gpointer   target = g_hash_table_lookup (p->atlas->ids[ref->kind], ref->id);
  GPtrArray *into = ref->into;

  if (target == NULL && ref->type == REF_HIGHLIGHT)
    {
      target = g_hash_table_lookup (p->atlas->ids[CRAMP_RECORD_STRUCTURE], ref->id);
      into = ref->into2;
    }

  if (target == NULL && ref->type == REF_HIGHLIGHT)
    {
      error_at (p, error, ref->offset, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE,
                _ ("“%s” refers to the region or structure “%s”, which does not exist"), ref->owner, ref->id);
      return FALSE;
    }

  if (target == NULL)
    {
      error_at (p, error, ref->offset, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE,
                _ ("“%s” refers to the %s “%s”, which does not exist"), ref->owner,
                cramp_record_info[ref->kind].element, ref->id);
      return FALSE;
    }

  return place_target (p, ref, into, target, error);
}

static gboolean
check_step (Parser    *p,
            CrampStep *step,
            GError   **error)
{
  gsize offset = GPOINTER_TO_SIZE (g_hash_table_lookup (p->offsets, step));
  guint count = step->factor->steps->len;

  if (count > 4)
    {
      error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the factor “%s” has a fifth step; a mechanism has two to four"),
                step->factor->id);
      return FALSE;
    }

  for (guint i = 0; i < step->regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (step->regions, i);

      if (!g_ptr_array_find (region->views, step->view, NULL))
        {
          error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                    _ ("the step “%s” highlights the region “%s”, which the view “%s” does not draw"),
                    step->id, region->id, step->view->id);
          return FALSE;
        }
    }

  return TRUE;
}

/* Fills the lists that run the other way: factors and structures of a
 * region, regions of a view, structures of a factor. */
static void
link_records (CrampAtlas *atlas)
{
  GPtrArray *regions = atlas->records[CRAMP_RECORD_REGION];
  GPtrArray *factors = atlas->records[CRAMP_RECORD_FACTOR];
  GPtrArray *structures = atlas->records[CRAMP_RECORD_STRUCTURE];

  for (guint i = 0; i < regions->len; i++)
    {
      CrampRegion *region = g_ptr_array_index (regions, i);

      for (guint j = 0; j < region->views->len; j++)
        g_ptr_array_add (((CrampView *) g_ptr_array_index (region->views, j))->regions, region);
    }

  for (guint i = 0; i < factors->len; i++)
    {
      CrampFactor *factor = g_ptr_array_index (factors, i);

      for (guint j = 0; j < factor->regions->len; j++)
        g_ptr_array_add (((CrampRegion *) g_ptr_array_index (factor->regions, j))->factors, factor);
    }

  for (guint i = 0; i < structures->len; i++)
    {
      CrampStructure *structure = g_ptr_array_index (structures, i);

      for (guint j = 0; j < structure->regions->len; j++)
        g_ptr_array_add (((CrampRegion *) g_ptr_array_index (structure->regions, j))->structures, structure);
      for (guint j = 0; j < structure->factors->len; j++)
        g_ptr_array_add (((CrampFactor *) g_ptr_array_index (structure->factors, j))->structures, structure);
    }
}

static gboolean
link_steps (Parser  *p,
            GError **error)
{
  GPtrArray *steps = p->atlas->records[CRAMP_RECORD_STEP];
  GPtrArray *factors = p->atlas->records[CRAMP_RECORD_FACTOR];

  for (guint i = 0; i < steps->len; i++)
    {
      CrampStep *step = g_ptr_array_index (steps, i);

      g_ptr_array_add (step->factor->steps, step);
      if (!check_step (p, step, error))
        return FALSE;
    }

  for (guint i = 0; i < factors->len; i++)
    {
      CrampFactor *factor = g_ptr_array_index (factors, i);

      if (factor->steps->len == 1)
        {
          CrampStep *step = g_ptr_array_index (factor->steps, 0);

          error_at (p, error, GPOINTER_TO_SIZE (g_hash_table_lookup (p->offsets, step)),
                    CRAMP_ATLAS_ERROR_INVALID_VALUE,
                    _ ("the factor “%s” has one step; a mechanism has two to four"), factor->id);
          return FALSE;
        }
    }

  return TRUE;
}

static gsize
offset_of (Parser       *p,
           gconstpointer record)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (p->offsets, record));
}

static const CrampFactor *
find_shared (GPtrArray *first,
             GPtrArray *second)
{
  for (guint i = 0; i < first->len; i++)
    if (g_ptr_array_find (second, g_ptr_array_index (first, i), NULL))
      return g_ptr_array_index (first, i);

  return NULL;
}

/* A "none of these" answer says nothing: no factor, region or red flag. */
static gboolean
check_answer (Parser              *p,
              const CrampAnswer   *answer,
              const CrampQuestion *first,
              GError             **error)
{
  const CrampFactor *twice = find_shared (answer->factors, answer->hints);

  if (twice != NULL)
    {
      error_at (p, error, offset_of (p, answer), CRAMP_ATLAS_ERROR_DUPLICATE_FIELD,
                _ ("the answer “%s” names “%s” both as a factor and as a hint"), answer->id, twice->id);
      return FALSE;
    }

  if (answer->none && (answer->factors->len > 0 || answer->hints->len > 0 ||
                       answer->region != NULL || answer->flag != NULL))
    {
      error_at (p, error, offset_of (p, answer), CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the answer “%s” is a “none of these”, so it cannot name factors, hints, a region or a red flag"),
                answer->id);
      return FALSE;
    }

  if (answer->flag != NULL && answer->flag->tier == CRAMP_TIER_EMERGENCY && answer->question != first)
    {
      error_at (p, error, offset_of (p, answer), CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the answer “%s” raises the emergency “%s”; emergency signs belong to the first question, “%s”"),
                answer->id, answer->flag->id, first->id);
      return FALSE;
    }

  return TRUE;
}

static guint
count_none (const CrampQuestion *question)
{
  guint count = 0;

  for (guint i = 0; i < question->answers->len; i++)
    count += ((CrampAnswer *) g_ptr_array_index (question->answers, i))->none;

  return count;
}

static const CrampAnswer *
find_flagged (const CrampQuestion *question)
{
  for (guint i = 0; i < question->answers->len; i++)
    if (((CrampAnswer *) g_ptr_array_index (question->answers, i))->flag != NULL)
      return g_ptr_array_index (question->answers, i);

  return NULL;
}

/* Two answers at least; a checklist has one "none of these", a single
 * choice none. */
static gboolean
check_question (Parser              *p,
                const CrampQuestion *question,
                GError             **error)
{
  gsize offset = offset_of (p, question);
  guint none = count_none (question);

  if (question->answers->len < 2)
    {
      if (question->answers->len == 0)
        error_at (p, error, offset, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  _ ("the question “%s” has no answers; a question needs two or more"), question->id);
      else
        error_at (p, error, offset, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  _ ("the question “%s” has one answer; a question needs two or more"), question->id);
      return FALSE;
    }

  if (question->kind == CRAMP_QUESTION_CHECKLIST && none != 1)
    {
      error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the checklist “%s” has %u answers with none=\"true\"; it needs exactly one"),
                question->id, none);
      return FALSE;
    }

  if (question->optional && find_flagged (question) != NULL)
    {
      error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the question “%s” is optional, but its answer “%s” raises a red flag; "
                   "a question that can raise one cannot be skipped"),
                question->id, find_flagged (question)->id);
      return FALSE;
    }

  if (question->kind == CRAMP_QUESTION_SINGLE && none != 0)
    {
      error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the question “%s” takes one answer, so none=\"true\" is for checklists only"),
                question->id);
      return FALSE;
    }

  return TRUE;
}

/* A question is asked when an earlier answer allows it, so its conditions
 * name answers of earlier questions only, and the first question has none. */
static gboolean
check_conditions (Parser              *p,
                  const CrampQuestion *question,
                  GPtrArray           *asked_before,
                  GError             **error)
{
  GPtrArray *lists[] = { question->if_any, question->unless_any };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      for (guint j = 0; j < lists[i]->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (lists[i], j);

          if (!g_ptr_array_find (asked_before, answer->question, NULL))
            {
              error_at (p, error, offset_of (p, question), CRAMP_ATLAS_ERROR_INVALID_VALUE,
                        _ ("the question “%s” depends on the answer “%s”, which is not asked before it"),
                        question->id, answer->id);
              return FALSE;
            }
          if (answer->none)
            {
              error_at (p, error, offset_of (p, question), CRAMP_ATLAS_ERROR_INVALID_VALUE,
                        _ ("the question “%s” depends on “%s”, a “none of these”; name the answers themselves"),
                        question->id, answer->id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
link_questions (Parser  *p,
                GError **error)
{
  GPtrArray     *questions = p->atlas->records[CRAMP_RECORD_QUESTION];
  GPtrArray     *answers = p->atlas->records[CRAMP_RECORD_ANSWER];
  CrampQuestion *first = questions->len > 0 ? g_ptr_array_index (questions, 0) : NULL;

  for (guint i = 0; i < answers->len; i++)
    {
      CrampAnswer *answer = g_ptr_array_index (answers, i);

      g_ptr_array_add (answer->question->answers, answer);
      if (!check_answer (p, answer, first, error))
        return FALSE;
    }

  for (guint i = 0; i < questions->len; i++)
    {
      g_autoptr (GPtrArray) asked_before = g_ptr_array_new ();

      g_ptr_array_extend (asked_before, questions, NULL, NULL);
      g_ptr_array_set_size (asked_before, i);
      if (!check_question (p, g_ptr_array_index (questions, i), error) ||
          !check_conditions (p, g_ptr_array_index (questions, i), asked_before, error))
        return FALSE;
    }

  return TRUE;
}

/* Rules */

/* Whether one person can give both answers. */
static gboolean
compatible (const CrampAnswer *a,
            const CrampAnswer *b)
{
  return a == b || a->question != b->question || a->question->kind == CRAMP_QUESTION_CHECKLIST;
}

static gboolean
compatible_with_all (const CrampAnswer *answer,
                     GPtrArray         *required)
{
  for (guint i = 0; i < required->len; i++)
    if (!compatible (answer, g_ptr_array_index (required, i)))
      return FALSE;

  return TRUE;
}

/* Whether the question of @answer can be asked alongside @required. */
static gboolean
askable_with (const CrampAnswer *answer,
              GPtrArray         *required)
{
  const CrampQuestion *question = answer->question;
  gboolean             allowed = question->if_any->len == 0;

  for (guint i = 0; i < question->if_any->len; i++)
    allowed |= compatible_with_all (g_ptr_array_index (question->if_any, i), required);

  for (guint i = 0; i < question->unless_any->len; i++)
    allowed &= !g_ptr_array_find (required, g_ptr_array_index (question->unless_any, i), NULL);

  return allowed;
}

/* How many answers of @clause can be given together with @required: at
 * most one from each single-choice question. */
static guint
count_possible (const CrampClause *clause,
                GPtrArray         *required)
{
  g_autoptr (GPtrArray) singles = g_ptr_array_new ();
  guint count = 0;

  for (guint i = 0; i < clause->answers->len; i++)
    {
      const CrampAnswer *answer = g_ptr_array_index (clause->answers, i);

      if (!compatible_with_all (answer, required) || !askable_with (answer, required))
        continue;
      if (answer->question->kind == CRAMP_QUESTION_SINGLE)
        {
          if (g_ptr_array_find (singles, answer->question, NULL))
            continue;
          g_ptr_array_add (singles, (gpointer) answer->question);
        }
      count++;
    }

  return count;
}

/* A rule that no set of answers can satisfy is a mistake in the content. The
 * answers that every clause names in full must go together and be askable;
 * every clause must then find enough answers that go with them. */
static const char *
why_rule_cannot_fire (const CrampRule *rule)
{
  g_autoptr (GPtrArray) required = g_ptr_array_new ();

  for (guint i = 0; i < rule->clauses->len; i++)
    {
      const CrampClause *clause = g_ptr_array_index (rule->clauses, i);

      if (clause->at_least == clause->answers->len)
        g_ptr_array_extend (required, clause->answers, NULL, NULL);
    }

  for (guint i = 0; i < required->len; i++)
    {
      if (!compatible_with_all (g_ptr_array_index (required, i), required))
        return _ ("it needs two answers to the same single-choice question");
      if (!askable_with (g_ptr_array_index (required, i), required))
        return _ ("it needs an answer to a question that its other answers keep from being asked");
    }

  for (guint i = 0; i < rule->clauses->len; i++)
    {
      const CrampClause *clause = g_ptr_array_index (rule->clauses, i);

      if (count_possible (clause, required) < clause->at_least)
        return _ ("one of its clauses needs more answers than can be given together");
    }

  return NULL;
}

static gboolean
check_rule (Parser              *p,
            const CrampRule     *rule,
            const CrampQuestion *first,
            GError             **error)
{
  gsize       offset = offset_of (p, rule);
  const char *why;

  for (guint i = 0; i < rule->clauses->len; i++)
    {
      const CrampClause *clause = g_ptr_array_index (rule->clauses, i);

      for (guint j = 0; j < clause->answers->len; j++)
        {
          const CrampAnswer *answer = g_ptr_array_index (clause->answers, j);

          if (answer->none)
            {
              error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                        _ ("the rule “%s” names “%s”, a “none of these”, which says nothing"), rule->id, answer->id);
              return FALSE;
            }
          if (rule->flag->tier == CRAMP_TIER_EMERGENCY && answer->question != first)
            {
              error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                        _ ("the rule “%s” raises the emergency “%s” from “%s”; emergency signs belong to the first question, “%s”"),
                        rule->id, rule->flag->id, answer->id, first->id);
              return FALSE;
            }
        }
    }

  why = why_rule_cannot_fire (rule);
  if (why != NULL)
    {
      error_at (p, error, offset, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                _ ("the rule “%s” can never raise “%s”: %s"), rule->id, rule->flag->id, why);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_rules (Parser  *p,
             GError **error)
{
  GPtrArray *rules = p->atlas->records[CRAMP_RECORD_RULE];
  GPtrArray *questions = p->atlas->records[CRAMP_RECORD_QUESTION];

  for (guint i = 0; i < rules->len; i++)
    if (!check_rule (p, g_ptr_array_index (rules, i), g_ptr_array_index (questions, 0), error))
      return FALSE;

  return TRUE;
}

/* Advice for every tier; the concern and what to do meanwhile for every
 * urgent or emergency sign. */
static gboolean
check_advice (Parser  *p,
              GError **error)
{
  GPtrArray *flags = p->atlas->records[CRAMP_RECORD_RED_FLAG];

  for (guint tier = CRAMP_TIER_SELF_CARE; tier <= CRAMP_TIER_EMERGENCY; tier++)
    {
      if (!g_hash_table_contains (p->atlas->ids[CRAMP_RECORD_TIER], cramp_tier_names[tier]))
        {
          error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_INCOMPLETE,
                    _ ("the content has no <tier id=\"%s\">"), cramp_tier_names[tier]);
          return FALSE;
        }
    }

  for (guint i = 0; cramp_notice_names[i] != NULL; i++)
    {
      if (!g_hash_table_contains (p->atlas->ids[CRAMP_RECORD_NOTICE], cramp_notice_names[i]))
        {
          error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_INCOMPLETE,
                    _ ("the content has no <notice id=\"%s\">"), cramp_notice_names[i]);
          return FALSE;
        }
    }

  for (guint i = 0; i < flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (flags, i);

      if (flag->tier >= CRAMP_TIER_URGENT && (flag->concern == NULL || flag->meanwhile == NULL))
        {
          error_at (p, error, offset_of (p, flag), CRAMP_ATLAS_ERROR_MISSING_FIELD,
                    _ ("the %s sign “%s” needs a <concern> and a <meanwhile>"),
                    cramp_tier_names[flag->tier], flag->id);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
finish (Parser  *p,
        GError **error)
{
  static const CrampRecord needed[] = { CRAMP_RECORD_REGION, CRAMP_RECORD_FACTOR, CRAMP_RECORD_VIEW,
                                        CRAMP_RECORD_QUESTION };

  for (guint i = 0; i < p->pending->len; i++)
    if (!resolve_ref (p, &g_array_index (p->pending, PendingRef, i), error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      if (p->atlas->records[needed[i]]->len == 0)
        {
          error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_INCOMPLETE,
                    _ ("the content has no %s"), cramp_record_info[needed[i]].container);
          return FALSE;
        }
    }

  link_records (p->atlas);
  return link_steps (p, error) && link_questions (p, error) && check_rules (p, error) &&
         check_advice (p, error);
}

/* Reading the input */

static gboolean
set_read_error (GError    **error,
                int         saved_errno,
                const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("“%s” could not be read: %s"), name,
               g_strerror (saved_errno));
  return FALSE;
}

/* Opened without waiting, so that a FIFO or a device is refused at once
 * rather than read from, or waited on until something writes to it. */
static gboolean
read_local_file (const char *path,
                 char      **data,
                 gsize      *length,
                 GError    **error)
{
  g_autofree char *buffer = NULL;
  struct stat      info;
  gsize            size = 0;
  int              fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);

  if (fd < 0)
    return set_read_error (error, errno, path);

  if (fstat (fd, &info) != 0)
    {
      int saved_errno = errno;

      g_close (fd, NULL);
      return set_read_error (error, saved_errno, path);
    }

  if (!S_ISREG (info.st_mode))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_close (fd, NULL);
      g_set_error (error, G_IO_ERROR, S_ISDIR (info.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   _ ("“%s” is not a regular file; content is read from ordinary files only"), name);
      return FALSE;
    }

  /* One byte more than the limit is enough to tell that a file is too large. */
  buffer = g_malloc (CRAMP_ATLAS_MAX_SIZE + 1);
  while (size < CRAMP_ATLAS_MAX_SIZE + 1)
    {
      gssize got = read (fd, buffer + size, CRAMP_ATLAS_MAX_SIZE + 1 - size);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          g_close (fd, NULL);
          return set_read_error (error, saved_errno, path);
        }
      if (got == 0)
        break;
      size += got;
    }

  g_close (fd, NULL);
  *data = g_steal_pointer (&buffer);
  *length = size;
  return TRUE;
}

static gboolean
read_resource (GFile        *file,
               GCancellable *cancellable,
               char        **data,
               gsize        *length,
               GError      **error)
{
  g_autoptr (GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autofree char *buffer = NULL;

  if (stream == NULL)
    return FALSE;

  buffer = g_malloc (CRAMP_ATLAS_MAX_SIZE + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, CRAMP_ATLAS_MAX_SIZE + 1, length, cancellable,
                                error))
    return FALSE;

  *data = g_steal_pointer (&buffer);
  return TRUE;
}

/**
 * cramp_atlas_read_file:
 * @file: a content file on this computer, or a resource of the app
 * @cancellable: (nullable): a #GCancellable
 * @data: (out) (transfer full): the content, at most one byte longer than
 *   %CRAMP_ATLAS_MAX_SIZE
 * @length: (out): the length of @data
 * @error: the place for an error
 *
 * Reads a content file: a regular file on this computer, or one of the
 * app's resources. Anything else is refused, without waiting: a FIFO or a
 * device, and any address that GIO would fetch over the network.
 *
 * Returns: whether @data was read
 */
gboolean
cramp_atlas_read_file (GFile        *file,
                       GCancellable *cancellable,
                       char        **data,
                       gsize        *length,
                       GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;

  if (path != NULL)
    return read_local_file (path, data, length, error);

  if (g_file_has_uri_scheme (file, "resource"))
    return read_resource (file, cancellable, data, length, error);

  name = g_file_get_parse_name (file);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _ ("“%s” is not a file on this computer; content is read from local files only"), name);
  return FALSE;
}

/* Input */

/* Where @message stops matching the printf format @format, whose
 * conversions may only be numbers (%d, or %1$d when a translation reorders
 * them) and, last, the rest of the message (%s); NULL if it does not match. */
static const char *
match_format (const char *format,
              const char *message)
{
  const char *m = message;

  for (const char *f = format; *f != '\0'; f++)
    {
      if (*f != '%')
        {
          if (*m++ != *f)
            return NULL;
          continue;
        }

      f++;
      while (g_ascii_isdigit (*f) || *f == '$' || *f == 'l' || *f == 'z')
        f++;

      if (*f == 's')
        return m;
      if (*f == '%' && *m++ == '%')
        continue;
      if ((*f != 'd' && *f != 'u') || !g_ascii_isdigit (*m))
        return NULL;
      while (g_ascii_isdigit (*m))
        m++;
    }

  return m;
}

/* GMarkup's own messages begin with "Error on line N char M: ", translated
 * into the language of the messages, which the file:line:column prefix says
 * better. The prefix is found from GLib's own translation of it, in English
 * as well, whatever the language. GLib 2.90 counts in gsize, not int, which
 * changed the message ids. */
const char *
cramp_atlas_strip_markup_position (const GError *markup_error)
{
  static const char *const formats[] = {
    "Error on line %" G_GSIZE_FORMAT " char %" G_GSIZE_FORMAT ": ",
    "Error on line %" G_GSIZE_FORMAT ": %s",
    "Error on line %d char %d: ",
    "Error on line %d: %s",
  };
  const char *message = markup_error->message;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *rest = match_format (g_dgettext ("glib20", formats[i]), message);

      if (rest == NULL)
        rest = match_format (formats[i], message);
      if (rest != NULL)
        return rest;
    }

  return message;
}

/* GMarkup reports errors of its own, or passes on those of the callbacks. */
static gboolean
check_markup (Parser  *p,
              gboolean ok,
              GError  *markup_error,
              GError **error)
{
  if (ok)
    return TRUE;

  if (markup_error->domain == CRAMP_ATLAS_ERROR)
    g_propagate_error (error, g_error_copy (markup_error));
  else
    error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_MALFORMED,
              "%s", cramp_atlas_strip_markup_position (markup_error));
  return FALSE;
}

static gboolean
parse (Parser     *p,
       const char *data,
       gsize       length,
       GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  const char *invalid = NULL;
  gboolean    ok;

  p->data = data;
  record_line_starts (p, data, MIN (length, CRAMP_ATLAS_MAX_SIZE));

  if (length > CRAMP_ATLAS_MAX_SIZE)
    {
      error_at (p, error, CRAMP_ATLAS_MAX_SIZE, CRAMP_ATLAS_ERROR_TOO_LARGE,
                _ ("the content file is larger than %d KiB; reading stopped here"),
                CRAMP_ATLAS_MAX_SIZE / 1024);
      return FALSE;
    }

  /* Checked here, before GMarkup, which can report a bad byte twice. */
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      error_at (p, error, invalid - data, CRAMP_ATLAS_ERROR_MALFORMED,
                _ ("this byte is not valid UTF-8 text"));
      return FALSE;
    }

  ok = g_markup_parse_context_parse (p->context, data, length, &local_error);
  if (!check_markup (p, ok, local_error, error))
    return FALSE;

  ok = g_markup_parse_context_end_parse (p->context, &local_error);
  return check_markup (p, ok, local_error, error) && finish (p, error);
}

/**
 * cramp_atlas_load:
 * @self: an empty atlas
 * @data: the content
 * @length: the length of @data in bytes
 * @name: the name that error messages give the content
 * @domain: (nullable): the gettext domain that translates the text
 * @error: the place for an error
 *
 * Fills @self from a content file in memory.
 *
 * Returns: whether the content was valid
 */
gboolean
cramp_atlas_load (CrampAtlas *self,
                  const char *data,
                  gsize       length,
                  const char *name,
                  const char *domain,
                  GError    **error)
{
  Parser   p = { 0 };
  gboolean ok;

  p.atlas = self;
  p.file_name = name;
  p.domain = domain;
  p.text = g_string_new (NULL);
  p.line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  p.pending = g_array_new (FALSE, FALSE, sizeof (PendingRef));
  p.offsets = g_hash_table_new (NULL, NULL);
  g_array_set_clear_func (p.pending, pending_ref_clear);
  p.context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &p, NULL);

  ok = parse (&p, data, length, error);

  g_markup_parse_context_free (p.context);
  g_hash_table_unref (p.offsets);
  g_array_unref (p.pending);
  g_array_unref (p.line_starts);
  g_string_free (p.text, TRUE);

  return ok;
}
