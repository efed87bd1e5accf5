/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "dossier-timeline-layout.h"

typedef struct
{
  double l, r;
} Interval;

typedef struct
{
  guint unit;
  guint8 pinned;
  guint8 priority;
  double x;
} Candidate;

DossierTimelineLayout *
dossier_timeline_layout_new (void)
{
  DossierTimelineLayout *layout = g_new0 (DossierTimelineLayout, 1);

  layout->units = g_array_new (FALSE, FALSE, sizeof (DossierTimelineUnit));
  layout->members = g_array_new (FALSE, FALSE, sizeof (guint));
  layout->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  layout->order = g_array_new (FALSE, FALSE, sizeof (Candidate));
  return layout;
}

void
dossier_timeline_layout_free (DossierTimelineLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->units);
  g_array_unref (layout->members);
  g_ptr_array_unref (layout->rows);
  g_array_unref (layout->order);
  g_free (layout);
}

/**
 * dossier_timeline_layout_params_init:
 * @params: (out caller-allocates): parameters to fill
 * @x_min: the left edge labels must stay right of
 * @x_max: the right edge labels must stay left of
 * @n_rows: label rows per lane
 *
 * Fills @params with defaults sized for a 10–11 pt interface font.
 */
void
dossier_timeline_layout_params_init (DossierTimelineLayoutParams *params, double x_min,
                                     double x_max, guint n_rows)
{
  *params = (DossierTimelineLayoutParams){
    .x_min = x_min,
    .x_max = x_max,
    .marker_radius = 6,
    .marker_gap = 3,
    .cluster_span = 40,
    .digit_width = 8,
    .badge_pad = 7,
    .label_pad = 6,
    .label_gap = 14,
    .min_label = 56,
    .max_label = 240,
    .n_rows = MAX (n_rows, 1),
  };
}

static DossierTimelineUnit *
unit_at (DossierTimelineLayout *layout, guint i)
{
  return &g_array_index (layout->units, DossierTimelineUnit, i);
}

static guint
member_at (DossierTimelineLayout *layout, guint i)
{
  return g_array_index (layout->members, guint, i);
}

static guint
n_digits (guint n)
{
  guint d = 1;

  while (n >= 10)
    {
      n /= 10;
      d++;
    }
  return d;
}

/* Places a unit from its members: a marker at its item, a badge over the middle of its
 * members. A badge that would overlap the unit before it moves right: badges stand for a
 * crowd, so a few pixels of drift beats an overlap. Markers never move. */
static void
unit_settle (DossierTimelineLayout *layout, guint index, const DossierTimelineLayoutInput *inputs,
             const DossierTimelineLayoutParams *p, guint lane_first_unit)
{
  DossierTimelineUnit *u = unit_at (layout, index);
  double first_x = inputs[member_at (layout, u->first)].x;
  double last_x = inputs[member_at (layout, u->first + u->n_items - 1)].x;
  double half;

  if (u->n_items == 1)
    {
      u->x = first_x;
      u->left = u->x - p->marker_radius;
      u->right = u->x + p->marker_radius;
      return;
    }

  half
      = MAX (p->marker_radius + 2, (n_digits (u->n_items) * p->digit_width + 2 * p->badge_pad) / 2);
  u->x = (first_x + last_x) / 2;
  if (index > lane_first_unit)
    {
      DossierTimelineUnit *prev = unit_at (layout, index - 1);

      if (!prev->pinned && u->x - half < prev->right + p->marker_gap)
        u->x = prev->right + p->marker_gap + half;
    }
  u->left = u->x - half;
  u->right = u->x + half;
}

static void
start_unit (DossierTimelineLayout *layout, guint input, guint lane, gboolean pinned)
{
  DossierTimelineUnit u = {
    .lane = lane,
    .first = layout->members->len,
    .n_items = 1,
    .label_member = input,
    .row = -1,
    .pinned = pinned,
  };

  g_array_append_val (layout->members, input);
  g_array_append_val (layout->units, u);
}

