//! Fuzzes the import entry point, [`slate_import::import`], over whole doc sets.
//!
//! The input is split on `\0\0` into pages: the first is the entry page, the others are the
//! includes `_p0.md`, `_p1.md`, ... The first byte chooses the layout: even, a Slate
//! `source/index.html.md` whose front matter lists the includes (unless the page brings front
//! matter of its own); odd, a `README.md` linking them. Besides "no panic, no abort", every
//! answer is checked: a spec that serialises, pages read only inside the doc folder, and a
//! `no-operations` error when there is no operation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

static RUN: AtomicU64 = AtomicU64::new(0);

fn doc_set(data: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("slate-fuzz-{}-{}", std::process::id(), RUN.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_dir_all(&dir);
    let slate = data.first().is_some_and(|b| b % 2 == 0);
    let body = data.get(1..).unwrap_or_default();
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.windows(2).position(|w| w == b"\0\0") {
        parts.push(&rest[..at]);
        rest = &rest[at + 2..];
    }
    parts.push(rest);
    let (entry, pages) = parts.split_first().map_or((&[][..], &[][..]), |(e, p)| (*e, p));
    let includes = if slate { dir.join("source/includes") } else { dir.clone() };
    std::fs::create_dir_all(&includes).expect("scratch folder");
    for (i, page) in pages.iter().enumerate() {
        std::fs::write(includes.join(format!("_p{i}.md")), page).expect("page");
    }
    if slate {
        let mut index = Vec::new();
        if !entry.starts_with(b"---") {
            index.extend_from_slice(b"---\ntitle: Fuzz\nincludes:\n");
            for i in 0..pages.len() {
                index.extend_from_slice(format!("  - p{i}\n").as_bytes());
            }
            index.extend_from_slice(b"---\n");
        }
        index.extend_from_slice(entry);
        std::fs::write(dir.join("source/index.html.md"), index).expect("entry");
    } else {
        let mut readme = entry.to_vec();
        for i in 0..pages.len() {
            readme.extend_from_slice(format!("\n* [page {i}](_p{i}.md)\n").as_bytes());
        }
        std::fs::write(dir.join("README.md"), readme).expect("entry");
    }
    dir
}

fuzz_target!(|data: &[u8]| {
    let dir = doc_set(data);
    if let Ok(imported) = slate_import::import(&dir) {
        let _ = slate_import::to_yaml(&imported.spec);
        let root = std::fs::canonicalize(&imported.root).expect("root");
        for page in &imported.pages {
            let real = std::fs::canonicalize(page).expect("a page read exists");
            assert!(real.starts_with(&root), "page {} read outside the doc folder", real.display());
        }
        if imported.operation_count == 0 {
            assert!(imported.diagnostics.iter().any(|d| d.code == "no-operations"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
});
