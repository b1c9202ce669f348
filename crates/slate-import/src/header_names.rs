//! How samples and prose name headers: the usual spelling of a header name, a header whose name
//! says it carries a credential, and a sample value that stands for one (a placeholder).

use crate::paths;

/// Whether a sample value is a placeholder for a credential (`$TOKEN`, `<key>`, `{secret}`,
/// `YOUR_API_KEY`) rather than a literal value.
pub(crate) fn placeholder_value(v: &str) -> bool {
    let v = v.trim();
    v.is_empty()
        || v.contains('$')
        || v.contains('<')
        || v.contains('{')
        || paths::is_placeholder_token(v.trim_end_matches(':'))
        || v.to_ascii_lowercase().contains("key")
        || v.to_ascii_lowercase().contains("secret")
        || v.to_ascii_lowercase().contains("token")
}

/// A header whose name says it carries a credential (`X-Api-Key`, `X-Auth-Token`,
/// `Client-Secret`), whatever sample value the docs put in it. `Idempotency-Key` is not one.
pub(crate) fn credential_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace('_', "-");
    !n.contains("idempotency")
        && !crate::vocabulary::NOT_CREDENTIAL_HEADERS.contains(&n.as_str())
        && crate::vocabulary::CREDENTIAL_HEADER_WORDS.iter().any(|w| n.contains(w))
}

/// A header name in its usual spelling: `content-type` -> `Content-Type`.
pub(crate) fn canonical_header(name: &str) -> String {
    name.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}
