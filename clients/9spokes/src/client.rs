//! The client, its builder, and the request loop (rate limit, credentials, retries).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use super::error::{ApiError, Error, SignError};
use super::rate_limit::RateLimiter;
use super::response::ResponseValue;
use super::runtime::RequestParts;

/// The servers the API is published on, and any other URL. The default is the first one the
/// spec lists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Server {
    /// Sandbox (`https://sandbox.api.9spokes.com`)
    #[default]
    Sandbox,
    /// Production (`https://api.9spokes.com`)
    Production,
    /// Another URL: a proxy, a mock server, an environment the spec does not list.
    /// `{variables}` in it are substituted like in the spec's own URLs.
    Custom(String),
}

impl Server {
    /// The URL of this server, `{variables}` not yet substituted.
    pub fn url_template(&self) -> &str {
        match self {
            Server::Sandbox => "https://sandbox.api.9spokes.com",
            Server::Production => "https://api.9spokes.com",
            Server::Custom(url) => url,
        }
    }
}

/// Headers the API requires on every request.
const REQUEST_HEADERS: &[(&str, &str)] = &[];

/// The most redirects one request follows.
const MAX_REDIRECTS: usize = 10;

/// The request-signing hook given to [`ClientBuilder::sign_with`].
type SignFn = dyn Fn(&mut reqwest::Request) -> Result<(), SignError> + Send + Sync;

#[derive(Clone)]
struct Signer(Arc<SignFn>);

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Signer(..)")
    }
}

/// A client of the API Reference API. Cheap to clone: clones share one connection pool and one
/// rate limiter.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base_url: String,
    credentials: super::auth::Credentials,
    signer: Option<Signer>,
    retry: super::retry::Policy,
    limiter: Option<RateLimiter>,
}

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    server: Option<Server>,
    base_url: Option<String>,
    credentials: super::auth::Credentials,
    signer: Option<Signer>,
    timeout: Option<Duration>,
    max_retries: u32,
    retry_base_delay: Duration,
    max_retry_delay: Duration,
    user_agent: String,
    allow_http: bool,
    rate_limit: Option<(u32, Duration)>,
    http_client: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            server: None,
            base_url: None,
            credentials: super::auth::Credentials::default(),
            signer: None,
            timeout: Some(Duration::from_secs(30)),
            max_retries: 3,
            retry_base_delay: Duration::from_millis(500),
            max_retry_delay: Duration::from_secs(60),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                .to_string(),
            allow_http: false,
            rate_limit: None,
            http_client: None,
        }
    }
}

impl ClientBuilder {
    /// Chooses the server (default: [`Server::Sandbox`]).
    pub fn server(mut self, server: Server) -> Self {
        self.server = Some(server);
        self
    }

    /// Credentials for `apiKey`: an API key, sent as the `Authorization` header.
    ///
    /// As documented at source/index.html.md:68.
    pub fn api_key(mut self, secret: impl Into<super::auth::Secret>) -> Self {
        self.credentials.api_key = Some(secret.into());
        self
    }

    /// Signs every request: `sign` runs on each attempt (retries are signed again) right
    /// before the request is sent, when every header, query parameter, credential and the
    /// body are set. It may add headers or query parameters and read the body
    /// (`request.body().and_then(|body| body.as_bytes())`); an error stops the request with
    /// [`Error::Signing`]. Only reqwest's own `User-Agent` header is added after it; redirects
    /// to another server are not signed.
    pub fn sign_with(
        mut self,
        sign: impl Fn(
            &mut reqwest::Request,
        ) -> Result<(), SignError> + Send + Sync + 'static,
    ) -> Self {
        self.signer = Some(Signer(Arc::new(sign)));
        self
    }

    /// Overrides the server URL entirely (e.g. a mock server in tests); no `{variables}` are
    /// substituted in it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Timeout of each HTTP request (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How often one request is retried (default 3; 0 turns retries off). Retried: 429 and
    /// 503 answers (any method when they carry `Retry-After`, else idempotent methods only),
    /// and connection errors and timeouts of idempotent methods (GET, HEAD, PUT, DELETE,
    /// OPTIONS, TRACE).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// First step of the exponential backoff, used when the server sends no `Retry-After`
    /// (default 500 ms). Step `n` waits between half and all of `base * 2^n` (jitter), at most
    /// [`ClientBuilder::max_retry_delay`].
    pub fn retry_base_delay(mut self, delay: Duration) -> Self {
        self.retry_base_delay = delay;
        self
    }

