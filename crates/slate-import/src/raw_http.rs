//! Evidence: a raw HTTP request sample (`POST https://api.example.com/token` or `GET /x
//! HTTP/1.1`, then header lines, a blank line and a body), read into the same [`CurlCall`] a
//! curl sample gives, so that it counts as a request sample and not as a declared request line.

use crate::curl::{CurlCall, DataKind};
use crate::request_line::declared_lines;

/// The raw HTTP request in `text`: a request line, then at least one header line or a body.
/// A block of request lines alone is not a sample (it declares endpoints).
pub(crate) fn raw_request(text: &str) -> Option<CurlCall> {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next()?;
    let declared = declared_lines(first).into_iter().next()?;
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body = String::new();
    let mut in_body = false;
    for line in lines {
        if in_body {
            body.push_str(line);
            body.push('\n');
        } else if line.trim().is_empty() {
            in_body = true;
        } else if let Some((name, value)) = line.split_once(':').filter(|(n, _)| is_header_name(n)) {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        } else {
            // Not a header: another request line, or prose pasted in the block.
            return None;
        }
    }
    let body = body.trim();
    if headers.is_empty() && body.is_empty() {
        return None;
    }
    // A `Host` header with a path makes the URL the sample calls.
    let host = headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("host")).map(|(_, v)| v.clone());
    let url = match host {
        Some(host) if declared.url.starts_with('/') => format!("https://{host}{}", declared.url),
        _ => declared.url.clone(),
    };
    Some(CurlCall {
        line: 0,
        explicit_method: Some(declared.method.clone()),
        method: declared.method,
        url,
        headers,
        user: None,
        data: if body.is_empty() { vec![] } else { vec![(DataKind::Raw, body.to_owned())] },
        get: false,
    })
}

/// `Content-Type`, `X-Api-Key`: a token of letters, digits and dashes.
fn is_header_name(name: &str) -> bool {
    let n = name.trim();
    !n.is_empty() && n == name.trim_end() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_request_is_a_sample_with_headers_and_body() {
        let call = raw_request(
            "POST https://api-sandbox.example.com/token\nAuthorization: Basic abc=\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials\n",
        )
        .expect("a raw request");
        assert_eq!((call.method.as_str(), call.url.as_str()), ("POST", "https://api-sandbox.example.com/token"));
        assert_eq!(call.headers.len(), 2);
        assert_eq!(call.data, vec![(DataKind::Raw, "grant_type=client_credentials".to_owned())]);
    }

    #[test]
    fn the_host_header_completes_a_path_and_bare_lines_are_not_samples() {
        let call =
            raw_request("GET /v1/items HTTP/1.1\nHost: api.example.com\nAccept: application/json\n").expect("sample");
        assert_eq!(call.url, "https://api.example.com/v1/items");
        assert!(raw_request("POST /api/v3/order\n").is_none(), "a lone request line declares");
        assert!(raw_request("GET /a\nGET /b\n").is_none(), "a list of request lines declares");
    }
}
