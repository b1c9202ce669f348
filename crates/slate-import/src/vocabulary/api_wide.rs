//! Words of API-wide facts: servers and environments, credentials and where they go, headers every
//! request sends, rate limits.

/// Words of a section (title or text) about the API's servers: where such a section names a
/// URL, it states a base; a heading with one of them names the server it is over.
pub const SERVER_WORDS: &[&str] =
    &["api", "endpoint", "root", "base", "server", "environment", "sandbox", "production", "host", "url"];

/// Column headings of a table that describes fields or parameters (`Name | Type | Required |
/// Description`): a URL in its rows is an example value of a field (a `redirect_url`), never a
/// statement of the API's base.
pub const FIELD_TABLE_COLUMNS: &[&str] = &[
    // The type column every parameter and property table has.
    "type",
    // "Data type", as some docs head it.
    "data type",
    // The required flag column of widdershins' and Slate's parameter tables.
    "required",
];

/// Words that make a statement of a URL name the API's base explicitly ("The base URL is",
/// "API root", a "Host" column or "host addresses" of clusters): the URL's whole path is the
/// base, even where the request lines do not repeat it.
pub const BASE_STATEMENT_WORDS: &[&str] = &[
    // "Base URL(s)", "base URI", "base path": the usual heading or sentence.
    "base url",
    "base uri",
    "base path",
    // "API root", "root URL", "root endpoint".
    "api root",
    "root url",
    "root endpoint",
    // "API endpoint:" as Slate's caption of the base (not "Endpoints", the list of operations).
    "api endpoint:",
    // "The host address", a "Host" column of a request-URL table.
    "host",
];

/// Words of a server's label or heading that name a test environment; such a server is not
/// the default unless the docs say to start there.
pub const SANDBOX_WORDS: &[&str] =
    &["sandbox", "test", "testing", "testnet", "staging", "demo", "nonprod", "preprod", "development", "dev"];

/// Words of a server's label or heading that name the production environment.
pub const PRODUCTION_WORDS: &[&str] = &["production", "live", "prod"];

/// Phrases that tell developers to start in the sandbox (then it is the default server).
pub const START_IN_SANDBOX_WORDS: &[&str] = &[
    "must begin",
    "must start",
    "must first",
    "should begin",
    "should start",
    "begin by",
    "start by",
    "first integrat",
];

/// Words of a section title about authentication, where prose describes credentials.
pub const AUTH_TITLE_WORDS: &[&str] = &["auth", "api key", "credential", "session", "security"];

/// Words of a sentence that says where a credential goes and that it authenticates.
pub const CREDENTIAL_SENTENCE_WORDS: &[&str] = &[
    // "use for authentication", "authenticate the user".
    "authenticat",
    // "identify themselves", "identifying the application".
    "identif",
    // "a valid Consumer Key", "your API key", "the access token".
    "key",
    "token",
    "session",
];

/// Words that say a credential goes in the query string.
pub const QUERY_PLACE_WORDS: &[&str] = &["query string", "query parameter", "url parameter", "querystring"];

/// Words that say a credential is a cookie.
pub const COOKIE_PLACE_WORDS: &[&str] = &["cookie"];

/// Parts of a query parameter's name that make it a credential (`api_key`, `access_token`,
/// `client_secret`); `auth` alone is not one (`query_string_auth` is a flag).
pub const CREDENTIAL_PARAM_WORDS: &[&str] = &["key", "token", "secret"];

/// Parts of a header's name that say it carries a credential (`X-Api-Key`, `X-Auth-Token`,
/// `Client-Secret`, `X-Access-Key`, and the `X-Passphrase` sent with a key).
pub const CREDENTIAL_HEADER_WORDS: &[&str] =
    &["api-key", "apikey", "access-key", "secret", "token", "auth", "passphrase"];

/// Phrases of an operation's prose that say it needs no credentials (`security: []`).
pub const PUBLIC_OPERATION_WORDS: &[&str] = &[
    "public endpoint",
    "public api endpoint",
    "does not require authentication",
    "doesn't require authentication",
    "no authentication is required",
    "no authentication required",
    "authentication is not required",
    "without authentication",
    "requires no authentication",
];

/// Headers a sample sends for one call, not for every request: a client lets the caller set
/// them on that operation (a retry key, the user a platform acts for).
pub const PER_OPERATION_HEADERS: &[&str] = &["idempotency-key", "on-behalf-of", "x-idempotency-key"];

/// Headers whose names look like credentials but are not: a tool's request id (Postman adds
/// `Postman-Token` to every exported sample), anti-forgery tokens of browser forms, the
/// `Idempotency-Key` of a retried write.
pub const NOT_CREDENTIAL_HEADERS: &[&str] = &["postman-token", "x-csrf-token", "x-xsrf-token", "idempotency-key"];

/// Parts of a name that make a cookie named in prose a credential (`session_id`, `auth_token`,
/// `sid`).
pub const CREDENTIAL_COOKIE_WORDS: &[&str] = &["session", "sid", "auth", "token"];

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

/// Words of a sentence that requires a header, beside [`EVERY_REQUEST_WORDS`] ("you have to
/// send the `Content-Type` header", "make sure you're setting `Content-Type: ...`").
pub const REQUIRED_HEADER_WORDS: &[&str] = &[
    // "You have to send the `Content-Type` header ... when you're POSTing".
    "have to send",
    // "Please make sure you're setting `Content-Type: application/json` in your request header".
    "make sure you're setting",
    "make sure you set",
    "make sure to set",
    // "`Content-Type` must be set to ...".
    "must be set",
];

/// Request headers a sentence may require on every request (issue 13): the client's identity,
/// the media type it accepts (a vendor type selects the API version) and the one it sends.
/// Credentials are the auth schemes' business; other headers are operation parameters.
pub const REQUEST_HEADER_NAMES: &[&str] = &["user-agent", "accept", "content-type"];

/// Words of a sentence stating a limit of something other than the HTTP API: WebSocket and
/// streaming connections have limits of their own that a REST client does not keep.
pub const NON_HTTP_LIMIT_WORDS: &[&str] = &["websocket", "web socket", "stream"];

/// Words of a line that states an operation's own rate limit ("Rate Limited? | Yes (1000 per
/// hour)", "this endpoint is throttled to ..."): on such a line a bare `N per hour` is a
/// request rate.
pub const RATE_LIMIT_LINE_WORDS: &[&str] = &["rate limit", "rate-limit", "ratelimit", "throttl"];

/// Keys of a resource-information row that names the endpoint a section describes ("URI |
/// `/v2/card`"), read with its "HTTP Methods" row to find the operation a stated limit is for.
pub const ENDPOINT_ROW_KEYS: &[&str] = &["uri", "path", "endpoint", "resource url"];

/// Words of a limiter sample that limits something other than requests (orders placed,
/// connections opened): not the client's request rate.
pub const NON_REQUEST_LIMIT_WORDS: &[&str] = &["order", "connection"];
