/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-workspace.h"

G_BEGIN_DECLS

struct _DossierWorkspaceEdit
{
  gatomicrefcount ref_count;
  DossierWorkspaceEditKind kind;
  /* Annotation edits: snapshots of both states, and the live object, which undo and redo put
   * back so views keep the instance they hold. */
  DossierAnnotation *annotation_before;
  DossierAnnotation *annotation_after;
  DossierAnnotation *object;
  /* Where a removed annotation was, to put it back there. */
  guint position;
  DossierLinkDecision *decision_before;
  DossierLinkDecision *decision_after;
  GPtrArray *children;
};

/* Shared by dossier-workspace.c and dossier-workspace-annotations.c. */
struct _DossierWorkspace
{
  GObject parent_instance;

  GFile *file;
  /* Names the recovery copy of a workspace that was never saved. */
  char *session_id;
  GListStore *documents;
  GListStore *annotations;
  GHashTable *by_id; /* id -> DossierAnnotation, borrowed from annotations */
  GPtrArray *decisions;
  char *open_document;
  GHashTable *scroll;
  char *timeline_start;
  char *timeline_end;
  gboolean modified;
  /* Bumped by every change, so an asynchronous save knows whether it saved the latest state. */
  guint64 change_count;
};

/* Everything a workspace file holds, between parsing and building the workspace. */
typedef struct
{
  GPtrArray *documents;   /* DossierWorkspaceDocument */
  GPtrArray *annotations; /* DossierAnnotation */
  GPtrArray *decisions;   /* DossierLinkDecision */
  char *open_document;
  GHashTable *scroll; /* content hash -> GUINT_TO_POINTER (offset) */
  char *timeline_start;
  char *timeline_end;
  /* For recovery copies: the URI of the workspace they stand for, or "" if untitled. */
  char *recovery_original;
  char *recovery_session;
} DossierWorkspaceData;

void dossier_workspace_data_init (DossierWorkspaceData *data);
void dossier_workspace_data_clear (DossierWorkspaceData *data);

gboolean dossier_workspace_io_parse (const char *contents,
                                     gsize length,
                                     GFile *base,
                                     DossierWorkspaceData *data,
                                     GError **error);
JsonNode *dossier_workspace_io_build (DossierWorkspace *self, GFile *base, gboolean for_recovery);

DossierWorkspace *dossier_workspace_new_from_data (DossierWorkspaceData *data, GFile *file);
GHashTable *dossier_workspace_get_scroll_table (DossierWorkspace *self);
const char *dossier_workspace_get_session_id (DossierWorkspace *self);
guint64 dossier_workspace_get_change_count (DossierWorkspace *self);
void dossier_workspace_set_file (DossierWorkspace *self, GFile *file);
void dossier_workspace_track (DossierWorkspace *self, DossierAnnotation *annotation);
void dossier_workspace_untrack (DossierWorkspace *self, DossierAnnotation *annotation);
void dossier_workspace_emit_link_decisions_changed (DossierWorkspace *self);

DossierWorkspaceDocument *dossier_workspace_document_new (GFile *file,
                                                          const char *content_hash,
                                                          const char *title);
void dossier_workspace_document_set_missing (DossierWorkspaceDocument *self, gboolean missing);
void dossier_workspace_document_set_file (DossierWorkspaceDocument *self, GFile *file);
void dossier_workspace_document_set_document (DossierWorkspaceDocument *self,
                                              DossierDocument *document);

gboolean dossier_workspace_is_content_hash (const char *string);

G_END_DECLS
