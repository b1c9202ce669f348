//! slate-import: hand-written Markdown API docs in, OpenAPI 3.0.3 out.
//!
//! Stages (each a module with one job, each keeping file and line):
//! [`docset`] finds the pages, [`blocks`] parses them into an outline of sections,
//! [`evidence`] reads what each section states (with [`curl`], [`request_line`], [`tables`],
//! [`lenient_json`]), [`model`] decides the operations, [`conventions`] reads what holds for the
//! whole API (servers, auth, pagination, rate limit, errors), and [`spec`] writes the document
//! (with [`schema`] inferring types). [`import`] runs them all.

pub mod blocks;
pub mod conventions;
mod credentials;
pub mod curl;
pub mod diag;
pub mod docset;
pub mod enum_tables;
pub mod evidence;
pub mod example_check;
pub mod httpie;
pub mod lenient_json;
pub mod model;
pub mod naming;
pub mod nested_tables;
pub mod paths;
pub mod prose;
mod raw_http;
pub mod request_line;
pub mod resources;
pub mod row_nesting;
pub mod schema;
pub mod schema_merge;
mod servers;
pub mod shared_envelopes;
mod shell;
pub mod spec;
pub mod summary_line;
pub mod tables;
mod unused;
mod url_check;
pub mod vocabulary;

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

/// Imports the doc set in `dir`. Fails only when the folder is not a readable doc set.
pub fn import(dir: &Path) -> Result<Import, docset::LoadError> {
    let mut diags = Diagnostics::new();
    let (docs, entry) = docset::open(dir, &mut diags)?;
    let outline = blocks::outline(&docs);
    let evidence = evidence::collect(&outline, &mut diags);
    let model = model::build(&outline, &evidence, &mut diags);
    if model.operations.is_empty() {
        report_no_operations(&docs, &entry, &mut diags);
    }
    let conventions = conventions::read(&outline, &evidence, &model, &mut diags);
    let facts = spec::DocFacts {
        title: docs
            .title
            .clone()
            .unwrap_or_else(|| dir.file_name().map_or("API".into(), |n| n.to_string_lossy().into_owned())),
        bold_means_required: resources::bold_means_required(&docs),
        resources: resources::collect(&outline, &evidence, &model),
        tag_descriptions: prose::tag_descriptions(&outline, &model),
        description: prose::api_description(&outline, &model),
    };
    let spec = spec::build(&model, &conventions, &facts, &mut diags);
    url_check::check(&model, &conventions.servers, &mut diags);
    unused::report(&outline, &evidence, &model, &mut diags);
    Ok(Import {
        spec,
        diagnostics: diags.into_sorted(),
        pages: docs.pages.iter().map(|p| docs.root.join(&p.path)).collect(),
        operation_count: model.operations.len(),
        root: docs.root.clone(),
        entry,
    })
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
    yaml_serde::to_string(spec).unwrap_or_else(|e| format!("# cannot serialize: {e}\n"))
}

/// Serializes a spec as pretty JSON with a trailing newline.
pub fn to_json(spec: &openapiv3::OpenAPI) -> String {
    serde_json::to_string_pretty(spec).map(|s| s + "\n").unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"))
}
