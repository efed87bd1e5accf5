/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-link-inspector.h"

/* Both passages of a link side by side, the words they share marked, and the analyst's
 * verdict: confirm, reject, or set another status. Decisions go to the workspace through the
 * undo stack, so they survive re-analysis and can be undone. */
struct _DossierLinkInspector
{
  AdwWindow parent_instance;

  DossierLink *link;
  DossierUndoStack *undo;
  gboolean updating;

  AdwWindowTitle *window_title;
  GtkDropDown *status_dropdown;
  GtkLabel *info_label;
  GtkLabel *decision_label;
  GtkLabel *source_caption;
  GtkLabel *target_caption;
  GtkTextView *source_view;
  GtkTextView *target_view;
};

G_DEFINE_FINAL_TYPE (DossierLinkInspector, dossier_link_inspector, ADW_TYPE_WINDOW)

enum
{
  SHOW_PASSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_view (GtkTextView *view, const char *text, guint base, const DossierRange *spans, guint n_spans)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  guint length;

  gtk_text_buffer_set_text (buffer, text, -1);
  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "shared") == NULL)
    gtk_text_buffer_create_tag (buffer, "shared", "background-rgba", &(GdkRGBA){ 0.97, 0.83, 0.12, 0.45 },
                                "weight", PANGO_WEIGHT_BOLD, NULL);
  length = gtk_text_buffer_get_char_count (buffer);
  for (guint i = 0; i < n_spans; i++)
    {
      GtkTextIter s, e;

      /* Spans are document offsets; the view holds the sentence alone. */
      if (spans[i].start < base || spans[i].end - base > length)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &s, spans[i].start - base);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, spans[i].end - base);
      gtk_text_buffer_apply_tag_by_name (buffer, "shared", &s, &e);
    }
}

static char *
caption (const char *role, DossierDocument *doc)
{
  const char *meeting = dossier_document_get_meeting (doc);

  /* Translators: "Commitment — 24th KIDD" */
  return g_strdup_printf (_("%s — %s"), role, meeting ? meeting : dossier_document_get_title (doc));
}

static void
update (DossierLinkInspector *self)
{
  DossierLinkReview review;
  guint n;
  const DossierRange *spans;
  g_autofree char *info = NULL;
  g_autofree char *sc = caption (_("Commitment"), dossier_link_get_source_document (self->link));
  g_autofree char *tc = caption (_("Outcome"), dossier_link_get_target_document (self->link));

  dossier_link_review_get (dossier_undo_stack_get_workspace (self->undo), self->link, &review);
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, review.status);
  self->updating = FALSE;

  if (dossier_link_get_topic (self->link))
    info = g_strdup_printf (_("Score %.2f · Shared topic: %s"), dossier_link_get_score (self->link),
                            dossier_link_get_topic (self->link));
  else
    info = g_strdup_printf (_("Score %.2f"), dossier_link_get_score (self->link));
  gtk_label_set_text (self->info_label, info);
  gtk_label_set_text (self->decision_label, review.rejected ? _("Rejected") : review.confirmed ? _("Confirmed") : "");

  gtk_label_set_text (self->source_caption, sc);
  gtk_label_set_text (self->target_caption, tc);
  spans = dossier_link_get_source_highlights (self->link, &n);
  fill_view (self->source_view, dossier_link_get_source_text (self->link), dossier_link_get_source_start (self->link),
             spans, n);
  spans = dossier_link_get_target_highlights (self->link, &n);
  fill_view (self->target_view, dossier_link_get_target_text (self->link), dossier_link_get_target_start (self->link),
             spans, n);
}

void
dossier_link_inspector_decide (DossierLinkInspector *self, DossierLinkDecisionKind kind, DossierLinkStatus status)
{
  g_autoptr (DossierWorkspaceEdit) edit = NULL;

  g_return_if_fail (DOSSIER_IS_LINK_INSPECTOR (self));

  edit = dossier_link_review_decide (dossier_undo_stack_get_workspace (self->undo), self->link, kind, status);
  if (edit)
    dossier_undo_stack_push (self->undo, edit);
  update (self);
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierLinkInspector *self = DOSSIER_LINK_INSPECTOR (widget);
  dossier_link_inspector_decide (self, DOSSIER_LINK_DECISION_CONFIRMED, gtk_drop_down_get_selected (self->status_dropdown));
}

static void
reject_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierLinkInspector *self = DOSSIER_LINK_INSPECTOR (widget);
  dossier_link_inspector_decide (self, DOSSIER_LINK_DECISION_REJECTED, dossier_link_get_status (self->link));
}

static void
show_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierLinkInspector *self = DOSSIER_LINK_INSPECTOR (widget);

  if (g_str_equal (name, "inspector.show-source"))
    g_signal_emit (self, signals[SHOW_PASSAGE], 0, dossier_link_get_source_document (self->link),
                   dossier_link_get_source_start (self->link), dossier_link_get_source_end (self->link));
  else
    g_signal_emit (self, signals[SHOW_PASSAGE], 0, dossier_link_get_target_document (self->link),
                   dossier_link_get_target_start (self->link), dossier_link_get_target_end (self->link));
}

static void
on_status_selected (DossierLinkInspector *self)
{
  DossierLinkReview review;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  dossier_link_review_get (dossier_undo_stack_get_workspace (self->undo), self->link, &review);
  if (selected == review.status)
    return;
  dossier_link_inspector_decide (self, DOSSIER_LINK_DECISION_STATUS_CHANGED, selected);
}

/**
 * dossier_link_inspector_get_link:
 *
 * Returns: (transfer none): the link inspected
 */
DossierLink *
dossier_link_inspector_get_link (DossierLinkInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_LINK_INSPECTOR (self), NULL);
  return self->link;
}

static void
dossier_link_inspector_dispose (GObject *object)
{
  DossierLinkInspector *self = DOSSIER_LINK_INSPECTOR (object);

  g_clear_object (&self->link);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_LINK_INSPECTOR);
  G_OBJECT_CLASS (dossier_link_inspector_parent_class)->dispose (object);
}

static void
dossier_link_inspector_class_init (DossierLinkInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_link_inspector_dispose;

  /**
   * DossierLinkInspector::show-passage:
   */
  signals[SHOW_PASSAGE] = g_signal_new ("show-passage", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 3, DOSSIER_TYPE_DOCUMENT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dossier/Dossier/ui/dossier-link-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, info_label);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, decision_label);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, source_caption);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, target_caption);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, source_view);
  gtk_widget_class_bind_template_child (widget_class, DossierLinkInspector, target_view);

  gtk_widget_class_install_action (widget_class, "inspector.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "inspector.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "inspector.show-source", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "inspector.show-target", NULL, show_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_link_inspector_init (DossierLinkInspector *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* In DossierLinkStatus order, so the position is the status. */
  for (guint s = 0; s < DOSSIER_N_LINK_STATUSES; s++)
    gtk_string_list_append (statuses, dossier_link_status_to_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected), self);
}

DossierLinkInspector *
dossier_link_inspector_new (GtkWindow *parent, DossierLink *link, DossierUndoStack *undo)
{
  DossierLinkInspector *self = g_object_new (DOSSIER_TYPE_LINK_INSPECTOR, "transient-for", parent, NULL);

  self->link = g_object_ref (link);
  self->undo = g_object_ref (undo);
  update (self);
  return self;
}
