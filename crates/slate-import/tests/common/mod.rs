//! What the fixture tests share: a made-up doc set written into a fresh temp folder.
// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use serde_json::Value;
use slate_import::diag::Diagnostic;
use std::path::{Path, PathBuf};

/// A fresh folder holding a doc set's files, removed when dropped.
pub struct Docs(pub PathBuf);

impl Docs {
    /// Writes `files` (path relative to the doc root, text) into a folder named after `name`
    /// and the test process (test binaries run in parallel).
    pub fn new(name: &str, files: &[(&str, &str)]) -> Docs {
        let dir = std::env::temp_dir().join(format!("slate-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap_or(Path::new("."))).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        Docs(dir)
    }

    /// The import of the folder.
    pub fn import(&self) -> slate_import::Import {
        slate_import::import(&self.0).expect("import")
    }

    /// The import's spec as JSON, with the import.
    pub fn import_json(&self) -> (Value, slate_import::Import) {
        let imported = self.import();
        (serde_json::to_value(&imported.spec).expect("json"), imported)
    }

    /// The import's spec as JSON, with its diagnostics.
    pub fn spec(&self) -> (Value, Vec<Diagnostic>) {
        let (spec, imported) = self.import_json();
        (spec, imported.diagnostics)
    }
}

impl Drop for Docs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
