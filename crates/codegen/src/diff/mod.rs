//! `codegen diff`: every change between two versions of a spec, each classified **error**,
//! **warning** or **info** for a client generated from the old version, by the widely used
//! breaking-change rules (oasdiff's ERR/WARN/INFO levels; the table and the reasons are in
//! [`kind`]).
//!
//! - **error**: breaks that client for certain: a request the old client sends may be
//!   rejected, a response may no longer decode with it, or a generated method disappears, is
//!   renamed, or changes its positional arguments;
//! - **warning**: may break it, depending on what the caller uses or the server does (an
//!   optional parameter or an optional response field removed, a value whose Rust type changes
//!   on regeneration while the wire stays compatible);
//! - **info**: cannot break it.
//!
//! The notable rules:
//!
//! - narrowing what a value may be (type, enum, limits, nullability, `oneOf` alternatives) is
//!   an error in a request and at most a warning in a response; widening is the reverse;
//! - an operationId change is an error only when it changes the generated method or builder
//!   name ([`client_gen::operation_names`]: snake_case method, UpperCamelCase builder);
//!   `getCustomer` -> `get_customer` is info (`operation_id_respelled`). A renamed path
//!   parameter is info (same wire path; path arguments are positional);
//! - a parameter or body flipping between required and optional changes the method's
//!   signature (positional argument vs builder setter): an error both ways; a field follows
//!   the wire (request: becoming required is an error; response: becoming optional is an error);
//! - a new response enum value is a warning (generated enums decode unknown values into a
//!   fallback variant); a new `oneOf` alternative in a response is an error (untagged enums
//!   have no fallback);
//! - an `x-` field is compared only for what the generated client reads (`x-rate-limit`,
//!   `x-request-headers`, `x-request-signing`, `x-envelope`, `x-pagination`, `x-token-as`);
//!   any other `x-` field of the document, an operation or a security scheme that changed is
//!   `extension_changed`, info.
//!
//! How versions are matched (identities that do not move with unrelated edits):
//!
//! - operations by method and path template with parameter names erased, so `/a/{id}` and
//!   `/a/{customer_id}` are the same operation (never by operationId or heading); path
//!   parameters by position, the others by location and name (headers case-insensitively);
//! - schemas structurally, never by component name (the importer numbers or scopes names like
//!   `Customer2`, `OrderMeta`, which may shift): `$ref`s are resolved, `allOf` members merged,
//!   recursion cut where a pair of schemas is already being compared;
//! - documentation (descriptions, summaries, examples, tags, `x-source`) is not compared, nor
//!   are response headers, links, callbacks, `readOnly`/`writeOnly`, and servers declared on a
//!   path or an operation.
//!
//! What the diff cannot undo is an importer decision that moves when a section is added
//! (operation names from heading order, schemas unified by a shared key, an example path
//! preferred over the declared one): those change the spec itself, and are reported as what
//! they do to the client. `tests/diff_fixtures.rs` reproduces each.
//!
//! Changes come in a deterministic order: servers, security, top-level extensions, then the
//! operations sorted by path and method; [`report`] lists them errors first, groups repeated
//! ones, and renders text, JSON, Markdown or GitHub workflow commands ([`locate`] finds the
//! file and line of each).

pub mod kind;
pub mod locate;
pub mod report;

mod global;
mod operation;
mod schema;

pub use kind::{ChangeKind, Severity};

use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// One difference between the two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed (stable code).
    pub kind: ChangeKind,
    /// Breaking or not: always `kind.severity()`.
    pub severity: Severity,
    /// Where: `GET /customers/{id} response 200 body .customer.email`, `security`, ...
    pub location: String,
    /// What happened, for people.
    pub message: String,
    /// Where the docs define the operation concerned, when the spec says (`x-source`,
    /// `file:line` relative to the doc set; the new version's, else the old one's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} [{}]", self.location, self.message, self.kind)
    }
}

/// Every change from `old` to `new`.
pub fn diff(old: &openapiv3::OpenAPI, new: &openapiv3::OpenAPI) -> Vec<Change> {
    let old = serde_json::to_value(old).unwrap_or(Value::Null);
    let new = serde_json::to_value(new).unwrap_or(Value::Null);
    diff_json(&old, &new)
}

/// Every change from `old` to `new`, both OpenAPI 3.0 documents as JSON values.
pub fn diff_json(old: &Value, new: &Value) -> Vec<Change> {
    let mut cx = Context::new(old, new);
    global::compare(&mut cx);
    operation::compare(&mut cx);
    let mut seen = HashSet::new();
    cx.out.retain(|c| seen.insert((c.kind, c.location.clone(), c.message.clone())));
    cx.out
}

/// Whether a value is read from the request or the response side: the same edit is breaking
/// in one direction and not in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    Request,
    Response,
}

/// The two documents and the changes found so far.
struct Context<'a> {
    old: &'a Value,
    new: &'a Value,
    schemas: schema::Comparer<'a>,
    /// The `x-source` of the operation being compared, given to the changes found in it.
    source: Option<String>,
    out: Vec<Change>,
}

impl<'a> Context<'a> {
    fn new(old: &'a Value, new: &'a Value) -> Self {
        Context { old, new, schemas: schema::Comparer::new(old, new), source: None, out: Vec::new() }
    }

    fn push(&mut self, kind: ChangeKind, location: impl Into<String>, message: impl Into<String>) {
        let (location, message, source) = (location.into(), message.into(), self.source.clone());
        self.out.push(Change { kind, severity: kind.severity(), location, message, source });
    }

    /// Compares two schemas and records their changes under `location`.
    fn schema(&mut self, old: &'a Value, new: &'a Value, dir: Dir, location: &str) {
        for rel in self.schemas.compare(old, new, dir).iter() {
            let location = if rel.path.is_empty() { location.to_owned() } else { format!("{location} {}", rel.path) };
            self.push(rel.kind, location, rel.message.clone());
        }
    }
}

use openapi_ext::schema::resolve_json as resolve;

/// The `$ref` of a value, if it is a reference.
fn ref_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// Renders a JSON value compactly for messages.
fn show(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
