//! Resolving the links of a page to pages of the doc set (the README layout), GitHub URLs of
//! the docs' own repository included.

use super::translations::{translation, Translation};
use super::Page;
use crate::diag::Pos;
use std::path::Path;

/// A link target as the loader reads it.
#[derive(Debug)]
pub(super) enum Link {
    /// A page of the doc set (root-relative path).
    Page(String),
    /// A relative `.md` link naming no file.
    Missing,
    /// A relative `.md` link climbing out of the doc root (`../x.md` from the root).
    Outside,
    /// A page in another language (root-relative path).
    Translation(String, Translation),
    /// Anything else: another site, a folder, an image, an anchor.
    Other,
}

/// Reads a README-style doc set. Each page belongs to the first page that links it on the
/// shortest chain of links from the README (the README's own links first, in its order; then
/// those of its pages, in reading order; and so on), and is read right after the pages its
/// owner links before it: the README's order, then each index page's order, every page once.
pub(super) struct Crawl<'a> {
    pub(super) root: &'a Path,
    /// `owner/repo` (lower case) of the docs' own GitHub repository, once a page links files of it.
    pub(super) own_repo: Option<String>,
    /// Translations linked (reported once the pages read are known), with where first linked.
    pub(super) linked_translations: Vec<(String, Translation, Pos)>,
}

impl Crawl<'_> {
    /// Every link of `page`, with its line, resolved.
    /// Each link of `page`: its line, its target as written, what it names, and whether it
    /// leads its block ([`crate::page_links`]: an index entry, not a cross-reference in text).
    pub(super) fn links(&mut self, page: &Page) -> Vec<(usize, String, Link, bool)> {
        let first = page.body_first_line();
        let raw = crate::page_links::page_links(page.body());
        if self.own_repo.is_none() {
            self.own_repo = own_repository(self.root, raw.iter().map(|l| l.target.as_str()));
        }
        let from = page.path.rsplit_once('/').map_or("", |(d, _)| d);
        raw.into_iter()
            .map(|l| {
                let link = self.resolve(from, &l.target);
                (l.line + first - 1, l.target, link, l.leads)
            })
            .collect()
    }

    /// `target` linked from a page in the root-relative folder `from`.
    fn resolve(&self, from: &str, target: &str) -> Link {
        let target = target.trim();
        let found = if target.contains("://") || target.starts_with("//") {
            match github_page(self.root, target) {
                Some((repo, Some(path))) if self.own_repo.as_deref() == Some(repo.as_str()) => path,
                _ => return Link::Other,
            }
        } else {
            let path = target.split(['#', '?']).next().unwrap_or("");
            if path.is_empty() || path.contains(':') || !path.to_ascii_lowercase().ends_with(".md") {
                return Link::Other;
            }
            let resolve = |p: &str| match p.strip_prefix('/') {
                Some(abs) => join_rel("", abs),
                None => join_rel(from, p),
            };
            let Some(raw) = resolve(path) else { return Link::Outside };
            if self.root.join(&raw).is_file() {
                raw
            } else {
                match resolve(&percent_decode(path)) {
                    Some(decoded) if self.root.join(&decoded).is_file() => decoded,
                    _ => return Link::Missing,
                }
            }
        };
        match translation(self.root, &found) {
            Some(t) => Link::Translation(found, t),
            None => Link::Page(found),
        }
    }

    /// A linked translation: not read, reported where it is first linked.
    pub(super) fn skip_translation(&mut self, path: String, t: Translation, pos: Pos) {
        if !self.linked_translations.iter().any(|(p, _, _)| *p == path) {
            self.linked_translations.push((path, t, pos));
        }
    }
}

/// The docs' own GitHub repository: of the GitHub file links among `targets`, the repository
/// (`owner/repo`, lower case) whose links name the most files of the doc folder.
pub(super) fn own_repository<'t>(root: &Path, targets: impl Iterator<Item = &'t str>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (repo, path) in targets.filter_map(|t| github_page(root, t)) {
        if path.is_none() {
            continue;
        }
        match counts.iter_mut().find(|(r, _)| *r == repo) {
            Some((_, n)) => *n += 1,
            None => counts.push((repo, 1)),
        }
    }
    // The first of the most linked, in link order.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(r, _)| r)
}

