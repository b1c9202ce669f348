//! Stage 1, the doc set: finds the pages of a documentation folder, in publishing order.
//!
//! Two layouts are understood:
//! - Slate: `index.html.md` (directly or in `source/`; or `index.md` with an `includes` list)
//!   with YAML front matter whose `includes` list names the pages that follow the index body
//!   (`a/b` is `includes/a/_b.md` or `includes/a/b.md`). Other `*.html.md` files are extra
//!   pages, except other entry pages (with `includes` of their own: another API of the folder,
//!   imported by naming its file).
//! - README style: a `README.md` whose relative links to `.md` files name the pages, in order.

use crate::diag::{Code, Diagnostics, Pos};
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

/// Whether `file` is a Slate entry page: its front matter has an `includes:` list.
fn is_entry_page(file: &Path) -> bool {
    fs::read_to_string(file).is_ok_and(|text| {
        let text = text.replace("\r\n", "\n");
        let end = front_matter_end(&text);
        end > 0 && text[..end].lines().any(|l| l.trim_start().starts_with("includes:"))
    })
}

/// The `title` of a page's front matter, if it has one.
fn front_matter_title(file: &Path) -> Option<String> {
    let text = fs::read_to_string(file).ok()?.replace("\r\n", "\n");
    let end = front_matter_end(&text);
    let inner = text.get(4..end)?.trim_end().strip_suffix("---")?;
    let value: yaml_serde::Value = yaml_serde::from_str(inner).ok()?;
    value.get("title").and_then(|t| t.as_str()).map(str::to_owned)
}

/// Finds and reads every page of the doc set in `dir`, or of the entry page `dir` names (a
/// Slate `*.md` with front matter, or a README), for a folder that holds several APIs.
pub fn load(dir: &Path, diags: &mut Diagnostics) -> Result<DocSet, LoadError> {
    if dir.is_file() {
        let base = dir.parent().map(Path::to_path_buf).unwrap_or_default();
        // Positions stay relative to the doc set: the folder above `source/`.
        let root = match base.file_name().and_then(|n| n.to_str()) {
            Some("source") => base.parent().map(Path::to_path_buf).unwrap_or_else(|| base.clone()),
            _ => base.clone(),
        };
        return if is_entry_page(dir) || dir.to_string_lossy().ends_with(".html.md") {
            load_slate(&root, &base, dir, diags)
        } else {
            load_readme(&base, dir, diags)
        };
    }
    if !dir.is_dir() {
        return Err(LoadError(format!("{} is neither a folder nor a page", dir.display())));
    }
    for base in [dir.to_path_buf(), dir.join("source")] {
        if base.join("index.html.md").is_file() {
            return load_slate(dir, &base, &base.join("index.html.md"), diags);
        }
        // Slate's entry may be `index.md`: the front matter's includes tell it from a README.
        if base.join("index.md").is_file() && is_entry_page(&base.join("index.md")) {
            return load_slate(dir, &base, &base.join("index.md"), diags);
        }
    }
    for name in ["README.md", "readme.md", "Readme.md", "index.md"] {
        if dir.join(name).is_file() {
            return load_readme(dir, &dir.join(name), diags);
        }
    }
    Err(LoadError(format!(
        "{}: no index.html.md (or source/index.html.md) and no README.md: not a doc set",
        dir.display()
    )))
}

