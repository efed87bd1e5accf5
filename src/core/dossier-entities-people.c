/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* People: a title or honorific, then perhaps the title's complement ("of Defense", "for East
 * Asia", "(ASD)"), then a name: capitalized words, initials, glued parts ("Jin-woo"),
 * particles and suffixes. Offices without a name are no one. */

#define MAX_PERSON_WORDS 5

/* The words of a person's name from @t: capitalized words, initials, glued parts
 * ("Chang-rae"), particles and suffixes ("Jr.", ", Jr.", "III"). Returns the end, or @t. */
static guint
person_name_extent (Extraction *x, DocScan *d, guint t, guint end)
{
  guint e = t, dossier_ent_n_words = 0;

  if (t >= end || !dossier_tok_is_upper (d, t) || d->toks[t].used
      || dossier_ent_is_stopword (x, d, t) || dossier_tok_head_type (x, d, t) >= 0
      || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_PORTFOLIOS)
      || dossier_ent_is_title_at (x, d, t, end) || (d->toks[t].flags & DOSSIER_TOKEN_NUMBER))
    return t;
  while (e < end && dossier_ent_n_words < MAX_PERSON_WORDS)
    {
      if (e > t && dossier_ent_joins (d, e, end))
        {
          e += 2;
          continue;
        }
      if (e > t && dossier_tok_is (d, e, ",") && e + 1 < end
          && dossier_tok_in_list (x, d, e + 1, DOSSIER_GAZ_NAME_SUFFIXES))
        {
          e += 2;
          break;
        }
      if (dossier_tok_is_upper (d, e) && (e == t || d->toks[e].space_before) && !d->toks[e].used
          && (e == t
              || (!dossier_ent_is_stopword (x, d, e) && !dossier_ent_is_title_at (x, d, e, end)
                  && dossier_tok_head_type (x, d, e) < 0)))
        {
          e++;
          dossier_ent_n_words++;
          continue;
        }
      /* "Ursula von der Leyen", "Mohammed bin Salman" */
      if (e > t && e + 1 < end && dossier_tok_is_upper (d, e + 1)
          && (dossier_tok_is (d, e, "von") || dossier_tok_is (d, e, "van")
              || dossier_tok_is (d, e, "der") || dossier_tok_is (d, e, "de")
              || dossier_tok_is (d, e, "bin") || dossier_tok_is (d, e, "al")
              || dossier_tok_is (d, e, "da") || dossier_tok_is (d, e, "di")
              || dossier_tok_is (d, e, "la")))
        {
          e++;
          continue;
        }
      break;
    }
  return e;
}

static const char *
title_head (Extraction *x, DocScan *d, guint t, guint len)
{
  /* "Secretary of State" -> "secretary"; "Prime Minister" -> "minister" */
  for (guint u = t; u < t + len; u++)
    if (dossier_tok_is (d, u, "of") || dossier_tok_is (d, u, "for"))
      return dossier_intern (x, d->keys[u > t ? u - 1 : t].fold);
  return dossier_intern (x, d->keys[t + len - 1].fold);
}

/* After a title, its complement: "of Defense", "for Indo-Pacific Security Affairs", "(ASD)".
 * Places in it are emitted; an organization in it ("of the Joint Chiefs of Staff") too. */
static guint
title_complement (Extraction *x, DocScan *d, guint c, guint end)
{
  while (c < end)
    {
      if ((dossier_tok_is (d, c, "of") || dossier_tok_is (d, c, "for")) && c + 1 < end)
        {
          guint s = c + 1, e;

          if (dossier_tok_is (d, s, "the"))
            s++;
          e = s;
          while (e < end && !d->toks[e].used)
            {
              const DossierGazEntry *entry = NULL;
              guint g = dossier_doc_scan_gaz (x, d, e, end - e, &entry, NULL);

              if (g > 0 && entry && entry->type == DOSSIER_ENTITY_GPE)
                {
                  /* "for Indo-Pacific Security Affairs" names an office, "of Japan" a country. */
                  if (!(e + g < end && dossier_tok_in_list (x, d, e + g, DOSSIER_GAZ_PORTFOLIOS)
                        && dossier_tok_is_upper (d, e + g)))
                    dossier_ent_emit_gaz (x, d, e, g, entry);
                  e += g;
                }
              else if (dossier_tok_is_upper (d, e)
                       && dossier_tok_in_list (x, d, e, DOSSIER_GAZ_PORTFOLIOS))
                e++;
              else if (dossier_ent_joins (d, e, end)
                       || ((dossier_tok_is (d, e, "and") || dossier_tok_is (d, e, "&")
                            || dossier_tok_is (d, e, "of"))
                           && e + 1 < end && dossier_tok_is_upper (d, e + 1)
                           && dossier_tok_in_list (x, d, e + 1, DOSSIER_GAZ_PORTFOLIOS)))
                e++;
              else
                break;
            }
          if (e == s)
            return c;
          if (e - s >= 2 && dossier_entities_head_type (x, d, s, e, FALSE) == DOSSIER_ENTITY_ORG)
            {
              const char *key = dossier_name_key (x, d, s, e);
              AcrDef *def = g_hash_table_lookup (x->long_forms, key);
              Cand *cand
                  = dossier_entities_add_cand (x, d, s, e, DOSSIER_ENTITY_ORG, CAND_NAME,
                                               def ? dossier_ent_cand_key (x, "acr:", def->sf)
                                                   : dossier_ent_cand_key (x, "nm:", key));

              if (def)
                {
                  cand->acronym = def->sf;
                  cand->name = def->lf;
                }
            }
          for (guint u = c; u < e; u++)
            d->toks[u].used = TRUE;
          c = e;
        }
      else if (dossier_tok_is (d, c, "(") && c + 2 < end && dossier_tok_is (d, c + 2, ")"))
        {
          for (guint u = c; u <= c + 2; u++)
            d->toks[u].used = TRUE;
          c += 3;
        }
      else
        break;
    }
  return c;
}

