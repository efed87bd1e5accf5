/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Writes small PDFs for the tests with cairo, so that no binary fixture has to be trusted:
 * each page is a list of lines set at a fixed measure, as a statement's PDF is. An empty
 * line leaves a line's height of space.
 */

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib.h>

static cairo_status_t
dossier_test_pdf_write (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* @pages: NULL-terminated array of NULL-terminated arrays of lines. */
static inline GBytes *
dossier_test_make_pdf (const char *const *const *pages)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (dossier_test_pdf_write, out, 595, 842);
  cr = cairo_create (surface);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 11);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      double y = 72;

      for (guint l = 0; pages[p][l] != NULL; l++)
        {
          y += 16;
          if (pages[p][l][0] == '\0')
            continue;
          cairo_move_to (cr, 72, y);
          cairo_show_text (cr, pages[p][l]);
        }
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

/* Frees cairo's and fontconfig's caches at exit, so that the leak checker sees only ours. */
static inline void
dossier_test_pdf_shutdown (void)
{
  cairo_debug_reset_static_data ();
  FcFini ();
}

/* A three-page statement: a paragraph runs from page one onto page two. */
static const char *const dossier_test_pdf_page1[] = {
  "Joint Statement on the 7th Example Dialogue",
  "May 2, 2024",
  "",
  "The delegations of Examplia and Samplestan met in Capital City to",
  "review progress on the shared agenda of the two governments and",
  "agreed on the next steps.",
  "",
  "The two sides also acknowledged the importance of steady and full",
  "implementation of the plan adopted at the previous meeting by both",
  NULL,
};

static const char *const dossier_test_pdf_page2[] = {
  "governments, and pledged to report on its progress at the next",
  "meeting in Second City before the year ends.",
  "",
  "MARITIME COOPERATION",
  "",
  "Both sides welcomed the first report of the new working group on",
  "maritime cooperation and the exercise held in the northern sea.",
  NULL,
};

static const char *const dossier_test_pdf_page3[] = {
  "Examplia and Samplestan will hold the 8th Example Dialogue in the",
  "second half of 2025 in Capital City, and the ministers committed",
  "to meet again before it.",
  NULL,
};

static const char *const *const dossier_test_pdf_statement[] = {
  dossier_test_pdf_page1,
  dossier_test_pdf_page2,
  dossier_test_pdf_page3,
  NULL,
};
