/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-window-private.h"

/* Analysis of the open documents, re-run whenever they change, and handed to every view. */

static void
on_analysis_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (DossierAnalysis) analysis = DOSSIER_ANALYSIS (source);
  g_autoptr (GError) error = NULL;
  DossierWindow *self = user_data;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      /* A newer run replaced this one, or the window went away. */
      g_object_unref (self);
      return;
    }
  if (!dossier_analysis_run_finish (analysis, result, &error))
    {
      /* Cancelled means a newer run replaced this one, or the window went away. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Analysis failed: %s"), error->message);
          dossier_window_toast (self, message);
          self->analysing = FALSE;
          dossier_entity_sidebar_set_busy (self->entity_sidebar, FALSE);
        }
      g_object_unref (self);
      return;
    }

  g_set_object (&self->analysis, analysis);
  self->analysing = FALSE;
  dossier_entity_sidebar_set_busy (self->entity_sidebar, FALSE);
  dossier_entity_sidebar_set_entities (self->entity_sidebar, dossier_analysis_get_entities (analysis));
  dossier_reader_view_set_entities (self->reader, dossier_analysis_get_entities (analysis));
  dossier_timeline_page_set_events (self->timeline_page, dossier_analysis_get_events (analysis));
  if (self->restore_timeline)
    dossier_window_restore_timeline_state (self);
  /* After the first analysis the window has its size and the text its wrapping. */
  if (self->restore_reader)
    dossier_window_restore_reader_state (self);
  dossier_timeline_page_set_links (self->timeline_page, dossier_analysis_get_links (analysis));
  dossier_followthrough_view_set_analysis (self->followthrough, analysis);
  g_object_unref (self);
}

/* Analysis runs on a snapshot of the corpus in a worker thread: documents are immutable, and
 * the list the user edits meanwhile is not the one being read. */
static gboolean
run_analysis (gpointer data)
{
  DossierWindow *self = data;
  g_autoptr (DossierCorpus) snapshot = dossier_corpus_new ();
  DossierAnalysis *analysis;

  self->analysis_source = 0;
  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);

  if (dossier_corpus_get_n_documents (self->corpus) == 0)
    {
      g_clear_object (&self->analysis);
      dossier_entity_sidebar_set_entities (self->entity_sidebar, NULL);
      dossier_reader_view_set_entities (self->reader, NULL);
      dossier_timeline_page_set_events (self->timeline_page, NULL);
      dossier_followthrough_view_set_analysis (self->followthrough, NULL);
      self->analysing = FALSE;
      dossier_entity_sidebar_set_busy (self->entity_sidebar, FALSE);
      return G_SOURCE_REMOVE;
    }

  for (guint i = 0; i < dossier_corpus_get_n_documents (self->corpus); i++)
    dossier_corpus_add (snapshot, dossier_corpus_get_document (self->corpus, i));
  self->analysis_cancellable = g_cancellable_new ();
  analysis = dossier_analysis_new (snapshot);
  self->analysing = TRUE;
  dossier_entity_sidebar_set_busy (self->entity_sidebar, TRUE);
  dossier_analysis_run_async (analysis, self->analysis_cancellable, on_analysis_done, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Opening several files fires several changes: analyse once they have settled. */
#define ANALYSIS_DELAY_MS 150

void
dossier_window_schedule_analysis (DossierWindow *self)
{
  g_clear_handle_id (&self->analysis_source, g_source_remove);
  self->analysing = TRUE;
  self->analysis_source = g_timeout_add (ANALYSIS_DELAY_MS, run_analysis, self);
}

/**
 * dossier_window_reanalyse:
 *
 * Runs the analysis again on the open documents; the analyst's decisions are kept.
 */
void
dossier_window_reanalyse (DossierWindow *self)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  dossier_window_schedule_analysis (self);
}

/**
 * dossier_window_get_analysis:
 *
 * Returns: (transfer none) (nullable): the latest finished analysis of the open documents
 */
DossierAnalysis *
dossier_window_get_analysis (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->analysis;
}

gboolean
dossier_window_is_analysing (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  return self->analysing;
}

