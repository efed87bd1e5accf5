/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-anchor.h"
#include "dossier-annotation.h"

/*
 * An annotation is a W3C Web Annotation in memory: a target (quote and position selectors
 * on one document, identified by content hash) plus the analyst's layer (colour, note, tags,
 * briefing flag). It is mutable and notifies per property so views can bind to it; the
 * workspace turns changes into reversible edits (see DossierWorkspaceEdit).
 */

struct _DossierAnnotation
{
  GObject parent_instance;

  char *id;
  char *document_hash;
  char *document_path;
  char *exact;
  char *prefix;
  char *suffix;
  guint start;
  guint end;
  char *colour;
  char *note;
  char **tags;
  char *created;
  char *modified;
  guint for_briefing : 1;
  guint orphaned : 1;
};

G_DEFINE_FINAL_TYPE (DossierAnnotation, dossier_annotation, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_HASH,
  PROP_DOCUMENT_PATH,
  PROP_EXACT,
  PROP_PREFIX,
  PROP_SUFFIX,
  PROP_START,
  PROP_END,
  PROP_COLOUR,
  PROP_NOTE,
  PROP_TAGS,
  PROP_FOR_BRIEFING,
  PROP_ORPHANED,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_string (char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* The timestamp records the analyst's last change, so only their layer touches it. */
static void
touch (DossierAnnotation *self)
{
  g_autofree char *now = dossier_annotation_now_iso8601 ();

  if (set_string (&self->modified, now))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
dossier_annotation_finalize (GObject *object)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->document_hash, g_free);
  g_clear_pointer (&self->document_path, g_free);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (dossier_annotation_parent_class)->finalize (object);
}

static void
dossier_annotation_constructed (GObject *object)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  G_OBJECT_CLASS (dossier_annotation_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->created == NULL)
    self->created = dossier_annotation_now_iso8601 ();
  if (self->modified == NULL)
    self->modified = g_strdup (self->created);
}

