/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean dossier_atomic_write (const char *path,
                               const char *data,
                               gsize length,
                               gboolean keep_backup,
                               GError **error);
char *dossier_atomic_backup_path (const char *path);

G_END_DECLS
