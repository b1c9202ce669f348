//! The scoreboard: every doc set with hand-checked expectations (`tests/corpus/<set>.toml` at
//! the workspace root, read from the docs by hand, never from the importer's output) is
//! imported and compared with them. It prints, per set, operations expected / imported /
//! matched with recall and precision and the missing and extra ones, and the conventions the
//! later issues need: the default server, the auth schemes, paginated operations given
//! `x-pagination`, query-parameter recall, the rate limit, and how many of the docs' sample URLs
//! are the operation's default URL: its first server (its own `servers`, else its path's, else
//! the document's) followed by its path; a sample on a server of another environment (sandbox,
//! region) counts when one of the operation's servers gives it.
//! The board also shows the precision of paging (operations given `x-pagination` the docs do
//! not call paginated), the per-operation rate limits and the headers the docs require on every
//! request.
//!
//! `cargo test -p slate-import --test corpus_scoreboard -- --nocapture` shows it (`.ci/run` does).
//! The test fails when a set falls below its floor ([`FLOORS`]): the figures reached so far,
//! raised as the importer improves, never lowered. The four seed sets must stay at 1.0 / 1.0.
//! The goal for every set is recall and precision of at least 0.95.
//!
//! Sets are read from `$SLATE_CORPUS_DIR` (else `../shared/corpus`) and, for `root = "docs"`,
//! from `$SLATE_DOCS_DIR` (else `../shared/docs`); a missing set fails the test.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// (set, operation recall floor, operation precision floor, default server right, auth schemes
/// right): what the importer reaches today, as a ratchet. Raise a floor when a change lifts a
/// set; never lower one.
const FLOORS: &[(&str, f64, f64, bool, bool)] = &[
    ("9spokes", 1.0, 1.0, true, true),
    ("seventime", 1.0, 1.0, true, true),
    ("booqable", 1.0, 1.0, true, true),
    ("spaces", 1.0, 1.0, true, true),
    ("woocommerce", 1.0, 1.0, true, true),
    ("basecamp", 1.0, 1.0, true, true),
    ("toggl", 0.98, 1.0, true, true),
    ("monzo", 0.95, 1.0, true, true),
    ("monzo-open-banking", 1.0, 1.0, true, true),
    ("ingest", 1.0, 1.0, true, true),
    ("dwolla", 1.0, 1.0, true, true),
    ("500px", 1.0, 1.0, true, true),
    ("billplz", 1.0, 1.0, true, true),
    ("binance", 1.0, 1.0, true, true),
    ("capillary", 0.95, 0.95, true, true),
];

/// (set, paginated operations given `x-pagination` / expected, query-parameter recall): the
/// ratchet of issue 13, like [`FLOORS`]; a set without paginated operations or query
/// expectations counts 1.0.
const PAGING_FLOORS: &[(&str, f64, f64)] = &[
    ("500px", 0.88, 0.97),
    ("basecamp", 0.96, 0.97),
    ("billplz", 1.0, 1.0),
    ("binance", 1.0, 1.0),
    ("booqable", 1.0, 1.0),
    ("capillary", 0.79, 0.98),
    ("dwolla", 1.0, 1.0),
    ("ingest", 1.0, 1.0),
    ("monzo", 1.0, 1.0),
    ("seventime", 1.0, 1.0),
    ("spaces", 1.0, 1.0),
    ("toggl", 1.0, 1.0),
    ("woocommerce", 1.0, 1.0),
];

/// (set, share of the operations with a sample URL whose default URL is that URL): the ratchet
/// of issue 12 (goal [`GOAL`]); a set without sample URLs counts 1.0. Below the goal: capillary
/// (samples on hosts the docs state no base for: `api.capillary.co.in`, `us.intouch...`,
/// `api.us...`, each a `server-mismatch` naming its samples) and spaces (every section's sample calls `spaces.com`, the README's stated base is
/// `spaces.pe`: the stated one wins).
const URL_FLOORS: &[(&str, f64)] = &[
    ("500px", 1.0),
    ("9spokes", 1.0),
    ("basecamp", 1.0),
    ("billplz", 1.0),
    ("binance", 1.0),
    ("booqable", 1.0),
    ("capillary", 0.91),
    ("dwolla", 1.0),
    ("ingest", 1.0),
    ("monzo", 1.0),
    ("monzo-open-banking", 1.0),
    ("seventime", 0.98),
    ("spaces", 0.0),
    ("toggl", 1.0),
    ("woocommerce", 1.0),
];

