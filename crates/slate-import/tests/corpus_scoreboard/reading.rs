//! Reading an imported spec: its operations under their servers' base paths, its auth kinds,
//! and whether a sample URL is an operation's default URL.

use super::*;

/// A path with every placeholder written `{}` and no trailing slash, for matching.
pub(crate) fn normalized(path: &str) -> String {
    let mut out = String::new();
    let mut depth: usize = 0;
    for c in path.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let trimmed = out.trim_end_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    }
}

/// The scheme and host of a URL, placeholders written `{}`.
pub(crate) fn origin_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split('/').next().unwrap_or(rest);
    format!("{scheme}://{}", normalized(host).trim_start_matches('/'))
}

/// The path part of a server URL (`https://h/api/v2` -> `/api/v2`), normalized, "" for none.
pub(crate) fn base_path(url: &str) -> String {
    let after = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after.split_once('/') {
        Some((_, rest)) if !rest.trim_matches('/').is_empty() => normalized(&format!("/{rest}")),
        _ => String::new(),
    }
}

/// One imported operation: method, path under the first server's base, and the operation.
pub(crate) struct Imported {
    pub(crate) method: String,
    pub(crate) full_path: String,
    pub(crate) op: Value,
    pub(crate) path: String,
}

pub(crate) fn imported_operations(spec: &Value) -> Vec<Imported> {
    let base = spec.pointer("/servers/0/url").and_then(Value::as_str).map(base_path).unwrap_or_default();
    let mut out = Vec::new();
    for (path, item) in spec.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            if ["get", "put", "post", "delete", "options", "head", "patch", "trace"].contains(&method.as_str()) {
                let full_path = normalized(&format!("{base}{}", normalized(path)));
                out.push(Imported {
                    method: method.to_ascii_uppercase(),
                    full_path,
                    op: op.clone(),
                    path: path.clone(),
                });
            }
        }
    }
    out
}

/// A fraction `n / d` printed with its parts, or `-` when nothing was expected.
pub(crate) fn ratio(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{n}/{d} ({:.2})", n as f64 / d as f64)
    }
}

/// The security scheme kinds of a spec, in the expectations' words.
pub(crate) fn auth_kinds(spec: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for scheme in
        spec.pointer("/components/securitySchemes").and_then(Value::as_object).into_iter().flat_map(|m| m.values())
    {
        let kind = match (scheme["type"].as_str(), scheme["scheme"].as_str()) {
            (Some("http"), Some(s)) if s.eq_ignore_ascii_case("bearer") => "bearer",
            (Some("http"), Some(s)) if s.eq_ignore_ascii_case("basic") => "basic",
            (Some("apiKey"), _) => "apiKey",
            (Some("oauth2"), _) => "oauth2",
            (Some("openIdConnect"), _) => "oauth2",
            (Some(other), _) => other,
            (None, _) => "?",
        };
        out.insert(kind.to_owned());
    }
    out
}

/// The servers an operation is sent to, its default first: the operation's own `servers`, else
/// its path item's, else the document's (OpenAPI 3.0: the innermost list replaces the outer).
pub(crate) fn operation_servers<'a>(spec: &'a Value, path: &str, op: &'a Value) -> &'a [Value] {
    let own = |v: Option<&'a Value>| v.and_then(Value::as_array).filter(|a| !a.is_empty()).map(Vec::as_slice);
    own(op.get("servers"))
        .or_else(|| own(spec.get("paths").and_then(|p| p.get(path)).and_then(|i| i.get("servers"))))
        .or_else(|| own(spec.get("servers")))
        .unwrap_or(&[])
}

/// Whether `sample` is the URL a client calls by default for the operation at `path`: the
/// first of its servers ([`operation_servers`]; server variables and path placeholders match
/// any segment) followed by the path is the URL the docs' own sample calls. With
/// `other_environment` (the sample is on a server the expectations name for another
/// environment than the default's: a sandbox, another region), any server of the operation's
/// own list may give it: the user picks that environment with `.server(..)`; a server of the
/// same environment must be the default. A sample whose host is itself a placeholder (`https://${API_ROOT}`)
/// is compared by its path alone. A sample over plain HTTP of an HTTPS server and a doubled
/// slash in a sample's path (`example.com//wp-json/...`) are the same URL to the client.
pub(crate) fn default_url_matches(spec: &Value, path: &str, op: &Value, sample: &str, other_environment: bool) -> bool {
    let sample = sample.split(['?', '#']).next().unwrap_or(sample).trim_end_matches('/');
    let sample = match sample.strip_prefix("http://") {
        Some(rest) => format!("https://{rest}"),
        None => sample.to_owned(),
    };
    let sample = match sample.split_once("://") {
        Some((scheme, rest)) => {
            let mut rest = rest.to_owned();
            while rest.contains("//") {
                rest = rest.replace("//", "/");
            }
            format!("{scheme}://{rest}")
        }
        None => sample,
    };
    let sample = sample.as_str();
    let (sample_origin, sample_path) = match sample.split_once("://") {
        Some((scheme, rest)) => {
            let (host, p) = rest.split_once('/').map_or((rest, ""), |(h, p)| (h, p));
            (format!("{scheme}://{host}"), format!("/{p}"))
        }
        None => (String::new(), sample.to_owned()),
    };
    let variable_host = sample_origin.contains(['$', '{', '<']);
    let as_regex = |pattern: &str| {
        let mut regex = String::from("^");
        let mut rest = pattern;
        while let Some(start) = rest.find('{') {
            regex.push_str(&regex::escape(&rest[..start]));
            regex.push_str("[^/?#]+");
            rest = rest[start..].split_once('}').map_or("", |(_, after)| after);
        }
        regex.push_str(&regex::escape(rest));
        regex.push_str("/?$");
        regex::Regex::new(&regex).ok()
    };
    let servers = operation_servers(spec, path, op);
    servers.iter().take(if other_environment { servers.len() } else { 1 }).filter_map(|s| s["url"].as_str()).any(
        |server| {
            let full = format!("{}{}", server.trim_end_matches('/'), path).trim_end_matches('/').to_owned();
            if variable_host {
                let base = server.split_once("://").map_or("", |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
                let pattern = format!("{}{}", base.trim_end_matches('/'), path);
                as_regex(pattern.trim_end_matches('/')).is_some_and(|r| r.is_match(&sample_path))
            } else {
                as_regex(&full).is_some_and(|r| r.is_match(sample))
            }
        },
    )
}
