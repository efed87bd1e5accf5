/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "dossier-link-inspector.h"
#include "dossier-window-private.h"

/* How the window's views lead into each other: an entity, an event, a link or an annotation
 * chosen in one view opens its passage in the reader; selecting text offers to annotate it. */

/**
 * dossier_window_get_entity_sidebar:
 *
 * Returns: (transfer none): the entity sidebar
 */
DossierEntitySidebar *
dossier_window_get_entity_sidebar (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->entity_sidebar;
}

/**
 * dossier_window_get_timeline_view:
 *
 * Returns: (transfer none): the timeline widget
 */
DossierTimelineView *
dossier_window_get_timeline_view (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return dossier_timeline_page_get_view (self->timeline_page);
}

/**
 * dossier_window_show_passage:
 *
 * Shows @document in the reader with text[start, end) marked and in view.
 */
void
dossier_window_show_passage (DossierWindow *self, DossierDocument *document, guint start, guint end)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  for (guint i = 0; i < dossier_corpus_get_n_documents (self->corpus); i++)
    if (dossier_corpus_get_document (self->corpus, i) == document)
      {
        dossier_window_select_document (self, i);
        dossier_reader_view_select_range (self->reader, start, end);
        return;
      }
}

static void
on_entity_selected (DossierWindow *self)
{
  DossierEntity *entity = dossier_entity_sidebar_get_selected (self->entity_sidebar);

  dossier_reader_view_set_highlighted_entity (self->reader, entity);
  dossier_timeline_page_set_entity (self->timeline_page, entity);
  dossier_followthrough_view_set_entity (self->followthrough, entity);
}

static void
on_inspector_show_passage (DossierWindow *self, DossierDocument *document, guint start, guint end)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  dossier_window_show_passage (self, document, start, end);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * dossier_window_inspect_link:
 *
 * Returns: (transfer none): the inspector window opened for @link
 */
GtkWindow *
dossier_window_inspect_link (DossierWindow *self, DossierLink *link)
{
  DossierLinkInspector *inspector;

  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);

  inspector = dossier_link_inspector_new (GTK_WINDOW (self), link, self->undo);
  g_signal_connect_object (inspector, "show-passage", G_CALLBACK (on_inspector_show_passage), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (inspector));
  return GTK_WINDOW (inspector);
}

/**
 * dossier_window_annotate_selection:
 *
 * Opens the annotation popover on the reader's selection.
 *
 * Returns: whether there was a selection to annotate
 */
gboolean
dossier_window_annotate_selection (DossierWindow *self)
{
  DossierDocument *doc = dossier_reader_view_get_document (self->reader);
  GdkRectangle rect;
  guint start, end;

  /* A popover needs its window on a monitor. */
  if (doc == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self->reader))
      || !dossier_reader_view_get_selection (self->reader, &start, &end))
    return FALSE;
  dossier_annotation_popover_edit_new (self->annotation_popover, doc, start, end);
  dossier_reader_view_get_range_rect (self->reader, start, end, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->annotation_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->annotation_popover));
  return TRUE;
}

/**
 * dossier_window_get_annotation_popover:
 *
 * Returns: (transfer none): the popover that creates and edits annotations
 */
DossierAnnotationPopover *
dossier_window_get_annotation_popover (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->annotation_popover;
}

/**
 * dossier_window_get_annotations_page:
 *
 * Returns: (transfer none): the annotations panel
 */
DossierAnnotationsPage *
dossier_window_get_annotations_page (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->annotations_page;
}

static void
edit_annotation (DossierWindow *self, DossierAnnotation *annotation)
{
  GdkRectangle rect;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->reader)))
    return;
  dossier_annotation_popover_edit_existing (self->annotation_popover, annotation);
  dossier_reader_view_get_range_rect (self->reader, dossier_annotation_get_start (annotation),
                                      dossier_annotation_get_end (annotation), &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->annotation_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->annotation_popover));
  dossier_annotations_page_select (self->annotations_page, annotation);
}

