/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* Events and agreements with a shape of their own: exercises (in capitals, with a year, next
 * to an exercise word), ordinal meetings ("12th JCM") and quoted titles of documents. */

#define MAX_QUOTED_TOKENS 40

/* A year right after a name: "Northern Guard 25". */
gboolean
dossier_ent_is_short_year (DocScan *d, guint t, guint end)
{
  const char *k;
  gsize n;

  if (t >= end || !(d->toks[t].flags & DOSSIER_TOKEN_NUMBER) || !d->toks[t].space_before)
    return FALSE;
  k = d->keys[t].fold;
  n = strlen (k);
  if (n != 2 && n != 4)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (k[i]))
      return FALSE;
  return TRUE;
}

gboolean
dossier_ent_is_exercise_word (Extraction *x, DocScan *d, guint t, guint end)
{
  return t < end && dossier_tok_in_list (x, d, t, DOSSIER_GAZ_EXERCISE_WORDS);
}

/* An exercise name at [t0, t1), perhaps with a year after it. Returns the end, or t0. */
guint
dossier_ent_try_exercise_name (Extraction *x, DocScan *d, guint t0, guint t1, guint end,
                               gboolean caps)
{
  guint e = t1;
  gboolean cue = FALSE;
  AcrDef *def;
  const char *key;
  Cand *c;

  if (dossier_ent_is_exercise_word (x, d, e, end) && dossier_ent_is_short_year (d, e + 1, end))
    {
      e += 2;
      cue = TRUE;
    }
  else if (dossier_ent_is_short_year (d, e, end))
    {
      e++;
      cue = dossier_ent_is_exercise_word (x, d, e, end)
            || (dossier_tok_is (d, e, "(") && e + 2 < end && dossier_tok_is_upper (d, e + 1));
    }
  else if (dossier_ent_is_exercise_word (x, d, e, end))
    cue = TRUE;
  if (t0 > 0 && dossier_ent_is_exercise_word (x, d, t0 - 1, end) && !d->toks[t0 - 1].used)
    cue = TRUE;
  if (!cue && !(caps && t1 - t0 >= 2))
    return t0;

  key = dossier_name_key (x, d, t0, e);
  def = g_hash_table_lookup (x->long_forms, key);
  if (def && def->type == DOSSIER_ENTITY_EVENT)
    {
      c = dossier_entities_add_cand (x, d, t0, e, DOSSIER_ENTITY_EVENT, CAND_EXERCISE,
                                     dossier_ent_cand_key (x, "acr:", def->sf));
      c->acronym = def->sf;
      c->name = def->lf;
    }
  else
    dossier_entities_add_cand (x, d, t0, e, DOSSIER_ENTITY_EVENT, CAND_EXERCISE,
                               dossier_ent_cand_key (x, "nm:", key));
  /* The series without its year, for "such as Northern Guard" elsewhere. */
  dossier_ent_remember_name (x, d, t0, t1, DOSSIER_ENTITY_EVENT, TRUE);
  if (e != t1)
    dossier_ent_remember_name (x, d, t0, e, DOSSIER_ENTITY_EVENT, TRUE);
  return e;
}

/* An exercise in capitals: "PACIFIC VANGUARD", "NORTHERN GUARD exercise 25". */
guint
dossier_ent_try_caps_exercise (Extraction *x, DocScan *d, guint t, guint end)
{
  guint r = t;
  gboolean own_word = FALSE;

  while (r < end && !d->toks[r].used && (d->toks[r].flags & DOSSIER_TOKEN_ALL_CAPS)
         && (r == t || d->toks[r].space_before || dossier_ent_joins (d, r - 1, end)))
    {
      guint a;
      DossierGazForm form = DOSSIER_GAZ_FORM_NAME;
      guint g = dossier_doc_scan_gaz (x, d, r, 1, NULL, &form);

      /* Words, not acronyms: "PACIFIC VANGUARD" may hold a place name, not "ROK". */
      if (strlen (d->keys[r].fold) < 3 || dossier_entities_acronym_at (x, d, r, end, &a) != NULL
          || (g > 0 && form == DOSSIER_GAZ_FORM_ACRONYM)
          || strpbrk (d->keys[r].fold, "aeiouy") == NULL || strchr (d->keys[r].fold, '.') != NULL)
        break;
      if (g == 0)
        own_word = TRUE;
      r++;
    }
  if (r == t || !own_word)
    return t;
  return dossier_ent_try_exercise_name (x, d, t, r, end, TRUE);
}

/* "12th JCM", "the 8th Japan-U.S. Extended Deterrence Dialogue", "3rd Host Nation Support
 * Agreement". The instance is its own entity, keyed by number and series. */
