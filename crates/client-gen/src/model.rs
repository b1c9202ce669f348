//! Stage 1: the spec resolved into a client model. No Rust syntax here, only names and shapes.
//!
//! This root holds the model's public types and [`build`]; each concern is a module of
//! `Builder` methods: `types` (schemas to types, with `shapes`, `one_of`, `inheritance`,
//! `defaults`, `boxing`), `operations` (with `bodies`, `multipart`, `errors`, `pagination`,
//! `paging_infer`), `rate_limits` (of the document and of each operation), `auth`, `signing`,
//! `servers` (with `server_groups`), `examples` (with `example_check`); `components`, `media`
//! and `text` are the lookups and helpers they share.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use openapiv3::OpenAPI;
use serde::Serialize;
use serde_json::Value;

use crate::names::{crate_name, Namespace};
use crate::{Code, Diagnostic, Options};
use auth::assign_setters;
use openapi_ext::{self as ext, Extension};
use signing::request_signing;
use text::{semver_or_default, unix_newlines};

mod auth;
mod bodies;
mod boxing;
mod components;
mod defaults;
mod errors;
mod example_check;
mod examples;
mod inheritance;
mod media;
mod multipart;
mod one_of;
mod operations;
mod pagination;
mod paging_infer;
mod rate_limits;
mod server_groups;
mod servers;
mod shapes;
mod signing;
mod text;
mod types;

pub use defaults::FieldDefault;
pub use examples::SpecExample;
pub use multipart::FormPart;
pub use operations::placeholders;
pub use server_groups::ServerGroup;

/// A Rust type as used in a field, parameter or response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `String`: `type: string` in any format (dates and UUIDs too).
    String,
    /// `i32`: `type: integer, format: int32`.
    I32,
    /// `i64`: any other `type: integer`.
    I64,
    /// `f64`: `type: number`.
    F64,
    /// `bool`.
    Bool,
    /// Anything: `serde_json::Value`.
    Value,
    /// A type defined in the generated `types` module.
    Named(String),
    /// `Vec<T>`: `type: array`.
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
}

/// A type of the generated `types` module.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Its Rust name, unique in the module.
    pub name: String,
    /// Doc comment lines (the schema's title and description).
    pub doc: Vec<String>,
    /// The Rust item it becomes.
    pub kind: TypeKind,
}

/// The Rust item a [`TypeDef`] becomes.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object, or the merge of an `allOf`: a serde struct.
    Struct {
        /// One per property, in spec order.
        fields: Vec<Field>,
        /// `additionalProperties`, flattened into a map field.
        additional: Option<Ty>,
    },
    /// A string enum with a `#[serde(other)]` fallback variant.
    Enum {
        /// (Rust variant, wire value), in spec order.
        variants: Vec<(String, String)>,
        /// The variant any other value decodes into.
        fallback: String,
    },
    /// `oneOf`/`anyOf`: an untagged enum, one variant per alternative (name, type, boxed).
    Untagged {
        /// (Rust variant, type, boxed), in spec order.
        variants: Vec<(String, Ty, bool)>,
        /// How the variant is chosen, when the spec says; else the variants are tried in order.
        discriminator: Option<Discriminator>,
    },
    /// A named schema that is just another type.
    Alias(Ty),
    /// The parts of a `multipart/form-data` body: a plain struct (no serde), one field per part.
    Form {
        /// The parts, in spec order.
        parts: Vec<FormPart>,
    },
}

/// A `oneOf`'s `discriminator`: the variant is chosen by the value of one property.
#[derive(Debug, Clone)]
pub struct Discriminator {
    /// The property whose value chooses (`propertyName`).
    pub property: String,
    /// Property value -> index of the variant it selects.
    pub values: Vec<(String, usize)>,
    /// Variants no value selects: tried in order (untagged) when the value is none of
    /// `values`.
    pub fallback: Vec<usize>,
}

