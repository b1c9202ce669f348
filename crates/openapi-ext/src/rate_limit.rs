//! `x-rate-limit`: the documented client rate limit, one window or several.

use crate::{names, Extension, Extensions};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

/// One window of a rate limit: `requests` per `per_seconds`, and how the API announces it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RateWindow {
    /// Requests allowed in one window (absent when the docs state no figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<u64>,
    /// The window's length in seconds (1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "seconds")]
    pub per_seconds: Option<f64>,
    /// The response headers announcing the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<RateLimitHeaders>,
    /// A refusal (429) carries `Retry-After`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<bool>,
    /// Fields this version of the contract does not know, kept as written.
    #[serde(flatten)]
    pub other: Extensions,
}

/// The response headers naming a limit, what is left of it, and when it resets (seconds).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateLimitHeaders {
    /// The header with the window's limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// The header with the requests left in the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<String>,
    /// The header with the seconds until the window resets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<String>,
}

/// Whole seconds are written as integers (`per_seconds: 1`, as the docs state them).
fn seconds<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && *x >= 0.0 && *x < u64::MAX as f64 => s.serialize_u64(*x as u64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}

/// `x-rate-limit`: one window (written as an object) or several (a list), all kept at once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateLimit {
    /// The windows, in the docs' order.
    pub windows: Vec<RateWindow>,
}

impl RateWindow {
    /// The figure a client keeps (`requests` per `per_seconds`), when it states a usable one.
    pub fn figure(&self) -> Option<(u64, f64)> {
        let requests = self.requests?;
        let per = self.per_seconds.unwrap_or(1.0);
        (requests > 0 && per > 0.0).then_some((requests, per))
    }

    /// A window of headers alone states no figure to keep (and needs none).
    pub fn states_a_figure(&self) -> bool {
        self.requests.is_some() || self.headers.is_none()
    }
}

impl RateLimit {
    /// The usable figures of every window, in order: what a client acts on.
    pub fn figures(&self) -> Vec<(u64, f64)> {
        self.windows.iter().filter_map(RateWindow::figure).collect()
    }
}

impl Serialize for RateLimit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.windows.as_slice() {
            [one] => one.serialize(s),
            many => many.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for RateLimit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OneOrMany {
            Many(Vec<RateWindow>),
            One(RateWindow),
        }
        Ok(match OneOrMany::deserialize(d)? {
            OneOrMany::Many(windows) => RateLimit { windows },
            OneOrMany::One(one) => RateLimit { windows: vec![one] },
        })
    }
}

impl Extension for RateLimit {
    const NAME: &'static str = names::RATE_LIMIT;

    fn deserialize_value(value: &Value) -> serde_json::Result<Self> {
        serde_json::from_value(value.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_window_or_several() {
        let one = RateLimit::from_value(&json!({"requests": 4, "per_seconds": 1})).unwrap();
        assert_eq!(one.figures(), vec![(4, 1.0)]);
        assert_eq!(one.to_value(), json!({"requests": 4, "per_seconds": 1}));
        let many = json!([{"requests": 10, "per_seconds": 1}, {"requests": 1000, "per_seconds": 3600}]);
        let many_read = RateLimit::from_value(&many).unwrap();
        assert_eq!(many_read.figures(), vec![(10, 1.0), (1000, 3600.0)]);
        assert_eq!(many_read.to_value(), many);
    }

    #[test]
    fn header_only_windows_state_no_figure() {
        let w = RateLimit::from_value(&json!({"headers": {"remaining": "X-Left"}, "retry_after": true})).unwrap();
        assert!(w.figures().is_empty());
        assert!(!w.windows[0].states_a_figure());
        let bad = RateLimit::from_value(&json!({"requests": 0})).unwrap();
        assert!(bad.figures().is_empty() && bad.windows[0].states_a_figure());
        assert_eq!(
            RateLimit::from_value(&json!({"per_seconds": 0.5, "requests": 1})).unwrap().figures(),
            vec![(1, 0.5)]
        );
        assert!(RateLimit::from_value(&json!("fast")).is_err());
    }
}
