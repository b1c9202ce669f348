//! Operation names (`operationId`) derived from method and path by REST conventions, so that
//! they do not move when a section is added, reordered or retitled.
//!
//! The heading of an operation stays its `summary`; its name comes only from what the request
//! line says. The generated client's method names are the snake_case of the operationId
//! (`client_gen::operation_names`), so this rule is also the rule of the client's method names.

use crate::naming::singularize;
use crate::vocabulary::{ACTION_VERBS, FORMAT_SUFFIXES};
use heck::ToSnakeCase;
use std::collections::BTreeMap;

/// The operationId of every `(method, path)` in `ops`, in the same order.
///
/// The rule, on the path's static segments (version segments such as `v1` and format
/// suffixes such as `.json` dropped; a parameter marks the segment before it as one item):
///
/// | request | name |
/// | --- | --- |
/// | `GET /customers` | `list_customers` |
/// | `POST /customers` | `create_customer` |
/// | `GET /customers/{id}` | `get_customer` |
/// | `PUT` or `PATCH /customers/{id}` (or `/customers`) | `update_customer` |
/// | `DELETE /customers/{id}` (or `/customers`) | `delete_customer` |
/// | `GET /customers/{id}/invoices` | `list_customer_invoices` |
/// | `GET /account`, `PUT /account` (a singular last segment) | `get_account`, `update_account` |
/// | `POST /orders/{id}/cancel` (an action verb, [`ACTION_VERBS`]) | `cancel_order` |
/// | `GET /customers/search` | `search_customers` |
/// | `POST /orders/{id}/recalculate_prices` | `recalculate_order_prices` |
///
/// Every static segment before the last one qualifies the name, singular
/// (`/companies/{c}/connections/{id}` -> `get_company_connection`). A last segment is a
/// collection when it is plural (its singular differs), else a single resource. Other methods
/// (`HEAD`, `OPTIONS`, `TRACE`) use their own name as the verb. A path without a static
/// segment is named `root`.
///
/// Collisions (two requests that read the same name, like `PUT` and `PATCH` of one item) are
/// resolved without looking at the order of the docs: the colliding requests are sorted by
/// path, then by method in the order `GET PUT POST DELETE PATCH HEAD OPTIONS TRACE`; the first
/// keeps the name, each other one gets `_` and its method (`update_customer_patch`), and if
/// that is taken too, `_2`, `_3`, ... in the same order.
pub fn operation_ids(ops: &[(&str, &str)]) -> Vec<String> {
    let bases: Vec<String> = ops.iter().map(|(m, p)| rest_name(m, p)).collect();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, b) in bases.iter().enumerate() {
        groups.entry(b.as_str()).or_default().push(i);
    }
    let mut out: Vec<Option<String>> = vec![None; ops.len()];
    let mut taken: std::collections::BTreeSet<String> = bases.iter().cloned().collect();
    for (base, mut members) in groups {
        members.sort_by_key(|&i| (ops[i].1, method_rank(ops[i].0), ops[i].0, i));
        for (k, &i) in members.iter().enumerate() {
            if k == 0 {
                out[i] = Some(base.to_owned());
                continue;
            }
            let mut id = format!("{base}_{}", ops[i].0.to_ascii_lowercase());
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}_{n}");
                n += 1;
            }
            taken.insert(id.clone());
            out[i] = Some(id);
        }
    }
    out.into_iter().map(|o| o.unwrap_or_default()).collect()
}

/// Rank of a method in collision order.
fn method_rank(method: &str) -> usize {
    const ORDER: [&str; 8] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"];
    ORDER.iter().position(|m| m.eq_ignore_ascii_case(method)).unwrap_or(ORDER.len())
}

/// One static segment of a path, snake_case, and whether a parameter follows it.
struct Segment {
    word: String,
    item: bool,
}

/// The static segments of `path`, with version segments and format suffixes dropped.
fn segments(path: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        if raw.contains('{') || raw.starts_with(':') {
            if let Some(last) = out.last_mut() {
                last.item = true;
            }
            continue;
        }
        let raw = match raw.rsplit_once('.') {
            Some((stem, ext)) if FORMAT_SUFFIXES.contains(&ext.to_ascii_lowercase().as_str()) => stem,
            _ => raw,
        };
        let word = raw.to_snake_case();
        if word.is_empty() || is_version(&word) {
            continue;
        }
        out.push(Segment { word, item: false });
    }
    out
}

