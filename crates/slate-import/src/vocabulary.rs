//! The importer's word lists: every list of words the readers match docs against, each with
//! the reason it exists. A word that only one vendor's docs need does not belong here; a word
//! belongs here when it is how API docs in general spell a thing.

/// Response-format suffixes docs append to a path (`/todos/2.json`, `/report.csv`): the suffix
/// stays part of the path, and the placeholder or id before it is still a path parameter.
pub const FORMAT_SUFFIXES: &[&str] = &["json", "xml", "csv", "pdf", "html", "txt", "yaml", "atom", "rss"];

/// Labels under which docs state an operation's URL apart from its method: a `**URL** :
/// \`/x\`` field, a `URI | /x` table row, a "Request URL" heading over a lone URL.
pub const URL_LABELS: &[&str] = &[
    "url",
    "uri",
    "endpoint",
    "path",
    "request url",
    "request uri",
    "resource url",
    "resource uri",
    "endpoint url",
    "request path",
    // Slate's "HTTP Request" heading over a URL written without its method.
    "http request",
];

/// Labels under which docs state an operation's method apart from its URL (`**Method** :
/// \`GET\``, `HTTP Method | GET`).
pub const METHOD_LABELS: &[&str] =
    &["method", "methods", "http method", "http methods", "http verb", "verb", "request method", "request type"];

/// Code block languages that may hold a bare request line or a raw HTTP request
/// (`POST /api/v3/order`, `GET /x HTTP/1.1` and headers): none, or a generic text language.
pub const REQUEST_BLOCK_LANGS: &[&str] = &["", "http", "https", "text", "plaintext", "plain", "txt", "raw", "none"];

/// Titles of a changelog (a page's file name or a heading): the request lines there record
/// history, not operations.
pub const CHANGELOG_TITLES: &[&str] = &[
    "changelog",
    "change log",
    "release notes",
    "releases",
    "release history",
    "revision history",
    "version history",
    "what's new",
    "whats new",
    "api changelog",
];

/// Path segments that mark OAuth's own endpoints (`/oauth/access_token`, `/v3/oauth/token/
/// generate`): a path with one of [`OAUTH_SEGMENTS`] and one of [`OAUTH_TOKEN_SEGMENTS`] is
/// how a client obtains credentials, which the auth scheme describes, not an API operation.
pub const OAUTH_SEGMENTS: &[&str] = &["oauth", "oauth2", "oauth1"];

/// See [`OAUTH_SEGMENTS`].
pub const OAUTH_TOKEN_SEGMENTS: &[&str] =
    &["token", "access_token", "request_token", "refresh_token", "authorize", "authorization", "revoke"];

/// Query parameters that carry a page number (1-based), as list endpoints name them.
pub const PAGE_PARAMS: &[&str] = &["page", "page_number", "pagenumber"];

/// Query parameters that carry a page size.
pub const PAGE_SIZE_PARAMS: &[&str] =
    &["limit", "per", "per_page", "perpage", "page_size", "pagesize", "size", "count", "rpp", "max_results"];

/// Query parameters that carry an item offset.
pub const OFFSET_PARAMS: &[&str] = &["offset", "skip", "start"];

/// Query parameters that carry a cursor (the id or token after which the next page starts).
pub const CURSOR_PARAMS: &[&str] =
    &["cursor", "starting_after", "after", "page_token", "next_token", "continuation_token", "next", "from_id"];

/// The paging style a set of query parameters implies: a page number wins (an `after` beside
/// `page` is a date filter), then a cursor, then an offset. Returns (style, page, size,
/// offset, cursor) parameter names as written.
pub fn paging_params(params: &[String]) -> Option<PagingParams> {
    let find = |words: &[&str]| params.iter().find(|n| words.contains(&n.to_ascii_lowercase().as_str())).cloned();
    let page = find(PAGE_PARAMS);
    let size = find(PAGE_SIZE_PARAMS);
    let offset = find(OFFSET_PARAMS);
    let cursor =
        find(CURSOR_PARAMS).or_else(|| params.iter().find(|n| n.to_ascii_lowercase().ends_with("_cursor")).cloned());
    let style = if page.is_some() {
        "page"
    } else if cursor.is_some() {
        "cursor"
    } else if offset.is_some() {
        "offset"
    } else {
        return None;
    };
    Some(PagingParams { style, page, size, offset, cursor })
}

