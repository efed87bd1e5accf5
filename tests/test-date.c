/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "dossier-date.h"

static void
check_find (const char *text, const char *iso, const char *end_iso, const char *matched)
{
  DossierDateMatch m;
  g_autofree char *got = NULL;
  g_autofree char *got_end = NULL;

  g_assert_true (dossier_date_find_explicit (text, strlen (text), 0, &m));
  got = dossier_date_to_iso (&m.date);
  got_end = dossier_date_to_iso (&m.end_date);
  g_assert_cmpstr (got, ==, iso);
  g_assert_cmpstr (got_end, ==, end_iso);
  g_assert_cmpint (m.end - m.start, ==, strlen (matched));
  g_assert_true (strncmp (text + m.start, matched, m.end - m.start) == 0);
}

static void
test_explicit_forms (void)
{
  check_find ("held on April 11, 2024 in Washington", "2024-04-11", "2024-04-11", "April 11, 2024");
  check_find ("on 11 April 2024.", "2024-04-11", "2024-04-11", "11 April 2024");
  check_find ("dated 2024-04-11.", "2024-04-11", "2024-04-11", "2024-04-11");
  check_find ("October 30-31, 2024", "2024-10-30", "2024-10-31", "October 30-31, 2024");
  check_find ("from October 30 to November 1, 2024,", "2024-10-30", "2024-11-01",
              "October 30 to November 1, 2024");
  check_find ("in Sept. 5, 2023", "2023-09-05", "2023-09-05", "Sept. 5, 2023");
}

static void
test_rejects (void)
{
  DossierDateMatch m;
  const char *no_dates[] = {
    "the 24th Dialogue", "February 30, 2024", "Mayor 12, 2024", "in 2024", "version 2024-13-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (no_dates); i++)
    g_assert_false (dossier_date_find_explicit (no_dates[i], strlen (no_dates[i]), 0, &m));
}

static void
test_month_words (void)
{
  g_assert_cmpint (dossier_date_month_from_word ("September", 9), ==, 9);
  g_assert_cmpint (dossier_date_month_from_word ("Sept.", 5), ==, 9);
  g_assert_cmpint (dossier_date_month_from_word ("oct", 3), ==, 10);
  g_assert_cmpint (dossier_date_month_from_word ("Mayor", 5), ==, 0);
  g_assert_cmpint (dossier_date_month_from_word ("Ma", 2), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/date/explicit-forms", test_explicit_forms);
  g_test_add_func ("/dossier/date/rejects", test_rejects);
  g_test_add_func ("/dossier/date/month-words", test_month_words);
  return g_test_run ();
}
