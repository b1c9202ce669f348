//! Stage 2a: types and operation methods as token streams (quote!).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{ClientModel, Param, Ty, TypeKind};

mod defaults;
mod examples;
mod multipart;
mod operations;
mod serde_names;
mod types;

pub use examples::examples_file;
pub use operations::{common_security, operations_file, security_tokens};
pub use types::types_file;

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
