/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-date.h"
#include "dossier-entities-private.h"

/* Building blocks of the rules: what a token is (a title, a joiner, a stopword, a month), how
 * far a capitalized name runs, and how candidates are emitted and remembered for the corpus. */

Cand *
dossier_entities_add_cand (Extraction *x, DocScan *d, guint t0, guint t1, int type, CandKind kind,
                           const char *key)
{
  Cand c = { 0 };

  c.doc = d->index;
  c.t0 = t0;
  c.t1 = t1;
  c.type = type;
  c.kind = kind;
  c.key = key;
  for (guint t = t0; t < t1; t++)
    d->toks[t].used = TRUE;
  g_array_append_val (x->cands, c);
  return &g_array_index (x->cands, Cand, x->cands->len - 1);
}

gboolean
dossier_ent_is_title_at (Extraction *x, DocScan *d, guint t, guint end)
{
  guint len, tl, hl;
  AcrDef *def;
  Tok *tok;

  if (t >= d->n_toks || !dossier_tok_is_upper (d, t))
    return FALSE;
  tok = &d->toks[t];
  /* Titles are short; the answer at the sentence's end holds for any bound past the title. */
  if (tok->title != 0xff && (tok->title == 0 || t + 4 <= end))
    return tok->title;
  tl = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + t, end - t, NULL, NULL, NULL);
  hl = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_HONORIFICS, d->keys + t, end - t, NULL, NULL,
                                NULL);
  if (tl || hl)
    {
      /* "General Assembly" is a body, not a general. */
      guint g = dossier_doc_scan_gaz (x, d, t, end - t, NULL, NULL);

      tok->title = g <= tl || tl == 0;
    }
  else
    {
      def = dossier_entities_acronym_at (x, d, t, end, &len);
      tok->title = def && def->title;
    }
  return tok->title;
}

gboolean
dossier_ent_is_joiner (DocScan *d, guint t)
{
  const char *k = d->keys[t].exact;

  return strcmp (k, "-") == 0 || strcmp (k, "&") == 0 || strcmp (k, "/") == 0
         || strcmp (k, "\u2013") == 0 || strcmp (k, "+") == 0;
}

/* A joiner with words glued on both sides: "Indo-Pacific", "S&T", "Chang-rae". */
gboolean
dossier_ent_joins (DocScan *d, guint t, guint end)
{
  return t + 1 < end && dossier_ent_is_joiner (d, t) && !d->toks[t].space_before
         && !d->toks[t + 1].space_before && dossier_tok_is_word (d, t + 1) && t > 0
         && dossier_tok_is_word (d, t - 1);
}

gboolean
dossier_ent_is_stopword (Extraction *x, DocScan *d, guint t)
{
  return dossier_tok_in_list (x, d, t, DOSSIER_GAZ_STOPWORDS);
}

