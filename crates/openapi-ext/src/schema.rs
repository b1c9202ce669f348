//! Shared OpenAPI 3.0 schema helpers: the "or null" shapes and local `$ref` resolution, on
//! openapiv3 types (the importer, the generator) and on plain JSON (the diff, the comparison).

use openapiv3::{ReferenceOr, Schema, SchemaData, SchemaKind, StringType, Type};
use serde_json::Value;

/// The schema that admits `null` and nothing else, in OpenAPI 3.0 terms:
/// `{type: string, nullable: true, enum: [null]}`.
pub fn null_only() -> Schema {
    Schema {
        schema_data: SchemaData { nullable: true, ..SchemaData::default() },
        schema_kind: SchemaKind::Type(Type::String(StringType { enumeration: vec![None], ..StringType::default() })),
    }
}

/// Whether a schema admits `null` and nothing else (`nullable` with an enum of only `null`),
/// the OpenAPI 3.0 way to say "or null" in a `oneOf`/`anyOf`.
pub fn is_null_only(s: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = s else { return false };
    s.schema_data.nullable
        && match &s.schema_kind {
            SchemaKind::Type(Type::String(t)) => !t.enumeration.is_empty() && t.enumeration.iter().all(Option::is_none),
            SchemaKind::Any(a) => !a.enumeration.is_empty() && a.enumeration.iter().all(Value::is_null),
            _ => false,
        }
}

/// Makes `s` admit `null` as well, in the form OpenAPI 3.0.3 validators honour: `nullable`
/// beside a `type`, a [`null_only`] member for `anyOf`/`oneOf` and for a wrapped reference
/// (`allOf: [$ref]` becomes `anyOf: [$ref, null-only]`); an untyped schema admits null already.
pub fn make_nullable(s: &mut Schema) {
    let null = ReferenceOr::Item(null_only());
    match &mut s.schema_kind {
        SchemaKind::AnyOf { any_of: members } | SchemaKind::OneOf { one_of: members } => {
            if !members.contains(&null) {
                members.push(null);
            }
        }
        SchemaKind::Any(a) if a.all_of.len() == 1 && a.properties.is_empty() => {
            let reference = a.all_of[0].clone();
            s.schema_kind = SchemaKind::AnyOf { any_of: vec![reference, null] };
        }
        SchemaKind::Any(_) => {}
        _ => s.schema_data.nullable = true,
    }
}

/// The JSON form of [`is_null_only`]: `{nullable: true, enum: [null]}`.
pub fn is_null_only_json(schema: &Value) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
        && schema.get("enum").and_then(Value::as_array).is_some_and(|e| !e.is_empty() && e.iter().all(Value::is_null))
}

/// How many references [`resolve_json`] follows before giving up (a cycle of `$ref`s).
const MAX_REF_CHAIN: usize = 32;

/// Follows a local `$ref` chain (`#/components/...`) in `root`, a whole OpenAPI document as
/// JSON; a value that is not a reference, or a reference that cannot be resolved, is returned
/// as is.
pub fn resolve_json<'a>(root: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..MAX_REF_CHAIN {
        let Some(target) =
            value.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')).and_then(|p| root.pointer(p))
        else {
            return value;
        };
        value = target;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn null_only_is_recognised_in_both_forms() {
        let typed = ReferenceOr::Item(null_only());
        assert!(is_null_only(&typed));
        let as_json = serde_json::to_value(null_only()).unwrap();
        assert!(is_null_only_json(&as_json), "{as_json}");
        assert!(!is_null_only_json(&json!({"type": "string", "nullable": true})));
        assert!(!is_null_only(&ReferenceOr::Reference { reference: "#/components/schemas/A".into() }));
    }

    #[test]
    fn a_wrapped_reference_becomes_any_of_with_null() {
        let reference = ReferenceOr::Reference { reference: "#/components/schemas/A".into() };
        let wrapped = openapiv3::AnySchema { all_of: vec![reference], ..Default::default() };
        let mut s = Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Any(wrapped) };
        make_nullable(&mut s);
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(v["anyOf"][0], json!({"$ref": "#/components/schemas/A"}));
        assert!(is_null_only_json(&v["anyOf"][1]));
        let mut t: Schema = serde_json::from_value(json!({"type": "integer"})).unwrap();
        make_nullable(&mut t);
        assert!(t.schema_data.nullable);
    }

    #[test]
    fn references_resolve_and_cycles_end() {
        let root = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"},
            "C": {"$ref": "#/components/schemas/C"}}}});
        assert_eq!(resolve_json(&root, &json!({"$ref": "#/components/schemas/A"})), &json!({"type": "string"}));
        let cycle = json!({"$ref": "#/components/schemas/C"});
        assert_eq!(resolve_json(&root, &cycle)["$ref"], "#/components/schemas/C");
        let missing = json!({"$ref": "#/components/schemas/Z"});
        assert_eq!(resolve_json(&root, &missing), &missing);
    }
}
