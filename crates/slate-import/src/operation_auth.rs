//! Decide: what one operation needs beyond the API's credentials. An operation the docs call
//! public needs none (`security: []`); headers its samples send that the docs name as
//! per-request headers (`Idempotency-Key`, `On-Behalf-Of`) are its header parameters.

use crate::curl::CurlCall;
use crate::diag::Pos;

/// Whether the operation's own prose says it needs no credentials ("This is a public
/// endpoint", "does not require authentication").
pub(crate) fn is_public(prose: &str) -> bool {
    let text = prose.to_ascii_lowercase();
    crate::vocabulary::PUBLIC_OPERATION_WORDS.iter().any(|w| text.contains(w))
}

/// The per-request headers the operation's samples send (name, sample value), in order, once
/// each: the ones a client must let the caller set on this call.
pub(crate) fn sample_headers(curls: &[(CurlCall, Pos)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (call, _) in curls {
        for (name, value) in &call.headers {
            let lower = name.to_ascii_lowercase();
            let listed = crate::vocabulary::PER_OPERATION_HEADERS.contains(&lower.as_str());
            if listed && !out.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                out.push((name.clone(), value.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curl::parse_curl_commands;

    fn samples(text: &str) -> Vec<(CurlCall, Pos)> {
        parse_curl_commands(text).into_iter().map(|c| (c, Pos::default())).collect()
    }

    #[test]
    fn public_operations_and_per_request_headers() {
        assert!(is_public("This is a public endpoint: it does not require authentication."));
        assert!(!is_public("Lists the widgets of your account."));
        let o = samples(
            "curl -X POST https://api.widgets.test/transfers -H 'Idempotency-Key: 19a8' -H 'On-Behalf-Of: usr_1' -H 'Accept: application/json'\n",
        );
        assert_eq!(
            sample_headers(&o),
            vec![("Idempotency-Key".to_owned(), "19a8".to_owned()), ("On-Behalf-Of".to_owned(), "usr_1".to_owned())]
        );
    }
}
