//! What the `diff` tests share: inline specs and their changes, the real doc sets (copied to a
//! temp folder and edited), and running the `codegen` binary.

pub use codegen::diff::{self, report, ChangeKind, Severity};
pub use std::path::{Path, PathBuf};
use std::process::Command;

/// A spec from YAML written after `info:`; `paths: {}` is added when absent.
pub fn spec(body: &str) -> openapiv3::OpenAPI {
    let mut text = String::from("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n");
    text.push_str(body);
    if !body.lines().any(|l| l.starts_with("paths:")) {
        text.push_str("\npaths: {}\n");
    }
    codegen::parse_spec(&text).unwrap_or_else(|e| panic!("test spec does not parse: {e}\n{text}"))
}

/// (kind, location) of every change from `old` to `new`.
pub fn changes(old: &str, new: &str) -> Vec<(String, String)> {
    diff::diff(&spec(old), &spec(new)).into_iter().map(|c| (c.kind.code().to_owned(), c.location)).collect()
}

pub fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, l)| (k.to_string(), l.to_string())).collect()
}

/// A GET /items operation whose 200 response body has `schema` (YAML indented by 16 spaces).
pub fn get_response(schema: &str) -> String {
    format!(
        "paths:\n  /items:\n    get:\n      operationId: list_items\n      responses:\n        '200':\n          \
         description: ok\n          content:\n            application/json:\n              schema:\n{schema}"
    )
}

/// A POST /items operation whose required JSON request body has `schema` (indented by 14 spaces).
pub fn post_body(schema: &str) -> String {
    format!(
        "paths:\n  /items:\n    post:\n      operationId: create_item\n      requestBody:\n        required: true\n        \
         content:\n          application/json:\n            schema:\n{schema}      responses:\n        '204':\n          \
         description: ok\n"
    )
}

/// Indents every line of `yaml` by `n` spaces.
pub fn indent(yaml: &str, n: usize) -> String {
    yaml.lines().map(|l| format!("{}{l}\n", " ".repeat(n))).collect()
}

/// Two operations on one path, the base of the operation and report tests.
pub const TWO_OPS: &str = "paths:
  /customers/{id}:
    get:
      operationId: get_customer
      responses: {'200': {description: ok}}
    delete:
      operationId: delete_customer
      responses: {'204': {description: ok}}
";

/// A GET /items operation with the `parameters` YAML (indented by 6 spaces).
pub fn with_params(params: &str) -> String {
    format!(
        "paths:\n  /items:\n    get:\n      operationId: list_items\n      parameters:\n{}      responses: {{'200': {{description: ok}}}}\n",
        indent(params, 6)
    )
}

pub fn docs_root() -> PathBuf {
    std::env::var_os("SLATE_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"))
}

pub fn real_docs(provider: &str) -> PathBuf {
    let dir = docs_root().join(provider);
    assert!(dir.is_dir(), "docs not found at {}; set SLATE_DOCS_DIR", dir.display());
    dir
}

/// A temp folder removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("codegen-diff-{label}-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// A copy of a real doc set with `file` edited by `edit` (which must change it).
pub fn edited_copy(tmp: &TempDir, provider: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let dir = tmp.0.join(provider);
    copy_dir(&real_docs(provider), &dir);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("doc page");
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit of {file} changed nothing: the docs moved on?");
    std::fs::write(&path, edited).expect("write edited page");
    dir
}

/// Every change from the real doc set to the edited copy, as (kind, location).
pub fn doc_changes(provider: &str, edited: &Path) -> Vec<(String, String, Severity)> {
    let old = codegen::import_docs(&real_docs(provider)).expect("real docs import");
    let new = codegen::import_docs(edited).expect("edited docs import");
    diff::diff(&old.spec, &new.spec).into_iter().map(|c| (c.kind.code().to_owned(), c.location, c.severity)).collect()
}

/// The text between `start` (included) and the next line starting with `## ` (excluded).
pub fn section_bounds(text: &str, start: &str) -> (usize, usize) {
    let i = text.find(start).unwrap_or_else(|| panic!("section `{start}` not found"));
    let j = text[i + start.len()..].find("\n## ").map_or(text.len(), |j| i + start.len() + j + 1);
    (i, j)
}

/// Runs the `codegen` binary: (exit code, stdout, stderr).
pub fn codegen(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_codegen")).args(args).output().expect("codegen runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The spec of a doc folder, as `codegen import` writes it.
pub fn slate_import_yaml(docs: &Path) -> String {
    let imported = codegen::import_docs(docs).expect("docs import");
    codegen::serialize_spec(&imported.spec, Path::new("spec.yaml"))
}
