//! Renders changes as text (breaking first, then a summary line) or as JSON, and decides
//! whether they should fail a build.

use super::{Change, Severity};
use serde::Serialize;

/// When `codegen diff` exits with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// When a breaking change exists (the default).
    Breaking,
    /// When any change exists.
    Any,
    /// Never.
    None,
}

impl FailOn {
    /// Whether `changes` meet this condition.
    pub fn is_met(self, changes: &[Change]) -> bool {
        match self {
            FailOn::Breaking => changes.iter().any(|c| c.severity == Severity::Breaking),
            FailOn::Any => !changes.is_empty(),
            FailOn::None => false,
        }
    }
}

fn count(changes: &[Change], severity: Severity) -> usize {
    changes.iter().filter(|c| c.severity == severity).count()
}

/// `2 breaking, 3 non-breaking changes`.
pub fn summary(changes: &[Change]) -> String {
    format!(
        "{} breaking, {} non-breaking changes\n",
        count(changes, Severity::Breaking),
        count(changes, Severity::NonBreaking)
    )
}

/// One line per change, breaking ones first (each group in the diff's order), then the summary.
pub fn human(changes: &[Change]) -> String {
    let mut out = String::new();
    for severity in [Severity::Breaking, Severity::NonBreaking] {
        for c in changes.iter().filter(|c| c.severity == severity) {
            out.push_str(&format!("{:<13}{c}\n", c.severity.to_string()));
        }
    }
    out.push_str(&summary(changes));
    out
}

/// `{"breaking": n, "non_breaking": m, "changes": [{"kind", "severity", "location", "message"}]}`.
pub fn json(changes: &[Change]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        breaking: usize,
        non_breaking: usize,
        changes: &'a [Change],
    }
    let report = Report {
        breaking: count(changes, Severity::Breaking),
        non_breaking: count(changes, Severity::NonBreaking),
        changes,
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into()) + "\n"
}
