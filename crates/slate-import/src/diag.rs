//! Diagnostics: every problem or gap the importer finds, as a value with a source position.
//!
//! Nothing in the importer prints. Each stage pushes [`Diagnostic`]s into a [`Diagnostics`]
//! collector; the CLI renders them (rustc-style or JSON) and decides the exit code.

use serde::Serialize;
use std::fmt;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the importer did not use: visible so gaps are not silent.
    Info,
    /// A defect in the docs that the importer worked around.
    Warning,
    /// A defect that makes part of the docs unusable.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One finding about the docs, tied to a file and line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable machine-readable kind, e.g. `method-typo`.
    pub code: &'static str,
    /// Path of the page, relative to the doc-set root.
    pub file: String,
    /// 1-based line in that page (0 when the problem concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// A source position: page path (relative to the doc-set root) and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// Page path relative to the doc-set root.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
}

impl Pos {
    /// A position in `file` at `line`.
    pub fn new(file: impl Into<String>, line: usize) -> Self {
        Pos { file: file.into(), line }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Collects diagnostics from every stage of an import.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Records a diagnostic built from its parts.
    pub fn emit(
        &mut self,
        severity: Severity,
        code: &'static str,
        pos: &Pos,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        self.push(Diagnostic { severity, code, file: pos.file.clone(), line: pos.line, message: message.into(), help });
    }

    /// Records an error.
    pub fn error(&mut self, code: &'static str, pos: &Pos, message: impl Into<String>) {
        self.emit(Severity::Error, code, pos, message, None);
    }

    /// Records a warning.
    pub fn warn(&mut self, code: &'static str, pos: &Pos, message: impl Into<String>) {
        self.emit(Severity::Warning, code, pos, message, None);
    }

    /// Records a warning with a help line.
    pub fn warn_help(&mut self, code: &'static str, pos: &Pos, message: impl Into<String>, help: impl Into<String>) {
        self.emit(Severity::Warning, code, pos, message, Some(help.into()));
    }

    /// Records an info-level note.
    pub fn info(&mut self, code: &'static str, pos: &Pos, message: impl Into<String>) {
        self.emit(Severity::Info, code, pos, message, None);
    }

    /// All diagnostics, sorted by file, line, severity and code (deterministic).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, b.severity, a.code, &a.message).cmp(&(&b.file, b.line, a.severity, b.code, &b.message))
        });
        self.items.dedup();
        self.items
    }

    /// Diagnostics in the order they were recorded.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Moves every diagnostic of `other` into this collector.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}
