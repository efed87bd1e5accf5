/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-document-row.h"
#include "dossier-import.h"
#include "dossier-link-inspector.h"
#include "dossier-window-private.h"

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_SHOW_ENTITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long the progress bar stays hidden for quick loads: a flash of it is noise. */
#define PROGRESS_DELAY_MS 150

/* One batch of files opened together: documents are added in the order they were given, once
 * all have loaded or failed, so the list does not shuffle by load speed. */
typedef struct
{
  DossierWindow *window; /* weak: cleared on dispose */
  GPtrArray *documents;  /* DossierDocument or NULL per file */
  guint pending;
  gboolean select_first;
} LoadBatch;

/* Reference-counted (g_rc_box): progress updates posted from the import thread may arrive after
 * the load finished, and must then find it marked done instead of freed. */
typedef struct
{
  LoadBatch *batch; /* valid while !done */
  guint index;
  GFile *file;
  double fraction; /* touched on the main thread only */
  gboolean done;
} Load;

typedef struct
{
  Load *load;
  double fraction;
} ProgressUpdate;

static void
load_clear (gpointer data)
{
  Load *load = data;
  g_clear_object (&load->file);
}

void
dossier_window_toast (DossierWindow *self, const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_progress (DossierWindow *self)
{
  double sum = 0;

  if (self->loads->len == 0)
    {
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      return;
    }
  for (guint i = 0; i < self->loads->len; i++)
    sum += ((Load *) g_ptr_array_index (self->loads, i))->fraction;
  gtk_progress_bar_set_fraction (self->progress_bar, sum / self->loads->len);
}

static gboolean
reveal_progress (gpointer data)
{
  DossierWindow *self = data;

  self->progress_source = 0;
  if (self->loads->len > 0)
    gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
apply_progress_update (gpointer data)
{
  ProgressUpdate *update = data;
  Load *load = update->load;

  if (!load->done && load->batch->window != NULL)
    {
      load->fraction = update->fraction;
      update_progress (load->batch->window);
    }
  return G_SOURCE_REMOVE;
}

static void
free_progress_update (gpointer data)
{
  ProgressUpdate *update = data;

  g_rc_box_release_full (update->load, load_clear);
  g_free (update);
}

/* Called in the import thread: hands the fraction to the main loop. */
static void
on_import_progress (double fraction, gpointer user_data)
{
  Load *load = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->load = g_rc_box_acquire (load);
  update->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, apply_progress_update, update, free_progress_update);
}

static void
update_title (DossierWindow *self)
{
  DossierDocument *doc = dossier_reader_view_get_document (self->reader);
  guint n = dossier_corpus_get_n_documents (self->corpus);
  g_autofree char *subtitle = NULL;

  if (doc == NULL)
    {
      adw_view_switcher_title_set_title (self->window_title, _("Dossier"));
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Dossier"));
      return;
    }
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);
  adw_view_switcher_title_set_title (self->window_title, dossier_document_get_title (doc));
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), dossier_document_get_title (doc));
}

static void
add_to_recent (DossierWindow *self, DossierDocument *doc)
{
  GFile *file = dossier_document_get_file (doc);
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
  GtkRecentData data = { 0 };
  const char *mime;

  if (uri == NULL)
    return;
  switch (dossier_document_get_format (doc))
    {
    case DOSSIER_FORMAT_PDF:
      mime = "application/pdf";
      break;
    case DOSSIER_FORMAT_HTML:
      mime = "text/html";
      break;
    case DOSSIER_FORMAT_TEXT:
    default:
      mime = "text/plain";
      break;
    }
  data.display_name = (char *) dossier_document_get_title (doc);
  data.mime_type = (char *) mime;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "dossier %u";
  gtk_recent_manager_add_full (self->recent, uri, &data);
}