/// A GitHub URL of a file (`https://github.com/<owner>/<repo>/blob|tree|raw/<branch>/<path>`,
/// `https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>`): its repository
/// (`owner/repo`, lower case) and the `.md` page of the doc folder its path names, if any. The
/// branch may hold slashes and the doc folder may be a subfolder of the repository: the
/// longest tail of the path that names a file under `root` is the page.
pub(super) fn github_page(root: &Path, url: &str) -> Option<(String, Option<String>)> {
    let rest = url.split_once("://").map_or(url.trim_start_matches('/'), |(_, r)| r);
    let rest = rest.split(['#', '?']).next().unwrap_or("");
    let mut segments = rest.split('/').filter(|s| !s.is_empty());
    let host = segments.next()?.to_ascii_lowercase();
    let owner = segments.next()?;
    let repo = segments.next()?;
    match host.as_str() {
        "github.com" | "www.github.com" => {
            if !matches!(segments.next()?, "blob" | "tree" | "raw") {
                return None;
            }
        }
        "raw.githubusercontent.com" => {}
        _ => return None,
    }
    let tail: Vec<String> = segments.map(percent_decode).collect();
    let key = format!("{}/{}", owner.to_ascii_lowercase(), repo.to_ascii_lowercase());
    if !tail.last().is_some_and(|l| l.to_ascii_lowercase().ends_with(".md")) {
        return Some((key, None));
    }
    // Skip at least the branch.
    let page = (1..tail.len())
        .map(|i| tail[i..].join("/"))
        .find(|p| !p.split('/').any(|s| s == ".." || s == ".") && root.join(p).is_file());
    Some((key, page))
}

/// `target` (`/`-separated, relative) joined to the root-relative folder `from`, `.` and `..`
/// resolved; `None` when it climbs out of the root.
pub(super) fn join_rel(from: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `%20` and the like decoded (invalid sequences kept as written).
pub(super) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_stay_inside_the_root() {
        assert_eq!(join_rel("videos", "object.md").as_deref(), Some("videos/object.md"));
        assert_eq!(join_rel("videos", "../pagination.md").as_deref(), Some("pagination.md"));
        assert_eq!(join_rel("a/b", "./c/../d.md").as_deref(), Some("a/b/d.md"));
        assert_eq!(join_rel("", "../outside.md"), None);
        assert_eq!(percent_decode("API%20Tutorials.md"), "API Tutorials.md");
        assert_eq!(percent_decode("100%.md"), "100%.md");
    }

    #[test]
    fn github_urls_name_a_repository_and_maybe_a_page() {
        let root = Path::new("/nonexistent-doc-root");
        assert_eq!(
            github_page(root, "https://github.com/Acme/Docs/blob/main/x.md#a"),
            Some(("acme/docs".to_owned(), None))
        );
        assert_eq!(github_page(root, "https://github.com/acme/docs"), None);
        assert_eq!(github_page(root, "https://github.com/acme/docs/issues/3"), None);
        assert_eq!(github_page(root, "https://example.com/acme/docs/blob/main/x.md"), None);
        assert_eq!(
            github_page(root, "https://raw.githubusercontent.com/acme/docs/main/x.md").map(|p| p.0),
            Some("acme/docs".to_owned())
        );
    }

    #[test]
    fn links_are_found_in_order() {
        let links = crate::page_links::page_links("* [A](/a.md)\n* [B](b.md \"t\") [C](http://x/c.md)\n");
        let targets: Vec<_> = links.iter().map(|l| (l.line, l.target.as_str())).collect();
        assert_eq!(targets, vec![(1, "/a.md"), (2, "b.md"), (2, "http://x/c.md")]);
    }
}
