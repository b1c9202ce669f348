//! codegen: the pipeline behind the `codegen` binary, and the library API build scripts use.
//!
//! - [`Builder`]: for `build.rs` — a spec or a doc folder in, a Rust module out, with
//!   `cargo:rerun-if-changed` for every input and diagnostics as cargo warnings.
//! - [`config`]: `codegen.toml`, the list of providers `cargo run -p codegen` regenerates.
//! - [`render`]: diagnostics rendered like rustc, or as JSON.
//! - [`diff`]: every change between two versions of a spec, classified breaking or not.

#![deny(missing_docs)]

pub mod ci;
pub mod compare;
pub mod config;
pub mod diff;
pub mod html_report;
pub mod render;

use std::path::{Path, PathBuf};

pub use client_gen::{GeneratedCrate, Options as GenOptions};
pub use slate_import::diag::{Code, Diagnostic, Severity};

/// Errors of the pipeline.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io(PathBuf, std::io::Error),
    /// The doc set could not be read at all.
    Docs(String),
    /// The spec is not valid OpenAPI 3.0 YAML or JSON.
    Spec(PathBuf, String),
    /// The generator refused the spec.
    Generate(String),
    /// The docs have error-severity diagnostics (already reported), so nothing was written.
    DocErrors(usize),
    /// The configuration file is invalid.
    Config(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(p, e) => write!(f, "{}: {e}", p.display()),
            Error::Docs(m) => write!(f, "cannot read the docs: {m}"),
            Error::Spec(p, m) => write!(f, "{}: not an OpenAPI 3.0 document: {m}", p.display()),
            Error::Generate(m) => write!(f, "generation failed: {m}"),
            Error::DocErrors(n) => write!(f, "{n} error(s) in the docs (shown above): nothing was generated"),
            Error::Config(m) => write!(f, "configuration: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Reads an OpenAPI spec from YAML or JSON.
pub fn read_spec(path: &Path) -> Result<openapiv3::OpenAPI, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io(path.to_path_buf(), e))?;
    parse_spec(&text).map_err(|m| Error::Spec(path.to_path_buf(), m))
}

/// Parses an OpenAPI spec from YAML or JSON text. A Swagger 2.0 or OpenAPI 3.1 document is
/// refused in one line naming its version, before serde would report a field it does not know.
pub fn parse_spec(text: &str) -> Result<openapiv3::OpenAPI, String> {
    let json = text.trim_start().starts_with('{');
    let raw: serde_json::Value = if json {
        serde_json::from_str(text).map_err(|e| e.to_string())?
    } else {
        yaml_serde::from_str(text).map_err(|e| e.to_string())?
    };
    unsupported_version(&raw)?;
    serde_json::from_value(raw).map_err(|e| e.to_string())
}

/// The error for a document that is not OpenAPI 3.0.x, if it is not.
fn unsupported_version(raw: &serde_json::Value) -> Result<(), String> {
    const SUPPORTED: &str = "OpenAPI 3.0.x is supported (convert it first, e.g. with swagger2openapi)";
    let field = |key: &str| raw.get(key).map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned));
    if let Some(v) = field("swagger") {
        return Err(format!("this is a Swagger {v} document; only {SUPPORTED}"));
    }
    match field("openapi") {
        Some(v) if v.starts_with("3.0") => Ok(()),
        Some(v) => Err(format!("this is an OpenAPI {v} document; only {SUPPORTED}")),
        None => Err(format!("no `openapi` version field; only {SUPPORTED}")),
    }
}

/// Imports a doc folder.
pub fn import_docs(dir: &Path) -> Result<slate_import::Import, Error> {
    slate_import::import(dir).map_err(|e| Error::Docs(e.to_string()))
}

/// Imports a doc folder, with the account of what the import made of every line (for
/// [`html_report`]).
pub fn import_docs_with_coverage(
    dir: &Path,
) -> Result<(slate_import::Import, slate_import::coverage::Coverage), Error> {
    slate_import::import_with_coverage(dir).map_err(|e| Error::Docs(e.to_string()))
}

