//! Read: the security schemes an "Authentication" section lists one by one, as docs generated
//! from an OpenAPI spec write them (`HTTP Authentication, scheme: bearer`, `API Key (name)` with
//! `Parameter Name: X-Api-Key, in: header.`, `oAuth2 authentication.` with its `Flow:` and
//! URLs). Such a list is the docs' own statement of every scheme, so it replaces what the
//! samples suggest.

use crate::blocks::Outline;
use crate::conventions::{Auth, Flow, OAuth2};
use crate::diag::Pos;
use crate::regex_cell::re;
use regex::Regex;
use std::sync::OnceLock;

/// The schemes a listing states, in its order, and the OAuth 2 flows it describes.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Listed {
    /// The schemes other than OAuth 2.
    pub schemes: Vec<Auth>,
    /// OAuth 2, when listed.
    pub oauth2: Option<OAuth2>,
    /// Where the listing is.
    pub pos: Option<Pos>,
}

/// The scheme listing of the first section that has one.
pub(crate) fn listed(outline: &Outline, intro: &[usize]) -> Option<Listed> {
    static HTTP: OnceLock<Regex> = OnceLock::new();
    static KEY: OnceLock<Regex> = OnceLock::new();
    static FLOW: OnceLock<Regex> = OnceLock::new();
    static URL: OnceLock<Regex> = OnceLock::new();
    let http = re(&HTTP, r"^\s*HTTP Authentication, scheme: ([A-Za-z]+)");
    let key = re(&KEY, r"^\s*Parameter Name: `?([^`,\s]+)`?, in: (header|query|cookie)\b");
    let flow = re(&FLOW, r"^\s*Flow: ([A-Za-z]+)");
    let url = re(&URL, r"^\s*(Authorization|Token|Refresh) URL = \[?(https?://[^\s\]\)]+)");
    for &i in intro {
        let section = &outline.sections[i];
        let text = crate::section_text::section_text(outline, i);
        let mut out = Listed { pos: Some(section.pos.clone()), ..Listed::default() };
        // The flow being read: its name and URLs.
        let mut flows: Vec<(String, Option<String>, Option<String>)> = Vec::new();
        let mut oauth = false;
        for line in text.lines() {
            if let Some(c) = http.captures(line) {
                match c[1].to_ascii_lowercase().as_str() {
                    "bearer" => out.schemes.push(Auth::Bearer),
                    "basic" => out.schemes.push(Auth::Basic { token_as_username: false }),
                    _ => {}
                }
            } else if let Some(c) = key.captures(line) {
                let name = c[1].to_owned();
                out.schemes.push(match &c[2] {
                    "query" => Auth::QueryKey { name },
                    "cookie" => Auth::CookieKey { name },
                    _ => Auth::HeaderKey { name },
                });
            } else if line.trim_start().starts_with("oAuth2 authentication") {
                oauth = true;
            } else if let Some(c) = flow.captures(line).filter(|_| oauth) {
                flows.push((c[1].to_owned(), None, None));
            } else if let Some(c) = url.captures(line) {
                if let Some(last) = flows.last_mut() {
                    match &c[1] {
                        "Authorization" => last.1 = Some(c[2].to_owned()),
                        "Token" => last.2 = Some(c[2].to_owned()),
                        _ => {}
                    }
                }
            }
        }
        let flows: Vec<Flow> = flows
            .into_iter()
            .filter_map(|(name, authorize, token)| match name.as_str() {
                "clientCredentials" => token.map(|token_url| Flow::ClientCredentials { token_url }),
                "authorizationCode" => {
                    Some(Flow::AuthorizationCode { authorization_url: authorize?, token_url: token? })
                }
                "implicit" => authorize.map(|authorization_url| Flow::Implicit { authorization_url }),
                "password" => token.map(|token_url| Flow::Password { token_url }),
                _ => None,
            })
            .collect();
        if !flows.is_empty() {
            out.oauth2 = Some(OAuth2 { flows, pos: section.pos.clone() });
        }
        if !out.schemes.is_empty() || out.oauth2.is_some() {
            return Some(out);
        }
    }
    None
}

/// Puts a listing in place of what the samples suggest: its first scheme is the primary
/// (OAuth 2 where listed, whose tokens are sent as bearer), each other one an alternative.
pub(crate) fn apply(listed: Listed, c: &mut crate::conventions::Conventions) {
    let mut schemes = listed.schemes.into_iter();
    c.auth_together.clear();
    if listed.oauth2.is_some() {
        c.auth = None;
        c.oauth2 = listed.oauth2;
    } else {
        c.auth = schemes.next();
    }
    c.auth_pos = listed.pos;
    c.auth_alternatives = schemes.map(|a| vec![a]).collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docset::{DocSet, Page, PageRole};

    #[test]
    fn a_generated_listing_of_every_kind() {
        let text = "# Authentication\n\n- HTTP Authentication, scheme: bearer \n\n- HTTP Authentication, scheme: basic Your name and password.\n\n* API Key (headerKey)\n    - Parameter Name: **X-Api-Key**, in: header. \n\n* API Key (queryKey)\n    - Parameter Name: **api_key**, in: query. \n\n* API Key (cookieKey)\n    - Parameter Name: **session**, in: cookie. \n\n- oAuth2 authentication. \n\n    - Flow: implicit\n\n    - Authorization URL = [https://auth.widgets.test/authorize](https://auth.widgets.test/authorize)\n\n    - Flow: clientCredentials\n\n    - Token URL = [https://auth.widgets.test/token](https://auth.widgets.test/token)\n\n|Scope|Scope Description|\n|---|---|\n|read|Read your data|\n";
        let outline = crate::blocks::outline(&DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "p.md".into(), text: text.into(), body_start: 0, role: PageRole::Index }],
        });
        let got = listed(&outline, &[0]).expect("a listing");
        assert_eq!(
            got.schemes,
            vec![
                Auth::Bearer,
                Auth::Basic { token_as_username: false },
                Auth::HeaderKey { name: "X-Api-Key".into() },
                Auth::QueryKey { name: "api_key".into() },
                Auth::CookieKey { name: "session".into() },
            ]
        );
        assert_eq!(
            got.oauth2.map(|o| o.flows),
            Some(vec![
                Flow::Implicit { authorization_url: "https://auth.widgets.test/authorize".into() },
                Flow::ClientCredentials { token_url: "https://auth.widgets.test/token".into() },
            ])
        );
    }
}
