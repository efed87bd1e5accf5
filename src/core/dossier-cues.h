/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a cue phrase tells about the clause it appears in. */
typedef enum
{
  DOSSIER_CUE_COMMITMENT, /* a statement of intent: "pledged to", "will", "reaffirmed" */
  DOSSIER_CUE_OUTCOME,    /* a report: "welcomed", "completed", "launched" */
  DOSSIER_CUE_DELIVERED,  /* status words, read near the shared terms of a link */
  DOSSIER_CUE_PROGRESSED,
  DOSSIER_CUE_CONTINUED,
  DOSSIER_CUE_CHANGED,
  DOSSIER_CUE_FUTURE,     /* turns a following completion word into a plan */
  DOSSIER_CUE_INSTRUMENT, /* head noun of a body or arrangement: "committee", "framework" */
  DOSSIER_N_CUE_KINDS
} DossierCueKind;

/* One cue found in a word sequence: words[start, end) matched a phrase of @kind. */
typedef struct
{
  DossierCueKind kind;
  guint start;
  guint end;
  float weight;
} DossierCueMatch;

#define DOSSIER_CUES_ERROR (dossier_cues_error_quark ())
GQuark
dossier_cues_error_quark (void);

typedef enum
{
  DOSSIER_CUES_ERROR_INVALID, /* a cue file is not what the loader expects */
} DossierCuesError;

/* The cue lists of the JSON files of data/cues/: phrase tables for classifying statements and
 * deciding link statuses, stop words, general acronyms. Immutable once loaded, so one instance
 * is shared by every thread. */
#define DOSSIER_TYPE_CUES (dossier_cues_get_type ())
G_DECLARE_FINAL_TYPE (DossierCues, dossier_cues, DOSSIER, CUES, GObject)

DossierCues *
dossier_cues_get_default (void);
DossierCues *
dossier_cues_new_from_resources (const char *prefix, GError **error);

GArray *
dossier_cues_find (DossierCues *self, const char *const *words, guint n_words);
gboolean
dossier_cues_is_stopword (DossierCues *self, const char *word);
gboolean
dossier_cues_is_clause_verb (DossierCues *self, const char *word);
gboolean
dossier_cues_is_light_word (DossierCues *self, const char *word);
const char *
dossier_cues_lookup_equivalent (DossierCues *self, const char *word);
const char *
dossier_cues_lookup_acronym (DossierCues *self, const char *acronym);
GPtrArray *
dossier_cues_dup_acronyms (DossierCues *self);
const char *
dossier_cue_kind_to_string (DossierCueKind kind);

G_END_DECLS
