/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dossier-document-row.h"
#include "dossier-followthrough-view.h"

/* An outcome's text is cut after this many lines in the list; the inspector shows it whole. */
#define OUTCOME_LINES 4
#define MAX_OUTCOMES_SHOWN 3

struct _DossierFollowthroughView
{
  GtkWidget parent_instance;

  DossierAnalysis *analysis;
  DossierUndoStack *undo;
  DossierWorkspace *workspace;
  DossierEntity *entity;
  gboolean status_visible[DOSSIER_N_FOLLOWTHROUGH];
  guint counts[DOSSIER_N_FOLLOWTHROUGH];
  GPtrArray *pairs; /* PairFilter: index 0 is "all pairs" */

  GListStore *commitments;
  /* Links the analyst added by hand: DossierStatement -> GPtrArray of DossierLink; and the
   * commitments made for them when no analysed commitment covers their source. */
  GHashTable *extra_links;
  GPtrArray *user_commitments;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  GtkNoSelection *selection;
  GtkToggleButton *status_buttons[DOSSIER_N_FOLLOWTHROUGH];

  GtkWidget *box;
  GtkBox *status_box;
  GtkLabel *entity_label;
  GtkDropDown *pair_dropdown;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListView *list;
};

typedef struct
{
  DossierDocument *source;
  DossierDocument *target;
} PairFilter;

G_DEFINE_FINAL_TYPE (DossierFollowthroughView, dossier_followthrough_view, GTK_TYPE_WIDGET)

enum
{
  LINK_ACTIVATED,
  PASSAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
dossier_followthrough_status_label (DossierFollowthroughStatus status)
{
  switch (status)
    {
    case DOSSIER_FOLLOWTHROUGH_DELIVERED:
      return _("Delivered");
    case DOSSIER_FOLLOWTHROUGH_PROGRESSED:
      return _("Progressed");
    case DOSSIER_FOLLOWTHROUGH_CONTINUED:
      return _("Continued");
    case DOSSIER_FOLLOWTHROUGH_CHANGED:
      return _("Changed");
    case DOSSIER_FOLLOWTHROUGH_NONE:
    default:
      return _("No outcome");
    }
}

const char *
dossier_followthrough_status_css (DossierFollowthroughStatus status)
{
  static const char *const classes[] = { "status-delivered", "status-progressed", "status-continued",
                                         "status-changed", "status-none" };
  return classes[MIN (status, DOSSIER_FOLLOWTHROUGH_NONE)];
}

static DossierFollowthroughStatus
from_link_status (DossierLinkStatus status)
{
  switch (status)
    {
    case DOSSIER_LINK_DELIVERED:
      return DOSSIER_FOLLOWTHROUGH_DELIVERED;
    case DOSSIER_LINK_PROGRESSED:
      return DOSSIER_FOLLOWTHROUGH_PROGRESSED;
    case DOSSIER_LINK_CHANGED:
      return DOSSIER_FOLLOWTHROUGH_CHANGED;
    case DOSSIER_LINK_CONTINUED:
    default:
      return DOSSIER_FOLLOWTHROUGH_CONTINUED;
    }
}

static gboolean
link_in_pair (DossierFollowthroughView *self, DossierLink *link)
{
  guint selected = gtk_drop_down_get_selected (self->pair_dropdown);
  PairFilter *pair;

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected >= self->pairs->len)
    return TRUE;
  pair = g_ptr_array_index (self->pairs, selected);
  return dossier_link_get_source_document (link) == pair->source && dossier_link_get_target_document (link) == pair->target;
}

/* The linker's outcomes of @commitment and those the analyst added. */
static GPtrArray *
all_links (DossierFollowthroughView *self, DossierStatement *commitment)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *links = dossier_statement_get_links (commitment);
  GPtrArray *extra = g_hash_table_lookup (self->extra_links, commitment);

  for (guint i = 0; links && i < g_list_model_get_n_items (links); i++)
    g_ptr_array_add (all, g_list_model_get_item (links, i));
  for (guint i = 0; extra && i < extra->len; i++)
    g_ptr_array_add (all, g_object_ref (g_ptr_array_index (extra, i)));
  return all;
}

/**
 * dossier_followthrough_view_status_of:
 * @best: (out) (optional) (transfer none): the outcome that decides the status
 *
 * A commitment's status is that of its best-scored outcome the analyst has not rejected, in
 * the selected document pair; the analyst's confirmed links come first.
 */
