//! The rate limit the docs state: a figure in prose (`N requests per minute`), a limiter shown
//! as a JSON sample (`{"interval": "MINUTE", "intervalNum": 1, "limit": 6000}`), and the
//! response headers that announce it (`X-RateLimit-Remaining`, `RateLimit-Reset`).

use crate::regex_cell::re;
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

/// Response headers that announce the rate limit, as the docs name them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateLimitHeaders {
    /// The requests allowed in the window (`X-RateLimit-Limit`).
    pub limit: Option<String>,
    /// The requests left in the window (`X-RateLimit-Remaining`).
    pub remaining: Option<String>,
    /// When the window resets (`X-RateLimit-Reset`).
    pub reset: Option<String>,
    /// The docs say a `Retry-After` header comes with the refusal.
    pub retry_after: bool,
}

/// `4 requests per second`, `200 requests per minute`, `1000 requests/hour`, `1,000,000 API
/// requests per month`, `100 requests per request window (5 minutes period)`, `50 requests
/// per 10-second window`: (requests, seconds).
pub fn rate_limit(text: &str) -> Option<(u64, u64)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    static WINDOW: OnceLock<Regex> = OnceLock::new();
    let seconds = |unit: &str| match unit.to_ascii_lowercase().trim_end_matches('s') {
        "second" | "sec" => 1,
        "minute" | "min" => 60,
        "hour" => 3600,
        "day" => 86400,
        // A month as billing counts it: 30 days.
        _ => 30 * 86400,
    };
    let number = |s: &str| s.replace(',', "").parse::<u64>().ok();
    // A window stated apart: "N requests per request window (5 minutes period)".
    let window = re(
        &WINDOW,
        r"(?i)(\d[\d,]*)\s*(?:\*\*)?\s*(?:api\s+)?(?:requests?|calls?)\b[^.()]{0,40}?\(\s*(\d+)[\s-]*(second|sec|minute|min|hour|day|month)s?\s*(?:period|window)\s*\)",
    );
    if let Some(c) = window.captures_iter(text).find(|c| about_http(text, c.get(0).map_or(0, |m| m.start()))) {
        return Some((number(&c[1])?, number(&c[2])? * seconds(&c[3])));
    }
    let r = crate::regex_cell::re(
        &RE,
        r"(?i)(\d[\d,]*)\s*(?:\*\*)?\s*(?:api\s+)?(?:requests?|calls?)\s*(?:\*\*)?\s*(?:per|/|a|an|each|every)\s+(\d+[\s-]+)?(second|sec|minute|min|hour|day|month)s?",
    );
    let c = r.captures_iter(text).find(|c| about_http(text, c.get(0).map_or(0, |m| m.start())))?;
    let n = number(&c[1])?;
    let k: u64 = c
        .get(2)
        .and_then(|m| m.as_str().trim_matches(|ch: char| ch.is_whitespace() || ch == '-').parse().ok())
        .unwrap_or(1);
    Some((n, k * seconds(&c[3])))
}

/// A bare rate without a noun, `1000 per hour`, `5/second`, `10 per 1-minute window`: (requests,
/// seconds). Only for a text already known to state a rate limit.
pub fn bare_rate(text: &str) -> Option<(u64, u64)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &RE,
        r"(?i)\b(\d[\d,]*)\s*(?:requests?|calls?)?\s*(?:per|/|every|an?)\s*(\d+[\s-]+)?(second|sec|minute|min|hour|day)s?\b",
    );
    let c = r.captures(text)?;
    let n = c[1].replace(',', "").parse::<u64>().ok()?;
    let k: u64 = c
        .get(2)
        .and_then(|m| m.as_str().trim_matches(|ch: char| ch.is_whitespace() || ch == '-').parse().ok())
        .unwrap_or(1);
    let seconds = match c[3].to_ascii_lowercase().as_str() {
        "second" | "sec" => 1,
        "minute" | "min" => 60,
        "hour" => 3600,
        _ => 86400,
    };
    (n > 0).then_some((n, k * seconds))
}

/// Whether the sentence around `at` is about the HTTP API, not a WebSocket or streaming
/// connection the same docs describe (their limits are not the REST client's).
fn about_http(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(['\n', '.']).map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let sentence = text[start..end].to_ascii_lowercase();
    !crate::vocabulary::NON_HTTP_LIMIT_WORDS.iter().any(|w| sentence.contains(w))
}

