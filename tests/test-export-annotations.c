/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* WIFEXITED() is POSIX, hidden by -std=c11. */
#define _XOPEN_SOURCE 700

#include <sys/wait.h>

#include "dossier-export-annotations.h"
#include "dossier-test-workspace.h"

#define DOC_A                                                                                      \
  "Joint Statement on Export Controls\n\nThe ministers agreed to establish a standing "            \
  "committee on export controls before the summit. They will report on “progress” to leaders.\n"
#define DOC_B                                                                                      \
  "Fact Sheet: Maritime Security\n\nBoth navies will hold combined exercises in 2025. A new "      \
  "coast guard dialogue — 해양 안보 대화 — begins in March.\n"
#define DOC_C "Planning Notes\n\nThe 2024 plan_v2 uses <tags>, a|b and [brackets] in its text.\n"

typedef struct
{
  char *dir;
  char *paths[3];
  DossierDocument *docs[3];
  GFile *ws_file;
  DossierWorkspace *ws;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const char *texts[] = { DOC_A, DOC_B, DOC_C };
  const char *names[] = { "a.txt", "b.txt", "c.txt" };
  g_autofree char *ws_path = NULL;
  g_autoptr (DossierAnnotation) a1 = NULL, a2 = NULL, a3 = NULL;
  g_autoptr (DossierWorkspaceEdit) e1 = NULL, e2 = NULL, e3 = NULL;
  const char *tags1[] = { "export controls", "NCG", NULL };
  const char *tags3[] = { "maritime", NULL };

  f->dir = g_dir_make_tmp ("dossier-export-XXXXXX", NULL);
  for (guint i = 0; i < 3; i++)
    {
      f->paths[i] = g_build_filename (f->dir, names[i], NULL);
      write_text (f->paths[i], texts[i]);
      f->docs[i] = import_path (f->paths[i]);
    }
  ws_path = g_build_filename (f->dir, "notes.dossier", NULL);
  f->ws_file = g_file_new_for_path (ws_path);

  f->ws = dossier_workspace_new ();
  dossier_workspace_add_document (f->ws, f->docs[0], NULL);
  dossier_workspace_add_document (f->ws, f->docs[1], NULL);
  a1 = annotate (f->docs[0], "standing committee on export controls", 0);
  a2 = annotate (f->docs[0], "“progress”", 0);
  a3 = annotate (f->docs[1], "해양 안보 대화", 0);
  dossier_annotation_set_note (a1, "Promised here; check the fact sheet.");
  dossier_annotation_set_tags (a1, tags1);
  dossier_annotation_set_colour (a1, "green");
  dossier_annotation_set_for_briefing (a2, TRUE);
  dossier_annotation_set_colour (a2, "purple");
  dossier_annotation_set_tags (a3, tags3);
  /* Added out of text order: exports sort by position. */
  e2 = dossier_workspace_add_annotation (f->ws, a2);
  e1 = dossier_workspace_add_annotation (f->ws, a1);
  e3 = dossier_workspace_add_annotation (f->ws, a3);
  g_assert_true (dossier_workspace_save (f->ws, f->ws_file, NULL, NULL));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->ws);
  g_clear_object (&f->ws_file);
  for (guint i = 0; i < 3; i++)
    {
      g_clear_object (&f->docs[i]);
      g_free (f->paths[i]);
    }
  rm_rf (f->dir);
  g_free (f->dir);
}

static JsonObject *
item (JsonNode *root, guint i)
{
  JsonObject *first = json_object_get_object_member (json_node_get_object (root), "first");
  return json_array_get_object_element (json_object_get_array_member (first, "items"), i);
}

