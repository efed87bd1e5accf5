/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "dossier-time-scale.h"

/* Ticks and labels of the timeline axis, without a display. Labels are checked in the C locale
 * (English month names); the day numbers were computed by hand from 1970-01-01. */

#define CHAR_PX 8.0

static double
ymd (int y, int m, int d)
{
  return dossier_time_scale_day_from_ymd (y, m, d);
}

static void
test_day_numbers (void)
{
  int y, m, d;

  g_assert_cmpfloat (ymd (1970, 1, 1), ==, 0);
  g_assert_cmpfloat (ymd (1969, 12, 31), ==, -1);
  g_assert_cmpfloat (ymd (2000, 2, 29), ==, 11016);
  g_assert_cmpfloat (ymd (2024, 4, 11), ==, 19824);
  g_assert_cmpfloat (ymd (2024, 10, 30), ==, 20026);
  g_assert_cmpfloat (ymd (2025, 1, 1), ==, 20089);
  g_assert_true (isnan (ymd (2023, 2, 29)));
  g_assert_true (isnan (ymd (2024, 13, 1)));

  /* Back again; the fraction of a day is ignored. */
  g_assert_true (dossier_time_scale_day_to_ymd (20026.75, &y, &m, &d));
  g_assert_cmpint (y, ==, 2024);
  g_assert_cmpint (m, ==, 10);
  g_assert_cmpint (d, ==, 30);
  g_assert_true (dossier_time_scale_day_to_ymd (-0.5, &y, &m, &d));
  g_assert_cmpint (y, ==, 1969);
  g_assert_cmpint (d, ==, 31);
  g_assert_false (dossier_time_scale_day_to_ymd (-1e9, &y, &m, &d));
}

static void
test_period_end (void)
{
  g_assert_cmpfloat (dossier_time_scale_period_end (ymd (2024, 4, 11), DOSSIER_TIME_PRECISION_DAY),
                     ==, ymd (2024, 4, 12));
  g_assert_cmpfloat (dossier_time_scale_period_end (ymd (2024, 2, 1), DOSSIER_TIME_PRECISION_MONTH),
                     ==, ymd (2024, 3, 1));
  g_assert_cmpfloat (
      dossier_time_scale_period_end (ymd (2024, 12, 1), DOSSIER_TIME_PRECISION_MONTH), ==,
      ymd (2025, 1, 1));
  g_assert_cmpfloat (dossier_time_scale_period_end (ymd (2025, 1, 1), DOSSIER_TIME_PRECISION_YEAR),
                     ==, ymd (2026, 1, 1));
  /* A month precision date given mid-month still ends with its month. */
  g_assert_cmpfloat (
      dossier_time_scale_period_end (ymd (2024, 7, 15), DOSSIER_TIME_PRECISION_MONTH), ==,
      ymd (2024, 8, 1));
}

static void
check_format (char *got, const char *want)
{
  g_assert_cmpstr (got, ==, want);
  g_free (got);
}

static void
test_format (void)
{
  check_format (dossier_time_scale_format_date (ymd (2024, 4, 11), DOSSIER_TIME_PRECISION_DAY),
                "11 April 2024");
  check_format (dossier_time_scale_format_date (ymd (2024, 7, 1), DOSSIER_TIME_PRECISION_MONTH),
                "July 2024");
  check_format (dossier_time_scale_format_date (ymd (2025, 1, 1), DOSSIER_TIME_PRECISION_YEAR),
                "2025");
  check_format (dossier_time_scale_format_range (ymd (2024, 10, 30), ymd (2024, 11, 1),
                                                 DOSSIER_TIME_PRECISION_DAY),
                "30–31 October 2024");
  check_format (dossier_time_scale_format_range (ymd (2024, 10, 30), ymd (2024, 11, 2),
                                                 DOSSIER_TIME_PRECISION_DAY),
                "30 October – 1 November 2024");
  check_format (dossier_time_scale_format_range (ymd (2024, 12, 31), ymd (2025, 1, 3),
                                                 DOSSIER_TIME_PRECISION_DAY),
                "31 December 2024 – 2 January 2025");
  /* One day, or one month at month precision, is not a range. */
  check_format (dossier_time_scale_format_range (ymd (2024, 10, 30), ymd (2024, 10, 31),
                                                 DOSSIER_TIME_PRECISION_DAY),
                "30 October 2024");
  check_format (dossier_time_scale_format_range (ymd (2024, 7, 1), ymd (2024, 8, 1),
                                                 DOSSIER_TIME_PRECISION_MONTH),
                "July 2024");
}

