//! The importer's word lists: every list of words the readers match docs against, each with
//! the reason it exists. A word that only one vendor's docs need does not belong here; a word
//! belongs here when it is how API docs in general spell a thing.

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

/// Query parameters that carry a page number (1-based), as list endpoints name them.
pub const PAGE_PARAMS: &[&str] = &["page", "page_number", "pagenumber"];

/// Query parameters that carry a page size.
pub const PAGE_SIZE_PARAMS: &[&str] =
    &["limit", "per", "per_page", "perpage", "page_size", "pagesize", "size", "count", "rpp", "max_results"];

/// Query parameters that carry an item offset (`begin`: "Record number to start from").
pub const OFFSET_PARAMS: &[&str] = &["offset", "skip", "start", "begin"];

/// Query parameters that carry a cursor (the id or token after which the next page starts).
pub const CURSOR_PARAMS: &[&str] =
    &["cursor", "starting_after", "after", "page_token", "next_token", "continuation_token", "next", "from_id"];

/// Link relations a list response names for paging (RFC 8288, HAL `_links`): rows with these
/// names that describe a URL are links to follow, not query parameters.
pub const LINK_RELATIONS: &[&str] = &["next", "prev", "previous", "first", "last", "self"];

/// The paging style a set of query parameters implies: a page number wins (an `after` beside
/// `page` is a date filter), then a cursor, then an offset. Returns (style, page, size,
/// offset, cursor) parameter names as written.
pub fn paging_params(params: &[String]) -> Option<PagingParams> {
    let find = |words: &[&str]| params.iter().find(|n| words.contains(&n.to_ascii_lowercase().as_str())).cloned();
    let page = find(PAGE_PARAMS);
    let size = find(PAGE_SIZE_PARAMS);
    let offset = find(OFFSET_PARAMS);
    let cursor = find(CURSOR_PARAMS)
        .or_else(|| params.iter().find(|n| n.to_ascii_lowercase().ends_with("_cursor")).cloned())
        .or_else(|| params.iter().find(|n| id_cursor_field(n).is_some()).cloned());
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

/// The item field an id cursor names: `fromId` -> `id`, `fromTradeId` -> `tradeId`,
/// `from_order_id` -> `order_id`. A list that starts "from" an id the caller passes pages by the
/// last item's id; a time window (`startTime`, `since`) is a filter, not a cursor.
pub fn id_cursor_field(name: &str) -> Option<String> {
    if let Some(rest) = name.strip_prefix("from_") {
        return (rest == "id" || rest.ends_with("_id")).then(|| rest.to_owned());
    }
    let rest = name.strip_prefix("from")?;
    let mut chars = rest.chars();
    let first = chars.next()?;
    (first.is_ascii_uppercase() && (rest.ends_with("Id") || rest.ends_with("ID")))
        .then(|| first.to_ascii_lowercase().to_string() + chars.as_str())
}

/// Words that say a parameter starts the list at an item, inclusive (`it will get orders >=
/// that orderId`, `ID to get trades from INCLUSIVE`): that parameter is an id cursor.
pub const INCLUSIVE_FROM_WORDS: &[&str] = &[">= that", "from inclusive", "greater than or equal to"];

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

/// Names of nested-field rows (`»» *anonymous*`) that stand for no field: one part of an
/// "all of" / "one of" schema (what generators write for an unnamed part). Their children are
/// fields of the row above them.
pub const NESTED_ROW_TRANSPARENT: &[&str] = &["anonymous"];

/// Captions before the tables of a field's alternatives (`oneOf`, then one table per
/// alternative): what OpenAPI renderers write for a `oneOf` / `anyOf` field.
pub const ALTERNATIVE_CAPTIONS: &[&str] = &["oneof", "anyof", "one of", "any of"];

/// Captions between two alternatives of one field: "xor" (renderers' `oneOf`), "or" (`anyOf`).
pub const ALTERNATIVE_JOINERS: &[&str] = &["xor", "or"];

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

/// Words an operation uses to call its response paged ("will return a paginated list").
pub const PAGINATED_WORDS: &[&str] = &["paginated", "paged list", "paged response", "paged results"];

/// Words that say a response is not paged; checked before [`PAGINATED_WORDS`] since they
/// contain them.
pub const NOT_PAGINATED_WORDS: &[&str] =
    &["not paginated", "isn't paginated", "is never paginated", "no pagination", "not paged", "unpaginated"];

/// Words of a lead that gives a parameter table to a whole family of operations ("can be used
/// in all of the reports", "all list endpoints accept").
pub const FAMILY_WORDS: &[&str] = &[
    "in all of the",
    "for all of the",
    "all endpoints",
    "all list endpoints",
    "every endpoint",
    "all the endpoints",
    "common parameters",
    "used by all",
    "accepted by all",
];

/// Words of a label that introduces parameters inline ("**Required parameters**: `q`",
/// "**Query Parameters** : include `permanent=1`"): "param" (parameter, params), "argument"
/// (the word some docs use for parameters), "filter" (a list's query filters).
pub const PARAMETER_LABEL_WORDS: &[&str] = &["param", "argument", "filter"];

/// Name cells that name no parameter: a row saying the request takes none ("None", "N/A",
/// a dash), as in a weight table's "None | 40" row.
pub const NO_NAME_CELLS: &[&str] = &["none", "n/a", "-", "\u{2014}", "nothing"];

/// Of [`FAMILY_WORDS`], those that name lists only: the table goes to the GETs of collections.
pub const LIST_FAMILY_WORDS: &[&str] = &["all list endpoints", "list endpoints accept", "all collection"];

/// Words of a paging parameter's description that say it takes an item's id ("a timestamp ...
/// or an object id"): that parameter is a cursor.
pub const ID_CURSOR_WORDS: &[&str] = &["object id", "or an id", "an item id", "the id of the last"];

/// Words of a paging convention that give it to every list of the API ("All resource requests
/// returning a list of objects will return a `Content-Range`", "all list endpoints accept"):
/// without them, a convention applies only to the operations whose own evidence shows paging.
pub const ALL_LISTS_WORDS: &[&str] = &[
    // "All resource requests returning a list", "all requests that return a list".
    "all resource requests returning a list",
    "all requests returning a list",
    "all requests that return a list",
    // "All list endpoints", "every list endpoint", "all list operations".
    "all list endpoints",
    "every list endpoint",
    "all list operations",
    // "All endpoints that return lists", "every endpoint returning a collection".
    "all endpoints that return",
    "all endpoints returning",
    "every endpoint that returns",
    "every endpoint returning",
    // "All collections are paginated", "all lists are paginated", "Lists are paged".
    "all collections",
    "all lists",
    "lists are paged",
    "lists are paginated",
    // "The API has cursor based pagination for lists of objects": a convention of lists as such.
    "pagination for lists",
    "pagination for all lists",
];

/// Keys of a list response that page it, normalized (lower case, no `_` or `-`): a paging object
/// (`pagination`, `paging`, `page_info`) or page counters (`total_pages`, `has_more`,
/// `next_cursor`) in the operation's own example are its evidence of paging.
pub const PAGING_RESPONSE_KEYS: &[&str] = &[
    "pagination",
    "paging",
    "pageinfo",
    "currentpage",
    "totalpages",
    "pagecount",
    "totalitems",
    "perpage",
    "hasmore",
    "nextcursor",
    "nextpagetoken",
    "nextpage",
    "nextpageurl",
    // `{totalResults, recommendedItems: [...]}`: the count of all items beside one page of them.
    "totalresults",
];

/// Arrays of a response envelope that report on the call (`{pagination, data: [...], warnings:
/// [], errors: []}`), not the items of the list.
pub const RESPONSE_NOTICE_KEYS: &[&str] = &["errors", "warnings", "messages", "notices"];

/// Keys of a list response that count its pages (`{current_page, total_pages, users: [...]}`):
/// such a list pages by number even where its table names no page parameter.
pub const PAGE_COUNT_KEYS: &[&str] = &["current_page", "total_pages", "currentpage", "totalpages", "page_count"];

/// Keys of a list response that count pages or items (`current_page`, `total_pages`): the one
/// array beside them holds the page's items.
pub const PAGE_COUNTER_KEYS: &[&str] =
    &["current_page", "total_pages", "total_items", "page", "per_page", "page_count", "total_count"];

/// Words that make a heading a generic sub-heading of an operation: a heading made only of them
/// ("HTTP Request", "Query Parameters", "Example Response") belongs to the operation above it
/// instead of starting a topic of its own.
pub const GENERIC_WORDS: &[&str] = &[
    "http",
    "https",
    "request",
    "requests",
    "response",
    "responses",
    "example",
    "examples",
    "query",
    "url",
    "path",
    "body",
    "form",
    "header",
    "headers",
    "parameter",
    "parameters",
    "argument",
    "arguments",
    "attribute",
    "attributes",
    "field",
    "fields",
    "post",
    "put",
    "get",
    "patch",
    "delete",
    "return",
    "returns",
    "result",
    "results",
    "meta",
    "metadata",
    "data",
    "json",
    "sample",
    "the",
    "format",
    "of",
    "and",
    "properties",
    "schema",
    "endpoint",
    "params",
    "definition",
    "structure",
    // "Available parameters": the parameters an operation takes.
    "available",
    // "Resource Information": the table of an operation's method, URI and limits.
    "resource",
    "information",
    "info",
    "optional",
    "required",
    "payload",
    "errors",
    "error",
    "status",
    "codes",
    "code",
    "output",
    "input",
    "usage",
    "notes",
    "note",
    "details",
    "description",
];

/// Words of a heading or lead paragraph that say the table under it lists allowed values.
pub const ENUM_LEADS: &[&str] =
    &["enum", "enumerated", "possible values", "allowed values", "accepted values", "valid values", "permitted values"];

/// Words that make a heading generic only right under an operation's own heading: "Success
/// Response" under "Retrieve a video" is that operation's; at the top of an API's docs it
/// describes the API's common envelope. "Enumerated Values" / "Possible values" / "Allowed
/// values" under an operation list the allowed values of its parameters and fields.
pub const OPERATION_SUBHEADING_WORDS: &[&str] =
    &["success", "successful", "failure", "failed", "enum", "enumerated", "values", "possible", "allowed"];

/// Column headings of a table of an operation's response statuses (`status_tables`): the
/// column whose cells are HTTP status codes.
pub const STATUS_COLUMNS: &[&str] =
    &["status", "status code", "http status", "http status code", "http code", "code", "response code"];

/// Column headings of what a status means for the operation ("Returns the plans").
pub const STATUS_DESCRIPTION_COLUMNS: &[&str] = &["description", "details", "notes", "when"];

/// Column headings of a status's reason phrase ("Not Found"), the description when no column
/// says more.
pub const STATUS_MEANING_COLUMNS: &[&str] = &["meaning", "reason", "message", "name"];

/// Column headings of the schema a status's body has (`[Plan](#schemaplan)`).
pub const STATUS_SCHEMA_COLUMNS: &[&str] = &["schema", "model", "body", "returns", "response type", "type"];

/// Column headings of a table of response headers by status (`|Status|Header|Type|`).
pub const STATUS_HEADER_COLUMNS: &[&str] = &["header", "header name", "response header"];

/// Cells that say a column has nothing for the row: no schema (`None`), no description.
pub const NO_SCHEMA_WORDS: &[&str] = &["none", "-", "n/a", "empty"];

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

/// Phrases of an operation's prose that say its response is a list ("Returns an array of
/// customers"): an object example beside them contradicts them, unless it holds an array.
pub const RETURNS_LIST_WORDS: &[&str] = &[
    "returns an array",
    "returns a list",
    "return an array",
    "return a list",
    "responds with an array",
    "responds with a list",
    "response is an array",
    "response is a list",
];

/// Keys of a list response's page counters, by what they count: the number of pages, the
/// current page, the page size, the number of items. Their arithmetic must hold.
pub const PAGE_TOTAL_KEYS: &[&str] = &["total_pages", "totalpages", "page_count", "pagecount", "pages", "last_page"];
/// See [`PAGE_TOTAL_KEYS`].
pub const PAGE_CURRENT_KEYS: &[&str] = &["current_page", "currentpage", "page", "page_number", "pagenumber"];
/// See [`PAGE_TOTAL_KEYS`].
pub const PAGE_SIZE_KEYS: &[&str] = &["per_page", "perpage", "page_size", "pagesize", "limit"];
/// See [`PAGE_TOTAL_KEYS`].
pub const ITEM_TOTAL_KEYS: &[&str] =
    &["total", "total_count", "totalcount", "total_items", "totalitems", "total_entries", "total_results"];

/// Objects of a list response that hold its page counters (`{"meta": {"total_pages": 3}}`).
pub const PAGE_META_KEYS: &[&str] = &["meta", "pagination", "paging", "page_info", "pageinfo", "metadata"];

/// Code block languages of shell samples, whose line continuations must hold.
pub const SHELL_LANGS: &[&str] = &["shell", "sh", "bash", "zsh", "curl", "console", "terminal"];

/// Code block languages of JavaScript samples, whose brackets must balance.
pub const JS_LANGS: &[&str] = &["javascript", "js", "node", "nodejs", "typescript", "ts"];

/// Code block languages of request samples in a programming language (beside the shell's
/// curl): each shows the same request as the curl sample of its section, so the query it
/// sends must be the curl's. The JavaScript names plus the languages of Slate's language tabs.
pub const CODE_SAMPLE_LANGS: &[&str] = &[
    "javascript",
    "js",
    "node",
    "nodejs",
    "typescript",
    "ts",
    "python",
    "py",
    "ruby",
    "rb",
    "php",
    "java",
    "kotlin",
    "go",
    "golang",
    "csharp",
    "cs",
    "c#",
    "swift",
    "objective_c",
    "objc",
    "perl",
    "elixir",
    "rust",
    "scala",
    "dart",
];

/// Words of the names code samples give their request body (`jsonData`, `body:`, `json=`,
/// `payload`, `post_data`, see `code_bodies`): the object literal given to such a name is what
/// the sample sends. `data` and `json` are the request libraries' own option names (Python's
/// `requests`, Node's `request`), `body` fetch's, `payload` the usual variable name.
pub const BODY_VARIABLE_WORDS: &[&str] = &["body", "data", "json", "payload"];

/// What stands between the request line and the link of an index entry (`` `GET /x` →
/// [Get x](#get-x) ``, see `index_items`): arrows as route tables write them, and the dashes,
/// colon and bar of lists written by hand.
pub const INDEX_ENTRY_SEPARATORS: &[&str] = &["→", "->", "=>", "⇒", "—", "–", "-", ":", "|"];

/// Type names an example writes in place of a value when it describes a schema (`"duration":
/// "integer, total time tracked"`): such a string is no value of type string.
pub const TYPE_WORDS: &[&str] =
    &["string", "integer", "int", "number", "float", "double", "boolean", "bool", "array", "object"];

/// Titles of a models section: a heading over the definitions of the API's named objects
/// (`# Schemas` as OpenAPI renderers write it, `# Models`, `# Objects`, `# Data Models`,
/// `# Definitions`). Each heading right under it names one schema.
pub const MODEL_SECTION_TITLES: &[&str] =
    &["schemas", "models", "objects", "data models", "object models", "definitions", "data types"];

/// Schema-column cells of a responses table that name no schema: the schema is written out in
/// place (`Inline`) or there is none.
pub const NO_SCHEMA_CELLS: &[&str] = &["inline", "none", "", "-", "n/a", "empty", "object", "string"];

/// Field names that hold an object's identity: a field of this name present in every example of
/// a response object is required (an object without its id is not one the docs show).
pub const ID_FIELDS: &[&str] = &["id", "_id", "uuid", "guid"];

/// Field names of generic containers (`{"data": {...}}`, `attributes`): an object
/// nested under such a field is named after its parent too (`CustomerData`), never shared by
/// name with another resource's container of the same name.
pub const CONTAINER_FIELDS: &[&str] = &[
    "data",
    "attributes",
    "details",
    "result",
    "results",
    "items",
    "records",
    "payload",
    "value",
    "values",
    "properties",
    "settings",
    "options",
    "info",
];

/// Words of a sentence saying that a request returns its resource ("Sending a PUT request will
/// return the resource with any changes"): the response is the resource's schema even where
/// no example is shown.
pub const RETURNS_RESOURCE_WORDS: &[&str] = &[
    "return the resource",
    "returns the resource",
    "return the updated resource",
    "returns the updated resource",
    "return the created resource",
    "returns the created resource",
    "return the modified resource",
    "returns the modified resource",
];

/// Words of a caption that names one HTTP status and nothing else ("Status Code **401**",
/// "HTTP 404", "Response 201:"): the table or example after it describes that status's body
/// (see `status_captions`).
pub const STATUS_CAPTION_WORDS: &[&str] = &[
    // "Status Code 401", "Status 404": the usual wording of a per-status schema caption.
    "status", "code",     // "HTTP 404": the protocol named before the code.
    "http",     // "Response 201", "Error response 400": a response's caption.
    "response", // "Error 404": an error status's caption.
    "error",
];

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
