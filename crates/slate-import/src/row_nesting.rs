//! Nested-field rows: a field table may write the children of an object or array field in the
//! rows after it, marked by depth: `» name`, `»» name` (one mark per level), tree branches
//! (`└─ name`, `│ └─ name`) or non-breaking-space indents. Such a row belongs under the nearest
//! row above it of a smaller depth (`address.city`), as a dotted name would say. The children of
//! a `body` row whose location is the body are the body's own fields. Rows continue across the
//! tables of one section: a table that starts deeper than one level goes on under the rows of
//! the table before it (the parts of an "all of" written as separate tables).

use crate::blocks::{Cell, Row};
use crate::tables::{rows, Columns, Location, TableRow};
use crate::vocabulary::{is_one_of, NESTED_ROW_DROPPED, NESTED_ROW_TRANSPARENT};

/// The nesting state of one section: the rows that children may still attach to.
#[derive(Debug, Default)]
pub struct RowNesting {
    /// (depth, dotted path; `None` for a subtree that is left out), shallowest first.
    stack: Vec<(usize, Option<String>)>,
}

impl RowNesting {
    /// Reads the rows of a table (as [`rows`] does), renaming nested-field rows to their dotted
    /// paths. A table without depth marks is read as it is and ends any nesting.
    pub fn rows(&mut self, cols: &Columns, body: &[Row], file: &str) -> Vec<TableRow> {
        let Some(name_idx) = cols.name else { return rows(cols, body, file) };
        let marked: Vec<(usize, Row)> = body
            .iter()
            .map(|r| {
                let (depth, name) = r.cells.get(name_idx).map(|c| depth_of(&c.text)).unwrap_or((0, ""));
                let mut stripped = r.clone();
                if let Some(cell) = stripped.cells.get_mut(name_idx) {
                    *cell = Cell { text: name.to_owned(), bold: cell.bold };
                }
                (depth, stripped)
            })
            .collect();
        if marked.iter().all(|(depth, _)| *depth == 0) {
            self.stack.clear();
            return rows(cols, body, file);
        }
        if marked.first().is_some_and(|(depth, _)| *depth <= 1) {
            self.stack.clear();
        }
        let mut out = Vec::new();
        for (i, (depth, row)) in marked.iter().enumerate() {
            let depth = *depth;
            while self.stack.last().is_some_and(|(d, _)| *d >= depth) {
                self.stack.pop();
            }
            let parent = match self.stack.last() {
                Some((_, None)) => {
                    self.stack.push((depth, None));
                    continue;
                }
                Some((_, Some(path))) => path.clone(),
                None => String::new(),
            };
            let Some(mut read) = rows(cols, std::slice::from_ref(row), file).pop() else {
                // A row that names no field: its children stay with its parent.
                self.stack.push((depth, Some(parent)));
                continue;
            };
            let has_children = marked.get(i + 1).is_some_and(|(next, _)| *next > depth);
            if is_one_of(&read.name, NESTED_ROW_DROPPED) && depth > 0 {
                self.stack.push((depth, None));
                continue;
            }
            if is_one_of(&read.name, NESTED_ROW_TRANSPARENT) && depth > 0 {
                self.stack.push((depth, Some(parent)));
                continue;
            }
            if parent.is_empty() && has_children && is_the_body(&read) {
                self.stack.push((depth, Some(String::new())));
                continue;
            }
            // The items of a list written as a child row named by their title (`»» Webhook
            // Trigger` under `» triggers [string]`): kept whole, for `enum_tables::fold`.
            let title = row.cells.get(name_idx).map(|c| c.text.trim()).filter(|t| t.contains(' '));
            let list = out.iter().any(|r: &TableRow| {
                r.name == parent && r.type_text.as_deref().is_some_and(|t| t.trim_start().starts_with('['))
            });
            if let Some(title) = title.filter(|_| list) {
                read.name = title.to_owned();
            }
            if !parent.is_empty() {
                read.name = format!("{parent}.{}", read.name);
            }
            self.stack.push((depth, Some(read.name.clone())));
            out.push(read);
        }
        out
    }
}

/// A `body` row located in the body: the request body itself, not a field of it.
fn is_the_body(row: &TableRow) -> bool {
    row.name.eq_ignore_ascii_case("body") && row.location == Some(Location::Body)
}

