//! The notes of an operation's own section ([`crate::own_sections`]: its heading's section and
//! the sub-headings it owns, not other operations') later stages read: a query parameter that
//! starts the list at an item ("If `orderId` is set, it will get orders >= that `orderId`").

use std::collections::BTreeMap;

use crate::blocks::Outline;
use crate::model::Model;
use crate::own_sections::OwnSections;

/// By operation index, the sentences of its section that say a parameter starts the list at an
/// item, inclusive ([`crate::vocabulary::INCLUSIVE_FROM_WORDS`]), wherever in the section they
/// are (a notes list is no part of the description).
pub fn inclusive_from(outline: &Outline, model: &Model) -> BTreeMap<usize, String> {
    let mut out = BTreeMap::new();
    let own = OwnSections::new(model);
    for k in 0..model.operations.len() {
        let text = own.operation_text(outline, model, k);
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
