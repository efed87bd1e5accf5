/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-event-list.h"

/* Events sorted by their first day. A timeline asks "what lies in [a, b]?" at every frame:
 * with the longest span known, the candidates are a contiguous run found by binary search,
 * so a query costs O(log n + k) with no tree to maintain (the list never changes). */
struct _DossierEventList
{
  GObject parent_instance;

  GPtrArray *documents; /* DossierDocument: the lanes */
  GPtrArray *events;    /* DossierEvent, sorted */
  GArray *lanes;        /* guint per event */
  guint32 max_span;     /* longest last_day - first_day */
};

static void
list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierEventList, dossier_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
list_get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_EVENT;
}

static guint
list_get_n_items (GListModel *model)
{
  return DOSSIER_EVENT_LIST (model)->events->len;
}

static gpointer
list_get_item (GListModel *model, guint position)
{
  DossierEventList *self = DOSSIER_EVENT_LIST (model);

  if (position >= self->events->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->events, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
dossier_event_list_finalize (GObject *object)
{
  DossierEventList *self = DOSSIER_EVENT_LIST (object);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  G_OBJECT_CLASS (dossier_event_list_parent_class)->finalize (object);
}

static void
dossier_event_list_class_init (DossierEventListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_event_list_finalize;
}

static void
dossier_event_list_init (DossierEventList *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->lanes = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The lane of @event: the first position of its document, 0 if it has none. @lane_index maps
 * a document to its position + 1: searching the documents at every comparison of the sort
 * made building the list quadratic in the corpus. */
static guint
lane_of (GHashTable *lane_index, DossierEvent *event)
{
  guint lane
      = GPOINTER_TO_UINT (g_hash_table_lookup (lane_index, dossier_event_get_document (event)));

  return lane > 0 ? lane - 1 : 0;
}

static int
compare_events (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GHashTable *lane_index = user_data;
  DossierEvent *ea = *(DossierEvent **) a, *eb = *(DossierEvent **) b;
  int c = dossier_event_compare (ea, eb);
  guint la, lb;

  if (c != 0)
    return c;
  la = lane_of (lane_index, ea);
  lb = lane_of (lane_index, eb);
  if (la != lb)
    return la < lb ? -1 : 1;
  if (dossier_event_get_start (ea) != dossier_event_get_start (eb))
    return dossier_event_get_start (ea) < dossier_event_get_start (eb) ? -1 : 1;
  return 0;
}

/**
 * dossier_event_list_new:
 * @documents: (element-type DossierDocument): the lanes, in order
 * @events: (element-type DossierEvent): the events, in any order
 *
 * Returns: (transfer full): a list holding references on both, events sorted
 */
DossierEventList *
dossier_event_list_new (GPtrArray *documents, GPtrArray *events)
{
  DossierEventList *self = g_object_new (DOSSIER_TYPE_EVENT_LIST, NULL);
  g_autoptr (GHashTable) lane_index = g_hash_table_new (NULL, NULL);

  for (guint i = 0; documents && i < documents->len; i++)
    {
      gpointer document = g_ptr_array_index (documents, i);

      g_ptr_array_add (self->documents, g_object_ref (document));
      if (!g_hash_table_contains (lane_index, document))
        g_hash_table_insert (lane_index, document, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; events && i < events->len; i++)
    g_ptr_array_add (self->events, g_object_ref (g_ptr_array_index (events, i)));
  /* g_qsort_with_data is stable. */
  g_qsort_with_data (self->events->pdata, self->events->len, sizeof (gpointer), compare_events,
                     lane_index);

  for (guint i = 0; i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);
      guint lane = lane_of (lane_index, event);

      g_array_append_val (self->lanes, lane);
      self->max_span = MAX (self->max_span, dossier_event_get_last_day (event)
                                                - dossier_event_get_first_day (event));
    }
  return self;
}

guint
dossier_event_list_get_n_events (DossierEventList *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), 0);
  return self->events->len;
}

/**
 * dossier_event_list_get_event:
 *
 * Returns: (transfer none) (nullable): the event at @position
 */
DossierEvent *
dossier_event_list_get_event (DossierEventList *self, guint position)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), NULL);
  if (position >= self->events->len)
    return NULL;
  return g_ptr_array_index (self->events, position);
}