/// A field of a generated struct: one property of an object schema.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust field name (snake_case, unique in the struct).
    pub ident: String,
    /// The property name in the JSON.
    pub wire: String,
    /// The type of the value (inside the `Option`, when optional).
    pub ty: Ty,
    /// Wrapped in `Option` (not required, nullable, or read-only).
    pub optional: bool,
    /// Omitted from the JSON when `None` (not required).
    pub skip_none: bool,
    /// Optional and nullable: `Option<Option<T>>`, absent (`None`) apart from `null`
    /// (`Some(None)`).
    pub double: bool,
    /// `Box`ed to break a recursive type.
    pub boxed: bool,
    /// Doc comment lines (the property's description).
    pub doc: Vec<String>,
    /// The spec's `default`: decoded in place of an absent value (optional fields it fits).
    pub default: Option<FieldDefault>,
}

/// A parameter of an operation (path, query, header or cookie).
#[derive(Debug, Clone)]
pub struct Param {
    /// The name sent on the wire.
    pub wire: String,
    /// The Rust argument or builder setter name.
    pub ident: String,
    /// The type of the value.
    pub ty: Ty,
    /// Required by the spec (path parameters always are).
    pub required: bool,
    /// The OpenAPI `style` as spelled in the spec (`form`, `simple`, `label`, `matrix`,
    /// `spaceDelimited`, `pipeDelimited`, `deepObject`), the location's default when unset.
    pub style: String,
    /// The spec's `explode`, else the style's default (`true` for `form` only).
    pub explode: bool,
    /// Declared with `content` (e.g. `application/json`): the value is sent as JSON text.
    pub json: bool,
    /// Doc comment lines (the description, and the default when the spec states one).
    pub doc: Vec<String>,
}

impl Param {
    /// Sent exactly as the location's default style sends a scalar (no serialization rule
    /// needed): the default style, not JSON content.
    pub fn default_style(&self, location: &str) -> bool {
        let default = match location {
            "query" | "cookie" => "form",
            _ => "simple",
        };
        !self.json && self.style == default && self.explode == (default == "form")
    }
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// JSON (`application/json` and `+json` media types).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// Raw bytes sent with `media` as their content type.
    Binary,
    /// `multipart/form-data`: `ty` names a [`TypeKind::Form`].
    Multipart,
}

/// The request body an operation sends.
#[derive(Debug, Clone)]
pub struct Body {
    /// Its encoding.
    pub kind: BodyKind,
    /// The media type sent (`Content-Type`), for binary bodies.
    pub media: String,
    /// The body's type: a [`TypeKind::Form`] for multipart, `Value` for binary bodies (sent as
    /// bytes).
    pub ty: Ty,
    /// Required by the spec.
    pub required: bool,
}

/// What an operation returns on success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseKind {
    /// `()`: the success response has no body.
    Unit,
    /// `String`: a `text/*` body (or a media type the generator does not decode).
    Text,
    /// Raw bytes (`application/octet-stream`, `image/*`, `application/pdf`...).
    Bytes,
    /// A JSON body decoded into the type.
    Json(Ty),
}

/// The stream a paginated operation gets: the contract's plan (what the stream follows, the
/// same [`ext::PagingPlan`] `codegen diff` compares) and what only the generator knows, the
/// Rust type of the items.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// Style, parameters and response paths the stream follows.
    pub plan: ext::PagingPlan,
    /// The type each item decodes into (`Value` when the item array is not found).
    pub item_ty: Ty,
}

