/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dossier-annotation-popover.h"
#include "dossier-annotation-row.h"
#include "dossier-tag-editor.h"

/*
 * The pen: a popover over a selection (a new annotation) or over a highlight (an existing
 * one). The form holds colour, note, tags and the briefing flag; nothing reaches the workspace
 * until it is committed, and every commit goes through the undo stack. A colour chosen while
 * nothing else is being edited is committed at once, so highlighting is one click, as in
 * e-readers; the popover then stays open on the new highlight for a note or tags.
 */

#define MAX_QUOTE_CHARS 200

struct _DossierAnnotationPopover
{
  GtkPopover parent_instance;

  DossierUndoStack *undo;
  DossierAnnotation *annotation; /* an annotation in the workspace */
  DossierAnnotation *pending;    /* a new one, not yet in the workspace */
  char *colour;
  char *last_colour;
  gboolean changed; /* something was committed since the popover opened */
  gboolean updating;
  guint present_source;

  GPtrArray *swatches; /* GtkToggleButton, in dossier_annotation_list_colours() order */

  GtkLabel *quote_label;
  GtkWidget *colour_box;
  GtkLabel *error_label;
  GtkTextView *note_view;
  GtkWidget *note_placeholder;
  DossierTagEditor *tag_editor;
  GtkSwitch *briefing_switch;
  GtkWidget *delete_button;
  GtkWidget *save_button;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationPopover, dossier_annotation_popover, GTK_TYPE_POPOVER)

enum
{
  PROP_0,
  PROP_UNDO_STACK,
  PROP_ANNOTATION,
  N_PROPS
};

enum
{
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static DossierWorkspace *
get_workspace (DossierAnnotationPopover *self)
{
  return self->undo ? dossier_undo_stack_get_workspace (self->undo) : NULL;
}

/* The annotation the form started from: what "unchanged" means. */
static DossierAnnotation *
stored (DossierAnnotationPopover *self)
{
  return self->annotation ? self->annotation : self->pending;
}

static gboolean
present_idle (gpointer data)
{
  DossierAnnotationPopover *self = data;

  self->present_source = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_present (GTK_POPOVER (self));
  return G_SOURCE_REMOVE;
}

/* A popover's surface is sized when it is presented, which its parent does only when the
 * parent itself is allocated: the form grows (chips, suggestions, a longer note) while the
 * page under it stays put, so the popover presents itself again. */
static void
queue_present (DossierAnnotationPopover *self)
{
  if (self->present_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->present_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, present_idle, self, NULL);
}

static void
show_error (DossierAnnotationPopover *self, const char *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  queue_present (self);
}

static void
sync_swatches (DossierAnnotationPopover *self)
{
  const char *const *colours = dossier_annotation_list_colours ();

  self->updating = TRUE;
  for (guint i = 0; i < self->swatches->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->swatches, i),
                                  g_strcmp0 (colours[i], self->colour) == 0);
  self->updating = FALSE;
}

