//! The `codegen` command on broken input: an error-severity diagnostic stops whatever would
//! write output, a missing doc set is an error naming where it looked, unknown lint codes are
//! refused, and specs of an unsupported version get a one-line error.
//!
//! Each test builds its own small doc set and config in a temp folder; nothing here reads the
//! vendor docs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh temp folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// Runs `codegen` in `dir` with `args`.
fn codegen(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .current_dir(dir)
        .env_remove("SLATE_DOCS_DIR")
        .args(args)
        .output()
        .expect("codegen runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A Slate doc set of two operations whose front matter names an include that is absent
/// (`missing-include`, an error) when `broken`.
fn doc_set(root: &Path, broken: bool) {
    let includes = if broken { "  - gizmos\n  - absent\n" } else { "  - gizmos\n" };
    write(
        &root.join("source/index.html.md"),
        &format!("---\ntitle: Gizmos API\nincludes:\n{includes}---\n\n# Intro\n\nThe base URL is `https://api.gizmos.test/v1`.\n"),
    );
    write(
        &root.join("source/includes/_gizmos.md"),
        "# Gizmos\n\n## Get a gizmo\n\n```json\n{\"id\": \"g1\", \"name\": \"a\"}\n```\n\n### HTTP Request\n\n\
         `GET https://api.gizmos.test/v1/gizmos/:id`\n\n## List gizmos\n\n### HTTP Request\n\n\
         `GET https://api.gizmos.test/v1/gizmos`\n",
    );
}

/// A codegen.toml for one provider `gizmos` whose docs are `docs/gizmos`.
fn config(dir: &Path, extra: &str) {
    write(
        &dir.join("codegen.toml"),
        &format!(
            "docs_root = \"docs\"\n\n[[provider]]\nname = \"gizmos\"\ndocs = \"gizmos\"\nspec = \"specs/gizmos/openapi.yaml\"\n\
             client = \"clients/gizmos\"\ncrate_name = \"gizmos-client\"\n{extra}"
        ),
    );
}

#[test]
fn an_error_in_the_docs_stops_the_main_job_before_anything_is_written() {
    let dir = scratch("main-job");
    doc_set(&dir.join("docs/gizmos"), false);
    config(&dir, "");
    let ok = codegen(&dir, &[]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let spec = dir.join("specs/gizmos/openapi.yaml");
    let committed = std::fs::read_to_string(&spec).expect("spec written");
    assert!(committed.contains("/gizmos/{id}"), "{committed}");

    // The same set with a broken include: exit 1, the error shown, the committed files kept.
    doc_set(&dir.join("docs/gizmos"), true);
    let out = codegen(&dir, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error[missing-include]") && err.contains("absent"), "the error is shown: {err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(std::fs::read_to_string(&spec).expect("spec kept"), committed, "the spec is not overwritten");

    // `check` fails on it too, even though the committed files are what the import would give.
    assert_eq!(codegen(&dir, &["check"]).status.code(), Some(1));

    // codegen.toml may accept that code for the provider.
    config(&dir, "allow_errors = [\"missing-include\"]\n");
    let out = codegen(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 errors"), "{}", stdout(&out));

    // ... but only a real code.
    config(&dir, "allow_errors = [\"missing-inclued\"]\n");
    let out = codegen(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing-inclued"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_with_an_error_exits_1_writes_nothing_and_counts_everything() {
    let dir = scratch("import");
    let docs = dir.join("gizmos");
    doc_set(&docs, true);
    let out = codegen(&dir, &["import", "gizmos", "-o", "spec.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error[missing-include]"), "{err}");
    assert!(err.contains("2 operations, 1 errors, ") && err.contains(" warnings, "), "summary counts: {err}");
    assert!(!dir.join("spec.yaml").exists(), "no spec written from docs with errors");

    let out = codegen(&dir, &["import", "gizmos", "-o", "spec.yaml", "--allow-errors"]);
    assert_eq!(out.status.code(), Some(1), "still exit 1");
    assert!(dir.join("spec.yaml").exists(), "--allow-errors writes the spec");

    doc_set(&docs, false);
    let out = codegen(&dir, &["import", "gizmos", "-o", "clean.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 operations, 0 errors"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_doc_set_is_an_error_naming_where_it_looked() {
    let dir = scratch("missing-docs");
    config(&dir, "");
    for args in [&[][..], &["check"][..]] {
        let out = codegen(&dir, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("docs/gizmos") && err.contains("SLATE_DOCS_DIR"), "{args:?}: {err}");
        assert!(!stdout(&out).contains("everything is current"), "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_refuses_unknown_codes_and_lists_the_known_ones() {
    let dir = scratch("lint-codes");
    doc_set(&dir.join("gizmos"), false);
    let out = codegen(&dir, &["lint", "gizmos", "--deny", "method-typoo"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("method-typoo") && err.contains("method-typo,"), "names the typo and the codes: {err}");
    assert_eq!(codegen(&dir, &["lint", "gizmos", "--allow", "nope"]).status.code(), Some(2));
    assert!(codegen(&dir, &["lint", "gizmos", "--deny", "method-typo"]).status.success());

    let out = codegen(&dir, &["lint", "--list-codes"]);
    assert!(out.status.success());
    let list = stdout(&out);
    for code in ["method-typo", "missing-include", "commented-out", "unparsed-request-line"] {
        assert!(list.lines().any(|l| l.starts_with(code) && l.len() > code.len() + 5), "{code} in {list}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn specs_of_other_versions_get_a_one_line_error() {
    let dir = scratch("versions");
    write(&dir.join("swagger.yaml"), "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
    write(
        &dir.join("v31.json"),
        "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}",
    );
    for (file, version) in [("swagger.yaml", "Swagger 2.0"), ("v31.json", "OpenAPI 3.1.0")] {
        for args in [vec!["generate", file, "-o", "out"], vec!["diff", file, file]] {
            let out = codegen(&dir, &args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
            assert!(err.contains(version) && err.contains("OpenAPI 3.0.x is supported"), "{args:?}: {err}");
        }
    }
    assert!(!dir.join("out").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
