//! Schemas to generated types: every component schema gets a type under its name, and a
//! schema used in place (a property, a parameter, a body) a type named from where it is used
//! or a plain Rust type.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};

use super::inheritance;
use super::shapes::ObjectShape;
use super::text::doc_lines;
use super::{Builder, Field, Ty, TypeDef, TypeKind};
use crate::names::{camel_ident, snake_ident, unraw, Namespace};
use crate::Code;

impl<'a> Builder<'a> {
    pub(super) fn assign_component_names(&mut self) {
        let Some(schemas) = self.components_schemas() else {
            return;
        };
        for key in schemas.keys() {
            let mut ident = crate::names::type_ident(key);
            // The crate's own `Error` is the client's error; a schema of that name is the body.
            if ident == "Error" {
                ident = "ErrorBody".to_string();
            }
            let name = self.type_ns.claim(&ident);
            self.component_names.insert(key.clone(), name);
        }
    }

    pub(super) fn resolve_components(&mut self) {
        let Some(schemas) = self.components_schemas() else {
            return;
        };
        for (key, schema) in schemas {
            let name = self.component_names[key].clone();
            let loc = format!("components.schemas.{key}");
            match schema {
                ReferenceOr::Reference { .. } => {
                    let ty = self.ty_for_ref_or(schema, &name, &loc);
                    self.insert(TypeDef { name: name.clone(), doc: vec![], kind: TypeKind::Alias(ty) });
                }
                ReferenceOr::Item(s) => self.define_named(s, &name, &loc),
            }
        }
    }

    pub(super) fn insert(&mut self, def: TypeDef) {
        self.types.insert(def.name.clone(), def);
    }

