/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-application.h"
#include "dossier-window.h"
#include "ui-test-util.h"

static DossierApplication *the_app;

static gboolean
analysed (gpointer data)
{
  DossierWindow *window = data;

  return dossier_window_get_n_loading (window) == 0
         && dossier_corpus_get_n_documents (dossier_window_get_corpus (window)) == 3
         && !dossier_window_is_analysing (window) && dossier_window_get_analysis (window) != NULL;
}

/* The most mentioned entity of a type in @document, found from the core's data directly. */
static DossierEntity *
most_mentioned (DossierEntitySet *set, DossierDocument *document, DossierEntityType type, guint *count)
{
  DossierEntity *best = NULL;

  *count = 0;
  for (guint i = 0; i < dossier_entity_set_get_n_entities (set); i++)
    {
      DossierEntity *entity = dossier_entity_set_get_entity (set, i);
      guint n, here = 0;
      const DossierMention *m = dossier_entity_get_mentions (entity, &n);

      if (dossier_entity_get_entity_type (entity) != type)
        continue;
      for (guint j = 0; j < n; j++)
        if (m[j].document == document)
          here++;
      if (here > *count)
        {
          *count = here;
          best = entity;
        }
    }
  return best;
}

static void
test_select_entity_highlights_mentions (void)
{
  DossierWindow *window = dossier_window_new (the_app);
  DossierReaderView *reader = dossier_window_get_reader (window);
  DossierEntitySidebar *sidebar = dossier_window_get_entity_sidebar (window);
  DossierEntitySet *set;
  DossierDocument *doc;
  DossierEntity *org;
  guint count = 0, n;
  const DossierMention *mentions;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  g_assert_true (ui_test_wait (analysed, window, 30000));

  set = dossier_analysis_get_entities (dossier_window_get_analysis (window));
  g_assert_nonnull (set);
  g_assert_cmpuint (dossier_entity_set_get_n_entities (set), >, 10);
  g_assert_cmpuint (dossier_entity_sidebar_get_n_visible (sidebar), >, 5);

  doc = dossier_reader_view_get_document (reader);
  org = most_mentioned (set, doc, DOSSIER_ENTITY_ORG, &count);
  g_assert_nonnull (org);
  g_assert_cmpuint (count, >=, 2);

  /* Selecting it in the sidebar marks every mention in the shown document. */
  g_assert_true (dossier_entity_sidebar_select (sidebar, org));
  g_assert_true (dossier_entity_sidebar_get_selected (sidebar) == org);
  g_assert_cmpuint (dossier_reader_view_get_n_highlighted (reader), ==, count);
  mentions = dossier_entity_get_mentions (org, &n);
  for (guint i = 0; i < n; i++)
    if (mentions[i].document == doc)
      {
        g_assert_true (dossier_reader_view_offset_has_tag (reader, mentions[i].start, "entity-selected"));
        g_assert_true (dossier_reader_view_get_entity_at (reader, mentions[i].start) == org);
      }

  /* Inline colours by type are a toggle. */
  g_assert_false (dossier_reader_view_offset_has_tag (reader, mentions[0].start, "entity-org")
                  && !dossier_reader_view_get_show_entities (reader));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-entities", NULL));
  g_assert_true (dossier_reader_view_get_show_entities (reader));
  for (guint i = 0; i < n; i++)
    if (mentions[i].document == doc)
      g_assert_true (dossier_reader_view_offset_has_tag (reader, mentions[i].start, "entity-org"));

  /* Filtering narrows the list; the scope switch widens it again. */
  {
    guint all = dossier_entity_sidebar_get_n_visible (sidebar);
    dossier_entity_sidebar_set_filter_text (sidebar, dossier_entity_get_name (org));
    g_assert_cmpuint (dossier_entity_sidebar_get_n_visible (sidebar), >=, 1);
    g_assert_cmpuint (dossier_entity_sidebar_get_n_visible (sidebar), <, all);
    dossier_entity_sidebar_set_filter_text (sidebar, "");
    g_assert_cmpuint (dossier_entity_sidebar_get_n_visible (sidebar), ==, all);
    dossier_entity_sidebar_set_all_documents (sidebar, TRUE);
    g_assert_cmpuint (dossier_entity_sidebar_get_n_visible (sidebar), >=, all);
    g_assert_cmpuint (dossier_entity_sidebar_count_in_scope (sidebar, org), ==, n);
    dossier_entity_sidebar_set_all_documents (sidebar, FALSE);
  }

  dossier_entity_sidebar_select (sidebar, org);
  ui_test_settle (400);
  g_assert_cmpuint (ui_test_screenshot (GTK_WIDGET (window), "ui-entities.png"), >, 20000);

  /* A mention in another document opens that document at the mention. */
  for (guint i = 0; i < n; i++)
    if (mentions[i].document != doc)
      {
        dossier_entity_sidebar_activate_mention (sidebar, i);
        g_assert_true (dossier_reader_view_get_document (reader) == mentions[i].document);
        g_assert_true (dossier_reader_view_offset_has_tag (reader, mentions[i].start, "passage"));
        break;
      }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle (50);
}

int
main (int argc, char **argv)
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  the_app = DOSSIER_APPLICATION (ui_test_register_app (G_APPLICATION (dossier_application_new ())));
  g_test_add_func ("/dossier/ui/entities/select-highlights", test_select_entity_highlights_mentions);
  ret = g_test_run ();
  g_clear_object (&the_app);
  return ret;
}