/// One operation of the spec, as a client method and its request builder.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The `operationId`, else `"{method} {path}"`.
    pub id: String,
    /// The client method (see [`crate::operation_names`]).
    pub fn_name: String,
    /// The method returning the response with its status and headers (operations without
    /// a builder; a builder has `send_with_response`).
    pub with_response: String,
    /// The request builder type (`GetCustomerRequest`).
    pub builder: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template (`/customers/{id}`).
    pub path: String,
    /// Doc comment lines: summary, description, method and path, source, errors, server.
    pub doc: Vec<String>,
    /// Path parameters, in the order of the template.
    pub path_params: Vec<Param>,
    /// Query parameters.
    pub query: Vec<Param>,
    /// Header parameters (not those the client sets itself: credentials, content type).
    pub headers: Vec<Param>,
    /// Sent together in one `Cookie` header.
    pub cookies: Vec<Param>,
    /// The request body, when the operation sends one.
    pub body: Option<Body>,
    /// What the success response decodes into.
    pub response: ResponseKind,
    /// Alternatives of scheme variants; empty: no auth. An empty alternative: auth optional.
    pub security: Vec<Vec<String>>,
    /// The stream of a list operation, when it gets one.
    pub pagination: Option<Pagination>,
    /// Marked `deprecated` in the spec (the method gets `#[deprecated]`).
    pub deprecated: bool,
    /// The [`ServerGroup`] (by index) of an operation with `servers` of its own or of its path.
    pub server_group: Option<usize>,
    /// The operation's own rate limit (an operation-level `x-rate-limit`), kept beside the
    /// API-wide one.
    pub rate_limits: Vec<RateLimit>,
}

impl Operation {
    /// Every parameter: path, query, header, then cookie.
    pub fn params(&self) -> impl Iterator<Item = &Param> {
        self.path_params.iter().chain(self.query.iter()).chain(self.headers.iter()).chain(self.cookies.iter())
    }
    /// Some parameter or the body is optional: the operation needs a request builder.
    pub fn has_optional(&self) -> bool {
        self.params().any(|p| !p.required) || self.body.as_ref().is_some_and(|b| !b.required)
    }
}

/// A security scheme some operation uses, as the credential the client takes.
#[derive(Debug, Clone, Serialize)]
pub struct AuthScheme {
    /// Name in `components.securitySchemes`.
    pub key: String,
    /// Variant of the generated `Scheme` enum.
    pub variant: String,
    /// Builder setter and credentials field: by kind where one scheme has the kind
    /// (`api_key`, `basic_auth`, `bearer_token`), else named after the scheme.
    pub setter: String,
    /// header | query | cookie | bearer | basic | basic_token | oauth2 (oauth2 with a
    /// clientCredentials flow; other OAuth2 and OpenID Connect schemes are `bearer`).
    pub kind: String,
    /// Header, query parameter or cookie name (apiKey); the `Authorization` scheme word (bearer).
    pub param: String,
    /// The scheme's description in the spec.
    pub description: String,
    /// An OAuth2 or OpenID Connect scheme (its token is obtained elsewhere unless
    /// `client_credentials` is set).
    pub oauth2: bool,
    /// How the user gives this credential, for messages: "`.api_key(..)`".
    pub call: String,
    /// The clientCredentials flow of an oauth2 scheme, which the client runs itself.
    pub client_credentials: Option<ClientCredentials>,
}

/// An OAuth2 clientCredentials flow (RFC 6749, section 4.4).
#[derive(Debug, Clone, Serialize)]
pub struct ClientCredentials {
    /// Builder setter taking the client id and secret.
    pub setter: String,
    /// The flow's `tokenUrl` (may be relative to the server URL).
    pub token_url: String,
    /// `token_url` is relative (resolved against the server URL).
    pub relative: bool,
    /// Builder setter overriding the token URL.
    pub token_url_setter: String,
    /// The scopes the flow declares: (name, description).
    pub scopes: Vec<(String, String)>,
    /// Builder setter for the scopes to ask for (only when the flow declares some).
    pub scopes_setter: Option<String>,
}

/// What the spec's `x-request-signing` says about the signature the API expects.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RequestSigning {
    /// The algorithm named (`HMAC-SHA256`), or "".
    pub algorithm: String,
    /// What the signature covers, in words ("query string and body"), or "".
    pub signs: String,
    /// `query`, `header`, `body`, or "" when unknown.
    pub location: String,
    /// The query parameter, header or body field holding the signature ("" when unknown).
    pub name: String,
    /// A request-time parameter the signature covers, in the same place (optional).
    pub timestamp: String,
    /// The extension's own description of the scheme.
    pub description: String,
    /// Where the signature goes, in words ("query parameter `signature`").
    pub placement: String,
    /// All of it in a few words: "HMAC-SHA256 of the query string and body, in the query
    /// parameter `signature`" (empty when the extension says none of it).
    pub summary: String,
}