static DossierTimeTick *
tick (GArray *ticks, guint i)
{
  g_assert_cmpuint (i, <, ticks->len);
  return &g_array_index (ticks, DossierTimeTick, i);
}

/* Every scale: ticks in order, the first one at or before the start (it labels the period
 * under the left edge), none after the end. */
static void
check_ordered (GArray *ticks, double start, double end)
{
  g_assert_cmpuint (ticks->len, >, 0);
  g_assert_cmpfloat (tick (ticks, 0)->day, <=, start);
  for (guint i = 1; i < ticks->len; i++)
    g_assert_cmpfloat (tick (ticks, i)->day, >, tick (ticks, i - 1)->day);
  g_assert_cmpfloat (tick (ticks, ticks->len - 1)->day, <=, end);
  if (ticks->len > 1)
    g_assert_cmpfloat (tick (ticks, 1)->day, >, start);
}

static void
test_days (void)
{
  /* October 2024 on 1300 px: 42 px a day, enough for day numbers but not weekday names. */
  double start = ymd (2024, 10, 1), end = ymd (2024, 11, 1);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1300, CHAR_PX);

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_DAY);
  check_ordered (scale->minor, start, end);
  g_assert_cmpuint (scale->minor->len, ==, 32); /* 1 … 31 October and 1 November */
  g_assert_cmpfloat (tick (scale->minor, 29)->day, ==, ymd (2024, 10, 30));
  g_assert_cmpstr (tick (scale->minor, 29)->label, ==, "30");
  g_assert_cmpstr (tick (scale->minor, 31)->label, ==, "1");
  g_assert_cmpuint (scale->major->len, ==, 2);
  g_assert_cmpstr (tick (scale->major, 0)->label, ==, "October 2024");
  g_assert_cmpstr (tick (scale->major, 1)->label, ==, "November 2024");
}

static void
test_days_with_weekdays (void)
{
  /* A week on 1000 px: 142 px a day, room for "Thu 11". */
  double start = ymd (2024, 4, 8), end = ymd (2024, 4, 15);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_DAY);
  check_ordered (scale->minor, start, end);
  g_assert_cmpstr (tick (scale->minor, 0)->label, ==, "Mon 8");
  g_assert_cmpstr (tick (scale->minor, 3)->label, ==, "Thu 11");
  g_assert_cmpstr (tick (scale->major, 0)->label, ==, "April 2024");
}

static void
test_weeks (void)
{
  /* Sixty days on 1000 px: 16.7 px a day is too tight for days, weeks are 117 px apart. */
  double start = ymd (2024, 9, 15) + 0.4, end = start + 60;
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_WEEK);
  check_ordered (scale->minor, start, end);
  /* 15 September 2024 is a Sunday: the first week tick is Monday the 9th. */
  g_assert_cmpfloat (tick (scale->minor, 0)->day, ==, ymd (2024, 9, 9));
  g_assert_cmpstr (tick (scale->minor, 0)->label, ==, "9");
  g_assert_cmpstr (tick (scale->minor, 1)->label, ==, "16");
  for (guint i = 1; i < scale->minor->len; i++)
    g_assert_cmpfloat (tick (scale->minor, i)->day - tick (scale->minor, i - 1)->day, ==, 7);
  /* Months as context: September, October, November. */
  g_assert_cmpuint (scale->major->len, ==, 3);
  g_assert_cmpfloat (tick (scale->major, 1)->day, ==, ymd (2024, 10, 1));
  g_assert_cmpstr (tick (scale->major, 1)->label, ==, "October 2024");
}

static void
test_months (void)
{
  /* 2024 on 1000 px: months are 76–85 px apart, short month names. */
  double start = ymd (2024, 1, 1), end = ymd (2025, 1, 1);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);
  static const char *names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                 "Aug", "Sep", "Oct", "Nov", "Dec", "Jan" };

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_MONTH);
  g_assert_cmpuint (scale->minor->len, ==, 13);
  for (guint i = 0; i < 13; i++)
    g_assert_cmpstr (tick (scale->minor, i)->label, ==, names[i]);
  g_assert_cmpfloat (tick (scale->minor, 3)->day, ==, ymd (2024, 4, 1));
  g_assert_cmpuint (scale->major->len, ==, 2);
  g_assert_cmpstr (tick (scale->major, 0)->label, ==, "2024");
  g_assert_cmpfloat (tick (scale->major, 1)->day, ==, ymd (2025, 1, 1));

  /* Wider: whole month names. */
  {
    g_autoptr (DossierTimeScale) wide = dossier_time_scale_new (start, end, 1600, CHAR_PX);
    g_assert_cmpint (wide->unit, ==, DOSSIER_TIME_UNIT_MONTH);
    g_assert_cmpstr (tick (wide->minor, 8)->label, ==, "September");
  }
}