static void
finish_batch (DossierWindow *self, LoadBatch *batch)
{
  gint first = -1;

  for (guint i = 0; i < batch->documents->len; i++)
    {
      DossierDocument *doc = g_ptr_array_index (batch->documents, i);
      DossierDocument *existing;
      guint position;

      if (doc == NULL)
        continue;
      existing = dossier_corpus_find_by_path (self->corpus, dossier_document_get_path (doc));
      if (existing == NULL)
        {
          dossier_window_workspace_add (self, doc);
          dossier_corpus_add (self->corpus, doc);
          existing = doc;
        }
      add_to_recent (self, existing);
      if (first < 0)
        {
          for (position = 0; position < dossier_corpus_get_n_documents (self->corpus); position++)
            if (dossier_corpus_get_document (self->corpus, position) == existing)
              first = position;
        }
    }
  if (first >= 0 && (batch->select_first || dossier_reader_view_get_document (self->reader) == NULL))
    dossier_window_select_document (self, first);

}

/* Failed loads leave NULL slots, which g_object_unref would complain about. */
static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
load_batch_free (LoadBatch *batch)
{
  g_clear_weak_pointer (&batch->window);
  g_ptr_array_unref (batch->documents);
  g_free (batch);
}

static void
on_import_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Load *load = user_data;
  LoadBatch *batch = load->batch;
  DossierWindow *self = batch->window;
  g_autoptr (GError) error = NULL;
  g_autoptr (DossierDocument) doc = dossier_import_file_finish (result, &error);

  if (self != NULL)
    {
      g_ptr_array_remove (self->loads, load);
      update_progress (self);

      if (doc == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not open: %s"), error->message);
          dossier_window_toast (self, message);
        }
      else if (doc != NULL && dossier_document_get_n_repairs (doc) > 0)
        {
          g_autofree char *message = g_strdup_printf (
              _("“%s” had invalid characters; they are shown as �"), dossier_document_get_title (doc));
          dossier_window_toast (self, message);
        }
    }

  if (doc != NULL)
    g_ptr_array_index (batch->documents, load->index) = g_object_ref (doc);

  load->done = TRUE;
  if (--batch->pending == 0)
    {
      if (self != NULL)
        finish_batch (self, batch);
      load_batch_free (batch);
    }
  load->batch = NULL;
  g_rc_box_release_full (load, load_clear);
}

/**
 * dossier_window_open_files:
 *
 * Opens documents off the main thread, showing progress; failures become toasts and leave the
 * documents already open untouched.
 */
void
dossier_window_open_files (DossierWindow *self, GFile **files, guint n_files)
{
  LoadBatch *batch;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (n_files == 0)
    return;

  /* A workspace among the files opens as a workspace, not as a statement. */
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      if (name && g_str_has_suffix (name, ".dossier"))
        {
          dossier_window_open_workspace (self, files[i]);
          return;
        }
    }

  batch = g_new0 (LoadBatch, 1);
  g_set_weak_pointer (&batch->window, self);
  batch->documents = g_ptr_array_new_full (n_files, unref_if_set);
  g_ptr_array_set_size (batch->documents, n_files);
  batch->pending = n_files;
  batch->select_first = TRUE;

  for (guint i = 0; i < n_files; i++)
    {
      Load *load = g_rc_box_new0 (Load);

      load->batch = batch;
      load->index = i;
      load->file = g_object_ref (files[i]);
      g_ptr_array_add (self->loads, load);
      dossier_import_file_async (files[i], on_import_progress, load, self->cancellable, on_import_done, load);
    }

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, reveal_progress, self);
}

void
dossier_window_open_sample (DossierWindow *self)
{
  g_autoptr (GPtrArray) files = dossier_application_dup_sample_files ();

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (files->len == 0)
    {
      dossier_window_toast (self, _("The sample briefing is not installed"));
      return;
    }
  dossier_window_open_files (self, (GFile **) files->pdata, files->len);
}

/**
 * dossier_window_get_corpus:
 *
 * Returns: (transfer none): the open documents
 */
DossierCorpus *
dossier_window_get_corpus (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->corpus;
}

/**
 * dossier_window_get_reader:
 *
 * Returns: (transfer none): the reader view
 */
DossierReaderView *
dossier_window_get_reader (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->reader;
}

guint
dossier_window_get_n_loading (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), 0);
  return self->loads->len;
}

