//! Telling a translated page (a twin beside an English page, a locale folder) from an English one.

use super::english_folders;
use super::page_file::collect_md;
use crate::vocabulary::LANGUAGE_CODES;
use std::path::{Path, PathBuf};

/// What a translated page translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Twin {
    /// The English page of the same stem beside it (root-relative).
    Page(String),
    /// The locale folder it is in (root-relative), mirroring the English pages beside it.
    Folder(String),
}

/// A page in another language than English.
#[derive(Debug, Clone)]
pub(super) struct Translation {
    /// The language as the docs write it (`CN`, `zh-CN`, `ja`).
    pub(super) lang: String,
    /// The English page or the locale folder.
    pub(super) of: Twin,
}

impl Translation {
    /// What was skipped and why, for the `translated-page` diagnostic.
    pub(super) fn skipped(&self, english_read: bool) -> String {
        match &self.of {
            Twin::Page(english) => format!(
                "a translation (`{}`) of {english}: not imported, {}",
                self.lang,
                if english_read { "the English page is" } else { "nor is the English page" }
            ),
            Twin::Folder(folder) => format!(
                "`{folder}/` is a locale folder (`{}`) mirroring the English pages beside it: not imported",
                self.lang
            ),
        }
    }
}

/// Whether `tag` names a non-English language ([`LANGUAGE_CODES`]): `xx`, or `xx-YY` / `xx_YY`
/// with a region or script. `strict` (a `_XX` suffix, where `_id` or `_tags` are words) asks
/// for the written case of a tag: a bare code in capitals (`CN`), a region in capitals or a
/// script capitalised (`zh-CN`, `zh_Hans`).
pub(super) fn is_language_tag(tag: &str, strict: bool) -> bool {
    let (primary, region) = match tag.split_once(['-', '_']) {
        Some((p, r)) => (p, Some(r)),
        None => (tag, None),
    };
    if primary.len() != 2 || !LANGUAGE_CODES.contains(&primary.to_ascii_lowercase().as_str()) {
        return false;
    }
    match region {
        None => !strict || primary.bytes().all(|b| b.is_ascii_uppercase()),
        Some(r) => region_ok(r, strict),
    }
}

/// A region (`CN`) or script (`Hans`) subtag; `strict` asks for its written case.
pub(super) fn region_ok(r: &str, strict: bool) -> bool {
    if !r.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    match r.len() {
        2 => !strict || r.bytes().all(|b| b.is_ascii_uppercase()),
        4 => !strict || (r.as_bytes()[0].is_ascii_uppercase() && r.bytes().skip(1).all(|b| b.is_ascii_lowercase())),
        _ => false,
    }
}

/// Whether the page at `path` (root-relative) is a translation: in a locale folder, or a
/// twin of an English page beside it.
pub(super) fn translation(root: &Path, path: &str) -> Option<Translation> {
    let segments: Vec<&str> = path.split('/').collect();
    for k in 0..segments.len().saturating_sub(1) {
        if is_language_tag(segments[k], false) && mirrors(root, &segments[..k], segments[k]) {
            return Some(Translation { lang: segments[k].to_owned(), of: Twin::Folder(segments[..=k].join("/")) });
        }
    }
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, n)| (d, n));
    let (stem, ext) = match name.strip_suffix(".html.md") {
        Some(stem) => (stem, ".html.md"),
        None => (name.strip_suffix(".md")?, ".md"),
    };
    let mut candidates: Vec<(&str, String)> = Vec::new();
    // `index.ja.html.md`, `README.zh-CN.md`
    if let Some((base, tag)) = stem.rsplit_once('.') {
        if is_language_tag(tag, false) {
            candidates.push((base, tag.to_owned()));
        }
    }
    // `README_CN.md`, `rest-api_zh-CN.md`, `README_zh_CN.md`
    if let Some((base, tag)) = stem.rsplit_once('_') {
        if is_language_tag(tag, true) {
            candidates.push((base, tag.to_owned()));
        }
        if let Some((base, primary)) = base.rsplit_once('_') {
            let tag = format!("{primary}_{tag}");
            if is_language_tag(&tag, true) {
                candidates.push((base, tag));
            }
        }
    }
    candidates.into_iter().find_map(|(base, lang)| {
        let english = if dir.is_empty() { format!("{base}{ext}") } else { format!("{dir}/{base}{ext}") };
        (!base.is_empty() && !base.ends_with('_') && root.join(&english).is_file())
            .then_some(Translation { lang, of: Twin::Page(english) })
    })
}

/// Whether the folder `parent/name` (root-relative) mirrors English pages: one of its pages has
/// the same path in `parent` or in an English locale folder beside it (`en/`).
pub(super) fn mirrors(root: &Path, parent: &[&str], name: &str) -> bool {
    let parent = parent.iter().fold(root.to_path_buf(), |p, s| p.join(s));
    let folder = parent.join(name);
    let mut files = Vec::new();
    collect_md(root, &folder, &mut files);
    let homes: Vec<PathBuf> = std::iter::once(parent.clone()).chain(english_folders(&parent)).collect();
    files.iter().filter_map(|f| f.strip_prefix(&folder).ok()).any(|r| homes.iter().any(|h| h.join(r).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_need_their_written_case_as_a_suffix() {
        for tag in ["CN", "zh-CN", "zh_TW", "zh-Hans", "JA"] {
            assert!(is_language_tag(tag, true), "{tag}");
        }
        // `GET_photos_id.md`, `POST_photos_id_tags.md`, `rates_de.md`: words, not languages.
        for tag in ["id", "id_tags", "de", "en", "EN", "zh-cn", "xx"] {
            assert!(!is_language_tag(tag, true), "{tag}");
        }
        for tag in ["ja", "zh-cn", "pt_BR", "ko"] {
            assert!(is_language_tag(tag, false), "{tag}");
        }
        assert!(!is_language_tag("en-US", false));
    }
}
