//! The importer's stages over one value that grows as it goes: load → read → decide → write →
//! lint. Each stage takes the value the one before handed on and returns it with what it
//! decided added, so a stage cannot run before the facts it needs exist, and no stage is handed
//! loose pieces again:
//!
//! | stage | function | adds | modules doing the work |
//! | --- | --- | --- | --- |
//! | load | [`load`] | [`Doc`]: the pages, the entry page, the diagnostics so far | `docset`, `doc_root` |
//! | read | [`read`] | [`Read`]: the outline and what each section states | `blocks`, `evidence` and its readers |
//! | decide | [`decide`] | [`Decided`]: the operations (each table row's place, each success example's envelope), the API-wide conventions, the facts the writer needs (each operation's query parameters and paging), each operation's servers | `model`, `param_location`, `operation_facts`, `operation_paging`, `api_wide`, `models`, `resources`, `operation_servers`, … |
//! | write | [`write`](fn@write) | [`Written`]: the OpenAPI document | `spec`, `spec_paging` |
//! | lint | [`lint`] | diagnostics only | `url_check`, `unused`, `doc_lint`, `param_location` |

use crate::blocks::Outline;
use crate::conventions::Conventions;
use crate::diag::{self, Diagnostics};
use crate::docset::{DocSet, Entry, LoadError};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::operation_servers::OperationServers;
use crate::spec::DocFacts;
use crate::{
    api_wide, blocks, docset, evidence, list_words, model, models, operation_facts, operation_limits, operation_notes,
    operation_servers, param_location, prose, resources, shared_params, spec,
};
use std::path::Path;

/// The doc set as loaded: its published pages, the entry page chosen, and every diagnostic of
/// this and the later stages.
pub(crate) struct Doc {
    /// The published pages, in reading order.
    pub docs: DocSet,
    /// The entry page used and the other entry pages seen beside it.
    pub entry: Entry,
    /// The findings so far; every later stage adds to them.
    pub diags: Diagnostics,
    /// The title when the docs give none: the folder's name.
    pub fallback_title: String,
}

/// The doc set as read: [`Doc`] with its section outline and what each section states.
pub(crate) struct Read {
    /// The loaded doc set.
    pub doc: Doc,
    /// The section tree with the blocks under each heading.
    pub outline: Outline,
    /// What each section states, in outline order.
    pub evidence: Vec<SectionEvidence>,
}

/// The doc set as decided: [`Read`] with the operations and everything the writer maps to
/// OpenAPI.
pub(crate) struct Decided {
    /// The doc set as read.
    pub read: Read,
    /// The operations.
    pub model: Model,
    /// What holds for the whole API (servers, auth, paging, rate limits, errors).
    pub conventions: Conventions,
    /// The per-operation and per-resource facts beyond the model.
    pub facts: DocFacts,
    /// The servers of operations sent elsewhere than the API's servers.
    pub own_servers: OperationServers,
}

/// The doc set as written: [`Decided`] with its OpenAPI document.
pub(crate) struct Written {
    /// The decisions the document was written from.
    pub decided: Decided,
    /// The OpenAPI document.
    pub spec: openapiv3::OpenAPI,
}

/// Load: finds the published pages of the doc set in `dir`. Fails only when the folder is not
/// a readable doc set.
pub(crate) fn load(dir: &Path) -> Result<Doc, LoadError> {
    let mut diags = Diagnostics::new();
    let (docs, entry) = docset::open(dir, &mut diags)?;
    let fallback_title = dir.file_name().map_or("API".into(), |n| n.to_string_lossy().into_owned());
    Ok(Doc { docs, entry, diags, fallback_title })
}

/// Read: outlines the pages and reads what each section states.
pub(crate) fn read(mut doc: Doc) -> Read {
    let outline = blocks::outline(&doc.docs);
    let evidence = evidence::collect(&outline, &mut doc.diags);
    Read { doc, outline, evidence }
}

/// Decide: the operations, the API-wide conventions, the named models and resources, and every
/// per-operation fact the writer needs. An empty model is an error naming what was looked for.
pub(crate) fn decide(mut read: Read) -> Decided {
    let Read { doc, outline, evidence } = &mut read;
    let diags = &mut doc.diags;
    let mut model = model::build(outline, evidence, diags);
    param_location::place(&mut model);
    operation_facts::envelopes(&mut model);
    if model.operations.is_empty() {
        crate::report_no_operations(&doc.docs, &doc.entry, diags);
    }
    let conventions = api_wide::read(outline, evidence, &model, diags);
    let models = models::collect(outline, evidence, &model, diags);
    // A model's sections are its definition; they are not described again as resources.
    let model_heads: Vec<diag::Pos> = models.section_positions(outline);
    let mut resources = resources::collect(outline, evidence, &model);
    resources.retain(|(_, _, _, pos)| !model_heads.contains(pos));
    let mut facts = DocFacts {
        title: doc.docs.title.clone().unwrap_or_else(|| doc.fallback_title.clone()),
        bold_means_required: resources::bold_means_required(&doc.docs),
        resources,
        tag_descriptions: prose::tag_descriptions(outline, &model),
        description: prose::api_description(outline, &model),
        paging_said: list_words::said(outline, &model),
        rate_limits: operation_limits::stated(outline, &model, conventions.rate_limit),
        inclusive_from: operation_notes::inclusive_from(outline, &model),
        shared_params: shared_params::shared(outline, evidence, &model, diags),
        named_responses: models::named_responses(outline, &model, &models),
        returns_resource: models::returns_resource(outline, &model),
        tables_say_required: models::tables_say_required(evidence, &models),
        models,
        operations: Vec::new(),
    };
    facts.operations = operation_facts::decide(&model, &conventions, &facts);
    let own_servers = operation_servers::decide(outline, evidence, &model, &conventions.servers, diags);
    Decided { read, model, conventions, facts, own_servers }
}

/// Write: maps the decided API to an OpenAPI document, operations sent elsewhere with their
/// own servers.
pub(crate) fn write(mut decided: Decided) -> Written {
    let Decided { read, model, conventions, facts, own_servers } = &mut decided;
    let mut spec = spec::build(model, conventions, facts, &mut read.doc.diags);
    operation_servers::apply(&mut spec, model, own_servers, spec::server);
    Written { decided, spec }
}

/// Lint: the checks that change nothing in the document: samples the servers do not give,
/// what contributed nothing, contradictions between the docs' own statements, parameters
/// without a stated place.
pub(crate) fn lint(written: &mut Written) {
    let Decided { read, model, own_servers, .. } = &mut written.decided;
    let Read { doc, outline, evidence } = read;
    let diags = &mut doc.diags;
    crate::url_check::check(outline, evidence, model, own_servers, diags);
    crate::unused::report(outline, evidence, model, diags);
    crate::doc_lint::check(outline, evidence, model, diags);
    crate::param_location::warn_unplaced(model, diags);
}
