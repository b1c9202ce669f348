//! codegen: the pipeline behind the `codegen` binary, and the library API build scripts use.
//!
//! - [`Builder`]: for `build.rs` — a spec or a doc folder in, a Rust module out, with
//!   `cargo:rerun-if-changed` for every input and diagnostics as cargo warnings.
//! - [`config`]: `codegen.toml`, the list of providers `cargo run -p codegen` regenerates.
//! - [`render`]: diagnostics rendered like rustc, or as JSON.

pub mod config;
pub mod render;

use std::path::{Path, PathBuf};

pub use client_gen::{GeneratedCrate, Options as GenOptions};
pub use slate_import::diag::{Diagnostic, Severity};

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

/// Parses an OpenAPI spec from YAML or JSON text.
pub fn parse_spec(text: &str) -> Result<openapiv3::OpenAPI, String> {
    if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        yaml_serde::from_str(text).map_err(|e| e.to_string())
    }
}

/// Imports a doc folder.
pub fn import_docs(dir: &Path) -> Result<slate_import::Import, Error> {
    slate_import::import(dir).map_err(|e| Error::Docs(e.to_string()))
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
/// codegen::Builder::new()
///     .spec("openapi.yaml")
///     .generate_to(std::env::var("OUT_DIR").unwrap())
///     .expect("client generated");
/// // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/client.rs"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Builder {
    input: Option<Input>,
    file_name: Option<String>,
    templates: Option<PathBuf>,
}

impl Builder {
    /// A builder with no input yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Generates from an OpenAPI spec (YAML or JSON).
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

    /// A folder of templates overriding the built-in ones.
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Self {
        self.templates = Some(dir.into());
        self
    }

    /// Generates the module into `out_dir`, prints `cargo:rerun-if-changed` for every input
    /// and reports diagnostics as cargo warnings. Returns the written file's path.
    pub fn generate_to(self, out_dir: impl AsRef<Path>) -> Result<PathBuf, Error> {
        let input = self.input.ok_or_else(|| Error::Config("no input: call .spec(..) or .docs(..)".into()))?;
        let spec = match &input {
            Input::Spec(path) => {
                println!("cargo:rerun-if-changed={}", path.display());
                read_spec(path)?
            }
            Input::Docs(dir) => {
                let imported = import_docs(dir)?;
                println!("cargo:rerun-if-changed={}", dir.display());
                for page in &imported.pages {
                    println!("cargo:rerun-if-changed={}", page.display());
                }
                for d in imported.diagnostics.iter().filter(|d| d.severity >= Severity::Warning) {
                    println!("cargo:warning={}:{}: {} [{}]", d.file, d.line, d.message, d.code);
                }
                imported.spec
            }
        };
        if let Some(t) = &self.templates {
            println!("cargo:rerun-if-changed={}", t.display());
        }
        let options = GenOptions { crate_name: None, templates_dir: self.templates.clone(), module_only: true };
        let generated = client_gen::generate(&spec, &options).map_err(|e| Error::Generate(e.to_string()))?;
        for d in &generated.diagnostics {
            println!("cargo:warning={}: {}", d.location, d.message);
        }
        let module = generated
            .files
            .get(Path::new("lib.rs"))
            .or_else(|| generated.files.get(Path::new("src/lib.rs")))
            .cloned()
            .ok_or_else(|| Error::Generate("the generator produced no module".into()))?;
        let out = out_dir.as_ref().join(self.file_name.unwrap_or_else(|| "client.rs".into()));
        std::fs::write(&out, module).map_err(|e| Error::Io(out.clone(), e))?;
        Ok(out)
    }
}
