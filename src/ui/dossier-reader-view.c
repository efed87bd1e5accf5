/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-reader-view-private.h"

/* The reader is a read-only GtkTextView whose buffer holds exactly the document's normalized
 * text, so code point offsets from the core are buffer offsets: tags style blocks and spans,
 * and later layers (entities, annotations) can mark offsets without any mapping. */

/* A comfortable measure: about 75 characters a line, centred. */
#define MEASURE_CHARS 75
#define MIN_SIDE_MARGIN 24
#define BASE_FONT_PT 12.0
/* Find stops marking here: more matches than this are counted but not all highlighted. */
#define MAX_MARKED_MATCHES 20000


G_DEFINE_FINAL_TYPE (DossierReaderView, dossier_reader_view, GTK_TYPE_TEXT_VIEW)


enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_ZOOM,
  PROP_N_MATCHES,
  PROP_CURRENT_MATCH,
  PROP_SHOW_ENTITIES,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "title", "scale", 1.6, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 6, "pixels-inside-wrap", 2, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "scale", 1.25, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 10, NULL);
  gtk_text_buffer_create_tag (buffer, "subheading", "scale", 1.05, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 8, "letter-spacing", 512, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-inside-wrap", 5, NULL);
  /* Blocks are separated by an empty line: keep that gap small and even. */
  gtk_text_buffer_create_tag (buffer, "gap", "scale", 0.6, NULL);
  gtk_text_buffer_create_tag (buffer, "list-item", "left-margin", 28, "indent", -16,
                              "pixels-inside-wrap", 5, NULL);
  gtk_text_buffer_create_tag (buffer, "marker", "weight", PANGO_WEIGHT_BOLD, "foreground-rgba",
                              &(GdkRGBA){ 0.45, 0.45, 0.5, 1.0 }, NULL);
  gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "italic", "style", PANGO_STYLE_ITALIC, NULL);
  /* Translucent colours read on light and dark backgrounds alike. */
  gtk_text_buffer_create_tag (buffer, "match", "background-rgba",
                              &(GdkRGBA){ 0.97, 0.83, 0.12, 0.40 }, NULL);
  gtk_text_buffer_create_tag (buffer, "match-current", "background-rgba",
                              &(GdkRGBA){ 0.95, 0.45, 0.05, 0.65 }, NULL);
  gtk_text_buffer_create_tag (buffer, "passage", "background-rgba",
                              &(GdkRGBA){ 0.21, 0.52, 0.89, 0.25 }, NULL);

  /* Entity types: translucent hues (they read on light and dark pages) and an underline, so
   * colour is not the only cue. */
  {
    static const GdkRGBA colours[DOSSIER_N_ENTITY_TYPES] = {
      { 0.21, 0.52, 0.89, 0.20 }, /* person: blue */
      { 0.57, 0.25, 0.67, 0.20 }, /* organization: purple */
      { 0.18, 0.63, 0.35, 0.20 }, /* place: green */
      { 0.90, 0.50, 0.10, 0.22 }, /* meeting or exercise: orange */
      { 0.85, 0.20, 0.30, 0.18 }, /* agreement: red */
      { 0.10, 0.60, 0.65, 0.20 }, /* date: teal */
    };
    for (int i = 0; i < DOSSIER_N_ENTITY_TYPES; i++)
      gtk_text_buffer_create_tag (buffer, dossier_reader_view_entity_tags[i], "background-rgba", &colours[i], NULL);
  }
  /* The five highlight colours of annotations, translucent for light and dark pages. */
  {
    static const struct { const char *name; GdkRGBA rgba; } colours[] = {
      { "annotation-yellow", { 0.98, 0.84, 0.16, 0.45 } },
      { "annotation-green", { 0.30, 0.76, 0.36, 0.38 } },
      { "annotation-blue", { 0.27, 0.56, 0.96, 0.34 } },
      { "annotation-pink", { 0.96, 0.40, 0.62, 0.34 } },
      { "annotation-purple", { 0.62, 0.42, 0.88, 0.34 } },
    };
    for (guint i = 0; i < G_N_ELEMENTS (colours); i++)
      gtk_text_buffer_create_tag (buffer, colours[i].name, "background-rgba", &colours[i].rgba, NULL);
  }
  gtk_text_buffer_create_tag (buffer, "entity-selected", "background-rgba",
                              &(GdkRGBA){ 0.97, 0.83, 0.12, 0.55 }, "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
}

