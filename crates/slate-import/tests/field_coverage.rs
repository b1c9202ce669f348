//! Every field the docs name reaches the part of the spec that documents it: each key of every
//! JSON example and each name in the first column of every field or parameter table, on every
//! page the import reads, is a property, parameter or header of the operation whose section it is
//! in (its parameters, bodies and responses, references followed), or, outside any operation's
//! section, of the operations of the enclosing section (a resource's "object" section).
//!
//! Read straight from the Markdown, independently of the importer's own evidence stage, so a
//! field the importer drops or puts on the wrong operation is caught. An operation's section is
//! found from its `x-source` line and the page's headings alone: the coarsest heading level that
//! separates every two operations of the page. Map keys (ids, dates) and commented-out parts of
//! the docs are not fields.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

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

/// Keys of the JSON examples and first-column names of field tables, each with its 1-based line.
fn documented_fields(text: &str) -> Vec<(String, usize)> {
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
                    let mut keys = Vec::new();
                    collect_keys(&parsed.value, &mut keys);
                    names.extend(keys.into_iter().map(|k| (k, i + 1)));
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
                        names.extend(first.split_whitespace().next().map(|n| (n.to_owned(), j + 1)));
                    }
                }
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    names.retain(|(n, _)| is_field_name(n));
    names
}

/// (1-based line, level, title) of every ATX or Setext heading outside code fences.
fn headings(text: &str) -> Vec<(usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut fenced = false;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim_end();
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let hashes = line.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            out.push((i + 1, hashes, line[hashes..].trim().to_owned()));
        } else if i > 0 && !lines[i - 1].trim().is_empty() && !lines[i - 1].contains('|') {
            let t = line.trim();
            let title = lines[i - 1].trim().to_owned();
            if t.len() >= 2 && t.chars().all(|c| c == '=') {
                out.push((i, 1, title));
            } else if t.len() >= 2 && t.chars().all(|c| c == '-') {
                out.push((i, 2, title));
            }
        }
    }
    out
}

/// The sections of one page's operations: per operation (by index), the lines it spans, and
/// for every line outside them the operations of its enclosing coarser section.
struct PageSections {
    /// (start line, end line exclusive, operation index).
    operations: Vec<(usize, usize, usize)>,
    /// (start line, end line exclusive, operation indexes, heading title) of the coarser sections.
    families: Vec<(usize, usize, Vec<usize>, String)>,
}

/// Who must hold a field: its operation, the resource its section describes (a component
/// named by the section's title) or else that section's operations, or nobody in particular.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Owner {
    Operation(usize),
    Section { title: String, operations: Vec<usize> },
    None,
}

impl PageSections {
    fn new(heads: &[(usize, usize, String)], ops: &[(usize, usize)], last_line: usize) -> Self {
        // The coarsest level whose headings separate every two consecutive operations (two
        // with no heading at all between them, `PUT` or `PATCH` of one section, share it).
        let between = |w: &[(usize, usize)], level: usize| {
            heads.iter().any(|(l, h, _)| *h <= level && *l > w[0].0 && *l <= w[1].0)
        };
        let separates = |level: usize| ops.windows(2).all(|w| !between(w, 6) || between(w, level));
        let min_level = heads.iter().map(|(_, h, _)| *h).min().unwrap_or(1);
        let mut level = (min_level..=6).find(|l| separates(*l)).unwrap_or(6);
        // A lone operation under a page heading has a section of its own below it, when the
        // page has one: the page heading's section describes the resource.
        if let [(line, _)] = ops {
            if heads.iter().any(|(l, h, _)| *h == min_level + 1 && l <= line) {
                level = min_level + 1;
            }
        }
        let span = |line: usize, level: usize| {
            let start =
                heads.iter().filter(|(l, h, _)| *h <= level && *l <= line).map(|(l, _, _)| *l).max().unwrap_or(0);
            let end = heads
                .iter()
                .filter(|(l, h, _)| *h <= level && *l > line)
                .map(|(l, _, _)| *l)
                .min()
                .unwrap_or(last_line + 1);
            (start, end)
        };
        let operations: Vec<(usize, usize, usize)> = ops
            .iter()
            .map(|(line, op)| {
                let (start, end) = span(*line, level);
                (start, end, *op)
            })
            .collect();
        let mut families: Vec<(usize, usize, Vec<usize>, String)> = Vec::new();
        for (line, op) in ops {
            let (start, end) = span(*line, level.saturating_sub(1).max(1));
            match families.iter_mut().find(|f| f.0 == start && f.1 == end) {
                Some(f) => f.2.push(*op),
                None => {
                    let title = heads.iter().find(|(l, _, _)| *l == start).map_or(String::new(), |h| h.2.clone());
                    families.push((start, end, vec![*op], title))
                }
            }
        }
        PageSections { operations, families }
    }