DossierFollowthroughStatus
dossier_followthrough_view_status_of (DossierFollowthroughView *self, DossierStatement *commitment, DossierLink **best)
{
  g_autoptr (GPtrArray) all = all_links (self, commitment);
  DossierLink *chosen = NULL;
  DossierLinkReview chosen_review = { 0 };

  for (guint i = 0; i < all->len; i++)
    {
      DossierLink *link = g_ptr_array_index (all, i);
      DossierLinkReview review;

      if (!link_in_pair (self, link))
        continue;
      dossier_link_review_get (self->workspace, link, &review);
      if (review.rejected)
        continue;
      if (chosen == NULL || (review.confirmed && !chosen_review.confirmed)
          || (review.confirmed == chosen_review.confirmed
              && dossier_link_get_score (link) > dossier_link_get_score (chosen)))
        {
          chosen = link;
          chosen_review = review;
        }
    }
  if (best)
    *best = chosen;
  return chosen ? from_link_status (chosen_review.status) : DOSSIER_FOLLOWTHROUGH_NONE;
}

static gboolean
range_mentions (DossierEntity *entity, DossierDocument *doc, guint start, guint end)
{
  guint n;
  const DossierMention *m = dossier_entity_get_mentions (entity, &n);

  for (guint i = 0; i < n; i++)
    if (m[i].document == doc && m[i].start >= start && m[i].end <= end)
      return TRUE;
  return FALSE;
}

static gboolean
mentions_entity (DossierFollowthroughView *self, DossierStatement *commitment)
{
  GListModel *links;

  if (self->entity == NULL)
    return TRUE;
  if (range_mentions (self->entity, dossier_statement_get_document (commitment), dossier_statement_get_start (commitment),
                      dossier_statement_get_end (commitment)))
    return TRUE;
  links = dossier_statement_get_links (commitment);
  for (guint i = 0; links && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      if (range_mentions (self->entity, dossier_link_get_target_document (link), dossier_link_get_target_start (link),
                          dossier_link_get_target_end (link)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_selected_pair_source (DossierFollowthroughView *self, DossierStatement *commitment)
{
  guint selected = gtk_drop_down_get_selected (self->pair_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected >= self->pairs->len)
    return TRUE;
  return dossier_statement_get_document (commitment) == ((PairFilter *) g_ptr_array_index (self->pairs, selected))->source;
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  DossierFollowthroughView *self = data;
  DossierStatement *commitment = item;

  return in_selected_pair_source (self, commitment)
         && self->status_visible[dossier_followthrough_view_status_of (self, commitment, NULL)]
         && mentions_entity (self, commitment);
}

static void
update_counts (DossierFollowthroughView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->commitments));

  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierStatement) c = g_list_model_get_item (G_LIST_MODEL (self->commitments), i);
      if (in_selected_pair_source (self, c) && mentions_entity (self, c))
        self->counts[dossier_followthrough_view_status_of (self, c, NULL)]++;
    }
  for (guint s = 0; s < DOSSIER_N_FOLLOWTHROUGH; s++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %u", dossier_followthrough_status_label (s), self->counts[s]);
      gtk_button_set_label (GTK_BUTTON (self->status_buttons[s]), label);
    }
}

static void
refilter (DossierFollowthroughView *self)
{
  update_counts (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                                     ? "list"
                                                     : "empty");
  if (self->entity)
    {
      g_autofree char *text = g_strdup_printf (_("Mentioning %s"), dossier_entity_get_name (self->entity));
      gtk_label_set_text (self->entity_label, text);
    }
  else
    gtk_label_set_text (self->entity_label, "");
}

static char *
document_caption (DossierDocument *doc)
{
  const char *meeting = dossier_document_get_meeting (doc);
  const char *kind = dossier_document_kind_to_label (dossier_document_get_kind (doc));

  return meeting ? g_strdup_printf ("%s · %s", meeting, kind) : g_strdup (dossier_document_get_title (doc));
}

static GtkWidget *
status_badge (DossierFollowthroughStatus status)
{
  GtkWidget *badge = gtk_label_new (dossier_followthrough_status_label (status));

  gtk_widget_add_css_class (badge, "status-badge");
  gtk_widget_add_css_class (badge, dossier_followthrough_status_css (status));
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  return badge;
}

static void
on_outcome_clicked (GtkButton *button, DossierFollowthroughView *self)
{
  DossierLink *link = g_object_get_data (G_OBJECT (button), "link");

  g_signal_emit (self, signals[LINK_ACTIVATED], 0, link);
}

