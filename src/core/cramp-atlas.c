/* cramp-atlas.c
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-atlas.h"

#define MAX_ID_LENGTH      64
#define MAX_MESSAGE_LENGTH 240

struct _CrampAtlas
{
  GObject     parent_instance;

  GPtrArray  *sources;
  GPtrArray  *groups;
  GPtrArray  *regions;
  GPtrArray  *factors;
  GPtrArray  *red_flags;
  GPtrArray  *tips;

  GHashTable *source_ids;
  GHashTable *group_ids;
  GHashTable *region_ids;
  GHashTable *factor_ids;
  GHashTable *red_flag_ids;
  GHashTable *tip_ids;
};

G_DEFINE_FINAL_TYPE (CrampAtlas, cramp_atlas, G_TYPE_OBJECT)

GQuark
cramp_atlas_error_quark (void)
{
  return g_quark_from_static_string ("cramp-atlas-error-quark");
}

/* Records */

static void
source_free (gpointer data)
{
  CrampSource *source = data;

  g_free (source->id);
  g_free (source->title);
  g_free (source->address);
  g_free (source);
}

static void
group_free (gpointer data)
{
  CrampGroup *group = data;

  g_free (group->id);
  g_free (group->name);
  g_free (group->summary);
  g_free (group);
}

static void
region_free (gpointer data)
{
  CrampRegion *region = data;

  g_free (region->id);
  g_free (region->name);
  g_free (region->summary);
  g_free (region->description);
  g_clear_pointer (&region->factors, g_ptr_array_unref);
  g_free (region);
}

static void
factor_free (gpointer data)
{
  CrampFactor *factor = data;

  g_free (factor->id);
  g_free (factor->name);
  g_free (factor->summary);
  g_free (factor->mechanism);
  g_free (factor->evidence_note);
  g_free (factor->self_care);
  g_clear_pointer (&factor->regions, g_ptr_array_unref);
  g_clear_pointer (&factor->sources, g_ptr_array_unref);
  g_free (factor);
}

static void
red_flag_free (gpointer data)
{
  CrampRedFlag *flag = data;

  g_free (flag->id);
  g_free (flag->text);
  g_clear_pointer (&flag->sources, g_ptr_array_unref);
  g_free (flag);
}

static void
tip_free (gpointer data)
{
  CrampTip *tip = data;

  g_free (tip->id);
  g_free (tip->text);
  g_clear_pointer (&tip->sources, g_ptr_array_unref);
  g_free (tip);
}

/* Names of enumerations, as written in the content file */

static const char *const evidence_names[] = { "established", "plausible", "contested", NULL };
static const char *const tier_names[] = { "self-care", "soon", "urgent", "emergency", NULL };
static const char *const tip_kind_names[] = { "during", "prevent", "avoid", NULL };

const char *
cramp_evidence_to_string (CrampEvidence evidence)
{
  g_return_val_if_fail (evidence <= CRAMP_EVIDENCE_CONTESTED, NULL);

  return evidence_names[evidence];
}

const char *
cramp_tier_to_string (CrampTier tier)
{
  g_return_val_if_fail (tier <= CRAMP_TIER_EMERGENCY, NULL);

  return tier_names[tier];
}

const char *
cramp_tip_kind_to_string (CrampTipKind kind)
{
  g_return_val_if_fail (kind <= CRAMP_TIP_AVOID, NULL);

  return tip_kind_names[kind];
}

static int
enum_from_string (const char *const *names,
                  const char        *value)
{
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], value))
      return i;

  return -1;
}

/* Parser */

typedef enum
{
  REF_GROUP,
  REF_REGION,
  REF_SOURCE,
} RefKind;

typedef struct
{
  RefKind            kind;
  char              *id;
  gsize              offset;
  const char        *owner; /* the id of the record that refers */
  GPtrArray         *into;  /* where a region or source goes */
  const CrampGroup **slot;  /* where a group goes */
} PendingRef;

typedef struct
{
  const char *record;
  const char *element;
  gsize       offset;
  gboolean    required;
} TextField;

#define FIELD(type, member) G_STRUCT_OFFSET (type, member)