static void
on_reader_released (DossierWindow *self, int n_press, double x, double y, GtkGestureClick *gesture)
{
  guint start, end;
  int bx, by;
  GtkTextIter iter;
  DossierAnnotation *annotation;

  if (n_press != 1)
    return;
  if (dossier_reader_view_get_selection (self->reader, &start, &end))
    {
      dossier_window_annotate_selection (self);
      return;
    }
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self->reader), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self->reader), &iter, bx, by))
    return;
  annotation = dossier_reader_view_get_annotation_at (self->reader, gtk_text_iter_get_offset (&iter));
  if (annotation != NULL)
    edit_annotation (self, annotation);
}

static void
on_reader_scrolled (DossierWindow *self)
{
  /* The popover's arrow does not follow the text. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->annotation_popover)))
    gtk_popover_popdown (GTK_POPOVER (self->annotation_popover));
}

static void
on_annotation_done (DossierWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->reader));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_select_range (buffer, &iter, &iter);
}

static void
on_annotation_activated (DossierWindow *self, DossierAnnotation *annotation)
{
  const char *hash = dossier_annotation_get_document_hash (annotation);
  DossierDocument *doc = dossier_corpus_find_by_hash (self->corpus, hash);

  if (dossier_annotation_get_orphaned (annotation))
    {
      dossier_window_toast (self, _("This annotation's text is no longer in the document"));
      return;
    }
  if (doc == NULL)
    {
      dossier_window_toast (self, _("The document of this annotation is not open"));
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  dossier_window_show_passage (self, doc, dossier_annotation_get_start (annotation),
                               dossier_annotation_get_end (annotation));
}

static void
on_link_activated (DossierWindow *self, DossierLink *link)
{
  dossier_window_inspect_link (self, link);
}

static void
on_passage_activated (DossierWindow *self, DossierDocument *document, guint start, guint end)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  dossier_window_show_passage (self, document, start, end);
}

/**
 * dossier_window_get_followthrough:
 *
 * Returns: (transfer none): the follow-through view
 */
DossierFollowthroughView *
dossier_window_get_followthrough (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->followthrough;
}

/**
 * dossier_window_get_undo_stack:
 *
 * Returns: (transfer none): the window's undo stack
 */
DossierUndoStack *
dossier_window_get_undo_stack (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->undo;
}

/**
 * dossier_window_refresh_annotations:
 *
 * Shows the workspace's annotations of the shown document in the reader.
 */
void
dossier_window_refresh_annotations (DossierWindow *self)
{
  DossierDocument *doc = self->reader ? dossier_reader_view_get_document (self->reader) : NULL;
  g_autoptr (GPtrArray) annotations = NULL;

  if (doc == NULL || self->workspace == NULL)
    return;
  annotations = dossier_workspace_dup_annotations_for_document (self->workspace, dossier_document_get_content_hash (doc));
  dossier_reader_view_set_annotations (self->reader, annotations);
}

/* The open document, where the reader is in it and the timeline's span, kept with the
 * workspace. */
void
dossier_window_store_view_state (DossierWindow *self)
{
  DossierDocument *doc = dossier_reader_view_get_document (self->reader);
  DossierTimelineState *state = dossier_timeline_view_get_state (dossier_timeline_page_get_view (self->timeline_page));
  double span[2] = { dossier_timeline_state_get_start (state), dossier_timeline_state_get_end (state) };
  char iso[2][16];

  if (doc != NULL)
    {
      dossier_workspace_set_open_document (self->workspace, dossier_document_get_content_hash (doc));
      dossier_workspace_set_scroll_offset (self->workspace, dossier_document_get_content_hash (doc),
                                           dossier_reader_view_get_top_offset (self->reader));
    }
  for (guint i = 0; i < 2; i++)
    {
      int y, m, d;
      dossier_time_scale_day_to_ymd (span[i], &y, &m, &d);
      g_snprintf (iso[i], sizeof iso[i], "%04d-%02d-%02d", y, m, d);
    }
  if (span[1] > span[0])
    dossier_workspace_set_timeline_range (self->workspace, iso[0], iso[1]);
}

void
dossier_window_restore_reader_state (DossierWindow *self)
{
  const char *hash = dossier_workspace_get_open_document (self->workspace);
  guint offset = 0;

  self->restore_reader = FALSE;
  for (guint i = 0; hash && i < dossier_corpus_get_n_documents (self->corpus); i++)
    {
      DossierDocument *doc = dossier_corpus_get_document (self->corpus, i);
      if (g_strcmp0 (dossier_document_get_content_hash (doc), hash) == 0)
        {
          dossier_window_select_document (self, i);
          if (dossier_workspace_get_scroll_offset (self->workspace, hash, &offset))
            dossier_reader_view_scroll_to_offset (self->reader, offset);
          return;
        }
    }
}

void
dossier_window_restore_timeline_state (DossierWindow *self)
{
  const char *start = NULL, *end = NULL;
  int y0, m0, d0, y1, m1, d1;

  self->restore_timeline = FALSE;
  dossier_workspace_get_timeline_range (self->workspace, &start, &end);
  if (start && end && sscanf (start, "%d-%d-%d", &y0, &m0, &d0) == 3 && sscanf (end, "%d-%d-%d", &y1, &m1, &d1) == 3)
    dossier_timeline_view_show_range (dossier_timeline_page_get_view (self->timeline_page),
                                      dossier_time_scale_day_from_ymd (y0, m0, d0),
                                      dossier_time_scale_day_from_ymd (y1, m1, d1), FALSE);
}

void
dossier_window_update_undo_actions (DossierWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", dossier_undo_stack_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", dossier_undo_stack_get_can_redo (self->undo));
}

