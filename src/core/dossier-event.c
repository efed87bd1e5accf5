/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-event-private.h"

/* One point or span on the timeline: a date, a short label, and the passage it comes from. */
struct _DossierEvent
{
  GObject parent_instance;

  DossierEventKind kind;
  DossierDocument *document;
  DossierDate date;
  DossierDate end_date;
  guint32 first_day;
  guint32 last_day;
  char *label;
  guint start;
  guint end;
  guint focus_start;
  guint focus_end;
  gboolean planned;
  GPtrArray *entities;
};

G_DEFINE_ENUM_TYPE (DossierEventKind, dossier_event_kind,
                    G_DEFINE_ENUM_VALUE (DOSSIER_EVENT_DOCUMENT, "document"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_EVENT_SENTENCE, "sentence"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_EVENT_MENTION, "mention"))

G_DEFINE_FINAL_TYPE (DossierEvent, dossier_event, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_DOCUMENT,
  PROP_LABEL,
  PROP_START,
  PROP_END,
  PROP_DATE,
  PROP_END_DATE,
  PROP_PLANNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_event_finalize (GObject *object)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_event_parent_class)->finalize (object);
}

static void
dossier_event_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_DATE:
      g_value_take_string (value, dossier_event_dup_iso_date (self));
      break;
    case PROP_END_DATE:
      g_value_take_string (value, dossier_event_dup_iso_end_date (self));
      break;
    case PROP_PLANNED:
      g_value_set_boolean (value, self->planned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    case PROP_START:
      self->start = g_value_get_uint (value);
      break;
    case PROP_END:
      self->end = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_class_init (DossierEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_event_finalize;
  object_class->get_property = dossier_event_get_property;
  object_class->set_property = dossier_event_set_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, DOSSIER_TYPE_EVENT_KIND,
                                             DOSSIER_EVENT_SENTENCE, construct);
  properties[PROP_DOCUMENT]
      = g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT, construct);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, construct);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, construct);
  /* ISO 8601 at the event's precision: "2024-10-30", "2024-07", "2025" */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, readable);
  properties[PROP_END_DATE] = g_param_spec_string ("end-date", NULL, NULL, NULL, readable);
  properties[PROP_PLANNED] = g_param_spec_boolean ("planned", NULL, NULL, FALSE, readable);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_event_init (DossierEvent *self)
{
}

/**
 * dossier_event_new:
 * @kind: where the event comes from
 * @document: the document it comes from
 * @date: its date (or the start of its span)
 * @end_date: (nullable): the end of its span; %NULL for a single date
 * @label: a short label
 * @start: its passage in @document: code point offsets, end exclusive
 * @end: the end of the passage
 *
 * Returns: (transfer full): a new event
 */
DossierEvent *
dossier_event_new (DossierEventKind kind, DossierDocument *document, const DossierDate *date,
                   const DossierDate *end_date, const char *label, guint start, guint end)
{
  DossierEvent *self;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (date != NULL && dossier_date_is_valid (date), NULL);

  self = g_object_new (DOSSIER_TYPE_EVENT, "kind", kind, "document", document, "label", label,
                       "start", start, "end", end, NULL);
  self->date = *date;
  self->end_date = end_date && dossier_date_is_valid (end_date) ? *end_date : *date;
  if (dossier_date_compare (&self->end_date, &self->date) < 0)
    self->end_date = self->date;
  self->first_day = dossier_date_get_first_day (&self->date);
  self->last_day = MAX (self->first_day, dossier_date_get_last_day (&self->end_date));
  self->focus_start = start;
  self->focus_end = end;
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

DossierEventKind
dossier_event_get_kind (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), DOSSIER_EVENT_SENTENCE);
  return self->kind;
}

/**
 * dossier_event_get_document:
 *
 * Returns: (transfer none): the document the event comes from
 */
DossierDocument *
dossier_event_get_document (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->document;
}

/**
 * dossier_event_get_date:
 *
 * Returns: (transfer none): the date, or the start of the span
 */
