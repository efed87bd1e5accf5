/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dossier-annotation.h"
#include "dossier-tag-editor.h"

/*
 * Tags are typed into an entry and become chips (a comma or Enter ends a tag); a chip's
 * button removes it. Tags used before are offered below the entry, those starting with what
 * is typed first, so the analyst reuses "deterrence" rather than inventing "Deterrence " —
 * completion without the deprecated GtkEntryCompletion. Tab takes the first suggestion.
 */

#define MAX_SUGGESTIONS 6

struct _DossierTagEditor
{
  GtkWidget parent_instance;

  char **tags;
  char **known;
  gboolean updating;

  GtkWidget *box;
  GtkFlowBox *chips;
  GtkEntry *entry;
  GtkFlowBox *suggestions;
};

G_DEFINE_FINAL_TYPE (DossierTagEditor, dossier_tag_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TAGS,
  N_PROPS
};

enum
{
  ACTIVATE_EMPTY,
  RESIZED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
typed_text (DossierTagEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

static void
set_entry_text (DossierTagEditor *self, const char *text)
{
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->updating = FALSE;
}

static gboolean
has_tag (DossierTagEditor *self, const char *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags[i], -1);
      if (strcmp (folded, other) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
clear_flow_box (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

static void
flow_box_append (GtkFlowBox *box, GtkWidget *widget)
{
  gtk_flow_box_append (box, widget);
  /* The button inside takes focus; the flow box child would be a second, empty stop. */
  gtk_widget_set_focusable (gtk_widget_get_parent (widget), FALSE);
  /* A short line of chips keeps each chip its own width. */
  gtk_widget_set_halign (gtk_widget_get_parent (widget), GTK_ALIGN_START);
}

static void
on_chip_clicked (GtkButton *button, DossierTagEditor *self)
{
  g_autofree char *tag = g_strdup (g_object_get_data (G_OBJECT (button), "tag"));

  dossier_tag_editor_remove_tag (self, tag);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
on_suggestion_clicked (GtkButton *button, DossierTagEditor *self)
{
  g_autofree char *tag = g_strdup (g_object_get_data (G_OBJECT (button), "tag"));

  set_entry_text (self, "");
  dossier_tag_editor_add_tags (self, tag);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* Known tags not yet used here that fit what is typed: those starting with it, then those
 * containing it. */
static GPtrArray *
find_suggestions (DossierTagEditor *self)
{
  GPtrArray *found = g_ptr_array_new ();
  g_autofree char *typed = typed_text (self);
  g_autofree char *needle = g_utf8_casefold (typed, -1);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; self->known[i] != NULL && found->len < MAX_SUGGESTIONS; i++)
      {
        g_autofree char *folded = g_utf8_casefold (self->known[i], -1);
        const char *hit = strstr (folded, needle);
        gboolean fits = pass == 0 ? hit == folded : hit != NULL && hit != folded;

        if (fits && !has_tag (self, self->known[i]))
          g_ptr_array_add (found, self->known[i]);
      }
  return found;
}

static void
update_suggestions (DossierTagEditor *self)
{
  g_autoptr (GPtrArray) found = find_suggestions (self);

  clear_flow_box (self->suggestions);
  for (guint i = 0; i < found->len; i++)
    {
      const char *tag = g_ptr_array_index (found, i);
      GtkWidget *button = gtk_button_new_with_label (tag);
      g_autofree char *tip = g_strdup_printf (_ ("Add tag “%s”"), tag);

      gtk_widget_add_css_class (button, "tag-suggestion");
      gtk_widget_set_tooltip_text (button, tip);
      g_object_set_data_full (G_OBJECT (button), "tag", g_strdup (tag), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_suggestion_clicked), self);
      flow_box_append (self->suggestions, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions), found->len > 0);
  g_signal_emit (self, signals[RESIZED], 0);
}

static void
update_chips (DossierTagEditor *self)
{
  clear_flow_box (self->chips);
  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (self->tags[i]);
      g_autofree char *tip = g_strdup_printf (_ ("Remove tag “%s”"), self->tags[i]);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "tag-chip");
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "tag", g_strdup (self->tags[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked), self);
      flow_box_append (self->chips, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chips), self->tags[0] != NULL);
  update_suggestions (self);
}

/**
 * dossier_tag_editor_get_tags:
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags, normalized
 */
const char *const *
dossier_tag_editor_get_tags (DossierTagEditor *self)
{
  g_return_val_if_fail (DOSSIER_IS_TAG_EDITOR (self), NULL);
  return (const char *const *) self->tags;
}

/**
 * dossier_tag_editor_set_tags:
 * @tags: (nullable) (array zero-terminated=1): the tags to show
 *
 * Tags are normalized as annotations store them (trimmed, one per spelling ignoring case).
 */
void
dossier_tag_editor_set_tags (DossierTagEditor *self, const char *const *tags)
{
  char **clean;

  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));

