/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-reader-view-private.h"

/* What the reader marks over the text: entity mentions (by type, and the one selected in the
 * sidebar) and the analyst's annotations, with tooltips naming them. */

const char *const dossier_reader_view_entity_tags[DOSSIER_N_ENTITY_TYPES] = {
  "entity-person", "entity-org", "entity-gpe", "entity-event", "entity-agreement", "entity-date",
};


static int
compare_marks (gconstpointer a, gconstpointer b)
{
  const EntityMark *ma = a, *mb = b;
  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

void
dossier_reader_view_apply_entity_tags (DossierReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  gtk_text_buffer_get_bounds (buffer, &s, &e);
  for (int i = 0; i < DOSSIER_N_ENTITY_TYPES; i++)
    gtk_text_buffer_remove_tag_by_name (buffer, dossier_reader_view_entity_tags[i], &s, &e);
  gtk_text_buffer_remove_tag_by_name (buffer, "entity-selected", &s, &e);
  self->n_highlighted = 0;

  for (guint i = 0; i < self->marks->len; i++)
    {
      const EntityMark *m = &g_array_index (self->marks, EntityMark, i);

      if (!self->show_entities && m->entity != self->highlighted)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &s, m->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, m->end);
      if (self->show_entities)
        gtk_text_buffer_apply_tag_by_name (buffer, dossier_reader_view_entity_tags[dossier_entity_get_entity_type (m->entity)], &s, &e);
      if (m->entity == self->highlighted)
        {
          gtk_text_buffer_apply_tag_by_name (buffer, "entity-selected", &s, &e);
          self->n_highlighted++;
        }
    }
}

/* The mentions of the shown document, sorted, for tags and tooltips. */
void
dossier_reader_view_rebuild_marks (DossierReaderView *self)
{
  g_array_set_size (self->marks, 0);
  if (self->entities != NULL && self->document != NULL)
    {
      guint n = dossier_entity_set_get_n_entities (self->entities);

      for (guint i = 0; i < n; i++)
        {
          DossierEntity *entity = dossier_entity_set_get_entity (self->entities, i);
          guint n_mentions;
          const DossierMention *mentions = dossier_entity_get_mentions (entity, &n_mentions);

          for (guint j = 0; j < n_mentions; j++)
            if (mentions[j].document == self->document)
              g_array_append_vals (self->marks, &(EntityMark){ mentions[j].start, mentions[j].end, entity }, 1);
        }
      g_array_sort (self->marks, compare_marks);
    }
  dossier_reader_view_apply_entity_tags (self);
}

void
dossier_reader_view_set_entities (DossierReaderView *self, DossierEntitySet *entities)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  g_set_object (&self->entities, entities);
  g_clear_object (&self->highlighted);
  dossier_reader_view_rebuild_marks (self);
}

gboolean
dossier_reader_view_get_show_entities (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), FALSE);
  return self->show_entities;
}


/**
 * dossier_reader_view_set_highlighted_entity:
 *
 * Marks every mention of @entity in the shown document and scrolls to the first.
 */
void
dossier_reader_view_set_highlighted_entity (DossierReaderView *self, DossierEntity *entity)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  g_set_object (&self->highlighted, entity);
  dossier_reader_view_apply_entity_tags (self);
  for (guint i = 0; entity && i < self->marks->len; i++)
    {
      const EntityMark *m = &g_array_index (self->marks, EntityMark, i);
      if (m->entity == entity)
        {
          GtkTextIter iter;
          gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &iter, m->start);
          dossier_reader_view_scroll_to (self, &iter, 0.3);
          break;
        }
    }
}

guint
dossier_reader_view_get_n_highlighted (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), 0);
  return self->n_highlighted;
}

/**
 * dossier_reader_view_get_entity_at:
 *
 * Returns: (transfer none) (nullable): the entity mentioned at @offset
 */
DossierEntity *
dossier_reader_view_get_entity_at (DossierReaderView *self, guint offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), NULL);

  /* Mentions do not nest, so the last one starting at or before @offset is the candidate. */
  hi = self->marks->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (self->marks, EntityMark, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return NULL;
  {
    const EntityMark *m = &g_array_index (self->marks, EntityMark, lo - 1);
    return offset < m->end ? m->entity : NULL;
  }
}

