/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dossier-atomic.h"
#include "dossier-export-annotations.h"
#include "dossier-import.h"
#include "dossier-link-review.h"
#include "dossier-window-private.h"

/* The workspace side of the window: the analyst's annotations and link decisions, saved to a
 * .dossier file, with a recovery copy in case Dossier or the machine stops before a save. */

#define RECOVERY_INTERVAL_SECONDS 30
#define WORKSPACE_MIME "application/x-dossier-workspace"

static void
update_workspace_title (DossierWindow *self)
{
  g_autofree char *name = dossier_workspace_dup_display_name (self->workspace);
  g_autofree char *subtitle = NULL;

  /* The bullet marks unsaved work, as GNOME editors do. */
  if (dossier_workspace_get_modified (self->workspace))
    subtitle = g_strdup_printf ("• %s", name);
  else
    subtitle = g_steal_pointer (&name);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workspace-save",
                                 dossier_workspace_get_modified (self->workspace)
                                     || dossier_workspace_get_file (self->workspace) == NULL);
}

static void
on_annotations_changed (DossierWindow *self)
{
  dossier_window_refresh_annotations (self);
}

static gboolean
save_recovery (gpointer data)
{
  DossierWindow *self = data;
  g_autoptr (GError) error = NULL;

  if (dossier_workspace_get_modified (self->workspace) && !dossier_workspace_save_recovery (self->workspace, &error))
    g_warning ("Could not save a recovery copy: %s", error->message);
  return G_SOURCE_CONTINUE;
}

/**
 * dossier_window_set_workspace:
 *
 * Makes @workspace the window's layer of annotations and decisions, with a fresh undo history.
 */
void
dossier_window_set_workspace (DossierWindow *self, DossierWorkspace *workspace)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (DOSSIER_IS_WORKSPACE (workspace));

  if (self->workspace)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->undo)
    g_signal_handlers_disconnect_by_data (self->undo, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->undo);
  self->undo = dossier_undo_stack_new (workspace);

  g_signal_connect_swapped (self->undo, "notify::can-undo", G_CALLBACK (dossier_window_update_undo_actions), self);
  g_signal_connect_swapped (self->undo, "notify::can-redo", G_CALLBACK (dossier_window_update_undo_actions), self);
  g_signal_connect_swapped (workspace, "notify::modified", G_CALLBACK (update_workspace_title), self);
  g_signal_connect_swapped (workspace, "notify::file", G_CALLBACK (update_workspace_title), self);
  g_signal_connect_swapped (workspace, "annotation-changed", G_CALLBACK (on_annotations_changed), self);
  g_signal_connect_swapped (dossier_workspace_get_annotations (workspace), "items-changed",
                            G_CALLBACK (on_annotations_changed), self);

  dossier_followthrough_view_set_undo_stack (self->followthrough, self->undo);
  dossier_annotation_popover_set_undo_stack (self->annotation_popover, self->undo);
  dossier_annotations_page_set_workspace (self->annotations_page, workspace);
  dossier_window_update_undo_actions (self);
  update_workspace_title (self);
  dossier_window_refresh_annotations (self);

  if (self->recovery_source == 0)
    self->recovery_source = g_timeout_add_seconds (RECOVERY_INTERVAL_SECONDS, save_recovery, self);
}

/**
 * dossier_window_get_workspace:
 *
 * Returns: (transfer none): the workspace
 */
DossierWorkspace *
dossier_window_get_workspace (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->workspace;
}

/* Called for each document the window opens: the workspace lists it and places its
 * annotations again if the text changed since they were made. */
void
dossier_window_workspace_add (DossierWindow *self, DossierDocument *document)
{
  guint orphaned = 0;

  dossier_workspace_add_document (self->workspace, document, &orphaned);
  if (orphaned > 0)
    {
      g_autofree char *message = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u annotation of “%s” no longer matches its text; it is kept as orphaned",
                       "%u annotations of “%s” no longer match their text; they are kept as orphaned", orphaned),
          orphaned, dossier_document_get_title (document));
      dossier_window_toast (self, message);
    }
}

