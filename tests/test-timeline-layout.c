/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "dossier-timeline-layout.h"

/* The timeline's marker clustering and label placement, without a display: label widths come
 * from a table instead of fonts. */

typedef struct
{
  double *widths;
  guint calls;
} Measure;

static double
measure (guint index, gpointer data)
{
  Measure *m = data;

  m->calls++;
  return m->widths[index];
}

static int
input_cmp (gconstpointer a, gconstpointer b)
{
  const DossierTimelineLayoutInput *ia = a, *ib = b;

  if (ia->lane != ib->lane)
    return ia->lane < ib->lane ? -1 : 1;
  return ia->x < ib->x ? -1 : ia->x > ib->x;
}

/* Random items over [0, width) in @n_lanes lanes, sorted as the layout wants them. */
static DossierTimelineLayoutInput *
random_inputs (GRand *rand, guint n, guint n_lanes, double width, double **widths)
{
  DossierTimelineLayoutInput *in = g_new0 (DossierTimelineLayoutInput, n);

  *widths = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      in[i].x = g_rand_double_range (rand, 0, width);
      in[i].lane = g_rand_int_range (rand, 0, n_lanes);
      in[i].priority = g_rand_int_range (rand, 0, 3);
    }
  qsort (in, n, sizeof *in, input_cmp);
  for (guint i = 0; i < n; i++)
    (*widths)[i] = g_rand_double_range (rand, 20, 400);
  return in;
}

/* The invariants every layout must keep. Returns the number of items placed in units. */
static guint
check_layout (DossierTimelineLayout *layout, const DossierTimelineLayoutInput *in, guint n,
              const DossierTimelineLayoutParams *p, const double *widths)
{
  guint n_units = dossier_timeline_layout_get_n_units (layout);
  g_autofree guint *seen = g_new0 (guint, n);
  guint total = 0;

  for (guint i = 0; i < n_units; i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (layout, i);

      g_assert_cmpuint (u->n_items, >=, 1);
      total += u->n_items;
      for (guint k = 0; k < u->n_items; k++)
        {
          guint m = dossier_timeline_layout_get_member (layout, u, k);

          g_assert_cmpuint (m, <, n);
          g_assert_cmpuint (in[m].lane, ==, u->lane);
          seen[m]++;
          g_assert_cmpuint (seen[m], ==, 1);
        }
      /* A lone marker stays exactly on its date; a cluster is labelled by one of its members,
       * one of the most important. */
      if (u->n_items == 1)
        {
          g_assert_cmpfloat (u->x, ==, in[dossier_timeline_layout_get_member (layout, u, 0)].x);
          g_assert_cmpuint (u->label_member, ==, dossier_timeline_layout_get_member (layout, u, 0));
        }
      else
        {
          gboolean found = FALSE;

          for (guint k = 0; k < u->n_items; k++)
            {
              guint m = dossier_timeline_layout_get_member (layout, u, k);

              found |= m == u->label_member;
              g_assert_cmpuint (in[m].priority, <=, in[u->label_member].priority);
            }
          g_assert_true (found);
        }

      if (u->row >= 0)
        {
          g_assert_cmpint (u->row, <, (int) p->n_rows);
          g_assert_cmpfloat (u->label_x, >=, p->x_min - 1e-9);
          g_assert_cmpfloat (u->label_x + u->label_width, <=, p->x_max + 1e-9);
          g_assert_cmpfloat (u->label_width, >=,
                             MIN (p->min_label, widths[u->label_member]) - 1e-9);
          g_assert_cmpfloat (u->label_width, <=, p->max_label + 1e-9);
        }

      /* Units of a lane are in order and their markers or badges do not touch; a pinned item
       * keeps its exact place even inside a crowd, so it is exempt. */
      if (i > 0)
        {
          const DossierTimelineUnit *prev = dossier_timeline_layout_get_unit (layout, i - 1);

          if (prev->lane == u->lane && !prev->pinned && !u->pinned)
            {
              g_assert_cmpfloat (prev->x, <=, u->x);
              g_assert_cmpfloat (prev->right + p->marker_gap, <=, u->left + 1e-9);
            }
          else if (prev->lane != u->lane)
            g_assert_cmpuint (prev->lane, <, u->lane);
        }
    }

  /* No two labels of one lane and row overlap, and inline labels clear every other marker. */
  for (guint i = 0; i < n_units; i++)
    {
      const DossierTimelineUnit *a = dossier_timeline_layout_get_unit (layout, i);

      if (a->row < 0)
        continue;
      for (guint j = 0; j < n_units; j++)
        {
          const DossierTimelineUnit *b = dossier_timeline_layout_get_unit (layout, j);

          if (i == j || a->lane != b->lane)
            continue;
          if (b->row == a->row && j > i)
            g_assert_true (a->label_x + a->label_width + p->label_gap <= b->label_x + 1e-9
                           || b->label_x + b->label_width + p->label_gap <= a->label_x + 1e-9);
          if (a->row == 0)
            g_assert_true (a->label_x + a->label_width <= b->left + 1e-9
                           || b->right <= a->label_x + 1e-9);
        }
    }
  return total;
}

