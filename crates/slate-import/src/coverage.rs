//! Coverage: what the importer made of every line of the doc set, for the maintainer's report
//! (`codegen lint --html`).
//!
//! The account is built from facts the import already holds, never re-decided: the positions
//! the model carries (each operation's request line, tables, examples and samples), the
//! sections the model gave an owner, the positions the API-wide conventions were read from,
//! the `x-source` of the spec's operations and component schemas, and the diagnostics (each
//! one that says something was left out marks its block as skipped, with its message as the
//! reason). A line no fact names is [`Use::Prose`] (running text), [`Use::Other`] (a code
//! block or table nothing was taken from) or [`Use::Blank`].

use crate::blocks::{BlockKind, Outline};
use crate::conventions::Conventions;
use crate::diag::{Code, Diagnostic, Pos};
use crate::docset::DocSet;
use crate::evidence::{ExampleRole, SectionEvidence};
use crate::model::Model;
use crate::tables::Location;
use openapiv3 as oa;
use serde::Serialize;
use std::collections::BTreeMap;

/// What the importer made of one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Use {
    /// An empty line.
    Blank,
    /// The front matter of a page (title, includes, languages).
    FrontMatter,
    /// A heading of the outline.
    Heading,
    /// Running text: descriptions are taken from it.
    Prose,
    /// The request line (or marker, or sample) an operation is declared by: its `x-source`.
    Operation,
    /// A parameter table or list of an operation (path, query, header or body fields).
    Parameters,
    /// A response field table, or the example a component schema was inferred from.
    Schema,
    /// A JSON example of an operation (request, response or error body).
    Example,
    /// A request sample of an operation (curl, httpie, raw HTTP).
    Sample,
    /// Read for what holds for the whole API (servers, auth, paging, errors, shared fields).
    Convention,
    /// A code block or table nothing was taken from, with no diagnostic about it.
    Other,
    /// Left out of the spec; the note says why (the diagnostic's message).
    Skipped,
}

impl Use {
    /// Every use, in the order of the report's legend.
    pub const ALL: &'static [Use] = &[
        Use::Operation,
        Use::Parameters,
        Use::Schema,
        Use::Example,
        Use::Sample,
        Use::Convention,
        Use::Prose,
        Use::Heading,
        Use::FrontMatter,
        Use::Other,
        Use::Skipped,
        Use::Blank,
    ];

    /// The stable name (`front-matter`), as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Use::Blank => "blank",
            Use::FrontMatter => "front-matter",
            Use::Heading => "heading",
            Use::Prose => "prose",
            Use::Operation => "operation",
            Use::Parameters => "parameters",
            Use::Schema => "schema",
            Use::Example => "example",
            Use::Sample => "sample",
            Use::Convention => "convention",
            Use::Other => "other",
            Use::Skipped => "skipped",
        }
    }
}

/// The diagnostic codes that say a construct was left out of the spec: a block one of them
/// points at is [`Use::Skipped`], whatever else named it.
const LEAVES_OUT: &[Code] = &[
    Code::CommentedOut,
    Code::CurlNotOperation,
    Code::DuplicateInclude,
    Code::DuplicateOperation,
    Code::EnumTableUnmatched,
    Code::ExampleMismatch,
    Code::JsonUnreadable,
    Code::NonstandardMethod,
    Code::NotAnOperation,
    Code::TableSubjectUnmatched,
    Code::UnparsedRequestLine,
    Code::UnusedBlock,
    Code::UnusedParameterTable,
    Code::UnusedSection,
];

/// What the importer made of one line of a page.
#[derive(Debug, Clone, Serialize)]
pub struct LineAccount {
    /// 1-based line number.
    pub number: usize,
    /// The line as written.
    pub text: String,
    /// What it was used for.
    #[serde(rename = "use")]
    pub used: Use,
    /// Details: which operation, which kind of table or example, why it was skipped.
    pub note: String,
    /// The operation (index into [`Coverage::operations`]) the line belongs to, if any.
    pub operation: Option<usize>,
    /// The diagnostics at this line (indexes into the import's diagnostics).
    pub diagnostics: Vec<usize>,
}

