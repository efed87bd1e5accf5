/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-anchor.h"

/*
 * Finding an annotation again in a document whose text may have changed (a corrected
 * release). Three steps, cheapest and most certain first:
 *   1. the old position still holds the quote;
 *   2. the quote occurs verbatim elsewhere — with several occurrences, the one whose
 *      surroundings best match the stored prefix and suffix wins, then the nearest;
 *   3. approximate search: the substring with the fewest edits (Sellers' algorithm with
 *      Ukkonen's cut-off, so the cost is about edits × text length), first in a window around
 *      the old position, then over the whole text, accepted above a similarity threshold.
 * Long quotes are matched by their head and tail, as a full edit-distance table for a
 * paragraph-long quote would be quadratic. Whatever cannot be placed is reported as failed;
 * the caller keeps the annotation as orphaned.
 */

/* Quotes up to this many code points are searched approximately as a whole. */
#define FUZZY_MAX_LENGTH 256
/* Shorter quotes are too weak to be found approximately: "NCG" is one edit from "NSC". */
#define FUZZY_MIN_LENGTH 8
/* Head and tail length used for longer quotes. */
#define FUZZY_PIECE_LENGTH 64
/* Below this length a quote found away from its old position must also agree with its context. */
#define WEAK_QUOTE_LENGTH 32
#define LOCAL_WINDOW_SLACK 1024
#define MAX_OCCURRENCES 10000
#define MAX_CANDIDATES 64

typedef struct
{
  DossierDocument *document;
  gunichar *text;
  glong n;
} AnchorText;

typedef struct
{
  const gunichar *prefix;
  glong n_prefix;
  const gunichar *suffix;
  glong n_suffix;
  glong hint;
} AnchorContext;

static void
anchor_text_init (AnchorText *t, DossierDocument *document)
{
  t->document = document;
  t->text = g_utf8_to_ucs4_fast (dossier_document_get_text (document),
                                 (glong) dossier_document_get_text_bytes (document), &t->n);
}

static void
anchor_text_clear (AnchorText *t)
{
  g_clear_pointer (&t->text, g_free);
}

static glong
levenshtein (const gunichar *a, glong na, const gunichar *b, glong nb)
{
  g_autofree glong *row = g_new (glong, nb + 1);

  for (glong j = 0; j <= nb; j++)
    row[j] = j;
  for (glong i = 1; i <= na; i++)
    {
      glong diag = row[0];
      row[0] = i;
      for (glong j = 1; j <= nb; j++)
        {
          glong up = row[j];
          glong best = diag + (a[i - 1] != b[j - 1]);
          best = MIN (best, up + 1);
          best = MIN (best, row[j - 1] + 1);
          row[j] = best;
          diag = up;
        }
    }
  return row[nb];
}

/* How well the text around [start, end) agrees with the stored context, in [0, 2]. */
static double
context_score (const AnchorText *t, const AnchorContext *ctx, glong start, glong end)
{
  double score = 0;

  if (ctx->n_prefix == 0)
    score += start == 0 ? 1.0 : 0.5;
  else
    {
      glong from = MAX (0, start - ctx->n_prefix);
      glong len = start - from;
      glong d = levenshtein (ctx->prefix, ctx->n_prefix, t->text + from, len);
      score += 1.0 - (double) d / (double) MAX (ctx->n_prefix, len);
    }

  if (ctx->n_suffix == 0)
    score += end == t->n ? 1.0 : 0.5;
  else
    {
      glong len = MIN (t->n - end, ctx->n_suffix);
      glong d = levenshtein (ctx->suffix, ctx->n_suffix, t->text + end, len);
      score += 1.0 - (double) d / (double) MAX (ctx->n_suffix, len);
    }
  return score;
}

/* A short quote met elsewhere is only trusted if one side of its context still fits. */
static gboolean
context_confirms (const AnchorText *t, const AnchorContext *ctx, glong start, glong end)
{
  double prefix_ok, suffix_ok;

  if (ctx->n_prefix == 0 && ctx->n_suffix == 0)
    return TRUE;
  prefix_ok = suffix_ok = 0;
  if (ctx->n_prefix > 0)
    {
      glong from = MAX (0, start - ctx->n_prefix);
      glong d = levenshtein (ctx->prefix, ctx->n_prefix, t->text + from, start - from);
      prefix_ok = 1.0 - (double) d / (double) ctx->n_prefix;
    }
  if (ctx->n_suffix > 0)
    {
      glong len = MIN (t->n - end, ctx->n_suffix);
      glong d = levenshtein (ctx->suffix, ctx->n_suffix, t->text + end, len);
      suffix_ok = 1.0 - (double) d / (double) ctx->n_suffix;
    }
  return MAX (prefix_ok, suffix_ok) >= 0.5;
}