void
dossier_window_select_document (DossierWindow *self, guint position)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (position < dossier_corpus_get_n_documents (self->corpus))
    gtk_single_selection_set_selected (self->selection, position);
}

static void
update_match_label (DossierWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = dossier_reader_view_get_n_matches (self->reader);
  int current = dossier_reader_view_get_current_match (self->reader);
  g_autofree char *label = NULL;

  if (text[0] == '\0')
    label = g_strdup ("");
  else if (n == 0)
    label = g_strdup (_("No matches"));
  else
    /* Translators: "3 of 12" matches */
    label = g_strdup_printf (_("%d of %u"), current + 1, n);
  gtk_label_set_text (self->match_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-next", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-previous", n > 0);
}

void
dossier_window_find (DossierWindow *self, const char *text)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  dossier_reader_view_find (self->reader, text);
  update_match_label (self);
}

static void
on_search_changed (DossierWindow *self, GtkSearchEntry *entry)
{
  dossier_reader_view_find (self->reader, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_match_label (self);
}

static void
on_search_activate (DossierWindow *self, GtkSearchEntry *entry)
{
  dossier_reader_view_find_next (self->reader, FALSE);
}

static void
on_search_next (DossierWindow *self, GtkSearchEntry *entry)
{
  dossier_reader_view_find_next (self->reader, FALSE);
}

static void
on_search_previous (DossierWindow *self, GtkSearchEntry *entry)
{
  dossier_reader_view_find_next (self->reader, TRUE);
}

static void
on_search_stop (DossierWindow *self, GtkSearchEntry *entry)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->reader));
}

