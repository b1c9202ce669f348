//! `multipart/form-data` bodies in generated code: the form struct of the `types` module and
//! the statements that turn it into the request's parts.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident, is_scalar, ty_tokens};
use crate::model::{ClientModel, FormPart};

/// The field type of a part in the form struct.
fn part_ty(p: &FormPart) -> TokenStream {
    let mut ty = if p.file {
        quote! { super::multipart::FilePart }
    } else {
        ty_tokens(&p.ty, &TokenStream::new())
    };
    if p.list {
        ty = quote! { Vec<#ty> };
    }
    if !p.required {
        ty = quote! { Option<#ty> };
    }
    ty
}

/// The form struct of a multipart body: one public field per part, no serde (it is never
/// JSON).
pub fn form_struct(name: &str, doc: &[String], parts: &[FormPart]) -> TokenStream {
    let name = ident(name);
    let doc = docs(doc);
    let default = parts.iter().all(|p| !p.required).then(|| quote! { Default, });
    let fields = parts.iter().map(|p| {
        let n = ident(&p.ident);
        let ty = part_ty(p);
        let mut lines = p.doc.clone();
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(match (&p.media, p.file) {
            (Some(m), _) => format!("Sent as the part `{}` (`{m}`).", p.wire),
            (None, true) => format!("Sent as the file part `{}`.", p.wire),
            (None, false) => format!("Sent as the part `{}`.", p.wire),
        });
        let pdoc = docs(&lines);
        quote! {
            #pdoc
            pub #n: #ty,
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #name {
            #(#fields)*
        }
    }
}

/// Statements adding every part of `body` (an expression of type `&Form`) to `form`.
fn add_parts(model: &ClientModel, parts: &[FormPart], body: &TokenStream) -> Vec<TokenStream> {
    parts
        .iter()
        .map(|p| {
            let n = ident(&p.ident);
            let wire = &p.wire;
            let media = match (&p.media, p.file || is_scalar(model, &p.ty)) {
                (Some(m), _) => quote! { Some(#m) },
                (None, true) => quote! { None },
                (None, false) => quote! { Some("application/json") },
            };
            let one = |v: TokenStream| {
                if p.file {
                    quote! { form.file(#wire, #v, #media); }
                } else {
                    quote! { form.text(#wire, super::runtime::param_string(#v), #media); }
                }
            };
            let each = |v: TokenStream| {
                if p.list {
                    let inner = one(quote! { item });
                    quote! {
                        for item in #v {
                            #inner
                        }
                    }
                } else {
                    one(v)
                }
            };
            if p.required {
                each(quote! { &#body.#n })
            } else {
                let inner = each(quote! { value });
                quote! {
                    if let Some(value) = &#body.#n {
                        #inner
                    }
                }
            }
        })
        .collect()
}

/// Statements setting the multipart body of `parts` from `body` (`&Form`, or `&Option<Form>`
/// when the body is optional).
pub fn set_body(model: &ClientModel, form_ty: &str, required: bool, body: TokenStream) -> TokenStream {
    let Some(parts) = model.types.iter().find(|d| d.name == form_ty).and_then(|d| match &d.kind {
        crate::model::TypeKind::Form { parts } => Some(parts),
        _ => None,
    }) else {
        return quote! {};
    };
    let b = quote! { form_body };
    let adds = add_parts(model, parts, &b);
    let fill = quote! {
        let mut form = super::multipart::Form::default();
        #(#adds)*
        parts.multipart_body(form);
    };
    if required {
        quote! {
            {
                let form_body = &#body;
                #fill
            }
        }
    } else {
        quote! {
            if let Some(form_body) = &#body {
                #fill
            }
        }
    }
}
