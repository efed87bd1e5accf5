/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-analysis.h"
#include "dossier-entity-set.h"
#include "dossier-event-list.h"
#include "dossier-linker.h"

/* The results of analysing one corpus: what `dossier-cli analyze --json` prints and what the
 * views show. Documents keep the corpus order; "d0", "d1"... follow it. */
struct _DossierAnalysis
{
  GObject parent_instance;

  DossierCorpus *corpus;
  GHashTable *document_ids; /* DossierDocument* -> char* */
  DossierEventList *events;  /* stage events */
  DossierEntitySet *entities; /* stage entities */
  DossierLinker *linker;      /* stage links */
};

G_DEFINE_FINAL_TYPE (DossierAnalysis, dossier_analysis, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CORPUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_analysis_finalize (GObject *object)
{
  DossierAnalysis *self = DOSSIER_ANALYSIS (object);

  g_clear_pointer (&self->document_ids, g_hash_table_unref);
  g_clear_object (&self->events);
  g_clear_object (&self->entities);
  g_clear_object (&self->linker);
  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (dossier_analysis_parent_class)->finalize (object);
}

static void
dossier_analysis_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DossierAnalysis *self = DOSSIER_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_analysis_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DossierAnalysis *self = DOSSIER_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_analysis_class_init (DossierAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_analysis_finalize;
  object_class->get_property = dossier_analysis_get_property;
  object_class->set_property = dossier_analysis_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                     | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_analysis_init (DossierAnalysis *self)
{
  self->document_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->linker = dossier_linker_new ();
}

DossierAnalysis *
dossier_analysis_new (DossierCorpus *corpus)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (corpus), NULL);
  return g_object_new (DOSSIER_TYPE_ANALYSIS, "corpus", corpus, NULL);
}

/**
 * dossier_analysis_get_corpus:
 *
 * Returns: (transfer none): the analysed corpus
 */
DossierCorpus *
dossier_analysis_get_corpus (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return self->corpus;
}

/* STAGE entities (issue 3) */
static gboolean
run_entities (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();
  guint n = dossier_corpus_get_n_documents (self->corpus);
  DossierEntitySet *set;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (documents, dossier_corpus_get_document (self->corpus, i));
  set = dossier_entity_set_extract (documents, cancellable, error);
  if (set == NULL)
    return FALSE;
  g_clear_object (&self->entities);
  self->entities = set;
  return TRUE;
}

/**
 * dossier_analysis_get_entities:
 *
 * Returns: (transfer none) (nullable): the entities of the corpus, a #GListModel of
 *   #DossierEntity; %NULL before the analysis has run
 */
DossierEntitySet *
dossier_analysis_get_entities (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return self->entities;
}

static void
build_entities_json (DossierAnalysis *self, JsonBuilder *b)
{
  guint n = self->entities ? dossier_entity_set_get_n_entities (self->entities) : 0;

  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      DossierEntity *entity = dossier_entity_set_get_entity (self->entities, i);
      g_autofree char *id = g_strdup_printf ("e%u", i);
      const char *const *aliases = dossier_entity_get_aliases (entity);
      const char *acronym = dossier_entity_get_acronym (entity);
      const DossierMention *mentions;
      guint n_mentions;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, dossier_entity_type_to_string (dossier_entity_get_entity_type (entity)));
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, dossier_entity_get_name (entity));
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      for (guint k = 0; aliases[k]; k++)
        json_builder_add_string_value (b, aliases[k]);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "acronym");
      if (acronym)
        json_builder_add_string_value (b, acronym);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "mentions");
      json_builder_begin_array (b);
      mentions = dossier_entity_get_mentions (entity, &n_mentions);
      for (guint k = 0; k < n_mentions; k++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "doc");
          json_builder_add_string_value (b, dossier_analysis_get_document_id (self, mentions[k].document));
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, mentions[k].start);
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, mentions[k].end);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* STAGE events (issue 4) */

/* The entity set of the entities stage, to tell which entities each event mentions. */
static DossierEntitySet *
events_entity_set (DossierAnalysis *self)
{
  return self->entities;
}

