//! Includes commented out in a Slate entry page's front matter (`# - accounting/orders` in the
//! `includes:` list): the page exists but is not published, so it is not imported. Said at the
//! front-matter line, as a warning when the page declares operations (an unpublished part of
//! the API), else as info.

use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::pages::Page;
use std::path::{Path, PathBuf};

/// An include written as a YAML comment inside the `includes:` list: its name and 1-based line.
fn commented(front_matter: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut in_list = false;
    for (i, line) in front_matter.lines().enumerate() {
        let top_level = !line.starts_with([' ', '\t', '#', '-']) && !line.trim().is_empty();
        if top_level {
            in_list = line.trim_start().starts_with("includes:");
            continue;
        }
        let Some(comment) = line.trim_start().strip_prefix('#').filter(|_| in_list) else { continue };
        let item = comment.trim_start().trim_start_matches('#').trim();
        let name = item.strip_prefix('-').unwrap_or(item).trim().trim_matches(['"', '\'']);
        // One page name (`a/b`), not a sentence of a comment.
        if !name.is_empty() && !name.contains(char::is_whitespace) && !name.contains("..") && !name.starts_with('/') {
            out.push((name.to_owned(), i + 1));
        }
    }
    out
}

/// The operations `text` declares: request lines and Slate API markers.
fn operation_count(text: &str) -> usize {
    let text = crate::html_comments::blank_comments(text);
    crate::request_line::declared_lines(&text).len() + crate::request_line::api_markers(&text).len()
}

/// Reports each commented-out include of `index` whose page exists in `include_dirs` and is not
/// otherwise read (`seen`); returns those pages, which need no `unpublished-page` of their own.
pub(crate) fn report(
    root: &Path,
    index: &Page,
    include_dirs: &[PathBuf],
    seen: &indexmap::IndexSet<PathBuf>,
    diags: &mut Diagnostics,
) -> Vec<PathBuf> {
    let Some(front) = index.text.get(..index.body_start) else { return Vec::new() };
    let mut said = Vec::new();
    for (name, line) in commented(front) {
        let (dir_part, file) = name.rsplit_once('/').map_or((None, name.as_str()), |(d, f)| (Some(d), f));
        let found = include_dirs.iter().find_map(|dir| {
            let folder = dir_part.map_or_else(|| dir.clone(), |d| dir.join(d));
            [folder.join(format!("_{file}.md")), folder.join(format!("{file}.md"))].into_iter().find(|c| c.is_file())
        });
        let Some(found) = found.filter(|f| !seen.contains(f) && !said.contains(f)) else { continue };
        let page = found.strip_prefix(root).unwrap_or(&found).to_string_lossy().replace('\\', "/");
        let ops = std::fs::read_to_string(&found).map_or(0, |t| operation_count(&t));
        let (severity, what) = match ops {
            0 => (Severity::Info, String::new()),
            n => (Severity::Warning, format!(", with {n} operation(s),")),
        };
        diags.emit(
            severity,
            Code::CommentedOut,
            &Pos::new(&index.path, line),
            format!("the include `{name}` is commented out: its page {page}{what} is not published, so not imported"),
            Some(format!("uncomment `- {name}` to publish it, or delete the page if it is obsolete")),
        );
        said.push(found);
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_in_the_includes_list_are_includes_others_are_not() {
        let fm = "---\ntitle: X\n# - not_in_list\nincludes:\n  - a\n  # - b/c\n  #d\n  # a note about them\nsearch: true\n# - e\n";
        assert_eq!(commented(fm), vec![("b/c".to_owned(), 6), ("d".to_owned(), 7)]);
    }

    #[test]
    fn request_lines_and_markers_count_as_operations() {
        assert_eq!(operation_count("# Orders\n\n`GET /orders`\n\n<!-- `GET /hidden` -->\n"), 1);
        assert_eq!(operation_count("## Schema\n\n```json\n{}\n```\n"), 0);
    }
}
