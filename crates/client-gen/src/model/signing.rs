//! `x-request-signing`: what the generated client documents of the signature the API expects
//! (the client does not compute it; the user's signer does).

use super::{Builder, RequestSigning};
use crate::Code;
use openapi_ext as ext;

/// What a client documents of `x-request-signing` (see docs/extensions.md).
pub(super) fn request_signing(b: &mut Builder<'_>, v: ext::RequestSigning) -> RequestSigning {
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
            b.warn(
                Code::ExtensionIgnored,
                ext::names::REQUEST_SIGNING,
                format!("unknown signature location `{}`", signing.location),
            );
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