/// One page: every line, and what the page gave the spec.
#[derive(Debug, Clone, Serialize)]
pub struct PageAccount {
    /// Path relative to the doc-set root.
    pub path: String,
    /// Every line of the file, front matter included.
    pub lines: Vec<LineAccount>,
    /// How many lines have each use (uses with no line left out).
    pub counts: BTreeMap<Use, usize>,
    /// The operations declared on this page (indexes into [`Coverage::operations`]).
    pub operations: Vec<usize>,
    /// Diagnostics about the whole page (line 0 or past its end).
    pub page_diagnostics: Vec<usize>,
}

/// One operation: where it is documented, what went into the spec, what was not understood.
#[derive(Debug, Clone, Serialize)]
pub struct OperationAccount {
    /// Uppercase method.
    pub method: String,
    /// OpenAPI path.
    pub path: String,
    /// The spec's `operationId`.
    pub operation_id: Option<String>,
    /// The heading it is documented under.
    pub summary: String,
    /// Its `x-source` (`file:line`).
    pub source: String,
    /// The page it is declared on (index into [`Coverage::pages`]).
    pub page: Option<usize>,
    /// What the spec's operation has, one item each: parameters, request body, responses.
    pub in_spec: Vec<String>,
    /// The diagnostics inside the operation's sections (indexes into the import's diagnostics).
    pub not_understood: Vec<usize>,
}

/// The whole account of an import.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    /// Every page read, in publishing order.
    pub pages: Vec<PageAccount>,
    /// Every operation, in document order (the model's order).
    pub operations: Vec<OperationAccount>,
    /// Diagnostics about files that are not among the pages (unpublished, translated, outside
    /// the doc root, missing), indexes into the import's diagnostics.
    pub elsewhere: Vec<usize>,
}

/// The stages of an import the account is read from.
pub struct Stages<'a> {
    /// The pages.
    pub docs: &'a DocSet,
    /// The sections and blocks.
    pub outline: &'a Outline,
    /// What each section states.
    pub evidence: &'a [SectionEvidence],
    /// The operations.
    pub model: &'a Model,
    /// The API-wide decisions.
    pub conventions: &'a Conventions,
    /// The written document.
    pub spec: &'a oa::OpenAPI,
}

/// Where a line is: its section and block, by page and line.
struct Places {
    /// Per page, per line (index `line - 1`): (section, block) of the block holding it.
    block_at: Vec<Vec<Option<(usize, usize)>>>,
    /// Per section: first and last line.
    section_lines: Vec<(usize, usize)>,
    /// Per section, per block: first and last line (a fenced block's opening fence first).
    block_lines: Vec<Vec<(usize, usize)>>,
    /// Per section, per block: the block's own position (a fenced block's first line of code).
    block_pos: Vec<Vec<usize>>,
    /// Page index by path.
    page_of: BTreeMap<String, usize>,
}

impl Places {
    fn new(docs: &DocSet, outline: &Outline) -> Places {
        let page_lines: Vec<Vec<&str>> = docs.pages.iter().map(|p| p.text.lines().collect()).collect();
        let mut block_at: Vec<Vec<Option<(usize, usize)>>> = page_lines.iter().map(|l| vec![None; l.len()]).collect();
        let mut section_lines = Vec::with_capacity(outline.sections.len());
        let mut block_lines = Vec::with_capacity(outline.sections.len());
        let block_pos = outline.sections.iter().map(|s| s.blocks.iter().map(|b| b.pos.line).collect()).collect();
        for (i, s) in outline.sections.iter().enumerate() {
            let lines = &page_lines[s.page];
            let next = outline.sections[i + 1..].iter().find(|n| n.page == s.page).map(|n| n.pos.line);
            let end = next.map_or(lines.len(), |n| n.saturating_sub(1)).max(s.pos.line);
            section_lines.push((s.pos.line, end));
            // A fenced code block's position is its first line of code: its opening fence is
            // the line before.
            let starts: Vec<usize> = s
                .blocks
                .iter()
                .map(|b| {
                    let fence = b.pos.line.checked_sub(2).and_then(|i| lines.get(i)).is_some_and(|l| {
                        let l = l.trim_start();
                        l.starts_with("```") || l.starts_with("~~~")
                    });
                    if matches!(b.kind, BlockKind::Code { .. }) && fence {
                        b.pos.line - 1
                    } else {
                        b.pos.line
                    }
                })
                .collect();
            let mut spans = Vec::with_capacity(s.blocks.len());
            for (j, &start) in starts.iter().enumerate() {
                let next = starts.get(j + 1).map_or(end, |n| n.saturating_sub(1));
                let mut last = next.max(start);
                while last > start && lines.get(last - 1).is_none_or(|l| l.trim().is_empty()) {
                    last -= 1;
                }
                spans.push((start, last));
                for line in start..=last.min(lines.len()) {
                    if let Some(slot) = block_at[s.page].get_mut(line.wrapping_sub(1)) {
                        *slot = Some((i, j));
                    }
                }
            }
            block_lines.push(spans);
        }
        let page_of = docs.pages.iter().enumerate().map(|(i, p)| (p.path.clone(), i)).collect();
        Places { block_at, section_lines, block_lines, block_pos, page_of }
    }

