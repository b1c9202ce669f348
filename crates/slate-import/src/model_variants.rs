//! Alternatives of a model's field: docs write a field that is one of several models as the
//! field's row (typed `any` or `object`) followed by a caption saying "one of" / "any of"
//! (see [`ALTERNATIVE_CAPTIONS`]) and a table per alternative, each holding one unnamed row
//! (`» *anonymous*`) typed with a model, the alternatives joined by "xor" / "or". The field is
//! then `oneOf` those models, not an object inferred from the one alternative an example shows.
//!
//! [`read`] finds them in the blocks of one model; [`apply`] rewrites the written components.

use crate::blocks::{Block, BlockKind};
use crate::tables::Columns;
use crate::vocabulary::{ALTERNATIVE_CAPTIONS, ALTERNATIVE_JOINERS, NESTED_ROW_TRANSPARENT};
use indexmap::IndexMap;
use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

/// A field of a model that is one of several types: its dotted path and the type texts of the
/// alternatives, as written (`[TrackObject](#schematrackobject)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variants {
    /// The field's dotted path in the model (`item`, `owner.account`).
    pub path: String,
    /// Each alternative's type cell.
    pub types: Vec<String>,
}

/// The fields with alternatives in the blocks of one model, in reading order.
pub fn read<'a>(blocks: impl IntoIterator<Item = &'a Block>) -> Vec<Variants> {
    let mut out: Vec<Variants> = Vec::new();
    // Field names by depth, of the rows read so far (`None`: an unnamed part, transparent).
    let mut stack: Vec<Option<String>> = Vec::new();
    // After "one of": `Some(true)` opens a new set; after "xor": `Some(false)` continues it.
    let mut caption: Option<bool> = None;
    let mut open: Option<Variants> = None;
    for b in blocks {
        match &b.kind {
            BlockKind::Paragraph(text) => {
                let word = text.trim().to_ascii_lowercase();
                if ALTERNATIVE_CAPTIONS.contains(&word.as_str()) {
                    out.extend(open.take());
                    caption = Some(true);
                } else if ALTERNATIVE_JOINERS.contains(&word.as_str()) && open.is_some() {
                    caption = Some(false);
                } else {
                    out.extend(open.take());
                    caption = None;
                }
            }
            BlockKind::Table { header, rows } => {
                let Some(cols) = Columns::recognise(header) else { continue };
                let (Some(name_col), Some(type_col)) = (cols.name, cols.ty) else { continue };
                let cells: Vec<(usize, String, String)> = rows
                    .iter()
                    .map(|r| {
                        let name = r.cells.get(name_col).map_or("", |c| c.text.as_str());
                        let ty = r.cells.get(type_col).map_or("", |c| c.text.trim());
                        let (depth, name) = depth_of(name);
                        (depth, name.trim_matches('*').trim().to_owned(), ty.to_owned())
                    })
                    .collect();
                let alternative = match cells.as_slice() {
                    [(depth, name, ty)] if *depth >= 1 && is_unnamed(name) && !ty.is_empty() => Some((*depth, ty)),
                    _ => None,
                };
                match (caption.take(), alternative) {
                    (Some(new), Some((depth, ty))) => {
                        let path: Vec<&str> = stack.iter().take(depth).flatten().map(String::as_str).collect();
                        if path.is_empty() || stack.len() < depth {
                            out.extend(open.take());
                            continue;
                        }
                        let path = path.join(".");
                        match open.as_mut() {
                            Some(v) if !new && v.path == path => v.types.push(ty.clone()),
                            _ => {
                                out.extend(open.take());
                                open = Some(Variants { path, types: vec![ty.clone()] });
                            }
                        }
                    }
                    _ => {
                        out.extend(open.take());
                        for (depth, name, _) in cells {
                            stack.truncate(depth);
                            while stack.len() < depth {
                                stack.push(None);
                            }
                            stack.push((!is_unnamed(&name)).then_some(name));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out.extend(open);
    out.retain(|v| v.types.len() >= 2);
    out
}

/// Makes each field with alternatives of the models `defs` lists ((component name, its
/// fields with alternatives)) `oneOf` the models its alternatives name, where `resolve` finds a
/// model (not a list of one) for every alternative's type and the path runs through the
/// model's own (inline) objects.
pub fn apply(
    schemas: &mut IndexMap<String, ReferenceOr<Schema>>,
    defs: &[(&str, &[Variants])],
    resolve: impl Fn(&str) -> Option<String>,
) {
    for (name, variants) in defs {
        for v in *variants {
            let refs: Option<Vec<ReferenceOr<Schema>>> = v
                .types
                .iter()
                .map(|t| Some(ReferenceOr::Reference { reference: format!("#/components/schemas/{}", resolve(t)?) }))
                .collect();
            let Some(refs) = refs else { continue };
            let Some(ReferenceOr::Item(schema)) = schemas.get_mut(*name) else { continue };
            let Some(slot) = property_slot(schema, &v.path) else { continue };
            let (data, array) = match slot {
                ReferenceOr::Item(s) => {
                    (s.schema_data.clone(), matches!(s.schema_kind, SchemaKind::Type(Type::Array(_))))
                }
                ReferenceOr::Reference { .. } => (Default::default(), false),
            };
            let one_of = Schema { schema_data: data, schema_kind: SchemaKind::OneOf { one_of: refs } };
            match slot {
                ReferenceOr::Item(s) if array => {
                    if let SchemaKind::Type(Type::Array(a)) = &mut s.schema_kind {
                        let items = Schema { schema_data: Default::default(), ..one_of };
                        a.items = Some(ReferenceOr::Item(Box::new(items)));
                    }
                }
                _ => *slot = ReferenceOr::Item(Box::new(one_of)),
            }
        }
    }
}

/// The property at a dotted path (the last segment may be a reference), through inline
/// objects and arrays.
fn property_slot<'a>(schema: &'a mut Schema, path: &str) -> Option<&'a mut ReferenceOr<Box<Schema>>> {
    let (parents, last) = path.rsplit_once('.').map_or((None, path), |(p, l)| (Some(p), l));
    let mut cur = schema;
    for seg in parents.into_iter().flat_map(|p| p.split('.')) {
        cur = child(cur, seg)?;
    }
    slot_in(cur, last)
}

/// The property `name` of an inline object, or of the items of an inline array.
fn slot_in<'a>(schema: &'a mut Schema, name: &str) -> Option<&'a mut ReferenceOr<Box<Schema>>> {
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => match a.items.as_mut()? {
            ReferenceOr::Item(items) => slot_in(items, name),
            ReferenceOr::Reference { .. } => None,
        },
        SchemaKind::Type(Type::Object(o)) => o.properties.get_mut(name),
        _ => None,
    }
}

/// The inline property `name` of an inline object, or of the items of an inline array.
fn child<'a>(schema: &'a mut Schema, name: &str) -> Option<&'a mut Schema> {
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => match a.items.as_mut()? {
            ReferenceOr::Item(items) => child(items, name),
            ReferenceOr::Reference { .. } => None,
        },
        SchemaKind::Type(Type::Object(o)) => match o.properties.get_mut(name)? {
            ReferenceOr::Item(p) => Some(p.as_mut()),
            ReferenceOr::Reference { .. } => None,
        },
        _ => None,
    }
}

