//! The reports and the `codegen diff` command: exit codes, formats, doc folders.

use crate::common::*;

// ---------------------------------------------------------------------------------------------
// Reports

#[test]
fn reports_list_errors_first_and_count() {
    let fewer = TWO_OPS
        .replace("get_customer", "fetch")
        .replace("    delete:\n      operationId: delete_customer\n      responses: {'204': {description: ok}}\n", "");
    let mut all = diff::diff(
        &spec("paths: {}\n"),
        &spec("paths:\n  /z:\n    get:\n      responses: {'200': {description: ok}}\n"),
    );
    all.extend(diff::diff(&spec(TWO_OPS), &spec(&fewer)));
    let text = report::text(&all);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "error    GET /customers/{id}: operationId `get_customer` is now `fetch` (generated method `get_customer` is now `fetch`) [operation_id_changed]",
            "error    DELETE /customers/{id}: operation `delete_customer` removed [operation_removed]",
            "info     GET /z: operation added [operation_added]",
            "2 error(s), 0 warning(s), 1 info",
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&report::json(&all)).expect("JSON report parses");
    assert_eq!((json["error"].as_u64(), json["warning"].as_u64(), json["info"].as_u64()), (Some(2), Some(0), Some(1)));
    assert_eq!(json["changes"][2]["kind"], "operation_added");
    assert_eq!(json["changes"][2]["severity"], "info");
    assert_eq!(json["changes"][2]["location"], "GET /z");
    assert_eq!(json["repeated"], serde_json::json!([]));
    assert!(report::FailOn::Error.is_met(&all));
    assert!(!report::FailOn::Error.is_met(&all[..1]));
    assert!(!report::FailOn::Warning.is_met(&all[..1]));
    assert!(report::FailOn::Info.is_met(&all[..1]));
    assert!(!report::FailOn::Info.is_met(&[]));
    assert!(!report::FailOn::None.is_met(&all));
    assert_eq!(report::text(&[]), "0 error(s), 0 warning(s), 0 info\n");
}

// ---------------------------------------------------------------------------------------------
// The command

#[test]
fn command_exit_codes_and_formats() {
    let tmp = TempDir::new("cli");
    let write = |name: &str, body: &str| {
        let path = tmp.0.join(name);
        let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n");
        text.push_str(body);
        std::fs::write(&path, text).expect("write spec");
        path
    };
    let base = write("base.yaml", TWO_OPS);
    let breaking = write("breaking.yaml", &TWO_OPS.replace("get_customer", "fetch_customer"));
    let added = write(
        "added.yaml",
        &format!("{TWO_OPS}  /orders:\n    get:\n      operationId: list_orders\n      responses: {{'200': {{description: ok}}}}\n"),
    );
    let json_copy = tmp.0.join("base.json");
    std::fs::write(&json_copy, serde_json::to_string(&codegen::read_spec(&base).expect("spec")).expect("json"))
        .expect("write json");

    let run = |old: &Path, new: &Path, extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> = vec!["diff".as_ref(), old.as_os_str(), new.as_os_str()];
        args.extend(extra.iter().map(|s| std::ffi::OsStr::new(*s)));
        codegen(&args)
    };

    // Breaking: fails unless --fail-on none.
    let (code, out, _) = run(&base, &breaking, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "error    GET /customers/{id}: operationId `get_customer` is now `fetch_customer` (generated method \
         `get_customer` is now `fetch_customer`) [operation_id_changed]\n\
         1 error(s), 0 warning(s), 0 info\n"
    );
    for level in ["any", "info", "warning", "error", "breaking"] {
        assert_eq!(run(&base, &breaking, &["--fail-on", level]).0, 1, "--fail-on {level}");
    }
    assert_eq!(run(&base, &breaking, &["--fail-on", "none"]).0, 0);

    // Info only: fails only with --fail-on info (or its old name `any`).
    assert_eq!(run(&base, &added, &[]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "breaking"]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "warning"]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "any"]).0, 1);
    assert_eq!(run(&base, &added, &["--fail-on", "info"]).0, 1);

    // No change (YAML vs the same spec as JSON); `human` is the old name of `text`.
    let (code, out, _) = run(&base, &json_copy, &["--fail-on", "any", "--format", "human"]);
    assert_eq!((code, out.as_str()), (0, "0 error(s), 0 warning(s), 0 info\n"));

    // JSON output parses and counts.
    let (code, out, _) = run(&base, &added, &["--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("--format json parses");
    assert_eq!(json["error"], 0);
    assert_eq!(json["info"], 1);
    assert_eq!(json["changes"][0]["kind"], "operation_added");
    assert_eq!(json["changes"][0]["location"], "GET /orders");

    // Unreadable input: exit 2, no panic.
    let (code, _, err) = run(&base, &tmp.0.join("missing.yaml"), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    let garbage = write("garbage.yaml", "paths: [not, a, map]\n");
    let (code, _, err) = run(&garbage, &base, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn command_imports_doc_folders() {
    let tmp = TempDir::new("cli-docs");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| t.replace("referral_code", "referral_token"));
    let docs = real_docs("spaces");
    let (code, out, err) =
        codegen(&["diff".as_ref(), docs.as_os_str(), dir.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    assert_eq!(code, 0, "a warning does not fail by default: {out}{err}");
    assert!(err.contains("operations"), "the import is summarized on stderr: {err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("--format json parses");
    assert_eq!((json["error"].as_u64(), json["warning"].as_u64(), json["info"].as_u64()), (Some(0), Some(1), Some(1)));
    assert_eq!(json["changes"][0]["kind"], "optional_response_field_removed");
    let strict =
        codegen(&["diff".as_ref(), docs.as_os_str(), dir.as_os_str(), "--fail-on".as_ref(), "warning".as_ref()]);
    assert_eq!(strict.0, 1, "--fail-on warning fails on it");
    // Line 38 of account.md is the `curl .../account` sample that gives the operation (read by hand).
    assert_eq!(json["changes"][0]["source"], "sections/account.md:38", "where the docs define the operation");
    assert_eq!(json["changes"][0]["location"], "GET /account response 200 body .referral_code");
    // A doc folder against its own committed spec of the same import: no change.
    let spec = tmp.0.join("spaces.yaml");
    std::fs::write(&spec, slate_import_yaml(&docs)).expect("write spec");
    let (code, out, _) =
        codegen(&["diff".as_ref(), spec.as_os_str(), docs.as_os_str(), "--fail-on".as_ref(), "any".as_ref()]);
    assert_eq!((code, out.as_str()), (0, "0 error(s), 0 warning(s), 0 info\n"));
}