static void
apply_font (DossierReaderView *self)
{
  g_autofree char *css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.2f", BASE_FONT_PT * self->zoom);
  css = g_strdup_printf ("textview.reader { font-size: %spt; }", size);
  gtk_css_provider_load_from_data (self->font_provider, css, -1);
  self->last_width = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Centres a column of MEASURE_CHARS average characters in the width we get. */
static void
dossier_reader_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (widget);

  if (width != self->last_width)
    {
      PangoContext *context = gtk_widget_get_pango_context (widget);
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
      int char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
      int measure = char_width * MEASURE_CHARS;
      int side = MAX (MIN_SIDE_MARGIN, (width - measure) / 2);

      pango_font_metrics_unref (metrics);
      self->last_width = width;
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), side);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), side);
    }

  GTK_WIDGET_CLASS (dossier_reader_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* A text view does not allocate popovers it did not create. */
  if (self->popover && gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
}

/**
 * dossier_reader_view_scroll_to_offset:
 *
 * Brings the line holding @offset to the top of the view.
 */
void
dossier_reader_view_scroll_to_offset (DossierReaderView *self, guint offset)
{
  GtkTextIter iter;

  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextMark *mark;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  mark = gtk_text_buffer_get_mark (buffer, "dossier-top");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "dossier-top", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  /* No margin: the saved character goes back to the very top. */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), mark, 0.0, TRUE, 0.0, 0.0);
}

/**
 * dossier_reader_view_get_top_offset:
 *
 * Returns: the offset of the first character at the top of the view
 */
guint
dossier_reader_view_get_top_offset (DossierReaderView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), 0);

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, visible.x, visible.y);
  return gtk_text_iter_get_offset (&iter);
}

/**
 * dossier_reader_view_set_popover:
 *
 * Makes @popover a child of the view, placed over its text.
 */
void
dossier_reader_view_set_popover (DossierReaderView *self, GtkWidget *popover)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  if (self->popover)
    gtk_widget_unparent (self->popover);
  self->popover = popover;
  if (popover)
    gtk_widget_set_parent (popover, GTK_WIDGET (self));
}

/**
 * dossier_reader_view_get_range_rect:
 * @rect: (out): the first line of text[start, end) in widget coordinates
 *
 * Returns: whether the range is laid out
 */
gboolean
dossier_reader_view_get_range_rect (DossierReaderView *self, guint start, guint end, GdkRectangle *rect)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;
  GdkRectangle a, b;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), FALSE);

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &s, &a);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &e, &b);
  /* Point at the first line of a passage that wraps. */
  if (b.y != a.y)
    b.x = a.x + 40;
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, a.x, a.y, &rect->x, &rect->y);
  rect->width = MAX (1, b.x - a.x);
  rect->height = a.height;
  return TRUE;
}

static void
clear_matches (DossierReaderView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "match", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "match-current", &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
}

/* Tags block @i and the gap that separates it from the block before. */
static void
tag_block (DossierReaderView *self, GtkTextBuffer *buffer, const DossierBlock *blocks, guint i)
{
  const DossierBlock *b = &blocks[i];
  GtkTextIter s, e;
  const char *tag;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, b->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, b->end);

  switch (b->kind)
    {
    case DOSSIER_BLOCK_HEADING:
      /* The first top-level heading is the document's title. */
      if (!self->title_done && b->level <= 2)
        {
          tag = "title";
          self->title_done = TRUE;
        }
      else
        tag = b->level <= 2 ? "heading" : "subheading";
      break;
    case DOSSIER_BLOCK_LIST_ITEM:
      tag = "list-item";
      break;
    case DOSSIER_BLOCK_PARAGRAPH:
    default:
      tag = "paragraph";
      break;
    }
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &s, &e);

  if (b->marker_end > b->start)
    {
      GtkTextIter m;
      gtk_text_buffer_get_iter_at_offset (buffer, &m, b->marker_end);
      gtk_text_buffer_apply_tag_by_name (buffer, "marker", &s, &m);
    }

  if (i > 0)
    {
      GtkTextIter g;
      gtk_text_buffer_get_iter_at_offset (buffer, &g, blocks[i - 1].end + 1);
      gtk_text_buffer_apply_tag_by_name (buffer, "gap", &g, &s);
    }
}

/* Inserts the next stretch of the document, whole blocks at a time, and tags it. Large
 * documents go in over several main loop iterations so the window keeps responding. */
