//! `codegen diff` never invents changes of its own: on doc-set pairs under
//! `tests/fixtures/diff/` that reproduce each cause the importer has of moving its decisions
//! when a section is added, the diff reports the real change, and anything else it reports
//! is exactly what the importer moved (listed per fixture, with the cause). When the importer
//! stops moving those decisions the lists shrink and the tests still pass; a change the diff
//! itself invents (an operation matched wrongly, a schema compared by name, a moved source
//! line) fails them.
//!
//! - `heading_order`: a resource added before the others, whose section heading repeats
//!   theirs (`## Retrieve`), and a paragraph that moves every line of the customers page.
//!   Operations are matched by method and path, so nothing is removed or added except the new
//!   one; `x-source` lines are not compared. Operation names come from method and path
//!   (`get_customer`, `get_order`), so the repeated heading renames nothing (the importer named
//!   them from headings in order before issue 15: `retrieve` -> `retrieve_get`).
//! - `unrelated_section`: a section added on the index page, the sections of a page reordered,
//!   a heading typo fixed (`Retreive` -> `Retrieve`) and a heading reworded (`Delete` ->
//!   `Remove`): only the new operation is reported, and every operationId stays.
//! - `wrapper_name`: two resources whose examples share a nested object key (`meta`).
//!   The importer unifies them into one `Meta` schema; a field added to the customers' `meta`
//!   then also appears in the orders' responses (importer work: schema scoping). With a third
//!   resource whose `meta` has another type, the importer renames the schemas (`Meta` ->
//!   `CustomerMeta`, `OrderMeta`): schemas are compared structurally, so the renames are no
//!   change, but the un-unified customers' `meta` loses the orders' `channel`, and `created`,
//!   required while two examples of the united `meta` showed it, becomes optional in each
//!   (importer work).
//! - `example_path`: a declared `GET /customer/:id` contradicted by its example
//!   (`/customers/c1`). Once a section uses the `/customers` collection, the importer prefers
//!   the example's path, so the operation moves: reported as removed at the old path and added
//!   at the new one, which is what the generated client does (it calls another URL), but it
//!   comes from the importer's choice, not from an edit of that section (importer work).

use codegen::diff::{self, Change};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture(case: &str, version: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff").join(case).join(version);
    assert!(dir.join("source/index.html.md").is_file(), "fixture missing: {}", dir.display());
    dir
}

fn changes(case: &str, old: &str, new: &str) -> Vec<Change> {
    let old = codegen::import_docs(&fixture(case, old)).expect("old fixture imports");
    let new = codegen::import_docs(&fixture(case, new)).expect("new fixture imports");
    diff::diff(&old.spec, &new.spec)
}

/// (kind, location) pairs.
type Found = BTreeSet<(String, String)>;

fn set(list: &[(&str, &str)]) -> Found {
    list.iter().map(|(k, l)| (k.to_string(), l.to_string())).collect()
}

/// Asserts that every `real` change is found, and that everything else found is in
/// `importer` (what the importer's moved decisions explain).
fn only_real(found: &[Change], real: &[(&str, &str)], importer: &[(&str, &str)]) {
    let got: Found = found.iter().map(|c| (c.kind.code().to_owned(), c.location.clone())).collect();
    let (real, importer) = (set(real), set(importer));
    let missing: Vec<_> = real.difference(&got).collect();
    assert!(missing.is_empty(), "real changes not reported: {missing:?}\nall: {found:#?}");
    let invented: Vec<_> = got.iter().filter(|c| !real.contains(*c) && !importer.contains(*c)).collect();
    assert!(invented.is_empty(), "changes nobody made: {invented:?}\nall: {found:#?}");
}

