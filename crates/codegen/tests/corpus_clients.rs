//! Every doc set of the development corpus (`../shared/corpus`, or `$SLATE_CORPUS_DIR`) imports
//! into a spec whose generated client builds warning-free and clippy-clean: the conventions the
//! importer reads from other vendors' docs (OAuth 2 flows, alternatives, signing, Link/Range/
//! next-URL paging, host variables) all reach code that compiles.
//!
//! The crates go into one throwaway workspace under `target/corpus-clients/` with its own target
//! folder, so dependencies build once and re-runs are incremental. The entry of each set is the
//! one its hand-checked expectations name (`tests/corpus/<set>.toml`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpus_root() -> PathBuf {
    std::env::var_os("SLATE_CORPUS_DIR").map(PathBuf::from).unwrap_or_else(|| repo().join("../shared/corpus"))
}

/// (set, entry) of every corpus expectations file (`root = "docs"` files are the seed sets,
/// whose clients are committed and built in the workspace already).
fn corpus_entries() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = repo().join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for file in files {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&file).expect("read")).expect("toml");
        if value.get("root").and_then(|r| r.as_str()) == Some("docs") {
            continue;
        }
        let set = value["set"].as_str().expect("set").to_owned();
        let entry = value["entry"].as_str().expect("entry").to_owned();
        let name = file.file_stem().and_then(|s| s.to_str()).expect("stem").to_owned();
        out.push((name, if entry == "." { set } else { format!("{set}/{entry}") }));
    }
    out
}

#[test]
fn every_corpus_set_generates_a_clippy_clean_client() {
    let root = corpus_root();
    assert!(root.is_dir(), "the corpus is not at {}: set SLATE_CORPUS_DIR", root.display());
    let ws = repo().join("target/corpus-clients/ws");
    let _ = std::fs::remove_dir_all(&ws);
    let mut members = Vec::new();
    for (name, entry) in corpus_entries() {
        let imported = codegen::import_docs(&root.join(&entry)).unwrap_or_else(|e| panic!("{entry}: {e}"));
        let crate_name = format!("corpus-{name}-client");
        let options =
            codegen::GenOptions { crate_name: Some(crate_name.clone()), templates_dir: None, module_only: false };
        let generated = client_gen::generate(&imported.spec, &options).unwrap_or_else(|e| panic!("{entry}: {e}"));
        let dir = ws.join(&name);
        for (path, text) in &generated.files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        members.push(format!("\"{name}\""));
    }
    assert!(members.len() >= 10, "the ten corpus sets and more: {members:?}");
    std::fs::write(
        ws.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )
    .expect("workspace manifest");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args(["clippy", "--workspace", "--quiet", "--", "-D", "warnings"])
        .current_dir(&ws)
        .env("CARGO_TARGET_DIR", repo().join("target/corpus-clients/target"))
        .env_remove("RUSTFLAGS")
        .status()
        .expect("run cargo clippy");
    assert!(status.success(), "a corpus client does not build clippy-clean: see {}", Path::new(&ws).display());
}
