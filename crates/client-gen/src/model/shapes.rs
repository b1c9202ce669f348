//! Reading a schema's shape whatever way the spec spelled it: an object's properties, the
//! members of an `allOf`, the alternatives of a `oneOf`/`anyOf`, a string enum, and whether
//! it admits `null`.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::Builder;
use openapi_ext as ext;

/// An object-shaped schema, whatever way the spec spelled it.
pub(super) struct ObjectShape {
    pub(super) properties: IndexMap<String, ReferenceOr<Box<Schema>>>,
    pub(super) required: Vec<String>,
    pub(super) additional: Option<AdditionalProperties>,
}

impl<'a> Builder<'a> {
    pub(super) fn object_shape(&self, s: &Schema) -> Option<ObjectShape> {
        match &s.schema_kind {
            SchemaKind::Type(Type::Object(o)) => Some(ObjectShape {
                properties: o.properties.clone(),
                required: o.required.clone(),
                additional: o.additional_properties.clone(),
            }),
            SchemaKind::Any(a)
                if a.all_of.is_empty()
                    && a.one_of.is_empty()
                    && a.any_of.is_empty()
                    && a.not.is_none()
                    && (!a.properties.is_empty()
                        || a.additional_properties.is_some()
                        || a.typ.as_deref() == Some("object")) =>
            {
                Some(ObjectShape {
                    properties: a.properties.clone(),
                    required: a.required.clone(),
                    additional: a.additional_properties.clone(),
                })
            }
            _ => None,
        }
    }

    /// The `allOf` members of a schema, without those that only annotate (a `description`
    /// beside a `$ref`, the OpenAPI 3.0 way to document a referenced property).
    pub(super) fn all_of<'s>(&self, s: &'s Schema) -> Option<Vec<&'s ReferenceOr<Schema>>> {
        let parts = match &s.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(a) if !a.all_of.is_empty() => &a.all_of,
            _ => return None,
        };
        let kept: Vec<&ReferenceOr<Schema>> = parts.iter().filter(|p| !is_annotation(p)).collect();
        (!kept.is_empty()).then_some(kept)
    }

    /// The `oneOf`/`anyOf` members of a schema, without those that admit only `null`.
    pub(super) fn members<'s>(&self, s: &'s Schema) -> Vec<&'s ReferenceOr<Schema>> {
        alternatives_of(s).iter().filter(|m| !self.is_null_only(m)).collect()
    }

    /// Alternatives that make an untagged enum: two or more members that are not just `null`.
    pub(super) fn alternatives<'s>(&self, s: &'s Schema) -> Option<Vec<&'s ReferenceOr<Schema>>> {
        let members = self.members(s);
        (members.len() > 1).then_some(members)
    }

    /// A schema that admits `null` and nothing else: `{nullable: true, enum: [null]}` (the
    /// OpenAPI 3.0 way to say "or null" in a `oneOf`/`anyOf`).
    fn is_null_only(&self, s: &ReferenceOr<Schema>) -> bool {
        ext::schema::is_null_only(s)
    }

    /// Whether the component a `$ref` names admits `null`.
    pub(super) fn ref_admits_null(&self, reference: &str) -> bool {
        let key = reference.strip_prefix("#/components/schemas/").unwrap_or("");
        matches!(self.components_schemas().and_then(|c| c.get(key)), Some(ReferenceOr::Item(s)) if self.admits_null(s))
    }

    /// Whether a schema admits `null`: `nullable`, or a `null`-only `oneOf`/`anyOf` member.
    pub(super) fn admits_null(&self, s: &Schema) -> bool {
        s.schema_data.nullable || alternatives_of(s).iter().any(|m| self.is_null_only(m))
    }

    pub(super) fn string_enum(&self, s: &Schema) -> Option<Vec<String>> {
        let values: Vec<String> = match &s.schema_kind {
            SchemaKind::Type(Type::String(st)) => st.enumeration.iter().flatten().cloned().collect(),
            SchemaKind::Any(a) if a.typ.as_deref().is_none_or(|t| t == "string") => {
                a.enumeration.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
            }
            _ => return None,
        };
        (!values.is_empty()).then_some(values)
    }

    /// Objects with properties and allOf compositions become structs.
    pub(super) fn is_struct_like(&self, s: &Schema) -> bool {
        if self.all_of(s).is_some_and(|parts| parts.len() > 1) {
            return true;
        }
        self.object_shape(s).is_some_and(|o| !o.properties.is_empty())
    }
}

/// A schema that constrains nothing: only annotations (`description`, `title`, `example`...).
fn is_annotation(s: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = s else { return false };
    match &s.schema_kind {
        SchemaKind::Any(a) => {
            a.typ.is_none()
                && a.properties.is_empty()
                && a.required.is_empty()
                && a.additional_properties.is_none()
                && a.items.is_none()
                && a.enumeration.is_empty()
                && a.all_of.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.not.is_none()
                && a.format.is_none()
                && !s.schema_data.nullable
        }
        _ => false,
    }
}

/// All `oneOf` (else `anyOf`) members of a schema; none when it is an `allOf` composition.
fn alternatives_of(s: &Schema) -> &[ReferenceOr<Schema>] {
    match &s.schema_kind {
        SchemaKind::OneOf { one_of } => one_of,
        SchemaKind::AnyOf { any_of } => any_of,
        SchemaKind::Any(a) if a.all_of.is_empty() && !a.one_of.is_empty() => &a.one_of,
        SchemaKind::Any(a) if a.all_of.is_empty() => &a.any_of,
        _ => &[],
    }
}