char *
dossier_annotation_popover_dup_note (DossierAnnotationPopover *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Whether the analyst is in the middle of writing something besides the colour. */
static gboolean
form_is_dirty (DossierAnnotationPopover *self)
{
  DossierAnnotation *a = stored (self);
  g_autofree char *note = dossier_annotation_popover_dup_note (self);
  const char *const *tags = dossier_tag_editor_get_tags (self->tag_editor);

  if (dossier_tag_editor_has_typed_text (self->tag_editor))
    return TRUE;
  if (a == NULL)
    return note[0] != '\0' || tags[0] != NULL || gtk_switch_get_active (self->briefing_switch);
  return g_strcmp0 (note, dossier_annotation_get_note (a)) != 0
         || !g_strv_equal (tags, dossier_annotation_get_tags (a))
         || gtk_switch_get_active (self->briefing_switch)
                != dossier_annotation_get_for_briefing (a);
}

static void
set_state (DossierAnnotation *a, DossierAnnotationPopover *self)
{
  g_autofree char *note = dossier_annotation_popover_dup_note (self);

  dossier_annotation_set_colour (a, self->colour);
  dossier_annotation_set_note (a, note);
  dossier_annotation_set_tags (a, dossier_tag_editor_get_tags (self->tag_editor));
  dossier_annotation_set_for_briefing (a, gtk_switch_get_active (self->briefing_switch));
}

static void
update_mode (DossierAnnotationPopover *self)
{
  gboolean can_edit = get_workspace (self) != NULL && (self->annotation || self->pending);

  gtk_widget_set_visible (self->delete_button, self->annotation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.save", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.delete",
                                 can_edit && self->annotation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.colour", can_edit);
  gtk_widget_set_sensitive (self->colour_box, can_edit);
  queue_present (self);
}

/* Puts the form into the workspace as one undoable edit. The popover stays open. */
static gboolean
commit (DossierAnnotationPopover *self)
{
  DossierWorkspace *workspace = get_workspace (self);
  g_autoptr (DossierWorkspaceEdit) edit = NULL;

  if (workspace == NULL || (self->annotation == NULL && self->pending == NULL))
    return FALSE;

  /* A tag typed but not yet confirmed is meant to be kept. */
  dossier_tag_editor_take_typed_text (self->tag_editor);

  if (self->pending != NULL)
    {
      set_state (self->pending, self);
      edit = dossier_workspace_add_annotation (workspace, self->pending);
      if (edit == NULL)
        {
          show_error (self, _ ("The annotation could not be saved"));
          return FALSE;
        }
      /* The workspace now holds this very object. */
      self->annotation = g_steal_pointer (&self->pending);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
    }
  else
    {
      g_autoptr (DossierAnnotation) next = NULL;

      if (dossier_workspace_find_annotation (workspace,
                                             dossier_annotation_get_id (self->annotation))
          != self->annotation)
        {
          show_error (self, _ ("This annotation is no longer in the workspace"));
          return FALSE;
        }
      next = dossier_annotation_copy (self->annotation);
      set_state (next, self);
      if (dossier_annotation_equal (next, self->annotation))
        return TRUE;
      edit = dossier_workspace_change_annotation (workspace, self->annotation, next);
      if (edit == NULL)
        {
          show_error (self, _ ("The annotation could not be saved"));
          return FALSE;
        }
    }

  dossier_undo_stack_push (self->undo, edit);
  self->changed = TRUE;
  g_free (self->last_colour);
  self->last_colour = g_strdup (self->colour);
  show_error (self, NULL);
  update_mode (self);
  return TRUE;
}

static void
emit_done_if_changed (DossierAnnotationPopover *self)
{
  if (!self->changed)
    return;
  self->changed = FALSE;
  g_signal_emit (self, signals[DONE], 0);
}

static void
finish (DossierAnnotationPopover *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popdown (GTK_POPOVER (self)); /* "closed" reports the change */
  else
    emit_done_if_changed (self);
}

/**
 * dossier_annotation_popover_save:
 *
 * Commits the form (creating or changing the annotation, one undo step) and closes.
 *
 * Returns: whether the form was committed; on failure the popover stays open with a message
 */
gboolean
dossier_annotation_popover_save (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), FALSE);

  if (!commit (self))
    return FALSE;
  finish (self);
  return TRUE;
}

/**
 * dossier_annotation_popover_delete:
 *
 * Removes the annotation being edited from the workspace (one undo step) and closes.
 *
 * Returns: whether an annotation was removed
 */
gboolean
dossier_annotation_popover_delete (DossierAnnotationPopover *self)
{
  DossierWorkspace *workspace;
  g_autoptr (DossierWorkspaceEdit) edit = NULL;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), FALSE);

  workspace = get_workspace (self);
  if (workspace == NULL || self->annotation == NULL
      || dossier_workspace_find_annotation (workspace, dossier_annotation_get_id (self->annotation))
             != self->annotation)
    return FALSE;
  edit = dossier_workspace_remove_annotation (workspace, self->annotation);
  if (edit == NULL)
    return FALSE;
  dossier_undo_stack_push (self->undo, edit);
  self->changed = TRUE;
  finish (self);
  return TRUE;
}

