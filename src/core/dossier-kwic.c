/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-kwic.h"

/* Context never reaches into the neighbouring block: a heading above a paragraph is not its
 * context. Line breaks inside the kept text become spaces. */
static char *
one_line (char *s)
{
  for (char *p = s; *p; p++)
    if (*p == '\n')
      *p = ' ';
  return s;
}

void
dossier_kwic_init (DossierKwic *kwic, DossierDocument *document, guint start, guint end, guint context_chars)
{
  const DossierBlock *block = dossier_document_find_block (document, start);
  guint lo = block ? block->start : 0;
  guint hi = block ? block->end : dossier_document_get_length (document);
  guint from = start > lo + context_chars ? start - context_chars : lo;
  guint to = MIN (hi, end + context_chars);
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  const char *l, *r;

  /* Cut at word boundaries so the line does not start or end mid-word. */
  left = dossier_document_dup_slice (document, from, start);
  l = left;
  if (from > lo)
    {
      const char *space = strchr (left, ' ');
      if (space != NULL)
        l = space + 1;
    }
  right = dossier_document_dup_slice (document, end, to);
  r = right;
  if (to < hi)
    {
      char *space = strrchr (right, ' ');
      if (space != NULL)
        *space = '\0';
    }

  kwic->before = one_line (g_strconcat (from > lo ? "…" : "", l, NULL));
  kwic->keyword = one_line (dossier_document_dup_slice (document, start, end));
  kwic->after = one_line (g_strconcat (r, to < hi ? "…" : "", NULL));
}

void
dossier_kwic_clear (DossierKwic *kwic)
{
  g_clear_pointer (&kwic->before, g_free);
  g_clear_pointer (&kwic->keyword, g_free);
  g_clear_pointer (&kwic->after, g_free);
}
