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
    fn labels_match_whatever_their_markup() {
        assert!(is_one_of("**URL** ", URL_LABELS));
        assert!(is_one_of("Request URL:", URL_LABELS));
        assert!(is_one_of("HTTP Method", METHOD_LABELS));
        assert!(!is_one_of("Batch Support", METHOD_LABELS));
    }
}
