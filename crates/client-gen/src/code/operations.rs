//! `operations.rs` of the generated crate: one method per operation on `Client`, a request
//! builder where an operation has optional parameters or pages.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident, multipart, param_helper, ty_tokens};
use crate::model::{Body, BodyKind, ClientModel, Operation, Param, ResponseKind, Ty};
use crate::names::unraw;

/// Generated types as `operations.rs` names them (it imports `super::types`).
fn types_prefix() -> TokenStream {
    quote! { types:: }
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
    // Path: a template of literal pieces and `{name}` placeholders, each filled by a statement
    // that checks and encodes the parameter (a placeholder no parameter names is left out).
    let mut template = String::new();
    let mut path_stmts: Vec<TokenStream> = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        template.push_str(&rest[..start]);
        let name = &rest[start + 1..start + len];
        if let Some(p) = op.path_params.iter().find(|p| p.wire == name) {
            let v = access(&p.ident);
            let wire = &p.wire;
            template.push_str(&format!("{{{wire}}}"));
            path_stmts.push(match param_helper(model, "path", p) {
                Some("json") => quote! {
                    parts.serialized_path_param(#wire, super::runtime::encode_path(&super::params::json(&#v)))?;
                },
                None => quote! { parts.path_param(#wire, &#v)?; },
                _ => {
                    let (style, explode) = (&p.style, p.explode);
                    quote! { parts.serialized_path_param(#wire, super::params::path(#wire, &#v, #style, #explode))?; }
                }
            });
        }
        rest = &rest[start + len + 1..];
    }
    template.push_str(rest);
    let method = format_ident!("{}", op.method.to_ascii_lowercase());
    let op_id = &op.id;
    let mut stmts = path_stmts;
    if let Some(group) = op.server_group {
        let group = proc_macro2::Literal::usize_unsuffixed(group);
        stmts.push(quote! { parts.server = Some(#group); });
    }
    if !model.auth.is_empty() && op.security != common_security(model) {
        let alts = security_tokens(&op.security, quote! { Scheme });
        stmts.push(quote! { parts.security = #alts; });
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
                Ty::Vec(_) => quote! { parts.add_query_each(#wire, #v); },
                _ => quote! { parts.add_query(#wire, #v); },
            },
            ("query", _) => quote! { super::params::query(&mut parts.query, #wire, #v, #style, #explode); },
            ("header", None) => quote! { parts.add_header(#wire, #v); },
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
            // Plain scalars (and lists of them) are added by one runtime call taking an
            // `Option` of a reference: `Some(&value)`, or the optional field `as_ref()`.
            if param_helper(model, location, p).is_none() && location != "cookie" {
                let list = matches!(p.ty, Ty::Vec(_)) && location == "query";
                let arg = match (p.required, list) {
                    (true, true) => quote! { Some(#v.as_slice()) },
                    (true, false) => quote! { Some(&#v) },
                    (false, true) => quote! { #v.as_deref() },
                    (false, false) => quote! { #v.as_ref() },
                };
                stmts.push(push(location, p, arg));
            } else if p.required {
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
        let #mutability parts = RequestParts::#method(#template, #op_id);
        #(#stmts)*
    }
}

/// The security most operations have (the first of the most frequent, in operation order):
/// `RequestParts::new` starts with it, so only the others set theirs.
pub fn common_security(model: &ClientModel) -> &[Vec<String>] {
    let ops = &model.operations;
    let count = |s: &Vec<Vec<String>>| ops.iter().filter(|o| o.security == *s).count();
    let mut best: Option<(&[Vec<String>], usize)> = None;
    for op in ops {
        let n = count(&op.security);
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((&op.security, n));
        }
    }
    best.map_or(&[], |(s, _)| s)
}

/// Alternatives of schemes as a `&[&[scheme::Variant, ..], ..]` expression.
pub fn security_tokens(alternatives: &[Vec<String>], scheme: TokenStream) -> TokenStream {
    let alts = alternatives.iter().map(|alt| {
        let vs = alt.iter().map(|v| {
            let v = ident(v);
            quote! { #scheme::#v }
        });
        quote! { &[#(#vs),*] }
    });
    quote! { &[#(#alts),*] }
}

fn item_ty(op: &Operation) -> Option<TokenStream> {
    op.pagination.as_ref().map(|p| ty_tokens(&p.item_ty, &types_prefix()))
}

fn pagination_config(op: &Operation) -> TokenStream {
    let Some(p) = op.pagination.as_ref().map(|p| &p.plan) else {
        return TokenStream::new();
    };
    let param = &p.param;
    let opt = |v: &Option<String>| match v {
        Some(s) => quote! { Some(#s) },
        None => quote! { None },
    };
    let style = match p.style.as_str() {
        "page" => quote! { pagination::Style::Page { param: #param } },
        "offset" => quote! { pagination::Style::Offset { param: #param } },
        "link" => {
            let total = opt(&p.total_header);
            quote! { pagination::Style::Link { total_header: #total } }
        }
        "next_url" => {
            let body = opt(&p.next_url);
            let header = opt(&p.next_header);
            let total = opt(&p.total_header);
            quote! { pagination::Style::NextUrl { body: #body, header: #header, total_header: #total } }
        }
        "range" => {
            let unit = p.range_unit.clone().unwrap_or_else(|| "items".into());
            let next = opt(&p.next_range_header);
            quote! { pagination::Style::Range { unit: #unit, next_header: #next } }
        }
        _ => {
            let field = p.cursor_field.clone().unwrap_or_default();
            let next = match &p.next_cursor {
                Some(path) => quote! { Some(#path) },
                None => quote! { None },
            };
            quote! { pagination::Style::Cursor { param: #param, field: #field, next: #next } }
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
        pagination::Config {
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
        // `Error` is in scope here: the model's link to it needs no explicit target.
        let mut doc: Vec<String> = op
            .doc
            .iter()
            .map(|l| l.replace("[`Error::Status`](super::error::Error::Status)", "[`Error::Status`]"))
            .collect();
        let request_line = format!("`{} {}`", op.method, op.path);
        let at = doc.iter().position(|l| l.starts_with(&request_line)).map_or(doc.len(), |i| i + 1);
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
        let allow_deprecated = op
            .deprecated
            .then(|| quote! { #[allow(deprecated, reason = "the operation is deprecated; so is this method")] });
        let stream_name = format_ident!("{}_stream", unraw(&op.fn_name));
        let stream_doc =
            format!(" Every item of [`Client::{0}`], page after page, fetched lazily.", unraw(&op.fn_name));
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
            let with_doc = format!(" [`Client::{}`] with the response's status and headers.", unraw(&op.fn_name));
            client_methods.push(quote! {
                #doc_ts
                #deprecated
                #allow_deprecated
                pub async fn #fn_name(&self, #(#arg_decls),*) -> Result<#resp, Error> {
                    self.#with_response(#(#arg_names),*).await.map(ResponseValue::into_inner)
                }

                #[doc = #with_doc]
                #deprecated
                pub async fn #with_response(&self, #(#arg_decls),*) -> Result<ResponseValue<#resp>, Error> {
                    #(#conversions)*
                    #build
                    #send
                }
            });
            continue;
        }
        // Builder.
        let builder = ident(&op.builder);
        let mut fields = vec![quote! { client: Client, }];
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
                // The parameter's own description, else which parameter it sets.
                let wire_doc = p.doc.is_empty().then(|| {
                    let d = format!(" Sets `{}`.", p.wire);
                    quote! { #[doc = #d] }
                });
                setters.push(quote! {
                    #wire_doc
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
            " Request builder for [`Client::{0}`]: set optional parameters, then \
             `.send().await`.",
            unraw(&op.fn_name)
        );
        client_methods.push(quote! {
            #doc_ts
            #deprecated
            pub fn #fn_name(&self, #(#arg_decls),*) -> #builder {
                #builder { #(#inits)* }
            }
        });
        let stream_method = item_ty(op).map(|item| {
            let config = pagination_config(op);
            let follow_doc: Vec<&str> = match op.pagination.as_ref().map(|p| p.plan.style.as_str()) {
                Some("link" | "next_url") => vec![
                    "",
                    " The next page's URL comes from the response; it is followed only on the origin of the",
                    " client's server (another host gets nothing: the stream ends with",
                    " [`Error::Pagination`]).",
                ],
                _ => Vec::new(),
            };
            client_methods.push(quote! {
                #[doc = #stream_doc]
                #deprecated
                #allow_deprecated
                pub fn #stream_name(&self, #(#arg_decls),*) -> impl futures::Stream<Item = Result<#item, Error>> + Send + 'static {
                    self.#fn_name(#(#arg_names),*).stream()
                }
            });
            quote! {
                /// Every item of every page, fetched lazily as the stream is polled.
                #(#[doc = #follow_doc])*
                pub fn stream(self) -> impl futures::Stream<Item = Result<#item, Error>> + Send + 'static {
                    let parts = self.parts();
                    pagination::paginate(self.client, parts, #config)
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

                fn parts(&self) -> Result<RequestParts, Error> {
                    #build
                    Ok(parts)
                }

                /// Sends the request.
                pub async fn send(self) -> Result<#resp, Error> {
                    self.send_with_response().await.map(ResponseValue::into_inner)
                }

                /// Sends the request; the response comes with its status and headers.
                pub async fn send_with_response(self) -> Result<ResponseValue<#resp>, Error> {
                    let parts = self.parts()?;
                    #send
                }

                #stream_method
            }
        });
    }
    let items = quote! {
        impl Client {
            #(#client_methods)*
        }

        #(#builders)*
    };
    // Imports by what the items name (an unused one would be a warning).
    let import = |name: &str, path: TokenStream| names_root(&items, name).then_some(path);
    let client = import("Client", quote! { use super::client::Client; });
    let error = import("Error", quote! { use super::error::Error; });
    let response = import("ResponseValue", quote! { use super::response::ResponseValue; });
    let parts = import("RequestParts", quote! { use super::runtime::RequestParts; });
    let pagination = import("pagination", quote! { use super::pagination; });
    let scheme = import("Scheme", quote! { use super::auth::Scheme; });
    let types = import("types", quote! { use super::types; });
    quote! {
        //! One method per API operation, and request builders for operations with optional parameters.

        #client
        #error
        #response
        #parts
        #pagination
        #scheme
        #types

        #items
    }
}

/// Whether `tokens` start a path with the identifier `name` (`name::..`, or `name` alone), not
/// counting `super::name`.
fn names_root(tokens: &TokenStream, name: &str) -> bool {
    let mut after_colons = false;
    for tree in tokens.clone() {
        match tree {
            proc_macro2::TokenTree::Ident(i) if !after_colons && i == name => return true,
            proc_macro2::TokenTree::Group(g) if names_root(&g.stream(), name) => return true,
            _ => {}
        }
        after_colons = matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == ':');
    }
    false
}