typedef struct
{
  DossierWindow *window;
  gboolean close_after;
} SaveData;

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SaveData *data = user_data;
  g_autoptr (GError) error = NULL;

  if (!dossier_workspace_save_finish (DOSSIER_WORKSPACE (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the workspace: %s"), error->message);
      dossier_window_toast (data->window, message);
    }
  else
    {
      GFile *file = dossier_workspace_get_file (DOSSIER_WORKSPACE (source));
      g_autofree char *uri = g_file_get_uri (file);
      GtkRecentData recent = { 0 };

      recent.display_name = dossier_workspace_dup_display_name (DOSSIER_WORKSPACE (source));
      recent.mime_type = (char *) WORKSPACE_MIME;
      recent.app_name = (char *) g_get_application_name ();
      recent.app_exec = (char *) "dossier %u";
      gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &recent);
      g_free (recent.display_name);
      if (data->close_after)
        {
          data->window->closing = TRUE;
          gtk_window_close (GTK_WINDOW (data->window));
        }
    }
  g_object_unref (data->window);
  g_free (data);
}

static void
save_to (DossierWindow *self, GFile *file, gboolean close_after)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->close_after = close_after;
  dossier_window_store_view_state (self);
  dossier_workspace_save_async (self->workspace, file, NULL, on_saved, data);
}

typedef struct
{
  DossierWindow *window;
  gboolean close_after;
  int format; /* -1 workspace, 0 W3C, 1 Markdown */
} ChooserData;

static void
on_save_chooser_response (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  ChooserData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (data->format < 0)
        save_to (data->window, file, data->close_after);
      else
        {
          g_autofree char *text = data->format == 0 ? dossier_export_annotations_w3c_to_string (data->window->workspace)
                                                    : dossier_export_annotations_markdown (data->window->workspace);
          g_autofree char *path = g_file_get_path (file);
          g_autoptr (GError) error = NULL;

          if (path == NULL || !dossier_atomic_write (path, text, strlen (text), FALSE, &error))
            {
              g_autofree char *message = g_strdup_printf (_("Could not export the annotations: %s"),
                                                          error ? error->message : _("not a local file"));
              dossier_window_toast (data->window, message);
            }
          else
            dossier_window_toast (data->window, _("Annotations exported"));
        }
    }
  g_object_unref (dialog);
  g_object_unref (data->window);
  g_free (data);
}

static void
choose_save_file (DossierWindow *self, const char *title, const char *name, int format, gboolean close_after)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                              _("_Save"), _("_Cancel"));
  ChooserData *data = g_new0 (ChooserData, 1);

  data->window = g_object_ref (self);
  data->close_after = close_after;
  data->format = format;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_chooser_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * dossier_window_save_workspace_as:
 *
 * Saves the workspace with the view state to @file, in the background.
 */
void
dossier_window_save_workspace_as (DossierWindow *self, GFile *file)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  save_to (self, file, FALSE);
}

void
dossier_window_save_workspace (DossierWindow *self, gboolean close_after)
{
  if (dossier_workspace_get_file (self->workspace) != NULL)
    save_to (self, NULL, close_after);
  else
    choose_save_file (self, _("Save Workspace"), _("Briefing.dossier"), -1, close_after);
}

static void
save_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_window_save_workspace (DOSSIER_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget *widget, const char *name, GVariant *param)
{
  choose_save_file (DOSSIER_WINDOW (widget), _("Save Workspace As"), _("Briefing.dossier"), -1, FALSE);
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gboolean markdown = g_str_equal (g_variant_get_string (param, NULL), "markdown");

  choose_save_file (DOSSIER_WINDOW (widget), _("Export Annotations"),
                    markdown ? _("Annotations.md") : _("Annotations.jsonld"), markdown ? 1 : 0, FALSE);
}

