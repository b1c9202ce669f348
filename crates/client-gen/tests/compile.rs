//! The generated crates compile, are clippy-clean, and behave on the wire.
//!
//! All generated crates go into one throwaway workspace under `target/client-gen-check/`
//! (with its own shared target dir, so re-runs are incremental), together with a crate that
//! uses the `module_only` output through `include!()`. The petstore and billing crates also get
//! the wire tests of `tests/wire/<spec>.rs` (wiremock on loopback), run with `cargo test`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use client_gen::Options;

fn write_crate(dir: &Path, files: &std::collections::BTreeMap<PathBuf, String>) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).expect("clean old crate");
    }
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
}

fn cargo(ws: &Path, target: &Path, args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(ws)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .expect("run cargo");
    assert!(status.success(), "`cargo {}` failed in {}", args.join(" "), ws.display());
}

#[test]
fn generated_crates_are_clippy_clean_and_pass_their_wire_tests() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../target/client-gen-check");
    let ws = root.join("ws");
    std::fs::create_dir_all(&ws).expect("mkdir ws");
    let mut members = Vec::new();
    for name in common::SPECS {
        let generated = common::gen(name, &Options::default());
        let mut files = generated.files.clone();
        if matches!(*name, "petstore" | "billing") {
            let cargo_toml = files.get_mut(Path::new("Cargo.toml")).expect("Cargo.toml");
            cargo_toml.push_str(
                "\n[dev-dependencies]\n\
                 tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"time\", \"test-util\"] }\n\
                 wiremock = \"0.6\"\n\
                 serde_json = \"1\"\n",
            );
            let wire = std::fs::read_to_string(manifest.join(format!("tests/wire/{name}.rs"))).expect("wire test");
            files.insert(PathBuf::from("tests/wire.rs"), wire);
        }
        let dir_name = (*name).to_string();
        write_crate(&ws.join(&dir_name), &files);
        members.push(dir_name);
    }
    // A build.rs-style user: the module-only output, include!()d into a module.
    let module = common::gen("petstore", &Options { module_only: true, ..Options::default() });
    let full = common::gen("petstore", &Options::default());
    let user_toml = full.files[Path::new("Cargo.toml")].replace("name = \"petstore\"", "name = \"module-user\"");
    let mut files = std::collections::BTreeMap::new();
    files.insert(PathBuf::from("Cargo.toml"), user_toml);
    files.insert(PathBuf::from("generated/petstore.rs"), module.files[Path::new("lib.rs")].clone());
    files.insert(
        PathBuf::from("src/lib.rs"),
        "//! Uses a generated client through include!().\n\n\
         /// The petstore client.\n\
         pub mod petstore {\n    include!(\"../generated/petstore.rs\");\n}\n\n\
         /// Proves the module's items are reachable.\n\
         pub fn builder() -> petstore::ClientBuilder {\n    petstore::Client::builder()\n}\n"
            .to_string(),
    );
    write_crate(&ws.join("module-user"), &files);
    members.push("module-user".to_string());

    let members_toml: Vec<String> = members.iter().map(|m| format!("\"{m}\"")).collect();
    std::fs::write(
        ws.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members_toml.join(", ")),
    )
    .expect("workspace manifest");

    let target = root.join("target");
    cargo(&ws, &target, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
    cargo(&ws, &target, &["test", "-p", "petstore", "-p", "billing"]);
}