static void
event_member (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static gboolean
run_events (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();
  DossierEventList *events;
  guint n = dossier_corpus_get_n_documents (self->corpus);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (documents, dossier_corpus_get_document (self->corpus, i));
  events = dossier_event_list_extract (documents, events_entity_set (self), cancellable, error);
  if (events == NULL)
    return FALSE;
  g_clear_object (&self->events);
  self->events = events;
  return TRUE;
}

static void
build_events_json (DossierAnalysis *self, JsonBuilder *b)
{
  DossierEntitySet *entities = events_entity_set (self);
  g_autoptr (GHashTable) entity_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  guint n = self->events ? dossier_event_list_get_n_events (self->events) : 0;

  /* Entity ids are positions in the entity set: "e0", "e1"... */
  for (guint i = 0; entities && i < dossier_entity_set_get_n_entities (entities); i++)
    g_hash_table_insert (entity_ids, dossier_entity_set_get_entity (entities, i), g_strdup_printf ("e%u", i));

  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      DossierEvent *event = dossier_event_list_get_event (self->events, i);
      GPtrArray *mentioned = dossier_event_get_entities (event);
      g_autofree char *id = g_strdup_printf ("v%u", i);
      g_autofree char *date = dossier_event_dup_iso_date (event);
      g_autofree char *end_date = dossier_event_dup_iso_end_date (event);

      json_builder_begin_object (b);
      event_member (b, "id", id);
      event_member (b, "date", date);
      event_member (b, "end_date", end_date);
      event_member (b, "precision", dossier_precision_to_string (dossier_event_get_precision (event)));
      event_member (b, "label", dossier_event_get_label (event));
      event_member (b, "doc", dossier_analysis_get_document_id (self, dossier_event_get_document (event)));
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, dossier_event_get_start (event));
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, dossier_event_get_end (event));
      json_builder_set_member_name (b, "entities");
      json_builder_begin_array (b);
      for (guint j = 0; j < mentioned->len; j++)
        {
          const char *entity_id = g_hash_table_lookup (entity_ids, g_ptr_array_index (mentioned, j));

          if (entity_id)
            json_builder_add_string_value (b, entity_id);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "planned");
      json_builder_add_boolean_value (b, dossier_event_get_planned (event));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* STAGE links (issue 5) */
static gboolean
run_links (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();
  g_autoptr (DossierLinker) linker = dossier_linker_new ();
  guint n = dossier_corpus_get_n_documents (self->corpus);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (documents, dossier_corpus_get_document (self->corpus, i));
  /* The linker orders the documents by date itself; aliases come from the entities stage. */
  dossier_linker_set_entities (linker, self->entities);
  if (!dossier_linker_run (linker, documents, cancellable, error))
    return FALSE;
  g_set_object (&self->linker, linker);
  return TRUE;
}

/**
 * dossier_analysis_get_links:
 *
 * Returns: (transfer none): a #GListModel of #DossierLink, grouped by commitment in the order
 *   of dossier_analysis_get_commitments(); empty before the analysis has run
 */
GListModel *
dossier_analysis_get_links (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return dossier_linker_get_links (self->linker);
}

/**
 * dossier_analysis_get_commitments:
 *
 * Returns: (transfer none): a #GListModel of #DossierStatement, the commitments of every
 *   document that has later ones, each with its own links (dossier_statement_get_links())
 */
GListModel *
dossier_analysis_get_commitments (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return dossier_linker_get_commitments (self->linker);
}

/**
 * dossier_analysis_get_unmatched:
 *
 * Returns: (transfer none): a #GListModel of the #DossierStatement commitments that no later
 *   document reports on
 */
GListModel *
dossier_analysis_get_unmatched (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return dossier_linker_get_unmatched (self->linker);
}

static void
add_passage (DossierAnalysis *self, JsonBuilder *b, DossierDocument *doc, guint start, guint end, const char *text)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "doc");
  json_builder_add_string_value (b, dossier_analysis_get_document_id (self, doc));
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, end);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_end_object (b);
}

