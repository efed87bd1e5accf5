/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop until @done returns TRUE or @timeout_ms passes; returns @done's value. */
gboolean ui_test_wait (gboolean (*done) (gpointer), gpointer data, guint timeout_ms);
/* Lets GTK lay out and draw for a while. */
void ui_test_settle (guint ms);
/* Renders @widget into a PNG; returns the file size in bytes. */
gsize ui_test_screenshot (GtkWidget *widget, const char *name);

/* One registered application for the whole test program: a GApplication exports itself on the
 * session bus and cannot be registered twice in one process. */
GApplication *ui_test_register_app (GApplication *app);

G_END_DECLS
