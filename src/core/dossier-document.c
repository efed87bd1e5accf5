/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dossier-document-private.h"
#include "dossier-metadata.h"

/* One byte offset per this many code points keeps offset lookups O(1) without a full table. */
#define CHECKPOINT_STRIDE 256

struct _DossierDocument
{
  GObject parent_instance;

  char *path;
  GFile *file;
  DossierFormat format;
  char *text;
  gsize text_len;
  guint length;
  GArray *blocks;
  GArray *emphasis;
  GArray *runs;
  GArray *checkpoints; /* gsize byte offset of code point i * CHECKPOINT_STRIDE */
  guint n_repairs;
  guint n_pages;
  char *content_hash;

  char *title;
  char *meeting;
  char *date;
  DossierDocumentKind kind;
};

G_DEFINE_FINAL_TYPE (DossierDocument, dossier_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_KIND,
  PROP_MEETING,
  PROP_DATE,
  PROP_LENGTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_document_finalize (GObject *object)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->emphasis, g_array_unref);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->checkpoints, g_array_unref);
  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->meeting, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (dossier_document_parent_class)->finalize (object);
}

static void
dossier_document_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_MEETING:
      g_value_set_string (value, self->meeting);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_class_init (DossierDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_document_finalize;
  object_class->get_property = dossier_document_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, DOSSIER_DOCUMENT_KIND_FACT_SHEET,
                                            0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING] = g_param_spec_string ("meeting", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] = g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_document_init (DossierDocument *self)
{
}

/* The text is valid UTF-8: a code point starts at every byte that is not a continuation byte.
 * Testing bytes is several times faster than stepping with g_utf8_next_char(). */
static void
build_checkpoints (DossierDocument *self)
{
  const guchar *text = (const guchar *) self->text;
  gsize len = self->text_len;
  guint cp = 0;

  self->checkpoints = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len / CHECKPOINT_STRIDE + 1);
  for (gsize i = 0; i < len; i++)
    {
      if ((text[i] & 0xC0) == 0x80)
        continue;
      if (cp % CHECKPOINT_STRIDE == 0)
        g_array_append_val (self->checkpoints, i);
      cp++;
    }
  self->length = cp;
}

void
dossier_document_parts_clear (DossierDocumentParts *parts)
{
  g_clear_pointer (&parts->path, g_free);
  g_clear_pointer (&parts->text, g_free);
  g_clear_pointer (&parts->blocks, g_array_unref);
  g_clear_pointer (&parts->emphasis, g_array_unref);
  g_clear_pointer (&parts->runs, g_array_unref);
  g_clear_pointer (&parts->content_hash, g_free);
}

DossierDocument *
dossier_document_new_from_parts (DossierDocumentParts *parts)
{
  DossierDocument *self = g_object_new (DOSSIER_TYPE_DOCUMENT, NULL);
  DossierMetadata meta = { 0 };

  self->path = g_steal_pointer (&parts->path);
  self->file = self->path ? g_file_new_for_commandline_arg (self->path) : NULL;
  self->format = parts->format;
  self->text = g_steal_pointer (&parts->text);
  self->text_len = parts->text_len;
  self->blocks = g_steal_pointer (&parts->blocks);
  self->emphasis = g_steal_pointer (&parts->emphasis);
  self->runs = g_steal_pointer (&parts->runs);
  self->n_repairs = parts->n_repairs;
  self->n_pages = parts->n_pages;
  self->content_hash = g_steal_pointer (&parts->content_hash);

  if (self->text == NULL)
    self->text = g_strdup ("");
  if (self->blocks == NULL)
    self->blocks = g_array_new (FALSE, TRUE, sizeof (DossierBlock));
  if (self->emphasis == NULL)
    self->emphasis = g_array_new (FALSE, TRUE, sizeof (DossierSpan));
  if (self->runs == NULL)
    self->runs = g_array_new (FALSE, TRUE, sizeof (DossierSourceRun));

  build_checkpoints (self);

  dossier_metadata_read (self, &meta);
  self->title = g_steal_pointer (&meta.title);
  self->meeting = g_steal_pointer (&meta.meeting);
  self->date = g_steal_pointer (&meta.date);
  self->kind = meta.kind;

  return self;
}

