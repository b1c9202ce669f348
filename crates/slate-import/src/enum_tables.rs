//! Enum tables: a two-column table (`|Property|Value|`, `|Parameter|Value|`) under an
//! "Enumerated Values" / "Possible values" heading or lead, one allowed value per row. The
//! values belong to the parameter or property each row names, not to fields of their own.
//!
//! Reading happens in two steps: [`read`] turns such a table into rows that carry only enum
//! values (no type, no description), and [`fold`] gives those values to the rows of the
//! operation's other tables that they name, then drops the enum tables.

use crate::blocks::{Cell, Row};
use crate::diag::{Code, Diagnostics, Pos};
use crate::section_evidence::TableEvidence;
use crate::tables::TableRow;
use crate::vocabulary::{is_one_of, ENUM_NAME_COLUMNS, ENUM_VALUE_COLUMNS};

/// The rows of an enum table, each with its one value, or None when the table is not one: two
/// columns, a name and a value header, and a heading or lead that speaks of allowed values (or a
/// name listed with more than one value).
pub fn read(header: &[Cell], body: &[Row], context: &[&str], pos: &Pos) -> Option<TableEvidence> {
    let [name, value] = header else { return None };
    if !is_one_of(&name.text, ENUM_NAME_COLUMNS) || !is_one_of(&value.text, ENUM_VALUE_COLUMNS) {
        return None;
    }
    let cell = |r: &Row, i: usize| {
        r.cells.get(i).map(|c| c.text.trim().trim_matches('`').trim().to_owned()).filter(|t| !t.is_empty())
    };
    let name_cell = |r: &Row| cell(r, 0).filter(|n| !without_depth_marks(n).is_empty());
    let pairs: Vec<(String, String, usize)> =
        body.iter().filter_map(|r| Some((name_cell(r)?, cell(r, 1)?, r.line))).collect();
    let said = context.iter().any(|c| {
        let c = c.to_ascii_lowercase();
        crate::vocabulary::ENUM_LEADS.iter().any(|w| c.contains(w))
    });
    let repeated = pairs.iter().enumerate().any(|(i, (n, _, _))| pairs[..i].iter().any(|(m, _, _)| m == n));
    if pairs.is_empty() || !(said || repeated) {
        return None;
    }
    let rows = pairs
        .into_iter()
        .map(|(name, value, line)| TableRow {
            name,
            bold: false,
            location: None,
            type_text: None,
            required: None,
            default: None,
            description: None,
            enum_values: vec![value],
            pos: Pos::new(&pos.file, line),
        })
        .collect();
    Some(TableEvidence {
        heading_location: None,
        heading: context.first().copied().unwrap_or("").to_owned(),
        rows,
        pos: pos.clone(),
    })
}

/// A name cell without the depth marks of a nested field (`» triggers`, `»» kind`, `└─ kind`):
/// an enum table names the field as its field table did, marks included; the field's row is
/// found by its name, the marks telling how deep it is.
fn without_depth_marks(name: &str) -> &str {
    name.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '›' | '└' | '├' | '│' | '─' | '↳'))
}

/// The depth marks (`»`, `›`) before a name.
fn depth_marks(name: &str) -> usize {
    name.chars().take_while(|c| c.is_whitespace() || matches!(c, '»' | '›')).filter(|c| matches!(c, '»' | '›')).count()
}

/// Whether a table is an enum table made by [`read`].
fn is_enum_table(t: &TableEvidence) -> bool {
    !t.rows.is_empty()
        && t.rows.iter().all(|r| !r.enum_values.is_empty() && r.type_text.is_none() && r.description.is_none())
}

/// Gives the values of each enum table to the rows they name and drops the enum tables. A name
/// matches a row of an earlier table by its last segment (`reason` names `restrictions.reason`);
/// of several such rows, the names take them in order (the first `type` listed is the first
/// `type` field above), preferring rows since the previous enum table. A name no row has is
/// reported.
pub fn fold(tables: Vec<TableEvidence>, diags: &mut Diagnostics) -> Vec<TableEvidence> {
    let mut unmatched: Vec<(String, Vec<String>, Pos)> = Vec::new();
    let mut out = fold_tables(tables, &mut unmatched);
    for (name, _, pos) in unmatched {
        diags.info(
            Code::EnumTableUnmatched,
            &pos,
            format!(
                "the enum table lists values of `{name}`, which no parameter or field of the operation names; left out"
            ),
        );
    }
    for t in &mut out {
        titled_items(&mut t.rows);
    }
    out
}