    /// Who must hold a field at `line`.
    fn owner(&self, line: usize) -> Owner {
        let within = |start: usize, end: usize| line >= start && line < end;
        if let Some((_, _, op)) = self.operations.iter().find(|(s, e, _)| within(*s, *e)) {
            return Owner::Operation(*op);
        }
        match self.families.iter().find(|(s, e, _, _)| within(*s, *e)) {
            Some(f) => Owner::Section { title: f.3.clone(), operations: f.2.clone() },
            None => Owner::None,
        }
    }
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

/// Every property, parameter and header name under `v`, following `$ref`s (each once).
fn reachable_names(spec: &Value, v: &Value, seen: &mut BTreeSet<String>, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(target)) = m.get("$ref") {
                if seen.insert(target.clone()) {
                    // The component's own name counts: a wrapper key names its component.
                    out.insert(target.rsplit('/').next().unwrap_or("").to_ascii_lowercase());
                    if let Some(resolved) = spec.pointer(target.trim_start_matches('#')) {
                        reachable_names(spec, resolved, seen, out);
                    }
                }
            }
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            if let (Some(Value::String(name)), Some(Value::String(_))) = (m.get("name"), m.get("in")) {
                out.insert(name.clone());
            }
            for key in ["x-request-headers", "headers"] {
                if let Some(Value::Object(headers)) = m.get(key) {
                    out.extend(headers.keys().cloned());
                }
            }
            m.values().for_each(|x| reachable_names(spec, x, seen, out));
        }
        Value::Array(xs) => xs.iter().for_each(|x| reachable_names(spec, x, seen, out)),
        _ => {}
    }
}

/// Each operation of the spec: (page, x-source line, the names it reaches).
fn operations(spec: &Value) -> Vec<(String, usize, BTreeSet<String>)> {
    let mut out = Vec::new();
    // API-wide request headers apply to every operation.
    let mut global = BTreeSet::new();
    if let Some(h) = spec.get("x-request-headers") {
        reachable_names(spec, h, &mut BTreeSet::new(), &mut global);
        if let Some(m) = h.as_object() {
            global.extend(m.keys().cloned());
        }
    }
    let paths = spec.get("paths").and_then(Value::as_object).cloned().unwrap_or_default();
    for item in paths.values() {
        let Some(item) = item.as_object() else { continue };
        for (key, op) in item {
            let Some(source) = op.get("x-source").and_then(Value::as_str) else { continue };
            let Some((page, line)) = source.rsplit_once(':') else { continue };
            let mut names = global.clone();
            reachable_names(spec, op, &mut BTreeSet::new(), &mut names);
            // Parameters shared by the path item.
            if let Some(shared) = item.get("parameters") {
                reachable_names(spec, shared, &mut BTreeSet::new(), &mut names);
            }
            let _ = key;
            out.push((page.to_owned(), line.parse().unwrap_or(0), names));
        }
    }
    out
}

