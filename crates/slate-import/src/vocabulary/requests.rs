//! Words that find operations: how docs label a request's URL and method, which sections' request
//! lines are not operations, the verbs and headings that name an operation, the index lists that
//! link one.

/// Response-format suffixes docs append to a path (`/todos/2.json`, `/report.csv`): the suffix
/// stays part of the path, and the placeholder or id before it is still a path parameter.
pub const FORMAT_SUFFIXES: &[&str] = &["json", "xml", "csv", "pdf", "html", "txt", "yaml", "atom", "rss"];

/// File extensions beyond [`FORMAT_SUFFIXES`] that the file names of samples end in (`-o
/// logo.png`, `-T build.zip`, `install.sh`, `page.htm`): with the format suffixes, a last label
/// that makes `name.ext` a file name, never a host without a scheme (no TLD of a host in docs
/// is one of them).
pub const FILE_NAME_EXTENSIONS: &[&str] =
    &["yml", "htm", "md", "png", "jpg", "jpeg", "gif", "zip", "gz", "js", "css", "sh", "php"];

/// Whether `ext` (any case) is a file extension: a [`FORMAT_SUFFIXES`] or a
/// [`FILE_NAME_EXTENSIONS`] word.
pub fn is_file_extension(ext: &str) -> bool {
    let ext = ext.to_ascii_lowercase();
    FORMAT_SUFFIXES.contains(&ext.as_str()) || FILE_NAME_EXTENSIONS.contains(&ext.as_str())
}

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
pub const OAUTH_TOKEN_SEGMENTS: &[&str] = &[
    "token",
    "access_token",
    "request_token",
    "refresh_token",
    "authorize",
    "authorization",
    "revoke",
    // RFC 7591 dynamic client registration (`POST /oauth/register`): how a client gets its id.
    "register",
];

/// Words that make a phrase written as a path (`url-obtained-from-first-request`,
/// `link-from-the-response`) a URL named in words: the request goes to a URL the user holds,
/// not to an endpoint of the API.
pub const URL_WORDS: &[&str] = &["url", "uri", "link", "address", "endpoint"];

/// Titles of sections about how a client gets its credentials: a request line there whose last
/// segment is a [`OAUTH_TOKEN_SEGMENTS`] word (`POST /authorization/token`, `POST /register`)
/// is the auth scheme's token or client-registration endpoint, not an operation.
pub const AUTH_TITLES: &[&str] = &[
    "authentication",
    "authorization",
    "oauth",
    "oauth 2",
    "oauth2",
    "oauth 2.0",
    "client registration",
    "dynamic client registration",
];

/// Titles of sections that list endpoints the API does not implement ("Omitted Endpoints"):
/// the request lines there are what is missing, not operations.
pub const OMITTED_TITLES: &[&str] = &[
    "omitted endpoints",
    "unsupported endpoints",
    "unimplemented endpoints",
    "endpoints not supported",
    "not supported",
    "not implemented",
];

/// Path segments of the URL a webhook or callback is delivered to (`/webhook`, `/callback`):
/// a sample request there, to the reader's own (loopback) server, is the API calling out.
pub const CALLBACK_WORDS: &[&str] =
    &["webhook", "webhooks", "callback", "callbacks", "notify", "notification", "notifications", "redirect"];

/// Titles of sections that describe a convention of the whole API (how lists page, how limits
/// and errors work): a request line there illustrates the convention on some endpoint, it does
/// not declare one. Authentication is not among them: its sections often declare real
/// endpoints (`GET /ping/whoami`, `POST /sessions`).
pub const CONVENTION_TITLES: &[&str] =
    &["pagination", "paging", "rate limit", "rate limits", "rate limiting", "errors", "error codes", "versioning"];

/// Whether `label` (a table cell, a bold field name, a heading; any case, a trailing `:` or
/// `?` ignored) is one of `labels`.
pub fn is_one_of(label: &str, labels: &[&str]) -> bool {
    let l = label.trim().trim_end_matches([':', '?']).trim().trim_matches(['*', '_', '`']).trim().to_ascii_lowercase();
    labels.contains(&l.as_str())
}

/// Words that make a heading generic only right under an operation's own heading: "Success
/// Response" under "Retrieve a video" is that operation's; at the top of an API's docs it
/// describes the API's common envelope. "Enumerated Values" / "Possible values" / "Allowed
/// values" under an operation list the allowed values of its parameters and fields.
pub const OPERATION_SUBHEADING_WORDS: &[&str] =
    &["success", "successful", "failure", "failed", "enum", "enumerated", "values", "possible", "allowed"];

/// Verbs that make the last static segment of a path an action rather than a resource
/// (`POST /orders/{id}/cancel`, `POST /lines/update_positions`): the operation is named
/// `cancel_order`, not `create_order_cancel` (see [`crate::operation_names`]). Each is a verb
/// REST APIs commonly put in a path for a state change or a computation that is not the
/// creation, reading or replacement of a resource; none of them is commonly a resource noun in
/// the plural form a collection takes.
pub const ACTION_VERBS: &[&str] = &[
    // State changes of a resource.
    "activate",
    "deactivate",
    "enable",
    "disable",
    "archive",
    "unarchive",
    "restore",
    "cancel",
    "close",
    "reopen",
    "open",
    "lock",
    "unlock",
    "publish",
    "unpublish",
    "approve",
    "reject",
    "confirm",
    "start",
    "stop",
    "pause",
    "resume",
    "revert",
    "reset",
    "reserve",
    "book",
    "release",
    "complete",
    "finalize",
    "void",
    "refund",
    "capture",
    "authorize",
    "submit",
    // Copies and moves.
    "duplicate",
    "clone",
    "copy",
    "move",
    "merge",
    "split",
    "transfer",
    // Computations and checks that return a result without storing a resource.
    "calculate",
    "recalculate",
    "check",
    "validate",
    "verify",
    "preview",
    "search",
    "test",
    // Messages and synchronisation.
    "send",
    "resend",
    "retry",
    "notify",
    "sync",
    "import",
    "export",
    "upload",
    "download",
    // Bulk edits written as a verb segment (`/lines/update_positions`).
    "update",
    "bulk",
];

/// The first word of an operation's heading and the methods it goes with ("Delete a customer"
/// over `GET /customers/{id}` is a heading copied from another operation). Every verb goes
/// with `POST`: RPC-style APIs read, search and remove with it ("Get Access Token").
pub const HEADING_VERB_METHODS: &[(&str, &[&str])] = &[
    ("list", &["GET", "POST"]),
    ("retrieve", &["GET", "POST"]),
    ("retreive", &["GET", "POST"]),
    ("get", &["GET", "POST"]),
    ("fetch", &["GET", "POST"]),
    ("show", &["GET", "POST"]),
    ("read", &["GET", "POST"]),
    ("create", &["POST", "PUT"]),
    ("add", &["POST", "PUT", "PATCH"]),
    ("update", &["PUT", "PATCH", "POST"]),
    ("edit", &["PUT", "PATCH", "POST"]),
    ("modify", &["PUT", "PATCH", "POST"]),
    ("delete", &["DELETE", "POST"]),
    ("remove", &["DELETE", "POST", "PUT", "PATCH"]),
    ("destroy", &["DELETE", "POST"]),
];

/// What stands between the request line and the link of an index entry (`` `GET /x` →
/// [Get x](#get-x) ``, see `index_items`): arrows as route tables write them, and the dashes,
/// colon and bar of lists written by hand.
pub const INDEX_ENTRY_SEPARATORS: &[&str] = &["→", "->", "=>", "⇒", "—", "–", "-", ":", "|"];
