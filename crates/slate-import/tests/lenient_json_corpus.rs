//! Every ```json block of the real doc sets must yield a value through the lenient reader.
//!
//! The docs live outside the repository: `$SLATE_DOCS_DIR`, else `../../../shared/docs`
//! relative to this crate. The test fails when that directory is absent: a corpus test without its
//! corpus tests nothing.

use slate_import::diag::{Diagnostics, Pos};
use slate_import::lenient_json::parse_lenient;
use slate_import::schema::{ObjectEvidence, SchemaRegistry};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn docs_dir() -> PathBuf {
    match std::env::var_os("SLATE_DOCS_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"),
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "md") {
            out.push(p);
        }
    }
}

/// (first line number, text) of every fenced block whose info string is `json`.
fn json_blocks(text: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        if let Some(info) = t.strip_prefix("```") {
            let is_json = info.trim().eq_ignore_ascii_case("json");
            let mut j = i + 1;
            while j < lines.len() && lines[j].trim() != "```" {
                j += 1;
            }
            if is_json {
                blocks.push((i + 2, lines[i + 1..j.min(lines.len())].join("\n")));
            }
            i = j;
        }
        i += 1;
    }
    blocks
}

#[test]
fn every_json_example_in_the_docs_yields_a_value() {
    let dir = docs_dir();
    assert!(dir.is_dir(), "the vendor docs are not at {}: set SLATE_DOCS_DIR", dir.display());
    let mut count = 0;
    let mut per_set: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut registry = SchemaRegistry::new();
    let mut diags = Diagnostics::new();
    for set in ["9spokes", "seventime", "booqable", "spaces"] {
        let mut files = Vec::new();
        let set_dir = dir.join(set);
        assert!(set_dir.is_dir(), "doc set {set} missing under {}", dir.display());
        markdown_files(&set_dir, &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (line, block) in json_blocks(&text) {
                count += 1;
                let entry = per_set.entry(set.to_string()).or_default();
                entry.0 += 1;
                match parse_lenient(&block) {
                    Some(parsed) => {
                        entry.1 += parsed.defects.len();
                        // Schema inference must cope with every recovered example.
                        let evidence = ObjectEvidence { examples: vec![&parsed.value], fields: Vec::new() };
                        let pos = Pos::new(f.display().to_string(), line);
                        registry.object(set, &evidence, &pos, &mut diags);
                        for d in parsed.defects {
                            let kind = d.message.split(": ").next().unwrap().to_string();
                            *kinds.entry(kind).or_default() += 1;
                        }
                    }
                    None => failures.push(format!("{}:{line}", f.display())),
                }
            }
        }
    }
    println!("{count} JSON examples");
    for (set, (n, d)) in &per_set {
        println!("  {set}: {n} examples, {d} defects");
    }
    println!("{} schema components inferred from them", registry.into_components().len());
    println!("defects by kind:");
    for (k, n) in &kinds {
        println!("  {n:5}  {k}");
    }
    assert!(count > 0, "no ```json blocks found under {}", dir.display());
    assert!(failures.is_empty(), "no value recovered from: {failures:#?}");
}
