//! Redirects of the generated authbox client (wiremock on loopback): on a redirect to another
//! origin no credential of any kind goes along (headers, cookie, query keys in the target URL,
//! the signature), a request body is not sent elsewhere, and the target's own query is kept.
//! (Downgrades from https are refused: unit-tested in the generated `redirect` module, since
//! loopback has no certificate.) Copied into the generated crate by client-gen's compile test.

use authbox::{Client, ClientBuilder, Error};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "key-123";

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"ok": true}))
}

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().base_url(server.uri()).allow_http(true).max_retries(0)
}

async fn redirect(api: &MockServer, from: &str, status: u16, to: &str) {
    Mock::given(path(from))
        .respond_with(ResponseTemplate::new(status).insert_header("Location", to))
        .mount(api)
        .await;
}

#[tokio::test]
async fn a_credential_query_key_in_the_target_url_is_removed() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    // A server that copies the request's query into its redirect.
    let target = format!("{}/landing?api_key={KEY}&q=kept", elsewhere.uri());
    redirect(&api, "/query-key", 302, &target).await;
    Mock::given(method("GET"))
        .and(path("/landing"))
        .and(query_param("q", "kept"))
        .respond_with(ok())
        .expect(1)
        .mount(&elsewhere)
        .await;
    let client = builder(&api).query_key(KEY).build().expect("client");
    client.with_query_key("kept").await.expect("followed");
    let sent = elsewhere.received_requests().await.expect("recorded");
    assert_eq!(sent.len(), 1);
    let url = sent[0].url.to_string();
    assert!(!url.contains(KEY) && !url.contains("api_key"), "query key sent elsewhere: {url}");
}

#[tokio::test]
async fn no_header_cookie_or_signature_goes_to_another_origin() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    let target = format!("{}/landing", elsewhere.uri());
    for op in ["/header-key", "/cookie-key", "/pair", "/bearer", "/basic"] {
        redirect(&api, op, 307, &target).await;
    }
    Mock::given(path("/landing")).respond_with(ok()).expect(5).mount(&elsewhere).await;
    let client = builder(&api)
        .header_key(KEY)
        .passphrase("open sesame")
        .cookie_key("ck")
        .bearer_auth("b")
        .basic_auth("alice", "pw")
        .sign_with(|request| {
            request.headers_mut().insert("x-signature", "sig".parse().expect("header"));
            request.headers_mut().insert("x-timestamp", "1".parse().expect("header"));
            Ok(())
        })
        .build()
        .expect("client");
    client.with_header_key().await.expect("followed");
    client.with_cookie_key().await.expect("followed");
    client.with_key_and_passphrase().await.expect("followed");
    client.with_bearer().await.expect("followed");
    client.with_basic().await.expect("followed");
    for request in elsewhere.received_requests().await.expect("recorded") {
        for name in ["authorization", "x-api-key", "x-passphrase", "cookie", "x-signature", "x-timestamp"] {
            assert!(request.headers.get(name).is_none(), "{name} went to another origin");
        }
    }
}

#[tokio::test]
async fn a_request_body_is_not_sent_elsewhere() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    redirect(&api, "/orders", 307, &format!("{}/orders", elsewhere.uri())).await;
    let client = builder(&api).header_key(KEY).build().expect("client");
    let body = authbox::types::CreateOrderBody { symbol: "X".to_string(), quantity: None };
    let err = client.create_order(body).await.expect_err("307 elsewhere with a body");
    assert_eq!(err.status(), Some(307), "{err:?}");
    assert!(elsewhere.received_requests().await.expect("recorded").is_empty());
}

#[tokio::test]
async fn a_redirect_to_another_scheme_is_refused() {
    let api = MockServer::start().await;
    redirect(&api, "/header-key", 302, "ftp://files.example.com/key").await;
    let client = builder(&api).header_key(KEY).build().expect("client");
    let err = client.with_header_key().await.expect_err("ftp");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
}