/**
 * dossier_event_list_find:
 * @position: (out) (optional): where @event is
 *
 * Returns: whether @event is in the list
 */
gboolean
dossier_event_list_find (DossierEventList *self, DossierEvent *event, guint *position)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), FALSE);
  return g_ptr_array_find (self->events, event, position);
}

/**
 * dossier_event_list_find_at:
 * @document: a document
 * @offset: a code point offset into its text
 * @position: (out) (optional): the position of the event found
 *
 * Finds the event whose passage contains @offset (the reader's caret), preferring a sentence
 * event over a mention and a mention over the document's own event.
 *
 * Returns: whether one does
 */
gboolean
dossier_event_list_find_at (DossierEventList *self, DossierDocument *document, guint offset,
                            guint *position)
{
  guint best = G_MAXUINT, best_rank = 0;

  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), FALSE);

  for (guint i = 0; i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);
      guint rank;

      if (dossier_event_get_document (event) != document || offset < dossier_event_get_start (event)
          || offset >= dossier_event_get_end (event))
        continue;
      rank = dossier_event_get_kind (event) == DOSSIER_EVENT_SENTENCE  ? 3
             : dossier_event_get_kind (event) == DOSSIER_EVENT_MENTION ? 2
                                                                       : 1;
      if (rank > best_rank)
        best = i, best_rank = rank;
    }
  if (best == G_MAXUINT)
    return FALSE;
  if (position)
    *position = best;
  return TRUE;
}

/**
 * dossier_event_list_get_span:
 * @first_day: (out) (optional): the first day of the earliest event (julian, GDate numbering)
 * @last_day: (out) (optional): the last day of the latest event
 *
 * The span a "fit all" should show.
 *
 * Returns: %FALSE if the list is empty
 */
gboolean
dossier_event_list_get_span (DossierEventList *self, guint32 *first_day, guint32 *last_day)
{
  guint32 first = G_MAXUINT32, last = 0;

  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), FALSE);

  if (self->events->len == 0)
    return FALSE;
  first = dossier_event_get_first_day (g_ptr_array_index (self->events, 0));
  for (guint i = 0; i < self->events->len; i++)
    last = MAX (last, dossier_event_get_last_day (g_ptr_array_index (self->events, i)));
  if (first_day)
    *first_day = first;
  if (last_day)
    *last_day = last;
  return TRUE;
}

/**
 * dossier_event_list_query:
 * @first_day: start of the interval, a julian day (GDate numbering)
 * @last_day: its end, inclusive
 *
 * Returns: (transfer full) (element-type guint): the positions, ascending, of the events whose
 *   span meets [@first_day, @last_day]
 */
GArray *
dossier_event_list_query (DossierEventList *self, guint32 first_day, guint32 last_day)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  guint lo = 0, hi;
  guint32 from;

  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), out);

  if (last_day < first_day)
    return out;
  /* No event starting before first_day - max_span can reach first_day. */
  from = first_day > self->max_span ? first_day - self->max_span : 0;
  hi = self->events->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (dossier_event_get_first_day (g_ptr_array_index (self->events, mid)) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);

      if (dossier_event_get_first_day (event) > last_day)
        break;
      if (dossier_event_get_last_day (event) >= first_day)
        g_array_append_val (out, i);
    }
  return out;
}

guint
dossier_event_list_get_n_lanes (DossierEventList *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), 0);
  return self->documents->len;
}

/**
 * dossier_event_list_get_lane_document:
 *
 * Returns: (transfer none) (nullable): the document of @lane
 */
DossierDocument *
dossier_event_list_get_lane_document (DossierEventList *self, guint lane)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), NULL);
  if (lane >= self->documents->len)
    return NULL;
  return g_ptr_array_index (self->documents, lane);
}

/**
 * dossier_event_list_get_lane:
 *
 * Returns: the lane (document index) of the event at @position
 */
guint
dossier_event_list_get_lane (DossierEventList *self, guint position)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_LIST (self), 0);
  g_return_val_if_fail (position < self->lanes->len, 0);
  return g_array_index (self->lanes, guint, position);
}