static void
test_w3c_structure (Fixture *f, gconstpointer data)
{
  g_autoptr (JsonNode) root = dossier_export_annotations_w3c (f->ws);
  JsonObject *o = json_node_get_object (root);
  JsonObject *first = json_object_get_object_member (o, "first");
  JsonObject *a2 = item (root, 0), *a1 = item (root, 1), *a3 = item (root, 2);
  JsonArray *body, *selectors;
  JsonObject *target, *quote, *position;
  g_autoptr (DossierAnnotation) live
      = g_list_model_get_item (dossier_workspace_get_annotations (f->ws), 1);
  g_autofree char *uri = g_filename_to_uri (f->paths[0], NULL, NULL);
  g_autofree char *id = g_strconcat ("urn:uuid:", dossier_annotation_get_id (live), NULL);

  g_assert_cmpstr (json_object_get_string_member (o, "@context"), ==,
                   "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (o, "type"), ==, "AnnotationCollection");
  g_assert_cmpint (json_object_get_int_member (o, "total"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (first, "type"), ==, "AnnotationPage");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "items")), ==, 3);

  g_assert_cmpstr (json_object_get_string_member (a1, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (a1, "type"), ==, "Annotation");
  g_assert_cmpstr (json_object_get_string_member (a1, "motivation"), ==, "commenting");
  g_assert_cmpstr (json_object_get_string_member (a1, "created"), ==,
                   dossier_annotation_get_created (live));

  /* The note, then one body per tag. */
  body = json_object_get_array_member (a1, "body");
  g_assert_cmpuint (json_array_get_length (body), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (body, 0), "type"),
                   ==, "TextualBody");
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (body, 0), "purpose"), ==,
      "commenting");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (body, 0), "value"),
                   ==, "Promised here; check the fact sheet.");
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (body, 1), "purpose"), ==,
      "tagging");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (body, 2), "value"),
                   ==, "NCG");

  target = json_object_get_object_member (a1, "target");
  g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, uri);
  g_assert_cmpstr (json_object_get_string_member (target, "dossier:contentHash"), ==,
                   dossier_document_get_content_hash (f->docs[0]));
  selectors = json_object_get_array_member (target, "selector");
  quote = json_array_get_object_element (selectors, 0);
  position = json_array_get_object_element (selectors, 1);
  g_assert_cmpstr (json_object_get_string_member (quote, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (quote, "exact"), ==,
                   "standing committee on export controls");
  g_assert_cmpstr (json_object_get_string_member (quote, "prefix"), ==,
                   dossier_annotation_get_prefix (live));
  g_assert_cmpstr (json_object_get_string_member (position, "type"), ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (position, "start"), ==,
                   offset_of (f->docs[0], "standing"));
  g_assert_cmpint (json_object_get_int_member (position, "end"), ==,
                   offset_of (f->docs[0], "standing") + 37);
  g_assert_cmpstr (json_object_get_string_member (a1, "dossier:colour"), ==, "green");

  /* No note and no tags: a plain highlight, without a body. */
  g_assert_cmpstr (json_object_get_string_member (a2, "motivation"), ==, "highlighting");
  g_assert_false (json_object_has_member (a2, "body"));
  g_assert_true (json_object_get_boolean_member (a2, "dossier:forBriefing"));
  /* Tags only. */
  g_assert_cmpstr (json_object_get_string_member (a3, "motivation"), ==, "tagging");
}

static DossierWorkspace *
fresh_workspace (Fixture *f)
{
  DossierWorkspace *ws = dossier_workspace_new ();

  dossier_workspace_add_document (ws, f->docs[0], NULL);
  dossier_workspace_add_document (ws, f->docs[1], NULL);
  return ws;
}

static void
assert_imported_equal (DossierWorkspace *from, GPtrArray *imported)
{
  GListModel *list = dossier_workspace_get_annotations (from);

  g_assert_cmpuint (imported->len, ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < imported->len; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (list, i);
      g_assert_true (dossier_annotation_equal (a, g_ptr_array_index (imported, i)));
    }
}

