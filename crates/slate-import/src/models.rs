//! Named schemas: the models section of a doc set (`# Schemas`, `# Models`, `# Objects`, see
//! [`MODEL_SECTION_TITLES`]) defines objects by name, with their examples and property tables;
//! operations that name one (the Schema column of a responses table:
//! `|200|OK|...|[Plan](#schemaplan)|`, a body row typed `Plan`, prose "returns a Plan object")
//! reference it instead of inferring a look-alike, and a field typed with a model's name
//! references it. A model is never widened by another object that happens to share its name.
//!
//! Names are the docs' own: the heading of the model (`AccessToken`, `File--Full` ->
//! `FileFull`), made a component name. Two headings that give the same component name are two
//! models: the later one, in reading order, gets the first free `<Name><n>` (n from 2), and an
//! `info` diagnostic says so; a lookup by either spelling finds the first.
//!
//! A resource section elsewhere ("The customer object" beside the operations) is not a model
//! here: it describes what the operations return, and its fields join their component
//! ([`crate::resources`]), since such docs show the same resource with a field more or less.

use crate::blocks::{BlockKind, Outline};
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::naming::{component_name, singularize};
use crate::tables::TableRow;
use crate::vocabulary::{MODEL_SECTION_TITLES, NESTED_ROW_TRANSPARENT, NO_SCHEMA_CELLS, RETURNS_RESOURCE_WORDS};
use indexmap::IndexMap;
use openapiv3::{ArrayType, MediaType, PathItem, ReferenceOr, Schema, SchemaKind, StatusCode, Type};
use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// One named object the docs define.
#[derive(Debug, Clone)]
pub struct ModelDef {
    /// The component name.
    pub name: String,
    /// Its examples (objects or, for a scalar or list model, the value).
    pub examples: Vec<Value>,
    /// Its property-table rows.
    pub rows: Vec<TableRow>,
    /// Where its heading is.
    pub pos: Pos,
    /// The sections it takes its blocks from (its heading's and its sub-headings').
    pub sections: Vec<usize>,
    /// Its fields that are one of several models (see [`crate::model_variants`]).
    pub variants: Vec<crate::model_variants::Variants>,
}

/// The models of a doc set and how their names are found from the docs' spellings.
#[derive(Debug, Clone, Default)]
pub struct Models {
    /// The models, in reading order.
    pub defs: Vec<ModelDef>,
    /// Normalised spelling (letters and digits, lower case) -> component name.
    by_key: BTreeMap<String, String>,
}

/// A reference to a model: its component name, and whether the docs mean a list of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRef {
    /// The component name.
    pub name: String,
    /// `[Plan]`, "a list of Plan objects".
    pub array: bool,
}

/// What an operation's section names as its successful response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedResponse {
    /// The model.
    pub model: ModelRef,
    /// Declared in a responses table (certain) rather than said in prose (checked against the
    /// examples before it is used).
    pub declared: bool,
    /// Where the docs name it.
    pub pos: Pos,
}

fn key(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

impl Models {
    /// The model a type text or schema cell names: `Plan`, `[Plan]` (a list), `Plan¦null`.
    pub fn resolve(&self, text: &str) -> Option<ModelRef> {
        models_resolve(&self.by_key, text)
    }

    /// Whether no model is defined.
    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// Normalised spellings -> component names (for the schema registry's type links).
    pub fn names(&self) -> &BTreeMap<String, String> {
        &self.by_key
    }

    /// Whether section `i` is part of a model definition.
    pub fn owns_section(&self, i: usize) -> bool {
        self.defs.iter().any(|d| d.sections.contains(&i))
    }

    /// Where the sections of every model start (a models section's own heading included).
    pub fn section_positions(&self, outline: &Outline) -> Vec<Pos> {
        let mut out: Vec<Pos> = Vec::new();
        for d in &self.defs {
            for &j in &d.sections {
                let s = &outline.sections[j];
                out.push(s.pos.clone());
                if let Some(p) = s.parent.filter(|p| is_models_title(&outline.sections[*p].title)) {
                    out.push(outline.sections[p].pos.clone());
                }
            }
        }
        out
    }
}

/// Whether a heading titles a models section.
pub fn is_models_title(title: &str) -> bool {
    MODEL_SECTION_TITLES.contains(&title.trim().to_ascii_lowercase().as_str())
}

/// A model's name from its heading: an identifier as written (`AccessToken`, `File--Full`),
/// else the words made a component name.
fn model_name(title: &str) -> Option<String> {
    let t = title.trim().trim_matches('`');
    if t.is_empty() || t.split_whitespace().count() > 4 {
        return None;
    }
    Some(component_name(t))
}

/// A heading written as HTML (`<h2 id="tocS_Plan">Plan</h2>`, as OpenAPI renderers write a
/// models section): its text.
fn html_heading(html: &str) -> Option<String> {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)^\s*<h([1-6])\b[^>]*>(.*?)</h([1-6])>").expect("valid regex"));
    let c = RE.captures(html)?;
    (c[1] == c[3]).then(|| strip_tags(&c[2]).trim().to_owned()).filter(|t| !t.is_empty())
}

