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

use crate::diag::{Code, Diagnostics, Pos};
use crate::doc_root::{DocRoot, Refusal};
use std::fs;
use std::path::{Path, PathBuf};

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

/// The doc set could not be read at all.
#[derive(Debug)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

/// Whether `file` is a Slate entry page: its front matter has an `includes:` list. Only a file
/// inside `root` is opened.
fn is_entry_page(root: &Path, file: &Path) -> bool {
    DocRoot::new(root).read_text(file).is_some_and(|text| {
        let text = unix_newlines(text);
        let end = front_matter_end(&text);
        end > 0 && text[..end].lines().any(|l| l.trim_start().starts_with("includes:"))
    })
}

/// The `title` of a page's front matter, if it has one. Only a file inside `root` is opened.
fn front_matter_title(root: &Path, file: &Path) -> Option<String> {
    let text = unix_newlines(DocRoot::new(root).read_text(file)?);
    let end = front_matter_end(&text);
    let inner = text.get(4..end)?.trim_end().strip_suffix("---")?;
    let value: yaml_serde::Value = yaml_serde::from_str(inner).ok()?;
    value.get("title").and_then(|t| t.as_str()).map(str::to_owned)
}

/// Non-English language codes that name a translation: a `_XX` / `_xx-YY` suffix beside a page
/// of the same stem (`README_CN.md` beside `README.md`), a `.xx.` infix (`index.ja.html.md`
/// beside `index.html.md`), or a locale folder (`zh/`, `zh-CN/`). ISO 639-1 codes of the
/// languages API docs are translated into, plus the country codes docs write in their place
/// (`cn` for Chinese, `jp` Japanese, `kr` Korean, `tw` traditional Chinese). English (`en`)
/// is not in the list: an `en/` folder is where the English pages are.
pub const LANGUAGE_CODES: &[&str] = &[
    "ar", "bg", "cn", "cs", "da", "de", "el", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it", "ja", "jp", "ko",
    "kr", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sv", "th", "tr", "tw", "uk", "vi", "zh",
];

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

/// Path of `file` relative to `root`, with `/` separators.
fn rel(root: &Path, file: &Path) -> String {
    let p = file.strip_prefix(root).unwrap_or(file);
    p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// Reads the page `file` when its real path is inside `root` (else an error `outside-doc-root`
/// and the file is not opened), line endings made `\n`.
fn read_page(root: &Path, file: &Path, role: PageRole, referrer: &Pos, diags: &mut Diagnostics) -> Option<Page> {
    match DocRoot::new(root).read(file) {
        Ok(bytes) => {
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    diags.warn(
                        Code::InvalidUtf8,
                        &Pos::new(rel(root, file), 0),
                        "page is not valid UTF-8; invalid bytes were replaced",
                    );
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
            };
            let text = unix_newlines(text);
            Some(Page { path: rel(root, file), body_start: front_matter_end(&text), text, role })
        }
        Err(e @ Refusal::Outside(_)) => {
            diags.error(Code::OutsideDocRoot, referrer, format!("{} is not read: {e}", rel(root, file)));
            None
        }
        Err(e) => {
            diags.error(Code::UnreadablePage, referrer, format!("cannot read {}: {e}", rel(root, file)));
            None
        }
    }
}

/// Why the entry page `file` cannot be read (`: ...`), for the load error.
fn refusal_note(root: &Path, file: &Path) -> String {
    DocRoot::new(root).read(file).err().map_or_else(String::new, |e| format!(": {e}"))
}

/// `text` with every line ending (`\r\n`, a lone `\r`) made `\n`.
fn unix_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Byte offset just after a leading `---` ... `---` front matter block, or 0.
fn front_matter_end(text: &str) -> usize {
    if !text.starts_with("---\n") {
        return 0;
    }
    let mut offset = 4;
    for line in text[4..].split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return offset;
        }
    }
    0
}

/// The front matter text (without the `---` fences), if any.
fn front_matter(page: &Page) -> Option<&str> {
    (page.body_start > 0).then(|| {
        let inner = &page.text[4..page.body_start];
        inner.strip_suffix("---\n").or_else(|| inner.strip_suffix("---")).unwrap_or(inner)
    })
}

/// Line (1-based) in the front matter where `needle` first appears, else 1.
fn front_matter_line(page: &Page, needle: &str) -> usize {
    page.text[..page.body_start].lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1)
}

