//! Stage 1: the spec resolved into a client model. No Rust syntax here, only names and shapes.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use openapiv3::{
    APIKeyLocation, AdditionalProperties, IntegerFormat, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr,
    RequestBody, Response, Schema, SchemaKind, SecurityScheme, StatusCode, Type, VariantOrUnknownOrEmpty,
};
use serde::Serialize;
use serde_json::Value;

use crate::names::{camel_ident, crate_name, snake_ident, unraw, Namespace};
use crate::{GenDiagnostic, GenSeverity, Options};
use openapi_ext::{self as ext, Extension};

mod defaults;
mod examples;
mod inheritance;
mod multipart;
mod paging_infer;
mod server_groups;

pub use server_groups::ServerGroup;

pub use defaults::FieldDefault;
pub use examples::SpecExample;
pub use multipart::FormPart;

/// A Rust type as used in a field, parameter or response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    String,
    I32,
    I64,
    F64,
    Bool,
    /// Anything: `serde_json::Value`.
    Value,
    /// A type defined in the generated `types` module.
    Named(String),
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    pub doc: Vec<String>,
    pub kind: TypeKind,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// `additionalProperties`, flattened into a map field.
        additional: Option<Ty>,
    },
    /// A string enum with a `#[serde(other)]` fallback variant.
    Enum { variants: Vec<(String, String)>, fallback: String },
    /// `oneOf`/`anyOf`: an untagged enum, one variant per alternative (name, type, boxed).
    Untagged { variants: Vec<(String, Ty, bool)>, discriminator: Option<Discriminator> },
    /// A named schema that is just another type.
    Alias(Ty),
    /// The parts of a `multipart/form-data` body: a plain struct (no serde), one field per part.
    Form { parts: Vec<FormPart> },
}

