/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-util.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
ui_test_wait (gboolean (*done) (gpointer), gpointer data, guint timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!timed_out && !done (data))
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return done (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
ui_test_settle (guint ms)
{
  ui_test_wait (never, NULL, ms);
}

static gsize screenshot_once (GtkWidget *widget, const char *name);

/* A window that has not been drawn yet gives no render node: give it a few frames, which
 * matters on a loaded machine or under the sanitizers. */
gsize
ui_test_screenshot (GtkWidget *widget, const char *name)
{
  for (guint attempt = 0; attempt < 30; attempt++)
    {
      gsize size = screenshot_once (widget, name);
      if (size > 0)
        return size;
      ui_test_settle (100);
    }
  return 0;
}

static gsize
screenshot_once (GtkWidget *widget, const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GStatBuf st;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  if (!gdk_texture_save_to_png (texture, path))
    return 0;
  g_test_message ("screenshot: %s", path);
  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_size;
}

GApplication *
ui_test_register_app (GApplication *app)
{
  g_autoptr (GError) error = NULL;

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);
  return app;
}
