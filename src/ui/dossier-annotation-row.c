/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-annotation-row.h"

/* Shown text is cut here: rows show two lines, and a quote may be a megabyte. */
#define MAX_SHOWN_CHARS 400
/* Tags beyond this are counted ("+2"), so a row never grows wider than the panel. */
#define MAX_SHOWN_TAGS 3

struct _DossierAnnotationRow
{
  GtkWidget parent_instance;

  DossierAnnotation *annotation;

  GtkWidget *box;
  GtkWidget *swatch;
  GtkLabel *quote;
  GtkLabel *note;
  GtkWidget *meta;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationRow, dossier_annotation_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ANNOTATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * dossier_annotation_style_swatch:
 * @widget: a widget that shows a highlight colour
 * @colour: (nullable): a name from dossier_annotation_list_colours()
 *
 * Gives @widget the style classes of @colour (replacing those of another colour). The colour
 * is never the only cue: callers name it in a tooltip or an accessible label.
 */
void
dossier_annotation_style_swatch (GtkWidget *widget, const char *colour)
{
  const char *const *colours = dossier_annotation_list_colours ();

  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (guint i = 0; colours[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat ("annotation-", colours[i], NULL);

      if (g_strcmp0 (colour, colours[i]) == 0)
        gtk_widget_add_css_class (widget, name);
      else
        gtk_widget_remove_css_class (widget, name);
    }
}

/**
 * dossier_annotation_flatten_text:
 * @text: (nullable): a quote or a note
 * @max_chars: how many characters to keep at most
 *
 * For one-line or two-line display: runs of white space become one space, and long text
 * is cut with an ellipsis.
 *
 * Returns: (transfer full): the text to show
 */
char *
dossier_annotation_flatten_text (const char *text, guint max_chars)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = out->len > 0;
          continue;
        }
      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (space)
        {
          g_string_append_c (out, ' ');
          n++;
        }
      space = FALSE;
      g_string_append_unichar (out, c);
      n++;
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
pill_new (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_widget_add_css_class (label, "annotation-pill");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

static void
update (DossierAnnotationRow *self)
{
  DossierAnnotation *a = self->annotation;
  GtkWidget *child;
  const char *const *tags;
  guint n_tags;
  const char *colour_label;
  g_autofree char *quote = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *note = NULL;

  while ((child = gtk_widget_get_first_child (self->meta)) != NULL)
    gtk_box_remove (GTK_BOX (self->meta), child);

  if (a == NULL)
    {
      gtk_label_set_text (self->quote, "");
      gtk_label_set_text (self->note, "");
      gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
      gtk_widget_set_visible (self->meta, FALSE);
      dossier_annotation_style_swatch (self->swatch, NULL);
      return;
    }

  colour_label = dossier_annotation_colour_to_label (dossier_annotation_get_colour (a));
  dossier_annotation_style_swatch (self->swatch, dossier_annotation_get_colour (a));
  gtk_widget_set_tooltip_text (self->swatch, colour_label);

  quote = dossier_annotation_flatten_text (dossier_annotation_get_exact (a), MAX_SHOWN_CHARS);
  /* Translators: a quoted passage */
  quoted = g_strdup_printf (_ ("“%s”"), quote);
  gtk_label_set_text (self->quote, quoted);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->quote), quote);

  note = dossier_annotation_flatten_text (dossier_annotation_get_note (a), MAX_SHOWN_CHARS);
  gtk_label_set_text (self->note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note), note[0] != '\0');

  tags = dossier_annotation_get_tags (a);
  n_tags = g_strv_length ((char **) tags);
  for (guint i = 0; i < n_tags && i < MAX_SHOWN_TAGS; i++)
    gtk_box_append (GTK_BOX (self->meta), pill_new (tags[i], "tag"));
  if (n_tags > MAX_SHOWN_TAGS)
    {
      g_autofree char *more = g_strdup_printf ("+%u", n_tags - MAX_SHOWN_TAGS);
      g_autofree char *all = g_strjoinv (", ", (char **) tags);
      GtkWidget *label = pill_new (more, "more");

      gtk_widget_set_tooltip_text (label, all);
      gtk_box_append (GTK_BOX (self->meta), label);
    }
  if (dossier_annotation_get_for_briefing (a))
    {
      GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
      GtkWidget *icon = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_widget_add_css_class (pill, "annotation-pill");
      gtk_widget_add_css_class (pill, "briefing");
      gtk_box_append (GTK_BOX (pill), icon);
      gtk_box_append (GTK_BOX (pill), gtk_label_new (_ ("Briefing")));
      gtk_widget_set_tooltip_text (pill, _ ("Marked for the briefing"));
      gtk_box_append (GTK_BOX (self->meta), pill);
    }
  if (dossier_annotation_get_orphaned (a))
    {
      GtkWidget *warning = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (_ ("Orphaned — text not found"));

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (warning), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_box_append (GTK_BOX (warning), label);
      gtk_widget_add_css_class (warning, "warning");
      gtk_widget_add_css_class (warning, "annotation-orphaned");
      gtk_widget_set_tooltip_text (
          warning, _ ("The document’s text changed and this passage could not be found again. "
                      "The annotation is kept."));
      gtk_box_append (GTK_BOX (self->meta), warning);
    }
  gtk_widget_set_visible (self->meta, gtk_widget_get_first_child (self->meta) != NULL);
}

