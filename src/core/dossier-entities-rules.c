/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* The recognition rules, applied left to right over each sentence. At each word the stronger
 * readings are tried first: a date, an ordinal meeting ("12th JCM"), a quoted title, a title
 * or honorific followed by a person's name, an exercise name in capitals, then a capitalized
 * name (a gazetteer phrase, a known acronym, or a run of capitalized words with connectors
 * typed by its head word). Every candidate claims its tokens, so readings never overlap.
 * Capitals only carry meaning in running text: in headings and Title Case lines only the
 * gazetteer, acronyms and dates are read here (names known from elsewhere come later). */

/* Types the name [a, b) and emits it; untyped names leave their places and acronyms. */
static void
classify_segment (Extraction *x, DocScan *d, guint a, guint b, guint end)
{
  const DossierGazEntry *entry = NULL;
  const char *key;
  gpointer known;
  guint g;
  int type;

  /* "Article V of the Treaty ...": a document part before "of" is not the name. */
  if (b - a > 3 && dossier_ent_is_stopword (x, d, a) && dossier_tok_is_upper (d, a))
    {
      guint k = a + 1;

      while (k < b && (d->toks[k].flags & (DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_CAPITALIZED))
             && strspn (d->keys[k].fold, "0123456789ivxlc") == strlen (d->keys[k].fold))
        k++;
      if (k > a + 1 && k + 1 < b && dossier_tok_is (d, k, "of"))
        {
          a = k + 1;
          while (a < b && dossier_tok_is (d, a, "the"))
            a++;
        }
    }
  while (a < b
         && (dossier_tok_is (d, a, "the") || dossier_tok_is (d, a, "and")
             || dossier_ent_is_initial_junk (x, d, a, end)))
    a++;
  /* Trailing connectors and marks go; a trailing lowercase word stays only in a known long
   * form ("UN Security Council resolutions"). */
  while (b > a && !dossier_tok_is_upper (d, b - 1) && !(d->toks[b - 1].flags & DOSSIER_TOKEN_NUMBER)
         && (!dossier_tok_is_word (d, b - 1) || dossier_tok_is (d, b - 1, "of")
             || dossier_tok_is (d, b - 1, "for") || dossier_tok_is (d, b - 1, "and")
             || dossier_tok_is (d, b - 1, "on") || dossier_tok_is (d, b - 1, "the")
             || dossier_tok_is (d, b - 1, "de")))
    b--;
  b = dossier_ent_cut_open_bracket (d, a, b);
  if (b <= a)
    return;

  g = dossier_doc_scan_gaz (x, d, a, b - a, &entry, NULL);
  if (g == b - a && entry)
    {
      dossier_ent_emit_gaz (x, d, a, g, entry);
      return;
    }
  /* "Indo-Pacific Region" is the Indo-Pacific. */
  if (g > 0 && g + 1 == b - a && entry && entry->type == DOSSIER_ENTITY_GPE
      && (dossier_tok_is (d, b - 1, "region") || dossier_tok_is (d, b - 1, "area")))
    {
      Cand *c = dossier_entities_add_cand (x, d, a, b, entry->type, CAND_GAZ,
                                           dossier_ent_cand_key (x, "gz:", entry->name));

      c->name = dossier_intern (x, entry->name);
      return;
    }

  /* A long form defined with an acronym, perhaps after a place: "U.S. Department of Defense". */
  for (guint k = a; k < b && k < a + 4; k++)
    {
      AcrDef *def;

      if (k > a && (!d->toks[k].space_before || !dossier_ent_is_place (x, d, a, k)))
        continue;
      def = dossier_ent_lookup_key (x, d, x->long_forms, k, b);
      if (def && (def->type >= 0 || def->gaz) && def->title == NULL)
        {
          Cand *c;

          if (k > a)
            classify_segment (x, d, a, k, end);
          if (def->gaz && (entry = dossier_gazetteer_lookup (x->gaz, def->gaz)))
            {
              dossier_ent_emit_gaz (x, d, k, b - k, entry);
              return;
            }
          if (def->type == DOSSIER_ENTITY_EVENT
              && dossier_ent_try_exercise_name (x, d, k, b, end, FALSE) != k)
            return;
          c = dossier_entities_add_cand (x, d, k, b, def->type, CAND_NAME,
                                         dossier_ent_cand_key (x, "acr:", def->sf));
          c->acronym = def->sf;
          c->name = def->lf;
          return;
        }
    }

  /* "U.S. Department of Justice", "ROK Ministry of Unification": a country before an
   * "X of Y" body is the body's country, not part of its name. */
  if (g > 0 && g < b - a && entry && entry->type == DOSSIER_ENTITY_GPE
      && d->toks[a + g].space_before && a + g + 2 < b
      && dossier_tok_in_list (x, d, a + g, DOSSIER_GAZ_DEPARTMENT_HEADS)
      && (dossier_tok_is (d, a + g + 1, "of") || dossier_tok_is (d, a + g + 1, "for")))
    {
      dossier_ent_emit_gaz (x, d, a, g, entry);
      classify_segment (x, d, a + g, b, end);
      return;
    }

  /* "U.S.-Japan Sea Guardian exercise": the countries take part in the exercise "Sea Guardian". */
  {
    guint after = dossier_place_run_end (x, d, a, b);

    if (after > a && b - after >= 1 && dossier_ent_is_exercise_word (x, d, b, end)
        && dossier_ent_try_exercise_name (x, d, after, b, end, FALSE) != after)
      {
        dossier_ent_emit_inner (x, d, a, after);
        return;
      }
  }

  if (dossier_ent_try_exercise_name (x, d, a, b, end, FALSE) != a)
    return;

  /* "Future-JTF": a word glued to an acronym names something of the acronym's kind. */
  if (b == a + 3 && dossier_ent_joins (d, a + 1, end) && dossier_tok_is_upper (d, a) && g == 0
      && !(d->toks[a].flags & DOSSIER_TOKEN_ALL_CAPS))
    {
      guint len;
      AcrDef *def = dossier_entities_acronym_at (x, d, a + 2, b, &len);

      if (def && def->type >= 0 && def->title == NULL && len == 1)
        {
          key = dossier_name_key (x, d, a, b);
          dossier_entities_add_cand (x, d, a, b, def->type, CAND_NAME,
                                     dossier_ent_cand_key (x, "nm:", key));
          return;
        }
    }

  key = dossier_name_key (x, d, a, b);
  known = g_hash_table_lookup (x->known, key);
  type = known ? (GPOINTER_TO_INT (known) & 0xff) - 1
               : dossier_entities_head_type (x, d, a, b, FALSE);

  /* A head word alone ("the Alliance", "the Summit") refers back; it names nothing new. */
  if (type >= 0 && !known)
    {
      guint dossier_ent_n_words = 0;
      gboolean only_heads = TRUE;

      for (guint t = a; t < b; t++)
        if (dossier_tok_is_word (d, t))
          {
            dossier_ent_n_words++;
            if (dossier_tok_head_type (x, d, t) < 0 && !dossier_ent_is_stopword (x, d, t))
              only_heads = FALSE;
          }
      if (only_heads)
        return;
    }
  if (type >= 0)
    {
      dossier_entities_add_cand (x, d, a, b, type, CAND_NAME, dossier_ent_cand_key (x, "nm:", key));
      dossier_ent_remember_name (x, d, a, b, type, FALSE);
      /* Also without a leading place run: "U.S.-Japan Sea Guardian" -> "Sea Guardian". */
      return;
    }

  /* "held at Lake Tahoe": an unknown name after "at" is a place, unless it holds an office
   * ("at the Vice-Minister level") or a word of one. */
  if (a > 0 && dossier_tok_is (d, a - 1, "at") && g == 0 && b - a >= 2
      && !(b < end && dossier_tok_is (d, b, "level")))
    {
      gboolean office = FALSE;

      for (guint t = a; t < b; t++)
        if (dossier_ent_is_title_at (x, d, t, b)
            || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_PORTFOLIOS)
            || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_TITLE_PREFIXES))
          office = TRUE;
      if (!office)
        {
          dossier_entities_add_cand (x, d, a, b, DOSSIER_ENTITY_GPE, CAND_NAME,
                                     dossier_ent_cand_key (x, "nm:", key));
          dossier_ent_remember_name (x, d, a, b, DOSSIER_ENTITY_GPE, FALSE);
          return;
        }
    }

  dossier_ent_emit_inner (x, d, a, b);
  if (b - a <= 6)
    dossier_entities_add_cand (x, d, a, b, -1, CAND_PENDING, dossier_ent_cand_key (x, "nm:", key));
  /* Pending candidates do not claim their tokens: the places inside them already did. */
}

