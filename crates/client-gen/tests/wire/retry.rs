//! Retries of the generated petstore client on the wire (wiremock on loopback): `Retry-After` as
//! seconds and as an HTTP-date, backoff and its cap, which methods are retried, transport errors.
//! (Copied into the generated crate by client-gen's compile test.)
//!
//! Backoff has random jitter (each step waits between half and all of its nominal length), so
//! timings are checked against bounds that hold for any jitter; the exact arithmetic is unit
//! tested in the generated `retry` module with fixed jitter values.

use std::time::{Duration, Instant, SystemTime};

use petstore::{types, Client, Error};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn pet(id: &str) -> serde_json::Value {
    json!({"id": id, "name": format!("pet {id}"), "status": "available"})
}

fn client(base_url: &str) -> petstore::ClientBuilder {
    Client::builder().api_key("k").base_url(base_url).allow_http(true).no_rate_limit()
}

/// Mounts `first` for the first `times` requests to `GET /pets/1`, then a pet.
async fn get_pet_after(server: &MockServer, first: ResponseTemplate, times: u64) {
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(first)
        .up_to_n_times(times)
        .expect(times)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pet("1")))
        .expect(1)
        .mount(server)
        .await;
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.map(|r| r.len()).unwrap_or(0)
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let server = MockServer::start().await;
    // Two seconds ahead, at one-second resolution: the client waits between 1 and 2 seconds.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    get_pet_after(&server, ResponseTemplate::new(503).insert_header("Retry-After", date.as_str()), 1).await;
    let started = Instant::now();
    let got = client(&server.uri()).build().expect("client").get_pet("1").await.expect("retried");
    assert_eq!(got.name, "pet 1");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900) && waited < Duration::from_secs(10), "{waited:?} for {date}");
}

#[tokio::test]
async fn a_retry_after_date_in_the_past_retries_at_once() {
    let server = MockServer::start().await;
    let date = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(3600));
    get_pet_after(&server, ResponseTemplate::new(429).insert_header("Retry-After", date.as_str()), 1).await;
    let started = Instant::now();
    // A long backoff base proves the wait came from the header, not from backoff.
    let c = client(&server.uri()).retry_base_delay(Duration::from_secs(30)).build().expect("client");
    c.get_pet("1").await.expect("retried");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_retry_after_longer_than_max_retry_delay_is_returned_not_waited_for() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "3600"))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = client(&server.uri()).build().expect("client").get_pet("1").await.expect_err("429");
    assert_eq!(err.status(), Some(429), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn get_without_retry_after_backs_off_exponentially() {
    let server = MockServer::start().await;
    get_pet_after(&server, ResponseTemplate::new(503), 2).await;
    let started = Instant::now();
    let c = client(&server.uri()).retry_base_delay(Duration::from_millis(200)).build().expect("client");
    c.get_pet("1").await.expect("third attempt succeeds");
    // Steps of 200 ms and 400 ms, each at least half as long whatever the jitter.
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(300) && waited < Duration::from_secs(10), "{waited:?}");
}

#[tokio::test]
async fn backoff_is_capped_by_max_retry_delay() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(503))
        .expect(3)
        .mount(&server)
        .await;
    let started = Instant::now();
    let c = client(&server.uri())
        .retry_base_delay(Duration::from_secs(3600))
        .max_retry_delay(Duration::from_millis(200))
        .max_retries(2)
        .build()
        .expect("client");
    let err = c.get_pet("1").await.expect_err("still 503 after the retries");
    assert_eq!(err.status(), Some(503));
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(200) && waited < Duration::from_secs(10), "{waited:?}");
}

#[tokio::test]
async fn post_is_retried_only_when_the_server_says_when() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(pet("9")))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server.uri()).retry_base_delay(Duration::from_millis(10)).build().expect("client");
    let new_pet = || types::NewPet { name: "Rex".into(), tag: None };
    // 503 without Retry-After: the server may have acted on it; not sent again.
    let err = c.create_pet(new_pet()).await.expect_err("503");
    assert_eq!(err.status(), Some(503));
    assert_eq!(requests(&server).await, 1);
    // 429 with Retry-After: sent again.
    let created = c.create_pet(new_pet()).await.expect("retried after Retry-After");
    assert_eq!(created.id.as_deref(), Some("9"));
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test]
async fn connection_errors_of_get_are_retried() {
    // A port nothing listens on yet: the first attempts are refused; the server comes up while
    // the client backs off.
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = reserved.local_addr().expect("addr");
    drop(reserved);
    let server_task = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let listener = std::net::TcpListener::bind(addr).expect("rebind the reserved port");
        let server = MockServer::builder().listener(listener).start().await;
        Mock::given(method("GET"))
            .and(path("/health"))
            .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
            .mount(&server)
            .await;
        server
    });
    let c = client(&format!("http://{addr}"))
        .retry_base_delay(Duration::from_millis(200))
        .max_retries(6)
        .build()
        .expect("client");
    assert_eq!(c.health().await.expect("retried until the server is up"), "ok");
    let server = server_task.await.expect("server task");
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn connection_errors_of_post_are_not_retried() {
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = reserved.local_addr().expect("addr");
    drop(reserved);
    let c = client(&format!("http://{addr}")).retry_base_delay(Duration::from_secs(30)).build().expect("client");
    let started = Instant::now();
    let err = c.create_pet(types::NewPet { name: "Rex".into(), tag: None }).await.expect_err("refused");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "no backoff: {:?}", started.elapsed());
}

#[tokio::test]
async fn timeouts_of_get_are_retried_and_of_post_are_not() {
    let server = MockServer::start().await;
    get_pet_after(&server, ResponseTemplate::new(200).set_body_json(pet("1")).set_delay(Duration::from_secs(3)), 1)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(pet("2")).set_delay(Duration::from_secs(3)))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server.uri())
        .timeout(Duration::from_millis(300))
        .retry_base_delay(Duration::from_millis(10))
        .build()
        .expect("client");
    c.get_pet("1").await.expect("the second attempt answers in time");
    let err = c.create_pet(types::NewPet { name: "Rex".into(), tag: None }).await.expect_err("timeout");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert_eq!(requests(&server).await, 3, "GET twice, POST once");
}

#[tokio::test]
async fn max_retries_zero_sends_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri()).max_retries(0).build().expect("client").get_pet("1").await.expect_err("503");
    assert_eq!(err.status(), Some(503));
}
