//! Allowed values of a field's unnamed parts. Docs write a field that is "all of" / "one of"
//! several schemas as its own row (typed `any`), then a caption and one table per part, each
//! holding one unnamed row (`» *anonymous*`, see [`NESTED_ROW_TRANSPARENT`]) typed with the
//! part's type; the enum table that follows lists a part's values under the unnamed name too
//! (`|*anonymous*|ACCESS_GRANTED|`). The unnamed row is no field, so the values belong to the
//! field the part is part of.
//!
//! [`name_parts`] renames such enum rows to the field's path before
//! [`enum_tables::fold`](crate::enum_tables::fold) gives the values to the rows they name. The
//! unnamed rows and the enum rows are paired in reading order (renderers list enum values in the
//! order they walk the fields), and only when the counts agree: a pairing that could go wrong is
//! not made (fold then reports the values as unmatched).

use crate::blocks::{Block, BlockKind};
use crate::section_evidence::TableEvidence;
use crate::tables::Columns;
use crate::vocabulary::{is_one_of, ENUM_NAME_COLUMNS, ENUM_VALUE_COLUMNS, NESTED_ROW_TRANSPARENT};
use std::collections::BTreeMap;

/// Renames the enum rows of `tables` (the tables of one model, read from `blocks`) that name an
/// unnamed part to the path of the field that part belongs to.
pub fn name_parts(tables: &mut [TableEvidence], blocks: &[&Block]) {
    let (parts, groups) = read(blocks);
    if parts.is_empty() || parts.len() != groups.len() {
        return;
    }
    // Enum row line -> the field's path.
    let mut path_of: BTreeMap<usize, &str> = BTreeMap::new();
    for (part, lines) in parts.iter().zip(&groups) {
        if let Some(path) = part {
            path_of.extend(lines.iter().map(|l| (*l, path.as_str())));
        }
    }
    for t in tables.iter_mut() {
        let enum_table = t.rows.iter().all(|r| !r.enum_values.is_empty() && r.type_text.is_none());
        if !enum_table {
            continue;
        }
        for r in &mut t.rows {
            if let Some(path) = path_of.get(&r.pos.line).filter(|_| is_unnamed(&r.name)) {
                r.name = (*path).to_owned();
            }
        }
    }
}

/// The unnamed rows typed as a value (a string, a number: the parts that can have allowed
/// values), each with the path of its field (`None` for an unnamed row of no field, the model's
/// own value); and the runs of enum rows naming an unnamed part, by their lines.
fn read(blocks: &[&Block]) -> (Vec<Option<String>>, Vec<Vec<usize>>) {
    let mut parts = Vec::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Field names by depth, of the rows read so far (`None`: an unnamed part).
    let mut stack: Vec<Option<String>> = Vec::new();
    for b in blocks {
        let BlockKind::Table { header, rows } = &b.kind else { continue };
        if let [name, value] = header.as_slice() {
            if is_one_of(&name.text, ENUM_NAME_COLUMNS) && is_one_of(&value.text, ENUM_VALUE_COLUMNS) {
                let mut last: Option<String> = None;
                for r in rows {
                    let cell = r.cells.first().map_or("", |c| c.text.as_str());
                    let name = depth_of(cell).1.trim_matches(['*', '`', ' ']).to_owned();
                    if !is_unnamed(&name) {
                        last = None;
                        continue;
                    }
                    match groups.last_mut().filter(|_| last.is_some()) {
                        Some(g) => g.push(r.line),
                        None => groups.push(vec![r.line]),
                    }
                    last = Some(name);
                }
                continue;
            }
        }
        let Some(cols) = Columns::recognise(header) else { continue };
        let (Some(name_col), Some(type_col)) = (cols.name, cols.ty) else { continue };
        for r in rows {
            let (depth, name) = depth_of(r.cells.get(name_col).map_or("", |c| c.text.as_str()));
            let name = name.trim_matches(['*', ' ']);
            let ty = r.cells.get(type_col).map_or("", |c| c.text.trim());
            stack.truncate(depth);
            while stack.len() < depth {
                stack.push(None);
            }
            let path: Vec<&str> = stack.iter().flatten().map(String::as_str).collect();
            if is_unnamed(name) {
                if is_value_type(ty) {
                    parts.push((depth > 0 && !path.is_empty()).then(|| path.join(".")));
                }
                stack.push(None);
            } else {
                stack.push(Some(name.to_owned()));
            }
        }
    }
    (parts, groups)
}

