/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-test-workspace.h"

#define STATEMENT                                                                                  \
  "Joint Statement\n\nThe ministers agreed to establish a standing committee on export "           \
  "controls before the summit.\n"

static void
count_notify (GObject *object, GParamSpec *pspec, GPtrArray *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static gboolean
notified (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;
  return FALSE;
}

static void
test_new_for_selection (void)
{
  g_autoptr (DossierDocument) doc = doc_from (STATEMENT, "statement.txt");
  g_autoptr (DossierAnnotation) a = NULL;
  g_autoptr (GError) error = NULL;
  guint s = offset_of (doc, "standing committee");

  /* A double-click selection with its trailing space: the space is left out. */
  a = dossier_annotation_new_for_selection (doc, s, s + 19, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, "standing committee");
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, s);
  g_assert_cmpuint (dossier_annotation_get_end (a), ==, s + 18);
  /* 32 code points each side: "The " falls outside the prefix, the suffix stops in "summit". */
  g_assert_cmpstr (dossier_annotation_get_prefix (a), ==, "ministers agreed to establish a ");
  g_assert_cmpstr (dossier_annotation_get_suffix (a), ==, " on export controls before the s");
  g_assert_cmpstr (dossier_annotation_get_document_hash (a), ==,
                   dossier_document_get_content_hash (doc));
  g_assert_true (g_str_has_suffix (dossier_annotation_get_document_path (a), "/statement.txt"));
  g_assert_true (g_uuid_string_is_valid (dossier_annotation_get_id (a)));
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "yellow");
  g_assert_cmpstr (dossier_annotation_get_note (a), ==, "");
  g_assert_cmpuint (g_strv_length ((char **) dossier_annotation_get_tags (a)), ==, 0);
  g_assert_false (dossier_annotation_get_for_briefing (a));
  g_assert_false (dossier_annotation_get_orphaned (a));
  g_assert_true (dossier_annotation_timestamp_is_valid (dossier_annotation_get_created (a)));
  g_assert_cmpstr (dossier_annotation_get_created (a), ==, dossier_annotation_get_modified (a));

  {
    /* Two annotations never share an id. */
    g_autoptr (DossierAnnotation) b = dossier_annotation_new_for_selection (doc, s, s + 8, NULL);
    g_assert_cmpstr (dossier_annotation_get_id (a), !=, dossier_annotation_get_id (b));
  }
}

static void
test_non_ascii (void)
{
  g_autoptr (DossierDocument) doc = doc_from (
      "Both sides welcomed the “Washington Declaration” — 워싱턴 선언 — and its follow-up.\n",
      "ko.txt");
  g_autoptr (DossierAnnotation) a = NULL;
  guint s = offset_of (doc, "워싱턴 선언");

  /* Counted by hand: 51 code points precede the Korean words, though 59 bytes do. */
  g_assert_cmpuint (s, ==, 51);
  a = dossier_annotation_new_for_selection (doc, 51, 57, NULL);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, "워싱턴 선언");
  g_assert_true (g_str_has_suffix (dossier_annotation_get_prefix (a), "Declaration” — "));
  g_assert_cmpstr (dossier_annotation_get_suffix (a), ==, " — and its follow-up.");
}

static void
test_bad_selection (void)
{
  g_autoptr (DossierDocument) doc = doc_from (STATEMENT, "statement.txt");
  guint len = dossier_document_get_length (doc);
  guint space = offset_of (doc, " standing");
  struct
  {
    guint start, end;
  } cases[] = { { 5, 5 }, { 9, 4 }, { 0, len + 1 }, { len, len + 3 }, { space, space + 1 } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      DossierAnnotation *a
          = dossier_annotation_new_for_selection (doc, cases[i].start, cases[i].end, &error);
      g_assert_null (a);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }
}

