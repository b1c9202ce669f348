//! The generated Spaces client (`clients/spaces`, crate `spaces-client`) on the wire, against
//! wiremock on loopback. What it proves, from `specs/spaces/openapi.yaml` and the docs:
//!
//! - credentials: HTTP Basic with the access token as the user name and an empty password
//!   (security scheme `basicAuth`, `scheme: basic`, `x-token-as: username`; the docs:
//!   `curl ... -u ACCESS_TOKEN:`), i.e. `Authorization: Basic base64("token:")`, on every request
//!   including each page of a stream, never in the URL, never in the client's `Debug`;
//! - lists: `x-pagination` style `cursor` (`starting_after` = the `id` of the last item, size in
//!   `limit`, the end given by `has_more`): the `*_stream` sends no cursor first, then the last
//!   id of each page, keeps `limit`, and stops at `has_more: false`, with every item in order;
//! - errors: a 404 with the documented `{"message": ...}` body comes back as `Error::Status` with
//!   the status, the raw body, and the body decoded as the spec's `Error`;
//! - 429: retried after `Retry-After` seconds (tokio's paused clock, no real sleep). The API
//!   documents no rate limit (the spec has no `x-rate-limit`).

use std::time::Duration;

use futures::TryStreamExt;
use provider_wire_tests::{field_of_each, header_values, json, pairs, paused_clock_http, query};
use serde_json::json;
use spaces_client::{types, Client, Error};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "ACCESS_TOKEN_test";
/// `Basic ` and base64 of `ACCESS_TOKEN_test:` (`printf 'ACCESS_TOKEN_test:' | base64`).
const BASIC: &str = "Basic QUNDRVNTX1RPS0VOX3Rlc3Q6";

fn client(server: &MockServer) -> Client {
    Client::builder().basic_auth(TOKEN).base_url(server.uri()).allow_http(true).build().expect("client")
}

fn customer(id: &str) -> serde_json::Value {
    json!({"object": "customer", "id": id, "name": "John Doe", "email": "test@example.com", "created": 1410196557})
}

/// The credential matcher: a request without exactly this header matches no mock (wiremock then
/// answers 404, which fails the test).
fn authed(mock: wiremock::MockBuilder) -> wiremock::MockBuilder {
    mock.and(header("Authorization", BASIC))
}

#[test]
fn the_expected_header_is_base64_of_token_colon() {
    // Guards the constant the other tests match on (RFC 4648 base64 of "ACCESS_TOKEN_test:").
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{TOKEN}:").into_bytes();
    let mut encoded = String::new();
    for chunk in input.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                encoded.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                encoded.push('=');
            }
        }
    }
    assert_eq!(format!("Basic {encoded}"), BASIC);
}

#[tokio::test]
async fn the_token_is_the_basic_user_name_with_an_empty_password() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/customers/CUSTOMER_TOKEN")))
        .respond_with(ResponseTemplate::new(200).set_body_json(customer("CUSTOMER_TOKEN")))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let got = client.get_customer("CUSTOMER_TOKEN").await.expect("customer");
    assert_eq!(json(&got)["id"], "CUSTOMER_TOKEN");

    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    assert_eq!(header_values(&requests[0], "authorization"), [BASIC]);
    assert_eq!(requests[0].url.query(), None, "the token must not travel in the URL");
    assert_eq!(requests[0].url.username(), "");

    assert!(!format!("{client:?}").contains(TOKEN), "{client:?}");
    assert_eq!(Client::builder().build().expect("default server").base_url(), "https://spaces.pe/api/v1");

    let anonymous = Client::builder().base_url(server.uri()).allow_http(true).build().expect("client");
    let err = anonymous.get_customer("CUSTOMER_TOKEN").await.expect_err("no credentials");
    assert!(matches!(err, Error::MissingCredentials { .. }), "{err:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1, "nothing sent without a token");
}

#[tokio::test]
async fn the_stream_follows_starting_after_until_has_more_is_false() {
    let server = MockServer::start().await;
    let page = |ids: &[&str], has_more: bool| {
        let data: Vec<_> = ids.iter().map(|id| customer(id)).collect();
        ResponseTemplate::new(200)
            .set_body_json(json!({"object": "list", "count": 5, "has_more": has_more, "data": data}))
    };
    authed(Mock::given(method("GET")).and(path("/customers")))
        .and(query_param("limit", "2"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(page(&["cus_1", "cus_2"], true))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/customers")))
        .and(query_param("limit", "2"))
        .and(query_param("starting_after", "cus_2"))
        .respond_with(page(&["cus_3", "cus_4"], true))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/customers")))
        .and(query_param("limit", "2"))
        .and(query_param("starting_after", "cus_4"))
        .respond_with(page(&["cus_5"], false))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Customer> =
        client(&server).list_customers().limit(2).stream().try_collect().await.expect("all pages");
    assert_eq!(field_of_each(&all, "/id"), ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]);

    let requests = server.received_requests().await.expect("recorded");
    let sent: Vec<_> = requests.iter().map(query).collect();
    assert_eq!(
        sent,
        [
            pairs(&[("limit", "2")]),
            pairs(&[("limit", "2"), ("starting_after", "cus_2")]),
            pairs(&[("limit", "2"), ("starting_after", "cus_4")]),
        ],
        "one request per page, none after has_more: false"
    );
    assert!(requests.iter().all(|r| header_values(r, "authorization") == [BASIC]), "credentials on every page");
}

#[tokio::test]
async fn the_documented_error_body_is_decoded() {
    let server = MockServer::start().await;
    let body = json!({"message": "No such customer: nope"});
    authed(Mock::given(method("GET")).and(path("/customers/nope")))
        .respond_with(ResponseTemplate::new(404).set_body_json(body.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).get_customer("nope").await.expect_err("404");
    assert_eq!(err.status(), Some(404));
    let Error::Status { status, body: raw, error } = err else { panic!("not a status error: {err:?}") };
    assert_eq!(status, 404);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&raw).expect("raw body is the JSON sent"), body);
    // Decoded as the spec's `Error` schema.
    let error: Box<types::ErrorBody> = error.expect("the body decodes as the API's error type");
    assert_eq!(json(&*error), body);
}

#[tokio::test(start_paused = true)]
async fn too_many_requests_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/customers/c1")))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/customers/c1")))
        .respond_with(ResponseTemplate::new(200).set_body_json(customer("c1")))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .basic_auth(TOKEN)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .retry_base_delay(Duration::from_secs(30))
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    let got = client.get_customer("c1").await.expect("retried, then 200");
    let waited = start.elapsed();
    assert_eq!(json(&got)["id"], "c1");
    assert!(waited >= Duration::from_secs(1) && waited < Duration::from_millis(1100), "{waited:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 2);
}