/**
 * dossier_annotation_popover_choose_colour:
 * @colour: a name from dossier_annotation_list_colours()
 *
 * What clicking a swatch (or Ctrl+1…5) does: selects @colour, and commits it at once unless
 * a note, tags or the briefing flag are being edited (then Save commits everything).
 */
void
dossier_annotation_popover_choose_colour (DossierAnnotationPopover *self, const char *colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (dossier_annotation_colour_is_valid (colour));

  g_free (self->colour);
  self->colour = g_strdup (colour);
  sync_swatches (self);
  if (!form_is_dirty (self))
    commit (self);
}

const char *
dossier_annotation_popover_get_colour (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);
  return self->colour;
}

void
dossier_annotation_popover_set_note (DossierAnnotationPopover *self, const char *note)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note ? note : "", -1);
}

/**
 * dossier_annotation_popover_get_tags:
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags in the form
 */
const char *const *
dossier_annotation_popover_get_tags (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);
  return dossier_tag_editor_get_tags (self->tag_editor);
}

/**
 * dossier_annotation_popover_add_tags:
 * @text: one tag, or several separated by commas
 *
 * Adds tags to the form; repeats (ignoring case) and empty tags are dropped.
 */
void
dossier_annotation_popover_add_tags (DossierAnnotationPopover *self, const char *text)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  dossier_tag_editor_add_tags (self->tag_editor, text);
}

void
dossier_annotation_popover_remove_tag (DossierAnnotationPopover *self, const char *tag)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  dossier_tag_editor_remove_tag (self->tag_editor, tag);
}

gboolean
dossier_annotation_popover_get_for_briefing (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), FALSE);
  return gtk_switch_get_active (self->briefing_switch);
}

void
dossier_annotation_popover_set_for_briefing (DossierAnnotationPopover *self, gboolean for_briefing)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  gtk_switch_set_active (self->briefing_switch, for_briefing);
}

/* Form */

/* Enter in the empty tag field saves, like Enter elsewhere in the form. */
static void
on_activate_empty (DossierAnnotationPopover *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "annotation.save", NULL);
}

static void
on_note_changed (DossierAnnotationPopover *self, GtkTextBuffer *buffer)
{
  gtk_widget_set_visible (self->note_placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
  queue_present (self);
}

static void
on_swatch_clicked (GtkToggleButton *button, DossierAnnotationPopover *self)
{
  if (self->updating)
    return;
  dossier_annotation_popover_choose_colour (self, g_object_get_data (G_OBJECT (button), "colour"));
  /* A click on the chosen colour un-toggles it; the choice stays. */
  sync_swatches (self);
}

static void
load_form (DossierAnnotationPopover *self, DossierAnnotation *from, const char *colour)
{
  g_autofree char *quote = NULL;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  sync_swatches (self);

  if (get_workspace (self) != NULL)
    {
      g_auto (GStrv) known = dossier_workspace_dup_tags (get_workspace (self));
      dossier_tag_editor_set_known_tags (self->tag_editor, (const char *const *) known);
    }
  else
    dossier_tag_editor_set_known_tags (self->tag_editor, NULL);
  dossier_tag_editor_clear_typed_text (self->tag_editor);
  dossier_tag_editor_set_tags (self->tag_editor, from ? dossier_annotation_get_tags (from) : NULL);
  dossier_annotation_popover_set_note (self, from ? dossier_annotation_get_note (from) : "");
  gtk_switch_set_active (self->briefing_switch,
                         from ? dossier_annotation_get_for_briefing (from) : FALSE);

  quote = dossier_annotation_flatten_text (from ? dossier_annotation_get_exact (from) : "",
                                           MAX_QUOTE_CHARS);
  gtk_label_set_text (self->quote_label, quote);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->quote_label), quote);
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), quote[0] != '\0');
  show_error (self, NULL);
  update_mode (self);
}

static void
reset (DossierAnnotationPopover *self)
{
  /* A previous session that changed something ends here if it was never closed. */
  emit_done_if_changed (self);
  g_clear_object (&self->pending);
  g_clear_object (&self->annotation);
}

