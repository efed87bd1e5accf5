/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-time-scale.h"
#include "dossier-timeline-layout.h"
#include "dossier-timeline-view.h"

G_BEGIN_DECLS

/* The view is split by concern: dossier-timeline-view.c (GObject, models, public API),
 * -span.c (the visible span: zoom, fit, animation), -layout.c (records, filters, geometry, the
 * layout cache), -draw.c (snapshot), -links.c (the link layer) and -input.c (pointer, keys,
 * focus, tooltips, accessibility). */

/* An item as the view needs it in its hot loops: copied fields, no GObject calls. */
typedef struct
{
  DossierTimelineItem *item; /* owned reference */
  double start, end, anchor;
  guint lane;
  guint focus_pos;     /* position in the focus order, G_MAXUINT if filtered out */
  int unit;            /* the layout unit showing it, -1 if none (filtered, outside the band) */
  float label_width;   /* natural label width in px, < 0 until measured (see TL_WIDTH_WIDE) */
  int layout_width;    /* ellipsizing width set on @layout, -1 for none */
  int label_chars;     /* characters in the label, -1 until counted */
  float label_bound;   /* a width the label certainly exceeds, while label_width is WIDE */
  PangoLayout *layout; /* label text, cached while the item is near the view */
  gulong notify_id;
  guint planned : 1;
  guint dimmed : 1;
  guint meeting : 1;
  guint shown : 1;   /* passes the lane and past/planned filters */
  guint precise : 1; /* a single day: drawn as a point, not a span */
} Record;

typedef struct
{
  double start, end;
} Span;

struct _DossierTimelineView
{
  GtkWidget parent_instance;

  DossierTimelineState *state;
  GListModel *items;
  GListModel *lanes;
  GListModel *links;

  /* Records in model order, then per lane sorted by anchor. */
  GArray *records;          /* Record */
  GHashTable *record_index; /* DossierTimelineItem* -> index + 1 */
  GArray *sorted;           /* guint record indices by lane, then anchor */
  GArray *lane_offsets;     /* guint: lane l is sorted[lane_offsets[l] … lane_offsets[l + 1]) */
  GArray *focus_order;      /* guint record indices of shown items by anchor, then lane */
  gboolean records_dirty;
  gboolean filter_dirty;
  guint n_lanes;        /* max(lane model size, highest item lane + 1) */
  GArray *lane_visible; /* gboolean per lane */
  GArray *lane_row;     /* int per lane: its position among visible lanes, -1 hidden */
  guint n_visible_lanes;
  double data_start;       /* earliest start among shown items */
  GArray *lane_used_rows;  /* guint per lane: label rows the layout uses */
  GPtrArray *lane_objects; /* the lanes model's items, referenced and listened to */

  /* Geometry, from size_allocate. */
  int width, height;
  double plot_x0, plot_x1;
  double axis_h;
  double lane_h;
  double row_h;
  double line_h;
  double char_px;
  guint n_rows;

  /* The layout covers a band of the world (x = day * px_per_day) around the view, so that
   * panning within it only translates what was laid out. */
  DossierTimelineLayout *layout;
  GArray *inputs;        /* DossierTimelineLayoutInput */
  GArray *input_records; /* guint record index per input */
  gboolean layout_valid;
  double layout_ppd;
  double band_left, band_right;
  DossierTimelineItem *layout_pinned[2];
  guint n_cached_layouts;

  PangoFontDescription *label_font;
  PangoLayout *scratch;            /* for titles, axis and badges */
  PangoLayout *measure_layouts[4]; /* label widths, by style: meeting (1) | planned (2) */
  float *advances[4];              /* px per printable ASCII character, by style, or NULL */
  GHashTable *badge_layouts;       /* cluster count -> PangoLayout of the count */

  /* Pointer and gestures. */
  double pointer_x, pointer_y;
  gboolean pointer_inside;
  int hover_record; /* first record of the unit under the pointer, -1 for none */
  DossierTimelineLink *hover_link;
  double drag_start_day;
  double drag_ppd;
  gboolean dragging;
  Span pinch_begin;
  double pinch_anchor_day;