static void
new_workspace_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr (DossierWorkspace) workspace = dossier_workspace_new ();

  /* A new workspace in the same window would drop unsaved work: use a new window. */
  if (dossier_workspace_get_modified (self->workspace))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      DossierWindow *window = dossier_window_new (DOSSIER_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  dossier_corpus_clear (self->corpus);
  dossier_window_set_workspace (self, workspace);
}

/* A workspace document whose file is gone: the analyst can point to it; its annotations are
 * kept meanwhile. */
static void
report_missing (DossierWindow *self, DossierWorkspaceDocument *entry)
{
  g_autofree char *title = g_markup_escape_text (dossier_workspace_document_get_title (entry), -1);
  g_autofree char *message = g_strdup_printf (_("“%s” is missing; its annotations are kept"), title);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Locate…"));
  adw_toast_set_action_name (toast, "win.locate-document");
  adw_toast_set_action_target_value (toast, g_variant_new_string (dossier_workspace_document_get_content_hash (entry)));
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * dossier_window_show_workspace:
 *
 * Makes @workspace the window's and opens its documents; the missing ones are reported with a
 * way to locate them.
 */
void
dossier_window_show_workspace (DossierWindow *self, DossierWorkspace *workspace)
{
  GListModel *docs = dossier_workspace_get_documents (workspace);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (docs);

  dossier_corpus_clear (self->corpus);
  dossier_window_set_workspace (self, workspace);
  self->restore_reader = TRUE;
  self->restore_timeline = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierWorkspaceDocument) entry = g_list_model_get_item (docs, i);
      GFile *file = dossier_workspace_document_get_file (entry);

      if (file != NULL && g_file_query_exists (file, NULL))
        g_ptr_array_add (files, g_object_ref (file));
      else
        report_missing (self, entry);
    }
  dossier_window_open_files (self, (GFile **) files->pdata, files->len);
}

typedef struct
{
  DossierWindow *window;
  char *hash;
} LocateData;

static void
on_located_import (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LocateData *data = user_data;
  DossierWindow *self = data->window;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = dossier_import_file_finish (result, &error);
  DossierWorkspaceDocument *entry = dossier_workspace_find_document (self->workspace, data->hash);

  if (doc == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open: %s"), error->message);
      dossier_window_toast (self, message);
    }
  else if (entry != NULL)
    {
      guint orphaned = dossier_workspace_attach_document (self->workspace, entry, doc);

      dossier_corpus_add (self->corpus, doc);
      if (orphaned > 0)
        {
          g_autofree char *message = g_strdup_printf (
              g_dngettext (GETTEXT_PACKAGE, "%u annotation no longer matches the text; it is kept as orphaned",
                           "%u annotations no longer match the text; they are kept as orphaned", orphaned),
              orphaned);
          dossier_window_toast (self, message);
        }
    }
  g_object_unref (data->window);
  g_free (data->hash);
  g_free (data);
}

static void
on_locate_response (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  LocateData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      dossier_import_file_async (file, NULL, NULL, NULL, on_located_import, data);
    }
  else
    {
      g_object_unref (data->window);
      g_free (data->hash);
      g_free (data);
    }
  g_object_unref (dialog);
}

static void
locate_document_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *hash = g_variant_get_string (param, NULL);
  DossierWorkspaceDocument *entry = dossier_workspace_find_document (self->workspace, hash);
  GtkFileChooserNative *dialog;
  LocateData *data;
  g_autofree char *title = NULL;

  if (entry == NULL)
    return;
  title = g_strdup_printf (_("Locate “%s”"), dossier_workspace_document_get_title (entry));
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  data = g_new0 (LocateData, 1);
  data->window = g_object_ref (self);
  data->hash = g_strdup (hash);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_locate_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * dossier_window_import_annotations:
 *
 * Places the W3C Web Annotations (or a Hypothesis export) in @data on the workspace's
 * documents, as one undoable step.
 *
 * Returns: how many were added
 */