    /// The section and block holding `pos`.
    fn block(&self, pos: &Pos) -> Option<(usize, usize)> {
        let page = *self.page_of.get(&pos.file)?;
        self.block_at[page].get(pos.line.checked_sub(1)?).copied().flatten()
    }

    /// The section whose lines hold `pos`, the last such (the deepest).
    fn section(&self, outline: &Outline, pos: &Pos) -> Option<usize> {
        let page = *self.page_of.get(&pos.file)?;
        (0..outline.sections.len()).rev().find(|&i| {
            let (start, end) = self.section_lines[i];
            outline.sections[i].page == page && (start..=end).contains(&pos.line)
        })
    }
}

/// The marks being written: per page, per line.
struct Marks {
    lines: Vec<Vec<LineAccount>>,
}

impl Marks {
    fn set(&mut self, page: usize, line: usize, used: Use, note: &str, operation: Option<usize>) {
        if let Some(l) = line.checked_sub(1).and_then(|i| self.lines[page].get_mut(i)) {
            if l.used == Use::Blank {
                return;
            }
            l.used = used;
            l.note = note.to_owned();
            if operation.is_some() {
                l.operation = operation;
            }
        }
    }

    fn range(&mut self, page: usize, lines: (usize, usize), used: Use, note: &str, operation: Option<usize>) {
        for line in lines.0..=lines.1 {
            self.set(page, line, used, note, operation);
        }
    }
}