static void
on_commitment_clicked (GtkButton *button, DossierFollowthroughView *self)
{
  DossierStatement *c = g_object_get_data (G_OBJECT (button), "commitment");

  g_signal_emit (self, signals[PASSAGE_ACTIVATED], 0, dossier_statement_get_document (c),
                 dossier_statement_get_start (c), dossier_statement_get_end (c));
}

static int
compare_by_score (gconstpointer a, gconstpointer b)
{
  double sa = dossier_link_get_score (*(DossierLink **) a);
  double sb = dossier_link_get_score (*(DossierLink **) b);
  return sa > sb ? -1 : sa < sb;
}

static GtkWidget *
outcome_card (DossierFollowthroughView *self, DossierLink *link)
{
  DossierLinkReview review;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (dossier_link_get_target_text (link));
  g_autofree char *caption = document_caption (dossier_link_get_target_document (link));
  g_autofree char *score = g_strdup_printf ("%.2f", dossier_link_get_score (link));
  GtkWidget *score_label = gtk_label_new (score);

  dossier_link_review_get (self->workspace, link, &review);
  gtk_box_append (GTK_BOX (top), status_badge (from_link_status (review.status)));
  gtk_label_set_text (GTK_LABEL (where), caption);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_widget_set_hexpand (where, TRUE);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_box_append (GTK_BOX (top), where);
  if (review.confirmed || review.rejected)
    {
      GtkWidget *decided = gtk_label_new (review.rejected ? _("Rejected") : _("Confirmed"));
      gtk_widget_add_css_class (decided, "caption-heading");
      gtk_box_append (GTK_BOX (top), decided);
    }
  gtk_widget_set_tooltip_text (score_label, _("Match score"));
  gtk_widget_add_css_class (score_label, "caption");
  gtk_widget_add_css_class (score_label, "dim-label");
  gtk_widget_add_css_class (score_label, "numeric");
  gtk_box_append (GTK_BOX (top), score_label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), OUTCOME_LINES);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_widget_add_css_class (text, "outcome-text");

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "outcome-card");
  if (review.rejected)
    gtk_widget_add_css_class (button, "rejected");
  gtk_widget_set_tooltip_text (button, _("Inspect this link"));
  g_object_set_data_full (G_OBJECT (button), "link", g_object_ref (link), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_outcome_clicked), self);
  return button;
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (row, "commitment-row");
  gtk_widget_set_hexpand (left, TRUE);
  gtk_widget_set_hexpand (right, TRUE);
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_box_append (GTK_BOX (row), left);
  gtk_box_append (GTK_BOX (row), right);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  DossierFollowthroughView *self = data;
  DossierStatement *c = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *left = gtk_widget_get_first_child (row);
  GtkWidget *right = gtk_widget_get_last_child (row);
  g_autoptr (GPtrArray) links = all_links (self, c);
  g_autoptr (GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *caption = document_caption (dossier_statement_get_document (c));
  DossierFollowthroughStatus status = dossier_followthrough_view_status_of (self, c, NULL);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *where = gtk_label_new (caption);
  GtkWidget *text_button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (dossier_statement_get_text (c));

  clear_box (left);
  clear_box (right);

  gtk_box_append (GTK_BOX (head), status_badge (status));
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_box_append (GTK_BOX (head), where);
  gtk_box_append (GTK_BOX (left), head);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_button_set_child (GTK_BUTTON (text_button), text);
  gtk_widget_add_css_class (text_button, "flat");
  gtk_widget_set_tooltip_text (text_button, _("Show in the reader"));
  g_object_set_data_full (G_OBJECT (text_button), "commitment", g_object_ref (c), g_object_unref);
  g_signal_connect (text_button, "clicked", G_CALLBACK (on_commitment_clicked), self);
  gtk_box_append (GTK_BOX (left), text_button);

  for (guint i = 0; i < links->len; i++)
    {
      DossierLink *link = g_ptr_array_index (links, i);
      if (link_in_pair (self, link))
        g_ptr_array_add (shown, g_object_ref (link));
    }
  g_ptr_array_sort (shown, compare_by_score);
  for (guint i = 0; i < shown->len && i < MAX_OUTCOMES_SHOWN; i++)
    gtk_box_append (GTK_BOX (right), outcome_card (self, g_ptr_array_index (shown, i)));
  if (shown->len > MAX_OUTCOMES_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more outcome", "%u more outcomes",
                                                            shown->len - MAX_OUTCOMES_SHOWN),
                                               shown->len - MAX_OUTCOMES_SHOWN);
      GtkWidget *label = gtk_label_new (more);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (right), label);
    }
  if (shown->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No later document reports on this commitment"));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_widget_set_margin_top (none, 8);
      gtk_box_append (GTK_BOX (right), none);
    }
}

