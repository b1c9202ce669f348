//! The generated Booqable client (`clients/booqable`, crate `booqable-client`) on the wire,
//! against wiremock on loopback. What it proves, from `specs/booqable/openapi.yaml` and the docs:
//!
//! - credentials: the API key is the `api_key` query parameter (security scheme `apiKey`,
//!   `in: query`, `name: api_key`; the docs: "appending `?api_key=API_KEY_HERE`"), on every
//!   request including each page of a stream, next to the operation's own parameters, never in a
//!   header, never in the client's `Debug` or in an error; the server URL is built from the
//!   `company_slug` server variable;
//! - lists: `x-pagination` style `page` (`page` from 1, size in `per`, the end given by
//!   `meta.total_count`): the `*_stream` asks for pages 1, 2, 3 with `per` kept, and stops once
//!   it has seen `total_count` items, with every item in order;
//! - errors: a 422 with the documented `items_not_available` body comes back as `Error::Status`
//!   with the status, the raw body and the decoded body;
//! - 429: retried after `Retry-After` seconds (tokio's paused clock, no real sleep). The API
//!   documents no rate limit (the spec has no `x-rate-limit`).

use std::time::Duration;

use booqable_client::{types, Client, Error};
use futures::TryStreamExt;
use provider_wire_tests::{field_of_each, json, pairs, paused_clock_http, query};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "example_key-test";

fn client(server: &MockServer) -> Client {
    Client::builder().api_key(KEY).base_url(server.uri()).allow_http(true).build().expect("client")
}

fn customer(id: &str) -> serde_json::Value {
    json!({"id": id, "number": 1, "name": format!("Customer {id}"), "email": format!("{id}@example.com")})
}

/// The credential matcher: a request without exactly this key matches no mock (wiremock then
/// answers 404, which fails the test).
fn authed(mock: wiremock::MockBuilder) -> wiremock::MockBuilder {
    mock.and(query_param("api_key", KEY))
}

#[tokio::test]
async fn the_key_is_the_api_key_query_parameter() {
    let server = MockServer::start().await;
    let id = "b496c71d-2211-4e27-bf80-3058e5294358";
    authed(Mock::given(method("GET")).and(path(format!("/customers/{id}"))))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"customer": customer(id)})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let got = client.get_customer(id).await.expect("customer");
    assert_eq!(json(&got)["customer"]["id"], id);

    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    assert_eq!(query(&requests[0]), pairs(&[("api_key", KEY)]), "only the key, once");
    assert!(requests[0].headers.get("authorization").is_none());
    assert!(!requests[0].headers.values().any(|v| v.as_bytes().windows(KEY.len()).any(|w| w == KEY.as_bytes())));

    assert!(!format!("{client:?}").contains(KEY), "{client:?}");
    let slug = Client::builder().company_slug("acme").build().expect("server from the slug");
    assert_eq!(slug.base_url(), "https://acme.booqable.com/api/1");
    // The docs say the slug must be replaced: no sample tenant is filled in for the user.
    let err = Client::builder().api_key(KEY).build().expect_err("the company slug is required");
    assert!(matches!(&err, Error::InvalidConfig { message } if message.contains("company_slug")), "{err:?}");

    let anonymous = Client::builder().base_url(server.uri()).allow_http(true).build().expect("client");
    let err = anonymous.get_customer(id).await.expect_err("no credentials");
    assert!(matches!(err, Error::MissingCredentials { .. }), "{err:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1, "nothing sent without a key");
}

#[tokio::test]
async fn the_stream_follows_page_and_per_until_meta_total_count() {
    let server = MockServer::start().await;
    for (page, ids) in [(1, vec!["c1", "c2"]), (2, vec!["c3", "c4"]), (3, vec!["c5"])] {
        let customers: Vec<_> = ids.iter().map(|id| customer(id)).collect();
        authed(Mock::given(method("GET")).and(path("/customers")))
            .and(query_param("page", page.to_string()))
            .and(query_param("per", "2"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"customers": customers, "meta": {"total_count": 5}})),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let all: Vec<types::Customer> =
        client(&server).list_customers().per(2).stream().try_collect().await.expect("all pages");
    assert_eq!(field_of_each(&all, "/id"), ["c1", "c2", "c3", "c4", "c5"]);

    let requests = server.received_requests().await.expect("recorded");
    let sent: Vec<_> = requests.iter().map(query).collect();
    assert_eq!(
        sent,
        [
            pairs(&[("api_key", KEY), ("page", "1"), ("per", "2")]),
            pairs(&[("api_key", KEY), ("page", "2"), ("per", "2")]),
            pairs(&[("api_key", KEY), ("page", "3"), ("per", "2")]),
        ],
        "one request per page, the key on each, none after the last"
    );
}

#[tokio::test]
async fn the_documented_error_body_is_decoded_and_the_key_stays_out_of_the_error() {
    let server = MockServer::start().await;
    // The "Items not available error example" of `POST /orders/:id/reserve`.
    let body = json!({"error": {"status": "items_not_available", "data": {"2": {"available": 99, "need": 199}}}});
    let id = "364a726b-419f-4156-ac29-71e2f1c6aefa";
    authed(Mock::given(method("POST")).and(path(format!("/orders/{id}/reserve"))))
        .respond_with(ResponseTemplate::new(422).set_body_json(body.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).reserve_order(id).await.expect_err("422");
    assert!(!format!("{err:?} {err}").contains(KEY), "{err:?}");
    assert_eq!(err.status(), Some(422));
    // The operation's own error type, named in its `# Errors` doc section.
    let typed: types::ReserveOrderError = err.body_as().expect("the body decodes as the operation's error type");
    let detail = typed.error.expect("the `error` wrapper");
    assert_eq!(detail.status.as_deref(), Some("items_not_available"));
    assert_eq!(detail.data.as_ref().and_then(|d| d["2"].need), Some(199));
    let Error::Status { status, body: raw, error } = err else { panic!("not a status error: {err:?}") };
    assert_eq!(status, 422);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&raw).expect("raw body is the JSON sent"), body);
    // One operation's error shape is not the API's: the API-wide error stays untyped JSON.
    assert_eq!(error.as_deref(), Some(&body));
}

#[tokio::test(start_paused = true)]
async fn too_many_requests_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/customers")))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/customers")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"customers": [customer("c1")], "meta": {"total_count": 1}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .retry_base_delay(Duration::from_secs(30))
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    let got = client.list_customers().send().await.expect("retried, then 200");
    let waited = start.elapsed();
    assert_eq!(field_of_each(&got.customers, "/id"), ["c1"]);
    assert!(waited >= Duration::from_secs(1) && waited < Duration::from_millis(1100), "{waited:?}");
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 2);
    assert_eq!(query(&requests[1]), pairs(&[("api_key", KEY)]), "the retry carries the key once");
}