/// The account of every line, page and operation of an import whose sorted diagnostics are
/// `diagnostics`.
pub fn account(stages: &Stages, diagnostics: &[Diagnostic]) -> Coverage {
    let Stages { docs, outline, evidence, model, conventions, spec } = *stages;
    let places = Places::new(docs, outline);
    let mut marks = Marks {
        lines: docs
            .pages
            .iter()
            .map(|p| {
                p.text
                    .lines()
                    .enumerate()
                    .map(|(i, text)| LineAccount {
                        number: i + 1,
                        text: text.to_owned(),
                        used: if text.trim().is_empty() { Use::Blank } else { Use::Other },
                        note: String::new(),
                        operation: None,
                        diagnostics: Vec::new(),
                    })
                    .collect()
            })
            .collect(),
    };
    for (page, p) in docs.pages.iter().enumerate() {
        marks.range(page, (1, p.body_first_line() - 1), Use::FrontMatter, "front matter", None);
    }

    // The operations of each owner section.
    let op_owner: Vec<Option<usize>> = model
        .operations
        .iter()
        .map(|op| places.section(outline, &op.source).and_then(|s| model.owner_of.get(s).copied()))
        .collect();
    let ops_of_owner = |owner: usize| -> Vec<usize> {
        op_owner.iter().enumerate().filter(|(_, o)| **o == Some(owner)).map(|(i, _)| i).collect()
    };

    // Headings and running text, by the owner the model gave each section.
    for (i, s) in outline.sections.iter().enumerate() {
        let owner = model.owner_of.get(i).copied().unwrap_or(i);
        let ops = ops_of_owner(owner);
        let names: Vec<String> = ops.iter().map(|&o| endpoint(model, o)).collect();
        let first = ops.first().copied();
        if s.level > 0 {
            let note = if names.is_empty() {
                format!("section \"{}\"", s.title)
            } else {
                format!("section of {}", names.join(", "))
            };
            marks.set(s.page, s.pos.line, Use::Heading, &note, first);
        }
        for (j, b) in s.blocks.iter().enumerate() {
            let span = places.block_lines[i][j];
            match &b.kind {
                BlockKind::Paragraph(_) | BlockKind::List(_) | BlockKind::Html(_) => {
                    let note = if names.is_empty() {
                        "text outside every operation".to_owned()
                    } else {
                        format!("text of {}", names.join(", "))
                    };
                    marks.range(s.page, span, Use::Prose, &note, first);
                }
                BlockKind::Comment(_) => {
                    marks.range(s.page, span, Use::Skipped, "HTML comment: not published, not read", first)
                }
                BlockKind::Code { .. } | BlockKind::Table { .. } => {
                    if first.is_some() {
                        marks.range(s.page, span, Use::Other, &format!("in {}", names.join(", ")), first);
                    }
                }
            }
        }
        // What a section outside every operation states is read for the API-wide conventions.
        let ev = &evidence[i];
        if ops.is_empty() {
            let note = format!("outside every operation: read for what holds for the whole API (\"{}\")", s.title);
            let facts = ev.tables.iter().map(|t| &t.pos).chain(ev.examples.iter().map(|e| &e.pos));
            for pos in facts.chain(ev.curls.iter().map(|c| &c.1)).chain(ev.env_urls.iter().map(|e| &e.2)) {
                mark_block(&mut marks, &places, pos, Use::Convention, &note, None);
            }
        }
    }

    // What the conventions were read from.
    if let Some(pos) = &conventions.auth_pos {
        mark_line(&mut marks, &places, pos, Use::Convention, "authentication", None);
    }
    for (_, pos) in &conventions.error_examples {
        mark_block(&mut marks, &places, pos, Use::Convention, "error body example (shared error response)", None);
    }
    for row in &conventions.error_fields {
        mark_line(&mut marks, &places, &row.pos, Use::Convention, "error body field (shared error schema)", None);
    }

    // What each operation carries.
    for (o, op) in model.operations.iter().enumerate() {
        let name = endpoint(model, o);
        for (_, pos) in &op.curls {
            mark_block(&mut marks, &places, pos, Use::Sample, &format!("request sample of {name}"), Some(o));
        }
        for t in &op.tables {
            let (used, what) = match t.rows.first().and_then(|r| r.location).or(t.heading_location) {
                Some(Location::Response) => (Use::Schema, "response fields"),
                Some(Location::Body | Location::Form) => (Use::Parameters, "request body fields"),
                Some(Location::Header) => (Use::Parameters, "header parameters"),
                Some(Location::Path) => (Use::Parameters, "path parameters"),
                Some(Location::Query) => (Use::Parameters, "query parameters"),
                Some(Location::Url) => (Use::Parameters, "URL parameters"),
                Some(Location::Unstated) | None => (Use::Parameters, "parameters"),
            };
            mark_block(&mut marks, &places, &t.pos, used, &format!("{what} of {name}"), Some(o));
        }
        for e in &op.examples {
            let what = match e.role {
                ExampleRole::Request => "request body example",
                ExampleRole::Response => "response example",
                ExampleRole::Error => "error response example",
            };
            mark_from(&mut marks, &places, &e.pos, Use::Example, &format!("{what} of {name}"), Some(o));
        }
        for q in &op.query {
            let Some(&page) = places.page_of.get(&q.pos.file) else { continue };
            let Some(at) = q.pos.line.checked_sub(1).and_then(|i| marks.lines[page].get_mut(i)) else { continue };
            if matches!(at.used, Use::Sample | Use::Example | Use::Operation) || q.pos == op.source {
                // A query parameter read from a sample's URL or the request line itself.
                at.note.push_str(&format!("; query parameter `{}`", q.name));
            } else {
                mark_line(
                    &mut marks,
                    &places,
                    &q.pos,
                    Use::Parameters,
                    &format!("query parameter `{}` of {name}", q.name),
                    Some(o),
                );
            }
        }
        mark_line(&mut marks, &places, &op.source, Use::Operation, &format!("declares {name}"), Some(o));
    }

    // The sources of the component schemas.
    let schemas = spec.components.as_ref().map(|c| &c.schemas);
    for (name, schema) in schemas.into_iter().flatten() {
        let oa::ReferenceOr::Item(schema) = schema else { continue };
        let Some(pos) = schema.schema_data.extensions.get("x-source").and_then(|v| v.as_str()).and_then(parse_pos)
        else {
            continue;
        };
        let Some(&page) = places.page_of.get(&pos.file) else { continue };
        let Some(at) = pos.line.checked_sub(1).and_then(|i| marks.lines[page].get_mut(i)) else { continue };
        if at.used == Use::Operation {
            // A schema inferred from an operation's examples names the operation as its source.
            at.note.push_str(&format!("; schema `{name}` is inferred from its examples and tables"));
            continue;
        }
        let op = at.operation;
        mark_from(&mut marks, &places, &pos, Use::Schema, &format!("source of schema `{name}`"), op);
    }

    // What the diagnostics say was left out.
    let mut elsewhere = Vec::new();
    let mut page_diagnostics: Vec<Vec<usize>> = vec![Vec::new(); docs.pages.len()];
    for (k, d) in diagnostics.iter().enumerate() {
        let Some(&page) = places.page_of.get(&d.file) else {
            elsewhere.push(k);
            continue;
        };
        let Some(line) = d.line.checked_sub(1).and_then(|i| marks.lines[page].get_mut(i)) else {
            page_diagnostics[page].push(k);
            continue;
        };
        line.diagnostics.push(k);
        if !LEAVES_OUT.iter().any(|c| c.as_str() == d.code) {
            continue;
        }
        let pos = Pos::new(&d.file, d.line);
        let heading = outline.sections.iter().position(|s| s.level > 0 && s.pos == pos);
        match heading {
            Some(s) => {
                let span = places.section_lines[s];
                marks.range(page, span, Use::Skipped, &d.message, None);
            }
            None if places.block(&pos).is_some() => {
                mark_block(&mut marks, &places, &pos, Use::Skipped, &d.message, None)
            }
            None => marks.set(page, d.line, Use::Skipped, &d.message, None),
        }
    }

    let operations = model
        .operations
        .iter()
        .enumerate()
        .map(|(o, op)| {
            let owner = op_owner[o];
            let spans: Vec<(usize, (usize, usize))> = (0..outline.sections.len())
                .filter(|&s| owner.is_some() && model.owner_of.get(s).copied() == owner)
                .map(|s| (outline.sections[s].page, places.section_lines[s]))
                .collect();
            let page = places.page_of.get(&op.source.file).copied();
            let not_understood = diagnostics
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    let page = places.page_of.get(&d.file).copied();
                    (d.file == op.source.file && d.line == op.source.line)
                        || spans.iter().any(|(p, (a, b))| Some(*p) == page && (*a..=*b).contains(&d.line))
                })
                .map(|(k, _)| k)
                .collect();
            let (operation_id, in_spec) = in_spec(spec, &op.method, &op.source.to_string());
            OperationAccount {
                method: op.method.clone(),
                path: op.path.clone(),
                operation_id,
                summary: op.summary.clone(),
                source: op.source.to_string(),
                page,
                in_spec,
                not_understood,
            }
        })
        .collect();

    let pages = docs
        .pages
        .iter()
        .zip(marks.lines)
        .zip(page_diagnostics)
        .enumerate()
        .map(|(i, ((p, lines), page_diagnostics))| {
            let mut counts = BTreeMap::new();
            for l in &lines {
                *counts.entry(l.used).or_insert(0) += 1;
            }
            PageAccount {
                path: p.path.clone(),
                lines,
                counts,
                operations: (0..model.operations.len())
                    .filter(|&o| places.page_of.get(&model.operations[o].source.file) == Some(&i))
                    .collect(),
                page_diagnostics,
            }
        })
        .collect();
    Coverage { pages, operations, elsewhere }
}

