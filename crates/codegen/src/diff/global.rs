//! What applies to the whole API: servers, security schemes, the global security
//! requirement, and the top-level extensions the generated client reads.

use super::{resolve, show, ChangeKind, Context};
use openapi_ext::names;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn compare(cx: &mut Context) {
    servers(cx);
    security_schemes(cx);
    let (old, new) = (cx.old.get("security"), cx.new.get("security"));
    security_requirement(cx, old, new, "security");
    read_extensions(cx);
    let (old, new) = (cx.old, cx.new);
    extensions(cx, Some(old), Some(new), DOCUMENT_EXTENSIONS_READ, "document");
}

fn servers(cx: &mut Context) {
    let list = |doc: &Value| -> BTreeMap<String, Value> {
        let servers = doc.get("servers").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        servers
            .iter()
            .filter_map(|s| Some((s.get("url")?.as_str()?.trim_end_matches('/').to_owned(), s.clone())))
            .collect()
    };
    let (old, new) = (list(cx.old), list(cx.new));
    for url in old.keys().filter(|u| !new.contains_key(*u)) {
        cx.push(ChangeKind::ServerRemoved, format!("server {url}"), "server removed");
    }
    for url in new.keys().filter(|u| !old.contains_key(*u)) {
        cx.push(ChangeKind::ServerAdded, format!("server {url}"), "server added");
    }
    for (url, o) in &old {
        let Some(n) = new.get(url) else { continue };
        let vars = |s: &Value| s.get("variables").and_then(Value::as_object).cloned().unwrap_or_default();
        let (ov, nv) = (vars(o), vars(n));
        let names: BTreeSet<&String> = ov.keys().chain(nv.keys()).collect();
        for name in names {
            let location = format!("server {url} variable {name}");
            match (ov.get(name), nv.get(name)) {
                (Some(_), None) => cx.push(ChangeKind::ServerVariableRemoved, location, "server variable removed"),
                (None, Some(_)) => cx.push(ChangeKind::ServerVariableAdded, location, "server variable added"),
                (Some(a), Some(b)) => {
                    for field in ["default", "enum"] {
                        if a.get(field) != b.get(field) {
                            let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
                            let message = format!("`{field}` changed from {} to {}", f(a.get(field)), f(b.get(field)));
                            cx.push(ChangeKind::ServerVariableChanged, location.clone(), message);
                        }
                    }
                }
                (None, None) => {}
            }
        }
    }
}

/// The `x-` fields of the document that the generated client reads.
const DOCUMENT_EXTENSIONS_READ: &[&str] =
    &[names::RATE_LIMIT, names::REQUEST_HEADERS, names::REQUEST_SIGNING, names::ENVELOPE];

/// The `x-` fields of a security scheme that the generated client reads.
const SCHEME_EXTENSIONS_READ: &[&str] = &[names::TOKEN_AS];

/// Reports every `x-` field of `old`/`new` (objects) not in `read` that changed, as
/// [`ChangeKind::ExtensionChanged`] (the generated client does not read it).
pub(super) fn extensions(cx: &mut Context, old: Option<&Value>, new: Option<&Value>, read: &[&str], location: &str) {
    let fields = |v: Option<&Value>| -> BTreeMap<String, Value> {
        let map = v.and_then(Value::as_object);
        map.into_iter()
            .flatten()
            .filter(|(k, _)| k.starts_with("x-") && !read.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let (old, new) = (fields(old), fields(new));
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        let (a, b) = (old.get(name), new.get(name));
        if a != b {
            let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
            let message = format!("`{name}` changed from {} to {} (not read by the generated client)", f(a), f(b));
            cx.push(ChangeKind::ExtensionChanged, location, message);
        }
    }
}

/// A security scheme without its documentation and the `x-` fields the client does not read,
/// scopes reduced to their names.
fn scheme_contract(root: &Value, scheme: &Value) -> Map<String, Value> {
    let mut m = resolve(root, scheme).as_object().cloned().unwrap_or_default();
    m.remove("description");
    m.retain(|k, _| !k.starts_with("x-") || SCHEME_EXTENSIONS_READ.contains(&k.as_str()));
    if let Some(Value::Object(flows)) = m.get_mut("flows") {
        for flow in flows.values_mut() {
            if let Some(Value::Object(scopes)) = flow.get_mut("scopes") {
                for v in scopes.values_mut() {
                    *v = Value::Null;
                }
            }
        }
    }
    m
}

/// The security scheme `name` of a document, resolved.
fn raw_scheme<'a>(doc: &'a Value, name: &str) -> Option<&'a Value> {
    let schemes = doc.pointer("/components/securitySchemes")?;
    schemes.get(name).map(|v| resolve(doc, v))
}

