//! Operations: matched by method and path template (parameter names erased), then their
//! identity, security, pagination, parameters, request body and responses compared.

use super::schema::ANY;
use super::{global, resolve, show, ChangeKind, Context, Dir};
use openapi_ext::{names, plan_of};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The `x-` fields of an operation that the generated client reads (`x-source` becomes a doc
/// comment only: documentation, not compared).
const OPERATION_EXTENSIONS_READ: &[&str] = &[names::PAGINATION, names::SOURCE];

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/// One operation of a document.
struct Op<'a> {
    path: &'a str,
    method: &'static str,
    item: &'a Value,
    op: &'a Value,
}

impl Op<'_> {
    fn location(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }

    fn operation_id(&self) -> Option<&str> {
        self.op.get("operationId").and_then(Value::as_str)
    }

    /// The method and builder names the generated client derives from the operationId (or,
    /// without one, from method and path), before collisions are resolved.
    fn generated_names(&self) -> (String, String) {
        let raw = self.operation_id().map_or_else(|| format!("{} {}", self.method, self.path), str::to_owned);
        client_gen::operation_names(&raw)
    }

    /// Where the docs define the operation (`x-source`: `file:line` in the doc set).
    fn source(&self) -> Option<String> {
        self.op.get(names::SOURCE).and_then(Value::as_str).map(str::to_owned)
    }

    fn describe(&self) -> String {
        match self.operation_id() {
            Some(id) => format!("operation `{id}`"),
            None => "operation".to_owned(),
        }
    }
}

/// `/a/{id}/b` -> `/a/{}/b`.
fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// The names of the path parameters, in template order.
fn template_names(path: &str) -> Vec<&str> {
    path.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name)).collect()
}

/// Every operation, keyed by (normalized path, method order, tie-breaker).
fn operations(doc: &Value) -> BTreeMap<(String, usize, String), Op<'_>> {
    let mut out = BTreeMap::new();
    let paths = doc.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let item = resolve(doc, item);
        for (i, method) in METHODS.iter().enumerate() {
            let Some(op) = item.get(*method).filter(|v| v.is_object()) else { continue };
            let mut key = (normalize(path), i, String::new());
            if out.contains_key(&key) {
                key.2 = path.clone();
            }
            out.insert(key, Op { path, method, item, op });
        }
    }
    out
}

pub(super) fn compare(cx: &mut Context) {
    let (old, new) = (operations(cx.old), operations(cx.new));
    let keys: BTreeSet<&(String, usize, String)> = old.keys().chain(new.keys()).collect();
    for key in keys {
        match (old.get(key), new.get(key)) {
            (Some(o), None) => {
                cx.source = o.source();
                cx.push(ChangeKind::OperationRemoved, o.location(), format!("{} removed", o.describe()))
            }
            (None, Some(n)) => {
                cx.source = n.source();
                cx.push(ChangeKind::OperationAdded, n.location(), format!("{} added", n.describe()))
            }
            (Some(o), Some(n)) => {
                cx.source = n.source().or_else(|| o.source());
                operation(cx, o, n)
            }
            (None, None) => {}
        }
        cx.source = None;
    }
}

fn operation<'a>(cx: &mut Context<'a>, o: &Op<'a>, n: &Op<'a>) {
    let loc = n.location();
    if o.operation_id() != n.operation_id() {
        let f = |v: Option<&str>| v.map_or_else(|| "none".to_owned(), |s| format!("`{s}`"));
        let (old_names, new_names) = (o.generated_names(), n.generated_names());
        let (kind, message) = if old_names == new_names {
            let what = format!("same generated method `{}`", old_names.0);
            (
                ChangeKind::OperationIdRespelled,
                format!("operationId {} is now {} ({what})", f(o.operation_id()), f(n.operation_id())),
            )
        } else {
            let what = format!("generated method `{}` is now `{}`", old_names.0, new_names.0);
            (
                ChangeKind::OperationIdChanged,
                format!("operationId {} is now {} ({what})", f(o.operation_id()), f(n.operation_id())),
            )
        };
        cx.push(kind, loc.clone(), message);
    }
    global::extensions(cx, Some(o.op), Some(n.op), OPERATION_EXTENSIONS_READ, &loc);
    let deprecated = |op: &Op| op.op.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
    if deprecated(o) != deprecated(n) {
        let message = if deprecated(n) { "operation deprecated" } else { "operation no longer deprecated" };
        cx.push(ChangeKind::DeprecationChanged, loc.clone(), message);
    }
    for (a, b) in template_names(o.path).into_iter().zip(template_names(n.path)) {
        if a != b {
            cx.push(ChangeKind::PathParameterRenamed, loc.clone(), format!("path parameter `{a}` is now `{b}`"));
        }
    }
    let (os, ns) = (o.op.get("security"), n.op.get("security"));
    if os.is_some() || ns.is_some() {
        let old = os.or_else(|| cx.old.get("security"));
        let new = ns.or_else(|| cx.new.get("security"));
        global::security_requirement(cx, old, new, &format!("{loc} security"));
    }
    pagination(cx, o, n, &loc);
    parameters(cx, o, n, &loc);
    request_body(cx, o, n, &loc);
    responses(cx, o, n, &loc);
}

