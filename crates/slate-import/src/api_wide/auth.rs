//! The first authentication scheme the docs show: in an auth section's samples, then in any
//! sample, then in an auth section's prose (`Header-Name: value`, `?param=VALUE`).

use crate::blocks::Outline;
use crate::conventions::Auth;
use crate::curl::split_url;
use crate::diag::Pos;
use crate::evidence::SectionEvidence;
use crate::header_names::{credential_header, placeholder_value};
use crate::regex_cell::re;
use crate::section_text::section_text;
use regex::Regex;
use std::sync::OnceLock;

/// The scheme and where it was read.
pub(super) fn auth(outline: &Outline, evidence: &[SectionEvidence], intro: &[usize]) -> (Option<Auth>, Option<Pos>) {
    // Prefer sections about authentication; then every curl call.
    let auth_sections: Vec<usize> = intro
        .iter()
        .copied()
        .filter(|i| {
            let t = outline.sections[*i].title.to_ascii_lowercase();
            t.contains("auth") || t.contains("api key") || t.contains("credential")
        })
        .collect();
    let all: Vec<usize> = (0..evidence.len()).collect();
    for set in [&auth_sections, &all] {
        for &i in set {
            for (call, pos) in evidence[i].curls.iter().filter(|(c, _)| !crate::credentials::is_token_request(c)) {
                if let Some(user) = &call.user {
                    let token_as_username = user.ends_with(':') || !user.contains(':');
                    return (Some(Auth::Basic { token_as_username }), Some(pos.clone()));
                }
                for (k, v) in &call.headers {
                    if k.eq_ignore_ascii_case("content-type")
                        || k.eq_ignore_ascii_case("accept")
                        || k.eq_ignore_ascii_case("cookie")
                        || !placeholder_value(v) && !credential_header(k)
                    {
                        continue;
                    }
                    if k.eq_ignore_ascii_case("authorization") {
                        let lower = v.to_ascii_lowercase();
                        let a = if lower.starts_with("bearer ") {
                            Auth::Bearer
                        } else if lower.starts_with("basic ") {
                            Auth::Basic { token_as_username: false }
                        } else {
                            Auth::HeaderKey { name: "Authorization".into() }
                        };
                        return (Some(a), Some(pos.clone()));
                    }
                    return (Some(Auth::HeaderKey { name: k.clone() }), Some(pos.clone()));
                }
                for (k, v) in split_url(&call.url).query {
                    let lk = k.to_ascii_lowercase();
                    if (lk.contains("key") || lk.contains("token") || lk.contains("secret"))
                        && placeholder_value(&format!("{v} {k}"))
                    {
                        return (Some(Auth::QueryKey { name: k }), Some(pos.clone()));
                    }
                }
            }
        }
        // Prose in auth sections: `Header-Name: value` in a code span, or `?param=VALUE`.
        if std::ptr::eq(set, &auth_sections) {
            static HDR: OnceLock<Regex> = OnceLock::new();
            static QRY: OnceLock<Regex> = OnceLock::new();
            for &i in set {
                let text = section_text(outline, i);
                if let Some(c) =
                    re(&QRY, r"`\??[^`\s]*[?&]([A-Za-z_]*(?:key|token|secret)[A-Za-z_]*)=([^`&\s]+)`").captures(&text)
                {
                    return (Some(Auth::QueryKey { name: c[1].to_owned() }), Some(outline.sections[i].pos.clone()));
                }
                if let Some(c) = re(&HDR, r"`([A-Za-z][A-Za-z0-9-]+):\s*([^`]+)`").captures(&text) {
                    let name = c[1].to_owned();
                    if !name.eq_ignore_ascii_case("content-type") && placeholder_value(&c[2])
                        || name.eq_ignore_ascii_case("authorization")
                    {
                        // `Authorization: Bearer {token}` names its scheme.
                        let value = c[2].trim().to_ascii_lowercase();
                        let authorization = name.eq_ignore_ascii_case("authorization");
                        let scheme = if authorization && value.starts_with("bearer ") {
                            Auth::Bearer
                        } else if authorization && value.starts_with("basic ") {
                            Auth::Basic { token_as_username: false }
                        } else {
                            Auth::HeaderKey { name }
                        };
                        return (Some(scheme), Some(outline.sections[i].pos.clone()));
                    }
                }
            }
        }
    }
    (None, None)
}
