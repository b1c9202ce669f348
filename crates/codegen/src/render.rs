//! Renders diagnostics, the importer's and the generator's alike (one [`Diagnostic`] type):
//! like rustc (with the source line), as JSON, as one line (a build script's `cargo:warning`),
//! the table of a code enum (`docs/diagnostics.md`), and sums them per code. SARIF and GitHub
//! annotations are in [`crate::ci`].

use diagnostic::Code;
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
        let source_line = if d.location.is_some() { None } else { self.line(&d.file, d.line).map(str::to_owned) };
        render_human(d, source_line)
    }
}

/// A diagnostic rustc-style: `severity[code]: message`, `--> file:line` (a spec diagnostic:
/// `--> file: location`), the source line when there is one, the help.
fn render_human(d: &Diagnostic, source_line: Option<String>) -> String {
    let place = if d.location.is_some() { d.place() } else { format!("{}:{}", d.file, d.line) };
    let mut out = format!("{}[{}]: {}\n  --> {place}\n", d.severity, d.code, d.message);
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

/// One diagnostic as one line, for a build script's `cargo:warning`: where (a page under
/// `root` with its line, so it can be opened from the build output; a spec diagnostic: `root`,
/// what the spec came from, then its location), `error: ` for an error, the message, the code
/// and the help.
pub fn one_line(d: &Diagnostic, root: &Path) -> String {
    let mut at = if d.file.is_empty() { root.display().to_string() } else { root.join(&d.file).display().to_string() };
    if let Some(location) = &d.location {
        at = format!("{at}: {location}");
    } else if d.line > 0 {
        at = format!("{at}:{}", d.line);
    }
    let severity = if d.severity >= Severity::Error { "error: " } else { "" };
    let mut text = format!("{at}: {severity}{} [{}]", d.message, d.code);
    if let Some(help) = &d.help {
        text = format!("{text} (help: {help})");
    }
    text
}

/// The Markdown table of every code of `C` (`| code | level | meaning |`), as
/// `docs/diagnostics.md` lists them.
pub fn code_table<C: Code>() -> String {
    let mut out = String::from("| code | level | meaning |\n|---|---|---|\n");
    for code in C::all() {
        let levels: Vec<&str> = code.levels().iter().map(|l| l.as_str()).collect();
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            code.name(),
            levels.join(", "),
            code.summary().replace('|', "\\|")
        ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use slate_import::diag::Code as DocCode;

    #[test]
    fn a_spec_diagnostic_renders_with_its_location_and_a_page_one_with_its_line() {
        let spec = Diagnostic::in_spec(client_gen::Code::RefUnsupported, "paths./a.get", "unresolvable");
        assert_eq!(
            one_line(&spec, Path::new("spec imported from docs")),
            "spec imported from docs: paths./a.get: unresolvable [ref-unsupported]"
        );
        let shown = render_human(&spec.clone().in_file("openapi.yaml"), None);
        assert_eq!(shown, "warning[ref-unsupported]: unresolvable\n  --> openapi.yaml: paths./a.get\n");
        let page = Diagnostic::at_line(Severity::Error, DocCode::MissingInclude, "index.md", 3, "no such include");
        assert_eq!(
            one_line(&page, Path::new("docs")),
            format!("{}:3: error: no such include [missing-include]", Path::new("docs").join("index.md").display())
        );
        assert_eq!(
            render_human(&page, Some("x".into())),
            "error[missing-include]: no such include\n  --> index.md:3\n  |\n3 | x\n  |\n"
        );
    }
}
