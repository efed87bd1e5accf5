/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-linker-private.h"

/* What the entity layer tells the linker (see dossier-linker.c for the whole): every mention
 * of a named thing is a term of its own, so that "Secretary of the Navy" and "SECNAV" match
 * when the entities stage has merged them, and the places among the entities (countries,
 * regions, seas) are marked: where something happens is not what was promised. */

static int
compare_pairs (gconstpointer a, gconstpointer b)
{
  const guint *x = a, *y = b;

  return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] < y[1] ? -1 : x[1] > y[1]);
}

/* (unit, entity term) pairs, sorted by unit, for every mention of an entity inside a unit.
 * People are left out: who speaks ("Minister Larsen reiterated") says nothing about what was
 * promised. Dates too: the temporal stage reads them. */
GArray *
linker_entity_terms (LinkerRun *run)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  guint n;

  if (!run->entities)
    return pairs;
  n = dossier_entity_set_get_n_entities (run->entities);
  for (guint e = 0; e < n; e++)
    {
      DossierEntity *entity = dossier_entity_set_get_entity (run->entities, e);
      DossierEntityType type = dossier_entity_get_entity_type (entity);
      const DossierMention *mentions;
      guint n_mentions, term;
      char key[24];

      if (type == DOSSIER_ENTITY_PERSON || type == DOSSIER_ENTITY_DATE)
        continue;
      g_snprintf (key, sizeof key, "@%u", e);
      term = linker_intern_term (run, TERM_ENTITY, key, (int) e, -1);
      g_array_index (run->terms, Term, term).place = type == DOSSIER_ENTITY_GPE;
      mentions = dossier_entity_get_mentions (entity, &n_mentions);
      for (guint m = 0; m < n_mentions; m++)
        {
          guint di = GPOINTER_TO_UINT (g_hash_table_lookup (run->doc_index, mentions[m].document));
          const LinkerDoc *doc;
          guint lo, hi;

          if (di == 0)
            continue;
          doc = g_ptr_array_index (run->docs, di - 1);
          lo = doc->first_unit;
          hi = doc->first_unit + doc->n_units;
          while (lo < hi)
            {
              guint mid = (lo + hi) / 2;

              if (g_array_index (run->units, Unit, mid).end <= mentions[m].start)
                lo = mid + 1;
              else
                hi = mid;
            }
          if (lo < doc->first_unit + doc->n_units
              && g_array_index (run->units, Unit, lo).start <= mentions[m].start)
            {
              guint pair[2] = { lo, term };

              g_array_append_vals (pairs, pair, 1);
            }
        }
    }
  g_array_sort (pairs, compare_pairs);
  return pairs;
}

/* Marks the words and acronyms of the corpus's places (GPE entities: countries, regions,
 * seas) as such: a link needs shared evidence besides where things happen. Needs the acronyms
 * of the corpus found. */
void
linker_mark_places (LinkerRun *run)
{
  guint n;

  if (!run->entities)
    return;
  linker_add_lexicon_acronyms (run);
  n = dossier_entity_set_get_n_entities (run->entities);
  for (guint e = 0; e < n; e++)
    {
      DossierEntity *entity = dossier_entity_set_get_entity (run->entities, e);
      const char *const *aliases;

      if (dossier_entity_get_entity_type (entity) != DOSSIER_ENTITY_GPE)
        continue;
      aliases = dossier_entity_get_aliases (entity);
      for (guint i = 0; aliases && aliases[i]; i++)
        {
          g_auto (GStrv) words = dossier_statement_split_words (aliases[i]);
          gpointer id = g_hash_table_lookup (run->acronym_ids, aliases[i]);

          if (id)
            {
              Acronym *a = g_ptr_array_index (run->acronyms, GPOINTER_TO_UINT (id) - 1);

              g_array_index (run->terms, Term, a->phrase_term).place = TRUE;
              continue;
            }
          /* The words of one-word names only ("Japan", "Indo-Pacific"): those of longer ones
           * are common words elsewhere ("people", "sea", "republic"). */
          if (strchr (aliases[i], ' '))
            continue;
          for (guint k = 0; words[k]; k++)
            {
              int stem = linker_stem_term (run, words[k]);

              if (stem >= 0)
                g_array_index (run->terms, Term, stem).place = TRUE;
            }
        }
    }
}
