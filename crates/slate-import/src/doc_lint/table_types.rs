//! A type in a field table against the example's value (`id | Integer` beside `"id": "42"`):
//! schema inference settles it for the examples and says so at the table's row, for it sees
//! values, not their lines. This check finds the example value's line and restates the
//! conflict there, naming the table's row: once per conflict, at the first value of that type
//! in the JSON examples and curl bodies of the table's page (those after the table first). A conflict whose value
//! it cannot find on that page stays as inference stated it.

use super::key_lines::KeyLines;
use crate::blocks::Outline;
use crate::diag::{Code, Diagnostic, Diagnostics, Pos, Severity};
use crate::evidence::SectionEvidence;
use crate::lenient_json::parse_lenient;
use crate::type_conflict::TypeConflict;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// How deep examples are searched.
const MAX_DEPTH: usize = 8;

/// The kind of a value in inference's words (integers apart from other numbers).
fn kind(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    })
}

/// The index among the `key` occurrences of `v` (in text order) of the first whose value is
/// of `wanted`; `seen` counts the occurrences passed.
fn nth_of_kind(v: &Value, key: &str, wanted: &str, seen: &mut usize, depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH {
        return None;
    }
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                if k == key {
                    if kind(child) == Some(wanted) {
                        return Some(*seen);
                    }
                    *seen += 1;
                }
                if let Some(n) = nth_of_kind(child, key, wanted, seen, depth + 1) {
                    return Some(n);
                }
            }
            None
        }
        Value::Array(items) => items.iter().find_map(|i| nth_of_kind(i, key, wanted, seen, depth + 1)),
        _ => None,
    }
}

/// A body the docs show: a JSON example (with its block's text) or a curl sample's `-d` body
/// (its command's line, and the text of the command from there).
struct Shown<'a> {
    pos: Pos,
    value: Cow<'a, Value>,
    text: Option<&'a str>,
    curl: bool,
}

/// The line of the first value of `field` of kind `wanted` in `e`, if it has one.
fn value_line(e: &Shown, field: &str, wanted: &str) -> Option<Pos> {
    let n = nth_of_kind(&e.value, field, wanted, &mut 0, 0)?;
    let Some(text) = e.text else { return Some(e.pos.clone()) };
    if e.curl {
        // A curl body is one string of the command: the first line from the command on that
        // names the field.
        let quoted = format!("\"{field}\"");
        let line = text.lines().position(|l| l.contains(&quoted)).unwrap_or(0);
        return Some(Pos::new(&e.pos.file, e.pos.line + line));
    }
    // `starts_as`' words: an integer or a decimal both start as a number.
    let text_kind = if wanted == "integer" { "number" } else { wanted };
    let line = KeyLines::new(text).line_of_kind(field, n, Some(text_kind))?;
    Some(Pos::new(&e.pos.file, e.pos.line + line))
}

/// The text of the code block holding `pos` from `pos`'s line on.
fn command_text<'a>(texts: &BTreeMap<(&str, usize), &'a str>, pos: &Pos) -> Option<&'a str> {
    let (&(file, start), text) = texts.range(..=(pos.file.as_str(), pos.line)).next_back()?;
    if file != pos.file {
        return None;
    }
    let skip = pos.line.checked_sub(start)?;
    let offset: usize = text.split_inclusive('\n').take(skip).map(str::len).sum();
    text.get(offset..)
}

/// The lines of the nearest section holding `row` (its own, or an enclosing one) whose
/// lines hold an example of the page: the operation the table documents. Of the page's top
/// section, which holds every example of the page, only the lines before its first
/// subsection (the resource's own example beside its attribute table).
fn enclosing_lines(outline: &Outline, row: &Pos, shown: &[Shown]) -> Option<std::ops::Range<usize>> {
    let mut idx = outline.section_at(row);
    while let Some(i) = idx {
        let s = &outline.sections[i];
        let top = s.parent.is_none();
        let end = outline.sections[i + 1..]
            .iter()
            .find(|n| n.page != s.page || top || n.level <= s.level)
            .filter(|n| n.page == s.page)
            .map_or(usize::MAX, |n| n.pos.line);
        let lines = s.pos.line..end;
        if shown.iter().any(|e| lines.contains(&e.pos.line)) {
            return Some(lines);
        }
        idx = s.parent;
    }
    None
}