guint
dossier_window_import_annotations (DossierWindow *self, const char *data, gsize length, GError **error)
{
  DossierAnnotationImportReport report = { 0 };
  g_autoptr (GPtrArray) annotations = dossier_export_annotations_import_w3c (self->workspace, data, length, &report, error);
  g_autoptr (GPtrArray) edits = NULL;
  g_autoptr (DossierWorkspaceEdit) group = NULL;
  g_autofree char *message = NULL;

  if (annotations == NULL)
    return 0;
  edits = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_workspace_edit_unref);
  for (guint i = 0; i < annotations->len; i++)
    {
      DossierWorkspaceEdit *edit = dossier_workspace_add_annotation (self->workspace, g_ptr_array_index (annotations, i));
      if (edit)
        g_ptr_array_add (edits, edit);
    }
  if (edits->len > 0)
    {
      group = dossier_workspace_edit_new_group ((DossierWorkspaceEdit *const *) edits->pdata, edits->len);
      dossier_undo_stack_push (self->undo, group);
    }
  message = g_strdup_printf (_("%u annotations imported, %u already present, %u without a matching document"),
                             edits->len, report.n_duplicates, report.n_unmatched + report.n_invalid);
  dossier_window_toast (self, message);
  return edits->len;
}

static void
on_import_response (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr (GError) error = NULL;

      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error)
          || (dossier_window_import_annotations (self, contents, length, &error) == 0 && error != NULL))
        {
          g_autofree char *message = g_strdup_printf (_("Could not import annotations: %s"), error->message);
          dossier_window_toast (self, message);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_annotations_action (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Import Annotations"), GTK_WINDOW (widget),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Web Annotations (JSON, JSON-LD)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_suffix (filter, "jsonld");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
recover_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr (GFile) recovery = g_file_new_for_path (g_variant_get_string (param, NULL));
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierWorkspace) workspace = dossier_workspace_load_recovery (recovery, &error);

  if (workspace == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not recover the workspace: %s"), error->message);
      dossier_window_toast (self, message);
      return;
    }
  dossier_window_show_workspace (self, workspace);
}

/**
 * dossier_window_offer_recovery:
 *
 * After a session that ended without saving, offers the newest recovery copy.
 */
void
dossier_window_offer_recovery (DossierWindow *self)
{
  g_autoptr (GPtrArray) recoveries = dossier_workspace_list_recoveries ();
  g_autofree char *path = NULL;
  AdwToast *toast;

  if (recoveries == NULL || recoveries->len == 0)
    return;
  path = g_file_get_path (g_ptr_array_index (recoveries, 0));
  if (path == NULL)
    return;
  toast = adw_toast_new (_("Unsaved work from an earlier session can be recovered"));
  adw_toast_set_button_label (toast, _("_Recover"));
  adw_toast_set_action_name (toast, "win.recover-workspace");
  adw_toast_set_action_target_value (toast, g_variant_new_string (path));
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

typedef struct
{
  DossierWindow *window;
  GFile *file;
} LoadData;

static void
on_workspace_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LoadData *data = user_data;
  DossierWindow *self = data->window;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierWorkspace) workspace = dossier_workspace_load_finish (result, &error);

  if (workspace == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the workspace: %s"), error->message);
      dossier_window_toast (self, message);
    }
  else
    dossier_window_show_workspace (self, workspace);
  g_object_unref (data->window);
  g_object_unref (data->file);
  g_free (data);
}

/**
 * dossier_window_open_workspace:
 *
 * Loads a workspace file and opens its documents; a document that cannot be found is
 * reported and its annotations are kept.
 */
void
dossier_window_open_workspace (DossierWindow *self, GFile *file)
{
  LoadData *data = g_new0 (LoadData, 1);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  dossier_workspace_load_async (file, NULL, on_workspace_loaded, data);
}

