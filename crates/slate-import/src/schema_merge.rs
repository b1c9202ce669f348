//! The union of two inferred schemas of the same resource.
//!
//! Docs show one resource many times, each example with other fields (a list item, the full
//! record, a create response; often elided with `...`). Each yields a slightly different object
//! schema. Where the two agree on every shared field, one schema that accepts what either accepts
//! is what a client wants: one `Customer`, not `Customer` to `Customer5`.
//!
//! [`union`] never narrows: properties are united, `required` intersected, `nullable` or-ed, a
//! format or an enum kept only where both have it, `integer` widened to `number`. Two fields of
//! different kinds, or references to different components, make the schemas incompatible. A
//! field the examples gave no type takes the other side's type: nullable for a property (it was
//! null there), as is for array items (the list was empty).
//!
//! [`union_views`] is the same union for views whose required marks may not all be the docs':
//! a view built from examples alone (no field table) says nothing of which fields are
//! required, so it cannot veto a mark a table states for a field its examples show (a table
//! view's marks survive merging with an example of the resource); a field its examples lack
//! may be absent, so that mark goes.

use openapiv3::{
    AnySchema, ArrayType, ObjectType, ReferenceOr, Schema, SchemaKind, StringType, Type, VariantOrUnknownOrEmpty,
};

/// Whether two object schemas of one name can be views of one resource: at least half of the
/// fields of the smaller one are fields of the other. Non-objects, and objects without fields,
/// are left to [`union`] to decide.
pub fn same_resource(a: &Schema, b: &Schema) -> bool {
    let fields = |s: &Schema| match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) if !o.properties.is_empty() => {
            Some(o.properties.keys().cloned().collect::<Vec<_>>())
        }
        _ => None,
    };
    let (Some(x), Some(y)) = (fields(a), fields(b)) else { return true };
    let shared = x.iter().filter(|k| y.contains(k)).count();
    shared * 2 >= x.len().min(y.len())
}

/// A schema accepting every value `a` or `b` accepts, if they agree on every shared field.
pub fn union(a: &Schema, b: &Schema) -> Option<Schema> {
    union_views(a, b, true, true)
}

/// Whether each view's required marks are what the docs say (`a`, `b`): a view built from
/// examples alone, without a field table, states none.
#[derive(Debug, Clone, Copy)]
struct Stated {
    a: bool,
    b: bool,
}

/// As [`union`], `a_stated` / `b_stated` saying whether that view came with a field table. Where
/// only one did, its required marks are the result's (at every depth) but for the fields the
/// other view's examples lack: examples say nothing of what is required, only what may be
/// absent. Two views alike intersect their marks.
pub fn union_views(a: &Schema, b: &Schema, a_stated: bool, b_stated: bool) -> Option<Schema> {
    union_stated(a, b, Stated { a: a_stated, b: b_stated })
}

fn union_stated(a: &Schema, b: &Schema, stated: Stated) -> Option<Schema> {
    // The kind is built below: cloning `a`'s (every property, nested) would be thrown away.
    let mut out = Schema { schema_data: a.schema_data.clone(), schema_kind: SchemaKind::Any(AnySchema::default()) };
    let nullable = a.schema_data.nullable || b.schema_data.nullable;
    out.schema_data.nullable = false;
    out.schema_data.read_only = a.schema_data.read_only && b.schema_data.read_only;
    if out.schema_data.description.is_none() {
        out.schema_data.description = b.schema_data.description.clone();
    }
    if out.schema_data.default != b.schema_data.default {
        out.schema_data.default = None;
    }
    out.schema_kind = match (&a.schema_kind, &b.schema_kind) {
        (SchemaKind::Any(x), SchemaKind::Any(y)) if x == y => SchemaKind::Any(x.clone()),
        // No evidence of a type on one side (an empty list, a null): the other side's type.
        (SchemaKind::Any(x), other) | (other, SchemaKind::Any(x)) if *x == AnySchema::default() => other.clone(),
        (SchemaKind::Type(x), SchemaKind::Type(y)) => SchemaKind::Type(union_type(x, y, stated)?),
        (x, y) if x == y => x.clone(),
        _ => return None,
    };
    if nullable {
        openapi_ext::schema::make_nullable(&mut out);
    }
    Some(out)
}

