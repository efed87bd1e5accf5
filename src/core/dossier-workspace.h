/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dossier-annotation.h"
#include "dossier-document.h"
#include "dossier-link-decision.h"
#include "dossier-workspace-document.h"
#include "dossier-workspace-edit.h"

G_BEGIN_DECLS

#define DOSSIER_WORKSPACE_ERROR (dossier_workspace_error_quark ())

typedef enum
{
  DOSSIER_WORKSPACE_ERROR_READ,
  DOSSIER_WORKSPACE_ERROR_WRITE,
  /* Not JSON, or cut off. */
  DOSSIER_WORKSPACE_ERROR_SYNTAX,
  /* JSON, but not a Dossier workspace. */
  DOSSIER_WORKSPACE_ERROR_NOT_WORKSPACE,
  DOSSIER_WORKSPACE_ERROR_NEWER_VERSION,
  /* A member is missing, has the wrong type or an impossible value. */
  DOSSIER_WORKSPACE_ERROR_INVALID,
  /* Beyond a size limit: file, string, nesting or number of items. */
  DOSSIER_WORKSPACE_ERROR_TOO_LARGE,
  /* An edit does not fit the workspace (e.g. removing an annotation that is not there). */
  DOSSIER_WORKSPACE_ERROR_EDIT,
  DOSSIER_WORKSPACE_ERROR_NO_FILE,
} DossierWorkspaceError;

#define DOSSIER_WORKSPACE_FORMAT "dossier-workspace"
#define DOSSIER_WORKSPACE_FORMAT_VERSION 1
#define DOSSIER_WORKSPACE_SUFFIX ".dossier"

/* Limits on what a workspace file may hold; see docs/workspace-format.md. */
#define DOSSIER_WORKSPACE_MAX_FILE_BYTES ((gsize) 64 * 1024 * 1024)
#define DOSSIER_WORKSPACE_MAX_DEPTH 32
#define DOSSIER_WORKSPACE_MAX_DOCUMENTS 5000
#define DOSSIER_WORKSPACE_MAX_ANNOTATIONS 20000
#define DOSSIER_WORKSPACE_MAX_LINK_DECISIONS 20000

#define DOSSIER_TYPE_WORKSPACE (dossier_workspace_get_type ())
G_DECLARE_FINAL_TYPE (DossierWorkspace, dossier_workspace, DOSSIER, WORKSPACE, GObject)

GQuark dossier_workspace_error_quark (void);

DossierWorkspace *dossier_workspace_new (void);

/* Loading and saving */
DossierWorkspace *dossier_workspace_load (GFile *file, GCancellable *cancellable, GError **error);
void dossier_workspace_load_async (GFile *file,
                                   GCancellable *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data);
DossierWorkspace *dossier_workspace_load_finish (GAsyncResult *result, GError **error);
DossierWorkspace *dossier_workspace_load_from_data (const char *data,
                                                    gsize length,
                                                    GFile *file,
                                                    GError **error);
gboolean dossier_workspace_save (DossierWorkspace *self,
                                 GFile *file,
                                 GCancellable *cancellable,
                                 GError **error);
void dossier_workspace_save_async (DossierWorkspace *self,
                                   GFile *file,
                                   GCancellable *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data);
gboolean dossier_workspace_save_finish (DossierWorkspace *self, GAsyncResult *result, GError **error);
char *dossier_workspace_to_data (DossierWorkspace *self, GFile *file, gsize *length);
GFile *dossier_workspace_get_file (DossierWorkspace *self);
char *dossier_workspace_dup_display_name (DossierWorkspace *self);
gboolean dossier_workspace_get_modified (DossierWorkspace *self);
void dossier_workspace_set_modified (DossierWorkspace *self, gboolean modified);

/* Recovery copies */
GFile *dossier_workspace_get_recovery_file (DossierWorkspace *self);
gboolean dossier_workspace_save_recovery (DossierWorkspace *self, GError **error);
void dossier_workspace_discard_recovery (DossierWorkspace *self);
GPtrArray *dossier_workspace_list_recoveries (void);
GFile *dossier_workspace_find_recovery (GFile *file);
DossierWorkspace *dossier_workspace_load_recovery (GFile *recovery, GError **error);

/* Documents */
GListModel *dossier_workspace_get_documents (DossierWorkspace *self);
DossierWorkspaceDocument *dossier_workspace_find_document (DossierWorkspace *self,
                                                           const char *content_hash);
DossierWorkspaceDocument *dossier_workspace_add_document (DossierWorkspace *self,
                                                          DossierDocument *document,
                                                          guint *n_orphaned);
guint dossier_workspace_attach_document (DossierWorkspace *self,
                                         DossierWorkspaceDocument *entry,
                                         DossierDocument *document);
gboolean dossier_workspace_remove_document (DossierWorkspace *self,
                                            DossierWorkspaceDocument *entry);
guint dossier_workspace_open_documents (DossierWorkspace *self,
                                        GCancellable *cancellable,
                                        GError **error);

/* Annotations */
GListModel *dossier_workspace_get_annotations (DossierWorkspace *self);
DossierAnnotation *dossier_workspace_find_annotation (DossierWorkspace *self, const char *id);
GPtrArray *dossier_workspace_dup_annotations_for_document (DossierWorkspace *self,
                                                           const char *content_hash);
char **dossier_workspace_dup_tags (DossierWorkspace *self);
DossierWorkspaceEdit *dossier_workspace_add_annotation (DossierWorkspace *self,
                                                        DossierAnnotation *annotation);
DossierWorkspaceEdit *dossier_workspace_remove_annotation (DossierWorkspace *self,
                                                           DossierAnnotation *annotation);
DossierWorkspaceEdit *dossier_workspace_change_annotation (DossierWorkspace *self,
                                                           DossierAnnotation *annotation,
                                                           DossierAnnotation *new_state);

/* Link decisions */
guint dossier_workspace_get_n_link_decisions (DossierWorkspace *self);
const DossierLinkDecision *dossier_workspace_get_link_decision (DossierWorkspace *self,
                                                                guint index);
const DossierLinkDecision *dossier_workspace_find_link_decision (DossierWorkspace *self,
                                                                 const DossierLinkDecision *link);
DossierWorkspaceEdit *dossier_workspace_set_link_decision (DossierWorkspace *self,
                                                           const DossierLinkDecision *decision);
DossierWorkspaceEdit *dossier_workspace_clear_link_decision (DossierWorkspace *self,
                                                             const DossierLinkDecision *link);

/* Undo and redo */
gboolean dossier_workspace_apply_edit (DossierWorkspace *self,
                                       DossierWorkspaceEdit *edit,
                                       GError **error);
gboolean dossier_workspace_revert_edit (DossierWorkspace *self,
                                        DossierWorkspaceEdit *edit,
                                        GError **error);

/* View state: saved with the workspace, but changing it does not mark it modified. */
const char *dossier_workspace_get_open_document (DossierWorkspace *self);
void dossier_workspace_set_open_document (DossierWorkspace *self, const char *content_hash);
gboolean dossier_workspace_get_scroll_offset (DossierWorkspace *self,
                                              const char *content_hash,
                                              guint *offset);
void dossier_workspace_set_scroll_offset (DossierWorkspace *self,
                                          const char *content_hash,
                                          guint offset);
void dossier_workspace_get_timeline_range (DossierWorkspace *self,
                                           const char **start,
                                           const char **end);
gboolean dossier_workspace_set_timeline_range (DossierWorkspace *self,
                                               const char *start,
                                               const char *end);

gboolean dossier_workspace_is_iso_date (const char *date);

G_END_DECLS