static gboolean
load_step (DossierReaderView *self, gsize max_bytes)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  guint n_blocks, n_spans;
  const DossierBlock *blocks = dossier_document_get_blocks (self->document, &n_blocks);
  const DossierSpan *spans = dossier_document_get_emphasis (self->document, &n_spans);
  const char *text = dossier_document_get_text (self->document);
  gsize from = self->load_byte, to;
  guint last = self->load_block;
  guint end_offset;
  GtkTextIter iter;

  /* Take whole blocks up to about @max_bytes, at least one. */
  while (last < n_blocks)
    {
      gsize block_end = dossier_document_offset_to_byte (self->document, blocks[last].end);
      last++;
      if (block_end - from >= max_bytes)
        break;
    }
  end_offset = last < n_blocks ? blocks[last].start : dossier_document_get_length (self->document);
  to = dossier_document_offset_to_byte (self->document, end_offset);

  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, text + from, to - from);

  for (guint i = self->load_block; i < last; i++)
    tag_block (self, buffer, blocks, i);
  for (; self->load_span < n_spans && spans[self->load_span].start < end_offset; self->load_span++)
    {
      GtkTextIter s, e;

      gtk_text_buffer_get_iter_at_offset (buffer, &s, spans[self->load_span].start);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, spans[self->load_span].end);
      if (spans[self->load_span].style & DOSSIER_EMPHASIS_BOLD)
        gtk_text_buffer_apply_tag_by_name (buffer, "bold", &s, &e);
      if (spans[self->load_span].style & DOSSIER_EMPHASIS_ITALIC)
        gtk_text_buffer_apply_tag_by_name (buffer, "italic", &s, &e);
    }

  self->load_byte = to;
  self->load_block = last;
  return last < n_blocks;
}

void
dossier_reader_view_set_show_entities (DossierReaderView *self, gboolean show)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  if (self->show_entities == !!show)
    return;
  self->show_entities = !!show;
  dossier_reader_view_apply_entity_tags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ENTITIES]);
}

/* The first screenful goes in at once; the rest follows in slices that keep frames short. */
#define LOAD_FIRST_BYTES (512 * 1024)
#define LOAD_SLICE_BYTES (256 * 1024)

static gboolean
load_more (gpointer data)
{
  DossierReaderView *self = data;

  if (load_step (self, LOAD_SLICE_BYTES))
    return G_SOURCE_CONTINUE;
  self->load_source = 0;
  dossier_reader_view_rebuild_marks (self);
  dossier_reader_view_apply_annotation_tags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  return G_SOURCE_REMOVE;
}

gboolean
dossier_reader_view_get_loading (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), FALSE);
  return self->load_source != 0;
}

void
dossier_reader_view_set_document (DossierReaderView *self, DossierDocument *document)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));
  g_return_if_fail (!document || DOSSIER_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  clear_matches (self);
  g_clear_handle_id (&self->load_source, g_source_remove);
  gtk_text_buffer_set_text (buffer, "", 0);
  self->load_byte = 0;
  self->load_block = 0;
  self->load_span = 0;
  self->title_done = FALSE;
  g_ptr_array_set_size (self->annotations, 0);
  if (document && load_step (self, LOAD_FIRST_BYTES))
    {
      self->load_source = g_idle_add_full (G_PRIORITY_LOW, load_more, self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
  else
    dossier_reader_view_rebuild_marks (self);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self), &start, 0, FALSE, 0, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_MATCH]);
}

/* Through a mark: scroll_to_iter is wrong for lines not yet laid out, a mark waits for them. */
void
dossier_reader_view_scroll_to (DossierReaderView *self, const GtkTextIter *iter, double yalign)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "dossier-target");

  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "dossier-target", iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), mark, 0.1, TRUE, 0.0, yalign);
}

static void
select_match (DossierReaderView *self, int index)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  if (self->current_match >= 0 && (guint) self->current_match < self->matches->len / 2)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &s, g_array_index (self->matches, guint, 2 * self->current_match));
      gtk_text_buffer_get_iter_at_offset (buffer, &e, g_array_index (self->matches, guint, 2 * self->current_match + 1));
      gtk_text_buffer_remove_tag_by_name (buffer, "match-current", &s, &e);
    }

  self->current_match = index;
  if (index >= 0)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &s, g_array_index (self->matches, guint, 2 * index));
      gtk_text_buffer_get_iter_at_offset (buffer, &e, g_array_index (self->matches, guint, 2 * index + 1));
      gtk_text_buffer_apply_tag_by_name (buffer, "match-current", &s, &e);
      gtk_text_buffer_select_range (buffer, &s, &e);
      dossier_reader_view_scroll_to (self, &s, 0.35);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_MATCH]);
}

/**
 * dossier_reader_view_find:
 *
 * Highlights every case-insensitive occurrence of @needle and selects the first one after
 * the cursor.
 *
 * Returns: the number of matches
 */