fn is_unnamed(name: &str) -> bool {
    NESTED_ROW_TRANSPARENT.contains(&name.to_ascii_lowercase().as_str())
}

/// The depth `»` marks give a name cell, and the name without them.
fn depth_of(text: &str) -> (usize, &str) {
    let t = text.trim();
    let rest = t.trim_start_matches(['»', ' ']);
    (t[..t.len() - rest.len()].matches('»').count(), rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{Cell, Row};
    use crate::diag::Pos;

    fn para(t: &str) -> Block {
        Block { kind: BlockKind::Paragraph(t.into()), pos: Pos::default(), quoted: false, item_links: vec![] }
    }

    fn table(rows: &[(&str, &str)]) -> Block {
        let cell = |t: &str| Cell { text: t.into(), bold: false };
        let header = vec![cell("Name"), cell("Type"), cell("Description")];
        let rows = rows
            .iter()
            .enumerate()
            .map(|(i, (n, t))| Row { cells: vec![cell(n), cell(t), cell("none")], line: i + 1 })
            .collect();
        Block { kind: BlockKind::Table { header, rows }, pos: Pos::default(), quoted: false, item_links: vec![] }
    }

    #[test]
    fn one_of_tables_after_a_field_are_its_alternatives() {
        let blocks = [
            table(&[("added_at", "string"), ("item", "any")]),
            para("oneOf"),
            table(&[("» *anonymous*", "[Song](#schemasong)")]),
            para("xor"),
            table(&[("» *anonymous*", "[Talk](#schematalk)")]),
            para("continued"),
            table(&[("owner", "object"), ("» account", "any")]),
            para("anyOf"),
            table(&[("»» *anonymous*", "[Person](#schemaperson)")]),
            para("or"),
            table(&[("»» *anonymous*", "[Team](#schemateam)")]),
        ];
        let v = read(&blocks);
        assert_eq!(
            v,
            vec![
                Variants {
                    path: "item".into(),
                    types: vec!["[Song](#schemasong)".into(), "[Talk](#schematalk)".into()]
                },
                Variants {
                    path: "owner.account".into(),
                    types: vec!["[Person](#schemaperson)".into(), "[Team](#schemateam)".into()]
                },
            ]
        );
    }

    #[test]
    fn an_all_of_part_or_a_lone_alternative_is_no_set() {
        let blocks = [
            table(&[("item", "any")]),
            para("allOf"),
            table(&[("» *anonymous*", "[Song](#schemasong)")]),
            para("and"),
            table(&[("» *anonymous*", "[Talk](#schematalk)")]),
            para("oneOf"),
            table(&[("» *anonymous*", "[Song](#schemasong)")]),
        ];
        assert_eq!(read(&blocks), vec![]);
    }
}