/// A limiter shown as a JSON sample: a numeric `limit` with an `interval` unit word and an
/// optional `intervalNum` count (`{"interval": "MINUTE", "intervalNum": 1, "limit": 6000}`).
/// Only a limiter of requests: a sample whose type names orders or connections is not one.
pub fn from_sample(v: &Value) -> Option<(u64, u64)> {
    let m = v.as_object()?;
    let limit = m.get("limit")?.as_u64()?;
    let unit = m.get("interval")?.as_str()?.to_ascii_lowercase();
    let seconds = match unit.trim_end_matches('s') {
        "second" => 1,
        "minute" => 60,
        "hour" => 3600,
        "day" => 86400,
        _ => return None,
    };
    let count = m.get("intervalNum").or_else(|| m.get("interval_num")).and_then(Value::as_u64).unwrap_or(1);
    let kind = m.values().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect::<Vec<_>>().join(" ");
    if crate::vocabulary::NON_REQUEST_LIMIT_WORDS.iter().any(|w| kind.contains(w)) {
        return None;
    }
    Some((limit, count.max(1) * seconds))
}

/// The rate-limit headers a text names (`X-RateLimit-Limit`, `RateLimit-Remaining`,
/// `X-Rate-Limit-Reset`); at least the remaining count or the reset time, else none.
pub fn headers(text: &str) -> Option<RateLimitHeaders> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(&RE, r"(?i)\b((?:x-)?rate-?limit-(limit|remaining|reset))\b");
    let mut out = RateLimitHeaders::default();
    for c in r.captures_iter(text) {
        let slot = match c[2].to_ascii_lowercase().as_str() {
            "limit" => &mut out.limit,
            "remaining" => &mut out.remaining,
            _ => &mut out.reset,
        };
        slot.get_or_insert_with(|| c[1].to_owned());
    }
    if out.remaining.is_none() && out.reset.is_none() {
        return None;
    }
    out.retry_after = text.to_ascii_lowercase().contains("retry-after");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits() {
        assert_eq!(rate_limit("The limit is **4 requests per second**."), Some((4, 1)));
        assert_eq!(rate_limit("up to 120 requests per minute"), Some((120, 60)));
        assert_eq!(rate_limit("no limits here"), None);
        assert_eq!(
            rate_limit("a rate limit of 1,000,000 API requests per month per account"),
            Some((1_000_000, 2_592_000))
        );
        assert_eq!(rate_limit("**100 requests per request window (5 minutes period)**"), Some((100, 300)));
        assert_eq!(rate_limit("up to 50 requests per 10-second window"), Some((50, 10)));
    }

    #[test]
    fn a_limit_of_websocket_connections_is_not_the_http_one() {
        assert_eq!(rate_limit("* WebSocket connections have a rate limit of **5 requests per second**."), None);
        assert_eq!(
            rate_limit(
                "Streams allow 5 requests per second on a connection.\nThe REST API allows 100 requests per minute."
            ),
            Some((100, 60))
        );
    }

    #[test]
    fn a_limiter_sample_gives_the_window() {
        let weight =
            serde_json::json!({"type": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 1200});
        assert_eq!(from_sample(&weight), Some((1200, 60)));
        let ten = serde_json::json!({"interval": "second", "intervalNum": 10, "limit": 50});
        assert_eq!(from_sample(&ten), Some((50, 10)));
        let orders = serde_json::json!({"type": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 160000});
        assert_eq!(from_sample(&orders), None, "a limit on orders is not a limit on requests");
        assert_eq!(from_sample(&serde_json::json!({"limit": 10})), None, "no window");
    }

    #[test]
    fn rate_limit_headers_are_named() {
        let h = headers("| X-RateLimit-Limit | max |\n| X-RateLimit-Remaining | left |\n| X-RateLimit-Reset | secs |\nA `Retry-After` header comes with a 429.")
            .expect("headers");
        assert_eq!(h.limit.as_deref(), Some("X-RateLimit-Limit"));
        assert_eq!(h.remaining.as_deref(), Some("X-RateLimit-Remaining"));
        assert_eq!(h.reset.as_deref(), Some("X-RateLimit-Reset"));
        assert!(h.retry_after);
        assert_eq!(headers("RateLimit-Remaining: 10").and_then(|h| h.remaining), Some("RateLimit-Remaining".into()));
        assert_eq!(headers("The X-RateLimit-Limit header says the limit."), None, "a limit alone cannot be waited on");
    }
}