/// `v1`, `v2_1`, `2`: a version segment.
fn is_version(word: &str) -> bool {
    let digits = word.strip_prefix('v').unwrap_or(word);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
}

fn is_plural(word: &str) -> bool {
    singularize(word) != word
}

/// The name of one request before collisions are resolved.
fn rest_name(method: &str, path: &str) -> String {
    let method = method.to_ascii_lowercase();
    let segs = segments(path);
    let Some((last, parents)) = segs.split_last() else {
        return format!("{method}_root");
    };
    let qualifiers: Vec<String> = parents.iter().map(|s| singularize(&s.word)).collect();
    let join = |parts: Vec<String>| parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("_");

    // An action: `/orders/{id}/cancel`, `/lines/update_positions`, `/customers/search`.
    let words: Vec<&str> = last.word.split('_').collect();
    if !last.item && ACTION_VERBS.contains(&words[0]) {
        if let Some((target, target_parents)) = parents.split_last() {
            let rest = words[1..].join("_");
            let target = if target.item || !rest.is_empty() { singularize(&target.word) } else { target.word.clone() };
            let mut parts = vec![words[0].to_owned()];
            parts.extend(target_parents.iter().map(|s| singularize(&s.word)));
            parts.push(target);
            parts.push(rest);
            return join(parts);
        }
    }

    let collection = !last.item && is_plural(&last.word);
    let verb = match (method.as_str(), last.item, collection) {
        ("get", false, true) => "list",
        ("get", _, _) => "get",
        ("post", _, _) => "create",
        ("put" | "patch", _, _) => "update",
        ("delete", _, _) => "delete",
        (other, _, _) => other,
    };
    // A list keeps the plural; everything else names one resource.
    let noun = if verb == "list" { last.word.clone() } else { singularize(&last.word) };
    let mut parts = vec![verb.to_owned()];
    parts.extend(qualifiers);
    parts.push(noun);
    join(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(ops: &[(&str, &str)]) -> Vec<String> {
        operation_ids(ops)
    }

    #[test]
    fn crud_of_a_collection_and_its_items() {
        let got = ids(&[
            ("GET", "/customers"),
            ("POST", "/customers"),
            ("GET", "/customers/{id}"),
            ("PUT", "/customers/{id}"),
            ("DELETE", "/customers/{id}"),
            ("GET", "/customers/{customer_id}/invoices"),
            ("GET", "/companies/{c}/connections/{id}"),
            ("GET", "/v1/contactPersons.json"),
        ]);
        assert_eq!(
            got,
            [
                "list_customers",
                "create_customer",
                "get_customer",
                "update_customer",
                "delete_customer",
                "list_customer_invoices",
                "get_company_connection",
                "list_contact_persons"
            ]
        );
    }

    #[test]
    fn singletons_actions_and_odd_paths() {
        let got = ids(&[
            ("GET", "/account"),
            ("PUT", "/organization/redirect_url"),
            ("POST", "/orders/{id}/cancel"),
            ("DELETE", "/customers/{id}/archive"),
            ("GET", "/customers/search"),
            ("POST", "/orders/{id}/recalculate_prices"),
            ("POST", "/orders/{order_id}/lines/update_positions"),
            ("GET", "/"),
            ("HEAD", "/files/{id}"),
        ]);
        assert_eq!(
            got,
            [
                "get_account",
                "update_organization_redirect_url",
                "cancel_order",
                "archive_customer",
                "search_customers",
                "recalculate_order_prices",
                "update_order_line_positions",
                "get_root",
                "head_file"
            ]
        );
    }

    #[test]
    fn collisions_do_not_depend_on_the_order_of_the_docs() {
        let a = ids(&[("PATCH", "/customers/{id}"), ("PUT", "/customers/{id}"), ("PUT", "/customers")]);
        assert_eq!(a, ["update_customer_patch", "update_customer_put", "update_customer"]);
        // The same requests in another order get the same names.
        let b = ids(&[("PUT", "/customers"), ("PUT", "/customers/{id}"), ("PATCH", "/customers/{id}")]);
        assert_eq!(b, ["update_customer", "update_customer_put", "update_customer_patch"]);
        // A name that is another request's own name is never taken.
        let c = ids(&[("PUT", "/customers/{id}"), ("PATCH", "/customers/{id}"), ("PUT", "/customer_patches/{id}")]);
        assert_eq!(c, ["update_customer", "update_customer_2", "update_customer_patch"]);
    }
}
