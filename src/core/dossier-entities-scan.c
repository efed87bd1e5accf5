/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entities-private.h"

/* A document prepared for the rules: tokens with their sentence, the white space before
 * them, and the folded and exact keys the gazetteer matcher takes, all made in one pass into
 * one arena so that the rules never allocate per word. */

static gboolean
is_ascii_space (char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Whether the character before byte @b is white space (or there is none). Non-ASCII spaces
 * (NBSP) count too. */
static gboolean
space_before_byte (const char *text, gsize b)
{
  const char *prev;
  gunichar c;

  if (b == 0)
    return TRUE;
  if (is_ascii_space (text[b - 1]))
    return TRUE;
  if ((guchar) text[b - 1] < 0x80)
    return FALSE;
  prev = g_utf8_find_prev_char (text, text + b);
  if (prev == NULL)
    return TRUE;
  c = g_utf8_get_char (prev);
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007;
}

static gboolean
ascii_word (const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) s[i] >= 0x80)
      return FALSE;
  return TRUE;
}

DocScan *
dossier_doc_scan_new (DossierDocument *document, guint index)
{
  DocScan *d = g_new0 (DocScan, 1);
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GArray) spans = NULL;
  const DossierBlock *blocks;
  guint n_blocks;
  gsize arena_size = 0, o = 0;
  guint s = 0;

  d->doc = g_object_ref (document);
  d->index = index;
  d->text = dossier_document_get_text (document);
  dossier_segment_document_full (document, &d->sentences, &tokens, &spans);
  d->n_toks = tokens->len;
  d->tok_array = g_array_sized_new (FALSE, FALSE, sizeof (Tok), d->n_toks);
  g_array_set_size (d->tok_array, d->n_toks);
  d->toks = (Tok *) d->tok_array->data;
  d->keys = g_new (DossierGazKey, d->n_toks + 1);
  d->sent_first = g_new (guint, d->sentences->len + 1);
  d->sent_plain = g_new0 (guint8, d->sentences->len + 1);
  blocks = dossier_document_get_blocks (document, &n_blocks);

  for (guint t = 0; t < d->n_toks; t++)
    {
      DossierByteSpan *span = &g_array_index (spans, DossierByteSpan, t);

      /* Folding can lengthen a character by a byte at most in practice; twice is safe. */
      arena_size += 2 * (2 * (span->end - span->start) + 1);
    }
  d->arena = g_malloc (arena_size + 1);

  for (guint t = 0; t < d->n_toks; t++)
    {
      DossierToken *tk = &g_array_index (tokens, DossierToken, t);
      DossierByteSpan *span = &g_array_index (spans, DossierByteSpan, t);
      Tok *tok = &d->toks[t];
      gsize len = span->end - span->start;
      gsize room;

      while (s < d->sentences->len
             && g_array_index (d->sentences, DossierSentence, s).end <= tk->start)
        s++;
      tok->start = tk->start;
      tok->end = tk->end;
      tok->bstart = span->start;
      tok->bend = span->end;
      tok->flags = tk->flags;
      tok->sentence = s;
      tok->space_before = (tk->flags & DOSSIER_TOKEN_SENTENCE_START)
                          || space_before_byte (d->text, span->start) || t == 0;
      tok->used = FALSE;
      tok->gaz_len = 0xff;
      tok->title = 0xff;
      tok->words = 0;
      tok->words_known = 0;
      tok->head = -2;

      /* Keys: ASCII folds in place, one byte per byte; other text may change length. */
      room = ascii_word (d->text + span->start, len) ? len + 1 : 2 * len + 1;
      d->keys[t].fold = d->arena + o;
      if (!dossier_gazetteer_fold (d->text + span->start, len, TRUE, d->arena + o, room))
        d->arena[o] = 0;
      o += room;
      if (tk->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS) || room != len + 1)
        {
          d->keys[t].exact = d->arena + o;
          if (!dossier_gazetteer_fold (d->text + span->start, len, FALSE, d->arena + o, room))
            d->arena[o] = 0;
          o += room;
        }
      else
        d->keys[t].exact = d->keys[t].fold; /* a lowercase ASCII word folds to itself */
      d->keys[t].upper = (tk->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != 0;
    }
  d->keys[d->n_toks] = (DossierGazKey){ "", "", FALSE };
  d->gaz_entries = g_hash_table_new (NULL, NULL);

  /* First token of each sentence, and whether the sentence is running text: capitals carry
   * meaning only there, not in headings or Title Case lines. */
  {
    guint t = 0;

    for (guint i = 0; i < d->sentences->len; i++)
      {
        DossierSentence *sent = &g_array_index (d->sentences, DossierSentence, i);
        gboolean heading
            = sent->block < n_blocks && blocks[sent->block].kind == DOSSIER_BLOCK_HEADING;
        gboolean lower = FALSE, short_lower = FALSE, period = FALSE;
        guint u;

        while (t < d->n_toks && d->toks[t].start < sent->start)
          t++;
        d->sent_first[i] = t;
        for (u = t; u < d->n_toks && d->toks[u].end <= sent->end; u++)
          {
            Tok *tok = &d->toks[u];

            if (!(tok->flags
                  & (DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_CAPITALIZED
                     | DOSSIER_TOKEN_ALL_CAPS))
                && strcmp (d->keys[u].fold, "'s") != 0)
              {
                if (tok->end - tok->start >= 4)
                  lower = TRUE;
                else
                  short_lower = TRUE;
              }
          }
        /* A Title Case line has no long lowercase word; a short sentence of names ("Minister
         * Park met Secretary Doe in Seoul.") has none either, but ends like a sentence. */
        if (u > t && (d->toks[u - 1].flags & DOSSIER_TOKEN_PUNCT))
          {
            const char *k = d->keys[u - 1].exact;

            period = strcmp (k, ".") == 0 || strcmp (k, "!") == 0 || strcmp (k, "?") == 0;
          }
        d->sent_plain[i] = !heading && (lower || (short_lower && period));
      }
    d->sent_first[d->sentences->len] = d->n_toks;
  }
  return d;
}