/// Collects the models of every models section (outside operations): each heading right under
/// it names one, and takes the examples and tables up to the next such heading. The headings
/// are Markdown sub-headings, or, where the section holds HTML headings (a renderer's
/// `<h2>Plan</h2>`, whose `### Properties` then reads as a sibling section), those.
pub fn collect(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) -> Models {
    let n = outline.sections.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in outline.sections.iter().enumerate() {
        if let Some(p) = s.parent {
            children[p].push(i);
        }
    }
    let in_operation = |i: usize| model.owner_of.get(i).is_some_and(|o| model.operation_sections.contains(o));
    let mut out = Models::default();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for (root, s) in outline.sections.iter().enumerate() {
        if in_operation(root) || !is_models_title(&s.title) {
            continue;
        }
        // The section and everything under it, in reading order.
        let mut subtree = vec![root];
        let mut k = 0;
        while k < subtree.len() {
            subtree.extend(children[subtree[k]].iter().copied());
            k += 1;
        }
        // An operation under the heading is no model, nor a part of one.
        subtree.retain(|j| !in_operation(*j));
        subtree.sort_unstable();
        // Heads: (section, line, title, where); an item belongs to the last head before it.
        let mut heads: Vec<(usize, usize, String, Pos)> = Vec::new();
        for &j in &subtree {
            for b in &outline.sections[j].blocks {
                if let Some(t) = html_heading(match &b.kind {
                    BlockKind::Html(h) => h,
                    _ => continue,
                }) {
                    heads.push((j, b.pos.line, t, b.pos.clone()));
                }
            }
        }
        if heads.is_empty() {
            for &c in children[root].iter().filter(|c| !in_operation(**c)) {
                // Its sub-headings (later sections) are parts of it: its own starts at line 0.
                let sec = &outline.sections[c];
                heads.push((c, 0, sec.title.clone(), sec.pos.clone()));
            }
        }
        let head_of = |j: usize, line: usize| -> Option<usize> {
            heads.iter().rposition(|(hs, hl, _, _)| (*hs, *hl) <= (j, line))
        };
        let mut examples: Vec<Vec<Value>> = vec![Vec::new(); heads.len()];
        let mut tables: Vec<Vec<crate::evidence::TableEvidence>> = vec![Vec::new(); heads.len()];
        let mut sections: Vec<Vec<usize>> = vec![Vec::new(); heads.len()];
        let mut blocks: Vec<Vec<&crate::blocks::Block>> = vec![Vec::new(); heads.len()];
        for &j in &subtree {
            for b in &outline.sections[j].blocks {
                if let Some(h) = head_of(j, b.pos.line) {
                    blocks[h].push(b);
                }
            }
            for e in &evidence[j].examples {
                if let Some(h) = head_of(j, e.pos.line) {
                    examples[h].push(e.value.clone());
                }
            }
            for t in &evidence[j].tables {
                if let Some(h) = head_of(j, t.pos.line) {
                    // `*anonymous*` in an enum table names the `anonymous` row of the table above.
                    let mut t = t.clone();
                    t.rows.iter_mut().for_each(|r| r.name = r.name.trim_matches('*').to_owned());
                    tables[h].push(t);
                }
            }
            if let Some(h) = head_of(j, usize::MAX) {
                sections[h].push(j);
            }
        }
        // Enum tables give their values to the rows they name, within each model.
        tables.iter_mut().zip(&blocks).for_each(|(t, b)| crate::enum_parts::name_parts(t, b));
        let mut rows: Vec<Vec<TableRow>> = tables
            .into_iter()
            .map(|t| crate::enum_tables::fold(t, diags).into_iter().flat_map(|t| t.rows).collect())
            .collect();
        for (h, (_, _, title, pos)) in heads.iter().enumerate() {
            let Some(base) = model_name(title) else { continue };
            if examples[h].is_empty() && rows[h].is_empty() {
                continue;
            }
            let name = if taken.contains(&base) {
                let free = (2..).map(|k| format!("{base}{k}")).find(|c| !taken.contains(c)).expect("a free name");
                diags.info(
                    Code::SchemaNameCollision,
                    pos,
                    format!("`{title}` names a model `{base}` as an earlier heading does; this one is `{free}`"),
                );
                free
            } else {
                base
            };
            taken.insert(name.clone());
            out.by_key.entry(key(title)).or_insert_with(|| name.clone());
            out.by_key.entry(key(&name)).or_insert_with(|| name.clone());
            out.defs.push(ModelDef {
                name,
                examples: std::mem::take(&mut examples[h]),
                rows: std::mem::take(&mut rows[h]),
                pos: pos.clone(),
                sections: std::mem::take(&mut sections[h]),
                variants: crate::model_variants::read(blocks[h].iter().copied()),
            });
        }
    }
    expand_parts(&mut out);
    out
}