static const TextField text_fields[] = {
  { "group", "name", FIELD (CrampGroup, name), TRUE },
  { "group", "summary", FIELD (CrampGroup, summary), TRUE },
  { "region", "name", FIELD (CrampRegion, name), TRUE },
  { "region", "summary", FIELD (CrampRegion, summary), TRUE },
  { "region", "description", FIELD (CrampRegion, description), TRUE },
  { "factor", "name", FIELD (CrampFactor, name), TRUE },
  { "factor", "summary", FIELD (CrampFactor, summary), TRUE },
  { "factor", "mechanism", FIELD (CrampFactor, mechanism), TRUE },
  { "factor", "evidence-note", FIELD (CrampFactor, evidence_note), TRUE },
  { "factor", "self-care", FIELD (CrampFactor, self_care), FALSE },
  { "red-flag", "text", FIELD (CrampRedFlag, text), TRUE },
  { "tip", "text", FIELD (CrampTip, text), TRUE },
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

  /* The record being read, its element name, and its source list. */
  gpointer    record;
  const char *record_element;
  const char *record_id;
  GPtrArray  *record_sources;
  guint       n_concerns;
  guint       n_cites;

  /* The text field being read. */
  const TextField *field;
  GString         *text;

  GArray          *pending; /* PendingRef */
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
                      "unknown attribute “%s” on <%s>", names[i], element);
          return FALSE;
        }

      *attr->value = values[i];
    }

  for (Attribute *attr = wanted; attr->name != NULL; attr++)
    {
      if (attr->required && *attr->value == NULL)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                      "<%s> needs the attribute “%s”", element, attr->name);
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
              "<%s> has the id “%s”; ids are lowercase letters, digits and single hyphens",
              element, id);
  return FALSE;
}

static gboolean
register_id (Parser     *p,
             GHashTable *table,
             const char *element,
             const char *id,
             gpointer    record,
             GError    **error)
{
  if (g_hash_table_contains (table, id))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_DUPLICATE_ID,
                  "a <%s> with the id “%s” already exists", element, id);
      return FALSE;
    }

  g_hash_table_insert (table, (char *) id, record);
  return TRUE;
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

  *out = enum_from_string (names, value);
  if (*out >= 0)
    return TRUE;

  choices = g_strjoinv (", ", (char **) names);
  error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
              "<%s> has %s=\"%s\"; expected one of: %s",
              element, attribute, value, choices);
  return FALSE;
}

static void
add_pending (Parser            *p,
             RefKind            kind,
             const char        *id,
             GPtrArray         *into,
             const CrampGroup **slot)
{
  PendingRef ref = { kind, g_strdup (id), tag_offset (p), p->record_id, into, slot };

  g_array_append_val (p->pending, ref);
}

static void
begin_record (Parser     *p,
              const char *element,
              gpointer    record,
              const char *id,
              GPtrArray  *sources)
{
  p->record = record;
  p->record_element = element;
  p->record_id = id;
  p->record_sources = sources;
  p->n_concerns = 0;
  p->n_cites = 0;
}

/* Every record struct begins with its id, so this stores it. */
static gboolean
add_record (Parser     *p,
            GPtrArray  *records,
            GHashTable *ids,
            const char *element,
            gpointer    record,
            const char *id,
            GPtrArray  *sources,
            GError    **error)
{
  char **record_id = record;

  *record_id = g_strdup (id);
  g_ptr_array_add (records, record);
  begin_record (p, element, record, *record_id, sources);

  return register_id (p, ids, element, *record_id, record, error);
}

/* Records */

static gboolean
start_source (Parser      *p,
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

  if (!g_str_has_prefix (address, "https://"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  "the source “%s” has the address “%s”; addresses start with https://",
                  id, address);
      return FALSE;
    }

  source = g_new0 (CrampSource, 1);
  source->title = g_strdup (title);
  source->address = g_strdup (address);

  return add_record (p, p->atlas->sources, p->atlas->source_ids, "source", source, id, NULL, error);
}