/// Path of `file` relative to `root`, with `/` separators.
fn rel(root: &Path, file: &Path) -> String {
    let p = file.strip_prefix(root).unwrap_or(file);
    p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn read_page(root: &Path, file: &Path, role: PageRole, referrer: &Pos, diags: &mut Diagnostics) -> Option<Page> {
    match fs::read(file) {
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
            let text = text.replace("\r\n", "\n");
            Some(Page { path: rel(root, file), body_start: front_matter_end(&text), text, role })
        }
        Err(e) => {
            diags.error(Code::UnreadablePage, referrer, format!("cannot read {}: {e}", rel(root, file)));
            None
        }
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

fn load_slate(root: &Path, base: &Path, index_file: &Path, diags: &mut Diagnostics) -> Result<DocSet, LoadError> {
    let index_file = index_file.to_path_buf();
    let index = read_page(root, &index_file, PageRole::Index, &Pos::default(), diags)
        .ok_or_else(|| LoadError(format!("cannot read {}", index_file.display())))?;
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
    let mut seen = vec![index_file.clone()];
    for inc in &includes {
        let pos = Pos::new(&index.path, front_matter_line(&index, inc));
        let (dir_part, name) = match inc.rsplit_once('/') {
            Some((d, n)) => (Some(d), n),
            None => (None, inc.as_str()),
        };
        let folder = match dir_part {
            Some(d) => base.join("includes").join(d),
            None => base.join("includes"),
        };
        let candidates = [folder.join(format!("_{name}.md")), folder.join(format!("{name}.md"))];
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
                seen.push(file.clone());
                if let Some(p) = read_page(root, file, PageRole::Included, &pos, diags) {
                    pages.push(p);
                }
            }
            None => diags.emit(
                crate::diag::Severity::Error,
                Code::MissingInclude,
                &pos,
                format!("include `{inc}` not found"),
                Some(format!("expected {} or {}", rel(root, &candidates[0]), rel(root, &candidates[1]))),
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
    for file in extras {
        let pos = Pos::new(rel(root, &file), 1);
        if is_entry_page(&file) && front_matter_title(&file) != title {
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
    report_unpublished(root, &base.join("includes"), &seen, diags);
    Ok(DocSet { root: root.to_path_buf(), title, pages })
}

/// Reports Markdown files under `includes/` that no include names (they are not published).
fn report_unpublished(root: &Path, dir: &Path, seen: &[PathBuf], diags: &mut Diagnostics) {
    let mut files = Vec::new();
    collect_md(dir, &mut files);
    files.sort();
    for f in files {
        if !seen.contains(&f) {
            diags.info(
                Code::UnpublishedPage,
                &Pos::new(rel(root, &f), 0),
                "page is not named by any include (or its include is commented out); not imported",
            );
        }
    }
}

fn collect_md(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_md(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

fn load_readme(root: &Path, readme: &Path, diags: &mut Diagnostics) -> Result<DocSet, LoadError> {
    let index = read_page(root, readme, PageRole::Index, &Pos::default(), diags)
        .ok_or_else(|| LoadError(format!("cannot read {}", readme.display())))?;
    let title = index
        .body()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.trim_start_matches('#').trim().to_owned());
    let mut pages = vec![index.clone()];
    let mut seen = vec![readme.to_path_buf()];
    let readme_dir = readme.parent().unwrap_or(root);
    for (line, target) in markdown_links(&index.text) {
        let target = target.split('#').next().unwrap_or("");
        if !target.ends_with(".md") || target.contains("://") {
            continue;
        }
        let file = match target.strip_prefix('/') {
            Some(abs) => root.join(abs),
            None => readme_dir.join(target),
        };
        let pos = Pos::new(&index.path, line);
        if seen.contains(&file) {
            continue;
        }
        if !file.is_file() {
            diags.error(Code::MissingPage, &pos, format!("linked page `{target}` not found"));
            continue;
        }
        seen.push(file.clone());
        if let Some(p) = read_page(root, &file, PageRole::Included, &pos, diags) {
            pages.push(p);
        }
    }
    Ok(DocSet { root: root.to_path_buf(), title, pages })
}

/// Every inline Markdown link target `[text](target)` with its 1-based line.
fn markdown_links(text: &str) -> Vec<(usize, String)> {
    let re = regex::Regex::new(r"\]\(\s*<?([^)\s>]+)>?(?:\s+[^)]*)?\)").expect("valid regex");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for cap in re.captures_iter(line) {
            out.push((i + 1, cap[1].to_owned()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_skipped() {
        let t = "---\ntitle: x\n---\n# Body\n";
        assert_eq!(&t[front_matter_end(t)..], "# Body\n");
        assert_eq!(front_matter_end("# No front matter\n"), 0);
    }

    #[test]
    fn links_are_found_in_order() {
        let links = markdown_links("* [A](/a.md)\n* [B](b.md \"t\") [C](http://x/c.md)\n");
        let targets: Vec<_> = links.iter().map(|(l, t)| (*l, t.as_str())).collect();
        assert_eq!(targets, vec![(1, "/a.md"), (2, "b.md"), (2, "http://x/c.md")]);
    }
}