/// One of the document's `servers`: a variant of the generated `Server` enum.
#[derive(Debug, Clone, Serialize)]
pub struct Server {
    /// The variant name (from the description, else the host).
    pub variant: String,
    /// The URL without a trailing `/`, `{variables}` not yet substituted.
    pub url: String,
    /// The server's description in the spec.
    pub description: String,
}

/// A server variable (`{region}` in a server URL), set with a builder setter.
#[derive(Debug, Clone, Serialize)]
pub struct ServerVar {
    /// The variable's name in the URL.
    pub wire: String,
    /// The builder setter.
    pub setter: String,
    /// The spec's default, when not empty.
    pub default: Option<String>,
    /// The variable's description in the spec.
    pub description: String,
    /// The values the spec allows (`enum`); empty: any.
    pub values: Vec<String>,
}

/// One rate-limit window: at most `requests` in `per_seconds`.
#[derive(Debug, Clone, Serialize)]
pub struct RateLimit {
    /// Requests allowed in the window.
    pub requests: u64,
    /// The window's length in seconds.
    pub per_seconds: f64,
}

/// Everything the generator needs to write a client crate, resolved from the spec.
#[derive(Debug, Clone)]
pub struct ClientModel {
    /// The crate's package name (kebab-case).
    pub crate_name: String,
    /// The crate's name in Rust paths (`-` made `_`).
    pub crate_ident: String,
    /// The crate version: `info.version` when it is semver, else `0.1.0`.
    pub version: String,
    /// `info.title` on one line.
    pub title: String,
    /// `info.description`, with Unix newlines.
    pub description: String,
    /// The generated `types` module, in the order types are first met.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// The schemes some operation uses.
    pub auth: Vec<AuthScheme>,
    /// The spec's top-level `security` as alternatives of scheme variants (schemes no
    /// operation uses left out).
    pub default_security: Vec<Vec<String>>,
    /// The document's servers.
    pub servers: Vec<Server>,
    /// The variables of every server URL, each once.
    pub server_vars: Vec<ServerVar>,
    /// Base URLs of operations with `servers` of their own or of their path.
    pub server_groups: Vec<ServerGroup>,
    /// The first documented rate-limit window.
    pub rate_limit: Option<RateLimit>,
    /// Every documented window (`x-rate-limit` is one object or a list of them), kept at once.
    pub rate_limits: Vec<RateLimit>,
    /// The signature the API expects (`x-request-signing`), when it says.
    pub request_signing: Option<RequestSigning>,
    /// Headers sent with every request (`x-request-headers`, `Content-Type` left out).
    pub request_headers: Vec<(String, String)>,
    /// The key every response body wraps its payload in (`x-envelope`).
    pub envelope: Option<String>,
    /// The type an error response body decodes into.
    pub error_ty: Ty,
    /// Every JSON example of the spec, with the type it should decode into.
    pub examples: Vec<SpecExample>,
    /// What the generator could not express exactly.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builder methods a credential or server variable setter must not take.
const BUILDER_METHODS: &[&str] = &[
    "new",
    "build",
    "base_url",
    "server",
    "timeout",
    "max_retries",
    "user_agent",
    "allow_http",
    "max_pages",
    "rate_limit",
    "no_rate_limit",
    "http_client",
    "retry_base_delay",
    "max_retry_delay",
    "max_body_size",
    "sign_with",
];

/// Client methods an operation must not shadow.
const CLIENT_METHODS: &[&str] = &["builder", "base_url", "clone", "execute", "send_raw"];

/// Resolves `spec` into the client model; what cannot be expressed becomes a diagnostic.
pub fn build(spec: &OpenAPI, options: &Options) -> ClientModel {
    let mut b = Builder::new(spec);
    b.assign_component_names();
    b.resolve_components();
    let auth = b.auth();
    let error_ty = b.error_ty();
    let mut operations = b.operations(&auth, &error_ty);
    // Only schemes some operation can use: an unused one would be dead code.
    let used: BTreeSet<&String> = operations.iter().flat_map(|o| o.security.iter().flatten()).collect();
    let mut auth: Vec<AuthScheme> = auth.iter().filter(|a| used.contains(&a.variant)).cloned().collect();
    let setters = assign_setters(&mut auth);
    let default_security: Vec<Vec<String>> = spec
        .security
        .iter()
        .flatten()
        .map(|req| req.keys().filter_map(|k| auth.iter().find(|a| &a.key == k)).map(|a| a.variant.clone()).collect())
        .filter(|alt: &Vec<String>| !alt.is_empty())
        .collect();
    let (servers, mut server_vars) = b.servers(&setters);
    let taken: Vec<String> = BUILDER_METHODS.iter().map(|m| m.to_string()).chain(setters.iter().cloned()).collect();
    let server_groups = server_groups::collect(spec, &mut operations, &mut server_vars, &taken, &mut b.diags);
    let examples = b.examples(&operations, &error_ty);
    let ext = &spec.extensions;
    let rate_limits = b.rate_limits(ext, ext::names::RATE_LIMIT);
    let rate_limit = rate_limits.first().cloned();
    let request_headers = b
        .read_ext::<ext::RequestHeaders>(ext, ext::names::REQUEST_HEADERS)
        .map(|h| {
            h.pairs()
                .filter(|(k, _)| !k.eq_ignore_ascii_case("content-type"))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let request_signing =
        b.read_ext::<ext::RequestSigning>(ext, ext::names::REQUEST_SIGNING).map(|s| request_signing(&mut b, s));
    let envelope = b.read_ext::<ext::Envelope>(ext, ext::names::ENVELOPE).map(|e| e.payload);
    let name = options.crate_name.as_deref().map(crate_name).unwrap_or_else(|| crate_name(&spec.info.title));
    let version = semver_or_default(&spec.info.version);
    let mut types = b.finish_types();
    b.check_defaults(&mut types);
    ClientModel {
        crate_ident: name.replace('-', "_"),
        crate_name: name,
        version,
        // One line (a title written with line breaks, `\r` alone among them, goes into `///`).
        title: spec.info.title.split_whitespace().collect::<Vec<_>>().join(" "),
        description: unix_newlines(spec.info.description.as_deref().unwrap_or_default()),
        types,
        operations,
        auth,
        default_security,
        servers,
        server_vars,
        server_groups,
        rate_limit,
        rate_limits,
        request_signing,
        request_headers,
        envelope,
        error_ty,
        examples,
        diagnostics: b.diags,
    }
}

struct Builder<'a> {
    spec: &'a OpenAPI,
    types: IndexMap<String, TypeDef>,
    type_ns: Namespace,
    /// components.schemas key -> Rust type name.
    component_names: IndexMap<String, String>,
    diags: Vec<Diagnostic>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(spec: &'a OpenAPI) -> Self {
        Builder {
            spec,
            types: IndexMap::new(),
            type_ns: Namespace::new(),
            component_names: IndexMap::new(),
            diags: Vec::new(),
        }
    }

    /// Reads an extension of the contract from `ext`; one of the wrong shape is a warning at
    /// `location` and ignored.
    pub(super) fn read_ext<T: Extension>(&mut self, ext: &IndexMap<String, Value>, location: &str) -> Option<T> {
        match T::read(ext)? {
            Ok(v) => Some(v),
            Err(message) => {
                self.warn(Code::ExtensionIgnored, location, format!("{message}; ignored"));
                None
            }
        }
    }

    /// Records a diagnostic of `code` at `location` in the spec (`paths./pets.get`).
    pub(super) fn warn(&mut self, code: Code, location: impl Into<String>, message: impl Into<String>) {
        self.diags.push(Diagnostic::in_spec(code, location, message));
    }
}
