//! How a `oneOf`/`anyOf` decodes: by its `discriminator`, else by trying the variants in order
//! (warned where a variant can never be chosen).

use openapiv3::{ReferenceOr, Schema};

use super::{Builder, Discriminator, Ty, TypeKind};
use crate::Code;

impl<'a> Builder<'a> {
    /// The discriminator of a `oneOf`: each `mapping` entry, and each `$ref` variant by its
    /// schema name (the implicit mapping); an inline variant whose discriminator property is
    /// a one-value enum by that value.
    pub(super) fn discriminator(
        &mut self,
        d: &openapiv3::Discriminator,
        alts: &[&ReferenceOr<Schema>],
        loc: &str,
    ) -> Discriminator {
        let key_of = |r: &str| r.strip_prefix("#/components/schemas/").unwrap_or(r).to_string();
        let mut values: Vec<(String, usize)> = Vec::new();
        for (value, target) in &d.mapping {
            let target = key_of(target);
            let found = alts
                .iter()
                .position(|a| matches!(a, ReferenceOr::Reference { reference } if key_of(reference) == target));
            match found {
                Some(i) => values.push((value.clone(), i)),
                None => self.warn(
                    Code::DiscriminatorUnmatched,
                    format!("{loc}.discriminator.mapping.{value}"),
                    format!("maps to `{target}`, which is not one of the oneOf variants; the value is ignored"),
                ),
            }
        }
        let mut fallback = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            if values.iter().any(|(_, j)| *j == i) {
                continue;
            }
            let implicit = match alt {
                ReferenceOr::Reference { reference } => Some(key_of(reference)),
                ReferenceOr::Item(s) => {
                    self.object_shape(s).and_then(|o| o.properties.get(&d.property_name).cloned()).and_then(|p| match p
                    {
                        ReferenceOr::Item(p) => self.string_enum(&p).filter(|v| v.len() == 1).map(|mut v| v.remove(0)),
                        ReferenceOr::Reference { .. } => None,
                    })
                }
            };
            match implicit {
                Some(v) => values.push((v, i)),
                None => {
                    self.warn(
                        Code::DiscriminatorUnmatched,
                        format!("{loc}.oneOf.{i}"),
                        format!(
                            "no `{}` value of the discriminator selects this inline variant; it is tried in order when the value is unknown",
                            d.property_name
                        ),
                    );
                    fallback.push(i);
                }
            }
        }
        Discriminator { property: d.property_name.clone(), values, fallback }
    }

    /// A `oneOf` without discriminator is decoded by trying its variants in order: a struct
    /// variant with no required field accepts any object, so a later struct variant is never
    /// chosen. Warns where that happens.
    pub(super) fn warn_undecidable(&mut self, variants: &[(String, Ty, bool)], loc: &str) {
        let is_struct = |b: &Self, t: &Ty| match t {
            Ty::Named(n) => match b.types.get(n).map(|d| &d.kind) {
                Some(TypeKind::Struct { fields, .. }) => Some(fields.iter().all(|f| f.skip_none)),
                _ => None,
            },
            Ty::Map(_) => Some(true),
            _ => None,
        };
        let structs: Vec<(&String, bool)> =
            variants.iter().filter_map(|(v, t, _)| is_struct(self, t).map(|loose| (v, loose))).collect();
        if let Some(pos) = structs.iter().position(|(_, loose)| *loose) {
            if pos + 1 < structs.len() {
                let later: Vec<String> = structs[pos + 1..].iter().map(|(v, _)| format!("`{v}`")).collect();
                self.warn(
                    Code::OneOfUndecidable,
                    loc,
                    format!(
                        "oneOf without discriminator cannot be decided: variant `{}` has no required property and accepts any object, so {} are never chosen",
                        structs[pos].0,
                        later.join(", ")
                    ),
                );
            }
        }
    }
}
