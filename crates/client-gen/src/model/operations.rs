//! Paths to operations: names, parameters by location and style, body, response, security,
//! doc, rate limits and pagination of each operation.

use indexmap::IndexMap;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr};
use serde_json::Value;

use super::media::is_json;
use super::text::doc_lines;
use super::{defaults, AuthScheme, Builder, Operation, Param, Ty, TypeKind, CLIENT_METHODS};
use crate::names::{camel_ident, snake_ident, unraw, Namespace};
use crate::Code;
use openapi_ext as ext;

impl<'a> Builder<'a> {
    pub(super) fn operations(&mut self, auth: &[AuthScheme], error_ty: &Ty) -> Vec<Operation> {
        let mut fn_ns = Namespace::new();
        fn_ns.reserve(CLIENT_METHODS);
        let mut builder_ns = Namespace::new();
        let mut out = Vec::new();
        let spec = self.spec;
        for (path, item) in spec.paths.iter() {
            let ReferenceOr::Item(item) = item else {
                self.warn(
                    Code::RefUnsupported,
                    format!("paths.{path}"),
                    "referenced path items are not supported; skipped",
                );
                continue;
            };
            for (method, op) in item.iter() {
                let loc = format!("paths.{path}.{method}");
                let raw_name = op.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
                // `stream` suffixes are ours: `operation_names` keeps operation names clear of them.
                let (fn_name, builder_name) = crate::operation_names(&raw_name);
                let fn_name = fn_ns.claim(&fn_name);
                let type_hint = unraw(&camel_ident(&raw_name)).to_string();
                let builder = builder_ns.claim(&builder_name);
                // Parameters: path-level, overridden by operation-level of the same (name, in).
                let mut params: IndexMap<(String, &'static str), &Parameter> = IndexMap::new();
                for p in item.parameters.iter().chain(op.parameters.iter()) {
                    let Some(p) = self.parameter(p) else {
                        self.warn(Code::RefUnsupported, &loc, "unresolvable parameter $ref; skipped");
                        continue;
                    };
                    let location = match p {
                        Parameter::Query { .. } => "query",
                        Parameter::Header { .. } => "header",
                        Parameter::Path { .. } => "path",
                        Parameter::Cookie { .. } => "cookie",
                    };
                    params.insert((p.parameter_data_ref().name.clone(), location), p);
                }
                let mut arg_ns = Namespace::new();
                arg_ns.reserve(&["body", "client", "send", "stream", "parts"]);
                let (mut path_params, mut query, mut headers, mut cookies) = (vec![], vec![], vec![], vec![]);
                for ((name, location), p) in &params {
                    let data = p.parameter_data_ref();
                    let ploc = format!("{loc}.parameters.{name}");
                    if *location == "header"
                        && (name.eq_ignore_ascii_case("authorization")
                            || name.eq_ignore_ascii_case("content-type")
                            || name.eq_ignore_ascii_case("accept")
                                && spec.extensions.contains_key(ext::names::REQUEST_HEADERS))
                    {
                        // Sent by the client itself (credentials, body, default headers).
                        continue;
                    }
                    let hint = format!("{type_hint}{}", unraw(&camel_ident(name)));
                    let (ty, json) = match &data.format {
                        ParameterSchemaOrContent::Schema(s) => (self.ty_for_ref_or(s, &hint, &ploc), false),
                        ParameterSchemaOrContent::Content(content) => {
                            match content.iter().next() {
                                Some((media, mt)) => {
                                    if !is_json(media) {
                                        self.warn(
                                            Code::ParameterUnsupported,
                                        &ploc,
                                        format!("parameter content `{media}` is not JSON; its value is sent as JSON text"),
                                    );
                                    }
                                    let ty = match &mt.schema {
                                        Some(s) => self.ty_for_ref_or(s, &hint, &ploc),
                                        None => Ty::Value,
                                    };
                                    (ty, true)
                                }
                                None => {
                                    self.warn(
                                        Code::ParameterUnsupported,
                                        &ploc,
                                        "parameter with an empty `content`; typed as serde_json::Value",
                                    );
                                    (Ty::Value, true)
                                }
                            }
                        }
                    };
                    let style = self.param_style(p, &ty, &ploc);
                    let param = Param {
                        wire: name.clone(),
                        ident: arg_ns.claim(&snake_ident(name)),
                        ty,
                        required: data.required || *location == "path",
                        explode: data.explode.unwrap_or(style == "form"),
                        style,
                        json,
                        doc: defaults::param_doc(doc_lines(&[data.description.as_deref()]), &data.format),
                    };
                    match *location {
                        "path" => path_params.push(param),
                        "query" => query.push(param),
                        "cookie" => cookies.push(param),
                        _ => headers.push(param),
                    }
                }
                // Path placeholders without a declared parameter still need an argument.
                for placeholder in placeholders(path) {
                    if !path_params.iter().any(|p| p.wire == placeholder) {
                        self.warn(
                            Code::PathParameterUndeclared,
                            &loc,
                            format!("path parameter `{placeholder}` is not declared; typed as String"),
                        );
                        path_params.push(Param {
                            ident: arg_ns.claim(&snake_ident(&placeholder)),
                            wire: placeholder,
                            ty: Ty::String,
                            required: true,
                            style: "simple".into(),
                            explode: false,
                            json: false,
                            doc: vec![],
                        });
                    }
                }
                // Declared path parameters missing from the template are dropped.
                let declared: Vec<String> = placeholders(path);
                path_params.retain(|p| declared.contains(&p.wire));
                // Order path params as in the path.
                path_params.sort_by_key(|p| declared.iter().position(|d| *d == p.wire));

                let body = op.request_body.as_ref().and_then(|rb| {
                    let Some(rb) = self.request_body(rb) else {
                        self.warn(Code::RefUnsupported, &loc, "unresolvable requestBody $ref; skipped");
                        return None;
                    };
                    self.body(rb, &format!("{type_hint}Body"), &format!("{loc}.requestBody"))
                });
                let response = self.success_response(op, &format!("{type_hint}Response"), &loc);
                let security = self.security(op, auth, &loc);
                let doc = {
                    let mut d = doc_lines(&[op.summary.as_deref(), op.description.as_deref()]);
                    if !d.is_empty() {
                        d.push(String::new());
                    }
                    // The request line, and where the docs describe it (`x-source`) on the same line.
                    let mut request = format!("`{} {}`", method.to_uppercase(), path);
                    if let Some(src) = op.extensions.get(ext::names::SOURCE).and_then(Value::as_str) {
                        request.push_str(&format!(" (source: `{src}`)"));
                    }
                    d.push(request);
                    d.extend(self.errors_doc(op, error_ty));
                    d
                };
                // The operation's own `x-rate-limit` (one window or several), beside the API-wide one.
                let own_limits = self.rate_limits(&op.extensions, &format!("{loc}.x-rate-limit"));
                let mut operation = Operation {
                    id: raw_name,
                    fn_name,
                    with_response: String::new(),
                    builder,
                    method: method.to_uppercase(),
                    path: path.clone(),
                    doc,
                    path_params,
                    query,
                    headers,
                    cookies,
                    body,
                    response,
                    security,
                    pagination: None,
                    deprecated: op.deprecated,
                    server_group: None,
                    rate_limits: own_limits,
                };
                if let Some(p) = self.read_ext::<ext::Pagination>(&op.extensions, &format!("{loc}.x-pagination")) {
                    operation.pagination = self.pagination(&p, &operation, &loc);
                } else {
                    operation.pagination = self.infer_pagination(&operation, &loc);
                }
                out.push(operation);
            }
        }
        // After every operation's own name, so none is renamed for another's `_with_response`.
        for op in out.iter_mut().filter(|o| !o.has_optional() && o.pagination.is_none()) {
            op.with_response = fn_ns.claim(&format!("{}_with_response", unraw(&op.fn_name)));
        }
        out
    }

    /// The style a parameter is sent in: the spec's, when the location defines it, else the
    /// location's default (with a warning naming the parameter).
    fn param_style(&mut self, p: &Parameter, ty: &Ty, loc: &str) -> String {
        use openapiv3::{CookieStyle, HeaderStyle, PathStyle, QueryStyle};
        let style = match p {
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => "form",
                QueryStyle::SpaceDelimited => "spaceDelimited",
                QueryStyle::PipeDelimited => "pipeDelimited",
                QueryStyle::DeepObject => "deepObject",
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => "simple",
                PathStyle::Label => "label",
                PathStyle::Matrix => "matrix",
            },
            Parameter::Header { style: HeaderStyle::Simple, .. } => "simple",
            Parameter::Cookie { style: CookieStyle::Form, .. } => "form",
        };
        let object = match ty {
            Ty::Map(_) | Ty::Value => true,
            Ty::Named(n) => {
                matches!(self.types.get(n).map(|d| &d.kind), Some(TypeKind::Struct { .. } | TypeKind::Untagged { .. }))
            }
            _ => false,
        };
        if style == "deepObject" && !object {
            self.warn(
                Code::ParameterUnsupported,
                loc,
                "`deepObject` style is defined for objects only; this value is sent in `form` style",
            );
            return "form".into();
        }
        style.into()
    }
}

/// `{name}` placeholders of a path template, in order.
pub fn placeholders(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    out
}
