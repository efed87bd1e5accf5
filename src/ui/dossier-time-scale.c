/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dossier-time-scale.h"

G_DEFINE_ENUM_TYPE (DossierTimePrecision, dossier_time_precision,
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIME_PRECISION_DAY, "day"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIME_PRECISION_MONTH, "month"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_TIME_PRECISION_YEAR, "year"))

/* GDate counts Julian days from 1 January of year 1 (day 1); 1970-01-01 is day 719163. */
#define EPOCH_JULIAN 719163
#define MIN_YEAR 1
#define MAX_YEAR 9999

/* Ticks closer than this many average characters look like a comb, whatever their labels. */
#define MIN_SPACING_CHARS 5.0
/* Breathing room around a tick label, in average characters. */
#define LABEL_PAD_CHARS 2.5

static gboolean
day_to_gdate (double day, GDate *date)
{
  double j = floor (day) + EPOCH_JULIAN;

  g_date_clear (date, 1);
  if (!(j >= 1 && j <= 3652059)) /* 9999-12-31 */
    return FALSE;
  g_date_set_julian (date, (guint32) j);
  return TRUE;
}

static double
gdate_to_day (const GDate *date)
{
  return (double) g_date_get_julian (date) - EPOCH_JULIAN;
}

/**
 * dossier_time_scale_day_from_ymd:
 * @year: the year (1 … 9999)
 * @month: the month, 1 … 12
 * @day: the day of the month
 *
 * Returns: the day number of that calendar day (days since 1970-01-01), or NAN if the date
 *   does not exist.
 */
double
dossier_time_scale_day_from_ymd (int year, int month, int day)
{
  GDate date;

  if (year < MIN_YEAR || year > MAX_YEAR || !g_date_valid_dmy (day, month, year))
    return NAN;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return gdate_to_day (&date);
}

/**
 * dossier_time_scale_day_to_ymd:
 * @day: a day number; its fractional part is ignored
 * @year: (out) (optional): the year
 * @month: (out) (optional): the month, 1 … 12
 * @mday: (out) (optional): the day of the month
 *
 * Returns: %FALSE if @day is outside the years 1 … 9999
 */
gboolean
dossier_time_scale_day_to_ymd (double day, int *year, int *month, int *mday)
{
  GDate date;

  if (!day_to_gdate (day, &date))
    return FALSE;
  if (year)
    *year = g_date_get_year (&date);
  if (month)
    *month = g_date_get_month (&date);
  if (mday)
    *mday = g_date_get_day (&date);
  return TRUE;
}

/**
 * dossier_time_scale_today:
 *
 * Returns: the day number of the local calendar day
 */
double
dossier_time_scale_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return dossier_time_scale_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                          g_date_time_get_day_of_month (now));
}

/**
 * dossier_time_scale_period_end:
 * @start: the first day of a period
 * @precision: how long the period is: a day, the month or the year @start falls in
 *
 * Returns: the exclusive end of the day, month or year that contains @start
 */
double
dossier_time_scale_period_end (double start, DossierTimePrecision precision)
{
  int y, m;

  if (!dossier_time_scale_day_to_ymd (start, &y, &m, NULL))
    return floor (start) + 1;
  switch (precision)
    {
    case DOSSIER_TIME_PRECISION_YEAR:
      return dossier_time_scale_day_from_ymd (MIN (y + 1, MAX_YEAR), 1, 1);
    case DOSSIER_TIME_PRECISION_MONTH:
      return m == 12 ? dossier_time_scale_day_from_ymd (MIN (y + 1, MAX_YEAR), 1, 1)
                     : dossier_time_scale_day_from_ymd (y, m + 1, 1);
    case DOSSIER_TIME_PRECISION_DAY:
    default:
      return floor (start) + 1;
    }
}

static char *
format_day (double day, const char *format)
{
  g_autoptr (GDateTime) dt = NULL;
  int y, m, d;

  if (!dossier_time_scale_day_to_ymd (day, &y, &m, &d))
    return g_strdup ("?");
  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  return dt ? g_date_time_format (dt, format) : g_strdup ("?");
}

