//! A success response with its metadata.

/// What a success response carried besides its decoded body: the HTTP status and the
/// headers (for rate-limit counters, paging links, ETags...). Returned by the operations'
/// `_with_response` methods, by request builders' `send_with_response()`, and by
/// [`Client::send_raw`](super::client::Client::send_raw).
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: T,
}

impl<T> ResponseValue<T> {
    pub(crate) fn new(
        status: u16,
        headers: reqwest::header::HeaderMap,
        body: T,
    ) -> Self {
        ResponseValue {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status code (a 2xx).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }

    /// The value of one header as text (`None` when absent or not visible ASCII).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, the metadata dropped.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The same metadata around another body.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}
