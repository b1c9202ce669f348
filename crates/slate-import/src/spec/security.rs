//! Servers and security schemes of the document, from the conventions.

use crate::conventions::{Auth, Conventions};
use crate::diag::Pos;
use indexmap::IndexMap;
use openapi_ext::{self as ext, Extension};
use openapiv3 as oa;

pub(crate) fn server(s: &crate::conventions::Server) -> oa::Server {
    oa::Server {
        url: s.url.clone(),
        description: s.description.clone(),
        variables: (!s.variables.is_empty()).then(|| {
            s.variables
                .iter()
                .map(|(n, d, desc)| {
                    (
                        n.clone(),
                        oa::ServerVariable {
                            default: d.clone(),
                            description: Some(desc.clone()),
                            enumeration: vec![],
                            extensions: Default::default(),
                        },
                    )
                })
                .collect()
        }),
        extensions: Default::default(),
    }
}

/// The security schemes and the requirements (alternatives, each a set of schemes sent
/// together): the scheme the samples use first, or the OAuth 2 scheme that issues its bearer
/// token, then the other ways the samples authenticate.
pub(super) fn security(conv: &Conventions) -> (Vec<(String, oa::SecurityScheme)>, Vec<oa::SecurityRequirement>) {
    let mut schemes: Vec<(String, oa::SecurityScheme)> = Vec::new();
    let mut requirements: Vec<oa::SecurityRequirement> = Vec::new();
    let oauth = conv.oauth2.as_ref().filter(|_| matches!(conv.auth, None | Some(Auth::Bearer)));
    let primary = match (oauth, &conv.openid_connect) {
        (Some(o), _) => Some(("oauth2".to_owned(), oauth2_scheme(o))),
        (None, Some((url, pos))) if conv.auth.is_none() => Some((
            "openIdConnect".to_owned(),
            oa::SecurityScheme::OpenIDConnect {
                open_id_connect_url: url.clone(),
                description: Some(format!("As documented at {pos}.")),
                extensions: Default::default(),
            },
        )),
        _ => conv.auth.as_ref().map(|a| scheme_of(a, conv.auth_pos.as_ref())),
    };
    if let Some((name, scheme)) = primary {
        let mut first = IndexMap::from([(name.clone(), vec![])]);
        schemes.push((name, scheme));
        // Keys the samples send with it (a key header and its passphrase): one requirement.
        for a in &conv.auth_together {
            first.insert(register(&mut schemes, a), vec![]);
        }
        requirements.push(first);
    }
    for set in &conv.auth_alternatives {
        let mut requirement = IndexMap::new();
        for a in set {
            requirement.insert(register(&mut schemes, a), vec![]);
        }
        if !requirements.contains(&requirement) {
            requirements.push(requirement);
        }
    }
    (schemes, requirements)
}

/// The name of the scheme for `a` beside the first one, added to `schemes` unless an equal
/// scheme is there: a key is named after itself (`consumer_key`).
pub(super) fn register(schemes: &mut Vec<(String, oa::SecurityScheme)>, a: &Auth) -> String {
    let (mut name, scheme) = scheme_of(a, None);
    if let Auth::HeaderKey { name: key } | Auth::QueryKey { name: key } | Auth::CookieKey { name: key } = a {
        name = key.clone();
    }
    if let Some((existing, _)) = schemes.iter().find(|(_, s)| *s == scheme) {
        return existing.clone();
    }
    if schemes.iter().any(|(n, _)| *n == name) {
        name = (2..).map(|i| format!("{name}{i}")).find(|n| schemes.iter().all(|(m, _)| m != n)).unwrap_or(name);
    }
    schemes.push((name.clone(), scheme));
    name
}

/// The OAuth 2 scheme of the flows the docs describe.
pub(super) fn oauth2_scheme(o: &crate::credentials::OAuth2) -> oa::SecurityScheme {
    use crate::credentials::Flow;
    let mut flows = oa::OAuth2Flows::default();
    for flow in &o.flows {
        match flow {
            Flow::ClientCredentials { token_url } => {
                flows.client_credentials = Some(oa::ClientCredentialsOAuth2Flow {
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::Implicit { authorization_url } => {
                flows.implicit = Some(oa::ImplicitOAuth2Flow {
                    authorization_url: authorization_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::Password { token_url } => {
                flows.password = Some(oa::PasswordOAuth2Flow {
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::AuthorizationCode { authorization_url, token_url } => {
                flows.authorization_code = Some(oa::AuthorizationCodeOAuth2Flow {
                    authorization_url: authorization_url.clone(),
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
        }
    }
    oa::SecurityScheme::OAuth2 {
        flows,
        description: Some(format!(
            "As documented at {}. Requests send the access token as `Authorization: Bearer <token>`.",
            o.pos
        )),
        extensions: Default::default(),
    }
}

/// The scheme of one way to authenticate, with its conventional name.
pub(super) fn scheme_of(auth: &Auth, pos: Option<&Pos>) -> (String, oa::SecurityScheme) {
    let desc = pos.map(|p| format!("As documented at {p}."));
    match auth {
        Auth::HeaderKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Header,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::QueryKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Query,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::CookieKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Cookie,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::Bearer => (
            "bearerAuth".into(),
            oa::SecurityScheme::HTTP {
                scheme: "bearer".into(),
                bearer_format: None,
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::Basic { token_as_username } => {
            let mut extensions = IndexMap::new();
            if *token_as_username {
                ext::TokenAs::Username.write(&mut extensions);
            }
            (
                "basicAuth".into(),
                oa::SecurityScheme::HTTP { scheme: "basic".into(), bearer_format: None, description: desc, extensions },
            )
        }
    }
}