static void
test_notify_and_modified (void)
{
  g_autoptr (DossierAnnotation) a = dossier_annotation_new (NULL, 0, 4, "text", "", "");
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *old = "2020-01-01T00:00:00Z";

  dossier_annotation_set_modified (a, old);
  g_signal_connect (a, "notify", G_CALLBACK (count_notify), names);

  /* Same value: nothing happens, the modification time included. */
  dossier_annotation_set_note (a, "");
  dossier_annotation_set_colour (a, "yellow");
  dossier_annotation_set_for_briefing (a, FALSE);
  g_assert_cmpuint (names->len, ==, 0);
  g_assert_cmpstr (dossier_annotation_get_modified (a), ==, old);

  dossier_annotation_set_note (a, "Check against the fact sheet.");
  g_assert_true (notified (names, "note"));
  g_assert_true (notified (names, "modified"));
  g_assert_cmpstr (dossier_annotation_get_modified (a), !=, old);

  /* Re-anchoring is not the analyst's change: it leaves the time alone. */
  dossier_annotation_set_modified (a, old);
  g_ptr_array_set_size (names, 0);
  dossier_annotation_set_target (a, NULL, 10, 14, "text", "a", "b");
  dossier_annotation_set_orphaned (a, TRUE);
  g_assert_true (notified (names, "start"));
  g_assert_true (notified (names, "end"));
  g_assert_true (notified (names, "prefix"));
  g_assert_true (notified (names, "orphaned"));
  g_assert_false (notified (names, "exact"));
  g_assert_false (notified (names, "modified"));
  g_assert_cmpstr (dossier_annotation_get_modified (a), ==, old);
}

static void
test_tags (void)
{
  const char *typed[]
      = { "  NCG ", "ncg", "", "export\n\tcontrols", " \t ", "Export Controls", "space", NULL };
  g_auto (GStrv) clean = dossier_annotation_normalize_tags (typed);
  g_autoptr (DossierAnnotation) a = dossier_annotation_new (NULL, 0, 1, "x", NULL, NULL);
  g_autoptr (GString) longtag = g_string_new (NULL);
  const char *too_long[2];
  g_auto (GStrv) cut = NULL;

  g_assert_cmpuint (g_strv_length (clean), ==, 3);
  g_assert_cmpstr (clean[0], ==, "NCG");
  g_assert_cmpstr (clean[1], ==, "export controls");
  g_assert_cmpstr (clean[2], ==, "space");

  dossier_annotation_set_tags (a, typed);
  g_assert_true (g_strv_equal (dossier_annotation_get_tags (a), (const char *const *) clean));
  g_assert_true (dossier_annotation_has_tag (a, "ncg"));
  g_assert_true (dossier_annotation_has_tag (a, "EXPORT CONTROLS"));
  g_assert_false (dossier_annotation_has_tag (a, "export"));

  /* An overlong tag is cut at a character boundary within the limit. */
  for (guint i = 0; i < 200; i++)
    g_string_append (longtag, "é");
  too_long[0] = longtag->str;
  too_long[1] = NULL;
  cut = dossier_annotation_normalize_tags (too_long);
  g_assert_cmpuint (strlen (cut[0]), <=, DOSSIER_ANNOTATION_MAX_TAG_BYTES);
  g_assert_cmpuint (strlen (cut[0]), >=, DOSSIER_ANNOTATION_MAX_TAG_BYTES - 8);
  g_assert_true (g_utf8_validate (cut[0], -1, NULL));

  dossier_annotation_set_tags (a, NULL);
  g_assert_cmpuint (g_strv_length ((char **) dossier_annotation_get_tags (a)), ==, 0);
}

static void
test_colours (void)
{
  const char *const *names = dossier_annotation_list_colours ();

  g_assert_cmpuint (g_strv_length ((char **) names), ==, 5);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_assert_true (dossier_annotation_colour_is_valid (names[i]));
      g_assert_nonnull (dossier_annotation_colour_to_label (names[i]));
    }
  g_assert_false (dossier_annotation_colour_is_valid ("red"));
  g_assert_false (dossier_annotation_colour_is_valid ("#ffff00"));
  g_assert_false (dossier_annotation_colour_is_valid (NULL));
  g_assert_null (dossier_annotation_colour_to_label ("red"));
}

