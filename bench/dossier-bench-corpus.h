/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A deterministic generator of statements of the genre Dossier reads: joint statements,
 * communiqués and fact sheets about made-up meetings between real countries, with made-up
 * officials drawn from general lists of given and family names. The same seed gives the same
 * bytes on every machine (GRand is a Mersenne Twister).
 */

typedef struct _DossierBenchCorpus DossierBenchCorpus;

DossierBenchCorpus *
dossier_bench_corpus_new (guint32 seed);
void
dossier_bench_corpus_free (DossierBenchCorpus *self);

/* Appends one statement, 3 to 30 KB, in plain text with Markdown marks, to @out. */
void
dossier_bench_corpus_statement (DossierBenchCorpus *self, GString *out);

/* Statements back to back, blank-line separated, until @out holds at least @target bytes. */
void
dossier_bench_corpus_fill (DossierBenchCorpus *self, GString *out, gsize target);

/* The same statement as HTML: headings, paragraphs, lists, <strong>, page furniture. */
void
dossier_bench_corpus_to_html (const char *text, gsize len, GString *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierBenchCorpus, dossier_bench_corpus_free)

G_END_DECLS
