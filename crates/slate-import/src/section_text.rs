//! The text of one section as the API-wide readers scan it: every block joined, line by line.

use crate::blocks::{BlockKind, Outline};

/// All the text of a section: paragraphs, lists, HTML and code, joined.
pub(crate) fn section_text(outline: &Outline, idx: usize) -> String {
    let mut out = String::new();
    for b in &outline.sections[idx].blocks {
        match &b.kind {
            BlockKind::Paragraph(t) | BlockKind::Html(t) | BlockKind::Code { text: t, .. } => {
                out.push_str(t);
                out.push('\n');
            }
            BlockKind::List(items) => {
                for i in items {
                    out.push_str(i);
                    out.push('\n');
                }
            }
            BlockKind::Comment(_) => {}
            BlockKind::Table { rows, .. } => {
                for r in rows {
                    out.push_str(&r.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | "));
                    out.push('\n');
                }
            }
        }
    }
    out
}
