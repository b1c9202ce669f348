//! The generated petstore client against a hostile server (a raw TCP fault server on
//! loopback, every test bounded in time): connections closed before the response or mid-body,
//! TLS failures, truncated, malformed, huge, endless and slow bodies, 429/418/503 with every
//! `Retry-After` form, the server's rate-limit headers, redirect loops, a page served again for
//! every page number, dot segments in path parameters, credentials in the base URL. Each test
//! checks one guarantee of the README's reliability section. (Copied into the generated crate
//! by client-gen's compile test.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use petstore::{types, Client, Error};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one connection (one request: every answer closes it).
#[derive(Clone)]
enum Act {
    /// Writes these bytes, then closes.
    Send(Vec<u8>),
    /// Closes without answering.
    Close,
    /// Writes the head, then the body one byte per `every`.
    Trickle { head: String, body: Vec<u8>, every: Duration },
    /// Writes the head of a chunked answer, then chunks until the client goes away.
    Endless,
}

/// A loopback server answering the `n`-th connection (0-based) with `script(n, request head)`.
struct FaultServer {
    url: String,
    connections: Arc<AtomicUsize>,
    heads: Arc<Mutex<Vec<String>>>,
}

impl FaultServer {
    async fn start(script: impl Fn(usize, &str) -> Act + Send + Sync + 'static) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let port = listener.local_addr().expect("address").port();
        let connections = Arc::new(AtomicUsize::new(0));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(script);
        let (count, seen) = (connections.clone(), heads.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let n = count.fetch_add(1, Ordering::SeqCst);
                let (script, seen) = (script.clone(), seen.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, n, script.as_ref(), &seen).await;
                });
            }
        });
        FaultServer { url: format!("http://127.0.0.1:{port}"), connections, heads }
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().expect("heads").clone()
    }
}

async fn serve(
    mut stream: TcpStream,
    n: usize,
    script: &(dyn Fn(usize, &str) -> Act + Send + Sync),
    seen: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buf).await?;
        if read == 0 {
            break;
        }
        head.extend_from_slice(&buf[..read]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    seen.lock().expect("heads").push(head.clone());
    match script(n, &head) {
        Act::Send(bytes) => stream.write_all(&bytes).await?,
        Act::Close => {}
        Act::Trickle { head, body, every } => {
            stream.write_all(head.as_bytes()).await?;
            for byte in body {
                tokio::time::sleep(every).await;
                stream.write_all(&[byte]).await?;
            }
        }
        Act::Endless => {
            stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n").await?;
            let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
            loop {
                stream.write_all(chunk.as_bytes()).await?;
            }
        }
    }
    stream.shutdown().await
}

/// A complete answer with `headers` (`name: value` lines) and a JSON body.
fn answer(status: &str, headers: &[&str], body: &str) -> Act {
    let mut text = format!("HTTP/1.1 {status}\r\nconnection: close\r\ncontent-length: {}\r\n", body.len());
    for header in headers {
        text.push_str(header);
        text.push_str("\r\n");
    }
    text.push_str("\r\n");
    text.push_str(body);
    Act::Send(text.into_bytes())
}

const PET: &str = r#"{"id":"1","name":"Rex","status":"available"}"#;

fn ok_pet() -> Act {
    answer("200 OK", &["content-type: application/json"], PET)
}

fn client(server: &FaultServer) -> petstore::ClientBuilder {
    Client::builder()
        .api_key("secret-key")
        .base_url(server.url.clone())
        .allow_http(true)
        .no_rate_limit()
        .retry_base_delay(Duration::from_millis(10))
        .timeout(Duration::from_secs(5))
}

fn new_pet() -> types::NewPet {
    types::NewPet { name: "Rex".to_string(), tag: None }
}

#[tokio::test]
async fn a_connection_closed_before_the_response_is_retried_for_get_only() {
    let server = FaultServer::start(|n, _| if n == 0 { Act::Close } else { ok_pet() }).await;
    let pet = client(&server).build().expect("client").get_pet("1").await.expect("retried");
    assert_eq!(pet.name, "Rex");
    assert_eq!(server.connections(), 2);

    let server = FaultServer::start(|n, _| if n == 0 { Act::Close } else { ok_pet() }).await;
    let err = client(&server).build().expect("client").create_pet(new_pet()).await.expect_err("POST not retried");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_retried_then_reported() {
    let cut = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 400\r\n\r\n{\"id\":";
    let server =
        FaultServer::start(move |n, _| if n == 0 { Act::Send(cut.as_bytes().to_vec()) } else { ok_pet() }).await;
    client(&server).build().expect("client").get_pet("1").await.expect("retried after the cut");
    assert_eq!(server.connections(), 2);

    // Truncated every time: after the retries, a transport error (never a panic or a decode of half a body).
    let server = FaultServer::start(move |_, _| Act::Send(cut.as_bytes().to_vec())).await;
    let err = client(&server).max_retries(2).build().expect("client").get_pet("1").await.expect_err("truncated");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_tls_failure_is_not_retried() {
    // Plain HTTP where the client expects TLS (answered before the client's hello is read):
    // the handshake fails, for good.
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").await;
            let _ = stream.shutdown().await;
        }
    });
    let client = Client::builder()
        .api_key("secret-key")
        .base_url(format!("https://127.0.0.1:{port}"))
        .retry_base_delay(Duration::from_millis(10))
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    let started = Instant::now();
    let err = client.get_pet("1").await.expect_err("no TLS");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "not retried");
}