/// `GET /things/{id}`.
fn endpoint(model: &Model, o: usize) -> String {
    let op = &model.operations[o];
    format!("{} {}", op.method, op.path)
}

/// `file:line` as a position.
fn parse_pos(text: &str) -> Option<Pos> {
    let (file, line) = text.rsplit_once(':')?;
    Some(Pos::new(file, line.parse().ok()?))
}

/// Marks the whole block holding `pos` (the line alone when no block holds it).
fn mark_block(marks: &mut Marks, places: &Places, pos: &Pos, used: Use, note: &str, op: Option<usize>) {
    let Some(&page) = places.page_of.get(&pos.file) else { return };
    match places.block(pos) {
        Some((s, j)) => marks.range(page, places.block_lines[s][j], used, note, op),
        None => marks.set(page, pos.line, used, note, op),
    }
}

/// Marks the block holding `pos` from `pos` to its end (a response after a raw request).
fn mark_from(marks: &mut Marks, places: &Places, pos: &Pos, used: Use, note: &str, op: Option<usize>) {
    let Some(&page) = places.page_of.get(&pos.file) else { return };
    match places.block(pos) {
        Some((s, j)) => {
            let (start, end) = places.block_lines[s][j];
            let from = if pos.line == places.block_pos[s][j] { start } else { pos.line };
            marks.range(page, (from, end), used, note, op)
        }
        None => marks.set(page, pos.line, used, note, op),
    }
}

