/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-window.h"

struct _DossierApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  gint64 start_time;
  gboolean open_sample;
  gboolean bench_startup;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

static GtkWindow *
new_window (DossierApplication *self)
{
  DossierWindow *window = dossier_window_new (self);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/**
 * dossier_application_dup_sample_files:
 *
 * The sample briefing installed with Dossier; from the source tree when running uninstalled.
 *
 * Returns: (transfer container) (element-type GFile): the sample's documents, in order
 */
GPtrArray *
dossier_application_dup_sample_files (void)
{
  const char *candidates[] = { g_getenv ("DOSSIER_SAMPLE_DIR"), PKGDATADIR "/corpus",
                               SOURCE_DATADIR "/corpus" };
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && files->len == 0; i++)
    {
      g_autoptr (GDir) dir = NULL;
      g_autoptr (GPtrArray) names = NULL;
      const char *name;

      if (candidates[i] == NULL || (dir = g_dir_open (candidates[i], 0, NULL)) == NULL)
        continue;
      names = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)))
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);
      for (guint j = 0; j < names->len; j++)
        g_ptr_array_add (files, g_file_new_build_filename (candidates[i], g_ptr_array_index (names, j), NULL));
    }
  return files;
}

static void
dossier_application_activate (GApplication *app)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_auto (GStrv) last = NULL;

  if (window != NULL && !self->open_sample)
    {
      gtk_window_present (window);
      return;
    }
  if (window == NULL)
    {
      window = new_window (self);
      if (!self->bench_startup)
        dossier_window_offer_recovery (DOSSIER_WINDOW (window));
    }

  last = g_settings_get_strv (self->settings, "open-documents");
  if (self->open_sample || g_settings_get_boolean (self->settings, "first-run"))
    {
      dossier_window_open_sample (DOSSIER_WINDOW (window));
      g_settings_set_boolean (self->settings, "first-run", FALSE);
    }
  else if (last[0] != NULL)
    {
      g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; last[i]; i++)
        g_ptr_array_add (files, g_file_new_for_path (last[i]));
      dossier_window_open_files (DOSSIER_WINDOW (window), (GFile **) files->pdata, files->len);
    }
  self->open_sample = FALSE;
}

static void
dossier_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = new_window (self);
  g_settings_set_boolean (self->settings, "first-run", FALSE);
  dossier_window_open_files (DOSSIER_WINDOW (window), files, n_files);
  if (self->open_sample)
    dossier_window_open_sample (DOSSIER_WINDOW (window));
  self->open_sample = FALSE;
  gtk_window_present (window);
}

static int
dossier_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("dossier %s\n", PACKAGE_VERSION);
      return 0;
    }
  self->open_sample = g_variant_dict_contains (options, "sample");
  self->bench_startup = g_variant_dict_contains (options, "bench-startup");
  if (self->bench_startup)
    {
      /* Measure a cold start: no other instance, no saved settings. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      self->open_sample = TRUE;
    }
  return -1;
}

static void
about_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Dossier developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Dossier"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Dossier developers"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Read official statements and trace what was promised at one meeting and what was reported done at the next."),
                         "copyright", "© 2026 The Dossier developers",
                         NULL);
}

static void
quit_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing each window saves its state; g_application_quit alone would skip that. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
new_window_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  new_window (DOSSIER_APPLICATION (user_data));
}

static void
apply_color_scheme (DossierApplication *self)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  int value = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[CLAMP (value, 0, 2)]);
}

static void
dossier_application_startup (GApplication *app)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  static const GActionEntry entries[] = {
    { "about", about_action },
    { "quit", quit_action },
    { "new-window", new_window_action },
  };
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *new_window_accels[] = { "<Control>n", NULL };
  g_autoptr (GAction) scheme = NULL;

  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (app), scheme);
  g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self);
  apply_color_scheme (self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_window_set_default_icon_name (APP_ID);
}

static void
dossier_application_finalize (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (dossier_application_parent_class)->finalize (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dossier_application_finalize;
  app_class->activate = dossier_application_activate;
  app_class->open = dossier_application_open;
  app_class->startup = dossier_application_startup;
  app_class->handle_local_options = dossier_application_handle_local_options;
}

static void
dossier_application_init (DossierApplication *self)
{
  static const GOptionEntry options[] = {
    { "sample", 's', 0, G_OPTION_ARG_NONE, NULL, N_("Open the bundled sample briefing"), NULL },
    { "bench-startup", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
      N_("Print the time to the first frame on the sample and quit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { NULL }
  };

  self->start_time = g_get_monotonic_time ();
  self->settings = g_settings_new (APP_ID);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/dossier/Dossier",
                       NULL);
}

/**
 * dossier_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
dossier_application_get_settings (DossierApplication *self)
{
  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), NULL);
  return self->settings;
}

gboolean
dossier_application_get_bench_startup (DossierApplication *self)
{
  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), FALSE);
  return self->bench_startup;
}

gint64
dossier_application_get_start_time (DossierApplication *self)
{
  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), 0);
  return self->start_time;
}
