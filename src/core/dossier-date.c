/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dossier-date.h"

static const char *const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

/* Abbreviations as written in official prose: "Jan.", "Sept.", "Oct." */
static const char *const month_abbrevs[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/**
 * dossier_date_month_from_word:
 *
 * Returns: 1-12 for a month name or its abbreviation (case-insensitive), 0 otherwise
 */
int
dossier_date_month_from_word (const char *word, gsize len)
{
  char buf[16];

  if (len > 0 && word[len - 1] == '.')
    len--;
  if (len < 3 || len >= sizeof buf)
    return 0;
  for (gsize i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (word[i]);
  buf[len] = 0;

  /* Every name and abbreviation starts with its month's three letters, and no two months
   * share them: one comparison rejects most words (the taggers ask at every capital). */
  for (int m = 0; m < 12; m++)
    if (memcmp (buf, month_abbrevs[m], 3) == 0)
      {
        if (buf[3] == 0 || strcmp (buf, month_names[m]) == 0
            || (m == 8 && strcmp (buf, "sept") == 0))
          return m + 1;
        return 0;
      }
  return 0;
}

static int
days_in_month (int year, int month)
{
  return g_date_get_days_in_month (month, year);
}

gboolean
dossier_date_is_valid (const DossierDate *date)
{
  if (date->year < 1000 || date->year > 9999)
    return FALSE;
  if (date->precision == DOSSIER_PRECISION_YEAR)
    return TRUE;
  if (date->month < 1 || date->month > 12)
    return FALSE;
  if (date->precision == DOSSIER_PRECISION_MONTH)
    return TRUE;
  return date->day >= 1 && date->day <= days_in_month (date->year, date->month);
}

/**
 * dossier_date_to_iso:
 *
 * Returns: (transfer full): "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision
 */
char *
dossier_date_to_iso (const DossierDate *date)
{
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case DOSSIER_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case DOSSIER_PRECISION_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
    }
}

int
dossier_date_compare (const DossierDate *a, const DossierDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

gboolean
dossier_date_parse_iso (const char *iso, DossierDate *date)
{
  int y = 0, m = 0, d = 0;
  int n;

  memset (date, 0, sizeof *date);
  if (iso == NULL)
    return FALSE;
  n = sscanf (iso, "%4d-%2d-%2d", &y, &m, &d);
  date->year = y;
  date->month = n >= 2 ? m : 0;
  date->day = n >= 3 ? d : 0;
  date->precision = n >= 3 ? DOSSIER_PRECISION_DAY : n == 2 ? DOSSIER_PRECISION_MONTH : DOSSIER_PRECISION_YEAR;
  return n >= 1 && dossier_date_is_valid (date);
}

static gboolean
word_boundary_before (const char *text, gsize pos)
{
  return pos == 0 || !g_ascii_isalnum (text[pos - 1]);
}

/* Reads 1-4 digits at *pos; returns the value or -1. */
static int
read_number (const char *text, gsize len, gsize *pos, int max_digits)
{
  int value = 0, n = 0;

  while (*pos < len && g_ascii_isdigit (text[*pos]) && n < max_digits)
    {
      value = value * 10 + (text[*pos] - '0');
      (*pos)++;
      n++;
    }
  if (n == 0 || (*pos < len && g_ascii_isdigit (text[*pos])))
    return -1;
  return value;
}

static gsize
skip_spaces (const char *text, gsize len, gsize pos)
{
  while (pos < len && text[pos] == ' ')
    pos++;
  return pos;
}

/* A dash between range ends: '-', en dash, em dash, or the word "to"/"through". */
static gboolean
read_range_dash (const char *text, gsize len, gsize *pos)
{
  gsize p = skip_spaces (text, len, *pos);

  if (p < len && text[p] == '-')
    p++;
  else if (p + 3 <= len && memcmp (text + p, "\xe2\x80\x93", 3) == 0)
    p += 3;
  else if (p + 3 <= len && memcmp (text + p, "\xe2\x80\x94", 3) == 0)
    p += 3;
  else if (p + 3 <= len && memcmp (text + p, "to ", 3) == 0)
    p += 2;
  else if (p + 8 <= len && memcmp (text + p, "through ", 8) == 0)
    p += 7;
  else
    return FALSE;
  *pos = skip_spaces (text, len, p);
  return TRUE;
}

static gsize
word_end (const char *text, gsize len, gsize pos)
{
  while (pos < len && g_ascii_isalpha (text[pos]))
    pos++;
  if (pos < len && text[pos] == '.')
    pos++;
  return pos;
}

/* "Month D[, YYYY]", "Month D-D, YYYY", "Month D to Month D, YYYY" starting at a month word. */
static gboolean
match_month_first (const char *text, gsize len, gsize pos, DossierDateMatch *m)
{
  gsize p = word_end (text, len, pos);
  int month = dossier_date_month_from_word (text + pos, p - pos);
  int day, year = -1, end_day = -1, end_month = -1;

  if (month == 0 || p >= len || text[p] != ' ')
    return FALSE;
  p = skip_spaces (text, len, p);
  day = read_number (text, len, &p, 2);
  if (day < 1 || day > 31)
    return FALSE;
  {
    gsize q = p;
    if (read_range_dash (text, len, &q))
      {
        gsize we = word_end (text, len, q);
        int m2 = dossier_date_month_from_word (text + q, we - q);

        if (m2 > 0)
          {
            q = skip_spaces (text, len, we);
            end_month = m2;
          }
        end_day = read_number (text, len, &q, 2);
        if (end_day >= 1 && end_day <= 31)
          p = q;
        else
          end_day = end_month = -1;
      }
  }
  if (p + 1 < len && text[p] == ',')
    {
      gsize q = skip_spaces (text, len, p + 1);
      year = read_number (text, len, &q, 4);
      if (year >= 1000)
        p = q;
      else
        year = -1;
    }
  if (year < 0)
    return FALSE;

  m->end = p;
  m->date = (DossierDate){ year, month, day, DOSSIER_PRECISION_DAY };
  m->end_date = m->date;
  if (end_day > 0)
    {
      m->end_date.day = end_day;
      if (end_month > 0)
        m->end_date.month = end_month;
    }
  return dossier_date_is_valid (&m->date) && dossier_date_is_valid (&m->end_date);
}

/* "11 April 2024", "30-31 October 2024" starting at a digit. */
static gboolean
match_day_first (const char *text, gsize len, gsize pos, DossierDateMatch *m)
{
  gsize p = pos, we;
  int day = read_number (text, len, &p, 2), end_day = -1, month, year;

  if (day < 1 || day > 31)
    return FALSE;
  {
    gsize q = p;
    if (read_range_dash (text, len, &q))
      {
        end_day = read_number (text, len, &q, 2);
        if (end_day >= 1 && end_day <= 31)
          p = q;
        else
          end_day = -1;
      }
  }
  if (p >= len || text[p] != ' ')
    return FALSE;
  p = skip_spaces (text, len, p);
  we = word_end (text, len, p);
  month = dossier_date_month_from_word (text + p, we - p);
  if (month == 0)
    return FALSE;
  p = skip_spaces (text, len, we);
  if (p < len && text[p] == ',')
    p = skip_spaces (text, len, p + 1);
  year = read_number (text, len, &p, 4);
  if (year < 1000)
    return FALSE;

  m->end = p;
  m->date = (DossierDate){ year, month, day, DOSSIER_PRECISION_DAY };
  m->end_date = m->date;
  if (end_day > 0)
    m->end_date.day = end_day;
  return dossier_date_is_valid (&m->date) && dossier_date_is_valid (&m->end_date);
}

/* "2024-04-11" */
static gboolean
match_iso (const char *text, gsize len, gsize pos, DossierDateMatch *m)
{
  gsize p = pos;
  int y = read_number (text, len, &p, 4), mo, d;

  if (y < 1000 || p >= len || text[p] != '-')
    return FALSE;
  p++;
  mo = read_number (text, len, &p, 2);
  if (mo < 1 || p >= len || text[p] != '-')
    return FALSE;
  p++;
  d = read_number (text, len, &p, 2);
  if (d < 1)
    return FALSE;
  m->end = p;
  m->date = (DossierDate){ y, mo, d, DOSSIER_PRECISION_DAY };
  m->end_date = m->date;
  return dossier_date_is_valid (&m->date);
}

/**
 * dossier_date_find_explicit:
 * @text: UTF-8 text
 * @len: its length in bytes
 * @from: where to start looking
 * @match: (out): the match
 *
 * Finds the next full calendar date (day, month and year) or day range.
 *
 * Returns: %TRUE if one was found
 */
gboolean
dossier_date_find_explicit (const char *text, gsize len, gsize from, DossierDateMatch *match)
{
  for (gsize pos = from; pos < len; pos++)
    {
      char c = text[pos];

      if (!word_boundary_before (text, pos))
        continue;
      if (g_ascii_isupper (c) || g_ascii_islower (c))
        {
          if (match_month_first (text, len, pos, match))
            {
              match->start = pos;
              return TRUE;
            }
        }
      else if (g_ascii_isdigit (c))
        {
          if (match_iso (text, len, pos, match) || match_day_first (text, len, pos, match))
            {
              match->start = pos;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/**
 * dossier_precision_to_string:
 *
 * Returns: (transfer none): the contract spelling of @precision
 */
const char *
dossier_precision_to_string (DossierPrecision precision)
{
  switch (precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return "year";
    case DOSSIER_PRECISION_MONTH:
      return "month";
    case DOSSIER_PRECISION_DAY:
    default:
      return "day";
    }
}

gboolean
dossier_precision_from_string (const char *string, DossierPrecision *precision)
{
  if (g_strcmp0 (string, "day") == 0)
    *precision = DOSSIER_PRECISION_DAY;
  else if (g_strcmp0 (string, "month") == 0)
    *precision = DOSSIER_PRECISION_MONTH;
  else if (g_strcmp0 (string, "year") == 0)
    *precision = DOSSIER_PRECISION_YEAR;
  else
    return FALSE;
  return TRUE;
}

static guint32
julian_of (int year, int month, int day)
{
  GDate g;

  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, day, month, year);
  return g_date_get_julian (&g);
}

/**
 * dossier_date_get_first_day:
 *
 * Returns: the julian day number of the first day @date covers, or 0 if it is invalid
 */
guint32
dossier_date_get_first_day (const DossierDate *date)
{
  if (!dossier_date_is_valid (date))
    return 0;
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return julian_of (date->year, 1, 1);
    case DOSSIER_PRECISION_MONTH:
      return julian_of (date->year, date->month, 1);
    case DOSSIER_PRECISION_DAY:
    default:
      return julian_of (date->year, date->month, date->day);
    }
}

/**
 * dossier_date_get_last_day:
 *
 * Returns: the julian day number of the last day @date covers, or 0 if it is invalid
 */
guint32
dossier_date_get_last_day (const DossierDate *date)
{
  if (!dossier_date_is_valid (date))
    return 0;
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return julian_of (date->year, 12, 31);
    case DOSSIER_PRECISION_MONTH:
      return julian_of (date->year, date->month, days_in_month (date->year, date->month));
    case DOSSIER_PRECISION_DAY:
    default:
      return julian_of (date->year, date->month, date->day);
    }
}

void
dossier_date_set_julian (DossierDate *date, guint32 julian)
{
  GDate g;

  g_date_clear (&g, 1);
  if (!g_date_valid_julian (julian))
    {
      memset (date, 0, sizeof *date);
      return;
    }
  g_date_set_julian (&g, julian);
  date->year = g_date_get_year (&g);
  date->month = g_date_get_month (&g);
  date->day = g_date_get_day (&g);
  date->precision = DOSSIER_PRECISION_DAY;
}

void
dossier_date_add_months (DossierDate *date, int months)
{
  int index;

  if (date->precision == DOSSIER_PRECISION_YEAR || date->month < 1)
    {
      /* A year has no month to move: whole years only. */
      date->year += months / 12;
      return;
    }
  index = date->year * 12 + (date->month - 1) + months;
  date->year = index / 12;
  date->month = index % 12 + 1;
  if (date->precision == DOSSIER_PRECISION_DAY && date->day > 0 && date->year > 0)
    date->day = MIN (date->day, days_in_month (date->year, date->month));
}
