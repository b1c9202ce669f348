//! The pages of a doc set as values ([`DocSet`], [`Page`], [`PageRole`]): what [`crate::docset`]
//! finds and every reader of the pages reads. Imports nothing of the crate.

use std::path::PathBuf;

/// Why a page is part of the doc set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRole {
    /// The Slate index page or the README.
    Index,
    /// A page named by the index (`includes` or a README link).
    Included,
    /// A published page the index does not name (another `*.html.md`).
    Extra,
}

/// One Markdown page of a doc set.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the doc-set root, with `/` separators (used in diagnostics and `x-source`).
    pub path: String,
    /// Full text of the file.
    pub text: String,
    /// Byte offset where the Markdown body starts (after any front matter).
    pub body_start: usize,
    /// Why the page is in the doc set.
    pub role: PageRole,
}

impl Page {
    /// The Markdown body (the text after the front matter).
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// 1-based line number of the body's first line.
    pub fn body_first_line(&self) -> usize {
        self.text[..self.body_start].matches('\n').count() + 1
    }
}

/// The pages of one doc set, in publishing order.
#[derive(Debug, Clone)]
pub struct DocSet {
    /// The folder that was loaded.
    pub root: PathBuf,
    /// `title` from the index front matter, or the README's first heading.
    pub title: Option<String>,
    /// Pages in order: index, included pages, then extra pages.
    pub pages: Vec<Page>,
}