/**
 * dossier_annotation_popover_edit_new:
 * @document: the document shown in the reader
 * @start: the first selected code point
 * @end: the code point after the selection
 *
 * Fills the popover for a new annotation on a selection. Nothing is added to the workspace
 * until a colour is clicked or the form is saved. Pop it up after this call.
 */
void
dossier_annotation_popover_edit_new (DossierAnnotationPopover *self, DossierDocument *document,
                                     guint start, guint end)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (DOSSIER_IS_DOCUMENT (document));

  reset (self);
  self->pending = dossier_annotation_new_for_selection (document, start, end, &error);
  load_form (self, self->pending, self->last_colour);
  if (self->pending == NULL)
    show_error (self, error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

/**
 * dossier_annotation_popover_edit_existing:
 * @annotation: an annotation in the workspace of the undo stack
 *
 * Fills the popover to edit or delete @annotation. Pop it up after this call.
 */
void
dossier_annotation_popover_edit_existing (DossierAnnotationPopover *self,
                                          DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));

  reset (self);
  self->annotation = g_object_ref (annotation);
  load_form (self, annotation, dossier_annotation_get_colour (annotation));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

/**
 * dossier_annotation_popover_get_annotation:
 *
 * Returns: (transfer none) (nullable): the annotation being edited, once it is in the
 *   workspace (%NULL for a new one not yet saved)
 */
DossierAnnotation *
dossier_annotation_popover_get_annotation (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);
  return self->annotation;
}

/**
 * dossier_annotation_popover_get_is_new:
 *
 * Returns: whether the form is for a selection not yet annotated
 */
gboolean
dossier_annotation_popover_get_is_new (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), FALSE);
  return self->pending != NULL;
}

/**
 * dossier_annotation_popover_get_undo_stack:
 *
 * Returns: (transfer none) (nullable): where edits go
 */
DossierUndoStack *
dossier_annotation_popover_get_undo_stack (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);
  return self->undo;
}

/**
 * dossier_annotation_popover_set_undo_stack:
 * @undo: (nullable): the undo stack of the window's workspace
 *
 * The window makes a new undo stack with each workspace; it hands the new one here.
 */
void
dossier_annotation_popover_set_undo_stack (DossierAnnotationPopover *self, DossierUndoStack *undo)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (undo == NULL || DOSSIER_IS_UNDO_STACK (undo));

  if (!g_set_object (&self->undo, undo))
    return;
  /* An annotation of the old workspace cannot be edited in the new one. */
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_popover_popdown (GTK_POPOVER (self));
  g_clear_object (&self->pending);
  g_clear_object (&self->annotation);
  update_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_STACK]);
}

/* Actions */

static void
save_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_annotation_popover_save (DOSSIER_ANNOTATION_POPOVER (widget));
}

static void
delete_action (GtkWidget *widget, const char *name, GVariant *param)
{
  dossier_annotation_popover_delete (DOSSIER_ANNOTATION_POPOVER (widget));
}

static void
colour_action (GtkWidget *widget, const char *name, GVariant *param)
{
  const char *colour = g_variant_get_string (param, NULL);

  if (dossier_annotation_colour_is_valid (colour))
    dossier_annotation_popover_choose_colour (DOSSIER_ANNOTATION_POPOVER (widget), colour);
}

static void
on_closed (DossierAnnotationPopover *self)
{
  emit_done_if_changed (self);
}

static void
on_map (DossierAnnotationPopover *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
dossier_annotation_popover_dispose (GObject *object)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  g_clear_handle_id (&self->present_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ANNOTATION_POPOVER);
  g_clear_object (&self->undo);
  g_clear_object (&self->annotation);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_annotation_popover_parent_class)->dispose (object);
}

static void
dossier_annotation_popover_finalize (GObject *object)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->last_colour, g_free);
  G_OBJECT_CLASS (dossier_annotation_popover_parent_class)->finalize (object);
}

