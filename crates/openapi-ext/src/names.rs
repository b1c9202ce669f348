//! The names of the extensions, one constant each.

/// Top level: the documented client rate limit ([`crate::RateLimit`]).
pub const RATE_LIMIT: &str = "x-rate-limit";
/// Top level: headers the docs require on every request ([`crate::RequestHeaders`]).
pub const REQUEST_HEADERS: &str = "x-request-headers";
/// Top level: the field every successful response wraps its payload in ([`crate::Envelope`]).
pub const ENVELOPE: &str = "x-envelope";
/// Top level: what the docs say about request signatures ([`crate::RequestSigning`]).
pub const REQUEST_SIGNING: &str = "x-request-signing";
/// `info`: the tool that wrote the spec (documentation only).
pub const GENERATED_BY: &str = "x-generated-by";
/// Operation, example and schema: `file:line` in the doc set where it is described
/// (documentation only).
pub const SOURCE: &str = "x-source";
/// Operation: the operation returns a list in pages ([`crate::Pagination`]).
pub const PAGINATION: &str = "x-pagination";
/// Security scheme: how a Basic credential is formed ([`crate::TokenAs`]).
pub const TOKEN_AS: &str = "x-token-as";

/// Every extension of the contract, in the order `docs/extensions.md` lists them.
pub const ALL: &[&str] =
    &[RATE_LIMIT, REQUEST_HEADERS, ENVELOPE, REQUEST_SIGNING, GENERATED_BY, SOURCE, PAGINATION, TOKEN_AS];