static void
test_sparse (void)
{
  /* Three items far apart each get a marker and their whole label inline. */
  DossierTimelineLayoutInput in[] = { { 100, 0, 0, 1 }, { 500, 0, 0, 1 }, { 900, 0, 0, 1 } };
  double widths[] = { 120, 200, 60 };
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();

  dossier_timeline_layout_params_init (&p, 0, 1200, 3);
  dossier_timeline_layout_compute (layout, in, 3, 1, NULL, &p, measure, &m);
  g_assert_cmpuint (check_layout (layout, in, 3, &p, widths), ==, 3);
  g_assert_cmpuint (dossier_timeline_layout_get_n_units (layout), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (layout, i);

      g_assert_cmpuint (u->n_items, ==, 1);
      g_assert_cmpint (u->row, ==, 0);
      g_assert_false (u->label_left);
      g_assert_cmpfloat (u->label_width, ==, widths[i]);
      g_assert_cmpfloat (u->label_x, ==, u->right + p.label_pad);
    }
  g_assert_cmpuint (m.calls, ==, 3);
}

static void
test_right_edge_flips_left (void)
{
  /* The last item's label does not fit right of it: it goes left, inside the bounds. */
  DossierTimelineLayoutInput in[] = { { 100, 0, 0, 1 }, { 980, 0, 0, 1 } };
  double widths[] = { 100, 150 };
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
  const DossierTimelineUnit *u;

  dossier_timeline_layout_params_init (&p, 0, 1000, 2);
  dossier_timeline_layout_compute (layout, in, 2, 1, NULL, &p, measure, &m);
  check_layout (layout, in, 2, &p, widths);
  u = dossier_timeline_layout_get_unit (layout, 1);
  g_assert_cmpint (u->row, ==, 0);
  g_assert_true (u->label_left);
  g_assert_cmpfloat (u->label_width, ==, 150);
  g_assert_cmpfloat (u->label_x + u->label_width, <=, u->left);
}

static void
test_stacking (void)
{
  /* Four items 30 px apart with long labels: one inline would be cut to nothing, so the
   * labels stack in rows above; with three rows one of them must go without. */
  DossierTimelineLayoutInput in[]
      = { { 100, 0, 0, 1 }, { 130, 0, 0, 1 }, { 160, 0, 0, 1 }, { 190, 0, 0, 1 } };
  double widths[] = { 200, 200, 200, 200 };
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
  guint labelled = 0;
  gboolean rows[3] = { FALSE, FALSE, FALSE };

  dossier_timeline_layout_params_init (&p, 0, 1000, 3);
  dossier_timeline_layout_compute (layout, in, 4, 1, NULL, &p, measure, &m);
  check_layout (layout, in, 4, &p, widths);
  g_assert_cmpuint (dossier_timeline_layout_get_n_units (layout), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const DossierTimelineUnit *u = dossier_timeline_layout_get_unit (layout, i);

      if (u->row < 0)
        continue;
      labelled++;
      rows[u->row] = TRUE;
    }
  /* Row 0 holds the last item's label (nothing to its right); rows 1 and 2 one each; a fourth
   * full label would overlap in every row. */
  g_assert_cmpuint (labelled, ==, 3);
  g_assert_true (rows[0] && rows[1] && rows[2]);
}

static void
test_dense_cluster (void)
{
  /* A hundred items within 20 px become one badge counting all of them, labelled by the one
   * meeting among them. */
  DossierTimelineLayoutInput in[100];
  double widths[100];
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
  const DossierTimelineUnit *u;

  for (guint i = 0; i < 100; i++)
    {
      in[i] = (DossierTimelineLayoutInput){ 500 + i * 0.2, 0, 0, i == 37 ? 2 : 1 };
      widths[i] = 100;
    }
  dossier_timeline_layout_params_init (&p, 0, 1000, 3);
  dossier_timeline_layout_compute (layout, in, 100, 1, NULL, &p, measure, &m);
  g_assert_cmpuint (check_layout (layout, in, 100, &p, widths), ==, 100);
  g_assert_cmpuint (dossier_timeline_layout_get_n_units (layout), ==, 1);
  u = dossier_timeline_layout_get_unit (layout, 0);
  g_assert_cmpuint (u->n_items, ==, 100);
  g_assert_cmpfloat (fabs (u->x - 509.9), <, 1e-6);
  /* Badges are wide enough for their count. */
  g_assert_cmpfloat (u->right - u->left, >=, 3 * p.digit_width);
  g_assert_cmpuint (u->label_member, ==, 37);
  g_assert_cmpint (u->row, ==, 0);
  g_assert_cmpfloat (u->label_x, ==, u->right + p.label_pad);
  /* Only the representative's label was measured. */
  g_assert_cmpuint (m.calls, ==, 1);
}

