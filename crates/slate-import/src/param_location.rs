//! Where a parameter-table row goes for one operation, from the row's own location cell, else
//! its table's heading, read against the operation: a row named in the path is a path
//! parameter; "URL parameters" not in the path are the query whatever the method (a POST's
//! URL parameters are not body fields); parameters with no location word are the query of a
//! read and the body of a write (POST, PUT, PATCH, or any request the docs show with a body).
//! Whatever the heading says, a name the request sample sends in its form body is a body field.
//!
//! Decided once, in the decide stage ([`place`]): every row's place is kept in
//! [`Operation::placed`]; the writer and the lint read it back with [`rows`].

use crate::diag::{Code, Diagnostics};
use crate::model::{Model, Operation, PlacedRow};
use crate::tables::{Location, TableRow};

/// Decides the place of every table row of every operation (kept in [`Operation::placed`]).
pub fn place(model: &mut Model) {
    for op in &mut model.operations {
        let mut placed = Vec::new();
        for (table, t) in op.tables.iter().enumerate() {
            for (row, r) in t.rows.iter().enumerate() {
                if let Some(location) = of_row(op, r.location, t.heading_location, &r.name) {
                    placed.push(PlacedRow { table, row, location });
                }
            }
        }
        op.placed = placed;
    }
}

/// The rows placed in one of `locations`, in table order, the first of each name only.
pub fn rows(op: &Operation, locations: &[Location]) -> Vec<TableRow> {
    let mut out: Vec<TableRow> = Vec::new();
    let mut names: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for p in op.placed.iter().filter(|p| locations.contains(&p.location)) {
        let r = &op.tables[p.table].rows[p.row];
        if names.insert(&r.name) {
            out.push(r.clone());
        }
    }
    out
}

/// The location of a row named `name` whose own cell states `row` and whose table's heading
/// states `heading`. A heading that places its rows in the request as a whole ("Request
/// parameters" of a write) does not make the path's own placeholder (`{id}`) a body field:
/// only the row's own cell can.
fn of_row(op: &Operation, row: Option<Location>, heading: Option<Location>, name: &str) -> Option<Location> {
    let stated = row.or(heading);
    let in_path =
        op.path_params.iter().any(|p| *p == name.trim_start_matches('_') || *p == crate::paths::clean_name(name));
    let writes = matches!(op.method.as_str(), "POST" | "PUT" | "PATCH") || op.body.is_some() && op.method != "GET";
    match stated {
        Some(Location::Url | Location::Unstated) if in_path => Some(Location::Path),
        Some(Location::Body) if in_path && row.is_none() => Some(Location::Path),
        // A "URL parameter" the request sample sends in its body (`-d name[]=x`) is a field.
        Some(Location::Url) if sent_in_body(op, name) => Some(Location::Body),
        Some(Location::Url) => Some(Location::Query),
        Some(Location::Unstated) if writes => Some(Location::Body),
        Some(Location::Unstated) => Some(Location::Query),
        Some(Location::Path) if !op.path_params.iter().any(|p| *p == name.trim_start_matches('_') || *p == name) => {
            Some(Location::Query)
        }
        Some(Location::Body) if op.method == "GET" => Some(Location::Query),
        None if op.method == "GET" => Some(Location::Response),
        other => other,
    }
}

/// Whether the operation's request sample sends `name` as a form field (`name=x`, `name[]=x`,
/// `name[][code]=x`).
fn sent_in_body(op: &Operation, name: &str) -> bool {
    op.form_fields.iter().any(|(field, _)| field == name || field.split('[').next() == Some(name))
}

/// Warns about each parameter table of an operation none of whose rows has a place in it (no
/// location word in the rows or the heading, and a method for which that means nothing), so
/// that no table the docs give an operation is dropped silently.
pub fn warn_unplaced(model: &Model, diags: &mut Diagnostics) {
    for op in &model.operations {
        for (i, t) in op.tables.iter().enumerate() {
            let placed = op.placed.iter().any(|p| p.table == i);
            if !placed && !t.rows.is_empty() {
                diags.warn(
                    Code::UnusedParameterTable,
                    &t.pos,
                    format!(
                        "parameter table under \"{}\" ({} row(s): {}) of `{} {}` says neither where its rows go nor what they are; not used",
                        t.heading,
                        t.rows.len(),
                        t.rows.iter().take(4).map(|r| r.name.as_str()).collect::<Vec<_>>().join(", "),
                        op.method,
                        op.path
                    ),
                );
            }
        }
    }
}