#[tokio::test]
async fn malformed_answers_are_errors() {
    let server = FaultServer::start(|_, _| answer("200 OK", &["content-type: application/json"], "{\"id\": 1,")).await;
    let err = client(&server).build().expect("client").get_pet("1").await.expect_err("malformed JSON");
    assert!(matches!(&err, Error::Decode { body, .. } if body == "{\"id\": 1,"), "{err:?}");

    let server = FaultServer::start(|_, _| Act::Send(b"NOT HTTP AT ALL\r\n\r\n".to_vec())).await;
    let err = client(&server).max_retries(1).build().expect("client").get_pet("1").await.expect_err("not HTTP");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(server.connections() <= 2, "bounded");
}

#[tokio::test]
async fn bodies_longer_than_the_limit_are_refused() {
    // Announced: refused before reading.
    let server = FaultServer::start(|_, _| {
        Act::Send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 10485760\r\n\r\n".to_vec())
    })
    .await;
    let c = client(&server).max_body_size(1024 * 1024).build().expect("client");
    let err = c.get_pet("1").await.expect_err("too large");
    assert!(matches!(err, Error::BodyTooLarge { limit: 1_048_576 }), "{err:?}");
    assert_eq!(server.connections(), 1, "not retried");

    // Endless chunked body: refused as it crosses the limit, quickly, memory bounded.
    let server = FaultServer::start(|_, _| Act::Endless).await;
    let started = Instant::now();
    let c = client(&server).max_body_size(1024 * 1024).build().expect("client");
    let err = c.get_pet("1").await.expect_err("endless");
    assert!(matches!(err, Error::BodyTooLarge { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());

    // Within the limit: read whole.
    let server = FaultServer::start(|_, _| ok_pet()).await;
    let c = client(&server).max_body_size(PET.len() as u64).build().expect("client");
    c.get_pet("1").await.expect("exactly the limit");
}

#[tokio::test]
async fn a_slow_body_times_out() {
    let server = FaultServer::start(|_, _| Act::Trickle {
        head: format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", PET.len()),
        body: PET.as_bytes().to_vec(),
        every: Duration::from_millis(200),
    })
    .await;
    let started = Instant::now();
    let c = client(&server).timeout(Duration::from_millis(500)).max_retries(0).build().expect("client");
    let err = c.get_pet("1").await.expect_err("too slow");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[tokio::test]
async fn every_retry_after_form_is_honoured_even_for_post() {
    // A POST is retried only when the server says when: so a retried POST proves the form was read.
    for (status, retry_after) in [
        ("429 Too Many Requests", "0"),
        ("503 Service Unavailable", "1"),
        ("429 Too Many Requests", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ("503 Service Unavailable", "Sunday, 06-Nov-94 08:49:37 GMT"),
        ("429 Too Many Requests", "Sun Nov  6 08:49:37 1994"),
        ("418 I'm a teapot", "1"),
    ] {
        let header = format!("retry-after: {retry_after}");
        let server = FaultServer::start(move |n, _| {
            if n == 0 {
                answer(status, &[header.as_str()], "{}")
            } else {
                answer("201 Created", &["content-type: application/json"], PET)
            }
        })
        .await;
        let started = Instant::now();
        let c = client(&server).retry_base_delay(Duration::from_secs(30)).build().expect("client");
        c.create_pet(new_pet()).await.unwrap_or_else(|e| panic!("{status} with Retry-After {retry_after:?}: {e}"));
        assert_eq!(server.connections(), 2, "{retry_after}");
        assert!(started.elapsed() < Duration::from_secs(3), "{retry_after}: {:?}", started.elapsed());
    }
    // Without Retry-After: a POST is not retried, a 418 not at all.
    for status in ["429 Too Many Requests", "503 Service Unavailable", "418 I'm a teapot"] {
        let server = FaultServer::start(move |_, _| answer(status, &[], "{}")).await;
        let err = client(&server).build().expect("client").create_pet(new_pet()).await.expect_err(status);
        assert!(matches!(err, Error::Status { .. }), "{err:?}");
        assert_eq!(server.connections(), 1, "{status}");
    }
    // An unreadable Retry-After on a GET: backoff, bounded by max_retries.
    let server = FaultServer::start(|_, _| answer("503 Service Unavailable", &["retry-after: soon"], "{}")).await;
    let err = client(&server).max_retries(2).build().expect("client").get_pet("1").await.expect_err("503");
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn the_servers_rate_limit_headers_hold_the_next_request() {
    for headers in [
        ["x-ratelimit-remaining: 0", "x-ratelimit-reset: 1"],
        ["ratelimit-remaining: 0", "ratelimit-reset: 1"],
        ["ratelimit: limit=10, remaining=0, reset=1", "x-other: 1"],
    ] {
        let server =
            FaultServer::start(move |_, _| answer("200 OK", &["content-type: application/json", headers[0], headers[1]], PET))
                .await;
        let c = client(&server).build().expect("client");
        c.get_pet("1").await.expect("first");
        let started = Instant::now();
        c.get_pet("1").await.expect("second");
        let waited = started.elapsed();
        assert!(waited >= Duration::from_millis(900) && waited < Duration::from_secs(3), "{headers:?}: {waited:?}");
    }
    // A reset an hour away is waited for at most max_retry_delay.
    let server = FaultServer::start(|_, _| {
        answer("200 OK", &["content-type: application/json", "x-ratelimit-remaining: 0", "x-ratelimit-reset: 3600"], PET)
    })
    .await;
    let c = client(&server).max_retry_delay(Duration::from_millis(300)).build().expect("client");
    c.get_pet("1").await.expect("first");
    let started = Instant::now();
    c.get_pet("1").await.expect("second");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}

#[tokio::test]
async fn redirect_loops_end_with_an_error() {
    let server = FaultServer::start(|_, _| answer("302 Found", &["location: /pets/1"], "")).await;
    let err = client(&server).build().expect("client").get_pet("1").await.expect_err("loop");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    assert!(server.connections() <= 12, "{}", server.connections());

    // Between two origins: each hop is followed without credentials, the loop still ends.
    let first_url = Arc::new(Mutex::new(String::new()));
    let target = first_url.clone();
    let second = FaultServer::start(move |_, _| {
        let location = format!("location: {}/pets/1", target.lock().expect("target"));
        answer("307 Temporary Redirect", &[location.as_str()], "")
    })
    .await;
    let second_url = second.url.clone();
    let first = FaultServer::start(move |_, _| {
        let location = format!("location: {second_url}/pets/1");
        answer("302 Found", &[location.as_str()], "")
    })
    .await;
    *first_url.lock().expect("target") = first.url.clone();
    let started = Instant::now();
    let err = client(&first).build().expect("client").get_pet("1").await.expect_err("loop");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(second.connections() >= 2, "the loop was followed");
    let first_heads = first.heads();
    assert!(first_heads.len() >= 2, "the loop came back");
    for head in second.heads().iter().chain(&first_heads[1..]) {
        assert!(!head.to_ascii_lowercase().contains("secret-key"), "credential sent on a redirect: {head}");
    }
}

#[tokio::test]
async fn a_page_served_for_every_page_number_ends_the_stream() {
    let page = r#"{"data":[{"id":"1","name":"Rex","status":"available"},{"id":"2","name":"Tom","status":"sold"}],"meta":{"total_pages":100000}}"#;
    let server = FaultServer::start(move |_, _| answer("200 OK", &["content-type: application/json"], page)).await;
    let c = client(&server).build().expect("client");
    let items: Vec<Result<types::Pet, Error>> = futures::StreamExt::collect(c.list_pets_stream()).await;
    assert_eq!(items.len(), 3, "two items, then the error");
    let last = items.last().expect("an item");
    assert!(matches!(last, Err(Error::Pagination { message }) if message.contains("same page")), "{last:?}");
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn dot_segments_in_path_parameters_are_refused_unsent() {
    let server = FaultServer::start(|_, _| ok_pet()).await;
    let c = client(&server).build().expect("client");
    for value in ["", ".", ".."] {
        let err = c.get_pet(value).await.expect_err(value);
        assert!(
            matches!(&err, Error::InvalidPathParameter { operation: "getPet", parameter: "petId", value: v } if v == value),
            "{err:?}"
        );
    }
    assert_eq!(server.connections(), 0, "nothing sent");
    // Anything else is one encoded segment.
    c.get_pet("../admin").await.expect("encoded");
    c.get_pet("...").await.expect("three dots are a name");
    let heads = server.heads();
    assert!(heads[0].starts_with("GET /pets/..%2Fadmin HTTP/1.1"), "{}", heads[0]);
    assert!(heads[1].starts_with("GET /pets/... HTTP/1.1"), "{}", heads[1]);
}

#[test]
fn credentials_in_the_base_url_stay_out_of_debug() {
    let builder = Client::builder().base_url("https://user:hunter2@petstore.example.com/v1");
    let client = builder.clone().build().expect("client");
    let custom = petstore::Server::Custom("https://admin:hunter2@proxy.example.com".to_string());
    for text in [format!("{builder:?}"), format!("{client:?}"), format!("{custom:?}")] {
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains("***@"), "{text}");
    }
    let err = Client::builder().base_url("https://user:hunter2@[bad").build().expect_err("invalid URL");
    assert!(!err.to_string().contains("hunter2"), "{err}");
}

#[test]
fn plain_http_is_refused_unless_allowed() {
    let err = Client::builder().base_url("http://petstore.example.com").build().expect_err("plain http");
    assert!(matches!(err, Error::InvalidConfig { .. }), "{err:?}");
    Client::builder().base_url("http://127.0.0.1:1").allow_http(true).build().expect("allowed");
}
