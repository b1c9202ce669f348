//! Generates the Booqable client into `$OUT_DIR/booqable.rs`; `src/lib.rs` pulls it in with
//! `include!`.
//!
//! The input is the committed spec, `specs/booqable/openapi.yaml`, so the crate builds anywhere.
//! With `BOOQABLE_DOCS_DIR` set to the Booqable doc set (the folder holding `source/`), the
//! client is generated from the Markdown docs instead, imported on the fly.
//!
//! `codegen::Builder` prints `cargo:rerun-if-changed` for the spec (or the doc folder and each
//! of its pages) and turns diagnostics into cargo warnings (here at most 10, then a summary).

use std::process::ExitCode;

/// Set to a doc folder to generate from the docs rather than from the committed spec.
const DOCS_ENV: &str = "BOOQABLE_DOCS_DIR";

/// The committed spec, relative to this crate (build scripts run in the package root).
const SPEC: &str = "../../specs/booqable/openapi.yaml";

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed={DOCS_ENV}");
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set: run this build script through cargo");
        return ExitCode::FAILURE;
    };
    let builder = match std::env::var_os(DOCS_ENV) {
        Some(docs) if !docs.is_empty() => codegen::Builder::new().docs(docs),
        _ => codegen::Builder::new().spec(SPEC),
    };
    // Cargo replays these warnings on every build; the doc set has dozens of small defects.
    match builder.file_name("booqable.rs").max_warnings(10).generate_to(out_dir) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot generate the Booqable client: {e}");
            ExitCode::FAILURE
        }
    }
}
