/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* symlink(), ftruncate() and geteuid() are POSIX, hidden by -std=c11. */
#define _XOPEN_SOURCE 700

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier-test-workspace.h"

#define DOC_A                                                                                      \
  "Joint Statement on Export Controls\n\nThe ministers agreed to establish a standing "            \
  "committee on export controls before the summit. They will report on “progress” to leaders.\n"
#define DOC_B                                                                                      \
  "Fact Sheet: Maritime Security\n\nBoth navies will hold combined exercises in 2025. A new "      \
  "coast guard dialogue — 해양 안보 대화 — begins in March.\n"

typedef struct
{
  char *dir;
  char *doc_a;
  char *doc_b;
  char *ws_path;
  GFile *ws_file;
  DossierDocument *a;
  DossierDocument *b;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *docs = NULL;
  g_autofree char *wsdir = NULL;

  f->dir = g_dir_make_tmp ("dossier-ws-XXXXXX", NULL);
  docs = g_build_filename (f->dir, "docs", NULL);
  wsdir = g_build_filename (f->dir, "ws", NULL);
  g_mkdir (docs, 0755);
  g_mkdir (wsdir, 0755);
  f->doc_a = g_build_filename (docs, "a.txt", NULL);
  f->doc_b = g_build_filename (docs, "b.txt", NULL);
  write_text (f->doc_a, DOC_A);
  write_text (f->doc_b, DOC_B);
  f->a = import_path (f->doc_a);
  f->b = import_path (f->doc_b);
  f->ws_path = g_build_filename (wsdir, "notes.dossier", NULL);
  f->ws_file = g_file_new_for_path (f->ws_path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->ws_file);
  rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->doc_a);
  g_free (f->doc_b);
  g_free (f->ws_path);
}

/* A workspace using every part of the format. */
static DossierWorkspace *
sample (Fixture *f)
{
  DossierWorkspace *ws = dossier_workspace_new ();
  g_autoptr (DossierAnnotation) a1 = annotate (f->a, "standing committee on export controls", 0);
  g_autoptr (DossierAnnotation) a2 = annotate (f->a, "“progress”", 0);
  g_autoptr (DossierAnnotation) a3 = annotate (f->b, "해양 안보 대화", 0);
  g_autoptr (DossierLinkDecision) d = NULL;
  const char *tags1[] = { "export controls", "NCG", NULL };
  const char *tags3[] = { "maritime", NULL };
  g_autoptr (DossierWorkspaceEdit) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL;

  dossier_workspace_add_document (ws, f->a, NULL);
  dossier_workspace_add_document (ws, f->b, NULL);
  dossier_annotation_set_note (
      a1, "Promised here; check the fact sheet.\nSecond line with \"quotes\" and \\.");
  dossier_annotation_set_tags (a1, tags1);
  dossier_annotation_set_colour (a1, "green");
  dossier_annotation_set_for_briefing (a2, TRUE);
  dossier_annotation_set_colour (a2, "purple");
  dossier_annotation_set_tags (a3, tags3);
  dossier_annotation_set_note (a3, "새 대화");
  e1 = dossier_workspace_add_annotation (ws, a1);
  e2 = dossier_workspace_add_annotation (ws, a2);
  e3 = dossier_workspace_add_annotation (ws, a3);
  d = dossier_link_decision_new (DOSSIER_LINK_DECISION_ADDED,
                                 dossier_document_get_content_hash (f->a),
                                 offset_of (f->a, "The ministers"), offset_of (f->a, " They"),
                                 "The ministers agreed to establish a standing committee on export "
                                 "controls before the summit.",
                                 dossier_document_get_content_hash (f->b), offset_of (f->b, "Both"),
                                 offset_of (f->b, " A new"),
                                 "Both navies will hold combined exercises in 2025.", "progressed");
  e4 = dossier_workspace_set_link_decision (ws, d);
  dossier_workspace_set_open_document (ws, dossier_document_get_content_hash (f->b));
  dossier_workspace_set_scroll_offset (ws, dossier_document_get_content_hash (f->a), 12);
  dossier_workspace_set_scroll_offset (ws, dossier_document_get_content_hash (f->b), 0);
  g_assert_true (dossier_workspace_set_timeline_range (ws, "2023-08-18", NULL));
  return ws;
}

