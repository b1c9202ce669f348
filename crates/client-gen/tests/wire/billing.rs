//! Wire behaviour of the generated billing client (cursor and offset pagination, a token sent
//! as the Basic user name) against wiremock on loopback. Copied in by client-gen's compile test.

use billing::{types, Client, Error};
use futures::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .basic_auth("sk_test_123")
        .base_url(server.uri())
        .allow_http(true)
        .build()
        .expect("client")
}

fn customer(id: &str) -> serde_json::Value {
    json!({"id": id, "object": "customer", "email": null})
}

#[tokio::test]
async fn cursor_pages_until_has_more_is_false() {
    let server = MockServer::start().await;
    // "sk_test_123:" in base64.
    let auth = "Basic c2tfdGVzdF8xMjM6";
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(header("authorization", auth))
        .and(query_param_is_missing("starting_after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"object": "list", "data": [customer("cus_1"), customer("cus_2")], "has_more": true}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("starting_after", "cus_2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"object": "list", "data": [customer("cus_3")], "has_more": false})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Customer> = client(&server).list_customers_stream().try_collect().await.expect("pages");
    let ids: Vec<_> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
}

#[tokio::test]
async fn a_repeated_cursor_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"object": "list", "data": [customer("cus_1")], "has_more": true})),
        )
        .mount(&server)
        .await;
    let items: Vec<Result<types::Customer, Error>> =
        futures::StreamExt::collect(client(&server).list_customers_stream()).await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(matches!(items[2], Err(Error::Pagination { .. })));
}

#[tokio::test]
async fn offset_pages_stop_at_a_short_page() {
    let server = MockServer::start().await;
    let invoice = |id: &str| json!({"id": id, "lines": [[1.0, 2.5], []]});
    Mock::given(method("GET"))
        .and(path("/v1/invoices"))
        .and(query_param("offset", "0"))
        .and(query_param("count", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([invoice("in_1"), invoice("in_2")])))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/invoices"))
        .and(query_param("offset", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([invoice("in_3")])))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Invoice> =
        client(&server).list_invoices().count(2).stream().try_collect().await.expect("pages");
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].lines, vec![vec![1.0, 2.5], vec![]]);
}

#[tokio::test]
async fn one_of_decodes_each_alternative() {
    let card: types::PaymentSource = serde_json::from_value(json!({"brand": "visa", "last4": "4242"})).expect("card");
    assert!(matches!(card, types::PaymentSource::Card(_)));
    let bank: types::PaymentSource = serde_json::from_value(json!({"routing_number": "110000000"})).expect("bank");
    assert!(matches!(bank, types::PaymentSource::BankAccount(_)));
    let id: types::PaymentSource = serde_json::from_value(json!("src_123")).expect("id");
    assert!(matches!(id, types::PaymentSource::String(_)));
    let brand: types::CardBrand = serde_json::from_value(json!("discover")).expect("unknown value");
    assert_eq!(brand.as_str(), None);
}

#[tokio::test]
async fn missing_credentials_are_an_error_before_sending() {
    let client = Client::builder().base_url("http://127.0.0.1:9").allow_http(true).build().expect("client");
    let err = client.retrieve_customer("cus_1").send().await.expect_err("no credentials");
    assert!(matches!(err, Error::MissingCredentials { .. }), "{err:?}");
}

/// `next_cursor`: the cursor comes from the response (`paging.next`), not from the last item;
/// pages shorter than the page size do not end the list, a null cursor does.
#[tokio::test]
async fn a_cursor_from_the_response_is_followed_until_it_is_null() {
    let server = MockServer::start().await;
    let page = |kinds: &[&str], next: serde_json::Value| {
        let events: Vec<_> = kinds.iter().map(|k| json!({"kind": k})).collect();
        ResponseTemplate::new(200).set_body_json(json!({"events": events, "paging": {"next": next}}))
    };
    Mock::given(method("GET"))
        .and(path("/v1/events"))
        .and(query_param_is_missing("cursor"))
        .respond_with(page(&["a"], json!("c2")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/events"))
        .and(query_param("cursor", "c2"))
        .respond_with(page(&["b"], json!("c3")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/events"))
        .and(query_param("cursor", "c3"))
        .respond_with(page(&["c"], json!(null)))
        .expect(1)
        .mount(&server)
        .await;
    let events: Vec<_> =
        client(&server).list_events().page_size(5).stream().try_collect().await.expect("three pages to the end");
    let kinds: Vec<_> = events.iter().map(|e| e.kind.clone().unwrap_or_default()).collect();
    assert_eq!(kinds, ["a", "b", "c"]);
}