void
dossier_doc_scan_free (DocScan *d)
{
  if (d == NULL)
    return;
  g_clear_object (&d->doc);
  g_clear_pointer (&d->sentences, g_array_unref);
  g_clear_pointer (&d->tok_array, g_array_unref);
  g_free (d->keys);
  g_free (d->arena);
  g_free (d->sent_first);
  g_free (d->sent_plain);
  g_clear_pointer (&d->gaz_entries, g_hash_table_unref);
  g_free (d);
}

const char *
dossier_intern (Extraction *x, const char *s)
{
  return s ? g_string_chunk_insert_const (x->strings, s) : NULL;
}

void
dossier_doc_scan_text (DocScan *d, guint t0, guint t1, GString *out)
{
  const char *p, *end;
  gboolean space = FALSE;

  g_string_truncate (out, 0);
  if (t1 <= t0)
    return;
  p = d->text + d->toks[t0].bstart;
  end = d->text + d->toks[t1 - 1].bend;
  while (p < end)
    {
      const char *q = p;

      /* Runs without white space are copied whole. */
      while (q < end && !is_ascii_space (*q))
        q++;
      if (space && q > p)
        g_string_append_c (out, ' ');
      g_string_append_len (out, p, q - p);
      space = FALSE;
      while (q < end && is_ascii_space (*q))
        {
          space = TRUE;
          q++;
        }
      p = q;
    }
}

char *
dossier_doc_scan_dup_text (DocScan *d, guint t0, guint t1)
{
  GString *out = g_string_sized_new (64);

  dossier_doc_scan_text (d, t0, t1, out);
  return g_string_free (out, FALSE);
}

