//! Evidence: an operation's own table of response statuses (`|Status|Meaning|Description|Schema|`,
//! `|Code|Description|`) and of response headers (`|Status|Header|Type|Format|Description|`).
//! A status table under an operation lists exactly the statuses that operation answers with,
//! each with what it means and, where a column says so, the schema of its body (a
//! `[Plan](#schemaplan)` link keeps its text, the schema's name). A table is read as one only
//! when a column is headed as a status ([`STATUS_COLUMNS`]) and every row gives a status code.

use crate::blocks::{Cell, Row};
use crate::diag::Pos;
use crate::vocabulary::{
    is_one_of, NO_SCHEMA_WORDS, STATUS_COLUMNS, STATUS_DESCRIPTION_COLUMNS, STATUS_HEADER_COLUMNS,
    STATUS_MEANING_COLUMNS, STATUS_SCHEMA_COLUMNS,
};

/// One status an operation answers with.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusRow {
    /// The status code; `None` for `default` (any status not listed).
    pub code: Option<u16>,
    /// What it means for this operation ("Returns the plan"), else its reason phrase.
    pub description: String,
    /// The schema its body has, by name, where the table names one.
    pub schema: Option<String>,
    /// Where the row is.
    pub pos: Pos,
}

/// One response header of one status.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderRow {
    /// The status whose response carries it.
    pub code: u16,
    /// The header name.
    pub name: String,
    /// Its type, as written (`string`, `integer`).
    pub type_text: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Where the row is.
    pub pos: Pos,
}

/// What a status table holds.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusTable {
    /// The statuses of an operation.
    Statuses(Vec<StatusRow>),
    /// The response headers of an operation, by status.
    Headers(Vec<HeaderRow>),
}

/// Reads a table of statuses or of response headers; `None` for any other table.
pub fn read(header: &[Cell], rows: &[Row], file: &str) -> Option<StatusTable> {
    let column = |words: &[&str]| header.iter().position(|c| is_one_of(&plain(&c.text), words));
    let status = column(STATUS_COLUMNS)?;
    let rows = continued(rows, header.len(), status);
    if rows.is_empty() || rows.iter().all(|r| is_default(r.cells.get(status))) {
        return None;
    }
    // Each row's status: a code, or `None` for `default`.
    let codes: Vec<Option<u16>> = rows
        .iter()
        .map(|r| match r.cells.get(status) {
            c if is_default(c) => Some(None),
            c => code(c.map_or("", |c| c.text.as_str())).map(Some),
        })
        .collect::<Option<_>>()?;
    let cell = |r: &Row, i: Option<usize>| -> Option<String> {
        let t = plain(&r.cells.get(i?)?.text);
        (!t.is_empty() && !is_one_of(&t, NO_SCHEMA_WORDS)).then_some(t)
    };
    let description = column(STATUS_DESCRIPTION_COLUMNS);
    let meaning = column(STATUS_MEANING_COLUMNS);
    if let Some(name) = column(STATUS_HEADER_COLUMNS) {
        let ty = header.iter().position(|c| is_one_of(&plain(&c.text), &["type"]));
        let headers = rows
            .iter()
            .zip(codes)
            .filter_map(|(r, code)| {
                Some(HeaderRow {
                    code: code?,
                    name: cell(r, Some(name))?,
                    type_text: cell(r, ty),
                    description: cell(r, description),
                    pos: Pos::new(file, r.line),
                })
            })
            .collect();
        return Some(StatusTable::Headers(headers));
    }
    let schema = column(STATUS_SCHEMA_COLUMNS);
    let statuses = rows
        .iter()
        .zip(codes)
        .map(|(r, code)| StatusRow {
            code,
            description: cell(r, description).or_else(|| cell(r, meaning)).unwrap_or_default(),
            schema: cell(r, schema),
            pos: Pos::new(file, r.line),
        })
        .collect();
    Some(StatusTable::Statuses(statuses))
}

/// The rows with each row that a line break in a cell cut in two joined again: a row whose
/// status cell holds no code, after a row short of cells, goes on with that row's last cell.
fn continued(rows: &[Row], columns: usize, status: usize) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    for r in rows {
        let first = r.cells.get(status).map_or("", |c| c.text.as_str());
        let is_code = code(first).is_some() || is_default(r.cells.get(status));
        // The cells a row fills (a short row is padded with empty ones).
        let filled = |row: &Row| row.cells.iter().rposition(|c| !c.text.trim().is_empty()).map_or(0, |i| i + 1);
        match out.last_mut() {
            Some(prev) if !is_code && filled(prev) < columns && filled(prev) > 0 => {
                let n = filled(prev);
                prev.cells.truncate(n);
                let mut cells = r.cells.iter().take(filled(r));
                if let (Some(last), Some(more)) = (prev.cells.last_mut(), cells.next()) {
                    last.text = format!("{} {}", last.text.trim(), more.text.trim()).trim().to_owned();
                }
                prev.cells.extend(cells.cloned());
            }
            _ => out.push(r.clone()),
        }
    }
    out
}

