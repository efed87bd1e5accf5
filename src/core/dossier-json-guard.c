/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-json-guard.h"

/*
 * json-glib 1.6 parses recursively without a depth limit (100000 nested arrays overflow the
 * stack) and builds a tree of about 300 bytes per value, and it silently cuts strings at an
 * escaped NUL. Files from elsewhere are therefore scanned once before parsing: encoding,
 * nesting depth, the number of values and the length of strings are checked against limits,
 * so a hostile file costs at most a bounded amount of memory and gets a clear error.
 */

G_DEFINE_QUARK (dossier-json-guard-error-quark, dossier_json_guard_error)

static gboolean
scan (const char *data, gsize length, const DossierJsonLimits *limits, GError **error)
{
  guint depth = 0;
  guint tokens = 0;
  gsize i = 0;

  while (i < length)
    {
      char c = data[i];

      if (c == '"')
        {
          gsize start = i++;

          while (i < length && data[i] != '"')
            {
              if (data[i] == '\\')
                {
                  if (i + 5 < length && data[i + 1] == 'u'
                      && strncmp (data + i + 2, "0000", 4) == 0)
                    {
                      g_set_error_literal (error, DOSSIER_JSON_GUARD_ERROR,
                                           DOSSIER_JSON_GUARD_ERROR_ENCODING,
                                           _ ("The file contains a NUL character in a string"));
                      return FALSE;
                    }
                  i++;
                }
              i++;
            }
          if (i - start > limits->max_string_bytes)
            {
              g_autofree char *max = g_format_size (limits->max_string_bytes);
              g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_TOO_LARGE,
                           _ ("The file contains a text longer than %s"), max);
              return FALSE;
            }
          i++;
          continue;
        }

      switch (c)
        {
        case '[':
        case '{':
          if (++depth > limits->max_depth)
            {
              g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_TOO_DEEP,
                           _ ("The file is nested more than %u levels deep"), limits->max_depth);
              return FALSE;
            }
          tokens++;
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        case ',':
        case ':':
          tokens++;
          break;
        default:
          break;
        }
      if (tokens > limits->max_tokens)
        {
          g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_TOO_MANY,
                       _ ("The file has too many items (more than %u)"), limits->max_tokens / 2);
          return FALSE;
        }
      i++;
    }
  return TRUE;
}

/**
 * dossier_json_parse_guarded:
 * @data: (array length=length): JSON text
 * @limits: what the caller is prepared to hold
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL with @error set
 */
JsonNode *
dossier_json_parse_guarded (const char *data, gsize length, const DossierJsonLimits *limits,
                            GError **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  if (length > limits->max_bytes)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max = g_format_size (limits->max_bytes);
      g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_TOO_LARGE,
                   _ ("The file is too large (%s; the limit is %s)"), size, max);
      return NULL;
    }
  if (length > G_MAXSSIZE || !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_ENCODING,
                           _ ("The file is not UTF-8 text"));
      return NULL;
    }
  if (!scan (data, length, limits, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local))
    {
      guint line = 0, column = 0;
      const char *what = strstr (local->message, "Parse error: ");

      /* json-glib says "<data>:LINE:COLUMN: Parse error: WHAT"; keep what a person can use. */
      if (what != NULL && sscanf (local->message, "<data>:%u:%u:", &line, &column) == 2)
        g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_SYNTAX,
                     _ ("The file is damaged or incomplete (line %u, column %u): %s"), line, column,
                     what + strlen ("Parse error: "));
      else
        g_set_error (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_SYNTAX,
                     _ ("The file is damaged or incomplete: %s"), local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, DOSSIER_JSON_GUARD_ERROR, DOSSIER_JSON_GUARD_ERROR_SYNTAX,
                           _ ("The file is empty"));
      return NULL;
    }
  return json_node_ref (root);
}
