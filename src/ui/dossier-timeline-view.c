/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dossier-timeline-view-private.h"

/* An interactive timeline of generic items in lanes. The widget knows nothing of documents or
 * events: the caller feeds DossierTimelineItem, DossierTimelineLane and DossierTimelineLink
 * models and maps them back through ids or payloads when "item-activated" or "link-activated"
 * fires. What is on screen (span, selection, focus, filters) lives in a DossierTimelineState
 * that other widgets may observe. Ticks and the label layout are computed by pure modules
 * (dossier-time-scale, dossier-timeline-layout); this class caches their results. */

G_DEFINE_FINAL_TYPE (DossierTimelineView, dossier_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STATE,
  PROP_ITEMS,
  PROP_LANES,
  PROP_LINKS,
  PROP_SHOW_PAST,
  PROP_SHOW_PLANNED,
  N_PROPS
};

enum
{
  ITEM_ACTIVATED,
  LINK_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Describing items, for tooltips and assistive technologies */

char *
tl_describe_item (DossierTimelineView *self, DossierTimelineItem *item, gboolean full)
{
  g_autofree char *date = dossier_time_scale_format_range (
      dossier_timeline_item_get_start (item), dossier_timeline_item_get_end (item),
      dossier_timeline_item_get_precision (item));
  DossierTimelineLane *lane = tl_lane (self, dossier_timeline_item_get_lane (item));
  const char *label = dossier_timeline_item_get_label (item);
  const char *tooltip = dossier_timeline_item_get_tooltip (item);
  GString *s = g_string_new (date);

  if (dossier_timeline_item_get_planned (item))
    g_string_append_printf (s, " (%s)", _ ("planned"));
  if (label && *label)
    g_string_append_printf (s, ": %s", label);
  if (lane && dossier_timeline_lane_get_title (lane))
    g_string_append_printf (s, " — %s", dossier_timeline_lane_get_title (lane));
  if (full && tooltip && *tooltip && g_strcmp0 (tooltip, label) != 0)
    g_string_append_printf (s, "\n%s", tooltip);
  return g_string_free (s, FALSE);
}

/* GObject and GtkWidget */

static void
on_state_notify (DossierTimelineState *state, GParamSpec *pspec, DossierTimelineView *self)
{
  if (pspec->name == g_intern_static_string ("show-past")
      || pspec->name == g_intern_static_string ("show-planned"))
    {
      self->filter_dirty = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      /* The view's filter properties mirror the state's. */
      g_object_notify_by_pspec (
          G_OBJECT (self),
          properties[pspec->name == g_intern_static_string ("show-past") ? PROP_SHOW_PAST
                                                                         : PROP_SHOW_PLANNED]);
    }
  else if (pspec->name == g_intern_static_string ("focused-item"))
    {
      tl_update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added,
                  DossierTimelineView *self)
{
  if (self->records->len == 0)
    self->fitted = FALSE;
  self->records_dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_lane_notify (GObject *lane, GParamSpec *pspec, DossierTimelineView *self)
{
  self->filter_dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
disconnect_lanes (DossierTimelineView *self)
{
  for (guint i = 0; i < self->lane_objects->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->lane_objects, i), on_lane_notify,
                                          self);
  g_ptr_array_set_size (self->lane_objects, 0);
}

static void
on_lanes_changed (GListModel *model, guint position, guint removed, guint added,
                  DossierTimelineView *self)
{
  disconnect_lanes (self);
  for (guint i = 0; model && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) lane = g_list_model_get_item (model, i);

      g_signal_connect (lane, "notify", G_CALLBACK (on_lane_notify), self);
      g_ptr_array_add (self->lane_objects, g_object_ref (lane));
    }
  self->records_dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_links_changed (GListModel *model, guint position, guint removed, guint added,
                  DossierTimelineView *self)
{
  /* The hovered link is borrowed from the model and may be gone. */
  self->hover_link = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dossier_timeline_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                               int *minimum, int *natural, int *minimum_baseline,
                               int *natural_baseline)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  tl_ensure_records (self);
  tl_update_metrics (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 420;
      *natural = 960;
    }
  else
    {
      guint n = MAX (self->n_visible_lanes, 1);

      *minimum = (int) ceil (self->axis_h + n * tl_min_lane_height (self) + 6);
      *natural = MAX (*minimum, (int) ceil (self->axis_h + n * 150 + 6));
    }
}

static void
dossier_timeline_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  tl_update_geometry (self);
  if (!self->fitted && self->records->len > 0)
    {
      dossier_timeline_view_fit_all (self, FALSE);
      self->fitted = TRUE;
    }
}

static void
dossier_timeline_view_unmap (GtkWidget *widget)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  /* No frames come while unmapped: finish a running animation at once. */
  if (self->tick_id)
    tl_animate_to (self, self->anim_to.start, self->anim_to.end, FALSE);
  GTK_WIDGET_CLASS (dossier_timeline_view_parent_class)->unmap (widget);
}