/// (set, paging precision: operations given `x-pagination` that the docs call paginated / all
/// given it, required headers right, rate limits right: the API-wide one and every
/// per-operation one): the ratchet of issue 13 beside [`PAGING_FLOORS`].
const CONVENTION_FLOORS: &[(&str, f64, f64, bool)] = &[
    ("500px", 1.0, 1.0, true),
    ("9spokes", 1.0, 1.0, true),
    ("basecamp", 1.0, 1.0, true),
    ("billplz", 1.0, 1.0, true),
    ("binance", 1.0, 1.0, true),
    ("booqable", 1.0, 1.0, true),
    ("capillary", 1.0, 1.0, true),
    ("dwolla", 1.0, 1.0, true),
    ("ingest", 1.0, 1.0, true),
    ("monzo", 1.0, 1.0, true),
    ("monzo-open-banking", 1.0, 1.0, true),
    ("seventime", 1.0, 1.0, true),
    ("spaces", 1.0, 1.0, true),
    ("toggl", 1.0, 1.0, true),
    ("woocommerce", 1.0, 1.0, true),
];

/// (set, query-parameter precision): of the query parameters imported on operations with query
/// expectations, the share the docs document; a ratchet like [`PAGING_FLOORS`].
const QUERY_PRECISION_FLOORS: &[(&str, f64)] = &[
    ("500px", 0.95),
    ("basecamp", 1.0),
    ("billplz", 1.0),
    ("binance", 1.0),
    ("booqable", 1.0),
    ("capillary", 0.92),
    ("dwolla", 0.91),
    ("ingest", 1.0),
    ("monzo", 0.62),
    ("seventime", 0.84),
    ("spaces", 1.0),
    ("toggl", 0.82),
    ("woocommerce", 1.0),
];

/// The goal of issue 11 for every set.
const GOAL: f64 = 0.95;

/// One expectations file.
#[derive(Debug, Deserialize)]
struct Expectations {
    set: String,
    /// The scoreboard's name for it (the file's stem): the set, or the set and which of its
    /// APIs when a folder holds several.
    #[serde(default)]
    name: Option<String>,
    entry: String,
    #[serde(default)]
    root: Option<String>,
    #[serde(default, rename = "server")]
    servers: Vec<ExpectedServer>,
    #[serde(default)]
    auth: Vec<ExpectedAuth>,
    #[serde(default)]
    rate_limit: Option<ExpectedRateLimit>,
    /// Headers the docs require on every request (`User-Agent`, `Accept`, `Content-Type`).
    #[serde(default, rename = "required_header")]
    required_headers: Vec<ExpectedHeader>,
    #[serde(default, rename = "operation")]
    operations: Vec<ExpectedOperation>,
}

