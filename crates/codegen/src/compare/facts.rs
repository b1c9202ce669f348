//! What one document says, flattened into comparable facts: its operations (keyed by method
//! and path template with parameter names erased), each with its parameters, request-body and
//! 2xx response properties (`$ref`s followed, `allOf` merged, `oneOf`/`anyOf` alternatives
//! united), statuses, summary and tags; and the document's security schemes and servers.

use super::schema::{self, Field};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/// Header parameters OpenAPI 3.0 says are ignored (they are set by the content negotiation
/// and the security schemes): not counted on either side.
const IGNORED_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

/// The facts of one document.
#[derive(Debug, Default)]
pub struct Facts {
    /// Operations by key: `GET /v1/pets/{}` (the first server's base path, then the path).
    pub operations: BTreeMap<String, Operation>,
    /// Security schemes by their contract (`http bearer`, `apiKey header x-key`, `oauth2
    /// authorizationCode`), names ignored.
    pub security_schemes: BTreeSet<String>,
    /// Server URLs, without a trailing slash.
    pub servers: BTreeSet<String>,
}

/// The facts of one operation.
#[derive(Debug, Default)]
pub struct Operation {
    /// `GET /pets/{petId}`, as the document writes it.
    pub label: String,
    /// The key without the server's base path (`GET /pets/{}`), for a second matching pass.
    pub bare_key: String,
    /// The summary, whitespace collapsed; absent when empty.
    pub summary: Option<String>,
    /// Tag names.
    pub tags: BTreeSet<String>,
    /// The first tag: the grouping a document files the operation under (a page shows each
    /// operation once, under one heading; renderers pick the first tag).
    pub first_tag: Option<String>,
    /// Response status keys (`200`, `2XX`, `default`).
    pub statuses: BTreeSet<String>,
    /// Parameters by `query limit`, `header x-id` (lower case), `path #1` (by position).
    pub parameters: BTreeMap<String, Field>,
    /// Request-body properties by path (`owner.name`, `items[].id`), over every media type.
    pub request: BTreeMap<String, Field>,
    /// Properties of the 2xx responses by path, over every 2xx status and media type.
    pub response: BTreeMap<String, Field>,
}

/// `/a/{id}/b` -> `/a/{}/b`; a trailing slash is dropped.
pub fn normalize_path(path: &str) -> String {
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
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    out
}

/// The names of the path parameters, in template order.
fn template_names(path: &str) -> Vec<&str> {
    path.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(name, _)| name)).collect()
}

pub(super) use openapi_ext::schema::resolve_json as resolve;

/// Collapses runs of whitespace and trims; `None` when nothing is left.
fn text(value: Option<&Value>) -> Option<String> {
    let s = value?.as_str()?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Reads the facts of `doc`, an OpenAPI 3.0 document as JSON.
pub fn read(doc: &Value) -> Facts {
    let mut facts = Facts { security_schemes: security_schemes(doc), servers: servers(doc), ..Facts::default() };
    let base = base_path(doc);
    let paths = doc.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let item = resolve(doc, item);
        for method in METHODS {
            let Some(op) = item.get(method).filter(|v| v.is_object()) else { continue };
            let key = format!("{} {}", method.to_ascii_uppercase(), normalize_path(&format!("{base}{path}")));
            let label = format!("{} {path}", method.to_ascii_uppercase());
            let bare_key = format!("{} {}", method.to_ascii_uppercase(), normalize_path(path));
            facts
                .operations
                .entry(key)
                .or_insert_with(|| Operation { bare_key, ..operation(doc, path, item, op, label) });
        }
    }
    facts
}

fn operation(doc: &Value, path: &str, item: &Value, op: &Value, label: String) -> Operation {
    let tags = op.get("tags").and_then(Value::as_array).into_iter().flatten();
    let mut out = Operation {
        label,
        summary: text(op.get("summary")),
        tags: tags.clone().filter_map(|t| text(Some(t))).collect(),
        first_tag: tags.filter_map(|t| text(Some(t))).next(),
        parameters: parameters(doc, path, item, op),
        ..Operation::default()
    };
    if let Some(body) = op.get("requestBody") {
        let body = resolve(doc, body);
        for s in schemas(doc, body) {
            schema::properties(doc, s, &mut out.request);
        }
    }
    for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
        let status = status.to_ascii_uppercase();
        if status.starts_with('2') {
            let response = resolve(doc, response);
            for s in schemas(doc, response) {
                schema::properties(doc, s, &mut out.response);
            }
        }
        out.statuses.insert(if status == "DEFAULT" { "default".into() } else { status });
    }
    out
}