/**
 * dossier_time_scale_format_date:
 * @day: a day number
 * @precision: how much of the date is known
 *
 * Returns: (transfer full): "11 April 2024", "April 2024" or "2024"
 */
char *
dossier_time_scale_format_date (double day, DossierTimePrecision precision)
{
  switch (precision)
    {
    case DOSSIER_TIME_PRECISION_YEAR:
      return format_day (day, "%Y");
    case DOSSIER_TIME_PRECISION_MONTH:
      /* TRANSLATORS: a month and year, see g_date_time_format() */
      return format_day (day, _ ("%B %Y"));
    case DOSSIER_TIME_PRECISION_DAY:
    default:
      /* TRANSLATORS: a full date, see g_date_time_format() */
      return format_day (day, _ ("%-d %B %Y"));
    }
}

/**
 * dossier_time_scale_format_range:
 * @start: the first day
 * @end: the exclusive end
 * @precision: the precision of @start
 *
 * Formats a period compactly: "30–31 October 2024", "30 October – 1 November 2024"; a period no
 * longer than one unit of @precision is formatted as its start.
 *
 * Returns: (transfer full): the text
 */
char *
dossier_time_scale_format_range (double start, double end, DossierTimePrecision precision)
{
  int y1, m1, y2, m2;
  double last = end - 1;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (end <= dossier_time_scale_period_end (start, precision)
      || !dossier_time_scale_day_to_ymd (start, &y1, &m1, NULL)
      || !dossier_time_scale_day_to_ymd (last, &y2, &m2, NULL))
    return dossier_time_scale_format_date (start, precision);

  if (precision == DOSSIER_TIME_PRECISION_YEAR)
    {
      a = format_day (start, "%Y");
      b = format_day (last, "%Y");
    }
  else if (precision == DOSSIER_TIME_PRECISION_MONTH)
    {
      a = format_day (start, y1 == y2 ? "%B" : _ ("%B %Y"));
      b = format_day (last, _ ("%B %Y"));
    }
  else if (y1 == y2 && m1 == m2)
    {
      a = format_day (start, "%-d");
      b = format_day (last, _ ("%-d %B %Y"));
      /* TRANSLATORS: a range of days in one month, "30–31 October 2024" */
      return g_strdup_printf (_ ("%s–%s"), a, b);
    }
  else
    {
      /* TRANSLATORS: a day and month without the year, see g_date_time_format() */
      a = format_day (start, y1 == y2 ? _ ("%-d %B") : _ ("%-d %B %Y"));
      b = format_day (last, _ ("%-d %B %Y"));
    }
  /* TRANSLATORS: a range of dates, "30 October – 1 November 2024" */
  return g_strdup_printf (_ ("%s – %s"), a, b);
}

/* The shortest period a unit spans: it decides when ticks of that unit get too close. */
double
dossier_time_scale_unit_days (DossierTimeUnit unit)
{
  static const double days[] = {
    [DOSSIER_TIME_UNIT_DAY] = 1,
    [DOSSIER_TIME_UNIT_WEEK] = 7,
    [DOSSIER_TIME_UNIT_MONTH] = 28,
    [DOSSIER_TIME_UNIT_QUARTER] = 90,
    [DOSSIER_TIME_UNIT_YEAR] = 365,
    [DOSSIER_TIME_UNIT_YEAR_2] = 2 * 365,
    [DOSSIER_TIME_UNIT_YEAR_5] = 5 * 365,
    [DOSSIER_TIME_UNIT_DECADE] = 10 * 365,
    [DOSSIER_TIME_UNIT_YEAR_25] = 25 * 365,
    [DOSSIER_TIME_UNIT_YEAR_50] = 50 * 365,
    [DOSSIER_TIME_UNIT_CENTURY] = 100 * 365,
  };

  return days[unit];
}

