//! Headings and prose against the request they describe: a heading whose verb or resource is
//! another operation's ("Delete a customer" over `GET /invoices/{id}`), and prose that says the
//! response is a list beside an object example.

use crate::blocks::Outline;
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::evidence::{ExampleRole, SectionEvidence};
use crate::model::{Model, Operation};
use crate::naming::singularize;
use crate::vocabulary::{HEADING_VERB_METHODS, RETURNS_LIST_WORDS};
use heck::ToSnakeCase;
use std::collections::BTreeSet;

pub(super) fn check(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let headings: Vec<Option<(String, Pos)>> =
        model.operations.iter().map(|op| heading_of(outline, model, op)).collect();
    for (i, op) in model.operations.iter().enumerate() {
        let Some(heading) = &headings[i] else { continue };
        verb(op, heading, diags);
        // The same heading over another operation, whose resource the heading names.
        let twin = model.operations.iter().zip(&headings).find(|(other, h)| {
            !std::ptr::eq(*other, op) && h.as_ref().is_some_and(|(t, _)| t.eq_ignore_ascii_case(&heading.0))
        });
        if let Some((other, _)) = twin {
            noun(op, other, heading, diags);
        }
        returns_list(outline, evidence, model, op, diags);
    }
}

/// The owner heading of an operation and where it is.
fn heading_of(outline: &Outline, model: &Model, op: &Operation) -> Option<(String, Pos)> {
    let idx = outline.section_at(&op.source)?;
    let owner = *model.owner_of.get(idx)?;
    let s = outline.sections.get(owner)?;
    (s.level > 0 && !s.title.trim().is_empty()).then(|| (s.title.clone(), s.pos.clone()))
}

/// Lowercase words of a heading.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect()
}

/// The singular words of a path's static segments (`/line_items/{id}` -> `line`, `item`).
fn path_words(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.contains('{'))
        .flat_map(|s| s.to_snake_case().split('_').map(singularize).collect::<Vec<_>>())
        .filter(|w| w.len() > 2)
        .collect()
}

/// The singular words of a path's collections: its first static segment and every segment an
/// item parameter follows (`/orders/{id}/lines/{line}` -> `order`, `line`), not the sub-resources
/// and actions at its end.
fn collections(path: &str) -> Vec<String> {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut out = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        let first = !segs[..i].iter().any(|p| !p.contains('{'));
        let before_item = segs.get(i + 1).is_some_and(|n| n.contains('{'));
        if !s.contains('{') && (first || before_item) {
            out.extend(path_words(&format!("/{s}")));
        }
    }
    out
}

fn verb(op: &Operation, (heading, at): &(String, Pos), diags: &mut Diagnostics) {
    let Some(first) = words(heading).into_iter().next() else { return };
    let Some((_, methods)) = HEADING_VERB_METHODS.iter().find(|(v, _)| *v == first) else { return };
    if methods.contains(&op.method.as_str()) || path_words(&op.path).contains(&first) {
        return;
    }
    diags.emit(
        Severity::Warning,
        Code::HeadingMismatch,
        at,
        format!(
            "the heading \"{heading}\" says `{first}`, but its request line at {} is `{} {}`",
            op.source, op.method, op.path
        ),
        Some("check whether the heading or the request line was copied from another operation".into()),
    );
}

/// A heading that names the resource of `other`, which has the same heading, and not its own.
fn noun(op: &Operation, other: &Operation, (heading, at): &(String, Pos), diags: &mut Diagnostics) {
    let own: BTreeSet<String> = path_words(&op.path).into_iter().collect();
    let theirs: BTreeSet<String> = collections(&other.path).into_iter().collect();
    let said: Vec<String> = words(heading).into_iter().map(|w| singularize(&w)).collect();
    let named: Vec<&String> = said.iter().filter(|w| theirs.contains(*w) && !own.contains(*w)).collect();
    if named.is_empty() || said.iter().any(|w| own.contains(w)) {
        return;
    }
    diags.emit(
        Severity::Warning,
        Code::HeadingMismatch,
        at,
        format!(
            "the heading \"{heading}\" names `{}`, the resource of {} {} at {} under the same heading, but its request line at {} is `{} {}`",
            named.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("`, `"),
            other.method,
            other.path,
            other.source,
            op.source,
            op.method,
            op.path
        ),
        Some("the heading was probably copied from the other operation: name this one's resource".into()),
    );
}

fn returns_list(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    op: &Operation,
    diags: &mut Diagnostics,
) {
    if op.method != "GET" {
        return;
    }
    let Some(example) = op.examples.iter().find(|e| e.role == ExampleRole::Response) else { return };
    let Some(obj) = example.value.as_object() else { return };
    if obj.values().any(|v| v.is_array() || v.as_object().is_some_and(|o| o.values().any(|v| v.is_array()))) {
        return;
    }
    let Some(idx) = outline.section_at(&op.source) else { return };
    let owner = model.owner_of.get(idx).copied();
    for (i, ev) in evidence.iter().enumerate() {
        if model.owner_of.get(i).copied() != owner {
            continue;
        }
        for (text, pos) in &ev.prose {
            let lower = text.to_ascii_lowercase();
            if let Some(phrase) = RETURNS_LIST_WORDS.iter().find(|p| lower.contains(**p)) {
                diags.emit(
                    Severity::Warning,
                    Code::ReturnsShapeMismatch,
                    pos,
                    format!(
                        "the prose of {} {} says it {phrase}, but the response example at {} is an object with no array",
                        op.method, op.path, example.pos
                    ),
                    Some("show a list in the example, or say that one object is returned".into()),
                );
                return;
            }
        }
    }
}
