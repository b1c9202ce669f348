//! What a section's place and lead text say about its blocks: a changelog, a convention of the
//! whole API, a label for the next block, a lead that announces parameters.

use crate::blocks::Outline;
use crate::vocabulary::{is_one_of, CHANGELOG_TITLES, CONVENTION_TITLES};

/// Whether section `idx` is part of a changelog: its page is one (`CHANGELOG.md`), or it or
/// a heading above it is titled as one.
pub(super) fn in_changelog(outline: &Outline, idx: usize) -> bool {
    let file = &outline.sections[idx].pos.file;
    let stem = file.rsplit('/').next().unwrap_or(file).split('.').next().unwrap_or("");
    is_one_of(&stem.replace(['-', '_'], " "), CHANGELOG_TITLES)
        || outline.title_path(idx).iter().any(|t| is_one_of(t, CHANGELOG_TITLES))
}

/// Whether a lead sentence announces parameters ("add the additional param to the request url:").
pub(super) fn mentions_parameters(lead: &str) -> bool {
    let l = lead.to_ascii_lowercase();
    ["param", "argument", "query", "filter", "option"].iter().any(|w| l.contains(w))
}

/// Whether section `idx` or a heading above it is about a convention of the whole API
/// ([`CONVENTION_TITLES`]).
pub(super) fn illustrates_a_convention(outline: &Outline, idx: usize) -> bool {
    outline.title_path(idx).iter().any(|t| is_one_of(t, CONVENTION_TITLES))
}

/// A paragraph that only labels the block after it: a few words ending in `:`.
pub(super) fn is_label(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(':') && !t.contains('\n') && t.split_whitespace().count() <= 6
}