/// The unnamed rows of a model's table (`*anonymous*`, what renderers write for the parts of
/// an "all of"): a part typed with another model brings that model's rows; the children of an
/// untyped part (`anonymous.name`) are the model's own fields. A model whose one row is unnamed
/// is a scalar or list model and keeps it.
fn expand_parts(models: &mut Models) {
    let unnamed = |name: &str| NESTED_ROW_TRANSPARENT.contains(&name.to_ascii_lowercase().as_str());
    let rows_of: BTreeMap<String, Vec<TableRow>> =
        models.defs.iter().map(|d| (d.name.clone(), d.rows.clone())).collect();
    for d in &mut models.defs {
        if d.rows.len() <= 1 {
            continue;
        }
        let mut out: Vec<TableRow> = Vec::new();
        // Parts to bring in, breadth first, each model once (a cycle ends).
        let mut seen: BTreeSet<String> = BTreeSet::from([d.name.clone()]);
        let mut pending: Vec<TableRow> = d.rows.clone();
        let mut rounds = 0;
        while !pending.is_empty() && rounds < 8 {
            rounds += 1;
            let mut next = Vec::new();
            for mut r in pending {
                if unnamed(&r.name) || names_its_model(&r, &d.name, &models.by_key) {
                    let part = r.type_text.as_deref().and_then(|t| models_resolve(&models.by_key, t));
                    if let Some(m) = part.filter(|m| !m.array && seen.insert(m.name.clone())) {
                        next.extend(rows_of.get(&m.name).cloned().unwrap_or_default());
                    }
                    continue;
                }
                if let Some((head, rest)) = r.name.split_once('.') {
                    if unnamed(head) {
                        r.name = rest.to_owned();
                    }
                }
                crate::enum_tables::unite_row(&mut out, r);
            }
            pending = next;
        }
        d.rows = out;
    }
}

/// A row of model `model` named as the model itself (`Article` in the table of `article`)
/// and typed with another model: what renderers write for an "all of" part that has the
/// model's title, a part of the model rather than a field (an object holds no field named as
/// itself that is another model).
fn names_its_model(row: &TableRow, model: &str, by_key: &BTreeMap<String, String>) -> bool {
    key(&row.name) == key(model)
        && row.type_text.as_deref().and_then(|t| models_resolve(by_key, t)).is_some_and(|m| !m.array && m.name != model)
}

/// The model a type text names, by the normalised spellings `by_key` knows.
fn models_resolve(by_key: &BTreeMap<String, String>, text: &str) -> Option<ModelRef> {
    let mut t = text.trim();
    for suffix in ["¦null", "|null", " or null"] {
        t = t.strip_suffix(suffix).unwrap_or(t).trim();
    }
    let (inner, array) = match t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        Some(inner) => (inner.trim(), true),
        None => (t, false),
    };
    if inner.contains(['[', ']', ' ']) || inner.is_empty() {
        return None;
    }
    by_key.get(&key(inner)).map(|name| ModelRef { name: name.clone(), array })
}

