//! Media types: which ones are JSON or raw bytes, and which one of a body the client sends.

use indexmap::IndexMap;
use openapiv3::{ReferenceOr, RequestBody, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};

pub(super) fn is_json(media: &str) -> bool {
    let m = media.to_ascii_lowercase();
    m.starts_with("application/json") || (m.contains("+json") || m.contains("/json")) || m == "*/*"
}

/// Raw bytes: a media type that is neither JSON, text, a form nor multipart, or a schema
/// `type: string, format: binary`.
pub(super) fn is_binary(media: &str, mt: &openapiv3::MediaType) -> bool {
    let m = media.to_ascii_lowercase();
    let structured = is_json(&m)
        || m.starts_with("text/")
        || m.starts_with("multipart/")
        || m.starts_with("application/x-www-form-urlencoded")
        || m.ends_with("+xml")
        || m.ends_with("/xml");
    let binary_schema = matches!(&mt.schema, Some(ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::String(s)), .. }))
        if matches!(&s.format, VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)));
    !structured || (binary_schema && !is_json(&m) && !m.starts_with("multipart/"))
}

/// The media type of a request body the client sends: JSON, else a form, else the first.
pub(super) fn body_media(rb: &RequestBody) -> Option<(&String, &openapiv3::MediaType)> {
    rb.content
        .iter()
        .find(|(m, _)| is_json(m))
        .or_else(|| rb.content.iter().find(|(m, _)| m.starts_with("application/x-www-form-urlencoded")))
        .or_else(|| rb.content.first())
}

pub(super) fn json_schema(content: &IndexMap<String, openapiv3::MediaType>) -> Option<&ReferenceOr<Schema>> {
    content.iter().find(|(m, _)| is_json(m)).and_then(|(_, mt)| mt.schema.as_ref())
}