static gboolean
start_group (Parser      *p,
             const char **names,
             const char **values,
             GError     **error)
{
  const char *id = NULL;
  CrampGroup *group;

  if (!read_attributes (p, "group", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { NULL } }, error) ||
      !check_id (p, "group", id, error))
    return FALSE;

  group = g_new0 (CrampGroup, 1);

  return add_record (p, p->atlas->groups, p->atlas->group_ids, "group", group, id, NULL, error);
}

static gboolean
start_region (Parser      *p,
              const char **names,
              const char **values,
              GError     **error)
{
  const char  *id = NULL;
  CrampRegion *region;

  if (!read_attributes (p, "region", names, values,
                        (Attribute[]){ { "id", TRUE, &id }, { NULL } }, error) ||
      !check_id (p, "region", id, error))
    return FALSE;

  region = g_new0 (CrampRegion, 1);
  region->factors = g_ptr_array_new ();

  return add_record (p, p->atlas->regions, p->atlas->region_ids, "region", region, id, NULL, error);
}

static gboolean
start_factor (Parser      *p,
              const char **names,
              const char **values,
              GError     **error)
{
  const char  *id = NULL, *group = NULL, *evidence = NULL;
  CrampFactor *factor;
  int          level;

  if (!read_attributes (p, "factor", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "group", TRUE, &group },
                                       { "evidence", TRUE, &evidence },
                                       { NULL } },
                        error) ||
      !check_id (p, "factor", id, error) ||
      !read_enum (p, "factor", "evidence", evidence, evidence_names, &level, error))
    return FALSE;

  factor = g_new0 (CrampFactor, 1);
  factor->evidence = level;
  factor->regions = g_ptr_array_new ();
  factor->sources = g_ptr_array_new ();
  if (!add_record (p, p->atlas->factors, p->atlas->factor_ids, "factor", factor, id,
                   factor->sources, error))
    return FALSE;

  add_pending (p, REF_GROUP, group, NULL, &factor->group);
  return TRUE;
}

static gboolean
start_red_flag (Parser      *p,
                const char **names,
                const char **values,
                GError     **error)
{
  const char   *id = NULL, *tier = NULL;
  CrampRedFlag *flag;
  int           level;

  if (!read_attributes (p, "red-flag", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "tier", TRUE, &tier },
                                       { NULL } },
                        error) ||
      !check_id (p, "red-flag", id, error) ||
      !read_enum (p, "red-flag", "tier", tier, tier_names, &level, error))
    return FALSE;

  if (level == CRAMP_TIER_SELF_CARE)
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  "the red flag “%s” has the tier “self-care”; a red flag is soon, urgent or emergency",
                  id);
      return FALSE;
    }

  flag = g_new0 (CrampRedFlag, 1);
  flag->tier = level;
  flag->sources = g_ptr_array_new ();

  return add_record (p, p->atlas->red_flags, p->atlas->red_flag_ids, "red-flag", flag, id,
                     flag->sources, error);
}

static gboolean
start_tip (Parser      *p,
           const char **names,
           const char **values,
           GError     **error)
{
  const char *id = NULL, *kind = NULL;
  CrampTip   *tip;
  int         value;

  if (!read_attributes (p, "tip", names, values,
                        (Attribute[]){ { "id", TRUE, &id },
                                       { "kind", TRUE, &kind },
                                       { NULL } },
                        error) ||
      !check_id (p, "tip", id, error) ||
      !read_enum (p, "tip", "kind", kind, tip_kind_names, &value, error))
    return FALSE;

  tip = g_new0 (CrampTip, 1);
  tip->kind = value;
  tip->sources = g_ptr_array_new ();

  return add_record (p, p->atlas->tips, p->atlas->tip_ids, "tip", tip, id, tip->sources, error);
}

/* Children of records */

static gboolean
start_reference (Parser      *p,
                 const char  *element,
                 const char **names,
                 const char **values,
                 GError     **error)
{
  gboolean     is_cite = g_str_equal (element, "cite");
  const char  *attribute = is_cite ? "source" : "region";
  const char  *id = NULL;
  CrampFactor *factor = p->record;

  if (!read_attributes (p, element, names, values,
                        (Attribute[]){ { attribute, TRUE, &id }, { NULL } }, error))
    return FALSE;

  if (is_cite)
    {
      add_pending (p, REF_SOURCE, id, p->record_sources, NULL);
      p->n_cites++;
    }
  else
    {
      add_pending (p, REF_REGION, id, factor->regions, NULL);
      p->n_concerns++;
    }

  return TRUE;
}

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
                  "<%s> “%s” has more than one <%s>",
                  p->record_element, p->record_id, field->element);
      return FALSE;
    }

  p->field = field;
  g_string_truncate (p->text, 0);
  return TRUE;
}