/// Serializes a spec as YAML, or JSON when `path` ends in `.json`.
pub fn serialize_spec(spec: &openapiv3::OpenAPI, path: &Path) -> String {
    if path.extension().is_some_and(|e| e == "json") {
        slate_import::to_json(spec)
    } else {
        slate_import::to_yaml(spec)
    }
}

/// Writes `files` under `dir`, creating folders; unchanged files are not touched.
pub fn write_files(dir: &Path, files: &std::collections::BTreeMap<PathBuf, String>) -> Result<(), Error> {
    for (rel, content) in files {
        let path = dir.join(rel);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == *content) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Io(parent.to_path_buf(), e))?;
        }
        std::fs::write(&path, content).map_err(|e| Error::Io(path.clone(), e))?;
    }
    Ok(())
}

/// Where the generated module comes from.
#[derive(Debug, Clone)]
enum Input {
    Spec(PathBuf),
    Docs(PathBuf),
}

/// Generates a client module from a build script.
///
/// ```no_run
/// // build.rs
/// fn main() -> std::process::ExitCode {
///     let Some(out_dir) = std::env::var_os("OUT_DIR") else {
///         return std::process::ExitCode::FAILURE;
///     };
///     match codegen::Builder::new().spec("openapi.yaml").generate_to(out_dir) {
///         Ok(_) => std::process::ExitCode::SUCCESS,
///         Err(e) => {
///             eprintln!("error: {e}");
///             std::process::ExitCode::FAILURE
///         }
///     }
/// }
/// // src/lib.rs: pub mod api { include!(concat!(env!("OUT_DIR"), "/client.rs")); }
/// ```
///
/// [`Builder::generate_to`] prints `cargo:rerun-if-changed` for the spec (or the doc folder and
/// each of its pages) and the templates folder, and one `cargo:warning` per diagnostic of the
/// import (warnings and errors; info is left out) and of the generator, up to
/// [`Builder::max_warnings`]. Depend on `codegen` with
/// `default-features = false`: the default `cli` feature only adds the command-line interface.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    input: Option<Input>,
    file_name: Option<String>,
    templates: Option<PathBuf>,
    max_warnings: Option<usize>,
}

