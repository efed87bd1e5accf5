/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs stage @id on @input @repeat times and prints "best-seconds peak-kB best-cpu-seconds" on
 * stdout. Returns the process's exit status: 0, 1 if the stage failed, 2 if unknown. */
int
dossier_bench_run_stage (const char *id, const char *input, guint repeat);

/* Every file of the directory @input, in name order. (transfer full) (element-type filename) */
GPtrArray *
dossier_bench_list_dir (const char *input);

G_END_DECLS