/* Capitalized only because it opens the sentence: "Enhancing ...", "Both ...". */
gboolean
dossier_ent_is_initial_junk (Extraction *x, DocScan *d, guint t, guint end)
{
  const char *k = d->keys[t].fold;
  gsize n = strlen (k);

  if (dossier_ent_is_stopword (x, d, t))
    return TRUE;
  if (!(d->toks[t].flags & DOSSIER_TOKEN_SENTENCE_START)
      || (d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  if (dossier_doc_scan_gaz (x, d, t, end - t, NULL, NULL) > 0)
    return FALSE;
  return (n > 4 && g_str_has_suffix (k, "ing")) || (n > 4 && g_str_has_suffix (k, "ly"))
         || (n > 4 && g_str_has_suffix (k, "ed"));
}

gboolean
dossier_ent_has_headword (Extraction *x, DocScan *d, guint t0, guint t1)
{
  for (guint t = t0; t < t1; t++)
    if (dossier_tok_is_upper (d, t) && dossier_tok_head_type (x, d, t) >= 0)
      return TRUE;
  return FALSE;
}

gboolean
dossier_ent_is_known_name_at (Extraction *x, DocScan *d, guint t0, guint t1)
{
  guint len;

  if (dossier_doc_scan_gaz (x, d, t0, t1 - t0, NULL, NULL) == t1 - t0)
    return TRUE;
  return t1 == t0 + 1 && dossier_entities_acronym_at (x, d, t0, t1, &len) != NULL;
}

/* A name never ends inside brackets: "Exchange Program (EP" is cut before "(". */
/* Words of [a, b), glued parts ("Supply-chain") counting as one. */
guint
dossier_ent_n_words (DocScan *d, guint a, guint b)
{
  guint n = 0;

  for (guint t = a; t < b; t++)
    if (dossier_tok_is_word (d, t) && (t == a || d->toks[t].space_before))
      n++;
  return n;
}

guint
dossier_ent_cut_open_bracket (DocScan *d, guint a, guint b)
{
  int depth = 0;
  guint open = b;

  for (guint t = a; t < b; t++)
    {
      if (dossier_tok_is (d, t, "("))
        {
          if (depth++ == 0)
            open = t;
        }
      else if (dossier_tok_is (d, t, ")") && depth > 0)
        depth--;
    }
  if (depth == 0)
    return b;
  while (open > a && !dossier_tok_is_word (d, open - 1))
    open--;
  return open;
}

/* Whether [t0, t1) is exactly a place or a hyphen-joined run of places. */
gboolean
dossier_ent_is_place (Extraction *x, DocScan *d, guint t0, guint t1)
{
  const DossierGazEntry *entry = NULL;

  if (dossier_place_run_end (x, d, t0, t1 + 1) == t1)
    return TRUE;
  return dossier_doc_scan_gaz (x, d, t0, t1 - t0, &entry, NULL) == t1 - t0 && entry
         && entry->type == DOSSIER_ENTITY_GPE;
}

gboolean
dossier_ent_is_month (DocScan *d, guint t)
{
  const char *k = d->keys[t].exact;

  return dossier_date_month_from_word (k, strlen (k)) > 0 && strcmp (k, "May") != 0;
}

/* The end of a capitalized name starting at @t: capitalized words, glued joiners, plural
 * possessives ("Leaders’ Meeting") and the connectors of, for, on, and, the, de when a
 * capitalized word follows. A title ends it: a person starts there. */
guint
dossier_ent_name_extent (Extraction *x, DocScan *d, guint t, guint end)
{
  guint e = t + 1;

  while (e < end)
    {
      Tok *tok = &d->toks[e];

      if (tok->used)
        break;
      if (dossier_ent_joins (d, e, end))
        {
          e += 2;
          continue;
        }
      if (dossier_tok_is_upper (d, e) && tok->space_before)
        {
          /* A title starts a person; a month starts a date, never part of a name. */
          if (dossier_ent_is_title_at (x, d, e, end) || dossier_ent_is_month (d, e))
            break;
          e++;
          continue;
        }
      /* "Women’s Empowerment Initiative", but not "ROK’s Audacious Initiative": the part
       * before a possessive must not be a name of its own. */
      if (dossier_tok_is (d, e, "'s") && e + 1 < end && dossier_tok_is_upper (d, e + 1)
          && d->toks[e + 1].space_before && !dossier_ent_is_title_at (x, d, e + 1, end)
          && !dossier_ent_is_known_name_at (x, d, t, e) && !dossier_ent_is_stopword (x, d, t)
          && dossier_doc_scan_gaz (x, d, t, e - t, NULL, NULL) == 0)
        {
          e++;
          continue;
        }
      /* "Maritime Domain Awareness (MDA) Steering Group": an acronym that names no
       * thing of its own may sit inside a longer name. */
      if (dossier_tok_is (d, e, "(") && e + 3 < end && dossier_tok_is (d, e + 2, ")")
          && dossier_tok_is_upper (d, e + 3) && d->toks[e + 3].space_before
          && !dossier_ent_is_title_at (x, d, e + 3, end))
        {
          guint a;
          AcrDef *def = dossier_entities_acronym_at (x, d, e + 1, e + 2, &a);

          if (def && def->type < 0 && def->gaz == NULL && def->title == NULL)
            {
              e += 3;
              continue;
            }
        }
      if ((tok->flags & DOSSIER_TOKEN_PUNCT) && !tok->space_before && e + 1 < end
          && dossier_tok_is_upper (d, e + 1) && d->toks[e + 1].space_before
          && (strcmp (d->keys[e].fold, "'") == 0) && g_str_has_suffix (d->keys[e - 1].fold, "s"))
        {
          e++;
          continue;
        }
      if (dossier_tok_is (d, e, "of") || dossier_tok_is (d, e, "for")
          || dossier_tok_is (d, e, "and") || dossier_tok_is (d, e, "on")
          || dossier_tok_is (d, e, "the") || dossier_tok_is (d, e, "de"))
        {
          guint n = e + 1;

          if (n < end && dossier_tok_is (d, n, "the") && !dossier_tok_is (d, e, "the"))
            n++;
          if (n >= end || !dossier_tok_is_upper (d, n) || d->toks[n].used
              || dossier_ent_is_title_at (x, d, n, end))
            break;
          /* "Japan on the Framework": a complete place or acronym takes no complement, and
           * "on" only follows a named thing. */
          if (!dossier_tok_is (d, e, "and") && dossier_ent_is_known_name_at (x, d, t, e))
            break;
          if (dossier_tok_is (d, e, "on") && !dossier_ent_has_headword (x, d, t, e))
            break;
          e = n;
          continue;
        }
      break;
    }
  /* Never end on a connector or a possessive mark. */
  while (e > t + 1 && !dossier_tok_is_upper (d, e - 1) && !dossier_tok_is_word (d, e - 1))
    e--;
  return e;
}

/* Looks the name key of [t0, t1) up in @table without interning it: most lookups fail. */
gpointer
dossier_ent_lookup_key (Extraction *x, DocScan *d, GHashTable *table, guint t0, guint t1)
{
  if (g_hash_table_size (table) == 0)
    return NULL;
  dossier_name_key_build (x, d, t0, t1, x->key_buf);
  return g_hash_table_lookup (table, x->key_buf->str);
}

const char *
dossier_ent_cand_key (Extraction *x, const char *prefix, const char *key)
{
  g_autofree char *full = g_strconcat (prefix, key, NULL);

  return dossier_intern (x, full);
}

/* Records that the name at [t0, t1) is of @type, for reading it elsewhere in the corpus.
 * @strong: set by a rule surer than a head word (an exercise cue). */
void
dossier_ent_remember_name (Extraction *x, DocScan *d, guint t0, guint t1, int type, gboolean strong)
{
  guint after_places = dossier_place_run_end (x, d, t0, t1);
  int value = (type + 1) | (strong ? 0x100 : 0);
  const char *key;
  gpointer old;

  /* The gazetteer knows its own names better. */
  if (dossier_doc_scan_gaz (x, d, t0, t1 - t0, NULL, NULL) == t1 - t0)
    return;
  key = dossier_name_key (x, d, t0, t1);
  old = g_hash_table_lookup (x->known, key);

  if (old == NULL || (strong && !(GPOINTER_TO_INT (old) & 0x100)))
    g_hash_table_insert (x->known, (gpointer) key, GINT_TO_POINTER (value));
  /* "U.S.-Japan Sea Guardian" is also known as "Sea Guardian". */
  if (after_places > t0 && t1 - after_places >= 2)
    dossier_ent_remember_name (x, d, after_places, t1, type, strong);
}

void
dossier_ent_emit_gaz (Extraction *x, DocScan *d, guint t, guint len, const DossierGazEntry *entry)
{
  Cand *c = dossier_entities_add_cand (x, d, t, t + len, entry->type, CAND_GAZ,
                                       dossier_ent_cand_key (x, "gz:", entry->name));
  DossierGazForm form;

  c->name = dossier_intern (x, entry->name);
  /* The acronym is shown only when the text uses it: "Germany" has no "FRG" to show. */
  if (dossier_doc_scan_gaz (x, d, t, len, NULL, &form) == len && form == DOSSIER_GAZ_FORM_ACRONYM)
    {
      g_autofree char *surface = dossier_doc_scan_dup_text (d, t, t + len);

      c->acronym = dossier_intern (x, surface);
    }
}

void
dossier_ent_emit_acronym (Extraction *x, DocScan *d, guint t, guint len, AcrDef *def)
{
  Cand *c;

  if (def->gaz)
    {
      const DossierGazEntry *entry = dossier_gazetteer_lookup (x->gaz, def->gaz);

      if (entry)
        {
          dossier_ent_emit_gaz (x, d, t, len, entry);
          return;
        }
    }
  c = dossier_entities_add_cand (x, d, t, t + len, def->type, CAND_ACRONYM,
                                 dossier_ent_cand_key (x, "acr:", def->sf));
  c->name = def->lf;
  c->acronym = def->sf;
}

/* Gazetteer phrases and known acronyms inside [t0, t1), for a name that is not one itself. */
void
dossier_ent_emit_inner (Extraction *x, DocScan *d, guint t0, guint t1)
{
  for (guint t = t0; t < t1;)
    {
      const DossierGazEntry *entry = NULL;
      guint g = 0, a = 0;
      AcrDef *def = NULL;

      if (!d->toks[t].used && dossier_tok_is_upper (d, t))
        {
          g = dossier_doc_scan_gaz (x, d, t, t1 - t, &entry, NULL);
          def = dossier_entities_acronym_at (x, d, t, t1, &a);
          if (def && def->type < 0 && def->gaz == NULL)
            a = 0;
        }
      /* "Future-JTF": the acronym is part of a different name. */
      if (a > 0 && g <= a && t >= t0 + 2 && !d->toks[t].space_before
          && dossier_tok_is (d, t - 1, "-") && dossier_tok_is_upper (d, t - 2) && def->type >= 0
          && !d->toks[t - 2].used && !(d->toks[t - 2].flags & DOSSIER_TOKEN_ALL_CAPS)
          && dossier_doc_scan_gaz (x, d, t - 2, 1, NULL, NULL) == 0)
        {
          const char *key = dossier_name_key (x, d, t - 2, t + a);

          dossier_entities_add_cand (x, d, t - 2, t + a, def->type, CAND_NAME,
                                     dossier_ent_cand_key (x, "nm:", key));
          t += a;
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
        t++;
    }
}
