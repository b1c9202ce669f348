//! Decide: what the docs say about credentials beyond the first scheme their samples use
//! ([`crate::api_wide`] finds that one): other ways to authenticate (alternatives, each a
//! set of keys sent together), the OAuth 2 flows that issue a bearer token, and request
//! signing.

use crate::blocks::Outline;
use crate::conventions::Auth;
use crate::curl::{split_url, CurlCall};
use crate::diag::Pos;
use crate::evidence::SectionEvidence;
use crate::regex_cell::re;
use regex::Regex;
use std::sync::OnceLock;

/// The OAuth 2 and signing types, named here by the writer; they are part of the decided
/// [`Conventions`](crate::conventions::Conventions) value.
pub(crate) use crate::conventions::{Flow, OAuth2, Signing};

/// Whether a sample is an OAuth 2 token request (RFC 6749 `grant_type`): how credentials are
/// obtained, not how an operation is called.
pub(crate) fn is_token_request(call: &CurlCall) -> bool {
    call.data.iter().any(|(_, d)| d.contains("grant_type"))
}

/// The credentials one sample sends, in a stable order.
fn sent_by(call: &CurlCall) -> Vec<Auth> {
    let mut out = Vec::new();
    if let Some(user) = &call.user {
        out.push(Auth::Basic { token_as_username: user.ends_with(':') || !user.contains(':') });
    }
    for (k, v) in &call.headers {
        if k.eq_ignore_ascii_case("authorization") {
            let lower = v.to_ascii_lowercase();
            out.push(if lower.starts_with("bearer ") {
                Auth::Bearer
            } else if lower.starts_with("basic ") {
                Auth::Basic { token_as_username: false }
            } else {
                Auth::HeaderKey { name: "Authorization".into() }
            });
        } else if k.eq_ignore_ascii_case("cookie") {
            // A sample's cookies are often copied from a browser session (`request_method=GET;
            // _app_session=...`): a cookie is a credential where the prose names it ([`prose_keys`]).
            continue;
        } else if crate::header_names::credential_header(k) {
            out.push(Auth::HeaderKey { name: k.clone() });
        }
    }
    out.extend(query_keys(&call.url));
    out.dedup();
    out
}

/// The credentials a URL's query string carries (`?api_key=YOUR_KEY`).
fn query_keys(url: &str) -> Vec<Auth> {
    split_url(url)
        .query
        .into_iter()
        .filter(|(k, v)| {
            let lk = k.to_ascii_lowercase();
            ["key", "token", "secret"].iter().any(|w| lk.contains(w))
                && crate::header_names::placeholder_value(&format!("{v} {k}"))
        })
        .map(|(k, _)| Auth::QueryKey { name: k })
        .collect()
}

/// The other ways the samples authenticate, each the set of credentials one sample sends
/// together, in the order they first appear; never the primary alone again.
pub(crate) fn alternatives(evidence: &[SectionEvidence], primary: Option<&Auth>) -> Vec<Vec<Auth>> {
    let mut out: Vec<Vec<Auth>> = Vec::new();
    let samples = evidence.iter().flat_map(|e| e.curls.iter().map(|(c, _)| c)).filter(|c| !is_token_request(c));
    // Lone sample URLs (`https://api.example.com/v1/photos?consumer_key=KEY`) show query keys.
    let lone = evidence.iter().flat_map(|e| e.sample_urls.iter()).map(|(url, _)| query_keys(url));
    for set in samples.map(sent_by).chain(lone) {
        if set.is_empty() || primary.is_some_and(|p| set.contains(p)) || out.contains(&set) {
            continue;
        }
        out.push(set);
    }
    out
}

/// A way to build the credential a sentence names, and the words its name must contain.
type Place = (fn(String) -> Auth, &'static [&'static str]);

