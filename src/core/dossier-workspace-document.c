/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-workspace-private.h"

/*
 * A document as the workspace knows it: where it lives, the content hash its annotations
 * were made against, and its title (kept so exports work without opening the file). The
 * DossierDocument itself is attached once imported; "missing" asks the UI to locate it.
 */

struct _DossierWorkspaceDocument
{
  GObject parent_instance;

  GFile *file;
  char *content_hash;
  char *title;
  DossierDocument *document;
  gboolean missing;
};

G_DEFINE_FINAL_TYPE (DossierWorkspaceDocument, dossier_workspace_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_CONTENT_HASH,
  PROP_TITLE,
  PROP_DOCUMENT,
  PROP_MISSING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_workspace_document_finalize (GObject *object)
{
  DossierWorkspaceDocument *self = DOSSIER_WORKSPACE_DOCUMENT (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (dossier_workspace_document_parent_class)->finalize (object);
}

static void
dossier_workspace_document_get_property (GObject *object, guint prop_id, GValue *value,
                                         GParamSpec *pspec)
{
  DossierWorkspaceDocument *self = DOSSIER_WORKSPACE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->content_hash);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_MISSING:
      g_value_set_boolean (value, self->missing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_workspace_document_class_init (DossierWorkspaceDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_workspace_document_finalize;
  object_class->get_property = dossier_workspace_document_get_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_CONTENT_HASH] = g_param_spec_string ("content-hash", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_DOCUMENT]
      = g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT, ro);
  properties[PROP_MISSING] = g_param_spec_boolean ("missing", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_workspace_document_init (DossierWorkspaceDocument *self)
{
}

DossierWorkspaceDocument *
dossier_workspace_document_new (GFile *file, const char *content_hash, const char *title)
{
  DossierWorkspaceDocument *self = g_object_new (DOSSIER_TYPE_WORKSPACE_DOCUMENT, NULL);

  self->file = file ? g_object_ref (file) : NULL;
  self->content_hash = g_strdup (content_hash);
  self->title = g_strdup (title);
  return self;
}

/**
 * dossier_workspace_document_get_file:
 *
 * Returns: (transfer none) (nullable): where the document is expected
 */
GFile *
dossier_workspace_document_get_file (DossierWorkspaceDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (self), NULL);
  return self->file;
}

const char *
dossier_workspace_document_get_content_hash (DossierWorkspaceDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (self), NULL);
  return self->content_hash;
}

/**
 * dossier_workspace_document_get_title:
 *
 * Returns: (nullable): the title, known even while the document is missing
 */
const char *
dossier_workspace_document_get_title (DossierWorkspaceDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (self), NULL);
  return self->title;
}

/**
 * dossier_workspace_document_get_document:
 *
 * Returns: (transfer none) (nullable): the imported document, once attached
 */
DossierDocument *
dossier_workspace_document_get_document (DossierWorkspaceDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (self), NULL);
  return self->document;
}

/**
 * dossier_workspace_document_get_missing:
 *
 * Returns: whether the file could not be found; its annotations are kept meanwhile
 */
gboolean
dossier_workspace_document_get_missing (DossierWorkspaceDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_WORKSPACE_DOCUMENT (self), FALSE);
  return self->missing;
}

void
dossier_workspace_document_set_missing (DossierWorkspaceDocument *self, gboolean missing)
{
  missing = !!missing;
  if (self->missing == missing)
    return;
  self->missing = missing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING]);
}

void
dossier_workspace_document_set_file (DossierWorkspaceDocument *self, GFile *file)
{
  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Attaching takes the document's hash and title: the workspace re-anchors beforehand. */
void
dossier_workspace_document_set_document (DossierWorkspaceDocument *self, DossierDocument *document)
{
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (object, properties[PROP_DOCUMENT]);
  if (document != NULL)
    {
      const char *hash = dossier_document_get_content_hash (document);
      const char *title = dossier_document_get_title (document);

      if (g_strcmp0 (self->content_hash, hash) != 0)
        {
          g_free (self->content_hash);
          self->content_hash = g_strdup (hash);
          g_object_notify_by_pspec (object, properties[PROP_CONTENT_HASH]);
        }
      if (title != NULL && g_strcmp0 (self->title, title) != 0)
        {
          g_free (self->title);
          self->title = g_strdup (title);
          g_object_notify_by_pspec (object, properties[PROP_TITLE]);
        }
      if (dossier_document_get_file (document) != NULL)
        dossier_workspace_document_set_file (self, dossier_document_get_file (document));
      dossier_workspace_document_set_missing (self, FALSE);
    }
  g_object_thaw_notify (object);
}