/// The line (1-based) of each list item of the front matter (`  - a/b`, first one kept), so
/// that the line of each include is found without searching the front matter again.
fn front_matter_items(page: &Page) -> std::collections::HashMap<&str, usize> {
    let mut items = std::collections::HashMap::new();
    for (i, line) in page.text[..page.body_start].lines().enumerate() {
        if let Some(item) = line.trim().strip_prefix("- ") {
            items.entry(item.trim().trim_matches(['"', '\''])).or_insert(i + 1);
        }
    }
    items
}

fn load_slate(
    root: &Path,
    base: &Path,
    index_file: &Path,
    diags: &mut Diagnostics,
) -> Result<(DocSet, Entry), LoadError> {
    let index_file = index_file.to_path_buf();
    let index = read_page(root, &index_file, PageRole::Index, &Pos::default(), diags)
        .ok_or_else(|| LoadError(format!("cannot read {}{}", index_file.display(), refusal_note(root, &index_file))))?;
    let mut title = None;
    let mut includes: Vec<String> = Vec::new();
    if let Some(fm) = front_matter(&index) {
        match yaml_serde::from_str::<yaml_serde::Value>(fm) {
            Ok(v) => {
                title = v.get("title").and_then(|t| t.as_str()).map(str::to_owned);
                if let Some(list) = v.get("includes").and_then(|i| i.as_sequence()) {
                    for item in list {
                        match item.as_str() {
                            Some(s) => includes.push(s.trim().to_owned()),
                            None => diags.warn(
                                Code::BadFrontMatter,
                                &Pos::new(&index.path, front_matter_line(&index, "includes")),
                                "an `includes` entry is not a string; it was skipped",
                            ),
                        }
                    }
                }
            }
            Err(e) => diags.error(
                Code::BadFrontMatter,
                &Pos::new(&index.path, 1),
                format!("front matter is not valid YAML ({e}); no includes were read"),
            ),
        }
    }
    let mut pages = vec![index.clone()];
    let mut seen = indexmap::IndexSet::from([index_file.clone()]);
    // Includes are partials: looked for beside the entry page, then (an entry page in a
    // subfolder of Slate's `source/`) in the source folder, as Middleman looks partials up.
    let mut include_dirs = vec![base.join("includes")];
    include_dirs.extend(
        base.ancestors()
            .skip(1)
            .take_while(|a| a.starts_with(root))
            .filter(|a| a.file_name().is_some_and(|n| n == "source") && a.join("includes").is_dir())
            .map(|a| a.join("includes")),
    );
    let item_lines = front_matter_items(&index);
    for inc in &includes {
        let line = item_lines.get(inc.as_str()).copied().unwrap_or_else(|| front_matter_line(&index, inc));
        let pos = Pos::new(&index.path, line);
        let from_includes = format!("{}/{inc}", rel(root, &include_dirs[0]));
        if inc.starts_with(['/', '\\']) || !crate::doc_root::stays_inside(&from_includes) {
            diags.error(
                Code::OutsideDocRoot,
                &pos,
                format!("include `{inc}` names a page outside the doc folder (an absolute path or `..` out of it); not read"),
            );
            continue;
        }
        let (dir_part, name) = match inc.rsplit_once('/') {
            Some((d, n)) => (Some(d), n),
            None => (None, inc.as_str()),
        };
        let candidates: Vec<PathBuf> = include_dirs
            .iter()
            .flat_map(|dir| {
                let folder = dir_part.map_or_else(|| dir.clone(), |d| dir.join(d));
                [folder.join(format!("_{name}.md")), folder.join(format!("{name}.md"))]
            })
            .collect();
        match candidates.iter().find(|c| c.is_file()) {
            Some(file) => {
                if seen.contains(file) {
                    diags.warn(
                        Code::DuplicateInclude,
                        &pos,
                        format!("`{inc}` is included more than once; later copies are skipped"),
                    );
                    continue;
                }
                seen.insert(file.clone());
                if let Some(p) = read_page(root, file, PageRole::Included, &pos, diags) {
                    pages.push(p);
                }
            }
            None => diags.emit(
                crate::diag::Severity::Error,
                Code::MissingInclude,
                &pos,
                format!("include `{inc}` not found"),
                Some({
                    let names: Vec<String> = candidates.iter().map(|c| rel(root, c)).collect();
                    let (last, first) = names.split_last().expect("two candidates per folder");
                    format!("expected {} or {last}", first.join(", "))
                }),
            ),
        }
    }
    // Other published pages beside the index.
    let mut extras: Vec<PathBuf> =
        fs::read_dir(base).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    extras.retain(|p| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".html.md")) && *p != index_file
    });
    extras.sort();
    let mut others = Vec::new();
    for file in extras {
        let pos = Pos::new(rel(root, &file), 1);
        if let Some(t) = translation(root, &pos.file) {
            // `index.ja.html.md` beside `index.html.md`: the English page is the one imported.
            let english_read = matches!(&t.of, Twin::Page(e) if pages.iter().any(|p| &p.path == e));
            diags.info(Code::TranslatedPage, &Pos::new(&pos.file, 0), t.skipped(english_read));
            if is_entry_page(root, &file) || t.of == Twin::Page(index.path.clone()) {
                others.push(OtherEntry { path: pos.file.clone(), why: format!("translation `{}`", t.lang) });
            }
            continue;
        }
        if is_entry_page(root, &file) && front_matter_title(root, &file) != title {
            // Another API of the same folder (includes and a title of its own): not this one.
            // A page with this API's title is one more page of it, whatever it includes.
            diags.info(
                Code::OtherEntryPage,
                &pos,
                format!(
                    "another entry page (its own `includes`): not imported with {}; import it on its own by naming the file",
                    rel(root, &index_file)
                ),
            );
            others.push(OtherEntry { path: pos.file.clone(), why: "another API: its own `includes`".into() });
            continue;
        }
        if let Some(p) = read_page(root, &file, PageRole::Extra, &pos, diags) {
            diags.emit(
                crate::diag::Severity::Info,
                Code::ExtraPage,
                &pos,
                "published page not named by index.html.md; imported as an extra page",
                None,
            );
            pages.push(p);
        }
    }
    // Entry pages of other APIs in subfolders (`source/open-banking/index.html.md`).
    let mut nested: Vec<PathBuf> = fs::read_dir(base)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|d| {
            d.is_dir() && d.file_name().is_some_and(|n| n != "includes" && !n.to_string_lossy().starts_with('.'))
        })
        .flat_map(|d| {
            fs::read_dir(d)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_else(|_| Vec::new())
        })
        .filter(|f| f.extension().is_some_and(|x| x == "md") && is_entry_page(root, f))
        .collect();
    nested.sort();
    for file in nested {
        let path = rel(root, &file);
        if translation(root, &path).is_some() {
            continue;
        }
        diags.info(
            Code::OtherEntryPage,
            &Pos::new(&path, 1),
            format!(
                "another entry page (its own `includes`): not imported with {}; import it on its own by naming the file",
                index.path
            ),
        );
        others.push(OtherEntry { path, why: "another API: its own `includes`".into() });
    }
    seen.extend(crate::commented_includes::report(root, &index, &include_dirs, &seen, diags));
    let read: Vec<String> = pages.iter().map(|p| p.path.clone()).collect();
    report_unpublished(root, &base.join("includes"), &seen, &read, diags);
    // A README beside a Slate site describes the repository, not the API.
    for dir in [root, base] {
        for name in &README_NAMES[..3] {
            let path = rel(root, &dir.join(name));
            if dir.join(name).is_file() && !others.iter().any(|o: &OtherEntry| o.path == path) {
                others.push(OtherEntry { path, why: "a README beside a Slate entry page".into() });
            }
        }
    }
    let entry = Entry { layout: Layout::Slate, page: Some(index.path.clone()), others };
    Ok((DocSet { root: root.to_path_buf(), title, pages }, entry))
}

