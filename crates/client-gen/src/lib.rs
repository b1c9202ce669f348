//! client-gen: OpenAPI 3.0 in, a standalone typed async Rust client crate out.
//!
//! Three stages (see `docs/extensions.md` for the `x-` extensions read here):
//!
//! 1. [`model`]: the spec is resolved into a client model (Rust names, types, operations,
//!    auth, servers, pagination, rate limit). Anything the generator cannot express becomes a
//!    [`Diagnostic`] (a [`Code`], a location in the spec; the importer's type too) and falls
//!    back to `serde_json::Value`; nothing panics.
//! 2. `code` and `render`: types and operations are built with `quote!`; the runtime pieces
//!    that vary by provider are minijinja templates (embedded from `templates/`, overridable per
//!    file with [`Options::templates_dir`]); those that do not are the Rust files of
//!    `crates/client-runtime`, compiled and tested there and copied (`render/runtime_src.rs`).
//!    Every Rust file is parsed with `syn` and printed
//!    with `prettyplease`, so a broken template fails here, never in the user's build.
//! 3. Output: [`GeneratedCrate::files`], byte-identical for identical input. Besides the
//!    sources, a crate gets `tests/spec_examples.rs`: one test per JSON example of the spec
//!    (request bodies, responses, schemas), which decodes it into the generated type it
//!    documents. An example that contradicts its own schema is reported as a diagnostic and its
//!    test is `#[ignore]`d with the reason (see [`model::SpecExample`]).
//!
//! Generated types map `format: date-time`/`date`/`uuid`/... to `String` (no chrono/uuid
//! dependency); `integer` to `i64` (`i32` for `format: int32`); `number` to `f64`. A property
//! that is optional and `nullable` is `Option<Option<T>>`; a `oneOf` with a `discriminator`
//! decodes by that property's value. Parameters are sent in their `style`/`explode` (the
//! generated `params` module); binary bodies are bytes with their media type; every
//! operation can return a `ResponseValue<T>` with the status and headers.

#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

pub use diag::Code;
pub use diagnostic::{Diagnostic, Severity};

mod code;
mod deps;
mod diag;
mod doc_fences;
pub mod model;
mod names;
mod render;

/// The names an operation gets in the generated client before collisions between operations
/// are resolved: (method, request builder type). The method is the snake_case of the
/// operationId (`getCustomer` -> `get_customer`, a keyword gets `r#`; `_op` is appended to a name
/// ending in `_stream`, a suffix the pagination helpers use), the builder the UpperCamelCase
/// plus `Request` (`GetCustomerRequest`; the same UpperCamelCase prefixes the operation's body,
/// response and parameter enum types). Without an operationId, `"{method} {path}"` is named.
pub fn operation_names(operation_id: &str) -> (String, String) {
    let mut method = names::snake_ident(operation_id);
    if method.ends_with("_stream") {
        method.push_str("_op");
    }
    let builder = format!("{}Request", names::unraw(&names::camel_ident(operation_id)));
    (method, builder)
}

/// How to generate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Name of the generated crate; default: derived from `info.title`.
    pub crate_name: Option<String>,
    /// A directory of user templates: a file there replaces the built-in template of the
    /// same name (e.g. `auth.rs.j2`).
    pub templates_dir: Option<PathBuf>,
    /// Emit only one self-contained module file, `lib.rs`, usable through `include!()` from a
    /// build script's output (no Cargo.toml, no README, no tests, no inner attributes).
    pub module_only: bool,
}

/// The files of the generated crate, by path relative to the crate root.
#[derive(Debug, Clone, Default)]
pub struct GeneratedCrate {
    /// Each file's text, by path relative to the crate root.
    pub files: BTreeMap<PathBuf, String>,
    /// What the generator could not express exactly (each with a [`Code`] and a `location` in
    /// the spec, `file` empty and `line` 0), sorted and without repeats.
    pub diagnostics: Vec<Diagnostic>,
}

/// Generation failed as a whole (a template does not render or renders invalid Rust).
#[derive(Debug)]
pub enum GenError {
    /// A template could not be loaded or rendered.
    Template {
        /// The template's file name (`auth.rs.j2`).
        name: String,
        /// minijinja's error.
        message: String,
    },
    /// A generated file is not valid Rust; `source` is the offending text.
    InvalidRust {
        /// The generated file's path.
        file: String,
        /// syn's parse error.
        message: String,
        /// The text that does not parse.
        source: String,
    },
    /// Reading a user template failed.
    Io {
        /// The template file.
        path: PathBuf,
        /// The I/O error.
        message: String,
    },
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenError::Template { name, message } => {
                write!(f, "template `{name}` failed to render: {message}")
            }
            GenError::InvalidRust { file, message, .. } => {
                write!(f, "generated file `{file}` is not valid Rust ({message}); check the templates")
            }
            GenError::Io { path, message } => {
                write!(f, "cannot read template {}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for GenError {}

/// Generates the client crate for `spec`.
pub fn generate(spec: &openapiv3::OpenAPI, options: &Options) -> Result<GeneratedCrate, GenError> {
    let model = model::build(spec, options);
    let mut diagnostics = model.diagnostics.clone();
    let files = render::render(&model, options)?;
    diagnostics.sort_by(|a, b| {
        (a.severity, &a.location, &a.message, a.code).cmp(&(b.severity, &b.location, &b.message, b.code))
    });
    diagnostics.dedup();
    Ok(GeneratedCrate { files, diagnostics })
}
