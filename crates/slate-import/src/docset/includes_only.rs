//! The layout without an entry page: every `_*.md` include of the folder, in path order.

use super::page_file::{collect_md, read_page, rel};
use super::translations::translation;
use super::unread::report_unread;
use super::{DocSet, Entry, Layout, PageRole};
use crate::diag::{Code, Diagnostics, Pos};
use std::path::Path;

/// No entry page: every `_*.md` include of the folder (recursively, in path order) is a page.
pub(super) fn load_includes_only(root: &Path, diags: &mut Diagnostics) -> Option<(DocSet, Entry)> {
    let mut files = Vec::new();
    collect_md(root, root, &mut files);
    let mut all: Vec<String> = files.iter().map(|f| rel(root, f)).collect();
    all.sort();
    let is_include = |p: &String| p.rsplit('/').next().is_some_and(|n| n.starts_with('_'));
    let includes: Vec<String> =
        all.iter().filter(|p| is_include(p) && translation(root, p).is_none()).cloned().collect();
    if includes.is_empty() {
        return None;
    }
    let first = Pos::new(&includes[0], 0);
    diags.info(
        Code::NoEntryPage,
        &first,
        format!(
            "no entry page (index.html.md or index.md with `includes`, also under source/; README.md): \
             every `_*.md` include is read as a page, in path order: {}",
            includes.join(", ")
        ),
    );
    let mut pages = Vec::new();
    for path in &includes {
        if let Some(p) = read_page(root, &root.join(path), PageRole::Included, &first, diags) {
            pages.push(p);
        }
    }
    let unread: Vec<String> = all.into_iter().filter(|p| !includes.contains(p)).collect();
    report_unread(
        root,
        unread,
        &includes,
        "page is not an include (`_*.md`) and no entry page names it; not imported",
        diags,
    );
    let entry = Entry { layout: Layout::IncludesOnly, page: None, others: Vec::new() };
    Some((DocSet { root: root.to_path_buf(), title: None, pages }, entry))
}