/// The depth a name cell marks and the name without the marks.
fn depth_of(text: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = text.trim_start_matches([' ', '\t']);
    loop {
        let before = rest;
        let mut indent: usize = 0;
        while let Some(r) = rest.strip_prefix('\u{a0}') {
            indent += 1;
            rest = r;
        }
        // Two non-breaking spaces (or one before a branch) make a level of indent.
        depth += indent.div_ceil(2);
        if let Some(r) = rest.strip_prefix('»').or_else(|| rest.strip_prefix('›')) {
            depth += 1;
            rest = r;
        } else if let Some(r) = ["└─", "├─", "└", "├", "↳"].iter().find_map(|b| rest.strip_prefix(b)) {
            depth += 1;
            rest = r.trim_start_matches('─');
        } else if let Some(r) = rest.strip_prefix('│') {
            depth += 1;
            rest = r;
        }
        rest = rest.trim_start_matches([' ', '\t']);
        if rest == before {
            return (depth, rest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: usize, cells: &[&str]) -> Row {
        Row { cells: cells.iter().map(|t| Cell { text: (*t).into(), bold: false }).collect(), line }
    }

    fn header(cells: &[&str]) -> Columns {
        let cells: Vec<Cell> = cells.iter().map(|t| Cell { text: (*t).into(), bold: false }).collect();
        Columns::recognise(&cells).expect("a name column")
    }

    fn names(rows: &[TableRow]) -> Vec<&str> {
        rows.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn marks_give_depth() {
        assert_eq!(depth_of("»» status"), (2, "status"));
        assert_eq!(depth_of("» error"), (1, "error"));
        assert_eq!(depth_of("└─ city"), (1, "city"));
        assert_eq!(depth_of("│ └─ zip"), (2, "zip"));
        assert_eq!(depth_of("\u{a0}\u{a0}\u{a0}\u{a0}street"), (2, "street"));
        assert_eq!(depth_of("name"), (0, "name"));
    }

    #[test]
    fn marked_rows_nest_under_the_row_above() {
        let cols = header(&["Name", "Type", "Description"]);
        let body = [
            row(3, &["» id", "string", "The id"]),
            row(4, &["» address", "object", "Where"]),
            row(5, &["»» city", "string", ""]),
            row(6, &["»» geo", "object", ""]),
            row(7, &["»»» lat", "number", ""]),
            row(8, &["» tags", "[string]", ""]),
        ];
        let read = RowNesting::default().rows(&cols, &body, "f.md");
        assert_eq!(names(&read), ["id", "address", "address.city", "address.geo", "address.geo.lat", "tags"]);
        assert_eq!(read[4].type_text.as_deref(), Some("number"));
        assert_eq!(read[4].pos.line, 7);
    }

    #[test]
    fn tree_branches_nest_too() {
        let cols = header(&["Field", "Type"]);
        let body = [
            row(1, &["customer", "object"]),
            row(2, &["├─ name", "string"]),
            row(3, &["└─ address", "object"]),
            row(4, &["│ └─ zip", "string"]),
            row(5, &["total", "integer"]),
        ];
        let read = RowNesting::default().rows(&cols, &body, "f.md");
        assert_eq!(names(&read), ["customer", "customer.name", "customer.address", "customer.address.zip", "total"]);
    }

    #[test]
    fn a_body_row_is_the_body_and_anonymous_parts_are_transparent() {
        let cols = header(&["Name", "In", "Type", "Required", "Description"]);
        let body = [
            row(1, &["limit", "query", "integer", "false", ""]),
            row(2, &["body", "body", "object", "true", ""]),
            row(3, &["» ids", "body", "[string]", "true", ""]),
        ];
        let mut nesting = RowNesting::default();
        let read = nesting.rows(&cols, &body, "f.md");
        assert_eq!(names(&read), ["limit", "ids"]);
        assert_eq!(read[1].required, Some(true));

        // An "all of" written as a second table that goes on at depth two.
        let cols = header(&["Name", "Type"]);
        let first = [row(10, &["» album", "[allOf]"])];
        let second = [
            row(14, &["»» anonymous", "object"]),
            row(15, &["»»» title", "string"]),
            row(16, &["»»» additionalProperties", "object"]),
            row(17, &["»»»» whatever", "string"]),
            row(18, &["»»» year", "integer"]),
        ];
        assert_eq!(names(&nesting.rows(&cols, &first, "f.md")), ["album"]);
        assert_eq!(names(&nesting.rows(&cols, &second, "f.md")), ["album.title", "album.year"]);
    }

    #[test]
    fn an_unmarked_table_is_read_as_it_is_and_ends_nesting() {
        let cols = header(&["Name", "Type"]);
        let mut nesting = RowNesting::default();
        nesting.rows(&cols, &[row(1, &["» parent", "object"])], "f.md");
        let plain = [row(5, &["id", "string"]), row(6, &["name", "string"])];
        assert_eq!(nesting.rows(&cols, &plain, "f.md"), rows(&cols, &plain, "f.md"));
        let read = nesting.rows(&cols, &[row(9, &["»» orphan", "string"])], "f.md");
        assert_eq!(names(&read), ["orphan"], "nothing to attach to: a top-level field");
    }
}
