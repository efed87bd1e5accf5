/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "dossier-entity-private.h"
#include "dossier-gazetteer.h"
#include "dossier-segment-private.h"

G_BEGIN_DECLS

/* Internals of the entity extractor, shared by its parts:
 *   dossier-entities-scan.c      a document's tokens and their lookup keys
 *   dossier-entities-acronyms.c  acronym definitions (first pass, whole corpus)
 *   dossier-entities-rules.c     the recognition rules (second pass) -> candidates, using
 *   dossier-entities-names.c       names and their parts,
 *   dossier-entities-people.c      people after titles and honorifics,
 *   dossier-entities-events.c      exercises, ordinal meetings, quoted titles
 *   dossier-entities-dates.c     explicit calendar expressions
 *   dossier-entities-resolve.c   candidates -> entities, aliases merged across the corpus
 */

typedef struct
{
  guint start; /* code points */
  guint end;
  guint32 bstart; /* bytes; a document of 4 GB is not a statement */
  guint32 bend;
  guint flags; /* DossierTokenFlags */
  guint sentence;
  guint space_before : 1; /* white space (or the block start) before the token */
  guint used : 1;         /* claimed by a candidate */
  /* Lookups the rules repeat, cached: 0xff until computed. */
  guint8 gaz_len;     /* gazetteer phrase starting here, bounded by the sentence */
  guint8 gaz_form;    /* its DossierGazForm */
  guint8 title;       /* a title, honorific or title acronym starts here (0/1) */
  guint8 words_known; /* bit i: membership in word list i computed */
  guint8 words;       /* bit i: in word list i */
  gint8 head;         /* the head-word type, -1 for none, -2 until computed */
} Tok;

typedef struct
{
  DossierDocument *doc;
  guint index;
  const char *text;
  GArray *sentences; /* DossierSentence */
  GArray *tok_array; /* Tok */
  Tok *toks;
  guint n_toks;
  DossierGazKey *keys;     /* per token */
  char *arena;             /* the key strings */
  guint *sent_first;       /* first token of each sentence; [n_sentences] = n_toks */
  guint8 *sent_plain;      /* sentence is running text: not a heading, not all capitals */
  GHashTable *gaz_entries; /* token + 1 -> const DossierGazEntry*, for cached matches */
} DocScan;

typedef enum
{
  CAND_GAZ,
  CAND_ACRONYM,
  CAND_NAME,
  CAND_QUOTED,
  CAND_PERSON,
  CAND_PERSON_SHORT,
  CAND_EXERCISE,
  CAND_ORDINAL,
  CAND_DATE,
  CAND_PENDING, /* an untyped capitalized name, kept in case the corpus knows it */
} CandKind;

typedef struct
{
  guint doc;
  guint t0; /* token range [t0, t1) */
  guint t1;
  int type; /* DossierEntityType, -1 while pending */
  CandKind kind;
  const char *key;     /* interned grouping key */
  const char *name;    /* interned proposed canonical name, or NULL for the surface */
  const char *acronym; /* interned */
  const char *title;   /* interned title head word of a person ("secretary"), or NULL */
  guint dead : 1;
} Cand;

typedef struct
{
  const char *sf;    /* interned short form as defined: "JMCB", "NG 25" */
  const char *lf;    /* interned long form */
  int type;          /* entity type, -1 when the long form gives none */
  const char *title; /* the short form abbreviates a title: its head word, folded */
  const char *gaz;   /* the long form is this gazetteer entity (canonical name) */
  guint quality;
} AcrDef;

typedef struct
{
  DossierGazetteer *gaz;
  GPtrArray *docs;        /* DocScan* */
  GStringChunk *strings;  /* interned keys and names */
  GHashTable *acronyms;   /* interned sf -> AcrDef* */
  GHashTable *long_forms; /* interned name key -> AcrDef* */
  GHashTable *known; /* interned name key -> GINT_TO_POINTER (type + 1): names typed somewhere */
  GArray *cands;     /* Cand */
  GPtrArray *defs;   /* AcrDef*, owned */
  GString *key_buf;  /* scratch for lookups */
} Extraction;

/* dossier-entities-scan.c */
DocScan *
dossier_doc_scan_new (DossierDocument *document, guint index);
void
dossier_doc_scan_free (DocScan *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DocScan, dossier_doc_scan_free)
const char *
dossier_intern (Extraction *x, const char *s);
/* The text of tokens [t0, t1) with runs of white space made single spaces. (transfer full) */
char *
dossier_doc_scan_dup_text (DocScan *d, guint t0, guint t1);
/* The same into @out. */
void
dossier_doc_scan_text (DocScan *d, guint t0, guint t1, GString *out);
/* A name's grouping key: folded words, "the" and exercise words dropped, hyphen-joined
 * countries in a fixed order ("ROK-U.S." = "U.S.-ROK"). Interned. */
const char *
dossier_name_key (Extraction *x, DocScan *d, guint t0, guint t1);
/* The token after a hyphen-joined run of places at @t0 ("U.S.-ROK Cyber ..."), or @t0. */
guint
dossier_place_run_end (Extraction *x, DocScan *d, guint t0, guint t1);
/* The same into @key, not interned: for lookups that mostly fail. */
void
dossier_name_key_build (Extraction *x, DocScan *d, guint t0, guint t1, GString *key);
static inline gboolean
dossier_tok_is (DocScan *d, guint t, const char *fold)
{
  return t < d->n_toks && d->keys[t].fold[0] == fold[0] && strcmp (d->keys[t].fold, fold) == 0;
}