/* Among candidates, the best context wins; equal contexts go to the nearest one. */
static gboolean
better_candidate (const AnchorText *t, const AnchorContext *ctx, glong start, glong end,
                  double *best_score, glong *best_distance)
{
  double score = context_score (t, ctx, start, end);
  glong distance = ABS (start - ctx->hint);

  if (score > *best_score + 1e-9 || (score > *best_score - 1e-9 && distance < *best_distance))
    {
      *best_score = score;
      *best_distance = distance;
      return TRUE;
    }
  return FALSE;
}

/* Knuth-Morris-Pratt: linear even on repetitive text, which a hostile document may be. */
static GArray *
find_occurrences (const AnchorText *t, const gunichar *p, glong m)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (glong));
  g_autofree glong *fail = g_new (glong, m);
  glong k = 0;

  fail[0] = 0;
  for (glong i = 1; i < m; i++)
    {
      while (k > 0 && p[i] != p[k])
        k = fail[k - 1];
      if (p[i] == p[k])
        k++;
      fail[i] = k;
    }

  k = 0;
  for (glong j = 0; j < t->n; j++)
    {
      while (k > 0 && t->text[j] != p[k])
        k = fail[k - 1];
      if (t->text[j] == p[k])
        k++;
      if (k == m)
        {
          glong start = j - m + 1;
          g_array_append_val (hits, start);
          if (hits->len >= MAX_OCCURRENCES)
            break;
          k = fail[k - 1];
        }
    }
  return hits;
}

/*
 * Sellers' approximate substring search over text[lo, hi): appends to @ends the end
 * positions of substrings within the lowest number of edits found (at most @k).
 * Returns that number, or k + 1 if nothing is within k edits.
 */
static glong
approximate_ends (const AnchorText *t, glong lo, glong hi, const gunichar *p, glong m, glong k,
                  GArray *ends)
{
  g_autofree glong *col = g_new (glong, m + 1);
  glong best = k + 1;
  glong lact;

  for (glong i = 0; i <= m; i++)
    col[i] = i;
  lact = MIN (k + 1, m);

  for (glong j = lo; j < hi; j++)
    {
      gunichar c = t->text[j];
      glong pc = 0, nc = 0;

      /* Rows past the last active one hold stale values above k; Ukkonen shows the rows that
       * matter (values <= k) come out exact anyway. */
      for (glong i = 1; i <= lact; i++)
        {
          if (p[i - 1] == c)
            nc = pc;
          else
            {
              if (pc < nc)
                nc = pc;
              if (col[i] < nc)
                nc = col[i];
              nc++;
            }
          pc = col[i];
          col[i] = nc;
        }
      while (lact > 0 && col[lact] > k)
        lact--;
      if (lact == m)
        {
          glong d = col[m];
          glong end = j + 1;

          if (d < best)
            {
              best = d;
              g_array_set_size (ends, 0);
              /* Only matches as good as this one matter now. */
              k = d;
            }
          if (d == best && ends->len < MAX_CANDIDATES)
            g_array_append_val (ends, end);
        }
      else
        lact++;
    }
  return best;
}

/* The start of the closest match of p ending at @end, by a table over the reversed strings. */
static glong
approximate_start (const AnchorText *t, glong lo, glong end, const gunichar *p, glong m, glong k)
{
  glong from = MAX (lo, end - m - k);
  glong len = end - from;
  g_autofree glong *row = g_new (glong, len + 1);
  glong best_j = 0;

  for (glong j = 0; j <= len; j++)
    row[j] = j;
  for (glong i = 1; i <= m; i++)
    {
      gunichar pc = p[m - i];
      glong diag = row[0];

      row[0] = i;
      for (glong j = 1; j <= len; j++)
        {
          glong up = row[j];
          glong v = diag + (pc != t->text[end - j]);
          v = MIN (v, up + 1);
          v = MIN (v, row[j - 1] + 1);
          row[j] = v;
          diag = up;
        }
    }
  for (glong j = 1; j <= len; j++)
    if (row[j] < row[best_j] || (row[j] == row[best_j] && ABS (j - m) < ABS (best_j - m)))
      best_j = j;
  return end - best_j;
}