static void
test_pinned_stays_out (void)
{
  /* The selected item in the middle of a crowd keeps its own marker and gets its label. */
  DossierTimelineLayoutInput in[9];
  double widths[9];
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
  int unit;
  const DossierTimelineUnit *u;

  for (guint i = 0; i < 9; i++)
    {
      in[i] = (DossierTimelineLayoutInput){ 300 + i * 2, 0, i == 4, 1 };
      widths[i] = 150;
    }
  dossier_timeline_layout_params_init (&p, 0, 1000, 3);
  dossier_timeline_layout_compute (layout, in, 9, 1, NULL, &p, measure, &m);
  g_assert_cmpuint (check_layout (layout, in, 9, &p, widths), ==, 9);
  unit = dossier_timeline_layout_find_unit (layout, 4);
  g_assert_cmpint (unit, >=, 0);
  u = dossier_timeline_layout_get_unit (layout, unit);
  g_assert_cmpuint (u->n_items, ==, 1);
  g_assert_true (u->pinned);
  g_assert_cmpint (u->row, >=, 0);
  g_assert_cmpfloat (u->x, ==, 308);
  /* The others: a badge before and one after the pinned item. */
  g_assert_cmpuint (dossier_timeline_layout_get_n_units (layout), ==, 3);
}

static void
test_priority (void)
{
  /* One row, two items 20 px apart: the higher priority (a meeting) gets the label even though
   * it comes second. */
  DossierTimelineLayoutInput in[] = { { 400, 0, 0, 1 }, { 420, 0, 0, 2 } };
  double widths[] = { 120, 120 };
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();

  dossier_timeline_layout_params_init (&p, 0, 1000, 1);
  dossier_timeline_layout_compute (layout, in, 2, 1, NULL, &p, measure, &m);
  check_layout (layout, in, 2, &p, widths);
  g_assert_cmpuint (dossier_timeline_layout_get_n_units (layout), ==, 2);
  g_assert_cmpint (dossier_timeline_layout_get_unit (layout, 1)->row, ==, 0);
  g_assert_false (dossier_timeline_layout_get_unit (layout, 1)->label_left);
  /* The first one has no room before the meeting's marker, but room on its left. */
  g_assert_cmpint (dossier_timeline_layout_get_unit (layout, 0)->row, ==, 0);
  g_assert_true (dossier_timeline_layout_get_unit (layout, 0)->label_left);
}

static void
test_hidden_lanes (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autofree double *widths = NULL;
  g_autofree DossierTimelineLayoutInput *in = random_inputs (rand, 600, 3, 2000, &widths);
  gboolean visible[] = { TRUE, FALSE, TRUE };
  Measure m = { widths, 0 };
  DossierTimelineLayoutParams p;
  g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
  guint expected = 0;

  for (guint i = 0; i < 600; i++)
    expected += in[i].lane != 1;
  dossier_timeline_layout_params_init (&p, 0, 2000, 4);
  dossier_timeline_layout_compute (layout, in, 600, 3, visible, &p, measure, &m);
  g_assert_cmpuint (check_layout (layout, in, 600, &p, widths), ==, expected);
  for (guint i = 0; i < dossier_timeline_layout_get_n_units (layout); i++)
    g_assert_cmpuint (dossier_timeline_layout_get_unit (layout, i)->lane, !=, 1);
}

static void
test_random (void)
{
  /* Many random layouts, sparse to very dense, all keep the invariants and account for every
   * item exactly once. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 60; round++)
    {
      guint n = g_rand_int_range (rand, 1, 3000);
      guint n_lanes = g_rand_int_range (rand, 1, 6);
      g_autofree double *widths = NULL;
      g_autofree DossierTimelineLayoutInput *in = random_inputs (rand, n, n_lanes, 1800, &widths);
      Measure m = { widths, 0 };
      DossierTimelineLayoutParams p;
      g_autoptr (DossierTimelineLayout) layout = dossier_timeline_layout_new ();
      guint placed = 0, n_units;

      for (guint i = 0; i < n; i++)
        in[i].pinned = g_rand_int_range (rand, 0, 200) == 0;
      dossier_timeline_layout_params_init (&p, 0, 1800, g_rand_int_range (rand, 1, 6));
      dossier_timeline_layout_compute (layout, in, n, n_lanes, NULL, &p, measure, &m);
      g_assert_cmpuint (check_layout (layout, in, n, &p, widths), ==, n);
      n_units = dossier_timeline_layout_get_n_units (layout);
      for (guint i = 0; i < n_units; i++)
        placed += dossier_timeline_layout_get_unit (layout, i)->row >= 0;
      /* One label measured per unit, never more. */
      g_assert_cmpuint (m.calls, ==, n_units);
      g_assert_cmpuint (placed, <=, n_units);
      if (n < 20)
        g_assert_cmpuint (placed, >, 0);
    }
}

