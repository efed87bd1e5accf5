/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-entity.h"

G_BEGIN_DECLS

/* General knowledge for the entity extractor: places, organizations, titles, head words. Read
 * from the JSON tables in data/gazetteer/ (compiled in as a GResource) and from the user's
 * gazetteer.json; the schema is in data/gazetteer/README.md. */

#define DOSSIER_GAZETTEER_ERROR (dossier_gazetteer_error_quark ())

typedef enum
{
  DOSSIER_GAZETTEER_ERROR_PARSE,  /* not JSON */
  DOSSIER_GAZETTEER_ERROR_SCHEMA, /* JSON, but not the gazetteer schema */
} DossierGazetteerError;

GQuark
dossier_gazetteer_error_quark (void);

/* How an entity was written. */
typedef enum
{
  DOSSIER_GAZ_FORM_NAME,
  DOSSIER_GAZ_FORM_ALIAS,
  DOSSIER_GAZ_FORM_ACRONYM,
  DOSSIER_GAZ_FORM_ADJECTIVE,
} DossierGazForm;

/* One known entity; owned by the gazetteer. */
typedef struct
{
  char *name;
  DossierEntityType type;
  char *acronym; /* the first acronym, or NULL */
} DossierGazEntry;

/* The phrase tables. */
typedef enum
{
  DOSSIER_GAZ_ENTITIES,
  DOSSIER_GAZ_TITLES,
  DOSSIER_GAZ_HONORIFICS,
} DossierGazTable;

/* Word lists. */
typedef enum
{
  DOSSIER_GAZ_PORTFOLIOS,
  DOSSIER_GAZ_STOPWORDS,
  DOSSIER_GAZ_EXERCISE_WORDS,
  DOSSIER_GAZ_NAME_SUFFIXES,
  DOSSIER_GAZ_TITLE_PREFIXES,
  DOSSIER_GAZ_DEPARTMENT_HEADS,
  DOSSIER_GAZ_N_WORD_LISTS
} DossierGazWordList;

/* A token as the matcher sees it: @fold is the word case-folded (ASCII) with typographic
 * apostrophes made straight, @exact the same without case folding; @upper tells whether the
 * word starts with a capital. Both strings NUL-terminated. */
typedef struct
{
  const char *fold;
  const char *exact;
  gboolean upper;
} DossierGazKey;

#define DOSSIER_TYPE_GAZETTEER (dossier_gazetteer_get_type ())
G_DECLARE_FINAL_TYPE (DossierGazetteer, dossier_gazetteer, DOSSIER, GAZETTEER, GObject)

DossierGazetteer *
dossier_gazetteer_new (void);
DossierGazetteer *
dossier_gazetteer_get_default (void);
char *
dossier_gazetteer_get_user_path (void);

gboolean
dossier_gazetteer_add_data (DossierGazetteer *self, const char *data, gssize length,
                            const char *origin, GError **error);
gboolean
dossier_gazetteer_add_file (DossierGazetteer *self, GFile *file, GError **error);
gboolean
dossier_gazetteer_add_bundled (DossierGazetteer *self, GError **error);

guint
dossier_gazetteer_get_n_entries (DossierGazetteer *self);

/* Longest phrase of @table at keys[0, n_keys). Returns the number of tokens matched, 0 if
 * none. For DOSSIER_GAZ_ENTITIES @entry and @form are set; for titles and honorifics @entry
 * is set to NULL and @canonical to the phrase as listed. */
guint
dossier_gazetteer_match (DossierGazetteer *self, DossierGazTable table, const DossierGazKey *keys,
                         guint n_keys, const DossierGazEntry **entry, DossierGazForm *form,
                         const char **canonical);

/* Whether the case-folded word is in @list. */
gboolean
dossier_gazetteer_has_word (DossierGazetteer *self, DossierGazWordList list, const char *fold);

/* The entity type a head word gives a name ("Committee" -> ORG), or -1. @fold case-folded. */
int
dossier_gazetteer_headword_type (DossierGazetteer *self, const char *fold);

/* The entity called @name (canonical name, alias or acronym, exact spelling), or NULL. */
const DossierGazEntry *
dossier_gazetteer_lookup (DossierGazetteer *self, const char *name);

/* Case-folds @word (@len bytes) into @buf as the matcher expects (see DossierGazKey); returns
 * FALSE if it does not fit in @buf_size. */
gboolean
dossier_gazetteer_fold (const char *word, gsize len, gboolean fold_case, char *buf, gsize buf_size);

G_END_DECLS