void
dossier_reader_view_apply_annotation_tags (DossierReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const char *const *colours = dossier_annotation_list_colours ();
  GtkTextIter s, e;

  gtk_text_buffer_get_bounds (buffer, &s, &e);
  for (guint i = 0; colours[i]; i++)
    {
      g_autofree char *name = g_strconcat ("annotation-", colours[i], NULL);
      gtk_text_buffer_remove_tag_by_name (buffer, name, &s, &e);
    }
  for (guint i = 0; i < self->annotations->len; i++)
    {
      DossierAnnotation *a = g_ptr_array_index (self->annotations, i);
      g_autofree char *name = g_strconcat ("annotation-", dossier_annotation_get_colour (a), NULL);

      gtk_text_buffer_get_iter_at_offset (buffer, &s, dossier_annotation_get_start (a));
      gtk_text_buffer_get_iter_at_offset (buffer, &e, dossier_annotation_get_end (a));
      gtk_text_buffer_apply_tag_by_name (buffer, name, &s, &e);
    }
}

/**
 * dossier_reader_view_set_annotations:
 * @annotations: (element-type DossierAnnotation): the shown document's annotations, by start
 *
 * Highlights the annotations in their colours; orphaned ones have no place and are skipped.
 */
void
dossier_reader_view_set_annotations (DossierReaderView *self, GPtrArray *annotations)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  g_ptr_array_set_size (self->annotations, 0);
  for (guint i = 0; annotations && i < annotations->len; i++)
    {
      DossierAnnotation *a = g_ptr_array_index (annotations, i);
      if (!dossier_annotation_get_orphaned (a) && dossier_annotation_get_end (a) <= dossier_document_get_length (self->document))
        g_ptr_array_add (self->annotations, g_object_ref (a));
    }
  if (self->load_source == 0)
    dossier_reader_view_apply_annotation_tags (self);
}

/**
 * dossier_reader_view_get_annotation_at:
 *
 * Returns: (transfer none) (nullable): the annotation covering @offset, the innermost if several
 */
DossierAnnotation *
dossier_reader_view_get_annotation_at (DossierReaderView *self, guint offset)
{
  DossierAnnotation *found = NULL;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), NULL);

  for (guint i = 0; i < self->annotations->len; i++)
    {
      DossierAnnotation *a = g_ptr_array_index (self->annotations, i);
      if (dossier_annotation_get_start (a) <= offset && offset < dossier_annotation_get_end (a)
          && (found == NULL || dossier_annotation_get_end (a) - dossier_annotation_get_start (a)
                                   < dossier_annotation_get_end (found) - dossier_annotation_get_start (found)))
        found = a;
    }
  return found;
}

/**
 * dossier_reader_view_get_selection:
 * @start: (out): first selected code point
 * @end: (out): the code point after the selection
 *
 * Returns: whether text is selected
 */
gboolean
dossier_reader_view_get_selection (DossierReaderView *self, guint *start, guint *end)
{
  GtkTextIter s, e;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), FALSE);

  if (self->document == NULL
      || !gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &s, &e))
    return FALSE;
  *start = gtk_text_iter_get_offset (&s);
  *end = gtk_text_iter_get_offset (&e);
  return *end > *start;
}

gboolean
dossier_reader_view_offset_has_tag (DossierReaderView *self, guint offset, const char *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  if (tag == NULL)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

gboolean
dossier_reader_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip, gpointer data)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (widget);
  GtkTextIter iter;
  int bx, by;
  DossierEntity *entity;
  g_autofree char *markup = NULL;

  if (!self->show_entities && self->highlighted == NULL)
    return FALSE;
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return FALSE;
  entity = dossier_reader_view_get_entity_at (self, gtk_text_iter_get_offset (&iter));
  if (entity == NULL || (!self->show_entities && entity != self->highlighted))
    return FALSE;
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", dossier_entity_get_name (entity),
                                    dossier_entity_type_to_label (dossier_entity_get_entity_type (entity)));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

