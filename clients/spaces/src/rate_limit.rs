//! A client-side rate limiter (token bucket) on tokio's clock.

use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Lets `requests` requests through per `per`, with bursts up to `requests`.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    capacity: f64,
    per_token: Duration,
    state: Mutex<(f64, Instant)>,
}

impl RateLimiter {
    pub(crate) fn new(requests: u32, per: Duration) -> Self {
        let requests = requests.max(1);
        RateLimiter {
            capacity: f64::from(requests),
            per_token: per / requests,
            state: Mutex::new((f64::from(requests), Instant::now())),
        }
    }

    /// Waits until a request may be sent.
    pub(crate) async fn acquire(&self) {
        if self.per_token.is_zero() {
            return;
        }
        loop {
            let wait = {
                let mut state = self
                    .state
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let now = Instant::now();
                let refill = now.duration_since(state.1).as_secs_f64()
                    / self.per_token.as_secs_f64();
                state.0 = (state.0 + refill).min(self.capacity);
                state.1 = now;
                if state.0 >= 1.0 {
                    state.0 -= 1.0;
                    None
                } else {
                    Some(self.per_token.mul_f64(1.0 - state.0))
                }
            };
            match wait {
                None => return,
                Some(d) => tokio::time::sleep(d).await,
            }
        }
    }
}
