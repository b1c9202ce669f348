//! A response that is a list of lists or of plain values (`[[1499040000000, "0.0163", ..]]`,
//! `["BTC", "ETH"]`): its items are no objects, so no component named after the resource
//! describes them (an object component would make the docs' own example contradict the spec).
//! Its schema is the list's, inferred from every item of the examples.

use crate::schema::SchemaRegistry;
use openapiv3::{ReferenceOr, Schema};
use serde_json::Value;

/// The schema of the response when every example is a list and no item is an object or null;
/// None otherwise (a list of objects is the resource's component).
pub(crate) fn of_plain_items(examples: &[&Value], name: &str, reg: &mut SchemaRegistry) -> Option<ReferenceOr<Schema>> {
    if examples.is_empty() || !examples.iter().all(|v| v.is_array()) {
        return None;
    }
    let items: Vec<Value> = examples.iter().filter_map(|v| v.as_array()).flatten().cloned().collect();
    if items.is_empty() || items.iter().any(|i| i.is_object() || i.is_null()) {
        return None;
    }
    Some(reg.inline(&Value::Array(items), name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_of_lists_and_of_strings_are_typed_as_lists() {
        let mut reg = SchemaRegistry::new();
        let rows = json!([[1499040000000u64, "0.01634790", 308], [1499040000001u64, "0.1", 2]]);
        let s = of_plain_items(&[&rows], "Kline", &mut reg).expect("a list of lists");
        let v = serde_json::to_value(&s).expect("serializable");
        assert_eq!(v["type"], "array", "{v}");
        assert_eq!(v["items"]["type"], "array", "{v}");
        let names = json!(["BTC", "ETH"]);
        let v = serde_json::to_value(of_plain_items(&[&names], "Asset", &mut reg).expect("strings")).expect("json");
        assert_eq!((v["type"].as_str(), v["items"]["type"].as_str()), (Some("array"), Some("string")), "{v}");
        assert!(reg.names().next().is_none(), "no component is made for plain items");
        // Objects (or an object example beside a list) are the resource's component.
        assert!(of_plain_items(&[&json!([{"id": 1}])], "Thing", &mut reg).is_none());
        assert!(of_plain_items(&[&json!(["a"]), &json!({"id": 1})], "Thing", &mut reg).is_none());
        assert!(of_plain_items(&[&json!([])], "Thing", &mut reg).is_none());
    }
}