static int
unit_years (DossierTimeUnit unit)
{
  switch (unit)
    {
    case DOSSIER_TIME_UNIT_YEAR:
      return 1;
    case DOSSIER_TIME_UNIT_YEAR_2:
      return 2;
    case DOSSIER_TIME_UNIT_YEAR_5:
      return 5;
    case DOSSIER_TIME_UNIT_DECADE:
      return 10;
    case DOSSIER_TIME_UNIT_YEAR_25:
      return 25;
    case DOSSIER_TIME_UNIT_YEAR_50:
      return 50;
    case DOSSIER_TIME_UNIT_CENTURY:
      return 100;
    default:
      return 0;
    }
}

/* Width of the narrowest label the unit uses, in characters. */
static double
unit_label_chars (DossierTimeUnit unit)
{
  switch (unit)
    {
    case DOSSIER_TIME_UNIT_DAY:
    case DOSSIER_TIME_UNIT_WEEK:
      return 2; /* "30" */
    case DOSSIER_TIME_UNIT_MONTH:
    case DOSSIER_TIME_UNIT_QUARTER:
      return 3; /* "Oct" */
    default:
      return 4; /* "2024" */
    }
}

static double
unit_min_spacing (DossierTimeUnit unit, double char_px)
{
  return MAX (MIN_SPACING_CHARS, unit_label_chars (unit) + LABEL_PAD_CHARS) * char_px;
}

/**
 * dossier_time_scale_choose_unit:
 * @start: the first visible day
 * @end: the last visible day
 * @width_px: how wide the axis is drawn
 * @char_px: the width of an average character of the label font
 *
 * Picks the finest unit whose ticks are far enough apart to read their labels.
 *
 * Returns: the unit
 */
DossierTimeUnit
dossier_time_scale_choose_unit (double start, double end, double width_px, double char_px)
{
  double px_per_day;

  if (!(end > start) || !(width_px > 0))
    return DOSSIER_TIME_UNIT_YEAR;
  px_per_day = width_px / (end - start);
  for (DossierTimeUnit u = DOSSIER_TIME_UNIT_DAY; u < DOSSIER_TIME_UNIT_CENTURY; u++)
    if (dossier_time_scale_unit_days (u) * px_per_day >= unit_min_spacing (u, char_px))
      return u;
  return DOSSIER_TIME_UNIT_CENTURY;
}

static void
add_tick (GArray *ticks, double day, const char *format)
{
  DossierTimeTick tick = { .day = day };
  g_autofree char *label = format_day (day, format);

  g_strlcpy (tick.label, label, sizeof tick.label);
  g_array_append_val (ticks, tick);
}

/* The ticks of one unit from the period that contains @start to the last one before @end:
 * labels sit at the start of their period, so the period under @start is labelled too. */
static void
fill_ticks (GArray *ticks, DossierTimeUnit unit, double start, double end, const char *format)
{
  int y, m, years;
  GDate date;

  if (!day_to_gdate (start, &date))
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, MIN_YEAR);
      start = gdate_to_day (&date);
    }
  y = g_date_get_year (&date);
  m = g_date_get_month (&date);
  end = MIN (end, dossier_time_scale_day_from_ymd (MAX_YEAR, 12, 31));

  switch (unit)
    {
    case DOSSIER_TIME_UNIT_DAY:
      for (double d = floor (start); d <= end; d += 1)
        add_tick (ticks, d, format);
      break;

    case DOSSIER_TIME_UNIT_WEEK:
      /* ISO weeks start on Monday. */
      for (double d = floor (start) - (g_date_get_weekday (&date) - G_DATE_MONDAY); d <= end;
           d += 7)
        add_tick (ticks, d, format);
      break;

    case DOSSIER_TIME_UNIT_MONTH:
    case DOSSIER_TIME_UNIT_QUARTER:
      {
        int step = unit == DOSSIER_TIME_UNIT_QUARTER ? 3 : 1;

        m = ((m - 1) / step) * step + 1;
        for (;;)
          {
            double d = dossier_time_scale_day_from_ymd (y, m, 1);

            if (isnan (d) || d > end)
              break;
            add_tick (ticks, d, format);
            m += step;
            if (m > 12)
              {
                m -= 12;
                y++;
              }
          }
        break;
      }

    default:
      years = unit_years (unit);
      for (int year = (y / years) * years; year <= MAX_YEAR; year += years)
        {
          double d = dossier_time_scale_day_from_ymd (MAX (year, MIN_YEAR), 1, 1);

          if (d > end)
            break;
          add_tick (ticks, d, format);
        }
      break;
    }
}

