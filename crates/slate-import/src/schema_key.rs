//! The canonical key of a schema (what makes two components one): its JSON without the example
//! and the `x-source`, written straight to a string instead of through a JSON tree of it.

use openapiv3::{Schema, SchemaData, SchemaKind};
use serde::Serialize;

/// A schema serialized as [`Schema`] serializes (its data, then its kind, both flattened).
#[derive(Serialize)]
struct Keyed<'a> {
    #[serde(flatten)]
    data: &'a SchemaData,
    #[serde(flatten)]
    kind: &'a SchemaKind,
}

/// The JSON of `schema` without its top-level `example` and `x-source`.
pub(crate) fn key(schema: &Schema) -> String {
    let mut data = SchemaData { example: None, ..schema.schema_data.clone() };
    data.extensions.shift_remove(openapi_ext::names::SOURCE);
    serde_json::to_string(&Keyed { data: &data, kind: &schema.schema_kind }).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// The key as the JSON tree of the schema gave it.
    fn tree_key(schema: &Schema) -> String {
        let mut v = serde_json::to_value(schema).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.shift_remove("example");
            m.shift_remove(openapi_ext::names::SOURCE);
        }
        v.to_string()
    }

    #[test]
    fn the_key_is_the_json_without_example_and_source() {
        let schema: Schema = serde_json::from_value(json!({
            "type": "object",
            "description": "A thing.",
            "required": ["id"],
            "properties": {"id": {"type": "integer", "example": 3}, "size": {"type": "number", "minimum": 1.5}},
            "example": {"id": 3},
            "x-source": "a.md:3",
            "x-other": [1, "two"],
            "nullable": true
        }))
        .expect("a schema");
        let key = key(&schema);
        assert_eq!(key, tree_key(&schema));
        assert!(!key.contains("a.md:3") && !key.contains("{\"id\":3}") && key.contains("\"example\":3"));
    }
}
