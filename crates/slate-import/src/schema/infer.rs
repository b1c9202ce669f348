//! Inference of one object's properties and of one property (or array items): the kind
//! the examples show against the table's type, formats, enums, nesting bounds.

use super::descriptions::{
    clean_field_name, enum_from_description, has_read_only_marker, parse_default, strip_read_only_marker,
};
use super::types::{any_schema, boxed, format_variant, parse_type_text, schema_ref, type_schema, Kind, TableType};
use super::values::{common_format, is_id_key};
use super::{FieldDoc, SchemaRegistry, MAX_SCHEMA_DEPTH};
use crate::diag::{Code, Diagnostics, Pos};
use crate::naming::singularize;
use crate::schema_forms::{has_format, wrapped_ref};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, ArrayType, BooleanType, IntegerType, NumberType, ObjectType, ReferenceOr, Schema, SchemaData,
    SchemaKind, StringType, Type,
};
use serde_json::Value;

/// One property (or array items) being inferred.
pub(super) struct Slot<'a, 'v> {
    /// Field name, for naming nested components.
    pub(super) name: &'a str,
    /// Name of the component that holds this slot (for collision prefixes).
    pub(super) parent: &'a str,
    pub(super) values: Vec<&'v Value>,
    pub(super) doc: Option<&'a FieldDoc>,
    pub(super) table: Option<TableType>,
    /// Table rows of nested fields, with this slot's prefix removed.
    pub(super) children: Vec<FieldDoc>,
}

impl SchemaRegistry {
    /// An object schema from object values and table rows.
    pub(super) fn object_schema(
        &mut self,
        name: &str,
        values: &[&Value],
        fields: &[FieldDoc],
        inline: bool,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> Schema {
        // Group the table rows: direct rows and nested rows by their first segment.
        let mut direct: IndexMap<String, &FieldDoc> = IndexMap::new();
        let mut nested: IndexMap<String, Vec<FieldDoc>> = IndexMap::new();
        for f in fields {
            let clean = clean_field_name(&f.name);
            match clean.split_once('.') {
                Some((head, rest)) => {
                    let head = head.trim_end_matches("[]").to_string();
                    let mut child = f.clone();
                    child.name = rest.to_string();
                    nested.entry(head).or_default().push(child);
                }
                None => {
                    direct.entry(clean.trim_end_matches("[]").to_string()).or_insert(f);
                }
            }
        }
        // Property order: first appearance in the examples, then table-only fields.
        // A set: the examples of one object may hold thousands of keys.
        let mut order: indexmap::IndexSet<&str> = indexmap::IndexSet::new();
        for v in values {
            if let Value::Object(m) = v {
                order.extend(m.keys().map(String::as_str));
            }
        }
        order.extend(direct.keys().chain(nested.keys()).map(String::as_str));
        let mut obj = ObjectType::default();
        for &prop in &order {
            let doc = direct.get(prop).copied();
            let prop_values: Vec<&Value> =
                values.iter().filter_map(|v| v.as_object().and_then(|m| m.get(prop))).collect();
            let required = match doc.and_then(|d| d.required) {
                Some(r) => r,
                // Where the docs are silent, what every example shows is certain: an id in
                // one example, any field in two or more.
                None => {
                    let everywhere = !values.is_empty() && prop_values.len() == values.len();
                    let id = crate::vocabulary::ID_FIELDS.contains(&prop);
                    self.presence && everywhere && (id || values.len() >= 2)
                }
            };
            // A field whose type names a model of the docs references it; the rows nested
            // under it describe that model, which has them already.
            if let Some(m) = doc.and_then(|d| d.type_text.as_deref()).and_then(|t| self.models.resolve(t)) {
                let target = schema_ref(&m.name);
                let target = if m.array {
                    ReferenceOr::Item(type_schema(Type::Array(ArrayType {
                        items: Some(boxed(target)),
                        min_items: None,
                        max_items: None,
                        unique_items: false,
                    })))
                } else {
                    target
                };
                let nullable = prop_values.iter().any(|v| v.is_null())
                    || doc.and_then(|d| d.type_text.as_deref()).is_some_and(|t| t.contains("null"));
                let description =
                    doc.and_then(|d| d.description.as_deref()).map(strip_read_only_marker).filter(|d| !d.is_empty());
                let schema = match target {
                    ReferenceOr::Item(mut s) => {
                        s.schema_data.nullable = nullable;
                        s.schema_data.description = description;
                        ReferenceOr::Item(s)
                    }
                    // A bare `$ref` (its description is the model's): a wrapper would say `object`
                    // of what may be a string model.
                    r @ ReferenceOr::Reference { .. } if nullable => {
                        ReferenceOr::Item(wrapped_ref(r, SchemaData { nullable, ..SchemaData::default() }))
                    }
                    r => r,
                };
                obj.properties.insert(prop.to_owned(), boxed(schema));
                if required {
                    obj.required.push(prop.to_owned());
                }
                continue;
            }
            let table = doc.and_then(|d| d.type_text.as_deref()).and_then(|t| {
                let parsed = parse_type_text(t);
                if parsed.is_none() && prop_values.iter().all(|v| v.is_null()) {
                    diags.info(
                        Code::SchemaTypeUnknown,
                        &d_pos(doc, source),
                        format!("type `{t}` of field `{prop}` is not a known type; left untyped"),
                    );
                }
                parsed
            });
            let slot = Slot {
                name: prop,
                parent: name,
                values: prop_values,
                doc,
                table,
                children: nested.get(prop).cloned().unwrap_or_default(),
            };
            let schema = self.slot(slot, inline, source, diags);
            obj.properties.insert(prop.to_owned(), boxed(schema));
            if required {
                obj.required.push(prop.to_owned());
            }
        }
        Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Type(Type::Object(obj)) }
    }