/// A list row's child named by a title, not a field name (`triggers` then `triggers.Webhook
/// Trigger`, as renderers write the items of a list that has a title) describes the list's
/// items: its allowed values go to the list row, and it is no field of its own.
fn titled_items(rows: &mut Vec<TableRow>) {
    let mut i = 0;
    while i < rows.len() {
        let titled =
            rows[i].name.rsplit_once('.').filter(|(_, leaf)| leaf.trim().contains(' ')).map(|(p, _)| p.to_owned());
        let parent = titled.and_then(|p| {
            rows.iter()
                .position(|r| r.name == p && r.type_text.as_deref().is_some_and(|t| t.trim_start().starts_with('[')))
        });
        match parent {
            Some(pi) => {
                let row = rows.remove(i);
                let pi = if pi > i { pi - 1 } else { pi };
                for v in row.enum_values {
                    if !rows[pi].enum_values.contains(&v) {
                        rows[pi].enum_values.push(v);
                    }
                }
            }
            None => i += 1,
        }
    }
}

/// The folding of [`fold`]; the names no row has go to `unmatched` (name, values, where).
fn fold_tables(tables: Vec<TableEvidence>, unmatched: &mut Vec<(String, Vec<String>, Pos)>) -> Vec<TableEvidence> {
    let mut out: Vec<TableEvidence> = Vec::new();
    // Index in `out` where the tables since the last enum table start.
    let mut since = 0;
    for table in tables {
        if !is_enum_table(&table) {
            out.push(table);
            continue;
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < table.rows.len() {
            // A run of one name as written (`»» type` and `» type` are two fields).
            let raw = &table.rows[i].name;
            let end = i + table.rows[i..].iter().take_while(|r| r.name == *raw).count();
            let name = without_depth_marks(raw);
            let marks = depth_marks(raw);
            let values: Vec<String> = table.rows[i..end].iter().flat_map(|r| r.enum_values.clone()).collect();
            let leaf = |r: &TableRow| r.name.rsplit('.').next() == Some(name) || r.name == name;
            // A marked name (`»» type`) prefers a row that deep: one dot fewer or as many dots
            // as marks (the top rows of a body or response table are marked, a model's not).
            let deep = |r: &TableRow| {
                let dots = r.name.matches('.').count();
                marks == 0 || dots == marks || dots + 1 == marks
            };
            let find = |from: usize, taken: &[(usize, usize)], fits: &dyn Fn(&TableRow) -> bool| {
                out.iter().enumerate().skip(from).find_map(|(ti, t)| {
                    let free = |(ri, r): &(usize, &TableRow)| leaf(r) && fits(r) && !taken.contains(&(ti, *ri));
                    t.rows.iter().enumerate().find(free).map(|(ri, _)| (ti, ri))
                })
            };
            let any = |_: &TableRow| true;
            let target = find(since, &taken, &deep)
                .or_else(|| find(since, &taken, &any))
                .or_else(|| find(0, &taken, &deep))
                .or_else(|| find(0, &taken, &any));
            match target {
                Some((ti, ri)) => {
                    let row = &mut out[ti].rows[ri];
                    for v in values {
                        if !row.enum_values.contains(&v) {
                            row.enum_values.push(v);
                        }
                    }
                    taken.push((ti, ri));
                }
                None => unmatched.push((name.to_owned(), values, table.rows[i].pos.clone())),
            }
            i = end;
        }
        since = out.len();
    }
    out
}

/// Adds `row` to the rows of a model built from its parts (the tables of an "all of" / "one
/// of"): a field that an earlier part already has keeps its first row, which gains the allowed
/// values the later part lists (`country` limited to one value in one variant and to many in the
/// other may hold any of them).
pub fn unite_row(rows: &mut Vec<TableRow>, row: TableRow) {
    match rows.iter_mut().find(|o| o.name == row.name) {
        Some(have) => {
            for v in row.enum_values {
                if !have.enum_values.contains(&v) {
                    have.enum_values.push(v);
                }
            }
        }
        None => rows.push(row),
    }
}

/// Gives a parameter's schema the values an enum table lists for it: a string takes them, a
/// list of strings (`array[string]`, a comma-separated list) gives them to its items.
pub fn give_values(schema: &mut openapiv3::Schema, values: &[String]) {
    use openapiv3::{ReferenceOr, SchemaKind, Type};
    if values.is_empty() {
        return;
    }
    let strings = match &mut schema.schema_kind {
        SchemaKind::Type(Type::String(t)) => t,
        SchemaKind::Type(Type::Array(a)) => match a.items.as_mut() {
            Some(ReferenceOr::Item(items)) => match &mut items.schema_kind {
                SchemaKind::Type(Type::String(t)) => t,
                _ => return,
            },
            _ => return,
        },
        _ => return,
    };
    for v in values {
        if !strings.enumeration.iter().any(|e| e.as_deref() == Some(v.as_str())) {
            strings.enumeration.push(Some(v.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &[&str]) -> Vec<Cell> {
        t.iter().map(|t| Cell { text: (*t).into(), bold: false }).collect()
    }

    fn rows(pairs: &[(&str, &str)]) -> Vec<Row> {
        pairs.iter().enumerate().map(|(i, (a, b))| Row { cells: cells(&[a, b]), line: 20 + i }).collect()
    }

    fn field_table(names: &[&str]) -> TableEvidence {
        let rows = names
            .iter()
            .map(|n| TableRow {
                name: (*n).into(),
                bold: false,
                location: None,
                type_text: Some("string".into()),
                required: None,
                default: None,
                description: Some("d".into()),
                enum_values: vec![],
                pos: Pos::new("f.md", 1),
            })
            .collect();
        TableEvidence { heading_location: None, heading: "Op".into(), rows, pos: Pos::new("f.md", 1) }
    }

    #[test]
    fn only_value_tables_with_a_lead_or_repeated_names_are_enum_tables() {
        let pos = Pos::new("f.md", 19);
        let header = cells(&["Property", "Value"]);
        let body = rows(&[("status", "active"), ("status", "closed")]);
        let t = read(&header, &body, &["Response"], &pos).expect("repeated names");
        assert_eq!(t.rows[1].enum_values, ["closed"]);
        assert_eq!(t.rows[1].pos.line, 21);
        let once = rows(&[("sort", "asc")]);
        assert!(read(&header, &once, &["Enumerated Values"], &pos).is_some());
        assert!(read(&header, &once, &["Example"], &pos).is_none(), "one value with no lead: an example");
        assert!(read(&cells(&["Field", "Value"]), &rows(&[("MsgType", "A")]), &["The values below"], &pos).is_none());
        assert!(read(&cells(&["Name", "Type"]), &body, &["Enumerated Values"], &pos).is_none());
    }

    #[test]
    fn a_nested_fields_depth_marks_are_not_part_of_its_name() {
        let pos = Pos::new("f.md", 19);
        let body = rows(&[("» triggers", "FILE.UPLOADED"), ("»» kind", "a"), ("\u{a0}\u{a0}└─ mode", "b")]);
        let t = read(&cells(&["Property", "Value"]), &body, &["Enumerated Values"], &pos).expect("enum table");
        let mut diags = Diagnostics::new();
        let folded = fold(vec![field_table(&["triggers", "owner.kind", "mode"]), t], &mut diags);
        assert_eq!(folded[0].rows[0].enum_values, ["FILE.UPLOADED"]);
        assert_eq!(folded[0].rows[1].enum_values, ["a"]);
        assert_eq!(folded[0].rows[2].enum_values, ["b"]);
        assert!(diags.into_sorted().is_empty());
    }

    #[test]
    fn names_marked_apart_are_two_fields_found_by_their_depth() {
        let pos = Pos::new("f.md", 19);
        // `» type` (the body's), `»»» type` (deeper), then `»» type` (the item's): three runs.
        let body = rows(&[("» type", "agent"), ("»»» type", "user"), ("»» type", "ask"), ("»» type", "extract")]);
        let t = read(&cells(&["Parameter", "Value"]), &body, &["Enumerated Values"], &pos).expect("enum table");
        let fields = field_table(&["type", "config.type", "config.entities.type"]);
        let folded = fold(vec![fields, t], &mut Diagnostics::new());
        let values: Vec<Vec<String>> = folded[0].rows.iter().map(|r| r.enum_values.clone()).collect();
        assert_eq!(values, [vec!["agent"], vec!["ask", "extract"], vec!["user"]]);
    }

    #[test]
    fn values_go_to_the_rows_they_name_in_order() {
        let pos = Pos::new("f.md", 19);
        let header = cells(&["Property", "Value"]);
        let fields = field_table(&["kind", "address", "address.kind", "restrictions.reason"]);
        let body =
            rows(&[("kind", "album"), ("kind", "single"), ("reason", "market"), ("kind", "home"), ("nope", "x")]);
        let enums = read(&header, &body, &["Enumerated Values"], &pos).expect("enum table");
        let params = field_table(&["order"]);
        let order = read(
            &cells(&["Parameter", "Value"]),
            &rows(&[("order", "asc"), ("order", "desc")]),
            &["Enumerated Values"],
            &pos,
        )
        .expect("enum table");
        let mut diags = Diagnostics::new();
        let folded = fold(vec![params, order, fields, enums], &mut diags);
        assert_eq!(folded.len(), 2, "the enum tables are dropped");
        assert_eq!(folded[0].rows[0].enum_values, ["asc", "desc"]);
        let values = |n: &str| folded[1].rows.iter().find(|r| r.name == n).map(|r| r.enum_values.clone()).unwrap();
        assert_eq!(values("kind"), ["album", "single"]);
        assert_eq!(values("address.kind"), ["home"]);
        assert_eq!(values("restrictions.reason"), ["market"]);
        assert!(values("address").is_empty());
        let diags = diags.into_sorted();
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "enum-table-unmatched");
    }
}