static void
on_event_activated (DossierWindow *self, DossierEvent *event)
{
  guint start, end;

  dossier_event_get_focus (event, &start, &end);
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  dossier_window_show_passage (self, dossier_event_get_document (event), start, end);
}

static void
on_mention_activated (DossierWindow *self, DossierDocument *document, guint start, guint end)
{
  dossier_window_show_passage (self, document, start, end);
}

/* Called once from the window's init, after the template is built. */
void
dossier_window_connect_views (DossierWindow *self)
{
  g_signal_connect_swapped (self->entity_sidebar, "notify::selected", G_CALLBACK (on_entity_selected), self);
  g_signal_connect_swapped (self->entity_sidebar, "mention-activated", G_CALLBACK (on_mention_activated), self);
  g_signal_connect_swapped (self->timeline_page, "event-activated", G_CALLBACK (on_event_activated), self);
  g_signal_connect_swapped (self->timeline_page, "link-activated", G_CALLBACK (on_link_activated), self);
  g_signal_connect_swapped (self->followthrough, "link-activated", G_CALLBACK (on_link_activated), self);
  g_signal_connect_swapped (self->followthrough, "passage-activated", G_CALLBACK (on_passage_activated), self);

  dossier_annotations_page_set_corpus (self->annotations_page, G_LIST_MODEL (self->corpus));
  g_signal_connect_swapped (self->annotations_page, "annotation-activated", G_CALLBACK (on_annotation_activated), self);
  {
    g_autoptr (DossierWorkspace) workspace = dossier_workspace_new ();
    GtkGesture *click = gtk_gesture_click_new ();

    self->annotation_popover = DOSSIER_ANNOTATION_POPOVER (dossier_annotation_popover_new (NULL));
    dossier_reader_view_set_popover (self->reader, GTK_WIDGET (self->annotation_popover));
    g_signal_connect_swapped (self->annotation_popover, "done", G_CALLBACK (on_annotation_done), self);
    dossier_window_set_workspace (self, workspace);

    /* Selecting text offers to annotate it; clicking a highlight opens it. Capture phase, so
     * the view's own handling of the click has not moved the selection yet. */
    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
    g_signal_connect_swapped (click, "released", G_CALLBACK (on_reader_released), self);
    gtk_widget_add_controller (GTK_WIDGET (self->reader), GTK_EVENT_CONTROLLER (click));
    g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->reader_scroller), "value-changed",
                              G_CALLBACK (on_reader_scrolled), self);
  }

  {
    g_autoptr (GMenu) extra = g_menu_new ();
    g_menu_append (extra, _("Highlight or Note…"), "win.annotate");
    g_menu_append (extra, _("Mark as Commitment"), "win.mark-commitment");
    g_menu_append (extra, _("Link to Marked Commitment"), "win.link-to-commitment");
    gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->reader), G_MENU_MODEL (extra));
  }

}
