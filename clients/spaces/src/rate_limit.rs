//! Rate limits on tokio's clock: the client's own windows (at most `requests` requests in any
//! window of `per`, several windows at once: a sliding window each, so the limit holds however
//! the server counts), and the server's word: a response saying no request is left
//! (`X-RateLimit-Remaining: 0`, `RateLimit-Remaining: 0`, `RateLimit: remaining=0`) holds the
//! next requests until the reset it names (`*-Reset`: seconds, or a Unix time), for at most
//! the client's longest retry wait.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

/// One sliding window: at most `requests` requests in any `per`.
#[derive(Debug)]
struct Window {
    requests: usize,
    per: Duration,
    /// When the requests of the last `per` were let through, oldest first.
    sent: VecDeque<Instant>,
}

impl Window {
    /// How long until one more request fits (`None`: now).
    fn wait(&mut self, now: Instant) -> Option<Duration> {
        while self.sent.front().is_some_and(|first| now.duration_since(*first) >= self.per) {
            self.sent.pop_front();
        }
        match self.sent.front() {
            Some(first) if self.sent.len() >= self.requests => Some(self.per - now.duration_since(*first)),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct State {
    windows: Vec<Window>,
    /// No request before this: the server said none is left until then.
    blocked_until: Option<Instant>,
}

/// Lets requests through when every window has room and the server's announced reset has
/// passed.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    state: Mutex<State>,
}

impl RateLimiter {
    /// A limiter keeping every window `(requests, per)` at once (none: only the server's
    /// headers are honoured).
    pub(crate) fn new(windows: &[(u32, Duration)]) -> Self {
        let windows = windows
            .iter()
            .filter(|(_, per)| !per.is_zero())
            .map(|(requests, per)| Window {
                requests: usize::try_from((*requests).max(1)).unwrap_or(usize::MAX),
                per: *per,
                sent: VecDeque::new(),
            })
            .collect();
        RateLimiter { state: Mutex::new(State { windows, blocked_until: None }) }
    }

    /// Waits until a request may be sent.
    pub(crate) async fn acquire(&self) {
        while let Some(wait) = self.try_acquire(Instant::now()) {
            tokio::time::sleep(wait).await;
        }
    }

    /// Lets a request through at `now` (`None`), or says how long to wait before trying again.
    fn try_acquire(&self, now: Instant) -> Option<Duration> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let blocked = state.blocked_until.filter(|until| *until > now).map(|until| until - now);
        let wait = state.windows.iter_mut().filter_map(|w| w.wait(now)).chain(blocked).max();
        if wait.is_none() {
            state.blocked_until = None;
            for window in &mut state.windows {
                window.sent.push_back(now);
            }
        }
        wait
    }

    /// Reads a response's rate-limit headers: when they say no request is left, holds the
    /// next requests until the reset they name, for at most `longest`.
    pub(crate) fn observe(&self, headers: &reqwest::header::HeaderMap, longest: Duration) {
        self.observe_at(headers, longest, Instant::now(), SystemTime::now());
    }

    fn observe_at(&self, headers: &reqwest::header::HeaderMap, longest: Duration, now: Instant, clock: SystemTime) {
        let Some(wait) = exhausted_for(headers, clock) else {
            return;
        };
        let until = now + wait.min(longest);
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.blocked_until.is_none_or(|current| current < until) {
            state.blocked_until = Some(until);
        }
    }
}

/// Header name prefixes of the rate-limit headers in use: `X-RateLimit-Remaining`,
/// `X-Rate-Limit-Remaining`, `RateLimit-Remaining` and their `-Reset`.
const PREFIXES: &[&str] = &["x-ratelimit-", "x-rate-limit-", "ratelimit-"];

/// A reset larger than this is a Unix time, not seconds from now (about 3 years).
const UNIX_TIME_FROM: u64 = 100_000_000;

/// How long the server says no request is left (`None`: requests are left, or it does not
/// say). A missing or unreadable reset waits one second.
pub(crate) fn exhausted_for(headers: &reqwest::header::HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    let mut remaining = None;
    let mut reset = None;
    for prefix in PREFIXES {
        remaining = remaining.or_else(|| text(&format!("{prefix}remaining")).and_then(first_number));
        reset = reset.or_else(|| text(&format!("{prefix}reset")).and_then(first_number));
    }
    // The structured form: `RateLimit: limit=100, remaining=0, reset=30` or `"default";r=0;t=30`.
    if let Some(value) = text("ratelimit") {
        for param in value.split([',', ';']) {
            let Some((key, number)) = param.split_once('=') else { continue };
            let number = first_number(number.trim());
            match key.trim() {
                "remaining" | "r" => remaining = remaining.or(number),
                "reset" | "t" => reset = reset.or(number),
                _ => {}
            }
        }
    }
    if remaining? > 0 {
        return None;
    }
    let Some(reset) = reset else {
        return Some(Duration::from_secs(1));
    };
    if reset >= UNIX_TIME_FROM {
        let at = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(reset))?;
        return Some(at.duration_since(now).unwrap_or(Duration::ZERO));
    }
    Some(Duration::from_secs(reset))
}

/// The leading whole number of a header value (`"0"`, `"30"`, `"1700000000.5"` gives 1700000000).
fn first_number(text: &str) -> Option<u64> {
    let digits: &str = &text[..text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len())];
    digits.parse().ok()
}

