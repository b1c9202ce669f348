//! The build.rs-generated Booqable client against a wiremock server on loopback: the path,
//! the `api_key` query credential, the typed responses, and what the client refuses to send.

use booqable_build_example::{Client, Error};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "test-key-123";

/// A text field of a typed response, whether the spec makes it required (`String`) or optional
/// (`Option<String>`): the committed spec is regenerated from the docs, and which fields the
/// docs require may change; the field names and their values may not.
fn text(field: impl Into<Option<String>>) -> Option<String> {
    field.into()
}

/// A client for `server`; `key` is the API key, if any.
fn client(server: &MockServer, key: Option<&str>) -> Client {
    let mut builder = Client::builder().base_url(server.uri()).allow_http(true).max_retries(0);
    if let Some(key) = key {
        builder = builder.api_key(key);
    }
    builder.build().expect("a loopback client builds")
}

#[tokio::test]
async fn lists_customers_with_the_api_key_as_a_query_parameter() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/customers"))
        .and(query_param("api_key", KEY))
        .and(query_param("page", "2"))
        .and(query_param("per", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "customers": [{"id": "c-1", "name": "Ada Lovelace", "email": "ada@example.com"}],
            "meta": {"total_count": 3}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let page = client(&server, Some(KEY)).list_customers().page(2).per(1).send().await.expect("customers");

    assert_eq!(page.customers.len(), 1);
    let customer = page.customers[0].clone();
    assert_eq!(text(customer.name).as_deref(), Some("Ada Lovelace"));
    assert_eq!(text(customer.id).as_deref(), Some("c-1"));
    assert_eq!(text(customer.email).as_deref(), Some("ada@example.com"));

    let requests = server.received_requests().await.expect("requests are recorded");
    assert_eq!(requests.len(), 1);
    let keys: Vec<_> = requests[0].url.query_pairs().filter(|(name, _)| name == "api_key").collect();
    assert_eq!(keys.len(), 1, "the key is sent exactly once: {}", requests[0].url);
    assert!(requests[0].headers.get("authorization").is_none(), "the key travels in the query only");
}

#[tokio::test]
async fn gets_one_customer_by_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/customers/cust%2042"))
        .and(query_param("api_key", KEY))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"customer": {"id": "cust 42", "name": "Grace Hopper"}})),
        )
        .expect(1)
        .mount(&server)
        .await;

    let got = client(&server, Some(KEY)).get_customer("cust 42").await.expect("customer");

    assert_eq!(text(got.customer.id).as_deref(), Some("cust 42"));
    assert_eq!(text(got.customer.name).as_deref(), Some("Grace Hopper"));
}

#[tokio::test]
async fn an_error_response_carries_its_status_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/customers/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"error": {"message": "Not found"}})))
        .expect(1)
        .mount(&server)
        .await;

    let err = client(&server, Some(KEY)).get_customer("missing").await.expect_err("a 404");

    assert_eq!(err.status(), Some(404));
    match err {
        Error::Status { status, body, .. } => {
            assert_eq!(status, 404);
            assert!(body.contains("Not found"), "the raw body is kept: {body}");
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

#[tokio::test]
async fn refuses_to_call_without_the_api_key() {
    let server = MockServer::start().await;

    let err = client(&server, None).list_customers().send().await.expect_err("no key, no request");

    assert!(
        matches!(err, Error::MissingCredentials { operation: "list_customers" }),
        "expected MissingCredentials, got {err:?}"
    );
    let requests = server.received_requests().await.expect("requests are recorded");
    assert!(requests.is_empty(), "nothing reached the server");
}

#[test]
fn the_company_slug_fills_the_server_url_and_plain_http_needs_opting_in() {
    let client = Client::builder().company_slug("acme").api_key(KEY).build().expect("client");
    assert_eq!(client.base_url(), "https://acme.booqable.com/api/1");

    let refused = Client::builder().base_url("http://127.0.0.1:9").api_key(KEY).build();
    assert!(matches!(refused, Err(Error::InvalidConfig { .. })), "plain http refused by default");
}