static void
on_open_chooser_response (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      dossier_window_open_workspace (self, file);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
open_workspace_action (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (widget),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Dossier workspaces"));
  gtk_file_filter_add_suffix (filter, "dossier");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_chooser_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_close_response (AdwMessageDialog *dialog, const char *response, DossierWindow *self)
{
  if (g_str_equal (response, "save"))
    dossier_window_save_workspace (self, TRUE);
  else if (g_str_equal (response, "discard"))
    {
      dossier_workspace_discard_recovery (self->workspace);
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/**
 * dossier_window_confirm_close:
 *
 * Returns: %TRUE if the window may close now; otherwise it asks about unsaved work first
 */
gboolean
dossier_window_confirm_close (DossierWindow *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;

  if (self->closing || !dossier_workspace_get_modified (self->workspace))
    return TRUE;

  name = dossier_workspace_dup_display_name (self->workspace);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has annotations or decisions that are not saved. Unsaved work is "
                                            "kept in a recovery copy only until you discard it."),
                                  name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
mark_commitment_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  guint start, end;

  if (!dossier_reader_view_get_selection (self->reader, &start, &end))
    {
      dossier_window_toast (self, _("Select the commitment in the reader first"));
      return;
    }
  g_set_object (&self->pending_source, dossier_reader_view_get_document (self->reader));
  self->pending_start = start;
  self->pending_end = end;
  dossier_window_toast (self, _("Commitment marked: now select what a later document reports and choose “Link to "
                                "Marked Commitment”"));
}

/**
 * dossier_window_link_selection_to_commitment:
 *
 * Adds a link by hand, from the marked commitment to the passage selected in the reader.
 *
 * Returns: whether a link was added
 */
gboolean
dossier_window_link_selection_to_commitment (DossierWindow *self)
{
  DossierDocument *target = dossier_reader_view_get_document (self->reader);
  g_autofree char *source_quote = NULL;
  g_autofree char *target_quote = NULL;
  g_autoptr (DossierLinkDecision) decision = NULL;
  g_autoptr (DossierWorkspaceEdit) edit = NULL;
  guint start, end;

  if (self->pending_source == NULL)
    {
      dossier_window_toast (self, _("Mark a commitment first"));
      return FALSE;
    }
  if (!dossier_reader_view_get_selection (self->reader, &start, &end) || target == self->pending_source)
    {
      dossier_window_toast (self, _("Select the outcome in another document"));
      return FALSE;
    }

  source_quote = dossier_document_dup_slice (self->pending_source, self->pending_start, self->pending_end);
  target_quote = dossier_document_dup_slice (target, start, end);
  decision = dossier_link_decision_new (DOSSIER_LINK_DECISION_ADDED,
                                        dossier_document_get_content_hash (self->pending_source), self->pending_start,
                                        self->pending_end, source_quote, dossier_document_get_content_hash (target),
                                        start, end, target_quote, dossier_link_status_to_string (DOSSIER_LINK_DELIVERED));
  edit = dossier_workspace_set_link_decision (self->workspace, decision);
  if (edit)
    dossier_undo_stack_push (self->undo, edit);
  g_clear_object (&self->pending_source);
  dossier_window_toast (self, _("Link added; change its status in Follow-through"));
  return TRUE;
}

static void
link_to_commitment_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_window_link_selection_to_commitment (DOSSIER_WINDOW (widget));
}

void
dossier_window_class_install_workspace_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.mark-commitment", NULL, mark_commitment_action);
  gtk_widget_class_install_action (widget_class, "win.locate-document", "s", locate_document_action);
  gtk_widget_class_install_action (widget_class, "win.import-annotations", NULL, import_annotations_action);
  gtk_widget_class_install_action (widget_class, "win.recover-workspace", "s", recover_action);
  gtk_widget_class_install_action (widget_class, "win.link-to-commitment", NULL, link_to_commitment_action);
  gtk_widget_class_install_action (widget_class, "win.workspace-new", NULL, new_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.workspace-open", NULL, open_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.workspace-save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.workspace-save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-annotations", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.workspace-save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.workspace-save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.workspace-save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.workspace-open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_O, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.workspace-open", NULL);
}