impl Builder {
    /// A builder with no input yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Generates from an OpenAPI spec (YAML or JSON). A relative path is relative to the
    /// package root, where cargo runs build scripts.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.input = Some(Input::Spec(path.into()));
        self
    }

    /// Generates from a doc folder, imported first.
    pub fn docs(mut self, dir: impl Into<PathBuf>) -> Self {
        self.input = Some(Input::Docs(dir.into()));
        self
    }

    /// Name of the file written in the output folder (default `client.rs`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// A folder of templates overriding the built-in ones (a file there replaces the built-in
    /// template of the same name, e.g. `auth.rs.j2`). The folder must exist.
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Self {
        self.templates = Some(dir.into());
        self
    }

    /// Prints at most `count` diagnostics as warnings, then one warning counting the rest by
    /// code (default: every diagnostic). Cargo replays a build script's warnings on every build
    /// of a workspace member, so a large doc set may call for a limit.
    pub fn max_warnings(mut self, count: usize) -> Self {
        self.max_warnings = Some(count);
        self
    }

    /// Generates the module into `out_dir`, prints `cargo:rerun-if-changed` for every input
    /// and reports diagnostics as cargo warnings. Returns the written file's path. The file is
    /// left untouched when its content has not changed.
    pub fn generate_to(self, out_dir: impl AsRef<Path>) -> Result<PathBuf, Error> {
        self.generate_with(out_dir.as_ref(), &mut |line| println!("{line}"))
    }

    /// [`Builder::generate_to`], handing each `cargo:` line to `emit` instead of printing it.
    fn generate_with(self, out_dir: &Path, emit: &mut dyn FnMut(String)) -> Result<PathBuf, Error> {
        let input = self.input.ok_or_else(|| Error::Config("no input: call .spec(..) or .docs(..)".into()))?;
        if let Some(dir) = &self.templates {
            if !dir.is_dir() {
                return Err(Error::Config(format!("templates folder {} not found", dir.display())));
            }
            // Cargo scans a folder given to rerun-if-changed recursively.
            emit(rerun_if_changed(dir));
        }
        let mut warnings = Warnings::new(self.max_warnings);
        let (spec, origin) = match &input {
            Input::Spec(path) => {
                emit(rerun_if_changed(path));
                (read_spec(path)?, path.display().to_string())
            }
            Input::Docs(dir) => {
                emit(rerun_if_changed(dir));
                let imported = import_docs(dir)?;
                for page in &imported.pages {
                    emit(rerun_if_changed(page));
                }
                // Errors first and never held back by the limit: they fail the build.
                let errors: Vec<&Diagnostic> =
                    imported.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
                for d in &errors {
                    emit(cargo_warning(&render::one_line(d, dir)));
                }
                if !errors.is_empty() {
                    return Err(Error::DocErrors(errors.len()));
                }
                for d in imported.diagnostics.iter().filter(|d| d.severity == Severity::Warning) {
                    warnings.push(d.code, render::one_line(d, dir), emit);
                }
                (imported.spec, format!("spec imported from {}", dir.display()))
            }
        };
        let options = GenOptions { crate_name: None, templates_dir: self.templates.clone(), module_only: true };
        let generated = client_gen::generate(&spec, &options).map_err(|e| Error::Generate(e.to_string()))?;
        for d in &generated.diagnostics {
            warnings.push(d.code, render::one_line(d, Path::new(&origin)), emit);
        }
        warnings.finish(emit);
        let module = generated
            .files
            .get(Path::new("lib.rs"))
            .or_else(|| generated.files.get(Path::new("src/lib.rs")))
            .ok_or_else(|| Error::Generate("the generator produced no module".into()))?;
        let out = out_dir.join(self.file_name.unwrap_or_else(|| "client.rs".into()));
        // An unchanged module keeps its mtime: nothing downstream of it is rebuilt.
        if std::fs::read_to_string(&out).is_ok_and(|old| old == *module) {
            return Ok(out);
        }
        std::fs::write(&out, module).map_err(|e| Error::Io(out.clone(), e))?;
        Ok(out)
    }
}

/// The `cargo:rerun-if-changed` line of `path`.
fn rerun_if_changed(path: &Path) -> String {
    format!("cargo:rerun-if-changed={}", path.display())
}

/// `text` as one `cargo:warning` directive: a newline would end it (and start a bogus one).
fn cargo_warning(text: &str) -> String {
    let line: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    format!("cargo:warning={}", line.join(" "))
}

/// The `cargo:warning` lines of one run, at most `limit` of them before a summary.
struct Warnings {
    limit: Option<usize>,
    shown: usize,
    held_back: std::collections::BTreeMap<&'static str, usize>,
}

impl Warnings {
    fn new(limit: Option<usize>) -> Self {
        Warnings { limit, shown: 0, held_back: std::collections::BTreeMap::new() }
    }

    /// Emits `text` as a warning, or counts it under `code` once the limit is reached.
    fn push(&mut self, code: &'static str, text: String, emit: &mut dyn FnMut(String)) {
        if self.limit.is_some_and(|limit| self.shown >= limit) {
            *self.held_back.entry(code).or_default() += 1;
            return;
        }
        self.shown += 1;
        emit(cargo_warning(&text));
    }

    /// Emits the summary of what the limit held back, if anything.
    fn finish(self, emit: &mut dyn FnMut(String)) {
        if self.held_back.is_empty() {
            return;
        }
        let total: usize = self.held_back.values().sum();
        let codes: Vec<String> = self.held_back.iter().map(|(code, n)| format!("{code} x{n}")).collect();
        emit(format!("cargo:warning=... and {total} more diagnostic(s) not shown ({})", codes.join(", ")));
    }
}