fn article(kind: &str) -> &'static str {
    if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

pub(super) fn check(outline: &Outline, evidence: &[SectionEvidence], diags: &mut Diagnostics) {
    let texts = outline.code_texts();
    let mut by_file: BTreeMap<String, Vec<Shown>> = BTreeMap::new();
    for ev in evidence {
        for e in &ev.examples {
            let text = texts.get(&(e.pos.file.as_str(), e.pos.line)).copied();
            let shown = Shown { pos: e.pos.clone(), value: Cow::Borrowed(&e.value), text, curl: false };
            by_file.entry(e.pos.file.clone()).or_default().push(shown);
        }
        for (call, pos) in &ev.curls {
            for (_, d) in &call.data {
                let body = d.trim();
                let Some(value) = body.starts_with('{').then(|| parse_lenient(body)).flatten() else { continue };
                let text = command_text(&texts, pos);
                let shown = Shown { pos: pos.clone(), value: Cow::Owned(value.value), text, curl: true };
                by_file.entry(pos.file.clone()).or_default().push(shown);
            }
        }
    }
    by_file.values_mut().for_each(|l| l.sort_by_key(|e| e.pos.line));
    let mut restated: BTreeSet<(String, usize, TypeConflict)> = BTreeSet::new();
    for (d, conflict) in std::mem::take(diags).into_recorded() {
        match conflict.and_then(|c| restate(outline, &d, &c, &by_file).map(|r| (c, r))) {
            Some((c, r)) => {
                if restated.insert((d.file.clone(), d.line, c)) {
                    diags.push(r);
                }
            }
            None => diags.push(d),
        }
    }
}

/// The conflict schema inference handed with `d` (its warning at the table's row), restated at
/// the example value's line; None if the value is not found on the table's page.
fn restate(
    outline: &Outline,
    d: &Diagnostic,
    c: &TypeConflict,
    by_file: &BTreeMap<String, Vec<Shown>>,
) -> Option<Diagnostic> {
    if d.code != Code::SchemaTypeConflict.as_str() {
        return None;
    }
    let (field, table, shown) = (c.field.as_str(), c.table, c.shown);
    let shown_on_page = by_file.get(d.file.as_str())?;
    let row = Pos::new(&d.file, d.line);
    // The examples of the table's own operation first (Slate shows them before its tables),
    // then those after the table, then those before it.
    let scope = enclosing_lines(outline, &row, shown_on_page);
    let in_scope = |e: &&Shown| scope.as_ref().is_some_and(|r| r.contains(&e.pos.line));
    let (own, others): (Vec<&Shown>, Vec<&Shown>) = shown_on_page.iter().partition(in_scope);
    let (after, before): (Vec<&Shown>, Vec<&Shown>) = others.into_iter().partition(|e| e.pos.line > d.line);
    let at = own.into_iter().chain(after).chain(before.into_iter().rev()).find_map(|e| value_line(e, field, shown))?;
    Some(Diagnostic {
        severity: Severity::Warning,
        code: d.code,
        file: at.file.clone(),
        line: at.line,
        location: None,
        message: format!(
            "`{field}` is {} {shown} here, but the table at {row} gives it the type {table}; the schema follows the examples",
            article(shown)
        ),
        help: Some(format!("give `{field}` one type: correct the table's row or the example's value")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_value_of_the_wanted_kind_in_text_order() {
        let v = json!({"id": 1, "items": [{"id": 2}, {"id": "x"}], "name": "id"});
        assert_eq!(nth_of_kind(&v, "id", "string", &mut 0, 0), Some(2));
        assert_eq!(nth_of_kind(&v, "id", "integer", &mut 0, 0), Some(0));
        assert_eq!(nth_of_kind(&v, "id", "boolean", &mut 0, 0), None);
        assert_eq!(nth_of_kind(&json!({"q": 1.5}), "q", "number", &mut 0, 0), Some(0));
        assert_eq!(nth_of_kind(&json!({"q": 1}), "q", "number", &mut 0, 0), None);
    }
}