gboolean
dossier_tok_in_list (Extraction *x, DocScan *d, guint t, DossierGazWordList list)
{
  Tok *tok;

  if (t >= d->n_toks)
    return FALSE;
  tok = &d->toks[t];
  if (!((tok->words_known >> list) & 1))
    {
      tok->words_known |= 1 << list;
      if (dossier_gazetteer_has_word (x->gaz, list, d->keys[t].fold))
        tok->words |= 1 << list;
    }
  return (tok->words >> list) & 1;
}

int
dossier_tok_head_type (Extraction *x, DocScan *d, guint t)
{
  Tok *tok;

  if (t >= d->n_toks)
    return -1;
  tok = &d->toks[t];
  if (tok->head == -2)
    tok->head = dossier_gazetteer_headword_type (x->gaz, d->keys[t].fold);
  return tok->head;
}

guint
dossier_doc_scan_gaz (Extraction *x, DocScan *d, guint t, guint n, const DossierGazEntry **entry,
                      DossierGazForm *form)
{
  Tok *tok;

  if (t >= d->n_toks || n == 0 || !d->keys[t].upper)
    return 0;
  tok = &d->toks[t];
  if (tok->gaz_len == 0xff)
    {
      guint sent_end
          = tok->sentence < d->sentences->len ? d->sent_first[tok->sentence + 1] : d->n_toks;
      const DossierGazEntry *e = NULL;
      DossierGazForm f = DOSSIER_GAZ_FORM_NAME;
      guint len = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_ENTITIES, d->keys + t, sent_end - t,
                                           &e, &f, NULL);

      if (len >= 0xff)
        return dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_ENTITIES, d->keys + t, n, entry, form,
                                        NULL);
      tok->gaz_len = len;
      tok->gaz_form = f;
      if (len)
        g_hash_table_insert (d->gaz_entries, GUINT_TO_POINTER (t + 1), (gpointer) e);
    }
  if (tok->gaz_len > n)
    return dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_ENTITIES, d->keys + t, n, entry, form,
                                    NULL);
  if (entry)
    *entry = tok->gaz_len ? g_hash_table_lookup (d->gaz_entries, GUINT_TO_POINTER (t + 1)) : NULL;
  if (form)
    *form = tok->gaz_form;
  return tok->gaz_len;
}

gboolean
dossier_tok_is_word (DocScan *d, guint t)
{
  /* Lowercase words have no flags; the split-off possessive "’s" is not a word. */
  return t < d->n_toks && !(d->toks[t].flags & DOSSIER_TOKEN_PUNCT)
         && strcmp (d->keys[t].fold, "'s") != 0;
}

gboolean
dossier_tok_is_upper (DocScan *d, guint t)
{
  return t < d->n_toks && (d->toks[t].flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS));
}

gboolean
dossier_tok_is_ordinal (DocScan *d, guint t)
{
  const char *k;
  gsize len;

  if (t >= d->n_toks || !(d->toks[t].flags & DOSSIER_TOKEN_NUMBER))
    return FALSE;
  k = d->keys[t].fold;
  len = strlen (k);
  if (len < 3 || !g_ascii_isdigit (k[len - 3]))
    return FALSE;
  for (gsize i = 0; i + 2 < len; i++)
    if (!g_ascii_isdigit (k[i]))
      return FALSE;
  return strcmp (k + len - 2, "th") == 0 || strcmp (k + len - 2, "st") == 0
         || strcmp (k + len - 2, "nd") == 0 || strcmp (k + len - 2, "rd") == 0;
}

gboolean
dossier_tok_is_open_quote (DocScan *d, guint t)
{
  const char *k;

  if (t + 1 >= d->n_toks || !(d->toks[t].flags & DOSSIER_TOKEN_PUNCT))
    return FALSE;
  k = d->keys[t].exact;
  if (strcmp (k, "\u201c") == 0 || strcmp (k, "\u2018") == 0)
    return TRUE;
  /* Straight quotes open when they stick to the next word, not to the previous one. */
  return (strcmp (k, "\"") == 0 || strcmp (k, "'") == 0) && d->toks[t].space_before
         && !d->toks[t + 1].space_before;
}

