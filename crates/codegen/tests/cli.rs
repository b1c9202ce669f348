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

/// Appends a `text` code block that contributes nothing (an `unused-block` info) to the
/// gizmos page of a [`doc_set`].
fn with_unused_block(root: &Path) {
    let page = root.join("source/includes/_gizmos.md");
    let text = std::fs::read_to_string(&page).expect("gizmos page");
    write(&page, &format!("{text}\n```text\nnothing to see\n```\n"));
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

#[test]
fn lint_writes_sarif_with_the_required_structure() {
    let dir = scratch("sarif");
    doc_set(&dir.join("gizmos"), true);
    let out = codegen(&dir, &["lint", "gizmos", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1), "the error still fails: {}", stderr(&out));
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "codegen lint");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules.iter().any(|r| r["id"] == "missing-include"), "every code is a rule");
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        let id = r["ruleId"].as_str().expect("ruleId");
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], id, "ruleIndex points at its rule");
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().expect("level")), "{r}");
        assert!(!r["message"]["text"].as_str().expect("message.text").is_empty());
        let physical = &r["locations"][0]["physicalLocation"];
        let uri = physical["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(uri.starts_with("gizmos/") && dir.join(uri).is_file(), "uri relative to the working directory: {uri}");
        if let Some(line) = physical["region"]["startLine"].as_u64() {
            assert!(line >= 1);
        }
    }
    // The missing include, at the front-matter line that names it (line 5 of index.html.md).
    let missing = results.iter().find(|r| r["ruleId"] == "missing-include").expect("missing-include reported");
    assert_eq!(missing["level"], "error");
    assert_eq!(missing["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "gizmos/source/index.html.md");
    assert_eq!(missing["locations"][0]["physicalLocation"]["region"]["startLine"], 5);
    // --allow drops a code; --deny makes a code fail and reports it as an error.
    let out = codegen(&dir, &["lint", "gizmos", "--format", "sarif", "--allow", "missing-include"]);
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("SARIF");
    assert!(log["runs"][0]["results"].as_array().expect("results").iter().all(|r| r["ruleId"] != "missing-include"));
    doc_set(&dir.join("gizmos"), false);
    with_unused_block(&dir.join("gizmos"));
    let plain = codegen(&dir, &["lint", "gizmos", "--format", "sarif"]);
    assert!(plain.status.success(), "{}", stdout(&plain));
    let log: serde_json::Value = serde_json::from_str(&stdout(&plain)).expect("SARIF");
    let unused = |log: &serde_json::Value| {
        let results = log["runs"][0]["results"].as_array().cloned().unwrap_or_default();
        results.into_iter().find(|r| r["ruleId"] == "unused-block").unwrap_or_else(|| panic!("unused-block: {log}"))
    };
    assert_eq!(unused(&log)["level"], "note", "info is a note");
    let denied = codegen(&dir, &["lint", "gizmos", "--format", "sarif", "--deny", "unused-block"]);
    assert_eq!(denied.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_str(&stdout(&denied)).expect("SARIF");
    assert_eq!(unused(&log)["level"], "error", "a denied code is an error");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_writes_github_annotations() {
    let dir = scratch("github");
    doc_set(&dir.join("gizmos"), true);
    let out = codegen(&dir, &["lint", "gizmos", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = text.lines().find(|l| l.contains("missing-include")).unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.starts_with("::error file=gizmos/source/index.html.md,line=5,title=codegen lint%3A missing-include::include `absent` not found%0Ahelp: "),
        "{line}"
    );
    assert!(
        text.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ")),
        "no info without --verbose: {text}"
    );
    with_unused_block(&dir.join("gizmos"));
    let verbose = stdout(&codegen(&dir, &["lint", "gizmos", "--format", "github", "--verbose"]));
    assert!(verbose.lines().any(|l| l.starts_with("::notice file=gizmos/")), "{verbose}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `codegen args` in `dir` with its standard output piped into `head -n 2`, which exits
/// after two lines and closes the pipe; returns codegen's output (stderr, status).
fn into_head(dir: &Path, args: &[&str]) -> (Output, String) {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("codegen runs");
    let pipe = child.stdout.take().expect("stdout pipe");
    let head = Command::new("head").args(["-n", "2"]).stdin(Stdio::from(pipe)).output().expect("head runs");
    (child.wait_with_output().expect("codegen ends"), String::from_utf8_lossy(&head.stdout).into_owned())
}

#[test]
fn lint_and_diff_into_a_closed_pipe_do_not_panic() {
    let dir = scratch("pipe");
    // 1500 code blocks that contribute nothing: 1500 info diagnostics, far more than a pipe
    // buffer holds, so codegen is still writing when `head` closes the pipe.
    let mut page = String::from("# Gizmos API\n\nThe base URL is `https://api.gizmos.test/v1`.\n");
    for i in 0..1500 {
        page.push_str(&format!("\n## Note {i}\n\nWords.\n\n```text\nnothing {i}\n```\n"));
    }
    page.push_str("\n## Get a gizmo\n\n### HTTP Request\n\n`GET https://api.gizmos.test/v1/gizmos/:id`\n");
    write(&dir.join("big/README.md"), &page);
    let full = codegen(&dir, &["lint", "big", "--verbose"]);
    assert!(full.stdout.len() > 1 << 17, "the report overflows a pipe: {} bytes", full.stdout.len());
    let (out, head) = into_head(&dir, &["lint", "big", "--verbose"]);
    assert_eq!(head.lines().count(), 2, "{head}");
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert_eq!(out.status.code(), full.status.code(), "the exit code is the report's: {}", stderr(&out));

    // A diff of 3000 removed operations.
    let mut paths = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
    for i in 0..3000 {
        paths.push_str(&format!("  /gizmos{i}:\n    get:\n      operationId: get_gizmo_{i}\n      responses: {{'200': {{description: ok}}}}\n"));
    }
    write(&dir.join("old.yaml"), &paths);
    write(&dir.join("new.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    for format in ["text", "json", "markdown", "github"] {
        let (out, head) = into_head(&dir, &["diff", "old.yaml", "new.yaml", "--format", format]);
        assert_eq!(head.lines().count(), 2, "{format}: {head}");
        assert!(!stderr(&out).contains("panicked"), "{format}: {}", stderr(&out));
        assert_eq!(out.status.code(), Some(1), "{format}: errors found, whatever the reader did");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_annotations_point_at_the_operation_in_the_spec() {
    let dir = scratch("diff-github");
    let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n";
    let get = "  /a:\n    get:\n      operationId: get_a\n      responses: {'200': {description: ok}}\n";
    let delete = "  /b:\n    put: {responses: {'204': {description: ok}}}\n    delete:\n      operationId: drop_b\n      responses: {'204': {description: ok}}\n";
    write(&dir.join("old.yaml"), &format!("{head}{get}{delete}"));
    write(&dir.join("new.yaml"), &format!("{head}  /z: {{}}\n{}", get.replace("get_a", "getA")));
    let out = codegen(&dir, &["diff", "old.yaml", "new.yaml", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    // Errors first: the removed operations, at their method lines in the old spec (9, 10).
    assert_eq!(
        lines[0],
        "::error file=old.yaml,line=9,title=codegen diff%3A operation_removed::PUT /b: operation removed"
    );
    assert_eq!(
        lines[1],
        "::error file=old.yaml,line=10,title=codegen diff%3A operation_removed::DELETE /b: operation `drop_b` removed"
    );
    // The respelled operationId, at its method line in the new spec (line 6 there).
    assert!(
        lines[2].starts_with("::notice file=new.yaml,line=6,title=codegen diff%3A operation_id_respelled::GET /a: "),
        "{}",
        lines[2]
    );
    assert!(lines[3].starts_with("::notice title=codegen diff::2 error(s), 0 warning(s), 1 info"), "{}", lines[3]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_annotations_of_doc_folders_point_at_the_doc_line() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff/example_path");
    let out = codegen(&fixtures, &["diff", "old", "new/source/index.html.md", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    // Line 15 of the old customers page is its declared `GET .../customer/:id` (read by hand);
    // the new operation's line 25 is the `GET .../customers` of the added section.
    assert!(text.starts_with(
        "::error file=old/source/includes/_customers.md,line=15,title=codegen diff%3A operation_removed::GET /customer/{id}: "
    ), "{text}");
    assert!(text.contains("::notice file=new/source/includes/_customers.md,line=25,title=codegen diff%3A operation_added::GET /customers: "), "{text}");
}
