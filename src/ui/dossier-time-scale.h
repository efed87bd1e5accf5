/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Time on the timeline is a "day number": days since 1970-01-01 as a double, so that a point in
 * a day (its middle, a fraction of a pan) and whole calendar days share one axis. Day N covers
 * [N, N + 1). Calendar arithmetic goes through GDate, labels through GDateTime; nothing here
 * touches GTK, so ticks and labels are testable without a display. */

typedef enum
{
  DOSSIER_TIME_PRECISION_DAY,
  DOSSIER_TIME_PRECISION_MONTH,
  DOSSIER_TIME_PRECISION_YEAR,
} DossierTimePrecision;

#define DOSSIER_TYPE_TIME_PRECISION (dossier_time_precision_get_type ())
GType
dossier_time_precision_get_type (void);

/* The step between two labelled ticks of the axis, finest first. */
typedef enum
{
  DOSSIER_TIME_UNIT_DAY,
  DOSSIER_TIME_UNIT_WEEK,
  DOSSIER_TIME_UNIT_MONTH,
  DOSSIER_TIME_UNIT_QUARTER,
  DOSSIER_TIME_UNIT_YEAR,
  DOSSIER_TIME_UNIT_YEAR_2,
  DOSSIER_TIME_UNIT_YEAR_5,
  DOSSIER_TIME_UNIT_DECADE,
  DOSSIER_TIME_UNIT_YEAR_25,
  DOSSIER_TIME_UNIT_YEAR_50,
  DOSSIER_TIME_UNIT_CENTURY,
} DossierTimeUnit;

typedef struct
{
  double day;     /* where the tick sits: the start of the period it labels */
  char label[48]; /* UTF-8, already formatted for the locale */
} DossierTimeTick;

typedef struct
{
  DossierTimeUnit unit;
  GArray *minor; /* DossierTimeTick: every tick of @unit, in order */
  GArray *major; /* DossierTimeTick: context ticks (months over days, years over months) */
} DossierTimeScale;

double
dossier_time_scale_day_from_ymd (int year, int month, int day);
gboolean
dossier_time_scale_day_to_ymd (double day, int *year, int *month, int *mday);
double
dossier_time_scale_today (void);
double
dossier_time_scale_period_end (double start, DossierTimePrecision precision);
char *
dossier_time_scale_format_date (double day, DossierTimePrecision precision);
char *
dossier_time_scale_format_range (double start, double end, DossierTimePrecision precision);

DossierTimeUnit
dossier_time_scale_choose_unit (double start, double end, double width_px, double char_px);
double
dossier_time_scale_unit_days (DossierTimeUnit unit);
DossierTimeScale *
dossier_time_scale_new (double start, double end, double width_px, double char_px);
DossierTimeScale *
dossier_time_scale_new_for_unit (DossierTimeUnit unit, double start, double end, double width_px,
                                 double char_px);
void
dossier_time_scale_free (DossierTimeScale *scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTimeScale, dossier_time_scale_free)

G_END_DECLS