fn pagination(cx: &mut Context, o: &Op, n: &Op, loc: &str) {
    let (a, b) = (o.op.get(names::PAGINATION), n.op.get(names::PAGINATION));
    match (a, b) {
        (Some(_), None) => cx.push(ChangeKind::PaginationRemoved, loc, "no longer paginated (x-pagination removed)"),
        (None, Some(p)) => cx.push(ChangeKind::PaginationAdded, loc, format!("now paginated: {}", show(p))),
        (Some(a), Some(b)) if a != b => {
            // Compared through the contract: what the generated stream follows, defaults applied.
            let kind = if plan_of(Some(a)) == plan_of(Some(b)) {
                ChangeKind::PaginationDetailsChanged
            } else {
                ChangeKind::PaginationChanged
            };
            cx.push(kind, loc, format!("pagination changed from {} to {}", show(a), show(b)))
        }
        _ => {}
    }
}

/// A parameter's identity: location order, then position (path) or name (others).
type ParamKey = (usize, String);

/// The parameters of an operation (path-item ones overridden by the operation's), resolved.
fn parameters_of<'a>(doc: &'a Value, op: &Op<'a>) -> BTreeMap<ParamKey, (String, &'a Value)> {
    let names = template_names(op.path);
    let mut out = BTreeMap::new();
    let lists = [op.item.get("parameters"), op.op.get("parameters")];
    for p in lists.into_iter().flatten().filter_map(Value::as_array).flatten() {
        let p = resolve(doc, p);
        let (Some(location), Some(name)) = (p.get("in").and_then(Value::as_str), p.get("name").and_then(Value::as_str))
        else {
            continue;
        };
        let order = ["path", "query", "header", "cookie"].iter().position(|l| *l == location).unwrap_or(4);
        let id = match location {
            "path" => names.iter().position(|n| *n == name).map_or_else(|| name.to_owned(), |i| format!("#{i:04}")),
            "header" => name.to_ascii_lowercase(),
            _ => name.to_owned(),
        };
        out.insert((order, id), (format!("{location}.{name}"), p));
    }
    out
}

fn parameters<'a>(cx: &mut Context<'a>, o: &Op<'a>, n: &Op<'a>, loc: &str) {
    let (old, new) = (parameters_of(cx.old, o), parameters_of(cx.new, n));
    let keys: BTreeSet<&ParamKey> = old.keys().chain(new.keys()).collect();
    let required = |p: &Value| p.get("required").and_then(Value::as_bool).unwrap_or(false);
    for key in keys {
        match (old.get(key), new.get(key)) {
            (Some((name, p)), None) => {
                let (kind, what) = if required(p) {
                    (ChangeKind::RequiredParameterRemoved, "required")
                } else {
                    (ChangeKind::OptionalParameterRemoved, "optional")
                };
                cx.push(kind, format!("{loc} parameter {name}"), format!("{what} parameter removed"))
            }
            (None, Some((name, p))) => {
                let (kind, what) = if required(p) {
                    (ChangeKind::RequiredParameterAdded, "required")
                } else {
                    (ChangeKind::OptionalParameterAdded, "optional")
                };
                cx.push(kind, format!("{loc} parameter {name}"), format!("{what} parameter added"));
            }
            (Some((_, a)), Some((name, b))) => {
                let at = format!("{loc} parameter {name}");
                if required(a) != required(b) {
                    let (kind, now) = if required(b) {
                        (ChangeKind::ParameterBecameRequired, "required")
                    } else {
                        (ChangeKind::ParameterBecameOptional, "optional")
                    };
                    cx.push(kind, at.clone(), format!("parameter is now {now}"));
                }
                let (sa, sb) = (style(a), style(b));
                if sa != sb {
                    let message = format!("serialization changed from {} to {}", sa.describe(), sb.describe());
                    cx.push(ChangeKind::ParameterStyleChanged, at.clone(), message);
                }
                if let (Some(sa), Some(sb)) = (param_schema(a), param_schema(b)) {
                    cx.schema(sa, sb, Dir::Request, &at);
                }
            }
            (None, None) => {}
        }
    }
}

/// A parameter's serialization, with the OpenAPI defaults filled in.
#[derive(PartialEq)]
struct Style<'a> {
    style: &'a str,
    explode: bool,
}

impl Style<'_> {
    fn describe(&self) -> String {
        format!("style `{}`, explode {}", self.style, self.explode)
    }
}

fn style(p: &Value) -> Style<'_> {
    let default = match p.get("in").and_then(Value::as_str) {
        Some("query" | "cookie") => "form",
        _ => "simple",
    };
    let style = p.get("style").and_then(Value::as_str).unwrap_or(default);
    let explode = p.get("explode").and_then(Value::as_bool).unwrap_or(style == "form");
    Style { style, explode }
}

