//! Output for CI systems: GitHub Actions workflow commands (annotations) and SARIF 2.1.0, for
//! diagnostics, the importer's (`codegen lint`) and the generator's alike (and the workflow
//! commands for `codegen diff` too).
//!
//! - GitHub: one `::error file=F,line=L,title=T::MESSAGE` line per diagnostic (`::warning`,
//!   `::notice` for info), with the values escaped as the runner expects (`%`, CR, LF, and in
//!   properties also `:` and `,`). GitHub shows them on the pull request's diff. A spec
//!   diagnostic has no line; its location in the spec leads the message.
//! - SARIF: one run whose `tool.driver` lists every code of the tool as a rule (id, summary,
//!   default level: the first the code is reported at); one result per diagnostic with
//!   `ruleId`, `ruleIndex`, `level` (`error`/`warning`/`note`), `message.text` (the help
//!   appended), and a `physicalLocation` (`artifactLocation.uri` relative to the working
//!   directory, `region.startLine`; no region for a diagnostic about a whole file); a spec
//!   diagnostic has a `logicalLocation` (its location in the spec) too. A code given to
//!   `--deny` is reported at level `error`, as it fails the run.

use diagnostic::Code;
use serde_json::{json, Value};
use slate_import::diag::{Diagnostic, Severity};
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

/// The message a CI system shows: a spec diagnostic's location first, the help appended.
fn ci_message(d: &Diagnostic) -> String {
    match &d.location {
        Some(location) => format!("{location}: {}", message_with_help(d)),
        None => message_with_help(d),
    }
}

/// Diagnostics as GitHub workflow commands titled `{tool}: {code}` (`codegen lint`), paths
/// relative to `root` (the doc-set folder as given on the command line; for a spec
/// diagnostic, the folder its `file` is relative to); info-level ones only when `verbose`.
pub fn github(tool: &str, diags: &[Diagnostic], root: &Path, deny: &[String], verbose: bool) -> String {
    let mut out = String::new();
    for d in diags {
        let level = match effective(d, deny) {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info if verbose => "notice",
            Severity::Info => continue,
        };
        let title = format!("{tool}: {}", d.code);
        let place = (d.location.is_none() || !d.file.is_empty()).then(|| (artifact(root, &d.file), d.line));
        out.push_str(&github_command(level, place, &title, &ci_message(d)));
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

/// Diagnostics of the tool named `tool` (`codegen lint`), whose codes are `C`, as a SARIF
/// 2.1.0 log (pretty JSON), paths relative to `root`.
pub fn sarif<C: Code>(tool: &str, diags: &[Diagnostic], root: &Path, deny: &[String]) -> String {
    let rules: Vec<Value> = C::all()
        .iter()
        .map(|c| {
            json!({
                "id": c.name(),
                "shortDescription": {"text": c.summary()},
                "defaultConfiguration": {"level": sarif_level(c.default_level())},
            })
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut location = json!({});
            if d.location.is_none() || !d.file.is_empty() {
                let mut physical = json!({"artifactLocation": {"uri": uri(&artifact(root, &d.file))}});
                if d.line > 0 {
                    physical["region"] = json!({"startLine": d.line});
                }
                location["physicalLocation"] = physical;
            }
            if let Some(place) = &d.location {
                location["logicalLocations"] = json!([{"fullyQualifiedName": place}]);
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": sarif_level(effective(d, deny)),
                "message": {"text": message_with_help(d)},
                "locations": [location],
            });
            if let Some(i) = C::all().iter().position(|c| c.name() == d.code) {
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
                "name": tool,
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
    fn a_spec_diagnostic_has_a_logical_location_and_its_place_in_the_message() {
        let d = Diagnostic::in_spec(client_gen::Code::NoStream, "paths./a.get", "no stream").in_file("openapi.yaml");
        let log: Value = serde_json::from_str(&sarif::<client_gen::Code>(
            "codegen generate",
            std::slice::from_ref(&d),
            Path::new("."),
            &[],
        ))
        .expect("json");
        let result = &log["runs"][0]["results"][0];
        assert_eq!(result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], "paths./a.get");
        assert_eq!(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "openapi.yaml");
        let rule = &log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"].as_u64().expect("index") as usize];
        assert_eq!((&rule["id"], &rule["defaultConfiguration"]["level"]), (&json!("no-stream"), &json!("warning")));
        let line = github("codegen generate", &[d], Path::new("."), &[], false);
        assert_eq!(line, "::warning file=openapi.yaml,title=codegen generate%3A no-stream::paths./a.get: no stream\n");
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("docs/my page.md"), "docs/my%20page.md");
        assert_eq!(artifact(Path::new("./docs"), "a.md"), "docs/a.md");
    }
}
