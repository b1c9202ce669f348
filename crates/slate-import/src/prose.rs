//! The docs' own words about the API and its tags, for `info.description` and the tags'
//! descriptions: the prose under a heading, without what belongs to the tables and examples
//! beside it.

use std::collections::{BTreeMap, BTreeSet};

use regex::Regex;

use crate::blocks::{BlockKind, Outline, Section};
use crate::model::Model;

/// What the docs say about each tag: the prose directly under the top-level heading that names
/// the tag, before its first subsection (see [`section_prose`]). Tags whose heading has no
/// prose, or is itself an operation, have none.
pub fn tag_descriptions(outline: &Outline, model: &Model) -> BTreeMap<String, String> {
    let tags: BTreeSet<&str> = model.operations.iter().filter_map(|o| o.tag.as_deref()).collect();
    let mut out = BTreeMap::new();
    for (i, s) in outline.sections.iter().enumerate() {
        if s.parent.is_some()
            || s.level == 0
            || !tags.contains(s.title.as_str())
            || model.operation_sections.contains(&i)
        {
            continue;
        }
        let prose = section_prose(s);
        if !prose.is_empty() {
            out.entry(s.title.clone()).or_insert_with(|| prose.join("\n\n"));
        }
    }
    out
}

/// What the docs say the API is: the first paragraph of prose on the first page (the index or
/// README), under its first heading that has any.
pub fn api_description(outline: &Outline, model: &Model) -> Option<String> {
    outline
        .sections
        .iter()
        .enumerate()
        .filter(|(i, s)| s.page == 0 && s.level > 0 && !model.operation_sections.contains(i))
        .find_map(|(_, s)| section_prose(s).into_iter().find(|p| !p.starts_with("- ")))
}

/// The prose under a heading, a piece per paragraph or list. Slate's `>` captions, sentences
/// that only announce the table or example that follows ("... the following attributes:") and
/// table conventions ("Required in bold") are left out; a row of images with `alt` texts
/// (logos of supported apps) is named after the paragraph it follows.
fn section_prose(s: &Section) -> Vec<String> {
    static CONVENTION: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    static ALT: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let convention = CONVENTION.get_or_init(|| {
        Regex::new(r"(?i)^required (?:fields |parameters |attributes )?(?:are )?in \*{0,2}bold").expect("valid regex")
    });
    let alt = ALT.get_or_init(|| Regex::new(r#"<img[^>]*\balt="([^"]+)""#).expect("valid regex"));
    // Each piece of prose, with the names of the images that follow it.
    let mut prose: Vec<(String, Vec<String>)> = Vec::new();
    let mut after_paragraph = false;
    for b in s.blocks.iter().filter(|b| !b.quoted) {
        let text = match &b.kind {
            BlockKind::Html(h) => {
                if let (true, Some((_, names))) = (after_paragraph, prose.last_mut()) {
                    names.extend(alt.captures_iter(h).filter_map(|c| c.get(1)).map(|m| m.as_str().to_owned()));
                }
                continue;
            }
            BlockKind::Paragraph(t) if !convention.is_match(t.trim()) => {
                let t = t.trim();
                // The sentence that announces the next block, when that block is not prose.
                match t.rfind(['.', '!', '?']) {
                    Some(end) if t.ends_with(':') => t[..=end].to_owned(),
                    None if t.ends_with(':') => String::new(),
                    _ => t.to_owned(),
                }
            }
            BlockKind::List(items) => items.iter().map(|x| format!("- {}", x.trim())).collect::<Vec<_>>().join("\n"),
            _ => String::new(),
        };
        after_paragraph = matches!(b.kind, BlockKind::Paragraph(_)) && !text.trim().is_empty();
        if !text.trim().is_empty() {
            prose.push((text.trim().to_owned(), Vec::new()));
        }
    }
    prose
        .into_iter()
        .map(|(text, names)| match names.is_empty() {
            true => text,
            false => format!("{}: {}.", text.trim_end_matches([':', '.']), names.join(", ")),
        })
        .collect()
}
