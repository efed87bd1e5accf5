/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "dossier-import-private.h"

gboolean
dossier_import_pdf (DossierRawText *raw,
                    GBytes *bytes,
                    guint *n_pages,
                    const DossierProgressRange *progress,
                    GCancellable *cancellable,
                    GError **error)
{
  g_autoptr (GError) local = NULL;
  PopplerDocument *doc = NULL;
  gboolean ok = TRUE;
  gsize offset = 0;
  int pages;

  doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  if (doc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_ENCRYPTED,
                     _("The PDF is protected by a password"));
      else
        g_set_error (error, DOSSIER_IMPORT_ERROR, DOSSIER_IMPORT_ERROR_DAMAGED,
                     _("The PDF is damaged or incomplete: %s"), local ? local->message : "");
      return FALSE;
    }

  pages = poppler_document_get_n_pages (doc);
  *n_pages = pages;
  for (int i = 0; i < pages; i++)
    {
      PopplerPage *page;
      g_autofree char *text = NULL;
      gsize len;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      /* Poppler on Debian 12 declares no autoptr cleanups for its types. */
      page = poppler_document_get_page (doc, i);
      if (page == NULL)
        continue;
      text = poppler_page_get_text (page);
      g_object_unref (page);
      if (text == NULL)
        continue;
      len = strlen (text);
      if (!g_utf8_validate (text, len, NULL))
        {
          char *valid = g_utf8_make_valid (text, len);
          g_free (text);
          text = valid;
          len = strlen (text);
        }
      /* Each page starts new blocks; the normalizer rejoins a paragraph split by the break. */
      dossier_raw_text_end_block (raw);
      if (!dossier_import_text_lines (raw, text, len, offset, i, TRUE, NULL, cancellable, error))
        {
          ok = FALSE;
          break;
        }
      offset += len + 1;
      dossier_progress_report (progress, (double) (i + 1) / pages);
    }
  g_object_unref (doc);
  return ok;
}
