//! The four real doc sets: every operation found once, the committed specs current and
//! byte-identical on re-import, and the diagnostics of each provider snapshotted.
//!
//! The docs are read from `$SLATE_DOCS_DIR`, else `../shared/docs` beside the repository.

use slate_import::diag::Severity;
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn docs_root() -> PathBuf {
    std::env::var_os("SLATE_DOCS_DIR").map(PathBuf::from).unwrap_or_else(|| repo().join("../shared/docs"))
}

fn import(provider: &str) -> slate_import::Import {
    let dir = docs_root().join(provider);
    assert!(dir.is_dir(), "docs not found at {}; set SLATE_DOCS_DIR", dir.display());
    slate_import::import(&dir).expect("doc set readable")
}

/// (provider, number of operations the docs describe).
const PROVIDERS: [(&str, usize); 4] = [("9spokes", 26), ("seventime", 86), ("booqable", 38), ("spaces", 14)];

#[test]
fn every_operation_once() {
    for (provider, expected) in PROVIDERS {
        let imported = import(provider);
        let mut seen = std::collections::BTreeSet::new();
        for (path, item) in &imported.spec.paths.paths {
            let item = item.as_item().expect("inline path item");
            for (method, op) in item.iter() {
                assert!(seen.insert(format!("{method} {path}")), "{provider}: {method} {path} twice");
                let source = op.extensions.get("x-source").and_then(|v| v.as_str()).unwrap_or("");
                assert!(source.contains(".md:"), "{provider}: {method} {path} has no x-source");
            }
        }
        assert_eq!(seen.len(), expected, "{provider}: operations {seen:#?}");
    }
}

#[test]
fn committed_specs_are_current_and_deterministic() {
    for (provider, _) in PROVIDERS {
        let first = slate_import::to_yaml(&import(provider).spec);
        let second = slate_import::to_yaml(&import(provider).spec);
        assert_eq!(first, second, "{provider}: import is not deterministic");
        let committed =
            std::fs::read_to_string(repo().join(format!("specs/{provider}/openapi.yaml"))).expect("committed spec");
        assert!(committed == first, "{provider}: specs/{provider}/openapi.yaml is stale: run `cargo run -p codegen`");
        let parsed: openapiv3::OpenAPI = yaml_serde::from_str(&committed).expect("spec parses with openapiv3");
        assert_eq!(parsed.openapi, "3.0.3");
    }
}

#[test]
fn diagnostics_snapshot() {
    for (provider, _) in PROVIDERS {
        let imported = import(provider);
        // Warnings and errors one by one; info-level gaps as a count per code.
        let mut lines: Vec<String> = imported
            .diagnostics
            .iter()
            .filter(|d| d.severity > Severity::Info)
            .map(|d| format!("{} [{}] {}:{} {}", d.severity, d.code, d.file, d.line, d.message))
            .collect();
        let mut infos: std::collections::BTreeMap<&str, usize> = Default::default();
        for d in imported.diagnostics.iter().filter(|d| d.severity == Severity::Info) {
            *infos.entry(d.code).or_default() += 1;
        }
        lines.extend(infos.iter().map(|(c, n)| format!("info [{c}] x{n}")));
        insta::assert_snapshot!(format!("diagnostics_{provider}"), lines.join("\n"));
    }
}

#[test]
fn conventions_are_read_from_the_docs() {
    let spec = |p: &str| serde_json::to_value(import(p).spec).expect("json");
    let nine = spec("9spokes");
    assert_eq!(nine["components"]["securitySchemes"]["apiKey"]["name"], "Authorization");
    assert_eq!(nine["servers"][0]["url"], "https://sandbox.api.9spokes.com");
    assert_eq!(nine["servers"][1]["url"], "https://api.9spokes.com");
    let seven = spec("seventime");
    assert_eq!(seven["components"]["securitySchemes"]["apiKey"]["name"], "Client-Secret");
    assert_eq!(seven["x-rate-limit"], serde_json::json!({"requests": 4, "per_seconds": 1}));
    assert_eq!(seven["x-request-headers"]["Accept"], "application/json");
    let booq = spec("booqable");
    assert_eq!(booq["components"]["securitySchemes"]["apiKey"]["in"], "query");
    assert_eq!(booq["servers"][0]["url"], "https://{company_slug}.booqable.com/api/1");
    assert_eq!(booq["paths"]["/customers"]["get"]["x-pagination"]["style"], "page");
    let spaces = spec("spaces");
    assert_eq!(spaces["components"]["securitySchemes"]["basicAuth"]["x-token-as"], "username");
    assert_eq!(spaces["servers"][0]["url"], "https://spaces.pe/api/v1");
    assert_eq!(spaces["paths"]["/customers"]["get"]["x-pagination"]["cursor_param"], "starting_after");
}
