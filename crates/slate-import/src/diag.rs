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

/// Declares [`Code`]: one variant per diagnostic kind, its stable name and what it means.
macro_rules! codes {
    ($($variant:ident => $name:literal: $summary:literal,)*) => {
        /// The kind of a diagnostic: a stable, documented name (`method-typo`) that `lint
        /// --deny/--allow` and build scripts match on. `codegen lint --list-codes` prints them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $summary]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in name order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable name (`method-typo`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// What a diagnostic of this kind says, in one line.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Code::$variant => $summary,)*
                }
            }

            /// The code of that name, if there is one.
            pub fn from_name(name: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.as_str() == name)
            }
        }
    };
}

codes! {
    AlternativePath => "alternative-path": "a second request line of one operation names another path; kept as an alternative",
    BadFrontMatter => "bad-front-matter": "the front matter of an entry page cannot be read",
    CommentedOut => "commented-out": "request lines or samples inside an HTML comment: not published, not imported",
    CopiedDescription => "copied-description": "an operation's description is another resource's, word for word",
    CrossLinkOutside => "cross-link-outside": "a link in running text (not an index entry) to a page outside the doc folder: a reference, not a page of the doc set; not followed",
    CurlBodyMismatch => "curl-body-mismatch": "a curl sample's body sends a field the request's field table does not list",
    CurlExampleOnly => "curl-example-only": "an operation known only from a curl sample, with no declared request line",
    CurlMethodMismatch => "curl-method-mismatch": "a curl sample sends another method than its section's request line",
    CurlNotOperation => "curl-not-operation": "a curl sample that illustrates a convention, not an operation",
    DeclaredPathOverridden => "declared-path-overridden": "a declared request line contradicted by its examples was corrected",
    DuplicateInclude => "duplicate-include": "an include listed more than once; later copies skipped",
    DuplicateOperation => "duplicate-operation": "the same method and path documented twice; the first kept",
    EnumTableUnmatched => "enum-table-unmatched": "an enum table names a parameter or field the operation does not have; its values are left out",
    ExampleFieldUnlisted => "example-field-unlisted": "a request example sends a field the request's field table does not list",
    ExampleMismatch => "example-mismatch": "an example contradicts the schema the docs give it; left out of the spec",
    ExtraPage => "extra-page": "a published page the index does not name; imported as an extra page",
    HeadingMismatch => "heading-mismatch": "an operation's heading names another verb or resource than its request line",
    InvalidUtf8 => "invalid-utf8": "a page is not valid UTF-8; read with replacement characters",
    JsonDefect => "json-defect": "a JSON example or sample body is not valid JSON; read leniently",
    JsonUnreadable => "json-unreadable": "a JSON example with no recoverable structure",
    MalformedTable => "malformed-table": "a pipe table whose delimiter row has another number of cells than its header (Markdown shows it as text); read as the table it stands for",
    MethodTypo => "method-typo": "a misspelled HTTP method, read as the nearest real one",
    MissingInclude => "missing-include": "an include named by the front matter does not exist",
    MissingPage => "missing-page": "a page an index entry of the README links (an error), or a link in its running text or in a linked page (a warning), does not exist",
    NamingInconsistent => "naming-inconsistent": "one field spelled in two naming styles across the docs (`created_at`, `createdAt`)",
    NestingTooDeep => "nesting-too-deep": "a JSON example or sample body nested deeper than the importer reads; the inner part kept untyped or left out",
    NoEntryPage => "no-entry-page": "no entry page in the folder: every `_*.md` include was read as a page",
    NoOperations => "no-operations": "the doc set yields no operation at all: says what was looked for and which pages were read",
    NonstandardMethod => "nonstandard-method": "an operation with a method OpenAPI 3.0 cannot describe (LINK, UNLINK); not imported",
    NotAnOperation => "not-an-operation": "a request line or sample that illustrates or records, not an operation (a changelog, an OAuth token request)",
    OperationFromProse => "operation-from-prose": "an operation named only in running text, in docs that declare none otherwise",
    OperationServer => "operation-server": "operations the docs send to another base than the API's main server: given servers of their own",
    OtherEntryPage => "other-entry-page": "another API entry page in the same folder; import it by naming its file",
    OutsideDocRoot => "outside-doc-root": "an include, or a page link that leads its index entry, whose real path (symlinks and `..` resolved) is outside the doc folder: an error, not read",
    PagingMetaMismatch => "paging-meta-mismatch": "the page counters of a list example cannot all be right",
    PathMismatch => "path-mismatch": "the declared path and the examples disagree",
    PathParamDrift => "path-param-drift": "one collection's item parameter named differently from path to path",
    RequiredFieldMissing => "required-field-missing": "a request example or sample leaves out a field its table says is required",
    ResponseInferred => "response-inferred": "a response the docs show no example or table for, given the schema the docs say it has (the resource, a named model)",
    ReturnsShapeMismatch => "returns-shape-mismatch": "the prose says the response is a list, the example is an object",
    SampleBodyMismatch => "sample-body-mismatch": "a code sample in another language (JavaScript, Python, Ruby…) sends other body fields than the curl sample of the same request, or fields its table does not list",
    SampleQueryMismatch => "sample-query-mismatch": "a code sample in another language (JavaScript, Python, Ruby…) sends another query than the curl sample of the same request",
    SampleUnparsable => "sample-unparsable": "a code sample that does not parse (a dangling backslash, an unclosed bracket)",
    SampleUrlMismatch => "sample-url-mismatch": "a request sample calls a URL that no server of the spec followed by the operation's path gives",
    SchemaEnumMismatch => "schema-enum-mismatch": "an example value outside the documented values",
    SchemaExampleInvalid => "schema-example-invalid": "an example value that does not fit the inferred type",
    SchemaFormatConflict => "schema-format-conflict": "examples disagree on a string format",
    SchemaNameCollision => "schema-name-collision": "two models or objects that would take one schema name; the later one is named apart",
    SchemaTypeConflict => "schema-type-conflict": "the table and the examples disagree on a field type",
    SchemaTypeUnknown => "schema-type-unknown": "a type name the importer does not know",
    ServerMismatch => "server-mismatch": "examples call a host other than the stated server",
    TableFieldUnexampled => "table-field-unexampled": "a field of a request's table that no example or sample sends",
    TableSubjectUnmatched => "table-subject-unmatched": "a table describes a field no other table names; its rows are left out",
    TranslatedPage => "translated-page": "a translation (`README_CN.md`, `index.ja.html.md`, a `zh/` locale folder) of English pages; not imported",
    UnparsedRequestLine => "unparsed-request-line": "a line written as a request line whose method and path cannot be read",
    UnpublishedPage => "unpublished-page": "a page not reachable from the entry page",
    UnreadablePage => "unreadable-page": "a page that cannot be read",
    UnusedBlock => "unused-block": "a code block or table the importer did not use",
    UnusedParameterTable => "unused-parameter-table": "a parameter table outside every operation that no operation, paging convention or family of operations takes; left out",
    UnusedSection => "unused-section": "a section that contributed nothing to the spec",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding about the docs, tied to a file and line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable machine-readable kind, e.g. `method-typo` ([`Code::as_str`]).
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
        code: Code,
        pos: &Pos,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        self.push(Diagnostic {
            severity,
            code: code.as_str(),
            file: pos.file.clone(),
            line: pos.line,
            message: message.into(),
            help,
        });
    }

    /// Records an error.
    pub fn error(&mut self, code: Code, pos: &Pos, message: impl Into<String>) {
        self.emit(Severity::Error, code, pos, message, None);
    }

    /// Records a warning.
    pub fn warn(&mut self, code: Code, pos: &Pos, message: impl Into<String>) {
        self.emit(Severity::Warning, code, pos, message, None);
    }

    /// Records a warning with a help line.
    pub fn warn_help(&mut self, code: Code, pos: &Pos, message: impl Into<String>, help: impl Into<String>) {
        self.emit(Severity::Warning, code, pos, message, Some(help.into()));
    }

    /// Records an info-level note.
    pub fn info(&mut self, code: Code, pos: &Pos, message: impl Into<String>) {
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

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn code_names_are_unique_kebab_case_and_round_trip() {
        for code in Code::ALL {
            let name = code.as_str();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name}");
            assert_eq!(Code::from_name(name), Some(*code));
            assert!(!code.summary().is_empty());
        }
        let names: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "unique and in name order: {names:?}");
        assert_eq!(Code::from_name("no-such-code"), None);
    }
}
