//! `codegen.toml`: the providers that `cargo run -p codegen` imports and generates.
//!
//! ```toml
//! docs_root = "../shared/docs"        # overridden by the SLATE_DOCS_DIR environment variable
//!
//! [[provider]]
//! name = "booqable"
//! docs = "booqable"                   # relative to docs_root
//! spec = "specs/booqable/openapi.yaml"
//! client = "clients/booqable"
//! crate_name = "booqable-client"      # optional
//! allow_errors = ["missing-include"]  # optional: error codes that do not stop the main job
//! ```

use crate::Error;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The environment variable that points at the docs root instead of `docs_root`.
pub const DOCS_ENV: &str = "SLATE_DOCS_DIR";

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Folder holding every provider's docs, relative to the config file.
    pub docs_root: PathBuf,
    /// The providers.
    #[serde(rename = "provider")]
    pub providers: Vec<Provider>,
    /// Folder of the config file (set on load).
    #[serde(skip)]
    pub base: PathBuf,
    /// The config file itself (set on load), for messages.
    #[serde(skip)]
    pub file: PathBuf,
}

/// One provider: where its docs, spec and client live.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Short name.
    pub name: String,
    /// Docs folder, relative to the docs root.
    pub docs: PathBuf,
    /// Spec path, relative to the config file.
    pub spec: PathBuf,
    /// Client crate folder, relative to the config file.
    pub client: PathBuf,
    /// Crate name of the client (default: from the spec title).
    pub crate_name: Option<String>,
    /// Error codes that do not stop the main job for this provider (`["missing-include"]`):
    /// by default an error-severity diagnostic stops it before anything is written.
    #[serde(default)]
    pub allow_errors: Vec<String>,
}

impl Config {
    /// Loads the configuration file.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io(path.to_path_buf(), e))?;
        let mut c: Config = toml::from_str(&text).map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        c.base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        c.file = path.to_path_buf();
        for p in &c.providers {
            if let Some(code) = p.allow_errors.iter().find(|c| slate_import::diag::Code::from_name(c).is_none()) {
                return Err(Error::Config(format!(
                    "{}: provider {}: allow_errors names `{code}`, which is no diagnostic code (`codegen lint --list-codes`)",
                    path.display(),
                    p.name
                )));
            }
        }
        Ok(c)
    }

    /// The docs root: `$SLATE_DOCS_DIR` if set, else `docs_root` relative to the config file.
    pub fn docs_root(&self) -> PathBuf {
        match std::env::var_os(DOCS_ENV) {
            Some(v) if !v.is_empty() => PathBuf::from(v),
            _ => self.base.join(&self.docs_root),
        }
    }

    /// The provider's docs folder.
    pub fn docs_dir(&self, p: &Provider) -> PathBuf {
        self.docs_root().join(&p.docs)
    }

    /// A path relative to the config file.
    pub fn path(&self, rel: &Path) -> PathBuf {
        self.base.join(rel)
    }
}
