/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libstemmer.h>

#include "dossier-linker.h"

G_BEGIN_DECLS

/* The linker's working state, shared by dossier-linker.c (documents, units, the run),
 * dossier-linker-terms.c (words, stems, aliases -> terms), dossier-linker-entities.c (entity
 * terms, places), dossier-linker-match.c (weights, index, scoring, selection) and
 * dossier-linker-status.c (what became of a commitment, topic, highlights). Lives for one
 * run. */

typedef enum
{
  WORD_CAPITALIZED = 1 << 0,
  WORD_ALL_CAPS = 1 << 1,
  WORD_PUNCT = 1 << 2,
  WORD_JOINED = 1 << 3,    /* no space before it: "table-top", "U.S.-ROK" */
  WORD_IN_PARENS = 1 << 4, /* "(JLCB)": the acronym being defined */
  WORD_SENTENCE_START = 1 << 5,
} WordFlags;

/* A word of a document: a segmenter token, or several glued by "&" ("S&T"). */
typedef struct
{
  guint start; /* code points */
  guint end;
  guint surface; /* index into LinkerRun.surfaces */
  guint flags;
} Word;

/* A distinct written form, analysed once however often it occurs. */
typedef struct
{
  char *text;  /* as written */
  char *lower; /* folded */
  int stem;    /* unigram term, or -1 for stop words, punctuation and numbers */
  int acronym; /* index into LinkerRun.acronyms, or -1 */
} Surface;

typedef enum
{
  TERM_UNIGRAM,
  TERM_BIGRAM,
  TERM_PHRASE, /* a multiword name and its acronym: one term for both */
  TERM_ENTITY,
} TermKind;

typedef struct
{
  TermKind kind;
  guint df;
  float weight;   /* idf times the kind's weight; 0 for ubiquitous terms */
  int a, b;       /* bigram: its two stems; phrase: its acronym; entity: its index */
  gboolean light; /* unigram: a word of the lexicon's light words ("strengthen") */
  gboolean place; /* a word or name of a country or region: says where, not what */
} Term;

typedef struct
{
  char *short_form;
  char *long_form; /* as first written, for topics */
  GArray *stems;   /* int: content stems of the long form, in order */
  guint phrase_term;
} Acronym;

typedef struct
{
  DossierDocument *document;
  guint rank;    /* documents of equal rank (same date) are never linked */
  GArray *words; /* Word */
  guint first_unit;
  guint n_units;
} LinkerDoc;

typedef struct
{
  guint doc;
  guint sentence; /* units cut from one sentence share it */
  guint
      sentence_first; /* the sentence's units: [sentence_first, sentence_first + sentence_units) */
  guint sentence_units;
  guint word_start;
  guint word_end;
  guint start; /* code points */
  guint end;
  guint kind; /* DossierStatementKind */
  gboolean target;
  gboolean anaphoric; /* refers back ("this mechanism"): borrows the terms of the sentence before */
  const DossierBlock *block;
  guint term_offset; /* into LinkerRun.unit_terms */
  guint n_terms;
  float norm;
  float sentence_norm; /* of the sum of the sentence's clause vectors */
} Unit;

typedef struct
{
  guint term;
  float weight; /* term frequency until weights are known */
  float factor; /* 1; less for a term borrowed from the sentence before (see ANAPHOR_FACTOR)
                 * or one that frames the unit's whole document (DOC_FRAMING_SHARE) */
} UnitTerm;

typedef struct
{
  DossierCues *cues;
  struct sb_stemmer *stemmer;
  DossierEntitySet *entities; /* nullable */

  GPtrArray *docs;         /* LinkerDoc*, by date */
  GHashTable *doc_index;   /* DossierDocument* -> index + 1 */
  GArray *surfaces;        /* Surface */
  GHashTable *surface_ids; /* text -> index + 1 */
  GArray *terms;           /* Term */
  GHashTable *term_ids;    /* key string -> index + 1 */
  GPtrArray *acronyms;     /* Acronym* */
  GHashTable *acronym_ids; /* short form -> index + 1 */
  GHashTable *expansions;  /* first stem -> GArray of acronym indexes */
  GArray *units;           /* Unit */
  GArray *unit_terms;      /* UnitTerm */
  gboolean lexicon_acronyms_added;
  double mean_norm;         /* of target units: the pivot of length normalization */
  guint common_df;          /* terms in more units stay out of the index */
  GHashTable *folded_texts; /* DossierDocument* -> casefolded text, for name look-ups */
  GHashTable *known_names;  /* "source target start end" -> whether the target's name at
                             * [start, end) occurs in the source document */
} LinkerRun;

/* dossier-linker-terms.c */
void
linker_run_init (LinkerRun *run, DossierEntitySet *entities);
void
linker_run_clear (LinkerRun *run);
GArray *
linker_build_words (LinkerRun *run, LinkerDoc *doc);
void
linker_find_acronyms (LinkerRun *run, LinkerDoc *doc);
guint
linker_intern_term (LinkerRun *run, TermKind kind, const char *key, int a, int b);
int
linker_stem_term (LinkerRun *run, const char *lower);
void
linker_add_lexicon_acronyms (LinkerRun *run);

/* dossier-linker-entities.c */
GArray *
linker_entity_terms (LinkerRun *run);
void
linker_mark_places (LinkerRun *run);
void
linker_unit_terms (LinkerRun *run, Unit *unit, const guint *extra, guint n_extra,
                   const guint *context, guint n_context);
const Acronym *
linker_word_acronym (LinkerRun *run, const Word *word);
const char *
linker_folded_text (LinkerRun *run, DossierDocument *document);
const Surface *
linker_surface (LinkerRun *run, const Word *word);
const char **
linker_unit_lower_words (LinkerRun *run, const LinkerDoc *doc, guint start, guint end);
gboolean
linker_word_has_term (LinkerRun *run, const Word *word, GHashTable *terms);

/* dossier-linker-match.c */
typedef struct
{
  guint unit;
  float weight;
} LinkerPosting;

typedef struct
{
  guint *offsets;          /* per term: first posting; offsets[n_terms] = total */
  LinkerPosting *postings; /* target units by index, so by document date */
} LinkerIndex;

typedef struct
{
  guint unit;
  double score;
} LinkerCandidate;

void
linker_compute_weights (LinkerRun *run);
void
linker_index_build (LinkerRun *run, LinkerIndex *index);
void
linker_index_clear (LinkerIndex *index);
GArray *
linker_match (LinkerRun *run, const LinkerIndex *index, const Unit *source, guint first_later,
              float *acc, GArray *touched);
GArray *
linker_select (LinkerRun *run, GArray *candidates);
int
linker_compare_candidates (gconstpointer a, gconstpointer b);

/* dossier-linker-status.c */
typedef struct
{
  DossierLinkStatus status;
  char *topic;
  GArray *source_spans; /* DossierRange */
  GArray *target_spans;
} LinkVerdict;

void
linker_judge (LinkerRun *run, const Unit *source, guint target_first, guint target_last,
              LinkVerdict *verdict);
void
link_verdict_clear (LinkVerdict *verdict);

G_END_DECLS