static void
dossier_timeline_view_system_setting_changed (GtkWidget *widget, GtkSystemSetting setting)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (dossier_timeline_view_parent_class)->system_setting_changed (widget, setting);
  if (setting == GTK_SYSTEM_SETTING_FONT_NAME || setting == GTK_SYSTEM_SETTING_FONT_CONFIG
      || setting == GTK_SYSTEM_SETTING_DPI)
    {
      /* Every cached label width is stale. */
      for (guint i = 0; i < self->records->len; i++)
        {
          tl_record_drop_layout (self, tl_record (self, i));
          tl_record (self, i)->label_width = -1;
        }
      g_clear_object (&self->scratch);
      self->scratch = gtk_widget_create_pango_layout (widget, NULL);
      tl_clear_label_fonts (self);
      self->layout_valid = FALSE;
      gtk_widget_queue_resize (widget);
    }
}

static void
dossier_timeline_view_dispose (GObject *object)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  tl_stop_animation (self);
  tl_clear_records (self);
  disconnect_lanes (self);
  if (self->items)
    g_signal_handlers_disconnect_by_func (self->items, on_items_changed, self);
  if (self->lanes)
    g_signal_handlers_disconnect_by_func (self->lanes, on_lanes_changed, self);
  if (self->links)
    g_signal_handlers_disconnect_by_func (self->links, on_links_changed, self);
  if (self->state)
    g_signal_handlers_disconnect_by_func (self->state, on_state_notify, self);
  g_clear_object (&self->items);
  g_clear_object (&self->lanes);
  g_clear_object (&self->links);
  g_clear_object (&self->state);
  g_clear_object (&self->scratch);
  tl_clear_label_fonts (self);
  self->hover_link = NULL;
  G_OBJECT_CLASS (dossier_timeline_view_parent_class)->dispose (object);
}

static void
dossier_timeline_view_finalize (GObject *object)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  g_array_unref (self->records);
  g_hash_table_unref (self->record_index);
  g_array_unref (self->sorted);
  g_array_unref (self->lane_offsets);
  g_array_unref (self->focus_order);
  g_array_unref (self->lane_visible);
  g_array_unref (self->lane_row);
  g_array_unref (self->lane_used_rows);
  g_ptr_array_unref (self->lane_objects);
  g_array_unref (self->inputs);
  g_array_unref (self->input_records);
  dossier_timeline_layout_free (self->layout);
  g_hash_table_unref (self->badge_layouts);
  g_clear_pointer (&self->label_font, pango_font_description_free);
  G_OBJECT_CLASS (dossier_timeline_view_parent_class)->finalize (object);
}

static void
set_state (DossierTimelineView *self, DossierTimelineState *state)
{
  self->state = state ? g_object_ref (state) : dossier_timeline_state_new ();
  g_signal_connect (self->state, "notify", G_CALLBACK (on_state_notify), self);
}

