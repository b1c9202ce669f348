//! `multipart/form-data` request bodies: one typed part per property of the body's schema;
//! binary properties (`type: string, format: binary`, or arrays of them) are files sent with a
//! file name and a media type.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};

use super::shapes::ObjectShape;
use super::text::doc_lines;
use super::{Body, BodyKind, Builder, Ty, TypeDef, TypeKind};
use crate::names::{camel_ident, snake_ident, unraw, Namespace};
use crate::Code;

/// One part of a `multipart/form-data` body (a property of its schema).
#[derive(Debug, Clone)]
pub struct FormPart {
    /// The part's name on the wire (the property name).
    pub wire: String,
    /// The Rust field name of the part in the form struct.
    pub ident: String,
    /// The type of a text part's value (of one item, for a list); `Ty::Value` for a file.
    pub ty: Ty,
    /// A file: bytes with a file name and a media type (`FilePart`).
    pub file: bool,
    /// An array: one part per item, all with the same name.
    pub list: bool,
    /// Required by the body's schema (else the field is an `Option`).
    pub required: bool,
    /// The part's `Content-Type` from the media type's `encoding` (files default to
    /// `application/octet-stream`, objects are sent as `application/json`).
    pub media: Option<String>,
    /// Doc comment lines (the property's description).
    pub doc: Vec<String>,
}

/// `type: string, format: binary`.
fn is_file(s: &Schema) -> bool {
    matches!(&s.schema_kind, SchemaKind::Type(Type::String(t))
        if matches!(t.format, VariantOrUnknownOrEmpty::Item(StringFormat::Binary)))
}

impl<'a> Builder<'a> {
    /// The body of an operation sent as `multipart/form-data`: a form type with one field per
    /// part. A schema with no properties cannot be split into parts: it is sent as bytes the
    /// caller encodes (with a warning).
    pub(super) fn multipart_body(
        &mut self,
        media: &str,
        mt: &MediaType,
        required: bool,
        hint: &str,
        loc: &str,
    ) -> Option<Body> {
        let schema: Option<&Schema> = match &mt.schema {
            Some(ReferenceOr::Reference { reference }) => self.ref_target(reference, loc).map(|(_, s)| s),
            Some(ReferenceOr::Item(s)) => Some(s),
            None => None,
        };
        let mut shape = ObjectShape { properties: IndexMap::new(), required: Vec::new(), additional: None };
        if let Some(s) = schema {
            if self.all_of(s).is_some() || self.object_shape(s).is_some() {
                self.merge_into(s, &mut shape, &mut BTreeSet::new(), loc);
            }
        }
        if shape.properties.is_empty() {
            self.warn(
                Code::MultipartLimited,
                loc,
                format!(
                    "`{media}` body without object properties cannot be split into parts; taken as raw bytes the caller encodes (boundary included in no header: prefer a schema with properties)"
                ),
            );
            return Some(Body { kind: BodyKind::Binary, media: media.to_string(), ty: Ty::Value, required });
        }
        if shape.additional.is_some() {
            self.warn(
                Code::MultipartLimited,
                loc,
                "`additionalProperties` of a multipart body are not sent; only the named properties are parts",
            );
        }
        let name = self.type_ns.claim(&crate::names::type_ident(hint));
        let doc = schema
            .map(|s| doc_lines(&[s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]))
            .unwrap_or_default();
        // Hold the name's position before nested types are defined.
        self.insert(TypeDef { name: name.clone(), doc: vec![], kind: TypeKind::Alias(Ty::Value) });
        let mut ns = Namespace::new();
        let mut parts = Vec::new();
        for (wire, prop) in &shape.properties {
            let ploc = format!("{loc}.properties.{wire}");
            let resolved: Option<&Schema> = match prop {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { reference } => self.ref_target(reference, &ploc).map(|(_, s)| s),
            };
            let items: Option<&ReferenceOr<Box<Schema>>> = resolved.and_then(|s| match &s.schema_kind {
                SchemaKind::Type(Type::Array(a)) => a.items.as_ref(),
                _ => None,
            });
            let item_schema: Option<&Schema> = match items {
                Some(ReferenceOr::Item(i)) => Some(i),
                Some(ReferenceOr::Reference { reference }) => self.ref_target(reference, &ploc).map(|(_, s)| s),
                None => None,
            };
            let list = items.is_some();
            let file = if list { item_schema.is_some_and(is_file) } else { resolved.is_some_and(is_file) };
            let part_hint = format!("{name}{}", unraw(&camel_ident(wire)));
            let ty = match (file, items) {
                (true, _) => Ty::Value,
                (false, Some(items)) => self.ty_for_boxed(items, &format!("{part_hint}Item"), &ploc),
                (false, None) => self.ty_for_boxed(prop, &part_hint, &ploc),
            };
            let media = mt.encoding.get(wire).and_then(|e| e.content_type.clone());
            let pdoc = resolved.map(|s| doc_lines(&[s.schema_data.description.as_deref()])).unwrap_or_default();
            parts.push(FormPart {
                ident: ns.claim(&snake_ident(wire)),
                wire: wire.clone(),
                ty,
                file,
                list,
                required: shape.required.iter().any(|r| r == wire),
                media,
                doc: pdoc,
            });
        }
        self.insert(TypeDef { name: name.clone(), doc, kind: TypeKind::Form { parts } });
        Some(Body { kind: BodyKind::Multipart, media: media.to_string(), ty: Ty::Named(name), required })
    }
}
