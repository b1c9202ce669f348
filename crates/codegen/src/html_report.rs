//! `codegen lint DOCS --html OUT/`: the coverage page, a static HTML report of every page of
//! the doc set with each line marked by what the importer made of it, the diagnostics at their
//! lines, and a summary per page and per operation.
//!
//! The marks are the importer's own account ([`slate_import::coverage`]); this module only
//! lays them out (minijinja, every text HTML-escaped, no script).

use crate::Error;
use serde::Serialize;
use slate_import::coverage::{Coverage, PageAccount, Use};
use slate_import::diag::{Diagnostic, Severity};
use std::path::{Path, PathBuf};

/// The template of the page.
const TEMPLATE: &str = include_str!("../templates/coverage.html.j2");

/// The file the report is written to, inside the output folder.
pub const INDEX: &str = "index.html";

/// One diagnostic as the page shows it, with the anchor of its line.
#[derive(Serialize)]
struct DiagView<'a> {
    severity: Severity,
    code: &'a str,
    file: &'a str,
    line: usize,
    message: &'a str,
    help: Option<&'a str>,
    anchor: String,
}

/// One line as the page shows it.
#[derive(Serialize)]
struct LineView<'a> {
    number: usize,
    #[serde(rename = "use")]
    used: &'static str,
    text: &'a str,
    note: &'a str,
    diagnostics: Vec<DiagView<'a>>,
}

/// The number of lines of one use.
#[derive(Serialize)]
struct CountView {
    name: &'static str,
    count: usize,
}

/// An operation named in a page's summary.
#[derive(Serialize)]
struct OpLink {
    index: usize,
    name: String,
}

/// One page as the page shows it.
#[derive(Serialize)]
struct PageView<'a> {
    index: usize,
    path: &'a str,
    lines: usize,
    used: usize,
    skipped: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    counts: Vec<CountView>,
    operations: Vec<OpLink>,
    page_diagnostics: Vec<DiagView<'a>>,
    line_rows: Vec<LineView<'a>>,
}

/// One operation as the page shows it.
#[derive(Serialize)]
struct OperationView<'a> {
    method: &'a str,
    path: &'a str,
    operation_id: Option<&'a str>,
    summary: &'a str,
    source: &'a str,
    source_anchor: String,
    in_spec: &'a [String],
    diagnostics: Vec<DiagView<'a>>,
}

/// What a use of a line means, for the legend.
fn meaning(u: Use) -> &'static str {
    match u {
        Use::Blank => "an empty line",
        Use::FrontMatter => "the page's front matter",
        Use::Heading => "a heading",
        Use::Prose => "running text: descriptions are taken from it",
        Use::Operation => "the request line an operation is declared by",
        Use::Parameters => "a parameter table or list of an operation",
        Use::Schema => "response fields, or the source of a component schema",
        Use::Example => "a JSON example of an operation",
        Use::Sample => "a request sample of an operation",
        Use::Convention => "read for what holds for the whole API",
        Use::Other => "a code block or table nothing was taken from",
        Use::Skipped => "left out of the spec (the note says why)",
    }
}

/// Whether a line's use puts something into the spec.
fn feeds_the_spec(u: Use) -> bool {
    matches!(u, Use::Operation | Use::Parameters | Use::Schema | Use::Example | Use::Sample | Use::Convention)
}

