//! Credentials on the wire (the generated authbox client against wiremock on loopback): every
//! scheme kind, keys required together, alternatives, OAuth2 client credentials (fetched,
//! cached, refreshed on tokio's paused clock and after a 401), the request-signing hook,
//! `security: []`, servers, redirects to other origins, and secrets kept out of Debug and
//! errors. Copied into the generated crate by client-gen's compile test.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use authbox::{types, Client, ClientBuilder, Error, Server};
use serde_json::json;
use wiremock::matchers::{body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "key-123";
const PASSPHRASE: &str = "open sesame";
const CLIENT_SECRET: &str = "s3cr3t/+";

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"ok": true}))
}

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().base_url(server.uri()).allow_http(true).max_retries(0)
}

async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.expect("requests are recorded")
}

fn header_of(request: &wiremock::Request, name: &str) -> Option<String> {
    request.headers.get(name).map(|v| v.to_str().expect("ASCII header").to_string())
}

/// A `reqwest::Client` for tokio's paused clock: no timeout and no idle-connection reaper,
/// whose timers would otherwise fire while a loopback answer is awaited (see
/// `tests/src/lib.rs` of the workspace). Under the default `rustls-ring` feature reqwest has
/// no crypto provider of its own: the crate's `install_ring_provider` gives it one.
fn paused_clock_http() -> reqwest::Client {
    #[cfg(feature = "rustls-ring")]
    authbox::install_ring_provider();
    reqwest::Client::builder().pool_max_idle_per_host(0).pool_idle_timeout(None).build().expect("reqwest client")
}

#[tokio::test]
async fn bearer_basic_and_token_as_user_name() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/bearer"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    // "alice:s3cret" and "tk_live_1:" in base64.
    Mock::given(method("GET"))
        .and(path("/basic"))
        .and(header("authorization", "Basic YWxpY2U6czNjcmV0"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/token-basic"))
        .and(header("authorization", "Basic dGtfbGl2ZV8xOg=="))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server)
        .bearer_auth("tok-1")
        .basic_auth("alice", "s3cret")
        .token_basic("tk_live_1")
        .build()
        .expect("client");
    assert!(client.with_bearer().await.expect("bearer").ok);
    assert!(client.with_basic().await.expect("basic").ok);
    assert!(client.with_token_basic().await.expect("token as user name").ok);
}

