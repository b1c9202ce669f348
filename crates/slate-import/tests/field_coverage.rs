//! Every field the docs name reaches the spec: each key of every JSON example and each name in
//! the first column of every field or parameter table, on every page the import reads, is a
//! property, parameter or header somewhere in the committed spec.
//!
//! Read straight from the Markdown, independently of the importer's own evidence stage, so a
//! field the importer drops is caught. Map keys (ids, dates) and commented-out parts of the docs
//! are not fields.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const PROVIDERS: [&str; 4] = ["9spokes", "seventime", "booqable", "spaces"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn docs_root() -> PathBuf {
    std::env::var_os("SLATE_DOCS_DIR").map(PathBuf::from).unwrap_or_else(|| repo().join("../shared/docs"))
}

/// The text with `<!-- ... -->` regions removed (lines kept).
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => {
                out.extend(rest[start..start + end].chars().filter(|c| *c == '\n'));
                rest = &rest[start + end + 3..];
            }
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Keys of the JSON examples and first-column names of field tables.
fn documented_fields(page: &Path) -> Vec<String> {
    let text = without_comments(&std::fs::read_to_string(page).expect("page readable"));
    let lines: Vec<&str> = text.lines().collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if let Some(info) = line.strip_prefix("```") {
            let mut j = i + 1;
            while j < lines.len() && lines[j].trim() != "```" {
                j += 1;
            }
            if info.trim().eq_ignore_ascii_case("json") {
                let block = lines[i + 1..j.min(lines.len())].join("\n");
                if let Some(parsed) = slate_import::lenient_json::parse_lenient(&block) {
                    collect_keys(&parsed.value, &mut names);
                }
            }
            i = j + 1;
            continue;
        }
        let is_separator = |l: &str| l.contains('-') && l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if line.contains('|') && lines.get(i + 1).is_some_and(|next| is_separator(next.trim())) {
            let header = cells(line);
            let field_table = header.first().is_some_and(|h| {
                let h = h.to_ascii_lowercase();
                ["parameter", "parameters", "field", "fields", "attribute", "name", "property", "key", "argument"]
                    .contains(&h.trim_end_matches(['?', ':']))
            });
            let mut j = i + 2;
            while j < lines.len() && lines[j].contains('|') {
                if field_table {
                    if let Some(first) = cells(lines[j]).first() {
                        names.extend(first.split_whitespace().next().map(str::to_owned));
                    }
                }
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    names.retain(|n| is_field_name(n));
    names
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|c| {
            let c = c.trim();
            let c = c.strip_prefix("**").and_then(|c| c.strip_suffix("**")).unwrap_or(c);
            c.trim_matches('`').trim().to_owned()
        })
        .collect()
}

fn collect_keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.push(k.clone());
                collect_keys(x, out);
            }
        }
        Value::Array(xs) => xs.iter().for_each(|x| collect_keys(x, out)),
        _ => {}
    }
}

/// A field name, not a map key (uuid, number, date) nor prose.
fn is_field_name(n: &str) -> bool {
    let identifier = n.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'));
    let hex_id = n.len() >= 16 && n.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    identifier && !hex_id
}

/// Every property, parameter and header name in the spec.
fn spec_names(spec: &Value, out: &mut BTreeSet<String>) {
    match spec {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            if let (Some(Value::String(name)), Some(Value::String(_))) = (m.get("name"), m.get("in")) {
                out.insert(name.clone());
            }
            if let Some(Value::Object(headers)) = m.get("x-request-headers") {
                out.extend(headers.keys().cloned());
            }
            m.values().for_each(|x| spec_names(x, out));
        }
        Value::Array(xs) => xs.iter().for_each(|x| spec_names(x, out)),
        _ => {}
    }
}

#[test]
fn every_documented_field_is_in_the_spec() {
    let mut missing = Vec::new();
    let mut counts = Vec::new();
    for provider in PROVIDERS {
        let dir = docs_root().join(provider);
        assert!(dir.is_dir(), "docs not found at {}; set SLATE_DOCS_DIR", dir.display());
        let imported = slate_import::import(&dir).expect("doc set readable");
        let committed = std::fs::read_to_string(repo().join(format!("specs/{provider}/openapi.yaml"))).expect("spec");
        let spec: Value = yaml_serde::from_str(&committed).expect("spec is YAML");
        let mut known = BTreeSet::new();
        spec_names(&spec, &mut known);
        // A wrapper key (`{"trial_balance": {...}}`) names its component rather than a field.
        let components = spec.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
        let component_names: BTreeSet<String> = components.keys().map(|k| k.to_ascii_lowercase()).collect();
        let mut fields = BTreeSet::new();
        for page in &imported.pages {
            for name in documented_fields(page) {
                // A dotted table name (`address.city`) is the field `city` nested in `address`.
                let last = name.trim_end_matches("[]").rsplit('.').next().unwrap_or(&name).to_owned();
                let names_component = component_names.contains(&last.replace(['_', '-'], "").to_ascii_lowercase());
                if fields.insert(last.clone()) && !known.contains(&last) && !names_component {
                    missing.push(format!("{provider}: `{last}` ({})", page.display()));
                }
            }
        }
        counts.push((provider, fields.len()));
    }
    eprintln!("documented field names checked: {counts:?}");
    assert!(counts.iter().all(|(_, n)| *n > 10), "too few fields found; is the scan broken? {counts:?}");
    assert!(missing.is_empty(), "{} documented fields missing from the specs:\n{}", missing.len(), missing.join("\n"));
}