  /* Span animation. */
  guint tick_id;
  gint64 anim_t0;
  gint64 anim_duration;
  Span anim_from, anim_to;

  gboolean fitted;
};

/* Drawing metrics shared by the layout, drawing and hit testing. */
#define TL_MARKER_RADIUS 6.0
#define TL_MEETING_RADIUS 7.5
#define TL_BASE_MARGIN 18.0
#define TL_LANE_TOP_PAD 6.0
#define TL_PLOT_RIGHT_PAD 20.0
#define TL_PLOT_LEFT_PAD 18.0
#define TL_LABEL_PAD_X 5.0
#define TL_MAX_LABEL 260.0
#define TL_MIN_LABEL 64.0
/* Record.label_width of a label known to be wider than the room a layout had for it, not
 * measured: later layouts must still treat it as measured (see measure_label()). */
#define TL_WIDTH_WIDE -2.0f

/* layout.c */
void
tl_ensure_records (DossierTimelineView *self);
void
tl_clear_records (DossierTimelineView *self);
void
tl_record_drop_layout (DossierTimelineView *self, Record *r);
double
tl_record_label_width (DossierTimelineView *self, Record *r);
/* Forgets the measuring layouts and advance tables (the font changed, or disposal). */
void
tl_clear_label_fonts (DossierTimelineView *self);
void
tl_update_metrics (DossierTimelineView *self);
void
tl_update_geometry (DossierTimelineView *self);
double
tl_min_lane_height (DossierTimelineView *self);
void
tl_ensure_layout (DossierTimelineView *self);
Record *
tl_record (DossierTimelineView *self, guint index);
int
tl_record_for_item (DossierTimelineView *self, DossierTimelineItem *item);
Record *
tl_input_record (DossierTimelineView *self, guint input);
double
tl_ppd (DossierTimelineView *self);
double
tl_world_to_x (DossierTimelineView *self, double world_x);
double
tl_lane_top (DossierTimelineView *self, guint lane);
double
tl_baseline_y (DossierTimelineView *self, guint lane);
double
tl_row_y (DossierTimelineView *self, guint lane, int row);
PangoLayout *
tl_record_layout (DossierTimelineView *self, Record *record, double width);
DossierTimelineLane *
tl_lane (DossierTimelineView *self, guint lane);

/* view.c */
char *
tl_describe_item (DossierTimelineView *self, DossierTimelineItem *item, gboolean full);

/* span.c */
void
tl_animate_to (DossierTimelineView *self, double start, double end, gboolean animate);
void
tl_stop_animation (DossierTimelineView *self);
Span
tl_target_span (DossierTimelineView *self);
void
tl_reveal_item (DossierTimelineView *self, DossierTimelineItem *item);

/* draw.c */
typedef struct
{
  GdkRGBA fg, bg, band, accent, accent_bg, today, statement, meeting;
  GdkRGBA status[4];
  gboolean dark;
} Palette;

void
tl_palette_init (Palette *p, GtkWidget *widget);
GdkRGBA
tl_alpha (GdkRGBA c, double a);
void
tl_snapshot (GtkWidget *widget, GtkSnapshot *snapshot);

/* links.c */
void
tl_draw_links (DossierTimelineView *self, GtkSnapshot *s, const Palette *p);
gboolean
tl_link_endpoints (DossierTimelineView *self, DossierTimelineLink *link, double *x0, double *y0,
                   double *x1, double *y1);
void
tl_link_curve (double x0, double y0, double x1, double y1, double room, double c[8]);
double
tl_link_room (DossierTimelineView *self, double baseline_y);

/* input.c */
void
tl_input_class_init (GtkWidgetClass *widget_class);
void
tl_input_init (DossierTimelineView *self);
int
tl_unit_at (DossierTimelineView *self, double x, double y);
void
tl_activate_item (DossierTimelineView *self, DossierTimelineItem *item);
void
tl_update_accessible (DossierTimelineView *self);
void
tl_emit_item_activated (DossierTimelineView *self, DossierTimelineItem *item);
void
tl_emit_link_activated (DossierTimelineView *self, DossierTimelineLink *link);

G_END_DECLS
