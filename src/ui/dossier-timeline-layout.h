/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where markers, cluster badges and labels go, in pixels, for items already mapped to x. Pure
 * arithmetic: no GTK, no fonts (label widths come from a callback), so it is tested without a
 * display and timed in the bench.
 *
 * Each lane has a baseline carrying the markers and label rows: row 0 is inline on the baseline
 * (the label right or left of its marker, between its neighbours), rows 1 … n_rows - 1 stack
 * above it and hang from the marker by a stem. Markers closer than they can be told apart merge
 * into a cluster badge with a count, labelled with its most important member; labels never
 * overlap within a row. Pinned units keep their exact place and may overlap a neighbour. */

typedef struct
{
  double x;        /* marker centre */
  guint lane;      /* inputs are sorted by lane, then by x */
  guint8 pinned;   /* selected or focused: never clustered, labelled first */
  guint8 priority; /* higher is labelled first (meetings over statements) */
} DossierTimelineLayoutInput;

typedef struct
{
  double x_min, x_max;  /* labels stay inside */
  double marker_radius; /* half a marker's width */
  double marker_gap;    /* markers whose edges come closer than this cluster */
  double cluster_span;  /* a cluster's members lie within this many pixels */
  double digit_width;   /* for badge widths */
  double badge_pad;     /* badge padding left and right of its count */
  double label_pad;     /* between a marker's edge and an inline label */
  double label_gap;     /* between two labels in one row */
  double min_label;     /* the narrowest (ellipsized) label worth drawing */
  double max_label;     /* labels are ellipsized to at most this */
  guint n_rows;         /* label rows per lane, at least 1 */
} DossierTimelineLayoutParams;

typedef struct
{
  double x;           /* marker or badge centre */
  double left, right; /* its extent on the baseline */
  guint lane;
  guint first;        /* its members: members[first … first + n_items - 1] */
  guint n_items;      /* 1 for a marker, more for a cluster */
  guint label_member; /* the input whose label the unit shows: a cluster shows its most
                       * important member's (the badge gives the count) */
  int row;            /* label row, -1 without a label (crowded out) */
  double label_x;     /* left edge of the label */
  double label_width; /* width allotted to the label (ellipsize to it) */
  guint pinned : 1;
  guint label_left : 1; /* the label sits left of the marker */
} DossierTimelineUnit;

/* Returns the natural width of input @index's label in pixels, 0 for none. */
typedef double (*DossierTimelineMeasureFunc) (guint index, gpointer user_data);

/* The same, for a label that gets a place only if its whole width is at most @limit
 * (G_MAXDOUBLE when any width may get one): when the width is certainly above @limit, any
 * value above @limit will do, and the label need not be measured exactly. */
typedef double (*DossierTimelineBoundedMeasureFunc) (guint index, double limit, gpointer user_data);

typedef struct _DossierTimelineLayout DossierTimelineLayout;

struct _DossierTimelineLayout
{
  GArray *units;   /* DossierTimelineUnit, by lane then x */
  GArray *members; /* guint input indices, grouped by unit */
  /*< private >*/
  GPtrArray *rows; /* per lane and row: GArray of occupied intervals */
  GArray *order;
};

DossierTimelineLayout *
dossier_timeline_layout_new (void);
void
dossier_timeline_layout_free (DossierTimelineLayout *layout);
void
dossier_timeline_layout_params_init (DossierTimelineLayoutParams *params, double x_min,
                                     double x_max, guint n_rows);
void
dossier_timeline_layout_compute (DossierTimelineLayout *layout,
                                 const DossierTimelineLayoutInput *inputs, guint n_inputs,
                                 guint n_lanes, const gboolean *lane_visible,
                                 const DossierTimelineLayoutParams *params,
                                 DossierTimelineMeasureFunc measure, gpointer user_data);
void
dossier_timeline_layout_compute_bounded (DossierTimelineLayout *layout,
                                         const DossierTimelineLayoutInput *inputs, guint n_inputs,
                                         guint n_lanes, const gboolean *lane_visible,
                                         const DossierTimelineLayoutParams *params,
                                         DossierTimelineBoundedMeasureFunc measure,
                                         gpointer user_data);
guint
dossier_timeline_layout_get_n_units (DossierTimelineLayout *layout);
const DossierTimelineUnit *
dossier_timeline_layout_get_unit (DossierTimelineLayout *layout, guint i);
guint
dossier_timeline_layout_get_member (DossierTimelineLayout *layout, const DossierTimelineUnit *unit,
                                    guint i);
int
dossier_timeline_layout_find_unit (DossierTimelineLayout *layout, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTimelineLayout, dossier_timeline_layout_free)

G_END_DECLS
