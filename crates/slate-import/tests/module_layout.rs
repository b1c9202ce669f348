//! The shape of the crate's own source (`src/`), read as text: no import circle between its
//! modules, no source file over [`MAX_LINES`] lines, no word list defined twice. Each rule has
//! an explicit allow-list of what breaks it today; an entry that no longer breaks it fails the
//! test as well ("remove it from the list"), so the lists can only shrink.
//!
//! The size and circle rules hold for the whole workspace too: every crate's `src/`, `tests/`
//! and `benches/` (the crates under `crates/`, the workspace's `tests` and `examples` crates;
//! the generated `clients/` are checked by `codegen check` instead), and no module circle in
//! any crate's `src/`.

use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The longest a source file may be (tests in the file included): past it, split by concern.
const MAX_LINES: usize = 700;

/// The files over [`MAX_LINES`] today: none (the last ones were split on 2026-12-01). Keep it
/// empty: split a file by concern before it grows past the limit.
const OVER_MAX_LINES_TODAY: &[&str] = &[];

/// The modules in an import circle today: none. The last ones were broken by moving what two
/// modules shared into a leaf below both (`pages`, `outline_parts`, `html_comments`,
/// `section_evidence`, `conventions` as a types-only value, `envelope`, `spec_refs`'s JSON
/// renaming). Keep it empty: a new circle fails the test.
const IN_A_CIRCLE_TODAY: &[&str] = &[];

/// Word lists that share a name and one holds only words of the other, today: (`file:NAME`,
/// `file:NAME`). Remove a pair once one list is derived from the other or renamed for its
/// own purpose; never add one.
const SHORTER_COPIES_TODAY: &[(&str, &str)] = &[
    // The methods a prose clause names ("a PUT request returns ..."), five of the eight.
    ("models.rs:METHODS", "request_line.rs:METHODS"),
];

/// A source file of the crate: its path under `src/` (with `/`) and its text without test
/// code (a `#[cfg(test)]` module inline, or a file declared as one).
struct Source {
    path: String,
    text: String,
    lines: usize,
}