/// A `default` status row: the response for any status not listed.
fn is_default(cell: Option<&Cell>) -> bool {
    cell.is_some_and(|c| plain(&c.text).eq_ignore_ascii_case("default"))
}

/// A cell's text without markup: code ticks, bold and italic marks, surrounding space.
fn plain(text: &str) -> String {
    text.trim().trim_matches(['`', '*', '_']).trim().to_owned()
}

/// The status code a cell gives (`200`, `**404**`, `` `201 Created` ``).
fn code(text: &str) -> Option<u16> {
    let t = plain(text);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = &t[digits.len()..];
    let code = digits.parse::<u16>().ok().filter(|c| digits.len() == 3 && (100..600).contains(c))?;
    (rest.is_empty() || rest.starts_with(|c: char| !c.is_ascii_alphanumeric())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &[&[&str]]) -> (Vec<Cell>, Vec<Row>) {
        let cells = |r: &[&str]| r.iter().map(|t| Cell { text: (*t).to_owned(), bold: false }).collect::<Vec<_>>();
        let rows = text[1..].iter().enumerate().map(|(i, r)| Row { cells: cells(r), line: i + 3 }).collect();
        (cells(text[0]), rows)
    }

    #[test]
    fn a_status_table_gives_each_status_its_meaning_and_schema() {
        let (h, r) = table(&[
            &["Status", "Meaning", "Description", "Schema"],
            &["200", "OK", "Returns the plans", "Plan"],
            &["204", "No Content", "", "None"],
            &["`404`", "Not Found", "none", ""],
        ]);
        let Some(StatusTable::Statuses(rows)) = read(&h, &r, "p.md") else { panic!("a status table") };
        let got: Vec<_> = rows.iter().map(|s| (s.code, s.description.as_str(), s.schema.as_deref())).collect();
        assert_eq!(
            got,
            [
                (Some(200), "Returns the plans", Some("Plan")),
                (Some(204), "No Content", None),
                (Some(404), "Not Found", None)
            ]
        );
        assert_eq!(rows[2].pos.line, 5);
    }

    #[test]
    fn a_header_table_gives_headers_by_status() {
        let (h, r) = table(&[
            &["Status", "Header", "Type", "Format", "Description"],
            &["201", "Location", "string", "", "The new URL"],
        ]);
        let Some(StatusTable::Headers(rows)) = read(&h, &r, "p.md") else { panic!("a header table") };
        assert_eq!(
            (rows[0].code, rows[0].name.as_str(), rows[0].type_text.as_deref()),
            (201, "Location", Some("string"))
        );
        assert_eq!(rows[0].description.as_deref(), Some("The new URL"));
    }

    #[test]
    fn a_row_cut_by_a_line_break_is_joined_again() {
        let cells = |r: &[&str]| r.iter().map(|t| Cell { text: (*t).to_owned(), bold: false }).collect::<Vec<_>>();
        let h = cells(&["Status", "Meaning", "Description", "Schema"]);
        let r = vec![
            Row { cells: cells(&["401", "Unauthorized", "Bad or expired token or", ""]), line: 3 },
            Row { cells: cells(&["the token has expired.", "Inline", "", ""]), line: 4 },
            Row { cells: cells(&["default", "", "Anything else", ""]), line: 5 },
        ];
        let Some(StatusTable::Statuses(rows)) = read(&h, &r, "p.md") else { panic!("a status table") };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].code, None, "default");
        assert_eq!(rows[0].description, "Bad or expired token or the token has expired.");
        assert_eq!(rows[0].schema.as_deref(), Some("Inline"));
    }

    #[test]
    fn other_tables_are_not_status_tables() {
        let (h, r) = table(&[&["Name", "Type"], &["200", "string"]]);
        assert_eq!(read(&h, &r, "p.md"), None, "no status column");
        let (h, r) = table(&[&["Status", "Description"], &["active", "In use"]]);
        assert_eq!(read(&h, &r, "p.md"), None, "a status field's values, not HTTP statuses");
        let (h, r) = table(&[&["Code", "Description"], &["2000", "x"]]);
        assert_eq!(read(&h, &r, "p.md"), None);
    }
}