/// Where a sentence about credentials says a named key goes, and what a credential's name
/// there contains.
fn prose_location(sentence: &str) -> Option<Place> {
    use crate::vocabulary::{COOKIE_PLACE_WORDS, CREDENTIAL_COOKIE_WORDS, CREDENTIAL_PARAM_WORDS, QUERY_PLACE_WORDS};
    let lower = sentence.to_ascii_lowercase();
    let said = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if said(COOKIE_PLACE_WORDS) {
        Some((|name| Auth::CookieKey { name }, CREDENTIAL_COOKIE_WORDS))
    } else if said(QUERY_PLACE_WORDS) {
        Some((|name| Auth::QueryKey { name }, CREDENTIAL_PARAM_WORDS))
    } else {
        None
    }
}

/// The keys that sections about authentication describe in prose only: "the **consumer_key**
/// parameter should be specified in the query string", "a cookie `session_id` ... which you can
/// use for authentication". Each is a credential the samples may never show.
pub(crate) fn prose_keys(outline: &Outline, intro: &[usize]) -> Vec<(Auth, Pos)> {
    static NAME: OnceLock<Regex> = OnceLock::new();
    // A code span, or an identifier that cannot be an English word (`consumer_key`, `__Host-sid`).
    let name = re(&NAME, r"`([A-Za-z_][A-Za-z0-9_.-]*)`|\b(_*[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+)\b");
    let mut out: Vec<(Auth, Pos)> = Vec::new();
    for &i in intro {
        let section = &outline.sections[i];
        let title = section.title.to_ascii_lowercase();
        if !crate::vocabulary::AUTH_TITLE_WORDS.iter().any(|w| title.contains(w)) {
            continue;
        }
        // Prose only: code shows a library's options (`'query_string_auth' => true`), not the API's keys.
        let text: String = section
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                crate::blocks::BlockKind::Paragraph(t) | crate::blocks::BlockKind::Html(t) => Some(format!("{t}\n")),
                crate::blocks::BlockKind::List(items) => Some(items.join("\n") + "\n"),
                _ => None,
            })
            .collect();
        for sentence in text.split_inclusive(['.', '\n']).filter(|s| !s.contains("://")) {
            let Some((make, name_words)) = prose_location(sentence) else { continue };
            let lower = sentence.to_ascii_lowercase();
            // The sentence is about authenticating, not about some other parameter.
            if !crate::vocabulary::CREDENTIAL_SENTENCE_WORDS.iter().any(|w| lower.contains(w)) {
                continue;
            }
            let found = name.captures_iter(sentence).find_map(|c| {
                let n = c.get(1).or(c.get(2))?.as_str();
                let ln = n.to_ascii_lowercase();
                name_words.iter().any(|w| ln.contains(w)).then(|| n.to_owned())
            });
            if let Some(n) = found {
                let auth = make(n);
                if !out.iter().any(|(a, _)| *a == auth) {
                    out.push((auth, section.pos.clone()));
                }
            }
        }
    }
    out
}

/// Adds the keys described in prose only ([`prose_keys`]) in any section about authentication
/// (also one that documents an operation, such as the login that sets a session cookie): the
/// first is the scheme when the samples show none, the others are alternatives (each sent alone).
pub(crate) fn add_prose_keys(outline: &Outline, c: &mut crate::conventions::Conventions) {
    let every: Vec<usize> = (0..outline.sections.len()).collect();
    for (auth, pos) in prose_keys(outline, &every) {
        let known = c.auth.as_ref() == Some(&auth) || c.auth_alternatives.iter().any(|set| set.contains(&auth));
        if known {
            continue;
        }
        if c.auth.is_none() {
            c.auth = Some(auth);
            c.auth_pos = Some(pos);
        } else {
            c.auth_alternatives.push(vec![auth]);
        }
    }
}

/// The OpenID Connect discovery document (`.../.well-known/openid-configuration`) of docs that
/// say they use OpenID Connect: the production one where the docs list several environments.
pub(crate) fn openid_connect(outline: &Outline, intro: &[usize]) -> Option<(String, Pos)> {
    let said = intro.iter().any(|&i| {
        let text = format!("{} {}", outline.sections[i].title, crate::section_text::section_text(outline, i));
        text.to_ascii_lowercase().contains("openid connect")
    });
    if !said {
        return None;
    }
    let mut found: Vec<(String, Pos, crate::server_statements::Environment)> = Vec::new();
    for &i in intro {
        for st in crate::server_statements::stated(outline, i) {
            if st.url.contains("/.well-known/openid-configuration") {
                let env = crate::server_statements::environment(st.label.as_deref().unwrap_or(""));
                found.push((st.url, outline.sections[i].pos.clone(), env));
            }
        }
    }
    // Production first, then the docs' order.
    found.sort_by_key(|(_, _, env)| *env);
    found.into_iter().next().map(|(url, pos, _)| (url, pos))
}

