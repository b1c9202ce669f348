//! Redirects: which are followed, and what goes along.
//!
//! - Within the origin (scheme, host and port) of the request: followed by reqwest with
//!   everything (credentials included).
//! - To another origin: followed by [`follow_elsewhere`] without any credential (no
//!   `Authorization`, `Cookie`, API key header, signature or operation header; credential
//!   query keys removed from the target URL), and only where no request body would go along.
//! - From `https` to plain `http`, or to a scheme other than HTTP: refused with
//!   [`Error::Redirect`], nothing is sent.
//! - At most [`MAX_REDIRECTS`] in a row; more is [`Error::Redirect`].

use super::error::Error;

/// The most redirects one request follows.
pub(crate) const MAX_REDIRECTS: usize = 10;

/// Headers that carry credentials: never sent to another origin.
const CREDENTIAL_HEADERS: &[&str] = &["authorization", "proxy-authorization", "cookie"];

/// Query keys that carry credentials: removed from a redirect target on another origin.
const CREDENTIAL_QUERY_KEYS: &[&str] = &[];

/// What to do with one redirect from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hop {
    /// Same origin: follow with everything.
    SameOrigin,
    /// Another origin: follow without credentials.
    Elsewhere,
    /// Not followed, for this reason.
    Refused(&'static str),
}

/// Classifies a redirect from `from` to `to`.
pub(crate) fn classify(from: &reqwest::Url, to: &reqwest::Url) -> Hop {
    match (from.scheme(), to.scheme()) {
        ("https", "http") => Hop::Refused("from https to plain http"),
        (_, "https" | "http") if from.origin() == to.origin() => Hop::SameOrigin,
        (_, "https" | "http") => Hop::Elsewhere,
        _ => Hop::Refused("to a scheme other than http(s)"),
    }
}

/// Whether `name` is a header that carries credentials.
pub(crate) fn is_credential_header(name: &str) -> bool {
    CREDENTIAL_HEADERS.iter().any(|credential| credential.eq_ignore_ascii_case(name))
}

/// `url` without the query keys that carry credentials (and without user information).
pub(crate) fn without_credentials(mut url: reqwest::Url) -> reqwest::Url {
    let _ = url.set_username("");
    let _ = url.set_password(None);
    if url.query().is_some() && !CREDENTIAL_QUERY_KEYS.is_empty() {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(key, _)| !CREDENTIAL_QUERY_KEYS.iter().any(|credential| credential.eq_ignore_ascii_case(key)))
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect();
        if kept.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(&kept);
        }
    }
    url
}

/// reqwest's redirect policy for the client: follows redirects within the origin of the
/// request, stops at any other (then [`follow_elsewhere`] decides), errs after
/// [`MAX_REDIRECTS`].
pub(crate) fn policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt.previous().first().is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Follows the redirect reqwest stopped at (another origin, see [`policy`]): without any
/// credential, signature or operation header, only `default_headers` that carry none, and only
/// where that drops no request body (a 303, or a POST redirected by 301 or 302, becomes a GET).
/// A downgrade to plain http or a non-HTTP target is [`Error::Redirect`]; any answer that is
/// not a redirect is returned as it is.
pub(crate) async fn follow_elsewhere(
    http: &reqwest::Client,
    mut response: reqwest::Response,
    method: &reqwest::Method,
    has_body: bool,
    default_headers: &[(&str, &str)],
) -> Result<reqwest::Response, Error> {
    let mut method = method.clone();
    let mut has_body = has_body;
    for _ in 0..=MAX_REDIRECTS {
        let status = response.status().as_u16();
        let Some(next) = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|location| location.to_str().ok())
            .and_then(|location| response.url().join(location).ok())
        else {
            return Ok(response);
        };
        let next_method = match status {
            303 if method != reqwest::Method::HEAD => reqwest::Method::GET,
            301 | 302 if method == reqwest::Method::POST => reqwest::Method::GET,
            301 | 302 | 303 | 307 | 308 => method.clone(),
            _ => return Ok(response),
        };
        if let Hop::Refused(why) = classify(response.url(), &next) {
            return Err(Error::Redirect {
                message: format!("HTTP {status} {why} (to {})", next.origin().ascii_serialization()),
            });
        }
        // Not followed: the body would go to another server.
        if has_body && next_method == method {
            return Ok(response);
        }
        let mut request = http.request(next_method.clone(), without_credentials(next));
        for (name, value) in default_headers.iter().filter(|(name, _)| !is_credential_header(name)) {
            request = request.header(*name, *value);
        }
        response = request.send().await.map_err(Error::from_reqwest)?;
        method = next_method;
        has_body = false;
    }
    Err(Error::Redirect { message: format!("more than {MAX_REDIRECTS} redirects") })
}