static void
test_w3c_round_trip (Fixture *f, gconstpointer data)
{
  g_autofree char *json = dossier_export_annotations_w3c_to_string (f->ws);
  g_autoptr (DossierWorkspace) ws = fresh_workspace (f);
  g_autoptr (DossierWorkspace) unopened = NULL;
  g_autoptr (GPtrArray) imported = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GPtrArray) edits
      = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_workspace_edit_unref);
  g_autoptr (DossierWorkspaceEdit) group = NULL;
  g_autoptr (GError) error = NULL;
  DossierAnnotationImportReport report;

  /* Onto the same documents: quote, position, note, tags, colour, flags and times survive. */
  imported = dossier_export_annotations_import_w3c (ws, json, strlen (json), &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 3);
  g_assert_cmpuint (report.n_duplicates + report.n_unmatched + report.n_invalid, ==, 0);
  assert_imported_equal (f->ws, imported);

  /* One undo step for the whole import. */
  for (guint i = 0; i < imported->len; i++)
    g_ptr_array_add (edits,
                     dossier_workspace_edit_new_annotation (NULL, g_ptr_array_index (imported, i)));
  group
      = dossier_workspace_edit_new_group ((DossierWorkspaceEdit *const *) edits->pdata, edits->len);
  g_assert_true (dossier_workspace_apply_edit (ws, group, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 3);

  /* Importing again finds them all there already. */
  again = dossier_export_annotations_import_w3c (ws, json, strlen (json), &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpuint (report.n_duplicates, ==, 3);

  g_assert_true (dossier_workspace_revert_edit (ws, group, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (ws)), ==, 0);

  /* Onto documents that are listed but not opened: matched by hash, positions kept. */
  g_clear_pointer (&imported, g_ptr_array_unref);
  unopened = dossier_workspace_load (f->ws_file, NULL, &error);
  g_assert_no_error (error);
  {
    /* Remove the workspace's own annotations so the import is not a duplicate. */
    GListModel *list = dossier_workspace_get_annotations (unopened);
    while (g_list_model_get_n_items (list) > 0)
      {
        g_autoptr (DossierAnnotation) a = g_list_model_get_item (list, 0);
        g_autoptr (DossierWorkspaceEdit) e = dossier_workspace_remove_annotation (unopened, a);
      }
  }
  imported = dossier_export_annotations_import_w3c (unopened, json, strlen (json), &report, &error);
  g_assert_no_error (error);
  assert_imported_equal (f->ws, imported);
}

static void
test_import_unmatched (Fixture *f, gconstpointer data)
{
  g_autofree char *json = dossier_export_annotations_w3c_to_string (f->ws);
  g_autoptr (DossierWorkspace) empty = dossier_workspace_new ();
  g_autoptr (GPtrArray) imported = NULL;
  DossierAnnotationImportReport report;

  imported = dossier_export_annotations_import_w3c (empty, json, strlen (json), &report, NULL);
  g_assert_cmpuint (imported->len, ==, 0);
  g_assert_cmpuint (report.n_unmatched, ==, 3);
}

static void
test_hypothesis (Fixture *f, gconstpointer data)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "workspaces", "hypothesis.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr (DossierWorkspace) ws = fresh_workspace (f);
  g_autoptr (GPtrArray) imported = NULL;
  g_autoptr (GError) error = NULL;
  DossierAnnotationImportReport report;
  DossierAnnotation *h1, *h2;
  gsize length;

  g_assert_true (g_file_get_contents (path, &json, &length, NULL));
  imported = dossier_export_annotations_import_w3c (ws, json, length, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 2);
  /* A page note has no passage; the last one matches no document. */
  g_assert_cmpuint (report.n_invalid, ==, 1);
  g_assert_cmpuint (report.n_unmatched, ==, 1);

  /* Matched by the file name in the URL; the web page's position is replaced by the quote's. */
  h1 = g_ptr_array_index (imported, 0);
  g_assert_cmpstr (dossier_annotation_get_document_hash (h1), ==,
                   dossier_document_get_content_hash (f->docs[0]));
  g_assert_cmpstr (dossier_annotation_get_exact (h1), ==, "standing committee");
  g_assert_cmpuint (dossier_annotation_get_start (h1), ==,
                    offset_of (f->docs[0], "standing committee"));
  g_assert_cmpuint (dossier_annotation_get_end (h1), ==,
                    offset_of (f->docs[0], "standing committee") + 18);
  g_assert_cmpstr (dossier_annotation_get_note (h1), ==, "Check this against the fact sheet.");
  g_assert_cmpstr (dossier_annotation_get_tags (h1)[0], ==, "export");
  g_assert_cmpstr (dossier_annotation_get_tags (h1)[1], ==, "NCG");
  g_assert_cmpstr (dossier_annotation_get_colour (h1), ==, "yellow");
  g_assert_cmpstr (dossier_annotation_get_created (h1), ==, "2024-05-01T10:00:00.123456+00:00");
  g_assert_cmpstr (dossier_annotation_get_modified (h1), ==, "2024-05-01T10:05:30.000000+00:00");
  g_assert_true (g_uuid_string_is_valid (dossier_annotation_get_id (h1)));
  g_assert_false (dossier_annotation_get_orphaned (h1));

  /* Matched by the quote alone. */
  h2 = g_ptr_array_index (imported, 1);
  g_assert_cmpstr (dossier_annotation_get_document_hash (h2), ==,
                   dossier_document_get_content_hash (f->docs[1]));
  g_assert_cmpuint (dossier_annotation_get_start (h2), ==,
                    offset_of (f->docs[1], "combined exercises"));
  g_assert_cmpstr (dossier_annotation_get_note (h2), ==, "");
}

