//! The field paths of a JSON example that end in a given name: `to.address_country`,
//! `tracking_events.name` (array items are transparent, as in a dotted table row name).

/// How deep an example is searched (deeper examples are rare and the rest is left out).
const MAX_DEPTH: usize = 16;

/// Adds to `out` each dotted path of `value` whose last segment is `name`, once, in document
/// order.
pub(crate) fn named(value: &serde_json::Value, name: &str, out: &mut Vec<String>) {
    walk(value, "", name, 0, out);
}

fn walk(value: &serde_json::Value, prefix: &str, name: &str, depth: usize, out: &mut Vec<String>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                if k == name && !out.contains(&path) {
                    out.push(path.clone());
                }
                walk(v, &path, name, depth + 1, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                walk(v, prefix, name, depth + 1, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_end_in_the_name_and_arrays_are_transparent() {
        let v = json!({"to": {"country": "US"}, "events": [{"country": "FR"}, {"country": "DE"}], "country": "x"});
        let mut out = Vec::new();
        named(&v, "country", &mut out);
        assert_eq!(out, ["to.country", "events.country", "country"]);
        let mut none = Vec::new();
        named(&json!([1, "country"]), "country", &mut none);
        assert!(none.is_empty());
    }
}