static gboolean
fuzzy_in (const AnchorText *t, const AnchorContext *ctx, glong lo, glong hi, const gunichar *p,
          glong m, glong k, glong *start, glong *end, glong *edits)
{
  g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (glong));
  double best_score = -1;
  glong best_distance = G_MAXLONG;
  glong d;

  if (hi - lo < m - k)
    return FALSE;
  d = approximate_ends (t, lo, hi, p, m, k, ends);
  if (d > k)
    return FALSE;

  for (guint i = 0; i < ends->len; i++)
    {
      glong e = g_array_index (ends, glong, i);
      glong s = approximate_start (t, lo, e, p, m, d);

      if (better_candidate (t, ctx, s, e, &best_score, &best_distance))
        {
          *start = s;
          *end = e;
        }
    }
  *edits = d;
  return TRUE;
}

/* Around the old place first, so a passage that was edited stays where it was. */
static gboolean
fuzzy_find (const AnchorText *t, const AnchorContext *ctx, glong hint_end, const gunichar *p,
            glong m, double threshold, glong *start, glong *end, double *similarity)
{
  glong k = (glong) ((double) m * (1.0 - threshold) + 1e-9);
  glong lo = MAX (0, ctx->hint - m - LOCAL_WINDOW_SLACK);
  glong hi = MIN (t->n, MAX (hint_end, ctx->hint) + m + LOCAL_WINDOW_SLACK);
  glong edits = 0;
  gboolean found = FALSE;

  if (lo < hi && (lo > 0 || hi < t->n))
    found = fuzzy_in (t, ctx, lo, hi, p, m, k, start, end, &edits);
  if (!found)
    found = fuzzy_in (t, ctx, 0, t->n, p, m, k, start, end, &edits);
  if (found)
    *similarity = 1.0 - (double) edits / (double) m;
  return found;
}