static void
test_import_hostile (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) deep = g_string_new (NULL);
  const char *bad[]
      = { "not json at all", "{}",
          "{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/page2\"}", "" };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) odd = NULL;
  DossierAnnotationImportReport report;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (
          dossier_export_annotations_import_w3c (f->ws, bad[i], strlen (bad[i]), NULL, &error));
      g_assert_error (error, DOSSIER_EXPORT_ANNOTATIONS_ERROR,
                      DOSSIER_EXPORT_ANNOTATIONS_ERROR_INVALID);
      g_clear_error (&error);
    }

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_null (dossier_export_annotations_import_w3c (f->ws, deep->str, deep->len, NULL, &error));
  g_assert_error (error, DOSSIER_EXPORT_ANNOTATIONS_ERROR,
                  DOSSIER_EXPORT_ANNOTATIONS_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Items of the wrong shape are counted, not crashed on. */
  {
    const char *shapes
        = "[{\"target\": 5}, {\"target\": [{\"selector\": {\"type\": \"TextQuoteSelector\", "
          "\"exact\": 7}}]},"
          " {\"type\": \"Annotation\", \"target\": {\"selector\": [{\"type\": "
          "\"TextPositionSelector\", \"start\": -4, \"end\": 2}]}},"
          " {\"type\": \"Annotation\", \"body\": 3, \"target\": {\"source\": \"urn:sha256:00\", "
          "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"\"}}}]";
    odd = dossier_export_annotations_import_w3c (f->ws, shapes, strlen (shapes), &report, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (odd->len, ==, 0);
    g_assert_cmpuint (report.n_invalid, ==, 4);
  }
}

static void
test_import_long_context (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) unopened = dossier_workspace_load (f->ws_file, NULL, NULL);
  g_autofree char *pre = g_strnfill (100, 'p');
  g_autofree char *suf = g_strnfill (5000, 's');
  g_autofree char *json = g_strdup_printf (
      "{\"type\": \"Annotation\", \"target\": {\"dossier:contentHash\": \"%s\", \"selector\": ["
      "{\"type\": \"TextQuoteSelector\", \"exact\": \"committee\", \"prefix\": \"%s\", \"suffix\": "
      "\"%s\"},"
      "{\"type\": \"TextPositionSelector\", \"start\": 3, \"end\": 12}]}}",
      dossier_document_get_content_hash (f->docs[0]), pre, suf);
  g_autoptr (GPtrArray) imported = NULL;
  g_autoptr (DossierWorkspaceEdit) edit = NULL;
  DossierAnnotation *a;

  /* The document is listed but not open: the selectors are taken as they are, context cut to
   * the 32 code points next to the quote, so the annotation fits the workspace format. */
  imported = dossier_export_annotations_import_w3c (unopened, json, strlen (json), NULL, NULL);
  g_assert_cmpuint (imported->len, ==, 1);
  a = g_ptr_array_index (imported, 0);
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, 3);
  g_assert_cmpuint (strlen (dossier_annotation_get_prefix (a)), ==, 32);
  g_assert_cmpuint (strlen (dossier_annotation_get_suffix (a)), ==, 32);
  edit = dossier_workspace_add_annotation (unopened, a);
  g_assert_nonnull (edit);
}

