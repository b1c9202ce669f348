//! Wire behaviour of the generated bodies client (tests/specs/bodies.yaml): binary bodies with
//! their media type, a binary download, a form body, response status and headers, deprecated
//! operations. Copied in by client-gen's compile test.

use bodies::{Client, Method};
use wiremock::matchers::{body_bytes, body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).allow_http(true).build().expect("client")
}

#[tokio::test]
async fn a_binary_body_is_sent_as_bytes_with_its_media_type_and_the_response_keeps_its_headers() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/files/a.bin"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_bytes(vec![0u8, 159, 146, 150]))
        .respond_with(ResponseTemplate::new(200).insert_header("etag", "\"v1\"").set_body_string(r#"{"size": 4}"#))
        .expect(2)
        .mount(&server)
        .await;
    let stored = client(&server).upload_file("a.bin", vec![0u8, 159, 146, 150]).await.expect("stored");
    assert_eq!(stored.size, 4);
    let response = client(&server).upload_file_with_response("a.bin", [0u8, 159, 146, 150].as_slice()).await.expect("stored");
    assert_eq!((response.status(), response.header("etag"), response.size), (200, Some("\"v1\""), 4));
}

#[tokio::test]
async fn a_wildcard_media_type_sends_octet_stream_and_a_binary_response_is_bytes() {
    let server = MockServer::start().await;
    // `/avatar` has a server of its own (the path's `servers`): it goes there, not to the
    // client's base URL.
    let uploads = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/avatar"))
        .and(query_param("crop", "true"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_bytes(b"PNG".to_vec()))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&uploads)
        .await;
    Mock::given(method("GET"))
        .and(path("/files/a.pdf"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(b"%PDF-\xff".to_vec(), "application/pdf"))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .uploads_base_url(format!("{}/", uploads.uri()))
        .allow_http(true)
        .build()
        .expect("client");
    let response = client.set_avatar().crop(true).body(b"PNG".as_slice()).send_with_response().await;
    assert_eq!(response.expect("sent").status(), 204);
    assert_eq!(client.download_file("a.pdf").await.expect("bytes"), b"%PDF-\xff".to_vec());
    let main = server.received_requests().await.expect("recorded");
    assert!(main.iter().all(|r| r.url.path() != "/avatar"), "the path's own server was not used");
}

#[tokio::test]
async fn the_base_url_of_a_path_with_its_own_server_is_checked_like_the_client_s() {
    // An override that is not a URL is refused by `build()`.
    let refused = Client::builder().uploads_base_url("not a url").build();
    assert!(matches!(refused, Err(bodies::Error::InvalidConfig { .. })), "{refused:?}");
    // A plain-http one needs `.allow_http(true)`, as the client's own does.
    let refused = Client::builder().uploads_base_url("http://127.0.0.1:9").build();
    assert!(matches!(refused, Err(bodies::Error::InvalidConfig { .. })), "{refused:?}");
    assert!(Client::builder().uploads_base_url("http://127.0.0.1:9").allow_http(true).build().is_ok());
}

#[tokio::test]
#[allow(deprecated)]
async fn deprecated_operations_still_work_and_a_form_body_is_url_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("scopes=a&scopes=b&user=ann+lee"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/legacy"))
        .respond_with(ResponseTemplate::new(200).set_body_string("old"))
        .mount(&server)
        .await;
    let body = bodies::types::LoginBody { user: "ann lee".into(), scopes: Some(vec!["a".into(), "b".into()]) };
    client(&server).login(body).await.expect("logged in");
    assert_eq!(client(&server).legacy_search().send().await.expect("text"), "old");
}

#[tokio::test]
async fn send_raw_returns_status_headers_and_bytes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/internal"))
        .respond_with(ResponseTemplate::new(202).insert_header("x-count", "3").set_body_string("raw"))
        .mount(&server)
        .await;
    let response = client(&server).send_raw(Method::GET, "/internal", &[]).await.expect("raw");
    assert_eq!((response.status(), response.header("x-count"), response.body().as_slice()), (202, Some("3"), b"raw".as_slice()));
}

#[tokio::test]
async fn a_multipart_body_sends_one_part_per_property_and_files_with_name_and_media_type() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/photos/7"))
        .respond_with(ResponseTemplate::new(201).set_body_string(r#"{"size": 3}"#))
        .expect(1)
        .mount(&server)
        .await;
    let body = bodies::types::UploadPhotoBody {
        photo: bodies::FilePart::new(b"PNG".to_vec(), "a.png"),
        caption: Some("at the sea".into()),
        tags: Some(vec!["sea".into(), "sun".into()]),
        size: Some(bodies::types::UploadPhotoBodySize { width: Some(640) }),
        extras: Some(vec![bodies::FilePart::new(b"{}".to_vec(), "x.json").media_type("application/json")]),
    };
    let stored = client(&server).upload_photo(7, body).await.expect("stored");
    assert_eq!(stored.size, 3);
    let received = server.received_requests().await.expect("recorded");
    let request = &received[0];
    let content_type = request.headers.get("content-type").expect("content type").to_str().expect("text");
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("multipart with a boundary");
    let text = String::from_utf8_lossy(&request.body);
    let parts: Vec<&str> = text.split(&format!("--{boundary}")).map(str::trim).filter(|p| !p.is_empty() && *p != "--").collect();
    assert_eq!(
        parts,
        [
            "Content-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNG",
            "Content-Disposition: form-data; name=\"caption\"\r\n\r\nat the sea",
            "Content-Disposition: form-data; name=\"tags\"\r\n\r\nsea",
            "Content-Disposition: form-data; name=\"tags\"\r\n\r\nsun",
            "Content-Disposition: form-data; name=\"size\"\r\nContent-Type: application/json\r\n\r\n{\"width\":640}",
            "Content-Disposition: form-data; name=\"extras\"; filename=\"x.json\"\r\nContent-Type: application/json\r\n\r\n{}",
        ]
    );
}
