//! The API-wide conventions as decided: the [`Conventions`] value that `api_wide` fills and
//! the writer maps to OpenAPI (servers, authentication and its OAuth 2 flows, signing, headers
//! every request needs, the rate limit, paging, error statuses). Types only: every module that
//! reads or fills them depends on this one, which depends on none of them.

use crate::diag::Pos;
use std::collections::BTreeMap;

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
    pub oauth2: Option<OAuth2>,
    /// The OpenID Connect discovery URL, where the docs name OpenID Connect and no OAuth 2 URLs.
    pub openid_connect: Option<(String, Pos)>,
    /// Request signing, where the docs describe it.
    pub signing: Option<Signing>,
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

/// An OAuth 2 flow the docs describe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flow {
    /// The client's own id and secret buy a token (`grant_type=client_credentials`).
    ClientCredentials {
        /// Where the token is bought.
        token_url: String,
    },
    /// A user approves the client in a browser; the code it gets buys a token.
    AuthorizationCode {
        /// Where the user approves.
        authorization_url: String,
        /// Where the code is exchanged.
        token_url: String,
    },
    /// A user approves the client in a browser, which gets the token itself.
    Implicit {
        /// Where the user approves.
        authorization_url: String,
    },
    /// The user's name and password buy a token.
    Password {
        /// Where the token is bought.
        token_url: String,
    },
}

/// OAuth 2 as the docs describe it, where it issues the bearer token the samples send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2 {
    /// The flows, in the order the docs give them.
    pub flows: Vec<Flow>,
    /// Where the docs describe it.
    pub pos: Pos,
}

/// Request signing as the docs describe it (HMAC over the query string, a checksum field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    /// `HMAC-SHA256`, `Ed25519`, ...
    pub algorithm: String,
    /// Where the signature goes (`query parameter signature`), when the samples show it.
    pub placement: Option<String>,
    /// Where the docs describe it.
    pub pos: Pos,
}
