/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dossier-link.h"

struct _DossierLink
{
  GObject parent_instance;

  DossierDocument *source;
  guint source_start;
  guint source_end;
  DossierDocument *target;
  guint target_start;
  guint target_end;
  double score;
  DossierLinkStatus status;
  char *topic;

  char *source_text; /* sliced on first request */
  char *target_text;
  GArray *source_highlights; /* DossierRange */
  GArray *target_highlights;
};

G_DEFINE_FINAL_TYPE (DossierLink, dossier_link, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (DossierLinkStatus, dossier_link_status,
                    G_DEFINE_ENUM_VALUE (DOSSIER_LINK_DELIVERED, "delivered"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_LINK_PROGRESSED, "progressed"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_LINK_CONTINUED, "continued"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_LINK_CHANGED, "changed"))

enum
{
  PROP_0,
  PROP_SOURCE_DOCUMENT,
  PROP_SOURCE_START,
  PROP_SOURCE_END,
  PROP_TARGET_DOCUMENT,
  PROP_TARGET_START,
  PROP_TARGET_END,
  PROP_SCORE,
  PROP_STATUS,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_link_finalize (GObject *object)
{
  DossierLink *self = DOSSIER_LINK (object);

  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->source_text, g_free);
  g_clear_pointer (&self->target_text, g_free);
  g_clear_pointer (&self->source_highlights, g_array_unref);
  g_clear_pointer (&self->target_highlights, g_array_unref);
  G_OBJECT_CLASS (dossier_link_parent_class)->finalize (object);
}

static void
dossier_link_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierLink *self = DOSSIER_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE_DOCUMENT:
      g_value_set_object (value, self->source);
      break;
    case PROP_SOURCE_START:
      g_value_set_uint (value, self->source_start);
      break;
    case PROP_SOURCE_END:
      g_value_set_uint (value, self->source_end);
      break;
    case PROP_TARGET_DOCUMENT:
      g_value_set_object (value, self->target);
      break;
    case PROP_TARGET_START:
      g_value_set_uint (value, self->target_start);
      break;
    case PROP_TARGET_END:
      g_value_set_uint (value, self->target_end);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_link_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierLink *self = DOSSIER_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE_DOCUMENT:
      self->source = g_value_dup_object (value);
      break;
    case PROP_SOURCE_START:
      self->source_start = g_value_get_uint (value);
      break;
    case PROP_SOURCE_END:
      self->source_end = g_value_get_uint (value);
      break;
    case PROP_TARGET_DOCUMENT:
      self->target = g_value_dup_object (value);
      break;
    case PROP_TARGET_START:
      self->target_start = g_value_get_uint (value);
      break;
    case PROP_TARGET_END:
      self->target_end = g_value_get_uint (value);
      break;
    case PROP_SCORE:
      self->score = g_value_get_double (value);
      break;
    case PROP_STATUS:
      dossier_link_set_status (self, g_value_get_enum (value));
      break;
    case PROP_TOPIC:
      self->topic = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_link_class_init (DossierLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags fixed = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_link_finalize;
  object_class->get_property = dossier_link_get_property;
  object_class->set_property = dossier_link_set_property;

  properties[PROP_SOURCE_DOCUMENT]
      = g_param_spec_object ("source-document", NULL, NULL, DOSSIER_TYPE_DOCUMENT, fixed);
  properties[PROP_SOURCE_START]
      = g_param_spec_uint ("source-start", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_SOURCE_END]
      = g_param_spec_uint ("source-end", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_TARGET_DOCUMENT]
      = g_param_spec_object ("target-document", NULL, NULL, DOSSIER_TYPE_DOCUMENT, fixed);
  properties[PROP_TARGET_START]
      = g_param_spec_uint ("target-start", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_TARGET_END]
      = g_param_spec_uint ("target-end", NULL, NULL, 0, G_MAXUINT, 0, fixed);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0.0, 1.0, 0.0, fixed);
  properties[PROP_STATUS] = g_param_spec_enum (
      "status", NULL, NULL, DOSSIER_TYPE_LINK_STATUS, DOSSIER_LINK_CONTINUED,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC] = g_param_spec_string ("topic", NULL, NULL, NULL, fixed);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_link_init (DossierLink *self)
{
  self->status = DOSSIER_LINK_CONTINUED;
  self->source_highlights = g_array_new (FALSE, FALSE, sizeof (DossierRange));
  self->target_highlights = g_array_new (FALSE, FALSE, sizeof (DossierRange));
}

/**
 * dossier_link_new:
 * @source: the earlier document, holding the commitment
 * @target: the later document, holding the outcome
 * @score: similarity in [0, 1]
 * @topic: (nullable): a short label of what the two passages share
 *
 * Returns: (transfer full): a new link
 */
DossierLink *
dossier_link_new (DossierDocument *source, guint source_start, guint source_end,
                  DossierDocument *target, guint target_start, guint target_end, double score,
                  DossierLinkStatus status, const char *topic)
{
  DossierLink *self;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (source), NULL);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (target), NULL);
  g_return_val_if_fail (source_start <= source_end && target_start <= target_end, NULL);
  g_return_val_if_fail (status < DOSSIER_N_LINK_STATUSES, NULL);

  /* Fields set directly rather than through construct properties: a large corpus makes
   * hundreds of thousands of links, and the property machinery would dominate. */
  self = g_object_new (DOSSIER_TYPE_LINK, NULL);
  self->source = g_object_ref (source);
  self->source_start = source_start;
  self->source_end = source_end;
  self->target = g_object_ref (target);
  self->target_start = target_start;
  self->target_end = target_end;
  self->score = CLAMP (score, 0.0, 1.0);
  self->status = status;
  self->topic = g_strdup (topic);
  return self;
}

