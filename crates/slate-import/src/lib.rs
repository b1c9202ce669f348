//! slate-import: hand-written Markdown API docs in, OpenAPI 3.0.3 out.
//!
//! The import runs in stages over one growing value (`stages.rs`, described in
//! `docs/architecture.md`): load ([`docset`] finds the pages), read ([`blocks`] outlines them,
//! [`evidence`] reads what each section states), decide ([`model`] the operations,
//! [`api_wide`] what holds for the whole API into [`conventions::Conventions`], and the
//! per-operation facts), write ([`spec`]
//! maps the decisions to OpenAPI) and lint. [`import`] runs them all.

#![deny(missing_docs)]
// The stages are `pub(crate)`; the docs link them for `cargo doc --document-private-items`,
// the maintainer's view of the crate.
#![allow(rustdoc::private_intra_doc_links)]

mod api_wide;
pub(crate) mod blocks;
mod call_sections;
mod code_bodies;
mod code_urls;
mod commented_includes;
pub(crate) mod conventions;
pub mod coverage;
mod credentials;
pub mod curl;
pub mod diag;
mod doc_facts;
mod doc_lint;
pub mod doc_root;
pub mod docset;
pub(crate) mod enum_parts;
pub(crate) mod enum_tables;
mod envelope;
pub(crate) mod evidence;
pub(crate) mod example_check;
mod header_names;
mod html_comments;
pub(crate) mod html_headings;
mod html_tables;
mod httpie;
mod index_items;
mod json_defects;
pub mod lenient_json;
mod list_items;
pub(crate) mod list_types;
pub(crate) mod list_words;
mod loose_tables;
pub(crate) mod model;
pub(crate) mod model_variants;
pub(crate) mod models;
pub(crate) mod naming;
pub(crate) mod nested_tables;
mod operation_auth;
mod operation_facts;
mod operation_limits;
pub(crate) mod operation_names;
mod operation_notes;
mod operation_paging;
mod operation_servers;
mod outline_parts;
mod own_sections;
pub(crate) mod page_links;
mod pages;
mod param_location;
pub(crate) mod param_names;
mod paths;
pub(crate) mod prose;
mod prose_params;
pub(crate) mod rate_limits;
mod raw_http;
mod regex_cell;
pub(crate) mod request_line;
mod required_headers;
pub(crate) mod resources;
pub(crate) mod row_nesting;
mod sample_methods;
pub mod schema;
mod schema_forms;
mod schema_key;
pub(crate) mod schema_merge;
mod section_evidence;
mod section_index;
mod section_text;
mod server_mismatch;
mod server_statements;
mod servers;
pub(crate) mod shared_envelopes;
pub(crate) mod shared_params;
mod shell;
pub(crate) mod spec;
mod spec_paging;
mod spec_refs;
mod spec_responses;
mod stage_timings;
mod stages;
mod stated_auth;
mod status_captions;
pub(crate) mod status_tables;
pub(crate) mod summary_line;
mod table_cell_breaks;
pub(crate) mod tables;
mod type_conflict;
mod unused;
mod url_check;
mod url_slips;
mod url_template;
pub(crate) mod vocabulary;

use diag::{Diagnostic, Diagnostics};
use std::path::{Path, PathBuf};

/// The result of importing a doc set.
#[derive(Debug, Clone)]
pub struct Import {
    /// The OpenAPI document.
    pub spec: openapiv3::OpenAPI,
    /// Every diagnostic, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// Every page that was read (absolute paths), for `rerun-if-changed`.
    pub pages: Vec<PathBuf>,
    /// Number of operations found.
    pub operation_count: usize,
    /// The doc-set root: diagnostics' `file` and the spec's `x-source` are relative to it.
    pub root: PathBuf,
    /// The entry page used and the other entry pages seen beside it.
    pub entry: docset::Entry,
}

/// The stack the import and the serialisers run on. Every recursion over the docs is bounded
/// ([`lenient_json::MAX_DEPTH`], [`schema::MAX_SCHEMA_DEPTH`]), but the frames of a debug build
/// are large and a caller's thread may be small (a test thread has 2 MiB): the work gets a
/// stack of its own that holds the deepest nesting allowed with room to spare. Only the pages
/// touched are ever committed.
const STACK_BYTES: usize = 256 << 20;