static gboolean
start_record_child (Parser      *p,
                    const char  *element,
                    const char **names,
                    const char **values,
                    GError     **error)
{
  const TextField *field = find_text_field (p->record_element, element);
  gboolean         is_factor = g_str_equal (p->record_element, "factor");

  if (field != NULL)
    return start_text_field (p, field, names, values, error);

  if ((g_str_equal (element, "cite") && p->record_sources != NULL) ||
      (g_str_equal (element, "concerns") && is_factor))
    return start_reference (p, element, names, values, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              "unknown element <%s> inside <%s>", element, p->record_element);
  return FALSE;
}

typedef gboolean (*StartRecordFunc) (Parser      *p,
                                     const char **names,
                                     const char **values,
                                     GError     **error);

static const struct
{
  const char     *container;
  const char     *record;
  StartRecordFunc start;
} record_kinds[] = {
  { "sources", "source", start_source },
  { "groups", "group", start_group },
  { "regions", "region", start_region },
  { "factors", "factor", start_factor },
  { "red-flags", "red-flag", start_red_flag },
  { "tips", "tip", start_tip },
};

static gboolean
start_record (Parser      *p,
              const char  *container,
              const char  *element,
              const char **names,
              const char **values,
              GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_kinds); i++)
    if (g_str_equal (record_kinds[i].container, container) &&
        g_str_equal (record_kinds[i].record, element))
      return record_kinds[i].start (p, names, values, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              "unknown element <%s> inside <%s>", element, container);
  return FALSE;
}

static gboolean
start_container (Parser      *p,
                 const char  *element,
                 const char **names,
                 const char **values,
                 GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_kinds); i++)
    if (g_str_equal (record_kinds[i].container, element))
      return read_attributes (p, element, names, values, (Attribute[]){ { NULL } }, error);

  error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
              "unknown element <%s> inside <atlas>", element);
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
                  "a second root element <%s>; a content file holds one <atlas>", element);
      return FALSE;
    }

  p->seen_root = TRUE;

  if (!g_str_equal (element, "atlas"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_UNKNOWN_ELEMENT,
                  "the root element is <%s>; a content file starts with <atlas>", element);
      return FALSE;
    }

  if (!read_attributes (p, element, names, values,
                        (Attribute[]){ { "version", TRUE, &version }, { NULL } }, error))
    return FALSE;

  if (!g_str_equal (version, "1"))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_INVALID_VALUE,
                  "this is content version “%s”; this program reads version 1", version);
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
                  "unknown element <%s> inside <%s>", element, (char *) stack->next->data);
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
                  "<%s> of “%s” is empty", field->element, p->record_id);
      return FALSE;
    }

  if (p->domain != NULL)
    *field_slot (p, field) = g_strdup (g_dgettext (p->domain, text));
  else
    *field_slot (p, field) = g_steal_pointer (&text);

  return TRUE;
}