static void
rebuild_pairs (DossierFollowthroughView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *links = self->analysis ? dossier_analysis_get_links (self->analysis) : NULL;

  g_ptr_array_set_size (self->pairs, 0);
  g_ptr_array_add (self->pairs, g_new0 (PairFilter, 1));
  gtk_string_list_append (names, _("All document pairs"));
  for (guint i = 0; links && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      DossierDocument *s = dossier_link_get_source_document (link);
      DossierDocument *t = dossier_link_get_target_document (link);
      gboolean known = FALSE;

      for (guint j = 1; j < self->pairs->len && !known; j++)
        {
          PairFilter *p = g_ptr_array_index (self->pairs, j);
          known = p->source == s && p->target == t;
        }
      if (!known)
        {
          PairFilter *p = g_new0 (PairFilter, 1);
          g_autofree char *sc = document_caption (s);
          g_autofree char *tc = document_caption (t);
          g_autofree char *label = g_strdup_printf ("%s → %s", sc, tc);

          p->source = s;
          p->target = t;
          g_ptr_array_add (self->pairs, p);
          gtk_string_list_append (names, label);
        }
    }
  gtk_drop_down_set_model (self->pair_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->pair_dropdown, 0);
}

static DossierStatement *
find_commitment (DossierFollowthroughView *self, DossierDocument *doc, guint start, guint end)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->commitments));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierStatement) c = g_list_model_get_item (G_LIST_MODEL (self->commitments), i);
      if (dossier_statement_get_document (c) == doc && dossier_statement_get_start (c) < end
          && start < dossier_statement_get_end (c))
        return c; /* the store keeps it */
    }
  return NULL;
}

/* Turns the analyst's added links into outcomes of the commitments they start from. */
static void
rebuild_extras (DossierFollowthroughView *self)
{
  DossierCorpus *corpus;
  guint n;

  g_hash_table_remove_all (self->extra_links);
  for (guint i = 0; i < self->user_commitments->len; i++)
    {
      guint pos;
      if (g_list_store_find (self->commitments, g_ptr_array_index (self->user_commitments, i), &pos))
        g_list_store_remove (self->commitments, pos);
    }
  g_ptr_array_set_size (self->user_commitments, 0);
  if (self->workspace == NULL || self->analysis == NULL)
    return;

  corpus = dossier_analysis_get_corpus (self->analysis);

  n = dossier_workspace_get_n_link_decisions (self->workspace);
  for (guint i = 0; i < n; i++)
    {
      const DossierLinkDecision *d = dossier_workspace_get_link_decision (self->workspace, i);
      g_autoptr (DossierLink) link = NULL;
      DossierStatement *c;
      GPtrArray *extra;

      if (d->decision != DOSSIER_LINK_DECISION_ADDED
          || (link = dossier_link_review_link_for_decision (d, corpus)) == NULL)
        continue;
      c = find_commitment (self, dossier_link_get_source_document (link), dossier_link_get_source_start (link),
                           dossier_link_get_source_end (link));
      if (c == NULL)
        {
          g_autoptr (DossierStatement) made = dossier_statement_new (dossier_link_get_source_document (link),
                                                                      dossier_link_get_source_start (link),
                                                                      dossier_link_get_source_end (link),
                                                                      DOSSIER_STATEMENT_COMMITMENT);
          g_list_store_append (self->commitments, made);
          g_ptr_array_add (self->user_commitments, g_object_ref (made));
          c = made;
        }
      extra = g_hash_table_lookup (self->extra_links, c);
      if (extra == NULL)
        {
          extra = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->extra_links, c, extra);
        }
      g_ptr_array_add (extra, g_steal_pointer (&link));
    }
}

static void
on_decisions_changed (DossierFollowthroughView *self)
{
  rebuild_extras (self);
  /* Row widgets are rebuilt on bind: make the list rebind what it shows. */
  refilter (self);
  gtk_list_view_set_model (self->list, NULL);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}

void
dossier_followthrough_view_set_analysis (DossierFollowthroughView *self, DossierAnalysis *analysis)
{
  GListModel *commitments;

  g_return_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self));

  g_set_object (&self->analysis, analysis);
  g_list_store_remove_all (self->commitments);
  commitments = analysis ? dossier_analysis_get_commitments (analysis) : NULL;
  for (guint i = 0; commitments && i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (commitments, i);
      g_list_store_append (self->commitments, c);
    }
  g_ptr_array_set_size (self->user_commitments, 0);
  rebuild_extras (self);
  rebuild_pairs (self);
  refilter (self);
}

