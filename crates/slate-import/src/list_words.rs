//! What an operation's own words say about paging: "will return a paginated list", "Reads are
//! a paginated list with 50 items per page", "is not paginated". An operation the docs call
//! paginated gets the API's paging convention even when no example shows its list; one they
//! call unpaginated never gets it.

use std::collections::BTreeMap;

use crate::blocks::Outline;
use crate::model::Model;

/// What an operation's words say about its list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// The docs call the response paginated; the sentence that says so.
    Paginated(String),
    /// The docs say the response is not paginated.
    NotPaginated,
}

/// By operation index (as in `model.operations`), what its section says about paging. A section
/// that declares several operations speaks for all of them only when it calls its lists
/// paginated and no part of it unpaged.
pub fn said(outline: &Outline, model: &Model) -> BTreeMap<usize, Said> {
    let mut by_section: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, op) in model.operations.iter().enumerate() {
        if let Some(sec) = outline.section_at(&op.source) {
            by_section.entry(sec).or_default().push(k);
        }
    }
    let mut out = BTreeMap::new();
    let own = crate::own_sections::OwnSections::new(model);
    for (sec, ops) in by_section {
        let text = own.text(outline, sec);
        let verdict = judge(&text);
        // Several operations share the words only when none of them is said to be unpaged.
        let shared = ops.len() == 1 || judge_negative(&text).is_none();
        if let Some(s) = verdict.filter(|_| shared) {
            for op in &ops {
                out.insert(*op, s.clone());
            }
        }
    }
    out
}

/// What a text says: a sentence that calls the list paginated wins over one that says a part of
/// it is not ("Reads are a paginated list. Unreads are not paginated.").
pub fn judge(text: &str) -> Option<Said> {
    let mut negative = false;
    for sentence in sentences(text) {
        let lower = sentence.to_ascii_lowercase();
        if crate::vocabulary::NOT_PAGINATED_WORDS.iter().any(|w| lower.contains(w)) {
            negative = true;
        } else if crate::vocabulary::PAGINATED_WORDS.iter().any(|w| lower.contains(w)) {
            return Some(Said::Paginated(sentence.trim().to_owned()));
        }
    }
    negative.then_some(Said::NotPaginated)
}

/// The sentences of a text: split at a full stop before a space, and at line ends (a path's
/// `.json` is no sentence end).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(". ").flat_map(str::lines).map(|s| s.trim_end_matches('.'))
}

/// A sentence that says a list is not paged, if any.
fn judge_negative(text: &str) -> Option<&str> {
    sentences(text).find(|sentence| {
        let lower = sentence.to_ascii_lowercase();
        crate::vocabulary::NOT_PAGINATED_WORDS.iter().any(|w| lower.contains(w))
    })
}

/// Whether the convention's paging text gives it to every list ([`crate::vocabulary::ALL_LISTS_WORDS`]).
pub(crate) fn says_all_lists(text: &str) -> bool {
    let lower = text.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    crate::vocabulary::ALL_LISTS_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paginated_list_is_said_and_a_negation_is_heard() {
        assert_eq!(
            judge("* `GET /widgets.json` will return a [paginated list][1] of widgets."),
            Some(Said::Paginated("* `GET /widgets.json` will return a [paginated list][1] of widgets".into()))
        );
        assert_eq!(
            judge("Old items are not paginated. New items are a paginated list with 50 per page."),
            Some(Said::Paginated("New items are a paginated list with 50 per page".into()))
        );
        assert_eq!(judge("This list is not paginated and returns every widget."), Some(Said::NotPaginated));
        assert_eq!(judge("Returns the widget."), None);
    }
}