static gboolean
on_search_key (GtkEventControllerKey *controller, guint keyval, guint keycode, GdkModifierType state, DossierWindow *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      dossier_reader_view_find_next (self->reader, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
on_search_mode (DossierWindow *self, GParamSpec *pspec, GtkSearchBar *bar)
{
  if (!gtk_search_bar_get_search_mode (bar))
    {
      dossier_reader_view_find (self->reader, NULL);
      update_match_label (self);
    }
}

static void
on_bench_after_paint (GdkFrameClock *clock, DossierWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gint64 start = dossier_application_get_start_time (DOSSIER_APPLICATION (app));

  g_signal_handlers_disconnect_by_func (clock, on_bench_after_paint, self);
  g_print ("%.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  g_application_quit (G_APPLICATION (app));
}

/* --bench-startup: the time from process start to the first frame that shows a document. */
static void
maybe_report_first_frame (DossierWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GdkFrameClock *clock;

  if (app == NULL || !dossier_application_get_bench_startup (DOSSIER_APPLICATION (app))
      || self->bench_reported)
    return;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    return;
  self->bench_reported = TRUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_bench_after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_selection_changed (DossierWindow *self)
{
  DossierDocument *doc = gtk_single_selection_get_selected_item (self->selection);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  dossier_reader_view_set_document (self->reader, doc);
  dossier_window_refresh_annotations (self);
  dossier_entity_sidebar_set_document (self->entity_sidebar, doc);
  if (gtk_search_bar_get_search_mode (self->search_bar) && query[0])
    dossier_reader_view_find (self->reader, query);
  update_match_label (self);
  update_title (self);
  dossier_window_update_actions (self);
  if (doc != NULL)
    maybe_report_first_frame (self);
}

static void
on_corpus_changed (DossierWindow *self)
{
  guint n = dossier_corpus_get_n_documents (self->corpus);

  dossier_window_schedule_analysis (self);
  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "documents" : "empty");
  update_title (self);
  dossier_window_update_actions (self);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_list_item_set_child (item, dossier_document_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  dossier_document_row_set_document (DOSSIER_DOCUMENT_ROW (gtk_list_item_get_child (item)),
                                     gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  dossier_document_row_set_document (DOSSIER_DOCUMENT_ROW (gtk_list_item_get_child (item)), NULL);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, DossierWindow *self)
{
  GSList *list;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);
  dossier_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

static void
save_state (DossierWindow *self)
{
  g_autoptr (GStrvBuilder) paths = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "sidebar-visible", adw_flap_get_reveal_flap (self->flap));
  g_settings_set_double (self->settings, "zoom", dossier_reader_view_get_zoom (self->reader));
  for (guint i = 0; i < dossier_corpus_get_n_documents (self->corpus); i++)
    {
      GFile *file = dossier_document_get_file (dossier_corpus_get_document (self->corpus, i));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path)
        g_strv_builder_add (paths, path);
    }
  strv = g_strv_builder_end (paths);
  g_settings_set_strv (self->settings, "open-documents", (const char *const *) strv);
  g_settings_apply (self->settings);
}

static gboolean
dossier_window_close_request (GtkWindow *window)
{
  DossierWindow *self = DOSSIER_WINDOW (window);

  if (!dossier_window_confirm_close (self))
    return TRUE;
  g_cancellable_cancel (self->cancellable);
  save_state (self);
  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->analysis_source, g_source_remove);
  g_clear_handle_id (&self->recovery_source, g_source_remove);
  if (self->workspace)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->undo)
    g_signal_handlers_disconnect_by_data (self->undo, self);
  if (self->recent)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_finalize (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  /* Loads still running keep their own state and find the window gone. */
  g_clear_pointer (&self->loads, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->analysis_cancellable);
  g_clear_object (&self->analysis);
  g_clear_object (&self->undo);
  g_clear_object (&self->workspace);
  g_clear_object (&self->pending_source);
  G_OBJECT_CLASS (dossier_window_parent_class)->finalize (object);
}

static void
dossier_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_ENTITIES:
      /* The action muxer reads this before the template has built the reader. */
      g_value_set_boolean (value, self->reader && dossier_reader_view_get_show_entities (self->reader));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_ENTITIES:
      if (dossier_reader_view_get_show_entities (self->reader) != g_value_get_boolean (value))
        {
          dossier_reader_view_set_show_entities (self->reader, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  object_class->finalize = dossier_window_finalize;
  object_class->get_property = dossier_window_get_property;
  object_class->set_property = dossier_window_set_property;

  /* Inline entity colours in the reader, as a checkable menu item. */
  properties[PROP_SHOW_ENTITIES] = g_param_spec_boolean ("show-entities", NULL, NULL, FALSE,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                            | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = dossier_window_close_request;

  g_type_ensure (DOSSIER_TYPE_READER_VIEW);
  g_type_ensure (DOSSIER_TYPE_ENTITY_SIDEBAR);
  g_type_ensure (DOSSIER_TYPE_TIMELINE_PAGE);
  g_type_ensure (DOSSIER_TYPE_FOLLOWTHROUGH_VIEW);
  g_type_ensure (DOSSIER_TYPE_ANNOTATIONS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dossier/Dossier/ui/dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, document_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, reader_scroller);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, content_paned);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, entity_sidebar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, followthrough);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, annotations_page);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_next);
  gtk_widget_class_bind_template_callback (widget_class, on_search_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);

  dossier_window_class_install_actions (widget_class);
  dossier_window_class_install_workspace_actions (widget_class);
}

static void
dossier_window_init (DossierWindow *self)
{
  GtkListItemFactory *factory;
  GtkDropTarget *drop;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->loads = g_ptr_array_new ();
  self->corpus = dossier_corpus_new ();
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->corpus)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->corpus, "items-changed", G_CALLBACK (on_corpus_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->document_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->document_list, GTK_SELECTION_MODEL (self->selection));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode), self);

  dossier_window_connect_views (self);

  self->recent = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent, "changed", G_CALLBACK (dossier_window_rebuild_recent_menu), self);
  dossier_window_rebuild_recent_menu (self);

  on_corpus_changed (self);
  update_match_label (self);
}

DossierWindow *
dossier_window_new (DossierApplication *application)
{
  DossierWindow *self = g_object_new (DOSSIER_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = dossier_application_get_settings (application);

  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (settings, "sidebar-visible"));
  dossier_reader_view_set_zoom (self->reader, g_settings_get_double (settings, "zoom"));
  return self;
}