  clean = dossier_annotation_normalize_tags (tags);
  if (g_strv_equal ((const char *const *) clean, (const char *const *) self->tags))
    {
      g_strfreev (clean);
      update_suggestions (self);
      return;
    }
  g_strfreev (self->tags);
  self->tags = clean;
  update_chips (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * dossier_tag_editor_add_tags:
 * @text: one tag, or several separated by commas
 */
void
dossier_tag_editor_add_tags (DossierTagEditor *self, const char *text)
{
  g_auto (GStrv) parts = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) all = NULL;

  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));

  if (text == NULL)
    return;
  parts = g_strsplit (text, ",", -1);
  g_strv_builder_addv (builder, (const char **) self->tags);
  g_strv_builder_addv (builder, (const char **) parts);
  all = g_strv_builder_end (builder);
  dossier_tag_editor_set_tags (self, (const char *const *) all);
}

/**
 * dossier_tag_editor_remove_tag:
 * @tag: a tag, compared without regard to case
 */
void
dossier_tag_editor_remove_tag (DossierTagEditor *self, const char *tag)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *folded = NULL;
  g_auto (GStrv) rest = NULL;

  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));
  g_return_if_fail (tag != NULL);

  folded = g_utf8_casefold (tag, -1);
  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags[i], -1);
      if (strcmp (folded, other) != 0)
        g_strv_builder_add (builder, self->tags[i]);
    }
  rest = g_strv_builder_end (builder);
  dossier_tag_editor_set_tags (self, (const char *const *) rest);
}

/**
 * dossier_tag_editor_set_known_tags:
 * @known: (nullable) (array zero-terminated=1): tags used before, in the order to offer them
 */
void
dossier_tag_editor_set_known_tags (DossierTagEditor *self, const char *const *known)
{
  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));

  g_strfreev (self->known);
  self->known = known ? g_strdupv ((char **) known) : g_new0 (char *, 1);
  update_suggestions (self);
}

/**
 * dossier_tag_editor_has_typed_text:
 *
 * Returns: whether a tag is typed but not yet added
 */
gboolean
dossier_tag_editor_has_typed_text (DossierTagEditor *self)
{
  g_autofree char *typed = NULL;

  g_return_val_if_fail (DOSSIER_IS_TAG_EDITOR (self), FALSE);

  typed = typed_text (self);
  return typed[0] != '\0';
}

/**
 * dossier_tag_editor_take_typed_text:
 *
 * Adds what is typed in the entry as tags and empties it.
 */
void
dossier_tag_editor_take_typed_text (DossierTagEditor *self)
{
  g_autofree char *typed = NULL;

  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));

  typed = typed_text (self);
  set_entry_text (self, "");
  dossier_tag_editor_add_tags (self, typed);
}

void
dossier_tag_editor_clear_typed_text (DossierTagEditor *self)
{
  g_return_if_fail (DOSSIER_IS_TAG_EDITOR (self));

  set_entry_text (self, "");
  update_suggestions (self);
}

