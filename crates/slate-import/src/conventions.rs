//! Evidence and decisions about the API as a whole, read from the intro pages, prose and the
//! examples: servers, authentication, headers every request needs, the rate limit, pagination
//! and documented error statuses. Nothing here knows a provider: every fact comes from the docs.

use crate::blocks::{BlockKind, Outline};
use crate::curl::split_url;
use crate::diag::{Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::paths;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A server the docs state.
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// URL, possibly with `{variables}`.
    pub url: String,
    /// The heading it was found under (`Sandbox`, `Production`, `Endpoint`).
    pub description: Option<String>,
    /// Variables: name, default, description.
    pub variables: Vec<(String, String, String)>,
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    /// A key in a header, sent raw (no scheme).
    HeaderKey {
        /// Header name.
        name: String,
    },
    /// A key in a query parameter.
    QueryKey {
        /// Parameter name.
        name: String,
    },
    /// A key in a cookie (a session cookie the docs say authenticates requests).
    CookieKey {
        /// Cookie name.
        name: String,
    },
    /// HTTP Basic; `token_as_username` when the password is empty.
    Basic {
        /// The credential is one token used as the user name.
        token_as_username: bool,
    },
    /// `Authorization: Bearer <token>`.
    Bearer,
}

/// Pagination as the docs describe it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paging {
    /// `page`, `offset` or `cursor`.
    pub style: String,
    /// Page number parameter.
    pub page_param: Option<String>,
    /// Page size parameter.
    pub size_param: Option<String>,
    /// Offset parameter.
    pub offset_param: Option<String>,
    /// Cursor parameter.
    pub cursor_param: Option<String>,
    /// Other cursor parameters (e.g. `starting_before`), declared but not driven.
    pub extra_params: Vec<String>,
    /// Field of the last item giving the next cursor.
    pub cursor_field: Option<String>,
    /// Dotted path of the next cursor in a list response (`next_cursor`), cursor style.
    pub next_cursor: Option<String>,
    /// Path to the items array.
    pub items: Option<String>,
    /// Path to a has-more flag.
    pub has_more: Option<String>,
    /// Path to the page count.
    pub total_pages: Option<String>,
    /// Path to the item count.
    pub total_count: Option<String>,
    /// Documented default page size.
    pub default_size: Option<u64>,
    /// Documented maximum page size.
    pub max_size: Option<u64>,
    /// Descriptions of the parameters, from the docs.
    pub param_docs: BTreeMap<String, String>,
    /// Dotted path of the next page's URL in the body (`links.next`, `_links.next.href`), style
    /// `next_url`.
    pub next_url: Option<String>,
    /// Response header holding the next page's URL, style `next_url`.
    pub next_header: Option<String>,
    /// Response header with the total count (`X-Total-Count`, `X-WP-Total`).
    pub total_header: Option<String>,
    /// Unit of `Range` requests (`items`), style `range`.
    pub range_unit: Option<String>,
    /// Response header giving the next `Range` (`Next-Range`), style `range`.
    pub next_range_header: Option<String>,
    /// The docs say every list pages this way ("all list endpoints"): a list response alone is
    /// evidence enough, without paging parameters of its own.
    pub all_lists: bool,
}

/// A documented error status.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorStatus {
    /// Status code.
    pub code: u16,
    /// Meaning.
    pub description: String,
}