gboolean
dossier_tok_is_close_quote (DocScan *d, guint t, guint open)
{
  const char *k = d->keys[t].exact;
  const char *o = d->keys[open].exact;

  if (!(d->toks[t].flags & DOSSIER_TOKEN_PUNCT) || d->toks[t].space_before)
    return FALSE;
  if (strcmp (o, "\u201c") == 0)
    return strcmp (k, "\u201d") == 0;
  if (strcmp (o, "\u2018") == 0 || strcmp (o, "'") == 0)
    {
      /* Folding made ’ a straight quote; the exact key kept it. */
      if (strcmp (k, "'") != 0 && strcmp (k, "\u2019") != 0)
        return FALSE;
      /* Not the apostrophe of a plural possessive ("Leaders’ Meeting"): a closing quote is
       * followed by white space or punctuation and the text ends a title there. */
      return t + 1 >= d->n_toks || d->toks[t + 1].space_before == FALSE
             || !(d->toks[t + 1].flags & DOSSIER_TOKEN_CAPITALIZED);
    }
  return strcmp (k, "\"") == 0;
}

/* Canonical names of a hyphen-joined run of places at t0 ("U.S.-ROK"), sorted and joined,
 * when the run is followed by more of the name; NULL otherwise. *run_end gets the token after
 * the run. */
static char *
place_run_key (Extraction *x, DocScan *d, guint t0, guint t1, guint *run_end)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  guint t = t0;
  GString *key;

  while (t < t1)
    {
      const DossierGazEntry *entry = NULL;
      guint m = dossier_doc_scan_gaz (x, d, t, t1 - t, &entry, NULL);

      if (m == 0 || entry == NULL || entry->type != DOSSIER_ENTITY_GPE)
        return NULL;
      g_ptr_array_add (names, entry->name);
      t += m;
      if (t + 1 < t1 && dossier_tok_is (d, t, "-") && !d->toks[t].space_before
          && !d->toks[t + 1].space_before)
        t++;
      else
        break;
    }
  if (names->len < 2 || t >= t1 || !d->toks[t].space_before)
    return NULL;
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  key = g_string_new ("[");
  for (guint i = 0; i < names->len; i++)
    {
      if (i)
        g_string_append_c (key, '+');
      g_string_append (key, g_ptr_array_index (names, i));
    }
  g_string_append_c (key, ']');
  *run_end = t;
  return g_string_free (key, FALSE);
}

void
dossier_name_key_build (Extraction *x, DocScan *d, guint t0, guint t1, GString *key)
{
  g_autofree char *places = NULL;
  gboolean first = TRUE;
  guint run_end = t0;

  g_string_truncate (key, 0);
  while (t0 + 1 < t1 && dossier_tok_is (d, t0, "the"))
    t0++;
  places = place_run_key (x, d, t0, t1, &run_end);
  if (places)
    {
      g_string_append (key, places);
      t0 = run_end;
      first = FALSE;
    }
  for (guint t = t0; t < t1; t++)
    {
      /* "NORTHERN GUARD exercise 25" and "Northern Guard 25" are one name. */
      if (t > t0 && dossier_tok_in_list (x, d, t, DOSSIER_GAZ_EXERCISE_WORDS))
        continue;
      if (!first && d->toks[t].space_before)
        g_string_append_c (key, ' ');
      g_string_append (key, d->keys[t].fold);
      first = FALSE;
    }
}

guint
dossier_place_run_end (Extraction *x, DocScan *d, guint t0, guint t1)
{
  g_autofree char *places = NULL;
  guint run_end = t0;

  places = place_run_key (x, d, t0, t1, &run_end);
  return places ? run_end : t0;
}

const char *
dossier_name_key (Extraction *x, DocScan *d, guint t0, guint t1)
{
  GString *key = g_string_sized_new (64);
  const char *result;

  dossier_name_key_build (x, d, t0, t1, key);
  result = dossier_intern (x, key->str);
  g_string_free (key, TRUE);
  return result;
}
