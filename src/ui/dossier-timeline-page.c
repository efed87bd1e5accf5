/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-document-row.h"
#include "dossier-link.h"
#include "dossier-timeline-page.h"

/* The timeline page: the events of the analysis as timeline items, one lane per document, with
 * the filters an analyst needs (documents, reported/planned, an entity from the sidebar). */
struct _DossierTimelinePage
{
  GtkWidget parent_instance;

  DossierEventList *events;
  DossierEntity *entity;
  GListStore *items;
  GListStore *lanes;
  GListStore *links;

  GtkWidget *box;
  GtkMenuButton *lanes_button;
  GtkBox *lanes_box;
  GtkToggleButton *past_button;
  GtkToggleButton *planned_button;
  GtkLabel *filter_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  DossierTimelineView *view;
};

G_DEFINE_FINAL_TYPE (DossierTimelinePage, dossier_timeline_page, GTK_TYPE_WIDGET)

enum
{
  EVENT_ACTIVATED,
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Events count days in GDate's julian numbering, the timeline from 1970-01-01. */
static double
julian_to_timeline (guint32 julian)
{
  static guint32 epoch;

  if (epoch == 0)
    {
      GDate date;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1970);
      epoch = g_date_get_julian (&date);
    }
  return (double) julian - (double) epoch;
}

static DossierTimePrecision
precision_of (DossierEvent *event)
{
  switch (dossier_event_get_precision (event))
    {
    case DOSSIER_PRECISION_YEAR:
      return DOSSIER_TIME_PRECISION_YEAR;
    case DOSSIER_PRECISION_MONTH:
      return DOSSIER_TIME_PRECISION_MONTH;
    case DOSSIER_PRECISION_DAY:
    default:
      return DOSSIER_TIME_PRECISION_DAY;
    }
}

static void
update_dimming (DossierTimelinePage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      DossierEvent *event = DOSSIER_EVENT (dossier_timeline_item_get_payload (item));

      dossier_timeline_item_set_dimmed (item, self->entity != NULL && !dossier_event_has_entity (event, self->entity));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->view));

  if (self->entity)
    {
      g_autofree char *text = g_strdup_printf (_("Highlighting events that mention %s"),
                                               dossier_entity_get_name (self->entity));
      gtk_label_set_text (self->filter_label, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
      gtk_label_set_text (self->filter_label, text);
    }
}

static void
on_lane_toggled (GtkCheckButton *check, DossierTimelinePage *self)
{
  guint lane = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "lane"));

  dossier_timeline_page_set_lane_visible (self, lane, gtk_check_button_get_active (check));
}

static void
rebuild_lane_checks (DossierTimelinePage *self)
{
  GtkWidget *child;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lanes));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lanes_box))))
    gtk_box_remove (self->lanes_box, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineLane) lane = g_list_model_get_item (G_LIST_MODEL (self->lanes), i);
      GtkWidget *check = gtk_check_button_new_with_label (dossier_timeline_lane_get_title (lane));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), dossier_timeline_lane_get_visible (lane));
      g_object_set_data (G_OBJECT (check), "lane", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (on_lane_toggled), self);
      gtk_box_append (self->lanes_box, check);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->lanes_button), n > 1);
}

/* The first view frames the meetings and what they reported or announced around them; a
 * treaty of 1953 mentioned in passing should not squeeze them into a sliver ("Fit all" shows
 * everything). */
#define CONTEXT_BEFORE_DAYS 183.0
#define CONTEXT_AFTER_DAYS 400.0