static void
assert_same_workspace (DossierWorkspace *x, DossierWorkspace *y)
{
  GListModel *dx = dossier_workspace_get_documents (x), *dy = dossier_workspace_get_documents (y);
  GListModel *ax = dossier_workspace_get_annotations (x),
             *ay = dossier_workspace_get_annotations (y);
  const char *s1, *e1, *s2, *e2;

  g_assert_cmpuint (g_list_model_get_n_items (dx), ==, g_list_model_get_n_items (dy));
  for (guint i = 0; i < g_list_model_get_n_items (dx); i++)
    {
      g_autoptr (DossierWorkspaceDocument) p = g_list_model_get_item (dx, i);
      g_autoptr (DossierWorkspaceDocument) q = g_list_model_get_item (dy, i);
      g_assert_cmpstr (dossier_workspace_document_get_content_hash (p), ==,
                       dossier_workspace_document_get_content_hash (q));
      g_assert_cmpstr (dossier_workspace_document_get_title (p), ==,
                       dossier_workspace_document_get_title (q));
      g_assert_true (g_file_equal (dossier_workspace_document_get_file (p),
                                   dossier_workspace_document_get_file (q)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (ax), ==, g_list_model_get_n_items (ay));
  for (guint i = 0; i < g_list_model_get_n_items (ax); i++)
    {
      g_autoptr (DossierAnnotation) p = g_list_model_get_item (ax, i);
      g_autoptr (DossierAnnotation) q = g_list_model_get_item (ay, i);
      g_assert_true (dossier_annotation_equal (p, q));
      g_assert_cmpstr (dossier_annotation_get_document_path (p), ==,
                       dossier_annotation_get_document_path (q));
    }
  g_assert_cmpuint (dossier_workspace_get_n_link_decisions (x), ==,
                    dossier_workspace_get_n_link_decisions (y));
  for (guint i = 0; i < dossier_workspace_get_n_link_decisions (x); i++)
    g_assert_true (dossier_link_decision_equal (dossier_workspace_get_link_decision (x, i),
                                                dossier_workspace_get_link_decision (y, i)));
  g_assert_cmpstr (dossier_workspace_get_open_document (x), ==,
                   dossier_workspace_get_open_document (y));
  dossier_workspace_get_timeline_range (x, &s1, &e1);
  dossier_workspace_get_timeline_range (y, &s2, &e2);
  g_assert_cmpstr (s1, ==, s2);
  g_assert_cmpstr (e1, ==, e2);
}

static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (DossierWorkspace) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *again = NULL;
  g_autofree char *first = NULL;
  guint offset = 0;

  g_assert_true (dossier_workspace_get_modified (ws));
  g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (dossier_workspace_get_modified (ws));
  g_assert_true (g_file_equal (dossier_workspace_get_file (ws), f->ws_file));

  g_assert_true (g_file_get_contents (f->ws_path, &contents, NULL, NULL));
  /* The documents sit next to the workspace's folder: stored relative to it. */
  g_assert_nonnull (strstr (contents, "\"path\" : \"../docs/a.txt\""));
  g_assert_nonnull (strstr (contents, "\"format\" : \"dossier-workspace\""));
  g_assert_nonnull (strstr (contents, "\"version\" : 1"));

  loaded = dossier_workspace_load (f->ws_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (dossier_workspace_get_modified (loaded));
  assert_same_workspace (ws, loaded);
  g_assert_true (dossier_workspace_get_scroll_offset (
      loaded, dossier_document_get_content_hash (f->a), &offset));
  g_assert_cmpuint (offset, ==, 12);

  /* Byte for byte the same file again. */
  first = dossier_workspace_to_data (ws, f->ws_file, NULL);
  again = dossier_workspace_to_data (loaded, f->ws_file, NULL);
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, ==, contents);

  /* The loaded annotations point at the files they came from. */
  {
    g_autoptr (DossierAnnotation) a
        = g_list_model_get_item (dossier_workspace_get_annotations (loaded), 0);
    g_assert_cmpstr (dossier_annotation_get_document_path (a), ==, f->doc_a);
  }
}

static void
test_backup (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (DossierWorkspace) old = NULL;
  g_autofree char *backup = g_strconcat (f->ws_path, "~", NULL);
  g_autofree char *v1 = NULL, *kept = NULL;
  g_autoptr (GFile) backup_file = g_file_new_for_path (backup);
  g_autoptr (GDir) dir = NULL;
  g_autofree char *wsdir = g_path_get_dirname (f->ws_path);
  g_autoptr (DossierAnnotation) a = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, NULL));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (f->ws_path, &v1, NULL, NULL));

  a = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);
  dossier_annotation_set_note (a, "Second version.");
  g_assert_true (dossier_workspace_get_modified (ws));
  g_assert_true (dossier_workspace_save (ws, NULL, NULL, NULL));

  /* The previous version is kept whole next to the file. */
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, v1);
  old = dossier_workspace_load (backup_file, NULL, NULL);
  g_assert_nonnull (old);
  {
    g_autoptr (DossierAnnotation) b
        = g_list_model_get_item (dossier_workspace_get_annotations (old), 0);
    g_assert_cmpstr (dossier_annotation_get_note (b), !=, "Second version.");
  }

  /* And nothing else: no temporary files left behind. */
  dir = g_dir_open (wsdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_equal (name, "notes.dossier") || g_str_equal (name, "notes.dossier~"));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 2);
}

