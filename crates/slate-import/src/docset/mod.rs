//! Stage 1, the doc set: finds the pages of a documentation folder, in publishing order.
//!
//! The entry page decides the layout ([`Layout`]):
//! - Slate: `index.html.md` (directly or in `source/`; or `index.md` with an `includes` list)
//!   with YAML front matter whose `includes` list names the pages that follow the index body
//!   (`a/b` is `includes/a/_b.md` or `includes/a/b.md`). Other `*.html.md` files are extra
//!   pages, except other entry pages (with `includes` of their own: another API of the folder,
//!   imported by naming its file).
//! - README style: a `README.md` whose links to `.md` files name the pages, in order. A link is
//!   relative to the page that holds it (`videos/get.md`, `../errors.md`, `/sections/a.md` from
//!   the root), or an absolute URL into the docs' own GitHub repository
//!   (`https://github.com/<owner>/<repo>/blob/<branch>/<path>`, `/tree/`, `/raw/`,
//!   `raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>`) whose path names a file of the
//!   folder; links to other sites stay external. Links of the linked pages are followed too:
//!   a page belongs to the first page that links it on the shortest chain of links from the
//!   README and is read after that page, in its link order (the README's order, then an index
//!   page's order, never a cross-reference's); every page is read once.
//! - Includes only: no entry page, only Slate includes: every `_*.md` of the folder
//!   (recursively, in path order) is a page, and an info `no-entry-page` says so.
//!
//! English once: a translated twin of a page (`README_CN.md`, `rest-api_zh-CN.md`,
//! `index.ja.html.md` beside `README.md`, `rest-api.md`, `index.html.md`) and the pages of a
//! locale folder (`zh/`, `ja/`, `cn/` holding pages of the same names as the folder beside it)
//! are never read: each is an info `translated-page` saying what was skipped and why. The
//! language codes are [`LANGUAGE_CODES`]. An entry page is also looked for in an English locale
//! folder (`en/`, `en-US/`) when the folder itself has none.

use crate::diag::Diagnostics;
use std::fs;
use std::path::{Path, PathBuf};

mod includes_only;
mod links;
mod page_file;
mod readme;
mod slate;
mod translations;
mod unread;

pub use crate::vocabulary::LANGUAGE_CODES;
use includes_only::load_includes_only;
use page_file::is_entry_page;
use readme::load_readme;
use slate::load_slate;
use translations::region_ok;

pub use crate::pages::{DocSet, Page, PageRole};

/// The doc set could not be read at all.
#[derive(Debug)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

/// How the doc set was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A Slate entry page and the includes its front matter lists.
    Slate,
    /// A README and the pages it links (and the pages they link).
    Readme,
    /// No entry page: every `_*.md` include of the folder.
    IncludesOnly,
}

impl Layout {
    /// How pages are found in this layout, in a few words.
    pub fn describe(self) -> &'static str {
        match self {
            Layout::Slate => "Slate front matter `includes`",
            Layout::Readme => "README links",
            Layout::IncludesOnly => "every `_*.md` include read",
        }
    }
}

/// A page that could have been an entry page and was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherEntry {
    /// Path relative to the doc-set root.
    pub path: String,
    /// Why it was not imported.
    pub why: String,
}

/// The entry page of a doc set and the other entry pages seen beside it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// How the pages were found.
    pub layout: Layout,
    /// The entry page (relative to the doc-set root); none for [`Layout::IncludesOnly`].
    pub page: Option<String>,
    /// Other entry pages found and not imported (another API, a translation, a README beside
    /// a Slate entry page).
    pub others: Vec<OtherEntry>,
}

impl Entry {
    /// One line: the entry page, how pages were found, and the entry pages left apart.
    pub fn summary(&self) -> String {
        let mut out = match &self.page {
            Some(page) => format!("entry page {page} ({})", self.layout.describe()),
            None => format!("no entry page ({})", self.layout.describe()),
        };
        if !self.others.is_empty() {
            let others: Vec<String> = self.others.iter().map(|o| format!("{} ({})", o.path, o.why)).collect();
            out.push_str(&format!("; other entry pages, not imported: {}", others.join(", ")));
        }
        out
    }
}

/// Finds and reads every page of the doc set in `dir`, or of the entry page `dir` names (a
/// Slate `*.md` with front matter, or a README), for a folder that holds several APIs.
pub fn load(dir: &Path, diags: &mut Diagnostics) -> Result<DocSet, LoadError> {
    open(dir, diags).map(|(docs, _)| docs)
}

/// [`load`], also saying which entry page was used and which others were seen.
pub fn open(dir: &Path, diags: &mut Diagnostics) -> Result<(DocSet, Entry), LoadError> {
    if dir.is_file() {
        let base = dir.parent().map(Path::to_path_buf).unwrap_or_default();
        // Positions stay relative to the doc set: the folder above Slate's `source/`, also for
        // an entry page in a subfolder of it (`source/open-banking/index.html.md`).
        let source = base
            .ancestors()
            .enumerate()
            .find(|(up, a)| a.file_name().is_some_and(|n| n == "source") && (*up == 0 || a.join("includes").is_dir()));
        let root = source.and_then(|(_, s)| s.parent()).map_or_else(|| base.clone(), Path::to_path_buf);
        return if is_entry_page(&root, dir) || dir.to_string_lossy().ends_with(".html.md") {
            load_slate(&root, &base, dir, diags)
        } else {
            load_readme(&base, dir, diags)
        };
    }
    if !dir.is_dir() {
        return Err(LoadError(format!("{} is neither a folder nor a page", dir.display())));
    }
    // The folder itself first, then its English locale folders (`en/`), each also under `source/`.
    let mut homes = vec![dir.to_path_buf()];
    homes.extend(english_folders(dir));
    for home in &homes {
        let mut bases = vec![home.clone(), home.join("source")];
        bases.extend(english_folders(&home.join("source")));
        for base in bases {
            if base.join("index.html.md").is_file() {
                return load_slate(dir, &base, &base.join("index.html.md"), diags);
            }
            // Slate's entry may be `index.md`: the front matter's includes tell it from a README.
            if base.join("index.md").is_file() && is_entry_page(dir, &base.join("index.md")) {
                return load_slate(dir, &base, &base.join("index.md"), diags);
            }
        }
        for name in README_NAMES {
            if home.join(name).is_file() {
                return load_readme(dir, &home.join(name), diags);
            }
        }
    }
    if let Some(found) = load_includes_only(dir, diags) {
        return Ok(found);
    }
    Err(LoadError(format!(
        "{}: no entry page (index.html.md or index.md with `includes`, also under source/ or en/; README.md) \
         and no `_*.md` include: not a doc set",
        dir.display()
    )))
}

/// The names a README entry page goes by, in the order they are looked for.
const README_NAMES: [&str; 4] = ["README.md", "readme.md", "Readme.md", "index.md"];

/// Subfolders of `dir` named by an English locale (`en`, `en-US`, `en_gb`), sorted.
fn english_folders(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> =
        fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    out.retain(|p| {
        p.is_dir()
            && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                let primary = n.split(['-', '_']).next().unwrap_or(n);
                primary.eq_ignore_ascii_case("en") && (n.len() == 2 || region_ok(&n[3..], false))
            })
    });
    out.sort();
    out
}