/// Runs `work` on a thread with [`STACK_BYTES`] of stack (on the caller's thread when no thread
/// can be started), passing a panic on.
fn on_own_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    let slot = std::sync::Mutex::new(Some(work));
    let run = || slot.lock().ok().and_then(|mut w| w.take()).map(|w| w());
    let result = std::thread::scope(|scope| {
        match std::thread::Builder::new().stack_size(STACK_BYTES).spawn_scoped(scope, run) {
            Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => None,
        }
    });
    result.or_else(run).expect("the work runs once")
}

/// Imports the doc set in `dir`. Fails only when the folder is not a readable doc set.
pub fn import(dir: &Path) -> Result<Import, docset::LoadError> {
    on_own_stack(|| import_here(dir, false)).map(|(import, _)| import)
}

/// Imports the doc set in `dir` like [`import`], and accounts for what the import made of
/// every line ([`coverage::account`]), for the maintainer's report.
pub fn import_with_coverage(dir: &Path) -> Result<(Import, coverage::Coverage), docset::LoadError> {
    on_own_stack(|| import_here(dir, true)).map(|(import, coverage)| (import, coverage.unwrap_or_default()))
}

fn import_here(dir: &Path, with_coverage: bool) -> Result<(Import, Option<coverage::Coverage>), docset::LoadError> {
    let doc = stage_timings::stage("load", || stages::load(dir))?;
    let read = stage_timings::stage("read", || stages::read(doc));
    let decided = stage_timings::stage("decide", || stages::decide(read));
    let mut written = stage_timings::stage("write", || stages::write(decided));
    stage_timings::stage("lint", || stages::lint(&mut written));
    let stages::Written { decided, spec } = written;
    let stages::Decided { read, model, conventions, .. } = decided;
    let stages::Read { doc, outline, evidence } = read;
    let diagnostics = doc.diags.into_sorted();
    let coverage = with_coverage.then(|| {
        let stages = coverage::Stages {
            docs: &doc.docs,
            outline: &outline,
            evidence: &evidence,
            model: &model,
            conventions: &conventions,
            spec: &spec,
        };
        coverage::account(&stages, &diagnostics)
    });
    let import = Import {
        spec,
        diagnostics,
        pages: doc.docs.pages.iter().map(|p| doc.docs.root.join(&p.path)).collect(),
        operation_count: model.operations.len(),
        root: doc.docs.root.clone(),
        entry: doc.entry,
    };
    Ok((import, coverage))
}

/// How many page paths the `no-operations` error lists before counting the rest.
const LISTED_PAGES: usize = 12;

/// The error of a doc set without a single operation: what was looked for, and what was found
/// (the entry page, the other entry pages, the pages read), so that a wrong folder or layout is
/// seen at once instead of an empty spec.
fn report_no_operations(docs: &docset::DocSet, entry: &docset::Entry, diags: &mut Diagnostics) {
    let paths: Vec<&str> = docs.pages.iter().map(|p| p.path.as_str()).collect();
    let mut listed = paths.iter().take(LISTED_PAGES).copied().collect::<Vec<_>>().join(", ");
    if paths.len() > LISTED_PAGES {
        listed.push_str(&format!(" and {} more", paths.len() - LISTED_PAGES));
    }
    let file = entry.page.clone().or_else(|| paths.first().map(|p| (*p).to_owned())).unwrap_or_default();
    diags.emit(
        diag::Severity::Error,
        diag::Code::NoOperations,
        &diag::Pos::new(file, 0),
        format!(
            "no operation found: looked for request lines (`GET /path`, `GET https://host/path`), Slate `api-*` \
             markers and curl samples; found {}; {} page(s) read: {listed}",
            entry.summary(),
            paths.len()
        ),
        Some(
            "name the entry page that links or includes the pages documenting the endpoints \
             (`codegen import path/to/page.md`), or check that the folder is the API's docs"
                .into(),
        ),
    );
}

/// Serializes a spec as YAML (deterministic: map order is the document's order).
pub fn to_yaml(spec: &openapiv3::OpenAPI) -> String {
    on_own_stack(|| yaml_serde::to_string(spec)).unwrap_or_else(|e| format!("# cannot serialize: {e}\n"))
}

/// Serializes a spec as pretty JSON with a trailing newline.
pub fn to_json(spec: &openapiv3::OpenAPI) -> String {
    on_own_stack(|| serde_json::to_string_pretty(spec))
        .map(|s| s + "\n")
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"))
}
