//! Retries: which responses are retried and how long to wait before the next attempt.

use std::time::Duration;

/// The longest wait this client accepts from a `Retry-After` header.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(600);

/// The longest exponential backoff step.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// 429 Too Many Requests and 503 Service Unavailable are retried.
pub(crate) fn is_retryable(status: reqwest::StatusCode) -> bool {
    status == reqwest::StatusCode::TOO_MANY_REQUESTS
        || status == reqwest::StatusCode::SERVICE_UNAVAILABLE
}

/// The wait before retry number `attempt` (0-based): `Retry-After` (seconds) when the server
/// sent it, else `base * 2^attempt`, capped.
pub(crate) fn delay(
    attempt: u32,
    headers: &reqwest::header::HeaderMap,
    base: Duration,
) -> Duration {
    let retry_after = headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match retry_after {
        Some(secs) => Duration::from_secs(secs).min(MAX_RETRY_AFTER),
        None => {
            base.checked_mul(2u32.saturating_pow(attempt.min(16)))
                .unwrap_or(MAX_BACKOFF)
                .min(MAX_BACKOFF)
        }
    }
}
