//! A request's field table against the bodies its examples and samples (curl, and the other
//! languages' of `sample_bodies`) send: a field sent that
//! the table does not list, a required field an example leaves out, a documented field no
//! example shows.

use super::body_keys;
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::evidence::ExampleRole;
use crate::lenient_json::parse_lenient;
use crate::model::{Model, Operation};
use crate::spec::table_rows;
use crate::tables::{Location, TableRow};

/// The fewest top-level rows a table needs before its silence about a field counts: a table of
/// one row documents a parameter, not a body.
const MIN_ROWS: usize = 2;

pub(super) fn check(model: &Model, samples: &[super::sample_bodies::SampleBody], diags: &mut Diagnostics) {
    // Fields a resource's other requests document ("other fields: see Create a customer").
    let mut resource_fields: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for op in &model.operations {
        resource_fields
            .entry(resource(&op.path))
            .or_default()
            .extend(table_rows(op, &[Location::Body, Location::Form]).into_iter().map(|r| r.name));
    }
    for (op_index, op) in model.operations.iter().enumerate() {
        if matches!(op.method.as_str(), "GET" | "HEAD" | "DELETE" | "OPTIONS") {
            continue;
        }
        let all_rows = table_rows(op, &[Location::Body, Location::Form]);
        // A nested row (`gauge_needle[color]`, `address.city`) documents its parent key too.
        let parents: Vec<String> = all_rows.iter().filter_map(|r| parent_key(&r.name)).collect();
        let rows: Vec<TableRow> = all_rows
            .into_iter()
            .filter(|r| is_top_level(&r.name) && !op.path_params.iter().any(|p| same_name(&r.name, p)))
            .collect();
        if rows.len() < MIN_ROWS {
            continue;
        }
        let documented =
            |k: &str| rows.iter().any(|r| same_name(&r.name, k)) || parents.iter().any(|p| same_name(p, k));
        let mut elsewhere: Vec<String> = resource_fields.get(resource(&op.path)).cloned().unwrap_or_default();
        elsewhere.extend(parents.iter().cloned());
        let elsewhere = elsewhere.as_slice();
        let table_at = rows[0].pos.clone();
        let mut seen_anywhere: Vec<String> = Vec::new();
        for e in op.examples.iter().filter(|e| e.role == ExampleRole::Request) {
            let keys = body_keys(&e.value, &documented);
            if keys.is_empty() {
                continue;
            }
            seen_anywhere.extend(keys.iter().map(|k| (*k).to_owned()));
            let at = (&e.pos, &table_at);
            compare(op, &rows, elsewhere, &keys, at, "the request example", Code::ExampleFieldUnlisted, diags);
        }
        for (call, pos) in &op.curls {
            let mut keys: Vec<String> = Vec::new();
            for (_, d) in &call.data {
                let t = d.trim();
                if t.starts_with('{') {
                    if let Some(v) = parse_lenient(t).map(|p| p.value) {
                        keys.extend(body_keys(&v, &documented).into_iter().map(str::to_owned));
                    }
                }
            }
            if keys.is_empty() {
                continue;
            }
            seen_anywhere.extend(keys.iter().cloned());
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            compare(
                op,
                &rows,
                elsewhere,
                &keys,
                (pos, &table_at),
                "the curl sample's body",
                Code::CurlBodyMismatch,
                diags,
            );
        }
        for s in samples.iter().filter(|s| s.op == op_index) {
            let keys = body_keys(&s.value, &documented);
            if keys.is_empty() {
                continue;
            }
            seen_anywhere.extend(keys.iter().map(|k| (*k).to_owned()));
            let what = format!("the {} sample's body", s.lang);
            compare(op, &rows, elsewhere, &keys, (&s.pos, &table_at), &what, Code::SampleBodyMismatch, diags);
        }
        if seen_anywhere.is_empty() {
            continue;
        }
        for r in &rows {
            if r.required != Some(true) && !seen_anywhere.iter().any(|k| same_name(&r.name, k)) {
                diags.emit(
                    Severity::Info,
                    Code::TableFieldUnexampled,
                    &r.pos,
                    format!(
                        "`{}` of {} {} is in the field table but in no request example or sample",
                        r.name, op.method, op.path
                    ),
                    Some("show it in an example, or say why it is never sent".into()),
                );
            }
        }
    }
}

/// The first static segment of a path: the resource its requests share.
fn resource(path: &str) -> &str {
    path.split('/').find(|s| !s.is_empty() && !s.contains('{')).unwrap_or("")
}

/// Reports the keys of one body that neither the table nor another request of the resource
/// (`elsewhere`) documents, and the required rows it leaves out. `at`: the body, the table.
#[allow(clippy::too_many_arguments)]
fn compare(
    op: &Operation,
    rows: &[TableRow],
    elsewhere: &[String],
    keys: &[&str],
    (body_at, table_at): (&Pos, &Pos),
    what: &str,
    unlisted: Code,
    diags: &mut Diagnostics,
) {
    for k in keys {
        if !rows.iter().any(|r| same_name(&r.name, k)) && !elsewhere.iter().any(|r| same_name(r, k)) {
            diags.emit(
                Severity::Warning,
                unlisted,
                body_at,
                format!(
                    "{what} of {} {} sends `{k}`, which the field table at {table_at} does not list",
                    op.method, op.path
                ),
                Some(format!("add a row for `{k}` to the table, or take it out of the body")),
            );
        }
    }
    // A JSON example that leaves out a required field is `example-mismatch`'s (example_check).
    if unlisted == Code::ExampleFieldUnlisted {
        return;
    }
    for r in rows.iter().filter(|r| r.required == Some(true)) {
        if !keys.iter().any(|k| same_name(&r.name, k)) {
            diags.emit(
                Severity::Warning,
                Code::RequiredFieldMissing,
                body_at,
                format!(
                    "{what} of {} {} leaves out `{}`, which the table at {} says is required",
                    op.method, op.path, r.name, r.pos
                ),
                Some(format!("send `{}` in the example, or mark the row optional", r.name)),
            );
        }
    }
}

/// A row of the body itself, not of a nested object (`address.city`, `items[].id`, `» name`).
fn is_top_level(name: &str) -> bool {
    !name.is_empty() && !name.contains(['.', '[', ']', ' ', '»', '└', '/'])
}

/// The top-level key a nested row's name belongs to: `gauge_needle` of `gauge_needle[color]`
/// (the bracket notation of form-encoded bodies), `address` of `address.city`.
fn parent_key(name: &str) -> Option<String> {
    let name = name.trim_matches('`');
    let end = name.find(['[', '.'])?;
    let parent = &name[..end];
    is_top_level(parent).then(|| parent.to_owned())
}

/// Names match whatever backticks or case the table writes.
fn same_name(row: &str, key: &str) -> bool {
    row.trim_matches('`').eq_ignore_ascii_case(key)
}
