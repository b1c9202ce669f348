//! Stage 2a: types and operation methods as token streams (quote!).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Body, BodyKind, ClientModel, Field, Operation, Param, ResponseKind, Ty, TypeDef, TypeKind};
use crate::names::unraw;

mod defaults;
mod multipart;

/// An identifier, raw (`r#type`) where the name says so.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

fn docs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        let l = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote! { #[doc = #l] }
    });
    quote! { #(#lines)* }
}

/// The Rust type; `prefix` qualifies generated type names (`super::types::`).
pub fn ty_tokens(ty: &Ty, prefix: &TokenStream) -> TokenStream {
    match ty {
        Ty::String => quote! { String },
        Ty::I32 => quote! { i32 },
        Ty::I64 => quote! { i64 },
        Ty::F64 => quote! { f64 },
        Ty::Bool => quote! { bool },
        Ty::Value => quote! { serde_json::Value },
        Ty::Named(n) => {
            let n = ident(n);
            quote! { #prefix #n }
        }
        Ty::Vec(inner) => {
            let inner = ty_tokens(inner, prefix);
            quote! { Vec<#inner> }
        }
        Ty::Map(inner) => {
            let inner = ty_tokens(inner, prefix);
            quote! { std::collections::BTreeMap<String, #inner> }
        }
    }
}

/// A type whose JSON form is a string, number or boolean (no serialization style applies).
pub fn is_scalar(model: &ClientModel, ty: &Ty) -> bool {
    let mut ty = ty;
    // Aliases followed a bounded number of times (a cycle of aliases is not scalar).
    for _ in 0..16 {
        match ty {
            Ty::String | Ty::I32 | Ty::I64 | Ty::F64 | Ty::Bool => return true,
            Ty::Named(n) => match model.types.iter().find(|d| d.name == *n).map(|d| &d.kind) {
                Some(TypeKind::Enum { .. }) => return true,
                Some(TypeKind::Alias(t)) => ty = t,
                _ => return false,
            },
            Ty::Value | Ty::Vec(_) | Ty::Map(_) => return false,
        }
    }
    false
}

/// The `params` helper a parameter is sent with (`json`, `query`, `path`, `header`,
/// `cookie`), or `None` when the runtime's plain scalar encoding is all it needs.
pub fn param_helper(model: &ClientModel, location: &str, p: &Param) -> Option<&'static str> {
    let default = p.default_style(location);
    if p.json {
        return Some("json");
    }
    match location {
        "query" if default && (is_scalar(model, &p.ty) || matches!(p.ty, Ty::Vec(_))) => None,
        "query" => Some("query"),
        "path" | "header" if default && is_scalar(model, &p.ty) => None,
        "path" => Some("path"),
        "header" => Some("header"),
        _ => Some("cookie"),
    }
}

fn is_defaultable(ty: &Ty) -> bool {
    !matches!(ty, Ty::Named(_))
}

pub fn types_file(model: &ClientModel) -> TokenStream {
    let defs = model.types.iter().map(|d| type_def(model, d));
    let double = model
        .types
        .iter()
        .any(|d| matches!(&d.kind, TypeKind::Struct { fields, .. } if fields.iter().any(|f| f.double)));
    let helper = double.then(|| {
        quote! {
            /// Serde helpers for `Option<Option<T>>` fields (optional and nullable): absent is
            /// `None`, `null` is `Some(None)`.
            mod double_option {
                pub fn serialize<T: serde::Serialize, S: serde::Serializer>(
                    value: &Option<Option<T>>,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    match value {
                        Some(inner) => serde::Serialize::serialize(inner, serializer),
                        None => serializer.serialize_none(),
                    }
                }

                pub fn deserialize<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Option<Option<T>>, D::Error> {
                    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
                }
            }
        }
    });
    quote! {
        //! Types of the API's schemas.
        //!
        //! `format: date-time`, `date`, `uuid` and similar string formats are plain `String`s.
        //! A property that is optional and nullable is an `Option<Option<T>>`: `None` when
        //! absent, `Some(None)` when `null`.
        #(#defs)*
        #helper
    }
}

fn type_def(model: &ClientModel, def: &TypeDef) -> TokenStream {
    let name = ident(&def.name);
    let doc = docs(&def.doc);
    let none = TokenStream::new();
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let default = fields.iter().all(|f| f.optional || is_defaultable(&f.ty)).then(|| quote! { Default, });
            let fields_ts = fields.iter().map(|f| field(&def.name, f));
            let default_fns = defaults::default_fns(model, &def.name, fields);
            let extra = additional.as_ref().map(|t| {
                let t = ty_tokens(t, &none);
                quote! {
                    /// Properties not named in the schema.
                    #[serde(flatten)]
                    pub additional_properties: std::collections::BTreeMap<String, #t>,
                }
            });
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, #default serde::Serialize, serde::Deserialize)]
                pub struct #name {
                    #(#fields_ts)*
                    #extra
                }

                #default_fns
            }
        }
        TypeKind::Enum { variants, fallback } => {
            let vs = variants.iter().map(|(v, wire)| {
                let v = ident(v);
                quote! {
                    #[serde(rename = #wire)]
                    #v,
                }
            });
            let fallback = ident(fallback);
            let arms = variants.iter().map(|(v, wire)| {
                let v = ident(v);
                quote! { Self::#v => Some(#wire), }
            });
            quote! {
                #doc
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
                pub enum #name {
                    #(#vs)*
                    /// A value this client does not know (added to the API after generation).
                    #[serde(other)]
                    #fallback,
                }
                impl #name {
                    /// The value as sent on the wire (`None` for the unknown fallback).
                    pub fn as_str(&self) -> Option<&'static str> {
                        match self {
                            #(#arms)*
                            Self::#fallback => None,
                        }
                    }
                }
            }
        }
        TypeKind::Untagged { variants, discriminator } => {
            let vs = variants.iter().map(|(v, t, boxed)| {
                let v = ident(v);
                let t = ty_tokens(t, &none);
                if *boxed {
                    quote! { #v(Box<#t>), }
                } else {
                    quote! { #v(#t), }
                }
            });
            let Some(d) = discriminator else {
                return quote! {
                    #doc
                    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
                    #[serde(untagged)]
                    pub enum #name {
                        #(#vs)*
                    }
                };
            };
            // Decoded by the discriminator's value; encoded as the variant itself (which holds
            // the property).
            let decode = |i: usize| {
                let (v, _, boxed) = &variants[i];
                let v = ident(v);
                if *boxed {
                    quote! { serde_json::from_value(value).map(|v| Self::#v(Box::new(v))) }
                } else {
                    quote! { serde_json::from_value(value).map(Self::#v) }
                }
            };
            let property = &d.property;
            let arms = d.values.iter().map(|(value, i)| {
                let decode = decode(*i);
                quote! { Some(#value) => #decode.map_err(serde::de::Error::custom), }
            });
            let known: Vec<&str> = d.values.iter().map(|(v, _)| v.as_str()).collect();
            let unknown = if d.fallback.is_empty() {
                let msg = format!("`{property}` is none of {}: {{:?}}", known.join(", "));
                quote! { _ => Err(serde::de::Error::custom(format!(#msg, tag))), }
            } else {
                let tries = d.fallback.iter().map(|i| {
                    let decode = decode(*i);
                    quote! {
                        let value = match #decode {
                            Ok(v) => return Ok(v),
                            Err(_) => original.clone(),
                        };
                    }
                });
                let msg = format!("`{property}` is none of {} and no other variant matches", known.join(", "));
                quote! {
                    _ => {
                        let original = value.clone();
                        #(#tries)*
                        let _ = value;
                        Err(serde::de::Error::custom(#msg))
                    }
                }
            };
            let doc_d = format!(" Decoded by the value of `{property}`.");
            quote! {
                #doc
                ///
                #[doc = #doc_d]
                #[derive(Debug, Clone, PartialEq, serde::Serialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#vs)*
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        let value = serde_json::Value::deserialize(deserializer)?;
                        let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_string);
                        match tag.as_deref() {
                            #(#arms)*
                            #unknown
                        }
                    }
                }
            }
        }
        TypeKind::Form { parts } => multipart::form_struct(&def.name, &def.doc, parts),
        TypeKind::Alias(t) => {
            let t = ty_tokens(t, &none);
            quote! {
                #doc
                pub type #name = #t;
            }
        }
    }
}

fn field(type_name: &str, f: &Field) -> TokenStream {
    let name = ident(&f.ident);
    let doc = docs(&f.doc);
    let mut ty = ty_tokens(&f.ty, &TokenStream::new());
    if f.boxed {
        ty = quote! { Box<#ty> };
    }
    if f.double {
        ty = quote! { Option<Option<#ty>> };
    } else if f.optional {
        ty = quote! { Option<#ty> };
    }
    let rename = (unraw(&f.ident) != f.wire).then(|| {
        let wire = &f.wire;
        quote! { #[serde(rename = #wire)] }
    });
    let skip = if f.double {
        Some(quote! { #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")] })
    } else {
        match &f.default {
            Some(_) => {
                let path = defaults::fn_name(type_name, f);
                Some(quote! { #[serde(default = #path, skip_serializing_if = "Option::is_none")] })
            }
            None => f.skip_none.then(|| quote! { #[serde(default, skip_serializing_if = "Option::is_none")] }),
        }
    };
    quote! {
        #doc
        #rename
        #skip
        pub #name: #ty,
    }
}

fn types_prefix() -> TokenStream {
    quote! { super::types:: }
}

/// How a parameter is taken as an argument and stored.
fn arg_ty(p: &Param) -> (TokenStream, TokenStream) {
    let ty = ty_tokens(&p.ty, &types_prefix());
    if p.ty == Ty::String {
        (quote! { impl Into<String> }, ty)
    } else {
        (ty.clone(), ty)
    }
}

fn arg_into(p: &Param) -> TokenStream {
    let name = ident(&p.ident);
    if p.ty == Ty::String {
        quote! { #name.into() }
    } else {
        quote! { #name }
    }
}

fn response_ty(op: &Operation) -> TokenStream {
    match &op.response {
        ResponseKind::Unit => quote! { () },
        ResponseKind::Text => quote! { String },
        ResponseKind::Bytes => quote! { Vec<u8> },
        ResponseKind::Json(t) => ty_tokens(t, &types_prefix()),
    }
}

/// The call that sends `parts` and returns a `ResponseValue` of the operation's response.
fn send_call(op: &Operation, client: TokenStream) -> TokenStream {
    match &op.response {
        ResponseKind::Unit => quote! { #client.send_unit_with_response(parts).await },
        ResponseKind::Text => quote! { #client.send_text_with_response(parts).await },
        ResponseKind::Bytes => quote! { #client.send_bytes_with_response(parts).await },
        ResponseKind::Json(_) => quote! { #client.send_json_with_response(parts).await },
    }
}

/// How a request body is taken as an argument and stored: (argument type, stored type,
/// conversion of the argument `body`).
fn body_ty(b: &Body) -> (TokenStream, TokenStream, TokenStream) {
    match b.kind {
        BodyKind::Binary => (quote! { impl Into<Vec<u8>> }, quote! { Vec<u8> }, quote! { body.into() }),
        _ => {
            let t = ty_tokens(&b.ty, &types_prefix());
            (t.clone(), t, quote! { body })
        }
    }
}

/// The statements that build `parts` (a `RequestParts`), with parameter values read through
/// `access` (a local name or `self.name`).
fn build_parts(model: &ClientModel, op: &Operation, in_builder: bool) -> TokenStream {
    let access = |p: &str| -> TokenStream {
        let n = ident(p);
        if in_builder {
            quote! { self.#n }
        } else {
            quote! { #n }
        }
    };
    // Path: literal pieces and encoded parameters, concatenated.
    let mut pieces: Vec<TokenStream> = Vec::new();
    let mut has_param = false;
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        let literal = &rest[..start];
        if !literal.is_empty() {
            pieces.push(quote! { #literal });
        }
        let name = &rest[start + 1..start + len];
        if let Some(p) = op.path_params.iter().find(|p| p.wire == name) {
            let v = access(&p.ident);
            has_param = true;
            let (op_id, wire) = (&op.id, &p.wire);
            match param_helper(model, "path", p) {
                Some("json") => pieces.push(quote! {
                    &super::runtime::checked_segment(super::runtime::encode_path(&super::params::json(&#v)), #op_id, #wire)?
                }),
                None => pieces.push(quote! {
                    &super::runtime::path_segment(&super::runtime::param_string(&#v), #op_id, #wire)?
                }),
                _ => {
                    let (style, explode) = (&p.style, p.explode);
                    pieces.push(quote! {
                        &super::runtime::checked_segment(super::params::path(#wire, &#v, #style, #explode), #op_id, #wire)?
                    });
                }
            }
        }
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        pieces.push(quote! { #rest });
    }
    let path = if has_param {
        quote! { [#(#pieces),*].concat() }
    } else {
        let literal = &op.path;
        quote! { #literal.to_string() }
    };
    let method = format_ident!("{}", op.method);
    let op_id = &op.id;
    let mut stmts = Vec::new();
    if let Some(group) = op.server_group {
        let group = proc_macro2::Literal::usize_unsuffixed(group);
        stmts.push(quote! { parts.server = Some(#group); });
    }
    if !model.auth.is_empty() && !op.security.is_empty() {
        let alts = op.security.iter().map(|alt| {
            let vs = alt.iter().map(|v| {
                let v = ident(v);
                quote! { super::auth::Scheme::#v }
            });
            quote! { &[#(#vs),*] }
        });
        stmts.push(quote! { parts.security = &[#(#alts),*]; });
    }
    // `v` is an expression of type `&T`.
    let push = |location: &str, p: &Param, v: TokenStream| -> TokenStream {
        let wire = &p.wire;
        let (style, explode) = (&p.style, p.explode);
        match (location, param_helper(model, location, p)) {
            (_, Some("json")) => {
                let list = if location == "query" {
                    quote! { query }
                } else {
                    quote! { headers }
                };
                if location == "cookie" {
                    quote! { cookies.push(format!("{}={}", #wire, super::params::json(#v))); }
                } else {
                    quote! { parts.#list.push((#wire.to_string(), super::params::json(#v))); }
                }
            }
            ("query", None) => match &p.ty {
                Ty::Vec(_) => quote! {
                    for item in #v {
                        parts.query.push((#wire.to_string(), super::runtime::param_string(item)));
                    }
                },
                _ => quote! { parts.query.push((#wire.to_string(), super::runtime::param_string(#v))); },
            },
            ("query", _) => quote! { super::params::query(&mut parts.query, #wire, #v, #style, #explode); },
            ("header", None) => {
                quote! { parts.headers.push((#wire.to_string(), super::runtime::param_string(#v))); }
            }
            ("header", _) => quote! {
                if let Some(value) = super::params::header(#v, #explode) {
                    parts.headers.push((#wire.to_string(), value));
                }
            },
            _ => quote! { super::params::cookie(&mut cookies, #wire, #v, #explode); },
        }
    };
    if !op.cookies.is_empty() {
        stmts.push(quote! { let mut cookies: Vec<String> = Vec::new(); });
    }
    for (location, params) in [("query", &op.query), ("header", &op.headers), ("cookie", &op.cookies)] {
        for p in params {
            let v = access(&p.ident);
            if p.required {
                stmts.push(push(location, p, quote! { &#v }));
            } else {
                let inner = push(location, p, quote! { value });
                stmts.push(quote! {
                    if let Some(value) = &#v {
                        #inner
                    }
                });
            }
        }
    }
    if !op.cookies.is_empty() {
        stmts.push(quote! {
            if !cookies.is_empty() {
                parts.headers.push(("Cookie".to_string(), cookies.join("; ")));
            }
        });
    }
    if let Some(body) = &op.body {
        let v = access("body");
        let call = match body.kind {
            BodyKind::Multipart => {
                if let Ty::Named(form) = &body.ty {
                    stmts.push(multipart::set_body(model, form, body.required, v.clone()));
                }
                quote! {}
            }
            BodyKind::Json => quote! { json_body },
            BodyKind::Form => quote! { form_body },
            BodyKind::Binary => {
                let media = &body.media;
                let bytes = if in_builder {
                    quote! { #v.clone() }
                } else {
                    quote! { #v }
                };
                if body.required {
                    stmts.push(quote! { parts.binary_body(#media, #bytes); });
                } else {
                    stmts.push(quote! {
                        if let Some(body) = &#v {
                            parts.binary_body(#media, body.clone());
                        }
                    });
                }
                quote! {}
            }
        };
        if matches!(body.kind, BodyKind::Binary | BodyKind::Multipart) {
        } else if body.required {
            stmts.push(quote! { parts.#call(&#v)?; });
        } else {
            stmts.push(quote! {
                if let Some(body) = &#v {
                    parts.#call(body)?;
                }
            });
        }
    }
    let mutability = (!stmts.is_empty()).then(|| quote! { mut });
    quote! {
        let #mutability parts = super::runtime::RequestParts::new(reqwest::Method::#method, #path, #op_id);
        #(#stmts)*
    }
}

fn item_ty(op: &Operation) -> Option<TokenStream> {
    op.pagination.as_ref().map(|p| ty_tokens(&p.item_ty, &types_prefix()))
}

fn pagination_config(op: &Operation) -> TokenStream {
    let Some(p) = &op.pagination else {
        return TokenStream::new();
    };
    let param = &p.param;
    let opt = |v: &Option<String>| match v {
        Some(s) => quote! { Some(#s) },
        None => quote! { None },
    };
    let style = match p.style.as_str() {
        "page" => quote! { super::pagination::Style::Page { param: #param } },
        "offset" => quote! { super::pagination::Style::Offset { param: #param } },
        "link" => {
            let total = opt(&p.total_header);
            quote! { super::pagination::Style::Link { total_header: #total } }
        }
        "next_url" => {
            let body = opt(&p.next_url);
            let header = opt(&p.next_header);
            let total = opt(&p.total_header);
            quote! { super::pagination::Style::NextUrl { body: #body, header: #header, total_header: #total } }
        }
        "range" => {
            let unit = p.range_unit.clone().unwrap_or_else(|| "items".into());
            let next = opt(&p.next_range_header);
            quote! { super::pagination::Style::Range { unit: #unit, next_header: #next } }
        }
        _ => {
            let field = p.cursor_field.clone().unwrap_or_default();
            let next = match &p.next_cursor {
                Some(path) => quote! { Some(#path) },
                None => quote! { None },
            };
            quote! { super::pagination::Style::Cursor { param: #param, field: #field, next: #next } }
        }
    };
    let items = &p.items;
    let size = opt(&p.size_param);
    let has_more = opt(&p.has_more);
    let total_pages = opt(&p.total_pages);
    let total_count = opt(&p.total_count);
    let default_size = match p.default_size {
        Some(n) => quote! { Some(#n) },
        None => quote! { None },
    };
    quote! {
        super::pagination::Config {
            style: #style,
            items: #items,
            size_param: #size,
            has_more: #has_more,
            total_pages: #total_pages,
            total_count: #total_count,
            default_size: #default_size,
        }
    }
}

/// The doc lines saying which credentials an operation sends, where operations differ.
fn credentials_doc(model: &ClientModel, op: &Operation) -> Vec<String> {
    let ops = &model.operations;
    if model.auth.is_empty() || ops.iter().all(|o| o.security == ops[0].security) {
        return Vec::new();
    }
    let optional = op.security.iter().any(Vec::is_empty);
    let line = match model.credentials_text(&op.security) {
        None => "Sends no credentials.".to_string(),
        Some(text) if optional => format!("Credentials (optional): {text}."),
        Some(text) => format!("Credentials: {text}."),
    };
    vec![String::new(), line]
}

pub fn operations_file(model: &ClientModel) -> TokenStream {
    let mut client_methods = Vec::new();
    let mut builders = Vec::new();
    for op in &model.operations {
        let fn_name = ident(&op.fn_name);
        let mut doc = op.doc.clone();
        let request_line = format!("`{} {}`", op.method, op.path);
        let at = doc.iter().position(|l| *l == request_line).map_or(doc.len(), |i| i + 1);
        doc.splice(at..at, credentials_doc(model, op));
        if op.deprecated {
            doc.insert(0, "**Deprecated.**".into());
            doc.insert(1, String::new());
        }
        let doc_ts = docs(&doc);
        let resp = response_ty(op);
        let required: Vec<&Param> = op.params().filter(|p| p.required).collect();
        let mut arg_decls: Vec<TokenStream> = required
            .iter()
            .map(|p| {
                let n = ident(&p.ident);
                let (t, _) = arg_ty(p);
                quote! { #n: #t }
            })
            .collect();
        let mut arg_names: Vec<TokenStream> = required
            .iter()
            .map(|p| {
                let n = ident(&p.ident);
                quote! { #n }
            })
            .collect();
        let required_body = op.body.as_ref().filter(|b| b.required);
        if let Some(b) = required_body {
            let (t, _, _) = body_ty(b);
            arg_decls.push(quote! { body: #t });
            arg_names.push(quote! { body });
        }
        let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
        let stream_name = format_ident!("{}_stream", unraw(&op.fn_name));
        let stream_doc = format!(
            " Every item of [`Client::{0}`](super::client::Client::{0}), page after page, fetched lazily.",
            unraw(&op.fn_name)
        );
        if !op.has_optional() && op.pagination.is_none() {
            let build = build_parts(model, op, false);
            let send = send_call(op, quote! { self });
            // String arguments arrive as `impl Into<String>`.
            let conversions = required.iter().filter(|p| p.ty == Ty::String).map(|p| {
                let n = ident(&p.ident);
                quote! { let #n: String = #n.into(); }
            });
            let mut conversions: Vec<TokenStream> = conversions.collect();
            if required_body.is_some_and(|b| b.kind == BodyKind::Binary) {
                conversions.push(quote! { let body: Vec<u8> = body.into(); });
            }
            let with_response = ident(&op.with_response);
            let with_doc = format!(
                " [`Client::{}`](super::client::Client::{}) with the response's status and headers.",
                unraw(&op.fn_name),
                unraw(&op.fn_name)
            );
            client_methods.push(quote! {
                #doc_ts
                #deprecated
                pub async fn #fn_name(&self, #(#arg_decls),*) -> Result<#resp, super::error::Error> {
                    #(#conversions)*
                    #build
                    #send.map(super::response::ResponseValue::into_inner)
                }

                #[doc = #with_doc]
                #deprecated
                pub async fn #with_response(&self, #(#arg_decls),*) -> Result<super::response::ResponseValue<#resp>, super::error::Error> {
                    #(#conversions)*
                    #build
                    #send
                }
            });
            continue;
        }
        // Builder.
        let builder = ident(&op.builder);
        let mut fields = vec![quote! { client: super::client::Client, }];
        let mut inits = vec![quote! { client: self.clone(), }];
        let mut setters = Vec::new();
        for p in op.params() {
            let n = ident(&p.ident);
            let (arg, stored) = arg_ty(p);
            if p.required {
                fields.push(quote! { #n: #stored, });
                if p.ty == Ty::String {
                    let v = arg_into(p);
                    inits.push(quote! { #n: #v, });
                } else {
                    inits.push(quote! { #n, });
                }
            } else {
                fields.push(quote! { #n: Option<#stored>, });
                inits.push(quote! { #n: None, });
                let v = arg_into(p);
                let pdoc = docs(&p.doc);
                let wire_doc = format!(" Sets `{}`.", p.wire);
                let sep = (!p.doc.is_empty()).then(|| quote! { #[doc = ""] });
                setters.push(quote! {
                    #[doc = #wire_doc]
                    #sep
                    #pdoc
                    pub fn #n(mut self, #n: #arg) -> Self {
                        self.#n = Some(#v);
                        self
                    }
                });
            }
        }
        if let Some(b) = &op.body {
            let (arg, stored, into) = body_ty(b);
            if b.required {
                fields.push(quote! { body: #stored, });
                if b.kind == BodyKind::Binary {
                    inits.push(quote! { body: #into, });
                } else {
                    inits.push(quote! { body, });
                }
            } else {
                fields.push(quote! { body: Option<#stored>, });
                inits.push(quote! { body: None, });
                let media_doc = (b.kind == BodyKind::Binary).then(|| {
                    let d = format!(" Sent as `{}`.", b.media);
                    quote! {
                        ///
                        #[doc = #d]
                    }
                });
                setters.push(quote! {
                    /// Sets the request body.
                    #media_doc
                    pub fn body(mut self, body: #arg) -> Self {
                        self.body = Some(#into);
                        self
                    }
                });
            }
        }
        let build = build_parts(model, op, true);
        let send = send_call(op, quote! { self.client });
        let builder_doc = format!(
            " Request builder for [`Client::{0}`](super::client::Client::{0}): set optional parameters, then \
             `.send().await`.",
            unraw(&op.fn_name)
        );
        let method_doc_extra =
            format!(" Returns a [`{}`]: set optional parameters on it, then call `.send().await`.", op.builder);
        client_methods.push(quote! {
            #doc_ts
            ///
            #[doc = #method_doc_extra]
            #deprecated
            pub fn #fn_name(&self, #(#arg_decls),*) -> #builder {
                #builder { #(#inits)* }
            }
        });
        let shorthand =
            format!(" Shorthand for `client.{}(..).stream()` with no optional parameter set.", unraw(&op.fn_name));
        let stream_method = item_ty(op).map(|item| {
            let config = pagination_config(op);
            let follow_doc: Vec<&str> = match op.pagination.as_ref().map(|p| p.style.as_str()) {
                Some("link" | "next_url") => vec![
                    "",
                    " The next page's URL comes from the response; it is followed only on the origin of the",
                    " client's server (another host gets nothing: the stream ends with",
                    " [`Error::Pagination`](super::error::Error::Pagination)).",
                ],
                _ => Vec::new(),
            };
            client_methods.push(quote! {
                #[doc = #stream_doc]
                ///
                #[doc = #shorthand]
                #deprecated
                #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
                pub fn #stream_name(&self, #(#arg_decls),*) -> impl futures::Stream<Item = Result<#item, super::error::Error>> + Send + 'static {
                    self.#fn_name(#(#arg_names),*).stream()
                }
            });
            quote! {
                /// Every item of every page, fetched lazily as the stream is polled.
                #(#[doc = #follow_doc])*
                pub fn stream(self) -> impl futures::Stream<Item = Result<#item, super::error::Error>> + Send + 'static {
                    let parts = self.parts();
                    super::pagination::paginate(self.client, parts, #config)
                }
            }
        });
        builders.push(quote! {
            #[doc = #builder_doc]
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until `.send().await`"]
            pub struct #builder {
                #(#fields)*
            }

            impl #builder {
                #(#setters)*

                fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
                    #build
                    Ok(parts)
                }

                /// Sends the request.
                pub async fn send(self) -> Result<#resp, super::error::Error> {
                    self.send_with_response().await.map(super::response::ResponseValue::into_inner)
                }

                /// Sends the request; the response comes with its status and headers.
                pub async fn send_with_response(self) -> Result<super::response::ResponseValue<#resp>, super::error::Error> {
                    let parts = self.parts()?;
                    #send
                }

                #stream_method
            }
        });
    }
    quote! {
        //! One method per API operation, and request builders for operations with optional parameters.

        impl super::client::Client {
            #(#client_methods)*
        }

        #(#builders)*
    }
}

/// A string literal holding `text`: raw (`r#"..."#`, as many `#` as it needs) when it has
/// quotes, so JSON reads as JSON.
fn str_literal(text: &str) -> TokenStream {
    if !text.contains('"') {
        let lit = proc_macro2::Literal::string(text);
        return quote! { #lit };
    }
    let mut hashes = "#".to_string();
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}").parse().unwrap_or_else(|_| {
        let lit = proc_macro2::Literal::string(text);
        quote! { #lit }
    })
}

fn mentions_named(ty: &Ty) -> bool {
    match ty {
        Ty::Named(_) => true,
        Ty::Vec(inner) | Ty::Map(inner) => mentions_named(inner),
        _ => false,
    }
}

/// The generated `tests/spec_examples.rs`: one test per example of the spec.
pub fn examples_file(model: &ClientModel) -> TokenStream {
    let krate = ident(&model.crate_ident);
    let prefix = quote! { types:: };
    let typed = model.examples.iter().filter(|e| e.untyped.is_none()).count();
    let untyped = model.examples.len() - typed;
    let ignored = model.examples.iter().filter(|e| e.defect.is_some()).count();
    let summary = format!(
        " {} examples: {typed} typed, {untyped} untyped (`serde_json::Value`: any JSON passes),",
        model.examples.len()
    );
    let summary2 = format!(" {ignored} ignored (they contradict their own schema; the reason is on each).");
    let use_types = model.examples.iter().any(|e| mentions_named(&e.ty)).then(|| quote! { use #krate::types; });
    let tests = model.examples.iter().map(|e| {
        let name = ident(&e.test_name);
        let ty = ty_tokens(&e.ty, &prefix);
        let ty_doc = format!(" Decodes as `{}`.", ty.to_string().replace(' ', ""));
        let doc = format!(" {}: `{}`.", e.what, e.location);
        let untyped = e.untyped.as_ref().map(|why| {
            let why = format!(" Untyped ({why}): this only checks that the example is JSON.");
            quote! { #[doc = #why] }
        });
        let ignore = e.defect.as_ref().map(|d| {
            let reason = format!("spec defect: {d}");
            quote! { #[ignore = #reason] }
        });
        let pretty = serde_json::to_string_pretty(&e.value).unwrap_or_else(|_| "null".to_string());
        let json = str_literal(&pretty);
        let what = &e.what;
        quote! {
            #[doc = #doc]
            ///
            #[doc = #ty_doc]
            #untyped
            #[test]
            #ignore
            fn #name() {
                let what = #what;
                let json = #json;
                check::<#ty>(what, json);
            }
        }
    });
    quote! {
        //! Every JSON example of the spec decodes into the generated type it documents: a request
        //! body example into the operation's body type, a success response example into the
        //! operation's response type, an error response example into `ApiError` (or the type of
        //! its schema), a schema example into the schema's type.
        //!
        #![doc = #summary]
        #![doc = #summary2]
        //!
        //! Generated by slate-codegen; do not edit by hand.

        #use_types

        /// Decodes `json` as `T`; panics naming the example and the serde error when it does not.
        #[track_caller]
        fn check<T: serde::de::DeserializeOwned>(what: &str, json: &str) {
            if let Err(error) = serde_json::from_str::<T>(json) {
                let ty = std::any::type_name::<T>();
                panic!("{what}: the example does not decode as `{ty}`: {error}");
            }
        }

        #(#tests)*
    }
}