static gboolean
locate (const AnchorText *t, const char *exact, const char *prefix, const char *suffix,
        guint hint_start, guint hint_end, double threshold, DossierAnchorMatch *match)
{
  g_autofree gunichar *p = NULL;
  g_autofree gunichar *pre = NULL;
  g_autofree gunichar *suf = NULL;
  g_autoptr (GArray) hits = NULL;
  AnchorContext ctx = { 0 };
  glong m = 0;
  glong start = 0, end = 0;
  double similarity = 0;

  match->method = DOSSIER_ANCHOR_FAILED;
  match->start = hint_start;
  match->end = hint_end;
  match->similarity = 0;

  if (exact == NULL || *exact == '\0' || t->text == NULL || t->n == 0)
    return FALSE;
  p = g_utf8_to_ucs4_fast (exact, -1, &m);
  pre = g_utf8_to_ucs4_fast (prefix ? prefix : "", -1, &ctx.n_prefix);
  suf = g_utf8_to_ucs4_fast (suffix ? suffix : "", -1, &ctx.n_suffix);
  /* Only the context next to the quote is compared. */
  if (ctx.n_prefix > DOSSIER_ANCHOR_CONTEXT_LENGTH)
    {
      ctx.prefix = pre + ctx.n_prefix - DOSSIER_ANCHOR_CONTEXT_LENGTH;
      ctx.n_prefix = DOSSIER_ANCHOR_CONTEXT_LENGTH;
    }
  else
    ctx.prefix = pre;
  ctx.suffix = suf;
  ctx.n_suffix = MIN (ctx.n_suffix, DOSSIER_ANCHOR_CONTEXT_LENGTH);
  ctx.hint = hint_start;

  if (m > t->n)
    goto fuzzy;

  if (hint_end <= t->n && hint_start < hint_end && (glong) (hint_end - hint_start) == m
      && memcmp (t->text + hint_start, p, sizeof (gunichar) * m) == 0)
    {
      match->method = DOSSIER_ANCHOR_POSITION;
      match->similarity = 1.0;
      return TRUE;
    }

  hits = find_occurrences (t, p, m);
  if (hits->len > 0)
    {
      double best_score = -1;
      glong best_distance = G_MAXLONG;

      for (guint i = 0; i < hits->len; i++)
        {
          glong s = g_array_index (hits, glong, i);
          if (better_candidate (t, &ctx, s, s + m, &best_score, &best_distance))
            start = s;
        }
      if (m >= WEAK_QUOTE_LENGTH || context_confirms (t, &ctx, start, start + m))
        {
          match->method = DOSSIER_ANCHOR_QUOTE;
          match->start = start;
          match->end = start + m;
          match->similarity = 1.0;
          return TRUE;
        }
    }

fuzzy:
  if (m < FUZZY_MIN_LENGTH)
    return FALSE;

  if (m <= FUZZY_MAX_LENGTH)
    {
      if (!fuzzy_find (t, &ctx, hint_end, p, m, threshold, &start, &end, &similarity))
        return FALSE;
    }
  else
    {
      /* Head near the old start, then the tail after the head, within the length a quote
       * this similar can have. */
      const gunichar *tail = p + m - FUZZY_PIECE_LENGTH;
      AnchorContext head_ctx = { ctx.prefix, ctx.n_prefix, NULL, 0, ctx.hint };
      AnchorContext tail_ctx = { NULL, 0, ctx.suffix, ctx.n_suffix, 0 };
      glong k_piece = (glong) (FUZZY_PIECE_LENGTH * (1.0 - threshold) + 1e-9);
      glong max_len = (glong) ((double) m / threshold) + 1;
      glong hs, he, ts, te, tail_edits;
      double head_sim, tail_sim;

      if (!fuzzy_find (t, &head_ctx, (glong) hint_start + FUZZY_PIECE_LENGTH, p, FUZZY_PIECE_LENGTH,
                       threshold, &hs, &he, &head_sim))
        return FALSE;
      tail_ctx.hint = hs + m - FUZZY_PIECE_LENGTH;
      if (!fuzzy_in (t, &tail_ctx, he, MIN (t->n, hs + max_len), tail, FUZZY_PIECE_LENGTH, k_piece,
                     &ts, &te, &tail_edits))
        return FALSE;
      if ((double) (te - hs) < (double) m * threshold)
        return FALSE;
      tail_sim = 1.0 - (double) tail_edits / FUZZY_PIECE_LENGTH;
      start = hs;
      end = te;
      similarity = MIN (head_sim, tail_sim);
    }

  if (m < WEAK_QUOTE_LENGTH && !context_confirms (t, &ctx, start, end))
    return FALSE;
  match->method = DOSSIER_ANCHOR_FUZZY;
  match->start = start;
  match->end = end;
  match->similarity = similarity;
  return TRUE;
}

/**
 * dossier_anchor_describe:
 * @exact: (out) (transfer full): the text in [@start, @end)
 * @prefix: (out) (transfer full): up to %DOSSIER_ANCHOR_CONTEXT_LENGTH code points before it
 * @suffix: (out) (transfer full): up to %DOSSIER_ANCHOR_CONTEXT_LENGTH code points after it
 *
 * Builds a TextQuoteSelector for a range of the normalized text.
 */
void
dossier_anchor_describe (DossierDocument *document, guint start, guint end, char **exact,
                         char **prefix, char **suffix)
{
  guint length;

  g_return_if_fail (DOSSIER_IS_DOCUMENT (document));
  g_return_if_fail (exact != NULL && prefix != NULL && suffix != NULL);

  length = dossier_document_get_length (document);
  end = MIN (end, length);
  start = MIN (start, end);
  *exact = dossier_document_dup_slice (document, start, end);
  *prefix = dossier_document_dup_slice (
      document, start > DOSSIER_ANCHOR_CONTEXT_LENGTH ? start - DOSSIER_ANCHOR_CONTEXT_LENGTH : 0,
      start);
  *suffix = dossier_document_dup_slice (
      document, end, MIN ((guint64) end + DOSSIER_ANCHOR_CONTEXT_LENGTH, (guint64) length));
}