static void
dossier_annotation_popover_get_property (GObject *object, guint prop_id, GValue *value,
                                         GParamSpec *pspec)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  switch (prop_id)
    {
    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo);
      break;
    case PROP_ANNOTATION:
      g_value_set_object (value, self->annotation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_popover_set_property (GObject *object, guint prop_id, const GValue *value,
                                         GParamSpec *pspec)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  switch (prop_id)
    {
    case PROP_UNDO_STACK:
      dossier_annotation_popover_set_undo_stack (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller, guint keyval, GdkModifierType mods,
              const char *action, GVariant *args)
{
  GtkShortcut *shortcut
      = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods), gtk_named_action_new (action));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
dossier_annotation_popover_class_init (DossierAnnotationPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotation_popover_dispose;
  object_class->finalize = dossier_annotation_popover_finalize;
  object_class->get_property = dossier_annotation_popover_get_property;
  object_class->set_property = dossier_annotation_popover_set_property;

  properties[PROP_UNDO_STACK]
      = g_param_spec_object ("undo-stack", NULL, NULL, DOSSIER_TYPE_UNDO_STACK,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATION] = g_param_spec_object (
      "annotation", NULL, NULL, DOSSIER_TYPE_ANNOTATION, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierAnnotationPopover::done:
   *
   * Emitted when the popover closes after it changed the workspace (an annotation was
   * created, changed or deleted), so the caller can e.g. clear the reader's selection.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "annotation.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "annotation.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "annotation.colour", "s", colour_action);

  g_type_ensure (DOSSIER_TYPE_TAG_EDITOR);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/dossier/Dossier/ui/dossier-annotation-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, quote_label);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, colour_box);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, error_label);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, note_view);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, note_placeholder);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, tag_editor);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, briefing_switch);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, delete_button);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, save_button);
}

static void
dossier_annotation_popover_init (DossierAnnotationPopover *self)
{
  const char *const *colours = dossier_annotation_list_colours ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->last_colour = g_strdup (DOSSIER_ANNOTATION_DEFAULT_COLOUR);
  self->swatches = g_ptr_array_new ();

  /* Capture phase: the note view and the tag entry would otherwise see these keys first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; colours[i] != NULL && i < 9; i++)
    {
      const char *label = dossier_annotation_colour_to_label (colours[i]);
      GtkWidget *button = gtk_toggle_button_new ();
      /* Translators: a highlight colour and its shortcut, e.g. "Yellow (Ctrl+1)" */
      g_autofree char *tip = g_strdup_printf (_ ("%s (Ctrl+%u)"), label, i + 1);

      gtk_button_set_child (GTK_BUTTON (button),
                            gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_widget_add_css_class (button, "annotation-swatch");
      dossier_annotation_style_swatch (button, colours[i]);
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data (G_OBJECT (button), "colour", (gpointer) colours[i]);
      g_signal_connect (button, "clicked", G_CALLBACK (on_swatch_clicked), self);
      gtk_box_append (GTK_BOX (self->colour_box), button);
      g_ptr_array_add (self->swatches, button);

      add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_1 + i, GDK_CONTROL_MASK,
                    "annotation.colour", g_variant_new_string (colours[i]));
      add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_1 + i, GDK_CONTROL_MASK,
                    "annotation.colour", g_variant_new_string (colours[i]));
    }
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Return, GDK_CONTROL_MASK,
                "annotation.save", NULL);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                "annotation.save", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (on_note_changed), self);
  g_signal_connect_swapped (self->tag_editor, "resized", G_CALLBACK (queue_present), self);
  g_signal_connect_swapped (self->tag_editor, "activate-empty", G_CALLBACK (on_activate_empty),
                            self);
  g_signal_connect (self, "closed", G_CALLBACK (on_closed), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);

  update_mode (self);
}

/**
 * dossier_annotation_popover_new:
 * @undo: (nullable): the undo stack of the workspace annotations go to
 *
 * Returns: (transfer full): a new popover; parent it to the reader and point it at the
 *   selection or highlight before popping it up
 */
GtkWidget *
dossier_annotation_popover_new (DossierUndoStack *undo)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_POPOVER, "undo-stack", undo, NULL);
}