static gboolean
end_record (Parser  *p,
            GError **error)
{
  const char *element = p->record_element;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const TextField *field = &text_fields[i];

      if (field->required && g_str_equal (field->record, element) &&
          *field_slot (p, field) == NULL)
        {
          error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                      "<%s> “%s” has no <%s>", element, p->record_id, field->element);
          return FALSE;
        }
    }

  if (g_str_equal (element, "factor") && (p->n_concerns == 0 || p->n_cites == 0))
    {
      error_here (p, error, CRAMP_ATLAS_ERROR_MISSING_FIELD,
                  "the factor “%s” needs at least one %s", p->record_id,
                  p->n_concerns == 0 ? "<concerns region=\"…\"/>" : "<cite source=\"…\"/>");
      return FALSE;
    }

  begin_record (p, NULL, NULL, NULL, NULL);
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
  else if (p->record != NULL && g_str_equal (element, p->record_element))
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
      error_at (p, error, text_start (p), CRAMP_ATLAS_ERROR_UNEXPECTED_TEXT,
                "text is not allowed directly inside <%s>", element ? element : "the file");
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
resolve_ref (Parser     *p,
             PendingRef *ref,
             GError    **error)
{
  static const char *const kind_names[] = { "group", "region", "source" };
  GHashTable              *tables[] = { p->atlas->group_ids, p->atlas->region_ids, p->atlas->source_ids };
  gpointer                 target = g_hash_table_lookup (tables[ref->kind], ref->id);

  if (target == NULL)
    {
      error_at (p, error, ref->offset, CRAMP_ATLAS_ERROR_DANGLING_REFERENCE,
                "“%s” refers to the %s “%s”, which does not exist",
                ref->owner, kind_names[ref->kind], ref->id);
      return FALSE;
    }

  if (ref->slot != NULL)
    {
      *ref->slot = target;
      return TRUE;
    }

  if (g_ptr_array_find (ref->into, target, NULL))
    {
      error_at (p, error, ref->offset, CRAMP_ATLAS_ERROR_DUPLICATE_FIELD,
                "“%s” names the %s “%s” twice", ref->owner, kind_names[ref->kind], ref->id);
      return FALSE;
    }

  g_ptr_array_add (ref->into, target);
  return TRUE;
}

static gboolean
finish (Parser  *p,
        GError **error)
{
  CrampAtlas *atlas = p->atlas;

  for (guint i = 0; i < p->pending->len; i++)
    if (!resolve_ref (p, &g_array_index (p->pending, PendingRef, i), error))
      return FALSE;

  for (guint i = 0; i < atlas->factors->len; i++)
    {
      CrampFactor *factor = g_ptr_array_index (atlas->factors, i);

      for (guint j = 0; j < factor->regions->len; j++)
        g_ptr_array_add (((CrampRegion *) g_ptr_array_index (factor->regions, j))->factors,
                         factor);
    }

  if (atlas->regions->len == 0 || atlas->factors->len == 0)
    {
      error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_INCOMPLETE,
                "the content has no %s",
                atlas->regions->len == 0 ? "regions" : "factors");
      return FALSE;
    }

  return TRUE;
}

/* Input */

/* GMarkup's own messages begin with "Error on line N char N:", which the
 * file:line:column prefix says better. */
static const char *
strip_markup_position (Parser       *p,
                       const GError *markup_error)
{
  const char      *message = markup_error->message;
  const char      *colon = strstr (message, ": ");
  g_autofree char *line_text = NULL;
  int              line = 0;

  g_markup_parse_context_get_position (p->context, &line, NULL);
  line_text = g_strdup_printf (" %d ", line);

  if (colon != NULL && g_strstr_len (message, colon - message, line_text) != NULL)
    return colon + 2;

  return message;
}

static void
wrap_markup_error (Parser  *p,
                   GError  *markup_error,
                   GError **error)
{
  error_at (p, error, current_offset (p), CRAMP_ATLAS_ERROR_MALFORMED,
            "%s", strip_markup_position (p, markup_error));
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
    wrap_markup_error (p, markup_error, error);
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
                "the content file is larger than %d KiB; reading stopped here",
                CRAMP_ATLAS_MAX_SIZE / 1024);
      return FALSE;
    }

  /* Checked here, before GMarkup, which can report a bad byte twice. */
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      error_at (p, error, invalid - data, CRAMP_ATLAS_ERROR_MALFORMED,
                "this byte is not valid UTF-8 text");
      return FALSE;
    }

  ok = g_markup_parse_context_parse (p->context, data, length, &local_error);
  if (!check_markup (p, ok, local_error, error))
    return FALSE;

  ok = g_markup_parse_context_end_parse (p->context, &local_error);
  return check_markup (p, ok, local_error, error) && finish (p, error);
}

