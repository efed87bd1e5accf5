/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-entities-private.h"

/* Acronym definitions, "Long Name (ACR)" and "ACR (Long Name)", found in a first pass over the
 * whole corpus so that every later use of ACR, in any document, can be read. The long form is
 * found with the Schwartz-Hearst algorithm (PSB 2003): the acronym's letters are matched
 * right to left in the words before the parenthesis, the first letter at a word start. */

#define MAX_SF_TOKENS 5

static gboolean
is_connector (DocScan *d, guint t)
{
  static const char *const words[]
      = { "of", "for", "and", "on", "the", "in", "to", "de", "a", "an", "&" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (d->keys[t].fold, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether text[from, to) looks like a short form: 2-10 letters, most of them capitals, and at
 * least two capitals ("JMCB", "DoD", "UNGARs", "S&T", "U.S."). */
static gboolean
looks_like_acronym (const char *text, gsize from, gsize to)
{
  guint upper = 0, lower = 0, other = 0;

  if (to - from > 12 || to <= from)
    return FALSE;
  for (gsize i = from; i < to; i++)
    {
      guchar c = text[i];

      if (g_ascii_isupper (c))
        upper++;
      else if (g_ascii_islower (c))
        lower++;
      else if (c == '.' || c == '&' || c == '-' || c == '/' || g_ascii_isdigit (c))
        other++;
      else
        return FALSE;
    }
  return upper >= 2 && upper + lower <= 10 && lower <= upper && g_ascii_isupper (text[from]);
}

static gboolean
is_year_number (DocScan *d, guint t)
{
  const char *k = d->keys[t].fold;
  gsize len = strlen (k);

  if (!(d->toks[t].flags & DOSSIER_TOKEN_NUMBER) || (len != 2 && len != 4))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (k[i]))
      return FALSE;
  return TRUE;
}

/* Schwartz-Hearst on @lf (bytes): the offset where the long form starts, or -1. Only the
 * letters and digits of @sf count. */
static gssize
schwartz_hearst (const char *sf, gsize sf_len, const char *lf, gsize lf_len)
{
  gssize s = (gssize) sf_len - 1;
  gssize l = (gssize) lf_len - 1;

  while (s >= 0)
    {
      char c = g_ascii_tolower (sf[s]);

      if (!g_ascii_isalnum (c))
        {
          s--;
          continue;
        }
      while (l >= 0
             && (g_ascii_tolower (lf[l]) != c || (s == 0 && l > 0 && g_ascii_isalnum (lf[l - 1]))))
        l--;
      if (l < 0)
        return -1;
      l--;
      s--;
    }
  return l + 1;
}

/* The token starting at byte @b among [t0, t1), or t1. */
static guint
token_at_byte (DocScan *d, guint t0, guint t1, gsize b)
{
  for (guint t = t0; t < t1; t++)
    if (d->toks[t].bstart == b)
      return t;
  return t1;
}

int
dossier_entities_head_type (Extraction *x, DocScan *d, guint t0, guint t1,
                            gboolean prefer_agreement)
{
  int last_word = -1;
  int type;

  if (prefer_agreement)
    for (guint t = t0; t < t1; t++)
      if (dossier_tok_is_upper (d, t)
          && dossier_tok_head_type (x, d, t) == DOSSIER_ENTITY_AGREEMENT)
        return DOSSIER_ENTITY_AGREEMENT;

  /* "Ministry of National Defense", "Partnership for ...": the head is before the complement. */
  for (guint t = t0 + 1; t < t1; t++)
    {
      if (dossier_tok_is (d, t, "of") || dossier_tok_is (d, t, "for") || dossier_tok_is (d, t, "on")
          || dossier_tok_is (d, t, "in") || dossier_tok_is (d, t, "between"))
        {
          guint h = t;

          while (h > t0 && !dossier_tok_is_word (d, h - 1))
            h--;
          if (h > t0)
            {
              type = dossier_tok_head_type (x, d, h - 1);
              if (type >= 0)
                return type;
            }
          break;
        }
    }
  for (guint t = t1; t > t0; t--)
    if (dossier_tok_is_word (d, t - 1))
      {
        last_word = t - 1;
        break;
      }
  if (last_word < 0)
    return -1;
  type = dossier_tok_head_type (x, d, last_word);
  if (type >= 0)
    return type;
  /* "Countering Weapons of Mass Destruction Committee" was caught above; "U.S. Forces Korea":
   * the last capitalized head word. */
  for (guint t = last_word; t > t0; t--)
    if (dossier_tok_is_upper (d, t - 1) && !(d->toks[t - 1].flags & DOSSIER_TOKEN_ALL_CAPS))
      {
        type = dossier_tok_head_type (x, d, t - 1);
        if (type >= 0 && type != DOSSIER_ENTITY_GPE)
          return type;
      }
  return -1;
}

/* Checks and registers a definition of @sf with the long form at tokens [l0, l1). */
static void
add_definition (Extraction *x, DocScan *d, const char *sf, guint l0, guint l1)
{
  guint n_words = 0, n_upper = 0;
  gboolean mixed = FALSE;
  g_autofree char *lf = NULL;
  AcrDef *def, *old;
  const DossierGazEntry *entry = NULL;
  const char *title = NULL;
  guint m, p;

  while (l0 < l1
         && (is_connector (d, l0)
             || dossier_gazetteer_has_word (x->gaz, DOSSIER_GAZ_STOPWORDS, d->keys[l0].fold)))
    l0++;
  if (l1 <= l0 || !dossier_tok_is_upper (d, l0))
    return;
  for (guint t = l0; t < l1; t++)
    {
      if (!dossier_tok_is_word (d, t) || is_connector (d, t)
          || (d->toks[t].flags & DOSSIER_TOKEN_NUMBER)
          || dossier_tok_in_list (x, d, t, DOSSIER_GAZ_EXERCISE_WORDS))
        continue;
      n_words++;
      if (dossier_tok_is_upper (d, t))
        n_upper++;
      if (!(d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS)
          && !(d->toks[t].flags & DOSSIER_TOKEN_NUMBER))
        mixed = TRUE;
    }
  /* "unmanned aerial vehicle (UAV)" names a kind of thing, not a thing. */
  if (n_upper * 2 < n_words + 1 || n_words == 0)
    return;

  def = g_new0 (AcrDef, 1);
  lf = dossier_doc_scan_dup_text (d, l0, l1);
  def->sf = dossier_intern (x, sf);
  def->lf = dossier_intern (x, lf);
  def->quality = (mixed ? 1000 : 0) + n_upper * 10 + n_words;

  /* A title ("Assistant Secretary of Defense (ASD)") abbreviates an office: later "ASD Smith"
   * is a person with that title, not an organization. */
  p = l0;
  while (
      p < l1 && dossier_tok_in_list (x, d, p, DOSSIER_GAZ_TITLE_PREFIXES)
      && dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, l1 - p, NULL, NULL, NULL)
             == 0)
    p++;
  m = dossier_gazetteer_match (x->gaz, DOSSIER_GAZ_TITLES, d->keys + p, l1 - p, NULL, NULL, &title);
  if (m > 0 && (p + m == l1 || dossier_tok_is (d, p + m, "of") || dossier_tok_is (d, p + m, "for")))
    {
      /* The head of "Deputy Assistant Secretary" is its last word. */
      def->title = dossier_intern (x, d->keys[p + m - 1].fold);
      def->type = -1;
    }
  else if (dossier_doc_scan_gaz (x, d, l0, l1 - l0, &entry, NULL) == l1 - l0 && entry)
    {
      def->gaz = entry->name;
      def->type = entry->type;
    }
  else if ((entry = dossier_gazetteer_lookup (x->gaz, sf)) && entry->acronym
           && (dossier_entities_head_type (x, d, l0, l1, FALSE) < 0
               || dossier_entities_head_type (x, d, l0, l1, FALSE) == (int) entry->type))
    {
      /* "Association of Southeast Asian Nation (ASEAN)": a known acronym, spelled out. */
      def->gaz = entry->name;
      def->type = entry->type;
    }
  else
    {
      def->type = dossier_entities_head_type (x, d, l0, l1, FALSE);
      /* "Northern Guard 25 (NG 25)": a name with a year is an exercise or a meeting. */
      if (def->type < 0 && strchr (sf, ' ') != NULL)
        def->type = DOSSIER_ENTITY_EVENT;
    }

  old = g_hash_table_lookup (x->acronyms, def->sf);
  if (old == NULL || (old->type < 0 && old->title == NULL && (def->type >= 0 || def->title))
      || ((old->type >= 0) == (def->type >= 0) && def->quality > old->quality))
    g_hash_table_insert (x->acronyms, (gpointer) def->sf, def);
  else
    {
      /* Keep the new long form readable as the acronym all the same. */
      def->type = old->type;
      def->title = old->title;
      def->gaz = old->gaz;
      if (!g_hash_table_contains (x->long_forms, dossier_name_key (x, d, l0, l1)))
        g_hash_table_insert (x->long_forms, (gpointer) dossier_name_key (x, d, l0, l1), old);
      g_free (def);
      return;
    }
  /* The tables do not own definitions; x->defs does. */
  g_ptr_array_add (x->defs, def);
  g_hash_table_insert (x->long_forms, (gpointer) dossier_name_key (x, d, l0, l1), def);
}

/* The short form inside "(" at @open: its text (interned) and the ")" token, or NULL. */
static const char *
paren_short_form (Extraction *x, DocScan *d, guint open, guint end, guint *close, guint *number)
{
  guint t = open + 1;
  guint last_word;
  char buf[64];
  gsize len;

  *number = 0;
  if (t >= end || !dossier_tok_is_word (d, t))
    return NULL;
  /* Letters and joiners without spaces ("S&T"), then maybe a year ("FS 24"). */
  last_word = t;
  while (last_word + 1 < end && last_word + 1 < open + 1 + MAX_SF_TOKENS
         && !d->toks[last_word + 1].space_before && !dossier_tok_is (d, last_word + 1, ")"))
    last_word++;
  if (!looks_like_acronym (d->text, d->toks[t].bstart, d->toks[last_word].bend))
    return NULL;
  len = d->toks[last_word].bend - d->toks[t].bstart;
  if (len + 6 >= sizeof buf)
    return NULL;
  memcpy (buf, d->text + d->toks[t].bstart, len);
  buf[len] = 0;
  t = last_word + 1;
  if (t < end && is_year_number (d, t) && d->toks[t].space_before)
    {
      *number = t;
      g_strlcat (buf, " ", sizeof buf);
      g_strlcat (buf, d->keys[t].fold, sizeof buf);
      t++;
    }
  if (t >= end || !dossier_tok_is (d, t, ")"))
    return NULL;
  *close = t;
  return dossier_intern (x, buf);
}

/* Letters of a short form for matching: "U.S." -> "US", "FS 24" -> "FS". */
static gsize
short_form_letters (const char *sf, char *out, gsize size)
{
  gsize o = 0;

  for (const char *p = sf; *p && *p != ' ' && o + 1 < size; p++)
    if (g_ascii_isalnum (*p))
      out[o++] = *p;
  out[o] = 0;
  /* A plural short form matches its singular long form: "UNGARs". */
  if (o > 2 && out[o - 1] == 's' && g_ascii_isupper (out[o - 2]))
    out[--o] = 0;
  return o;
}

static void
find_long_before (Extraction *x, DocScan *d, const char *sf, guint first, guint open, guint number)
{
  char letters[32];
  gsize n_letters = short_form_letters (sf, letters, sizeof letters);
  guint max_words = MIN (n_letters + 5, n_letters * 2);
  guint w0 = open, n_words = 0, l1 = open;
  g_autofree char *window = NULL;
  gsize base;
  gssize at;
  guint l0;

  if (n_letters < 2)
    return;
  /* "NORTHERN GUARD exercise 25 (NG 25)": the year must end the long form too. */
  if (number)
    {
      if (open == first || strcmp (d->keys[open - 1].fold, d->keys[number].fold) != 0)
        return;
      l1 = open - 1;
    }
  while (w0 > first && n_words < max_words)
    {
      guint t = w0 - 1;

      /* An acronym inside the long form: "Regional Logistics (RL) Transition Plan". */
      if (dossier_tok_is (d, t, ")") && t >= first + 2 && dossier_tok_is (d, t - 2, "(")
          && t - 2 > first)
        {
          w0 = t - 2;
          continue;
        }
      if (dossier_tok_is (d, t, "(") || dossier_tok_is (d, t, ")") || dossier_tok_is (d, t, ";")
          || dossier_tok_is (d, t, ":") || dossier_tok_is_open_quote (d, t))
        break;
      if (dossier_tok_is_word (d, t))
        n_words++;
      w0 = t;
    }
  if (w0 >= l1)
    return;
  base = d->toks[w0].bstart;
  window = g_strndup (d->text + base, d->toks[l1 - 1].bend - base);
  at = schwartz_hearst (letters, n_letters, window, strlen (window));
  if (at < 0)
    return;
  l0 = token_at_byte (d, w0, l1, base + at);
  if (l0 >= l1)
    {
      /* The match began inside a word ("Korea" of "U.S.-Korea"): take the whole word. */
      for (l0 = w0; l0 + 1 < l1 && d->toks[l0 + 1].bstart <= base + (gsize) at; l0++)
        ;
    }
  /* Schwartz-Hearst takes the nearest word with the first letter; a capitalized name that
   * goes on to the left and starts with that letter is the fuller reading:
   * "Harbor-based Coastal Regional Logistics (RL) Transition Plan (HRTP)". */
  {
    guint best = l0, k = l0, n_back = 0;

    while (k > w0 && n_back < 4)
      {
        guint p = k - 1;

        if (dossier_tok_is (d, p, ")") && p >= w0 + 2 && dossier_tok_is (d, p - 2, "("))
          {
            k = p - 2;
            continue;
          }
        if (!dossier_tok_is_upper (d, p) && d->toks[p].space_before && !dossier_tok_is (d, p, "of")
            && !dossier_tok_is (d, p, "for") && !dossier_tok_is (d, p, "and"))
          break;
        if (dossier_tok_is_word (d, p) && d->toks[p].space_before)
          {
            n_back++;
            if (g_ascii_tolower (d->text[d->toks[p].bstart]) == g_ascii_tolower (letters[0])
                && dossier_tok_is_upper (d, p))
              best = p;
          }
        k = p;
      }
    l0 = best;
  }
  /* A long form begins with its white-space-delimited word: "U.S.-Korea Integrated ...",
   * unless it is a place on its own: "U.S.-Republic of Korea (ROK)". */
  if (dossier_doc_scan_gaz (x, d, l0, l1 - l0, NULL, NULL) != l1 - l0)
    while (l0 > w0 && !d->toks[l0].space_before)
      l0--;
  add_definition (x, d, sf, l0, number ? l1 + 1 : l1);
}

/* "ACR (Long Name)": the parenthesis holds the whole long form. */
static void
find_long_inside (Extraction *x, DocScan *d, guint acr, guint open, guint end)
{
  char letters[32];
  gsize n_letters;
  guint close = open + 1;
  g_autofree char *inside = NULL;
  char sf[32];
  gsize len = d->toks[acr].bend - d->toks[acr].bstart;

  if (len >= sizeof sf || !looks_like_acronym (d->text, d->toks[acr].bstart, d->toks[acr].bend))
    return;
  memcpy (sf, d->text + d->toks[acr].bstart, len);
  sf[len] = 0;
  while (close < end && close < open + 16 && !dossier_tok_is (d, close, ")"))
    close++;
  if (close >= end || close < open + 3 || !dossier_tok_is (d, close, ")"))
    return;
  n_letters = short_form_letters (sf, letters, sizeof letters);
  inside = dossier_doc_scan_dup_text (d, open + 1, close);
  if (schwartz_hearst (letters, n_letters, inside, strlen (inside)) != 0)
    return;
  add_definition (x, d, sf, open + 1, close);
}

void
dossier_entities_find_acronyms (Extraction *x, DocScan *d)
{
  for (guint s = 0; s < d->sentences->len; s++)
    {
      guint first = d->sent_first[s];
      guint end = d->sent_first[s + 1];

      for (guint t = first; t < end; t++)
        {
          const char *sf;
          guint close, number;

          if (!dossier_tok_is (d, t, "("))
            continue;
          sf = paren_short_form (x, d, t, end, &close, &number);
          if (sf)
            find_long_before (x, d, sf, first, t, number);
          else if (t > first && dossier_tok_is_word (d, t - 1))
            find_long_inside (x, d, t - 1, t, end);
        }
    }
}

AcrDef *
dossier_entities_acronym_at (Extraction *x, DocScan *d, guint t, guint end, guint *len)
{
  char buf[64];
  const char *k;
  gsize n;
  AcrDef *def;

  *len = 0;
  if (t >= end || !dossier_tok_is_upper (d, t) || g_hash_table_size (x->acronyms) == 0)
    return NULL;
  k = d->keys[t].exact;
  /* Short forms have two capitals at least: most capitalized words stop here. */
  if (!(d->toks[t].flags & DOSSIER_TOKEN_ALL_CAPS))
    {
      guint upper = 0;

      for (const char *p = k; *p && upper < 2; p++)
        if (g_ascii_isupper (*p))
          upper++;
      if (upper < 2)
        return NULL;
    }
  n = strlen (k);
  if (n < 2 || n + 8 >= sizeof buf)
    return NULL;
  if (t + 1 < end && is_year_number (d, t + 1) && d->toks[t + 1].space_before)
    {
      g_snprintf (buf, sizeof buf, "%s %s", k, d->keys[t + 1].fold);
      def = g_hash_table_lookup (x->acronyms, buf);
      if (def)
        {
          *len = 2;
          return def;
        }
    }
  def = g_hash_table_lookup (x->acronyms, k);
  if (def == NULL && n > 2 && k[n - 1] == 's')
    {
      /* "JCMs", "UNGARs" defined as "UNGAR" */
      memcpy (buf, k, n - 1);
      buf[n - 1] = 0;
      def = g_hash_table_lookup (x->acronyms, buf);
    }
  if (def == NULL && n > 1)
    {
      /* "UNGAR" defined as "UNGARs" */
      g_snprintf (buf, sizeof buf, "%ss", k);
      def = g_hash_table_lookup (x->acronyms, buf);
    }
  if (def)
    *len = 1;
  return def;
}