fn union_type(a: &Type, b: &Type, stated: Stated) -> Option<Type> {
    Some(match (a, b) {
        (Type::Boolean(x), Type::Boolean(_)) => Type::Boolean(x.clone()),
        (Type::Integer(x), Type::Integer(y)) if x == y => Type::Integer(x.clone()),
        (Type::Number(x), Type::Number(y)) if x == y => Type::Number(x.clone()),
        (Type::Integer(_), Type::Number(n)) | (Type::Number(n), Type::Integer(_)) if n.enumeration.is_empty() => {
            Type::Number(n.clone())
        }
        (Type::String(x), Type::String(y)) => Type::String(union_string(x, y)),
        (Type::Array(x), Type::Array(y)) => {
            let items = match (&x.items, &y.items) {
                (Some(i), Some(j)) => Some(union_boxed(i, j, stated)?),
                (None, None) => None,
                _ => return None,
            };
            Type::Array(ArrayType {
                items,
                min_items: x.min_items,
                max_items: x.max_items,
                unique_items: x.unique_items,
            })
        }
        (Type::Object(x), Type::Object(y)) => {
            if x.additional_properties != y.additional_properties {
                return None;
            }
            let mut out = x.clone();
            for (name, theirs) in &y.properties {
                let merged = match x.properties.get(name) {
                    Some(ours) => union_property(ours, theirs, stated)?,
                    None => theirs.clone(),
                };
                out.properties.insert(name.clone(), merged);
            }
            // A view from examples alone vetoes only the marks of fields its examples lack.
            let shown =
                |r: &&String, other: &ObjectType| other.required.contains(r) || other.properties.contains_key(*r);
            out.required = match (stated.a, stated.b) {
                (true, false) => x.required.iter().filter(|r| shown(r, y)).cloned().collect(),
                // The marks both state in the first view's order (as two views alike), then
                // the others.
                (false, true) => {
                    let both = x.required.iter().filter(|r| y.required.contains(r));
                    let more = y.required.iter().filter(|r| !x.required.contains(r) && shown(r, x));
                    both.chain(more).cloned().collect()
                }
                _ => x.required.iter().filter(|r| y.required.contains(r)).cloned().collect(),
            };
            Type::Object(out)
        }
        _ => return None,
    })
}

/// Two views of one property. A property without a type on one side was null there (or absent
/// from every example), so the other side's type becomes nullable.
fn union_property(
    a: &ReferenceOr<Box<Schema>>,
    b: &ReferenceOr<Box<Schema>>,
    stated: Stated,
) -> Option<ReferenceOr<Box<Schema>>> {
    let unknown = |s: &ReferenceOr<Box<Schema>>| matches!(s, ReferenceOr::Item(x) if is_unknown(x));
    let (typed, other) = match (unknown(a), unknown(b)) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        _ => return union_boxed(a, b, stated),
    };
    let description = match other {
        ReferenceOr::Item(x) => x.schema_data.description.clone(),
        ReferenceOr::Reference { .. } => None,
    };
    Some(match typed {
        ReferenceOr::Item(t) => {
            let mut t = t.clone();
            openapi_ext::schema::make_nullable(&mut t);
            t.schema_data.description = t.schema_data.description.clone().or(description);
            ReferenceOr::Item(t)
        }
        r @ ReferenceOr::Reference { .. } => ReferenceOr::Item(Box::new(crate::schema_forms::wrapped_ref(
            unbox(r),
            openapiv3::SchemaData { nullable: true, description, ..Default::default() },
        ))),
    })
}

fn unbox(r: &ReferenceOr<Box<Schema>>) -> ReferenceOr<Schema> {
    match r {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference: reference.clone() },
        ReferenceOr::Item(s) => ReferenceOr::Item((**s).clone()),
    }
}

/// A schema the examples gave no type to (`{}`).
fn is_unknown(s: &Schema) -> bool {
    matches!(&s.schema_kind, SchemaKind::Any(x) if *x == AnySchema::default())
}

fn union_string(a: &StringType, b: &StringType) -> StringType {
    let mut out = a.clone();
    if a.format != b.format {
        out.format = VariantOrUnknownOrEmpty::Empty;
    }
    if a.enumeration.is_empty() || b.enumeration.is_empty() {
        out.enumeration.clear();
    } else {
        for v in &b.enumeration {
            if !out.enumeration.contains(v) {
                out.enumeration.push(v.clone());
            }
        }
    }
    if a.pattern != b.pattern {
        out.pattern = None;
    }
    out
}