/// Reports Markdown files under `includes/` that no include names (they are not published).
fn report_unpublished(
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

/// Every Markdown file under `dir` (recursively), hidden folders and `node_modules` left out;
/// each real folder once, none outside `root` ([`DocRoot::markdown_files`]).
fn collect_md(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(DocRoot::new(root).markdown_files(dir));
}

/// Reports the Markdown files that were not read (root-relative paths): a translation as
/// `translated-page` (a locale folder once, with its page count), any other as
/// `unpublished-page` with `why`.
fn report_unread(root: &Path, mut unread: Vec<String>, read: &[String], why: &str, diags: &mut Diagnostics) {
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

/// What a translated page translates.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Twin {
    /// The English page of the same stem beside it (root-relative).
    Page(String),
    /// The locale folder it is in (root-relative), mirroring the English pages beside it.
    Folder(String),
}

/// A page in another language than English.
#[derive(Debug, Clone)]
struct Translation {
    /// The language as the docs write it (`CN`, `zh-CN`, `ja`).
    lang: String,
    /// The English page or the locale folder.
    of: Twin,
}

impl Translation {
    /// What was skipped and why, for the `translated-page` diagnostic.
    fn skipped(&self, english_read: bool) -> String {
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
fn is_language_tag(tag: &str, strict: bool) -> bool {
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
fn region_ok(r: &str, strict: bool) -> bool {
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
fn translation(root: &Path, path: &str) -> Option<Translation> {
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
fn mirrors(root: &Path, parent: &[&str], name: &str) -> bool {
    let parent = parent.iter().fold(root.to_path_buf(), |p, s| p.join(s));
    let folder = parent.join(name);
    let mut files = Vec::new();
    collect_md(root, &folder, &mut files);
    let homes: Vec<PathBuf> = std::iter::once(parent.clone()).chain(english_folders(&parent)).collect();
    files.iter().filter_map(|f| f.strip_prefix(&folder).ok()).any(|r| homes.iter().any(|h| h.join(r).is_file()))
}

/// A link target as the loader reads it.
#[derive(Debug)]
enum Link {
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
struct Crawl<'a> {
    root: &'a Path,
    /// `owner/repo` (lower case) of the docs' own GitHub repository, once a page links files of it.
    own_repo: Option<String>,
    /// Translations linked (reported once the pages read are known), with where first linked.
    linked_translations: Vec<(String, Translation, Pos)>,
}

impl Crawl<'_> {
    /// Every link of `page`, with its line, resolved.
    /// Each link of `page`: its line, its target as written, what it names, and whether it
    /// leads its block ([`crate::page_links`]: an index entry, not a cross-reference in text).
    fn links(&mut self, page: &Page) -> Vec<(usize, String, Link, bool)> {
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
    fn skip_translation(&mut self, path: String, t: Translation, pos: Pos) {
        if !self.linked_translations.iter().any(|(p, _, _)| *p == path) {
            self.linked_translations.push((path, t, pos));
        }
    }
}

/// The docs' own GitHub repository: of the GitHub file links among `targets`, the repository
/// (`owner/repo`, lower case) whose links name the most files of the doc folder.
fn own_repository<'t>(root: &Path, targets: impl Iterator<Item = &'t str>) -> Option<String> {
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
fn github_page(root: &Path, url: &str) -> Option<(String, Option<String>)> {
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
fn join_rel(from: &str, target: &str) -> Option<String> {
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
fn percent_decode(s: &str) -> String {
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

fn load_readme(root: &Path, readme: &Path, diags: &mut Diagnostics) -> Result<(DocSet, Entry), LoadError> {
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
fn names_an_operation(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some(stem) = name.strip_suffix(".md") else { return false };
    crate::request_line::METHODS.iter().any(|m| {
        stem.eq_ignore_ascii_case(m)
            || stem.strip_prefix(m).is_some_and(|rest| rest.len() > 1 && rest.starts_with(['_', '-']))
    })
}

/// No entry page: every `_*.md` include of the folder (recursively, in path order) is a page.
fn load_includes_only(root: &Path, diags: &mut Diagnostics) -> Option<(DocSet, Entry)> {
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

#[cfg(test)]
mod tests {

    #[test]
    fn file_names_that_name_an_operation() {
        assert!(names_an_operation("endpoints/photos/GET_photos_id.md"));
        assert!(names_an_operation("videos/get.md"));
        assert!(names_an_operation("DELETE-users.md"));
        assert!(!names_an_operation("endpoints/template.md"));
        assert!(!names_an_operation("getting-started.md"), "a word that starts with a method");
        assert!(!names_an_operation("GET_.md"));
    }

    use super::*;

    #[test]
    fn front_matter_is_skipped() {
        let t = "---\ntitle: x\n---\n# Body\n";
        assert_eq!(&t[front_matter_end(t)..], "# Body\n");
        assert_eq!(front_matter_end("# No front matter\n"), 0);
    }

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