static void
dossier_timeline_view_get_property (GObject *object, guint prop_id, GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    case PROP_LANES:
      g_value_set_object (value, self->lanes);
      break;
    case PROP_LINKS:
      g_value_set_object (value, self->links);
      break;
    case PROP_SHOW_PAST:
      g_value_set_boolean (value, dossier_timeline_view_get_show_past (self));
      break;
    case PROP_SHOW_PLANNED:
      g_value_set_boolean (value, dossier_timeline_view_get_show_planned (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_view_set_property (GObject *object, guint prop_id, const GValue *value,
                                    GParamSpec *pspec)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      set_state (self, g_value_get_object (value));
      break;
    case PROP_ITEMS:
      dossier_timeline_view_set_items (self, g_value_get_object (value));
      break;
    case PROP_LANES:
      dossier_timeline_view_set_lanes (self, g_value_get_object (value));
      break;
    case PROP_LINKS:
      dossier_timeline_view_set_links (self, g_value_get_object (value));
      break;
    case PROP_SHOW_PAST:
      dossier_timeline_view_set_show_past (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_PLANNED:
      dossier_timeline_view_set_show_planned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_view_constructed (GObject *object)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  G_OBJECT_CLASS (dossier_timeline_view_parent_class)->constructed (object);
  if (self->state == NULL)
    set_state (self, NULL);
  tl_update_accessible (self);
}

static void
dossier_timeline_view_class_init (DossierTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = dossier_timeline_view_constructed;
  object_class->dispose = dossier_timeline_view_dispose;
  object_class->finalize = dossier_timeline_view_finalize;
  object_class->get_property = dossier_timeline_view_get_property;
  object_class->set_property = dossier_timeline_view_set_property;

  widget_class->measure = dossier_timeline_view_measure;
  widget_class->size_allocate = dossier_timeline_view_size_allocate;
  widget_class->snapshot = tl_snapshot;
  widget_class->system_setting_changed = dossier_timeline_view_system_setting_changed;
  widget_class->unmap = dossier_timeline_view_unmap;

  properties[PROP_STATE]
      = g_param_spec_object ("state", NULL, NULL, DOSSIER_TYPE_TIMELINE_STATE,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEMS] = g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_LANES] = g_param_spec_object ("lanes", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_LINKS] = g_param_spec_object ("links", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_SHOW_PAST] = g_param_spec_boolean ("show-past", NULL, NULL, TRUE, flags);
  properties[PROP_SHOW_PLANNED] = g_param_spec_boolean ("show-planned", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierTimelineView::item-activated:
   * @self: the view
   * @item: the item clicked, or focused when Enter was pressed
   *
   * The user asked to open @item (its passage in the reader).
   */
  signals[ITEM_ACTIVATED]
      = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_TIMELINE_ITEM);
  /**
   * DossierTimelineView::link-activated:
   * @self: the view
   * @link: the link clicked
   */
  signals[LINK_ACTIVATED]
      = g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_TIMELINE_LINK);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  tl_input_class_init (widget_class);
}

static void
dossier_timeline_view_init (DossierTimelineView *self)
{
  self->records = g_array_new (FALSE, TRUE, sizeof (Record));
  self->record_index = g_hash_table_new (NULL, NULL);
  self->sorted = g_array_new (FALSE, FALSE, sizeof (guint));
  self->lane_offsets = g_array_new (FALSE, TRUE, sizeof (guint));
  self->focus_order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->lane_visible = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->lane_row = g_array_new (FALSE, TRUE, sizeof (int));
  self->lane_used_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  self->lane_objects = g_ptr_array_new_with_free_func (g_object_unref);
  self->inputs = g_array_new (FALSE, FALSE, sizeof (DossierTimelineLayoutInput));
  self->input_records = g_array_new (FALSE, FALSE, sizeof (guint));
  self->layout = dossier_timeline_layout_new ();
  self->scratch = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  self->badge_layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->hover_record = -1;
  self->records_dirty = TRUE;
  g_array_set_size (self->lane_offsets, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  tl_update_metrics (self);
  tl_input_init (self);
}

/* Public API */

/**
 * dossier_timeline_view_new:
 *
 * Returns: (transfer floating): a new, empty timeline with its own state
 */
GtkWidget *
dossier_timeline_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * dossier_timeline_view_get_state:
 * @self: a view
 *
 * Returns: (transfer none): the view state: span, selection, focus, filters
 */
DossierTimelineState *
dossier_timeline_view_get_state (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return self->state;
}

/**
 * dossier_timeline_view_get_items:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the items model
 */
GListModel *
dossier_timeline_view_get_items (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return self->items;
}

/**
 * dossier_timeline_view_set_items:
 * @self: a view
 * @items: (nullable): a model of DossierTimelineItem
 *
 * Shows @items; the view follows the model's changes and each item's notifications. A new
 * model is fitted into view on the next allocation.
 */
void
dossier_timeline_view_set_items (DossierTimelineView *self, GListModel *items)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));

  if (self->items == items)
    return;
  if (self->items)
    g_signal_handlers_disconnect_by_func (self->items, on_items_changed, self);
  tl_clear_records (self);
  g_set_object (&self->items, items);
  if (items)
    g_signal_connect (items, "items-changed", G_CALLBACK (on_items_changed), self);
  self->records_dirty = TRUE;
  self->fitted = FALSE;
  dossier_timeline_state_set_selected_item (self->state, NULL);
  dossier_timeline_state_set_focused_item (self->state, NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEMS]);
}

/**
 * dossier_timeline_view_get_lanes:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the lanes model
 */
GListModel *
dossier_timeline_view_get_lanes (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return self->lanes;
}

/**
 * dossier_timeline_view_set_lanes:
 * @self: a view
 * @lanes: (nullable): a model of DossierTimelineLane; item lane N is the model's N-th lane
 *
 * Sets the lanes: titles drawn at the left, visibility as the per-source filter.
 */
