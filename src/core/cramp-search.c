/* cramp-search.c: ranked, forgiving search over the content
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cramp-search.h"
#include "cramp-selection.h"
#include "cramp-text.h"

/* Further words of a query are left out, which keeps scores in range. */
#define MAX_QUERY_WORDS 8
/* A word that matches more than one item in so many is optional. */
#define OPTIONAL_SHARE 4
/* Scores of a word in a name, and in a text. */
#define NAME_WHOLE       10
#define NAME_BEGINNING   8
#define NAME_TYPO        6
#define NAME_INSIDE      4
#define TEXT_WHOLE       3
#define TEXT_BEGINNING   2
#define MIN_PART_LENGTH  3
#define MIN_TYPO_LENGTH  4
#define LONG_WORD_LENGTH 8
#define MAX_WORD_WEIGHT  10
#define SCORE_PLACE      1000
#define N_MATCH_RANKS    (CRAMP_SEARCH_MATCH_WORDS + 1)

typedef struct
{
  CrampSearchField field;
  guint            weight;
  GStrv            words; /* folded */
} Text;

/* An item to search: a region, a structure, a factor, a guide, a tip or a
 * red flag, with its words folded once. */
typedef struct
{
  CrampSearchKind kind;
  gconstpointer   item;
  char           *id;    /* owned for a guide, else the item's */
  char           *title; /* owned for a guide, else the item's */
  const char     *guide;
  GStrv           name;  /* nullable: folded words */
  GArray         *texts; /* Text */
} Entry;

/* How one query word matched one entry. */
typedef struct
{
  guint            name;  /* NAME_WHOLE, ..., or 0 */
  guint            text;  /* the best of TEXT_WHOLE or TEXT_BEGINNING times the text's weight, or 0 */
  CrampSearchField field; /* of the best text match */
} WordMatch;

struct _CrampSearch
{
  GObject     parent_instance;

  CrampAtlas *atlas;
  GPtrArray  *entries; /* Entry, in the order of the content, then guides as added */
  gboolean    indexed; /* whether the content is in the entries yet */
};

G_DEFINE_FINAL_TYPE (CrampSearch, cramp_search, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ATLAS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* Entries */

static void
text_clear (gpointer data)
{
  g_strfreev (((Text *) data)->words);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->kind == CRAMP_SEARCH_GUIDE)
    {
      g_free (entry->id);
      g_free (entry->title);
    }
  g_strfreev (entry->name);
  g_array_unref (entry->texts);
  g_free (entry);
}

static Entry *
add_entry (CrampSearch    *self,
           CrampSearchKind kind,
           gconstpointer   item,
           const char     *title)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->kind = kind;
  entry->item = item;
  entry->id = item != NULL ? *(char *const *) item : NULL;
  entry->title = (char *) title;
  entry->texts = g_array_new (FALSE, FALSE, sizeof (Text));
  g_array_set_clear_func (entry->texts, text_clear);
  g_ptr_array_add (self->entries, entry);

  return entry;
}

static void
add_text (Entry           *entry,
          CrampSearchField field,
          guint            weight,
          const char      *text)
{
  Text added = { field, weight, NULL };

  if (text == NULL)
    return;

  added.words = cramp_text_fold_words (text);
  g_array_append_val (entry->texts, added);
}

static void
add_regions (CrampSearch *self)
{
  GPtrArray *regions = cramp_atlas_get_regions (self->atlas);

  for (guint i = 0; i < regions->len; i++)
    {
      const CrampRegion *region = g_ptr_array_index (regions, i);
      Entry             *entry = add_entry (self, CRAMP_SEARCH_REGION, region, region->name);

      entry->name = cramp_text_fold_words (region->name);
      add_text (entry, CRAMP_SEARCH_FIELD_SUMMARY, 3, region->summary);
      add_text (entry, CRAMP_SEARCH_FIELD_DESCRIPTION, 2, region->description);
    }
}

static void
add_structures (CrampSearch *self)
{
  GPtrArray *structures = cramp_atlas_get_structures (self->atlas);

  for (guint i = 0; i < structures->len; i++)
    {
      const CrampStructure *structure = g_ptr_array_index (structures, i);
      Entry                *entry = add_entry (self, CRAMP_SEARCH_STRUCTURE, structure, structure->name);
      g_autofree char      *names = g_strjoin (" ", structure->name, structure->latin, NULL);

      /* Its Latin name is a name too, as a student of anatomy learns it. */
      entry->name = cramp_text_fold_words (names);
      add_text (entry, CRAMP_SEARCH_FIELD_DESCRIPTION, 2, structure->description);
    }
}