/* Closes the last unit: a lone marker that still crowds the unit before it joins that unit. */
static void
close_unit (DossierTimelineLayout *layout, const DossierTimelineLayoutInput *inputs,
            const DossierTimelineLayoutParams *p, guint lane_first_unit)
{
  guint last = layout->units->len - 1;
  DossierTimelineUnit *u = unit_at (layout, last);

  unit_settle (layout, last, inputs, p, lane_first_unit);
  if (last > lane_first_unit && u->n_items == 1 && !u->pinned)
    {
      DossierTimelineUnit *prev = unit_at (layout, last - 1);

      if (!prev->pinned && u->left < prev->right + p->marker_gap)
        {
          guint lone = member_at (layout, u->first);

          /* Members are stored in order, so the lone member already follows prev's. */
          prev->n_items++;
          if (inputs[lone].priority > inputs[prev->label_member].priority)
            prev->label_member = lone;
          g_array_set_size (layout->units, last);
          unit_settle (layout, last - 1, inputs, p, lane_first_unit);
        }
    }
}

static void
cluster_lane (DossierTimelineLayout *layout, const DossierTimelineLayoutInput *inputs, guint from,
              guint to, guint lane, const DossierTimelineLayoutParams *p)
{
  guint lane_first_unit = layout->units->len;
  gboolean open = FALSE;

  for (guint i = from; i < to; i++)
    {
      const DossierTimelineLayoutInput *in = &inputs[i];

      if (open && !in->pinned)
        {
          DossierTimelineUnit *cur = unit_at (layout, layout->units->len - 1);
          double first_x = inputs[member_at (layout, cur->first)].x;

          unit_settle (layout, layout->units->len - 1, inputs, p, lane_first_unit);
          if (!cur->pinned && in->x - p->marker_radius < cur->right + p->marker_gap
              && in->x - first_x <= p->cluster_span)
            {
              g_array_append_val (layout->members, i);
              cur->n_items++;
              if (in->priority > inputs[cur->label_member].priority)
                cur->label_member = i;
              continue;
            }
        }
      if (open)
        close_unit (layout, inputs, p, lane_first_unit);
      start_unit (layout, i, lane, in->pinned);
      open = TRUE;
    }
  if (open)
    close_unit (layout, inputs, p, lane_first_unit);
}

/* Row occupancy: sorted, disjoint intervals. */

static guint
first_reaching (GArray *row, double x, double gap)
{
  guint lo = 0, hi = row->len;

  /* Intervals are disjoint and sorted, so their right ends are sorted too. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (row, Interval, mid).r + gap > x)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

static double
free_right (GArray *row, double x, double limit, double gap)
{
  guint i = first_reaching (row, x, gap);

  if (i < row->len)
    {
      Interval *iv = &g_array_index (row, Interval, i);

      if (iv->l - gap <= x)
        return 0;
      limit = MIN (limit, iv->l - gap);
    }
  return MAX (0, limit - x);
}

static double
free_left (GArray *row, double x, double limit, double gap)
{
  guint i = first_reaching (row, x, gap);

  /* An interval reaching past x blocks it. */
  if (i < row->len && g_array_index (row, Interval, i).l - gap < x)
    return 0;
  if (i > 0)
    limit = MAX (limit, g_array_index (row, Interval, i - 1).r + gap);
  return MAX (0, x - limit);
}

static void
occupy (GArray *row, double l, double r)
{
  Interval iv = { l, r };
  guint i = first_reaching (row, l, 0);

  g_array_insert_val (row, i, iv);
}

static int
candidate_cmp (gconstpointer a, gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->pinned != cb->pinned)
    return ca->pinned ? -1 : 1;
  if (ca->priority != cb->priority)
    return ca->priority > cb->priority ? -1 : 1;
  if (ca->x != cb->x)
    return ca->x < cb->x ? -1 : 1;
  return ca->unit < cb->unit ? -1 : ca->unit > cb->unit;
}

