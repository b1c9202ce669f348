//! Renders diagnostics like rustc (with the source line) or as JSON, and sums them per code.

use slate_import::diag::{Diagnostic, Severity};
use std::collections::BTreeMap;
use std::path::Path;

/// Renders one diagnostic rustc-style; `root` is the doc-set folder, for the source line.
pub fn human(d: &Diagnostic, root: &Path) -> String {
    let mut out = format!("{}[{}]: {}\n  --> {}:{}\n", d.severity, d.code, d.message, d.file, d.line);
    if d.line > 0 {
        if let Some(src) =
            std::fs::read_to_string(root.join(&d.file)).ok().and_then(|t| t.lines().nth(d.line - 1).map(str::to_owned))
        {
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