static void
on_annotation_notify (DossierAnnotationRow *self, GParamSpec *pspec, DossierAnnotation *annotation)
{
  /* The timestamp changes with every edit and is not shown. */
  if (g_strcmp0 (pspec->name, "modified") != 0)
    update (self);
}

void
dossier_annotation_row_set_annotation (DossierAnnotationRow *self, DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_ROW (self));
  g_return_if_fail (annotation == NULL || DOSSIER_IS_ANNOTATION (annotation));

  if (self->annotation == annotation)
    return;
  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  g_set_object (&self->annotation, annotation);
  if (annotation != NULL)
    g_signal_connect_swapped (annotation, "notify", G_CALLBACK (on_annotation_notify), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

/**
 * dossier_annotation_row_get_annotation:
 *
 * Returns: (transfer none) (nullable): the annotation shown
 */
DossierAnnotation *
dossier_annotation_row_get_annotation (DossierAnnotationRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_ROW (self), NULL);
  return self->annotation;
}

static void
dossier_annotation_row_dispose (GObject *object)
{
  DossierAnnotationRow *self = DOSSIER_ANNOTATION_ROW (object);

  if (self->annotation != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation, self);
  g_clear_object (&self->annotation);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (dossier_annotation_row_parent_class)->dispose (object);
}

static void
dossier_annotation_row_get_property (GObject *object, guint prop_id, GValue *value,
                                     GParamSpec *pspec)
{
  DossierAnnotationRow *self = DOSSIER_ANNOTATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION:
      g_value_set_object (value, self->annotation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_row_set_property (GObject *object, guint prop_id, const GValue *value,
                                     GParamSpec *pspec)
{
  DossierAnnotationRow *self = DOSSIER_ANNOTATION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION:
      dossier_annotation_row_set_annotation (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_row_class_init (DossierAnnotationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotation_row_dispose;
  object_class->get_property = dossier_annotation_row_get_property;
  object_class->set_property = dossier_annotation_row_set_property;

  properties[PROP_ANNOTATION]
      = g_param_spec_object ("annotation", NULL, NULL, DOSSIER_TYPE_ANNOTATION,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationrow");
}

static void
dossier_annotation_row_init (DossierAnnotationRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* A highlighter stroke down the side of the row. */
  self->swatch = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->swatch, "annotation-stripe");
  gtk_box_append (GTK_BOX (self->box), self->swatch);

  self->quote = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->quote, 0);
  gtk_label_set_wrap (self->quote, TRUE);
  gtk_label_set_wrap_mode (self->quote, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->quote, 2);
  gtk_label_set_ellipsize (self->quote, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->quote, 20);
  gtk_label_set_max_width_chars (self->quote, 60);
  gtk_widget_add_css_class (GTK_WIDGET (self->quote), "annotation-quote");

  self->note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->note, 0);
  gtk_label_set_wrap (self->note, TRUE);
  gtk_label_set_wrap_mode (self->note, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->note, 2);
  gtk_label_set_ellipsize (self->note, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->note, 20);
  gtk_label_set_max_width_chars (self->note, 60);
  gtk_widget_add_css_class (GTK_WIDGET (self->note), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->note), "annotation-note");

  self->meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_margin_top (self->meta, 2);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->quote));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->note));
  gtk_box_append (GTK_BOX (text), self->meta);
  gtk_box_append (GTK_BOX (self->box), text);

  update (self);
}

GtkWidget *
dossier_annotation_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_ROW, NULL);
}