/**
 * dossier_link_get_source_document:
 *
 * Returns: (transfer none): the document holding the commitment
 */
DossierDocument *
dossier_link_get_source_document (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);
  return self->source;
}

guint
dossier_link_get_source_start (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), 0);
  return self->source_start;
}

guint
dossier_link_get_source_end (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), 0);
  return self->source_end;
}

/**
 * dossier_link_get_source_text:
 *
 * Returns: (transfer none): the commitment's text
 */
const char *
dossier_link_get_source_text (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);

  if (!self->source_text)
    self->source_text
        = dossier_document_dup_slice (self->source, self->source_start, self->source_end);
  return self->source_text;
}

/**
 * dossier_link_get_target_document:
 *
 * Returns: (transfer none): the document holding the outcome
 */
DossierDocument *
dossier_link_get_target_document (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);
  return self->target;
}

guint
dossier_link_get_target_start (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), 0);
  return self->target_start;
}

guint
dossier_link_get_target_end (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), 0);
  return self->target_end;
}

/**
 * dossier_link_get_target_text:
 *
 * Returns: (transfer none): the outcome's text
 */
const char *
dossier_link_get_target_text (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);

  if (!self->target_text)
    self->target_text
        = dossier_document_dup_slice (self->target, self->target_start, self->target_end);
  return self->target_text;
}

double
dossier_link_get_score (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), 0.0);
  return self->score;
}

DossierLinkStatus
dossier_link_get_status (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), DOSSIER_LINK_CONTINUED);
  return self->status;
}

/**
 * dossier_link_set_status:
 *
 * Overrides the status, e.g. when the analyst disagrees with the one found.
 */
void
dossier_link_set_status (DossierLink *self, DossierLinkStatus status)
{
  g_return_if_fail (DOSSIER_IS_LINK (self));
  g_return_if_fail (status < DOSSIER_N_LINK_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * dossier_link_get_topic:
 *
 * Returns: (nullable): a short label of what the passages share ("Coastal Rescue Centre")
 */
const char *
dossier_link_get_topic (DossierLink *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);
  return self->topic;
}

/**
 * dossier_link_get_source_highlights:
 * @n_spans: (out): number of spans
 *
 * Returns: (array length=n_spans) (transfer none): spans of the source document's text that
 *   share a term, alias or entity with the target, in text order
 */
const DossierRange *
dossier_link_get_source_highlights (DossierLink *self, guint *n_spans)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);
  g_return_val_if_fail (n_spans != NULL, NULL);

  *n_spans = self->source_highlights->len;
  return (const DossierRange *) (gpointer) self->source_highlights->data;
}

/**
 * dossier_link_get_target_highlights:
 * @n_spans: (out): number of spans
 *
 * Returns: (array length=n_spans) (transfer none): the same for the target document
 */
const DossierRange *
dossier_link_get_target_highlights (DossierLink *self, guint *n_spans)
{
  g_return_val_if_fail (DOSSIER_IS_LINK (self), NULL);
  g_return_val_if_fail (n_spans != NULL, NULL);

  *n_spans = self->target_highlights->len;
  return (const DossierRange *) (gpointer) self->target_highlights->data;
}

/**
 * dossier_link_set_highlights:
 * @source_spans: (array length=n_source): spans in the source document
 * @target_spans: (array length=n_target): spans in the target document
 *
 * Records the shared words of both sides; the linker calls it once.
 */
void
dossier_link_set_highlights (DossierLink *self, const DossierRange *source_spans, guint n_source,
                             const DossierRange *target_spans, guint n_target)
{
  g_return_if_fail (DOSSIER_IS_LINK (self));

  g_array_set_size (self->source_highlights, 0);
  g_array_set_size (self->target_highlights, 0);
  if (n_source)
    g_array_append_vals (self->source_highlights, source_spans, n_source);
  if (n_target)
    g_array_append_vals (self->target_highlights, target_spans, n_target);
}

const char *
dossier_link_status_to_string (DossierLinkStatus status)
{
  static const char *const names[] = { "delivered", "progressed", "continued", "changed" };

  g_return_val_if_fail (status < DOSSIER_N_LINK_STATUSES, NULL);
  return names[status];
}

/**
 * dossier_link_status_to_label:
 *
 * Returns: the status as shown to the user, translated
 */
const char *
dossier_link_status_to_label (DossierLinkStatus status)
{
  switch (status)
    {
    case DOSSIER_LINK_DELIVERED:
      return _ ("Delivered");
    case DOSSIER_LINK_PROGRESSED:
      return _ ("Progressed");
    case DOSSIER_LINK_CONTINUED:
      return _ ("Continued");
    case DOSSIER_LINK_CHANGED:
      return _ ("Changed");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * dossier_link_status_from_string:
 * @status: (out): the status named by @string
 *
 * Returns: whether @string names a status ("delivered", "progressed", "continued", "changed")
 */
gboolean
dossier_link_status_from_string (const char *string, DossierLinkStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; string && i < DOSSIER_N_LINK_STATUSES; i++)
    if (g_str_equal (string, dossier_link_status_to_string (i)))
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}
