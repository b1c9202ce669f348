//! Redirects of the generated authbox client (wiremock on loopback): on a redirect to another
//! origin no credential of any kind goes along (headers, cookie, query keys in the target URL,
//! the signature), a request body is not sent elsewhere, and the target's own query is kept.
//! A downgrade from https to plain http is refused end to end: a TLS server on loopback, whose
//! certificate a CA made for the test signs (rcgen; trusted with `.add_root_certificate(..)`),
//! redirects to a plain listener that must see no connection at all. Copied into the generated
//! crate by client-gen's compile test.

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

/// A CA made for this run, and a TLS acceptor whose certificate (for `127.0.0.1` and
/// `localhost`) it signed.
fn test_ca() -> (String, tokio_rustls::TlsAcceptor) {
    use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    let ca_key = rcgen::KeyPair::generate().expect("CA key");
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name.push(rcgen::DnType::CommonName, "wire test CA");
    let ca = ca.self_signed(&ca_key).expect("CA certificate");
    let key = rcgen::KeyPair::generate().expect("server key");
    let names = vec!["127.0.0.1".to_string(), "localhost".to_string()];
    let cert = rcgen::CertificateParams::new(names).expect("params").signed_by(&key, &ca, &ca_key).expect("certificate");
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    // ring named here: with the client's `rustls` feature aws-lc-rs is compiled in too, and
    // rustls then has no process-wide default to pick.
    let provider = std::sync::Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], key)
        .expect("server config");
    (ca.pem(), tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config)))
}

/// Reads one request head (up to the blank line) from `stream`.
async fn request_head(stream: &mut (impl tokio::io::AsyncRead + Unpin)) -> String {
    use tokio::io::AsyncReadExt;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut byte).await {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

#[tokio::test]
async fn a_downgrade_from_https_to_http_sends_nothing_in_clear_text() {
    use std::sync::{Arc, Mutex};
    use tokio::io::AsyncWriteExt;
    // The plain listener the redirect points at: any connection to it is a failure.
    let plain = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("plain listener");
    let plain_port = plain.local_addr().expect("address").port();
    let plain_seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = plain_seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = plain.accept().await {
            let head = request_head(&mut stream).await;
            seen.lock().expect("lock").push(head);
        }
    });
    // The API over TLS: the first request gets its answer, every later one a 307 to plain http.
    let (ca_pem, acceptor) = test_ca();
    let tls = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("TLS listener");
    let tls_port = tls.local_addr().expect("address").port();
    let tls_seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = tls_seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = tls.accept().await {
            let Ok(mut stream) = acceptor.accept(stream).await else { continue };
            let head = request_head(&mut stream).await;
            let first = {
                let mut seen = seen.lock().expect("lock");
                seen.push(head);
                seen.len() == 1
            };
            let response = if first {
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: close\r\n\r\n{\"ok\":true}".to_string()
            } else {
                format!("HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.1:{plain_port}/header-key\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            };
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    let client = Client::builder()
        .base_url(format!("https://127.0.0.1:{tls_port}"))
        .add_root_certificate(&ca_pem)
        .header_key(KEY)
        .max_retries(0)
        .build()
        .expect("client");
    // The test CA is trusted: the request goes over TLS, with its credential.
    client.with_header_key().await.expect("the TLS server answers");
    // Then the server redirects to plain http: refused with the typed error.
    let err = client.with_header_key().await.expect_err("a downgrade is refused");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    assert!(err.to_string().contains("from https to plain http"), "{err}");
    let tls_seen = tls_seen.lock().expect("lock").clone();
    assert_eq!(tls_seen.len(), 2, "{tls_seen:?}");
    assert!(tls_seen.iter().all(|head| head.to_ascii_lowercase().contains(&format!("x-api-key: {KEY}"))), "{tls_seen:?}");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(plain_seen.lock().expect("lock").is_empty(), "something went to the plain http listener");
    assert!(!err.to_string().contains(KEY) && !format!("{err:?}").contains(KEY));
}

#[tokio::test]
async fn an_unreadable_root_certificate_fails_the_build() {
    let err = Client::builder().add_root_certificate("not a certificate").build().expect_err("refused");
    assert!(matches!(err, Error::InvalidConfig { .. }), "{err:?}");
}