static void
dossier_annotation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DOCUMENT_HASH:
      g_value_set_string (value, self->document_hash);
      break;
    case PROP_DOCUMENT_PATH:
      g_value_set_string (value, self->document_path);
      break;
    case PROP_EXACT:
      g_value_set_string (value, self->exact);
      break;
    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;
    case PROP_SUFFIX:
      g_value_set_string (value, self->suffix);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_FOR_BRIEFING:
      g_value_set_boolean (value, self->for_briefing);
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_set_property (GObject *object, guint prop_id, const GValue *value,
                                 GParamSpec *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_DOCUMENT_PATH:
      dossier_annotation_set_document_path (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      dossier_annotation_set_colour (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      dossier_annotation_set_note (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      dossier_annotation_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_FOR_BRIEFING:
      dossier_annotation_set_for_briefing (self, g_value_get_boolean (value));
      break;
    case PROP_ORPHANED:
      dossier_annotation_set_orphaned (self, g_value_get_boolean (value));
      break;
    case PROP_CREATED:
      g_free (self->created);
      self->created = g_value_dup_string (value);
      break;
    case PROP_MODIFIED:
      dossier_annotation_set_modified (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_class_init (DossierAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_annotation_finalize;
  object_class->constructed = dossier_annotation_constructed;
  object_class->get_property = dossier_annotation_get_property;
  object_class->set_property = dossier_annotation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, co);
  properties[PROP_DOCUMENT_HASH] = g_param_spec_string ("document-hash", NULL, NULL, NULL, ro);
  properties[PROP_DOCUMENT_PATH] = g_param_spec_string ("document-path", NULL, NULL, NULL, rw);
  properties[PROP_EXACT] = g_param_spec_string ("exact", NULL, NULL, NULL, ro);
  properties[PROP_PREFIX] = g_param_spec_string ("prefix", NULL, NULL, NULL, ro);
  properties[PROP_SUFFIX] = g_param_spec_string ("suffix", NULL, NULL, NULL, ro);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_COLOUR]
      = g_param_spec_string ("colour", NULL, NULL, DOSSIER_ANNOTATION_DEFAULT_COLOUR, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_FOR_BRIEFING] = g_param_spec_boolean ("for-briefing", NULL, NULL, FALSE, rw);
  properties[PROP_ORPHANED] = g_param_spec_boolean ("orphaned", NULL, NULL, FALSE, rw);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, co);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_annotation_init (DossierAnnotation *self)
{
  self->colour = g_strdup (DOSSIER_ANNOTATION_DEFAULT_COLOUR);
  self->note = g_strdup ("");
  self->exact = g_strdup ("");
  self->prefix = g_strdup ("");
  self->suffix = g_strdup ("");
  self->tags = g_new0 (char *, 1);
}

/**
 * dossier_annotation_new:
 * @document_hash: (nullable): the SHA-256 content hash of the annotated document
 * @exact: the quoted text; @prefix and @suffix: (nullable): the text around it
 *
 * Creates an annotation with a fresh id and the current time as creation time.
 *
 * Returns: (transfer full): a new annotation
 */
DossierAnnotation *
dossier_annotation_new (const char *document_hash, guint start, guint end, const char *exact,
                        const char *prefix, const char *suffix)
{
  DossierAnnotation *self = g_object_new (DOSSIER_TYPE_ANNOTATION, NULL);

  dossier_annotation_set_target (self, document_hash, start, end, exact, prefix, suffix);
  return self;
}

/**
 * dossier_annotation_new_for_selection:
 * @document: the document shown in the reader
 * @start: first selected code point
 * @end: code point after the selection
 *
 * Creates a highlight for a selection in @document: both selectors, the content hash and the
 * document path are filled in. White space at the edges of the selection is left out, as a
 * double-click selection usually carries a trailing space.
 *
 * Returns: (transfer full) (nullable): a new annotation, or %NULL if the selection is empty,
 *   only white space, outside the document or too long
 */
DossierAnnotation *
dossier_annotation_new_for_selection (DossierDocument *document, guint start, guint end,
                                      GError **error)
{
  const char *text;
  gsize b0, b1;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GFile *file;
  DossierAnnotation *self;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (start >= end || end > dossier_document_get_length (document))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _ ("The selection is empty or outside the document"));
      return NULL;
    }

  text = dossier_document_get_text (document);
  b0 = dossier_document_offset_to_byte (document, start);
  b1 = dossier_document_offset_to_byte (document, end);
  while (b0 < b1 && g_unichar_isspace (g_utf8_get_char (text + b0)))
    {
      b0 = g_utf8_next_char (text + b0) - text;
      start++;
    }
  while (b1 > b0 && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + b1))))
    {
      b1 = g_utf8_prev_char (text + b1) - text;
      end--;
    }
  if (b0 == b1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _ ("The selection contains no text"));
      return NULL;
    }
  if (b1 - b0 > DOSSIER_ANNOTATION_MAX_QUOTE_BYTES)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _ ("The selection is too long to annotate"));
      return NULL;
    }

  dossier_anchor_describe (document, start, end, &exact, &prefix, &suffix);
  self = dossier_annotation_new (dossier_document_get_content_hash (document), start, end, exact,
                                 prefix, suffix);
  file = dossier_document_get_file (document);
  if (file != NULL)
    self->document_path = g_file_get_path (file);
  return self;
}

/**
 * dossier_annotation_copy:
 *
 * A snapshot with the same id and every field, used as the before or after state of an edit.
 *
 * Returns: (transfer full): a copy of @self
 */
DossierAnnotation *
dossier_annotation_copy (DossierAnnotation *self)
{
  DossierAnnotation *copy;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);

  copy = g_object_new (DOSSIER_TYPE_ANNOTATION, "id", self->id, "created", self->created, NULL);
  dossier_annotation_assign (copy, self);
  return copy;
}

#define ASSIGN_STRING(field, prop)                                                                 \
  if (set_string (&self->field, from->field))                                                      \
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop])

