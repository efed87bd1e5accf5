/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-import-private.h"

G_DEFINE_QUARK (dossier-import-error-quark, dossier_import_error)

/* Text files are read in chunks so that progress can be shown while a large one loads. */
#define READ_CHUNK (4 * 1024 * 1024)
#define SNIFF_BYTES 8192

void
dossier_progress_report (const DossierProgressRange *range, double fraction)
{
  if (range == NULL || range->func == NULL)
    return;
  range->func (range->from + CLAMP (fraction, 0.0, 1.0) * (range->to - range->from), range->data);
}

static gboolean
has_prefix_ci (const guint8 *data, gsize len, const char *prefix)
{
  gsize n = strlen (prefix);
  return len >= n && g_ascii_strncasecmp ((const char *) data, prefix, n) == 0;
}

/**
 * dossier_import_detect_format:
 * @data: the first bytes of the file (or all of it)
 * @name: (nullable): the file name, used only when the content does not decide
 *
 * Returns: the format the content looks like
 */
DossierFormat
dossier_import_detect_format (const guint8 *data, gsize len, const char *name)
{
  gsize sniff = MIN (len, (gsize) 1024);
  gsize i = 0;

  if (len >= 5 && g_strstr_len ((const char *) data, sniff, "%PDF-") != NULL)
    return DOSSIER_FORMAT_PDF;

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i < len && data[i] == '<')
    {
      const guint8 *p = data + i;
      gsize rest = len - i;
      if (has_prefix_ci (p, rest, "<!doctype html") || has_prefix_ci (p, rest, "<html")
          || has_prefix_ci (p, rest, "<head") || has_prefix_ci (p, rest, "<body")
          || has_prefix_ci (p, rest, "<!--") || has_prefix_ci (p, rest, "<p")
          || has_prefix_ci (p, rest, "<div") || has_prefix_ci (p, rest, "<meta")
          || has_prefix_ci (p, rest, "<h1") || has_prefix_ci (p, rest, "<article"))
        return DOSSIER_FORMAT_HTML;
      if (name && (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm")
                   || g_str_has_suffix (name, ".xhtml")))
        return DOSSIER_FORMAT_HTML;
    }
  return DOSSIER_FORMAT_TEXT;
}

static const char *
display_name (const char *path)
{
  const char *slash;

  if (path == NULL)
    return _("the document");
  slash = strrchr (path, '/');
  return slash && slash[1] ? slash + 1 : path;
}

/* The format importers do not know the file's name; a reader with several files open needs it. */
static void
name_file_in_error (GError **error, const char *path)
{
  if (error != NULL && *error != NULL && (*error)->domain == DOSSIER_IMPORT_ERROR)
    g_prefix_error (error, _("“%s”: "), display_name (path));
}

/* NUL bytes or many control characters in the first bytes mean this is not text. */
static gboolean
looks_binary (const guint8 *data, gsize len)
{
  gsize n = MIN (len, (gsize) SNIFF_BYTES);
  guint control = 0;

  for (gsize i = 0; i < n; i++)
    {
      guint8 c = data[i];
      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        control++;
    }
  return n > 0 && control * 10 > n;
}

