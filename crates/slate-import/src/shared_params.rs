//! Parameters documented once for a family of operations: a parameter table or list outside
//! any operation whose lead says it applies to all of them ("The following parameters can be
//! used in all of the reports", "All list endpoints accept ..."). Each operation of the family
//! (declared on that page or on the pages in the folder named after it) gets them as query
//! parameters; "list endpoints" narrows the family to the GETs of a collection.

use std::collections::BTreeMap;

use crate::blocks::Outline;
use crate::diag::{Code, Diagnostics};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::section_text::section_text;
use crate::tables::{Location, TableRow};

/// By operation index, the shared query parameters it takes (in the docs' order).
/// A parameter table outside every operation that nothing takes (no family words, no operation
/// of the family, not a convention section that pages or limits) is a warning naming it.
pub fn shared(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    diags: &mut Diagnostics,
) -> BTreeMap<usize, Vec<TableRow>> {
    let mut out: BTreeMap<usize, Vec<TableRow>> = BTreeMap::new();
    // Groups that describe a request to a URL the user gives (`POST {CALLBACK_URL}`): their
    // tables are that request's payload, not parameters of the API.
    let callbacks: std::collections::BTreeSet<usize> = evidence
        .iter()
        .enumerate()
        .filter(|(_, e)| e.callback)
        .flat_map(|(j, _)| [j, model.owner_of.get(j).copied().unwrap_or(j)])
        .collect();
    for (i, ev) in evidence.iter().enumerate() {
        let owner = model.owner_of.get(i).copied().unwrap_or(i);
        if ev.tables.is_empty() || model.operation_sections.contains(&i) || model.operation_sections.contains(&owner) {
            continue;
        }
        let lower = section_text(outline, i).to_ascii_lowercase();
        let before = out.values().map(Vec::len).sum::<usize>();
        if crate::vocabulary::FAMILY_WORDS.iter().any(|w| lower.contains(w)) {
            give(outline, ev, model, i, &lower, &mut out);
        }
        let after_callback = i.checked_sub(1).is_some_and(|j| callbacks.contains(&j));
        if out.values().map(Vec::len).sum::<usize>() == before && !callbacks.contains(&owner) && !after_callback {
            warn_unused(outline, ev, model, i, diags);
        }
    }
    out
}

/// Warns about each parameter table of section `i` (a query or path location, or a heading
/// that says parameters) no operation takes, unless the section is a convention the API-wide readers take
/// (paging, rate limits, errors, authentication).
fn warn_unused(outline: &Outline, ev: &SectionEvidence, model: &Model, i: usize, diags: &mut Diagnostics) {
    let path = outline.title_path(i).join(" / ");
    let title = path.to_ascii_lowercase();
    let convention = crate::vocabulary::CONVENTION_TITLES.iter().any(|t| title.contains(t))
        || ["auth", "pagina", "paging"].iter().any(|t| title.contains(t));
    if convention {
        return;
    }
    // An operation may take a table from a section it does not own (a sibling under its heading).
    let taken =
        |t: &crate::evidence::TableEvidence| model.operations.iter().any(|op| op.tables.iter().any(|o| o.pos == t.pos));
    for t in ev.tables.iter().filter(|t| !taken(t)) {
        // A table of arguments or fields may describe a resource (read elsewhere); a query or
        // path location, or a heading that says parameters, names request parameters.
        let parameters = matches!(t.heading_location, Some(Location::Query | Location::Path))
            || t.heading.to_ascii_lowercase().contains("parameter");
        if parameters {
            diags.warn(
                Code::UnusedParameterTable,
                &t.pos,
                format!(
                    "parameter table under \"{}\" ({} row(s): {}) is outside every operation and no operation takes it",
                    t.heading,
                    t.rows.len(),
                    t.rows.iter().take(4).map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            );
        }
    }
}

/// Gives the rows of section `i`'s tables to every operation of its family.
fn give(
    outline: &Outline,
    ev: &SectionEvidence,
    model: &Model,
    i: usize,
    lower: &str,
    out: &mut BTreeMap<usize, Vec<TableRow>>,
) {
    let lists_only = crate::vocabulary::LIST_FAMILY_WORDS.iter().any(|w| lower.contains(w));
    // "Request parameters" of a GET are its query; of other methods only when the section
    // says they go in the query string.
    let query_for_all = lower.contains("query string") || lower.contains("query parameter");
    let file = &outline.sections[i].pos.file;
    let folder = format!("{}/", file.trim_end_matches(".md").trim_end_matches(".html"));
    let rows: Vec<TableRow> = ev
        .tables
        .iter()
        .filter(|t| !matches!(t.heading_location, Some(Location::Response | Location::Header)))
        .flat_map(|t| t.rows.iter())
        .filter(|r| !matches!(r.location, Some(Location::Response | Location::Header | Location::Path)))
        .map(|r| TableRow { location: Some(Location::Query), ..r.clone() })
        .collect();
    if rows.is_empty() {
        return;
    }
    for (k, op) in model.operations.iter().enumerate() {
        let in_family = op.source.file == *file || op.source.file.starts_with(&folder);
        let collection = op.method == "GET" && !op.path.trim_end_matches('/').ends_with('}');
        if in_family && (op.method == "GET" || query_for_all && !lists_only) && (!lists_only || collection) {
            let have = out.entry(k).or_default();
            for r in &rows {
                if !have.iter().any(|h| h.name == r.name) {
                    have.push(r.clone());
                }
            }
        }
    }
}
