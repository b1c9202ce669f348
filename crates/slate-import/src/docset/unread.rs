//! Reporting the Markdown files of the folder that were not read: unpublished pages and
//! translations.

use super::page_file::{collect_md, rel};
use super::translations::{translation, Translation, Twin};
use crate::diag::{Code, Diagnostics, Pos};
use std::path::{Path, PathBuf};

/// Reports Markdown files under `includes/` that no include names (they are not published).
pub(super) fn report_unpublished(
    root: &Path,
    dir: &Path,
    seen: &indexmap::IndexSet<PathBuf>,
    read: &[String],
    diags: &mut Diagnostics,
) {
    let mut files = Vec::new();
    collect_md(root, dir, &mut files);
    files.sort();
    let unread: Vec<String> = files.iter().filter(|f| !seen.contains(*f)).map(|f| rel(root, f)).collect();
    report_unread(
        root,
        unread,
        read,
        "page is not named by any include (or its include is commented out); not imported",
        diags,
    );
}

/// Reports the Markdown files that were not read (root-relative paths): a translation as
/// `translated-page` (a locale folder once, with its page count), any other as
/// `unpublished-page` with `why`.
pub(super) fn report_unread(root: &Path, mut unread: Vec<String>, read: &[String], why: &str, diags: &mut Diagnostics) {
    unread.sort();
    let read: std::collections::HashSet<&String> = read.iter().collect();
    let mut folders: Vec<(String, Translation, usize)> = Vec::new();
    for path in unread {
        match translation(root, &path) {
            Some(t) => match &t.of {
                Twin::Folder(folder) => match folders.iter_mut().find(|(f, _, _)| f == folder) {
                    Some((_, _, n)) => *n += 1,
                    None => folders.push((folder.clone(), t, 1)),
                },
                Twin::Page(english) => {
                    let message = t.skipped(read.contains(english));
                    diags.info(Code::TranslatedPage, &Pos::new(&path, 0), message)
                }
            },
            None => diags.info(Code::UnpublishedPage, &Pos::new(&path, 0), why),
        }
    }
    for (folder, t, n) in folders {
        diags.info(
            Code::TranslatedPage,
            &Pos::new(format!("{folder}/"), 0),
            format!(
                "`{folder}/` is a locale folder (`{}`) mirroring the English pages beside it: its {n} page(s) are not imported",
                t.lang
            ),
        );
    }
}