static void
test_copy_assign (void)
{
  g_autoptr (DossierAnnotation) a
      = dossier_annotation_new ("0000000000000000000000000000000000000000000000000000000000000000",
                                3, 9, "quoted", "pre", "post");
  g_autoptr (DossierAnnotation) copy = NULL;
  g_autoptr (DossierAnnotation) other = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *tags[] = { "alliance", NULL };

  dossier_annotation_set_note (a, "note");
  dossier_annotation_set_tags (a, tags);
  dossier_annotation_set_colour (a, "purple");
  copy = dossier_annotation_copy (a);
  g_assert_true (dossier_annotation_equal (a, copy));
  g_assert_true (copy != a);

  dossier_annotation_set_note (copy, "changed");
  g_assert_false (dossier_annotation_equal (a, copy));

  /* Assigning notifies only what differs, and never the id. */
  g_signal_connect (a, "notify", G_CALLBACK (count_notify), names);
  dossier_annotation_assign (a, copy);
  g_assert_true (dossier_annotation_equal (a, copy));
  g_assert_true (notified (names, "note"));
  g_assert_false (notified (names, "colour"));
  g_assert_false (notified (names, "tags"));
  g_assert_false (notified (names, "start"));

  other = dossier_annotation_new (NULL, 0, 1, "x", NULL, NULL);
  g_assert_false (dossier_annotation_equal (a, other));
}

static DossierWorkspace *
workspace_with (DossierDocument *doc, DossierAnnotation **out, guint n)
{
  DossierWorkspace *ws = dossier_workspace_new ();
  const char *quotes[] = { "ministers", "standing committee", "export controls" };

  dossier_workspace_add_document (ws, doc, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierWorkspaceEdit) edit = NULL;
      out[i] = annotate (doc, quotes[i], 0);
      edit = dossier_workspace_add_annotation (ws, out[i]);
      g_assert_nonnull (edit);
    }
  return ws;
}

