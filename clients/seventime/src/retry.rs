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
    std::iter::successors(
        Some(error),
        |e| match e.downcast_ref::<std::io::Error>().and_then(std::io::Error::get_ref) {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        },
    )
}

/// A TLS failure: rustls reports its errors as I/O errors of kind `InvalidData`; the system
/// libraries behind `native-tls` say so in their text (OpenSSL: `SSL routines:…:wrong version
/// number`, a certificate or handshake failure). reqwest's own errors are skipped: their text
/// may hold the URL, whose host may spell `ssl`.
fn is_tls(error: &reqwest::Error) -> bool {
    causes(error)
        .filter(|cause| !cause.is::<reqwest::Error>())
        .any(|cause| {
            let text = cause.to_string().to_ascii_lowercase();
            cause
                .downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::InvalidData)
                || ["certificate", "tls", "ssl", "handshake"]
                    .iter()
                    .any(|word| text.contains(word))
        })
}

/// The connection went away: reset, aborted, or closed before the whole message arrived.
fn connection_lost(error: &reqwest::Error) -> bool {
    use std::io::ErrorKind;
    causes(error)
        .any(|cause| {
            let io_lost = cause
                .downcast_ref::<std::io::Error>()
                .is_some_and(|io| {
                    matches!(
                        io.kind(), ErrorKind::ConnectionReset |
                        ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe |
                        ErrorKind::UnexpectedEof
                    )
                });
            io_lost
                || cause
                    .to_string()
                    .contains("connection closed before message completed")
        })
}

/// A number in `[0, 1)`, different on every call (std's randomly keyed hasher; no RNG
/// dependency). Only the spread of retries depends on it, never whether they happen.
fn jitter() -> f64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher
        .write_u128(
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos(),
        );
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

const MONTHS: [&str; 12] = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

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
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (`month` 1-based).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    let year_of_era = y % 400;
    let day_of_year = (153 * m + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100
        + day_of_year;
    (y / 400) * 146_097 + day_of_era - 719_468
}

