//! What should agree across the resources of one API: a description written for one resource
//! and copied under another, one field spelled in two naming styles (`created_at`,
//! `createdAt`), one collection's item parameter named differently from path to path.

use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::model::{Model, Operation};
use crate::naming::singularize;
use heck::ToSnakeCase;
use serde_json::Value;
use std::collections::BTreeMap;

/// The fewest words a copied paragraph has before the copy counts: short sentences ("Returns
/// the object.") are the same everywhere on purpose.
const MIN_COPIED_WORDS: usize = 6;

/// How deep field names are collected from examples.
const MAX_DEPTH: usize = 4;

pub(super) fn check(model: &Model, diags: &mut Diagnostics) {
    copied_descriptions(model, diags);
    naming_styles(model, diags);
    path_parameters(model, diags);
}

/// The first static segment of a path, singular: the resource an operation belongs to.
fn resource(op: &Operation) -> Option<String> {
    op.path.split('/').find(|s| !s.is_empty() && !s.contains('{')).map(|s| singularize(&s.to_snake_case()))
}

/// Words of a text, lowercase and singular.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(|w| singularize(&w.to_ascii_lowercase()))
        .collect()
}

fn copied_descriptions(model: &Model, diags: &mut Diagnostics) {
    let mut first: BTreeMap<String, &Operation> = BTreeMap::new();
    for op in &model.operations {
        let text = op.description.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.split(' ').count() < MIN_COPIED_WORDS {
            continue;
        }
        let Some(earlier) = first.get(&text).copied() else {
            first.insert(text, op);
            continue;
        };
        let (Some(mine), Some(theirs)) = (resource(op), resource(earlier)) else { continue };
        let said = words(&text);
        // Copied from another resource's section: it names that resource, not this one.
        if mine != theirs && said.contains(&theirs) && !said.contains(&mine) {
            diags.emit(
                Severity::Warning,
                Code::CopiedDescription,
                &op.source,
                format!(
                    "the description of {} {} is the one of {} {} at {}, word for word, and names `{theirs}`",
                    op.method, op.path, earlier.method, earlier.path, earlier.source
                ),
                Some(format!("describe what {} {} does", op.method, op.path)),
            );
        }
    }
}

/// A field name's naming style: `Some(true)` snake_case with an underscore, `Some(false)`
/// camelCase with an inner capital, `None` one word.
fn style(name: &str) -> Option<bool> {
    let has_upper_inside = name.chars().skip(1).any(|c| c.is_ascii_uppercase());
    match (name.contains('_'), has_upper_inside) {
        (true, false) => Some(true),
        (false, true) if name.chars().next().is_some_and(|c| c.is_ascii_lowercase()) => Some(false),
        _ => None,
    }
}

fn collect_keys(v: &Value, pos: &Pos, depth: usize, out: &mut Vec<(String, Pos)>) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(o) => {
            for (k, v) in o {
                out.push((k.clone(), pos.clone()));
                collect_keys(v, pos, depth + 1, out);
            }
        }
        Value::Array(a) => a.iter().take(3).for_each(|v| collect_keys(v, pos, depth + 1, out)),
        _ => {}
    }
}

fn naming_styles(model: &Model, diags: &mut Diagnostics) {
    let mut names: Vec<(String, Pos)> = Vec::new();
    for op in &model.operations {
        for e in &op.examples {
            collect_keys(&e.value, &e.pos, 0, &mut names);
        }
        for t in &op.tables {
            names.extend(t.rows.iter().map(|r| (r.name.trim_matches(['`', '*']).to_owned(), r.pos.clone())));
        }
    }
    // Per spelling-free name (`createdat`): the first snake and the first camel spelling.
    let mut by_key: BTreeMap<String, [Option<(String, Pos)>; 2]> = BTreeMap::new();
    let mut counts: BTreeMap<bool, usize> = BTreeMap::new();
    for (name, pos) in &names {
        let Some(snake) = style(name) else { continue };
        *counts.entry(snake).or_default() += 1;
        let key: String = name.chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
        let slot = &mut by_key.entry(key).or_default()[usize::from(snake)];
        if slot.is_none() {
            *slot = Some((name.clone(), pos.clone()));
        }
    }
    // The style most names use is the API's; the other spelling is reported.
    let snake_wins = counts.get(&true).copied().unwrap_or(0) >= counts.get(&false).copied().unwrap_or(0);
    for [camel, snake] in by_key.into_values() {
        let (Some(camel), Some(snake)) = (camel, snake) else { continue };
        let (odd, usual) = if snake_wins { (camel, snake) } else { (snake, camel) };
        diags.emit(
            Severity::Warning,
            Code::NamingInconsistent,
            &odd.1,
            format!("field `{}` is spelled `{}` at {}", odd.0, usual.0, usual.1),
            Some(format!(
                "use one spelling; most fields of these docs are {}",
                if snake_wins { "snake_case" } else { "camelCase" }
            )),
        );
    }
}

fn path_parameters(model: &Model, diags: &mut Diagnostics) {
    // Per collection path (`/companies`): the first name of the parameter after it, and where.
    let mut seen: BTreeMap<String, (String, &Operation)> = BTreeMap::new();
    let mut reported: std::collections::BTreeSet<(String, String)> = Default::default();
    for op in &model.operations {
        let segs: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
        let mut prefix = String::new();
        for w in segs.windows(2) {
            let (coll, param) = (w[0], w[1]);
            if coll.contains('{') {
                prefix.push('/');
                prefix.push_str("{}");
                continue;
            }
            prefix.push('/');
            prefix.push_str(coll);
            let Some(name) = param.strip_prefix('{').and_then(|p| p.strip_suffix('}')) else { continue };
            match seen.get(&prefix) {
                None => {
                    seen.insert(prefix.clone(), (name.to_owned(), op));
                }
                Some((first, earlier)) if first != name && !rails_pair(coll, first, name) => {
                    if reported.insert((prefix.clone(), name.to_owned())) {
                        diags.emit(
                            Severity::Warning,
                            Code::PathParamDrift,
                            &op.source,
                            format!(
                                "the item of `{prefix}` is `{{{name}}}` in {} {}, but `{{{first}}}` in {} {} at {}",
                                op.method, op.path, earlier.method, earlier.path, earlier.source
                            ),
                            Some("name the parameter the same in every path".into()),
                        );
                    }
                }
                Some(_) => {}
            }
        }
    }
}

/// `{id}` for the item and `{order_id}` (`{orderId}`) where it is the parent of another
/// resource: one convention, not a drift.
fn rails_pair(collection: &str, a: &str, b: &str) -> bool {
    let qualified = |n: &str| {
        let snake = n.to_snake_case();
        snake == format!("{}_id", singularize(&collection.to_snake_case()))
    };
    (a == "id" && qualified(b)) || (b == "id" && qualified(a))
}
