/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DOSSIER_JSON_GUARD_ERROR (dossier_json_guard_error_quark ())

typedef enum
{
  DOSSIER_JSON_GUARD_ERROR_SYNTAX,
  DOSSIER_JSON_GUARD_ERROR_ENCODING,
  DOSSIER_JSON_GUARD_ERROR_TOO_LARGE,
  DOSSIER_JSON_GUARD_ERROR_TOO_DEEP,
  DOSSIER_JSON_GUARD_ERROR_TOO_MANY,
} DossierJsonGuardError;

typedef struct
{
  gsize max_bytes;
  guint max_depth;
  /* Counted as structural characters ({ [ , :) outside strings, about two per value. */
  guint max_tokens;
  /* Raw length of one string literal, escapes included. */
  gsize max_string_bytes;
} DossierJsonLimits;

GQuark dossier_json_guard_error_quark (void);

JsonNode *dossier_json_parse_guarded (const char *data,
                                      gsize length,
                                      const DossierJsonLimits *limits,
                                      GError **error);

G_END_DECLS