#[derive(Debug, Deserialize)]
struct ExpectedServer {
    url: String,
    #[serde(default)]
    default: bool,
    /// The environment the docs name it for (`production`, `sandbox`, `eu`): a sample on a
    /// server of another environment than the default's is the same call after `.server(..)`.
    #[serde(default)]
    environment: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ExpectedAuth {
    kind: String,
}

#[derive(Debug, Deserialize)]
struct ExpectedHeader {
    name: String,
}

#[derive(Debug, Deserialize)]
struct ExpectedRateLimit {
    requests: Option<u64>,
    per_seconds: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct ExpectedOperation {
    method: String,
    path: String,
    source: String,
    #[serde(default)]
    paginated: bool,
    query: Option<Vec<String>>,
    sample_url: Option<String>,
    /// A limit the docs state for this endpoint alone (an operation-level `x-rate-limit`).
    #[serde(default)]
    rate_limit: Option<ExpectedRateLimit>,
    /// A method OpenAPI 3.0 cannot hold (LINK, UNLINK): the importer must skip it with a
    /// `nonstandard-method` diagnostic in the source's file naming the method, not as a path
    /// item. Such an operation counts as imported and matched when the diagnostic is there.
    #[serde(default)]
    nonstandard: bool,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn root_of(kind: Option<&str>) -> PathBuf {
    let (var, default) = match kind {
        Some("docs") => ("SLATE_DOCS_DIR", "../shared/docs"),
        _ => ("SLATE_CORPUS_DIR", "../shared/corpus"),
    };
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| repo().join(default))
}

/// A path with every placeholder written `{}` and no trailing slash, for matching.
fn normalized(path: &str) -> String {
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
fn origin_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split('/').next().unwrap_or(rest);
    format!("{scheme}://{}", normalized(host).trim_start_matches('/'))
}

/// The path part of a server URL (`https://h/api/v2` -> `/api/v2`), normalized, "" for none.
fn base_path(url: &str) -> String {
    let after = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after.split_once('/') {
        Some((_, rest)) if !rest.trim_matches('/').is_empty() => normalized(&format!("/{rest}")),
        _ => String::new(),
    }
}

/// One imported operation: method, path under the first server's base, and the operation.
struct Imported {
    method: String,
    full_path: String,
    op: Value,
    path: String,
}

fn imported_operations(spec: &Value) -> Vec<Imported> {
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
fn ratio(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{n}/{d} ({:.2})", n as f64 / d as f64)
    }
}

/// The security scheme kinds of a spec, in the expectations' words.
fn auth_kinds(spec: &Value) -> BTreeSet<String> {
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
fn operation_servers<'a>(spec: &'a Value, path: &str, op: &'a Value) -> &'a [Value] {
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
fn default_url_matches(spec: &Value, path: &str, op: &Value, sample: &str, other_environment: bool) -> bool {
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

/// The figures of one set the floors hold: recall, precision, default server right, auth right,
/// paginated share, query-parameter recall, default URL = sample URL share, query-parameter
/// precision.
type Figures = (f64, f64, bool, bool, f64, f64, f64, f64);

/// The figures of issue 13 beside [`Figures`], held by [`CONVENTION_FLOORS`].
struct Conventions13 {
    /// Paginated operations given paging / all given paging.
    paging_precision: f64,
    /// Required headers found / expected, halved when the spec requires one the docs do not.
    headers: f64,
    /// The API-wide rate limit and every per-operation one right.
    rate_limit_right: bool,
}

/// Scores one set; returns its report and its figures.
fn score(exp: &Expectations) -> (String, Figures, Conventions13) {
    let root = root_of(exp.root.as_deref()).join(&exp.set);
    assert!(root.is_dir(), "{}: doc set not found at {}", exp.set, root.display());
    let target = if exp.entry == "." { root.clone() } else { root.join(&exp.entry) };
    let (spec, diagnostics, opened) = match slate_import::import(&target) {
        Ok(imported) => (serde_json::to_value(&imported.spec).expect("spec as JSON"), imported.diagnostics, true),
        Err(_) => (Value::Null, Vec::new(), false),
    };
    let noted = |e: &ExpectedOperation| {
        let file = e.source.rsplit_once(':').map_or(e.source.as_str(), |(f, _)| f);
        diagnostics.iter().any(|d| {
            d.code == "nonstandard-method"
                && d.file == file
                && d.message.contains(&format!("`{}`", e.method.to_ascii_uppercase()))
        })
    };
    let (nonstandard, standard): (Vec<&ExpectedOperation>, Vec<&ExpectedOperation>) =
        exp.operations.iter().partition(|e| e.nonstandard);
    let noted_count = nonstandard.iter().filter(|e| noted(e)).count();
    let imported = imported_operations(&spec);
    let bases: Vec<String> =
        std::iter::once(String::new()).chain(exp.servers.iter().map(|s| base_path(&s.url))).collect();
    let mut used = vec![false; imported.len()];
    let mut matched: Vec<(usize, &ExpectedOperation)> = Vec::new();
    let mut missing = Vec::new();
    for e in nonstandard.iter().filter(|e| !noted(e)) {
        missing.push(format!("{} {} ({}; no nonstandard-method diagnostic)", e.method, e.path, e.source));
    }
    for e in standard {
        let want: Vec<String> = bases.iter().map(|b| normalized(&format!("{b}{}", normalized(&e.path)))).collect();
        let found = imported
            .iter()
            .enumerate()
            .find(|(i, op)| !used[*i] && op.method == e.method.to_ascii_uppercase() && want.contains(&op.full_path));
        match found {
            Some((i, _)) => {
                used[i] = true;
                matched.push((i, e));
            }
            None => missing.push(format!("{} {} ({})", e.method, e.path, e.source)),
        }
    }
    let extra: Vec<String> = imported
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(op, _)| format!("{} {} ({})", op.method, op.path, op.op["x-source"].as_str().unwrap_or("?")))
        .collect();
    let (e, i, m) = (exp.operations.len(), imported.len() + noted_count, matched.len() + noted_count);
    let recall = if e == 0 { 1.0 } else { m as f64 / e as f64 };
    let precision = if i == 0 {
        if e == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        m as f64 / i as f64
    };

    // Conventions, over the matched operations.
    let default_server = exp.servers.iter().find(|s| s.default).or(exp.servers.first());
    let server_right = match (default_server, spec.pointer("/servers/0/url").and_then(Value::as_str)) {
        // The host decides (variables as `{}`); where the base path is split off is measured by
        // the sample URLs below.
        (Some(want), Some(got)) => origin_of(&want.url) == origin_of(got),
        (None, _) => true,
        _ => false,
    };
    let want_auth: BTreeSet<String> =
        exp.auth.iter().map(|a| a.kind.clone()).filter(|k| k != "unspecified" && k != "signature").collect();
    let got_auth = auth_kinds(&spec);
    let paginated = matched.iter().filter(|(_, e)| e.paginated).count();
    let paged = matched.iter().filter(|(i, e)| e.paginated && imported[*i].op.get("x-pagination").is_some()).count();
    let describe = |i: usize| format!("{} {}", imported[i].method, imported[i].path);
    let paging_misses: Vec<String> = matched
        .iter()
        .filter(|(i, e)| e.paginated && imported[*i].op.get("x-pagination").is_none())
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    // Operations given paging that the docs do not call paginated: the precision of paging.
    let paging_extras: Vec<String> = matched
        .iter()
        .filter(|(i, e)| !e.paginated && imported[*i].op.get("x-pagination").is_some())
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    let header_names = |v: Option<&Value>| -> BTreeSet<String> {
        v.and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k.to_ascii_lowercase()).collect()
    };
    let want_headers: BTreeSet<String> = exp.required_headers.iter().map(|h| h.name.to_ascii_lowercase()).collect();
    let got_headers = header_names(spec.get("x-request-headers"));
    let headers_found = want_headers.intersection(&got_headers).count();
    let headers_extra: Vec<&String> = got_headers.difference(&want_headers).collect();
    let headers_missing: Vec<&String> = want_headers.difference(&got_headers).collect();
    let (mut query_found, mut query_total) = (0, 0);
    // Query precision: of the query parameters imported on operations with query expectations,
    // the share the docs document.
    let (mut query_right, mut query_imported) = (0, 0);
    // Matched operations whose query parameters were checked by hand (an empty list counts).
    let mut query_ops = 0;
    let (mut query_misses, mut query_extras) = (Vec::new(), Vec::new());
    for (i, e) in &matched {
        let Some(query) = &e.query else { continue };
        query_ops += 1;
        let got: BTreeSet<String> = imported[*i].op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str().map(str::to_owned))
            .collect();
        query_total += query.len();
        query_found += query.iter().filter(|q| got.contains(*q)).count();
        query_imported += got.len();
        query_right += got.iter().filter(|g| query.contains(g)).count();
        let op = &imported[*i];
        for q in query.iter().filter(|q| !got.contains(*q)) {
            query_misses.push(format!("{} {} `{q}` ({})", op.method, op.path, e.source));
        }
        for g in got.iter().filter(|g| !query.contains(g)) {
            query_extras.push(format!("{} {} `{g}` ({})", op.method, op.path, e.source));
        }
    }
    // The environment a sample URL is on, by the expected server of its origin (http = https).
    let environment_of = |url: &str| {
        let origin = origin_of(&url.replacen("http://", "https://", 1));
        exp.servers.iter().find(|s| origin_of(&s.url) == origin).map(|s| s.environment.clone())
    };
    let default_environment = default_server.map(|s| s.environment.clone());
    let other_environment =
        |sample: &str| environment_of(sample).is_some_and(|e| Some(&e) != default_environment.as_ref());
    let with_sample: Vec<_> = matched.iter().filter_map(|(i, e)| e.sample_url.as_ref().map(|s| (i, s))).collect();
    let url_misses: Vec<String> = with_sample
        .iter()
        .filter(|(i, sample)| {
            !default_url_matches(&spec, &imported[**i].path, &imported[**i].op, sample, other_environment(sample))
        })
        .map(|(i, sample)| format!("{} {} calls {sample}", imported[**i].method, imported[**i].path))
        .collect();
    let url_right = with_sample.len() - url_misses.len();
    let rate_limit = match &exp.rate_limit {
        None => spec.get("x-rate-limit").map_or("none (right)".to_owned(), |_| "none stated, one imported".to_owned()),
        Some(want) => match spec.get("x-rate-limit") {
            None => "missed".to_owned(),
            Some(got) => if same_limit(want, got) { "right" } else { "wrong" }.to_owned(),
        },
    };
    // Limits the docs state for one endpoint: an operation-level `x-rate-limit`.
    let op_limits_stated = matched.iter().filter(|(_, e)| e.rate_limit.is_some()).count();
    let op_limit_misses: Vec<String> = matched
        .iter()
        .filter(|(i, e)| match (&e.rate_limit, imported[*i].op.get("x-rate-limit")) {
            (Some(want), Some(got)) => !same_limit(want, got),
            (Some(_), None) | (None, Some(_)) => true,
            (None, None) => false,
        })
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    let op_limits_right = matched
        .iter()
        .filter(|(i, e)| {
            e.rate_limit.is_some() && !op_limit_misses.contains(&format!("{} ({})", describe(*i), e.source))
        })
        .count();
    let rate_limit_right = (rate_limit == "right" || rate_limit == "none (right)") && op_limit_misses.is_empty();

    let mut report = String::new();
    let _ = writeln!(
        report,
        "{:<12} ops {e:>3} expected, {i:>3} imported, {m:>3} matched: recall {recall:.2}, precision {precision:.2}{}",
        exp.name.as_deref().unwrap_or(&exp.set),
        if opened { "" } else { " (the set did not open)" }
    );
    let _ = writeln!(
        report,
        "             server {}; auth {} (docs {want_auth:?}, spec {got_auth:?}); x-pagination {}; query {} precision {} on {query_ops} ops; rate limit {rate_limit}; default URL = sample URL {}",
        if server_right { "right" } else { "wrong" },
        if want_auth == got_auth { "right" } else { "wrong" },
        ratio(paged, paginated),
        ratio(query_found, query_total),
        ratio(query_right, query_imported),
        ratio(url_right, with_sample.len()),
    );
    let _ = writeln!(
        report,
        "             paging precision {}; per-operation rate limits {}{}; required headers {}{}",
        ratio(paged, paged + paging_extras.len()),
        ratio(op_limits_right, op_limits_stated),
        if op_limit_misses.len() > op_limits_stated - op_limits_right {
            format!(" (+{} not stated)", op_limit_misses.len() - (op_limits_stated - op_limits_right))
        } else {
            String::new()
        },
        ratio(headers_found, want_headers.len()),
        if headers_extra.is_empty() { String::new() } else { format!(" (not required: {headers_extra:?})") },
    );
    if !nonstandard.is_empty() {
        let _ = writeln!(
            report,
            "             nonstandard methods skipped with a diagnostic {}",
            ratio(noted_count, nonstandard.len())
        );
    }
    let headers_missing: Vec<String> = headers_missing.iter().map(|h| h.to_string()).collect();
    for (label, list) in [
        ("missing", &missing),
        ("extra", &extra),
        ("default URL misses", &url_misses),
        ("paginated without x-pagination", &paging_misses),
        ("x-pagination not documented", &paging_extras),
        ("per-operation rate limit misses", &op_limit_misses),
        ("required headers missed", &headers_missing),
        ("query parameters missed", &query_misses),
        ("query parameters not documented", &query_extras),
    ] {
        if !list.is_empty() {
            let shown: Vec<&str> = list
                .iter()
                .take(if std::env::var_os("SCOREBOARD_ALL").is_some() { usize::MAX } else { 8 })
                .map(String::as_str)
                .collect();
            let more = list.len().saturating_sub(shown.len());
            let _ = writeln!(
                report,
                "             {label} {}: {}{}",
                list.len(),
                shown.join("; "),
                if more > 0 { format!("; and {more} more") } else { String::new() }
            );
        }
    }
    let share = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    (
        report,
        (
            recall,
            precision,
            server_right,
            want_auth == got_auth,
            share(paged, paginated),
            share(query_found, query_total),
            share(url_right, with_sample.len()),
            share(query_right, query_imported),
        ),
        Conventions13 {
            paging_precision: share(paged, paged + paging_extras.len()),
            headers: share(headers_found, want_headers.len()) * if headers_extra.is_empty() { 1.0 } else { 0.5 },
            rate_limit_right,
        },
    )
}

/// Whether an imported `x-rate-limit` (one window or the first of several) is the one expected.
fn same_limit(want: &ExpectedRateLimit, got: &Value) -> bool {
    let got = got.as_array().and_then(|a| a.first()).unwrap_or(got);
    want.requests.is_none_or(|r| got["requests"].as_u64() == Some(r))
        && want.per_seconds.is_none_or(|p| got["per_seconds"].as_u64() == Some(p))
}

fn expectations() -> Vec<Expectations> {
    let dir = repo().join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f: &PathBuf| {
            let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let exp: Expectations = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let name = exp.name.as_deref().unwrap_or(&exp.set);
            assert_eq!(Path::new(f).file_stem().and_then(|s| s.to_str()), Some(name), "{}", f.display());
            assert!(!exp.operations.is_empty(), "{}: no operations expected", f.display());
            exp
        })
        .collect()
}

#[test]
fn every_set_meets_its_floor_and_the_scoreboard_is_printed() {
    let sets = expectations();
    let names: BTreeSet<&str> = sets.iter().map(|s| s.name.as_deref().unwrap_or(&s.set)).collect();
    let floors: BTreeSet<&str> = FLOORS.iter().map(|f| f.0).collect();
    assert_eq!(names, floors, "every expectations file has a floor and every floor a file");
    let convention_floors: BTreeSet<&str> = CONVENTION_FLOORS.iter().map(|f| f.0).collect();
    assert_eq!(names, convention_floors, "every expectations file has a convention floor");
    let mut board =
        String::from("scoreboard (hand-checked expectations in tests/corpus; goal: recall and precision >= 0.95)\n");
    let mut failures = Vec::new();
    let mut at_goal = 0;
    for exp in &sets {
        let (report, (recall, precision, server_right, auth_right, paged, query, urls, query_precision), conv) =
            score(exp);
        let name = exp.name.as_deref().unwrap_or(&exp.set);
        if let Some((_, min_precision, min_headers, rate_floor)) = CONVENTION_FLOORS.iter().find(|f| f.0 == name) {
            if conv.paging_precision + 1e-9 < *min_precision || conv.headers + 1e-9 < *min_headers {
                failures.push(format!(
                    "{name}: paging precision {:.2} (floor {min_precision:.2}), required headers {:.2} (floor {min_headers:.2})",
                    conv.paging_precision, conv.headers
                ));
            }
            if *rate_floor && !conv.rate_limit_right {
                failures.push(format!("{name}: the rate limits are no longer the ones the docs state"));
            }
        }
        if let Some((_, min_urls)) = URL_FLOORS.iter().find(|f| f.0 == name) {
            if urls + 1e-9 < *min_urls {
                failures.push(format!("{name}: default URL = sample URL {urls:.2} (floor {min_urls:.2})"));
            }
        } else {
            failures.push(format!("{name}: no floor in URL_FLOORS"));
        }
        if let Some((_, min)) = QUERY_PRECISION_FLOORS.iter().find(|f| f.0 == name) {
            if query_precision + 1e-9 < *min {
                failures.push(format!("{}: query precision {query_precision:.2} (floor {min:.2})", exp.set));
            }
        }
        if let Some((_, min_paged, min_query)) =
            PAGING_FLOORS.iter().find(|f| f.0 == exp.name.as_deref().unwrap_or(&exp.set))
        {
            if paged + 1e-9 < *min_paged || query + 1e-9 < *min_query {
                failures.push(format!(
                    "{}: x-pagination {paged:.2} (floor {min_paged:.2}), query {query:.2} (floor {min_query:.2})",
                    exp.set
                ));
            }
        }
        board.push_str(&report);
        let (_, min_recall, min_precision, server_floor, auth_floor) =
            FLOORS.iter().find(|f| f.0 == name).copied().unwrap_or(("", 0.0, 0.0, false, false));
        if server_floor && !server_right {
            failures.push(format!("{name}: the default server is no longer the one the docs state"));
        }
        if auth_floor && !auth_right {
            failures.push(format!("{name}: the auth schemes are no longer the ones the docs describe"));
        }
        if recall + 1e-9 < min_recall || precision + 1e-9 < min_precision {
            failures.push(format!(
                "{name}: recall {recall:.2} (floor {min_recall:.2}), precision {precision:.2} (floor {min_precision:.2})"
            ));
        }
        if recall >= GOAL && precision >= GOAL {
            at_goal += 1;
        }
    }
    let _ = writeln!(board, "{at_goal} of {} sets at the goal", sets.len());
    println!("{board}");
    assert!(failures.is_empty(), "below the floor:\n{}\n\n{board}", failures.join("\n"));
}

#[test]
fn paths_match_whatever_the_placeholder_names_and_base_split() {
    assert_eq!(normalized("/buckets/{bucket_id}/todos/{id}.json"), "/buckets/{}/todos/{}.json");
    assert_eq!(normalized("customers/"), "/customers");
    assert_eq!(base_path("https://{account}.api.test/v1/"), "/v1");
    assert_eq!(base_path("https://api.test"), "");
    let spec = serde_json::json!({"servers": [{"url": "https://{shop}.test/api/2"}]});
    let op = serde_json::json!({});
    assert!(default_url_matches(&spec, "/items/{id}", &op, "https://acme.test/api/2/items/42?x=1", false));
    assert!(!default_url_matches(&spec, "/items/{id}", &op, "https://acme.test/items/42", false));
    assert!(default_url_matches(&spec, "/items/{id}", &op, "https://${API_ROOT}/api/2/items/42", false));
    assert!(!default_url_matches(&spec, "/items/{id}", &op, "https://${API_ROOT}/items/42", false));
    // The default server decides, not any server; a path's or an operation's own servers first.
    let spec = serde_json::json!({
        "servers": [{"url": "https://api.test/v1"}, {"url": "https://hooks.test"}],
        "paths": {"/hooks/{id}": {"servers": [{"url": "https://hooks.test"}]}},
    });
    assert!(!default_url_matches(&spec, "/items", &op, "https://hooks.test/items", false));
    assert!(default_url_matches(&spec, "/items", &op, "https://hooks.test/items", true), "another environment");
    assert!(default_url_matches(&spec, "/hooks/{id}", &op, "https://hooks.test/hooks/7", false));
    assert!(!default_url_matches(&spec, "/hooks/{id}", &op, "https://api.test/v1/hooks/7", false));
    assert!(!default_url_matches(&spec, "/hooks/{id}", &op, "https://api.test/v1/hooks/7", true), "not its server");
    let own = serde_json::json!({"servers": [{"url": "https://api.test/v1"}]});
    assert!(default_url_matches(&spec, "/hooks/{id}", &own, "https://api.test/v1/hooks/7", false));
}