/* How far an inline label may reach before it meets a neighbouring marker or badge. Neighbours
 * are in order except around pinned items, which may overlap a crowd: look past the nearest
 * one while units could still reach the label. */
static double
inline_limit_right (DossierTimelineLayout *layout, DossierTimelineUnit *u, guint unit_index,
                    const DossierTimelineLayoutParams *p)
{
  double limit = p->x_max;

  for (guint n = unit_index + 1; n < layout->units->len; n++)
    {
      DossierTimelineUnit *next = unit_at (layout, n);

      if (next->lane != u->lane || next->left - 2 * p->cluster_span > limit)
        break;
      limit = MIN (limit, next->left - p->label_pad);
    }
  return limit;
}

static double
inline_limit_left (DossierTimelineLayout *layout, DossierTimelineUnit *u, guint unit_index,
                   const DossierTimelineLayoutParams *p)
{
  double limit = p->x_min;

  for (guint n = unit_index; n-- > 0;)
    {
      DossierTimelineUnit *prev = unit_at (layout, n);

      if (prev->lane != u->lane || prev->right + 2 * p->cluster_span < limit)
        break;
      limit = MAX (limit, prev->right + p->label_pad);
    }
  return limit;
}

/* The candidate positions of one unit's label (see try_place() for their order), each found
 * once: the room a position offers does not change until the label takes one. */
typedef struct
{
  double avail; /* -1 when the position lies outside the bounds */
  double x0;
  guint row;
  gboolean left;
} Position;

typedef struct
{
  DossierTimelineLayout *layout;
  DossierTimelineUnit *u;
  guint unit_index;
  guint first_row_array;
  const DossierTimelineLayoutParams *p;
  Position *at; /* 2 * n_rows */
  guint n_known;
} Positions;

static const Position *
position (Positions *ps, guint k)
{
  const DossierTimelineLayoutParams *p = ps->p;
  DossierTimelineUnit *u = ps->u;

  while (ps->n_known <= k)
    {
      Position *at = &ps->at[ps->n_known];
      guint n = ps->n_known++;
      GArray *occ;

      at->row = n < 2 ? 0 : (n - 2) % MAX (p->n_rows - 1, 1) + 1;
      at->left = n < 2 ? n == 1 : n - 2 >= p->n_rows - 1;
      occ = g_ptr_array_index (ps->layout->rows, ps->first_row_array + at->row);
      if (at->row == 0 && !at->left)
        {
          at->x0 = u->right + p->label_pad;
          at->avail = free_right (
              occ, at->x0, inline_limit_right (ps->layout, u, ps->unit_index, p), p->label_gap);
        }
      else if (at->row == 0)
        {
          at->x0 = u->left - p->label_pad;
          at->avail = free_left (occ, at->x0, inline_limit_left (ps->layout, u, ps->unit_index, p),
                                 p->label_gap);
        }
      else
        {
          at->x0 = u->x;
          at->avail = at->left ? free_left (occ, at->x0, p->x_min, p->label_gap)
                               : free_right (occ, at->x0, p->x_max, p->label_gap);
        }
      /* A label starting or ending outside the bounds would cross them. */
      if (at->left ? at->x0 > p->x_max : at->x0 < p->x_min)
        at->avail = -1;
    }
  return &ps->at[k];
}

/* The most room a position offers, or the first room of at least @enough. */
static double
max_room (Positions *ps, double enough)
{
  double best = -1;

  for (guint k = 0; k < 2 * ps->p->n_rows && best < enough; k++)
    best = MAX (best, position (ps, k)->avail);
  return best;
}

/* Tries the rows and sides in order of preference: inline right, inline left, then the rows
 * above right of the stem, and left of it only when no row has room on the right (near the
 * right end of the data). @need is the width to find; the label gets up to @want. */