fn security_schemes(cx: &mut Context) {
    let schemes = |doc: &Value| -> BTreeMap<String, Map<String, Value>> {
        let map = doc.pointer("/components/securitySchemes").and_then(Value::as_object);
        map.into_iter().flatten().map(|(k, v)| (k.clone(), scheme_contract(doc, v))).collect()
    };
    let (old, new) = (schemes(cx.old), schemes(cx.new));
    for name in old.keys().filter(|k| !new.contains_key(*k)) {
        cx.push(ChangeKind::SecuritySchemeRemoved, format!("security scheme {name}"), "security scheme removed");
    }
    for name in new.keys().filter(|k| !old.contains_key(*k)) {
        cx.push(ChangeKind::SecuritySchemeAdded, format!("security scheme {name}"), "security scheme added");
    }
    for name in old.keys().filter(|k| new.contains_key(*k)) {
        let (o, n) = (raw_scheme(cx.old, name), raw_scheme(cx.new, name));
        extensions(cx, o, n, SCHEME_EXTENSIONS_READ, &format!("security scheme {name}"));
    }
    for (name, o) in &old {
        let Some(n) = new.get(name) else { continue };
        let fields: BTreeSet<&String> = o.keys().chain(n.keys()).filter(|k| o.get(*k) != n.get(*k)).collect();
        if fields.is_empty() {
            continue;
        }
        let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
        let what: Vec<String> = fields.iter().map(|k| format!("`{k}` {} -> {}", f(o.get(*k)), f(n.get(*k)))).collect();
        cx.push(ChangeKind::SecuritySchemeChanged, format!("security scheme {name}"), what.join(", "));
    }
}

/// The alternatives of a security requirement, e.g. `{"apiKey", "oauth[read]"}`; an absent
/// or empty requirement is the single alternative "no authentication".
pub(super) fn alternatives(req: Option<&Value>) -> BTreeSet<String> {
    let list = req.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let mut out: BTreeSet<String> = list
        .iter()
        .filter_map(Value::as_object)
        .map(|alt| {
            let parts: BTreeMap<&str, BTreeSet<&str>> = alt
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_array().into_iter().flatten().filter_map(Value::as_str).collect()))
                .collect();
            let parts: Vec<String> = parts
                .into_iter()
                .map(|(k, scopes)| {
                    if scopes.is_empty() {
                        k.to_owned()
                    } else {
                        format!("{k}[{}]", scopes.into_iter().collect::<Vec<_>>().join(","))
                    }
                })
                .collect();
            if parts.is_empty() {
                "no authentication".to_owned()
            } else {
                parts.join(" + ")
            }
        })
        .collect();
    if out.is_empty() {
        out.insert("no authentication".to_owned());
    }
    out
}

/// Compares two security requirements (global, or an operation's effective one).
pub(super) fn security_requirement(cx: &mut Context, old: Option<&Value>, new: Option<&Value>, location: &str) {
    let (old, new) = (alternatives(old), alternatives(new));
    for alt in old.difference(&new) {
        cx.push(ChangeKind::SecurityRequirementRemoved, location, format!("`{alt}` no longer accepted"));
    }
    for alt in new.difference(&old) {
        cx.push(ChangeKind::SecurityRequirementAdded, location, format!("`{alt}` now accepted"));
    }
}

/// The document's `x-` fields that the generated client reads.
fn read_extensions(cx: &mut Context) {
    let (old, new) = (cx.old.get(names::RATE_LIMIT), cx.new.get(names::RATE_LIMIT));
    if old != new {
        let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
        cx.push(
            ChangeKind::RateLimitChanged,
            names::RATE_LIMIT,
            format!("rate limit changed from {} to {}", f(old), f(new)),
        );
    }
    let headers = |doc: &Value| -> BTreeMap<String, Value> {
        let map = doc.get(names::REQUEST_HEADERS).and_then(Value::as_object);
        map.into_iter().flatten().map(|(k, v)| (k.to_ascii_lowercase(), v.clone())).collect()
    };
    let (old, new) = (headers(cx.old), headers(cx.new));
    for (name, o) in &old {
        let location = format!("x-request-headers {name}");
        match new.get(name) {
            None => cx.push(ChangeKind::DefaultRequestHeaderRemoved, location, "default request header removed"),
            Some(n) if n != o => cx.push(
                ChangeKind::DefaultRequestHeaderChanged,
                location,
                format!("value changed from {} to {}", show(o), show(n)),
            ),
            Some(_) => {}
        }
    }
    for (name, n) in new.iter().filter(|(k, _)| !old.contains_key(*k)) {
        let location = format!("x-request-headers {name}");
        cx.push(ChangeKind::DefaultRequestHeaderAdded, location, format!("default request header added: {}", show(n)));
    }
    let (old, new) = (cx.old.get(names::ENVELOPE), cx.new.get(names::ENVELOPE));
    if old != new {
        let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
        cx.push(
            ChangeKind::EnvelopeChanged,
            names::ENVELOPE,
            format!("envelope changed from {} to {}", f(old), f(new)),
        );
    }
    let (old, new) = (cx.old.get(names::REQUEST_SIGNING), cx.new.get(names::REQUEST_SIGNING));
    if old != new {
        let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
        let message = format!("request signing changed from {} to {}", f(old), f(new));
        cx.push(ChangeKind::RequestSigningChanged, names::REQUEST_SIGNING, message);
    }
}