const DossierDate *
dossier_event_get_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return &self->date;
}

/**
 * dossier_event_get_end_date:
 *
 * Returns: (transfer none): the end of the span; the date itself for a single date
 */
const DossierDate *
dossier_event_get_end_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return &self->end_date;
}

DossierPrecision
dossier_event_get_precision (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), DOSSIER_PRECISION_DAY);
  return self->date.precision;
}

/**
 * dossier_event_dup_iso_date:
 *
 * Returns: (transfer full): the date in ISO 8601 at its precision
 */
char *
dossier_event_dup_iso_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return dossier_date_to_iso (&self->date);
}

/**
 * dossier_event_dup_iso_end_date:
 *
 * Returns: (transfer full): the end date in ISO 8601 at its precision
 */
char *
dossier_event_dup_iso_end_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return dossier_date_to_iso (&self->end_date);
}

/**
 * dossier_event_get_first_day:
 *
 * Returns: the julian day (GDate numbering) the event starts on: the first day its date covers
 */
guint32
dossier_event_get_first_day (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->first_day;
}

/**
 * dossier_event_get_last_day:
 *
 * Returns: the julian day the event ends on: "2025" ends on 2025-12-31
 */
guint32
dossier_event_get_last_day (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->last_day;
}

const char *
dossier_event_get_label (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->label;
}

/**
 * dossier_event_get_start:
 *
 * Returns: where the event's passage (its sentence) starts, in code points
 */
guint
dossier_event_get_start (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->start;
}

guint
dossier_event_get_end (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->end;
}

/**
 * dossier_event_get_focus:
 * @start: (out) (optional): start of the words that date the event
 * @end: (out) (optional): their end
 *
 * The part of the passage to highlight: the temporal expression of a sentence event, the
 * dated name of a mention; the whole passage otherwise.
 */
void
dossier_event_get_focus (DossierEvent *self, guint *start, guint *end)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  if (start)
    *start = self->focus_start;
  if (end)
    *end = self->focus_end;
}

/**
 * dossier_event_dup_text:
 *
 * Returns: (transfer full): the passage, for a tooltip
 */
char *
dossier_event_dup_text (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return dossier_document_dup_slice (self->document, self->start, self->end);
}

/**
 * dossier_event_get_planned:
 *
 * Returns: whether the event was announced for later than its document's date
 */
gboolean
dossier_event_get_planned (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  return self->planned;
}

/**
 * dossier_event_get_entities:
 *
 * Returns: (transfer none) (element-type DossierEntity): the entities mentioned in the passage,
 *   in text order
 */
GPtrArray *
dossier_event_get_entities (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->entities;
}

gboolean
dossier_event_has_entity (DossierEvent *self, DossierEntity *entity)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  return g_ptr_array_find (self->entities, entity, NULL);
}

/**
 * dossier_event_compare:
 *
 * Timeline order: by first day, then longer spans first (a year before the days inside it),
 * then document events before the sentences that follow them, then text position.
 *
 * Returns: negative, 0 or positive
 */
int
dossier_event_compare (DossierEvent *a, DossierEvent *b)
{
  if (a->first_day != b->first_day)
    return a->first_day < b->first_day ? -1 : 1;
  if (a->last_day != b->last_day)
    return a->last_day > b->last_day ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind == DOSSIER_EVENT_DOCUMENT ? -1 : b->kind == DOSSIER_EVENT_DOCUMENT ? 1 : 0;
  return 0;
}

void
dossier_event_set_planned (DossierEvent *self, gboolean planned)
{
  self->planned = planned;
}

void
dossier_event_set_focus (DossierEvent *self, guint start, guint end)
{
  self->focus_start = start;
  self->focus_end = end;
}

void
dossier_event_take_entities (DossierEvent *self, GPtrArray *entities)
{
  for (guint i = 0; entities && i < entities->len; i++)
    g_ptr_array_add (self->entities, g_object_ref (g_ptr_array_index (entities, i)));
  g_clear_pointer (&entities, g_ptr_array_unref);
}
