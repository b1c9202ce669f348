//! Security schemes to credentials: one `Scheme` variant and one builder setter per scheme an
//! operation uses, the OAuth2 clientCredentials flow the client runs itself, and each
//! operation's alternatives of schemes.

use std::collections::BTreeMap;

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme};

use super::{AuthScheme, Builder, ClientCredentials, ClientModel, BUILDER_METHODS};
use crate::names::{camel_ident, snake_ident, unraw, Namespace};
use crate::Code;
use openapi_ext as ext;

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
pub(super) fn assign_setters(auth: &mut [AuthScheme]) -> Vec<String> {
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

impl<'a> Builder<'a> {
    pub(super) fn auth(&mut self) -> Vec<AuthScheme> {
        let Some(components) = &self.spec.components else {
            return vec![];
        };
        let mut variants = Namespace::new();
        let mut out = Vec::new();
        for (key, scheme) in &components.security_schemes {
            let loc = format!("components.securitySchemes.{key}");
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(Code::RefUnsupported, &loc, "referenced security schemes are not supported; ignored");
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
                                Code::SecurityApproximated,
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
                                Code::SecurityApproximated,
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
                        Code::SecurityApproximated,
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

    pub(super) fn security(&mut self, op: &openapiv3::Operation, auth: &[AuthScheme], loc: &str) -> Vec<Vec<String>> {
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
                    None => self.warn(
                        Code::SecurityUndefined,
                        loc,
                        format!("security scheme `{name}` is not defined; ignored"),
                    ),
                }
            }
            out.push(alt);
        }
        if out.iter().all(Vec::is_empty) {
            return vec![];
        }
        out
    }
}
