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
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub enum Server {
    /// Endpoint (`https://{company_slug}.booqable.com/api/1`)
    #[default]
    Endpoint,
    /// Another URL: a proxy, a mock server, an environment the spec does not list.
    /// `{variables}` in it are substituted like in the spec's own URLs.
    Custom(String),
}

/// A `user:password@` in a custom URL shows as `***@`.
impl fmt::Debug for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Server::Endpoint => f.write_str("Endpoint"),
            Server::Custom(url) => {
                f.debug_tuple("Custom").field(&super::runtime::redact_url(url)).finish()
            }
        }
    }
}

impl Server {
    /// The URL of this server, `{variables}` not yet substituted.
    pub fn url_template(&self) -> &str {
        match self {
            Server::Endpoint => "https://{company_slug}.booqable.com/api/1",
            Server::Custom(url) => url,
        }
    }
}

/// Headers the API requires on every request (a documented `User-Agent` is the user's:
/// [`ClientBuilder::user_agent`]).
const REQUEST_HEADERS: &[(&str, &str)] = &[];

/// The request-signing hook given to [`ClientBuilder::sign_with`].
type SignFn = dyn Fn(&mut reqwest::Request) -> Result<(), SignError> + Send + Sync;

#[derive(Clone)]
struct Signer(Arc<SignFn>);

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Signer(..)")
    }
}

/// A client of the Booqable API. Cheap to clone: clones share one connection pool and one
/// rate limiter.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    base_url: super::runtime::UrlText,
    credentials: super::auth::Credentials,
    signer: Option<Signer>,
    retry: super::retry::Policy,
    limiter: RateLimiter,
    max_body_size: u64,
    max_pages: u32,
}

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    server: Option<Server>,
    company_slug: Option<String>,
    base_url: Option<super::runtime::UrlText>,
    credentials: super::auth::Credentials,
    signer: Option<Signer>,
    timeout: Option<Duration>,
    max_body_size: u64,
    max_retries: u32,
    retry_base_delay: Duration,
    max_retry_delay: Duration,
    user_agent: String,
    allow_http: bool,
    /// Extra root certificates (PEM), trusted beside the system's.
    root_certificates: Vec<Vec<u8>>,
    /// Windows of (requests, per).
    rate_limits: Vec<(u32, Duration)>,
    max_pages: u32,
    http_client: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            server: None,
            company_slug: None,
            base_url: None,
            credentials: super::auth::Credentials::default(),
            signer: None,
            timeout: Some(Duration::from_secs(30)),
            max_body_size: super::runtime::DEFAULT_MAX_BODY_SIZE,
            max_retries: 3,
            retry_base_delay: Duration::from_millis(500),
            max_retry_delay: Duration::from_secs(60),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                .to_string(),
            allow_http: false,
            root_certificates: Vec::new(),
            rate_limits: vec![],
            max_pages: 1000,
            http_client: None,
        }
    }
}

impl ClientBuilder {
    /// Chooses the server (default: [`Server::Endpoint`]).
    pub fn server(mut self, server: Server) -> Self {
        self.server = Some(server);
        self
    }

    /// Sets the server variable `company_slug` (required).
    ///
    /// Replace with your `company_slug`, as the docs say (their examples use `company`).
    pub fn company_slug(mut self, value: impl Into<String>) -> Self {
        self.company_slug = Some(value.into());
        self
    }

    /// Credentials for `apiKey`: an API key, sent as the `api_key` query parameter.
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
        self.base_url = Some(super::runtime::UrlText(url.into()));
        self
    }

    /// Timeout of each HTTP request (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The longest response body read (default 64 MiB): a longer one ends the request with
    /// [`Error::BodyTooLarge`], checked while the body streams in (memory stays bounded).
    pub fn max_body_size(mut self, bytes: u64) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// How often one request is retried (default 3; 0 turns retries off). Retried: 429 and
    /// 503 answers (any method when they carry `Retry-After`, else idempotent methods only),
    /// 418 with `Retry-After`, and, for idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS,
    /// TRACE), refused or reset connections, connections closed before or during the
    /// response, and timeouts. TLS failures are not retried.
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

    /// Also trusts the root certificate `pem` (PEM-encoded; every certificate of a bundle), beside
    /// the system's roots: for a server whose certificate a private or test CA signed. Text with
    /// no readable certificate fails [`ClientBuilder::build`]. Not used with
    /// [`ClientBuilder::http_client`] (that client's own roots apply).
    pub fn add_root_certificate(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.root_certificates.push(pem.as_ref().to_vec());
        self
    }

    /// Sends at most `requests` requests per `per`, instead of no limit (the default).
    /// Whatever is set, a response announcing that no request is left (`X-RateLimit-*`,
    /// `RateLimit-*` headers) makes the next requests wait for the reset it names, at most
    /// [`ClientBuilder::max_retry_delay`].
    pub fn rate_limit(mut self, requests: u32, per: Duration) -> Self {
        self.rate_limits = vec![(requests, per)];
        self
    }

    /// Turns the client-side rate limiter off (the server's rate-limit headers are still
    /// honoured).
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limits.clear();
        self
    }

    /// The most pages a stream fetches before it ends with [`Error::Pagination`] (default 1000).
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = pages;
        self
    }

    /// Uses this `reqwest::Client`. Its own timeout, user agent, `https_only` and redirect
    /// policy then apply: the client's own follows a redirect to another server without any
    /// credential and refuses a downgrade to plain http, while reqwest's default policy would
    /// keep an API key sent in a custom header. With the default `rustls-ring` feature, reqwest
    /// has no crypto provider of its own: call this crate's `install_ring_provider()` before
    /// building that client (its `build()` panics otherwise), unless your program installs one
    /// or turns on reqwest's `rustls` feature.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    fn server_url(&self) -> Result<String, Error> {
        let template = match &self.server {
            Some(server) => server.url_template().to_string(),
            None => Server::default().url_template().to_string(),
        };
        self.substitute(template)
    }

    /// `url` with the server variables substituted (given, else their defaults).
    fn substitute(&self, url: String) -> Result<String, Error> {
        let value = match self.company_slug.as_deref() {
            Some(value) => value,
            None if url.contains("{company_slug}") => {
                return Err(Error::InvalidConfig {
                    message: "server variable `company_slug` is required: call `.company_slug(..)` on the builder"
                        .to_string(),
                });
            }
            None => "",
        };
        let url = url.replace("{company_slug}", value);
        Ok(url)
    }

    /// Builds the client. Fails on a missing server variable, an invalid URL, a plain
    /// `http://` URL without [`ClientBuilder::allow_http`], an unreadable root certificate.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = match &self.base_url {
            Some(url) => url.0.clone(),
            None => self.server_url()?,
        };
        let base_url = base_url.trim_end_matches('/').to_string();
        check_url(&base_url, self.allow_http, "set `.base_url(..)`")?;
        let http = match self.http_client {
            Some(client) => client,
            None => {
                let mut builder = reqwest::Client::builder()
                    .user_agent(self.user_agent)
                    .redirect(super::redirect::policy())
                    .https_only(!self.allow_http);
                if let Some(timeout) = self.timeout {
                    builder = builder.timeout(timeout);
                }
                builder = super::tls::configure(builder, &self.root_certificates)?;
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
                base_url: super::runtime::UrlText(base_url),
                credentials: self.credentials,
                signer: self.signer,
                retry: super::retry::Policy {
                    max_retries: self.max_retries,
                    base_delay: self.retry_base_delay,
                    max_delay: self.max_retry_delay,
                },
                limiter: RateLimiter::new(&self.rate_limits),
                max_body_size: self.max_body_size,
                max_pages: self.max_pages,
            }),
        })
    }
}

