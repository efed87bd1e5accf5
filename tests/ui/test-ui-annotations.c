/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "dossier-annotation-popover.h"
#include "dossier-annotations-page.h"
#include "dossier-import.h"
#include "dossier-tag-editor.h"
#include "ui-test-util.h"

/* The annotation widgets on their own, on two sample documents and a workspace with an undo
 * stack, the way the window uses them: the popover over a selection or a highlight, and the
 * annotations panel with its grouping, filters and activation. */

typedef struct
{
  DossierWorkspace *workspace;
  DossierUndoStack *undo;
  DossierDocument *kidd; /* 24th KIDD joint press statement */
  DossierDocument *scm;  /* 56th SCM joint communiqué */
  GtkWindow *window;
  guint n_done;
  guint n_activated;
  DossierAnnotation *activated;
} Fixture;

static DossierDocument *
import_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("DOSSIER_SAMPLE_DIR"), name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  DossierDocument *doc = dossier_import_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The code point range of the first occurrence of @phrase in @doc. */
static void
find_range (DossierDocument *doc, const char *phrase, guint *start, guint *end)
{
  const char *text = dossier_document_get_text (doc);
  const char *hit = strstr (text, phrase);

  g_assert_nonnull (hit);
  *start = dossier_document_byte_to_offset (doc, hit - text);
  *end = dossier_document_byte_to_offset (doc, hit - text + strlen (phrase));
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->kidd = import_sample ("01-kidd-24-joint-press-statement-2024-04-11.txt");
  f->scm = import_sample ("02-scm-56-joint-communique-2024-10-30.txt");
  f->workspace = dossier_workspace_new ();
  dossier_workspace_add_document (f->workspace, f->kidd, NULL);
  dossier_workspace_add_document (f->workspace, f->scm, NULL);
  f->undo = dossier_undo_stack_new (f->workspace);
  f->window = GTK_WINDOW (gtk_window_new ());
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (f->window);
  ui_test_settle (50);
  g_clear_object (&f->undo);
  /* The widgets are gone: nothing of theirs may still hold the workspace. */
  g_object_add_weak_pointer (G_OBJECT (f->workspace), (gpointer *) &f->workspace);
  g_object_unref (f->workspace);
  g_assert_null (f->workspace);
  g_clear_object (&f->kidd);
  g_clear_object (&f->scm);
}

static guint
n_annotations (Fixture *f)
{
  return g_list_model_get_n_items (dossier_workspace_get_annotations (f->workspace));
}

static DossierAnnotation *
annotation_at (Fixture *f, guint i)
{
  g_autoptr (DossierAnnotation) a
      = g_list_model_get_item (dossier_workspace_get_annotations (f->workspace), i);
  return a; /* the workspace keeps it */
}

static void
on_done (DossierAnnotationPopover *popover, Fixture *f)
{
  f->n_done++;
}

static void
assert_tags (DossierAnnotation *a, const char *const *expected)
{
  g_assert_true (g_strv_equal (dossier_annotation_get_tags (a), expected));
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static GtkWidget *
template_child (gpointer widget, GType type, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static GtkWidget *
popover_child (DossierAnnotationPopover *popover, const char *name)
{
  return template_child (popover, DOSSIER_TYPE_ANNOTATION_POPOVER, name);
}

static GtkWidget *
tag_editor_child (DossierAnnotationPopover *popover, const char *name)
{
  return template_child (popover_child (popover, "tag_editor"), DOSSIER_TYPE_TAG_EDITOR, name);
}

/* The buttons of a flow box of the tag editor (chips or suggestions). */
static GPtrArray *
flow_buttons (DossierAnnotationPopover *popover, const char *name)
{
  GPtrArray *buttons = g_ptr_array_new ();

  for (GtkWidget *c = gtk_widget_get_first_child (tag_editor_child (popover, name)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_FLOW_BOX_CHILD (c))
      g_ptr_array_add (buttons, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c)));
  return buttons;
}

static const char *
button_tag (gpointer button)
{
  return g_object_get_data (G_OBJECT (button), "tag");
}

/* The popover's shortcut for @accel, as "action(argument)". */
static char *
find_shortcut (DossierAnnotationPopover *popover, const char *accel)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (popover));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr (GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (s));
          GtkShortcutAction *action = gtk_shortcut_get_action (s);
          GVariant *args = gtk_shortcut_get_arguments (s);

          if (strcmp (trigger, accel) == 0 && GTK_IS_NAMED_ACTION (action))
            return g_strdup_printf ("%s(%s)",
                                    gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                    args ? g_variant_get_string (args, NULL) : "");
        }
    }
  return NULL;
}

