//! The seed doc sets and the Markdown files they hold, shared by the benchmark and the parse
//! floor.

use std::path::{Path, PathBuf};

/// The four seed doc sets (`codegen.toml`), read from `SLATE_DOCS_DIR` or `../shared/docs`.
pub const SETS: &[&str] = &["9spokes", "seventime", "booqable", "spaces"];

pub fn docs_root() -> PathBuf {
    std::env::var_os("SLATE_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"))
}

/// Every Markdown file under `dir`, sorted.
pub fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The parse floor of one doc set: read every Markdown file and run pulldown-cmark over it.
/// Returns the number of events, so the work is not optimized away.
pub fn parse_floor(dir: &Path) -> usize {
    markdown_files(dir)
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            pulldown_cmark::Parser::new_ext(&text, pulldown_cmark::Options::all()).count()
        })
        .sum()
}