/// Parses a base URL: HTTPS, or plain HTTP with `allow_http`; `fix` says what to set instead.
fn check_url(url: &str, allow_http: bool, fix: &str) -> Result<reqwest::Url, Error> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| Error::InvalidConfig {
            message: format!(
                "invalid base URL `{}`: {e}; {fix}", super::runtime::redact_url(url)
            ),
        })?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if allow_http => Ok(parsed),
        "http" => {
            Err(Error::InvalidConfig {
                message: "refusing a plain http:// base URL; use https:// or `.allow_http(true)`"
                    .to_string(),
            })
        }
        other => {
            Err(Error::InvalidConfig {
                message: format!("unsupported URL scheme `{other}`"),
            })
        }
    }
}

/// A success response of [`Client::execute_page`].
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) status: u16,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.inner.base_url.as_str()
    }

    pub(crate) fn max_pages(&self) -> u32 {
        self.inner.max_pages
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
        let mut url = match url {
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
        if !parts.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&parts.query);
        }
        let alternative = self
            .inner
            .credentials
            .choose(parts.security, parts.operation)?;
        let mut attempt: u32 = 0;
        loop {
            self.inner.limiter.acquire().await;
            let mut request = self.inner.http.request(parts.method.clone(), url.clone());
            for (name, value) in REQUEST_HEADERS {
                request = request.header(*name, *value);
            }
            for (name, value) in &parts.headers {
                request = request.header(name.as_str(), value.as_str());
            }
            request = self.inner.credentials.apply(request, alternative)?;
            if let Some(body) = &parts.body {
                request = match body {
                    super::runtime::Body::Json(value) => request.json(value),
                };
            }
            let mut request = request.build().map_err(Error::from_reqwest)?;
            if let Some(Signer(sign)) = &self.inner.signer {
                sign(&mut request).map_err(Error::Signing)?;
            }
            let retry = &self.inner.retry;
            let response = match self.inner.http.execute(request).await {
                Ok(response) => {
                    let has_body = parts.body.is_some();
                    super::redirect::follow_elsewhere(
                            &self.inner.http,
                            response,
                            &parts.method,
                            has_body,
                            REQUEST_HEADERS,
                        )
                        .await?
                }
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
            self.inner.limiter.observe(response.headers(), retry.max_delay);
            if let Some(delay) = retry
                .after_status(attempt, &parts.method, status, response.headers())
            {
                attempt += 1;
                tokio::time::sleep(delay).await;
                continue;
            }
            let headers = response.headers().clone();
            let body = match super::runtime::read_body(
                    response,
                    self.inner.max_body_size,
                )
                .await
            {
                Ok(body) => body,
                Err(super::runtime::ReadError::TooLarge(limit)) => {
                    return Err(Error::BodyTooLarge { limit });
                }
                Err(super::runtime::ReadError::Transport(e)) => {
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
                    body,
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

    pub(crate) async fn send_json_with_response<T: serde::de::DeserializeOwned>(
        &self,
        parts: RequestParts,
    ) -> Result<ResponseValue<T>, Error> {
        let page = self.execute_page(&parts, None).await?;
        let body = super::runtime::decode_json(&page.body, parts.operation)?;
        Ok(ResponseValue::new(page.status, page.headers, body))
    }

    pub(crate) async fn send_unit_with_response(
        &self,
        parts: RequestParts,
    ) -> Result<ResponseValue<()>, Error> {
        let page = self.execute_page(&parts, None).await?;
        Ok(ResponseValue::new(page.status, page.headers, ()))
    }
}