#[cfg(test)]
mod builder_tests {
    use super::{Builder, Error};
    use std::path::{Path, PathBuf};

    /// A fresh temp folder for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("codegen-builder-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// Runs `builder`, returning the written file and the `cargo:` lines.
    fn run(builder: Builder, out: &Path) -> Result<(PathBuf, Vec<String>), Error> {
        let mut lines = Vec::new();
        let file = builder.generate_with(out, &mut |line| lines.push(line))?;
        Ok((file, lines))
    }

    const SPEC: &str = "openapi: 3.0.3
info: {title: Gizmos API, version: '1'}
servers: [{url: 'https://api.gizmos.test/v1'}]
paths:
  /gizmos/{id}:
    get:
      operationId: get_gizmo
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: A gizmo
          content:
            application/json:
              schema:
                type: object
                required: [name]
                properties: {name: {type: string}}
";

    /// A Slate doc set with two warnings (a duplicate include and a method typo) and, when
    /// `broken`, an error (a missing include).
    fn doc_set_with(root: &Path, broken: bool) {
        let last = if broken { "absent" } else { "gizmos" };
        write(
            &root.join("source/index.html.md"),
            &format!(
                "---\ntitle: Gizmos API\nincludes:\n  - gizmos\n  - {last}\n---\n\n# Intro\n\n## Authentication\n\n\
                 ```shell\ncurl https://api.gizmos.test/v1/gizmos -H \"X-Api-Token: YOUR_TOKEN\"\n```\n"
            ),
        );
        write(
            &root.join("source/includes/_gizmos.md"),
            "# Gizmos\n\n## Get a gizmo\n\n```json\n{\"id\": \"g1\", \"name\": \"a\"}\n```\n\n### HTTP Request\n\n\
             `GET https://api.gizmos.test/v1/gizmos/:id`\n\n## Rename a gizmo\n\n### HTTP Request\n\n`PATH /gizmos/:id`\n",
        );
    }

    /// The doc set with warnings only.
    fn doc_set(root: &Path) {
        doc_set_with(root, false)
    }