/// A `oneOf`'s `discriminator`: the variant is chosen by the value of one property.
#[derive(Debug, Clone)]
pub struct Discriminator {
    pub property: String,
    /// Property value -> index of the variant it selects.
    pub values: Vec<(String, usize)>,
    /// Variants no value selects: tried in order (untagged) when the value is none of
    /// `values`.
    pub fallback: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub ident: String,
    pub wire: String,
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
    pub doc: Vec<String>,
    /// The spec's `default`: decoded in place of an absent value (optional fields it fits).
    pub default: Option<FieldDefault>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub wire: String,
    pub ident: String,
    pub ty: Ty,
    pub required: bool,
    /// The OpenAPI `style` as spelled in the spec (`form`, `simple`, `label`, `matrix`,
    /// `spaceDelimited`, `pipeDelimited`, `deepObject`), the location's default when unset.
    pub style: String,
    /// The spec's `explode`, else the style's default (`true` for `form` only).
    pub explode: bool,
    /// Declared with `content` (e.g. `application/json`): the value is sent as JSON text.
    pub json: bool,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    Form,
    /// Raw bytes sent with `media` as their content type.
    Binary,
    /// `multipart/form-data`: `ty` names a [`TypeKind::Form`].
    Multipart,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub kind: BodyKind,
    /// The media type sent (`Content-Type`), for binary bodies.
    pub media: String,
    pub ty: Ty,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseKind {
    Unit,
    Text,
    /// Raw bytes (`application/octet-stream`, `image/*`, `application/pdf`...).
    Bytes,
    Json(Ty),
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// `page`, `offset`, `cursor`, `link`, `next_url` or `range`.
    pub style: String,
    pub items: String,
    /// The page, offset or cursor query parameter.
    pub param: String,
    pub cursor_field: Option<String>,
    /// Dotted path to the next cursor in the response body (cursor style); when set it is
    /// used instead of `cursor_field`, and a missing or null value ends the list.
    pub next_cursor: Option<String>,
    pub size_param: Option<String>,
    pub has_more: Option<String>,
    pub total_pages: Option<String>,
    pub total_count: Option<String>,
    pub default_size: Option<u64>,
    /// Dotted path to the next page's URL in the response body (style `next_url`).
    pub next_url: Option<String>,
    /// Response header holding the next page's URL (style `next_url`).
    pub next_header: Option<String>,
    /// Response header holding the number of items in the whole collection (styles `link`
    /// and `next_url`).
    pub total_header: Option<String>,
    /// The unit of the `Range` and `Content-Range` headers (style `range`, default `items`).
    pub range_unit: Option<String>,
    /// Response header whose value is the next request's `Range` header (style `range`).
    pub next_range_header: Option<String>,
    #[serde(skip)]
    pub item_ty: Ty,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    pub fn_name: String,
    /// The method returning the response with its status and headers (operations without
    /// a builder; a builder has `send_with_response`).
    pub with_response: String,
    pub builder: String,
    pub method: String,
    pub path: String,
    pub doc: Vec<String>,
    pub path_params: Vec<Param>,
    pub query: Vec<Param>,
    pub headers: Vec<Param>,
    /// Sent together in one `Cookie` header.
    pub cookies: Vec<Param>,
    pub body: Option<Body>,
    pub response: ResponseKind,
    /// Alternatives of scheme variants; empty: no auth. An empty alternative: auth optional.
    pub security: Vec<Vec<String>>,
    pub pagination: Option<Pagination>,
    pub deprecated: bool,
    /// The [`ServerGroup`] (by index) of an operation with `servers` of its own or of its path.
    pub server_group: Option<usize>,
    /// The operation's own rate limit (an operation-level `x-rate-limit`), kept beside the
    /// API-wide one.
    pub rate_limits: Vec<RateLimit>,
}

impl Operation {
    pub fn params(&self) -> impl Iterator<Item = &Param> {
        self.path_params.iter().chain(self.query.iter()).chain(self.headers.iter()).chain(self.cookies.iter())
    }
    pub fn has_optional(&self) -> bool {
        self.params().any(|p| !p.required) || self.body.as_ref().is_some_and(|b| !b.required)
    }
}

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
    pub algorithm: String,
    pub signs: String,
    /// `query`, `header`, `body`, or "" when unknown.
    pub location: String,
    /// The query parameter, header or body field holding the signature ("" when unknown).
    pub name: String,
    /// A request-time parameter the signature covers, in the same place (optional).
    pub timestamp: String,
    pub description: String,
    /// Where the signature goes, in words ("query parameter `signature`").
    pub placement: String,
    /// All of it in a few words: "HMAC-SHA256 of the query string and body, in the query
    /// parameter `signature`" (empty when the extension says none of it).
    pub summary: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Server {
    pub variant: String,
    pub url: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServerVar {
    pub wire: String,
    pub setter: String,
    pub default: Option<String>,
    pub description: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RateLimit {
    pub requests: u64,
    pub per_seconds: f64,
}

#[derive(Debug, Clone)]
pub struct ClientModel {
    pub crate_name: String,
    pub crate_ident: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub auth: Vec<AuthScheme>,
    /// The spec's top-level `security` as alternatives of scheme variants (schemes no
    /// operation uses left out).
    pub default_security: Vec<Vec<String>>,
    pub servers: Vec<Server>,
    pub server_vars: Vec<ServerVar>,
    /// Base URLs of operations with `servers` of their own or of their path.
    pub server_groups: Vec<ServerGroup>,
    /// The first documented rate-limit window.
    pub rate_limit: Option<RateLimit>,
    /// Every documented window (`x-rate-limit` is one object or a list of them), kept at once.
    pub rate_limits: Vec<RateLimit>,
    pub request_signing: Option<RequestSigning>,
    pub request_headers: Vec<(String, String)>,
    pub envelope: Option<String>,
    /// The type an error response body decodes into.
    pub error_ty: Ty,
    /// Every JSON example of the spec, with the type it should decode into.
    pub examples: Vec<SpecExample>,
    pub diagnostics: Vec<GenDiagnostic>,
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
    let rate_limit_ext = b.read_ext::<ext::RateLimit>(ext, ext::names::RATE_LIMIT).unwrap_or_default();
    let rate_limits: Vec<RateLimit> = rate_limit_ext
        .figures()
        .into_iter()
        .map(|(requests, per_seconds)| RateLimit { requests, per_seconds })
        .collect();
    // A window of headers alone (`headers`, `retry_after`) states no figure to keep; the client
    // reads the rate-limit headers anyway.
    let stated = rate_limit_ext.windows.iter().filter(|w| w.states_a_figure()).count();
    if rate_limits.len() < stated {
        b.warn(ext::names::RATE_LIMIT, "x-rate-limit needs positive `requests` and `per_seconds`; ignored");
    }
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

/// The name a setter takes when its scheme is the only one of its kind.
fn conventional_setter(a: &AuthScheme) -> Option<&'static str> {
    match a.kind.as_str() {
        "header" | "query" | "cookie" => Some("api_key"),
        "basic" | "basic_token" => Some("basic_auth"),
        "bearer" | "oauth2" if a.param == "Bearer" => Some("bearer_token"),
        _ => None,
    }
}

/// Names the builder setters of the schemes operations use: `.api_key(..)`, `.basic_auth(..)`,
/// `.bearer_token(..)` (an OAuth2 access token too) where one scheme has that kind, else the
/// scheme's own name (`X-MBX-APIKEY` -> `.x_mbx_apikey(..)`); an OAuth2 clientCredentials flow
/// adds `.oauth2_client_credentials(..)`, `.oauth2_token_url(..)` and `.oauth2_scopes(..)`
/// (prefixed with the scheme's name where several schemes have the flow). Returns the names
/// taken, which server variable setters must not take.
fn assign_setters(auth: &mut [AuthScheme]) -> Vec<String> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for a in auth.iter() {
        if let Some(c) = conventional_setter(a) {
            *counts.entry(c).or_default() += 1;
        }
    }
    let mut ns = Namespace::new();
    ns.reserve(BUILDER_METHODS);
    let mut taken = Vec::new();
    let mut setters: Vec<Option<String>> = vec![None; auth.len()];
    for (i, a) in auth.iter().enumerate() {
        if let Some(c) = conventional_setter(a).filter(|c| counts[c] == 1) {
            setters[i] = Some(ns.claim(c));
        }
    }
    for (i, a) in auth.iter().enumerate() {
        if setters[i].is_none() {
            let mut name = snake_ident(&a.key);
            // An OAuth2 scheme's setter takes its access token: `.oauth_token(..)`.
            if a.oauth2 && !unraw(&name).ends_with("token") {
                name = format!("{}_token", unraw(&name));
            }
            setters[i] = Some(ns.claim(&name));
        }
    }
    let flows = auth.iter().filter(|a| a.client_credentials.is_some()).count();
    for (a, setter) in auth.iter_mut().zip(setters) {
        a.setter = setter.unwrap_or_default();
        let name = unraw(&a.setter).to_string();
        a.call = match a.kind.as_str() {
            "basic" => format!("`.{name}(user, password)`"),
            "basic_token" => format!("`.{name}(token)`"),
            _ => format!("`.{name}(..)`"),
        };
        taken.push(name);
        if let Some(cc) = &mut a.client_credentials {
            let prefix = if flows == 1 { "oauth2".to_string() } else { unraw(&snake_ident(&a.key)).to_string() };
            cc.setter = ns.claim(&format!("{prefix}_client_credentials"));
            cc.token_url_setter = ns.claim(&format!("{prefix}_token_url"));
            if !cc.scopes.is_empty() {
                cc.scopes_setter = Some(ns.claim(&format!("{prefix}_scopes")));
            }
            a.call = format!("{} (or `.{}(client_id, client_secret)`)", a.call, cc.setter);
            taken.push(cc.setter.clone());
            taken.push(cc.token_url_setter.clone());
            taken.extend(cc.scopes_setter.clone());
        }
    }
    taken
}

impl ClientModel {
    /// What the builder needs for `security` (alternatives of scheme variants), in words:
    /// "`.api_key(..)` and `.passphrase(..)`, or `.bearer_token(..)`"; `None` when nothing is needed.
    pub fn credentials_text(&self, security: &[Vec<String>]) -> Option<String> {
        let alts: Vec<String> = security
            .iter()
            .filter(|alt| !alt.is_empty())
            .map(|alt| {
                let calls: Vec<&str> = alt
                    .iter()
                    .filter_map(|v| self.auth.iter().find(|a| &a.variant == v))
                    .map(|a| a.call.as_str())
                    .collect();
                calls.join(" and ")
            })
            .collect();
        (!alts.is_empty()).then(|| alts.join(", or "))
    }
}

/// What a client documents of `x-request-signing` (see docs/extensions.md).
fn request_signing(b: &mut Builder<'_>, v: ext::RequestSigning) -> RequestSigning {
    let s = |k: &Option<String>| k.as_deref().map(str::trim).unwrap_or_default().to_string();
    let mut signing = RequestSigning {
        algorithm: s(&v.algorithm),
        signs: s(&v.signs),
        location: s(&v.location).to_ascii_lowercase(),
        name: s(&v.name),
        timestamp: s(&v.timestamp),
        description: s(&v.description),
        placement: String::new(),
        summary: String::new(),
    };
    let placement = s(&v.placement);
    if signing.location.is_empty() {
        // Free text: "query parameter signature", "the `X-Signature` header".
        let lower = placement.to_ascii_lowercase();
        signing.location =
            ["header", "query", "body"].into_iter().find(|w| lower.contains(w)).unwrap_or_default().to_string();
    }
    if signing.name.is_empty() && !placement.is_empty() {
        const FILLER: &[&str] = &["in", "the", "a", "as", "query", "parameter", "header", "body", "field", "string"];
        let backticked = placement.split('`').nth(1).filter(|n| !n.trim().is_empty());
        let last_word = placement
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .rfind(|w| !w.is_empty() && !FILLER.contains(&w.to_ascii_lowercase().as_str()));
        signing.name = backticked.or(last_word).unwrap_or_default().trim().to_string();
    }
    if !["header", "query", "body"].contains(&signing.location.as_str()) {
        if !signing.location.is_empty() {
            b.warn(ext::names::REQUEST_SIGNING, format!("unknown signature location `{}`", signing.location));
        }
        signing.location.clear();
    }
    let what = match signing.location.as_str() {
        "query" => "query parameter",
        "header" => "header",
        "body" => "body field",
        _ => "",
    };
    signing.placement = match (what, signing.name.as_str()) {
        ("", "") => placement,
        ("", name) => format!("`{name}`"),
        (what, "") => format!("a {what}"),
        (what, name) => format!("{what} `{name}`"),
    };
    let mut summary = signing.algorithm.clone();
    if !signing.signs.is_empty() {
        summary = format!("{summary} of the {}", signing.signs).trim().to_string();
    }
    if !signing.placement.is_empty() {
        summary = if summary.is_empty() {
            format!("in the {}", signing.placement)
        } else {
            format!("{summary}, in the {}", signing.placement)
        };
    }
    signing.summary = summary;
    signing
}

fn semver_or_default(v: &str) -> String {
    let parts: Vec<&str> = v.trim_start_matches('v').split('.').collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        parts.join(".")
    } else {
        "0.1.0".to_string()
    }
}

/// `text` with `\r\n` and a lone `\r` made `\n`: a bare `\r` is not allowed in a doc comment.
fn unix_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn doc_lines(parts: &[Option<&str>]) -> Vec<String> {
    let mut out = Vec::new();
    for p in parts.iter().flatten() {
        let p = unix_newlines(p);
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(p.lines().map(|l| l.trim_end().replace('\t', "    ")));
    }
    crate::doc_fences::inert_code_blocks(out)
}

struct Builder<'a> {
    spec: &'a OpenAPI,
    types: IndexMap<String, TypeDef>,
    type_ns: Namespace,
    /// components.schemas key -> Rust type name.
    component_names: IndexMap<String, String>,
    diags: Vec<GenDiagnostic>,
}

/// An object-shaped schema, whatever way the spec spelled it.
struct ObjectShape {
    properties: IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
}

impl<'a> Builder<'a> {
    fn new(spec: &'a OpenAPI) -> Self {
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
    fn read_ext<T: Extension>(&mut self, ext: &IndexMap<String, Value>, location: &str) -> Option<T> {
        match T::read(ext)? {
            Ok(v) => Some(v),
            Err(message) => {
                self.warn(location, format!("{message}; ignored"));
                None
            }
        }
    }

    fn warn(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.diags.push(GenDiagnostic {
            severity: GenSeverity::Warning,
            location: location.into(),
            message: message.into(),
        });
    }

    fn components_schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.spec.components.as_ref().map(|c| &c.schemas)
    }

