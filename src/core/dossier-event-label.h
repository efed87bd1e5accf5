/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A byte range of a sentence, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
} DossierLabelSpan;

#define DOSSIER_EVENT_LABEL_MAX 64

char *
dossier_event_label_for_sentence (const char *sentence, gssize len, const DossierLabelSpan *dates,
                                  guint n_dates, guint max_chars);

char *
dossier_event_label_for_name (const char *text, gssize len, gsize from, guint max_chars,
                              gsize *name_end);

char *
dossier_event_label_shorten (const char *text, guint max_chars);

G_END_DECLS