/// The credentials the first sample that sends `primary` sends with it (a key header and its
/// passphrase header): all of them are required together.
pub(crate) fn together(evidence: &[SectionEvidence], primary: Option<&Auth>) -> Vec<Auth> {
    let Some(primary) = primary else { return Vec::new() };
    let mut samples = evidence.iter().flat_map(|e| e.curls.iter().map(|(c, _)| c)).filter(|c| !is_token_request(c));
    // The primary may be a header whose name says nothing (`X-Shop-Key: KEY`): found by name.
    let sends = |c: &CurlCall| match primary {
        Auth::HeaderKey { name } => c.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name)),
        _ => sent_by(c).contains(primary),
    };
    samples
        .find(|c| sends(c))
        .map(|c| sent_by(c).into_iter().filter(|a| a != primary && matches!(a, Auth::HeaderKey { .. })).collect())
        .unwrap_or_default()
}

/// The OAuth 2 flows a section about OAuth describes: the URLs it names (one to authorize at,
/// one to get tokens from) and the grant types it or the samples use.
pub(crate) fn oauth2(outline: &Outline, evidence: &[SectionEvidence], intro: &[usize]) -> Option<OAuth2> {
    let url = crate::server_statements::url_re();
    let grants: Vec<String> =
        evidence.iter().flat_map(|e| e.curls.iter()).flat_map(|(c, _)| c.data.iter().map(|(_, d)| d.clone())).collect();
    for &i in intro {
        let section = &outline.sections[i];
        // The section with its sub-sections: the URLs of one flow are often a few headings apart.
        let text = with_subsections(outline, i);
        let about = format!("{} {text}", section.title).to_ascii_lowercase();
        // OAuth 2 only: OAuth 1.0a signs requests with a consumer key instead (see [`signing`]).
        if !["oauth 2", "oauth2", "oauth 2.0"].iter().any(|w| about.contains(w)) {
            continue;
        }
        let urls: Vec<String> =
            url.find_iter(&text).map(|m| m.as_str().trim_end_matches(['.', ',', ':', ';']).to_owned()).collect();
        // Query strings and placeholders are the request's, not the endpoint's.
        let clean = |u: &String| u.split('?').next().unwrap_or(u).to_owned();
        let token = urls
            .iter()
            .find(|u| clean(u).to_ascii_lowercase().rsplit('/').next().is_some_and(|l| l.contains("token")))
            .map(clean);
        // The authorization endpoint says so in its path, or is an `auth.` host the user is sent to.
        let authorize = urls.iter().map(clean).filter(|u| Some(u) != token.as_ref()).find(|u| {
            let l = u.to_ascii_lowercase();
            l.contains("authoriz") || l.split("://").nth(1).is_some_and(|rest| rest.starts_with("auth."))
        });
        let said = |grant: &str| about.contains(grant) || grants.iter().any(|g| g.contains(grant));
        let mut flows = Vec::new();
        if let (Some(authorization_url), Some(token_url)) = (&authorize, &token) {
            if said("authorization_code") || said("authorization code") || !said("client_credentials") {
                flows.push(Flow::AuthorizationCode {
                    authorization_url: authorization_url.clone(),
                    token_url: token_url.clone(),
                });
            }
        }
        if let Some(token_url) = &token {
            if said("client_credentials") || said("client credentials") {
                flows.push(Flow::ClientCredentials { token_url: token_url.clone() });
            }
        }
        if !flows.is_empty() {
            return Some(OAuth2 { flows, pos: section.pos.clone() });
        }
    }
    None
}

