//! `types.rs` of the generated crate: one struct, enum or alias per schema.

use proc_macro2::TokenStream;
use quote::quote;

use super::{defaults, docs, ident, multipart, serde_names, ty_tokens};
use crate::model::{ClientModel, Field, Ty, TypeDef, TypeKind};
use crate::names::unraw;

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
            let members: Vec<(&str, &str)> = fields.iter().map(|f| (unraw(&f.ident), f.wire.as_str())).collect();
            let (rule, explicit) = serde_names::fields(&members);
            let rename_all = rule.map(|r| quote! { #[serde(rename_all = #r)] });
            let fields_ts = fields.iter().zip(explicit).map(|(f, rename)| field(&def.name, f, rename));
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
                #rename_all
                pub struct #name {
                    #(#fields_ts)*
                    #extra
                }

                #default_fns
            }
        }
        TypeKind::Enum { variants, fallback } => {
            let members: Vec<(&str, &str)> = variants.iter().map(|(v, wire)| (unraw(v), wire.as_str())).collect();
            let (rule, explicit) = serde_names::variants(&members);
            let rename_all = rule.map(|r| quote! { #[serde(rename_all = #r)] });
            let vs = variants.iter().zip(explicit).map(|((v, wire), rename)| {
                let v = ident(v);
                let rename = rename.then(|| quote! { #[serde(rename = #wire)] });
                quote! {
                    #rename
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
                #rename_all
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

/// A struct field; `rename` when its wire name needs its own `#[serde(rename)]`. Its serde
/// options go in one attribute.
fn field(type_name: &str, f: &Field, rename: bool) -> TokenStream {
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
    let mut options: Vec<TokenStream> = Vec::new();
    if rename {
        let wire = &f.wire;
        options.push(quote! { rename = #wire });
    }
    if f.double {
        options.push(quote! { default, skip_serializing_if = "Option::is_none", with = "double_option" });
    } else if f.default.is_some() {
        let path = defaults::fn_name(type_name, f);
        options.push(quote! { default = #path, skip_serializing_if = "Option::is_none" });
    } else if f.skip_none {
        options.push(quote! { default, skip_serializing_if = "Option::is_none" });
    }
    let attr = (!options.is_empty()).then(|| quote! { #[serde(#(#options),*)] });
    quote! {
        #doc
        #attr
        pub #name: #ty,
    }
}