#[test]
fn every_documented_field_reaches_the_operation_that_documents_it() {
    let mut missing = Vec::new();
    let mut counts = Vec::new();
    for provider in PROVIDERS {
        let dir = docs_root().join(provider);
        assert!(dir.is_dir(), "docs not found at {}; set SLATE_DOCS_DIR", dir.display());
        let imported = slate_import::import(&dir).expect("doc set readable");
        let committed = std::fs::read_to_string(repo().join(format!("specs/{provider}/openapi.yaml"))).expect("spec");
        let spec: Value = yaml_serde::from_str(&committed).expect("spec is YAML");
        let ops = operations(&spec);
        let mut everything = BTreeSet::new();
        ops.iter().for_each(|(_, _, names)| everything.extend(names.iter().cloned()));
        reachable_names(&spec, &spec, &mut BTreeSet::new(), &mut everything);
        let components = spec.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
        everything.extend(components.keys().map(|k| k.to_ascii_lowercase()));
        // The names a component reaches, by its normalized name ("Planning" -> "planning").
        let component_names = |title: &str| -> Option<BTreeSet<String>> {
            let wanted: String =
                title.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
            let singular = wanted.strip_suffix('s').unwrap_or(&wanted).to_owned();
            let (name, _) = components.iter().find(|(k, _)| {
                let k = k.to_ascii_lowercase();
                k == wanted || k == singular
            })?;
            let mut names = BTreeSet::new();
            let pointer = Value::String(format!("#/components/schemas/{name}"));
            reachable_names(&spec, &serde_json::json!({ "$ref": pointer }), &mut BTreeSet::new(), &mut names);
            Some(names)
        };
        let mut checked = 0;
        let mut attributed = 0;
        for page in &imported.pages {
            let rel = page.strip_prefix(&dir).unwrap_or(page).to_string_lossy().replace('\\', "/");
            let text = without_comments(&std::fs::read_to_string(page).expect("page readable"));
            let mut on_page: Vec<(usize, usize)> =
                ops.iter().enumerate().filter(|(_, (p, _, _))| *p == rel).map(|(i, (_, line, _))| (*line, i)).collect();
            on_page.sort();
            let sections = PageSections::new(&headings(&text), &on_page, text.lines().count());
            let mut seen = BTreeSet::new();
            for (name, line) in documented_fields(&text) {
                // A dotted table name (`address.city`) is the field `city` nested in `address`.
                let last = name.trim_end_matches("[]").rsplit('.').next().unwrap_or(&name).to_owned();
                let component = last.replace(['_', '-'], "").to_ascii_lowercase();
                let owner = sections.owner(line);
                if !seen.insert((last.clone(), owner.clone())) {
                    continue;
                }
                checked += 1;
                // `ids[]` is sent under that name (an array in the query string).
                let listed = format!("{last}[]");
                let reaches = |names: &BTreeSet<String>| {
                    names.contains(&last) || names.contains(&listed) || names.contains(&component)
                };
                let (found, whose) = match &owner {
                    Owner::Operation(i) => {
                        attributed += 1;
                        (reaches(&ops[*i].2), format!("its operation {}:{}", ops[*i].0, ops[*i].1))
                    }
                    Owner::Section { title, operations } => {
                        attributed += 1;
                        match component_names(title) {
                            Some(names) => (reaches(&names), format!("the component of section \"{title}\"")),
                            None => (
                                operations.iter().any(|i| reaches(&ops[*i].2)),
                                format!("the operations of section \"{title}\""),
                            ),
                        }
                    }
                    Owner::None => (reaches(&everything), "the spec".to_owned()),
                };
                if !found {
                    missing.push(format!("{provider}: `{last}` ({rel}:{line}) does not reach {whose}"));
                }
            }
        }
        counts.push((provider, checked, attributed));
    }
    eprintln!("documented fields checked (provider, fields, of them in an operation's section): {counts:?}");
    assert!(counts.iter().all(|(_, n, a)| *n > 10 && *a > 10), "too few fields found; is the scan broken? {counts:?}");
    assert!(
        missing.is_empty(),
        "{} documented fields do not reach their operation:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn sections_are_split_at_the_coarsest_level_that_separates_operations() {
    // # Things (1) / ## Get (3) / ### HTTP Request (8, op at 9) / ## List (12, op at 14) / # Errors (20)
    let heads: Vec<(usize, usize, String)> =
        [(1, 1, "Things"), (3, 2, "Get"), (8, 3, "HTTP Request"), (12, 2, "List"), (20, 1, "Errors")]
            .into_iter()
            .map(|(l, h, t)| (l, h, t.to_owned()))
            .collect();
    let s = PageSections::new(&heads, &[(9, 0), (14, 1)], 25);
    assert_eq!(s.owner(5), Owner::Operation(0), "an example before the request line belongs to its operation");
    assert_eq!(s.owner(13), Owner::Operation(1));
    let section = Owner::Section { title: "Things".into(), operations: vec![0, 1] };
    assert_eq!(s.owner(2), section, "the resource's intro belongs to its section");
    assert_eq!(s.owner(22), Owner::None, "another top-level section belongs to no operation");
    // A lone operation: the page heading's own text describes the resource, not the operation.
    let lone = PageSections::new(&heads[..3], &[(9, 0)], 12);
    assert_eq!(lone.owner(5), Owner::Operation(0));
    assert_eq!(lone.owner(2), Owner::Section { title: "Things".into(), operations: vec![0] });
}