/// What the docs say about the API as a whole.
#[derive(Debug, Clone, Default)]
pub struct Conventions {
    /// Servers, in document order.
    pub servers: Vec<Server>,
    /// Authentication, if documented.
    pub auth: Option<Auth>,
    /// Where authentication was read.
    pub auth_pos: Option<Pos>,
    /// Credentials the samples send together with the first scheme (a passphrase header).
    pub auth_together: Vec<Auth>,
    /// Other ways to authenticate the samples show, each a set of credentials sent together.
    pub auth_alternatives: Vec<Vec<Auth>>,
    /// The OAuth 2 flows that issue the bearer token, where the docs describe them.
    pub oauth2: Option<crate::credentials::OAuth2>,
    /// The OpenID Connect discovery URL, where the docs name OpenID Connect and no OAuth 2 URLs.
    pub openid_connect: Option<(String, Pos)>,
    /// Request signing, where the docs describe it.
    pub signing: Option<crate::credentials::Signing>,
    /// Headers required on every request.
    pub request_headers: BTreeMap<String, String>,
    /// Requests per seconds.
    pub rate_limit: Option<(u64, u64)>,
    /// Response headers that announce the rate limit, where the docs name them.
    pub rate_limit_headers: Option<crate::rate_limits::RateLimitHeaders>,
    /// API-wide pagination (from an intro section), if any.
    pub paging: Option<Paging>,
    /// Documented error statuses.
    pub errors: Vec<ErrorStatus>,
    /// JSON examples of the error body, with where each is.
    pub error_examples: Vec<(serde_json::Value, Pos)>,
    /// Fields of the error body from tables.
    pub error_fields: Vec<crate::tables::TableRow>,
}

