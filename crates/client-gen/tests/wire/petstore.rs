//! Wire behaviour of the generated petstore client against wiremock on loopback.
//! (Copied into the generated crate by client-gen's compile test.)

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use petstore::{types, Client, Error};
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key("secret-key-123")
        .base_url(server.uri())
        .allow_http(true)
        .no_rate_limit()
        .build()
        .expect("client")
}

fn pet(id: &str) -> serde_json::Value {
    json!({"id": id, "name": format!("pet {id}"), "status": "available", "tag": null})
}

#[tokio::test]
async fn raw_key_in_authorization_and_encoded_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/a%2Fb%20c"))
        .and(header("Authorization", "secret-key-123"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pet("a/b c")))
        .expect(1)
        .mount(&server)
        .await;
    let got = client(&server).get_pet("a/b c").await.expect("pet");
    assert_eq!(got.id.as_deref(), Some("a/b c"));
    assert_eq!(got.status, types::PetStatus::Available);
}

#[tokio::test]
async fn no_credentials_where_the_spec_says_none() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&server)
        .await;
    assert_eq!(client(&server).health().await.expect("health"), "ok");
    let requests = server.received_requests().await.expect("recorded");
    assert!(requests[0].headers.get("authorization").is_none());
}

#[tokio::test]
async fn stream_follows_pages_to_the_end() {
    let server = MockServer::start().await;
    for (page, ids) in [(1, vec!["1", "2"]), (2, vec!["3", "4"]), (3, vec!["5"])] {
        let data: Vec<_> = ids.iter().map(|id| pet(id)).collect();
        Mock::given(method("GET"))
            .and(path("/pets"))
            .and(query_param("page", page.to_string()))
            .and(query_param("per_page", "2"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"data": data, "meta": {"page": page, "total_pages": 3}})),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let pets: Vec<types::Pet> = client(&server)
        .list_pets()
        .per_page(2)
        .stream()
        .try_collect()
        .await
        .expect("all pages");
    let ids: Vec<_> = pets.iter().filter_map(|p| p.id.clone()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
}

#[tokio::test]
async fn a_server_that_never_stops_hits_max_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        // A new item on every page (the same page again is caught sooner: see faults.rs).
        .respond_with(|request: &wiremock::Request| {
            let page = request.url.query_pairs().find(|(k, _)| k == "page").map(|(_, v)| v.into_owned());
            ResponseTemplate::new(200).set_body_json(json!({"data": [pet(&page.unwrap_or_default())], "meta": {}}))
        })
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key("k")
        .base_url(server.uri())
        .allow_http(true)
        .max_pages(3)
        .build()
        .expect("client");
    let items: Vec<Result<types::Pet, Error>> = futures::StreamExt::collect(client.list_pets().per_page(1).stream()).await;
    assert_eq!(items.len(), 4);
    assert!(matches!(items[3], Err(Error::Pagination { .. })), "{:?}", items[3]);
}

#[tokio::test]
async fn error_body_is_decoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/nope"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"code": 404, "message": "no such pet"})))
        .mount(&server)
        .await;
    let err = client(&server).get_pet("nope").await.expect_err("404");
    match err {
        Error::Status { status, body, error } => {
            assert_eq!(status, 404);
            assert!(body.contains("no such pet"));
            let error = error.expect("decoded");
            assert_eq!(error.message, "no such pet");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn bad_json_is_a_decode_error_not_a_panic() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{\"id\": 5"))
        .mount(&server)
        .await;
    let err = client(&server).get_pet("1").await.expect_err("bad body");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn too_many_requests_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pet("1")))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let got = client(&server).get_pet("1").await.expect("retried");
    assert_eq!(got.name, "pet 1");
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn form_and_json_bodies() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets/7/photo"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(wiremock::matchers::body_string("url=https%3A%2F%2Fimg%2Fa.png"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pet("7")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(wiremock::matchers::body_json(json!({"name": "Rex"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(pet("8")))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    c.update_pet_photo(
        "7",
        types::UpdatePetPhotoBody {
            url: "https://img/a.png".into(),
            caption: None,
        },
    )
    .await
    .expect("form");
    c.create_pet(types::NewPet {
        name: "Rex".into(),
        tag: None,
    })
    .await
    .expect("json");
}

#[test]
fn secrets_stay_out_of_debug_and_plain_http_is_refused() {
    let builder = Client::builder().api_key("secret-key-123");
    assert!(!format!("{builder:?}").contains("secret-key-123"));
    let err = builder.clone().base_url("http://example.com").build().expect_err("http refused");
    assert!(matches!(err, Error::InvalidConfig { .. }));
    let client = builder.build().expect("https default");
    assert!(!format!("{client:?}").contains("secret-key-123"));
    assert_eq!(client.base_url(), "https://petstore.example.com/v1");
}

#[tokio::test(start_paused = true)]
async fn the_rate_limit_is_kept() {
    // 10 per second (the spec's x-rate-limit): the 11th request waits for a token. Paused
    // clock: the limiter's sleeps advance time instantly, and no request leaves (bad URL port 9).
    let client = Client::builder()
        .api_key("k")
        .base_url("http://127.0.0.1:9")
        .allow_http(true)
        .max_retries(0)
        .timeout(Duration::from_secs(3600))
        .build()
        .expect("client");
    let start = tokio::time::Instant::now();
    for _ in 0..11 {
        let _ = client.get_pet("1").await;
    }
    assert!(start.elapsed() >= Duration::from_millis(100), "{:?}", start.elapsed());
}

/// `send_raw`: an endpoint the spec does not describe, sent with the configured credentials;
/// an error answer is the same `Error::Status` as for an operation.
#[tokio::test]
async fn send_raw_reaches_undocumented_endpoints_with_the_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/internal/stats"))
        .and(query_param("window", "1h"))
        .and(header("Authorization", "secret-key-123"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{\"pets\": 3}"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/internal/cache"))
        .respond_with(ResponseTemplate::new(403).set_body_string("no"))
        .mount(&server)
        .await;
    let client = client(&server);
    let body = client.send_raw(petstore::Method::GET, "/internal/stats", &[("window", "1h")]).await.expect("raw");
    assert_eq!((body.status(), body.into_inner()), (200, b"{\"pets\": 3}".to_vec()));
    let err = client.send_raw(petstore::Method::DELETE, "/internal/cache", &[]).await.expect_err("403");
    assert!(matches!(&err, Error::Status { status: 403, body, .. } if body == "no"), "{err:?}");
    // Without credentials the request still goes out, with none.
    let anonymous = Client::builder().base_url(server.uri()).allow_http(true).build().expect("client");
    assert_eq!(anonymous.send_raw(petstore::Method::DELETE, "/internal/cache", &[]).await.expect_err("403").status(), Some(403));
}
