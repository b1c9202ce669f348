//! Reading one page file inside the doc root: its root-relative path, `\n` line endings, its
//! front matter.

use super::{Page, PageRole};
use crate::diag::{Code, Diagnostics, Pos};
use crate::doc_root::{DocRoot, Refusal};
use std::path::{Path, PathBuf};

/// Whether `file` is a Slate entry page: its front matter has an `includes:` list. Only a file
/// inside `root` is opened.
pub(super) fn is_entry_page(root: &Path, file: &Path) -> bool {
    DocRoot::new(root).read_text(file).is_some_and(|text| {
        let text = unix_newlines(text);
        let end = front_matter_end(&text);
        end > 0 && text[..end].lines().any(|l| l.trim_start().starts_with("includes:"))
    })
}

/// The `title` of a page's front matter, if it has one. Only a file inside `root` is opened.
pub(super) fn front_matter_title(root: &Path, file: &Path) -> Option<String> {
    let text = unix_newlines(DocRoot::new(root).read_text(file)?);
    let end = front_matter_end(&text);
    let inner = text.get(4..end)?.trim_end().strip_suffix("---")?;
    let value: yaml_serde::Value = yaml_serde::from_str(inner).ok()?;
    value.get("title").and_then(|t| t.as_str()).map(str::to_owned)
}

/// Path of `file` relative to `root`, with `/` separators.
pub(super) fn rel(root: &Path, file: &Path) -> String {
    let p = file.strip_prefix(root).unwrap_or(file);
    p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// Reads the page `file` when its real path is inside `root` (else an error `outside-doc-root`
/// and the file is not opened), line endings made `\n`.
pub(super) fn read_page(
    root: &Path,
    file: &Path,
    role: PageRole,
    referrer: &Pos,
    diags: &mut Diagnostics,
) -> Option<Page> {
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
pub(super) fn refusal_note(root: &Path, file: &Path) -> String {
    DocRoot::new(root).read(file).err().map_or_else(String::new, |e| format!(": {e}"))
}

/// `text` with every line ending (`\r\n`, a lone `\r`) made `\n`.
pub(super) fn unix_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Byte offset just after a leading `---` ... `---` front matter block, or 0.
pub(super) fn front_matter_end(text: &str) -> usize {
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
pub(super) fn front_matter(page: &Page) -> Option<&str> {
    (page.body_start > 0).then(|| {
        let inner = &page.text[4..page.body_start];
        inner.strip_suffix("---\n").or_else(|| inner.strip_suffix("---")).unwrap_or(inner)
    })
}

/// Line (1-based) in the front matter where `needle` first appears, else 1.
pub(super) fn front_matter_line(page: &Page, needle: &str) -> usize {
    page.text[..page.body_start].lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1)
}

/// The line (1-based) of each list item of the front matter (`  - a/b`, first one kept), so
/// that the line of each include is found without searching the front matter again.
pub(super) fn front_matter_items(page: &Page) -> std::collections::HashMap<&str, usize> {
    let mut items = std::collections::HashMap::new();
    for (i, line) in page.text[..page.body_start].lines().enumerate() {
        if let Some(item) = line.trim().strip_prefix("- ") {
            items.entry(item.trim().trim_matches(['"', '\''])).or_insert(i + 1);
        }
    }
    items
}

/// Every Markdown file under `dir` (recursively), hidden folders and `node_modules` left out;
/// each real folder once, none outside `root` ([`DocRoot::markdown_files`]).
pub(super) fn collect_md(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(DocRoot::new(root).markdown_files(dir));
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
}