static void
add_factors (CrampSearch *self)
{
  GPtrArray *factors = cramp_atlas_get_factors (self->atlas);

  for (guint i = 0; i < factors->len; i++)
    {
      const CrampFactor *factor = g_ptr_array_index (factors, i);
      Entry             *entry = add_entry (self, CRAMP_SEARCH_FACTOR, factor, factor->name);

      entry->name = cramp_text_fold_words (factor->name);
      add_text (entry, CRAMP_SEARCH_FIELD_SUMMARY, 3, factor->summary);
      add_text (entry, CRAMP_SEARCH_FIELD_MECHANISM, 1, factor->mechanism);
      add_text (entry, CRAMP_SEARCH_FIELD_EVIDENCE_NOTE, 1, factor->evidence_note);
      add_text (entry, CRAMP_SEARCH_FIELD_SELF_CARE, 1, factor->self_care);
    }
}

/* Tips and red flags have no page of their own: a guide shows them. */
static void
add_tips_and_red_flags (CrampSearch *self)
{
  GPtrArray *tips = cramp_atlas_get_tips (self->atlas);
  GPtrArray *flags = cramp_atlas_get_red_flags (self->atlas);

  for (guint i = 0; i < tips->len; i++)
    {
      const CrampTip *tip = g_ptr_array_index (tips, i);
      Entry          *entry = add_entry (self, CRAMP_SEARCH_TIP, tip, tip->text);

      entry->guide = CRAMP_GUIDE_SELF_CARE;
      add_text (entry, CRAMP_SEARCH_FIELD_TEXT, 3, tip->text);
    }

  for (guint i = 0; i < flags->len; i++)
    {
      const CrampRedFlag *flag = g_ptr_array_index (flags, i);
      Entry              *entry = add_entry (self, CRAMP_SEARCH_RED_FLAG, flag, flag->text);

      entry->guide = CRAMP_GUIDE_RED_FLAGS;
      add_text (entry, CRAMP_SEARCH_FIELD_TEXT, 3, flag->text);
      add_text (entry, CRAMP_SEARCH_FIELD_CONCERN, 2, flag->concern);
      add_text (entry, CRAMP_SEARCH_FIELD_MEANWHILE, 1, flag->meanwhile);
    }
}

/* Matching words */

static guint
typo_limit (const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  if (length >= LONG_WORD_LENGTH)
    return 2;

  return length >= MIN_TYPO_LENGTH ? 1 : 0;
}

static guint
match_name_word (const char *query,
                 const char *word)
{
  guint limit = typo_limit (query);

  if (g_str_equal (query, word))
    return NAME_WHOLE;
  if (g_str_has_prefix (word, query))
    return NAME_BEGINNING;
  if (limit > 0 && cramp_text_distance (query, word, limit) <= limit)
    return NAME_TYPO;
  if (g_utf8_strlen (query, -1) >= MIN_PART_LENGTH && strstr (word, query) != NULL)
    return NAME_INSIDE;

  return 0;
}

static guint
match_text_word (const char *query,
                 const char *word)
{
  if (g_str_equal (query, word))
    return TEXT_WHOLE;
  if (g_utf8_strlen (query, -1) >= MIN_PART_LENGTH && g_str_has_prefix (word, query))
    return TEXT_BEGINNING;

  return 0;
}

static WordMatch
match_word (const Entry *entry,
            const char  *query)
{
  WordMatch match = { 0, 0, CRAMP_SEARCH_FIELD_NAME };

  for (guint i = 0; entry->name != NULL && entry->name[i] != NULL; i++)
    match.name = MAX (match.name, match_name_word (query, entry->name[i]));

  for (guint i = 0; i < entry->texts->len; i++)
    {
      const Text *text = &g_array_index (entry->texts, Text, i);

      for (guint j = 0; text->words[j] != NULL; j++)
        {
          guint score = text->weight * match_text_word (query, text->words[j]);

          if (score > match.text)
            {
              match.text = score;
              match.field = text->field;
            }
        }
    }

  return match;
}

/* Whether @query, a word at a time, comes in @name from its word @start,
 * the last query word as the beginning of a word. */
static gboolean
name_runs (const char *const *name,
           guint              start,
           const char *const *query)
{
  for (guint i = 0; query[i] != NULL; i++)
    {
      const char *word = name[start + i];
      gboolean    last = query[i + 1] == NULL;

      if (word == NULL || !(last ? g_str_has_prefix (word, query[i]) : g_str_equal (word, query[i])))
        return FALSE;
    }

  return TRUE;
}