static gboolean
try_place (Positions *ps, double need, double want)
{
  DossierTimelineUnit *u = ps->u;

  for (guint k = 0; k < 2 * ps->p->n_rows; k++)
    {
      const Position *at = position (ps, k);
      double width;

      if (at->avail < 0 || at->avail < need)
        continue;
      width = MIN (want, at->avail);
      u->row = at->row;
      u->label_left = at->left;
      u->label_width = width;
      u->label_x = at->left ? at->x0 - width : at->x0;
      occupy (g_ptr_array_index (ps->layout->rows, ps->first_row_array + at->row), u->label_x,
              u->label_x + width);
      return TRUE;
    }
  return FALSE;
}

static void
place_labels (DossierTimelineLayout *layout, const DossierTimelineLayoutInput *inputs,
              guint n_lanes, const DossierTimelineLayoutParams *p,
              DossierTimelineMeasureFunc measure, DossierTimelineBoundedMeasureFunc bounded,
              gpointer user_data)
{
  guint n_arrays = n_lanes * p->n_rows;
  Position *positions;

  for (guint i = layout->rows->len; i < n_arrays; i++)
    g_ptr_array_add (layout->rows, g_array_new (FALSE, FALSE, sizeof (Interval)));
  for (guint i = 0; i < n_arrays; i++)
    g_array_set_size (g_ptr_array_index (layout->rows, i), 0);

  g_array_set_size (layout->order, 0);
  for (guint i = 0; i < layout->units->len; i++)
    {
      DossierTimelineUnit *u = unit_at (layout, i);
      Candidate c = { i, u->pinned, inputs[u->label_member].priority, u->x };

      /* Labels only for units that show at least part of themselves. */
      if (u->right < p->x_min || u->left > p->x_max)
        continue;
      g_array_append_val (layout->order, c);
    }
  g_array_sort (layout->order, candidate_cmp);

  positions = g_new (Position, 2 * p->n_rows);
  for (guint k = 0; k < layout->order->len; k++)
    {
      guint index = g_array_index (layout->order, Candidate, k).unit;
      DossierTimelineUnit *u = unit_at (layout, index);
      Positions ps = { layout, u, index, u->lane * p->n_rows, p, positions, 0 };
      double natural = 0, want;

      if (bounded)
        {
          /* With less room than the narrowest label anywhere, the label gets a place only if
           * its whole width fits: say how much there is, so that a label certainly wider
           * need not be measured (shaping its text is the costly part of a layout). */
          double enough = MIN (p->min_label, p->max_label);
          double room = max_room (&ps, enough);

          natural = bounded (u->label_member, room < enough ? room : G_MAXDOUBLE, user_data);
        }
      else if (measure)
        natural = measure (u->label_member, user_data);
      want = MIN (ceil (natural), p->max_label);

      if (want <= 0)
        continue;
      /* A whole label in a higher row reads better than a cut one low down. */
      if (try_place (&ps, want, want))
        continue;
      if (want > p->min_label)
        try_place (&ps, p->min_label, want);
    }
  g_free (positions);
}

static void
compute (DossierTimelineLayout *layout, const DossierTimelineLayoutInput *inputs, guint n_inputs,
         guint n_lanes, const gboolean *lane_visible, const DossierTimelineLayoutParams *params,
         DossierTimelineMeasureFunc measure, DossierTimelineBoundedMeasureFunc bounded,
         gpointer user_data)
{
  guint i = 0;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (params != NULL && params->n_rows > 0);

  g_array_set_size (layout->units, 0);
  g_array_set_size (layout->members, 0);

  while (i < n_inputs)
    {
      guint lane = inputs[i].lane;
      guint j = i;

      while (j < n_inputs && inputs[j].lane == lane)
        {
          g_warn_if_fail (j == i || inputs[j].x >= inputs[j - 1].x);
          j++;
        }
      if (lane < n_lanes && (lane_visible == NULL || lane_visible[lane]))
        cluster_lane (layout, inputs, i, j, lane, params);
      i = j;
    }
  place_labels (layout, inputs, n_lanes, params, measure, bounded, user_data);
}

