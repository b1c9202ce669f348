//! An operation's own `x-rate-limit`: one window `{requests, per_seconds}` or a list of them.

use serde_json::Value;

use super::RateLimit;

/// The windows of an `x-rate-limit` value with positive figures (a window of headers alone
/// states none); nothing for no value.
pub(super) fn windows(value: Option<&Value>) -> Vec<RateLimit> {
    let window = |v: &Value| {
        let requests = v.get("requests")?.as_u64()?;
        let per_seconds = v.get("per_seconds").and_then(Value::as_f64).unwrap_or(1.0);
        (requests > 0 && per_seconds > 0.0).then_some(RateLimit { requests, per_seconds })
    };
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(window).collect(),
        Some(one) => window(one).into_iter().collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_window_several_or_none() {
        let one = serde_json::json!({"requests": 1000, "per_seconds": 3600});
        assert_eq!(
            windows(Some(&one)).iter().map(|w| (w.requests, w.per_seconds)).collect::<Vec<_>>(),
            [(1000, 3600.0)]
        );
        let two = serde_json::json!([{"requests": 2, "per_seconds": 1}, {"requests": 0}]);
        assert_eq!(windows(Some(&two)).len(), 1, "a window of no requests is none");
        assert!(windows(None).is_empty());
    }
}