    #[test]
    fn spec_input_writes_the_module_and_reruns_on_the_spec() {
        let dir = scratch("spec");
        let spec = dir.join("openapi.yaml");
        write(&spec, SPEC);
        let (file, lines) = run(Builder::new().spec(&spec).file_name("gizmos.rs"), &dir).expect("generated");
        assert_eq!(file, dir.join("gizmos.rs"));
        assert_eq!(lines, [format!("cargo:rerun-if-changed={}", spec.display())]);
        let module = std::fs::read_to_string(&file).expect("module written");
        assert!(module.contains("pub struct Client"), "a client module");
        assert!(module.contains("pub async fn get_gizmo"), "the spec's operation");
        assert!(!module.contains("#!["), "no inner attributes in an include!()d module");

        // Same input, same bytes: the file is not rewritten.
        let before = std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime");
        std::thread::sleep(std::time::Duration::from_millis(20));
        run(Builder::new().spec(&spec).file_name("gizmos.rs"), &dir).expect("generated again");
        let after = std::fs::metadata(&file).and_then(|m| m.modified()).expect("mtime");
        assert_eq!(before, after, "an unchanged module keeps its mtime");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn docs_input_reruns_on_every_page_and_warns_with_full_paths() {
        let dir = scratch("docs");
        let docs = dir.join("gizmos-docs");
        doc_set(&docs);
        let (file, lines) = run(Builder::new().docs(&docs), &dir).expect("generated");
        assert_eq!(file, dir.join("client.rs"));
        assert_eq!(lines[0], format!("cargo:rerun-if-changed={}", docs.display()));
        for page in ["source/index.html.md", "source/includes/_gizmos.md"] {
            let line = format!("cargo:rerun-if-changed={}", docs.join(page).display());
            assert!(lines.contains(&line), "{line} in {lines:#?}");
        }
        let typo = lines
            .iter()
            .find(|l| l.contains("[method-typo]"))
            .unwrap_or_else(|| panic!("a method-typo warning in {lines:#?}"));
        let page = docs.join("source/includes/_gizmos.md");
        assert!(typo.starts_with(&format!("cargo:warning={}:", page.display())), "{typo}");
        assert!(
            lines.iter().any(|l| l.starts_with("cargo:warning=") && l.contains("[duplicate-include]")),
            "{lines:#?}"
        );
        assert!(lines.iter().all(|l| !l.contains('\n')), "one line per directive");
        assert!(std::fs::read_to_string(&file).expect("module").contains("pub struct Client"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn max_warnings_summarizes_the_rest_by_code() {
        let dir = scratch("limit");
        let docs = dir.join("docs");
        doc_set(&docs);
        let (_, all) = run(Builder::new().docs(&docs), &dir).expect("generated");
        let shown = all.iter().filter(|l| l.starts_with("cargo:warning=")).count();
        assert!(shown >= 2, "{all:#?}");
        let (_, lines) = run(Builder::new().docs(&docs).max_warnings(1), &dir).expect("generated");
        let warnings: Vec<_> = lines.iter().filter(|l| l.starts_with("cargo:warning=")).collect();
        assert_eq!(warnings.len(), 2, "one warning, one summary: {warnings:#?}");
        let summary = warnings[1];
        assert!(summary.contains(&format!("{} more diagnostic(s) not shown", shown - 1)), "{summary}");
        // The held-back warnings are counted by code.
        for code in ["duplicate-include", "method-typo"] {
            if !warnings[0].contains(&format!("[{code}]")) {
                assert!(summary.contains(&format!("{code} x1")), "{code} counted in {summary}");
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn errors_in_the_docs_are_shown_first_whatever_the_limit_and_fail_the_build() {
        let dir = scratch("doc-errors");
        let docs = dir.join("docs");
        doc_set_with(&docs, true);
        let mut lines = Vec::new();
        let err = Builder::new()
            .docs(&docs)
            .max_warnings(0)
            .generate_with(&dir, &mut |line| lines.push(line))
            .expect_err("an error in the docs fails the build");
        assert!(matches!(err, Error::DocErrors(1)), "{err}");
        let warnings: Vec<_> = lines.iter().filter(|l| l.starts_with("cargo:warning=")).collect();
        assert_eq!(warnings.len(), 1, "{lines:#?}");
        assert!(warnings[0].contains("error: ") && warnings[0].contains("[missing-include]"), "{}", warnings[0]);
        assert!(!dir.join("client.rs").exists(), "nothing generated");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn missing_input_and_missing_templates_are_errors() {
        let dir = scratch("errors");
        assert!(matches!(run(Builder::new(), &dir), Err(Error::Config(_))));
        let spec = dir.join("openapi.yaml");
        write(&spec, SPEC);
        let missing = dir.join("no-such-templates");
        let err = run(Builder::new().spec(&spec).templates(&missing), &dir).expect_err("missing templates folder");
        assert!(matches!(&err, Error::Config(m) if m.contains("no-such-templates")), "{err}");
        let err = run(Builder::new().spec(dir.join("absent.yaml")), &dir).expect_err("missing spec");
        assert!(matches!(err, Error::Io(..)), "{err}");
        assert!(!dir.join("client.rs").exists(), "nothing written on error");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn templates_folder_is_watched_and_used() {
        let dir = scratch("templates");
        let spec = dir.join("openapi.yaml");
        write(&spec, SPEC);
        let templates = dir.join("templates");
        let builtin =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../client-runtime/src/retry.rs"))
                .expect("built-in retry module");
        write(&templates.join("retry.rs"), &format!("//! Custom retry policy.\n{builtin}"));
        let (file, lines) = run(Builder::new().spec(&spec).templates(&templates), &dir).expect("generated");
        assert!(lines.contains(&format!("cargo:rerun-if-changed={}", templates.display())), "{lines:#?}");
        assert!(std::fs::read_to_string(file).expect("module").contains("Custom retry policy"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