guint
dossier_ent_try_ordinal (Extraction *x, DocScan *d, guint t, guint end, gboolean plain)
{
  guint a, n = t + 1, e;
  AcrDef *def;
  const char *series = NULL;
  const char *series_name = NULL;
  int type = -1;
  g_autofree char *key = NULL;
  g_autofree char *number = NULL;
  Cand *c;

  if ((def = dossier_entities_acronym_at (x, d, n, end, &a)) && def->title == NULL
      && def->gaz == NULL
      && (def->type < 0 || def->type == DOSSIER_ENTITY_EVENT
          || def->type == DOSSIER_ENTITY_AGREEMENT))
    {
      e = n + a;
      type = def->type < 0 ? DOSSIER_ENTITY_EVENT : def->type;
      series = dossier_ent_cand_key (x, "acr:", def->sf);
      series_name = def->lf;
    }
  else
    {
      if (!plain || !dossier_tok_is_upper (d, n))
        return t;
      /* The name right after the number: "24th Korea-U.S. Integrated Defense Dialogue". */
      e = dossier_ent_name_extent (x, d, n, end);
      for (guint k = n; k < e && k < n + 4; k++)
        {
          if (k > n && !d->toks[k].space_before)
            continue;
          def = dossier_ent_lookup_key (x, d, x->long_forms, k, e);
          if (def && def->title == NULL && k == n)
            break;
          def = NULL;
        }
      if (def || dossier_entities_head_type (x, d, n, e, FALSE) == DOSSIER_ENTITY_EVENT
          || dossier_entities_head_type (x, d, n, e, FALSE) == DOSSIER_ENTITY_AGREEMENT)
        goto found;
      /* Places between the number and the name: "56th United States (U.S.)-Republic of Korea
       * (ROK) Security Consultative Meeting". They stay places; the instance is the name. */
      while (n < end)
        {
          guint g = dossier_doc_scan_gaz (x, d, n, end - n, NULL, NULL);
          guint after = n + g;

          if (g == 0)
            break;
          if (after < end && !d->toks[after].space_before && dossier_ent_is_joiner (d, after))
            after++;
          else if (after + 2 < end && dossier_tok_is (d, after, "(")
                   && dossier_tok_is (d, after + 2, ")"))
            {
              after += 3;
              if (after < end && dossier_ent_is_joiner (d, after) && !d->toks[after].space_before)
                after++;
            }
          else if (d->toks[after].space_before == FALSE || after >= end
                   || !dossier_tok_is_upper (d, after))
            break;
          if (after >= end || !dossier_tok_is_upper (d, after))
            break;
          /* Only skip the places when an event or agreement name follows. */
          {
            guint ne = dossier_ent_name_extent (x, d, after, end);
            int ht = dossier_entities_head_type (x, d, after, ne, FALSE);

            if (ht != DOSSIER_ENTITY_EVENT && ht != DOSSIER_ENTITY_AGREEMENT
                && !dossier_ent_lookup_key (x, d, x->long_forms, after, ne))
              break;
          }
          dossier_ent_emit_inner (x, d, n, after);
          n = after;
        }
      if (n >= end || !dossier_tok_is_upper (d, n) || d->toks[n].used)
        return t;
      e = dossier_ent_name_extent (x, d, n, end);
    found:
      for (guint k = n; k < e && k < n + 4; k++)
        {
          if (k > n && !d->toks[k].space_before)
            continue;
          def = dossier_ent_lookup_key (x, d, x->long_forms, k, e);
          if (def && def->title == NULL)
            break;
          def = NULL;
        }
      if (def)
        {
          type = def->type < 0 ? DOSSIER_ENTITY_EVENT : def->type;
          series = dossier_ent_cand_key (x, "acr:", def->sf);
          series_name = def->lf;
        }
      else
        {
          type = dossier_entities_head_type (x, d, n, e, FALSE);
          series = dossier_ent_cand_key (x, "nm:", dossier_name_key (x, d, n, e));
        }
      if (type != DOSSIER_ENTITY_EVENT && type != DOSSIER_ENTITY_AGREEMENT)
        return t;
    }

  number = g_strdup (d->keys[t].exact);
  key = g_strconcat ("ord:", d->keys[t].fold, "|", series, NULL);
  /* With places in between, the mention is the name only; otherwise it starts at the number. */
  c = dossier_entities_add_cand (x, d, n == t + 1 ? t : n, e, type, CAND_ORDINAL,
                                 dossier_intern (x, key));
  d->toks[t].used = TRUE;
  if (series_name)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", number, series_name);

      c->name = dossier_intern (x, name);
    }
  return e;
}

/* A quoted title: “Joint Statement on ...”, 'Joint Vision for ...'. */
guint
dossier_ent_try_quoted (Extraction *x, DocScan *d, guint t, guint end)
{
  guint close = 0, a = t + 1, b;
  guint dossier_ent_n_words = 0, n_upper = 0;
  int type;
  const char *key;
  AcrDef *def;
  Cand *c;

  for (guint u = t + 1; u < end && u < t + MAX_QUOTED_TOKENS; u++)
    if (dossier_tok_is_close_quote (d, u, t))
      {
        close = u;
        break;
      }
  if (close == 0)
    return t;
  b = close;
  while (b > a && (d->toks[b - 1].flags & DOSSIER_TOKEN_PUNCT))
    b--;
  b = dossier_ent_cut_open_bracket (d, a, b);
  while (a < b && dossier_tok_is (d, a, "the"))
    a++;
  if (b <= a + 1 || !dossier_tok_is_upper (d, a))
    return t;
  for (guint u = a; u < b; u++)
    {
      if (!dossier_tok_is_word (d, u) || strlen (d->keys[u].fold) < 4)
        continue;
      dossier_ent_n_words++;
      if (dossier_tok_is_upper (d, u))
        n_upper++;
    }
  if (n_upper * 10 < dossier_ent_n_words * 6)
    return t;
  for (guint u = a; u < b; u++)
    if (d->toks[u].used)
      return t;
  key = dossier_name_key (x, d, a, b);
  def = g_hash_table_lookup (x->long_forms, key);
  type = def && def->type >= 0 ? def->type : dossier_entities_head_type (x, d, a, b, TRUE);
  if (type < 0 || type == DOSSIER_ENTITY_GPE)
    return t;
  c = dossier_entities_add_cand (x, d, a, b, type, CAND_QUOTED,
                                 def ? dossier_ent_cand_key (x, "acr:", def->sf)
                                     : dossier_ent_cand_key (x, "nm:", key));
  if (def)
    {
      c->acronym = def->sf;
      c->name = def->lf;
    }
  dossier_ent_remember_name (x, d, a, b, type, TRUE);
  d->toks[t].used = TRUE;
  d->toks[close].used = TRUE;
  return close + 1;
}
