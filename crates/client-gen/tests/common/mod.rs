//! Shared helpers of the client-gen tests.
#![allow(dead_code)]

use std::path::PathBuf;

use client_gen::{generate, GeneratedCrate, Options};

/// The specs under `tests/specs/`: five written for these tests, and public real-world ones
/// (`public/`, each with its source and license in a header comment).
pub const SPECS: &[&str] = &[
    "petstore",
    "billing",
    "workspace",
    "authbox",
    "paging",
    "params",
    "schemas",
    "bodies",
    "public/petstore-expanded",
    "public/swagger-petstore-v3",
    "public/uspto",
    "public/api-with-examples",
];

/// A spec's name usable in file and snapshot names (`public/uspto` -> `public-uspto`).
pub fn flat(name: &str) -> String {
    name.replace('/', "-")
}

pub fn spec_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/specs").join(format!("{name}.yaml"))
}

pub fn load(name: &str) -> openapiv3::OpenAPI {
    let text = std::fs::read_to_string(spec_path(name)).expect("spec file");
    yaml_serde::from_str(&text).expect("valid OpenAPI")
}

pub fn gen(name: &str, options: &Options) -> GeneratedCrate {
    generate(&load(name), options).unwrap_or_else(|e| panic!("generating {name}: {e}"))
}
