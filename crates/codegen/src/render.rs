//! Renders diagnostics like rustc (with the source line) or as JSON, and sums them per code.

use slate_import::diag::{Diagnostic, Severity};
use slate_import::doc_root::DocRoot;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Renders one diagnostic rustc-style; `root` is the doc-set folder, for the source line.
/// Rendering many diagnostics, [`Sources::human`] reads each page once.
pub fn human(d: &Diagnostic, root: &Path) -> String {
    Sources::new(root).human(d)
}

/// The lines of the doc set's pages, each page read once (and only inside the doc folder), for
/// the source line under each diagnostic.
pub struct Sources {
    root: std::path::PathBuf,
    doc_root: DocRoot,
    pages: HashMap<String, Option<Vec<String>>>,
}

impl Sources {
    /// No page read yet, of the doc set in `root`.
    pub fn new(root: &Path) -> Sources {
        Sources { root: root.to_path_buf(), doc_root: DocRoot::new(root), pages: HashMap::new() }
    }

    /// Line `line` (1-based) of the page `file` (root-relative), if it has one.
    fn line(&mut self, file: &str, line: usize) -> Option<&str> {
        let (root, doc_root) = (&self.root, &self.doc_root);
        let lines = self.pages.entry(file.to_owned()).or_insert_with(|| {
            let text = doc_root.read_text(&root.join(file))?;
            Some(text.replace("\r\n", "\n").replace('\r', "\n").lines().map(str::to_owned).collect())
        });
        lines.as_ref()?.get(line.checked_sub(1)?).map(String::as_str)
    }

    /// Renders one diagnostic rustc-style, with its source line.
    pub fn human(&mut self, d: &Diagnostic) -> String {
        render_human(d, self.line(&d.file, d.line).map(str::to_owned))
    }
}

fn render_human(d: &Diagnostic, source_line: Option<String>) -> String {
    let mut out = format!("{}[{}]: {}\n  --> {}:{}\n", d.severity, d.code, d.message, d.file, d.line);
    if d.line > 0 {
        if let Some(src) = source_line {
            let n = d.line.to_string();
            let pad = " ".repeat(n.len());
            out.push_str(&format!("{pad} |\n{n} | {}\n{pad} |\n", src.trim_end()));
        }
    }
    if let Some(h) = &d.help {
        out.push_str(&format!("  = help: {h}\n"));
    }
    out
}

/// Diagnostics as a JSON array.
pub fn json(diags: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into()) + "\n"
}

/// Counts per (severity, code), most severe first.
pub fn summary(diags: &[Diagnostic]) -> String {
    let mut counts: BTreeMap<(std::cmp::Reverse<Severity>, &str), usize> = BTreeMap::new();
    for d in diags {
        *counts.entry((std::cmp::Reverse(d.severity), d.code)).or_default() += 1;
    }
    let mut out = String::new();
    for ((sev, code), n) in &counts {
        out.push_str(&format!("{n:>5} {:<8} {code}\n", sev.0.to_string()));
    }
    let by = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    out.push_str(&format!(
        "{} error(s), {} warning(s), {} info\n",
        by(Severity::Error),
        by(Severity::Warning),
        by(Severity::Info)
    ));
    out
}
