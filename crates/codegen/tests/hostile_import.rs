//! Whatever the importer writes, the generator accepts (issue 16, item 10): hostile docs (CR-only
//! line endings, JSON nested far deeper than any limit) are imported, the spec is written as
//! YAML and JSON and read back as `generate` reads it, and a client is generated from it.

use std::path::{Path, PathBuf};

struct Docs(PathBuf);

impl Docs {
    fn new(name: &str, files: &[(&str, String)]) -> Docs {
        let dir = std::env::temp_dir().join(format!("codegen-hostile-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap_or(Path::new("."))).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        Docs(dir)
    }
}

impl Drop for Docs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Imports `docs`, round-trips the spec through YAML and JSON, and generates a client of each,
/// on a thread with the stack of a main thread (8 MiB) as `codegen generate` and a build script
/// have, not the 2 MiB of a test thread.
fn import_and_generate(docs: &Docs) -> slate_import::Import {
    let dir = docs.0.clone();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || import_and_generate_here(&dir))
        .expect("thread")
        .join()
        .expect("no panic")
}

fn import_and_generate_here(dir: &Path) -> slate_import::Import {
    let imported = codegen::import_docs(dir).expect("import");
    assert!(imported.operation_count > 0, "{:?}", imported.diagnostics);
    for text in [slate_import::to_yaml(&imported.spec), slate_import::to_json(&imported.spec)] {
        let spec = codegen::parse_spec(&text).expect("the generator reads what the importer wrote");
        let generated = client_gen::generate(&spec, &codegen::GenOptions::default()).expect("a client");
        assert!(generated.files.keys().any(|f| f.ends_with("lib.rs")));
    }
    imported
}

fn deep_object(n: usize) -> String {
    format!("{}1{}", "{\"a\": ".repeat(n), "}".repeat(n))
}

#[test]
fn a_readme_with_cr_line_endings_has_its_own_title_and_generates() {
    let readme = "# Things API\r\rWhat it does.\r\r## Get a thing\r\r`GET /things/{id}`\r\r> Response\r\r```json\r{\"id\": 1}\r```\r";
    let docs = Docs::new("cr", &[("README.md", readme.to_owned())]);
    let imported = import_and_generate(&docs);
    assert_eq!(imported.spec.info.title, "Things API");
    assert!(imported.spec.paths.paths.contains_key("/things/{id}"));
}

#[test]
fn json_nested_past_every_limit_imports_and_generates() {
    let page = format!(
        "# Deep\n\n## Get a deep thing\n\n`GET /deep`\n\n> Response\n\n```json\n{}\n```\n\n\
         ## Create a deep thing\n\n`POST /deep`\n\n```shell\ncurl -X POST https://api.example.com/deep -d '{}'\n```\n\n\
         ## List nested lists\n\n`GET /lists`\n\n> Response\n\n```json\n{{\"a\": {}1{}}}\n```\n",
        deep_object(480),
        deep_object(600),
        "[".repeat(300),
        "]".repeat(300)
    );
    let docs = Docs::new(
        "deep",
        &[
            ("index.html.md", "---\ntitle: Deep\nincludes:\n  - deep\n---\n# Deep\n".to_owned()),
            ("includes/_deep.md", page),
        ],
    );
    let imported = import_and_generate(&docs);
    let codes: Vec<&str> = imported.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"nesting-too-deep"), "{codes:?}");
    assert!(codes.contains(&"json-defect"), "{codes:?}");
    assert_eq!(imported.operation_count, 3);
}
