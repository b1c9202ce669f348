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
pub mod curl;
pub mod diag;
pub mod docset;
pub mod evidence;
pub mod example_check;
pub mod lenient_json;
pub mod model;
pub mod naming;
pub mod nested_tables;
pub mod paths;
pub mod prose;
pub mod request_line;
pub mod resources;
pub mod schema;
pub mod schema_merge;
pub mod shared_envelopes;
pub mod spec;
pub mod tables;
mod unused;

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
}

/// Imports the doc set in `dir`. Fails only when the folder is not a readable doc set.
pub fn import(dir: &Path) -> Result<Import, docset::LoadError> {
    let mut diags = Diagnostics::new();
    let docs = docset::load(dir, &mut diags)?;
    let outline = blocks::outline(&docs);
    let evidence = evidence::collect(&outline, &mut diags);
    let model = model::build(&outline, &evidence, &mut diags);
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
    unused::report(&outline, &evidence, &model, &mut diags);
    Ok(Import {
        spec,
        diagnostics: diags.into_sorted(),
        pages: docs.pages.iter().map(|p| docs.root.join(&p.path)).collect(),
        operation_count: model.operations.len(),
    })
}

/// Serializes a spec as YAML (deterministic: map order is the document's order).
pub fn to_yaml(spec: &openapiv3::OpenAPI) -> String {
    yaml_serde::to_string(spec).unwrap_or_else(|e| format!("# cannot serialize: {e}\n"))
}

/// Serializes a spec as pretty JSON with a trailing newline.
pub fn to_json(spec: &openapiv3::OpenAPI) -> String {
    serde_json::to_string_pretty(spec).map(|s| s + "\n").unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"))
}
