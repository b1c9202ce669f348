//! A request's nested object is what the request sends: the fields its table lists or its
//! example shows. Docs reuse a field name for objects of different sizes (the `tracks` of a
//! delete request hold only `uri`, the track a response returns holds twenty fields), and
//! merging the two would make the request send every field of the response's object. So while
//! a request body is inferred ([`SchemaRegistry::request_object`]), a nested object is kept
//! apart from a component of its name that has fields it lacks. (The other direction, a
//! response's object widening a request's whose table lists its fields, is the registry's
//! `listed`.)

use super::{ObjectEvidence, SchemaRegistry};
use crate::diag::{Diagnostics, Pos};
use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use std::collections::BTreeSet;

impl SchemaRegistry {
    /// As [`Self::object`], for a request body: its nested objects hold only what the request
    /// sends (see the module).
    pub fn request_object(
        &mut self,
        name_hint: &str,
        evidence: &ObjectEvidence,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> ReferenceOr<Schema> {
        let before = std::mem::replace(&mut self.requesting, true);
        let r = self.object(name_hint, evidence, source, diags);
        self.requesting = before;
        r
    }

    /// Whether a nested object `new`, whose table lists the fields `listed`, must not merge
    /// with the component `existing` of its name: it is a request's, its table lists what
    /// it sends, and `existing` has fields it lacks. (A request shown by an example alone,
    /// such as a partial update showing one field, may send the rest: it merges.)
    pub(super) fn keeps_apart(&self, existing: &Schema, new: &Schema, listed: Option<&BTreeSet<String>>) -> bool {
        self.requesting && listed.is_some() && apart(existing, new)
    }

    /// What a request's object kept apart ([`Self::keeps_apart`]) still says of the fields the
    /// component `name` shares with it: the component learns their descriptions and a wider
    /// type (`number` where its examples only showed `1`, a type where they only showed `null`), as it would have by merging, but
    /// gains none of the request's own fields.
    pub(super) fn teach(&mut self, name: &str, request: &Schema) {
        let Some(c) = self.components.get_mut(name) else { return };
        let (SchemaKind::Type(Type::Object(have)), SchemaKind::Type(Type::Object(sent))) =
            (&mut c.schema.schema_kind, &request.schema_kind)
        else {
            return;
        };
        for (key, field) in &mut have.properties {
            let (ReferenceOr::Item(field), Some(ReferenceOr::Item(told))) = (field, sent.properties.get(key)) else {
                continue;
            };
            if field.schema_data.description.is_none() {
                field.schema_data.description.clone_from(&told.schema_data.description);
            }
            let wider = matches!(
                (&field.schema_kind, &told.schema_kind),
                (SchemaKind::Type(Type::Integer(_)), SchemaKind::Type(Type::Number(_)))
            );
            // Untyped (its examples showed only `null`): the request's type, nullable.
            let untyped = matches!(&field.schema_kind, SchemaKind::Any(a) if *a == Default::default());
            if untyped && !matches!(told.schema_kind, SchemaKind::Any(_)) {
                field.schema_data.nullable = true;
            }
            if wider || untyped {
                field.schema_kind = told.schema_kind.clone();
            }
        }
        c.key = super::canonical_key(&c.schema);
    }
}

/// The direct property names of an object schema (none for anything else).
fn fields(s: &Schema) -> BTreeSet<&str> {
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => o.properties.keys().map(String::as_str).collect(),
        _ => BTreeSet::new(),
    }
}

/// Whether a request's nested object `new` must not merge with the component `existing` of
/// its name: `new` has fields, and `existing` has fields `new` lacks.
pub(super) fn apart(existing: &Schema, new: &Schema) -> bool {
    let (have, add) = (fields(existing), fields(new));
    !add.is_empty() && have.iter().any(|f| !add.contains(f))
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
        assert!(apart(&track, &sent), "the request sends only uri");
        assert!(!apart(&sent, &object(&["uri"])), "the same fields merge");
        assert!(!apart(&sent, &track), "a request's wider object takes the narrower one");
        assert!(!apart(&track, &object(&[])), "an object without fields says nothing");
    }
}