/// The schemas of every media type of a request body or a response. A `$ref` in place of the
/// `content` map or of a media type (not OpenAPI 3.0, but seen in vendors' specs) is followed.
fn schemas<'a>(doc: &'a Value, holder: &'a Value) -> impl Iterator<Item = &'a Value> + 'a {
    let content = holder.get("content").map(|c| resolve(doc, c)).and_then(Value::as_object);
    content.into_iter().flat_map(|m| m.values()).filter_map(move |media| resolve(doc, media).get("schema"))
}

/// The operation's parameters (its own overriding the path item's), keyed by location and
/// name; path parameters by their position in the template.
fn parameters(doc: &Value, path: &str, item: &Value, op: &Value) -> BTreeMap<String, Field> {
    let positions = template_names(path);
    let mut out = BTreeMap::new();
    let lists = [item.get("parameters"), op.get("parameters")];
    for p in lists.into_iter().flatten().filter_map(Value::as_array).flatten() {
        let p = resolve(doc, p);
        let (Some(location), Some(name)) = (p.get("in").and_then(Value::as_str), p.get("name").and_then(Value::as_str))
        else {
            continue;
        };
        let key = match location {
            "path" => match positions.iter().position(|n| *n == name) {
                Some(i) => format!("path #{}", i + 1),
                None => format!("path {name}"),
            },
            "header" if IGNORED_HEADERS.contains(&name.to_ascii_lowercase().as_str()) => continue,
            "header" => format!("header {}", name.to_ascii_lowercase()),
            other => format!("{other} {name}"),
        };
        let schema = p.get("schema").or_else(|| {
            p.get("content").and_then(Value::as_object).and_then(|c| c.values().next()).and_then(|m| m.get("schema"))
        });
        let mut field = schema.map(|s| schema::field(doc, s)).unwrap_or_default();
        field.required = location == "path" || p.get("required").and_then(Value::as_bool).unwrap_or(false);
        field.name = name.to_owned();
        out.insert(key, field);
    }
    out
}

/// Each security scheme's contract.
fn security_schemes(doc: &Value) -> BTreeSet<String> {
    let schemes = doc.pointer("/components/securitySchemes").and_then(Value::as_object);
    let mut out = BTreeSet::new();
    for scheme in schemes.into_iter().flat_map(|m| m.values()) {
        let scheme = resolve(doc, scheme);
        let field = |k: &str| scheme.get(k).and_then(Value::as_str).unwrap_or("");
        let contract = match field("type") {
            "http" => format!("http {}", field("scheme").to_ascii_lowercase()),
            "apiKey" if field("in") == "header" => format!("apiKey header {}", field("name").to_ascii_lowercase()),
            "apiKey" => format!("apiKey {} {}", field("in"), field("name")),
            "oauth2" => {
                let mut flows: Vec<&str> = scheme
                    .get("flows")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k.as_str())
                    .collect();
                flows.sort_unstable();
                format!("oauth2 {}", flows.join(","))
            }
            other => other.to_owned(),
        };
        out.insert(contract);
    }
    out
}

/// `https://host/v1/` -> (`https://host`, `/v1`); a relative URL is all path.
fn split_url(url: &str) -> (&str, &str) {
    let url = url.trim().trim_end_matches('/');
    let host_start = url.find("://").map_or(0, |i| i + 3);
    match url[host_start..].find('/') {
        Some(i) => url.split_at(host_start + i),
        None => (url, ""),
    }
}

/// The path part of the first server's URL (`/v1`), prefixed to every path: where a document
/// puts its base path (in the server or in every path) does not change its operations.
fn base_path(doc: &Value) -> String {
    let first = doc.pointer("/servers/0/url").and_then(Value::as_str).unwrap_or("");
    split_url(first).1.to_owned()
}

/// The origins (`https://api.example.com`) of the document's servers; their base paths count
/// in the operations' paths.
fn servers(doc: &Value) -> BTreeSet<String> {
    let servers = doc.get("servers").and_then(Value::as_array).into_iter().flatten();
    servers
        .filter_map(|s| s.get("url").and_then(Value::as_str))
        .map(|u| split_url(u).0.to_owned())
        .filter(|u| !u.is_empty())
        .collect()
}
