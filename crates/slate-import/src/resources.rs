//! Resource descriptions outside operations ("The customer object", an attribute table beside
//! an example), and doc-wide table conventions such as "Required in **bold**".

use crate::blocks::{BlockKind, Outline};
use crate::diag::Pos;
use crate::docset::DocSet;
use crate::evidence::{ExampleRole, SectionEvidence};
use crate::model::Model;
use crate::naming::{component_name, singularize};
use crate::tables::TableRow;
use heck::ToSnakeCase;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// Whether the docs say that bold names in tables are required ("Required in **bold**").
pub fn bold_means_required(docs: &DocSet) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)required[^.\n]{0,20}\*\*bold\*\*|\*\*bold\*\*[^.\n]{0,30}required|required (?:fields|parameters|attributes) are (?:in |shown in |marked in )?\*\*bold").expect("valid regex")
    });
    docs.pages.iter().any(|p| RE.is_match(p.body()))
}

/// Resource descriptions: (component name, examples, table rows, position) for every section
/// outside operations that shows an object example or an attribute table.
pub fn collect(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
) -> Vec<(String, Vec<Value>, Vec<TableRow>, Pos)> {
    let owner_of = &model.owner_of;
    let mut out: Vec<(String, Vec<Value>, Vec<TableRow>, Pos)> = Vec::new();
    let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
    // The sections each section owns, in order (found once, not by a scan per section).
    let mut owned: Vec<Vec<usize>> = vec![Vec::new(); outline.sections.len()];
    for (j, &owner) in owner_of.iter().enumerate() {
        if let Some(list) = owned.get_mut(owner) {
            list.push(j);
        }
    }
    for (i, s) in outline.sections.iter().enumerate() {
        if model.operation_sections.contains(&owner_of[i])
            || s.level == 0
            || crate::call_sections::documents_a_call(&evidence[i])
        {
            continue;
        }
        let ev = &evidence[i];
        let mut examples: Vec<Value> = Vec::new();
        let mut name_from_wrapper = None;
        for ex in ev.examples.iter().filter(|e| e.role != ExampleRole::Error) {
            // `{customer: {...}}` names its resource.
            match ex.value.as_object() {
                Some(m) if m.len() == 1 && m.values().all(Value::is_object) => {
                    let (k, v) = m.iter().next().expect("one entry");
                    name_from_wrapper = Some(component_name(&singularize(&k.to_snake_case())));
                    examples.push(v.clone());
                }
                Some(_) => examples.push(ex.value.clone()),
                None => {}
            }
        }
        // Tables of this section and its generic sub-sections.
        let later = || owned[i].iter().copied().filter(move |j| *j > i);
        let rows: Vec<TableRow> = std::iter::once(i)
            .chain(later())
            .flat_map(|j| {
                evidence[j].tables.iter().flat_map(|t| t.rows.iter().filter(|r| !is_parameter_row(r)).cloned())
            })
            .collect();
        let sub_examples: Vec<Value> = later()
            .flat_map(|j| evidence[j].examples.iter().filter(|e| e.role != ExampleRole::Error).map(|e| e.value.clone()))
            .filter(Value::is_object)
            .collect();
        examples.extend(sub_examples);
        if examples.is_empty() && rows.is_empty() {
            continue;
        }
        let from_object = examples
            .iter()
            .find_map(|v| v.get("object").and_then(Value::as_str))
            .map(|o| component_name(&singularize(&o.to_snake_case())));
        let Some(name) = name_from_wrapper.or(from_object).or_else(|| title_resource(&s.title)) else { continue };
        if named.contains(&name) {
            continue;
        }
        let has_blocks = s.blocks.iter().any(|b| matches!(b.kind, BlockKind::Table { .. } | BlockKind::Code { .. }));
        if !has_blocks && rows.is_empty() {
            continue;
        }
        named.insert(name.clone());
        out.push((name, examples, rows, s.pos.clone()));
    }
    out
}

/// A row its table's location column places in the query, the path, the headers or a request
/// body (`|file_id|path|…|`, `|» name|body|…|`): a call's parameter, never a resource's field.
fn is_parameter_row(row: &TableRow) -> bool {
    use crate::tables::Location;
    matches!(row.location, Some(Location::Query | Location::Path | Location::Header | Location::Body | Location::Form))
}

/// "The customer object" -> Customer; "Customers" -> Customer.
fn title_resource(title: &str) -> Option<String> {
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "the" | "object" | "a" | "an" | "resource" | "model"))
        .collect();
    (!words.is_empty() && words.len() <= 3).then(|| component_name(&singularize(&words.join("_").to_snake_case())))
}