    /// The schema of one property or array items.
    pub(super) fn slot(
        &mut self,
        slot: Slot,
        inline: bool,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> ReferenceOr<Schema> {
        let nullable = slot.values.iter().any(|v| v.is_null());
        // The kind the examples show.
        let mut ex_kind: Option<Kind> = None;
        let mut conflict = false;
        for v in &slot.values {
            match (ex_kind, Kind::of(v)) {
                (_, None) => {}
                (None, k) => ex_kind = k,
                (Some(a), Some(b)) if a == b => {}
                (Some(Kind::Int), Some(Kind::Num)) | (Some(Kind::Num), Some(Kind::Int)) => ex_kind = Some(Kind::Num),
                (Some(_), Some(_)) => conflict = true,
            }
        }
        let pos = d_pos(slot.doc, source);
        let scalar = |t: &TableType| !matches!(t.kind, Kind::Obj | Kind::Arr);
        let table = match slot.table.clone() {
            Some(t) if !slot.children.is_empty() && scalar(&t) => {
                diags.warn(
                    Code::SchemaTypeConflict,
                    &pos,
                    format!(
                        "the docs give `{}` the type {}, but list attributes for it; read as an object",
                        slot.name,
                        t.kind.word()
                    ),
                );
                Some(TableType::new(Kind::Obj))
            }
            None if !slot.children.is_empty() => Some(TableType::new(Kind::Obj)),
            other => other,
        };
        // Examples that disagree are reported by `doc_lint::value_types`, at each value's line.
        let kind = if conflict {
            None
        } else {
            match (ex_kind, &table) {
                (Some(e), Some(t)) if t.kind == e || (t.kind == Kind::Num && e == Kind::Int) => Some(t.kind),
                (Some(e), Some(t)) => {
                    diags.warn(
                        Code::SchemaTypeConflict,
                        &pos,
                        format!(
                            "the docs give `{}` the type {}, but the examples show {}; using the examples",
                            slot.name,
                            t.kind.word(),
                            e.word()
                        ),
                    );
                    diags.attach_type_conflict(crate::type_conflict::of(slot.name, t.kind.word(), e.word()));
                    Some(e)
                }
                (Some(e), None) => Some(e),
                (None, Some(t)) => Some(t.kind),
                (None, None) if slot.doc.is_some_and(|d| !d.enum_values.is_empty()) => Some(Kind::Str),
                (None, None) => None,
            }
        };
        let table = table.filter(|t| Some(t.kind) == kind);
        let kind = match kind {
            Some(Kind::Arr | Kind::Obj) if self.depth >= MAX_SCHEMA_DEPTH => {
                if !self.too_deep.contains(&pos) {
                    diags.warn(
                        Code::NestingTooDeep,
                        &pos,
                        format!(
                            "`{}` is nested more than {MAX_SCHEMA_DEPTH} levels deep; its schema is left untyped",
                            slot.name
                        ),
                    );
                    self.too_deep.push(pos.clone());
                }
                None
            }
            other => other,
        };
        self.depth += 1;
        let mut schema = match kind {
            None => ReferenceOr::Item(any_schema()),
            Some(Kind::Str) => ReferenceOr::Item(self.string_schema(&slot, table.as_ref(), source, diags)),
            Some(Kind::Int) => ReferenceOr::Item(type_schema(Type::Integer(IntegerType::default()))),
            Some(Kind::Num) => ReferenceOr::Item(type_schema(Type::Number(NumberType::default()))),
            Some(Kind::Bool) => ReferenceOr::Item(type_schema(Type::Boolean(BooleanType::default()))),
            Some(Kind::Arr) => {
                let elements: Vec<&Value> = slot.values.iter().filter_map(|v| v.as_array()).flatten().collect();
                let item_name = singularize(slot.name);
                let item_doc = slot.doc.and_then(FieldDoc::items_doc);
                let items = Slot {
                    name: &item_name,
                    parent: slot.parent,
                    values: elements,
                    doc: item_doc.as_ref(),
                    table: table.as_ref().and_then(|t| t.items.as_deref().cloned()),
                    children: slot.children.clone(),
                };
                let items = self.slot(items, inline, source, diags);
                ReferenceOr::Item(type_schema(Type::Array(ArrayType {
                    items: Some(boxed(items)),
                    min_items: None,
                    max_items: None,
                    unique_items: false,
                })))
            }
            Some(Kind::Obj) => {
                let objects: Vec<&Value> = slot.values.iter().copied().filter(|v| v.is_object()).collect();
                let keys: Vec<&String> = objects.iter().filter_map(|v| v.as_object()).flat_map(|m| m.keys()).collect();
                if slot.children.is_empty() && !keys.is_empty() && keys.iter().all(|k| is_id_key(k)) {
                    // A map keyed by ids.
                    let inner: Vec<&Value> =
                        objects.iter().filter_map(|v| v.as_object()).flat_map(|m| m.values()).collect();
                    let item_name = singularize(slot.name);
                    let inner = Slot {
                        name: &item_name,
                        parent: slot.parent,
                        values: inner,
                        doc: None,
                        table: None,
                        children: Vec::new(),
                    };
                    let inner = self.slot(inner, inline, source, diags);
                    ReferenceOr::Item(type_schema(Type::Object(ObjectType {
                        additional_properties: Some(AdditionalProperties::Schema(Box::new(inner))),
                        ..ObjectType::default()
                    })))
                } else if keys.is_empty() && slot.children.is_empty() {
                    ReferenceOr::Item(type_schema(Type::Object(ObjectType::default())))
                } else if inline {
                    ReferenceOr::Item(self.object_schema(slot.name, &objects, &slot.children, true, source, diags))
                } else {
                    self.component(slot.name, Some(slot.parent), objects, &slot.children, source, diags)
                }
            }
        };
        self.depth -= 1;
        let read_only =
            slot.doc.is_some_and(|d| d.read_only || d.description.as_deref().is_some_and(has_read_only_marker));
        let description =
            slot.doc.and_then(|d| d.description.as_deref()).map(strip_read_only_marker).filter(|d| !d.is_empty());
        let default = slot.doc.and_then(|d| d.default.as_deref()).and_then(|d| parse_default(d, kind));
        match &mut schema {
            ReferenceOr::Item(s) => {
                // `nullable` needs a `type` beside it; an untyped schema admits null already.
                if nullable {
                    make_nullable(s);
                }
                s.schema_data.read_only |= read_only;
                s.schema_data.description = description;
                s.schema_data.default = default;
                schema
            }
            ReferenceOr::Reference { .. } if nullable || read_only => ReferenceOr::Item(wrapped_ref(
                schema,
                SchemaData { nullable, read_only, description, ..SchemaData::default() },
            )),
            ReferenceOr::Reference { .. } => schema,
        }
    }

    pub(super) fn string_schema(
        &mut self,
        slot: &Slot,
        table: Option<&TableType>,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> Schema {
        let strings: Vec<&str> = slot.values.iter().filter_map(|v| v.as_str()).collect();
        let table_format = table.and_then(|t| t.format);
        let format = if strings.is_empty() || table_format.is_some_and(|f| strings.iter().all(|s| has_format(s, f))) {
            table_format
        } else {
            if let Some(f) = table_format {
                diags.info(
                    Code::SchemaFormatConflict,
                    &d_pos(slot.doc, source),
                    format!("the docs give `{}` the format {f}, but not every example has it", slot.name),
                );
            }
            common_format(&strings)
        };
        let mut enum_values: Vec<String> = slot.doc.map(|d| d.enum_values.clone()).unwrap_or_default();
        if enum_values.is_empty() {
            if let Some(desc) = slot.doc.and_then(|d| d.description.as_deref()) {
                enum_values = enum_from_description(desc);
            }
        }
        if !enum_values.is_empty() && !strings.iter().all(|s| enum_values.iter().any(|e| e == s)) {
            diags.info(
                Code::SchemaEnumMismatch,
                &d_pos(slot.doc, source),
                format!("examples of `{}` use values the docs do not list; no enum", slot.name),
            );
            enum_values.clear();
        }
        type_schema(Type::String(StringType {
            format: format_variant(format),
            enumeration: enum_values.into_iter().map(Some).collect(),
            ..StringType::default()
        }))
    }
}

pub(super) fn d_pos(doc: Option<&FieldDoc>, source: &Pos) -> Pos {
    doc.map_or_else(|| source.clone(), |d| d.pos.clone())
}

use openapi_ext::schema::make_nullable;
