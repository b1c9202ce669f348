//! `allOf` inheritance with a discriminator: a base schema whose `discriminator` names (by its
//! `mapping`, or implicitly by schema name) the schemas that `allOf` it. Wherever the base is
//! used, a value decodes as the subtype its discriminator property selects; a value naming no
//! subtype decodes as the base itself (`{Base}Base`, the base's own fields).

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::{Builder, Discriminator, Ty, TypeDef, TypeKind};

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

impl<'a> Builder<'a> {
    /// Defines the component `name` (a struct-like schema with a discriminator) as the enum of
    /// its subtypes. `false` when the discriminator names no subtype (nothing is defined).
    pub(super) fn define_inheritance(&mut self, s: &Schema, name: &str, doc: &[String], loc: &str) -> bool {
        let Some(d) = &s.schema_data.discriminator else { return false };
        let Some(key) = self.component_names.iter().find(|(_, v)| v.as_str() == name).map(|(k, _)| k.clone()) else {
            return false;
        };
        let Some(schemas) = self.components_schemas() else { return false };
        // (discriminator value, component key): the mapping first, then every schema that
        // `allOf`s the base and is not mapped, by its name.
        let mut subtypes: Vec<(String, String)> = Vec::new();
        for (value, target) in &d.mapping {
            let target = schema_key(target).to_string();
            if schemas.contains_key(&target) {
                subtypes.push((value.clone(), target));
            } else {
                self.warn(
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
            return false;
        }
        // The base's own fields, for a value naming no subtype.
        let base_name = self.type_ns.claim(&format!("{name}Base"));
        let mut base = s.clone();
        base.schema_data.discriminator = None;
        self.define_inline(&base, &base_name, vec![format!("The fields of [`{name}`] itself (no subtype).")], loc);
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
        let discriminator = Discriminator { property: d.property_name.clone(), values, fallback };
        let mut doc = doc.to_vec();
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.push(format!("One of the schemas that extend `{key}` (`allOf`), chosen by `{}`.", d.property_name));
        self.insert(TypeDef {
            name: name.to_string(),
            doc,
            kind: TypeKind::Untagged { variants, discriminator: Some(discriminator) },
        });
        true
    }
}
