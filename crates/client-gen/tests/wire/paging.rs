//! Wire behaviour of the generated paging client (next page in the `Link` header, a next URL
//! in the body or a header, `Range` / `Content-Range`) against wiremock on loopback. Copied in
//! by client-gen's compile test.

use futures::{StreamExt, TryStreamExt};
use paging::{types, Client, Error};
use serde_json::json;
use wiremock::matchers::{header, header_exists, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const AUTH: &str = "Bearer tok_123";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .bearer_token("tok_123")
        .base_url(format!("{}/v2", server.uri()))
        .allow_http(true)
        .build()
        .expect("client")
}

fn repos(ids: &[i64]) -> serde_json::Value {
    json!(ids.iter().map(|id| json!({"id": id, "name": format!("repo-{id}")})).collect::<Vec<_>>())
}

fn ids(repos: &[types::Repo]) -> Vec<i64> {
    repos.iter().map(|r| r.id).collect()
}

/// Three pages to the end: `Link` headers with several relations (first, prev, next, last),
/// quoted and unquoted `rel`, a comma inside a URL and in a quoted parameter, two `Link`
/// headers on one response; the page without `rel="next"` is the last.
#[tokio::test]
async fn link_header_pages_to_the_end() {
    let server = MockServer::start().await;
    let base = format!("{}/v2/repos", server.uri());
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(header("authorization", AUTH))
        .and(query_param("per_page", "2"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(repos(&[1, 2])).insert_header(
            "Link",
            format!(
                "<{base}?per_page=2&page=3&ids=1,2>; rel=\"last\", <{base}?per_page=2&page=2>; rel=\"next\", \
                 <{base}?per_page=2&page=1>; rel=\"first\""
            ),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(header("authorization", AUTH))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(repos(&[3, 4]))
                .append_header("Link", format!("<{base}?per_page=2&page=1>; rel=\"prev first\""))
                .append_header(
                    "Link",
                    format!(
                        "<{base}?per_page=2&page=3>; title=\"next, then last\"; rel=next, <{base}?page=3>; rel=last"
                    ),
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(header("authorization", AUTH))
        .and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(repos(&[5])).insert_header(
            "Link",
            format!("<{base}?per_page=2&page=2>; rel=\"prev\", <{base}?per_page=2&page=1>; rel=\"first\""),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Repo> = client(&server).list_repos().per_page(2).stream().try_collect().await.expect("pages");
    assert_eq!(ids(&all), [1, 2, 3, 4, 5]);
}

/// An empty page ends the list even where the server still links a next page.
#[tokio::test]
async fn an_empty_last_page_ends_the_list() {
    let server = MockServer::start().await;
    let base = format!("{}/v2/repos", server.uri());
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(repos(&[1, 2]))
                .insert_header("Link", format!("<{base}?page=2>; rel=\"next\"")),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([]))
                .insert_header("Link", format!("<{base}?page=3>; rel=\"next\"")),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;
    let all: Vec<types::Repo> = client(&server).list_repos_stream().try_collect().await.expect("pages");
    assert_eq!(ids(&all), [1, 2]);
}

/// `total_header`: the `X-Total-Count` reached ends the list though a next link is there.
#[tokio::test]
async fn the_total_count_header_ends_the_list() {
    let server = MockServer::start().await;
    let base = format!("{}/v2/repos", server.uri());
    let page = |items: &[i64], next: u32| {
        ResponseTemplate::new(200)
            .set_body_json(repos(items))
            .insert_header("X-Total-Count", "3")
            .insert_header("Link", format!("<{base}?page={next}>; rel=\"next\""))
    };
    Mock::given(path("/v2/repos"))
        .and(query_param_is_missing("page"))
        .respond_with(page(&[1, 2], 2))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/repos"))
        .and(query_param("page", "2"))
        .respond_with(page(&[3], 3))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/repos"))
        .and(query_param("page", "3"))
        .respond_with(page(&[9], 4))
        .expect(0)
        .mount(&server)
        .await;
    let all: Vec<types::Repo> = client(&server).list_repos_stream().try_collect().await.expect("pages");
    assert_eq!(ids(&all), [1, 2, 3]);
}

fn orders(ids: &[&str], next: serde_json::Value) -> ResponseTemplate {
    let orders: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
    ResponseTemplate::new(200)
        .set_body_json(json!({"_embedded": {"orders": orders}, "_links": {"self": {"href": "/x"}, "next": next}}))
}

/// HAL: the next URL at `_links.next.href`, absolute; the caller's query goes on the first
/// request only (the next URL carries its own).
#[tokio::test]
async fn a_next_url_in_the_body_is_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/v2/orders"))
        .and(header("authorization", AUTH))
        .and(query_param("status", "open"))
        .and(query_param_is_missing("page"))
        .respond_with(orders(&["o1", "o2"], json!({"href": format!("{}/v2/orders?page=2&status=open", server.uri())})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/orders"))
        .and(header("authorization", AUTH))
        .and(query_param("page", "2"))
        .and(query_param("status", "open"))
        .respond_with(orders(&["o3"], json!(null)))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Order> =
        client(&server).list_orders().status("open").stream().try_collect().await.expect("pages");
    let ids: Vec<_> = all.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["o1", "o2", "o3"]);
}

/// Relative next URLs resolve against the URL just requested: an absolute path, then a
/// path relative to `/v2/orders`, then no next link at all.
#[tokio::test]
async fn a_relative_next_url_resolves_against_the_request_url() {
    let server = MockServer::start().await;
    Mock::given(path("/v2/orders"))
        .and(query_param_is_missing("page"))
        .respond_with(orders(&["o1"], json!({"href": "/v2/orders?page=2"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/orders"))
        .and(query_param("page", "2"))
        .respond_with(orders(&["o2"], json!({"href": "orders?page=3"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/orders"))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"_embedded": {"orders": [{"id": "o3"}]}, "_links": {}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Order> = client(&server).list_orders_stream().try_collect().await.expect("pages");
    let ids: Vec<_> = all.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["o1", "o2", "o3"]);
}

/// `next_header`: the next URL in `X-Next-Page` (absolute, then relative); an empty last
/// page without the header ends the list.
#[tokio::test]
async fn a_next_url_in_a_header_is_followed() {
    let server = MockServer::start().await;
    let events = |kinds: &[&str]| {
        let events: Vec<_> = kinds.iter().map(|k| json!({"kind": k})).collect();
        ResponseTemplate::new(200).set_body_json(json!({"data": events}))
    };
    Mock::given(path("/v2/events"))
        .and(header("authorization", AUTH))
        .and(query_param_is_missing("cursor"))
        .respond_with(events(&["a", "b"]).insert_header("X-Next-Page", format!("{}/v2/events?cursor=c2", server.uri())))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/events"))
        .and(query_param("cursor", "c2"))
        .respond_with(events(&["c"]).insert_header("X-Next-Page", "?cursor=c3"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/events"))
        .and(query_param("cursor", "c3"))
        .respond_with(events(&[]))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Event> = client(&server).list_events_stream().try_collect().await.expect("pages");
    let kinds: Vec<_> = all.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["a", "b", "c"]);
}

fn apps(names: &[&str]) -> serde_json::Value {
    json!(names.iter().map(|n| json!({"name": n})).collect::<Vec<_>>())
}

/// `Range: items=0-1` (the documented page size 2), 206 with `Content-Range` and
/// `Next-Range`, whose value is the next `Range`; 416 past the end ends the list.
#[tokio::test]
async fn range_pages_follow_next_range_until_416() {
    let server = MockServer::start().await;
    let partial = |names: &[&str], range: &str, next: &str| {
        ResponseTemplate::new(206)
            .set_body_json(apps(names))
            .insert_header("Content-Range", format!("items {range}/*"))
            .insert_header("Next-Range", next)
    };
    Mock::given(path("/v2/apps"))
        .and(header("authorization", AUTH))
        .and(header("range", "items=0-1"))
        .respond_with(partial(&["a", "b"], "0-1", "items=2-3"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/apps"))
        .and(header("range", "items=2-3"))
        .respond_with(partial(&["c", "d"], "2-3", "items=4-5"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/apps"))
        .and(header("range", "items=4-5"))
        .respond_with(ResponseTemplate::new(416).insert_header("Content-Range", "items */4"))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::App> = client(&server).list_apps_stream().try_collect().await.expect("pages");
    let names: Vec<_> = all.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c", "d"]);
}

/// A 200 answer to a `Range` request is the whole list; a 206 without `Next-Range` (where
/// the spec names it) is the last page.
#[tokio::test]
async fn range_200_is_everything_and_a_missing_next_range_ends() {
    let server = MockServer::start().await;
    Mock::given(path("/v2/apps"))
        .and(header_exists("range"))
        .respond_with(ResponseTemplate::new(200).set_body_json(apps(&["a", "b", "c"])))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::App> = client(&server).list_apps_stream().try_collect().await.expect("pages");
    assert_eq!(all.len(), 3);

    let server = MockServer::start().await;
    Mock::given(path("/v2/apps"))
        .respond_with(
            ResponseTemplate::new(206).set_body_json(apps(&["a", "b"])).insert_header("Content-Range", "items 0-1/*"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::App> = client(&server).list_apps_stream().try_collect().await.expect("pages");
    assert_eq!(all.len(), 2);
}

/// Without `Next-Range`, the next `Range` follows the `Content-Range` (unit `lines`, same
/// size); its total ends the list.
#[tokio::test]
async fn range_without_next_range_follows_content_range_to_its_total() {
    let server = MockServer::start().await;
    let partial = |lines: &[&str], range: &str| {
        ResponseTemplate::new(206)
            .set_body_json(json!({"lines": lines}))
            .insert_header("Content-Range", format!("lines {range}/5"))
    };
    Mock::given(path("/v2/logs"))
        .and(header("range", "lines=0-2"))
        .respond_with(partial(&["l0", "l1", "l2"], "0-2"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/logs"))
        .and(header("range", "lines=3-5"))
        .respond_with(partial(&["l3", "l4"], "3-4"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/logs"))
        .and(header("range", "lines=5-7"))
        .respond_with(ResponseTemplate::new(416))
        .expect(0)
        .mount(&server)
        .await;
    let all: Vec<String> = client(&server).list_logs_stream().try_collect().await.expect("pages");
    assert_eq!(all, ["l0", "l1", "l2", "l3", "l4"]);
}

/// A server that sends the same next URL again: the stream ends with an error after the
/// items it got, the stuck page requested once.
#[tokio::test]
async fn a_repeated_next_url_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    let stuck = format!("{}/v2/orders?page=2", server.uri());
    Mock::given(path("/v2/orders"))
        .and(query_param_is_missing("page"))
        .respond_with(orders(&["o1"], json!({"href": stuck})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/orders"))
        .and(query_param("page", "2"))
        .respond_with(orders(&["o2"], json!({"href": stuck})))
        .expect(1)
        .mount(&server)
        .await;
    let items: Vec<Result<types::Order, Error>> = client(&server).list_orders_stream().collect().await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items[0].is_ok() && items[1].is_ok());
    match &items[2] {
        Err(Error::Pagination { message }) => assert!(message.contains("repeated"), "{message}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
}

/// A server that always links another page: `.max_pages(n)` stops it.
#[tokio::test]
async fn max_pages_stops_an_endless_link_chain() {
    let server = MockServer::start().await;
    let base = format!("{}/v2/repos", server.uri());
    Mock::given(path("/v2/repos"))
        .respond_with(move |request: &Request| {
            let page: u32 =
                request.url.query_pairs().find(|(k, _)| k == "page").and_then(|(_, v)| v.parse().ok()).unwrap_or(1);
            ResponseTemplate::new(200)
                .set_body_json(repos(&[i64::from(page)]))
                .insert_header("Link", format!("<{base}?page={}>; rel=\"next\"", page + 1))
        })
        .expect(3)
        .mount(&server)
        .await;
    let client = Client::builder()
        .bearer_token("tok_123")
        .base_url(format!("{}/v2", server.uri()))
        .allow_http(true)
        .max_pages(3)
        .build()
        .expect("client");
    let items: Vec<Result<types::Repo, Error>> = client.list_repos_stream().collect().await;
    assert_eq!(items.len(), 4, "{items:?}");
    assert!(matches!(items[3], Err(Error::Pagination { .. })));
}

/// A next URL on another origin (here: another port) is refused with an error naming it;
/// nothing is sent there, so the token never leaves for another host.
#[tokio::test]
async fn a_next_url_on_another_host_is_refused() {
    let server = MockServer::start().await;
    let other = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(0)
        .mount(&other)
        .await;
    let foreign = format!("{}/v2/repos?page=2", other.uri());
    Mock::given(path("/v2/repos"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(repos(&[1]))
                .insert_header("Link", format!("<{foreign}>; rel=\"next\"")),
        )
        .expect(1)
        .mount(&server)
        .await;
    let items: Vec<Result<types::Repo, Error>> = client(&server).list_repos_stream().collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().map(|r| r.id).ok(), Some(1));
    match &items[1] {
        Err(Error::Pagination { message }) => {
            assert!(message.contains(&foreign) && message.contains("not on the server"), "{message}")
        }
        other => panic!("expected a pagination error, got {other:?}"),
    }
    // The same through a header next URL.
    Mock::given(path("/v2/events"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [{"kind": "a"}]}))
                .insert_header("X-Next-Page", foreign.as_str()),
        )
        .expect(1)
        .mount(&server)
        .await;
    let items: Vec<Result<types::Event, Error>> = client(&server).list_events_stream().collect().await;
    assert!(matches!(items.as_slice(), [Ok(_), Err(Error::Pagination { .. })]), "{items:?}");
    assert!(other.received_requests().await.unwrap_or_default().is_empty(), "a request reached the other host");
}

#[tokio::test]
async fn the_documented_user_agent_is_the_users_and_required_headers_are_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/repos"))
        .and(header("user-agent", "acme-sync (ops@acme.example)"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(repos(&[1])))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .bearer_token("tok_123")
        .base_url(format!("{}/v2", server.uri()))
        .allow_http(true)
        .user_agent("acme-sync (ops@acme.example)")
        .build()
        .expect("client");
    let got: Vec<types::Repo> = client.list_repos_stream().try_collect().await.expect("one page");
    assert_eq!(ids(&got), vec![1]);
    let sent = server.received_requests().await.expect("recorded");
    let agents: Vec<_> = sent[0].headers.get_all("user-agent").iter().collect();
    assert_eq!(agents.len(), 1, "one User-Agent, the user's, not the docs' example: {agents:?}");
}

/// An operation's own `x-rate-limit` (2 per second) holds its third call about a second, while
/// another operation, under the API's 50 per second only, goes at once; `no_rate_limit` lifts
/// both.
#[tokio::test]
async fn an_operations_own_rate_limit_holds_only_that_operation() {
    use std::time::{Duration, Instant};
    let server = MockServer::start().await;
    for route in ["/v2/search", "/v2/repos"] {
        Mock::given(method("GET"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(repos(&[1])))
            .mount(&server)
            .await;
    }
    let c = client(&server);
    let started = Instant::now();
    for _ in 0..3 {
        let _: Vec<types::Repo> = c.list_repos_stream().try_collect().await.expect("list");
    }
    assert!(started.elapsed() < Duration::from_millis(800), "the API-wide limit alone: {:?}", started.elapsed());
    let started = Instant::now();
    for _ in 0..3 {
        c.search_repos().send().await.expect("search");
    }
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900) && waited < Duration::from_secs(5), "3rd search after {waited:?}");
    let free = Client::builder()
        .bearer_token("tok_123")
        .base_url(format!("{}/v2", server.uri()))
        .allow_http(true)
        .no_rate_limit()
        .build()
        .expect("client");
    let started = Instant::now();
    for _ in 0..3 {
        free.search_repos().send().await.expect("search");
    }
    assert!(started.elapsed() < Duration::from_millis(800), "no_rate_limit: {:?}", started.elapsed());
    assert_eq!(server.received_requests().await.map(|r| r.len()).unwrap_or(0), 9);
}

/// A list the spec does not annotate (limit/offset parameters, a `next` URL in the body):
/// the generated stream follows `next` until it is null.
#[tokio::test]
async fn an_unannotated_list_with_a_next_url_streams() {
    let server = MockServer::start().await;
    let page = |ids: &[&str], next: serde_json::Value| {
        let tickets: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
        ResponseTemplate::new(200).set_body_json(json!({"tickets": tickets, "next": next}))
    };
    Mock::given(path("/v2/tickets"))
        .and(query_param("limit", "2"))
        .and(query_param_is_missing("offset"))
        .respond_with(page(&["t1", "t2"], json!(format!("{}/v2/tickets?limit=2&offset=2", server.uri()))))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/v2/tickets"))
        .and(query_param("offset", "2"))
        .respond_with(page(&["t3"], json!(null)))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<types::Order> =
        client(&server).list_tickets().limit(2).stream().try_collect().await.expect("pages");
    let ids: Vec<_> = all.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2", "t3"]);
}