/// The text of section `idx` and of every section under it.
fn with_subsections(outline: &Outline, idx: usize) -> String {
    let level = outline.sections[idx].level;
    let mut out = crate::section_text::section_text(outline, idx);
    for j in idx + 1..outline.sections.len() {
        let s = &outline.sections[j];
        if s.page != outline.sections[idx].page || s.level != 0 && s.level <= level {
            break;
        }
        out.push_str(&crate::section_text::section_text(outline, j));
    }
    out
}

/// Request signing: a section that speaks of a signature made with a named algorithm, and
/// where the samples put it.
pub(crate) fn signing(outline: &Outline, evidence: &[SectionEvidence], intro: &[usize]) -> Option<Signing> {
    static ALGORITHM: OnceLock<Regex> = OnceLock::new();
    let algorithm = re(&ALGORITHM, r"(?i)\b(HMAC[- ]?SHA-?(?:512|384|256|1)|RSA(?:-SHA256)?|Ed25519)\b");
    let (pos, name) = intro.iter().find_map(|&i| {
        let text = crate::section_text::section_text(outline, i);
        let lower = text.to_ascii_lowercase();
        let speaks = lower.contains("signature") || lower.contains("signed") || lower.contains("checksum");
        let found = algorithm.captures(&text).filter(|_| speaks)?;
        Some((outline.sections[i].pos.clone(), found[1].to_ascii_uppercase().replace(' ', "-")))
    })?;
    let signed = |name: &str| {
        let n = name.to_ascii_lowercase();
        n.contains("signature") || n == "sign" || n.contains("checksum")
    };
    let placement = evidence.iter().flat_map(|e| e.curls.iter()).find_map(|(call, _)| {
        let query = split_url(&call.url)
            .query
            .into_iter()
            .find(|(k, _)| signed(k))
            .map(|(k, _)| format!("query parameter `{k}`"));
        let header = call.headers.iter().find(|(k, _)| signed(k)).map(|(k, _)| format!("header `{k}`"));
        let body = call
            .data
            .iter()
            .find_map(|(_, d)| {
                d.split(['&', ' ']).map(|p| p.split('=').next().unwrap_or("")).find(|k| signed(k)).map(str::to_owned)
            })
            .map(|k| format!("body field `{k}`"));
        query.or(header).or(body)
    });
    Some(Signing { algorithm: name.replace("HMACSHA", "HMAC-SHA").replace("SHA-", "SHA"), placement, pos })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curl::parse_curl_commands;

    #[test]
    fn samples_show_the_alternatives_each_a_set_sent_together() {
        let calls = parse_curl_commands(
            "curl https://h.test/x -u ck_123:cs_456\ncurl 'https://h.test/x?consumer_key=ck_123&consumer_secret=cs_456'\ncurl https://h.test/y -u ck_1:cs_2\n",
        );
        let ev =
            SectionEvidence { curls: calls.into_iter().map(|c| (c, Pos::default())).collect(), ..Default::default() };
        let primary = Auth::Basic { token_as_username: false };
        let alts = alternatives(std::slice::from_ref(&ev), Some(&primary));
        assert_eq!(
            alts,
            vec![vec![
                Auth::QueryKey { name: "consumer_key".into() },
                Auth::QueryKey { name: "consumer_secret".into() }
            ]]
        );
    }
}
#[cfg(test)]
mod prose_tests {
    use super::*;
    use crate::docset::{DocSet, Page, PageRole};

    fn outline_of(text: &str) -> Outline {
        crate::blocks::outline(&DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "p.md".into(), text: text.into(), body_start: 0, role: PageRole::Index }],
        })
    }

    #[test]
    fn keys_described_in_prose_only() {
        let o = outline_of(
            "# Widgets\n\n## What authentication is required?\n\nIf your application does not authenticate the user, **app_key** containing a valid key should be specified in the query string.\n\n## Sessions\n\nThe login request sets a cookie `__Host-widget-session`, which you can use for authentication in all requests.\n\nThe `per_page` parameter goes in the query string.\n",
        );
        let keys: Vec<Auth> = prose_keys(&o, &[0, 1, 2]).into_iter().map(|(a, _)| a).collect();
        assert_eq!(
            keys,
            vec![Auth::QueryKey { name: "app_key".into() }, Auth::CookieKey { name: "__Host-widget-session".into() }]
        );
    }
}
