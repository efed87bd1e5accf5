/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-window-private.h"

#define ZOOM_STEP 1.1
#define MAX_RECENT_ITEMS 10

static void
on_open_response (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  DossierWindow *self = DOSSIER_WINDOW (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      dossier_window_open_files (self, (GFile **) array->pdata, array->len);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
open_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) statements = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Documents"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);

  gtk_file_filter_set_name (statements, _("Statements (text, Markdown, HTML, PDF)"));
  gtk_file_filter_add_mime_type (statements, "text/plain");
  gtk_file_filter_add_mime_type (statements, "text/markdown");
  gtk_file_filter_add_mime_type (statements, "text/html");
  gtk_file_filter_add_mime_type (statements, "application/pdf");
  gtk_file_filter_add_suffix (statements, "txt");
  gtk_file_filter_add_suffix (statements, "md");
  gtk_file_filter_add_suffix (statements, "html");
  gtk_file_filter_add_suffix (statements, "htm");
  gtk_file_filter_add_suffix (statements, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), statements);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_sample_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_window_open_sample (DOSSIER_WINDOW (widget));
}

static void
open_recent_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  dossier_window_open_files (DOSSIER_WINDOW (widget), &file, 1);
}

static void
close_document_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  DossierDocument *doc = dossier_corpus_get_document (self->corpus, position);

  if (doc != NULL)
    dossier_corpus_remove (self->corpus, doc);
}

static void
step_document (DossierWindow *self, int step)
{
  guint n = dossier_corpus_get_n_documents (self->corpus);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (n == 0 || position == GTK_INVALID_LIST_POSITION)
    return;
  dossier_window_select_document (self, (position + n + step) % n);
}

static void
next_document_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_document (DOSSIER_WINDOW (widget), 1);
}

static void
previous_document_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step_document (DOSSIER_WINDOW (widget), -1);
}

static void
find_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_reader_view_find_next (DOSSIER_WINDOW (widget)->reader, FALSE);
}

static void
find_previous_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_reader_view_find_next (DOSSIER_WINDOW (widget)->reader, TRUE);
}

static void
zoom_in_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierReaderView *reader = DOSSIER_WINDOW (widget)->reader;
  dossier_reader_view_set_zoom (reader, dossier_reader_view_get_zoom (reader) * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierReaderView *reader = DOSSIER_WINDOW (widget)->reader;
  dossier_reader_view_set_zoom (reader, dossier_reader_view_get_zoom (reader) / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_reader_view_set_zoom (DOSSIER_WINDOW (widget)->reader, 1.0);
}

static void
toggle_sidebar_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
toggle_entities_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  GtkWidget *sidebar = GTK_WIDGET (self->entity_sidebar);
  gboolean show = !gtk_widget_get_visible (sidebar);

  gtk_widget_set_visible (sidebar, show);
  if (show)
    dossier_entity_sidebar_focus_filter (self->entity_sidebar);
}

static void
show_page_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *page = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gboolean ok = g_str_equal (name, "win.undo") ? dossier_undo_stack_undo (self->undo, &error)
                                               : dossier_undo_stack_redo (self->undo, &error);

  if (!ok)
    dossier_window_toast (self, error->message);
}

static void
reanalyse_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_window_reanalyse (DOSSIER_WINDOW (widget));
}

static void
annotate_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (!dossier_window_annotate_selection (self))
    dossier_window_toast (self, _("Select a passage in the reader to annotate it"));
}

static void
show_menu_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_menu_button_popup (DOSSIER_WINDOW (widget)->menu_button);
}

void
dossier_window_update_actions (DossierWindow *self)
{
  gboolean has_doc = dossier_reader_view_get_document (self->reader) != NULL;
  gboolean several = dossier_corpus_get_n_documents (self->corpus) > 1;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.close-document", has_doc);
  gtk_widget_action_set_enabled (widget, "win.find", has_doc);
  gtk_widget_action_set_enabled (widget, "win.next-document", several);
  gtk_widget_action_set_enabled (widget, "win.previous-document", several);
  gtk_widget_action_set_enabled (widget, "win.toggle-sidebar", has_doc);
}

void
dossier_window_rebuild_recent_menu (DossierWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  const char *app_name = g_get_application_name ();
  guint n = 0;

  g_menu_remove_all (self->recent_section);
  for (GList *l = items; l && n < MAX_RECENT_ITEMS; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr (GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, app_name) || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    {
      g_autoptr (GMenuItem) none = g_menu_item_new (_("No Recent Documents"), "win.no-recent");
      g_menu_append_item (self->recent_section, none);
    }
}

static void
no_recent_action (GtkWidget *widget, const char *name, GVariant *param)
{
}

void
dossier_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_action);
  gtk_widget_class_install_action (widget_class, "win.close-document", NULL, close_document_action);
  gtk_widget_class_install_action (widget_class, "win.next-document", NULL, next_document_action);
  gtk_widget_class_install_action (widget_class, "win.previous-document", NULL, previous_document_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_previous_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-entities", NULL, toggle_entities_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "win.reanalyse", NULL, reanalyse_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-entities", "show-entities");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close-document", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-document", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-document", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.toggle-entities", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reanalyse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "reader");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "follow-through");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "annotations");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.annotate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.show-entities", NULL);
}