/* A bounded measure keeping its contract: the width when it may fit, otherwise something
 * between the limit and the width, as a lower bound would be. */
typedef struct
{
  double *widths;
  guint exact;   /* widths given */
  guint bounded; /* bounds given instead */
} Bounded;

static double
measure_bounded (guint index, double limit, gpointer data)
{
  Bounded *b = data;
  double w = b->widths[index];

  if (limit < G_MAXDOUBLE && w > limit)
    {
      b->bounded++;
      return limit + (w - limit) / 2 + 1e-6;
    }
  b->exact++;
  return w;
}

static void
test_bounded_same_layout (void)
{
  /* Sparse to very dense: with bounds for the labels that cannot fit, every unit, row and
   * label is placed exactly as with every width measured, and dense views need fewer widths. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  guint skipped = 0, measured = 0;

  for (guint round = 0; round < 40; round++)
    {
      guint n = g_rand_int_range (rand, 1, 4000);
      guint n_lanes = g_rand_int_range (rand, 1, 6);
      g_autofree double *widths = NULL;
      g_autofree DossierTimelineLayoutInput *in = random_inputs (rand, n, n_lanes, 1800, &widths);
      Measure m = { widths, 0 };
      Bounded b = { widths, 0, 0 };
      DossierTimelineLayoutParams p;
      g_autoptr (DossierTimelineLayout) plain = dossier_timeline_layout_new ();
      g_autoptr (DossierTimelineLayout) bounded = dossier_timeline_layout_new ();
      guint n_units;

      for (guint i = 0; i < n; i++)
        in[i].pinned = g_rand_int_range (rand, 0, 200) == 0;
      dossier_timeline_layout_params_init (&p, 0, 1800, g_rand_int_range (rand, 1, 6));
      dossier_timeline_layout_compute (plain, in, n, n_lanes, NULL, &p, measure, &m);
      dossier_timeline_layout_compute_bounded (bounded, in, n, n_lanes, NULL, &p, measure_bounded,
                                               &b);
      check_layout (bounded, in, n, &p, widths);
      n_units = dossier_timeline_layout_get_n_units (plain);
      g_assert_cmpuint (dossier_timeline_layout_get_n_units (bounded), ==, n_units);
      for (guint i = 0; i < n_units; i++)
        {
          const DossierTimelineUnit *a = dossier_timeline_layout_get_unit (plain, i);
          const DossierTimelineUnit *c = dossier_timeline_layout_get_unit (bounded, i);

          g_assert_cmpuint (a->first, ==, c->first);
          g_assert_cmpuint (a->n_items, ==, c->n_items);
          g_assert_cmpuint (a->label_member, ==, c->label_member);
          g_assert_cmpint (a->row, ==, c->row);
          g_assert_cmpfloat (a->x, ==, c->x);
          if (a->row >= 0)
            {
              g_assert_cmpfloat (a->label_x, ==, c->label_x);
              g_assert_cmpfloat (a->label_width, ==, c->label_width);
              g_assert_cmpint (a->label_left, ==, c->label_left);
            }
        }
      /* Each unit is asked about once, either way. */
      g_assert_cmpuint (b.exact + b.bounded, ==, m.calls);
      skipped += b.bounded;
      measured += b.exact;
    }
  g_test_message ("%u labels bounded, %u measured", skipped, measured);
  g_assert_cmpuint (skipped, >, measured / 10);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/timeline-layout/sparse", test_sparse);
  g_test_add_func ("/dossier/timeline-layout/right-edge", test_right_edge_flips_left);
  g_test_add_func ("/dossier/timeline-layout/stacking", test_stacking);
  g_test_add_func ("/dossier/timeline-layout/dense-cluster", test_dense_cluster);
  g_test_add_func ("/dossier/timeline-layout/pinned", test_pinned_stays_out);
  g_test_add_func ("/dossier/timeline-layout/priority", test_priority);
  g_test_add_func ("/dossier/timeline-layout/hidden-lanes", test_hidden_lanes);
  g_test_add_func ("/dossier/timeline-layout/random", test_random);
  g_test_add_func ("/dossier/timeline-layout/bounded", test_bounded_same_layout);
  return g_test_run ();
}