/* A comma ends a tag, as in most tag fields. */
static void
on_entry_changed (DossierTagEditor *self, GtkEditable *entry)
{
  const char *text = gtk_editable_get_text (entry);
  const char *comma;

  if (self->updating)
    return;
  comma = strrchr (text, ',');
  if (comma != NULL)
    {
      g_autofree char *done = g_strndup (text, comma - text);

      set_entry_text (self, comma + 1);
      dossier_tag_editor_add_tags (self, done);
      return;
    }
  update_suggestions (self);
}

/* Enter adds what is typed; on an empty field it is the form's Enter. */
static void
on_entry_activate (DossierTagEditor *self, GtkEntry *entry)
{
  if (dossier_tag_editor_has_typed_text (self))
    dossier_tag_editor_take_typed_text (self);
  else
    g_signal_emit (self, signals[ACTIVATE_EMPTY], 0);
}

static gboolean
on_entry_key (DossierTagEditor *self, guint keyval, guint keycode, GdkModifierType state,
              GtkEventControllerKey *controller)
{
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *tag = NULL;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || !dossier_tag_editor_has_typed_text (self))
    return GDK_EVENT_PROPAGATE;
  found = find_suggestions (self);
  if (found->len == 0)
    return GDK_EVENT_PROPAGATE;
  tag = g_strdup (g_ptr_array_index (found, 0));
  set_entry_text (self, "");
  dossier_tag_editor_add_tags (self, tag);
  return GDK_EVENT_STOP;
}

static gboolean
dossier_tag_editor_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DOSSIER_TAG_EDITOR (widget)->entry));
}

static void
dossier_tag_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOSSIER_TYPE_TAG_EDITOR);
  G_OBJECT_CLASS (dossier_tag_editor_parent_class)->dispose (object);
}

static void
dossier_tag_editor_finalize (GObject *object)
{
  DossierTagEditor *self = DOSSIER_TAG_EDITOR (object);

  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->known, g_strfreev);
  G_OBJECT_CLASS (dossier_tag_editor_parent_class)->finalize (object);
}

static void
dossier_tag_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierTagEditor *self = DOSSIER_TAG_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_tag_editor_set_property (GObject *object, guint prop_id, const GValue *value,
                                 GParamSpec *pspec)
{
  DossierTagEditor *self = DOSSIER_TAG_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      dossier_tag_editor_set_tags (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_tag_editor_class_init (DossierTagEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_tag_editor_dispose;
  object_class->finalize = dossier_tag_editor_finalize;
  object_class->get_property = dossier_tag_editor_get_property;
  object_class->set_property = dossier_tag_editor_set_property;
  widget_class->grab_focus = dossier_tag_editor_grab_focus;

  properties[PROP_TAGS]
      = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierTagEditor::activate-empty:
   *
   * Enter was pressed with no tag typed: the enclosing form's default action.
   */
  signals[ACTIVATE_EMPTY] = g_signal_new ("activate-empty", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DossierTagEditor::resized:
   *
   * Chips or suggestions came or went, so the editor's height may have changed: a popover
   * holding it must present itself again.
   */
  signals[RESIZED] = g_signal_new ("resized", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/dossier/Dossier/ui/dossier-tag-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTagEditor, box);
  gtk_widget_class_bind_template_child (widget_class, DossierTagEditor, chips);
  gtk_widget_class_bind_template_child (widget_class, DossierTagEditor, entry);
  gtk_widget_class_bind_template_child (widget_class, DossierTagEditor, suggestions);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tageditor");
}

static void
dossier_tag_editor_init (DossierTagEditor *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->tags = g_new0 (char *, 1);
  self->known = g_new0 (char *, 1);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
}

GtkWidget *
dossier_tag_editor_new (void)
{
  return g_object_new (DOSSIER_TYPE_TAG_EDITOR, NULL);
}