/* A capitalized name from @t: splits it at "and" where the parts are separate names, then
 * types each part. Returns the token after the name. */
static guint
process_name (Extraction *x, DocScan *d, guint t, guint e, guint end)
{
  guint seg = t;
  guint first_cand = x->cands->len;
  gboolean exercise_list = FALSE;

  /* "exercises, such as Sea Guardian and Sky Lance": the names listed are exercises. */
  {
    guint p = t;

    if (p > 0 && (dossier_tok_is (d, p - 1, "including") || dossier_tok_is (d, p - 1, "like")))
      p--;
    else if (p > 1 && dossier_tok_is (d, p - 1, "as") && dossier_tok_is (d, p - 2, "such"))
      p -= 2;
    if (p < t && p > 0 && dossier_tok_is (d, p - 1, ","))
      p--;
    exercise_list = p < t && p > 0 && dossier_ent_is_exercise_word (x, d, p - 1, end);
  }

  for (guint u = t; u <= e; u++)
    {
      if (u < e && !dossier_tok_is (d, u, "and"))
        continue;
      if (u < e)
        {
          guint next_end = u + 1;
          gboolean left_typed, left_named, right_named;

          while (next_end < e && !dossier_tok_is (d, next_end, "and"))
            next_end++;
          left_typed = dossier_entities_head_type (x, d, seg, u, FALSE) >= 0;
          left_named = dossier_ent_is_known_name_at (x, d, seg, u)
                       || dossier_doc_scan_gaz (x, d, seg, u - seg, NULL, NULL) == u - seg;
          right_named = dossier_ent_is_known_name_at (x, d, u + 1, next_end)
                        || dossier_doc_scan_gaz (x, d, u + 1, next_end - u - 1, NULL, NULL) > 0;
          /* "Science and Technology Executive Committee" is one name: the part before "and"
           * has no type of its own and the whole has one. */
          if (!exercise_list && !left_typed && !left_named && !right_named
              && dossier_entities_head_type (x, d, seg, next_end, FALSE) >= 0)
            continue;
          /* "Treaty of Mutual Cooperation and Security", "Institute of Standards and
           * Technology": "and" inside the complement of a named thing. */
          if (!exercise_list && left_typed && !right_named
              && dossier_ent_n_words (d, u + 1, next_end) <= 3
              && dossier_entities_head_type (x, d, u + 1, next_end, FALSE) < 0)
            {
              gboolean complement = FALSE;

              for (guint k = seg + 1; k < u; k++)
                if (dossier_tok_is (d, k, "of") || dossier_tok_is (d, k, "for"))
                  complement = TRUE;
              if (complement)
                continue;
            }
        }
      classify_segment (x, d, seg, u, end);
      seg = u + 1;
    }

  if (exercise_list)
    for (guint i = first_cand; i < x->cands->len; i++)
      {
        Cand *c = &g_array_index (x->cands, Cand, i);

        if ((c->kind == CAND_PENDING || c->kind == CAND_NAME) && c->type != DOSSIER_ENTITY_GPE)
          {
            c->type = DOSSIER_ENTITY_EVENT;
            c->kind = CAND_EXERCISE;
            for (guint k = c->t0; k < c->t1; k++)
              d->toks[k].used = TRUE;
            dossier_ent_remember_name (x, d, c->t0, c->t1, DOSSIER_ENTITY_EVENT, TRUE);
          }
      }
  return e;
}