/// Whether a name stands for no field (`anonymous`).
fn is_unnamed(name: &str) -> bool {
    NESTED_ROW_TRANSPARENT.contains(&name.trim_matches('*').trim().to_ascii_lowercase().as_str())
}

/// Whether a type cell says a value that can have allowed values: a string, a number, an
/// integer, with or without a format (`string(date-time)`), not a link to a model, an object or
/// `any`.
fn is_value_type(ty: &str) -> bool {
    let t = ty.trim().to_ascii_lowercase();
    let base = t.split(['(', '¦', '|']).next().unwrap_or("").trim();
    matches!(base, "string" | "integer" | "number")
}

/// The depth a name cell marks (`»` per level) and the name without the marks.
fn depth_of(text: &str) -> (usize, &str) {
    let mut rest = text.trim();
    let mut depth = 0;
    while let Some(r) = rest.strip_prefix('»') {
        depth += 1;
        rest = r.trim_start();
    }
    (depth, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{Cell, Row};
    use crate::diag::{Diagnostics, Pos};
    use crate::tables::TableRow;

    fn table(header: &[&str], rows: &[&[&str]], line: usize) -> Block {
        let cell = |t: &&str| Cell { text: (*t).into(), bold: false };
        Block {
            kind: BlockKind::Table {
                header: header.iter().map(cell).collect(),
                rows: rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Row { cells: r.iter().map(cell).collect(), line: line + i })
                    .collect(),
            },
            pos: Pos::new("m.md", line),
            quoted: false,
            item_links: Vec::new(),
        }
    }

    fn field_rows(names: &[&str]) -> TableEvidence {
        let rows = names
            .iter()
            .map(|n| TableRow {
                name: (*n).into(),
                bold: false,
                location: None,
                type_text: Some("any".into()),
                required: None,
                default: None,
                description: None,
                enum_values: vec![],
                pos: Pos::new("m.md", 1),
            })
            .collect();
        TableEvidence { heading_location: None, heading: "Event".into(), rows, pos: Pos::new("m.md", 1) }
    }

    const FIELDS: [&str; 5] = ["Name", "Type", "Required", "Restrictions", "Description"];

    #[test]
    fn the_values_of_an_unnamed_part_go_to_the_field_it_is_part_of() {
        let blocks = [
            table(&FIELDS, &[&["owner", "any", "false", "none", "none"]], 10),
            table(&FIELDS, &[&["» *anonymous*", "[User](#schemauser)", "false", "none", "none"]], 14),
            table(&FIELDS, &[&["kind", "any", "false", "none", "none"]], 18),
            table(&FIELDS, &[&["» *anonymous*", "string", "false", "none", "A kind."]], 22),
            table(&FIELDS, &[&["» *anonymous*", "any", "false", "none", "The kind."]], 26),
            table(&["Property", "Value"], &[&["*anonymous*", "CREATED"], &["*anonymous*", "DELETED"]], 30),
        ];
        let enums = crate::enum_tables::read(
            match &blocks[5].kind {
                BlockKind::Table { header, .. } => header,
                _ => unreachable!(),
            },
            match &blocks[5].kind {
                BlockKind::Table { rows, .. } => rows,
                _ => unreachable!(),
            },
            &["Enumerated Values"],
            &blocks[5].pos,
        )
        .expect("enum table");
        let mut tables = vec![field_rows(&["owner", "kind"]), enums.clone()];
        let refs: Vec<&Block> = blocks.iter().collect();
        name_parts(&mut tables, &refs);
        let folded = crate::enum_tables::fold(tables, &mut Diagnostics::new());
        assert_eq!(folded[0].rows[1].enum_values, ["CREATED", "DELETED"], "kind takes its part's values");
        assert!(folded[0].rows[0].enum_values.is_empty(), "owner's part is a model: no values");
        // Two value parts and one run of values: which part has them is unknown; nothing moves.
        let mut more = refs.clone();
        let extra = table(&FIELDS, &[&["» *anonymous*", "integer", "false", "none", "none"]], 28);
        more.insert(5, &extra);
        let mut tables = vec![field_rows(&["owner", "kind"]), enums];
        name_parts(&mut tables, &more);
        assert_eq!(tables[1].rows[0].name, "*anonymous*");
    }
}