static CrampSearchMatch
match_whole_query (const Entry       *entry,
                   const char *const *query)
{
  g_autofree char *name = NULL;
  g_autofree char *joined = NULL;

  if (entry->name == NULL)
    return CRAMP_SEARCH_MATCH_WORDS;

  if (g_strv_equal ((const char *const *) entry->name, query))
    return CRAMP_SEARCH_MATCH_EXACT;
  if (name_runs ((const char *const *) entry->name, 0, query))
    return CRAMP_SEARCH_MATCH_PREFIX;
  for (guint i = 1; entry->name[i] != NULL; i++)
    if (name_runs ((const char *const *) entry->name, i, query))
      return CRAMP_SEARCH_MATCH_WORD_START;

  name = g_strjoinv (" ", entry->name);
  joined = g_strjoinv (" ", (GStrv) query);
  if (g_utf8_strlen (joined, -1) >= MIN_PART_LENGTH && strstr (name, joined) != NULL)
    return CRAMP_SEARCH_MATCH_SUBSTRING;

  return CRAMP_SEARCH_MATCH_WORDS;
}

/* Querying */

typedef struct
{
  GStrv      words; /* the folded query, MAX_QUERY_WORDS at most */
  guint      n_words;
  WordMatch *matches; /* for entry e and word w: [e * n_words + w] */
  guint     *weights; /* per word */
  gboolean  *needed;  /* per word */
  gboolean   any_needed;
} Query;

