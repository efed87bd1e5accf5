/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_APPLICATION (dossier_application_get_type ())
G_DECLARE_FINAL_TYPE (DossierApplication, dossier_application, DOSSIER, APPLICATION, AdwApplication)

DossierApplication *dossier_application_new (void);
GSettings *dossier_application_get_settings (DossierApplication *self);
GPtrArray *dossier_application_dup_sample_files (void);
gboolean dossier_application_get_bench_startup (DossierApplication *self);
gint64 dossier_application_get_start_time (DossierApplication *self);

G_END_DECLS
