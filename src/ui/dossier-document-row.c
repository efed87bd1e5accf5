/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "dossier-document-row.h"

struct _DossierDocumentRow
{
  GtkWidget parent_instance;

  DossierDocument *document;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *meta_label;
};

G_DEFINE_FINAL_TYPE (DossierDocumentRow, dossier_document_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * dossier_format_date:
 * @iso: (nullable): "YYYY-MM-DD", "YYYY-MM" or "YYYY"
 *
 * Returns: (transfer full) (nullable): the date as the user's locale writes it
 */
char *
dossier_format_date (const char *iso)
{
  int y = 0, m = 0, d = 0;
  int n;
  g_autoptr (GDateTime) dt = NULL;

  if (iso == NULL)
    return NULL;
  n = sscanf (iso, "%d-%d-%d", &y, &m, &d);
  if (n <= 0)
    return NULL;
  dt = g_date_time_new_utc (y, n >= 2 ? m : 1, n >= 3 ? d : 1, 0, 0, 0);
  if (dt == NULL)
    return g_strdup (iso);
  if (n >= 3)
    /* Translators: a document's date, see g_date_time_format() */
    return g_date_time_format (dt, _("%-d %B %Y"));
  if (n == 2)
    return g_date_time_format (dt, _("%B %Y"));
  return g_strdup_printf ("%d", y);
}

void
dossier_document_row_set_document (DossierDocumentRow *self, DossierDocument *document)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT_ROW (self));

  if (!g_set_object (&self->document, document))
    return;

  if (document)
    {
      g_autofree char *date = dossier_format_date (dossier_document_get_date (document));
      const char *meeting = dossier_document_get_meeting (document);
      const char *kind = dossier_document_kind_to_label (dossier_document_get_kind (document));
      GString *meta = g_string_new (kind);

      if (meeting)
        g_string_append_printf (meta, " · %s", meeting);
      if (date)
        g_string_append_printf (meta, " · %s", date);
      gtk_label_set_text (self->title_label, dossier_document_get_title (document));
      gtk_label_set_text (self->meta_label, meta->str);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), dossier_document_get_path (document));
      g_string_free (meta, TRUE);
    }
  else
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->meta_label, "");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * dossier_document_row_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
DossierDocument *
dossier_document_row_get_document (DossierDocumentRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT_ROW (self), NULL);
  return self->document;
}

static void
dossier_document_row_dispose (GObject *object)
{
  DossierDocumentRow *self = DOSSIER_DOCUMENT_ROW (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (dossier_document_row_parent_class)->dispose (object);
}

static void
dossier_document_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierDocumentRow *self = DOSSIER_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierDocumentRow *self = DOSSIER_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      dossier_document_row_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_row_class_init (DossierDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_document_row_dispose;
  object_class->get_property = dossier_document_row_get_property;
  object_class->set_property = dossier_document_row_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                       | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dossier/Dossier/ui/dossier-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentRow, box);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DossierDocumentRow, meta_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
dossier_document_row_init (DossierDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dossier_document_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_DOCUMENT_ROW, NULL);
}