/// Whether the docs state which response fields are required in their tables: a row of a
/// response table (by its own location or its heading's) or of a model that says required or
/// optional. Docs that do keep that word for themselves; the importer then infers no required
/// field from the examples.
pub fn tables_say_required(evidence: &[SectionEvidence], models: &Models) -> bool {
    let response = |t: &crate::evidence::TableEvidence| {
        t.rows.iter().any(|r| {
            r.required.is_some() && r.location.or(t.heading_location) == Some(crate::tables::Location::Response)
        })
    };
    evidence.iter().any(|e| e.tables.iter().any(response))
        || models.defs.iter().any(|d| d.rows.iter().any(|r| r.required.is_some()))
}

/// The sections of operation `op`'s group: its own and the sub-headings it owns.
fn group_sections(outline: &Outline, model: &Model, source: &Pos) -> Vec<usize> {
    let Some(sec) = outline.section_at(source) else {
        return Vec::new();
    };
    let owner = model.owner_of.get(sec).copied().unwrap_or(sec);
    (0..outline.sections.len())
        .filter(|j| *j == owner || model.owner_of.get(*j) == Some(&owner) && !model.operation_sections.contains(j))
        .collect()
}

/// By operation index, the model its docs name as the successful response: the Schema cell of
/// the first 2xx row of a responses table (`|Status|Meaning|Description|Schema|`), else a
/// sentence "returns a Plan object" / "returns a list of Plan objects".
pub fn named_responses(outline: &Outline, model: &Model, models: &Models) -> BTreeMap<usize, NamedResponse> {
    let mut out = BTreeMap::new();
    if models.is_empty() {
        return out;
    }
    for (k, op) in model.operations.iter().enumerate() {
        let sections = group_sections(outline, model, &op.source);
        let blocks = || sections.iter().flat_map(|j| outline.sections[*j].blocks.iter());
        let from_table = blocks().find_map(|b| match &b.kind {
            BlockKind::Table { header, rows } => {
                let col = |word: &str| header.iter().position(|c| c.text.trim().eq_ignore_ascii_case(word));
                let (status, schema) = (col("status")?, col("schema")?);
                let row = rows.iter().find(|r| r.cells.get(status).is_some_and(|c| c.text.trim().starts_with('2')))?;
                let cell = row.cells.get(schema)?.text.trim().to_owned();
                if NO_SCHEMA_CELLS.contains(&cell.to_ascii_lowercase().as_str()) {
                    return None;
                }
                let r = models.resolve(&cell)?;
                Some(NamedResponse { model: r, declared: true, pos: Pos::new(&b.pos.file, row.line) })
            }
            _ => None,
        });
        let named = from_table.or_else(|| {
            blocks().find_map(|b| match &b.kind {
                BlockKind::Paragraph(text) => returns_named(text, models).map(|model| NamedResponse {
                    model,
                    declared: false,
                    pos: b.pos.clone(),
                }),
                _ => None,
            })
        });
        if let Some(n) = named {
            out.insert(k, n);
        }
    }
    out
}

/// "Returns a [Plan](#schemaplan) object", "returns a list of plan objects": the model named.
fn returns_named(text: &str, models: &Models) -> Option<ModelRef> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\breturns?\s+(?:an?|the)\s+(list\s+of\s+|array\s+of\s+)?\[?`?([A-Za-z][\w-]*)`?\]?(?:\([^)\s]*\))?\s+objects?\b")
            .expect("valid regex")
    });
    let c = RE.captures(text)?;
    let array = c.get(1).is_some();
    let word = &c[2];
    let found = models.resolve(word).or_else(|| models.resolve(&singularize(word)))?;
    Some(ModelRef { name: found.name, array })
}

/// Operation indexes whose docs say the request returns its resource ("Sending a PUT request
/// will return the resource with any changes"): in a notice or a paragraph of the operation's
/// group, a clause with one of [`RETURNS_RESOURCE_WORDS`] that names the operation's method or
/// no method at all.
pub fn returns_resource(outline: &Outline, model: &Model) -> BTreeMap<usize, Pos> {
    const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    let mut out = BTreeMap::new();
    for (k, op) in model.operations.iter().enumerate() {
        if op.method != "PUT" && op.method != "POST" {
            continue;
        }
        for j in group_sections(outline, model, &op.source) {
            for b in &outline.sections[j].blocks {
                let text = match &b.kind {
                    BlockKind::Paragraph(t) | BlockKind::Html(t) => t,
                    _ => continue,
                };
                let plain = strip_tags(text);
                let says = plain.split([',', ';', '.']).any(|clause| {
                    let lower = clause.to_ascii_lowercase();
                    let words: Vec<&str> = clause.split(|c: char| !c.is_ascii_alphanumeric()).collect();
                    let methods: Vec<&&str> = METHODS.iter().filter(|m| words.contains(m)).collect();
                    RETURNS_RESOURCE_WORDS.iter().any(|w| lower.contains(w))
                        && (methods.is_empty() || methods.iter().any(|m| **m == op.method))
                });
                if says && !out.contains_key(&k) {
                    out.insert(k, b.pos.clone());
                }
            }
        }
    }
    out
}

