//! The generated crates compile, are clippy-clean, and behave on the wire.
//!
//! All generated crates go into one throwaway workspace under `target/client-gen-check/`
//! (with its own shared target dir, so re-runs are incremental), together with a crate that
//! uses the `module_only` output through `include!()`. The petstore, billing, authbox and paging
//! crates also get the wire tests of `tests/wire/<spec>.rs` (wiremock on loopback; authbox: every
//! kind of credential; paging: the styles that read the response), the petstore crate the retry tests of `tests/wire/retry.rs` and the fault-server tests of `tests/wire/faults.rs`, the authbox crate the redirect tests of `tests/wire/redirects.rs`; every crate's
//! own tests (runtime unit tests, the spec examples, doc examples) run with `cargo test`, and
//! `cargo doc` runs with warnings denied (every intra-doc link resolves). The petstore and
//! authbox crates are also linted and their TLS tests run with the `native-tls` and `rustls`
//! (aws-lc-rs) features; the default run is the `rustls-ring` backend's (no aws-lc-rs in it).

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

fn cargo_command(ws: &Path, target: &Path, args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(ws)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    command
}

fn cargo(ws: &Path, target: &Path, args: &[&str]) {
    let status = cargo_command(ws, target, args).status().expect("run cargo");
    assert!(status.success(), "`cargo {}` failed in {}", args.join(" "), ws.display());
}

/// The package name in a generated Cargo.toml.
fn package_name(cargo_toml: &str) -> String {
    cargo_toml
        .lines()
        .find_map(|l| l.strip_prefix("name = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("package name")
        .to_string()
}

/// What the wire tests need besides the generated crate's own dependencies.
const WIRE_DEV_DEPENDENCIES: &str = "\n[dev-dependencies]\n\
    tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"time\", \"test-util\", \"net\", \"io-util\"] }\n\
    wiremock = \"0.6\"\n\
    serde_json = \"1\"\n\
    httpdate = \"1\"\n\
    rcgen = { version = \"0.13\", default-features = false, features = [\"ring\", \"pem\"] }\n\
    tokio-rustls = { version = \"0.26\", default-features = false, features = [\"ring\", \"tls12\"] }\n";

#[test]
fn generated_crates_are_clippy_clean_and_pass_their_wire_tests() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../target/client-gen-check");
    let ws = root.join("ws");
    std::fs::create_dir_all(&ws).expect("mkdir ws");
    let mut members = Vec::new();
    // (package, number of ignored example tests)
    let mut ignored_examples = Vec::new();
    for name in common::SPECS {
        let generated = common::gen(name, &Options::default());
        let mut files = generated.files.clone();
        let package = package_name(&files[Path::new("Cargo.toml")]);
        if matches!(*name, "petstore" | "billing" | "authbox" | "paging" | "params" | "schemas" | "bodies") {
            let cargo_toml = files.get_mut(Path::new("Cargo.toml")).expect("Cargo.toml");
            cargo_toml.push_str(WIRE_DEV_DEPENDENCIES);
            let wire = std::fs::read_to_string(manifest.join(format!("tests/wire/{name}.rs"))).expect("wire test");
            files.insert(PathBuf::from("tests/wire.rs"), wire);
        }
        // Extra wire tests: (crate, file under tests/wire/).
        for (target, extra) in [("petstore", "retry"), ("petstore", "faults"), ("authbox", "redirects")] {
            if *name == target {
                let path = manifest.join(format!("tests/wire/{extra}.rs"));
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                files.insert(PathBuf::from(format!("tests/{extra}.rs")), text);
            }
        }
        if let Some(examples) = files.get(Path::new("tests/spec_examples.rs")) {
            let ignored = examples.matches("#[ignore = ").count();
            if ignored > 0 {
                ignored_examples.push((package, ignored));
            }
        }
        let dir_name = common::flat(name);
        write_crate(&ws.join(&dir_name), &files);
        members.push(dir_name);
    }
    // A spec without operations: still a crate that builds without warnings.
    let empty: openapiv3::OpenAPI =
        yaml_serde::from_str("openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n").expect("spec");
    let generated = client_gen::generate(&empty, &Options::default()).expect("generate");
    write_crate(&ws.join("empty"), &generated.files);
    members.push("empty".to_string());
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
    // Rustdoc: every intra-doc link resolves (also inside the module-only output).
    let status = cargo_command(&ws, &target, &["doc", "--workspace", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .status()
        .expect("run cargo doc");
    assert!(status.success(), "`cargo doc` failed in {}", ws.display());
    // The runtime's unit tests (retry), every crate's spec examples, the wire tests.
    cargo(&ws, &target, &["test", "--workspace"]);
    // The TLS test servers use ring (rcgen, tokio-rustls), so the default run above has no
    // aws-lc-rs in its graph and its TLS tests (a private CA's root certificate given to
    // `.add_root_certificate(..)`, a failed handshake not retried) exercise the default
    // `rustls-ring` backend. The two others: clippy-clean, and the same TLS tests pass.
    for backend in ["native-tls", "rustls"] {
        let features = ["--no-default-features", "--features", backend];
        for (package, test) in [("petstore", "faults"), ("authbox", "redirects")] {
            cargo(
                &ws,
                &target,
                &[&["clippy", "-p", package, "--all-targets"][..], &features, &["--", "-D", "warnings"]].concat(),
            );
            cargo(&ws, &target, &[&["test", "-p", package, "--test", test][..], &features].concat());
        }
    }
    // An example test is ignored only because its example contradicts its own schema. Run the
    // ignored ones: every one must fail, else an ignore hides a test that works.
    assert!(!ignored_examples.is_empty(), "the test specs have examples that contradict their schema");
    for (package, ignored) in ignored_examples {
        let args = ["test", "-p", &package, "--test", "spec_examples", "--", "--ignored"];
        let output = cargo_command(&ws, &target, &args).output().expect("run cargo");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let expected = format!("test result: FAILED. 0 passed; {ignored} failed;");
        assert!(stdout.contains(&expected), "{package}: expected `{expected}` from the ignored examples:\n{stdout}");
    }
}
