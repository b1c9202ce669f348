//! The text of an operation's own section (its heading's section and the sub-headings it owns,
//! not other operations'), and the notes of it later stages read: a query parameter that
//! starts the list at an item ("If `orderId` is set, it will get orders >= that `orderId`").

use std::collections::BTreeMap;

use crate::blocks::Outline;
use crate::conventions::section_text;
use crate::model::Model;

/// All the text of operation `k`'s section: paragraphs, lists, tables and code.
pub fn own_text(outline: &Outline, model: &Model, k: usize) -> String {
    let op = &model.operations[k];
    let Some(at) = outline.section_at(&op.source) else { return String::new() };
    // The operation's section: the owner of the sub-heading its request line is under.
    let sec = model.owner_of.get(at).copied().unwrap_or(at);
    let mut text = String::new();
    for (j, owner) in model.owner_of.iter().enumerate() {
        if j == sec || *owner == sec && !model.operation_sections.contains(&j) {
            text.push_str(&section_text(outline, j));
            text.push('\n');
        }
    }
    text
}

/// By operation index, the sentences of its section that say a parameter starts the list at an
/// item, inclusive ([`crate::vocabulary::INCLUSIVE_FROM_WORDS`]), wherever in the section they
/// are (a notes list is no part of the description).
pub fn inclusive_from(outline: &Outline, model: &Model) -> BTreeMap<usize, String> {
    let mut out = BTreeMap::new();
    for k in 0..model.operations.len() {
        let text = own_text(outline, model, k);
        let notes: Vec<&str> = text
            .split_inclusive(['.', '\n'])
            .filter(|s| {
                let lower = s.to_ascii_lowercase();
                crate::vocabulary::INCLUSIVE_FROM_WORDS.iter().any(|w| lower.contains(w))
            })
            .collect();
        if !notes.is_empty() {
            out.insert(k, notes.concat());
        }
    }
    out
}
