//! Output for CI systems: GitHub Actions workflow commands (annotations) and SARIF 2.1.0, for
//! `codegen lint` diagnostics (and the workflow commands for `codegen diff` too).
//!
//! - GitHub: one `::error file=F,line=L,title=T::MESSAGE` line per diagnostic (`::warning`,
//!   `::notice` for info), with the values escaped as the runner expects (`%`, CR, LF, and in
//!   properties also `:` and `,`). GitHub shows them on the pull request's diff.
//! - SARIF: one run whose `tool.driver` lists every lint code as a rule (id, summary, default
//!   level); one result per diagnostic with `ruleId`, `ruleIndex`, `level`
//!   (`error`/`warning`/`note`), `message.text` (the help appended), and a
//!   `physicalLocation` (`artifactLocation.uri` relative to the working directory, `region.startLine`;
//!   no region for a diagnostic about a whole file). A code given to `--deny` is reported at
//!   level `error`, as it fails the run.

use serde_json::{json, Value};
use slate_import::diag::{Code, Diagnostic, Severity};
use std::path::Path;

/// Escapes the message of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command line: `::LEVEL file=..,line=..,title=..::MESSAGE\n`; `level` is
/// `error`, `warning` or `notice`.
pub fn github_command(level: &str, place: Option<(String, usize)>, title: &str, message: &str) -> String {
    let mut props = Vec::new();
    if let Some((file, line)) = place {
        props.push(format!("file={}", escape_property(&file)));
        if line > 0 {
            props.push(format!("line={line}"));
        }
    }
    props.push(format!("title={}", escape_property(title)));
    format!("::{level} {}::{}\n", props.join(","), escape_data(message))
}

/// A path as the CI sees it: `root/file`, with forward slashes (`./` dropped).
fn artifact(root: &Path, file: &str) -> String {
    let joined = root.join(file).to_string_lossy().replace('\\', "/");
    joined.strip_prefix("./").map(str::to_owned).unwrap_or(joined)
}

/// The level a diagnostic fails or passes the run with: a denied code is an error.
fn effective(d: &Diagnostic, deny: &[String]) -> Severity {
    if deny.iter().any(|c| c == d.code) {
        Severity::Error
    } else {
        d.severity
    }
}

fn message_with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    }
}

/// Lint diagnostics as GitHub workflow commands, paths relative to `docs` (the doc-set folder
/// as given on the command line); info-level ones only when `verbose`.
pub fn github_lint(diags: &[Diagnostic], docs: &Path, deny: &[String], verbose: bool) -> String {
    let mut out = String::new();
    for d in diags {
        let level = match effective(d, deny) {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info if verbose => "notice",
            Severity::Info => continue,
        };
        let title = format!("codegen lint: {}", d.code);
        out.push_str(&github_command(level, Some((artifact(docs, &d.file), d.line)), &title, &message_with_help(d)));
    }
    out
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes what may not appear raw in a relative URI reference.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Lint diagnostics as a SARIF 2.1.0 log (pretty JSON), paths relative to `docs`.
pub fn sarif_lint(diags: &[Diagnostic], docs: &Path, deny: &[String]) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "shortDescription": {"text": c.summary()},
            })
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut physical = json!({"artifactLocation": {"uri": uri(&artifact(docs, &d.file))}});
            if d.line > 0 {
                physical["region"] = json!({"startLine": d.line});
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": sarif_level(effective(d, deny)),
                "message": {"text": message_with_help(d)},
                "locations": [{"physicalLocation": physical}],
            });
            if let Some(i) = Code::ALL.iter().position(|c| c.as_str() == d.code) {
                result["ruleIndex"] = json!(i);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "codegen lint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into()) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        let line = github_command("error", Some(("a,b:c.md".into(), 3)), "t: x", "50%\nnext");
        assert_eq!(line, "::error file=a%2Cb%3Ac.md,line=3,title=t%3A x::50%25%0Anext\n");
        assert_eq!(github_command("notice", None, "t", "m"), "::notice title=t::m\n");
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("docs/my page.md"), "docs/my%20page.md");
        assert_eq!(artifact(Path::new("./docs"), "a.md"), "docs/a.md");
    }
}