/**
 * dossier_annotation_assign:
 * @from: the state to take
 *
 * Gives @self every field of @from except the id and creation time, notifying only the
 * properties that change. Undo and redo use this so the object a view shows stays the same.
 */
void
dossier_annotation_assign (DossierAnnotation *self, DossierAnnotation *from)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (from));

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  ASSIGN_STRING (document_hash, PROP_DOCUMENT_HASH);
  ASSIGN_STRING (document_path, PROP_DOCUMENT_PATH);
  ASSIGN_STRING (exact, PROP_EXACT);
  ASSIGN_STRING (prefix, PROP_PREFIX);
  ASSIGN_STRING (suffix, PROP_SUFFIX);
  if (self->start != from->start)
    {
      self->start = from->start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != from->end)
    {
      self->end = from->end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  ASSIGN_STRING (colour, PROP_COLOUR);
  ASSIGN_STRING (note, PROP_NOTE);
  if (!g_strv_equal ((const char *const *) self->tags, (const char *const *) from->tags))
    {
      g_strfreev (self->tags);
      self->tags = g_strdupv (from->tags);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
    }
  if (self->for_briefing != from->for_briefing)
    {
      self->for_briefing = from->for_briefing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOR_BRIEFING]);
    }
  if (self->orphaned != from->orphaned)
    {
      self->orphaned = from->orphaned;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
    }
  ASSIGN_STRING (modified, PROP_MODIFIED);
  g_object_thaw_notify (G_OBJECT (self));
}

#undef ASSIGN_STRING

/**
 * dossier_annotation_equal:
 *
 * Compares every saved field, the id and timestamps included. The document path is left out:
 * the workspace derives it from its document list.
 *
 * Returns: whether @a and @b hold the same annotation
 */
gboolean
dossier_annotation_equal (DossierAnnotation *a, DossierAnnotation *b)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (a), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (b), FALSE);

  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->document_hash, b->document_hash) == 0
         && g_strcmp0 (a->exact, b->exact) == 0 && g_strcmp0 (a->prefix, b->prefix) == 0
         && g_strcmp0 (a->suffix, b->suffix) == 0 && a->start == b->start && a->end == b->end
         && g_strcmp0 (a->colour, b->colour) == 0 && g_strcmp0 (a->note, b->note) == 0
         && g_strv_equal ((const char *const *) a->tags, (const char *const *) b->tags)
         && a->for_briefing == b->for_briefing && a->orphaned == b->orphaned
         && g_strcmp0 (a->created, b->created) == 0 && g_strcmp0 (a->modified, b->modified) == 0;
}

const char *
dossier_annotation_get_id (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->id;
}

/**
 * dossier_annotation_get_document_hash:
 *
 * Returns: (nullable): the SHA-256 content hash of the document the selectors point into
 */
const char *
dossier_annotation_get_document_hash (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->document_hash;
}

/**
 * dossier_annotation_get_document_path:
 *
 * Returns: (nullable): the absolute path of the document, when known
 */
const char *
dossier_annotation_get_document_path (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->document_path;
}

void
dossier_annotation_set_document_path (DossierAnnotation *self, const char *path)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  if (set_string (&self->document_path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_PATH]);
}

const char *
dossier_annotation_get_exact (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->exact;
}

const char *
dossier_annotation_get_prefix (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->prefix;
}

const char *
dossier_annotation_get_suffix (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->suffix;
}

guint
dossier_annotation_get_start (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->start;
}

guint
dossier_annotation_get_end (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->end;
}

/**
 * dossier_annotation_set_target:
 * @document_hash: (nullable): content hash of the document
 * @exact: (nullable): the quote; @prefix, @suffix: (nullable): its context
 *
 * Replaces both selectors at once, since they only make sense together. Used by
 * re-anchoring; it does not change the modification time, which belongs to the analyst.
 */