/// The schema a model reference stands for: a `$ref`, or an array of them.
pub fn schema_of(m: &ModelRef) -> ReferenceOr<Schema> {
    let r = ReferenceOr::ref_(&format!("#/components/schemas/{}", m.name));
    if !m.array {
        return r;
    }
    ReferenceOr::Item(Schema {
        schema_data: Default::default(),
        schema_kind: SchemaKind::Type(Type::Array(ArrayType {
            items: Some(match r {
                ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
                ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s)),
            }),
            min_items: None,
            max_items: None,
            unique_items: false,
        })),
    })
}

/// Gives each operation that the docs say returns its resource ([`returns_resource`]), and
/// whose success response shows nothing, the response schema of the `GET` of its path (the
/// resource as the docs show it), with an `info` diagnostic saying it was inferred.
pub fn fill_returned_resources(
    paths: &mut IndexMap<String, ReferenceOr<PathItem>>,
    model: &Model,
    returns: &BTreeMap<usize, Pos>,
    diags: &mut Diagnostics,
) {
    for (k, pos) in returns {
        let Some(op) = model.operations.get(*k) else { continue };
        let Some(ReferenceOr::Item(item)) = paths.get_mut(&op.path) else { continue };
        let got = item.get.as_ref().and_then(|g| {
            g.responses.responses.iter().find_map(|(status, r)| match (status, r) {
                (StatusCode::Code(200..=299), ReferenceOr::Item(r)) => {
                    r.content.get("application/json").and_then(|m| m.schema.clone())
                }
                _ => None,
            })
        });
        let Some(schema) = got else { continue };
        let target = match op.method.as_str() {
            "PUT" => item.put.as_mut(),
            "POST" => item.post.as_mut(),
            _ => None,
        };
        let Some(target) = target else { continue };
        for (status, r) in target.responses.responses.iter_mut() {
            let (StatusCode::Code(200..=299), ReferenceOr::Item(r)) = (status, r) else { continue };
            if !r.content.is_empty() {
                break;
            }
            let media = MediaType { schema: Some(schema.clone()), ..Default::default() };
            r.content.insert("application/json".to_owned(), media);
            diags.info(
                Code::ResponseInferred,
                pos,
                format!(
                    "`{} {}` shows no response, but the docs say it returns the resource: given the response schema of `GET {}`",
                    op.method, op.path, op.path
                ),
            );
            break;
        }
    }
}

fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn models(names: &[(&str, &str)]) -> Models {
        let mut m = Models::default();
        for (spelling, name) in names {
            m.by_key.insert(key(spelling), (*name).to_owned());
        }
        m
    }

    #[test]
    fn type_texts_resolve_to_models() {
        let m = models(&[("File--Full", "FileFull"), ("Plan", "Plan")]);
        assert_eq!(m.resolve("File--Full"), Some(ModelRef { name: "FileFull".into(), array: false }));
        assert_eq!(m.resolve("[Plan]"), Some(ModelRef { name: "Plan".into(), array: true }));
        assert_eq!(m.resolve("Plan¦null"), Some(ModelRef { name: "Plan".into(), array: false }));
        assert_eq!(m.resolve("[[Plan]]"), None);
        assert_eq!(m.resolve("string"), None);
    }

    #[test]
    fn prose_names_a_returned_model() {
        let m = models(&[("Plan", "Plan")]);
        assert_eq!(returns_named("Returns a Plan object.", &m), Some(ModelRef { name: "Plan".into(), array: false }));
        assert_eq!(
            returns_named("This call returns a list of [plans](#schemaplan) objects", &m),
            Some(ModelRef { name: "Plan".into(), array: true })
        );
        assert_eq!(returns_named("Returns a Widget object.", &m), None);
        assert_eq!(returns_named("Returns the plan.", &m), None);
    }

    #[test]
    fn headings_name_models() {
        assert_eq!(model_name("AccessToken").as_deref(), Some("AccessToken"));
        assert!(is_models_title("Schemas") && is_models_title(" Models ") && !is_models_title("Schema"));
    }
}
