//! How serious a diagnostic is.

use serde::Serialize;
use std::fmt;

/// How serious a diagnostic is; ordered `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something not used or approximated in a way nobody needs to act on: visible so gaps
    /// are not silent.
    Info,
    /// A defect that was worked around (the importer) or a construct expressed approximately
    /// (the generator: a fallback, often `serde_json::Value`).
    Warning,
    /// A defect that makes part of the input unusable.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`, as in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