/* Replaces every invalid UTF-8 sequence with U+FFFD; returns NULL if @data was valid. */
static char *
repair_utf8 (const char *data, gsize len, gsize *out_len, guint *n_repairs)
{
  const char *end;
  const char *p = data;
  GString *out;

  if (g_utf8_validate_len (data, len, &end))
    return NULL;

  out = g_string_sized_new (len + 16);
  while (p < data + len)
    {
      if (g_utf8_validate_len (p, data + len - p, &end))
        {
          g_string_append_len (out, p, data + len - p);
          break;
        }
      g_string_append_len (out, p, end - p);
      if (*end == '\0')
        {
          /* A NUL inside text is not invalid UTF-8 but no reader wants it: drop it. */
          p = end + 1;
          continue;
        }
      g_string_append (out, "\xef\xbf\xbd");
      (*n_repairs)++;
      p = end + 1;
      while (p < data + len && ((guchar) *p & 0xC0) == 0x80)
        p++;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static char *
decode_utf16 (const guint8 *data, gsize len, gsize *out_len, GError **error)
{
  const char *from = (data[0] == 0xFF) ? "UTF-16LE" : "UTF-16BE";
  gsize read = 0, written = 0;
  char *out = g_convert ((const char *) data + 2, len - 2, "UTF-8", from, &read, &written, error);

  *out_len = written;
  return out;
}

DossierDocument *
dossier_import_bytes (GBytes *bytes,
                      const char *path,
                      DossierImportProgress progress,
                      gpointer progress_data,
                      GCancellable *cancellable,
                      GError **error)
{
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  DossierDocumentParts parts = { 0 };
  DossierRawText raw;
  DossierProgressRange range = { progress, progress_data, 0.0, 0.95 };
  g_autofree char *converted = NULL;
  gboolean ok = FALSE;
  DossierDocument *document;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (len == 0 || (len <= 3 && data[0] == 0xEF))
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty"), display_name (path));
      return NULL;
    }
  if (len > DOSSIER_IMPORT_MAX_BYTES)
    {
      g_autofree char *sz = g_format_size (len);
      g_autofree char *max = g_format_size (DOSSIER_IMPORT_MAX_BYTES);
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (%s; the limit is %s)"), display_name (path), sz, max);
      return NULL;
    }

  dossier_raw_text_init (&raw);
  parts.path = g_strdup (path);
  parts.content_hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  parts.format = dossier_import_detect_format (data, len, path);

  if (parts.format == DOSSIER_FORMAT_PDF)
    {
      ok = dossier_import_pdf (&raw, bytes, &parts.n_pages, &range, cancellable, error);
      if (!ok)
        name_file_in_error (error, path);
      if (ok)
        for (guint i = 0; i < raw.blocks->len; i++)
          if (((DossierRawBlock *) g_ptr_array_index (raw.blocks, i))->text->len > 0)
            goto has_text;
      if (ok)
        {
          g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NO_TEXT,
                       _("“%s” has no text to read: it may be a scanned image"), display_name (path));
          ok = FALSE;
        }
    has_text:;
    }
  else
    {
      const char *text = (const char *) data;
      gsize text_len = len;

      if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
          g_autoptr (GError) local = NULL;
          converted = decode_utf16 (data, len, &text_len, &local);
          if (converted == NULL)
            {
              g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_BINARY,
                           _("“%s” is not readable text: %s"), display_name (path), local->message);
              goto out;
            }
          text = converted;
        }
      else if (looks_binary (data, len))
        {
          g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_BINARY,
                       _("“%s” is not a text, HTML or PDF document"), display_name (path));
          goto out;
        }
      else
        {
          gsize fixed_len = 0;
          converted = repair_utf8 (text, len, &fixed_len, &parts.n_repairs);
          if (converted)
            {
              text = converted;
              text_len = fixed_len;
            }
        }

      if (parts.format == DOSSIER_FORMAT_HTML)
        {
          ok = dossier_import_html (&raw, text, text_len, cancellable, error);
          if (!ok)
            name_file_in_error (error, path);
        }
      else
        {
          /* A UTF-8 byte order mark would hide a heading or number mark on the first line. */
          gsize bom = text_len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
          ok = dossier_import_text_lines (&raw, text + bom, text_len - bom, bom, 0, FALSE, &range,
                                          cancellable, error);
        }

      if (ok && raw.blocks->len == 0)
        {
          g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_EMPTY,
                       _("“%s” contains no text"), display_name (path));
          ok = FALSE;
        }
    }