/**
 * dossier_anchor_locate:
 * @exact: the quote
 * @prefix: (nullable): text before it; @suffix: (nullable): text after it
 * @start: @end: where the quote was, as a hint
 * @threshold: minimum similarity for an approximate match, e.g.
 *   %DOSSIER_ANCHOR_DEFAULT_THRESHOLD
 * @match: (out caller-allocates): where and how the quote was found
 *
 * Returns: whether the quote was placed in @document
 */
gboolean
dossier_anchor_locate (DossierDocument *document, const char *exact, const char *prefix,
                       const char *suffix, guint start, guint end, double threshold,
                       DossierAnchorMatch *match)
{
  AnchorText t;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (match != NULL, FALSE);
  g_return_val_if_fail (threshold > 0.0 && threshold <= 1.0, FALSE);

  anchor_text_init (&t, document);
  ok = locate (&t, exact, prefix, suffix, start, end, threshold, match);
  anchor_text_clear (&t);
  return ok;
}

static gboolean
reanchor (const AnchorText *t, DossierAnnotation *annotation, DossierAnchorMatch *match)
{
  DossierDocument *document = t->document;
  const char *hash = dossier_document_get_content_hash (document);
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  if (!locate (
          t, dossier_annotation_get_exact (annotation), dossier_annotation_get_prefix (annotation),
          dossier_annotation_get_suffix (annotation), dossier_annotation_get_start (annotation),
          dossier_annotation_get_end (annotation), DOSSIER_ANCHOR_DEFAULT_THRESHOLD, match))
    {
      /* Kept with its last known quote, now counted against this version of the text. */
      g_object_freeze_notify (G_OBJECT (annotation));
      dossier_annotation_set_target (
          annotation, hash, dossier_annotation_get_start (annotation),
          dossier_annotation_get_end (annotation), dossier_annotation_get_exact (annotation),
          dossier_annotation_get_prefix (annotation), dossier_annotation_get_suffix (annotation));
      dossier_annotation_set_orphaned (annotation, TRUE);
      g_object_thaw_notify (G_OBJECT (annotation));
      return FALSE;
    }

  dossier_anchor_describe (document, match->start, match->end, &exact, &prefix, &suffix);
  g_object_freeze_notify (G_OBJECT (annotation));
  dossier_annotation_set_target (annotation, hash, match->start, match->end, exact, prefix, suffix);
  dossier_annotation_set_orphaned (annotation, FALSE);
  g_object_thaw_notify (G_OBJECT (annotation));
  return TRUE;
}

/**
 * dossier_anchor_reanchor:
 * @annotation: an annotation made on this document or an earlier version of it
 * @match: (out caller-allocates) (optional): how it was placed
 *
 * Places @annotation in the current text of @document and updates its selectors and content
 * hash. If the quote cannot be found, the annotation keeps its last quote and is marked
 * orphaned; it is never dropped.
 *
 * Returns: whether the annotation was placed
 */
gboolean
dossier_anchor_reanchor (DossierAnnotation *annotation, DossierDocument *document,
                         DossierAnchorMatch *match)
{
  DossierAnchorMatch local;
  AnchorText t;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), FALSE);

  anchor_text_init (&t, document);
  ok = reanchor (&t, annotation, match ? match : &local);
  anchor_text_clear (&t);
  return ok;
}

/**
 * dossier_anchor_reanchor_all:
 * @annotations: (array length=n_annotations): annotations of @document
 *
 * Like dossier_anchor_reanchor() for many annotations, converting the text once.
 *
 * Returns: how many annotations are orphaned
 */
guint
dossier_anchor_reanchor_all (DossierDocument *document, DossierAnnotation *const *annotations,
                             guint n_annotations)
{
  AnchorText t;
  guint orphaned = 0;

  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (document), 0);

  anchor_text_init (&t, document);
  for (guint i = 0; i < n_annotations; i++)
    {
      DossierAnchorMatch match;
      if (!reanchor (&t, annotations[i], &match))
        orphaned++;
    }
  anchor_text_clear (&t);
  return orphaned;
}

const char *
dossier_anchor_method_to_string (DossierAnchorMethod method)
{
  switch (method)
    {
    case DOSSIER_ANCHOR_POSITION:
      return "position";
    case DOSSIER_ANCHOR_QUOTE:
      return "quote";
    case DOSSIER_ANCHOR_FUZZY:
      return "fuzzy";
    case DOSSIER_ANCHOR_FAILED:
    default:
      return "failed";
    }
}