void
dossier_annotation_set_target (DossierAnnotation *self, const char *document_hash, guint start,
                               guint end, const char *exact, const char *prefix, const char *suffix)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (start <= end);

  g_object_freeze_notify (object);
  if (set_string (&self->document_hash, document_hash))
    g_object_notify_by_pspec (object, properties[PROP_DOCUMENT_HASH]);
  if (set_string (&self->exact, exact ? exact : ""))
    g_object_notify_by_pspec (object, properties[PROP_EXACT]);
  if (set_string (&self->prefix, prefix ? prefix : ""))
    g_object_notify_by_pspec (object, properties[PROP_PREFIX]);
  if (set_string (&self->suffix, suffix ? suffix : ""))
    g_object_notify_by_pspec (object, properties[PROP_SUFFIX]);
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (object, properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (object, properties[PROP_END]);
    }
  g_object_thaw_notify (object);
}

const char *
dossier_annotation_get_colour (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->colour;
}

/**
 * dossier_annotation_set_colour:
 * @colour: one of the names from dossier_annotation_list_colours()
 */
void
dossier_annotation_set_colour (DossierAnnotation *self, const char *colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (dossier_annotation_colour_is_valid (colour));

  if (set_string (&self->colour, colour))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
      touch (self);
    }
}

const char *
dossier_annotation_get_note (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->note;
}

/**
 * dossier_annotation_set_note:
 * @note: (nullable): the note, "" or %NULL for none
 */
void
dossier_annotation_set_note (DossierAnnotation *self, const char *note)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  if (set_string (&self->note, note ? note : ""))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
      touch (self);
    }
}

/**
 * dossier_annotation_get_tags:
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags, never %NULL
 */
const char *const *
dossier_annotation_get_tags (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return (const char *const *) self->tags;
}

/**
 * dossier_annotation_set_tags:
 * @tags: (nullable) (array zero-terminated=1): the tags; normalized with
 *   dossier_annotation_normalize_tags()
 */
void
dossier_annotation_set_tags (DossierAnnotation *self, const char *const *tags)
{
  g_auto (GStrv) normalized = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  normalized = dossier_annotation_normalize_tags (tags);
  if (g_strv_equal ((const char *const *) self->tags, (const char *const *) normalized))
    return;
  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&normalized);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
  touch (self);
}

/**
 * dossier_annotation_has_tag:
 *
 * Returns: whether @self carries @tag, compared without regard to case
 */
gboolean
dossier_annotation_has_tag (DossierAnnotation *self, const char *tag)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), FALSE);

  if (tag == NULL)
    return FALSE;
  folded = g_utf8_casefold (tag, -1);
  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags[i], -1);
      if (strcmp (folded, other) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
dossier_annotation_get_for_briefing (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), FALSE);
  return self->for_briefing;
}

void
dossier_annotation_set_for_briefing (DossierAnnotation *self, gboolean for_briefing)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  for_briefing = !!for_briefing;
  if (self->for_briefing == (guint) for_briefing)
    return;
  self->for_briefing = for_briefing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOR_BRIEFING]);
  touch (self);
}

/**
 * dossier_annotation_get_orphaned:
 *
 * Returns: whether the quote could not be found in the current text of its document;
 *   the selectors then keep the last known place
 */
gboolean
dossier_annotation_get_orphaned (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), FALSE);
  return self->orphaned;
}

void
dossier_annotation_set_orphaned (DossierAnnotation *self, gboolean orphaned)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  orphaned = !!orphaned;
  if (self->orphaned == (guint) orphaned)
    return;
  self->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

/**
 * dossier_annotation_get_created:
 *
 * Returns: the creation time, ISO 8601 in UTC ("2024-04-11T09:30:00Z")
 */
const char *
dossier_annotation_get_created (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->created;
}

/**
 * dossier_annotation_get_modified:
 *
 * Returns: the time of the analyst's last change (colour, note, tags, briefing flag)
 */
const char *
dossier_annotation_get_modified (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->modified;
}

void
dossier_annotation_set_modified (DossierAnnotation *self, const char *modified)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (dossier_annotation_timestamp_is_valid (modified));

  if (set_string (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
