//! Every code block that mentions `curl` (any letter case) in the four vendor doc sets must give at least one
//! [`CurlCall`] with a URL. The docs are read in place (SLATE_DOCS_DIR, else the shared docs
//! next to the workspace); the test fails when they are absent: a corpus test without its corpus
//! tests nothing.
//! Set CURL_CORPUS_DUMP=1 (with `--nocapture`) to print every call read.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use slate_import::curl::{parse_curl_commands, split_url};
use std::path::{Path, PathBuf};

const DOC_SETS: &[&str] = &["9spokes", "seventime", "booqable", "spaces"];

fn docs_dir() -> PathBuf {
    match std::env::var_os("SLATE_DOCS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"),
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// (language, text) of every code block, fenced or indented.
fn code_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                current = Some((lang, String::new()));
            }
            Event::Text(text) => {
                if let Some((_, body)) = current.as_mut() {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

#[test]
fn every_curl_block_in_the_vendor_docs_parses() {
    let root = docs_dir();
    assert!(root.is_dir(), "the vendor docs are not at {}: set SLATE_DOCS_DIR", root.display());
    let mut blocks_seen = 0;
    let mut calls_seen = 0;
    let mut failures = Vec::new();
    for set in DOC_SETS {
        let mut files = Vec::new();
        assert!(root.join(set).is_dir(), "doc set {set} missing under {}", root.display());
        markdown_files(&root.join(set), &mut files);
        assert!(!files.is_empty(), "doc set {set} has no Markdown page");
        let mut set_blocks = 0;
        let mut set_calls = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (lang, block) in code_blocks(&text) {
                if !block.to_ascii_lowercase().contains("curl") {
                    continue;
                }
                set_blocks += 1;
                let calls = parse_curl_commands(&block);
                if calls.is_empty() || calls.iter().any(|c| c.url.is_empty()) {
                    failures.push(format!("{} [{lang}]:\n{block}\n=> {calls:#?}", file.display()));
                }
                for call in &calls {
                    // the split never loses the path of a real URL
                    let split = split_url(&call.url);
                    if split.path.is_empty() {
                        failures.push(format!("{}: empty path for {}", file.display(), call.url));
                    }
                }
                if std::env::var_os("CURL_CORPUS_DUMP").is_some() {
                    for call in &calls {
                        println!("{}: {call:?}", file.display());
                    }
                }
                set_calls += calls.len();
            }
        }
        println!("{set}: {set_blocks} curl code blocks, {set_calls} curl calls");
        blocks_seen += set_blocks;
        calls_seen += set_calls;
    }
    println!("total: {blocks_seen} curl code blocks, {calls_seen} curl calls");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(blocks_seen > 0, "no curl code block found under {}", root.display());
}
