//! The page counters of a list example against each other: a current page past the last page,
//! a page count that is not the item count over the page size, a page holding more items than
//! its size.

use crate::diag::{Code, Diagnostics, Severity};
use crate::evidence::ExampleRole;
use crate::model::Model;
use crate::vocabulary::{ITEM_TOTAL_KEYS, PAGE_CURRENT_KEYS, PAGE_META_KEYS, PAGE_SIZE_KEYS, PAGE_TOTAL_KEYS};
use serde_json::{Map, Value};

pub(super) fn check(model: &Model, diags: &mut Diagnostics) {
    for op in &model.operations {
        for e in op.examples.iter().filter(|e| e.role == ExampleRole::Response) {
            let Some(top) = e.value.as_object() else { continue };
            let mut holders: Vec<&Map<String, Value>> = vec![top];
            holders.extend(
                top.iter()
                    .filter(|(k, _)| PAGE_META_KEYS.contains(&k.to_ascii_lowercase().as_str()))
                    .filter_map(|(_, v)| v.as_object()),
            );
            let items = top.values().filter_map(Value::as_array).map(Vec::len).max();
            for h in holders {
                if let Some(problem) = arithmetic(h, items) {
                    diags.emit(
                        Severity::Warning,
                        Code::PagingMetaMismatch,
                        &e.pos,
                        format!(
                            "the page counters of the {} {} example cannot all be right: {problem}",
                            op.method, op.path
                        ),
                        Some("make the counters agree with each other and with the items shown".into()),
                    );
                }
            }
        }
    }
}

/// The first integer of one of `keys`, with the key as written.
fn counter<'a>(h: &'a Map<String, Value>, keys: &[&str]) -> Option<(&'a str, u64)> {
    h.iter()
        .find(|(k, _)| keys.contains(&k.to_ascii_lowercase().as_str()))
        .and_then(|(k, v)| Some((k.as_str(), v.as_u64()?)))
}

/// What is wrong with one object's counters, if anything. `items`: the longest array beside them.
fn arithmetic(h: &Map<String, Value>, items: Option<usize>) -> Option<String> {
    let pages = counter(h, PAGE_TOTAL_KEYS);
    let current = counter(h, PAGE_CURRENT_KEYS);
    let size = counter(h, PAGE_SIZE_KEYS).filter(|(_, n)| *n > 0);
    let total = counter(h, ITEM_TOTAL_KEYS);
    // One counter alone (`total` may be an amount, `limit` a quota) says nothing of paging.
    if [pages.is_some(), current.is_some(), size.is_some(), total.is_some()].iter().filter(|b| **b).count() < 2 {
        return None;
    }
    if let (Some((pk, p)), Some((ck, c))) = (pages, current) {
        if p > 0 && c > p {
            return Some(format!("`{ck}` is {c}, past `{pk}` {p}"));
        }
    }
    if let (Some((pk, p)), Some((sk, s)), Some((tk, t))) = (pages, size, total) {
        let expected = t.div_ceil(s);
        if p != expected && !(t == 0 && p == 1) {
            return Some(format!("`{tk}` {t} items at `{sk}` {s} a page make {expected} page(s), not `{pk}` {p}"));
        }
    }
    if let (Some((sk, s)), Some(n)) = (size, items) {
        if n as u64 > s {
            return Some(format!("the page shows {n} items, more than `{sk}` {s}"));
        }
    }
    if let (Some((tk, t)), Some(n)) = (total, items) {
        if (n as u64) > t {
            return Some(format!("the page shows {n} items, more than `{tk}` {t}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::arithmetic;
    use serde_json::json;

    fn check(v: serde_json::Value, items: Option<usize>) -> Option<String> {
        arithmetic(v.as_object().expect("an object"), items)
    }

    #[test]
    fn counters_that_agree_pass_and_others_are_named() {
        assert_eq!(
            check(json!({"total_pages": 3, "current_page": 2, "per_page": 10, "total_count": 25}), Some(10)),
            None
        );
        assert!(check(json!({"total_pages": 3, "current_page": 4}), None).is_some_and(|m| m.contains("past")));
        assert!(check(json!({"total_pages": 2, "per_page": 10, "total_count": 25}), None)
            .is_some_and(|m| m.contains("3 page")));
        assert!(check(json!({"per_page": 2, "page": 1}), Some(3)).is_some_and(|m| m.contains("more than `per_page`")));
        assert_eq!(check(json!({"total": 2}), Some(3)), None, "one counter alone is no paging");
        assert_eq!(check(json!({"total_pages": 1, "per_page": 10, "total": 0}), Some(0)), None);
    }
}
