//! Evidence: a raw HTTP request sample (`POST https://api.example.com/token` or `GET /x
//! HTTP/1.1`, then header lines, a blank line and a body), read into the same [`CurlCall`] a
//! curl sample gives, so that it counts as a request sample and not as a declared request line.
//! A block that shows the whole exchange (the request, then `...` or an `HTTP/1.1 200 OK`
//! status line, then the response) is split: the JSON after the request is the response.

use crate::curl::{CurlCall, DataKind};
use crate::request_line::declared_lines;

/// The raw HTTP request in `text`: a request line, then at least one header line or a body.
/// A block of request lines alone is not a sample (it declares endpoints).
#[cfg(test)]
fn raw_request(text: &str) -> Option<CurlCall> {
    raw_exchange(text).map(|(call, _)| call)
}

/// The response part of a raw HTTP exchange: the JSON body shown after the request, and the
/// line (0-based, within the block) where that JSON starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawResponse {
    /// The body text (JSON as written).
    pub body: String,
    /// Its first line within the block.
    pub line: usize,
}

/// A raw HTTP request and, when the block goes on to show it, the response body. The response
/// starts at a line of its own (`...`, `…`) or at an `HTTP/1.1 200 OK` status line; for a
/// method that sends no body (GET, HEAD, DELETE, OPTIONS) a JSON body after the headers can
/// only be the response.
pub(crate) fn raw_exchange(text: &str) -> Option<(CurlCall, Option<RawResponse>)> {
    let mut lines = text.lines().enumerate().skip_while(|(_, l)| l.trim().is_empty());
    let (_, first) = lines.next()?;
    let declared = declared_lines(first).into_iter().next()?;
    let bodiless = matches!(declared.method.as_str(), "GET" | "HEAD" | "DELETE" | "OPTIONS");
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body = String::new();
    let mut in_body = false;
    let mut response: Option<(usize, String)> = None;
    for (n, line) in lines {
        if let Some((_, text)) = response.as_mut() {
            text.push_str(line);
            text.push('\n');
            continue;
        }
        let t = line.trim();
        if in_body && (is_separator(t) || is_status_line(t)) {
            response = Some((n + 1, String::new()));
        } else if in_body && bodiless && body.trim().is_empty() && (t.starts_with('{') || t.starts_with('[')) {
            response = Some((n, format!("{line}\n")));
        } else if in_body {
            body.push_str(line);
            body.push('\n');
        } else if t.is_empty() {
            in_body = true;
        } else if let Some((name, value)) = line.split_once(':').filter(|(n, _)| is_header_name(n)) {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        } else {
            // Not a header: another request line, or prose pasted in the block.
            return None;
        }
    }
    let body = body.trim();
    let response = response.and_then(|(start, text)| response_json(start, &text));
    if headers.is_empty() && body.is_empty() && response.is_none() {
        return None;
    }
    // A `Host` header with a path makes the URL the sample calls.
    let host = headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("host")).map(|(_, v)| v.clone());
    let url = match host {
        Some(host) if declared.url.starts_with('/') => format!("https://{host}{}", declared.url),
        _ => declared.url.clone(),
    };
    let call = CurlCall {
        line: 0,
        explicit_method: Some(declared.method.clone()),
        method: declared.method,
        url,
        headers,
        user: None,
        data: if body.is_empty() { vec![] } else { vec![(DataKind::Raw, body.to_owned())] },
        get: false,
    };
    Some((call, response))
}

/// The JSON body of a response part: status line and header lines skipped, up to the end.
fn response_json(start: usize, text: &str) -> Option<RawResponse> {
    let (offset, _) = text.lines().enumerate().find(|(_, l)| {
        let t = l.trim_start();
        t.starts_with('{') || t.starts_with('[')
    })?;
    let body: Vec<&str> = text.lines().skip(offset).collect();
    Some(RawResponse { body: body.join("\n"), line: start + offset })
}

/// `...` or `…` alone on a line: the docs' break between a request and its response.
fn is_separator(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| c == '.' || c == '…') && (line.len() >= 3 || line == "…")
}

/// `HTTP/1.1 200 OK`, `HTTP/2 201`: a response's status line.
fn is_status_line(line: &str) -> bool {
    line.strip_prefix("HTTP/").is_some_and(|rest| {
        rest.split_whitespace().nth(1).is_some_and(|code| code.len() == 3 && code.chars().all(|c| c.is_ascii_digit()))
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

    #[test]
    fn the_json_after_a_bodiless_request_is_its_response() {
        let (call, response) = raw_exchange(
            "GET https://api.example.com/widgets\nAccept: application/json\n\n...\n\n{\n  \"items\": []\n}\n",
        )
        .expect("an exchange");
        assert!(call.data.is_empty(), "a GET sends no body");
        let response = response.expect("a response");
        assert_eq!((response.body.as_str(), response.line), ("{\n  \"items\": []\n}", 5));
        let (_, response) = raw_exchange("GET https://api.example.com/widgets\nAccept: application/json\n\n[1, 2]\n")
            .expect("an exchange without a separator");
        assert_eq!(response.expect("a response").body, "[1, 2]");
    }

    #[test]
    fn a_request_body_ends_where_the_status_line_starts() {
        let (call, response) = raw_exchange(
            "POST https://api.example.com/widgets\nContent-Type: application/json\n\n{\"name\": \"a\"}\n\nHTTP/1.1 201 Created\nLocation: https://api.example.com/widgets/1\n",
        )
        .expect("an exchange");
        assert_eq!(call.data, vec![(DataKind::Raw, "{\"name\": \"a\"}".to_owned())]);
        assert!(response.is_none(), "a status line and headers with no body give no JSON response");
        let (call, response) = raw_exchange(
            "POST https://api.example.com/widgets\nContent-Type: application/json\n\n{\"name\": \"a\"}\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": 1}\n",
        )
        .expect("an exchange");
        assert_eq!(call.data.len(), 1);
        assert_eq!(response.expect("a response").body, "{\"id\": 1}");
    }
}
