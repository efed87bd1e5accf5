/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* pango_default_break() on text[0, n_bytes) (@n_chars characters) as far as the segmenter
 * reads it: only is_word_boundary and is_sentence_boundary of attrs[0, n_chars] are set,
 * the other fields are left as they were. Answers are memoized (see the .c file). */
void
dossier_segment_break (const char *text, gsize n_bytes, guint n_chars, PangoLogAttr *attrs);

G_END_DECLS
