/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-event-label.h"
#include "dossier-event-list.h"
#include "dossier-event-private.h"
#include "dossier-segment.h"
#include "dossier-temporal.h"

/* From documents to events: each document is an event (its meeting on its date), each dated
 * sentence is one (dated by its most telling expression), and each dated name ("the 2018
 * National Defense Strategy", "the 2026 Ocean Conference") is one of its own. */

/* The entities mentioned in text[start, end), dates left out: the event carries its own. */
static GPtrArray *
entities_in (DossierEntitySet *entities, DossierDocument *document, guint start, guint end)
{
  GPtrArray *found;

  if (entities == NULL || end <= start)
    return NULL;
  found = dossier_entity_set_in_range (entities, document, start, end);
  for (guint i = found->len; i > 0; i--)
    if (dossier_entity_get_entity_type (g_ptr_array_index (found, i - 1)) == DOSSIER_ENTITY_DATE)
      g_ptr_array_remove_index (found, i - 1);
  return found;
}

/* Explicit dates tell more than a year alone, and a year more than "recently"; then the finer
 * precision wins. */
static int
timex_rank (const DossierTimex *x)
{
  int kind = x->kind == DOSSIER_TIMEX_EXPLICIT || x->kind == DOSSIER_TIMEX_BARE ? 3
             : x->kind == DOSSIER_TIMEX_YEAR                                    ? 2
                                                                                : 1;
  int precision = x->date.precision == DOSSIER_PRECISION_DAY     ? 3
                  : x->date.precision == DOSSIER_PRECISION_MONTH ? 2
                                                                 : 1;

  return kind * 10 + precision;
}