guint
dossier_reader_view_find (DossierReaderView *self, const char *needle)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, ms, me, cursor;
  int first_after = -1;
  guint cursor_offset;

  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), 0);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  clear_matches (self);

  if (needle != NULL && needle[0] != '\0')
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_selection_bound (buffer));
      cursor_offset = gtk_text_iter_get_offset (&cursor);
      gtk_text_buffer_get_start_iter (buffer, &iter);
      while (gtk_text_iter_forward_search (&iter, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &ms, &me, NULL))
        {
          guint pair[2] = { gtk_text_iter_get_offset (&ms), gtk_text_iter_get_offset (&me) };

          if (self->matches->len / 2 < MAX_MARKED_MATCHES)
            gtk_text_buffer_apply_tag_by_name (buffer, "match", &ms, &me);
          if (first_after < 0 && pair[0] >= cursor_offset)
            first_after = self->matches->len / 2;
          g_array_append_vals (self->matches, pair, 2);
          iter = me;
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  if (self->matches->len > 0)
    select_match (self, first_after >= 0 ? first_after : 0);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_MATCH]);
  return self->matches->len / 2;
}

void
dossier_reader_view_find_next (DossierReaderView *self, gboolean backwards)
{
  int n;

  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  n = self->matches->len / 2;
  if (n == 0)
    return;
  if (backwards)
    select_match (self, self->current_match <= 0 ? n - 1 : self->current_match - 1);
  else
    select_match (self, (self->current_match + 1) % n);
}

guint
dossier_reader_view_get_n_matches (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), 0);
  return self->matches->len / 2;
}

int
dossier_reader_view_get_current_match (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), -1);
  return self->current_match;
}

/**
 * dossier_reader_view_select_range:
 *
 * Scrolls to and marks a passage, as when jumping to it from another view.
 */
void
dossier_reader_view_select_range (DossierReaderView *self, guint start, guint end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e, all_s, all_e;

  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &all_s, &all_e);
  gtk_text_buffer_remove_tag_by_name (buffer, "passage", &all_s, &all_e);
  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_apply_tag_by_name (buffer, "passage", &s, &e);
  gtk_text_buffer_place_cursor (buffer, &s);
  dossier_reader_view_scroll_to (self, &s, 0.3);
}

/**
 * dossier_reader_view_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
DossierDocument *
dossier_reader_view_get_document (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), NULL);
  return self->document;
}

double
dossier_reader_view_get_zoom (DossierReaderView *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER_VIEW (self), 1.0);
  return self->zoom;
}

void
dossier_reader_view_set_zoom (DossierReaderView *self, double zoom)
{
  g_return_if_fail (DOSSIER_IS_READER_VIEW (self));

  zoom = CLAMP (zoom, 0.5, 3.0);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  apply_font (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
dossier_reader_view_dispose (GObject *object)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (object);

  g_clear_handle_id (&self->load_source, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->entities);
  g_clear_object (&self->highlighted);
  G_OBJECT_CLASS (dossier_reader_view_parent_class)->dispose (object);
}

static void
dossier_reader_view_finalize (GObject *object)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (object);

  g_clear_object (&self->font_provider);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_reader_view_parent_class)->finalize (object);
}

static void
dossier_reader_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_N_MATCHES:
      g_value_set_uint (value, self->matches->len / 2);
      break;
    case PROP_CURRENT_MATCH:
      g_value_set_int (value, self->current_match);
      break;
    case PROP_SHOW_ENTITIES:
      g_value_set_boolean (value, self->show_entities);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->load_source != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierReaderView *self = DOSSIER_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      dossier_reader_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      dossier_reader_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SHOW_ENTITIES:
      dossier_reader_view_set_show_entities (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_view_class_init (DossierReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_reader_view_dispose;
  object_class->finalize = dossier_reader_view_finalize;
  object_class->get_property = dossier_reader_view_get_property;
  object_class->set_property = dossier_reader_view_set_property;
  widget_class->size_allocate = dossier_reader_view_size_allocate;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                       | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 0.5, 3.0, 1.0,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                   | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MATCHES] = g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_MATCH] = g_param_spec_int ("current-match", NULL, NULL, -1, G_MAXINT, -1,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_ENTITIES] = g_param_spec_boolean ("show-entities", NULL, NULL, FALSE,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                            | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "textview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
}

static void
dossier_reader_view_init (DossierReaderView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);

  self->zoom = 1.0;
  self->current_match = -1;
  self->last_width = -1;
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->marks = g_array_new (FALSE, FALSE, sizeof (EntityMark));
  self->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (dossier_reader_view_query_tooltip), NULL);

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (view, 32);
  gtk_text_view_set_bottom_margin (view, 48);
  gtk_text_view_set_pixels_below_lines (view, 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "reader");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Document text"), -1);

  self->font_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->font_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  apply_font (self);
  create_tags (gtk_text_view_get_buffer (view));
}

GtkWidget *
dossier_reader_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_READER_VIEW, NULL);
}
