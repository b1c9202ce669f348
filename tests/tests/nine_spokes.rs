//! The generated 9Spokes client (`clients/9spokes`, crate `nine-spokes-client`) on the wire,
//! against wiremock on loopback. What it proves, from `specs/9spokes/openapi.yaml` and the docs:
//!
//! - credentials: the API key is the whole `Authorization` header (security scheme `apiKey`,
//!   `in: header`, `name: Authorization`; the docs: "Do not specify a scheme (such as `basic` or
//!   `bearer`)"), on every request, never in the URL, never in the client's `Debug`; an operation
//!   called without credentials fails before anything is sent;
//! - lists: the API documents no pagination (the spec has no `x-pagination`, the client no
//!   `*_stream`), so a list is one request whose whole `details` array is returned in order;
//! - errors: a 404 with the documented body `{"status": "err", "message": ...}` comes back as
//!   `Error::Status` with the status, the raw body, and the body decoded as the spec's `Error`;
//! - 429: retried after `Retry-After` seconds (on tokio's paused clock), and given up after
//!   `max_retries`, ending with the last 429. The API documents no rate limit (the spec has no
//!   `x-rate-limit`), so the client has no limiter by default.

use std::time::Duration;

use nine_spokes_client::{types, Client, Error};
use provider_wire_tests::{field_of_each, header_values, json, paused_clock_http};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A made-up key in the documented shape (`63TX2kPSahV...xk7MKge9ut`).
const KEY: &str = "63TX2kPSahV-test-key-xk7MKge9ut";

fn client(server: &MockServer) -> Client {
    Client::builder().api_key(KEY).base_url(server.uri()).allow_http(true).build().expect("client")
}

fn company(id: &str) -> serde_json::Value {
    json!({"id": id, "name": format!("Company {id}"), "created": "2019-01-01T00:00:00Z"})
}

#[tokio::test]
async fn the_raw_key_is_the_whole_authorization_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/companies/acme"))
        .and(header("Authorization", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "ok", "details": company("acme")})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let got = client.get_company("acme").await.expect("company");
    assert_eq!(json(&got.details)["id"], "acme");

    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    // Exactly one Authorization header, the bare key: no `Bearer `/`Basic ` scheme, no base64.
    assert_eq!(header_values(&requests[0], "authorization"), [KEY]);
    assert_eq!(requests[0].url.query(), None, "the key must not travel in the URL");

    assert!(!format!("{client:?}").contains(KEY), "{client:?}");
    let builder = Client::builder().api_key(KEY);
    assert!(!format!("{builder:?}").contains(KEY), "{builder:?}");
    assert_eq!(builder.build().expect("default server").base_url(), "https://sandbox.api.9spokes.com");
}

#[tokio::test]
async fn without_a_key_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200)).expect(0).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).allow_http(true).build().expect("client");
    let err = client.list_companies().await.expect_err("no credentials");
    assert!(matches!(err, Error::MissingCredentials { operation: "list_companies" }), "{err:?}");
}

#[tokio::test]
async fn a_list_is_one_response_in_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/companies"))
        .and(header("Authorization", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"status": "ok", "details": [company("c1"), company("c2"), company("c3"), company("c4")]}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let got = client(&server).list_companies().await.expect("companies");
    assert_eq!(field_of_each(&got.details, "/id"), ["c1", "c2", "c3", "c4"]);
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].url.query(), None, "no paging parameters: the API documents none");
}

#[tokio::test]
async fn the_documented_error_body_is_decoded() {
    let server = MockServer::start().await;
    let body = json!({"status": "err", "message": "This connection does not exist"});
    Mock::given(method("GET"))
        .and(path("/companies/acme/connections/nope"))
        .and(header("Authorization", KEY))
        .respond_with(ResponseTemplate::new(404).set_body_json(body.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).get_company_connection("acme", "nope").await.expect_err("404");
    assert_eq!(err.status(), Some(404));
    let Error::Status { status, body: raw, error } = err else { panic!("not a status error: {err:?}") };
    assert_eq!(status, 404);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&raw).expect("raw body is the JSON sent"), body);
    // Decoded as the spec's `Error` schema, both of its fields kept.
    let error: Box<types::ErrorBody> = error.expect("the body decodes as the API's error type");
    assert_eq!(json(&*error), body);
}

#[tokio::test(start_paused = true)]
async fn too_many_requests_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/companies"))
        .and(header("Authorization", KEY))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/companies"))
        .and(header("Authorization", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "ok", "details": [company("c1")]})))
        .expect(1)
        .mount(&server)
        .await;
    // A backoff far from 1 s: ignoring `Retry-After` would show in the elapsed time.
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .retry_base_delay(Duration::from_secs(30))
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    let got = client.list_companies().await.expect("retried, then 200");
    let waited = start.elapsed();
    assert_eq!(field_of_each(&got.details, "/id"), ["c1"]);
    assert!(waited >= Duration::from_secs(1) && waited < Duration::from_millis(1100), "{waited:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 2);
}

#[tokio::test(start_paused = true)]
async fn retries_stop_after_max_retries_with_the_last_429() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/companies"))
        .and(header("Authorization", KEY))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "2")
                .set_body_json(json!({"status": "err", "message": "slow down"})),
        )
        .expect(3)
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .max_retries(2)
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    let err = client.list_companies().await.expect_err("still 429");
    let waited = start.elapsed();
    assert_eq!(err.status(), Some(429), "{err:?}");
    // Two waits of `Retry-After: 2`, none after the last attempt.
    assert!(waited >= Duration::from_secs(4) && waited < Duration::from_millis(4100), "{waited:?}");
}
