//! `docs/extensions.md` describes exactly the contract's types: every extension, every field,
//! and every shape it shows reads with the type.

use openapi_ext::{names, Envelope, Extension, Pagination, RateLimit, RequestHeaders, RequestSigning, TokenAs};
use serde_json::Value;
use std::collections::BTreeSet;

fn doc() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/extensions.md");
    std::fs::read_to_string(path).expect("docs/extensions.md is part of the repository")
}

/// The cells of every table row (`| a | b |`), header and separator rows excluded.
fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('|') && !l.starts_with("| ---") && !l.starts_with("|---"))
        .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_owned()).collect::<Vec<_>>())
        .filter(|cells| cells.first().is_some_and(|c| c.starts_with('`')))
        .collect()
}

/// The text between the first pair of backticks of a cell.
fn code(cell: &str) -> &str {
    cell.split('`').nth(1).unwrap_or_default()
}

/// The section of the doc from `heading_text` to the next `##` heading.
fn section<'a>(text: &'a str, starts: &str) -> &'a str {
    let from = text.find(starts).unwrap_or_else(|| panic!("docs/extensions.md has `{starts}`"));
    let rest = &text[from..];
    let end = rest[1..].find("\n## ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

fn field_names(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

#[test]
fn every_extension_is_documented_and_nothing_else() {
    let text = doc();
    let documented: BTreeSet<String> =
        rows(&text).iter().map(|r| code(&r[0]).to_owned()).filter(|n| n.starts_with("x-")).collect();
    let contract: BTreeSet<String> = names::ALL.iter().map(|s| s.to_string()).collect();
    assert_eq!(documented, contract);
}

#[test]
fn the_pagination_field_table_lists_the_types_fields() {
    let text = doc();
    let table = section(&text, "`x-pagination` fields");
    let mut documented = BTreeSet::new();
    for row in rows(table) {
        // `default_size`, `max_size` share a row.
        for name in row[0].split(',').map(|c| c.trim().trim_matches('`')) {
            documented.insert(name.to_owned());
        }
    }
    let s = || Some(String::new());
    let all = Pagination {
        style: "page".into(),
        items: s(),
        page_param: s(),
        size_param: s(),
        offset_param: s(),
        cursor_param: s(),
        cursor_field: s(),
        next_cursor: s(),
        has_more: s(),
        total_pages: s(),
        total_count: s(),
        next_url: s(),
        next_header: s(),
        total_header: s(),
        range_unit: s(),
        next_range_header: s(),
        default_size: Some(1),
        max_size: Some(1),
        other: Default::default(),
    };
    assert_eq!(documented, field_names(&all.to_value()));
}

#[test]
fn the_signing_field_table_lists_the_types_fields() {
    let text = doc();
    let table = section(&text, "`x-request-signing` says what");
    let documented: BTreeSet<String> = rows(table).iter().map(|r| code(&r[0]).to_owned()).collect();
    let s = || Some(String::new());
    let all = RequestSigning {
        algorithm: s(),
        signs: s(),
        location: s(),
        name: s(),
        timestamp: s(),
        placement: s(),
        description: s(),
        other: Default::default(),
    };
    assert_eq!(documented, field_names(&all.to_value()));
}

#[test]
fn every_shape_shown_reads_with_its_type() {
    let text = doc();
    let mut checked = 0;
    for row in rows(&text) {
        let name = code(&row[0]);
        if !name.starts_with("x-") || row.len() < 2 {
            continue;
        }
        // A shape cell may show several forms: `{..}`, or a list `[..]`.
        for shape in row[1].split('`').skip(1).step_by(2) {
            let value: Value = yaml_serde::from_str(shape).unwrap_or_else(|e| panic!("{name}: `{shape}`: {e}"));
            let read = match name {
                names::RATE_LIMIT => RateLimit::from_value(&value).map(|r| assert!(!r.figures().is_empty())),
                names::REQUEST_HEADERS => RequestHeaders::from_value(&value).map(|h| assert!(h.pairs().count() > 0)),
                names::ENVELOPE => Envelope::from_value(&value).map(drop),
                names::TOKEN_AS => TokenAs::from_value(&value).map(drop),
                names::SOURCE | names::GENERATED_BY => value.as_str().map(drop).ok_or_else(|| "not text".to_owned()),
                other => panic!("{other} shows a shape but the test does not know its type"),
            };
            read.unwrap_or_else(|e| panic!("{name}: `{shape}` does not read: {e}"));
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} shapes found: the doc's tables changed form");
}