    /// The longest wait before one retry (default 60 s): backoff steps are capped to it, and a
    /// `Retry-After` asking for longer is not waited for (the 429 or 503 is returned as
    /// [`Error::Status`]).
    pub fn max_retry_delay(mut self, delay: Duration) -> Self {
        self.max_retry_delay = delay;
        self
    }

    /// The `User-Agent` header (default: this crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Allows a plain `http://` base URL (refused by default: credentials would travel in clear).
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Sends at most `requests` requests per `per` (default: no limit).
    pub fn rate_limit(mut self, requests: u32, per: Duration) -> Self {
        self.rate_limit = Some((requests, per));
        self
    }

    /// Turns the client-side rate limiter off.
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limit = None;
        self
    }

    /// Uses this `reqwest::Client`. Its own timeout, user agent and redirect policy then apply:
    /// the client's own follows a redirect to another server without any credential, while
    /// reqwest's default policy would keep an API key sent in a custom header.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    fn server_url(&self) -> Result<String, Error> {
        let url = match &self.server {
            Some(server) => server.url_template().to_string(),
            None => Server::default().url_template().to_string(),
        };
        Ok(url)
    }

    /// Builds the client. Fails on a missing server variable, an invalid URL, a plain
    /// `http://` URL without [`ClientBuilder::allow_http`].
    pub fn build(self) -> Result<Client, Error> {
        let base_url = match &self.base_url {
            Some(url) => url.clone(),
            None => self.server_url()?,
        };
        let base_url = base_url.trim_end_matches('/').to_string();
        let parsed = reqwest::Url::parse(&base_url)
            .map_err(|e| Error::InvalidConfig {
                message: format!(
                    "invalid base URL `{base_url}`: {e}; set `.base_url(..)`"
                ),
            })?;
        match parsed.scheme() {
            "https" => {}
            "http" if self.allow_http => {}
            "http" => {
                return Err(Error::InvalidConfig {
                    message: "refusing a plain http:// base URL; use https:// or `.allow_http(true)`"
                        .to_string(),
                });
            }
            other => {
                return Err(Error::InvalidConfig {
                    message: format!("unsupported URL scheme `{other}`"),
                });
            }
        }
        let http = match self.http_client {
            Some(client) => client,
            None => {
                let mut builder = reqwest::Client::builder()
                    .user_agent(self.user_agent)
                    .redirect(redirect_policy());
                if let Some(timeout) = self.timeout {
                    builder = builder.timeout(timeout);
                }
                builder
                    .build()
                    .map_err(|e| Error::InvalidConfig {
                        message: format!("cannot build the HTTP client: {e}"),
                    })?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                credentials: self.credentials,
                signer: self.signer,
                retry: super::retry::Policy {
                    max_retries: self.max_retries,
                    base_delay: self.retry_base_delay,
                    max_delay: self.max_retry_delay,
                },
                limiter: self
                    .rate_limit
                    .map(|(requests, per)| RateLimiter::new(requests, per)),
            }),
        })
    }
}

/// A success response of [`Client::execute_page`].
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) status: u16,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