/**
 * dossier_document_get_path:
 *
 * Returns: (nullable): the path or URI the document was opened from
 */
const char *
dossier_document_get_path (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->path;
}

/**
 * dossier_document_get_file:
 *
 * Returns: (transfer none) (nullable): the file the document was opened from
 */
GFile *
dossier_document_get_file (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
dossier_document_get_title (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->title;
}

DossierDocumentKind
dossier_document_get_kind (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), DOSSIER_DOCUMENT_KIND_OTHER);
  return self->kind;
}

/**
 * dossier_document_get_meeting:
 *
 * Returns: (nullable): the meeting the document reports on, such as "24th KIDD"
 */
const char *
dossier_document_get_meeting (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->meeting;
}

/**
 * dossier_document_get_date:
 *
 * Returns: (nullable): the document's own date as ISO 8601 (YYYY-MM-DD)
 */
const char *
dossier_document_get_date (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->date;
}

DossierFormat
dossier_document_get_format (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), DOSSIER_FORMAT_TEXT);
  return self->format;
}

const char *
dossier_document_get_text (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->text;
}

gsize
dossier_document_get_text_bytes (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);
  return self->text_len;
}

/**
 * dossier_document_get_length:
 *
 * Returns: the length of the normalized text in Unicode code points
 */
guint
dossier_document_get_length (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);
  return self->length;
}

/**
 * dossier_document_get_blocks:
 * @n_blocks: (out): the number of blocks
 *
 * Returns: (array length=n_blocks) (transfer none): the blocks in text order
 */
const DossierBlock *
dossier_document_get_blocks (DossierDocument *self, guint *n_blocks)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  *n_blocks = self->blocks->len;
  return (const DossierBlock *) (gpointer) self->blocks->data;
}

/**
 * dossier_document_get_emphasis:
 * @n_spans: (out): the number of spans
 *
 * Returns: (array length=n_spans) (transfer none): emphasized ranges in text order
 */
const DossierSpan *
dossier_document_get_emphasis (DossierDocument *self, guint *n_spans)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  *n_spans = self->emphasis->len;
  return (const DossierSpan *) (gpointer) self->emphasis->data;
}

/**
 * dossier_document_get_n_repairs:
 *
 * Returns: how many invalid UTF-8 sequences were replaced with U+FFFD on import
 */
guint
dossier_document_get_n_repairs (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);
  return self->n_repairs;
}

guint
dossier_document_get_n_pages (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);
  return self->n_pages;
}

/**
 * dossier_document_get_content_hash:
 *
 * Returns: the SHA-256 of the source bytes, in hex
 */
const char *
dossier_document_get_content_hash (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->content_hash;
}

/**
 * dossier_document_offset_to_byte:
 * @offset: a code point offset, clamped to the text length
 *
 * Returns: the byte index of @offset in the normalized text
 */
gsize
dossier_document_offset_to_byte (DossierDocument *self, guint offset)
{
  const guchar *p;
  guint cp, k;
  gsize base;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);

  if (offset >= self->length)
    return self->text_len;
  if (self->length == self->text_len)
    return offset;

  k = offset / CHECKPOINT_STRIDE;
  base = g_array_index (self->checkpoints, gsize, k);
  /* Statements are mostly ASCII: when a stretch between checkpoints has one byte per code
   * point, the answer needs no walk (the stages ask for every sentence and mention). */
  if (k + 1 < self->checkpoints->len
      && g_array_index (self->checkpoints, gsize, k + 1) - base == CHECKPOINT_STRIDE)
    return base + offset % CHECKPOINT_STRIDE;
  p = (const guchar *) self->text + base;
  for (cp = offset - offset % CHECKPOINT_STRIDE; cp < offset; cp++)
    {
      p++;
      while ((*p & 0xC0) == 0x80)
        p++;
    }
  return (const char *) p - self->text;
}