static void
build_links_json (DossierAnalysis *self, JsonBuilder *b)
{
  GListModel *links = dossier_linker_get_links (self->linker);
  guint n = g_list_model_get_n_items (links);

  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierLink) link = g_list_model_get_item (links, i);
      g_autofree char *id = g_strdup_printf ("l%u", i);
      /* Two decimals: the score ranks links, more digits would only suggest precision. */
      double score = (double) (gint64) (dossier_link_get_score (link) * 100.0 + 0.5) / 100.0;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "source");
      add_passage (self, b, dossier_link_get_source_document (link), dossier_link_get_source_start (link),
                   dossier_link_get_source_end (link), dossier_link_get_source_text (link));
      json_builder_set_member_name (b, "target");
      add_passage (self, b, dossier_link_get_target_document (link), dossier_link_get_target_start (link),
                   dossier_link_get_target_end (link), dossier_link_get_target_text (link));
      json_builder_set_member_name (b, "score");
      json_builder_add_double_value (b, score);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, dossier_link_status_to_string (dossier_link_get_status (link)));
      json_builder_set_member_name (b, "topic");
      if (dossier_link_get_topic (link))
        json_builder_add_string_value (b, dossier_link_get_topic (link));
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_unmatched_json (DossierAnalysis *self, JsonBuilder *b)
{
  GListModel *unmatched = dossier_linker_get_unmatched (self->linker);
  guint n = g_list_model_get_n_items (unmatched);

  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DossierStatement) statement = g_list_model_get_item (unmatched, i);

      add_passage (self, b, dossier_statement_get_document (statement), dossier_statement_get_start (statement),
                   dossier_statement_get_end (statement), dossier_statement_get_text (statement));
    }
  json_builder_end_array (b);
}

gboolean
dossier_analysis_run (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), FALSE);

  g_hash_table_remove_all (self->document_ids);
  n = dossier_corpus_get_n_documents (self->corpus);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (self->document_ids, dossier_corpus_get_document (self->corpus, i),
                         g_strdup_printf ("d%u", i));

  /* Stages, in order; each may use the results of those before it. */
  if (!run_entities (self, cancellable, error))
    return FALSE;
  if (!run_events (self, cancellable, error))
    return FALSE;
  if (!run_links (self, cancellable, error))
    return FALSE;

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
run_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;

  if (dossier_analysis_run (source, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dossier_analysis_run_async (DossierAnalysis *self,
                            GCancellable *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, dossier_analysis_run_async);
  g_task_run_in_thread (task, run_thread);
}

gboolean
dossier_analysis_run_finish (DossierAnalysis *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dossier_analysis_get_document_id:
 *
 * Returns: (nullable): the contract id ("d0") of @document
 */
const char *
dossier_analysis_get_document_id (DossierAnalysis *self, DossierDocument *document)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return g_hash_table_lookup (self->document_ids, document);
}

/**
 * dossier_analysis_get_events:
 *
 * The events of the corpus in timeline order. A #DossierEventList is a #GListModel of
 * #DossierEvent with interval queries and per-document lanes.
 *
 * Returns: (transfer none) (nullable): the events, or %NULL before the analysis has run
 */
DossierEventList *
dossier_analysis_get_events (DossierAnalysis *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);
  return self->events;
}

static void
add_string_or_null (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

/**
 * dossier_analysis_to_json:
 *
 * Returns: (transfer full): the analysis contract of DESIGN.md as a JSON object
 */
JsonNode *
dossier_analysis_to_json (DossierAnalysis *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ANALYSIS (self), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  n = dossier_corpus_get_n_documents (self->corpus);
  for (guint i = 0; i < n; i++)
    {
      DossierDocument *doc = dossier_corpus_get_document (self->corpus, i);

      json_builder_begin_object (b);
      add_string_or_null (b, "id", dossier_analysis_get_document_id (self, doc));
      add_string_or_null (b, "path", dossier_document_get_path (doc));
      add_string_or_null (b, "title", dossier_document_get_title (doc));
      add_string_or_null (b, "kind", dossier_document_kind_to_string (dossier_document_get_kind (doc)));
      add_string_or_null (b, "meeting", dossier_document_get_meeting (doc));
      add_string_or_null (b, "date", dossier_document_get_date (doc));
      add_string_or_null (b, "text", dossier_document_get_text (doc));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "entities");
  build_entities_json (self, b);
  json_builder_set_member_name (b, "events");
  build_events_json (self, b);
  json_builder_set_member_name (b, "links");
  build_links_json (self, b);
  json_builder_set_member_name (b, "unmatched");
  build_unmatched_json (self, b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
