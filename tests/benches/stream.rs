//! Streaming cost: every item of 1,000 pages of 100 items (100,000 items) read through a
//! generated client's `stream()` (Seven Time's `list_contact_persons`, style `page`) against a
//! hand-written page loop (reqwest + serde_json into a typed page) on the same loopback server.
//! Prints the median of several runs of each and their ratio (the goal: at most 1.2).
//!
//! `cargo bench -p provider-wire-tests --bench stream` (`STREAM_BENCH_RUNS=n` for more runs).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use seventime_client::{types, Client};

const PAGES: usize = 1_000;
const PER_PAGE: usize = 100;

/// The HTTP responses for pages 1..=PAGES, each with distinct items.
fn responses() -> Vec<Vec<u8>> {
    (1..=PAGES)
        .map(|page| {
            let items: Vec<_> = (0..PER_PAGE)
                .map(|i| {
                    let id = (page - 1) * PER_PAGE + i;
                    serde_json::json!({
                        "_id": format!("5b3cc1bd4a{id:014}"), "name": format!("Contact {id}"), "title": "Manager",
                        "workPhone": "08-123 456", "cellPhone": "070-123 45 67", "email": format!("c{id}@example.com"),
                        "customer": "571f61330c7f498a2d5812", "customerName": "Company AB", "mainContact": i == 0,
                        "isActive": true, "createdDate": "2018-10-01T18:12:06.025Z", "modifiedDate": "2018-10-01T18:12:06.025Z"
                    })
                })
                .collect();
            let body = serde_json::json!({
                "data": items,
                "meta": {"totalPages": PAGES, "totalResources": PAGES * PER_PAGE, "page": page}
            })
            .to_string();
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            [head.into_bytes(), body.into_bytes()].concat()
        })
        .collect()
}

/// Answers keep-alive connections: `?page=n` gets page n (1 if absent or out of range).
fn serve(listener: TcpListener, responses: Arc<Vec<Vec<u8>>>) {
    for stream in listener.incoming().flatten() {
        let responses = Arc::clone(&responses);
        std::thread::spawn(move || connection(stream, &responses));
    }
}

fn connection(stream: TcpStream, responses: &[Vec<u8>]) {
    let _ = stream.set_nodelay(true);
    let mut writer = match stream.try_clone() {
        Ok(writer) => writer,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let page = line
            .split_whitespace()
            .nth(1)
            .and_then(|target| target.split_once('?'))
            .and_then(|(_, query)| query.split('&').find_map(|pair| pair.strip_prefix("page=")))
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| (1..=PAGES).contains(n))
            .unwrap_or(1);
        loop {
            line.clear();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
        }
        if writer.write_all(&responses[page - 1]).is_err() {
            return;
        }
    }
}

#[derive(serde::Deserialize)]
struct Meta {
    #[serde(rename = "totalPages")]
    total_pages: usize,
}

#[derive(serde::Deserialize)]
struct Page {
    data: Vec<types::ContactPerson>,
    meta: Meta,
}

/// The hand-written loop: one request per page, the body decoded straight into a typed page.
async fn by_hand(http: &reqwest::Client, base: &str) -> usize {
    let mut count = 0;
    let mut page = 1;
    loop {
        let response = http
            .get(format!("{base}/contactpersons"))
            .query(&[("limit", "100"), ("page", &page.to_string())])
            .header("Client-Secret", "secret")
            .header("Accept", "application/json")
            .send()
            .await
            .expect("response");
        let bytes = response.bytes().await.expect("body");
        let decoded: Page = serde_json::from_slice(&bytes).expect("page");
        count += decoded.data.len();
        if page >= decoded.meta.total_pages {
            return count;
        }
        page += 1;
    }
}

/// The generated client's stream over the same pages.
async fn by_stream(client: &Client) -> usize {
    let stream = client.list_contact_persons().stream();
    futures::pin_mut!(stream);
    let mut count = 0;
    while let Some(item) = stream.try_next().await.expect("item") {
        std::hint::black_box(&item);
        count += 1;
    }
    count
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let runs: usize = std::env::var("STREAM_BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(7);
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let responses = Arc::new(responses());
    std::thread::spawn(move || serve(listener, responses));

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let http = reqwest::Client::new();
    let client = Client::builder()
        .api_key("secret")
        .base_url(base.clone())
        .allow_http(true)
        .no_rate_limit()
        .max_pages(PAGES as u32 + 1)
        .build()
        .expect("client");
    let (mut hand, mut ours) = (Vec::new(), Vec::new());
    runtime.block_on(async {
        // One warm-up each (connections, allocator).
        assert_eq!(by_hand(&http, &base).await, PAGES * PER_PAGE);
        assert_eq!(by_stream(&client).await, PAGES * PER_PAGE);
        for _ in 0..runs {
            let start = Instant::now();
            assert_eq!(by_hand(&http, &base).await, PAGES * PER_PAGE);
            hand.push(start.elapsed());
            let start = Instant::now();
            assert_eq!(by_stream(&client).await, PAGES * PER_PAGE);
            ours.push(start.elapsed());
        }
    });
    let (hand, ours) = (median(hand), median(ours));
    println!("streaming {} items ({PAGES} pages of {PER_PAGE}), median of {runs} runs:", PAGES * PER_PAGE);
    println!("  hand-written page loop  {:>8.3} s", hand.as_secs_f64());
    println!("  generated stream()      {:>8.3} s", ours.as_secs_f64());
    println!("  ratio                   {:>8.2}x", ours.as_secs_f64() / hand.as_secs_f64());
}
