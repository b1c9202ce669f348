//! Stage 3, evidence: walks the outline once and records, per section, everything that can say
//! something about an operation: declared request lines, curl calls, JSON examples with their
//! captions, and parameter or field tables. Nothing is decided here.

use crate::blocks::{BlockKind, Outline};
use crate::curl::{parse_curl_commands, CurlCall};
use crate::diag::{Code, Diagnostics, Pos};
use crate::lenient_json::parse_lenient;
use crate::nested_tables::{nest, subjects_of, SubjectTable};
use crate::request_line::{api_markers, declared_lines, unparsed_request_lines, Declared};
use crate::tables::{rows, Columns, Location, TableRow};
use serde_json::Value;

/// Whether a JSON example shows a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleRole {
    /// A request body.
    Request,
    /// A response body (or an object the section describes).
    Response,
    /// The body of an error response ("Items not available error example").
    Error,
}

/// A JSON example with its caption.
#[derive(Debug, Clone)]
pub struct JsonExample {
    /// The recovered value.
    pub value: Value,
    /// The text as written (for diagnostics).
    pub role: ExampleRole,
    /// The caption (the blockquote before it, or the heading).
    pub caption: String,
    /// Where the code block starts.
    pub pos: Pos,
}

/// A table read as parameters or fields.
#[derive(Debug, Clone)]
pub struct TableEvidence {
    /// Location implied by the section heading.
    pub heading_location: Option<Location>,
    /// The title of the section the table is in.
    pub heading: String,
    /// Rows.
    pub rows: Vec<TableRow>,
    /// Where the table is.
    pub pos: Pos,
}

/// What one section holds.
#[derive(Debug, Clone, Default)]
pub struct SectionEvidence {
    /// Declared request lines and API markers, with positions.
    pub declared: Vec<(Declared, Pos)>,
    /// curl calls, with positions.
    pub curls: Vec<(CurlCall, Pos)>,
    /// JSON examples.
    pub examples: Vec<JsonExample>,
    /// Parameter and field tables.
    pub tables: Vec<TableEvidence>,
    /// Plain paragraphs (not captions), for descriptions.
    pub prose: Vec<(String, Pos)>,
    /// Code blocks and tables that yielded nothing, for lint.
    pub unused: Vec<(Pos, String)>,
}