static void
show_meetings (DossierTimelinePage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  double first_doc = G_MAXDOUBLE, last_doc = -G_MAXDOUBLE;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      if (dossier_timeline_item_get_kind (item) != DOSSIER_TIMELINE_ITEM_MEETING)
        continue;
      first_doc = MIN (first_doc, dossier_timeline_item_get_start (item));
      last_doc = MAX (last_doc, dossier_timeline_item_get_end (item));
    }
  if (first_doc > last_doc)
    {
      dossier_timeline_view_fit_all (self->view, FALSE);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      double start = dossier_timeline_item_get_start (item);
      double end = dossier_timeline_item_get_end (item);

      if (end < first_doc - CONTEXT_BEFORE_DAYS || start > last_doc + CONTEXT_AFTER_DAYS)
        continue;
      lo = MIN (lo, start);
      hi = MAX (hi, end);
    }
  {
    double pad = MAX (15.0, (hi - lo) * 0.06);
    dossier_timeline_view_show_range (self->view, lo - pad, hi + pad, FALSE);
  }
}

void
dossier_timeline_page_set_events (DossierTimelinePage *self, DossierEventList *events)
{
  guint n_lanes, n_events;

  g_return_if_fail (DOSSIER_IS_TIMELINE_PAGE (self));

  g_set_object (&self->events, events);
  g_list_store_remove_all (self->links);
  dossier_timeline_view_set_links (self->view, NULL);
  g_list_store_remove_all (self->items);
  g_list_store_remove_all (self->lanes);

  n_lanes = events ? dossier_event_list_get_n_lanes (events) : 0;
  n_events = events ? dossier_event_list_get_n_events (events) : 0;

  for (guint i = 0; i < n_lanes; i++)
    {
      DossierDocument *doc = dossier_event_list_get_lane_document (events, i);
      const char *meeting = dossier_document_get_meeting (doc);
      const char *kind = dossier_document_kind_to_label (dossier_document_get_kind (doc));
      g_autofree char *date = dossier_format_date (dossier_document_get_date (doc));
      g_autofree char *subtitle = date ? g_strdup_printf ("%s · %s", kind, date) : g_strdup (kind);
      g_autoptr (DossierTimelineLane) lane = dossier_timeline_lane_new (meeting ? meeting : dossier_document_get_title (doc),
                                                                     subtitle);
      g_list_store_append (self->lanes, lane);
    }

  for (guint i = 0; i < n_events; i++)
    {
      DossierEvent *event = dossier_event_list_get_event (events, i);
      double start = julian_to_timeline (dossier_event_get_first_day (event));
      double end = julian_to_timeline (dossier_event_get_last_day (event)) + 1;
      g_autoptr (DossierTimelineItem) item = dossier_timeline_item_new (start, precision_of (event),
                                                                      dossier_event_list_get_lane (events, i),
                                                                      dossier_event_get_label (event));
      g_autofree char *text = dossier_event_dup_text (event);

      dossier_timeline_item_set_range (item, start, end);
      dossier_timeline_item_set_tooltip (item, text);
      dossier_timeline_item_set_planned (item, dossier_event_get_planned (event));
      dossier_timeline_item_set_kind (item, dossier_event_get_kind (event) == DOSSIER_EVENT_DOCUMENT
                                                ? DOSSIER_TIMELINE_ITEM_MEETING
                                                : DOSSIER_TIMELINE_ITEM_STATEMENT);
      dossier_timeline_item_set_payload (item, G_OBJECT (event));
      g_list_store_append (self->items, item);
    }

  dossier_timeline_view_set_lanes (self->view, G_LIST_MODEL (self->lanes));
  dossier_timeline_view_set_items (self->view, G_LIST_MODEL (self->items));
  rebuild_lane_checks (self);
  update_dimming (self);
  gtk_stack_set_visible_child_name (self->stack, n_events > 0 ? "timeline" : "empty");
  if (n_events > 0)
    show_meetings (self);
}

static DossierTimelineLinkStatus
timeline_status (DossierLinkStatus status)
{
  switch (status)
    {
    case DOSSIER_LINK_DELIVERED:
      return DOSSIER_TIMELINE_LINK_DELIVERED;
    case DOSSIER_LINK_PROGRESSED:
      return DOSSIER_TIMELINE_LINK_PROGRESSED;
    case DOSSIER_LINK_CHANGED:
      return DOSSIER_TIMELINE_LINK_CHANGED;
    case DOSSIER_LINK_CONTINUED:
    default:
      return DOSSIER_TIMELINE_LINK_CONTINUED;
    }
}