fn sources() -> Vec<Source> {
    sources_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// The source files under one crate's `src/` (see [`Source`]).
fn sources_in(src: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    walk(src, &mut files);
    files.sort();
    let test_module = Regex::new(r"#\[cfg\(test\)\]\s*mod\s+(\w+)\s*;").unwrap();
    let inline_tests = Regex::new(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{").unwrap();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            let rel = f.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read_to_string(f).unwrap())
        })
        .collect();
    // Files that are test modules: `#[cfg(test)] mod x;` in `a/mod.rs` (or `a.rs`) is `a/x.rs`.
    let mut test_files = BTreeSet::new();
    for (rel, text) in &texts {
        let dir = rel.strip_suffix("/mod.rs").or_else(|| rel.strip_suffix(".rs")).unwrap_or(rel);
        for c in test_module.captures_iter(text) {
            let name = &c[1];
            let prefix = if rel == "lib.rs" { String::new() } else { format!("{dir}/") };
            test_files.insert(format!("{prefix}{name}.rs"));
            test_files.insert(format!("{prefix}{name}/mod.rs"));
        }
    }
    texts
        .into_iter()
        .map(|(path, text)| {
            let lines = text.lines().count();
            let code = if test_files.contains(&path) {
                String::new()
            } else {
                let cut = inline_tests.find(&text).map_or(text.len(), |m| m.start());
                // whole-line comments (docs name modules in links; that is no import)
                text[..cut].lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
            };
            Source { path, text: code, lines }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file belongs to (`curl/tokenize.rs` → `curl`), `None` for `lib.rs`.
fn top_module(path: &str) -> Option<&str> {
    if path == "lib.rs" {
        return None;
    }
    Some(path.split('/').next().unwrap().trim_end_matches(".rs"))
}

/// The first segment of each path a `use crate::{a::x, b}` group names: `a`, `b`.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let (mut depth, mut item) = (0, String::new());
    for ch in group.chars().chain([',']) {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                let head: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                heads.push(head);
                item.clear();
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            item.push(ch);
        }
    }
    heads
}

/// Edges between modules: top-level modules by `crate::x`, and the files of one folder by
/// `super::x` or `crate::folder::x` (a folder's `mod.rs` and its children belong together and
/// are not checked against each other).
fn import_graph(sources: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let path_re = Regex::new(r"\bcrate::([a-z_][a-z0-9_]*)(?:::([a-z_][a-z0-9_]*))?").unwrap();
    let group_re = Regex::new(r"\bcrate::\{([^;]*)\}").unwrap();
    let super_re = Regex::new(r"\bsuper::([a-z_][a-z0-9_]*)").unwrap();
    let super_group_re = Regex::new(r"\bsuper::\{([^;]*)\}").unwrap();
    let modules: BTreeSet<&str> = sources.iter().filter_map(|s| top_module(&s.path)).collect();
    let files: BTreeSet<&str> = sources.iter().map(|s| s.path.as_str()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in sources {
        let Some(top) = top_module(&s.path) else { continue };
        graph.entry(top.to_owned()).or_default();
        // `a/b.rs` is the child `a::b`; a sibling `a/c.rs` or `a/c/mod.rs` is `a::c`.
        let child = s.path.split_once('/').map(|(_, rest)| rest.trim_end_matches(".rs")).filter(|c| *c != "mod");
        let sibling = |name: &str| {
            (files.contains(format!("{top}/{name}.rs").as_str())
                || files.contains(format!("{top}/{name}/mod.rs").as_str()))
            .then(|| format!("{top}::{name}"))
        };
        let mut add = |from: String, to: String| {
            if from != to {
                graph.entry(from).or_default().insert(to);
            }
        };
        let mut heads: Vec<(String, Option<String>)> = path_re
            .captures_iter(&s.text)
            .map(|c| (c[1].to_owned(), c.get(2).map(|m| m.as_str().to_owned())))
            .collect();
        heads.extend(group_re.captures_iter(&s.text).flat_map(|c| group_heads(&c[1])).map(|h| (h, None)));
        for (head, next) in heads {
            if !modules.contains(head.as_str()) {
                continue;
            }
            if head != top {
                add(top.to_owned(), head);
            } else if let (Some(child), Some(next)) = (child, next.as_deref().and_then(sibling)) {
                add(format!("{top}::{child}"), next);
            }
        }
        if let Some(child) = child {
            let mut names: Vec<String> = super_re.captures_iter(&s.text).map(|c| c[1].to_owned()).collect();
            names.extend(super_group_re.captures_iter(&s.text).flat_map(|c| group_heads(&c[1])));
            for name in names {
                if let Some(to) = sibling(&name) {
                    add(format!("{top}::{child}"), to);
                }
            }
        }
    }
    graph
}

/// The strongly connected components of more than one module (Tarjan's algorithm).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<BTreeSet<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = BTreeSet::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.insert(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn the_circle_finder_finds_a_circle_and_only_that() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "e")]
        .iter()
        .fold(BTreeMap::new(), |mut g, (from, to)| {
            g.entry(from.to_string()).or_insert_with(BTreeSet::new).insert(to.to_string());
            g
        });
    let found = circles(&graph);
    assert_eq!(found, vec![["a", "b", "c"].iter().map(|s| s.to_string()).collect::<BTreeSet<_>>()]);
    assert_eq!(group_heads("diag::{Code, Pos}, schema_forms::has_format, naming"), ["diag", "schema_forms", "naming"]);
}

#[test]
fn no_import_circle_between_modules() {
    let sources = sources();
    let graph = import_graph(&sources);
    // The reading is not empty: the crate has its stages and the writer imports the inference.
    assert!(graph.len() > 40, "only {} modules read from src/", graph.len());
    assert!(graph["spec"].contains("schema") && graph["evidence"].contains("curl"), "{graph:#?}");
    assert!(graph["curl::call"].contains("curl::tokenize"), "folder files are read: {graph:#?}");
    let found = circles(&graph);
    let in_circle: BTreeSet<&str> = found.iter().flatten().map(String::as_str).collect();
    let allowed: BTreeSet<&str> = IN_A_CIRCLE_TODAY.iter().copied().collect();
    let new: Vec<&BTreeSet<String>> =
        found.iter().filter(|c| c.iter().any(|m| !allowed.contains(m.as_str()))).collect();
    assert!(new.is_empty(), "new import circle(s) (each set imports itself round): {new:#?}");
    let gone: Vec<&&str> = allowed.difference(&in_circle).collect();
    assert!(gone.is_empty(), "no longer in a circle, remove from IN_A_CIRCLE_TODAY: {gone:?}");
}

#[test]
fn no_source_file_over_max_lines() {
    let sources = sources();
    assert!(sources.len() > 40 && sources.iter().any(|s| s.path == "lib.rs"), "src/ not read");
    let over: BTreeMap<&str, usize> =
        sources.iter().filter(|s| s.lines > MAX_LINES).map(|s| (s.path.as_str(), s.lines)).collect();
    let new: Vec<_> = over.iter().filter(|(p, _)| !OVER_MAX_LINES_TODAY.contains(p)).collect();
    assert!(new.is_empty(), "over {MAX_LINES} lines, split by concern: {new:?}");
    let gone: Vec<&&str> = OVER_MAX_LINES_TODAY.iter().filter(|p| !over.contains_key(**p)).collect();
    assert!(gone.is_empty(), "now within {MAX_LINES} lines (or gone), remove from OVER_MAX_LINES_TODAY: {gone:?}");
}

/// One `const`/`static` list of string literals: `file:NAME` and its words in order.
fn word_lists(sources: &[Source]) -> Vec<(String, Vec<String>)> {
    let list_re = Regex::new(
        r"(?s)\b(?:const|static)\s+([A-Z][A-Z0-9_]*)\s*:\s*(?:&(?:'static\s+)?\[\s*&(?:'static\s+)?str\s*\]|\[\s*&(?:'static\s+)?str\s*;\s*\d+\s*\])\s*=\s*&?\[(.*?)\];",
    )
    .unwrap();
    let word_re = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut lists = Vec::new();
    for s in sources {
        for c in list_re.captures_iter(&s.text) {
            // a comment after a word may quote another word
            let body: String = c[2].lines().map(strip_line_comment).collect::<Vec<_>>().join("\n");
            let words = word_re.captures_iter(&body).map(|w| w[1].to_owned()).collect();
            lists.push((format!("{}:{}", s.path, &c[1]), words));
        }
    }
    lists
}

/// A line without its `//` comment (one outside a string literal).
fn strip_line_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, ch) in line.char_indices() {
        match ch {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i + 1..].starts_with('/') => return &line[..i],
            _ => {}
        }
    }
    line
}