/// Reads the evidence of every section (same indexes as `outline.sections`).
pub fn collect(outline: &Outline, diags: &mut Diagnostics) -> Vec<SectionEvidence> {
    outline
        .sections
        .iter()
        .map(|section| {
            let mut ev = SectionEvidence::default();
            let mut caption: Option<String> = None;
            // A short paragraph ending in `:` ("Parameters:", "Response `201 Created`:") labels
            // the block after it, as a heading or a Slate caption would.
            let mut label: Option<String> = None;
            // What the last lead paragraph said the next table describes, and per table.
            let mut pending_subjects: Option<Vec<String>> = None;
            let mut table_subjects: Vec<Option<Vec<String>>> = Vec::new();
            // The last prose paragraph before a table, which may name in words the field the
            // table describes ("**House properties for ROT/RUT invoices**"), and per table.
            let mut pending_lead: Option<String> = None;
            let mut table_leads: Vec<Option<String>> = Vec::new();
            for block in &section.blocks {
                match &block.kind {
                    BlockKind::Paragraph(text) if block.quoted => {
                        caption = Some(text.clone());
                    }
                    BlockKind::Paragraph(text) | BlockKind::Html(text) => {
                        let text = text.clone();
                        let mut found = declared_lines(&text);
                        found.extend(api_markers(&text));
                        if found.is_empty() {
                            if matches!(block.kind, BlockKind::Paragraph(_)) {
                                if is_label(&text) {
                                    caption = Some(text.trim().to_owned());
                                    label = Some(text.trim().to_owned());
                                    continue;
                                }
                                if let Some(subjects) = subjects_of(text.trim()) {
                                    pending_subjects = Some(subjects);
                                }
                                pending_lead = Some(text.trim().to_owned());
                                ev.prose.push((text.trim().to_owned(), block.pos.clone()));
                            }
                        } else {
                            for d in found {
                                let pos = Pos::new(&block.pos.file, block.pos.line + d.line);
                                ev.declared.push((d, pos));
                            }
                        }
                        for (line, written) in unparsed_request_lines(&text) {
                            diags.warn_help(
                                Code::UnparsedRequestLine,
                                &Pos::new(&block.pos.file, block.pos.line + line),
                                format!("{written} reads as a request line, but its method and path cannot be read; no operation was taken from it"),
                                "write the method, one space, then the URL or path without spaces (`GET /things/{id}`)",
                            );
                        }
                    }
                    BlockKind::Comment(text) => {
                        let hidden = declared_lines(text).len()
                            + api_markers(text).len()
                            + parse_curl_commands(text).len();
                        if hidden > 0 {
                            diags.info(
                                Code::CommentedOut,
                                &block.pos,
                                format!("{hidden} request line(s) or request sample(s) inside an HTML comment: not published, not imported"),
                            );
                        }
                    }
                    BlockKind::List(items) => {
                        for item in items {
                            for d in declared_lines(item) {
                                ev.declared.push((d, block.pos.clone()));
                            }
                        }
                    }
                    BlockKind::Code { lang, text } => {
                        let lang = lang.as_deref().unwrap_or("");
                        let is_shell = matches!(lang, "" | "shell" | "sh" | "bash" | "curl" | "console" | "zsh");
                        let trimmed = text.trim_start();
                        let looks_json = trimmed.starts_with('{') || trimmed.starts_with('[');
                        if is_shell && text.to_ascii_lowercase().contains("curl") {
                            let calls = parse_curl_commands(text);
                            if calls.is_empty() {
                                ev.unused.push((block.pos.clone(), "shell example without a curl command".into()));
                            }
                            for c in calls {
                                let pos = Pos::new(&block.pos.file, block.pos.line + c.line);
                                ev.curls.push((c, pos));
                            }
                        } else if lang == "json"
                            || lang == "json5"
                            || lang == "javascript" && looks_json
                            || lang.is_empty() && looks_json
                        {
                            let cap = caption.take().unwrap_or_else(|| section.title.clone());
                            match parse_lenient(text) {
                                Some(parsed) => {
                                    for d in &parsed.defects {
                                        diags.warn(
                                            Code::JsonDefect,
                                            &Pos::new(&block.pos.file, block.pos.line + d.line),
                                            format!("JSON example: {}", d.message),
                                        );
                                    }
                                    ev.examples.push(JsonExample {
                                        value: parsed.value,
                                        role: example_role(&cap),
                                        caption: cap,
                                        pos: block.pos.clone(),
                                    });
                                }
                                None => diags.error(
                                    Code::JsonUnreadable,
                                    &block.pos,
                                    "JSON example has no recoverable structure",
                                ),
                            }
                        } else {
                            ev.unused.push((
                                block.pos.clone(),
                                format!("`{}` code block", if lang.is_empty() { "plain" } else { lang }),
                            ));
                        }
                    }
                    BlockKind::Table { header, rows: body } => match Columns::recognise(header) {
                        Some(cols) => {
                            table_subjects.push(pending_subjects.take());
                            table_leads.push(pending_lead.take());
                            let labelled = label.as_deref().and_then(Location::from_heading);
                            ev.tables.push(TableEvidence {
                                heading_location: labelled.or_else(|| Location::from_heading(&section.title)),
                                heading: section.title.clone(),
                                rows: rows(&cols, body, &block.pos.file),
                                pos: block.pos.clone(),
                            })
                        }
                        None => ev.unused.push((
                            block.pos.clone(),
                            format!(
                                "table with columns {}",
                                header.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ")
                            ),
                        )),
                    },
                }
                if !matches!(&block.kind, BlockKind::Paragraph(_) if block.quoted) {
                    // A caption applies to the code block that follows it directly.
                    if !matches!(block.kind, BlockKind::Code { .. }) {
                        caption = None;
                    }
                }
                // A label applies to the one block after it.
                label = None;
            }
            let tables = ev
                .tables
                .iter_mut()
                .zip(table_subjects.into_iter().zip(table_leads))
                .map(|(t, (subjects, lead))| SubjectTable { rows: &mut t.rows, subjects, lead, pos: &t.pos })
                .collect();
            nest(tables, diags);
            ev
        })
        .collect()
}

/// A paragraph that only labels the block after it: a few words ending in `:`.
fn is_label(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(':') && !t.contains('\n') && t.split_whitespace().count() <= 6
}

/// Decides from a caption whether a JSON example is a request body.
pub fn example_role(caption: &str) -> ExampleRole {
    let c = caption.to_ascii_lowercase();
    let says_response = ["response", "return", "result", "output", "structured like"].iter().any(|w| c.contains(w));
    let says_request = ["request body", "format of request", "payload", "example request", "request example", "body"]
        .iter()
        .any(|w| c.contains(w))
        || c.trim() == "request";
    let says_error = c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| w == "error" || w == "errors");
    if says_error && !c.contains("no error") {
        ExampleRole::Error
    } else if says_request && !says_response {
        ExampleRole::Request
    } else {
        ExampleRole::Response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_decide_roles() {
        assert_eq!(example_role("Format of request body"), ExampleRole::Request);
        assert_eq!(example_role("This request returns JSON structured like this"), ExampleRole::Response);
        assert_eq!(example_role("Example response"), ExampleRole::Response);
        assert_eq!(example_role("Items not available error example"), ExampleRole::Error);
        assert_eq!(example_role("An error response.  `message` contains the error string"), ExampleRole::Error);
        assert_eq!(example_role("Example of a customer"), ExampleRole::Response);
    }
}
