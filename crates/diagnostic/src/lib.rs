//! One diagnostic type for the whole pipeline: what slate-import finds in the docs and what
//! client-gen cannot express in a spec are both a [`Diagnostic`] with a [`Severity`] and a
//! stable code; codegen renders them (rustc-style, JSON, SARIF, GitHub annotations) with one
//! renderer per format.
//!
//! Each producer declares its codes with [`codes!`]: an enum whose every variant has a stable
//! kebab-case name, the levels it is reported at and a one-line summary, and which implements
//! [`Code`]. `docs/diagnostics.md` lists every code; a test of codegen checks it against the
//! enums. slate-import and client-gen never depend on each other; both depend on this crate,
//! which depends on serde only.
#![deny(missing_docs)]

mod code;
mod severity;

pub use code::{check_codes, Code};
pub use severity::Severity;

use serde::Serialize;
use std::fmt;

/// One finding, tied to a page and line of the docs (the importer) or to a place in a spec
/// (the generator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable machine-readable kind, e.g. `method-typo` ([`Code::name`]).
    pub code: &'static str,
    /// The page, relative to the doc-set root (empty for a spec diagnostic: the generator
    /// reads a spec value, not a file).
    pub file: String,
    /// 1-based line in that page (0 when the problem concerns the whole file, or a spec).
    pub line: usize,
    /// Where in the spec, JSON-pointer-ish (`paths./pets.get`, `components.schemas.Pet`): set
    /// for the generator's diagnostics, absent for the importer's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What is wrong (and, for the generator, what the client does instead).
    pub message: String,
    /// What to do about it, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic about line `line` of the page `file`, at `severity`.
    pub fn at_line<C: Code>(
        severity: Severity,
        code: C,
        file: impl Into<String>,
        line: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            code: code.name(),
            file: file.into(),
            line,
            location: None,
            message: message.into(),
            help: None,
        }
    }

    /// A diagnostic about a place in a spec (`paths./pets.get`), at the code's first level.
    pub fn in_spec<C: Code>(code: C, location: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: code.default_level(),
            code: code.name(),
            file: String::new(),
            line: 0,
            location: Some(location.into()),
            message: message.into(),
            help: None,
        }
    }

    /// The same diagnostic with a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Where it is, as one string: `file:line` (`file` alone for line 0), or the spec location
    /// (after the spec's file, when the caller set it: `openapi.yaml: paths./pets.get`).
    pub fn place(&self) -> String {
        match (&self.location, self.line) {
            (Some(location), _) if self.file.is_empty() => location.clone(),
            (Some(location), _) => format!("{}: {location}", self.file),
            (None, 0) => self.file.clone(),
            (None, line) => format!("{}:{line}", self.file),
        }
    }

    /// The same diagnostic of a spec read from `file` (the generator leaves `file` empty).
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = file.into();
        self
    }
}

/// One line: `warning[ref-unsupported]: paths./pets.get: message`.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}: {}", self.severity, self.code, self.place(), self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    codes! {
        /// Codes of the tests.
        enum TestCode;
        Both => "both", Error | Warning: "reported as an error or a warning",
        Note => "note", Info: "a note",
    }

    #[test]
    fn declared_codes_are_well_formed_and_round_trip() {
        assert_eq!(check_codes::<TestCode>(), Ok(()));
        assert_eq!(TestCode::from_name("both"), Some(TestCode::Both));
        assert_eq!(TestCode::Both.levels(), [Severity::Error, Severity::Warning]);
        assert_eq!(TestCode::Note.default_level(), Severity::Info);
        assert_eq!(TestCode::Note.to_string(), "note");
        assert_eq!(<TestCode as Code>::all(), TestCode::ALL);
    }

    #[test]
    fn an_importer_diagnostic_serializes_without_location_and_a_spec_one_with_it() {
        let page = Diagnostic::at_line(Severity::Warning, TestCode::Both, "a.md", 3, "m");
        let json = serde_json::to_string(&page).expect("json");
        assert_eq!(json, r#"{"severity":"warning","code":"both","file":"a.md","line":3,"message":"m"}"#);
        assert_eq!(page.to_string(), "warning[both]: a.md:3: m");
        let spec = Diagnostic::in_spec(TestCode::Note, "paths./a.get", "n").with_help("h");
        let json = serde_json::to_string(&spec).expect("json");
        assert_eq!(
            json,
            r#"{"severity":"info","code":"note","file":"","line":0,"location":"paths./a.get","message":"n","help":"h"}"#
        );
        assert_eq!(spec.to_string(), "info[note]: paths./a.get: n");
        assert_eq!(spec.in_file("openapi.yaml").place(), "openapi.yaml: paths./a.get");
        assert_eq!(Diagnostic::at_line(Severity::Info, TestCode::Note, "a.md", 0, "m").place(), "a.md");
    }
}
