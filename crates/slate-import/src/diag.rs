//! Diagnostics: every problem or gap the importer finds, as a value with a source position.
//!
//! Nothing in the importer prints. Each stage pushes [`Diagnostic`]s into a [`Diagnostics`]
//! collector; the CLI renders them (rustc-style, JSON, SARIF, GitHub) and decides the exit
//! code. The diagnostic type and its [`Severity`] are the `diagnostic` crate's, shared with
//! client-gen; the importer's codes are [`Code`], each with the levels it is reported at
//! (listed with the generator's in `docs/diagnostics.md`, which a test of codegen checks).

pub use diagnostic::{Diagnostic, Severity};
use std::fmt;

diagnostic::codes! {
    /// The kind of a diagnostic: a stable, documented name (`method-typo`) that `lint
    /// --deny/--allow` and build scripts match on, and the levels it is reported at (most
    /// severe first). `codegen lint --list-codes` prints them.
    pub enum Code;
    AlternativePath => "alternative-path", Warning: "a second request line of one operation names another path; kept as an alternative",
    BadFrontMatter => "bad-front-matter", Error | Warning: "the front matter of an entry page cannot be read",
    CommentedOut => "commented-out", Warning | Info: "request lines or samples inside an HTML comment: not published, not imported",
    CopiedDescription => "copied-description", Warning: "an operation's description is another resource's, word for word",
    CrossLinkOutside => "cross-link-outside", Info: "a link in running text (not an index entry) to a page outside the doc folder: a reference, not a page of the doc set; not followed",
    CurlBodyMismatch => "curl-body-mismatch", Warning: "a curl sample's body sends a field the request's field table does not list",
    CurlExampleOnly => "curl-example-only", Info: "an operation known only from a curl sample, with no declared request line",
    CurlMethodMismatch => "curl-method-mismatch", Warning: "a curl sample sends another method than its section's request line",
    CurlNotOperation => "curl-not-operation", Info: "a curl sample that illustrates a convention, not an operation",
    DeclaredPathOverridden => "declared-path-overridden", Warning: "a declared request line contradicted by its examples was corrected",
    DuplicateInclude => "duplicate-include", Warning: "an include listed more than once; later copies skipped",
    DuplicateOperation => "duplicate-operation", Warning | Info: "the same method and path documented twice; the first kept",
    EnumTableUnmatched => "enum-table-unmatched", Info: "an enum table names a parameter or field the operation does not have; its values are left out",
    ExampleFieldUnlisted => "example-field-unlisted", Warning: "a request example sends a field the request's field table does not list",
    ExampleMismatch => "example-mismatch", Warning: "an example contradicts the schema the docs give it; left out of the spec",
    ExtraPage => "extra-page", Info: "a published page the index does not name; imported as an extra page",
    HeadingMismatch => "heading-mismatch", Warning: "an operation's heading names another verb or resource than its request line",
    InvalidUtf8 => "invalid-utf8", Warning: "a page is not valid UTF-8; read with replacement characters",
    JsonDefect => "json-defect", Warning: "a JSON example or sample body is not valid JSON; read leniently",
    JsonUnreadable => "json-unreadable", Warning: "a JSON example with no recoverable structure",
    MalformedTable => "malformed-table", Warning: "a pipe table whose delimiter row has another number of cells than its header (Markdown shows it as text); read as the table it stands for",
    MethodTypo => "method-typo", Warning: "a misspelled HTTP method, read as the nearest real one",
    MissingInclude => "missing-include", Error: "an include named by the front matter does not exist",
    MissingPage => "missing-page", Error | Warning: "a page an index entry of the README links (an error), or a link in its running text or in a linked page (a warning), does not exist",
    NamingInconsistent => "naming-inconsistent", Warning: "one field spelled in two naming styles across the docs (`created_at`, `createdAt`)",
    NestingTooDeep => "nesting-too-deep", Warning | Info: "a JSON example or sample body nested deeper than the importer reads; the inner part kept untyped or left out",
    NoEntryPage => "no-entry-page", Info: "no entry page in the folder: every `_*.md` include was read as a page",
    NoOperations => "no-operations", Error: "the doc set yields no operation at all: says what was looked for and which pages were read",
    NonstandardMethod => "nonstandard-method", Warning: "an operation with a method OpenAPI 3.0 cannot describe (LINK, UNLINK); not imported",
    NotAnOperation => "not-an-operation", Info: "a request line or sample that illustrates or records, not an operation (a changelog, an OAuth token request)",
    OperationFromProse => "operation-from-prose", Info: "an operation named only in running text, in docs that declare none otherwise",
    OperationServer => "operation-server", Info: "operations the docs send to another base than the API's main server: given servers of their own",
    OtherEntryPage => "other-entry-page", Info: "another API entry page in the same folder; import it by naming its file",
    OutsideDocRoot => "outside-doc-root", Error: "an include, or a page link that leads its index entry, whose real path (symlinks and `..` resolved) is outside the doc folder: an error, not read",
    PagingMetaMismatch => "paging-meta-mismatch", Warning: "the page counters of a list example cannot all be right",
    PathMismatch => "path-mismatch", Warning: "the declared path and the examples disagree",
    PathParamDrift => "path-param-drift", Warning: "one collection's item parameter named differently from path to path",
    RequiredFieldMissing => "required-field-missing", Warning: "a request example or sample leaves out a field its table says is required",
    ResponseInferred => "response-inferred", Info: "a response the docs show no example or table for, given the schema the docs say it has (the resource, a named model)",
    ReturnsShapeMismatch => "returns-shape-mismatch", Warning: "the prose says the response is a list, the example is an object",
    SampleBodyMismatch => "sample-body-mismatch", Warning: "a code sample in another language (JavaScript, Python, Ruby…) sends other body fields than the curl sample of the same request, or fields its table does not list",
    SampleMethodUnknown => "sample-method-unknown", Warning: "a request sample sends a method that is no HTTP method an OpenAPI document can hold (nor a misspelling of one); not an operation",
    SampleQueryMismatch => "sample-query-mismatch", Warning: "a code sample in another language (JavaScript, Python, Ruby…) sends another query than the curl sample of the same request",
    SampleUnparsable => "sample-unparsable", Warning: "a code sample that does not parse (a dangling backslash, an unclosed bracket)",
    SampleUrlMismatch => "sample-url-mismatch", Warning: "a request sample calls a URL that no server of the spec followed by the operation's path gives",
    SchemaEnumMismatch => "schema-enum-mismatch", Info: "an example value outside the documented values",
    SchemaExampleInvalid => "schema-example-invalid", Info: "an example value that does not fit the inferred type",
    SchemaFormatConflict => "schema-format-conflict", Info: "examples disagree on a string format",
    SchemaNameCollision => "schema-name-collision", Info: "two models or objects that would take one schema name; the later one is named apart",
    SchemaTypeConflict => "schema-type-conflict", Warning: "the table and the examples disagree on a field type",
    SchemaTypeUnknown => "schema-type-unknown", Info: "a type name the importer does not know",
    ServerMismatch => "server-mismatch", Warning: "examples call a host other than the stated server",
    TableFieldUnexampled => "table-field-unexampled", Info: "a field of a request's table that no example or sample sends",
    TableSubjectUnmatched => "table-subject-unmatched", Warning: "a table describes a field no other table names; its rows are left out",
    TranslatedPage => "translated-page", Info: "a translation (`README_CN.md`, `index.ja.html.md`, a `zh/` locale folder) of English pages; not imported",
    UnparsedRequestLine => "unparsed-request-line", Warning: "a line written as a request line whose method and path cannot be read",
    UnpublishedPage => "unpublished-page", Info: "a page not reachable from the entry page",
    UnreadablePage => "unreadable-page", Error: "a page that cannot be read",
    UnusedBlock => "unused-block", Info: "a code block or table the importer did not use",
    UnusedParameterTable => "unused-parameter-table", Warning: "a parameter table outside every operation that no operation, paging convention or family of operations takes; left out",
    UnusedSection => "unused-section", Info: "a section that contributed nothing to the spec",
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
    /// The type conflicts schema inference handed with its warnings (see
    /// `type_conflict`), by the index of that warning in `items`.
    type_conflicts: Vec<(usize, crate::type_conflict::TypeConflict)>,
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

    /// Records a diagnostic built from its parts. `severity` is one of the code's
    /// [`Code::levels`] (checked in debug builds: a new level needs a new row in the table).
    pub fn emit(
        &mut self,
        severity: Severity,
        code: Code,
        pos: &Pos,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        debug_assert!(
            code.levels().contains(&severity),
            "`{code}` is reported at {severity}, not one of its levels {:?} (diag.rs)",
            code.levels()
        );
        let mut d = Diagnostic::at_line(severity, code, pos.file.clone(), pos.line, message);
        d.help = help;
        self.push(d);
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
        let offset = self.items.len();
        self.type_conflicts.extend(other.type_conflicts.into_iter().map(|(i, c)| (i + offset, c)));
        self.items.extend(other.items);
    }

    /// Attaches the typed conflict of a schema-type-conflict warning to the diagnostic recorded
    /// last (that warning); nothing when none was recorded.
    pub(crate) fn attach_type_conflict(&mut self, conflict: crate::type_conflict::TypeConflict) {
        if let Some(last) = self.items.len().checked_sub(1) {
            self.type_conflicts.push((last, conflict));
        }
    }

    /// Every diagnostic in the order it was recorded, each with the typed conflict handed
    /// with it, if any.
    pub(crate) fn into_recorded(self) -> Vec<(Diagnostic, Option<crate::type_conflict::TypeConflict>)> {
        let mut conflicts: std::collections::BTreeMap<usize, crate::type_conflict::TypeConflict> =
            self.type_conflicts.into_iter().collect();
        self.items.into_iter().enumerate().map(|(i, d)| (d, conflicts.remove(&i))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn code_names_are_unique_kebab_case_in_name_order_with_levels_and_round_trip() {
        assert_eq!(diagnostic::check_codes::<Code>(), Ok(()));
        for code in Code::ALL {
            assert_eq!(Code::from_name(code.as_str()), Some(*code));
        }
        assert_eq!(Code::from_name("no-such-code"), None);
    }
}
