//! Retries: which failures are retried, and how long to wait before the next attempt.
//!
//! | failure | GET, HEAD, PUT, DELETE, OPTIONS, TRACE | POST, PATCH |
//! | --- | --- | --- |
//! | 429, 418 or 503 with `Retry-After` | retried after the time the server asks | same |
//! | 429 or 503 without `Retry-After` | retried with exponential backoff | not retried |
//! | connection refused or reset, closed before or during the response, timeout | retried with exponential backoff | not retried |
//! | TLS failure (certificate, handshake) | not retried | not retried |
//! | anything else | not retried | not retried |
//!
//! A non-idempotent request is only sent again when the server said it did not process it and
//! when to come back. `Retry-After` is delta-seconds (`120`) or an HTTP-date
//! (`Sun, 06 Nov 1994 08:49:37 GMT`, and the two obsolete forms RFC 9110 asks recipients to
//! accept). Backoff: step `n` (0-based) waits between half and all of
//! `min(base * 2^n, max_delay)` (equal jitter). A `Retry-After` longer than `max_delay` is not
//! waited for: the response is returned as the error.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

/// How requests are retried (from the client builder).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Policy {
    /// Retries after the first attempt.
    pub(crate) max_retries: u32,
    /// The first backoff step.
    pub(crate) base_delay: Duration,
    /// The longest wait before one retry.
    pub(crate) max_delay: Duration,
}

/// Methods a server handles the same however often they arrive (RFC 9110, section 9.2.2).
pub(crate) fn is_idempotent(method: &reqwest::Method) -> bool {
    matches!(method.as_str(), "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE")
}

impl Policy {
    /// The wait before retrying a request that got `status` on attempt `attempt` (0-based);
    /// `None`: do not retry.
    pub(crate) fn after_status(
        &self,
        attempt: u32,
        method: &reqwest::Method,
        status: reqwest::StatusCode,
        headers: &reqwest::header::HeaderMap,
    ) -> Option<Duration> {
        let retry_after = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| retry_after(value, SystemTime::now()));
        // 418: what some APIs answer a client that ignored their 429s, with a `Retry-After`.
        let retryable = status == reqwest::StatusCode::TOO_MANY_REQUESTS
            || status == reqwest::StatusCode::SERVICE_UNAVAILABLE
            || (status.as_u16() == 418 && retry_after.is_some());
        if !retryable || attempt >= self.max_retries {
            return None;
        }
        match retry_after {
            Some(wait) if wait <= self.max_delay => Some(wait),
            Some(_) => None,
            None if is_idempotent(method) => Some(self.backoff(attempt, jitter())),
            None => None,
        }
    }

    /// The wait before retrying a request that failed in transport (`error`) on attempt
    /// `attempt`; `None`: do not retry.
    pub(crate) fn after_transport_error(
        &self,
        attempt: u32,
        method: &reqwest::Method,
        error: &reqwest::Error,
    ) -> Option<Duration> {
        (is_transient(error) && is_idempotent(method) && attempt < self.max_retries)
            .then(|| self.backoff(attempt, jitter()))
    }

    /// Backoff step `attempt` with jitter `unit` (in `[0, 1)`): between half and all of
    /// `min(base * 2^attempt, max_delay)`.
    pub(crate) fn backoff(&self, attempt: u32, unit: f64) -> Duration {
        let full = self
            .base_delay
            .checked_mul(2u32.saturating_pow(attempt.min(31)))
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        let half = full / 2;
        half + (full - half).mul_f64(unit.clamp(0.0, 1.0))
    }
}

/// Whether a transport failure may go away by itself: a timeout, a refused or reset
/// connection, a connection closed before the response or while its body was read. A TLS
/// failure (an untrusted or expired certificate, a failed handshake) is permanent.
pub(crate) fn is_transient(error: &reqwest::Error) -> bool {
    if is_tls(error) {
        return false;
    }
    error.is_timeout() || error.is_connect() || connection_lost(error)
}

/// The errors `error` was caused by, itself first. An I/O error is looked into (its
/// `source()` skips the error it wraps).
fn causes<'e>(
    error: &'e (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'e (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(error), |e| match e.downcast_ref::<std::io::Error>().and_then(std::io::Error::get_ref) {
        Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
        None => e.source(),
    })
}