/* The item a passage belongs on: the dated event that holds it, else its document's meeting.
 * An outcome dated before @not_before (a later text recalling an old date) goes on its
 * meeting instead, so no link runs backwards in time. */
static DossierTimelineItem *
item_for_passage (DossierTimelinePage *self, DossierDocument *document, guint offset, double not_before)
{
  guint position, n;

  if (dossier_event_list_find_at (self->events, document, offset, &position))
    {
      DossierTimelineItem *item = dossier_timeline_page_find_item (self, dossier_event_list_get_event (self->events, position));
      if (item != NULL && dossier_timeline_item_get_start (item) >= not_before)
        return item;
    }
  n = dossier_event_list_get_n_events (self->events);
  for (guint i = 0; i < n; i++)
    {
      DossierEvent *e = dossier_event_list_get_event (self->events, i);
      if (dossier_event_get_kind (e) == DOSSIER_EVENT_DOCUMENT && dossier_event_get_document (e) == document)
        return dossier_timeline_page_find_item (self, e);
    }
  return NULL;
}

/**
 * dossier_timeline_page_set_links:
 * @links: (nullable): a GListModel of DossierLink
 *
 * Draws the follow-through links as curves from each commitment's meeting to the outcome. Links
 * between the same two items with the same status are drawn once, with their count.
 */
void
dossier_timeline_page_set_links (DossierTimelinePage *self, GListModel *links)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = links ? g_list_model_get_n_items (links) : 0;

  g_return_if_fail (DOSSIER_IS_TIMELINE_PAGE (self));

  g_list_store_remove_all (self->links);
  for (guint i = 0; i < n && self->events; i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      DossierTimelineItem *source = item_for_passage (self, dossier_link_get_source_document (link),
                                                      dossier_link_get_source_start (link), -G_MAXDOUBLE);
      DossierTimelineItem *target = source == NULL ? NULL
                                                   : item_for_passage (self, dossier_link_get_target_document (link),
                                                                       dossier_link_get_target_start (link),
                                                                       dossier_timeline_item_get_start (source));
      DossierTimelineLinkStatus status = timeline_status (dossier_link_get_status (link));
      g_autofree char *key = NULL;
      DossierTimelineLink *existing;

      if (source == NULL || target == NULL || source == target)
        continue;
      key = g_strdup_printf ("%p-%p-%d", (void *) source, (void *) target, status);
      existing = g_hash_table_lookup (seen, key);
      if (existing == NULL)
        {
          g_autoptr (DossierTimelineLink) tl = dossier_timeline_link_new (source, target, status);
          dossier_timeline_link_set_payload (tl, G_OBJECT (link));
          dossier_timeline_link_set_tooltip (tl, dossier_link_get_source_text (link));
          g_object_set_data (G_OBJECT (tl), "count", GUINT_TO_POINTER (1));
          g_list_store_append (self->links, tl);
          g_hash_table_insert (seen, g_steal_pointer (&key), tl);
        }
      else
        {
          guint count = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (existing), "count")) + 1;
          g_autofree char *tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u commitment %s", "%u commitments %s", count),
                                                  count, dossier_link_status_to_label (dossier_link_get_status (link)));
          g_object_set_data (G_OBJECT (existing), "count", GUINT_TO_POINTER (count));
          dossier_timeline_link_set_tooltip (existing, tip);
        }
    }
  dossier_timeline_view_set_links (self->view, G_LIST_MODEL (self->links));
}

static void
on_link_activated (DossierTimelinePage *self, DossierTimelineLink *link, DossierTimelineView *view)
{
  GObject *payload = dossier_timeline_link_get_payload (link);

  if (DOSSIER_IS_LINK (payload))
    g_signal_emit (self, signals[LINK_ACTIVATED], 0, payload);
}

