//! No circle among the modules of `src/model/`: a module uses another by naming one of its
//! `Builder` methods (`self.name(`), free functions (`name(`), types or constants; the test
//! reads the sources (comments, strings and test modules left out) and fails on a circle,
//! naming it. The root `model.rs` (the public types, `Builder`, `build`) is not part of it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The source without comments, string and char literals, and the `#[cfg(test)]` module.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
    let b = text.as_bytes();
    let (mut out, mut i) = (String::new(), 0);
    while i < b.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |e| e + 2);
        } else if (rest.starts_with("r\"") || rest.starts_with("r#"))
            && !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            let hashes = rest[1..].chars().take_while(|&c| c == '#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let start = 2 + hashes;
            i += rest[start..].find(&close).map_or(rest.len(), |e| start + e + close.len());
            out.push_str("\"\"");
        } else if rest.starts_with('"') {
            let mut j = 1;
            while j < rest.len() && rest.as_bytes()[j] != b'"' {
                j += if rest.as_bytes()[j] == b'\\' { 2 } else { 1 };
            }
            i += j + 1;
            out.push_str("\"\"");
        } else if let Some(len) = char_literal(rest) {
            i += len;
            out.push_str("' '");
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The length of a char literal at the start of `s` (`'{'`, `'\n'`), not a lifetime.
fn char_literal(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    if chars.next()?.1 != '\'' {
        return None;
    }
    let (_, c) = chars.next()?;
    if c == '\\' {
        return s[2..].find('\'').map(|e| e + 3);
    }
    let (at, end) = chars.next()?;
    (end == '\'').then_some(at + 1)
}

/// The word after `keyword ` at the start of `line` (past `pub`, `pub(super)`), if any.
fn declared(line: &str, keywords: &[&str]) -> Option<String> {
    let mut line = line.trim_start();
    if let Some(rest) = line.strip_prefix("pub") {
        line = rest.trim_start();
        if line.starts_with('(') {
            line = line[line.find(')')? + 1..].trim_start();
        }
    }
    let rest = keywords.iter().find_map(|k| line.strip_prefix(k)?.strip_prefix(' '))?;
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// Whether `code` has `name` as a whole word, preceded by one of `before` (any when empty)
/// and followed by `after`.
fn names(code: &str, name: &str, before: &[&str], after: &str) -> bool {
    code.match_indices(name).any(|(at, _)| {
        let prev = code[..at].chars().next_back().unwrap_or(' ');
        let next = &code[at + name.len()..];
        let word_start = !(prev.is_alphanumeric() || prev == '_');
        let prefix_ok = if before.is_empty() {
            word_start && prev != '.' && !code[..at].ends_with("fn ")
        } else {
            before.iter().any(|b| code[..at].ends_with(b))
        };
        let word_end = !next.starts_with(|c: char| c.is_alphanumeric() || c == '_');
        prefix_ok && word_end && next.starts_with(after)
    })
}

/// Which other modules each module uses.
fn graph(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut code = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("src/model") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_stem().expect("stem").to_string_lossy().into_owned();
            code.insert(name, code_of(&std::fs::read_to_string(&path).expect("read")));
        }
    }
    // (name, module, kind): kind 0 a Builder method, 1 a free function, 2 a type or constant.
    let mut defined: Vec<(String, String, u8)> = Vec::new();
    for (module, text) in &code {
        let (mut depth, mut in_builder) = (0i32, false);
        for line in text.lines() {
            if depth == 0 {
                in_builder = line.starts_with("impl") && line.contains("Builder<") && !line.contains(" for ");
                if let Some(n) = declared(line, &["fn"]) {
                    defined.push((n, module.clone(), 1));
                }
                if let Some(n) = declared(line, &["struct", "enum", "const", "type"]) {
                    defined.push((n, module.clone(), 2));
                }
            } else if depth == 1 && in_builder {
                if let Some(n) = declared(line, &["fn"]) {
                    defined.push((n, module.clone(), 0));
                }
            }
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &code {
        let uses = edges.entry(module.clone()).or_default();
        for (name, owner, kind) in &defined {
            let used = match kind {
                0 => names(text, name, &["self.", "b.", "builder."], "("),
                1 => names(text, name, &[], "("),
                _ => names(text, name, &[], ""),
            };
            if owner != module && used {
                uses.insert(owner.clone());
            }
        }
    }
    edges
}

/// A circle of `edges`, if there is one.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut found = path[at..].to_vec();
            found.push(m.to_string());
            return Some(found);
        }
        if !done.insert(m.to_string()) {
            return None;
        }
        path.push(m.to_string());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

#[test]
fn model_modules_have_no_circle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let edges = graph(&dir);
    assert!(edges.len() >= 10, "too few modules read from {}: {edges:?}", dir.display());
    // The reader sees real uses (so a circle would show).
    assert!(edges["operations"].contains("bodies") && edges["bodies"].contains("errors"), "{edges:?}");
    assert!(edges["server_groups"].contains("servers"), "{edges:?}");
    if let Some(found) = circle(&edges) {
        panic!("modules of src/model use each other in a circle: {}", found.join(" -> "));
    }
}

#[test]
fn a_circle_is_found() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("types".into()).or_default().insert("inheritance".into());
    edges.entry("inheritance".into()).or_default().insert("types".into());
    edges.entry("media".into()).or_default();
    assert_eq!(circle(&edges), Some(vec!["inheritance".into(), "types".into(), "inheritance".into()]));
    let code = code_of("fn a() { self.define_inline(x); } // self.insert(\n let s = \"b.body(\";");
    assert!(names(&code, "define_inline", &["self."], "("));
    assert!(!names(&code, "insert", &["self."], "("));
    assert!(!names(&code, "body", &["b."], "("));
}