#[test]
fn a_section_that_shifts_heading_order_names_adds_only_its_operation() {
    let found = changes("heading_order", "old", "new");
    only_real(&found, &[("operation_added", "GET /accounts/{id}")], &[]);
    // The paragraph moved the customers operation's source line: not a change.
    let old = codegen::import_docs(&fixture("heading_order", "old")).expect("imports").spec;
    let new = codegen::import_docs(&fixture("heading_order", "new")).expect("imports").spec;
    let source = |s: &openapiv3::OpenAPI| {
        let op = s.paths.paths.get("/customers/{id}").and_then(|p| p.as_item()).and_then(|p| p.get.clone());
        op.and_then(|o| o.extensions.get("x-source").cloned())
    };
    assert_ne!(source(&old), source(&new), "the fixture moves the source line");
    assert!(found.iter().all(|c| !c.message.contains("x-source")));
}

#[test]
fn an_unrelated_section_and_retitled_headings_rename_no_operation() {
    let found = changes("unrelated_section", "old", "new");
    only_real(&found, &[("operation_added", "GET /webhooks")], &[]);
    let ids = |version: &str| -> Vec<(String, String)> {
        let spec = codegen::import_docs(&fixture("unrelated_section", version)).expect("imports").spec;
        let mut out = Vec::new();
        for (path, item) in &spec.paths.paths {
            for (method, op) in item.as_item().expect("an item").iter() {
                out.push((format!("{method} {path}"), op.operation_id.clone().unwrap_or_default()));
            }
        }
        out.sort();
        out
    };
    let (old, new) = (ids("old"), ids("new"));
    assert_eq!(
        old,
        [
            ("delete /customers/{id}".to_owned(), "delete_customer".to_owned()),
            ("get /customers".to_owned(), "list_customers".to_owned()),
            ("get /customers/{id}".to_owned(), "get_customer".to_owned()),
        ]
    );
    let kept: Vec<_> = new.iter().filter(|(at, _)| at != "get /webhooks").cloned().collect();
    assert_eq!(kept, old, "no existing operation renamed");
    assert!(new.contains(&("get /webhooks".to_owned(), "list_webhooks".to_owned())), "{new:?}");
}

#[test]
fn a_field_added_under_a_shared_wrapper_name_is_reported_where_it_was_added() {
    let found = changes("wrapper_name", "old", "new");
    only_real(
        &found,
        &[("response_field_added", "GET /customers/{id} response 200 body .meta.updated")],
        &[("response_field_added", "GET /orders/{id} response 200 body .meta.updated")],
    );
}

#[test]
fn renamed_schemas_are_no_change() {
    let found = changes("wrapper_name", "old", "new_section");
    only_real(
        &found,
        &[("operation_added", "GET /accounts/{id}")],
        &[
            ("optional_response_field_removed", "GET /customers/{id} response 200 body .meta.channel"),
            // United, the two `meta` examples both had `created`, which made it required; apart,
            // each `meta` has one example, which makes nothing but an id required.
            ("response_field_became_optional", "GET /customers/{id} response 200 body .meta.created"),
            ("response_field_became_optional", "GET /orders/{id} response 200 body .meta.created"),
        ],
    );
    // The importer did rename the schemas the orders' response refers to ...
    let old = codegen::import_docs(&fixture("wrapper_name", "old")).expect("imports").spec;
    let new = codegen::import_docs(&fixture("wrapper_name", "new_section")).expect("imports").spec;
    let names = |s: &openapiv3::OpenAPI| -> BTreeSet<String> {
        s.components.as_ref().map(|c| c.schemas.keys().cloned().collect()).unwrap_or_default()
    };
    assert!(names(&old).contains("Meta") && !names(&old).contains("OrderMeta"), "{:?}", names(&old));
    assert!(names(&new).contains("OrderMeta"), "{:?}", names(&new));
    // ... and nothing is reported for them but the required-ness the importer moved.
    let orders = found.iter().filter(|c| c.location.starts_with("GET /orders/"));
    assert!(orders.clone().all(|c| c.kind.code() == "response_field_became_optional"), "{found:#?}");
    assert_eq!(orders.count(), 1, "{found:#?}");
}

#[test]
fn an_example_path_preferred_once_a_collection_appears() {
    let found = changes("example_path", "old", "new");
    only_real(
        &found,
        &[("operation_added", "GET /customers")],
        &[("operation_removed", "GET /customer/{id}"), ("operation_added", "GET /customers/{id}")],
    );
}