static void
test_markdown (Fixture *f, gconstpointer data)
{
  g_autofree char *md = NULL;
  g_autofree char *section_a = NULL;
  g_autofree char *expected_a = NULL;
  g_autoptr (DossierAnnotation) c1
      = annotate (f->docs[2], "plan_v2 uses <tags>, a|b and [brackets]", 0);
  g_autoptr (DossierAnnotation) lost = dossier_annotation_new (
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 0, 5, "# Gone", "", "");
  g_autoptr (DossierWorkspaceEdit) e1 = NULL, e2 = NULL;
  const char *title_a = dossier_document_get_title (f->docs[0]);

  dossier_workspace_add_document (f->ws, f->docs[2], NULL);
  e1 = dossier_workspace_add_annotation (f->ws, c1);
  dossier_annotation_set_orphaned (lost, TRUE);
  e2 = dossier_workspace_add_annotation (f->ws, lost);
  md = dossier_export_annotations_markdown (f->ws);
  g_test_message ("%s", md);

  g_assert_true (g_str_has_prefix (md, "# Annotations: notes\n\n"));
  /* Per document: its title, then each annotation in text order. */
  g_assert_cmpstr (title_a, ==, "Joint Statement on Export Controls");
  expected_a = g_strdup_printf ("## %s\n\n`a.txt`\n\n"
                                "> standing committee on export controls\n\n"
                                "**Note:** Promised here; check the fact sheet.\n\n"
                                "Tags: `export controls`, `NCG` · Colour: Green\n\n"
                                "> “progress”\n\n"
                                "Colour: Purple · For the briefing\n\n",
                                title_a);
  g_assert_nonnull (strstr (md, expected_a));
  g_assert_nonnull (strstr (md, "> 해양 안보 대화\n\nTags: `maritime` · Colour: Yellow\n\n"));
  /* Quoted text cannot turn into formatting. */
  g_assert_nonnull (strstr (md, "> plan\\_v2 uses \\<tags\\>, a\\|b and \\[brackets\\]\n"));
  /* An annotation whose document left the workspace is still exported, and says it is orphaned. */
  g_assert_nonnull (strstr (md, "## Document 0123456789ab…\n\n> \\# Gone\n\nColour: Yellow · Not "
                                "found in the current text of the document\n"));
  /* The document order of the workspace: a before b before c. */
  g_assert_true (strstr (md, "## Joint Statement") < strstr (md, "해양"));
  g_assert_true (strstr (md, "해양") < strstr (md, "plan\\_v2"));
}

static gboolean
run_cli (const char *const *args, char **out, char **err, int *status)
{
  const char *cli = g_getenv ("DOSSIER_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (cli == NULL)
    return FALSE;
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  ok = g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                     status, &error);
  g_assert_no_error (error);
  return ok;
}

static void
test_cli (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_file_get_path (f->ws_file);
  g_autofree char *future
      = g_test_build_filename (G_TEST_DIST, "data", "workspaces", "future-version.dossier", NULL);
  g_autofree char *valid
      = g_test_build_filename (G_TEST_DIST, "data", "workspaces", "valid.dossier", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  int status;

  if (g_getenv ("DOSSIER_CLI") == NULL)
    {
      g_test_skip ("DOSSIER_CLI is not set");
      return;
    }

  {
    const char *args[] = { "annotations", "export", path, "--format", "w3c", NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    g_assert_cmpint (
        json_object_get_int_member (json_node_get_object (json_parser_get_root (parser)), "total"),
        ==, 3);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "annotations", "export", "--format=markdown", path, NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "> standing committee on export controls\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* The fixture in the repository, with documents from tests/data/corpus. */
    const char *args[] = { "annotations", "export", valid, "--format", "markdown", NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "## Camp David Principles\n"));
    g_assert_nonnull (strstr (out, "> free and open Indo-Pacific\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "annotations", "export", future, "--format", "w3c", NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "newer version of Dossier"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "annotations", "export", "/nonexistent/x.dossier", NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
    g_assert_nonnull (strstr (err, "does not exist"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "annotations", "export", path, "--format", "pdf", NULL };
    g_assert_true (run_cli (args, &out, &err, &status));
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 2);
    g_assert_cmpstr (out, ==, "");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
}

#define FIXTURE(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int argc, char **argv)
{
  g_autofree char *cache = isolate_cache ();
  int status;

  g_test_init (&argc, &argv, NULL);
  FIXTURE ("/dossier/export/w3c-structure", test_w3c_structure);
  FIXTURE ("/dossier/export/w3c-round-trip", test_w3c_round_trip);
  FIXTURE ("/dossier/export/import-unmatched", test_import_unmatched);
  FIXTURE ("/dossier/export/hypothesis", test_hypothesis);
  FIXTURE ("/dossier/export/import-hostile", test_import_hostile);
  FIXTURE ("/dossier/export/import-long-context", test_import_long_context);
  FIXTURE ("/dossier/export/markdown", test_markdown);
  FIXTURE ("/dossier/export/cli", test_cli);
  status = g_test_run ();
  rm_rf (cache);
  return status;
}