/// Redirects within the origin a request was sent to are followed by reqwest (credentials
/// go along; at most [`MAX_REDIRECTS`]). At one to another origin reqwest stops, and
/// [`Client::follow_elsewhere`] goes on without any credential.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends a request that no method of this client describes (an endpoint the docs omit)
    /// the way the operations are sent: base URL, default headers, the credentials given to
    /// the builder (those the API asks for by default, else any one scheme given, else none),
    /// the signing hook, retries and rate limit. `path` is below the base URL and already
    /// percent-encoded (`/things/a%20b`). Returns a success response's status, headers and
    /// body bytes; any other answer is an [`Error`], as for the operations.
    pub async fn send_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<ResponseValue<Vec<u8>>, Error> {
        let mut parts = RequestParts::new(method, path.to_string(), "send_raw");
        parts.query = query
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        parts.security = &[&[super::auth::Scheme::ApiKey], &[]];
        let page = self.execute_page(&parts, None).await?;
        Ok(ResponseValue::new(page.status, page.headers, page.body))
    }

    /// Sends a request: waits for the rate limiter, adds credentials, signs, retries what
    /// [`super::retry`] says is worth retrying, and returns the success response with its
    /// status and headers. It goes to `url` when given (a next page's URL, on the server's
    /// origin, its query included: `parts.query` is not added).
    pub(crate) async fn execute_page(
        &self,
        parts: &RequestParts,
        url: Option<&reqwest::Url>,
    ) -> Result<Page, Error> {
        let url = match url {
            Some(url) => url.clone(),
            None => {
                reqwest::Url::parse(&format!("{}{}", self.inner.base_url, parts.path))
                    .map_err(|e| {
                        Error::InvalidConfig {
                            message: format!(
                                "cannot build the URL of `{}`: {e}", parts.operation
                            ),
                        }
                    })?
            }
        };
        let alternative = self
            .inner
            .credentials
            .choose(parts.security, parts.operation)?;
        let mut attempt: u32 = 0;
        loop {
            if let Some(limiter) = &self.inner.limiter {
                limiter.acquire().await;
            }
            let mut request = self.inner.http.request(parts.method.clone(), url.clone());
            if !parts.query.is_empty() {
                request = request.query(&parts.query);
            }
            for (name, value) in REQUEST_HEADERS {
                request = request.header(*name, *value);
            }
            for (name, value) in &parts.headers {
                request = request.header(name.as_str(), value.as_str());
            }
            request = self.inner.credentials.apply(request, alternative)?;
            if let Some(body) = &parts.body {
                request = match body {
                    super::runtime::Body::Form(pairs) => request.form(pairs),
                };
            }
            let mut request = request.build().map_err(Error::from_reqwest)?;
            if let Some(Signer(sign)) = &self.inner.signer {
                sign(&mut request).map_err(Error::Signing)?;
            }
            let retry = &self.inner.retry;
            let sent = match self.inner.http.execute(request).await {
                Ok(response) => {
                    self.follow_elsewhere(response, &parts.method, parts.body.is_some())
                        .await
                }
                Err(e) => Err(e),
            };
            let response = match sent {
                Ok(response) => response,
                Err(e) => {
                    match retry.after_transport_error(attempt, &parts.method, &e) {
                        Some(delay) => {
                            attempt += 1;
                            tokio::time::sleep(delay).await;
                            continue;
                        }
                        None => return Err(Error::from_reqwest(e)),
                    }
                }
            };
            let status = response.status();
            if let Some(delay) = retry
                .after_status(attempt, &parts.method, status, response.headers())
            {
                attempt += 1;
                tokio::time::sleep(delay).await;
                continue;
            }
            let headers = response.headers().clone();
            let body = match response.bytes().await {
                Ok(body) => body,
                Err(e) => {
                    match retry.after_transport_error(attempt, &parts.method, &e) {
                        Some(delay) => {
                            attempt += 1;
                            tokio::time::sleep(delay).await;
                            continue;
                        }
                        None => return Err(Error::from_reqwest(e)),
                    }
                }
            };
            if status.is_success() {
                return Ok(Page {
                    status: status.as_u16(),
                    headers,
                    body: body.to_vec(),
                });
            }
            let error = serde_json::from_slice::<ApiError>(&body).ok().map(Box::new);
            return Err(Error::Status {
                status: status.as_u16(),
                body: String::from_utf8_lossy(&body).into_owned(),
                error,
            });
        }
    }

    /// Follows a redirect to another origin, which reqwest stopped at (see
    /// [`redirect_policy`]): without credentials, signature or the operation's own headers,
    /// only the API's default ones, and only where that drops no request body (a 303, or a
    /// POST redirected by 301 or 302, becomes a GET). Any other answer is returned as it is.
    async fn follow_elsewhere(
        &self,
        mut response: reqwest::Response,
        method: &reqwest::Method,
        has_body: bool,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let mut method = method.clone();
        let mut has_body = has_body;
        for _ in 0..MAX_REDIRECTS {
            let status = response.status().as_u16();
            let Some(next) = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|location| location.to_str().ok())
                .and_then(|location| response.url().join(location).ok()) else {
                break;
            };
            let next_method = match status {
                303 if method != reqwest::Method::HEAD => reqwest::Method::GET,
                301 | 302 if method == reqwest::Method::POST => reqwest::Method::GET,
                301 | 302 | 303 | 307 | 308 => method.clone(),
                _ => break,
            };
            if (has_body && next_method == method)
                || !matches!(next.scheme(), "https" | "http")
            {
                break;
            }
            let mut request = self.inner.http.request(next_method.clone(), next);
            for (name, value) in REQUEST_HEADERS {
                request = request.header(*name, *value);
            }
            response = request.send().await?;
            method = next_method;
            has_body = false;
        }
        Ok(response)
    }

    pub(crate) async fn send_json_with_response<T: serde::de::DeserializeOwned>(
        &self,
        parts: RequestParts,
    ) -> Result<ResponseValue<T>, Error> {
        let page = self.execute_page(&parts, None).await?;
        let body = super::runtime::decode_json(&page.body, parts.operation)?;
        Ok(ResponseValue::new(page.status, page.headers, body))
    }
}