/* A person after a title or honorific at @t. Returns the token after what was read (the
 * title alone when no name follows), or @t. *pending is the title head carried over a comma
 * ("Assistant Secretary ..., Dr. Ely Smith"). */
guint
dossier_ent_try_person (Extraction *x, DocScan *d, guint t, guint end, const char **pending,
                        guint *pending_at)
{
  guint p = t, len = 0, c, n;
  const char *head = NULL;
  AcrDef *def;
  gboolean honorific = FALSE;

  /* "Acting Deputy Assistant Secretary" */
  while (p < end && dossier_tok_in_list (x, d, p, DOSSIER_GAZ_TITLE_PREFIXES)
         && dossier_tok_is_upper (d, p)
         && dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, end - p, NULL, NULL,
                                     NULL)
                == 0)
    p++;
  if ((len = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_HONORIFICS, d->keys + p, end - p, NULL,
                                      NULL, NULL)))
    honorific = TRUE;
  else if ((len = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, end - p, NULL,
                                           NULL, NULL)))
    {
      guint g = dossier_doc_scan_gaz (x, d, p, end - p, NULL, NULL);

      if (g > len)
        return t;
      head = title_head (x, d, p, len);
    }
  else if ((def = dossier_entities_acronym_at (x, d, p, end, &len)) && def->title)
    head = def->title;
  else
    return t;
  if (p != t && honorific)
    return t;

  c = p + len;
  for (guint u = t; u < c; u++)
    d->toks[u].used = TRUE;
  if (!honorific)
    c = title_complement (x, d, c, end);

  n = person_name_extent (x, d, c, end);
  /* "General Security of Military Information Agreements": a title word right before a
   * capitalized word that is no name starts a name, not an office. */
  if (n == c && !honorific && c == p + len && c < end && dossier_tok_is_upper (d, c)
      && d->toks[c].space_before)
    {
      for (guint u = t; u < c; u++)
        d->toks[u].used = FALSE;
      return t;
    }
  if (n == c)
    {
      /* No name: the office alone ("the Secretary"). Its title may belong to the name after
       * a comma. */
      if (head && c < end && dossier_tok_is (d, c, ","))
        {
          *pending = head;
          *pending_at = c + 1;
        }
      else if (honorific && head == NULL)
        return c;
      return c;
    }

  {
    g_autoptr (GString) titles = g_string_new (head ? head : "");
    Cand *cand;
    guint dossier_ent_n_words = 0;
    const char *first = NULL, *last = NULL;
    gboolean after_comma = FALSE;

    if (*pending && *pending_at == t)
      {
        if (titles->len)
          g_string_append_c (titles, '|');
        g_string_append (titles, *pending);
      }
    *pending = NULL;

    /* The person's key is the first and the last word of the name, initials and suffixes
     * aside, so that "Jane Doe" and "Jane Q. Doe Jr." meet. */
    for (guint u = c; u < n; u++)
      {
        const char *k = d->keys[u].fold;

        if (dossier_tok_is (d, u, ","))
          after_comma = TRUE;
        if (!dossier_tok_is_upper (d, u) || after_comma
            || dossier_gazetteer_has_word (x->gaz, DOSSIER_GAZ_NAME_SUFFIXES, k)
            || g_str_has_suffix (k, "."))
          continue;
        dossier_ent_n_words++;
        if (first == NULL)
          first = k;
        last = k;
      }
    if (dossier_ent_n_words >= 2)
      {
        g_autofree char *key = g_strconcat ("pf:", first, "|", last, NULL);

        cand = dossier_entities_add_cand (x, d, c, n, DOSSIER_ENTITY_PERSON, CAND_PERSON,
                                          dossier_intern (x, key));
      }
    else
      {
        g_autofree char *key = g_strconcat ("ps:", first ? first : d->keys[c].fold, NULL);

        cand = dossier_entities_add_cand (x, d, c, n, DOSSIER_ENTITY_PERSON, CAND_PERSON_SHORT,
                                          dossier_intern (x, key));
      }
    cand->title = titles->len ? dossier_intern (x, titles->str) : NULL;
  }
  return n;
}
