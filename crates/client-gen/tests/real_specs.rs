//! The generator on real vendor specs (`tests/openapi-corpus/`, sources in its `SOURCES.md`):
//! every spec the OpenAPI 3.0 parser accepts generates a crate that passes
//! `cargo clippy --all-targets -D warnings` (which checks it). All crates go into one throwaway
//! workspace under `target/client-gen-real/`; its target folder is the one of the compile test
//! (`target/client-gen-check/target`), so the dependencies are built once for both. A spec the parser refuses must be refused with a one-line error, and is
//! listed in `REFUSED` with the reason; a spec missing from the corpus fails the test.
//!
//! Prints a table: operations, generated lines, generator warnings, clippy (check) time.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use client_gen::Options;

/// Every spec of the corpus, by file name.
const SPECS: &[&str] = &[
    "algolia-ingestion.yaml",
    "box.json",
    "google-maps.json",
    "intercom.yaml",
    "lob.yaml",
    "spotify.yaml",
    "twilio-events.json",
    "xero-files.yaml",
    "xero-projects.yaml",
];

/// Specs that are not valid OpenAPI 3.0, with the defect (checked by hand in the file).
const REFUSED: &[(&str, &str)] =
    &[("lob.yaml", "media types given as `$ref: '#/components/mediaTypes/..'`, which OpenAPI 3.0 does not define")];

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/openapi-corpus")
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

fn package_name(cargo_toml: &str) -> String {
    cargo_toml
        .lines()
        .find_map(|l| l.strip_prefix("name = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("package name")
        .to_string()
}

struct Row {
    spec: String,
    package: String,
    operations: usize,
    lines: usize,
    warnings: usize,
}

#[test]
fn real_vendor_specs_generate_clippy_clean_crates() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/client-gen-real");
    let ws = root.join("ws");
    if ws.exists() {
        std::fs::remove_dir_all(&ws).expect("clean workspace");
    }
    std::fs::create_dir_all(&ws).expect("mkdir ws");
    let mut rows = Vec::new();
    let mut members = Vec::new();
    for file in SPECS {
        let path = corpus().join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let spec: openapiv3::OpenAPI = match yaml_serde::from_str(&text) {
            Ok(spec) => spec,
            Err(e) => {
                let known = REFUSED.iter().find(|(f, _)| f == file);
                assert!(known.is_some(), "{file} is not read as OpenAPI 3.0: {e}");
                assert!(!e.to_string().contains('\n'), "{file}: the refusal is one line: {e}");
                continue;
            }
        };
        assert!(!REFUSED.iter().any(|(f, _)| f == file), "{file} is listed as refused but parses");
        let operations = spec.operations().count();
        let generated = client_gen::generate(&spec, &Options::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
        let dir = file.split('.').next().expect("stem").to_string();
        let mut lines = 0;
        for (p, body) in &generated.files {
            let out = ws.join(&dir).join(p);
            std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
            std::fs::write(&out, body).expect("write");
            if p.extension().is_some_and(|e| e == "rs") {
                lines += body.lines().count();
            }
        }
        let package = package_name(&generated.files[Path::new("Cargo.toml")]);
        let warnings = generated.diagnostics.len();
        rows.push(Row { spec: file.to_string(), package, operations, lines, warnings });
        members.push(format!("\"{dir}\""));
    }
    assert!(rows.len() >= 8, "the corpus has at least eight usable specs");
    std::fs::write(
        ws.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )
    .expect("workspace manifest");
    let target = root.join("../client-gen-check/target");
    // The dependencies once (through the smallest crate), then each crate on its own clock.
    let first = rows.iter().min_by_key(|r| r.lines).map(|r| r.package.clone()).expect("a crate");
    let status = cargo_command(&ws, &target, &["check", "-q", "-p", &first]).status().expect("cargo");
    assert!(status.success(), "`cargo check -p {first}` failed in {}", ws.display());
    let mut failed = Vec::new();
    let mut table = vec![
        "| spec | operations | lines generated | warnings | clippy (check) |".to_string(),
        "|---|---:|---:|---:|---:|".to_string(),
    ];
    for row in &rows {
        let start = Instant::now();
        let args = ["clippy", "-q", "-p", &row.package, "--all-targets", "--", "-D", "warnings"];
        let ok = cargo_command(&ws, &target, &args).status().expect("cargo").success();
        let secs = start.elapsed().as_secs_f64();
        if !ok {
            failed.push(row.spec.clone());
        }
        table.push(format!(
            "| {} | {} | {} | {} | {:.1} s{} |",
            row.spec,
            row.operations,
            row.lines,
            row.warnings,
            secs,
            if ok { "" } else { " FAILED" }
        ));
    }
    for (file, why) in REFUSED {
        table.push(format!("| {file} | refused: {why} | | | |"));
    }
    println!("{}", table.join("\n"));
    assert!(failed.is_empty(), "generated crates that do not pass clippy -D warnings: {failed:?}");
}