/// Lays out the report of an import with `diagnostics` (the import's, in its order) and its
/// `coverage`; the diagnostics whose code is in `allow` are not shown.
pub fn render(title: &str, diagnostics: &[Diagnostic], coverage: &Coverage, allow: &[String]) -> Result<String, Error> {
    let page_index = |file: &str| coverage.pages.iter().position(|p| p.path == file);
    let shown = |k: &usize| diagnostics.get(*k).is_some_and(|d| !allow.iter().any(|a| a == d.code));
    let view = |k: usize| {
        let d = &diagnostics[k];
        DiagView {
            severity: d.severity,
            code: d.code,
            file: &d.file,
            line: d.line,
            message: &d.message,
            help: d.help.as_deref(),
            anchor: page_index(&d.file).map_or(String::new(), |p| anchor(p, d.line)),
        }
    };
    let views = |ks: &[usize]| -> Vec<DiagView> { ks.iter().filter(|k| shown(k)).map(|&k| view(k)).collect() };
    let count = |p: &PageAccount, s: Severity| {
        p.lines
            .iter()
            .flat_map(|l| &l.diagnostics)
            .chain(&p.page_diagnostics)
            .filter(|k| shown(k) && diagnostics[**k].severity == s)
            .count()
    };
    let pages: Vec<PageView> = coverage
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| PageView {
            index: i,
            path: &p.path,
            lines: p.lines.len(),
            used: p.counts.iter().filter(|(u, _)| feeds_the_spec(**u)).map(|(_, n)| n).sum(),
            skipped: p.counts.get(&Use::Skipped).copied().unwrap_or(0),
            errors: count(p, Severity::Error),
            warnings: count(p, Severity::Warning),
            infos: count(p, Severity::Info),
            counts: Use::ALL
                .iter()
                .filter(|u| **u != Use::Blank)
                .filter_map(|u| p.counts.get(u).map(|&count| CountView { name: u.as_str(), count }))
                .collect(),
            operations: p
                .operations
                .iter()
                .map(|&o| {
                    let op = &coverage.operations[o];
                    OpLink { index: o, name: format!("{} {}", op.method, op.path) }
                })
                .collect(),
            page_diagnostics: views(&p.page_diagnostics),
            line_rows: p
                .lines
                .iter()
                .map(|l| LineView {
                    number: l.number,
                    used: l.used.as_str(),
                    text: &l.text,
                    note: &l.note,
                    diagnostics: views(&l.diagnostics),
                })
                .collect(),
        })
        .collect();
    let operations: Vec<OperationView> = coverage
        .operations
        .iter()
        .map(|o| OperationView {
            method: &o.method,
            path: &o.path,
            operation_id: o.operation_id.as_deref(),
            summary: &o.summary,
            source: &o.source,
            source_anchor: o
                .page
                .zip(o.source.rsplit_once(':').and_then(|(_, l)| l.parse().ok()))
                .map_or(String::new(), |(p, l)| anchor(p, l)),
            in_spec: &o.in_spec,
            diagnostics: views(&o.not_understood),
        })
        .collect();
    let total = |s: Severity| (0..diagnostics.len()).filter(|k| shown(k) && diagnostics[*k].severity == s).count();
    let uses: Vec<_> = Use::ALL
        .iter()
        .filter(|u| **u != Use::Blank)
        .map(|u| minijinja::context! { name => u.as_str(), meaning => meaning(*u) })
        .collect();
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.add_template("coverage.html", TEMPLATE).map_err(|e| Error::Generate(format!("coverage template: {e}")))?;
    let template = env.get_template("coverage.html").map_err(|e| Error::Generate(e.to_string()))?;
    template
        .render(minijinja::context! {
            title,
            uses,
            pages,
            operations,
            elsewhere => views(&coverage.elsewhere),
            errors => total(Severity::Error),
            warnings => total(Severity::Warning),
            infos => total(Severity::Info),
        })
        .map_err(|e| Error::Generate(format!("coverage page: {e}")))
}

/// The anchor of a line of page `page` (`#p0-L12`).
fn anchor(page: usize, line: usize) -> String {
    format!("#p{page}-L{line}")
}

/// Writes the report to `dir/index.html` (creating `dir`) and returns the file's path.
pub fn write(
    dir: &Path,
    title: &str,
    diagnostics: &[Diagnostic],
    coverage: &Coverage,
    allow: &[String],
) -> Result<PathBuf, Error> {
    let html = render(title, diagnostics, coverage, allow)?;
    std::fs::create_dir_all(dir).map_err(|e| Error::Io(dir.to_path_buf(), e))?;
    let path = dir.join(INDEX);
    std::fs::write(&path, html).map_err(|e| Error::Io(path.clone(), e))?;
    Ok(path)
}