static void
scan_sentence (Extraction *x, DocScan *d, guint s)
{
  guint t = d->sent_first[s];
  guint end = d->sent_first[s + 1];
  gboolean plain = d->sent_plain[s];
  const char *pending = NULL;
  guint pending_at = G_MAXUINT;

  while (t < end)
    {
      guint n;
      const DossierGazEntry *entry = NULL;
      guint g, a = 0, e;
      AcrDef *def;

      if (d->toks[t].used)
        {
          t++;
          continue;
        }
      if (t > pending_at)
        pending = NULL;
      if ((n = dossier_entities_match_date (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }
      if (dossier_tok_is_ordinal (d, t) && (n = dossier_ent_try_ordinal (x, d, t, end, plain)) > t)
        {
          t = n;
          continue;
        }
      /* Headings and Title Case lines wait for what running text teaches (scan_late). */
      if (!plain)
        {
          t++;
          continue;
        }
      if (plain && dossier_tok_is_open_quote (d, t)
          && (n = dossier_ent_try_quoted (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }
      if (!dossier_tok_is_upper (d, t))
        {
          t++;
          continue;
        }
      if (plain && (n = dossier_ent_try_person (x, d, t, end, &pending, &pending_at)) > t)
        {
          t = n;
          continue;
        }
      if (plain && (d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS)
          && (n = dossier_ent_try_caps_exercise (x, d, t, end)) > t)
        {
          t = n;
          continue;
        }

      g = dossier_doc_scan_gaz (x, d, t, end - t, &entry, NULL);
      def = dossier_entities_acronym_at (x, d, t, end, &a);
      if (def && def->title)
        {
          t += a;
          continue;
        }
      if (def && def->type < 0 && def->gaz == NULL)
        a = 0;
      e = plain ? dossier_ent_name_extent (x, d, t, end) : t + 1;
      /* "UN General Assembly resolutions (UNGARs)": a long form may end in lowercase. */
      if (plain && e - t >= 2 && e < end && dossier_tok_is_word (d, e)
          && !dossier_tok_is_upper (d, e) && !(d->toks[e].flags & DOSSIER_TOKEN_NUMBER)
          && d->toks[e].space_before && g_hash_table_size (x->long_forms) > 0)
        {
          g_autoptr (GString) key = g_string_new (NULL);

          dossier_name_key_build (x, d, t, e + 1, key);
          if (g_hash_table_contains (x->long_forms, key->str))
            e++;
        }
      if (plain && e - t > MAX (g, a))
        {
          t = process_name (x, d, t, e, end);
          continue;
        }
      if (g > 0 && g >= a && entry)
        {
          dossier_ent_emit_gaz (x, d, t, g, entry);
          t += g;
        }
      else if (a > 0)
        {
          dossier_ent_emit_acronym (x, d, t, a, def);
          t += a;
        }
      else
        {
          if (plain)
            classify_segment (x, d, t, t + 1, end);
          t++;
        }
    }
}

#define MAX_LATE_WORDS 8

/* Names and ordinals in headings and Title Case lines, read with what running text taught. */
void
dossier_entities_scan_late (Extraction *x, DocScan *d)
{
  g_autoptr (GString) key = g_string_new (NULL);

  for (guint s = 0; s < d->sentences->len; s++)
    {
      guint end = d->sent_first[s + 1];

      if (d->sent_plain[s])
        continue;
      for (guint t = d->sent_first[s]; t < end;)
        {
          guint start = t, best = 0;
          AcrDef *def = NULL;
          int type = -1;
          gboolean ordinal = FALSE;

          if (dossier_tok_is_ordinal (d, t) && t + 1 < end && !d->toks[t + 1].used)
            {
              ordinal = TRUE;
              start = t + 1;
            }
          if (d->toks[start].used || !dossier_tok_is_upper (d, start))
            {
              t++;
              continue;
            }
          for (guint len = MIN (MAX_LATE_WORDS, end - start); len >= 2 && best == 0; len--)
            {
              gboolean free = TRUE;

              for (guint u = start; u < start + len; u++)
                if (d->toks[u].used)
                  free = FALSE;
              if (!free || !dossier_tok_is_upper (d, start + len - 1))
                continue;
              dossier_name_key_build (x, d, start, start + len, key);
              def = g_hash_table_lookup (x->long_forms, key->str);
              if (def && def->title == NULL && (def->type >= 0 || def->gaz))
                {
                  best = len;
                  type = def->type;
                }
              else if (!ordinal)
                {
                  gpointer known = g_hash_table_lookup (x->known, key->str);

                  def = NULL;
                  if (known)
                    {
                      best = len;
                      type = (GPOINTER_TO_INT (known) & 0xff) - 1;
                    }
                }
            }
          if (!ordinal && best > 0
              && dossier_doc_scan_gaz (x, d, start, end - start, NULL, NULL) >= best)
            best = 0; /* the gazetteer reads "REPUBLIC OF KOREA" itself */
          if (best == 0
              || (ordinal
                  && (def == NULL
                      || (type != DOSSIER_ENTITY_EVENT && type != DOSSIER_ENTITY_AGREEMENT))))
            {
              const DossierGazEntry *entry = NULL;
              guint g = dossier_doc_scan_gaz (x, d, start, end - start, &entry, NULL);
              guint a = 0;
              AcrDef *acr = dossier_entities_acronym_at (x, d, start, end, &a);

              if (acr && (acr->title || (acr->type < 0 && acr->gaz == NULL)))
                a = 0;
              if (g > 0 && g >= a && entry)
                {
                  dossier_ent_emit_gaz (x, d, start, g, entry);
                  t = start + g;
                }
              else if (a > 0)
                {
                  dossier_ent_emit_acronym (x, d, start, a, acr);
                  t = start + a;
                }
              else
                t++;
              continue;
            }
          if (ordinal)
            {
              g_autofree char *k = g_strconcat ("ord:", d->keys[t].fold, "|acr:", def->sf, NULL);
              g_autofree char *name = g_strdup_printf ("%s %s", d->keys[t].exact, def->lf);
              Cand *c = dossier_entities_add_cand (x, d, t, start + best, type, CAND_ORDINAL,
                                                   dossier_intern (x, k));

              c->name = dossier_intern (x, name);
            }
          else if (def)
            {
              g_autofree char *k = g_strconcat ("acr:", def->sf, NULL);
              Cand *c = dossier_entities_add_cand (x, d, start, start + best, type, CAND_NAME,
                                                   dossier_intern (x, k));

              c->acronym = def->sf;
              c->name = def->lf;
            }
          else
            {
              g_autofree char *k = g_strconcat ("nm:", key->str, NULL);

              dossier_entities_add_cand (x, d, start, start + best, type, CAND_NAME,
                                         dossier_intern (x, k));
            }
          t = start + best;
        }
    }
}

void
dossier_entities_scan_document (Extraction *x, DocScan *d)
{
  for (guint s = 0; s < d->sentences->len; s++)
    scan_sentence (x, d, s);
}