static CrampAtlas *
load (const char *data,
      gsize       length,
      const char *name,
      const char *domain,
      GError    **error)
{
  g_autoptr (CrampAtlas) atlas = g_object_new (CRAMP_TYPE_ATLAS, NULL);
  Parser   p;
  gboolean ok;

  memset (&p, 0, sizeof p);
  p.atlas = atlas;
  p.file_name = name;
  p.domain = domain;
  p.text = g_string_new (NULL);
  p.line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  p.pending = g_array_new (FALSE, FALSE, sizeof (PendingRef));
  g_array_set_clear_func (p.pending, pending_ref_clear);
  p.context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &p, NULL);

  ok = parse (&p, data, length, error);

  g_markup_parse_context_free (p.context);
  g_array_unref (p.pending);
  g_array_unref (p.line_starts);
  g_string_free (p.text, TRUE);

  return ok ? g_steal_pointer (&atlas) : NULL;
}

/* Public API */

/**
 * cramp_atlas_new_from_file:
 * @file: the content file
 * @domain: (nullable): the gettext domain that translates the text, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads and checks a content file. Any problem with its content is a
 * %CRAMP_ATLAS_ERROR whose message begins with file:line:column.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL on error
 */
CrampAtlas *
cramp_atlas_new_from_file (GFile        *file,
                           const char   *domain,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* One byte more than the limit is enough to tell that a file is too large. */
  data = g_malloc (CRAMP_ATLAS_MAX_SIZE + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data, CRAMP_ATLAS_MAX_SIZE + 1,
                                &length, cancellable, error))
    return NULL;

  name = g_file_get_basename (file);
  return load (data, length, name, domain, error);
}

/**
 * cramp_atlas_new_from_data:
 * @data: the content, which need not end in a nul byte
 * @length: the length of @data in bytes
 * @name: the name that error messages give the content
 * @domain: (nullable): the gettext domain that translates the text, or %NULL
 * @error: the place for an error
 *
 * Like cramp_atlas_new_from_file(), for content that is already in memory.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL on error
 */
CrampAtlas *
cramp_atlas_new_from_data (const char *data,
                           gsize       length,
                           const char *name,
                           const char *domain,
                           GError    **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (data != NULL ? data : "", length, name, domain, error);
}

GPtrArray *
cramp_atlas_get_sources (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->sources;
}

GPtrArray *
cramp_atlas_get_groups (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->groups;
}

GPtrArray *
cramp_atlas_get_regions (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->regions;
}

GPtrArray *
cramp_atlas_get_factors (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->factors;
}

GPtrArray *
cramp_atlas_get_red_flags (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->red_flags;
}

GPtrArray *
cramp_atlas_get_tips (CrampAtlas *self)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);

  return self->tips;
}

const CrampRegion *
cramp_atlas_lookup_region (CrampAtlas *self,
                           const char *id)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->region_ids, id);
}

const CrampFactor *
cramp_atlas_lookup_factor (CrampAtlas *self,
                           const char *id)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->factor_ids, id);
}

const CrampGroup *
cramp_atlas_lookup_group (CrampAtlas *self,
                          const char *id)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->group_ids, id);
}

/* Object */

static void
cramp_atlas_finalize (GObject *object)
{
  CrampAtlas *self = (CrampAtlas *) object;

  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->group_ids, g_hash_table_unref);
  g_clear_pointer (&self->region_ids, g_hash_table_unref);
  g_clear_pointer (&self->factor_ids, g_hash_table_unref);
  g_clear_pointer (&self->red_flag_ids, g_hash_table_unref);
  g_clear_pointer (&self->tip_ids, g_hash_table_unref);

  g_clear_pointer (&self->factors, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->tips, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (cramp_atlas_parent_class)->finalize (object);
}

static void
cramp_atlas_class_init (CrampAtlasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cramp_atlas_finalize;
}

static void
cramp_atlas_init (CrampAtlas *self)
{
  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->regions = g_ptr_array_new_with_free_func (region_free);
  self->factors = g_ptr_array_new_with_free_func (factor_free);
  self->red_flags = g_ptr_array_new_with_free_func (red_flag_free);
  self->tips = g_ptr_array_new_with_free_func (tip_free);

  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->group_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->region_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->factor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->red_flag_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->tip_ids = g_hash_table_new (g_str_hash, g_str_equal);
}