pub(crate) fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// All the text of a section: paragraphs, lists, HTML and code, joined.
pub(crate) fn section_text(outline: &Outline, idx: usize) -> String {
    let mut out = String::new();
    for b in &outline.sections[idx].blocks {
        match &b.kind {
            BlockKind::Paragraph(t) | BlockKind::Html(t) | BlockKind::Code { text: t, .. } => {
                out.push_str(t);
                out.push('\n');
            }
            BlockKind::List(items) => {
                for i in items {
                    out.push_str(i);
                    out.push('\n');
                }
            }
            BlockKind::Comment(_) => {}
            BlockKind::Table { rows, .. } => {
                for r in rows {
                    out.push_str(&r.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | "));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Reads the conventions of the doc set.
pub fn read(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) -> Conventions {
    let intro: Vec<usize> = (0..outline.sections.len()).filter(|i| !model.operation_sections.contains(i)).collect();
    let owners = &model.owner_of;
    let intro: Vec<usize> = intro.into_iter().filter(|i| !model.operation_sections.contains(&owners[*i])).collect();
    let mut c = Conventions {
        servers: crate::servers::servers(outline, evidence, model, &intro, diags),
        ..Conventions::default()
    };
    (c.auth, c.auth_pos) = auth(outline, evidence, &intro);
    c.auth_alternatives = crate::credentials::alternatives(evidence, c.auth.as_ref());
    c.auth_together = crate::credentials::together(evidence, c.auth.as_ref());
    crate::credentials::add_prose_keys(outline, &mut c);
    c.oauth2 = crate::credentials::oauth2(outline, evidence, &intro);
    if c.oauth2.is_none() {
        c.openid_connect = crate::credentials::openid_connect(outline, &intro);
    }
    if let Some(listed) = crate::stated_auth::listed(outline, &intro) {
        crate::stated_auth::apply(listed, &mut c);
    }
    c.signing = crate::credentials::signing(outline, evidence, &intro);
    c.request_headers = request_headers(outline, evidence, &intro, c.auth.as_ref());
    for &i in &intro {
        let text = section_text(outline, i);
        if c.rate_limit.is_none() {
            c.rate_limit = crate::rate_limits::rate_limit(&text)
                .or_else(|| evidence[i].examples.iter().find_map(|e| crate::rate_limits::from_sample(&e.value)));
        }
        if c.rate_limit_headers.is_none() {
            c.rate_limit_headers = crate::rate_limits::headers(&text);
        }
        let title = outline.sections[i].title.to_ascii_lowercase();
        // A paging section under an operation's heading describes that operation's list; its
        // own parameters say how it pages.
        let under_operation = std::iter::successors(outline.sections[i].parent, |p| outline.sections[*p].parent)
            .any(|p| model.operation_sections.contains(&p));
        if (title.contains("pagina") || title.contains("paging")) && !under_operation {
            let mut p = paging_from_section(outline, evidence, owners, i);
            if p.style.is_empty() {
                continue;
            }
            if let Some(old) = c.paging.take() {
                p = merge_paging(old, p);
            }
            c.paging = Some(p);
        }
        // A table of HTTP status codes documents the error statuses wherever it is ("Errors",
        // "Responses", "Status codes").
        read_status_codes(outline, i, &mut c);
        if title.contains("error") {
            read_error_body(outline, evidence, owners, i, &mut c);
        }
    }
    c
}

fn merge_paging(mut a: Paging, b: Paging) -> Paging {
    // Headers that drive paging (a `Link` header, `Range`) say how to page, whatever section
    // named the parameters first.
    if matches!(b.style.as_str(), "link" | "range") {
        a.style = b.style.clone();
        a.range_unit = a.range_unit.or(b.range_unit.clone());
        a.next_range_header = a.next_range_header.or(b.next_range_header.clone());
        a.cursor_param = None;
        a.cursor_field = None;
    }
    a.total_header = a.total_header.or(b.total_header.clone());
    a.all_lists |= b.all_lists;
    macro_rules! fill {
        ($($f:ident),*) => { $( if a.$f.is_none() { a.$f = b.$f; } )* };
    }
    fill!(
        page_param,
        size_param,
        offset_param,
        cursor_param,
        cursor_field,
        items,
        has_more,
        total_pages,
        total_count,
        default_size,
        max_size
    );
    a.param_docs.extend(b.param_docs);
    a
}

pub(crate) fn placeholder_value(v: &str) -> bool {
    let v = v.trim();
    v.is_empty()
        || v.contains('$')
        || v.contains('<')
        || v.contains('{')
        || paths::is_placeholder_token(v.trim_end_matches(':'))
        || v.to_ascii_lowercase().contains("key")
        || v.to_ascii_lowercase().contains("secret")
        || v.to_ascii_lowercase().contains("token")
}

/// A header whose name says it carries a credential (`X-Api-Key`, `X-Auth-Token`,
/// `Client-Secret`), whatever sample value the docs put in it. `Idempotency-Key` is not one.
pub(crate) fn credential_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace('_', "-");
    !n.contains("idempotency")
        && !crate::vocabulary::NOT_CREDENTIAL_HEADERS.contains(&n.as_str())
        && crate::vocabulary::CREDENTIAL_HEADER_WORDS.iter().any(|w| n.contains(w))
}

fn auth(outline: &Outline, evidence: &[SectionEvidence], intro: &[usize]) -> (Option<Auth>, Option<Pos>) {
    // Prefer sections about authentication; then every curl call.
    let auth_sections: Vec<usize> = intro
        .iter()
        .copied()
        .filter(|i| {
            let t = outline.sections[*i].title.to_ascii_lowercase();
            t.contains("auth") || t.contains("api key") || t.contains("credential")
        })
        .collect();
    let all: Vec<usize> = (0..evidence.len()).collect();
    for set in [&auth_sections, &all] {
        for &i in set {
            for (call, pos) in evidence[i].curls.iter().filter(|(c, _)| !crate::credentials::is_token_request(c)) {
                if let Some(user) = &call.user {
                    let token_as_username = user.ends_with(':') || !user.contains(':');
                    return (Some(Auth::Basic { token_as_username }), Some(pos.clone()));
                }
                for (k, v) in &call.headers {
                    if k.eq_ignore_ascii_case("content-type")
                        || k.eq_ignore_ascii_case("accept")
                        || k.eq_ignore_ascii_case("cookie")
                        || !placeholder_value(v) && !credential_header(k)
                    {
                        continue;
                    }
                    if k.eq_ignore_ascii_case("authorization") {
                        let lower = v.to_ascii_lowercase();
                        let a = if lower.starts_with("bearer ") {
                            Auth::Bearer
                        } else if lower.starts_with("basic ") {
                            Auth::Basic { token_as_username: false }
                        } else {
                            Auth::HeaderKey { name: "Authorization".into() }
                        };
                        return (Some(a), Some(pos.clone()));
                    }
                    return (Some(Auth::HeaderKey { name: k.clone() }), Some(pos.clone()));
                }
                for (k, v) in split_url(&call.url).query {
                    let lk = k.to_ascii_lowercase();
                    if (lk.contains("key") || lk.contains("token") || lk.contains("secret"))
                        && placeholder_value(&format!("{v} {k}"))
                    {
                        return (Some(Auth::QueryKey { name: k }), Some(pos.clone()));
                    }
                }
            }
        }
        // Prose in auth sections: `Header-Name: value` in a code span, or `?param=VALUE`.
        if std::ptr::eq(set, &auth_sections) {
            static HDR: OnceLock<Regex> = OnceLock::new();
            static QRY: OnceLock<Regex> = OnceLock::new();
            for &i in set {
                let text = section_text(outline, i);
                if let Some(c) =
                    re(&QRY, r"`\??[^`\s]*[?&]([A-Za-z_]*(?:key|token|secret)[A-Za-z_]*)=([^`&\s]+)`").captures(&text)
                {
                    return (Some(Auth::QueryKey { name: c[1].to_owned() }), Some(outline.sections[i].pos.clone()));
                }
                if let Some(c) = re(&HDR, r"`([A-Za-z][A-Za-z0-9-]+):\s*([^`]+)`").captures(&text) {
                    let name = c[1].to_owned();
                    if !name.eq_ignore_ascii_case("content-type") && placeholder_value(&c[2])
                        || name.eq_ignore_ascii_case("authorization")
                    {
                        // `Authorization: Bearer {token}` names its scheme.
                        let value = c[2].trim().to_ascii_lowercase();
                        let authorization = name.eq_ignore_ascii_case("authorization");
                        let scheme = if authorization && value.starts_with("bearer ") {
                            Auth::Bearer
                        } else if authorization && value.starts_with("basic ") {
                            Auth::Basic { token_as_username: false }
                        } else {
                            Auth::HeaderKey { name }
                        };
                        return (Some(scheme), Some(outline.sections[i].pos.clone()));
                    }
                }
            }
        }
    }
    (None, None)
}

fn request_headers(
    outline: &Outline,
    evidence: &[SectionEvidence],
    intro: &[usize],
    auth: Option<&Auth>,
) -> BTreeMap<String, String> {
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = re(
        &ITEM,
        r#"(?i)^\s*(?:\*\*)?`?([A-Za-z][A-Za-z0-9-]+)`?(?:\*\*)?\s*(?:-|:|–)\s*(?:(?:this\s+)?(?:must|should)(?:\s+also)?\s+be(?:\s+set)?(?:\s+(?:as|to))?|=)?\s*["'`]?([A-Za-z0-9.+/*-]+/[A-Za-z0-9.+*-]+)["'`]?"#,
    );
    let mut out = BTreeMap::new();
    let auth_header = match auth {
        Some(Auth::HeaderKey { name }) => Some(name.to_ascii_lowercase()),
        _ => None,
    };
    for &i in intro {
        if !outline.sections[i].title.to_ascii_lowercase().contains("header") {
            continue;
        }
        for line in section_text(outline, i).lines() {
            if let Some(c) = item.captures(line) {
                let name = canonical_header(&c[1]);
                let scheme = name.eq_ignore_ascii_case("http") || name.eq_ignore_ascii_case("https");
                if Some(name.to_ascii_lowercase()) != auth_header && !scheme {
                    out.insert(name, c[2].to_owned());
                }
            }
        }
    }
    // "All requests should supply the `Accept: application/vnd.x.v1+json` header": a sentence
    // that requires it on every request, with the value in a code span.
    static SPAN: OnceLock<Regex> = OnceLock::new();
    let span = re(&SPAN, r"`([A-Za-z][A-Za-z0-9-]+):\s*([^`/][^`]*?)\s*`");
    // Any section may say it (an introduction with sample requests is an operation's section).
    for i in 0..outline.sections.len() {
        let text = section_text(outline, i);
        // Sentences end at ". " or a line end (a media type has dots of its own).
        for sentence in text.split(". ").flat_map(str::lines) {
            let lower = sentence.to_ascii_lowercase();
            if !crate::vocabulary::EVERY_REQUEST_WORDS.iter().any(|w| lower.contains(w)) {
                continue;
            }
            for c in span.captures_iter(sentence) {
                let name = canonical_header(&c[1]);
                let value = c[2].trim();
                let credential = credential_header(&name) || name.eq_ignore_ascii_case("authorization");
                let scheme = name.eq_ignore_ascii_case("http") || name.eq_ignore_ascii_case("https");
                if !credential && !scheme && !placeholder_value(value) && Some(name.to_ascii_lowercase()) != auth_header
                {
                    out.entry(name).or_insert_with(|| value.to_owned());
                }
            }
        }
    }
    let auth_name = auth_header.as_deref();
    for (name, value) in crate::required_headers::stated(outline, intro, auth_name) {
        out.entry(name).or_insert(value);
    }
    if out.is_empty() {
        // Accept sent by every curl example.
        let calls: Vec<_> = evidence.iter().flat_map(|e| e.curls.iter()).collect();
        if !calls.is_empty() {
            let first =
                calls[0].0.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("accept")).map(|(_, v)| v.clone());
            if let Some(v) = first {
                if calls.iter().all(|(c, _)| c.headers.iter().any(|(k, x)| k.eq_ignore_ascii_case("accept") && *x == v))
                {
                    out.insert("Accept".into(), v);
                }
            }
        }
    }
    out
}

/// A header name in its usual spelling: `content-type` -> `Content-Type`.
pub(crate) fn canonical_header(name: &str) -> String {
    name.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn quoted_names(text: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r#"['`"]([a-z_][A-Za-z0-9_]*)['`"]"#).captures_iter(text).map(|c| c[1].to_owned()).collect()
}

fn paging_from_section(outline: &Outline, evidence: &[SectionEvidence], owners: &[usize], idx: usize) -> Paging {
    let mut p = Paging::default();
    let group: Vec<usize> = (0..outline.sections.len())
        .filter(|i| owners[*i] == idx || *i == idx || outline.sections[*i].parent == Some(idx))
        .collect();
    let mut params: Vec<String> = Vec::new();
    let mut response_fields: Vec<(String, Option<String>)> = Vec::new();
    let mut text = String::new();
    for &i in &group {
        text.push_str(&section_text(outline, i));
        for t in &evidence[i].tables {
            // Boolean and array rows (and `object`) describe the list response; the rest are
            // request parameters.
            for r in &t.rows {
                if r.type_text
                    .as_deref()
                    .is_some_and(|ty| ty.eq_ignore_ascii_case("boolean") || ty.eq_ignore_ascii_case("array"))
                    || r.name == "object"
                {
                    response_fields.push((r.name.clone(), r.type_text.clone()));
                } else if !is_link_relation(r) {
                    params.push(r.name.clone());
                    if let Some(d) = &r.description {
                        p.param_docs.insert(r.name.clone(), d.clone());
                    }
                }
            }
        }
        for ex in &evidence[i].examples {
            walk_example(&ex.value, "", &mut response_fields);
        }
    }
    for name in quoted_names(&text) {
        let cursor_like = name.eq_ignore_ascii_case("cursor");
        if !params.contains(&name) && (crate::vocabulary::is_paging_param(&name) && name != "next" || cursor_like) {
            params.push(name);
        }
    }
    let found = crate::vocabulary::paging_params(&params);
    p.extra_params = params.iter().filter(|n| n.contains("before")).cloned().collect();
    if let Some(found) = found {
        p.style = found.style.into();
        p.page_param = found.page;
        p.size_param = found.size;
        p.offset_param = found.offset;
        p.cursor_param = found.cursor;
    }
    // "since: a timestamp ... or an object id": a parameter that takes an item's id is a cursor
    // (the last item's id), whatever else it takes.
    if p.style.is_empty() {
        let id_param = params.iter().find(|n| {
            p.param_docs.get(*n).is_some_and(|d| {
                let d = d.to_ascii_lowercase();
                crate::vocabulary::ID_CURSOR_WORDS.iter().any(|w| d.contains(w))
            })
        });
        if let Some(name) = id_param {
            p.style = "cursor".into();
            p.cursor_param = Some(name.clone());
            p.size_param = params
                .iter()
                .find(|n| crate::vocabulary::PAGE_SIZE_PARAMS.contains(&n.to_ascii_lowercase().as_str()))
                .cloned();
            p.extra_params = params
                .iter()
                .filter(|n| Some(*n) != p.cursor_param.as_ref() && Some(*n) != p.size_param.as_ref())
                .cloned()
                .collect();
        }
    }
    if p.style == "cursor" {
        p.cursor_field = Some("id".into());
    }
    header_paging(&text, &mut p);
    p.all_lists = crate::spec_paging::says_all_lists(&text);
    for (path, ty) in &response_fields {
        let leaf = path.rsplit('.').next().unwrap_or(path).to_ascii_lowercase();
        if ty.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("array")) || leaf == "data" && p.items.is_none() {
            p.items.get_or_insert(path.clone());
        }
        if leaf.contains("has_more") || leaf == "hasmore" {
            p.has_more.get_or_insert(path.clone());
        }
        if leaf.contains("totalpages") || leaf.contains("total_pages") || leaf == "pages" {
            p.total_pages.get_or_insert(path.clone());
        }
        if leaf.contains("total_count")
            || leaf.contains("totalresources")
            || leaf.contains("totalcount")
            || leaf == "total"
        {
            p.total_count.get_or_insert(path.clone());
        }
    }
    // "By default ... set to 100 ... as high as 500", "Defaults to 20", "between 1 and 100".
    static DEF: OnceLock<Regex> = OnceLock::new();
    static MAX: OnceLock<Regex> = OnceLock::new();
    let lower = text.to_ascii_lowercase();
    if let Some(c) = re(&DEF, r"default(?:s| is| value)?[^.\d]{0,60}?(?:to|is|of)\s+(\d+)").captures(&lower) {
        p.default_size = c[1].parse().ok();
    }
    if let Some(c) =
        re(&MAX, r"(?:as high as|maximum(?: of| is)?|max(?:imum)?\s*(?:of|is)?|between\s+\d+\s+and|up to)\s+(\d+)")
            .captures(&lower)
    {
        p.max_size = c[1].parse().ok();
    }
    p
}

/// A row naming a link relation of the response (`next` "includes the URL to list the next
/// set"): a link to follow, not a parameter to send.
fn is_link_relation(r: &crate::tables::TableRow) -> bool {
    let lower = r.description.as_deref().unwrap_or("").to_ascii_lowercase();
    crate::vocabulary::LINK_RELATIONS.contains(&r.name.to_ascii_lowercase().as_str())
        && (lower.contains("url") || lower.contains("link"))
}

/// Paging that response headers drive, as a conventions section describes it: the next page in
/// an RFC 8288 `Link` header (`rel="next"`), or `Range` / `Content-Range` requests; and a total
/// count in a response header (`X-Total-Count`, `X-WP-Total`, `Resource-Count`).
fn header_paging(text: &str, p: &mut Paging) {
    static TOTAL: OnceLock<Regex> = OnceLock::new();
    static UNIT: OnceLock<Regex> = OnceLock::new();
    let lower = text.to_ascii_lowercase();
    let link = lower.contains("link") && (lower.contains("rel=\"next\"") || lower.contains("rel=next"));
    let range = lower.contains("content-range") && lower.contains("range");
    if let Some(c) = re(&TOTAL, r"`((?:X-)?[A-Za-z]*-?(?:Total|Count)[A-Za-z-]*)`").captures(text) {
        if c[1].contains('-') {
            p.total_header = Some(c[1].to_owned());
        }
    }
    if link {
        p.style = "link".into();
        p.cursor_param = None;
        p.cursor_field = None;
    } else if range {
        p.style = "range".into();
        p.range_unit =
            re(&UNIT, r"Range:\s*([A-Za-z]+)=").captures(text).map(|c| c[1].to_owned()).or(Some("items".into()));
        if lower.contains("next-range") {
            p.next_range_header = Some("Next-Range".into());
        }
        p.cursor_param = None;
        p.cursor_field = None;
    }
}

/// Records every field path of an example with a coarse type.
fn walk_example(v: &serde_json::Value, prefix: &str, out: &mut Vec<(String, Option<String>)>) {
    if let serde_json::Value::Object(map) = v {
        for (k, x) in map {
            let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            let ty = match x {
                serde_json::Value::Array(_) => Some("array".to_owned()),
                serde_json::Value::Bool(_) => Some("boolean".to_owned()),
                _ => None,
            };
            out.push((path.clone(), ty));
            walk_example(x, &path, out);
        }
    }
}

/// The statuses of a table whose rows start with HTTP status codes (`404`, `**404**`, `` `404` ``).
fn read_status_codes(outline: &Outline, i: usize, c: &mut Conventions) {
    static CODE: OnceLock<Regex> = OnceLock::new();
    let code_re = re(&CODE, r"^[\s`*]*([1-5]\d\d)\b[`*\s]*(.*)$");
    for b in &outline.sections[i].blocks {
        let BlockKind::Table { rows, .. } = &b.kind else { continue };
        let codes: Vec<(u16, String)> = rows
            .iter()
            .filter_map(|r| {
                let first = r.cells.first().map(|x| x.text.as_str()).unwrap_or("");
                let m = code_re.captures(first)?;
                let code = m[1].parse::<u16>().ok()?;
                let rest = r
                    .cells
                    .iter()
                    .skip(1)
                    .map(|x| x.text.trim().trim_matches(['*', '_']).trim())
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" - ");
                let name = m[2].trim();
                let description = match (name.is_empty(), rest.is_empty()) {
                    (false, false) => format!("{name}: {rest}"),
                    (false, true) => name.to_owned(),
                    (true, _) => rest,
                };
                Some((code, description))
            })
            .collect();
        // A status table, not a table that happens to start with a number.
        if codes.len() < 2 || codes.len() * 2 < rows.len() {
            continue;
        }
        for (code, description) in codes {
            if !c.errors.iter().any(|e| e.code == code) {
                c.errors.push(ErrorStatus { code, description });
            }
        }
    }
}

/// Examples and field tables of an errors section: the error body.
fn read_error_body(outline: &Outline, evidence: &[SectionEvidence], owners: &[usize], idx: usize, c: &mut Conventions) {
    let group: Vec<usize> = (0..outline.sections.len()).filter(|i| owners[*i] == idx || *i == idx).collect();
    let before = (c.error_examples.len(), c.error_fields.len());
    for &i in &group {
        for ex in &evidence[i].examples {
            c.error_examples.push((ex.value.clone(), ex.pos.clone()));
        }
        for t in &evidence[i].tables {
            for r in &t.rows {
                if !r.name.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
                    c.error_fields.push(r.clone());
                }
            }
        }
    }
    if (c.error_examples.len(), c.error_fields.len()) == before {
        for &i in &group {
            c.error_fields.extend(error_fields_in_prose(&outline.sections[i]));
        }
    }
}

/// Error body fields an errors section names only in words: "the error message will be
/// available in the response as `errorMessage`". A code span in a sentence about the response
/// or its body.
fn error_fields_in_prose(section: &crate::blocks::Section) -> Vec<crate::tables::TableRow> {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field = re(&FIELD, r"`([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`");
    let mut out: Vec<crate::tables::TableRow> = Vec::new();
    for b in section.blocks.iter().filter(|b| !b.quoted) {
        let BlockKind::Paragraph(text) = &b.kind else { continue };
        for sentence in text.split_inclusive(['.', '!', '?']) {
            let lower = sentence.to_ascii_lowercase();
            if !(lower.contains("response") || lower.contains("body")) {
                continue;
            }
            for m in field.captures_iter(sentence) {
                if out.iter().any(|r| r.name == m[1]) {
                    continue;
                }
                out.push(crate::tables::TableRow {
                    name: m[1].to_owned(),
                    bold: false,
                    location: None,
                    type_text: Some("string".into()),
                    required: None,
                    default: None,
                    description: Some(sentence.trim().to_owned()),
                    enum_values: Vec::new(),
                    pos: b.pos.clone(),
                });
            }
        }
    }
    out
}