    /// Defines a component schema under its pre-assigned name.
    fn define_named(&mut self, s: &Schema, name: &str, loc: &str) {
        let doc = doc_lines(&[s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]);
        // Shapes that define a type of their own: build it in place under `name`.
        if self.is_struct_like(s) || self.string_enum(s).is_some() || self.alternatives(s).is_some() {
            self.define_inline(s, name, doc, loc);
            return;
        }
        let ty = self.ty_for_schema(s, name, loc);
        self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Alias(ty) });
    }

    pub(super) fn ty_for_ref_or(&mut self, r: &ReferenceOr<Schema>, hint: &str, loc: &str) -> Ty {
        match r {
            ReferenceOr::Reference { reference } => self.ty_for_reference(reference, loc),
            ReferenceOr::Item(s) => self.ty_for_schema(s, hint, loc),
        }
    }

    pub(super) fn ty_for_boxed(&mut self, r: &ReferenceOr<Box<Schema>>, hint: &str, loc: &str) -> Ty {
        match r {
            ReferenceOr::Reference { reference } => self.ty_for_reference(reference, loc),
            ReferenceOr::Item(s) => self.ty_for_schema(s, hint, loc),
        }
    }

    pub(super) fn ty_for_reference(&mut self, reference: &str, loc: &str) -> Ty {
        let key = reference.strip_prefix("#/components/schemas/").unwrap_or("");
        match self.component_names.get(key) {
            Some(name) => Ty::Named(name.clone()),
            None => {
                self.warn(
                    Code::RefUnsupported,
                    loc,
                    format!("unsupported or unresolvable $ref `{reference}`; typed as serde_json::Value"),
                );
                Ty::Value
            }
        }
    }

    /// The type of a schema used somewhere (a field, a parameter, a body); defines inline
    /// types named from `hint` as needed.
    fn ty_for_schema(&mut self, s: &Schema, hint: &str, loc: &str) -> Ty {
        if self.is_struct_like(s) || self.string_enum(s).is_some() || self.alternatives(s).is_some() {
            let name = self.type_ns.claim(&crate::names::type_ident(hint));
            let doc = doc_lines(&[s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]);
            self.define_inline(s, &name, doc, loc);
            return Ty::Named(name);
        }
        if let Some(parts) = self.all_of(s) {
            // A single-member allOf: that member.
            if let Some(first) = parts.first() {
                return self.ty_for_ref_or(first, hint, loc);
            }
        }
        if let [only] = self.members(s).as_slice() {
            // One member (besides a `null`-only one): that member.
            return self.ty_for_ref_or(only, hint, loc);
        }
        match &s.schema_kind {
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => Ty::Value,
            SchemaKind::Not { .. } => {
                self.warn(Code::SchemaUnsupported, loc, "`not` schemas are not supported; typed as serde_json::Value");
                Ty::Value
            }
            SchemaKind::Type(Type::String(_)) => Ty::String,
            SchemaKind::Type(Type::Integer(i)) => integer_ty(&i.format),
            SchemaKind::Type(Type::Number(_)) => Ty::F64,
            SchemaKind::Type(Type::Boolean(_)) => Ty::Bool,
            SchemaKind::Type(Type::Array(a)) => match &a.items {
                Some(items) => Ty::Vec(Box::new(self.ty_for_boxed(items, &format!("{hint}Item"), loc))),
                None => Ty::Vec(Box::new(Ty::Value)),
            },
            SchemaKind::Type(Type::Object(o)) => self.map_ty(o.additional_properties.as_ref(), hint, loc),
            SchemaKind::Any(a) => {
                if a.not.is_some() {
                    self.warn(
                        Code::SchemaUnsupported,
                        loc,
                        "`not` schemas are not supported; typed as serde_json::Value",
                    );
                    return Ty::Value;
                }
                if let Some(items) = &a.items {
                    return Ty::Vec(Box::new(self.ty_for_boxed(items, &format!("{hint}Item"), loc)));
                }
                match a.typ.as_deref() {
                    Some("string") => Ty::String,
                    Some("integer") => match a.format.as_deref() {
                        Some("int32") => Ty::I32,
                        _ => Ty::I64,
                    },
                    Some("number") => Ty::F64,
                    Some("boolean") => Ty::Bool,
                    Some("array") => Ty::Vec(Box::new(Ty::Value)),
                    Some("object") => self.map_ty(a.additional_properties.as_ref(), hint, loc),
                    None if a.additional_properties.is_some() => {
                        self.map_ty(a.additional_properties.as_ref(), hint, loc)
                    }
                    None => Ty::Value,
                    Some(other) => {
                        self.warn(
                            Code::SchemaUnsupported,
                            loc,
                            format!("unknown type `{other}`; typed as serde_json::Value"),
                        );
                        Ty::Value
                    }
                }
            }
        }
    }

    fn map_ty(&mut self, additional: Option<&AdditionalProperties>, hint: &str, loc: &str) -> Ty {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                Ty::Map(Box::new(self.ty_for_ref_or(s, &format!("{hint}Value"), loc)))
            }
            _ => Ty::Map(Box::new(Ty::Value)),
        }
    }

    /// Defines a struct, enum or untagged enum named `name` (already claimed).
    pub(super) fn define_inline(&mut self, s: &Schema, name: &str, doc: Vec<String>, loc: &str) {
        // Hold the position (types come out in the order they are first met).
        self.insert(TypeDef { name: name.to_string(), doc: vec![], kind: TypeKind::Alias(Ty::Value) });
        if let Some(values) = self.string_enum(s) {
            let mut ns = Namespace::new();
            let mut variants = Vec::new();
            for v in values {
                if variants.iter().any(|(_, w)| *w == v) {
                    continue;
                }
                let ident = ns.claim(&camel_ident(&v));
                variants.push((ident, v));
            }
            let fallback = ns.claim("Unknown");
            self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Enum { variants, fallback } });
            return;
        }
        if let Some(alts) = self.alternatives(s) {
            // Reserve the name before recursing so nested hints do not take it.
            let mut ns = Namespace::new();
            let mut variants = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                let ty = self.ty_for_ref_or(alt, &format!("{name}Variant{}", i + 1), loc);
                let vname = match &ty {
                    Ty::Named(n) if matches!(alt, ReferenceOr::Reference { .. }) => n.clone(),
                    Ty::Named(n) => match self.types.get(n).map(|d| &d.kind) {
                        Some(TypeKind::Enum { .. }) => "Enum".into(),
                        Some(TypeKind::Untagged { .. }) => "OneOf".into(),
                        _ => "Object".into(),
                    },
                    Ty::String => "String".into(),
                    Ty::I32 | Ty::I64 => "Integer".into(),
                    Ty::F64 => "Number".into(),
                    Ty::Bool => "Boolean".into(),
                    Ty::Vec(_) => "Array".into(),
                    Ty::Map(_) => "Object".into(),
                    Ty::Value => "Value".into(),
                };
                let vname = ns.claim(&vname);
                variants.push((vname, ty, false));
            }
            let discriminator = match &s.schema_data.discriminator {
                Some(d) => Some(self.discriminator(d, &alts, loc)),
                None => {
                    self.warn_undecidable(&variants, loc);
                    None
                }
            };
            self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Untagged { variants, discriminator } });
            return;
        }
        // A struct: an object, or the merge of an allOf; a base with a discriminator: its subtypes.
        if let Some(subtypes) = self.subtypes(s, name, loc) {
            // The base's own fields, for a value naming no subtype.
            let base_name = self.type_ns.claim(&format!("{name}Base"));
            let base_doc = vec![format!("The fields of [`{name}`] itself (no subtype).")];
            self.define_inline(&inheritance::own_fields(s), &base_name, base_doc, loc);
            let def = self.subtype_enum(subtypes, name, base_name, &doc);
            self.insert(def);
            return;
        }
        if let Some(d) = &s.schema_data.discriminator {
            self.warn(
                Code::DiscriminatorUnmatched,
                loc,
                format!(
                    "discriminator `{}` names no schema that extends this one (no `mapping`, and no schema `allOf`s it): this schema decodes as itself",
                    d.property_name
                ),
            );
        }
        let mut shape = ObjectShape { properties: IndexMap::new(), required: Vec::new(), additional: None };
        let mut visited = BTreeSet::new();
        self.merge_into(s, &mut shape, &mut visited, loc);
        let mut ns = Namespace::new();
        ns.reserve(&["additional_properties"]);
        let mut fields = Vec::new();
        for (wire, prop) in &shape.properties {
            let ident = ns.claim(&snake_ident(wire));
            let hint = format!("{name}{}", unraw(&camel_ident(wire)));
            let ploc = format!("{loc}.properties.{wire}");
            let ty = self.ty_for_boxed(prop, &hint, &ploc);
            let (nullable, read_only, pdoc) = match prop {
                ReferenceOr::Item(p) => (
                    self.admits_null(p),
                    // Absent from requests (readOnly) or responses (writeOnly): one type
                    // serves both, so the field is optional.
                    p.schema_data.read_only || p.schema_data.write_only,
                    doc_lines(&[p.schema_data.description.as_deref()]),
                ),
                ReferenceOr::Reference { reference } => (self.ref_admits_null(reference), false, vec![]),
            };
            let required = shape.required.iter().any(|r| r == wire);
            let default = self.property_default(prop, &ploc);
            fields.push(Field {
                ident,
                wire: wire.clone(),
                ty,
                optional: !required || nullable || read_only,
                skip_none: !required || read_only,
                double: !required && nullable && !read_only,
                boxed: false,
                doc: pdoc,
                default,
            });
        }
        let additional = match &shape.additional {
            Some(AdditionalProperties::Schema(a)) => Some(self.ty_for_ref_or(a, &format!("{name}Value"), loc)),
            _ => None,
        };
        self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Struct { fields, additional } });
    }

    pub(super) fn merge_into(
        &mut self,
        s: &Schema,
        shape: &mut ObjectShape,
        visited: &mut BTreeSet<String>,
        loc: &str,
    ) {
        if let Some(parts) = self.all_of(s) {
            for part in parts {
                match part {
                    ReferenceOr::Reference { reference } => {
                        if !visited.insert(reference.clone()) {
                            continue;
                        }
                        if let Some((_, target)) = self.ref_target(reference, loc) {
                            self.merge_into(target, shape, visited, loc);
                        }
                    }
                    ReferenceOr::Item(p) => self.merge_into(p, shape, visited, loc),
                }
            }
            // allOf with sibling properties (Any schema).
            if let SchemaKind::Any(a) = &s.schema_kind {
                for (k, v) in &a.properties {
                    shape.properties.insert(k.clone(), v.clone());
                }
                shape.required.extend(a.required.iter().cloned());
            }
            return;
        }
        if let Some(o) = self.object_shape(s) {
            for (k, v) in o.properties {
                shape.properties.insert(k, v);
            }
            shape.required.extend(o.required);
            if o.additional.is_some() {
                shape.additional = o.additional;
            }
            return;
        }
        self.warn(
            Code::SchemaUnsupported,
            loc,
            "allOf member that is not an object; its extra fields are kept in `additional_properties`",
        );
        if shape.additional.is_none() {
            shape.additional = Some(AdditionalProperties::Any(true));
        }
    }
}

fn integer_ty(f: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Ty {
    match f {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ty::I32,
        _ => Ty::I64,
    }
}
