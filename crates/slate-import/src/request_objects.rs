//! A request's nested object is what the request sends: the fields its table lists or its
//! example shows. Docs reuse a field name for objects of different sizes (`tracks` of a delete
//! request holds only `uri`, the `track` a response returns holds twenty fields), and merging
//! the two would make the request send every field of the response's object (or the
//! response's object lose what only the request lists). So such a pair is kept apart under two
//! names whenever merging would give the request's object fields it does not have.

use openapiv3::{Schema, SchemaKind, Type};
use std::collections::BTreeSet;

/// The direct property names of an object schema (none for anything else).
fn fields(s: &Schema) -> BTreeSet<&str> {
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => o.properties.keys().map(String::as_str).collect(),
        _ => BTreeSet::new(),
    }
}

/// Whether a nested object `new` must not merge with the component `existing` of its name:
/// `new` is a request's and `existing` has fields `new` lacks, or `existing` is a request's
/// object whose table lists its fields (`existing_listed`: the fields, and whether a request's
/// table listed them) and `new` has fields that table does not list.
pub(crate) fn kept_apart(
    existing: &Schema,
    existing_listed: Option<&(BTreeSet<String>, bool)>,
    new: &Schema,
    new_is_request: bool,
) -> bool {
    let (have, add) = (fields(existing), fields(new));
    if new_is_request && !add.is_empty() && have.iter().any(|f| !add.contains(f)) {
        return true;
    }
    match existing_listed {
        Some((listed, true)) => add.iter().any(|f| !listed.contains(*f)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(names: &[&str]) -> Schema {
        let props: serde_json::Map<String, serde_json::Value> =
            names.iter().map(|n| ((*n).to_owned(), serde_json::json!({"type": "string"}))).collect();
        serde_json::from_value(serde_json::json!({"type": "object", "properties": props})).expect("schema")
    }

    #[test]
    fn a_request_object_never_gains_another_objects_fields() {
        let track = object(&["uri", "name", "album"]);
        let sent = object(&["uri"]);
        assert!(kept_apart(&track, None, &sent, true), "the request sends only uri");
        assert!(!kept_apart(&track, None, &sent, false), "two response views merge");
        assert!(!kept_apart(&sent, None, &object(&["uri"]), true));
        let listed = (BTreeSet::from(["uri".to_owned()]), true);
        assert!(kept_apart(&sent, Some(&listed), &track, false), "a response's object does not widen the request's");
        let response_table = (BTreeSet::from(["uri".to_owned()]), false);
        assert!(!kept_apart(&sent, Some(&response_table), &track, false));
    }
}
