//! Examples of one section that give one field values of different types (`"item_id":
//! "100100"` beside `"item_id": 101`): each occurrence once, at the line of the value that
//! differs, naming the line of the first one.

use super::key_lines::KeyLines;
use crate::blocks::Outline;
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::evidence::{ExampleRole, JsonExample, SectionEvidence};
use crate::model::Model;
use crate::vocabulary::TYPE_WORDS;
use serde_json::Value;
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

/// How deep examples are walked.
const MAX_DEPTH: usize = 8;

/// The path segment that stands for every key of a map keyed by ids (`ids.<id>`).
const ID_SEGMENT: &str = "<id>";

/// The JSON type of a value, numbers as one (an integer beside a decimal is no conflict).
fn kind(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        // `"integer, total time"`: a schema written as an example, not a string value.
        Value::String(s)
            if s.split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .is_some_and(|w| TYPE_WORDS.contains(&w.to_ascii_lowercase().as_str())) =>
        {
            return None
        }
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    })
}

/// One value of a field: its path (`lines.item_id`), type, and page and line (made a [`Pos`]
/// only when reported).
struct Seen<'a> {
    path: String,
    kind: &'static str,
    file: &'a str,
    line: usize,
}

pub(super) fn check(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let texts = outline.code_texts();
    // The examples compared with each other: those of one operation (requests apart from
    // responses), and each other example on its own (its array items compared).
    let mut groups: Vec<Vec<&JsonExample>> = Vec::new();
    let mut in_ops: BTreeSet<(&str, usize)> = BTreeSet::new();
    for op in &model.operations {
        for request in [true, false] {
            let g: Vec<&JsonExample> =
                op.examples.iter().filter(|e| (e.role == ExampleRole::Request) == request).collect();
            in_ops.extend(g.iter().map(|e| (e.pos.file.as_str(), e.pos.line)));
            groups.push(g);
        }
    }
    for e in evidence.iter().flat_map(|ev| ev.examples.iter()) {
        if !in_ops.contains(&(e.pos.file.as_str(), e.pos.line)) {
            groups.push(vec![e]);
        }
    }
    let mut reported: BTreeSet<(Pos, String)> = BTreeSet::new();
    for group in groups {
        let mut first: BTreeMap<String, Seen> = BTreeMap::new();
        for e in group {
            let text = texts.get(&(e.pos.file.as_str(), e.pos.line)).copied().unwrap_or("");
            let mut seen = Vec::new();
            walk(&e.value, "", &mut KeyLines::new(text), &e.pos, &mut BTreeMap::new(), 0, &mut seen);
            for s in seen {
                let (kind, file, line) = (s.kind, s.file, s.line);
                let f = match first.entry(s.path) {
                    Entry::Vacant(slot) => {
                        slot.insert(Seen { path: String::new(), kind, file, line });
                        continue;
                    }
                    Entry::Occupied(f) => f,
                };
                let (path, f) = (f.key(), f.get());
                // Once per example block and field.
                if f.kind != kind && reported.insert((e.pos.clone(), path.clone())) {
                    diags.emit(
                        Severity::Warning,
                        Code::SchemaTypeConflict,
                        &Pos::new(file, line),
                        format!(
                            "`{}` is {} {} here, but {} {} at {}",
                            path,
                            article(kind),
                            kind,
                            article(f.kind),
                            f.kind,
                            Pos::new(f.file, f.line)
                        ),
                        Some(format!("give `{path}` one type in every example; the schema leaves it untyped")),
                    );
                }
            }
        }
    }
}

fn article(kind: &str) -> &'static str {
    if kind.starts_with(['a', 'o']) {
        "an"
    } else {
        "a"
    }
}

/// Records every field value under `v`, in text order; `visits` counts each key's occurrences
/// so far, to find the line of the n-th `"key":` in the block's text.
fn walk<'a, 'p>(
    v: &'a Value,
    path: &str,
    text: &mut KeyLines<'_>,
    at: &'p Pos,
    visits: &mut BTreeMap<&'a str, usize>,
    depth: usize,
    out: &mut Vec<Seen<'p>>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(o) => {
            // A map keyed by ids or dates: its values are one field's, whatever their key.
            let id_map = !o.is_empty() && o.keys().all(|k| crate::schema::is_id_key(k));
            for (k, child) in o {
                let n = visits.entry(k.as_str()).or_insert(0);
                let child_kind = kind(child);
                let line = text.line_of_kind(k, *n, child_kind).map_or(at.line, |l| at.line + l);
                *n += 1;
                let segment = if id_map { ID_SEGMENT } else { k.as_str() };
                let p = if path.is_empty() { segment.to_owned() } else { format!("{path}.{segment}") };
                // The field's own value before those under it; its path moved in once they are walked.
                let own = child_kind.map(|kind| {
                    out.push(Seen { path: String::new(), kind, file: &at.file, line });
                    out.len() - 1
                });
                walk(child, &p, text, at, visits, depth + 1, out);
                if let Some(i) = own {
                    out[i].path = p;
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| walk(i, path, text, at, visits, depth + 1, out)),
        _ => {}
    }
}