/* A line holding nothing but a date: the document's dateline, not an event. */
static gboolean
is_dateline (const char *text, const DossierTimex *xs, guint n, guint start)
{
  const char *p = text;
  guint offset = start;

  for (; *p; p = g_utf8_next_char (p), offset++)
    {
      gboolean inside = FALSE;

      for (guint i = 0; i < n; i++)
        if (offset >= xs[i].start && offset < xs[i].end)
          inside = TRUE;
      if (!inside && g_unichar_isalnum (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

static gsize
byte_in (const char *text, guint offset)
{
  return g_utf8_offset_to_pointer (text, offset) - text;
}

static void
add_sentence_events (DossierDocument *document, DossierEntitySet *entities,
                     const DossierSentence *sentence, const DossierTimex *xs, guint n,
                     GPtrArray *events)
{
  g_autofree char *text = dossier_document_dup_slice (document, sentence->start, sentence->end);
  g_autofree DossierLabelSpan *spans = g_new (DossierLabelSpan, n);
  const DossierTimex *main = NULL;

  if (is_dateline (text, xs, n, sentence->start))
    return;

  for (guint i = 0; i < n; i++)
    {
      spans[i].start = byte_in (text, xs[i].start - sentence->start);
      spans[i].end = byte_in (text, xs[i].end - sentence->start);
      if (!xs[i].attributive && (main == NULL || timex_rank (&xs[i]) > timex_rank (main)))
        main = &xs[i];
    }

  if (main)
    {
      g_autofree char *label
          = dossier_event_label_for_sentence (text, -1, spans, n, DOSSIER_EVENT_LABEL_MAX);
      DossierEvent *event
          = dossier_event_new (DOSSIER_EVENT_SENTENCE, document, &main->date, &main->end_date,
                               label, sentence->start, sentence->end);

      dossier_event_set_planned (event, main->planned);
      dossier_event_set_focus (event, main->start, main->end);
      dossier_event_take_entities (
          event, entities_in (entities, document, sentence->start, sentence->end));
      g_ptr_array_add (events, event);
    }

  for (guint i = 0; i < n; i++)
    {
      const DossierTimex *x = &xs[i];
      g_autofree char *label = NULL;
      DossierEvent *event;
      gsize name_end = spans[i].end;
      guint end;

      if (!x->attributive)
        continue;
      label = dossier_event_label_for_name (text, -1, spans[i].end, DOSSIER_EVENT_LABEL_MAX,
                                            &name_end);
      if (label == NULL)
        continue;
      end = sentence->start + g_utf8_pointer_to_offset (text, text + name_end);
      event = dossier_event_new (DOSSIER_EVENT_MENTION, document, &x->date, &x->end_date, label,
                                 sentence->start, sentence->end);
      dossier_event_set_planned (event, x->planned);
      dossier_event_set_focus (event, x->start, end);
      dossier_event_take_entities (event, entities_in (entities, document, x->start, end));
      g_ptr_array_add (events, event);
    }
}

/* Where the title is in the text, to link the document's event to something visible: the
 * title itself, or else the first heading, or else the first block. */
static void
find_title (DossierDocument *document, guint *start, guint *end)
{
  const char *title = dossier_document_get_title (document);
  const char *text = dossier_document_get_text (document);
  const char *found = title && *title ? strstr (text, title) : NULL;
  const DossierBlock *blocks;
  guint n_blocks;

  *start = *end = 0;
  if (found)
    {
      *start = dossier_document_byte_to_offset (document, found - text);
      *end = *start + g_utf8_strlen (title, -1);
      return;
    }
  blocks = dossier_document_get_blocks (document, &n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    if (blocks[i].kind == DOSSIER_BLOCK_HEADING)
      {
        *start = blocks[i].start;
        *end = blocks[i].end;
        return;
      }
  if (n_blocks > 0)
    {
      *start = blocks[0].start;
      *end = blocks[0].end;
    }
}

static void
add_document_event (DossierDocument *document, DossierEntitySet *entities, const DossierTimex *xs,
                    guint n, GPtrArray *events)
{
  DossierDate date, end_date;
  g_autofree char *label = NULL;
  g_autofree char *full = NULL;
  const char *meeting = dossier_document_get_meeting (document);
  const char *title = dossier_document_get_title (document);
  DossierEvent *event;
  guint start, end;

  if (!dossier_temporal_get_anchor (document, &date))
    return;
  end_date = date;
  /* A dateline with a range ("June 3-4, 2025") gives the meeting its length. */
  for (guint i = 0; i < n && xs[i].start < 2000; i++)
    if (xs[i].kind == DOSSIER_TIMEX_EXPLICIT && dossier_date_compare (&xs[i].date, &date) == 0
        && xs[i].date.precision == date.precision)
      {
        end_date = xs[i].end_date;
        break;
      }

  if (meeting && *meeting)
    /* TRANSLATORS: an event label: the meeting, then the kind of document ("5th Ministerial —
     * Communiqué")
     */
    full = g_strdup_printf (_ ("%s — %s"), meeting,
                            dossier_document_kind_to_label (dossier_document_get_kind (document)));
  else if (title && *title)
    full = g_strdup (title);
  else
    full = g_path_get_basename (
        dossier_document_get_path (document) ? dossier_document_get_path (document) : "");
  label = dossier_event_label_shorten (full, DOSSIER_EVENT_LABEL_MAX);

  find_title (document, &start, &end);
  event = dossier_event_new (DOSSIER_EVENT_DOCUMENT, document, &date, &end_date, label, start, end);
  dossier_event_take_entities (event, entities_in (entities, document, start, end));
  g_ptr_array_add (events, event);
}

static void
extract_document (DossierDocument *document, DossierEntitySet *entities, GPtrArray *events)
{
  g_autoptr (GArray) sentences = dossier_segment_sentences (document);
  g_autoptr (GArray) xs = dossier_temporal_tag_document (document, sentences);
  const DossierTimex *x = (const DossierTimex *) xs->data;
  guint t = 0;

  add_document_event (document, entities, x, xs->len, events);

  for (guint i = 0; i < sentences->len; i++)
    {
      const DossierSentence *sentence = &g_array_index (sentences, DossierSentence, i);
      guint first;

      while (t < xs->len && x[t].start < sentence->start)
        t++;
      first = t;
      while (t < xs->len && x[t].end <= sentence->end)
        t++;
      if (t > first)
        add_sentence_events (document, entities, sentence, x + first, t - first, events);
    }
}

/**
 * dossier_event_list_extract:
 * @documents: (element-type DossierDocument): the documents, in corpus order (the lanes)
 * @entities: (nullable): the corpus's entities, to tell which ones each event mentions
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Runs in the calling thread.
 *
 * Returns: (transfer full) (nullable): the events of @documents, or %NULL if cancelled
 */
DossierEventList *
dossier_event_list_extract (GPtrArray *documents, DossierEntitySet *entities,
                            GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (documents != NULL, NULL);

  for (guint i = 0; i < documents->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      extract_document (g_ptr_array_index (documents, i), entities, events);
    }
  return dossier_event_list_new (documents, events);
}
