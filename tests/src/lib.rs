//! Helpers shared by the wire tests in `tests/`: each test file drives one generated provider
//! client (`clients/<provider>/`) against a wiremock server on loopback.

use serde::Serialize;
use wiremock::Request;

/// A `reqwest::Client` for tests on tokio's paused clock (`#[tokio::test(start_paused = true)]`).
///
/// With the clock paused, tokio jumps straight to the next pending timer whenever the test's
/// runtime has nothing to do, and waiting for the answer of a loopback server (which runs on a
/// thread of its own) counts as nothing to do. A request timeout would therefore fire before the
/// answer arrives, and the idle-connection reaper's interval would make virtual time drift while
/// a request is in flight. This client has neither (no timeout, no idle pool), so the only timers
/// on the runtime are the generated client's own: its rate limiter and its waits between retries.
/// Virtual time then moves exactly by what the client chose to wait.
///
/// The clients' default TLS backend (`rustls-ring`) leaves reqwest without a crypto provider of
/// its own, so one is installed first, as a program passing its own client would (what each
/// client's `install_ring_provider()` does).
pub fn paused_clock_http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().pool_max_idle_per_host(0).pool_idle_timeout(None).build().expect("reqwest client")
}

/// The query of a recorded request as sorted `(name, value)` pairs (decoded).
pub fn query(request: &Request) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    pairs.sort();
    pairs
}

/// `(name, value)` pairs, sorted, to compare with [`query`].
pub fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    pairs.sort();
    pairs
}

/// All values of header `name` in a recorded request.
pub fn header_values(request: &Request, name: &str) -> Vec<String> {
    request.headers.get_all(name).iter().map(|v| v.to_str().expect("ASCII header").to_string()).collect()
}

/// The JSON form of a decoded value: how the tests read fields of generated types without
/// depending on whether the generator made them `Option`al (the spec may mark them required
/// later). A field the type does not have is absent here, so the tests still fail when decoding
/// drops it.
pub fn json<T: Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("a generated type serializes")
}

/// Field `field` (a JSON pointer such as `/_id`) of each item, as strings, in order.
pub fn field_of_each<T: Serialize>(items: &[T], field: &str) -> Vec<String> {
    items
        .iter()
        .map(|item| match json(item).pointer(field) {
            Some(serde_json::Value::String(s)) => s.clone(),
            other => panic!("item has no string at {field}: {other:?}"),
        })
        .collect()
}