void
dossier_timeline_page_set_entity (DossierTimelinePage *self, DossierEntity *entity)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_PAGE (self));

  g_set_object (&self->entity, entity);
  update_dimming (self);
}

void
dossier_timeline_page_set_lane_visible (DossierTimelinePage *self, guint lane, gboolean visible)
{
  g_autoptr (DossierTimelineLane) item = NULL;

  g_return_if_fail (DOSSIER_IS_TIMELINE_PAGE (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->lanes), lane);
  if (item)
    dossier_timeline_lane_set_visible (item, visible);
}

/**
 * dossier_timeline_page_get_view:
 *
 * Returns: (transfer none): the timeline widget
 */
DossierTimelineView *
dossier_timeline_page_get_view (DossierTimelinePage *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PAGE (self), NULL);
  return self->view;
}

/**
 * dossier_timeline_page_find_item:
 *
 * Returns: (transfer none) (nullable): the item that shows @event
 */
DossierTimelineItem *
dossier_timeline_page_find_item (DossierTimelinePage *self, DossierEvent *event)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      if (dossier_timeline_item_get_payload (item) == G_OBJECT (event))
        return item; /* the store keeps it alive */
    }
  return NULL;
}

guint
dossier_timeline_page_get_n_items (DossierTimelinePage *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

static void
on_item_activated (DossierTimelinePage *self, DossierTimelineItem *item, DossierTimelineView *view)
{
  GObject *payload = dossier_timeline_item_get_payload (item);

  if (DOSSIER_IS_EVENT (payload))
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, payload);
}

static void
on_past_toggled (DossierTimelinePage *self, GtkToggleButton *button)
{
  dossier_timeline_view_set_show_past (self->view, gtk_toggle_button_get_active (button));
}

static void
on_planned_toggled (DossierTimelinePage *self, GtkToggleButton *button)
{
  dossier_timeline_view_set_show_planned (self->view, gtk_toggle_button_get_active (button));
}

static void
zoom_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (widget);
  double width = gtk_widget_get_width (GTK_WIDGET (self->view));
  double factor = g_str_equal (name, "timeline.zoom-in") ? 1.5 : 1 / 1.5;

  dossier_timeline_view_zoom (self->view, factor, width / 2, TRUE);
}

static void
fit_all_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_timeline_view_fit_all (DOSSIER_TIMELINE_PAGE (widget)->view, TRUE);
}

static void
dossier_timeline_page_dispose (GObject *object)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->items);
  g_clear_object (&self->lanes);
  g_clear_object (&self->links);
  g_clear_object (&self->events);
  g_clear_object (&self->entity);
  G_OBJECT_CLASS (dossier_timeline_page_parent_class)->dispose (object);
}

static void
dossier_timeline_page_class_init (DossierTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_page_dispose;

  /**
   * DossierTimelinePage::event-activated:
   * @event: the event the user opened
   */
  signals[LINK_ACTIVATED] = g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_LINK);
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  g_type_ensure (DOSSIER_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dossier/Dossier/ui/dossier-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, lanes_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, lanes_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, past_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, planned_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit-all", NULL, fit_all_action);
}

static void
dossier_timeline_page_init (DossierTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (DOSSIER_TYPE_TIMELINE_ITEM);
  self->lanes = g_list_store_new (DOSSIER_TYPE_TIMELINE_LANE);
  self->links = g_list_store_new (DOSSIER_TYPE_TIMELINE_LINK);
  g_signal_connect_swapped (self->view, "item-activated", G_CALLBACK (on_item_activated), self);
  g_signal_connect_swapped (self->view, "link-activated", G_CALLBACK (on_link_activated), self);
  g_signal_connect_swapped (self->past_button, "toggled", G_CALLBACK (on_past_toggled), self);
  g_signal_connect_swapped (self->planned_button, "toggled", G_CALLBACK (on_planned_toggled), self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
dossier_timeline_page_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_PAGE, NULL);
}