void
dossier_followthrough_view_set_undo_stack (DossierFollowthroughView *self, DossierUndoStack *undo)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self));

  if (self->workspace)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->undo, undo);
  g_clear_object (&self->workspace);
  if (undo != NULL)
    self->workspace = g_object_ref (dossier_undo_stack_get_workspace (undo));
  if (self->workspace)
    g_signal_connect_swapped (self->workspace, "link-decisions-changed", G_CALLBACK (on_decisions_changed), self);
  on_decisions_changed (self);
}

void
dossier_followthrough_view_set_entity (DossierFollowthroughView *self, DossierEntity *entity)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self));

  g_set_object (&self->entity, entity);
  refilter (self);
}

void
dossier_followthrough_view_set_status_visible (DossierFollowthroughView *self,
                                               DossierFollowthroughStatus status,
                                               gboolean visible)
{
  g_return_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self));
  g_return_if_fail (status < DOSSIER_N_FOLLOWTHROUGH);

  gtk_toggle_button_set_active (self->status_buttons[status], visible);
}

guint
dossier_followthrough_view_get_count (DossierFollowthroughView *self, DossierFollowthroughStatus status)
{
  g_return_val_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self), 0);
  g_return_val_if_fail (status < DOSSIER_N_FOLLOWTHROUGH, 0);
  return self->counts[status];
}

guint
dossier_followthrough_view_get_n_visible (DossierFollowthroughView *self)
{
  g_return_val_if_fail (DOSSIER_IS_FOLLOWTHROUGH_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

static void
on_status_toggled (GtkToggleButton *button, DossierFollowthroughView *self)
{
  guint status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "status"));

  self->status_visible[status] = gtk_toggle_button_get_active (button);
  refilter (self);
}

static void
on_pair_changed (DossierFollowthroughView *self)
{
  on_decisions_changed (self);
}

static void
dossier_followthrough_view_dispose (GObject *object)
{
  DossierFollowthroughView *self = DOSSIER_FOLLOWTHROUGH_VIEW (object);

  if (self->workspace)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_FOLLOWTHROUGH_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->commitments);
  g_clear_object (&self->analysis);
  g_clear_object (&self->undo);
  g_clear_object (&self->workspace);
  g_clear_object (&self->entity);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->extra_links, g_hash_table_unref);
  g_clear_pointer (&self->user_commitments, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_followthrough_view_parent_class)->dispose (object);
}

static void
dossier_followthrough_view_class_init (DossierFollowthroughViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_followthrough_view_dispose;

  /**
   * DossierFollowthroughView::link-activated:
   * @link: the link to inspect
   */
  signals[LINK_ACTIVATED] = g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                          NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_LINK);
  /**
   * DossierFollowthroughView::passage-activated:
   */
  signals[PASSAGE_ACTIVATED] = g_signal_new ("passage-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 3, DOSSIER_TYPE_DOCUMENT, G_TYPE_UINT,
                                             G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dossier/Dossier/ui/dossier-followthrough-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, box);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, status_box);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, entity_label);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, pair_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DossierFollowthroughView, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
free_pair (gpointer data)
{
  g_free (data);
}

static void
dossier_followthrough_view_init (DossierFollowthroughView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pairs = g_ptr_array_new_with_free_func (free_pair);
  self->extra_links = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->user_commitments = g_ptr_array_new_with_free_func (g_object_unref);
  self->commitments = g_list_store_new (DOSSIER_TYPE_STATEMENT);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->commitments)), GTK_FILTER (self->filter));
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  for (guint s = 0; s < DOSSIER_N_FOLLOWTHROUGH; s++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (dossier_followthrough_status_label (s));

      self->status_visible[s] = TRUE;
      self->status_buttons[s] = GTK_TOGGLE_BUTTON (button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_widget_add_css_class (button, "status-filter");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, dossier_followthrough_status_css (s));
      gtk_widget_set_tooltip_text (button, _("Show or hide commitments with this status"));
      g_object_set_data (G_OBJECT (button), "status", GUINT_TO_POINTER (s));
      g_signal_connect (button, "toggled", G_CALLBACK (on_status_toggled), self);
      gtk_box_append (self->status_box, button);
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->pair_dropdown, "notify::selected", G_CALLBACK (on_pair_changed), self);
  rebuild_pairs (self);
  refilter (self);
}

GtkWidget *
dossier_followthrough_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_FOLLOWTHROUGH_VIEW, NULL);
}
