//! Request plumbing shared by all operations: the request description, parameter and body
//! encoding, response decoding.

use std::fmt;
use super::error::Error;

/// The largest response body read by default (64 MiB).
pub(crate) const DEFAULT_MAX_BODY_SIZE: u64 = 64 * 1024 * 1024;

/// A URL as the user gave it, whose `Debug` hides any `user:password@` in it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct UrlText(pub(crate) String);

impl UrlText {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UrlText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&redact_url(&self.0), f)
    }
}

impl fmt::Display for UrlText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `url` with the user information of its authority (`user:password@`) replaced by `***@`;
/// works on text that does not parse as a URL too.
pub(crate) fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let start = scheme_end + 3;
    let authority_end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    match url[start..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", & url[..start], & url[start + at..]),
        None => url.to_string(),
    }
}

/// Why a response body could not be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Longer than the limit (bytes).
    TooLarge(u64),
    /// The connection failed while reading.
    Transport(reqwest::Error),
}

/// Reads a response body, at most `limit` bytes: a longer `Content-Length` is refused before
/// reading, a body that grows past the limit while streaming (chunked, or lying about its
/// length) is refused at the chunk that crosses it. Memory stays bounded by the limit.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    limit: u64,
) -> Result<Vec<u8>, ReadError> {
    if response.content_length().is_some_and(|length| length > limit) {
        return Err(ReadError::TooLarge(limit));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Transport)? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(ReadError::TooLarge(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// One request, described independently of the HTTP client so it can be sent again (retries,
/// next page).
#[derive(Debug, Clone)]
pub(crate) struct RequestParts {
    pub(crate) method: reqwest::Method,
    /// Path below the base URL, parameters already percent-encoded.
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Body>,
    /// Alternatives of schemes that authorize this operation (empty: none needed); it starts
    /// as the one most operations have.
    pub(crate) security: &'static [&'static [super::auth::Scheme]],
    /// The operation's id, for messages.
    pub(crate) operation: &'static str,
}

/// An encoded request body.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    Json(serde_json::Value),
}

impl RequestParts {
    /// A request of `operation`; `path` may hold `{name}` placeholders the path parameters fill.
    pub(crate) fn new(
        method: reqwest::Method,
        path: impl Into<String>,
        operation: &'static str,
    ) -> Self {
        RequestParts {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            security: &[&[super::auth::Scheme::ApiKey]],
            operation,
        }
    }

    /// A `DELETE` request of `operation` ([`RequestParts::new`]).
    pub(crate) fn delete(path: impl Into<String>, operation: &'static str) -> Self {
        Self::new(reqwest::Method::DELETE, path, operation)
    }

    /// A `GET` request of `operation` ([`RequestParts::new`]).
    pub(crate) fn get(path: impl Into<String>, operation: &'static str) -> Self {
        Self::new(reqwest::Method::GET, path, operation)
    }

    /// A `POST` request of `operation` ([`RequestParts::new`]).
    pub(crate) fn post(path: impl Into<String>, operation: &'static str) -> Self {
        Self::new(reqwest::Method::POST, path, operation)
    }

    /// A `PUT` request of `operation` ([`RequestParts::new`]).
    pub(crate) fn put(path: impl Into<String>, operation: &'static str) -> Self {
        Self::new(reqwest::Method::PUT, path, operation)
    }

    /// Fills the placeholder `{name}` of the path with `value`, checked and percent-encoded
    /// ([`path_segment`]).
    pub(crate) fn path_param<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let segment = path_segment(&param_string(value), self.operation, name)?;
        self.path = self.path.replacen(&["{", name, "}"].concat(), &segment, 1);
        Ok(())
    }

    /// Adds the query parameter `name` (nothing when `value` is `None`).
    pub(crate) fn add_query<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: Option<&T>,
    ) {
        if let Some(value) = value {
            self.query.push((name.to_string(), param_string(value)));
        }
    }

    /// Sets a JSON body.
    pub(crate) fn json_body<T: serde::Serialize>(
        &mut self,
        body: &T,
    ) -> Result<(), Error> {
        let value = serde_json::to_value(body)
            .map_err(|e| Error::Encode {
                message: e.to_string(),
            })?;
        self.body = Some(Body::Json(value));
        Ok(())
    }
}

/// A parameter value as text: strings as they are, numbers and booleans printed, enums as
/// their wire value, anything else as compact JSON.
pub(crate) fn param_string<T: serde::Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) => String::new(),
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Percent-encodes one path segment (everything but RFC 3986 unreserved characters).
pub(crate) fn encode_path(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// One path parameter, checked and percent-encoded: an empty value, `.` and `..` are refused
/// ([`Error::InvalidPathParameter`]), since the URL would then name another endpoint
/// (`/things/..` is `/`; encoding the dots does not help: URL parsers read `%2e` as `.`).
pub(crate) fn path_segment(
    value: &str,
    operation: &'static str,
    parameter: &'static str,
) -> Result<String, Error> {
    if matches!(value, "" | "." | "..") {
        return Err(Error::InvalidPathParameter {
            operation,
            parameter,
            value: value.to_string(),
        });
    }
    Ok(encode_path(value))
}

/// Decodes a JSON body; an empty body decodes as JSON `null`.
pub(crate) fn decode_json<T: serde::de::DeserializeOwned>(
    body: &[u8],
    operation: &str,
) -> Result<T, Error> {
    let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    serde_json::from_slice(text)
        .map_err(|e| Error::Decode {
            message: format!("response of `{operation}`: {e}"),
            body: String::from_utf8_lossy(body).into_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_information_is_redacted() {
        assert_eq!(
            redact_url("https://user:pw@api.example.com/v1?q=a@b"),
            "https://***@api.example.com/v1?q=a@b"
        );
        assert_eq!(
            redact_url("https://token@api.example.com"), "https://***@api.example.com"
        );
        assert_eq!(
            redact_url("https://api.example.com/v1/a@b"),
            "https://api.example.com/v1/a@b"
        );
        assert_eq!(redact_url("not a url"), "not a url");
        let text = format!(
            "{:?}", UrlText("https://u:secret@h.example.com".to_string())
        );
        assert!(! text.contains("secret"), "{text}");
    }

    #[test]
    fn dot_segments_and_empty_path_values_are_refused() {
        for bad in ["", ".", ".."] {
            let refused = path_segment(bad, "op", "id");
            assert!(
                matches!(refused, Err(Error::InvalidPathParameter { .. })), "{bad:?}"
            );
        }
        let encoded = path_segment("../a b", "op", "id").ok();
        assert_eq!(encoded.as_deref(), Some("..%2Fa%20b"));
        assert_eq!(path_segment("...", "op", "id").ok().as_deref(), Some("..."));
    }
}