static void
test_workspace_edits (void)
{
  g_autoptr (DossierDocument) doc = doc_from (STATEMENT, "statement.txt");
  DossierAnnotation *a[3];
  g_autoptr (DossierWorkspace) ws = workspace_with (doc, a, 3);
  GListModel *list = dossier_workspace_get_annotations (ws);
  g_autoptr (DossierWorkspaceEdit) remove = NULL;
  g_autoptr (DossierWorkspaceEdit) change = NULL;
  g_autoptr (DossierAnnotation) wanted = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierAnnotation) item = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_true (dossier_workspace_get_modified (ws));
  g_assert_true (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (a[1])) == a[1]);

  /* Remove the middle one; undo puts the same object back in the middle. */
  remove = dossier_workspace_remove_annotation (ws, a[1]);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_null (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (a[1])));
  g_assert_true (dossier_workspace_revert_edit (ws, remove, &error));
  g_assert_no_error (error);
  item = g_list_model_get_item (list, 1);
  g_assert_true (item == a[1]);
  /* Redo removes it again; a second redo has nothing to remove and changes nothing. */
  g_assert_true (dossier_workspace_apply_edit (ws, remove, NULL));
  g_assert_false (dossier_workspace_apply_edit (ws, remove, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (dossier_workspace_revert_edit (ws, remove, NULL));

  /* A change is a new state for the same object; undo restores every field. */
  wanted = dossier_annotation_copy (a[0]);
  dossier_annotation_set_note (wanted, "Promised at the 55th SCM.");
  dossier_annotation_set_colour (wanted, "green");
  dossier_annotation_set_for_briefing (wanted, TRUE);
  {
    g_autoptr (DossierAnnotation) before = dossier_annotation_copy (a[0]);
    change = dossier_workspace_change_annotation (ws, a[0], wanted);
    g_assert_cmpstr (dossier_annotation_get_note (a[0]), ==, "Promised at the 55th SCM.");
    g_assert_cmpstr (dossier_annotation_get_colour (a[0]), ==, "green");
    g_assert_true (dossier_annotation_get_for_briefing (a[0]));
    g_assert_true (dossier_workspace_revert_edit (ws, change, NULL));
    g_assert_true (dossier_annotation_equal (a[0], before));
    g_assert_true (dossier_workspace_apply_edit (ws, change, NULL));
    g_assert_true (dossier_annotation_equal (a[0], wanted));
  }

  /* Undoing the very first addition empties the workspace of that annotation. */
  {
    g_autoptr (DossierAnnotation) d = annotate (doc, "summit", 0);
    g_autoptr (DossierWorkspaceEdit) add = dossier_workspace_add_annotation (ws, d);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
    g_assert_true (dossier_workspace_revert_edit (ws, add, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
    g_assert_true (dossier_workspace_apply_edit (ws, add, NULL));
    g_assert_true (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (d)) == d);
  }

  /* Only what the file format can hold gets in: no document, no edit. */
  {
    g_autoptr (DossierAnnotation) loose = dossier_annotation_new (NULL, 0, 4, "text", NULL, NULL);
    g_autoptr (DossierWorkspaceEdit) add = dossier_workspace_edit_new_annotation (NULL, loose);
    g_assert_false (dossier_workspace_apply_edit (ws, add, &error));
    g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  }

  for (guint i = 0; i < 3; i++)
    g_object_unref (a[i]);
}

static void
test_group_edit (void)
{
  g_autoptr (DossierDocument) doc = doc_from (STATEMENT, "statement.txt");
  DossierAnnotation *a[1];
  g_autoptr (DossierWorkspace) ws = workspace_with (doc, a, 1);
  GListModel *list = dossier_workspace_get_annotations (ws);
  g_autoptr (DossierAnnotation) b = annotate (doc, "export controls", 0);
  g_autoptr (DossierAnnotation) c = annotate (doc, "summit", 0);
  g_autoptr (DossierAnnotation) stranger = annotate (doc, "agreed", 0);
  DossierWorkspaceEdit *parts[3];
  g_autoptr (DossierWorkspaceEdit) group = NULL;
  g_autoptr (DossierWorkspaceEdit) bad = NULL;
  g_autoptr (GError) error = NULL;

  parts[0] = dossier_workspace_edit_new_annotation (NULL, b);
  parts[1] = dossier_workspace_edit_new_annotation (NULL, c);
  parts[2] = dossier_workspace_edit_new_annotation (a[0], NULL);
  group = dossier_workspace_edit_new_group (parts, 3);
  g_assert_cmpuint (dossier_workspace_edit_get_n_children (group), ==, 3);

  g_assert_true (dossier_workspace_apply_edit (ws, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_null (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (a[0])));
  g_assert_true (dossier_workspace_revert_edit (ws, group, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_nonnull (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (a[0])));

  /* All or nothing: the second part fails (not in the workspace), the first is taken back. */
  dossier_workspace_edit_unref (parts[2]);
  parts[2] = dossier_workspace_edit_new_annotation (stranger, NULL);
  bad = dossier_workspace_edit_new_group (parts + 1, 2);
  g_assert_false (dossier_workspace_apply_edit (ws, bad, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_EDIT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (dossier_workspace_find_annotation (ws, dossier_annotation_get_id (c)));

  for (guint i = 0; i < 3; i++)
    dossier_workspace_edit_unref (parts[i]);
  g_object_unref (a[0]);
}

static void
count_calls (gpointer instance, guint *n)
{
  (*n)++;
}

static void
test_link_decisions (void)
{
  g_autoptr (DossierWorkspace) ws = dossier_workspace_new ();
  const char *h1 = "1111111111111111111111111111111111111111111111111111111111111111";
  const char *h2 = "2222222222222222222222222222222222222222222222222222222222222222";
  g_autoptr (DossierLinkDecision) confirm = dossier_link_decision_new (
      DOSSIER_LINK_DECISION_CONFIRMED, h1, 10, 50, "We will hold a meeting.", h2, 5, 40,
      "The meeting was held.", NULL);
  g_autoptr (DossierLinkDecision) status = dossier_link_decision_copy (confirm);
  g_autoptr (DossierWorkspaceEdit) e1 = NULL;
  g_autoptr (DossierWorkspaceEdit) e2 = NULL;
  g_autoptr (DossierWorkspaceEdit) e3 = NULL;
  const DossierLinkDecision *found;
  guint changes = 0;

  g_signal_connect (ws, "link-decisions-changed", G_CALLBACK (count_calls), &changes);
  e1 = dossier_workspace_set_link_decision (ws, confirm);
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (ws), ==, 1);
  g_assert_true (dossier_workspace_get_modified (ws));

  /* A second decision on the same link replaces the first. */
  status->decision = DOSSIER_LINK_DECISION_STATUS_CHANGED;
  g_free (status->status);
  status->status = g_strdup ("progressed");
  e2 = dossier_workspace_set_link_decision (ws, status);
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (ws), ==, 1);
  found = dossier_workspace_find_link_decision (ws, confirm);
  g_assert_cmpint (found->decision, ==, DOSSIER_LINK_DECISION_STATUS_CHANGED);
  g_assert_cmpstr (found->status, ==, "progressed");

  g_assert_true (dossier_workspace_revert_edit (ws, e2, NULL));
  found = dossier_workspace_find_link_decision (ws, confirm);
  g_assert_true (dossier_link_decision_equal (found, confirm));

  e3 = dossier_workspace_clear_link_decision (ws, confirm);
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (ws), ==, 0);
  g_assert_true (dossier_workspace_revert_edit (ws, e3, NULL));
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (ws), ==, 1);
  g_assert_true (dossier_workspace_revert_edit (ws, e1, NULL));
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (ws), ==, 0);
  g_assert_null (dossier_workspace_clear_link_decision (ws, confirm));
  g_assert_cmpuint (changes, ==, 6);

  {
    DossierLinkDecisionKind kind;
    g_assert_true (dossier_link_decision_kind_from_string ("status-changed", &kind));
    g_assert_cmpint (kind, ==, DOSSIER_LINK_DECISION_STATUS_CHANGED);
    g_assert_false (dossier_link_decision_kind_from_string ("maybe", &kind));
  }
}

static void
on_annotation_changed (DossierWorkspace *ws, DossierAnnotation *a, GPtrArray *seen)
{
  g_ptr_array_add (seen, a);
}

static void
test_workspace_signals (void)
{
  g_autoptr (DossierDocument) doc = doc_from (STATEMENT, "statement.txt");
  DossierAnnotation *a[2];
  g_autoptr (DossierWorkspace) ws = workspace_with (doc, a, 2);
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  const char *tags[] = { "NCG", "alliance", NULL };
  const char *tags2[] = { "Alliance", "deterrence", NULL };
  g_auto (GStrv) all = NULL;

  g_signal_connect (ws, "annotation-changed", G_CALLBACK (on_annotation_changed), seen);
  dossier_workspace_set_modified (ws, FALSE);

  /* A setter called directly still marks the workspace and tells the views. */
  dossier_annotation_set_tags (a[0], tags);
  g_assert_true (dossier_workspace_get_modified (ws));
  g_assert_cmpuint (seen->len, >=, 1);
  g_assert_true (g_ptr_array_index (seen, 0) == a[0]);

  /* The view state is saved but is not a change to the analyst's work. */
  dossier_workspace_set_modified (ws, FALSE);
  dossier_workspace_set_open_document (ws, dossier_document_get_content_hash (doc));
  dossier_workspace_set_scroll_offset (ws, dossier_document_get_content_hash (doc), 42);
  g_assert_true (dossier_workspace_set_timeline_range (ws, "2023-04-26", "2024-11-14"));
  g_assert_false (dossier_workspace_set_timeline_range (ws, "2023-02-30", NULL));
  g_assert_false (dossier_workspace_get_modified (ws));

  dossier_annotation_set_tags (a[1], tags2);
  all = dossier_workspace_dup_tags (ws);
  g_assert_cmpuint (g_strv_length (all), ==, 3);
  g_assert_cmpstr (all[0], ==, "alliance");
  g_assert_cmpstr (all[1], ==, "deterrence");
  g_assert_cmpstr (all[2], ==, "NCG");

  /* Once removed, the annotation no longer reaches the workspace. */
  {
    g_autoptr (DossierWorkspaceEdit) e = dossier_workspace_remove_annotation (ws, a[1]);
    guint before = seen->len;
    dossier_workspace_set_modified (ws, FALSE);
    dossier_annotation_set_note (a[1], "detached");
    g_assert_cmpuint (seen->len, ==, before);
    g_assert_false (dossier_workspace_get_modified (ws));
  }

  for (guint i = 0; i < 2; i++)
    g_object_unref (a[i]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dossier/annotation/new-for-selection", test_new_for_selection);
  g_test_add_func ("/dossier/annotation/non-ascii", test_non_ascii);
  g_test_add_func ("/dossier/annotation/bad-selection", test_bad_selection);
  g_test_add_func ("/dossier/annotation/notify-and-modified", test_notify_and_modified);
  g_test_add_func ("/dossier/annotation/tags", test_tags);
  g_test_add_func ("/dossier/annotation/colours", test_colours);
  g_test_add_func ("/dossier/annotation/copy-assign", test_copy_assign);
  g_test_add_func ("/dossier/annotation/workspace-edits", test_workspace_edits);
  g_test_add_func ("/dossier/annotation/group-edit", test_group_edit);
  g_test_add_func ("/dossier/annotation/link-decisions", test_link_decisions);
  g_test_add_func ("/dossier/annotation/workspace-signals", test_workspace_signals);
  return g_test_run ();
}
