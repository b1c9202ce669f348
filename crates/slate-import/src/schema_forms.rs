//! Schema shapes that schema inference ([`crate::schema`]), schema merging
//! ([`crate::schema_merge`]) and example checking ([`crate::example_check`]) share: the string
//! formats a value has, and the form of a reference with `nullable` or other data beside it.
//! It depends on none of them, so that they need not import each other.

use openapi_ext::schema::null_only;
use openapiv3::{AnySchema, ReferenceOr, Schema, SchemaData, SchemaKind};
use regex::Regex;
use std::sync::LazyLock;

static RE_DATE_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$").unwrap());
static RE_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{4}-\d{2}-\d{2}$").unwrap());
static RE_UUID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").unwrap()
});
static RE_EMAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^@\s]+@[^@\s]+\.[^@\s]+$").unwrap());
static RE_URI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$").unwrap());

/// Whether `s` has the shape of `format` (`date-time`, `date`, `uuid`, `email`, `uri`).
pub(crate) fn has_format(s: &str, format: &str) -> bool {
    match format {
        "date-time" => RE_DATE_TIME.is_match(s),
        "date" => RE_DATE.is_match(s),
        "uuid" => RE_UUID.is_match(s),
        "email" => RE_EMAIL.is_match(s),
        "uri" => RE_URI.is_match(s),
        _ => true,
    }
}

/// A reference with `nullable`, `readOnly` or a description beside it.
///
/// Nullable: `{anyOf: [$ref, {type: string, nullable: true, enum: [null]}]}`. OpenAPI 3.0.3
/// says `nullable` admits null only where the same schema has a `type`, and an `allOf` member
/// that does not admit null still rejects it, so the common `{nullable: true, allOf: [$ref]}`
/// does not admit null at all (strict validators flag its null examples). The second member
/// admits null and nothing else; generators read the pair as an optional `$ref`.
/// Otherwise: `{type: object, allOf: [$ref], ...}` (components are objects).
pub(crate) fn wrapped_ref(reference: ReferenceOr<Schema>, schema_data: SchemaData) -> Schema {
    if schema_data.nullable {
        return Schema {
            schema_data: SchemaData { nullable: false, ..schema_data },
            schema_kind: SchemaKind::AnyOf { any_of: vec![reference, ReferenceOr::Item(null_only())] },
        };
    }
    Schema {
        schema_data,
        schema_kind: SchemaKind::Any(AnySchema {
            typ: Some("object".into()),
            all_of: vec![reference],
            ..AnySchema::default()
        }),
    }
}