static void
test_missing_document (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (DossierWorkspace) loaded = NULL;
  g_autoptr (DossierWorkspaceDocument) ea = NULL, eb = NULL;
  g_autoptr (DossierDocument) relocated = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *moved = g_build_filename (f->dir, "moved-b.txt", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, NULL));
  g_assert_cmpint (g_rename (f->doc_b, moved), ==, 0);

  loaded = dossier_workspace_load (f->ws_file, NULL, &error);
  g_assert_no_error (error);
  ea = g_list_model_get_item (dossier_workspace_get_documents (loaded), 0);
  eb = g_list_model_get_item (dossier_workspace_get_documents (loaded), 1);
  g_assert_false (dossier_workspace_document_get_missing (ea));
  g_assert_true (dossier_workspace_document_get_missing (eb));
  /* Its annotation is still there while the document is missing. */
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_annotations (loaded)), ==, 3);
  {
    g_autoptr (GPtrArray) on_b = dossier_workspace_dup_annotations_for_document (
        loaded, dossier_workspace_document_get_content_hash (eb));
    g_assert_cmpuint (on_b->len, ==, 1);
  }

  g_assert_cmpuint (dossier_workspace_open_documents (loaded, NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_nonnull (dossier_workspace_document_get_document (ea));
  g_assert_null (dossier_workspace_document_get_document (eb));
  g_assert_false (dossier_workspace_get_modified (loaded));

  /* The analyst locates the file: same text, so nothing moves. */
  relocated = import_path (moved);
  g_assert_cmpuint (dossier_workspace_attach_document (loaded, eb, relocated), ==, 0);
  g_assert_false (dossier_workspace_document_get_missing (eb));
  g_assert_cmpstr (g_file_peek_path (dossier_workspace_document_get_file (eb)), ==, moved);
  g_assert_true (dossier_workspace_get_modified (loaded));
  g_assert_true (dossier_workspace_save (loaded, NULL, NULL, NULL));
  g_assert_true (g_file_get_contents (f->ws_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"path\" : \"../moved-b.txt\""));
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_valid_fixture (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "workspaces", "valid.dossier", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierWorkspace) ws = dossier_workspace_load (file, NULL, &error);
  GListModel *annotations;
  const DossierLinkDecision *d;
  const char *start, *end;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_workspace_get_documents (ws)), ==, 2);
  g_assert_cmpuint (dossier_workspace_open_documents (ws, NULL, &error), ==, 2);
  g_assert_no_error (error);

  /* Every stored quote is the text at its stored position in the real document. */
  annotations = dossier_workspace_get_annotations (ws);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, i);
      DossierWorkspaceDocument *e
          = dossier_workspace_find_document (ws, dossier_annotation_get_document_hash (a));
      g_autofree char *slice = dossier_document_dup_slice (
          dossier_workspace_document_get_document (e), dossier_annotation_get_start (a),
          dossier_annotation_get_end (a));
      g_assert_cmpstr (slice, ==, dossier_annotation_get_exact (a));
      g_assert_false (dossier_annotation_get_orphaned (a));
    }
  {
    g_autoptr (DossierAnnotation) a = g_list_model_get_item (annotations, 0);
    g_assert_cmpstr (dossier_annotation_get_exact (a), ==, "free and open Indo-Pacific");
    g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "green");
    g_assert_true (dossier_annotation_get_for_briefing (a));
    g_assert_cmpstr (dossier_annotation_get_tags (a)[1], ==, "FOIP");
    g_assert_cmpstr (dossier_annotation_get_modified (a), ==, "2024-05-03T17:40:12Z");
  }
  d = dossier_workspace_get_link_decision (ws, 0);
  g_assert_cmpint (d->decision, ==, DOSSIER_LINK_DECISION_STATUS_CHANGED);
  g_assert_cmpstr (d->status, ==, "continued");
  dossier_workspace_get_timeline_range (ws, &start, &end);
  g_assert_cmpstr (start, ==, "2023-01-01");
  g_assert_cmpstr (end, ==, "2024-12-31");
  g_assert_false (dossier_workspace_get_modified (ws));
}