void
dossier_timeline_view_set_lanes (DossierTimelineView *self, GListModel *lanes)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (lanes == NULL || G_IS_LIST_MODEL (lanes));

  if (self->lanes == lanes)
    return;
  if (self->lanes)
    g_signal_handlers_disconnect_by_func (self->lanes, on_lanes_changed, self);
  g_set_object (&self->lanes, lanes);
  if (lanes)
    g_signal_connect (lanes, "items-changed", G_CALLBACK (on_lanes_changed), self);
  on_lanes_changed (lanes, 0, 0, 0, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

/**
 * dossier_timeline_view_get_links:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the links model
 */
GListModel *
dossier_timeline_view_get_links (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return self->links;
}

/**
 * dossier_timeline_view_set_links:
 * @self: a view
 * @links: (nullable): a model of DossierTimelineLink between items of the view
 *
 * Draws @links as curves from each source item to its target, coloured and shaped by status.
 * Links whose items are not shown are skipped.
 */
void
dossier_timeline_view_set_links (DossierTimelineView *self, GListModel *links)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (links == NULL || G_IS_LIST_MODEL (links));

  if (self->links == links)
    return;
  if (self->links)
    g_signal_handlers_disconnect_by_func (self->links, on_links_changed, self);
  g_set_object (&self->links, links);
  if (links)
    g_signal_connect (links, "items-changed", G_CALLBACK (on_links_changed), self);
  self->hover_link = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKS]);
}

gboolean
dossier_timeline_view_get_show_past (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), FALSE);
  return dossier_timeline_state_get_show_past (self->state);
}

void
dossier_timeline_view_set_show_past (DossierTimelineView *self, gboolean show_past)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  dossier_timeline_state_set_show_past (self->state, show_past);
}

gboolean
dossier_timeline_view_get_show_planned (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), FALSE);
  return dossier_timeline_state_get_show_planned (self->state);
}

void
dossier_timeline_view_set_show_planned (DossierTimelineView *self, gboolean show_planned)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  dossier_timeline_state_set_show_planned (self->state, show_planned);
}

/**
 * dossier_timeline_view_get_selected_item:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the selected item
 */
DossierTimelineItem *
dossier_timeline_view_get_selected_item (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return dossier_timeline_state_get_selected_item (self->state);
}

/**
 * dossier_timeline_view_select_item:
 * @self: a view
 * @item: (nullable): an item of the view, or %NULL to clear the selection
 *
 * Selects and focuses @item and brings it into view, without emitting "item-activated" (for
 * a selection made elsewhere, e.g. in the reader).
 */
void
dossier_timeline_view_select_item (DossierTimelineView *self, DossierTimelineItem *item)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  dossier_timeline_state_set_selected_item (self->state, item);
  if (item)
    dossier_timeline_view_focus_item (self, item);
}

/**
 * dossier_timeline_view_get_focused_item:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the item with the keyboard focus ring
 */
DossierTimelineItem *
dossier_timeline_view_get_focused_item (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  return dossier_timeline_state_get_focused_item (self->state);
}

/**
 * dossier_timeline_view_focus_item:
 * @self: a view
 * @item: (nullable): an item of the view
 *
 * Moves the focus ring to @item and brings it into view.
 */
void
dossier_timeline_view_focus_item (DossierTimelineView *self, DossierTimelineItem *item)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  dossier_timeline_state_set_focused_item (self->state, item);
  if (item && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    tl_reveal_item (self, item);
}

/**
 * dossier_timeline_view_get_item_position:
 * @self: a view
 * @item: an item
 * @x: (out) (optional): the x of its date (the middle of its period) in widget coordinates
 * @y: (out) (optional): the y of its lane's baseline
 *
 * Where @item's date lies on screen. A clustered item is drawn inside its cluster's badge,
 * a few pixels from its exact date; @x is the date's.
 *
 * Returns: %FALSE if @item is not in the view or filtered out (hidden lane, past/planned)
 */
gboolean
dossier_timeline_view_get_item_position (DossierTimelineView *self, DossierTimelineItem *item,
                                         double *x, double *y)
{
  int index;
  Record *r;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), FALSE);

  tl_ensure_layout (self);
  index = tl_record_for_item (self, item);
  if (index < 0 || !(r = tl_record (self, index))->shown)
    return FALSE;
  if (x)
    *x = dossier_timeline_view_day_to_x (self, r->anchor);
  if (y)
    *y = tl_baseline_y (self, r->lane);
  return TRUE;
}

/**
 * dossier_timeline_view_get_item_at:
 * @self: a view
 * @x: widget x
 * @y: widget y
 *
 * Returns: (transfer none) (nullable): the single item whose marker or label is at (@x, @y);
 *   %NULL over a cluster badge or empty space
 */
DossierTimelineItem *
dossier_timeline_view_get_item_at (DossierTimelineView *self, double x, double y)
{
  int unit;
  const DossierTimelineUnit *u;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  unit = tl_unit_at (self, x, y);
  if (unit < 0)
    return NULL;
  u = dossier_timeline_layout_get_unit (self->layout, unit);
  if (u->n_items != 1)
    return NULL;
  return tl_input_record (self, dossier_timeline_layout_get_member (self->layout, u, 0))->item;
}

void
tl_emit_item_activated (DossierTimelineView *self, DossierTimelineItem *item)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

void
tl_emit_link_activated (DossierTimelineView *self, DossierTimelineLink *link)
{
  g_signal_emit (self, signals[LINK_ACTIVATED], 0, link);
}