/* Word-list membership and head-word type of token @t, cached. */
gboolean
dossier_tok_in_list (Extraction *x, DocScan *d, guint t, DossierGazWordList list);
int
dossier_tok_head_type (Extraction *x, DocScan *d, guint t);
/* dossier_gazetteer_match() on the entity table at token @t for at most @n tokens, cached per
 * token: the rules ask the same question many times. */
guint
dossier_doc_scan_gaz (Extraction *x, DocScan *d, guint t, guint n, const DossierGazEntry **entry,
                      DossierGazForm *form);
gboolean
dossier_tok_is_word (DocScan *d, guint t);
gboolean
dossier_tok_is_upper (DocScan *d, guint t);
/* An ordinal number token: "56th", "1st". */
gboolean
dossier_tok_is_ordinal (DocScan *d, guint t);
/* Opening and closing quotation marks. */
gboolean
dossier_tok_is_open_quote (DocScan *d, guint t);
gboolean
dossier_tok_is_close_quote (DocScan *d, guint t, guint open);

/* dossier-entities-acronyms.c */
void
dossier_entities_find_acronyms (Extraction *x, DocScan *d);
/* The definition an acronym token (possibly plural, possibly followed by a number) refers to;
 * *len is set to the number of tokens used. */
AcrDef *
dossier_entities_acronym_at (Extraction *x, DocScan *d, guint t, guint end, guint *len);
/* The entity type a name gets from its head word, or -1. @prefer_agreement is for quoted
 * titles, whose first document word wins ("Guidelines for ... Peninsula"). */
int
dossier_entities_head_type (Extraction *x, DocScan *d, guint t0, guint t1,
                            gboolean prefer_agreement);

/* dossier-entities-names.c, -people.c, -events.c: shared by the rules */
gboolean
dossier_ent_is_title_at (Extraction *x, DocScan *d, guint t, guint end);
gboolean
dossier_ent_is_joiner (DocScan *d, guint t);
gboolean
dossier_ent_joins (DocScan *d, guint t, guint end);
gboolean
dossier_ent_is_stopword (Extraction *x, DocScan *d, guint t);
gboolean
dossier_ent_is_initial_junk (Extraction *x, DocScan *d, guint t, guint end);
gboolean
dossier_ent_has_headword (Extraction *x, DocScan *d, guint t0, guint t1);
gboolean
dossier_ent_is_known_name_at (Extraction *x, DocScan *d, guint t0, guint t1);
guint
dossier_ent_n_words (DocScan *d, guint a, guint b);
guint
dossier_ent_cut_open_bracket (DocScan *d, guint a, guint b);
gboolean
dossier_ent_is_place (Extraction *x, DocScan *d, guint t0, guint t1);
gboolean
dossier_ent_is_month (DocScan *d, guint t);
guint
dossier_ent_name_extent (Extraction *x, DocScan *d, guint t, guint end);
gpointer
dossier_ent_lookup_key (Extraction *x, DocScan *d, GHashTable *table, guint t0, guint t1);
const char *
dossier_ent_cand_key (Extraction *x, const char *prefix, const char *key);
void
dossier_ent_remember_name (Extraction *x, DocScan *d, guint t0, guint t1, int type,
                           gboolean strong);
void
dossier_ent_emit_gaz (Extraction *x, DocScan *d, guint t, guint len, const DossierGazEntry *entry);
void
dossier_ent_emit_acronym (Extraction *x, DocScan *d, guint t, guint len, AcrDef *def);
void
dossier_ent_emit_inner (Extraction *x, DocScan *d, guint t0, guint t1);
gboolean
dossier_ent_is_short_year (DocScan *d, guint t, guint end);
gboolean
dossier_ent_is_exercise_word (Extraction *x, DocScan *d, guint t, guint end);
guint
dossier_ent_try_exercise_name (Extraction *x, DocScan *d, guint t0, guint t1, guint end,
                               gboolean caps);
guint
dossier_ent_try_caps_exercise (Extraction *x, DocScan *d, guint t, guint end);
guint
dossier_ent_try_person (Extraction *x, DocScan *d, guint t, guint end, const char **pending,
                        guint *pending_at);
guint
dossier_ent_try_ordinal (Extraction *x, DocScan *d, guint t, guint end, gboolean plain);
guint
dossier_ent_try_quoted (Extraction *x, DocScan *d, guint t, guint end);

/* dossier-entities-rules.c */
void
dossier_entities_scan_document (Extraction *x, DocScan *d);
/* Headings and Title Case lines, once the whole corpus has been read. */
void
dossier_entities_scan_late (Extraction *x, DocScan *d);
Cand *
dossier_entities_add_cand (Extraction *x, DocScan *d, guint t0, guint t1, int type, CandKind kind,
                           const char *key);

/* dossier-entities-dates.c */
/* A date starting at token @t: returns the token after it, or @t if none. */
guint
dossier_entities_match_date (Extraction *x, DocScan *d, guint t, guint end);

/* dossier-entities-resolve.c */
GPtrArray *
dossier_entities_resolve (Extraction *x);

G_END_DECLS