/* Like ui_test_screenshot(), but for a popover: its arrow and shadow lie outside its
 * allocation, so the whole drawing is rendered. */
static gsize
screenshot_popover (GtkWidget *popover, const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (popover);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (popover));
  graphene_rect_t bounds;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInfo) info = NULL;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (popover),
                          gtk_widget_get_height (popover));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  return info ? g_file_info_get_size (info) : 0;
}

static void
test_popover (Fixture *f, gconstpointer data)
{
  DossierAnnotationPopover *popover
      = DOSSIER_ANNOTATION_POPOVER (dossier_annotation_popover_new (f->undo));
  GtkWidget *anchor = gtk_label_new ("Anchor for the annotation popover");
  const char *both[] = { "deterrence", "extended deterrence", NULL };
  const char *one[] = { "extended deterrence", NULL };
  const char *none[] = { NULL };
  DossierAnnotation *a, *b;
  guint s, e;
  g_autofree char *exact = NULL;
  g_autoptr (GError) error = NULL;

  gtk_widget_set_size_request (anchor, 700, 460);
  gtk_label_set_yalign (GTK_LABEL (anchor), 0.05);
  gtk_window_set_child (f->window, anchor);
  gtk_window_present (f->window);
  g_assert_true (ui_test_wait (is_mapped, anchor, 5000));
  gtk_widget_set_parent (GTK_WIDGET (popover), anchor);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle){ 300, 20, 80, 18 });
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  g_signal_connect (popover, "done", G_CALLBACK (on_done), f);

  /* The shortcuts while it is open. */
  {
    g_autofree char *c1 = find_shortcut (popover, "<Control>1");
    g_autofree char *c5 = find_shortcut (popover, "<Control>5");
    g_autofree char *save = find_shortcut (popover, "<Control>Return");

    g_assert_cmpstr (c1, ==, "annotation.colour(yellow)");
    g_assert_cmpstr (c5, ==, "annotation.colour(purple)");
    g_assert_cmpstr (save, ==, "annotation.save()");
  }

  /* A new annotation with everything filled in: nothing is saved before Save. */
  find_range (f->kidd, "enhancing extended deterrence efforts", &s, &e);
  exact = dossier_document_dup_slice (f->kidd, s, e);
  dossier_annotation_popover_edit_new (popover, f->kidd, s, e);
  g_assert_true (dossier_annotation_popover_get_is_new (popover));
  g_assert_null (dossier_annotation_popover_get_annotation (popover));
  g_assert_false (gtk_widget_get_visible (popover_child (popover, "delete_button")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (popover_child (popover, "quote_label"))), ==,
                   "enhancing extended deterrence efforts");
  gtk_popover_popup (GTK_POPOVER (popover));
  g_assert_true (ui_test_wait (is_mapped, popover, 5000));
  dossier_annotation_popover_set_note (popover, "Compare with the SCM wording.\nSame pillars?");
  dossier_annotation_popover_add_tags (popover, "deterrence, extended deterrence, Deterrence");
  dossier_annotation_popover_set_for_briefing (popover, TRUE);
  dossier_annotation_popover_choose_colour (popover, "green");
  g_assert_cmpuint (n_annotations (f), ==, 0);
  g_assert_true (g_strv_equal (dossier_annotation_popover_get_tags (popover), both));
  {
    g_autoptr (GPtrArray) chips = flow_buttons (popover, "chips");
    g_assert_cmpuint (chips->len, ==, 2);
    g_assert_cmpstr (button_tag (chips->pdata[1]), ==, "extended deterrence");
  }
  ui_test_settle (300);
  g_assert_cmpuint (screenshot_popover (GTK_WIDGET (popover), "ui-annotation-popover.png"), >,
                    5000);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle (300);
  g_assert_cmpuint (screenshot_popover (GTK_WIDGET (popover), "ui-annotation-popover-dark.png"), >,
                    5000);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_assert_true (dossier_annotation_popover_save (popover));
  ui_test_settle (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (f->n_done, ==, 1);
  g_assert_cmpuint (n_annotations (f), ==, 1);
  a = annotation_at (f, 0);
  g_assert_true (dossier_annotation_popover_get_annotation (popover) == a);
  g_assert_cmpstr (dossier_annotation_get_exact (a), ==, exact);
  g_assert_cmpuint (dossier_annotation_get_start (a), ==, s);
  g_assert_cmpuint (dossier_annotation_get_end (a), ==, e);
  g_assert_cmpstr (dossier_annotation_get_document_hash (a), ==,
                   dossier_document_get_content_hash (f->kidd));
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "green");
  g_assert_cmpstr (dossier_annotation_get_note (a), ==,
                   "Compare with the SCM wording.\nSame pillars?");
  assert_tags (a, both);
  g_assert_true (dossier_annotation_get_for_briefing (a));
  g_assert_true (dossier_undo_stack_get_can_undo (f->undo));

  /* Editing: a colour clicked on a clean form applies at once; then a tag is removed. */
  dossier_annotation_popover_edit_existing (popover, a);
  g_assert_false (dossier_annotation_popover_get_is_new (popover));
  g_assert_true (gtk_widget_get_visible (popover_child (popover, "delete_button")));
  g_assert_cmpstr (dossier_annotation_popover_get_colour (popover), ==, "green");
  g_assert_true (dossier_annotation_popover_get_for_briefing (popover));
  g_assert_true (g_strv_equal (dossier_annotation_popover_get_tags (popover), both));
  {
    g_autofree char *note = dossier_annotation_popover_dup_note (popover);
    g_assert_cmpstr (note, ==, "Compare with the SCM wording.\nSame pillars?");
  }
  gtk_popover_popup (GTK_POPOVER (popover));
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (popover), "annotation.colour", "s", "blue"));
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "blue");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover))); /* stays open */
  {
    g_autoptr (GPtrArray) chips = flow_buttons (popover, "chips");
    g_assert_cmpstr (button_tag (chips->pdata[0]), ==, "deterrence");
    g_signal_emit_by_name (chips->pdata[0], "clicked"); /* the chip's close button */
  }
  g_assert_true (g_strv_equal (dossier_annotation_popover_get_tags (popover), one));
  assert_tags (a, both); /* not before Save */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "annotation.save", NULL));
  assert_tags (a, one);
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "blue");
  g_assert_cmpstr (dossier_annotation_get_note (a), ==,
                   "Compare with the SCM wording.\nSame pillars?");
  ui_test_settle (100);
  g_assert_cmpuint (f->n_done, ==, 2);

  /* Undo takes the two edits back one by one, redo replays them. */
  g_assert_true (dossier_undo_stack_undo (f->undo, &error));
  assert_tags (a, both);
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "blue");
  g_assert_true (dossier_undo_stack_undo (f->undo, &error));
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "green");
  g_assert_true (dossier_undo_stack_redo (f->undo, &error));
  g_assert_true (dossier_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  assert_tags (a, one);
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "blue");

  /* Escape (closing without Save) changes nothing. */
  dossier_annotation_popover_edit_existing (popover, a);
  gtk_popover_popup (GTK_POPOVER (popover));
  ui_test_settle (50);
  dossier_annotation_popover_set_note (popover, "Thrown away");
  dossier_annotation_popover_choose_colour (popover, "pink"); /* the form is dirty: no commit */
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_test_settle (50);
  g_assert_cmpstr (dossier_annotation_get_note (a), ==,
                   "Compare with the SCM wording.\nSame pillars?");
  g_assert_cmpstr (dossier_annotation_get_colour (a), ==, "blue");
  g_assert_cmpuint (f->n_done, ==, 2);

  /* Delete, and undo brings the same annotation back. */
  dossier_annotation_popover_edit_existing (popover, a);
  g_assert_true (dossier_annotation_popover_delete (popover));
  g_assert_cmpuint (n_annotations (f), ==, 0);
  g_assert_cmpuint (f->n_done, ==, 3);
  g_assert_true (dossier_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_annotations (f), ==, 1);
  g_assert_true (annotation_at (f, 0) == a);
  assert_tags (a, one);
  g_assert_cmpstr (dossier_annotation_get_note (a), ==,
                   "Compare with the SCM wording.\nSame pillars?");

  /* One click on a colour highlights a new selection; the popover stays on it for a note. */
  find_range (f->scm, "the linchpin of peace, stability, and prosperity", &s, &e);
  dossier_annotation_popover_edit_new (popover, f->scm, s, e);
  gtk_popover_popup (GTK_POPOVER (popover));
  ui_test_settle (50);
  dossier_annotation_popover_choose_colour (popover, "pink");
  g_assert_cmpuint (n_annotations (f), ==, 2);
  b = annotation_at (f, 1);
  g_assert_true (dossier_annotation_popover_get_annotation (popover) == b);
  g_assert_false (dossier_annotation_popover_get_is_new (popover));
  g_assert_true (gtk_widget_get_visible (popover_child (popover, "delete_button")));
  g_assert_cmpstr (dossier_annotation_get_colour (b), ==, "pink");
  g_assert_cmpstr (dossier_annotation_get_note (b), ==, "");
  assert_tags (b, none);
  g_assert_false (dossier_annotation_get_for_briefing (b));
  g_assert_cmpstr (dossier_annotation_get_document_hash (b), ==,
                   dossier_document_get_content_hash (f->scm));

  /* Tags used before are offered as the analyst types; a click takes one. */
  {
    GtkEditable *entry = GTK_EDITABLE (tag_editor_child (popover, "entry"));
    g_autoptr (GPtrArray) suggestions = NULL;
    const char *two[] = { "alliance", "extended deterrence", NULL };

    gtk_editable_set_text (entry, "DETER");
    suggestions = flow_buttons (popover, "suggestions");
    /* "extended deterrence" only contains it; no tag starts with it. */
    g_assert_cmpuint (suggestions->len, ==, 1);
    g_assert_cmpstr (button_tag (suggestions->pdata[0]), ==, "extended deterrence");
    g_clear_pointer (&suggestions, g_ptr_array_unref);
    /* A comma ends a tag. */
    gtk_editable_set_text (entry, "alliance,");
    g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
    /* With nothing typed, the tags used before and not on this annotation are offered. */
    suggestions = flow_buttons (popover, "suggestions");
    g_assert_cmpuint (suggestions->len, ==, 1);
    g_assert_cmpstr (button_tag (suggestions->pdata[0]), ==, "extended deterrence");
    ui_test_settle (300);
    g_assert_cmpuint (screenshot_popover (GTK_WIDGET (popover), "ui-annotation-popover-edit.png"),
                      >, 5000);
    g_signal_emit_by_name (suggestions->pdata[0], "clicked");
    g_assert_true (g_strv_equal (dossier_annotation_popover_get_tags (popover), two));
    g_clear_pointer (&suggestions, g_ptr_array_unref);
    /* Both known tags are now on it: nothing left to suggest. */
    gtk_editable_set_text (entry, "");
    suggestions = flow_buttons (popover, "suggestions");
    g_assert_cmpuint (suggestions->len, ==, 0);
    /* A typed but unconfirmed tag is kept on Save. */
    gtk_editable_set_text (entry, "  linchpin  ");
  }

  dossier_annotation_popover_set_note (popover, "Standard linchpin language");
  g_assert_true (dossier_annotation_popover_save (popover));
  {
    const char *three[] = { "alliance", "extended deterrence", "linchpin", NULL };
    assert_tags (b, three);
  }
  g_assert_cmpstr (dossier_annotation_get_note (b), ==, "Standard linchpin language");
  g_assert_cmpstr (dossier_annotation_get_colour (b), ==, "pink");
  ui_test_settle (50);
  g_assert_cmpuint (f->n_done, ==, 4);

  /* A selection of white space cannot be annotated: the popover says so and saves nothing. */
  {
    const char *text = dossier_document_get_text (f->kidd);
    const char *space = strstr (text, " ");
    guint at = dossier_document_byte_to_offset (f->kidd, space - text);

    dossier_annotation_popover_edit_new (popover, f->kidd, at, at + 1);
    g_assert_true (gtk_widget_get_visible (popover_child (popover, "error_label")));
    g_assert_false (dossier_annotation_popover_save (popover));
    dossier_annotation_popover_choose_colour (popover, "yellow");
    g_assert_cmpuint (n_annotations (f), ==, 2);
  }

  gtk_widget_unparent (GTK_WIDGET (popover));
}