static void
query_clear (Query *query)
{
  g_strfreev (query->words);
  g_free (query->matches);
  g_free (query->weights);
  g_free (query->needed);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static GStrv
fold_query (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GStrv            words = cramp_text_fold_words (valid);
  guint            length = g_strv_length (words);

  for (guint i = MAX_QUERY_WORDS; i < length; i++)
    g_clear_pointer (&words[i], g_free);

  return words;
}

/* From 1, for a word that every entry has, to MAX_WORD_WEIGHT, for one
 * that only one has: about the logarithm of the share of entries without
 * it, in bits, so that a rare word weighs several times a common one. */
static guint
word_weight (guint entries,
             guint matched)
{
  guint all = g_bit_storage (entries);
  guint some = g_bit_storage (MAX (matched, 1));

  return 1 + (MAX_WORD_WEIGHT - 1) * (all - MIN (some, all)) / MAX (all - 1, 1);
}

/* Matches every word against every entry, and weighs each word by how few
 * entries it matches. */
static void
match_query (CrampSearch *self,
             Query       *query)
{
  guint n = self->entries->len;

  query->n_words = g_strv_length (query->words);
  query->matches = g_new0 (WordMatch, (gsize) n * query->n_words);
  query->weights = g_new0 (guint, query->n_words);
  query->needed = g_new0 (gboolean, query->n_words);

  for (guint w = 0; w < query->n_words; w++)
    {
      guint matched = 0;

      for (guint e = 0; e < n; e++)
        {
          WordMatch *match = &query->matches[e * query->n_words + w];

          *match = match_word (g_ptr_array_index (self->entries, e), query->words[w]);
          matched += match->name > 0 || match->text > 0;
        }

      query->weights[w] = word_weight (n, matched);
      query->needed[w] = matched * OPTIONAL_SHARE <= n;
      query->any_needed |= query->needed[w];
    }
}

/* The result for entry @e, or NULL if it does not match the query. */
static CrampSearchResult *
score_entry (CrampSearch *self,
             Query       *query,
             guint        e)
{
  const Entry       *entry = g_ptr_array_index (self->entries, e);
  CrampSearchResult *result;
  guint              name = 0, text = 0, best_text = 0, any = 0;
  gboolean           missing = FALSE;
  CrampSearchField   field = CRAMP_SEARCH_FIELD_NAME;

  for (guint w = 0; w < query->n_words; w++)
    {
      const WordMatch *match = &query->matches[e * query->n_words + w];

      missing |= query->needed[w] && match->name == 0 && match->text == 0;
      any += match->name > 0 || match->text > 0;
      /* A common word in a name counts as much as in a text, unless the
       * query has no other kind. */
      if (query->needed[w] || !query->any_needed)
        name += query->weights[w] * match->name;
      else
        text += query->weights[w] * match->name;
      text += query->weights[w] * match->text;
      if (match->text > best_text)
        {
          best_text = match->text;
          field = match->field;
        }
    }

  if (any == 0 || (missing && name == 0))
    return NULL;

  result = g_new0 (CrampSearchResult, 1);
  result->kind = entry->kind;
  result->item = entry->item;
  result->id = entry->id;
  result->title = entry->title;
  result->guide = entry->guide;
  result->match = match_whole_query (entry, (const char *const *) query->words);
  result->field = name > 0 ? CRAMP_SEARCH_FIELD_NAME : field;
  result->score = ((N_MATCH_RANKS - 1 - result->match) * SCORE_PLACE + MIN (name, SCORE_PLACE - 1)) * SCORE_PLACE +
                  MIN (text, SCORE_PLACE - 1);

  return result;
}

/* The sort is stable, and results come in the order of the content. */
static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const CrampSearchResult *x = *(CrampSearchResult *const *) a;
  const CrampSearchResult *y = *(CrampSearchResult *const *) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* The content's words are folded at the first query, so that a window
 * pays nothing for search at start-up; the guides added until then go
 * after the content. */
static void
ensure_indexed (CrampSearch *self)
{
  g_autoptr (GPtrArray) guides = NULL;
  gpointer *added;
  gsize     n_added;

  if (self->indexed)
    return;

  self->indexed = TRUE;
  guides = g_steal_pointer (&self->entries);
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  add_regions (self);
  add_structures (self);
  add_factors (self);
  add_tips_and_red_flags (self);

  added = g_ptr_array_steal (guides, &n_added);
  for (gsize i = 0; i < n_added; i++)
    g_ptr_array_add (self->entries, added[i]);
  g_free (added);
}

/* Object */

static void
cramp_search_constructed (GObject *object)
{
  CrampSearch *self = CRAMP_SEARCH (object);

  G_OBJECT_CLASS (cramp_search_parent_class)->constructed (object);

  g_return_if_fail (CRAMP_IS_ATLAS (self->atlas));
}

static void
cramp_search_finalize (GObject *object)
{
  CrampSearch *self = CRAMP_SEARCH (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (cramp_search_parent_class)->finalize (object);
}

static void
cramp_search_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrampSearch *self = CRAMP_SEARCH (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_search_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CrampSearch *self = CRAMP_SEARCH (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cramp_search_class_init (CrampSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cramp_search_constructed;
  object_class->finalize = cramp_search_finalize;
  object_class->get_property = cramp_search_get_property;
  object_class->set_property = cramp_search_set_property;

  props[PROP_ATLAS] =
      g_param_spec_object ("atlas", NULL, NULL,
                           CRAMP_TYPE_ATLAS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
cramp_search_init (CrampSearch *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
}

/* Public API */

/**
 * cramp_search_new:
 * @atlas: the content to search, in the language it was loaded in
 *
 * Returns: (transfer full): a search over the regions, structures, factors,
 *   tips and red flags of @atlas
 */
CrampSearch *
cramp_search_new (CrampAtlas *atlas)
{
  g_return_val_if_fail (CRAMP_IS_ATLAS (atlas), NULL);

  return g_object_new (CRAMP_TYPE_SEARCH, "atlas", atlas, NULL);
}

/**
 * cramp_search_add_guide:
 * @self: a search
 * @id: the guide's id, such as %CRAMP_GUIDE_SELF_CARE
 * @title: its title, translated
 *
 * Adds a guide, whose title the search finds; the interface names guides,
 * the content does not.
 */
void
cramp_search_add_guide (CrampSearch *self,
                        const char  *id,
                        const char  *title)
{
  Entry *entry;

  g_return_if_fail (CRAMP_IS_SEARCH (self));
  g_return_if_fail (id != NULL && title != NULL);

  entry = add_entry (self, CRAMP_SEARCH_GUIDE, NULL, g_strdup (title));
  entry->id = g_strdup (id);
  entry->name = cramp_text_fold_words (title);
}

/**
 * cramp_search_query:
 * @self: a search
 * @query: what to look for, as typed
 *
 * Returns: (transfer full) (element-type CrampSearchResult): what matches
 *   @query, best first; empty for a query without words
 */
GPtrArray *
cramp_search_query (CrampSearch *self,
                    const char  *query)
{
  g_auto (Query) folded = { 0 };
  GPtrArray *results = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CRAMP_IS_SEARCH (self), results);
  g_return_val_if_fail (query != NULL, results);

  folded.words = fold_query (query);
  if (folded.words[0] == NULL)
    return results;

  ensure_indexed (self);
  match_query (self, &folded);
  for (guint e = 0; e < self->entries->len; e++)
    {
      CrampSearchResult *result = score_entry (self, &folded, e);

      if (result != NULL)
        g_ptr_array_add (results, result);
    }

  g_ptr_array_sort (results, compare_results);
  return results;
}