/// What [`paging_params`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagingParams {
    /// `page`, `cursor` or `offset`.
    pub style: &'static str,
    /// The page-number parameter.
    pub page: Option<String>,
    /// The page-size parameter.
    pub size: Option<String>,
    /// The offset parameter.
    pub offset: Option<String>,
    /// The cursor parameter.
    pub cursor: Option<String>,
}

/// Whether `name` is a paging parameter of any kind.
pub fn is_paging_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [PAGE_PARAMS, PAGE_SIZE_PARAMS, OFFSET_PARAMS, CURSOR_PARAMS].iter().any(|words| words.contains(&n.as_str()))
}

/// Words of a section (title or text) about the API's servers: where such a section names a
/// URL, it states a base; a heading with one of them names the server it is over.
pub const SERVER_WORDS: &[&str] =
    &["api", "endpoint", "root", "base", "server", "environment", "sandbox", "production", "host", "url"];

/// Titles of sections that describe a convention of the whole API (how lists page, how limits
/// and errors work): a request line there illustrates the convention on some endpoint, it does
/// not declare one. Authentication is not among them: its sections often declare real
/// endpoints (`GET /ping/whoami`, `POST /sessions`).
pub const CONVENTION_TITLES: &[&str] =
    &["pagination", "paging", "rate limit", "rate limits", "rate limiting", "errors", "error codes", "versioning"];

/// Words of a sentence that requires something on every request ("All requests should supply
/// the `Accept: ...` header").
pub const EVERY_REQUEST_WORDS: &[&str] = &[
    "all requests",
    "every request",
    "each request",
    "all api requests",
    "must include",
    "must supply",
    "should supply",
    "should include",
    "must send",
    "must specify",
    "is required",
];

/// Names of nested-field rows (`»» *anonymous*`) that stand for no field: one part of an
/// "all of" / "one of" schema (what generators write for an unnamed part). Their children are
/// fields of the row above them.
pub const NESTED_ROW_TRANSPARENT: &[&str] = &["anonymous"];

/// Names of nested-field rows that stand for the values of a map, not a field: their subtree
/// has no fixed field names to import.
pub const NESTED_ROW_DROPPED: &[&str] = &["additionalproperties"];

/// Headers of the value column of an enum table (`|Property|Value|` under "Enumerated
/// Values"): each row gives one allowed value of the parameter or property it names.
pub const ENUM_VALUE_COLUMNS: &[&str] = &[
    "value",
    "values",
    "enum",
    "enum value",
    "enum values",
    "allowed value",
    "allowed values",
    "possible value",
    "possible values",
];

/// Name-column headers of an enum table: what the allowed values belong to.
pub const ENUM_NAME_COLUMNS: &[&str] = &["parameter", "property", "field", "attribute", "name"];

/// Whether `label` (a table cell, a bold field name, a heading; any case, a trailing `:` or
/// `?` ignored) is one of `labels`.
pub fn is_one_of(label: &str, labels: &[&str]) -> bool {
    let l = label.trim().trim_end_matches([':', '?']).trim().trim_matches(['*', '_', '`']).trim().to_ascii_lowercase();
    labels.contains(&l.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_number_decides_the_style_before_a_cursor_like_date_filter() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let p = paging_params(&names(&["context", "page", "per_page", "offset", "after"])).expect("paged");
        assert_eq!((p.style, p.size.as_deref()), ("page", Some("per_page")));
        assert_eq!(paging_params(&names(&["limit", "starting_after"])).map(|p| p.style), Some("cursor"));
        assert_eq!(paging_params(&names(&["limit", "offset"])).map(|p| p.style), Some("offset"));
        assert_eq!(paging_params(&names(&["q"])), None);
    }

    #[test]
    fn labels_match_whatever_their_markup() {
        assert!(is_one_of("**URL** ", URL_LABELS));
        assert!(is_one_of("Request URL:", URL_LABELS));
        assert!(is_one_of("HTTP Method", METHOD_LABELS));
        assert!(!is_one_of("Batch Support", METHOD_LABELS));
    }
}
