//! A client-side rate limiter on tokio's clock: at most `requests` requests in any window of
//! `per` (a sliding window, so the limit holds however the server counts).
//!
//! The API documents a limit of 4 request(s) per 1.0 second(s);
//! clients keep it by default.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Lets at most `requests` requests through in any window of length `per`: bursts of up to
/// `requests`, then each request waits until the one `requests` places before it is `per` old.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    requests: usize,
    per: Duration,
    /// When the requests of the last `per` were let through, oldest first.
    sent: Mutex<VecDeque<Instant>>,
}

impl RateLimiter {
    pub(crate) fn new(requests: u32, per: Duration) -> Self {
        let requests = usize::try_from(requests.max(1)).unwrap_or(usize::MAX);
        RateLimiter {
            requests,
            per,
            sent: Mutex::new(VecDeque::new()),
        }
    }

    /// Waits until a request may be sent.
    pub(crate) async fn acquire(&self) {
        if self.per.is_zero() {
            return;
        }
        loop {
            let wait = {
                let mut sent = self
                    .sent
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let now = Instant::now();
                while sent
                    .front()
                    .is_some_and(|first| now.duration_since(*first) >= self.per)
                {
                    sent.pop_front();
                }
                match sent.front() {
                    Some(first) if sent.len() >= self.requests => {
                        Some(self.per - now.duration_since(*first))
                    }
                    _ => {
                        sent.push_back(now);
                        None
                    }
                }
            };
            match wait {
                None => return,
                Some(d) => tokio::time::sleep(d).await,
            }
        }
    }
}
