//! Copies the README's "Use a generated client" example into `OUT_DIR`, so that
//! `tests/readme_example.rs` compiles it against the committed clients: the README cannot show
//! code that does not build.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let readme = manifest.join("../README.md");
    println!("cargo:rerun-if-changed={}", readme.display());
    let text = std::fs::read_to_string(&readme).unwrap_or_default();
    let example = text
        .split("## Use a generated client")
        .nth(1)
        .and_then(|section| section.split("```rust\n").nth(1))
        .and_then(|block| block.split("\n```").next())
        .unwrap_or("compile_error!(\"README.md has no rust block under `## Use a generated client`\");");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("readme_example.rs");
    if let Err(e) = std::fs::write(&out, example) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