/// An HTTP-date (RFC 9110, section 5.6.7) in any of its three forms. The weekday is not
/// checked; the date must exist and not be before 1970.
pub(crate) fn parse_http_date(text: &str) -> Option<SystemTime> {
    let fields: Vec<&str> = text.split_whitespace().collect();
    let (day, month, year, time) = imf_fixdate(&fields)
        .or_else(|| rfc850_date(&fields))
        .or_else(|| asctime_date(&fields))?;
    let day = if day.len() == 1 {
        two_digits(&format!("0{day}"))?
    } else {
        two_digits(day)?
    };
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let mut hms = time.split(':');
    let (hour, minute, second) = (
        two_digits(hms.next()?)?,
        two_digits(hms.next()?)?,
        two_digits(hms.next()?)?,
    );
    if hms.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if year < 1970 || day == 0 || day > month_days[(month - 1) as usize] {
        return None;
    }
    let seconds = days_since_epoch(year, month, day).checked_mul(86_400)? + hour * 3600
        + minute * 60 + second;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn http_dates_in_all_three_forms() {
        let expected = Some(at(784_111_777));
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994"), expected);
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(at(0)));
        assert_eq!(
            parse_http_date("Thu, 29 Feb 2024 23:59:59 GMT"), Some(at(1_709_251_199))
        );
        assert_eq!(
            parse_http_date("Fri, 31 Dec 2100 12:00:00 GMT"), Some(at(4_133_937_600))
        );
    }

    #[test]
    fn malformed_http_dates_are_refused() {
        for bad in [
            "",
            "soon",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:60:00 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Wed, 29 Feb 2023 00:00:00 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Wed, 31 Dec 1969 23:59:59 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        let now = at(784_111_777);
        let wait = |value: &str| retry_after(value, now);
        assert_eq!(wait("120"), Some(Duration::from_secs(120)));
        assert_eq!(wait(" 0 "), Some(Duration::ZERO));
        assert_eq!(wait("99999999999999999999999"), Some(Duration::from_secs(u64::MAX)));
        assert_eq!(wait("Sun, 06 Nov 1994 08:50:07 GMT"), Some(Duration::from_secs(30)));
        assert_eq!(
            wait("Sun, 06 Nov 1994 08:00:00 GMT"), Some(Duration::ZERO), "past: no wait"
        );
        assert_eq!(wait("-5"), None);
        assert_eq!(wait("1.5"), None);
        assert_eq!(wait("tomorrow"), None);
    }

    #[test]
    fn backoff_doubles_is_capped_and_jitters_within_bounds() {
        let policy = Policy {
            max_retries: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        };
        let ms = Duration::from_millis;
        assert_eq!(policy.backoff(0, 0.0), ms(50));
        assert_eq!(policy.backoff(0, 0.5), ms(75));
        assert_eq!(policy.backoff(1, 0.0), ms(100));
        assert_eq!(policy.backoff(2, 1.0), ms(400));
        assert_eq!(policy.backoff(3, 0.0), ms(400));
        assert_eq!(policy.backoff(4, 0.0), ms(500), "1.6 s capped at 1 s");
        assert_eq!(policy.backoff(4, 1.0), ms(1000), "1.6 s capped at 1 s");
        assert_eq!(policy.backoff(u32::MAX, 1.0), ms(1000), "no overflow");
        for _ in 0..100 {
            let unit = jitter();
            let unit_in_range = (0.0..1.0).contains(&unit);
            assert!(unit_in_range, "{unit}");
            let wait = policy.backoff(2, unit);
            let wait_in_range = wait >= ms(200) && wait <= ms(400);
            assert!(wait_in_range, "{wait:?}");
        }
    }

    #[test]
    fn what_is_retried() {
        let policy = Policy {
            max_retries: 2,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(60),
        };
        let headers = |retry_after: Option<&'static str>| {
            let mut headers = reqwest::header::HeaderMap::new();
            if let Some(value) = retry_after {
                headers
                    .insert(
                        reqwest::header::RETRY_AFTER,
                        reqwest::header::HeaderValue::from_static(value),
                    );
            }
            headers
        };
        let (none, soon, late) = (
            headers(None),
            headers(Some("3")),
            headers(Some("61")),
        );
        let (get, post) = (reqwest::Method::GET, reqwest::Method::POST);
        let busy = reqwest::StatusCode::TOO_MANY_REQUESTS;
        let unavailable = reqwest::StatusCode::SERVICE_UNAVAILABLE;
        let bad_gateway = reqwest::StatusCode::BAD_GATEWAY;
        let post_told = policy.after_status(0, &post, busy, &soon);
        assert_eq!(post_told, Some(Duration::from_secs(3)), "POST with Retry-After");
        let post_not_told = policy.after_status(0, &post, unavailable, &none);
        assert_eq!(post_not_told, None, "POST without Retry-After");
        let get_not_told = policy.after_status(1, &get, unavailable, &none);
        let backs_off = get_not_told
            .is_some_and(|wait| wait >= Duration::from_millis(100));
        assert!(backs_off, "GET without Retry-After: backoff");
        let used_up = policy.after_status(2, &get, busy, &soon);
        assert_eq!(used_up, None, "retries used up");
        let too_late = policy.after_status(0, &get, busy, &late);
        assert_eq!(too_late, None, "longer than max_delay");
        let other = policy.after_status(0, &get, bad_gateway, &soon);
        assert_eq!(other, None, "only 429 and 503");
        let idempotent = [
            reqwest::Method::PUT,
            reqwest::Method::DELETE,
            reqwest::Method::HEAD,
        ]
            .iter()
            .all(is_idempotent);
        assert!(idempotent);
        let none_idempotent = [reqwest::Method::PATCH, post]
            .iter()
            .all(|method| !is_idempotent(method));
        assert!(none_idempotent);
    }
}