fn param_schema(p: &Value) -> Option<&Value> {
    p.get("schema").or_else(|| {
        let content = p.get("content")?.as_object()?;
        content.values().find_map(|m| m.get("schema"))
    })
}

/// Media types of a `content` map, normalized (lowercase, without parameters).
fn media_types(content: Option<&Value>) -> BTreeMap<String, &Value> {
    let map = content.and_then(Value::as_object);
    map.into_iter().flatten().map(|(k, v)| (k.split(';').next().unwrap_or(k).trim().to_ascii_lowercase(), v)).collect()
}

/// `request body`, or `request body [multipart/form-data]` for a media type other than JSON.
fn body_location(prefix: &str, media: &str) -> String {
    if media == "application/json" {
        prefix.to_owned()
    } else {
        format!("{prefix} [{media}]")
    }
}

/// Compares the media types of two `content` maps, then the schemas of the common ones.
fn contents<'a>(cx: &mut Context<'a>, old: Option<&'a Value>, new: Option<&'a Value>, dir: Dir, prefix: &str) {
    let (old, new) = (media_types(old), media_types(new));
    let (removed, added) = match dir {
        Dir::Request => (ChangeKind::RequestMediaTypeRemoved, ChangeKind::RequestMediaTypeAdded),
        Dir::Response => (ChangeKind::ResponseMediaTypeRemoved, ChangeKind::ResponseMediaTypeAdded),
    };
    for media in old.keys().filter(|m| !new.contains_key(*m)) {
        cx.push(removed, prefix, format!("media type `{media}` removed"));
    }
    for media in new.keys().filter(|m| !old.contains_key(*m)) {
        cx.push(added, prefix, format!("media type `{media}` added"));
    }
    for (media, a) in &old {
        let Some(b) = new.get(media) else { continue };
        let (sa, sb) = (a.get("schema"), b.get("schema"));
        if sa.is_some() || sb.is_some() {
            // A missing schema is "anything".
            let (sa, sb) = (sa.unwrap_or(&ANY), sb.unwrap_or(&ANY));
            cx.schema(sa, sb, dir, &body_location(prefix, media));
        }
    }
}

fn request_body<'a>(cx: &mut Context<'a>, o: &Op<'a>, n: &Op<'a>, loc: &str) {
    let (old, new) =
        (o.op.get("requestBody").map(|b| resolve(cx.old, b)), n.op.get("requestBody").map(|b| resolve(cx.new, b)));
    let required = |b: &Value| b.get("required").and_then(Value::as_bool).unwrap_or(false);
    let at = format!("{loc} request body");
    match (old, new) {
        (None, None) => {}
        (Some(_), None) => cx.push(ChangeKind::RequestBodyRemoved, at, "request body removed"),
        (None, Some(b)) => {
            let (kind, what) = if required(b) {
                (ChangeKind::RequiredRequestBodyAdded, "required")
            } else {
                (ChangeKind::OptionalRequestBodyAdded, "optional")
            };
            cx.push(kind, at, format!("{what} request body added"));
        }
        (Some(a), Some(b)) => {
            if required(a) != required(b) {
                let (kind, now) = if required(b) {
                    (ChangeKind::RequestBodyBecameRequired, "required")
                } else {
                    (ChangeKind::RequestBodyBecameOptional, "optional")
                };
                cx.push(kind, at.clone(), format!("request body is now {now}"));
            }
            contents(cx, a.get("content"), b.get("content"), Dir::Request, &at);
        }
    }
}

/// `default`, or a status code with its range letters uppercased (`2xx` -> `2XX`).
fn status_key(status: &str) -> String {
    if status.eq_ignore_ascii_case("default") {
        "default".to_owned()
    } else {
        status.to_ascii_uppercase()
    }
}

fn responses<'a>(cx: &mut Context<'a>, o: &Op<'a>, n: &Op<'a>, loc: &str) {
    let list = |doc: &'a Value, op: &Op<'a>| -> BTreeMap<String, &'a Value> {
        let map = op.op.get("responses").and_then(Value::as_object);
        map.into_iter().flatten().map(|(k, v)| (status_key(k), resolve(doc, v))).collect()
    };
    let (old, new) = (list(cx.old, o), list(cx.new, n));
    for (status, _) in old.iter().filter(|(s, _)| !new.contains_key(*s)) {
        let at = format!("{loc} response {status}");
        if status.starts_with('2') {
            cx.push(ChangeKind::SuccessResponseRemoved, at, format!("success response {status} removed"));
        } else {
            cx.push(ChangeKind::ErrorResponseRemoved, at, format!("response {status} removed"));
        }
    }
    for status in new.keys().filter(|s| !old.contains_key(*s)) {
        cx.push(ChangeKind::ResponseAdded, format!("{loc} response {status}"), format!("response {status} added"));
    }
    for (status, a) in &old {
        let Some(b) = new.get(status) else { continue };
        contents(cx, a.get("content"), b.get("content"), Dir::Response, &format!("{loc} response {status} body"));
    }
}
