//! `default` values of schema properties. OpenAPI's `default` is the value the server assumes
//! when a property is absent, so it is documented on the field and, for an optional field,
//! decoded in place of an absent value (`#[serde(default = ..)]`). The client never sends it:
//! a field left `None` is still omitted from requests.

use openapiv3::{ReferenceOr, Schema};
use serde_json::Value;

use super::{Builder, Field, Ty, TypeDef, TypeKind};
use crate::Code;

/// A property's `default`, with the spec location it was read at.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDefault {
    /// The value, as JSON.
    pub value: Value,
    /// Where it is in the spec (`components.schemas.Pet.properties.kind.default`).
    pub location: String,
}

impl<'a> Builder<'a> {
    /// The `default` of a property (of the schema a `$ref` names, when it is a reference).
    pub(super) fn property_default(&self, prop: &ReferenceOr<Box<Schema>>, loc: &str) -> Option<FieldDefault> {
        let value = match prop {
            ReferenceOr::Item(p) => p.schema_data.default.clone(),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/schemas/")?;
                match self.components_schemas()?.get(key)? {
                    ReferenceOr::Item(s) => s.schema_data.default.clone(),
                    ReferenceOr::Reference { .. } => None,
                }
            }
        }?;
        Some(FieldDefault { value, location: format!("{loc}.default") })
    }

    /// Once every type is known: a default is kept (decoded in place of an absent value) on
    /// optional fields whose type it fits; a default that does not fit is a warning and is only
    /// documented.
    pub(super) fn check_defaults(&mut self, defs: &mut [TypeDef]) {
        let kinds: Vec<(String, TypeKind)> = defs.iter().map(|d| (d.name.clone(), d.kind.clone())).collect();
        let mut warnings = Vec::new();
        for def in defs.iter_mut() {
            let TypeKind::Struct { fields, .. } = &mut def.kind else { continue };
            for f in fields.iter_mut() {
                let Some(d) = &f.default else { continue };
                let text = d.value.to_string();
                if !f.doc.is_empty() {
                    f.doc.push(String::new());
                }
                f.doc.push(format!("Default: `{}`.", text.replace('`', "'")));
                if !fits(&kinds, &f.ty, &d.value, 0) {
                    warnings.push((
                        d.location.clone(),
                        format!("default `{text}` does not fit the property's type; documented, not applied"),
                    ));
                    f.default = None;
                } else if !applies(f) {
                    f.default = None;
                }
            }
        }
        for (loc, message) in warnings {
            self.warn(Code::DefaultUnfit, loc, message);
        }
    }
}

/// A parameter's doc with its `default` (the value the server assumes when it is not sent; the
/// client sends none unless set).
pub(super) fn param_doc(mut doc: Vec<String>, format: &openapiv3::ParameterSchemaOrContent) -> Vec<String> {
    if let openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) = format {
        if let Some(value) = &s.schema_data.default {
            if !doc.is_empty() {
                doc.push(String::new());
            }
            doc.push(format!("Default (the server's, when not sent): `{}`.", value.to_string().replace('`', "'")));
        }
    }
    doc
}

/// Decoded in place of an absent value: an optional field that is not also nullable-optional
/// (`Option<Option<T>>` keeps absent and `null` apart itself).
fn applies(f: &Field) -> bool {
    f.optional && f.skip_none && !f.double
}

/// Whether `value` decodes as `ty`.
fn fits(kinds: &[(String, TypeKind)], ty: &Ty, value: &Value, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    match ty {
        Ty::String => value.is_string(),
        Ty::I32 => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        Ty::I64 => value.as_i64().is_some(),
        Ty::F64 => value.is_number(),
        Ty::Bool => value.is_boolean(),
        Ty::Value => true,
        Ty::Vec(t) => value.as_array().is_some_and(|a| a.iter().all(|v| fits(kinds, t, v, depth + 1))),
        Ty::Map(t) => value.as_object().is_some_and(|o| o.values().all(|v| fits(kinds, t, v, depth + 1))),
        Ty::Named(n) => match kinds.iter().find(|(k, _)| k == n).map(|(_, k)| k) {
            Some(TypeKind::Enum { variants, .. }) => {
                value.as_str().is_some_and(|s| variants.iter().any(|(_, w)| w == s))
            }
            Some(TypeKind::Alias(t)) => fits(kinds, t, value, depth + 1),
            Some(TypeKind::Struct { fields, .. }) => value
                .as_object()
                .is_some_and(|o| fields.iter().filter(|f| !f.optional).all(|f| o.contains_key(&f.wire))),
            Some(TypeKind::Untagged { .. }) => !value.is_null(),
            Some(TypeKind::Form { .. }) | None => false,
        },
    }
}