    fn assign_component_names(&mut self) {
        let Some(schemas) = self.components_schemas() else {
            return;
        };
        for key in schemas.keys() {
            let mut ident = crate::names::type_ident(key);
            // The crate's own `Error` is the client's error; a schema of that name is the body.
            if ident == "Error" {
                ident = "ErrorBody".to_string();
            }
            let name = self.type_ns.claim(&ident);
            self.component_names.insert(key.clone(), name);
        }
    }

    fn resolve_components(&mut self) {
        let Some(schemas) = self.components_schemas() else {
            return;
        };
        for (key, schema) in schemas {
            let name = self.component_names[key].clone();
            let loc = format!("components.schemas.{key}");
            match schema {
                ReferenceOr::Reference { .. } => {
                    let ty = self.ty_for_ref_or(schema, &name, &loc);
                    self.insert(TypeDef { name: name.clone(), doc: vec![], kind: TypeKind::Alias(ty) });
                }
                ReferenceOr::Item(s) => self.define_named(s, &name, &loc),
            }
        }
    }

    fn insert(&mut self, def: TypeDef) {
        self.types.insert(def.name.clone(), def);
    }

    /// Defines a component schema under its pre-assigned name.
    fn define_named(&mut self, s: &Schema, name: &str, loc: &str) {
        let doc = doc_lines(&[s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]);
        // Shapes that define a type of their own: build it in place under `name`.
        if self.is_struct_like(s) || self.string_enum(s).is_some() || self.alternatives(s).is_some() {
            self.define_inline(s, name, doc, loc);
            return;
        }
        let ty = self.ty_for_schema(s, name, loc);
        self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Alias(ty) });
    }

    fn ref_target(&mut self, reference: &str, loc: &str) -> Option<(String, &'a Schema)> {
        let key = reference.strip_prefix("#/components/schemas/");
        let found = key.and_then(|k| {
            let s = self.components_schemas()?.get(k)?;
            Some((k.to_string(), s))
        });
        match found {
            Some((k, ReferenceOr::Item(s))) => Some((k, s)),
            Some((k, ReferenceOr::Reference { reference })) => {
                // A component that is itself a reference: follow once more (bounded).
                let inner = reference.strip_prefix("#/components/schemas/")?;
                match self.components_schemas()?.get(inner) {
                    Some(ReferenceOr::Item(s)) => Some((k, s)),
                    _ => None,
                }
            }
            None => {
                self.warn(loc, format!("unsupported or unresolvable $ref `{reference}`; typed as serde_json::Value"));
                None
            }
        }
    }

    fn ty_for_ref_or(&mut self, r: &ReferenceOr<Schema>, hint: &str, loc: &str) -> Ty {
        match r {
            ReferenceOr::Reference { reference } => self.ty_for_reference(reference, loc),
            ReferenceOr::Item(s) => self.ty_for_schema(s, hint, loc),
        }
    }

    fn ty_for_boxed(&mut self, r: &ReferenceOr<Box<Schema>>, hint: &str, loc: &str) -> Ty {
        match r {
            ReferenceOr::Reference { reference } => self.ty_for_reference(reference, loc),
            ReferenceOr::Item(s) => self.ty_for_schema(s, hint, loc),
        }
    }

    fn ty_for_reference(&mut self, reference: &str, loc: &str) -> Ty {
        let key = reference.strip_prefix("#/components/schemas/").unwrap_or("");
        match self.component_names.get(key) {
            Some(name) => Ty::Named(name.clone()),
            None => {
                self.warn(loc, format!("unsupported or unresolvable $ref `{reference}`; typed as serde_json::Value"));
                Ty::Value
            }
        }
    }

    fn object_shape(&self, s: &Schema) -> Option<ObjectShape> {
        match &s.schema_kind {
            SchemaKind::Type(Type::Object(o)) => Some(ObjectShape {
                properties: o.properties.clone(),
                required: o.required.clone(),
                additional: o.additional_properties.clone(),
            }),
            SchemaKind::Any(a)
                if a.all_of.is_empty()
                    && a.one_of.is_empty()
                    && a.any_of.is_empty()
                    && a.not.is_none()
                    && (!a.properties.is_empty()
                        || a.additional_properties.is_some()
                        || a.typ.as_deref() == Some("object")) =>
            {
                Some(ObjectShape {
                    properties: a.properties.clone(),
                    required: a.required.clone(),
                    additional: a.additional_properties.clone(),
                })
            }
            _ => None,
        }
    }

    /// The `allOf` members of a schema, without those that only annotate (a `description`
    /// beside a `$ref`, the OpenAPI 3.0 way to document a referenced property).
    fn all_of<'s>(&self, s: &'s Schema) -> Option<Vec<&'s ReferenceOr<Schema>>> {
        let parts = match &s.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(a) if !a.all_of.is_empty() => &a.all_of,
            _ => return None,
        };
        let kept: Vec<&ReferenceOr<Schema>> = parts.iter().filter(|p| !is_annotation(p)).collect();
        (!kept.is_empty()).then_some(kept)
    }

    /// The `oneOf`/`anyOf` members of a schema, without those that admit only `null`.
    fn members<'s>(&self, s: &'s Schema) -> Vec<&'s ReferenceOr<Schema>> {
        alternatives_of(s).iter().filter(|m| !self.is_null_only(m)).collect()
    }

    /// Alternatives that make an untagged enum: two or more members that are not just `null`.
    fn alternatives<'s>(&self, s: &'s Schema) -> Option<Vec<&'s ReferenceOr<Schema>>> {
        let members = self.members(s);
        (members.len() > 1).then_some(members)
    }

    /// A schema that admits `null` and nothing else: `{nullable: true, enum: [null]}` (the
    /// OpenAPI 3.0 way to say "or null" in a `oneOf`/`anyOf`).
    fn is_null_only(&self, s: &ReferenceOr<Schema>) -> bool {
        ext::schema::is_null_only(s)
    }

    /// Whether the component a `$ref` names admits `null`.
    fn ref_admits_null(&self, reference: &str) -> bool {
        let key = reference.strip_prefix("#/components/schemas/").unwrap_or("");
        matches!(self.components_schemas().and_then(|c| c.get(key)), Some(ReferenceOr::Item(s)) if self.admits_null(s))
    }

    /// Whether a schema admits `null`: `nullable`, or a `null`-only `oneOf`/`anyOf` member.
    fn admits_null(&self, s: &Schema) -> bool {
        s.schema_data.nullable || alternatives_of(s).iter().any(|m| self.is_null_only(m))
    }

    fn string_enum(&self, s: &Schema) -> Option<Vec<String>> {
        let values: Vec<String> = match &s.schema_kind {
            SchemaKind::Type(Type::String(st)) => st.enumeration.iter().flatten().cloned().collect(),
            SchemaKind::Any(a) if a.typ.as_deref().is_none_or(|t| t == "string") => {
                a.enumeration.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
            }
            _ => return None,
        };
        (!values.is_empty()).then_some(values)
    }

    /// Objects with properties and allOf compositions become structs.
    fn is_struct_like(&self, s: &Schema) -> bool {
        if self.all_of(s).is_some_and(|parts| parts.len() > 1) {
            return true;
        }
        self.object_shape(s).is_some_and(|o| !o.properties.is_empty())
    }

    /// The type of a schema used somewhere (a field, a parameter, a body); defines inline
    /// types named from `hint` as needed.
    fn ty_for_schema(&mut self, s: &Schema, hint: &str, loc: &str) -> Ty {
        if self.is_struct_like(s) || self.string_enum(s).is_some() || self.alternatives(s).is_some() {
            let name = self.type_ns.claim(&crate::names::type_ident(hint));
            let doc = doc_lines(&[s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]);
            self.define_inline(s, &name, doc, loc);
            return Ty::Named(name);
        }
        if let Some(parts) = self.all_of(s) {
            // A single-member allOf: that member.
            if let Some(first) = parts.first() {
                return self.ty_for_ref_or(first, hint, loc);
            }
        }
        if let [only] = self.members(s).as_slice() {
            // One member (besides a `null`-only one): that member.
            return self.ty_for_ref_or(only, hint, loc);
        }
        match &s.schema_kind {
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => Ty::Value,
            SchemaKind::Not { .. } => {
                self.warn(loc, "`not` schemas are not supported; typed as serde_json::Value");
                Ty::Value
            }
            SchemaKind::Type(Type::String(_)) => Ty::String,
            SchemaKind::Type(Type::Integer(i)) => integer_ty(&i.format),
            SchemaKind::Type(Type::Number(_)) => Ty::F64,
            SchemaKind::Type(Type::Boolean(_)) => Ty::Bool,
            SchemaKind::Type(Type::Array(a)) => match &a.items {
                Some(items) => Ty::Vec(Box::new(self.ty_for_boxed(items, &format!("{hint}Item"), loc))),
                None => Ty::Vec(Box::new(Ty::Value)),
            },
            SchemaKind::Type(Type::Object(o)) => self.map_ty(o.additional_properties.as_ref(), hint, loc),
            SchemaKind::Any(a) => {
                if a.not.is_some() {
                    self.warn(loc, "`not` schemas are not supported; typed as serde_json::Value");
                    return Ty::Value;
                }
                if let Some(items) = &a.items {
                    return Ty::Vec(Box::new(self.ty_for_boxed(items, &format!("{hint}Item"), loc)));
                }
                match a.typ.as_deref() {
                    Some("string") => Ty::String,
                    Some("integer") => match a.format.as_deref() {
                        Some("int32") => Ty::I32,
                        _ => Ty::I64,
                    },
                    Some("number") => Ty::F64,
                    Some("boolean") => Ty::Bool,
                    Some("array") => Ty::Vec(Box::new(Ty::Value)),
                    Some("object") => self.map_ty(a.additional_properties.as_ref(), hint, loc),
                    None if a.additional_properties.is_some() => {
                        self.map_ty(a.additional_properties.as_ref(), hint, loc)
                    }
                    None => Ty::Value,
                    Some(other) => {
                        self.warn(loc, format!("unknown type `{other}`; typed as serde_json::Value"));
                        Ty::Value
                    }
                }
            }
        }
    }

    fn map_ty(&mut self, additional: Option<&AdditionalProperties>, hint: &str, loc: &str) -> Ty {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                Ty::Map(Box::new(self.ty_for_ref_or(s, &format!("{hint}Value"), loc)))
            }
            _ => Ty::Map(Box::new(Ty::Value)),
        }
    }

    /// Defines a struct, enum or untagged enum named `name` (already claimed).
    fn define_inline(&mut self, s: &Schema, name: &str, doc: Vec<String>, loc: &str) {
        // Hold the position (types come out in the order they are first met).
        self.insert(TypeDef { name: name.to_string(), doc: vec![], kind: TypeKind::Alias(Ty::Value) });
        if let Some(values) = self.string_enum(s) {
            let mut ns = Namespace::new();
            let mut variants = Vec::new();
            for v in values {
                if variants.iter().any(|(_, w)| *w == v) {
                    continue;
                }
                let ident = ns.claim(&camel_ident(&v));
                variants.push((ident, v));
            }
            let fallback = ns.claim("Unknown");
            self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Enum { variants, fallback } });
            return;
        }
        if let Some(alts) = self.alternatives(s) {
            // Reserve the name before recursing so nested hints do not take it.
            let mut ns = Namespace::new();
            let mut variants = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                let ty = self.ty_for_ref_or(alt, &format!("{name}Variant{}", i + 1), loc);
                let vname = match &ty {
                    Ty::Named(n) if matches!(alt, ReferenceOr::Reference { .. }) => n.clone(),
                    Ty::Named(n) => match self.types.get(n).map(|d| &d.kind) {
                        Some(TypeKind::Enum { .. }) => "Enum".into(),
                        Some(TypeKind::Untagged { .. }) => "OneOf".into(),
                        _ => "Object".into(),
                    },
                    Ty::String => "String".into(),
                    Ty::I32 | Ty::I64 => "Integer".into(),
                    Ty::F64 => "Number".into(),
                    Ty::Bool => "Boolean".into(),
                    Ty::Vec(_) => "Array".into(),
                    Ty::Map(_) => "Object".into(),
                    Ty::Value => "Value".into(),
                };
                let vname = ns.claim(&vname);
                variants.push((vname, ty, false));
            }
            let discriminator = match &s.schema_data.discriminator {
                Some(d) => Some(self.discriminator(d, &alts, loc)),
                None => {
                    self.warn_undecidable(&variants, loc);
                    None
                }
            };
            self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Untagged { variants, discriminator } });
            return;
        }
        // A struct: an object, or the merge of an allOf; a base with a discriminator: its subtypes.
        if self.define_inheritance(s, name, &doc, loc) {
            return;
        }
        if let Some(d) = &s.schema_data.discriminator {
            self.warn(
                loc,
                format!(
                    "discriminator `{}` names no schema that extends this one (no `mapping`, and no schema `allOf`s it): this schema decodes as itself",
                    d.property_name
                ),
            );
        }
        let mut shape = ObjectShape { properties: IndexMap::new(), required: Vec::new(), additional: None };
        let mut visited = BTreeSet::new();
        self.merge_into(s, &mut shape, &mut visited, loc);
        let mut ns = Namespace::new();
        ns.reserve(&["additional_properties"]);
        let mut fields = Vec::new();
        for (wire, prop) in &shape.properties {
            let ident = ns.claim(&snake_ident(wire));
            let hint = format!("{name}{}", unraw(&camel_ident(wire)));
            let ploc = format!("{loc}.properties.{wire}");
            let ty = self.ty_for_boxed(prop, &hint, &ploc);
            let (nullable, read_only, pdoc) = match prop {
                ReferenceOr::Item(p) => (
                    self.admits_null(p),
                    // Absent from requests (readOnly) or responses (writeOnly): one type
                    // serves both, so the field is optional.
                    p.schema_data.read_only || p.schema_data.write_only,
                    doc_lines(&[p.schema_data.description.as_deref()]),
                ),
                ReferenceOr::Reference { reference } => (self.ref_admits_null(reference), false, vec![]),
            };
            let required = shape.required.iter().any(|r| r == wire);
            let default = self.property_default(prop, &ploc);
            fields.push(Field {
                ident,
                wire: wire.clone(),
                ty,
                optional: !required || nullable || read_only,
                skip_none: !required || read_only,
                double: !required && nullable && !read_only,
                boxed: false,
                doc: pdoc,
                default,
            });
        }
        let additional = match &shape.additional {
            Some(AdditionalProperties::Schema(a)) => Some(self.ty_for_ref_or(a, &format!("{name}Value"), loc)),
            _ => None,
        };
        self.insert(TypeDef { name: name.to_string(), doc, kind: TypeKind::Struct { fields, additional } });
    }

    /// The discriminator of a `oneOf`: each `mapping` entry, and each `$ref` variant by its
    /// schema name (the implicit mapping); an inline variant whose discriminator property is
    /// a one-value enum by that value.
    fn discriminator(
        &mut self,
        d: &openapiv3::Discriminator,
        alts: &[&ReferenceOr<Schema>],
        loc: &str,
    ) -> Discriminator {
        let key_of = |r: &str| r.strip_prefix("#/components/schemas/").unwrap_or(r).to_string();
        let mut values: Vec<(String, usize)> = Vec::new();
        for (value, target) in &d.mapping {
            let target = key_of(target);
            let found = alts
                .iter()
                .position(|a| matches!(a, ReferenceOr::Reference { reference } if key_of(reference) == target));
            match found {
                Some(i) => values.push((value.clone(), i)),
                None => self.warn(
                    format!("{loc}.discriminator.mapping.{value}"),
                    format!("maps to `{target}`, which is not one of the oneOf variants; the value is ignored"),
                ),
            }
        }
        let mut fallback = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            if values.iter().any(|(_, j)| *j == i) {
                continue;
            }
            let implicit = match alt {
                ReferenceOr::Reference { reference } => Some(key_of(reference)),
                ReferenceOr::Item(s) => {
                    self.object_shape(s).and_then(|o| o.properties.get(&d.property_name).cloned()).and_then(|p| match p
                    {
                        ReferenceOr::Item(p) => self.string_enum(&p).filter(|v| v.len() == 1).map(|mut v| v.remove(0)),
                        ReferenceOr::Reference { .. } => None,
                    })
                }
            };
            match implicit {
                Some(v) => values.push((v, i)),
                None => {
                    self.warn(
                        format!("{loc}.oneOf.{i}"),
                        format!(
                            "no `{}` value of the discriminator selects this inline variant; it is tried in order when the value is unknown",
                            d.property_name
                        ),
                    );
                    fallback.push(i);
                }
            }
        }
        Discriminator { property: d.property_name.clone(), values, fallback }
    }

    /// A `oneOf` without discriminator is decoded by trying its variants in order: a struct
    /// variant with no required field accepts any object, so a later struct variant is never
    /// chosen. Warns where that happens.
    fn warn_undecidable(&mut self, variants: &[(String, Ty, bool)], loc: &str) {
        let is_struct = |b: &Self, t: &Ty| match t {
            Ty::Named(n) => match b.types.get(n).map(|d| &d.kind) {
                Some(TypeKind::Struct { fields, .. }) => Some(fields.iter().all(|f| f.skip_none)),
                _ => None,
            },
            Ty::Map(_) => Some(true),
            _ => None,
        };
        let structs: Vec<(&String, bool)> =
            variants.iter().filter_map(|(v, t, _)| is_struct(self, t).map(|loose| (v, loose))).collect();
        if let Some(pos) = structs.iter().position(|(_, loose)| *loose) {
            if pos + 1 < structs.len() {
                let later: Vec<String> = structs[pos + 1..].iter().map(|(v, _)| format!("`{v}`")).collect();
                self.warn(
                    loc,
                    format!(
                        "oneOf without discriminator cannot be decided: variant `{}` has no required property and accepts any object, so {} are never chosen",
                        structs[pos].0,
                        later.join(", ")
                    ),
                );
            }
        }
    }

    fn merge_into(&mut self, s: &Schema, shape: &mut ObjectShape, visited: &mut BTreeSet<String>, loc: &str) {
        if let Some(parts) = self.all_of(s) {
            for part in parts {
                match part {
                    ReferenceOr::Reference { reference } => {
                        if !visited.insert(reference.clone()) {
                            continue;
                        }
                        if let Some((_, target)) = self.ref_target(reference, loc) {
                            self.merge_into(target, shape, visited, loc);
                        }
                    }
                    ReferenceOr::Item(p) => self.merge_into(p, shape, visited, loc),
                }
            }
            // allOf with sibling properties (Any schema).
            if let SchemaKind::Any(a) = &s.schema_kind {
                for (k, v) in &a.properties {
                    shape.properties.insert(k.clone(), v.clone());
                }
                shape.required.extend(a.required.iter().cloned());
            }
            return;
        }
        if let Some(o) = self.object_shape(s) {
            for (k, v) in o.properties {
                shape.properties.insert(k, v);
            }
            shape.required.extend(o.required);
            if o.additional.is_some() {
                shape.additional = o.additional;
            }
            return;
        }
        self.warn(loc, "allOf member that is not an object; its extra fields are kept in `additional_properties`");
        if shape.additional.is_none() {
            shape.additional = Some(AdditionalProperties::Any(true));
        }
    }

    /// Finishes the type table: boxes fields that would make a type infinitely large.
    fn finish_types(&mut self) -> Vec<TypeDef> {
        // Untyped additionalProperties become a Value map.
        let mut defs: Vec<TypeDef> = self.types.values().cloned().collect();
        let direct: BTreeMap<String, Vec<String>> = defs
            .iter()
            .map(|d| {
                let mut out = Vec::new();
                match &d.kind {
                    TypeKind::Struct { fields, .. } => {
                        for f in fields {
                            if let Ty::Named(n) = &f.ty {
                                out.push(n.clone());
                            }
                        }
                    }
                    TypeKind::Untagged { variants, .. } => {
                        for (_, t, _) in variants {
                            if let Ty::Named(n) = t {
                                out.push(n.clone());
                            }
                        }
                    }
                    TypeKind::Alias(Ty::Named(n)) => out.push(n.clone()),
                    _ => {}
                }
                (d.name.clone(), out)
            })
            .collect();
        let reaches = |from: &str, to: &str| -> bool {
            let mut stack = vec![from.to_string()];
            let mut seen = BTreeSet::new();
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n.clone()) {
                    if let Some(next) = direct.get(&n) {
                        stack.extend(next.iter().cloned());
                    }
                }
            }
            false
        };
        for d in &mut defs {
            let me = d.name.clone();
            match &mut d.kind {
                TypeKind::Struct { fields, .. } => {
                    for f in fields {
                        if let Ty::Named(n) = &f.ty {
                            f.boxed = reaches(n, &me);
                        }
                    }
                }
                TypeKind::Untagged { variants, .. } => {
                    for (_, t, boxed) in variants {
                        if let Ty::Named(n) = t {
                            *boxed = reaches(n, &me);
                        }
                    }
                }
                _ => {}
            }
        }
        defs
    }

    fn auth(&mut self) -> Vec<AuthScheme> {
        let Some(components) = &self.spec.components else {
            return vec![];
        };
        let mut variants = Namespace::new();
        let mut out = Vec::new();
        for (key, scheme) in &components.security_schemes {
            let loc = format!("components.securitySchemes.{key}");
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(&loc, "referenced security schemes are not supported; ignored");
                continue;
            };
            let mut client_credentials = None;
            let mut oauth2 = false;
            let (kind, param, description) = match scheme {
                SecurityScheme::APIKey { location, name, description, .. } => (
                    match location {
                        APIKeyLocation::Header => "header",
                        APIKeyLocation::Query => "query",
                        APIKeyLocation::Cookie => "cookie",
                    },
                    name.clone(),
                    description.clone(),
                ),
                SecurityScheme::HTTP { scheme, description, extensions, .. } => {
                    let s = scheme.to_ascii_lowercase();
                    let kind = if s == "basic" {
                        let token_as = self.read_ext::<ext::TokenAs>(extensions, ext::names::TOKEN_AS);
                        if token_as == Some(ext::TokenAs::Username) {
                            "basic_token"
                        } else {
                            "basic"
                        }
                    } else {
                        if s != "bearer" {
                            self.warn(
                                &loc,
                                format!("http scheme `{scheme}` is sent as `Authorization: {scheme} <token>`"),
                            );
                        }
                        "bearer"
                    };
                    (kind, scheme.clone(), description.clone())
                }
                SecurityScheme::OAuth2 { flows, description, .. } => {
                    oauth2 = true;
                    match &flows.client_credentials {
                        Some(flow) => {
                            client_credentials = Some(ClientCredentials {
                                setter: String::new(),
                                token_url: flow.token_url.trim().to_string(),
                                relative: !flow.token_url.trim().starts_with("https://")
                                    && !flow.token_url.trim().starts_with("http://"),
                                token_url_setter: String::new(),
                                scopes: flow.scopes.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                                scopes_setter: None,
                            });
                            ("oauth2", "Bearer".to_string(), description.clone())
                        }
                        None => {
                            self.warn(
                                &loc,
                                "the client runs only the OAuth2 clientCredentials flow; for this scheme's flows it takes an access token obtained elsewhere and sends it as a Bearer token",
                            );
                            ("bearer", "Bearer".to_string(), description.clone())
                        }
                    }
                }
                SecurityScheme::OpenIDConnect { description, .. } => {
                    oauth2 = true;
                    self.warn(
                        &loc,
                        "OpenID Connect discovery is not implemented: the client takes an access token and sends it as a Bearer token",
                    );
                    ("bearer", "Bearer".to_string(), description.clone())
                }
            };
            let param =
                if kind == "bearer" && param.eq_ignore_ascii_case("bearer") { "Bearer".to_string() } else { param };
            out.push(AuthScheme {
                key: key.clone(),
                variant: variants.claim(&camel_ident(key)),
                setter: String::new(),
                kind: kind.to_string(),
                param,
                description: description.unwrap_or_default(),
                oauth2,
                call: String::new(),
                client_credentials,
            });
        }
        out
    }

    /// The servers (one `Server` variant each, named from the description, else the host) and
    /// their variables; `taken`: builder setters the variables' setters must not take.
    fn servers(&mut self, taken: &[String]) -> (Vec<Server>, Vec<ServerVar>) {
        let mut ns = Namespace::new();
        ns.reserve(&["Custom"]);
        let mut servers = Vec::new();
        let mut vars: IndexMap<String, ServerVar> = IndexMap::new();
        let mut setters = Namespace::new();
        setters.reserve(BUILDER_METHODS);
        setters.reserve(&taken.iter().map(String::as_str).collect::<Vec<_>>());
        for (i, s) in self.spec.servers.iter().enumerate() {
            let desc = s.description.clone().unwrap_or_default();
            let base = if !desc.trim().is_empty() {
                // Only the first few words: "Sandbox environment for testing" -> SandboxEnvironmentForTesting is long.
                let words: Vec<&str> = desc.split_whitespace().take(3).collect();
                camel_ident(&words.join(" "))
            } else if let Some(host) = host_name(&s.url) {
                camel_ident(&host)
            } else {
                format!("Server{}", i + 1)
            };
            let url = s.url.trim_end_matches('/').to_string();
            // Absolute once the variables take their defaults (`{scheme}://host`).
            let mut resolved = url.clone();
            for (name, v) in s.variables.iter().flatten() {
                resolved = resolved.replace(&format!("{{{name}}}"), &v.default);
            }
            if !resolved.starts_with("http://") && !resolved.starts_with("https://") {
                self.warn(
                    format!("servers.{i}"),
                    format!("server url `{}` is not absolute; users must set `.base_url(..)`", s.url),
                );
            }
            servers.push(Server { variant: ns.claim(&base), url, description: desc });
            for (name, v) in s.variables.iter().flatten() {
                if vars.contains_key(name) {
                    continue;
                }
                vars.insert(
                    name.clone(),
                    ServerVar {
                        wire: name.clone(),
                        setter: setters.claim(&snake_ident(name)),
                        default: Some(v.default.clone()).filter(|d| !d.is_empty()),
                        description: v.description.clone().unwrap_or_default(),
                        values: v.enumeration.clone(),
                    },
                );
            }
        }
        (servers, vars.into_values().collect())
    }

    /// The error body type: the one component schema that all typed error responses share,
    /// else Value. A schema only one operation (of several) documents is that operation's own
    /// error, not the API's: decoding every other operation's errors into it would mislead.
    /// Such an operation names its error type in its doc (see `errors_doc`).
    fn error_ty(&mut self) -> Ty {
        let mut refs = BTreeSet::new();
        let mut other = false;
        let (mut operations, mut typed_operations) = (0usize, 0usize);
        for (_, _, op) in self.spec.operations() {
            operations += 1;
            let mut typed = false;
            for (_, r) in error_responses(op) {
                let Some(resp) = self.response(r) else { continue };
                match json_schema(&resp.content) {
                    Some(ReferenceOr::Reference { reference }) => {
                        refs.insert(reference.clone());
                        typed = true;
                    }
                    Some(_) => other = true,
                    None => {}
                }
            }
            typed_operations += usize::from(typed);
        }
        let shared = typed_operations >= 2 || operations == 1;
        if refs.len() == 1 && !other && shared {
            let r = refs.into_iter().next().unwrap_or_default();
            let loc = "components.responses";
            return self.ty_for_reference(&r, loc);
        }
        Ty::Value
    }

    /// The `# Errors` section of an operation's doc: the documented error statuses, and the
    /// type of each error body that is not the API-wide `ApiError`.
    fn errors_doc(&self, op: &openapiv3::Operation, error_ty: &Ty) -> Vec<String> {
        let mut statuses: Vec<String> = error_responses(op).filter_map(|(c, _)| c.map(status_label)).collect();
        let mut own = Vec::new();
        for (code, r) in error_responses(op) {
            let Some(Some(ReferenceOr::Reference { reference })) = self.response(r).map(|r| json_schema(&r.content))
            else {
                continue;
            };
            let Some(name) = reference.strip_prefix("#/components/schemas/").and_then(|k| self.component_names.get(k))
            else {
                continue;
            };
            if *error_ty != Ty::Named(name.clone()) {
                let label = match code {
                    Some(c) => format!("an HTTP {}", status_label(c)),
                    None if statuses.is_empty() => "an error status".to_string(),
                    None => "any other error status".to_string(),
                };
                own.push(format!(
                    "For {label} the body is a `types::{name}`: decode it with `error.body_as::<types::{name}>()`."
                ));
            }
        }
        if statuses.is_empty() && own.is_empty() {
            return Vec::new();
        }
        let mut d = vec![String::new(), "# Errors".to_string(), String::new()];
        let mut line =
            "[`Error::Status`](super::error::Error::Status) when the server answers with an error".to_string();
        if !statuses.is_empty() {
            statuses.dedup();
            line.push_str(&format!("; the docs name HTTP {}", statuses.join(", ")));
        }
        line.push('.');
        d.push(line);
        for paragraph in own {
            d.push(String::new());
            d.push(paragraph);
        }
        d
    }

    fn response(&self, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
        match r {
            ReferenceOr::Item(r) => Some(r),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/responses/")?;
                self.spec.components.as_ref()?.responses.get(key)?.as_item()
            }
        }
    }

    fn parameter(&self, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/parameters/")?;
                self.spec.components.as_ref()?.parameters.get(key)?.as_item()
            }
        }
    }

    fn request_body(&self, p: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/requestBodies/")?;
                self.spec.components.as_ref()?.request_bodies.get(key)?.as_item()
            }
        }
    }

    fn operations(&mut self, auth: &[AuthScheme], error_ty: &Ty) -> Vec<Operation> {
        let mut fn_ns = Namespace::new();
        fn_ns.reserve(CLIENT_METHODS);
        let mut builder_ns = Namespace::new();
        let mut out = Vec::new();
        let spec = self.spec;
        for (path, item) in spec.paths.iter() {
            let ReferenceOr::Item(item) = item else {
                self.warn(format!("paths.{path}"), "referenced path items are not supported; skipped");
                continue;
            };
            for (method, op) in item.iter() {
                let loc = format!("paths.{path}.{method}");
                let raw_name = op.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
                // `stream` suffixes are ours: `operation_names` keeps operation names clear of them.
                let (fn_name, builder_name) = crate::operation_names(&raw_name);
                let fn_name = fn_ns.claim(&fn_name);
                let type_hint = unraw(&camel_ident(&raw_name)).to_string();
                let builder = builder_ns.claim(&builder_name);
                // Parameters: path-level, overridden by operation-level of the same (name, in).
                let mut params: IndexMap<(String, &'static str), &Parameter> = IndexMap::new();
                for p in item.parameters.iter().chain(op.parameters.iter()) {
                    let Some(p) = self.parameter(p) else {
                        self.warn(&loc, "unresolvable parameter $ref; skipped");
                        continue;
                    };
                    let location = match p {
                        Parameter::Query { .. } => "query",
                        Parameter::Header { .. } => "header",
                        Parameter::Path { .. } => "path",
                        Parameter::Cookie { .. } => "cookie",
                    };
                    params.insert((p.parameter_data_ref().name.clone(), location), p);
                }
                let mut arg_ns = Namespace::new();
                arg_ns.reserve(&["body", "client", "send", "stream", "parts"]);
                let (mut path_params, mut query, mut headers, mut cookies) = (vec![], vec![], vec![], vec![]);
                for ((name, location), p) in &params {
                    let data = p.parameter_data_ref();
                    let ploc = format!("{loc}.parameters.{name}");
                    if *location == "header"
                        && (name.eq_ignore_ascii_case("authorization")
                            || name.eq_ignore_ascii_case("content-type")
                            || name.eq_ignore_ascii_case("accept")
                                && spec.extensions.contains_key(ext::names::REQUEST_HEADERS))
                    {
                        // Sent by the client itself (credentials, body, default headers).
                        continue;
                    }
                    let hint = format!("{type_hint}{}", unraw(&camel_ident(name)));
                    let (ty, json) = match &data.format {
                        ParameterSchemaOrContent::Schema(s) => (self.ty_for_ref_or(s, &hint, &ploc), false),
                        ParameterSchemaOrContent::Content(content) => {
                            match content.iter().next() {
                                Some((media, mt)) => {
                                    if !is_json(media) {
                                        self.warn(
                                        &ploc,
                                        format!("parameter content `{media}` is not JSON; its value is sent as JSON text"),
                                    );
                                    }
                                    let ty = match &mt.schema {
                                        Some(s) => self.ty_for_ref_or(s, &hint, &ploc),
                                        None => Ty::Value,
                                    };
                                    (ty, true)
                                }
                                None => {
                                    self.warn(&ploc, "parameter with an empty `content`; typed as serde_json::Value");
                                    (Ty::Value, true)
                                }
                            }
                        }
                    };
                    let style = self.param_style(p, &ty, &ploc);
                    let param = Param {
                        wire: name.clone(),
                        ident: arg_ns.claim(&snake_ident(name)),
                        ty,
                        required: data.required || *location == "path",
                        explode: data.explode.unwrap_or(style == "form"),
                        style,
                        json,
                        doc: defaults::param_doc(doc_lines(&[data.description.as_deref()]), &data.format),
                    };
                    match *location {
                        "path" => path_params.push(param),
                        "query" => query.push(param),
                        "cookie" => cookies.push(param),
                        _ => headers.push(param),
                    }
                }
                // Path placeholders without a declared parameter still need an argument.
                for placeholder in placeholders(path) {
                    if !path_params.iter().any(|p| p.wire == placeholder) {
                        self.warn(&loc, format!("path parameter `{placeholder}` is not declared; typed as String"));
                        path_params.push(Param {
                            ident: arg_ns.claim(&snake_ident(&placeholder)),
                            wire: placeholder,
                            ty: Ty::String,
                            required: true,
                            style: "simple".into(),
                            explode: false,
                            json: false,
                            doc: vec![],
                        });
                    }
                }
                // Declared path parameters missing from the template are dropped.
                let declared: Vec<String> = placeholders(path);
                path_params.retain(|p| declared.contains(&p.wire));
                // Order path params as in the path.
                path_params.sort_by_key(|p| declared.iter().position(|d| *d == p.wire));

                let body = op.request_body.as_ref().and_then(|rb| {
                    let Some(rb) = self.request_body(rb) else {
                        self.warn(&loc, "unresolvable requestBody $ref; skipped");
                        return None;
                    };
                    self.body(rb, &format!("{type_hint}Body"), &format!("{loc}.requestBody"))
                });
                let response = self.success_response(op, &format!("{type_hint}Response"), &loc);
                let security = self.security(op, auth, &loc);
                let doc = {
                    let mut d = doc_lines(&[op.summary.as_deref(), op.description.as_deref()]);
                    if !d.is_empty() {
                        d.push(String::new());
                    }
                    d.push(format!("`{} {}`", method.to_uppercase(), path));
                    if let Some(src) = op.extensions.get(ext::names::SOURCE).and_then(Value::as_str) {
                        d.push(String::new());
                        d.push(format!("Source: `{src}`"));
                    }
                    d.extend(self.errors_doc(op, error_ty));
                    d
                };
                // The operation's own `x-rate-limit` (one window or several), beside the API-wide one.
                let own_limits = self
                    .read_ext::<ext::RateLimit>(&op.extensions, &format!("{loc}.x-rate-limit"))
                    .map(|r| r.figures())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(requests, per_seconds)| RateLimit { requests, per_seconds })
                    .collect();
                let mut operation = Operation {
                    id: raw_name,
                    fn_name,
                    with_response: String::new(),
                    builder,
                    method: method.to_uppercase(),
                    path: path.clone(),
                    doc,
                    path_params,
                    query,
                    headers,
                    cookies,
                    body,
                    response,
                    security,
                    pagination: None,
                    deprecated: op.deprecated,
                    server_group: None,
                    rate_limits: own_limits,
                };
                if let Some(p) = self.read_ext::<ext::Pagination>(&op.extensions, &format!("{loc}.x-pagination")) {
                    operation.pagination = self.pagination(&p, &operation, &loc);
                } else {
                    operation.pagination = self.infer_pagination(&operation, &loc);
                }
                out.push(operation);
            }
        }
        // After every operation's own name, so none is renamed for another's `_with_response`.
        for op in out.iter_mut().filter(|o| !o.has_optional() && o.pagination.is_none()) {
            op.with_response = fn_ns.claim(&format!("{}_with_response", unraw(&op.fn_name)));
        }
        out
    }

    /// The style a parameter is sent in: the spec's, when the location defines it, else the
    /// location's default (with a warning naming the parameter).
    fn param_style(&mut self, p: &Parameter, ty: &Ty, loc: &str) -> String {
        use openapiv3::{CookieStyle, HeaderStyle, PathStyle, QueryStyle};
        let style = match p {
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => "form",
                QueryStyle::SpaceDelimited => "spaceDelimited",
                QueryStyle::PipeDelimited => "pipeDelimited",
                QueryStyle::DeepObject => "deepObject",
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => "simple",
                PathStyle::Label => "label",
                PathStyle::Matrix => "matrix",
            },
            Parameter::Header { style: HeaderStyle::Simple, .. } => "simple",
            Parameter::Cookie { style: CookieStyle::Form, .. } => "form",
        };
        let object = match ty {
            Ty::Map(_) | Ty::Value => true,
            Ty::Named(n) => {
                matches!(self.types.get(n).map(|d| &d.kind), Some(TypeKind::Struct { .. } | TypeKind::Untagged { .. }))
            }
            _ => false,
        };
        if style == "deepObject" && !object {
            self.warn(loc, "`deepObject` style is defined for objects only; this value is sent in `form` style");
            return "form".into();
        }
        style.into()
    }

    fn body(&mut self, rb: &RequestBody, hint: &str, loc: &str) -> Option<Body> {
        let (media, mt) = body_media(rb)?;
        let kind = if is_json(media) {
            BodyKind::Json
        } else if media.starts_with("application/x-www-form-urlencoded") {
            BodyKind::Form
        } else if media.to_ascii_lowercase().starts_with("multipart/form-data") {
            return self.multipart_body(media, mt, rb.required, hint, loc);
        } else if is_binary(media, mt) {
            // A wildcard (`image/*`) names no type to send: the generic one.
            let sent = if media.contains('*') { "application/octet-stream" } else { media.as_str() };
            return Some(Body {
                kind: BodyKind::Binary,
                media: sent.to_string(),
                ty: Ty::Value,
                required: rb.required,
            });
        } else {
            self.warn(loc, format!("request body media type `{media}` is not supported; sent as JSON"));
            BodyKind::Json
        };
        let ty = match &mt.schema {
            Some(s) => self.ty_for_ref_or(s, hint, loc),
            None => Ty::Value,
        };
        Some(Body { kind, media: media.clone(), ty, required: rb.required })
    }

    fn success_response(&mut self, op: &openapiv3::Operation, hint: &str, loc: &str) -> ResponseKind {
        let mut candidates: Vec<(&StatusCode, &ReferenceOr<Response>)> =
            op.responses.responses.iter().filter(|(c, _)| is_success(c)).collect();
        candidates.sort_by_key(|(c, _)| match c {
            StatusCode::Code(n) => *n,
            StatusCode::Range(_) => 299,
        });
        // No 2xx response: `default` describes every answer, success included.
        let first = candidates.first().map(|(_, r)| *r).or(op.responses.default.as_ref());
        let schema_of = |r: &ReferenceOr<Response>| self.response(r).and_then(|r| json_schema(&r.content)).cloned();
        if let Some((code, _)) = candidates.first() {
            let other: Vec<String> = candidates[1..]
                .iter()
                .filter(|(_, r)| {
                    schema_of(r).is_some() && schema_of(r) != candidates.first().and_then(|(_, r)| schema_of(r))
                })
                .map(|(c, _)| status_label(c))
                .collect();
            if !other.is_empty() {
                self.warn(
                    format!("{loc}.responses"),
                    format!(
                        "success responses {} have another body than {}: decoded as the {} body (use `send_raw` for the others)",
                        other.join(", "),
                        status_label(code),
                        status_label(code)
                    ),
                );
            }
        }
        let Some(r) = first else {
            return ResponseKind::Json(Ty::Value);
        };
        let Some(resp) = self.response(r) else {
            self.warn(loc, "unresolvable response $ref; typed as serde_json::Value");
            return ResponseKind::Json(Ty::Value);
        };
        if resp.content.is_empty() {
            return ResponseKind::Unit;
        }
        if let Some((_, mt)) = resp.content.iter().find(|(m, _)| is_json(m)) {
            return match &mt.schema {
                Some(s) => ResponseKind::Json(self.ty_for_ref_or(s, hint, &format!("{loc}.responses"))),
                None => ResponseKind::Json(Ty::Value),
            };
        }
        if resp.content.keys().any(|m| m.starts_with("text/")) {
            return ResponseKind::Text;
        }
        if resp.content.iter().any(|(m, mt)| is_binary(m, mt)) {
            return ResponseKind::Bytes;
        }
        let media: Vec<&str> = resp.content.keys().map(String::as_str).collect();
        self.warn(loc, format!("response media type `{}` is not supported; returned as text", media.join("`, `")));
        ResponseKind::Text
    }

    fn security(&mut self, op: &openapiv3::Operation, auth: &[AuthScheme], loc: &str) -> Vec<Vec<String>> {
        let reqs = op.security.as_ref().or(self.spec.security.as_ref());
        let Some(reqs) = reqs else {
            // No requirement anywhere: use whatever credentials were given (one scheme APIs
            // often forget the top-level `security`).
            return if auth.is_empty() {
                vec![]
            } else {
                let mut alts: Vec<Vec<String>> = auth.iter().map(|a| vec![a.variant.clone()]).collect();
                alts.push(vec![]);
                alts
            };
        };
        let mut out = Vec::new();
        for req in reqs {
            let mut alt = Vec::new();
            for name in req.keys() {
                match auth.iter().find(|a| &a.key == name) {
                    Some(a) => alt.push(a.variant.clone()),
                    None => self.warn(loc, format!("security scheme `{name}` is not defined; ignored")),
                }
            }
            out.push(alt);
        }
        if out.iter().all(Vec::is_empty) {
            return vec![];
        }
        out
    }

    /// The stream a paginated operation gets: the contract's plan, and the item type it yields.
    fn pagination(&mut self, p: &ext::Pagination, o: &Operation, loc: &str) -> Option<Pagination> {
        let loc = format!("{loc}.x-pagination");
        let plan = match p.plan() {
            Ok(plan) => plan,
            Err(message) => {
                self.warn(&loc, message);
                return None;
            }
        };
        let ResponseKind::Json(resp_ty) = &o.response else {
            self.warn(&loc, "paginated operation without a JSON response; no stream generated");
            return None;
        };
        let items = plan.items;
        let item_ty = self.item_ty(resp_ty, &items).unwrap_or_else(|| {
            self.warn(
                &loc,
                format!("cannot find the item array `{items}` in the response type; items typed as serde_json::Value"),
            );
            Ty::Value
        });
        Some(Pagination {
            style: plan.style.as_str().to_owned(),
            items,
            param: plan.param,
            next_cursor: plan.next_cursor,
            cursor_field: plan.cursor_field,
            size_param: plan.size_param,
            has_more: plan.has_more,
            total_pages: plan.total_pages,
            total_count: plan.total_count,
            default_size: plan.default_size,
            next_url: plan.next_url,
            next_header: plan.next_header,
            total_header: plan.total_header,
            range_unit: plan.range_unit,
            next_range_header: plan.next_range_header,
            item_ty,
        })
    }

    /// Follows a dotted path through the generated types to the item type of an array.
    fn item_ty(&self, ty: &Ty, path: &str) -> Option<Ty> {
        let mut ty = ty.clone();
        for seg in path.split('.').filter(|s| !s.is_empty()) {
            ty = self.field_ty(&ty, seg)?;
        }
        match ty {
            Ty::Vec(inner) => Some(*inner),
            _ => None,
        }
    }

    fn field_ty(&self, ty: &Ty, wire: &str) -> Option<Ty> {
        let Ty::Named(n) = ty else { return None };
        match &self.types.get(n)?.kind {
            TypeKind::Struct { fields, .. } => fields.iter().find(|f| f.wire == wire).map(|f| f.ty.clone()),
            TypeKind::Alias(t) => self.field_ty(t, wire),
            _ => None,
        }
    }
}