/// Marks the line at `pos`.
fn mark_line(marks: &mut Marks, places: &Places, pos: &Pos, used: Use, note: &str, op: Option<usize>) {
    if let Some(&page) = places.page_of.get(&pos.file) {
        marks.set(page, pos.line, used, note, op);
    }
}

/// The `operationId` and the parts of the spec operation of `method` whose `x-source` is
/// `source`.
fn in_spec(spec: &oa::OpenAPI, method: &str, source: &str) -> (Option<String>, Vec<String>) {
    for (path, item) in spec.paths.iter() {
        let oa::ReferenceOr::Item(item) = item else { continue };
        for (m, op) in item.iter() {
            let from_here = op.extensions.get("x-source").and_then(|v| v.as_str()) == Some(source);
            if !from_here || !m.eq_ignore_ascii_case(method) {
                continue;
            }
            let mut parts = vec![format!("{} {path}", m.to_ascii_uppercase())];
            let params: Vec<String> = item
                .parameters
                .iter()
                .chain(&op.parameters)
                .filter_map(|p| match p {
                    oa::ReferenceOr::Item(p) => {
                        let d = p.parameter_data_ref();
                        Some(format!("{} ({})", d.name, location(p)))
                    }
                    oa::ReferenceOr::Reference { reference } => Some(reference.rsplit('/').next()?.to_owned()),
                })
                .collect();
            if !params.is_empty() {
                parts.push(format!("parameters: {}", params.join(", ")));
            }
            if let Some(oa::ReferenceOr::Item(body)) = &op.request_body {
                let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
                parts.push(format!("request body: {}", types.join(", ")));
            }
            let statuses: Vec<String> = op.responses.responses.keys().map(ToString::to_string).collect();
            if !statuses.is_empty() || op.responses.default.is_some() {
                let mut statuses = statuses;
                if op.responses.default.is_some() {
                    statuses.push("default".into());
                }
                parts.push(format!("responses: {}", statuses.join(", ")));
            }
            return (op.operation_id.clone(), parts);
        }
    }
    (None, vec!["not in the spec".into()])
}

/// `path`, `query`, `header` or `cookie`.
fn location(p: &oa::Parameter) -> &'static str {
    match p {
        oa::Parameter::Path { .. } => "path",
        oa::Parameter::Query { .. } => "query",
        oa::Parameter::Header { .. } => "header",
        oa::Parameter::Cookie { .. } => "cookie",
    }
}