static DossierTimeScale *
scale_new (DossierTimeUnit unit)
{
  DossierTimeScale *scale = g_new0 (DossierTimeScale, 1);

  scale->unit = unit;
  scale->minor = g_array_new (FALSE, FALSE, sizeof (DossierTimeTick));
  scale->major = g_array_new (FALSE, FALSE, sizeof (DossierTimeTick));
  return scale;
}

/**
 * dossier_time_scale_new_for_unit:
 * @unit: the tick unit
 * @start: the first visible day
 * @end: the last visible day
 * @width_px: how wide the axis is drawn
 * @char_px: the width of an average character of the label font
 *
 * Computes the ticks of @unit over [@start, @end], each labelled at the start of its period;
 * label formats lengthen when there is room ("Wed 30", "October"). Days and weeks get months
 * as context ticks, months and quarters get years.
 *
 * Returns: (transfer full): the scale
 */
DossierTimeScale *
dossier_time_scale_new_for_unit (DossierTimeUnit unit, double start, double end, double width_px,
                                 double char_px)
{
  DossierTimeScale *scale = scale_new (unit);
  double px_per_day = width_px / MAX (end - start, 1e-9);
  double spacing = dossier_time_scale_unit_days (unit) * px_per_day;
  const char *format;

  switch (unit)
    {
    case DOSSIER_TIME_UNIT_DAY:
      /* TRANSLATORS: a weekday and day of the month on the axis, see g_date_time_format() */
      format = spacing >= (7 + LABEL_PAD_CHARS) * char_px ? _ ("%a %-d") : "%-d";
      break;
    case DOSSIER_TIME_UNIT_WEEK:
      format = "%-d";
      break;
    case DOSSIER_TIME_UNIT_MONTH:
      format = spacing >= (9 + LABEL_PAD_CHARS) * char_px ? "%B" : "%b";
      break;
    case DOSSIER_TIME_UNIT_QUARTER:
      format = "%b";
      break;
    default:
      format = "%Y";
      break;
    }
  fill_ticks (scale->minor, unit, start, end, format);

  if (unit <= DOSSIER_TIME_UNIT_WEEK)
    {
      double month_px = 28 * px_per_day;

      /* TRANSLATORS: month and year over the day ticks, see g_date_time_format() */
      fill_ticks (scale->major, DOSSIER_TIME_UNIT_MONTH, start, end,
                  month_px >= (14 + LABEL_PAD_CHARS) * char_px ? _ ("%B %Y") : _ ("%b %Y"));
    }
  else if (unit <= DOSSIER_TIME_UNIT_QUARTER)
    fill_ticks (scale->major, DOSSIER_TIME_UNIT_YEAR, start, end, "%Y");

  return scale;
}

/**
 * dossier_time_scale_new:
 * @start: the first visible day
 * @end: the last visible day
 * @width_px: how wide the axis is drawn
 * @char_px: the width of an average character of the label font
 *
 * Like dossier_time_scale_new_for_unit() with the unit from dossier_time_scale_choose_unit().
 *
 * Returns: (transfer full): the scale
 */
DossierTimeScale *
dossier_time_scale_new (double start, double end, double width_px, double char_px)
{
  return dossier_time_scale_new_for_unit (
      dossier_time_scale_choose_unit (start, end, width_px, char_px), start, end, width_px,
      char_px);
}

void
dossier_time_scale_free (DossierTimeScale *scale)
{
  if (scale == NULL)
    return;
  g_array_unref (scale->minor);
  g_array_unref (scale->major);
  g_free (scale);
}
