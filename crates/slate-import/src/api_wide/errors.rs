//! The documented error statuses (a table of status codes anywhere) and the error body (an
//! errors section's examples and field tables, else the fields its prose names).

use crate::blocks::{BlockKind, Outline};
use crate::conventions::{Conventions, ErrorStatus};
use crate::evidence::SectionEvidence;
use crate::regex_cell::re;
use regex::Regex;
use std::sync::OnceLock;

/// The statuses of a table whose rows start with HTTP status codes (`404`, `**404**`, `` `404` ``).
pub(super) fn read_status_codes(outline: &Outline, i: usize, c: &mut Conventions) {
    static CODE: OnceLock<Regex> = OnceLock::new();
    let code_re = re(&CODE, r"^[\s`*]*([1-5]\d\d)\b[`*\s]*(.*)$");
    for b in &outline.sections[i].blocks {
        let BlockKind::Table { rows, .. } = &b.kind else { continue };
        let codes: Vec<(u16, String)> = rows
            .iter()
            .filter_map(|r| {
                let first = r.cells.first().map(|x| x.text.as_str()).unwrap_or("");
                let m = code_re.captures(first)?;
                let code = m[1].parse::<u16>().ok()?;
                let rest = r
                    .cells
                    .iter()
                    .skip(1)
                    .map(|x| x.text.trim().trim_matches(['*', '_']).trim())
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" - ");
                let name = m[2].trim();
                let description = match (name.is_empty(), rest.is_empty()) {
                    (false, false) => format!("{name}: {rest}"),
                    (false, true) => name.to_owned(),
                    (true, _) => rest,
                };
                Some((code, description))
            })
            .collect();
        // A status table, not a table that happens to start with a number.
        if codes.len() < 2 || codes.len() * 2 < rows.len() {
            continue;
        }
        for (code, description) in codes {
            if !c.errors.iter().any(|e| e.code == code) {
                c.errors.push(ErrorStatus { code, description });
            }
        }
    }
}

/// Examples and field tables of an errors section: the error body.
pub(super) fn read_error_body(
    outline: &Outline,
    evidence: &[SectionEvidence],
    owners: &[usize],
    idx: usize,
    c: &mut Conventions,
) {
    let group: Vec<usize> = (0..outline.sections.len()).filter(|i| owners[*i] == idx || *i == idx).collect();
    let before = (c.error_examples.len(), c.error_fields.len());
    for &i in &group {
        for ex in &evidence[i].examples {
            c.error_examples.push((ex.value.clone(), ex.pos.clone()));
        }
        for t in &evidence[i].tables {
            for r in &t.rows {
                if !r.name.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
                    c.error_fields.push(r.clone());
                }
            }
        }
    }
    if (c.error_examples.len(), c.error_fields.len()) == before {
        for &i in &group {
            c.error_fields.extend(error_fields_in_prose(&outline.sections[i]));
        }
    }
}

/// Error body fields an errors section names only in words: "the error message will be
/// available in the response as `errorMessage`". A code span in a sentence about the response
/// or its body.
fn error_fields_in_prose(section: &crate::blocks::Section) -> Vec<crate::tables::TableRow> {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field = re(&FIELD, r"`([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)`");
    let mut out: Vec<crate::tables::TableRow> = Vec::new();
    for b in section.blocks.iter().filter(|b| !b.quoted) {
        let BlockKind::Paragraph(text) = &b.kind else { continue };
        for sentence in text.split_inclusive(['.', '!', '?']) {
            let lower = sentence.to_ascii_lowercase();
            if !(lower.contains("response") || lower.contains("body")) {
                continue;
            }
            for m in field.captures_iter(sentence) {
                if out.iter().any(|r| r.name == m[1]) {
                    continue;
                }
                out.push(crate::tables::TableRow {
                    name: m[1].to_owned(),
                    bold: false,
                    location: None,
                    type_text: Some("string".into()),
                    required: None,
                    default: None,
                    description: Some(sentence.trim().to_owned()),
                    enum_values: Vec::new(),
                    pos: b.pos.clone(),
                });
            }
        }
    }
    out
}
