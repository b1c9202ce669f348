//! The generated Seven Time client (`clients/seventime`, crate `seventime-client`) on the wire,
//! against wiremock on loopback. What it proves, from `specs/seventime/openapi.yaml` and the docs:
//!
//! - credentials: the API key goes in the `Client-Secret` header (security scheme `apiKey`,
//!   `in: header`, `name: Client-Secret`) with the `Accept: application/json` the docs require on
//!   every request, nowhere else (no `Authorization`, not in the URL, not in `Debug`);
//! - lists: `x-pagination` style `page` (`page` from 1, size in `limit`, the end given by
//!   `meta.totalPages` and `meta.totalResources`): the `*_stream` asks for pages 1, 2, 3 with
//!   `limit` kept, and stops after the last page the server announced although it was full,
//!   with every item in order;
//! - errors: a 404 with the documented `errorMessage` body comes back as `Error::Status` with
//!   the status, the raw body and the decoded body;
//! - 429: retried after `Retry-After` seconds (tokio's paused clock, no real sleep);
//! - rate limit: the spec's `x-rate-limit` (4 requests per 1 s, "The limit is **4 requests per
//!   second**") is kept by default: no second-long window ever holds more than 4 requests.

use std::time::Duration;

use futures::TryStreamExt;
use provider_wire_tests::{field_of_each, header_values, json, pairs, paused_clock_http, query};
use serde_json::json;
use seventime_client::{types, Client, Error};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "thisismysecretkey-test";

fn client(server: &MockServer) -> Client {
    Client::builder().api_key(SECRET).base_url(server.uri()).allow_http(true).build().expect("client")
}

/// A customer with every field the docs show in each of their customer examples (the spec
/// requires those).
fn customer(id: &str) -> serde_json::Value {
    json!({
        "_id": id, "customerNumber": "733352", "name": format!("Customer {id}"), "isActive": true,
        "organizationNumber": "555555-5555", "email": "email@company.com", "phone": "1234-123456",
        "city": "Stockholm", "zipCode": "123 45", "address": "Östra Gatan 129", "documents": [],
        "billingSettings": {}, "modifiedDate": "2018-10-01T18:12:06.025Z", "createdDate": "2018-10-01T18:12:06.025Z"
    })
}

/// A department with every field the docs show in each of their department examples.
fn department(id: &str) -> serde_json::Value {
    json!({"_id": id, "name": format!("Department {id}"), "departmentNumber": id, "isActive": true, "managerIds": []})
}

/// The credential matchers: a request without exactly this secret matches no mock (wiremock
/// then answers 404, which fails the test).
fn authed(mock: wiremock::MockBuilder) -> wiremock::MockBuilder {
    mock.and(header("Client-Secret", SECRET)).and(header("Accept", "application/json"))
}

#[tokio::test]
async fn the_key_goes_in_the_client_secret_header() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/customers/571f61330c7f498a2d5812")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": customer("571f61330c7f498a2d5812")})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let got = client.get_customer("571f61330c7f498a2d5812").await.expect("customer");
    assert_eq!(json(&got.data)["_id"], "571f61330c7f498a2d5812");

    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    assert_eq!(header_values(&requests[0], "client-secret"), [SECRET]);
    assert!(requests[0].headers.get("authorization").is_none());
    assert_eq!(requests[0].url.query(), None, "the key must not travel in the URL");

    assert!(!format!("{client:?}").contains(SECRET), "{client:?}");
    assert_eq!(Client::builder().build().expect("default server").base_url(), "https://app.seventime.se/api/2");

    let anonymous = Client::builder().base_url(server.uri()).allow_http(true).build().expect("client");
    let err = anonymous.get_customer("x").await.expect_err("no credentials");
    assert!(matches!(err, Error::MissingCredentials { .. }), "{err:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1, "nothing sent without a key");
}

#[tokio::test]
async fn the_stream_follows_page_and_limit_until_the_meta_totals() {
    let server = MockServer::start().await;
    // Full pages of 2 (the `limit` asked for), so a short page cannot end the stream: only the
    // documented `meta` totals (`totalPages`, `totalResources`) say page 3 is the last.
    for (page, ids) in [(1, ["d1", "d2"]), (2, ["d3", "d4"]), (3, ["d5", "d6"])] {
        let data: Vec<_> = ids.iter().map(|id| department(id)).collect();
        authed(Mock::given(method("GET")).and(path("/departments")))
            .and(query_param("page", page.to_string()))
            .and(query_param("limit", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(
                json!({"meta": {"totalResources": 6, "totalPages": 3, "currentPage": page}, "data": data}),
            ))
            .expect(1)
            .mount(&server)
            .await;
    }
    let all: Vec<types::Department> =
        client(&server).list_departments().limit(2).stream().try_collect().await.expect("all pages");
    assert_eq!(field_of_each(&all, "/_id"), ["d1", "d2", "d3", "d4", "d5", "d6"]);

    let requests = server.received_requests().await.expect("recorded");
    let sent: Vec<_> = requests.iter().map(query).collect();
    assert_eq!(
        sent,
        [
            pairs(&[("limit", "2"), ("page", "1")]),
            pairs(&[("limit", "2"), ("page", "2")]),
            pairs(&[("limit", "2"), ("page", "3")]),
        ],
        "one request per page, none after the last"
    );
}

#[tokio::test]
async fn the_documented_error_message_is_decoded() {
    let server = MockServer::start().await;
    // "When applicable the error message will be available in the response as `errorMessage`."
    let body = json!({"errorMessage": "Customer not found"});
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
    let error = error.expect("the body decodes as the API's error type");
    assert_eq!(error.error_message.as_deref(), Some("Customer not found"));
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
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": customer("c1")})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .retry_base_delay(Duration::from_secs(30))
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    let got = client.get_customer("c1").await.expect("retried, then 200");
    let waited = start.elapsed();
    assert_eq!(json(&got.data)["_id"], "c1");
    assert!(waited >= Duration::from_secs(1) && waited < Duration::from_millis(1100), "{waited:?}");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 2);
}

#[tokio::test(start_paused = true)]
async fn the_documented_rate_limit_is_kept_by_default() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/customers/c1")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": customer("c1")})))
        .expect(9)
        .mount(&server)
        .await;
    // No `.rate_limit(..)`: the default must be the documented one.
    let client = Client::builder()
        .api_key(SECRET)
        .base_url(server.uri())
        .allow_http(true)
        .http_client(paused_clock_http())
        .build()
        .expect("client");
    // Sequential calls: while a request is in flight no timer is pending, so virtual time stands
    // still, and the time a call returns is the time its request was let through.
    let start = tokio::time::Instant::now();
    let mut sent = Vec::new();
    for _ in 0..9 {
        client.get_customer("c1").await.expect("200");
        sent.push(start.elapsed());
    }
    // A burst of 4 goes at once...
    assert!(sent[..4].iter().all(|t| *t < Duration::from_millis(10)), "{sent:?}");
    // ...and no 1 s window (the window starting at any request) holds more than 4 requests.
    for (i, t) in sent.iter().enumerate().skip(4) {
        assert!(
            *t >= sent[i - 4] + Duration::from_secs(1),
            "request {} went {:?} after request {}: {sent:?}",
            i + 1,
            *t - sent[i - 4],
            i - 3
        );
    }
    // Not slower than the limit either: 9 requests at 4 per second fit in a bit over 2 s.
    assert!(sent[8] < Duration::from_millis(2100), "{sent:?}");
}
