/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dossier-annotation.h"

/* The values an annotation holds: highlight colours, tags, timestamps. */

static const char *const colours[] = { "yellow", "green", "blue", "pink", "purple", NULL };

/**
 * dossier_annotation_list_colours:
 *
 * Names, not RGB values, so light and dark styles can each pick a readable shade.
 *
 * Returns: (transfer none) (array zero-terminated=1): the highlight colour names
 */
const char *const *
dossier_annotation_list_colours (void)
{
  return colours;
}

gboolean
dossier_annotation_colour_is_valid (const char *colour)
{
  return colour != NULL && g_strv_contains (colours, colour);
}

/**
 * dossier_annotation_colour_to_label:
 *
 * Returns: the translated name of @colour, or %NULL if it is not a highlight colour
 */
const char *
dossier_annotation_colour_to_label (const char *colour)
{
  if (g_strcmp0 (colour, "yellow") == 0)
    return _ ("Yellow");
  if (g_strcmp0 (colour, "green") == 0)
    return _ ("Green");
  if (g_strcmp0 (colour, "blue") == 0)
    return _ ("Blue");
  if (g_strcmp0 (colour, "pink") == 0)
    return _ ("Pink");
  if (g_strcmp0 (colour, "purple") == 0)
    return _ ("Purple");
  return NULL;
}

/**
 * dossier_annotation_normalize_tags:
 * @tags: (nullable) (array zero-terminated=1): tags as typed
 *
 * Trims each tag, turns runs of white space and control characters into one space, cuts
 * overlong tags at a character boundary, and drops empty tags and repeats (ignoring case,
 * keeping the first spelling), up to %DOSSIER_ANNOTATION_MAX_TAGS tags.
 *
 * Returns: (transfer full) (array zero-terminated=1): the normalized tags
 */
char **
dossier_annotation_normalize_tags (const char *const *tags)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = 0;

  for (guint i = 0; tags != NULL && tags[i] != NULL && n < DOSSIER_ANNOTATION_MAX_TAGS; i++)
    {
      g_autoptr (GString) clean = g_string_new (NULL);
      gboolean space = FALSE;
      char *folded;

      if (!g_utf8_validate (tags[i], -1, NULL))
        continue;
      for (const char *p = tags[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
            {
              space = clean->len > 0;
              continue;
            }
          /* Room for a space and the longest UTF-8 character. */
          if (clean->len + 1 + 6 > DOSSIER_ANNOTATION_MAX_TAG_BYTES)
            break;
          if (space)
            g_string_append_c (clean, ' ');
          space = FALSE;
          g_string_append_unichar (clean, c);
        }
      if (clean->len == 0)
        continue;
      folded = g_utf8_casefold (clean->str, -1);
      if (!g_hash_table_add (seen, folded))
        continue;
      g_strv_builder_add (builder, clean->str);
      n++;
    }
  return g_strv_builder_end (builder);
}

/**
 * dossier_annotation_now_iso8601:
 *
 * Returns: (transfer full): the current time in UTC, to the second, as ISO 8601
 */
char *
dossier_annotation_now_iso8601 (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
dossier_annotation_timestamp_is_valid (const char *timestamp)
{
  g_autoptr (GTimeZone) utc = NULL;
  g_autoptr (GDateTime) dt = NULL;

  if (timestamp == NULL || strlen (timestamp) > 64)
    return FALSE;
  utc = g_time_zone_new_utc ();
  dt = g_date_time_new_from_iso8601 (timestamp, utc);
  return dt != NULL;
}