#[tokio::test]
async fn api_keys_in_a_header_the_query_and_a_cookie() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/header-key"))
        .and(header("x-api-key", KEY))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/query-key"))
        .and(query_param("q", "x"))
        .and(query_param("api_key", "qk"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/cookie-key"))
        .and(header("cookie", "session=ck"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let client =
        builder(&server).header_key(KEY).query_key("qk").cookie_key("ck").build().expect("client");
    client.with_header_key().await.expect("header key");
    client.with_query_key("x").await.expect("query key");
    client.with_cookie_key().await.expect("cookie key");
    // Each operation sends its own scheme and no other.
    for request in received(&server).await {
        let p = request.url.path().to_string();
        assert_eq!(header_of(&request, "x-api-key").is_some(), p == "/header-key", "{p}");
        assert_eq!(request.url.query_pairs().any(|(k, _)| k == "api_key"), p == "/query-key", "{p}");
        assert_eq!(header_of(&request, "cookie").is_some(), p == "/cookie-key", "{p}");
    }
}

#[tokio::test]
async fn a_cookie_parameter_and_a_cookie_key_go_in_one_cookie_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/cookie-preference"))
        .and(header("cookie", "theme=dark; session=ck"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server).cookie_key("ck").build().expect("client");
    client.with_cookie_preference("dark").await.expect("one cookie header");
    for request in received(&server).await {
        assert_eq!(request.headers.get_all("cookie").iter().count(), 1, "{:?}", request.headers);
    }
}

#[tokio::test]
async fn two_keys_required_together() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pair"))
        .and(header("x-api-key", KEY))
        .and(header("x-passphrase", PASSPHRASE))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let both = builder(&server).header_key(KEY).passphrase(PASSPHRASE).build().expect("client");
    both.with_key_and_passphrase().await.expect("both keys sent");

    // The key alone is the API's default credential, so it builds; the pair is then missing.
    let key_only = builder(&server).header_key(KEY).build().expect("the key is usable alone");
    let err = key_only.with_key_and_passphrase().await.expect_err("passphrase missing");
    assert!(matches!(err, Error::MissingCredentials { operation: "withKeyAndPassphrase" }), "{err:?}");
    assert!(err.to_string().contains("`.header_key(..)` and `.passphrase(..)`"), "{err}");

    // The passphrase is never sent alone: refused by build(), naming what is missing.
    let err = builder(&server).passphrase(PASSPHRASE).build().expect_err("a passphrase without its key");
    let message = err.to_string();
    assert!(matches!(err, Error::InvalidConfig { .. }), "{err:?}");
    assert!(message.contains("`.passphrase(..)`") && message.contains("`.header_key(..)`"), "{message}");
    assert!(!message.contains(PASSPHRASE));
    assert_eq!(received(&server).await.len(), 1, "nothing sent without all credentials");
}

#[tokio::test]
async fn alternatives_the_first_complete_one_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/either")).respond_with(ok()).mount(&server).await;
    builder(&server).query_key("qk").build().expect("client").with_query_key_or_bearer().await.expect("query key");
    builder(&server).bearer_auth("b").build().expect("client").with_query_key_or_bearer().await.expect("bearer");
    builder(&server)
        .bearer_auth("b")
        .query_key("qk")
        .build()
        .expect("client")
        .with_query_key_or_bearer()
        .await
        .expect("both");
    let sent: Vec<(Option<String>, Option<String>)> = received(&server)
        .await
        .iter()
        .map(|r| {
            let key = r.url.query_pairs().find(|(k, _)| k == "api_key").map(|(_, v)| v.into_owned());
            (key, header_of(r, "authorization"))
        })
        .collect();
    assert_eq!(
        sent,
        [
            (Some("qk".to_string()), None),
            (None, Some("Bearer b".to_string())),
            // Both given: the first alternative of the spec, the query key, alone.
            (Some("qk".to_string()), None),
        ]
    );
    let err = builder(&server).build().expect("client").with_query_key_or_bearer().await.expect_err("none given");
    assert!(matches!(err, Error::MissingCredentials { operation: "withQueryKeyOrBearer" }), "{err:?}");
    assert!(err.to_string().contains("`.query_key(..)`, or `.bearer_auth(..)`"), "{err}");
}

#[tokio::test]
async fn security_none_sends_nothing() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/public")).respond_with(ok()).expect(2).mount(&server).await;
    let client = builder(&server)
        .bearer_auth("b")
        .header_key(KEY)
        .query_key("qk")
        .cookie_key("ck")
        .oauth_token("ot")
        .build()
        .expect("client");
    client.public_status().await.expect("public");
    let request = &received(&server).await[0];
    for name in ["authorization", "x-api-key", "x-passphrase", "cookie"] {
        assert!(request.headers.get(name).is_none(), "{name} sent to a public operation");
    }
    assert_eq!(request.url.query(), None);
    // Without any credential it works just the same.
    builder(&server).build().expect("client").public_status().await.expect("public, anonymous");
}