/**
 * dossier_timeline_layout_compute:
 * @layout: a layout to fill
 * @inputs: (array length=n_inputs): the items, sorted by lane then x
 * @n_inputs: their number
 * @n_lanes: lanes are 0 … @n_lanes - 1
 * @lane_visible: (nullable) (array length=n_lanes): which lanes are shown; %NULL for all
 * @params: sizes and bounds
 * @measure: (scope call) (nullable): label widths, asked only for items that may get a label
 * @user_data: for @measure
 *
 * Clusters markers that would touch, then places labels by priority (pinned items first, then
 * higher priority, then left to right) into the lowest row with room. Items in hidden lanes or
 * lanes >= @n_lanes get no unit.
 */
void
dossier_timeline_layout_compute (DossierTimelineLayout *layout,
                                 const DossierTimelineLayoutInput *inputs, guint n_inputs,
                                 guint n_lanes, const gboolean *lane_visible,
                                 const DossierTimelineLayoutParams *params,
                                 DossierTimelineMeasureFunc measure, gpointer user_data)
{
  compute (layout, inputs, n_inputs, n_lanes, lane_visible, params, measure, NULL, user_data);
}

/**
 * dossier_timeline_layout_compute_bounded:
 * @measure: (scope call): label widths, told how much room the label could get at most
 *
 * Like dossier_timeline_layout_compute(), with the same result when @measure keeps its
 * contract (see #DossierTimelineBoundedMeasureFunc), and fewer labels measured exactly.
 */
void
dossier_timeline_layout_compute_bounded (DossierTimelineLayout *layout,
                                         const DossierTimelineLayoutInput *inputs, guint n_inputs,
                                         guint n_lanes, const gboolean *lane_visible,
                                         const DossierTimelineLayoutParams *params,
                                         DossierTimelineBoundedMeasureFunc measure,
                                         gpointer user_data)
{
  g_return_if_fail (measure != NULL);
  compute (layout, inputs, n_inputs, n_lanes, lane_visible, params, NULL, measure, user_data);
}

guint
dossier_timeline_layout_get_n_units (DossierTimelineLayout *layout)
{
  return layout->units->len;
}

const DossierTimelineUnit *
dossier_timeline_layout_get_unit (DossierTimelineLayout *layout, guint i)
{
  g_return_val_if_fail (i < layout->units->len, NULL);
  return unit_at (layout, i);
}

/**
 * dossier_timeline_layout_get_member:
 * @layout: a layout
 * @unit: one of its units
 * @i: 0 … @unit's n_items - 1
 *
 * Returns: the input index of the @i-th item of @unit
 */
guint
dossier_timeline_layout_get_member (DossierTimelineLayout *layout, const DossierTimelineUnit *unit,
                                    guint i)
{
  g_return_val_if_fail (i < unit->n_items, 0);
  return member_at (layout, unit->first + i);
}

/**
 * dossier_timeline_layout_find_unit:
 * @layout: a layout
 * @index: an input index
 *
 * Returns: the unit that shows input @index, or -1 if it has none
 */
int
dossier_timeline_layout_find_unit (DossierTimelineLayout *layout, guint index)
{
  for (guint m = 0; m < layout->members->len; m++)
    if (member_at (layout, m) == index)
      {
        /* Units own consecutive member runs: find the run holding m. */
        guint lo = 0, hi = layout->units->len;

        while (lo + 1 < hi)
          {
            guint mid = (lo + hi) / 2;

            if (unit_at (layout, mid)->first <= m)
              lo = mid;
            else
              hi = mid;
          }
        return (int) lo;
      }
  return -1;
}
