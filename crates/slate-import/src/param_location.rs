//! Where a parameter-table row goes for one operation, from the row's own location cell, else
//! its table's heading, read against the operation: a row named in the path is a path
//! parameter; "URL parameters" not in the path are the query whatever the method (a POST's
//! URL parameters are not body fields); parameters with no location word are the query of a
//! read and the body of a write (POST, PUT, PATCH, or any request the docs show with a body).
//! Whatever the heading says, a name the request sample sends in its form body is a body field.

use crate::diag::{Code, Diagnostics};
use crate::model::{Model, Operation};
use crate::tables::Location;

/// The location of a row named `name` whose own cell states `row` and whose table's heading
/// states `heading`. A heading that places its rows in the request as a whole ("Request
/// parameters" of a write) does not make the path's own placeholder (`{id}`) a body field:
/// only the row's own cell can.
pub fn of_row(op: &Operation, row: Option<Location>, heading: Option<Location>, name: &str) -> Option<Location> {
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
        for t in &op.tables {
            let placed = t.rows.iter().any(|r| of_row(op, r.location, t.heading_location, &r.name).is_some());
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
