//! Wire behaviour of the generated params client: every parameter style and explode
//! combination of OpenAPI 3.0 (tests/specs/params.yaml) as it reaches the server. Copied in by
//! client-gen's compile test.

use params::{types, Client};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).allow_http(true).build().expect("client")
}

async fn last(server: &MockServer) -> Request {
    server.received_requests().await.expect("recording").pop().expect("a request")
}

/// The decoded query pairs, in order.
fn query(request: &Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn color() -> types::Color {
    types::Color { r: 100, g: 200, b: 150 }
}

fn header(request: &Request, name: &str) -> String {
    request.headers.get(name).map(|v| v.to_str().expect("ascii").to_string()).unwrap_or_default()
}

#[tokio::test]
async fn a_required_query_array_without_explode_is_one_comma_joined_value() {
    let server = server().await;
    client(&server).search(vec!["track".into(), "episode".into()]).await.expect("sent");
    assert_eq!(query(&last(&server).await), pairs(&[("type", "track,episode")]));
}

#[tokio::test]
async fn query_parameters_follow_their_style_and_explode() {
    let server = server().await;
    let mut extra = std::collections::BTreeMap::new();
    extra.insert("name".to_string(), "x y".to_string());
    client(&server)
        .query_styles(
            vec![1, 2],
            vec![3, 4],
            vec!["a".into(), "b".into()],
            vec!["c".into(), "d".into()],
            vec!["e".into(), "f".into()],
            color(),
            color(),
            color(),
            color(),
            color(),
        )
        .opt_csv(vec!["g".into(), "h".into()])
        .opt_pipe(vec!["i".into(), "j".into()])
        .opt_deep(extra)
        .opt_scalar_deep("k")
        .send()
        .await
        .expect("sent");
    let expected = pairs(&[
        ("form_list", "1"),
        ("form_list", "2"),
        ("form_csv", "3,4"),
        ("space", "a b"),
        ("pipe", "c|d"),
        ("pipe_exploded", "e"),
        ("pipe_exploded", "f"),
        ("deep[B]", "150"),
        ("deep[G]", "200"),
        ("deep[R]", "100"),
        ("B", "150"),
        ("G", "200"),
        ("R", "100"),
        ("color_csv", "B,150,G,200,R,100"),
        ("space_object", "B 150 G 200 R 100"),
        ("filter", r#"{"R":100,"G":200,"B":150}"#),
        ("opt_csv", "g,h"),
        ("opt_pipe", "i|j"),
        ("opt_deep[name]", "x y"),
        ("opt_scalar_deep", "k"),
    ]);
    assert_eq!(query(&last(&server).await), expected);
}

#[tokio::test]
async fn optional_query_parameters_left_unset_are_not_sent() {
    let server = server().await;
    client(&server)
        .query_styles(vec![], vec![], vec![], vec![], vec![], color(), color(), color(), color(), color())
        .send()
        .await
        .expect("sent");
    let sent = query(&last(&server).await);
    assert!(sent.iter().all(|(k, _)| !k.starts_with("opt_")), "{sent:?}");
    // An empty array without explode is the parameter with an empty value (form style).
    assert!(sent.contains(&("form_csv".to_string(), String::new())), "{sent:?}");
    assert!(!sent.iter().any(|(k, _)| k == "form_list"), "{sent:?}");
}

#[tokio::test]
async fn path_parameters_follow_simple_label_and_matrix_styles() {
    let server = server().await;
    client(&server)
        .path_styles(
            vec!["a".into(), "b c".into()],
            color(),
            vec!["d".into(), "e".into()],
            vec!["f".into(), "g".into()],
            "h",
            vec!["i".into(), "j".into()],
            color(),
            "k/l",
        )
        .await
        .expect("sent");
    assert_eq!(
        last(&server).await.url.path(),
        "/path/a,b%20c/B=150,G=200,R=100/.d,e.f.g/;matrix=h;matrix_exploded=i;matrix_exploded=j\
         ;matrix_object=B,150,G,200,R,100/k%2Fl"
    );
}

#[tokio::test]
async fn header_parameters_are_simple_style() {
    let server = server().await;
    client(&server).header_styles(vec![1, 2], color()).x_opt_color(color()).x_trace("t-1").send().await.expect("sent");
    let request = last(&server).await;
    assert_eq!(header(&request, "x-ids"), "1,2");
    assert_eq!(header(&request, "x-color"), "B=150,G=200,R=100");
    assert_eq!(header(&request, "x-opt-color"), "B,150,G,200,R,100");
    assert_eq!(header(&request, "x-trace"), "t-1");
}

#[tokio::test]
async fn cookie_parameters_share_one_cookie_header() {
    let server = server().await;
    client(&server).cookie_styles("s1", vec![1, 2]).tags(vec!["a".into(), "b".into()]).send().await.expect("sent");
    assert_eq!(header(&last(&server).await, "cookie"), "session=s1; ids=1,2; tags=a; tags=b");
}