fn integer_ty(f: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Ty {
    match f {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ty::I32,
        _ => Ty::I64,
    }
}

/// A schema that constrains nothing: only annotations (`description`, `title`, `example`...).
fn is_annotation(s: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = s else { return false };
    match &s.schema_kind {
        SchemaKind::Any(a) => {
            a.typ.is_none()
                && a.properties.is_empty()
                && a.required.is_empty()
                && a.additional_properties.is_none()
                && a.items.is_none()
                && a.enumeration.is_empty()
                && a.all_of.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.not.is_none()
                && a.format.is_none()
                && !s.schema_data.nullable
        }
        _ => false,
    }
}

/// All `oneOf` (else `anyOf`) members of a schema; none when it is an `allOf` composition.
fn alternatives_of(s: &Schema) -> &[ReferenceOr<Schema>] {
    match &s.schema_kind {
        SchemaKind::OneOf { one_of } => one_of,
        SchemaKind::AnyOf { any_of } => any_of,
        SchemaKind::Any(a) if a.all_of.is_empty() && !a.one_of.is_empty() => &a.one_of,
        SchemaKind::Any(a) if a.all_of.is_empty() => &a.any_of,
        _ => &[],
    }
}

/// The responses of an operation that describe failures, with their status (`None`:
/// `default`): every non-2xx status, and `default` unless it is the only description of success.
fn error_responses(op: &openapiv3::Operation) -> impl Iterator<Item = (Option<&StatusCode>, &ReferenceOr<Response>)> {
    let default = op.responses.default.iter().filter(move |_| !default_is_success(op)).map(|r| (None, r));
    op.responses.responses.iter().filter(|(c, _)| !is_success(c)).map(|(c, r)| (Some(c), r)).chain(default)
}

/// `404`, or `4XX` for a range.
fn status_label(c: &StatusCode) -> String {
    match c {
        StatusCode::Code(n) => n.to_string(),
        StatusCode::Range(n) => format!("{n}XX"),
    }
}

fn is_success(c: &StatusCode) -> bool {
    match c {
        StatusCode::Code(n) => (200..300).contains(n),
        StatusCode::Range(n) => *n == 2,
    }
}

/// An operation without any 2xx response: its `default` response is the success response.
fn default_is_success(op: &openapiv3::Operation) -> bool {
    !op.responses.responses.keys().any(is_success)
}

fn is_json(media: &str) -> bool {
    let m = media.to_ascii_lowercase();
    m.starts_with("application/json") || (m.contains("+json") || m.contains("/json")) || m == "*/*"
}

/// Raw bytes: a media type that is neither JSON, text, a form nor multipart, or a schema
/// `type: string, format: binary`.
fn is_binary(media: &str, mt: &openapiv3::MediaType) -> bool {
    let m = media.to_ascii_lowercase();
    let structured = is_json(&m)
        || m.starts_with("text/")
        || m.starts_with("multipart/")
        || m.starts_with("application/x-www-form-urlencoded")
        || m.ends_with("+xml")
        || m.ends_with("/xml");
    let binary_schema = matches!(&mt.schema, Some(ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::String(s)), .. }))
        if matches!(&s.format, VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)));
    !structured || (binary_schema && !is_json(&m) && !m.starts_with("multipart/"))
}

/// The media type of a request body the client sends: JSON, else a form, else the first.
fn body_media(rb: &RequestBody) -> Option<(&String, &openapiv3::MediaType)> {
    rb.content
        .iter()
        .find(|(m, _)| is_json(m))
        .or_else(|| rb.content.iter().find(|(m, _)| m.starts_with("application/x-www-form-urlencoded")))
        .or_else(|| rb.content.first())
}

fn json_schema(content: &IndexMap<String, openapiv3::MediaType>) -> Option<&ReferenceOr<Schema>> {
    content.iter().find(|(m, _)| is_json(m)).and_then(|(_, mt)| mt.schema.as_ref())
}

/// A name for a server from its host: `https://api.billing.example.com/v1` -> `api billing
/// example` (the top-level domain and `{variable}` labels left out); `None` for a relative URL.
fn host_name(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && !l.contains(['{', '}'])).collect();
    if labels.len() > 1 && labels.last().is_some_and(|l| l.bytes().all(|b| b.is_ascii_alphabetic())) {
        labels.pop();
    }
    let name = labels.join(" ");
    name.bytes().any(|b| b.is_ascii_alphabetic()).then_some(name)
}

/// `{name}` placeholders of a path template, in order.
pub fn placeholders(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    out
}
