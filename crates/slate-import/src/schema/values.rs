//! Measures of example values: how deep they nest, how informative they are, whether an
//! object's keys are ids (a map), the format all strings share.

use crate::schema_forms::has_format;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// Levels of objects and arrays in a value (a scalar has none), without recursion.
pub(super) fn nesting(v: &Value) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(v, 0usize)];
    while let Some((v, depth)) = pending.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(xs) => Box::new(xs.iter()),
            Value::Object(m) => Box::new(m.values()),
            _ => continue,
        };
        deepest = deepest.max(depth + 1);
        pending.extend(children.map(|c| (c, depth + 1)));
    }
    deepest
}

/// Number of non-null scalars in a value (to prefer informative examples).
pub(super) fn richness(v: &Value) -> usize {
    match v {
        Value::Null => 0,
        Value::Array(xs) => xs.iter().map(richness).sum(),
        Value::Object(m) => m.values().map(richness).sum(),
        _ => 1,
    }
}

pub(super) static RE_ID_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,}|\d+|[0-9a-f]{16,}|\d{4}-\d{2}-\d{2}(?:[ T][0-9:.]+(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?)$")
        .unwrap()
});

/// The format every string has, if any.
pub(super) fn common_format(strings: &[&str]) -> Option<&'static str> {
    ["date-time", "date", "uuid", "email", "uri"]
        .into_iter()
        .find(|f| !strings.is_empty() && strings.iter().all(|s| has_format(s, f)))
}

/// Objects whose keys are all ids or dates.
pub(super) fn is_id_map(values: &[&Value]) -> bool {
    let mut keys = values.iter().filter_map(|v| v.as_object()).flat_map(|m| m.keys()).peekable();
    keys.peek().is_some() && keys.all(|k| is_id_key(k))
}

/// Whether an object key is an id or a date (the object is a map keyed by them, not fields).
pub(crate) fn is_id_key(k: &str) -> bool {
    RE_ID_KEY.is_match(k)
}
