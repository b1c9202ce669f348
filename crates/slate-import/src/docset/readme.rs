//! The README layout: the pages a README links (and the pages they link), in link order.

use super::links::{Crawl, Link};
use super::page_file::{collect_md, read_page, refusal_note, rel};
use super::translations::{translation, Twin};
use super::unread::report_unread;
use super::{DocSet, Entry, Layout, LoadError, OtherEntry, Page, PageRole};
use crate::diag::{Code, Diagnostics, Pos};
use std::path::Path;

pub(super) fn load_readme(root: &Path, readme: &Path, diags: &mut Diagnostics) -> Result<(DocSet, Entry), LoadError> {
    let index = read_page(root, readme, PageRole::Index, &Pos::default(), diags)
        .ok_or_else(|| LoadError(format!("cannot read {}{}", readme.display(), refusal_note(root, readme))))?;
    let title = index
        .body()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.trim_start_matches('#').trim().to_owned());
    let mut crawl = Crawl { root, own_repo: None, linked_translations: Vec::new() };
    // Breadth first: who owns each page, and the pages each page owns, in link order.
    let mut seen = indexmap::IndexSet::from([index.path.clone()]);
    let mut owned: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut read: std::collections::HashMap<String, Page> = std::collections::HashMap::new();
    let mut queue = std::collections::VecDeque::from([index.clone()]);
    while let Some(page) = queue.pop_front() {
        let mut children = Vec::new();
        for (line, target, link, leads) in crawl.links(&page) {
            let pos = Pos::new(&page.path, line);
            match link {
                Link::Page(path) if !seen.contains(&path) => {
                    seen.insert(path.clone());
                    if let Some(p) = read_page(root, &root.join(&path), PageRole::Included, &pos, diags) {
                        children.push(path);
                        queue.push_back(p);
                    }
                }
                // The README names the pages: an index entry of it (a link leading its list
                // item, cell or paragraph) that is missing is an error; a dangling link in
                // running text, or a cross-reference of another page, is left out with a warning.
                Link::Missing if page.role == PageRole::Index && leads => {
                    diags.error(Code::MissingPage, &pos, format!("linked page `{target}` not found"))
                }
                Link::Missing => diags.warn(
                    Code::MissingPage,
                    &pos,
                    format!("linked page `{target}` not found; the link is left out"),
                ),
                Link::Translation(path, t) => crawl.skip_translation(path, t, pos),
                // A link that leads its list item, cell or paragraph names a page of the doc
                // set: one outside the folder is an escape, an error, and is not read. A link
                // inside running text that climbs out refers to another document; not followed.
                Link::Outside if leads => diags.emit(
                    crate::diag::Severity::Error,
                    Code::OutsideDocRoot,
                    &pos,
                    format!("linked page `{target}` is outside the doc folder; not read"),
                    Some("move the page into the doc folder, or import the folder that holds both".into()),
                ),
                Link::Outside => diags.info(
                    Code::CrossLinkOutside,
                    &pos,
                    format!("`{target}`, linked in running text, is outside the doc folder: a reference to another document, not a page of the doc set; not followed"),
                ),
                _ => {}
            }
        }
        owned.insert(page.path.clone(), children);
        read.insert(page.path.clone(), page);
    }
    // Depth first over ownership: each page, then the pages it owns.
    let mut pages = Vec::new();
    let mut stack = vec![index.path.clone()];
    while let Some(path) = stack.pop() {
        if let Some(children) = owned.remove(&path) {
            stack.extend(children.into_iter().rev());
        }
        if let Some(page) = read.remove(&path) {
            pages.push(page);
        }
    }
    for (path, t, pos) in &crawl.linked_translations {
        let english_read = matches!(&t.of, Twin::Page(e) if seen.contains(e));
        diags.info(Code::TranslatedPage, pos, format!("link to {path}: {}", t.skipped(english_read)));
    }
    let mut files = Vec::new();
    collect_md(root, root, &mut files);
    let not_read: Vec<String> = files.iter().map(|f| rel(root, f)).filter(|p| !seen.contains(p)).collect();
    // Translations of the README are entry pages left apart.
    let others = not_read
        .iter()
        .filter_map(|p| {
            let t = translation(root, p)?;
            (t.of == Twin::Page(index.path.clone()))
                .then(|| OtherEntry { path: p.clone(), why: format!("translation `{}`", t.lang) })
        })
        .collect();
    // One file per operation (`GET_photos_id.md`, `videos/get.md`) is an operation page even
    // when no page links it (a folder the README forgot, a link to the wrong page): read after
    // the linked pages, in path order, each noted.
    let mut extra_read: Vec<String> = Vec::new();
    for path in not_read.iter().filter(|p| names_an_operation(p) && translation(root, p).is_none()) {
        let pos = Pos::new(path, 0);
        if let Some(page) = read_page(root, &root.join(path), PageRole::Included, &pos, diags) {
            diags.info(
                Code::ExtraPage,
                &pos,
                format!("no page links `{path}`, but its file name names an operation (method first); imported after the linked pages"),
            );
            extra_read.push(path.clone());
            pages.push(page);
        }
    }
    // A twin reported where it is linked is not reported again; a locale folder is, with its count.
    let unread: Vec<String> = not_read
        .into_iter()
        .filter(|p| !extra_read.contains(p))
        .filter(|p| match crawl.linked_translations.iter().find(|(l, _, _)| l == p) {
            Some((_, t, _)) => matches!(t.of, Twin::Folder(_)),
            None => true,
        })
        .collect();
    let why = format!("page is not linked from {} nor from a page it links; not imported", index.path);
    let read: Vec<String> = pages.iter().map(|p| p.path.clone()).collect();
    report_unread(root, unread, &read, &why, diags);
    let entry = Entry { layout: Layout::Readme, page: Some(index.path.clone()), others };
    Ok((DocSet { root: root.to_path_buf(), title, pages }, entry))
}

/// Whether a page's file name names one operation: its stem is an HTTP method (`get.md`) or
/// starts with one in capitals and `_` or `-` (`GET_photos_id.md`, `DELETE-users.md`).
pub(super) fn names_an_operation(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some(stem) = name.strip_suffix(".md") else { return false };
    crate::request_line::METHODS.iter().any(|m| {
        stem.eq_ignore_ascii_case(m)
            || stem.strip_prefix(m).is_some_and(|rest| rest.len() > 1 && rest.starts_with(['_', '-']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_that_name_an_operation() {
        assert!(names_an_operation("endpoints/photos/GET_photos_id.md"));
        assert!(names_an_operation("videos/get.md"));
        assert!(names_an_operation("DELETE-users.md"));
        assert!(!names_an_operation("endpoints/template.md"));
        assert!(!names_an_operation("getting-started.md"), "a word that starts with a method");
        assert!(!names_an_operation("GET_.md"));
    }
}