static void
test_quarters (void)
{
  /* Three years on 1000 px: months (25 px) too close, quarters (82 px) fine. */
  double start = ymd (2023, 2, 10), end = ymd (2026, 2, 10);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);
  int m;

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_QUARTER);
  check_ordered (scale->minor, start, end);
  g_assert_cmpfloat (tick (scale->minor, 0)->day, ==, ymd (2023, 1, 1));
  for (guint i = 0; i < scale->minor->len; i++)
    {
      g_assert_true (dossier_time_scale_day_to_ymd (tick (scale->minor, i)->day, NULL, &m, NULL));
      g_assert_cmpint ((m - 1) % 3, ==, 0);
    }
  g_assert_cmpstr (tick (scale->minor, 1)->label, ==, "Apr");
  g_assert_cmpuint (scale->major->len, ==, 4); /* 2023 … 2026 */
}

static void
test_years (void)
{
  double start = ymd (2020, 1, 1), end = ymd (2030, 1, 1);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_YEAR);
  g_assert_cmpuint (scale->minor->len, ==, 11);
  g_assert_cmpstr (tick (scale->minor, 0)->label, ==, "2020");
  g_assert_cmpstr (tick (scale->minor, 10)->label, ==, "2030");
  g_assert_cmpuint (scale->major->len, ==, 0);
}

static void
test_centuries (void)
{
  /* Two hundred years on 1000 px: decades are 50 px apart, short of 52; 25 years fit. */
  double start = ymd (1900, 6, 1), end = ymd (2100, 6, 1);
  g_autoptr (DossierTimeScale) scale = dossier_time_scale_new (start, end, 1000, CHAR_PX);

  g_assert_cmpint (scale->unit, ==, DOSSIER_TIME_UNIT_YEAR_25);
  check_ordered (scale->minor, start, end);
  g_assert_cmpstr (tick (scale->minor, 0)->label, ==, "1900");
  g_assert_cmpstr (tick (scale->minor, 1)->label, ==, "1925");
  g_assert_cmpstr (tick (scale->minor, scale->minor->len - 1)->label, ==, "2100");
}

/* Zooming in never picks a coarser unit. */
static void
test_units_monotonic (void)
{
  DossierTimeUnit prev = DOSSIER_TIME_UNIT_CENTURY;
  double start = ymd (2024, 4, 11);

  for (double span = 80000; span > 1; span /= 1.3)
    {
      DossierTimeUnit unit = dossier_time_scale_choose_unit (start, start + span, 1200, CHAR_PX);
      g_assert_cmpint (unit, <=, prev);
      /* The chosen unit's ticks are at least 5 characters apart. */
      g_assert_cmpfloat (dossier_time_scale_unit_days (unit) * 1200 / span, >=, 5 * CHAR_PX - 1e-9);
      prev = unit;
    }
  g_assert_cmpint (prev, ==, DOSSIER_TIME_UNIT_DAY);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/time-scale/day-numbers", test_day_numbers);
  g_test_add_func ("/dossier/time-scale/period-end", test_period_end);
  g_test_add_func ("/dossier/time-scale/format", test_format);
  g_test_add_func ("/dossier/time-scale/days", test_days);
  g_test_add_func ("/dossier/time-scale/days-with-weekdays", test_days_with_weekdays);
  g_test_add_func ("/dossier/time-scale/weeks", test_weeks);
  g_test_add_func ("/dossier/time-scale/months", test_months);
  g_test_add_func ("/dossier/time-scale/quarters", test_quarters);
  g_test_add_func ("/dossier/time-scale/years", test_years);
  g_test_add_func ("/dossier/time-scale/centuries", test_centuries);
  g_test_add_func ("/dossier/time-scale/units-monotonic", test_units_monotonic);
  return g_test_run ();
}
