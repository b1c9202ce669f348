//! A response that is a list of lists or of plain values (`[[1499040000000, "0.0163", ..]]`,
//! `["BTC", "ETH"]`): its items are no objects, so no component named after the resource
//! describes them (an object component would make the docs' own example contradict the spec).
//! Its schema is the list's, inferred from every item of the examples.

use serde_json::Value;

/// When every example is a list and no item is an object or null: the schema `infer` gives
/// the list of all their items. None otherwise (a list of objects is the resource's component).
pub(crate) fn of_plain_items<S>(examples: &[&Value], infer: impl FnOnce(&Value) -> S) -> Option<S> {
    if examples.is_empty() || !examples.iter().all(|v| v.is_array()) {
        return None;
    }
    let items: Vec<Value> = examples.iter().filter_map(|v| v.as_array()).flatten().cloned().collect();
    if items.is_empty() || items.iter().any(|i| i.is_object() || i.is_null()) {
        return None;
    }
    Some(infer(&Value::Array(items)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_of_lists_and_of_strings_are_inferred_as_one_list() {
        let (a, b) = (json!([[1499040000000u64, "0.01634790", 308]]), json!([[1499040000001u64, "0.1", 2]]));
        let seen = of_plain_items(&[&a, &b], Value::clone).expect("a list of lists");
        assert_eq!(seen, json!([[1499040000000u64, "0.01634790", 308], [1499040000001u64, "0.1", 2]]));
        assert_eq!(of_plain_items(&[&json!(["BTC", "ETH"])], Value::clone), Some(json!(["BTC", "ETH"])));
        // Objects (or an object example beside a list) are the resource's component.
        assert!(of_plain_items(&[&json!([{"id": 1}])], Value::clone).is_none());
        assert!(of_plain_items(&[&json!(["a"]), &json!({"id": 1})], Value::clone).is_none());
        assert!(of_plain_items(&[&json!([])], Value::clone).is_none());
        assert!(of_plain_items(&[&json!(["a", null])], Value::clone).is_none());
    }
}