out:
  if (!ok)
    {
      dossier_raw_text_clear (&raw);
      dossier_document_parts_clear (&parts);
      return NULL;
    }

  dossier_normalize (&raw, &parts);
  dossier_raw_text_clear (&raw);
  if (parts.text_len == 0)
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_EMPTY,
                   _("“%s” contains no text"), display_name (path));
      dossier_document_parts_clear (&parts);
      return NULL;
    }

  document = dossier_document_new_from_parts (&parts);
  dossier_document_parts_clear (&parts);
  if (progress)
    progress (1.0, progress_data);
  return document;
}

static gboolean
set_error_from_io (GError **error, GError *io_error, const char *path)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” does not exist"), display_name (path));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_REGULAR,
                 _("“%s” is a folder, not a document"), display_name (path));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (io_error));
  else
    g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_READ,
                 _("Could not read “%s”: %s"), display_name (path), io_error->message);
  return FALSE;
}

static void
rescale_progress (double fraction, gpointer data)
{
  dossier_progress_report (data, fraction);
}

/**
 * dossier_import_file:
 * @progress: (scope call) (nullable): called from this thread as the file is read and parsed
 *
 * Reads and imports a document. Blocks: use dossier_import_file_async() from a UI.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
DossierDocument *
dossier_import_file (GFile *file,
                     DossierImportProgress progress,
                     gpointer progress_data,
                     GCancellable *cancellable,
                     GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) local = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GByteArray) buffer = NULL;
  g_autoptr (GBytes) bytes = NULL;
  goffset size;
  gsize total = 0;

  if (path == NULL)
    path = g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    return set_error_from_io (error, local, path), NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_REGULAR,
                   _("“%s” is a folder, not a document"), display_name (path));
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file"), display_name (path));
      return NULL;
    }

  size = g_file_info_get_size (info);
  if ((guint64) size > DOSSIER_IMPORT_MAX_BYTES)
    {
      g_autofree char *sz = g_format_size (size);
      g_autofree char *max = g_format_size (DOSSIER_IMPORT_MAX_BYTES);
      g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (%s; the limit is %s)"), display_name (path), sz, max);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local);
  if (stream == NULL)
    return set_error_from_io (error, local, path), NULL;

  buffer = g_byte_array_sized_new (size > 0 ? size : 4096);
  for (;;)
    {
      gssize n;

      g_byte_array_set_size (buffer, total + READ_CHUNK);
      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + total, READ_CHUNK, cancellable, &local);
      if (n < 0)
        return set_error_from_io (error, local, path), NULL;
      if (n == 0)
        break;
      total += n;
      if (total > DOSSIER_IMPORT_MAX_BYTES)
        {
          g_autofree char *max = g_format_size (DOSSIER_IMPORT_MAX_BYTES);
          g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large to open (the limit is %s)"), display_name (path), max);
          return NULL;
        }
      if (progress && size > 0)
        progress (0.3 * MIN (1.0, (double) total / size), progress_data);
    }
  g_byte_array_set_size (buffer, total);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

  {
    DossierProgressRange outer = { progress, progress_data, 0.3, 1.0 };
    return dossier_import_bytes (bytes, path, progress ? rescale_progress : NULL, &outer,
                                 cancellable, error);
  }
}

typedef struct
{
  DossierImportProgress progress;
  gpointer progress_data;
} AsyncData;

static void
import_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  AsyncData *data = task_data;
  GError *error = NULL;
  DossierDocument *document;

  document = dossier_import_file (G_FILE (source), data->progress, data->progress_data, cancellable, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * dossier_import_file_async:
 * @progress: (scope notified) (nullable): called from a worker thread; marshal it yourself
 *
 * Imports @file in a worker thread.
 */
void
dossier_import_file_async (GFile *file,
                           DossierImportProgress progress,
                           gpointer progress_data,
                           GCancellable *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (file, cancellable, callback, user_data);
  AsyncData *data = g_new0 (AsyncData, 1);

  data->progress = progress;
  data->progress_data = progress_data;
  g_task_set_source_tag (task, dossier_import_file_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * dossier_import_file_finish:
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
DossierDocument *
dossier_import_file_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dossier_import_file_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
