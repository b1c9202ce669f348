//! `allOf` inheritance with a discriminator: a base schema whose `discriminator` names (by its
//! `mapping`, or implicitly by schema name) the schemas that `allOf` it. Wherever the base is
//! used, a value decodes as the subtype its discriminator property selects; a value naming no
//! subtype decodes as the base itself (`{Base}Base`, the base's own fields).

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::{Builder, Discriminator, Ty, TypeDef, TypeKind};
use crate::Code;

/// `#/components/schemas/Dog` or `Dog` -> `Dog`.
fn schema_key(target: &str) -> &str {
    target.strip_prefix("#/components/schemas/").unwrap_or(target)
}

/// Whether `s` lists `$ref: #/components/schemas/{base}` among its `allOf` members.
fn extends(s: &Schema, base: &str) -> bool {
    let parts = match &s.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        SchemaKind::Any(a) => &a.all_of,
        _ => return false,
    };
    parts.iter().any(|p| matches!(p, ReferenceOr::Reference { reference } if schema_key(reference) == base))
}

/// The schemas a base's discriminator selects, found before the base's own fields are defined.
pub(super) struct Subtypes {
    /// The base's key in `components.schemas`.
    key: String,
    /// The discriminator property.
    property: String,
    /// (discriminator value, component key): the mapping first, then every schema that
    /// `allOf`s the base and is not mapped, by its name.
    values: Vec<(String, String)>,
}

/// The base schema without its discriminator: its own fields, for a value naming no subtype.
pub(super) fn own_fields(s: &Schema) -> Schema {
    let mut base = s.clone();
    base.schema_data.discriminator = None;
    base
}

impl<'a> Builder<'a> {
    /// The subtypes of the component `name` (a struct-like schema with a discriminator); `None`
    /// when the discriminator names no subtype (the schema is then a plain struct).
    pub(super) fn subtypes(&mut self, s: &Schema, name: &str, loc: &str) -> Option<Subtypes> {
        let d = s.schema_data.discriminator.as_ref()?;
        let key = self.component_names.iter().find(|(_, v)| v.as_str() == name).map(|(k, _)| k.clone())?;
        let schemas = self.components_schemas()?;
        let mut subtypes: Vec<(String, String)> = Vec::new();
        for (value, target) in &d.mapping {
            let target = schema_key(target).to_string();
            if schemas.contains_key(&target) {
                subtypes.push((value.clone(), target));
            } else {
                self.warn(
                    Code::DiscriminatorUnmatched,
                    format!("{loc}.discriminator.mapping.{value}"),
                    format!("maps to `{target}`, which is not a schema of `components.schemas`; the value is ignored"),
                );
            }
        }
        for (k, other) in schemas {
            if let ReferenceOr::Item(other) = other {
                if extends(other, &key) && !subtypes.iter().any(|(_, t)| t == k) {
                    subtypes.push((k.clone(), k.clone()));
                }
            }
        }
        subtypes.retain(|(_, t)| *t != key);
        if subtypes.is_empty() {
            return None;
        }
        Some(Subtypes { key, property: d.property_name.clone(), values: subtypes })
    }

    /// The component `name` as the enum of its subtypes, with `base_name` (the type of the
    /// base's own fields, already defined) as the fallback variant.
    pub(super) fn subtype_enum(&self, subtypes: Subtypes, name: &str, base_name: String, doc: &[String]) -> TypeDef {
        let Subtypes { key, property, values: subtypes } = subtypes;
        let mut variants: Vec<(String, Ty, bool)> = Vec::new();
        let mut values = Vec::new();
        for (value, target) in subtypes {
            let ty = Ty::Named(self.component_names[&target].clone());
            let i = variants.iter().position(|(_, t, _)| *t == ty).unwrap_or_else(|| {
                variants.push((self.component_names[&target].clone(), ty, false));
                variants.len() - 1
            });
            values.push((value, i));
        }
        variants.push((base_name.clone(), Ty::Named(base_name), false));
        let fallback = vec![variants.len() - 1];
        let mut doc = doc.to_vec();
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.push(format!("One of the schemas that extend `{key}` (`allOf`), chosen by `{property}`."));
        let discriminator = Discriminator { property, values, fallback };
        TypeDef {
            name: name.to_string(),
            doc,
            kind: TypeKind::Untagged { variants, discriminator: Some(discriminator) },
        }
    }
}