static void
test_hostile_files (void)
{
  struct
  {
    const char *name;
    DossierWorkspaceError code;
  } cases[] = {
    { "malformed.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "truncated.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "trailing-garbage.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "empty.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "invalid-utf8.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "nul-escape.dossier", DOSSIER_WORKSPACE_ERROR_SYNTAX },
    { "array-root.dossier", DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE },
    { "not-a-workspace.dossier", DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE },
    { "wrong-format-type.dossier", DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE },
    { "future-version.dossier", DOSSIER_WORKSPACE_ERROR_NEWER_VERSION },
    { "version-string.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "version-zero.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "documents-object.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "missing-annotations.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "null-annotation.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "start-string.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "start-negative.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "start-float.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "start-after-end.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "huge-offset.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "bad-colour.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "bad-hash.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "duplicate-id.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "duplicate-document.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "bad-timestamp.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "tags-not-strings.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "empty-quote.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "bad-decision.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "bad-timeline.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
    { "note-not-text.dossier", DOSSIER_WORKSPACE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path
          = g_test_build_filename (G_TEST_DIST, "data", "workspaces", cases[i].name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autofree char *before = checksum_of (path);
      g_autofree char *after = NULL;
      GStatBuf st1, st2;
      DossierWorkspace *ws;

      g_assert_cmpint (g_stat (path, &st1), ==, 0);
      ws = dossier_workspace_load (file, NULL, &error);
      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(loaded)");
      g_assert_null (ws);
      g_assert_error (error, DOSSIER_WORKSPACE_ERROR, (gint) cases[i].code);
      /* The message names the file. */
      g_assert_nonnull (strstr (error->message, cases[i].name));
      /* A failed load leaves the file as it was. */
      after = checksum_of (path);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpint (g_stat (path, &st2), ==, 0);
      g_assert_cmpint (st1.st_mtime, ==, st2.st_mtime);
    }
}

static void
test_messages (void)
{
  struct
  {
    const char *name;
    const char *words;
  } cases[] = {
    { "future-version.dossier", "saved by a newer version of Dossier" },
    { "truncated.dossier", "damaged or incomplete" },
    { "start-float.dossier", "annotations[1].target.start" },
    { "bad-colour.dossier", "“red” is not a highlight colour" },
    { "null-annotation.dossier", "annotations[3]" },
    { "missing-annotations.dossier", "“annotations” is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path
          = g_test_build_filename (G_TEST_DIST, "data", "workspaces", cases[i].name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (DossierWorkspace) ws = dossier_workspace_load (file, NULL, &error);

      g_assert_null (ws);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("%s: “%s” does not say “%s”", cases[i].name, error->message, cases[i].words);
    }
}

static DossierWorkspace *
load_string (const char *text, gsize length, GError **error)
{
  return dossier_workspace_load_from_data (text, length, NULL, error);
}

#define HEAD "{\"format\": \"dossier-workspace\", \"version\": 1, \"documents\": [], "

static void
test_generated_hostile (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *big = g_build_filename (f->dir, "big.dossier", NULL);
  g_autoptr (GFile) big_file = g_file_new_for_path (big);
  DossierWorkspace *ws;
  int fd;

  /* 100000 nested arrays: json-glib alone would overflow the stack. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, ']');
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* The same depth inside a real workspace member, and as objects. */
  g_string_assign (s, HEAD "\"annotations\": [], \"view\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "{\"a\":");
  g_string_append (s, "1");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '}');
  g_string_append_c (s, '}');
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A 2 MB note. */
  g_string_assign (s, HEAD "\"annotations\": [{\"id\": \"x\", \"document\": \"");
  for (guint i = 0; i < 64; i++)
    g_string_append_c (s, 'a');
  g_string_append (
      s, "\", \"target\": {\"exact\": \"q\", \"start\": 0, \"end\": 1}, \"colour\": \"blue\", "
         "\"created\": \"2024-01-01T00:00:00Z\", \"note\": \"");
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (s, 'n');
  g_string_append (s, "\"}]}");
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_test_message ("huge note: %s", error->message);
  g_clear_error (&error);

  /* A string beyond any field's limit is refused before parsing. */
  g_string_assign (s, HEAD "\"annotations\": [], \"junk\": \"");
  for (guint i = 0; i < 9 * 1024 * 1024; i++)
    g_string_append_c (s, 'j');
  g_string_append (s, "\"}");
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* More documents than a workspace may list. */
  g_string_assign (
      s,
      "{\"format\": \"dossier-workspace\", \"version\": 1, \"annotations\": [], \"documents\": [");
  for (guint i = 0; i <= DOSSIER_WORKSPACE_MAX_DOCUMENTS; i++)
    g_string_append_printf (s, "%s{\"sha256\": \"%064x\"}", i ? "," : "", i);
  g_string_append (s, "]}");
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Millions of tiny items: refused before json-glib builds a tree of them. */
  g_string_assign (s, HEAD "\"annotations\": [], \"junk\": [0");
  for (guint i = 0; i < 2100000; i++)
    g_string_append (s, ",0");
  g_string_append (s, "]}");
  g_assert_null (load_string (s->str, s->len, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A 65 MB file (sparse, so cheap) is refused by its size, before reading. */
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 65 * 1024 * 1024), ==, 0);
  close (fd);
  ws = dossier_workspace_load (big_file, NULL, &error);
  g_assert_null (ws);
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A folder and a missing file are reported, not crashed on. */
  {
    g_autoptr (GFile) folder = g_file_new_for_path (f->dir);
    g_autofree char *nowhere = g_build_filename (f->dir, "nowhere.dossier", NULL);
    g_autoptr (GFile) none = g_file_new_for_path (nowhere);

    g_assert_null (dossier_workspace_load (folder, NULL, &error));
    g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ);
    g_clear_error (&error);
    g_assert_null (dossier_workspace_load (none, NULL, &error));
    g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_READ);
  }
}

static void
test_unknown_members_ignored (void)
{
  const char *text = HEAD "\"annotations\": [], \"future_feature\": {\"x\": [1, 2]}, "
                          "\"view\": {\"zoom\": 2.5}}";
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierWorkspace) ws = load_string (text, strlen (text), &error);

  /* Optional data from a later 1.x writer does not stop this version. */
  g_assert_no_error (error);
  g_assert_nonnull (ws);
}

static void
test_recovery (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (DossierWorkspace) back = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GFile) recovery = NULL;
  g_autoptr (GError) error = NULL;

  /* Never saved: the copy is found by listing. */
  g_assert_true (dossier_workspace_save_recovery (ws, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_workspace_get_modified (ws));
  list = dossier_workspace_list_recoveries ();
  g_assert_cmpuint (list->len, ==, 1);
  recovery = dossier_workspace_get_recovery_file (ws);
  g_assert_true (g_file_equal (g_ptr_array_index (list, 0), recovery));
  g_assert_true (g_str_has_prefix (g_file_peek_path (recovery), g_get_user_cache_dir ()));

  back = dossier_workspace_load_recovery (g_ptr_array_index (list, 0), &error);
  g_assert_no_error (error);
  g_assert_null (dossier_workspace_get_file (back));
  g_assert_true (dossier_workspace_get_modified (back));
  assert_same_workspace (ws, back);
  /* The recovered workspace writes its next copy to the same place. */
  {
    g_autoptr (GFile) again = dossier_workspace_get_recovery_file (back);
    g_assert_true (g_file_equal (again, recovery));
  }

  /* Saving makes the copy stale: it goes. */
  g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = dossier_workspace_list_recoveries ();
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_null (dossier_workspace_find_recovery (f->ws_file));

  /* A saved workspace with later changes: found from its file. */
  {
    g_autoptr (DossierAnnotation) a
        = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);
    g_autoptr (GFile) found = NULL;
    g_autoptr (DossierWorkspace) restored = NULL;
    g_autoptr (DossierAnnotation) b = NULL;

    dossier_annotation_set_note (a, "Unsaved thought.");
    g_assert_true (dossier_workspace_save_recovery (ws, NULL));
    found = dossier_workspace_find_recovery (f->ws_file);
    g_assert_nonnull (found);
    restored = dossier_workspace_load_recovery (found, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_equal (dossier_workspace_get_file (restored), f->ws_file));
    b = g_list_model_get_item (dossier_workspace_get_annotations (restored), 0);
    g_assert_cmpstr (dossier_annotation_get_note (b), ==, "Unsaved thought.");
    /* The workspace file itself was not touched by the recovery copy. */
    {
      g_autoptr (DossierWorkspace) on_disk = dossier_workspace_load (f->ws_file, NULL, NULL);
      g_autoptr (DossierAnnotation) c
          = g_list_model_get_item (dossier_workspace_get_annotations (on_disk), 0);
      g_assert_cmpstr (dossier_annotation_get_note (c), !=, "Unsaved thought.");
    }
    dossier_workspace_discard_recovery (ws);
    g_assert_null (dossier_workspace_find_recovery (f->ws_file));
  }

  /* A normal workspace file is not a recovery copy. */
  g_assert_null (dossier_workspace_load_recovery (f->ws_file, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE);
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} Wait;

static void
done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Wait *w = user_data;

  w->result = g_object_ref (result);
  g_main_loop_quit (w->loop);
}

static void
test_async (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (DossierWorkspace) loaded = NULL;
  g_autoptr (GError) error = NULL;
  Wait w = { g_main_loop_new (NULL, FALSE), NULL };

  dossier_workspace_save_async (ws, f->ws_file, NULL, done, &w);
  /* A change made while the snapshot is written keeps the workspace modified. */
  dossier_workspace_set_modified (ws, TRUE);
  g_main_loop_run (w.loop);
  g_assert_true (dossier_workspace_save_finish (ws, w.result, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_workspace_get_modified (ws));
  g_clear_object (&w.result);

  dossier_workspace_save_async (ws, NULL, NULL, done, &w);
  g_main_loop_run (w.loop);
  g_assert_true (dossier_workspace_save_finish (ws, w.result, &error));
  g_assert_false (dossier_workspace_get_modified (ws));
  g_clear_object (&w.result);

  dossier_workspace_load_async (f->ws_file, NULL, done, &w);
  g_main_loop_run (w.loop);
  loaded = dossier_workspace_load_finish (w.result, &error);
  g_assert_no_error (error);
  assert_same_workspace (ws, loaded);
  g_clear_object (&w.result);
  g_main_loop_unref (w.loop);
}

static void
test_save_errors (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autoptr (GError) error = NULL;
  g_autofree char *nowhere = g_build_filename (f->dir, "no", "such", "folder", "x.dossier", NULL);
  g_autoptr (GFile) bad = g_file_new_for_path (nowhere);

  g_assert_false (dossier_workspace_save (ws, NULL, NULL, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_NO_FILE);
  g_clear_error (&error);
  g_assert_false (dossier_workspace_save (ws, bad, NULL, &error));
  g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_WRITE);
  g_assert_true (dossier_workspace_get_modified (ws));
  g_assert_null (dossier_workspace_get_file (ws));
  g_clear_error (&error);

  /* A folder that refuses new files: the old file stays as it was. */
  if (geteuid () != 0)
    {
      g_autofree char *wsdir = g_path_get_dirname (f->ws_path);
      g_autofree char *before = NULL, *after = NULL;
      g_autoptr (DossierAnnotation) a
          = g_list_model_get_item (dossier_workspace_get_annotations (ws), 0);

      g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, NULL));
      before = checksum_of (f->ws_path);
      g_chmod (wsdir, 0555);
      dossier_annotation_set_note (a, "cannot be saved");
      g_assert_false (dossier_workspace_save (ws, NULL, NULL, &error));
      g_assert_error (error, DOSSIER_WORKSPACE_ERROR, DOSSIER_WORKSPACE_ERROR_WRITE);
      g_assert_true (dossier_workspace_get_modified (ws));
      g_chmod (wsdir, 0755);
      after = checksum_of (f->ws_path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_links_and_permissions (Fixture *f, gconstpointer data)
{
  g_autoptr (DossierWorkspace) ws = sample (f);
  g_autofree char *link = g_build_filename (f->dir, "link.dossier", NULL);
  g_autoptr (GFile) link_file = g_file_new_for_path (link);
  g_autoptr (DossierWorkspace) loaded = NULL;
  GStatBuf st;

  g_assert_true (dossier_workspace_save (ws, f->ws_file, NULL, NULL));
  g_assert_cmpint (g_chmod (f->ws_path, 0640), ==, 0);
  g_assert_cmpint (symlink (f->ws_path, link), ==, 0);

  /* Saving through a link replaces the file it points to and keeps the link. */
  dossier_workspace_set_open_document (ws, NULL);
  g_assert_true (dossier_workspace_save (ws, link_file, NULL, NULL));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  loaded = dossier_workspace_load (f->ws_file, NULL, NULL);
  g_assert_null (dossier_workspace_get_open_document (loaded));
  /* Document paths are relative to the real file, wherever the link is. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (DossierWorkspaceDocument) e
          = g_list_model_get_item (dossier_workspace_get_documents (loaded), i);
      g_assert_false (dossier_workspace_document_get_missing (e));
    }
  /* And its permissions. */
  g_assert_cmpint (g_stat (f->ws_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

static void
test_display_name (void)
{
  g_autoptr (DossierWorkspace) ws = dossier_workspace_new ();
  g_autofree char *untitled = dossier_workspace_dup_display_name (ws);
  g_autoptr (GFile) file = g_file_new_for_path ("/tmp/Summit prep.dossier");
  g_autofree char *name = NULL;
  const char *text = HEAD "\"annotations\": []}";
  g_autoptr (DossierWorkspace) named
      = dossier_workspace_load_from_data (text, strlen (text), file, NULL);

  g_assert_cmpstr (untitled, ==, "Untitled Workspace");
  name = dossier_workspace_dup_display_name (named);
  g_assert_cmpstr (name, ==, "Summit prep");
}

#define FIXTURE(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int argc, char **argv)
{
  g_autofree char *cache = isolate_cache ();
  int status;

  g_test_init (&argc, &argv, NULL);
  FIXTURE ("/dossier/workspace/round-trip", test_round_trip);
  FIXTURE ("/dossier/workspace/backup", test_backup);
  FIXTURE ("/dossier/workspace/missing-document", test_missing_document);
  g_test_add_func ("/dossier/workspace/valid-fixture", test_valid_fixture);
  g_test_add_func ("/dossier/workspace/hostile-files", test_hostile_files);
  g_test_add_func ("/dossier/workspace/messages", test_messages);
  FIXTURE ("/dossier/workspace/generated-hostile", test_generated_hostile);
  g_test_add_func ("/dossier/workspace/unknown-members-ignored", test_unknown_members_ignored);
  FIXTURE ("/dossier/workspace/recovery", test_recovery);
  FIXTURE ("/dossier/workspace/async", test_async);
  FIXTURE ("/dossier/workspace/save-errors", test_save_errors);
  FIXTURE ("/dossier/workspace/links-and-permissions", test_links_and_permissions);
  g_test_add_func ("/dossier/workspace/display-name", test_display_name);
  status = g_test_run ();
  rm_rf (cache);
  return status;
}
