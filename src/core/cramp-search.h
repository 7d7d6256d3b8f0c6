/* cramp-search.h
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cramp-atlas.h"

G_BEGIN_DECLS

/* What a result is, in the order that breaks ties. */
typedef enum
{
  CRAMP_SEARCH_REGION,
  CRAMP_SEARCH_STRUCTURE,
  CRAMP_SEARCH_FACTOR,
  CRAMP_SEARCH_GUIDE,
  CRAMP_SEARCH_TIP,
  CRAMP_SEARCH_RED_FLAG,
} CrampSearchKind;

/* Where a result matched best. A tip or a red flag has no name: its text
 * is searched as a text. */
typedef enum
{
  CRAMP_SEARCH_FIELD_NAME, /* a name, or a guide's title */
  CRAMP_SEARCH_FIELD_SUMMARY,
  CRAMP_SEARCH_FIELD_DESCRIPTION,
  CRAMP_SEARCH_FIELD_MECHANISM,
  CRAMP_SEARCH_FIELD_EVIDENCE_NOTE,
  CRAMP_SEARCH_FIELD_SELF_CARE,
  CRAMP_SEARCH_FIELD_TEXT, /* of a tip or a red flag */
  CRAMP_SEARCH_FIELD_CONCERN,
  CRAMP_SEARCH_FIELD_MEANWHILE,
} CrampSearchField;

/* How the whole query matched a name, best first; a result that matched
 * only word by word, or only in its texts, has CRAMP_SEARCH_MATCH_WORDS. */
typedef enum
{
  CRAMP_SEARCH_MATCH_EXACT,      /* the name is the query */
  CRAMP_SEARCH_MATCH_PREFIX,     /* the name begins with the query */
  CRAMP_SEARCH_MATCH_WORD_START, /* a word of the name begins with the query */
  CRAMP_SEARCH_MATCH_SUBSTRING,  /* the query is inside a word of the name */
  CRAMP_SEARCH_MATCH_WORDS,
} CrampSearchMatch;

/* A result borrows its strings and its item from the search and the atlas,
 * and lives as long as they do. */
typedef struct
{
  CrampSearchKind  kind;
  gconstpointer    item;  /* CrampRegion, CrampStructure, CrampFactor, CrampTip or CrampRedFlag; NULL for a guide */
  const char      *id;    /* the item's id, or the guide's */
  const char      *title; /* a name, a guide's title, or the text of a tip or a red flag */
  const char      *guide; /* nullable: the guide that shows a tip or a red flag */
  CrampSearchMatch match;
  CrampSearchField field;
  guint            score; /* higher is better */
} CrampSearchResult;

/* Searching folds case and accents, and finds:
 *
 * - in names, a query word that is a whole word of the name, begins one, is
 *   one with a typo (a Damerau–Levenshtein distance of 1 for words of 4 to
 *   7 letters, of 2 for longer ones), or, from 3 letters, is inside one, as
 *   in German compounds ("nerv" in "Schienbeinnerv");
 * - in texts, a query word that is a whole word or, from 3 letters, begins
 *   one.
 *
 * An item is found when a query word matches its name, or when each query
 * word matches it somewhere: "heel pain" finds the heel, whose texts do not
 * speak of pain, and what speaks of both. Words that match more than a
 * quarter of all items, such as "cramp", need not match: they only add to
 * the score, as if they matched a text even where they match a name, though
 * a query of such words alone finds what they match as usual. A word counts
 * the more, the fewer items it matches.
 *
 * Results are ranked by @score: first by how the whole query matched a name
 * (CrampSearchMatch), then by how well its words matched names (a whole
 * word above a beginning, a typo, and a word inside), then by how well they
 * matched texts (a summary or the text of a tip or a red flag above a
 * description or a concern, above the rest). Ties go by kind, in the order
 * of CrampSearchKind, and then by the order of the content, guides in the
 * order they were added. */

#define CRAMP_TYPE_SEARCH (cramp_search_get_type ())

G_DECLARE_FINAL_TYPE (CrampSearch, cramp_search, CRAMP, SEARCH, GObject)

CrampSearch *cramp_search_new (CrampAtlas *atlas);
void         cramp_search_add_guide (CrampSearch *self,
                                     const char  *id,
                                     const char  *title);
GPtrArray   *cramp_search_query (CrampSearch *self,
                                 const char  *query);

G_END_DECLS