#[test]
fn no_word_list_defined_twice() {
    let sources = sources();
    let lists = word_lists(&sources);
    assert!(lists.len() > 50, "only {} word lists read", lists.len());
    assert!(
        lists.iter().any(|(n, w)| n == "vocabulary/fields.rs:GENERIC_WORDS" && w.len() > 10),
        "vocabulary not read"
    );
    assert_eq!(strip_line_comment(r#""a//b", // "c""#), r#""a//b", "#);
    let mut twice = Vec::new();
    let mut shorter = BTreeSet::new();
    for (k, (a, wa)) in lists.iter().enumerate() {
        for (b, wb) in &lists[k + 1..] {
            // the same words in the same order: one list written twice
            if wa == wb && !wa.is_empty() {
                twice.push((a.as_str(), b.as_str()));
            }
            // the same name, and one holds only words of the other: a copy that drifted
            let name = |n: &str| n.rsplit(':').next().unwrap().to_owned();
            let subset = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
            if name(a) == name(b) && !wa.is_empty() && !wb.is_empty() && (subset(wa, wb) || subset(wb, wa)) {
                let pair = if a < b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
                shorter.insert(pair);
            }
        }
    }
    assert!(twice.is_empty(), "one word list written twice, keep one in vocabulary/: {twice:?}");
    let allowed: BTreeSet<(String, String)> =
        SHORTER_COPIES_TODAY.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    let new: Vec<_> = shorter.difference(&allowed).collect();
    assert!(new.is_empty(), "a word list copied under the same name with fewer words: {new:?}");
    let gone: Vec<_> = allowed.difference(&shorter).collect();
    assert!(gone.is_empty(), "no longer a shorter copy, remove from SHORTER_COPIES_TODAY: {gone:?}");
}

/// The workspace's crates: `crates/*`, and the `tests` and `examples/*` crates.
fn workspace_crates() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut crates = vec![root.join("tests")];
    for group in ["crates", "examples"] {
        for entry in std::fs::read_dir(root.join(group)).unwrap() {
            let p = entry.unwrap().path();
            if p.join("Cargo.toml").is_file() {
                crates.push(p);
            }
        }
    }
    crates.sort();
    crates
}

#[test]
fn no_file_over_max_lines_in_any_crate() {
    let crates = workspace_crates();
    let names: Vec<String> = crates.iter().map(|c| c.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for name in ["slate-import", "client-gen", "codegen", "openapi-ext", "diagnostic", "client-runtime", "tests"] {
        assert!(names.iter().any(|n| n == name), "crate {name} not found: {names:?}");
    }
    let mut files = Vec::new();
    for c in &crates {
        for dir in ["src", "tests", "benches"] {
            if c.join(dir).is_dir() {
                walk(&c.join(dir), &mut files);
            }
        }
    }
    assert!(files.len() > 200, "only {} files read", files.len());
    let render = files.iter().find(|f| f.ends_with("client-gen/src/render.rs")).expect("client-gen's render.rs read");
    assert!(std::fs::read_to_string(render).unwrap().lines().count() > 100, "render.rs read");
    assert!(files.iter().any(|f| f.ends_with("codegen/tests/diff/main.rs")), "tests/ folders read");
    let over: Vec<(String, usize)> = files
        .iter()
        .map(|f| (f.display().to_string(), std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .collect();
    assert!(over.is_empty(), "over {MAX_LINES} lines, split by concern: {over:?}");
}

#[test]
fn no_import_circle_in_any_crate() {
    let mut read = 0;
    let mut in_circle = BTreeSet::new();
    for c in workspace_crates() {
        let src = c.join("src");
        if !src.is_dir() {
            continue;
        }
        let sources = sources_in(&src);
        let graph = import_graph(&sources);
        read += graph.len();
        let name = c.file_name().unwrap().to_string_lossy().into_owned();
        for module in circles(&graph).into_iter().flatten() {
            in_circle.insert(format!("{name}:{module}"));
        }
    }
    assert!(read > 80, "only {read} modules read");
    assert!(in_circle.is_empty(), "import circle(s) (crate:module): {in_circle:?}");
}