/**
 * dossier_document_byte_to_offset:
 * @byte: a byte index into the normalized text, on a character boundary
 *
 * Returns: the code point offset of @byte
 */
guint
dossier_document_byte_to_offset (DossierDocument *self, gsize byte)
{
  guint lo, hi, cp;
  const char *p, *target;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);

  if (byte >= self->text_len)
    return self->length;
  if (self->length == self->text_len)
    return byte;

  lo = 0;
  hi = self->checkpoints->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (self->checkpoints, gsize, mid) <= byte)
        lo = mid;
      else
        hi = mid;
    }

  cp = lo * CHECKPOINT_STRIDE;
  p = self->text + g_array_index (self->checkpoints, gsize, lo);
  target = self->text + byte;
  while (p < target)
    {
      p = g_utf8_next_char (p);
      cp++;
    }
  return cp;
}

/**
 * dossier_document_dup_slice:
 *
 * Returns: (transfer full): the normalized text between two code point offsets
 */
char *
dossier_document_dup_slice (DossierDocument *self, guint start, guint end)
{
  gsize b0, b1;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);

  if (end < start)
    end = start;
  b0 = dossier_document_offset_to_byte (self, start);
  b1 = dossier_document_offset_to_byte (self, end);
  return g_strndup (self->text + b0, b1 - b0);
}

/**
 * dossier_document_source_position:
 * @offset: a code point offset in the normalized text
 *
 * Maps back to the source: a byte offset into the file for text and Markdown, into the
 * extracted page text for PDF and HTML. Text the normalizer made up (separators, bullet
 * marks) maps to the source position of the next copied character.
 *
 * Returns: the source byte offset
 */
gsize
dossier_document_source_position (DossierDocument *self, guint offset)
{
  gsize byte;
  guint lo, hi;
  const DossierSourceRun *run;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), 0);

  if (self->runs->len == 0)
    return 0;

  byte = dossier_document_offset_to_byte (self, offset);
  lo = 0;
  hi = self->runs->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (self->runs, DossierSourceRun, mid).text_byte <= byte)
        lo = mid;
      else
        hi = mid;
    }

  run = &g_array_index (self->runs, DossierSourceRun, lo);
  if (byte < run->text_byte)
    return run->source_byte;
  if (byte < run->text_byte + run->length)
    return run->source_byte + (byte - run->text_byte);
  if (lo + 1 < self->runs->len)
    return g_array_index (self->runs, DossierSourceRun, lo + 1).source_byte;
  return run->source_byte + run->length;
}

/**
 * dossier_document_find_block:
 *
 * Returns: (nullable) (transfer none): the block containing @offset
 */
const DossierBlock *
dossier_document_find_block (DossierDocument *self, guint offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);

  hi = self->blocks->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const DossierBlock *b = &g_array_index (self->blocks, DossierBlock, mid);

      if (offset < b->start)
        hi = mid;
      else if (offset >= b->end)
        lo = mid + 1;
      else
        return b;
    }
  return NULL;
}

const char *
dossier_document_kind_to_string (DossierDocumentKind kind)
{
  switch (kind)
    {
    case DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT:
      return "joint-statement";
    case DOSSIER_DOCUMENT_KIND_COMMUNIQUE:
      return "communique";
    case DOSSIER_DOCUMENT_KIND_FACT_SHEET:
      return "fact-sheet";
    case DOSSIER_DOCUMENT_KIND_OTHER:
    default:
      return "other";
    }
}

const char *
dossier_document_kind_to_label (DossierDocumentKind kind)
{
  switch (kind)
    {
    case DOSSIER_DOCUMENT_KIND_JOINT_STATEMENT:
      return _("Joint statement");
    case DOSSIER_DOCUMENT_KIND_COMMUNIQUE:
      return _("Communiqué");
    case DOSSIER_DOCUMENT_KIND_FACT_SHEET:
      return _("Fact sheet");
    case DOSSIER_DOCUMENT_KIND_OTHER:
    default:
      return _("Statement");
    }
}