/// A TLS failure: rustls reports its errors as I/O errors of kind `InvalidData`; the system
/// libraries behind `native-tls` say so in their text (OpenSSL: `SSL routines:…:wrong version
/// number`, a certificate or handshake failure). reqwest's own errors are skipped: their text
/// may hold the URL, whose host may spell `ssl`.
fn is_tls(error: &reqwest::Error) -> bool {
    causes(error).filter(|cause| !cause.is::<reqwest::Error>()).any(|cause| {
        let text = cause.to_string().to_ascii_lowercase();
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::InvalidData)
            || ["certificate", "tls", "ssl", "handshake"].iter().any(|word| text.contains(word))
    })
}

/// The connection went away: reset, aborted, or closed before the whole message arrived.
fn connection_lost(error: &reqwest::Error) -> bool {
    use std::io::ErrorKind;
    causes(error).any(|cause| {
        let io_lost = cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
            matches!(
                io.kind(),
                ErrorKind::ConnectionReset
                    | ErrorKind::ConnectionAborted
                    | ErrorKind::BrokenPipe
                    | ErrorKind::UnexpectedEof
            )
        });
        io_lost || cause.to_string().contains("connection closed before message completed")
    })
}

/// A number in `[0, 1)`, different on every call (std's randomly keyed hasher; no RNG
/// dependency). Only the spread of retries depends on it, never whether they happen.
fn jitter() -> f64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_nanos());
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The wait a `Retry-After` value asks for, seen at `now`: delta-seconds (more digits than a
/// u64 holds: the longest wait) or an HTTP-date (in the past: no wait). `None` for anything
/// else.
pub(crate) fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The parts of an HTTP-date as written: day, month name, year, `hh:mm:ss`.
type DateParts<'a> = (&'a str, &'a str, u64, &'a str);

/// IMF-fixdate, the form servers send: `Sun, 06 Nov 1994 08:49:37 GMT`.
fn imf_fixdate<'a>(fields: &[&'a str]) -> Option<DateParts<'a>> {
    let [weekday, day, month, year, time, "GMT"] = fields else {
        return None;
    };
    if !weekday.ends_with(',') || year.len() != 4 {
        return None;
    }
    Some((day, month, year.parse().ok()?, time))
}

/// The obsolete RFC 850 form `Sunday, 06-Nov-94 08:49:37 GMT`. Its two-digit year is the one
/// that is not more than 50 years in the future (RFC 9110).
fn rfc850_date<'a>(fields: &[&'a str]) -> Option<DateParts<'a>> {
    let [weekday, date, time, "GMT"] = fields else {
        return None;
    };
    let mut parts = date.split('-');
    let (day, month, yy) = (parts.next()?, parts.next()?, parts.next()?);
    if !weekday.ends_with(',') || parts.next().is_some() || yy.len() != 2 {
        return None;
    }
    let yy: u64 = yy.parse().ok()?;
    let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).ok()?;
    let this_year = 1970 + now.as_secs() / 31_556_952;
    let mut year = this_year - this_year % 100 + yy;
    if year > this_year + 50 {
        year -= 100;
    }
    Some((day, month, year, time))
}

/// The obsolete asctime form `Sun Nov  6 08:49:37 1994`.
fn asctime_date<'a>(fields: &[&'a str]) -> Option<DateParts<'a>> {
    let [_, month, day, time, year] = fields else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    Some((day, month, year.parse().ok()?, time))
}

/// Two ASCII digits.
fn two_digits(text: &str) -> Option<u64> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (`month` 1-based).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    let year_of_era = y % 400;
    let day_of_year = (153 * m + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (y / 400) * 146_097 + day_of_era - 719_468
}

/// An HTTP-date (RFC 9110, section 5.6.7) in any of its three forms. The weekday is not
/// checked; the date must exist and not be before 1970.
pub(crate) fn parse_http_date(text: &str) -> Option<SystemTime> {
    let fields: Vec<&str> = text.split_whitespace().collect();
    let (day, month, year, time) =
        imf_fixdate(&fields).or_else(|| rfc850_date(&fields)).or_else(|| asctime_date(&fields))?;
    let day = if day.len() == 1 { two_digits(&format!("0{day}"))? } else { two_digits(day)? };
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let mut hms = time.split(':');
    let (hour, minute, second) = (two_digits(hms.next()?)?, two_digits(hms.next()?)?, two_digits(hms.next()?)?);
    if hms.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if year < 1970 || day == 0 || day > month_days[(month - 1) as usize] {
        return None;
    }
    let seconds = days_since_epoch(year, month, day).checked_mul(86_400)? + hour * 3600 + minute * 60 + second;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