/// The test's signature: FNV-1a over the secret and the parts, in hex. A real API wants an
/// HMAC; the client does not care what the hook computes.
fn checksum(secret: &str, parts: &[&[u8]]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in std::iter::once(secret.as_bytes()).chain(parts.iter().copied()).flatten() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Verifies `X-Signature` the way the server would: recomputed from the request it got.
struct SignedWith(&'static str);

impl wiremock::Match for SignedWith {
    fn matches(&self, request: &wiremock::Request) -> bool {
        let (Some(timestamp), Some(signature)) = (header_of(request, "x-timestamp"), header_of(request, "x-signature"))
        else {
            return false;
        };
        let query = request.url.query().unwrap_or_default();
        signature == checksum(self.0, &[timestamp.as_bytes(), query.as_bytes(), &request.body])
    }
}

#[tokio::test]
async fn the_signing_hook_signs_every_attempt_after_everything_else() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .and(SignedWith("api-secret"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .and(SignedWith("api-secret"))
        .and(header("x-api-key", KEY))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let clock = Arc::new(AtomicU64::new(1_000));
    let ticks = Arc::clone(&clock);
    let client = builder(&server)
        .max_retries(1)
        .header_key(KEY)
        .sign_with(move |request| {
            // Credentials and body are in place when the hook runs.
            if request.headers().get("x-api-key").is_none() {
                return Err("the credentials are not set yet".into());
            }
            let body = request.body().and_then(|body| body.as_bytes()).ok_or("no body")?.to_vec();
            let timestamp = ticks.fetch_add(1, Ordering::SeqCst).to_string();
            request.headers_mut().insert("x-timestamp", timestamp.parse()?);
            let query = request.url().query().unwrap_or_default().to_string();
            let signature = checksum("api-secret", &[timestamp.as_bytes(), query.as_bytes(), &body]);
            request.headers_mut().insert("x-signature", signature.parse()?);
            Ok(())
        })
        .build()
        .expect("client");
    let order = types::CreateOrderBody { symbol: "BTC".into(), quantity: Some(2) };
    assert!(client.create_order(order.clone()).await.expect("signed, retried, signed again").ok);
    let stamps: Vec<Option<String>> = received(&server).await.iter().map(|r| header_of(r, "x-timestamp")).collect();
    assert_eq!(stamps, [Some("1000".to_string()), Some("1001".to_string())], "the retry was signed anew");

    // A hook that fails stops the request before it is sent.
    let refusing = builder(&server).header_key(KEY).sign_with(|_| Err("no signing key".into())).build().expect("client");
    let err = refusing.create_order(order).await.expect_err("not signed");
    assert!(matches!(err, Error::Signing(_)), "{err:?}");
    assert!(err.to_string().contains("no signing key"), "{err}");
    assert_eq!(received(&server).await.len(), 2, "the unsigned request was not sent");
}

/// Mounts one token answer at the token endpoint, used once.
async fn token(auth: &MockServer, value: &str) {
    // "app-1:s3cr3t%2F%2B" in base64: id and secret form-encoded first (RFC 6749, 2.3.1).
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("authorization", "Basic YXBwLTE6czNjcjN0JTJGJTJC"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("grant_type=client_credentials&scope=read"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": value, "token_type": "Bearer", "expires_in": 60})),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(auth)
        .await;
}

#[tokio::test(start_paused = true)]
async fn oauth2_client_credentials_are_fetched_cached_and_refreshed() {
    let api = MockServer::start().await;
    let auth = MockServer::start().await;
    for value in ["t1", "t2", "t3"] {
        token(&auth, value).await;
    }
    let bearer = |t: &str| header("authorization", format!("Bearer {t}").as_str());
    Mock::given(method("GET")).and(path("/oauth")).and(bearer("t1")).respond_with(ok()).expect(3).mount(&api).await;
    Mock::given(method("GET"))
        .and(path("/oauth"))
        .and(bearer("t2"))
        .respond_with(ok())
        .up_to_n_times(1)
        .expect(1)
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(path("/oauth"))
        .and(bearer("t2"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "token revoked"})))
        .expect(1)
        .mount(&api)
        .await;
    Mock::given(method("GET")).and(path("/oauth")).and(bearer("t3")).respond_with(ok()).expect(1).mount(&api).await;

    let client = builder(&api)
        .http_client(paused_clock_http())
        .oauth2_client_credentials("app-1", CLIENT_SECRET)
        .oauth2_token_url(format!("{}/oauth/token", auth.uri()))
        .oauth2_scopes(["read"])
        .build()
        .expect("client");
    let tokens_fetched = || async { received(&auth).await.len() };
    client.with_oauth().await.expect("first call fetches t1");
    client.with_oauth().await.expect("t1 again, from the cache");
    assert_eq!(tokens_fetched().await, 1);
    // t1 lives 60 s and is refreshed 30 s ahead.
    tokio::time::advance(Duration::from_secs(29)).await;
    client.with_oauth().await.expect("t1 is still fresh");
    assert_eq!(tokens_fetched().await, 1);
    tokio::time::advance(Duration::from_secs(2)).await;
    client.with_oauth().await.expect("t1 about to expire: t2");
    assert_eq!(tokens_fetched().await, 2);
    client.with_oauth().await.expect("t2 refused with 401: t3, and the call is made again once");
    assert_eq!(tokens_fetched().await, 3);

    // The client secret goes only to the token URL, the tokens only to the API.
    for request in received(&api).await {
        assert!(header_of(&request, "authorization").is_some_and(|a| a.starts_with("Bearer t")), "{request:?}");
    }
    for request in received(&auth).await {
        assert!(header_of(&request, "authorization").is_some_and(|a| a.starts_with("Basic ")));
    }
    let debug = format!("{client:?}");
    for secret in [CLIENT_SECRET, "t1", "t3", "app-1"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
}

#[tokio::test]
async fn a_refused_token_request_and_a_token_given_directly() {
    let api = MockServer::start().await;
    let auth = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": "invalid_client", "error_description": "unknown client", "echo": CLIENT_SECRET})),
        )
        .mount(&auth)
        .await;
    Mock::given(method("GET")).and(path("/oauth")).and(header("authorization", "Bearer given")).respond_with(ok()).mount(&api).await;
    let refused = builder(&api)
        .oauth2_client_credentials("app-1", CLIENT_SECRET)
        .oauth2_token_url(format!("{}/oauth/token", auth.uri()))
        .build()
        .expect("client");
    let err = refused.with_oauth().await.expect_err("no token");
    assert!(matches!(err, Error::Token { status: Some(401), .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("invalid_client (unknown client)"), "{message}");
    assert!(!message.contains(CLIENT_SECRET) && !format!("{err:?}").contains(CLIENT_SECRET), "{err:?}");
    assert!(received(&api).await.is_empty(), "nothing sent to the API without a token");
    // A token obtained elsewhere is sent as it is; no token request.
    let given = builder(&api).oauth_token("given").build().expect("client");
    given.with_oauth().await.expect("token given directly");
    assert_eq!(received(&auth).await.len(), 1);
    // The token URL is checked like the server URL.
    let err = Client::builder()
        .oauth2_client_credentials("app-1", CLIENT_SECRET)
        .oauth2_token_url("http://auth.example.com/token")
        .build()
        .expect_err("plain http token URL");
    assert!(matches!(err, Error::InvalidConfig { .. }), "{err:?}");
}

#[tokio::test]
async fn redirects_keep_credentials_on_the_origin_only() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/header-key"))
        .respond_with(ResponseTemplate::new(307).insert_header("Location", "/moved/header-key"))
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(path("/moved/header-key"))
        .and(header("x-api-key", KEY))
        .respond_with(ok())
        .expect(1)
        .mount(&api)
        .await;
    let cdn = format!("{}/landing", elsewhere.uri());
    for op in ["/bearer", "/cookie-key", "/pair"] {
        Mock::given(method("GET"))
            .and(path(op))
            .respond_with(ResponseTemplate::new(302).insert_header("Location", cdn.as_str()))
            .mount(&api)
            .await;
    }
    Mock::given(method("GET")).and(path("/landing")).respond_with(ok()).expect(3).mount(&elsewhere).await;
    let client = builder(&api)
        .header_key(KEY)
        .passphrase(PASSPHRASE)
        .bearer_auth("b")
        .cookie_key("ck")
        .build()
        .expect("client");
    client.with_header_key().await.expect("same-origin redirect, key kept");
    client.with_bearer().await.expect("followed to the other server");
    client.with_cookie_key().await.expect("followed to the other server");
    // Keys in custom headers: reqwest's own redirect policy would forward these.
    client.with_key_and_passphrase().await.expect("followed to the other server");
    for request in received(&elsewhere).await {
        for name in ["authorization", "x-api-key", "x-passphrase", "cookie"] {
            assert!(request.headers.get(name).is_none(), "{name} went to another origin");
        }
    }
}

#[tokio::test]
async fn servers_variables_and_custom_urls() {
    let default = Client::builder().build().expect("default server");
    assert_eq!(default.base_url(), "https://eu.api.authbox.example.com/v2");
    let us = Client::builder().region("us").build().expect("server variable");
    assert_eq!(us.base_url(), "https://us.api.authbox.example.com/v2");
    let sandbox = Client::builder().server(Server::Sandbox).build().expect("sandbox");
    assert_eq!(sandbox.base_url(), "https://sandbox.authbox.example.com/v2");
    assert_eq!(Server::default(), Server::Production);

    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/us/public")).respond_with(ok()).expect(1).mount(&server).await;
    let custom = Client::builder()
        .server(Server::Custom(format!("{}/{{region}}", server.uri())))
        .region("us")
        .allow_http(true)
        .build()
        .expect("custom server");
    assert_eq!(custom.base_url(), format!("{}/us", server.uri()));
    custom.public_status().await.expect("sent to the custom server");
    let refused = Client::builder().server(Server::Custom(server.uri())).build().expect_err("plain http");
    assert!(matches!(refused, Error::InvalidConfig { .. }));
}

#[tokio::test]
async fn an_operation_with_a_server_of_its_own_is_sent_there_with_its_variables_and_credentials() {
    let api = MockServer::start().await;
    let audit = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/us/v1/audit"))
        .and(header("x-api-key", KEY))
        .respond_with(ok())
        .expect(1)
        .mount(&audit)
        .await;
    let client = builder(&api)
        .audit_base_url(format!("{}/{{region}}/v1", audit.uri()))
        .region("us")
        .header_key(KEY)
        .build()
        .expect("client");
    client.audit_log().await.expect("sent to the audit server");
    // The main server choice is kept for the rest, and gets nothing of the audit call.
    client.with_header_key().await.expect_err("the api mock has no route");
    let sent = received(&api).await;
    assert_eq!(sent.iter().map(|r| r.url.path()).collect::<Vec<_>>(), ["/header-key"]);
    // A plain-http override is refused as the client's own base URL is.
    let refused = Client::builder().audit_base_url(audit.uri()).build().expect_err("plain http");
    assert!(matches!(refused, Error::InvalidConfig { .. }));
}

#[test]
fn secrets_stay_out_of_debug() {
    let builder = Client::builder()
        .bearer_auth("bearer-secret")
        .basic_auth("alice", "basic-secret")
        .token_basic("token-secret")
        .header_key("header-secret")
        .passphrase("passphrase-secret")
        .query_key("query-secret")
        .cookie_key("cookie-secret")
        .oauth2_client_credentials("client-id-secret", "client-secret")
        .sign_with(|_| Ok(()));
    let client = builder.clone().build().expect("client");
    for text in [format!("{builder:?}"), format!("{client:?}")] {
        assert!(!text.contains("secret\""), "{text}");
        assert!(text.contains("\"***\""), "{text}");
    }
    let with_token = format!("{:?}", Client::builder().oauth_token("oauth-secret"));
    assert!(!with_token.contains("oauth-secret"), "{with_token}");
}