fn union_boxed(
    a: &ReferenceOr<Box<Schema>>,
    b: &ReferenceOr<Box<Schema>>,
    stated: Stated,
) -> Option<ReferenceOr<Box<Schema>>> {
    match (a, b) {
        (ReferenceOr::Reference { reference: x }, ReferenceOr::Reference { reference: y }) if x == y => Some(a.clone()),
        (ReferenceOr::Item(x), ReferenceOr::Item(y)) => Some(ReferenceOr::Item(Box::new(union_stated(x, y, stated)?))),
        (ReferenceOr::Item(unknown), r @ ReferenceOr::Reference { .. })
        | (r @ ReferenceOr::Reference { .. }, ReferenceOr::Item(unknown))
            if is_unknown(unknown) && !unknown.schema_data.nullable =>
        {
            Some(r.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: serde_json::Value) -> Schema {
        serde_json::from_value(v).expect("schema")
    }

    #[test]
    fn unites_fields_and_keeps_only_shared_constraints() {
        let a = schema(json!({ "type": "object", "required": ["id", "name"], "properties": {
            "id": { "type": "string", "format": "uuid" },
            "name": { "type": "string", "enum": ["a"] },
            "count": { "type": "integer" },
            "tags": { "type": "array", "items": { "$ref": "#/components/schemas/Tag" } } } }));
        let b = schema(json!({ "type": "object", "required": ["id"], "properties": {
            "id": { "type": "string", "format": "uuid", "nullable": true },
            "name": { "type": "string" },
            "count": { "type": "number" },
            "notes": { "type": "string" } } }));
        let u = serde_json::to_value(union(&a, &b).expect("compatible")).expect("json");
        assert_eq!(u["required"], json!(["id"]));
        assert_eq!(u["properties"]["id"], json!({ "type": "string", "format": "uuid", "nullable": true }));
        assert_eq!(u["properties"]["name"], json!({ "type": "string" }));
        assert_eq!(u["properties"]["count"], json!({ "type": "number" }));
        assert!(u["properties"]["tags"].is_object() && u["properties"]["notes"].is_object());
    }

    #[test]
    fn different_kinds_or_references_do_not_merge() {
        let a = schema(json!({ "type": "object", "properties": { "x": { "type": "string" } } }));
        let b = schema(json!({ "type": "object", "properties": { "x": { "type": "boolean" } } }));
        assert!(union(&a, &b).is_none());
        let c = schema(json!({ "type": "object", "properties": { "x": { "$ref": "#/components/schemas/A" } } }));
        let d = schema(json!({ "type": "object", "properties": { "x": { "$ref": "#/components/schemas/B" } } }));
        assert!(union(&c, &d).is_none());
        assert!(union(&c, &c).is_some());
        let unknown =
            schema(json!({ "type": "object", "properties": { "x": {}, "y": { "type": "array", "items": {} } } }));
        let typed = schema(json!({ "type": "object", "properties": { "x": { "$ref": "#/components/schemas/A" },
            "y": { "type": "array", "items": { "type": "string" } } } }));
        let u = serde_json::to_value(union(&unknown, &typed).expect("unknown adopts the type")).expect("json");
        assert_eq!(
            u["properties"]["x"],
            json!({ "anyOf": [{ "$ref": "#/components/schemas/A" }, { "type": "string", "nullable": true, "enum": [null] }] })
        );
        assert_eq!(u["properties"]["y"]["items"], json!({ "type": "string" }));
    }

    #[test]
    fn a_view_from_examples_alone_keeps_the_marks_a_table_states() {
        let table = schema(json!({ "type": "object", "required": ["id", "name"], "properties": {
            "id": { "type": "string" }, "name": { "type": "string" },
            "owner": { "type": "object", "required": ["login"], "properties": { "login": { "type": "string" } } } } }));
        let example = schema(json!({ "type": "object", "required": ["id"], "properties": {
            "id": { "type": "string" }, "name": { "type": "string" },
            "owner": { "type": "object", "properties": { "login": { "type": "string" } } } } }));
        for (a, b, a_stated, b_stated) in [(&table, &example, true, false), (&example, &table, false, true)] {
            let u = serde_json::to_value(union_views(a, b, a_stated, b_stated).expect("compatible")).expect("json");
            let mut required: Vec<String> = serde_json::from_value(u["required"].clone()).expect("list");
            required.sort();
            assert_eq!(required, ["id", "name"]);
            assert_eq!(u["properties"]["owner"]["required"], json!(["login"]));
        }
        // An example view lacking a field vetoes its mark.
        let partial = schema(json!({ "type": "object", "properties": { "id": { "type": "string" } } }));
        let u = serde_json::to_value(union_views(&table, &partial, true, false).expect("compatible")).expect("json");
        assert_eq!(u["required"], json!(["id"]));
        // Two table views (or two example views) keep only the marks both state.
        let u = serde_json::to_value(union_views(&table, &example, true, true).expect("compatible")).expect("json");
        assert_eq!(u["required"], json!(["id"]));
        assert!(u["properties"]["owner"].get("required").is_none());
    }
}
