//! The functions `#[serde(default = ..)]` names: an optional field's spec `default`, decoded in
//! place of an absent value.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{ident, ty_tokens};
use crate::model::{ClientModel, Field, Ty, TypeKind};
use crate::names::unraw;

/// The name of the function giving `field`'s default in `type_name`.
pub fn fn_name(type_name: &str, field: &Field) -> String {
    format!("default_{}_{}", heck::ToSnakeCase::to_snake_case(type_name), unraw(&field.ident))
}

/// The expression of `value` as a `ty` (typed literals for scalars and enums, JSON text
/// decoded for the rest; the model checked that it fits).
fn literal(model: &ClientModel, ty: &Ty, value: &serde_json::Value) -> TokenStream {
    match (ty, value) {
        (Ty::String, serde_json::Value::String(s)) => quote! { #s.to_string() },
        (Ty::I32, v) if v.is_i64() => {
            let n = Literal::i32_unsuffixed(v.as_i64().and_then(|n| i32::try_from(n).ok()).unwrap_or_default());
            quote! { #n }
        }
        (Ty::I64, v) if v.is_i64() => {
            let n = Literal::i64_unsuffixed(v.as_i64().unwrap_or_default());
            quote! { #n }
        }
        (Ty::F64, v) if v.is_number() => {
            let n = Literal::f64_suffixed(v.as_f64().unwrap_or_default());
            quote! { #n }
        }
        (Ty::Bool, serde_json::Value::Bool(b)) => quote! { #b },
        (Ty::Named(n), serde_json::Value::String(s)) => {
            match model.types.iter().find(|d| d.name == *n).map(|d| &d.kind) {
                Some(TypeKind::Enum { variants, .. }) => match variants.iter().find(|(_, w)| w == s) {
                    Some((v, _)) => {
                        let (t, v) = (ident(n), ident(v));
                        quote! { #t::#v }
                    }
                    None => decoded(value),
                },
                Some(TypeKind::Alias(inner)) => literal(model, inner, value),
                _ => decoded(value),
            }
        }
        _ => decoded(value),
    }
}

/// JSON text decoded when the field is (an absent field whose default cannot be decoded
/// stays `None`).
fn decoded(value: &serde_json::Value) -> TokenStream {
    let json = value.to_string();
    quote! { serde_json::from_str(#json).ok()? }
}

/// The default functions of a struct's fields.
pub fn default_fns(model: &ClientModel, type_name: &str, fields: &[Field]) -> TokenStream {
    let fns = fields.iter().filter_map(|f| {
        let d = f.default.as_ref()?;
        let name = format_ident!("{}", fn_name(type_name, f));
        let ty = ty_tokens(&f.ty, &TokenStream::new());
        let value = literal(model, &f.ty, &d.value);
        let result = format!(" The spec's default of `{}`.", f.wire);
        let value = if f.boxed {
            quote! { Box::new(#value) }
        } else {
            value
        };
        let ty = if f.boxed {
            quote! { Box<#ty> }
        } else {
            ty
        };
        Some(quote! {
            #[doc = #result]
            fn #name() -> Option<#ty> {
                Some(#value)
            }
        })
    });
    quote! { #(#fns)* }
}