/* The page */

static void
on_activated (DossierAnnotationsPage *page, DossierAnnotation *annotation, Fixture *f)
{
  f->n_activated++;
  f->activated = annotation;
}

static DossierAnnotation *
add (Fixture *f, DossierDocument *doc, const char *phrase, const char *colour, const char *note,
     const char *const *tags)
{
  guint s, e;
  g_autoptr (DossierAnnotation) a = NULL;
  g_autoptr (DossierWorkspaceEdit) edit = NULL;

  find_range (doc, phrase, &s, &e);
  a = dossier_annotation_new_for_selection (doc, s, e, NULL);
  dossier_annotation_set_colour (a, colour);
  dossier_annotation_set_note (a, note);
  dossier_annotation_set_tags (a, tags);
  edit = dossier_workspace_add_annotation (f->workspace, a);
  dossier_undo_stack_push (f->undo, edit);
  return a;
}

static DossierAnnotation *
row_annotation (GtkListView *list, guint position)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (model), position);
  g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);

  return DOSSIER_IS_ANNOTATION (item) ? DOSSIER_ANNOTATION (item) : NULL;
}

static void
test_page (Fixture *f, gconstpointer data)
{
  DossierAnnotationsPage *page = DOSSIER_ANNOTATIONS_PAGE (dossier_annotations_page_new ());
  GtkListView *list
      = GTK_LIST_VIEW (template_child (page, DOSSIER_TYPE_ANNOTATIONS_PAGE, "list_view"));
  AdwStatusPage *empty
      = ADW_STATUS_PAGE (template_child (page, DOSSIER_TYPE_ANNOTATIONS_PAGE, "empty_page"));
  GtkStack *stack = GTK_STACK (template_child (page, DOSSIER_TYPE_ANNOTATIONS_PAGE, "stack"));
  GtkWidget *filters = template_child (page, DOSSIER_TYPE_ANNOTATIONS_PAGE, "filter_box");
  GtkDropDown *tags
      = GTK_DROP_DOWN (template_child (page, DOSSIER_TYPE_ANNOTATIONS_PAGE, "tag_dropdown"));
  g_autoptr (GListStore) corpus = g_list_store_new (DOSSIER_TYPE_DOCUMENT);
  const char *deterrence[] = { "deterrence", NULL };
  const char *partners[] = { "partners", "Exercise", NULL };
  const char *exercise[] = { "exercise", NULL };
  DossierAnnotation *a1, *a2, *a3, *b1, *b2, *c;
  g_autoptr (GError) error = NULL;

  g_list_store_append (corpus, f->kidd);
  g_list_store_append (corpus, f->scm);
  dossier_annotations_page_set_corpus (page, G_LIST_MODEL (corpus));
  dossier_annotations_page_set_workspace (page, f->workspace);
  g_signal_connect (page, "annotation-activated", G_CALLBACK (on_activated), f);
  gtk_window_set_default_size (f->window, 420, 760);
  gtk_window_set_child (f->window, GTK_WIDGET (page));
  gtk_window_present (f->window);
  g_assert_true (ui_test_wait (is_mapped, page, 5000));

  /* Empty workspace */
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Annotations");
  g_assert_false (gtk_widget_get_visible (filters));
  ui_test_settle (200);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-annotations-empty.png"), >,
                    3000);

  /* Added out of text order: the list sorts by position within each document. */
  a3 = add (f, f->kidd, "strengthening solidarity and regional security cooperation", "blue",
            "Partners: Japan? check", partners);
  a1 = add (f, f->kidd, "enhancing extended deterrence efforts", "yellow",
            "Compare with the SCM wording", deterrence);
  a2 = add (f, f->kidd, "modernizing Alliance capabilities", "green", "", NULL);
  b1 = add (f, f->scm, "the linchpin of peace, stability, and prosperity", "yellow",
            "Standard linchpin language", exercise);
  b2 = add (f, f->scm, "modernizing Alliance capabilities based on science and technology",
            "purple", "Follow-up on science and technology", deterrence);
  {
    g_autoptr (DossierAnnotation) next = dossier_annotation_copy (a1);
    g_autoptr (DossierWorkspaceEdit) edit = NULL;

    dossier_annotation_set_for_briefing (next, TRUE);
    edit = dossier_workspace_change_annotation (f->workspace, a1, next);
  }

  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_true (gtk_widget_get_visible (filters));
  g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 2);
  {
    g_autofree char *t0 = dossier_annotations_page_dup_group_title (page, 0);
    g_autofree char *t1 = dossier_annotations_page_dup_group_title (page, 1);
    g_assert_cmpstr (t0, ==, dossier_document_get_title (f->kidd));
    g_assert_cmpstr (t1, ==, dossier_document_get_title (f->scm));
  }
  /* Header, three KIDD annotations by position, header, two SCM annotations. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==,
                    7);
  g_assert_null (row_annotation (list, 0));
  g_assert_true (row_annotation (list, 1) == a1);
  g_assert_true (row_annotation (list, 2) == a2);
  g_assert_true (row_annotation (list, 3) == a3);
  g_assert_null (row_annotation (list, 4));
  g_assert_true (row_annotation (list, 5) == b1);
  g_assert_true (row_annotation (list, 6) == b2);

  /* Search: quotes, notes and tags, ignoring case. */
  dossier_annotations_page_set_search_text (page, "deterrence");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2); /* a1 quote, b2 tag */
  dossier_annotations_page_set_search_text (page, "Modernizing");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2); /* a2, b2 quotes */
  dossier_annotations_page_set_search_text (page, "scm");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 1); /* a1 note */
  g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 1);
  dossier_annotations_page_set_search_text (page, "EXERCISE");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2); /* a3, b1 tags */
  dossier_annotations_page_set_search_text (page, "no such words");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Matching Annotations");
  dossier_annotations_page_set_search_text (page, NULL);
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);

  /* Colours */
  dossier_annotations_page_set_colour_visible (page, "yellow", FALSE);
  g_assert_false (dossier_annotations_page_get_colour_visible (page, "yellow"));
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 3);
  dossier_annotations_page_set_colour_visible (page, "purple", FALSE);
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2);
  g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 1);
  dossier_annotations_page_set_colour_visible (page, "yellow", TRUE);
  dossier_annotations_page_set_colour_visible (page, "purple", TRUE);
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);

  /* Tags: the dropdown lists each tag once, whatever its case. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (tags)), ==, 4);
  dossier_annotations_page_set_tag (page, "exercise");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2);
  g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 2);
  gtk_drop_down_set_selected (tags, 1); /* "deterrence", the first in order */
  g_assert_cmpstr (dossier_annotations_page_get_tag (page), ==, "deterrence");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 2);
  dossier_annotations_page_set_search_text (page, "science");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 1); /* b2 */
  dossier_annotations_page_set_colour_visible (page, "green", FALSE);
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-annotations-filtered.png"), >,
                    5000);
  dossier_annotations_page_set_colour_visible (page, "green", TRUE);
  dossier_annotations_page_set_search_text (page, "");
  gtk_drop_down_set_selected (tags, 0);
  g_assert_null (dossier_annotations_page_get_tag (page));
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);

  /* Live: the workspace's changes show at once, undo included. */
  c = add (f, f->kidd, "science and technology alliance", "pink", "", NULL);
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 6);
  dossier_annotations_page_set_search_text (page, "verify");
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 0);
  {
    g_autoptr (DossierAnnotation) next = dossier_annotation_copy (c);
    g_autoptr (DossierWorkspaceEdit) edit = NULL;

    dossier_annotation_set_note (next, "Verify the S&T working group");
    edit = dossier_workspace_change_annotation (f->workspace, c, next);
    dossier_undo_stack_push (f->undo, edit);
  }
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 1);
  g_assert_true (dossier_undo_stack_undo (f->undo, &error));
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 0);
  dossier_annotations_page_set_search_text (page, NULL);
  g_assert_true (dossier_undo_stack_undo (f->undo, &error)); /* the addition of c */
  g_assert_no_error (error);
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);

  /* Activation: a row activated, a row selected by the analyst, and selection by code. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 5));
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_true (f->activated == b1);
  gtk_selection_model_select_item (gtk_list_view_get_model (list), 2, TRUE);
  g_assert_cmpuint (f->n_activated, ==, 2);
  g_assert_true (f->activated == a2);
  g_assert_true (dossier_annotations_page_select (page, a3));
  g_assert_true (dossier_annotations_page_get_selected (page) == a3);
  g_assert_cmpuint (f->n_activated, ==, 2);
  /* A header row is not an annotation: activating it only folds the group. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0));
  g_assert_cmpuint (f->n_activated, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==,
                    4);
  g_assert_true (dossier_annotations_page_select (page, a1)); /* opens the group again */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==,
                    7);

  /* An orphaned annotation says so; a document that is not open is named by its file. */
  {
    g_autoptr (DossierAnnotation) next = dossier_annotation_copy (b2);
    g_autoptr (DossierWorkspaceEdit) edit = NULL;

    dossier_annotation_set_orphaned (next, TRUE);
    edit = dossier_workspace_change_annotation (f->workspace, b2, next);
  }
  g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-annotations-page.png"), >,
                    15000);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-annotations-page-dark.png"), >,
                    15000);

  g_list_store_remove (corpus, 1);
  g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 2);
  {
    g_autofree char *t1 = dossier_annotations_page_dup_group_title (page, 1);
    g_assert_cmpstr (t1, ==, "02-scm-56-joint-communique-2024-10-30.txt");
  }
  ui_test_settle (300);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (f->window), "ui-annotations-not-open-dark.png"),
                    >, 15000);

  /* Another workspace replaces the list. */
  {
    g_autoptr (DossierWorkspace) other = dossier_workspace_new ();

    dossier_annotations_page_set_workspace (page, other);
    g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 0);
    g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 0);
    g_assert_null (dossier_annotations_page_get_selected (page));
    /* And back; the page keeps it until the window goes. */
    dossier_annotations_page_set_workspace (page, f->workspace);
    g_assert_cmpuint (dossier_annotations_page_get_n_visible (page), ==, 5);
    g_assert_cmpuint (dossier_annotations_page_get_n_groups (page), ==, 2);
  }
}

static void
on_css_error (GtkCssProvider *provider, GtkCssSection *section, GError *error, gpointer data)
{
  g_autofree char *where = gtk_css_section_to_string (section);
  g_error ("style.css: %s: %s", where, error->message);
}

int
main (int argc, char **argv)
{
  g_autoptr (GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* GNOME's interface font; Xvfb sessions have no settings daemon to provide it. */
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);
  /* The application loads the style sheet; these widgets are tested without it. */
  css = gtk_css_provider_new ();
  g_signal_connect (css, "parsing-error", G_CALLBACK (on_css_error), NULL);
  gtk_css_provider_load_from_resource (css, "/io/github/dossier/Dossier/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/dossier/ui/annotations/popover", Fixture, NULL, fixture_setup, test_popover,
              fixture_teardown);
  g_test_add ("/dossier/ui/annotations/page", Fixture, NULL, fixture_setup, test_page,
              fixture_teardown);
  return g_test_run ();
}
