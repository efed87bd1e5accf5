/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dossier-analysis.h"

/* The results of analysing one corpus: what `dossier-cli analyze --json` prints and what the
 * views show. Documents keep the corpus order; "d0", "d1"... follow it. */
struct _DossierAnalysis
{
  GObject parent_instance;

  DossierCorpus *corpus;
  GHashTable *document_ids; /* DossierDocument* -> char* */
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
  return TRUE;
}

static void
build_entities_json (DossierAnalysis *self, JsonBuilder *b)
{
  json_builder_begin_array (b);
  json_builder_end_array (b);
}

/* STAGE events (issue 4) */
static gboolean
run_events (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  return TRUE;
}

static void
build_events_json (DossierAnalysis *self, JsonBuilder *b)
{
  json_builder_begin_array (b);
  json_builder_end_array (b);
}

/* STAGE links (issue 5) */
static gboolean
run_links (DossierAnalysis *self, GCancellable *cancellable, GError **error)
{
  return TRUE;
}

static void
build_links_json (DossierAnalysis *self, JsonBuilder *b)
{
  json_builder_begin_array (b);
  json_builder_end_array (b);
}

static void
build_unmatched_json (DossierAnalysis *self, JsonBuilder *b)
{
  json_builder_begin_array (b);
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
