//! Index entries in a list: an item that is a request line and a link to the heading that
//! documents that very request, and nothing else (`` * `GET /things/1.json` → [Get a
//! thing](#get-a-thing) `` where "Get a thing" declares `GET /things/1.json`). The item points
//! at the operation documented there; it is not an operation of its own, and reading it as
//! one reports the documented operation as described twice. The request line may also be the
//! link's own text (`` * [GET /api/v3/time](rest-api.md#check-server-time) ``). An entry whose request line
//! differs from the linked section's (a legacy route still served, linked to the operation it
//! stands for) names a path of its own: it stays an operation, unless an earlier section of
//! the doc already declares that route (a second list of the same legacy routes on the page of
//! a twin section): then it points at that operation too and is not one of its own again.

use crate::blocks::{BlockKind, Outline, Section};
use crate::diag::{Code, Diagnostics, Pos};
use crate::request_line::{declared_lines, Declared};
use crate::vocabulary::INDEX_ENTRY_SEPARATORS;
use std::collections::BTreeMap;

/// The routes (method and path shape) the sections read so far declare, each with the place
/// that declares it first.
#[derive(Debug, Default)]
pub(crate) struct Routes(BTreeMap<(String, Vec<String>), Pos>);

impl Routes {
    /// Adds the request lines one section declares (those it kept as declarations).
    pub(crate) fn add(&mut self, declared: &[(Declared, Pos)]) {
        for (d, pos) in declared {
            self.0.entry((d.method.clone(), path_shape(&d.url))).or_insert_with(|| pos.clone());
        }
    }

    fn first(&self, d: &Declared) -> Option<&Pos> {
        self.0.get(&(d.method.clone(), path_shape(&d.url)))
    }
}

/// The items of a list (at `pos`) that may declare operations: every item but the index
/// entries of the linked section's own request and those of a route an earlier section
/// declares (`routes`), each of which is noted as not an operation.
pub(crate) fn operations<'a>(
    outline: &Outline,
    routes: &Routes,
    items: &'a [String],
    links: &[Option<String>],
    pos: &Pos,
    diags: &mut Diagnostics,
) -> Vec<&'a String> {
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let entry = links.get(i).and_then(Option::as_deref).and_then(|l| index_entry(item, l).map(|e| (l, e)));
        let linked = entry.as_ref().and_then(|(l, d)| {
            let (page, anchor) = l.split_once('#')?;
            let file = if page.is_empty() { pos.file.clone() } else { relative_page(&pos.file, page)? };
            let s = outline
                .sections
                .iter()
                .find(|s| s.pos.file == file && slug(&s.title) == anchor.to_ascii_lowercase())?;
            declares(s, d).then_some(s)
        });
        match (entry, linked) {
            (Some((_, d)), Some(s)) => diags.info(
                Code::NotAnOperation,
                pos,
                format!(
                    "`{} {}` is an index entry that links the section documenting it ({}); not an operation of its own",
                    d.written_method, d.url, s.pos
                ),
            ),
            (Some((_, d)), None) => match routes.first(&d) {
                Some(first) => diags.info(
                    Code::NotAnOperation,
                    pos,
                    format!(
                        "`{} {}` is an index entry for a route {first} declares already; not an operation of its own",
                        d.written_method, d.url
                    ),
                ),
                None => out.push(item),
            },
            _ => out.push(item),
        }
    }
    out
}

/// The request line of an index entry: `item` is one request line in backticks followed by a
/// separator and only the text of its link, which targets a heading (`#anchor`,
/// `page.md#anchor`) that text names.
fn index_entry(item: &str, link: &str) -> Option<Declared> {
    let (_, anchor) = link.split_once('#')?;
    if anchor.is_empty() || link.contains("://") || item.lines().count() != 1 {
        return None;
    }
    if let Some(d) = linked_request_line(item) {
        return Some(d);
    }
    let rest = item.trim().strip_prefix('`')?;
    let (code, after) = rest.split_once('`')?;
    let mut found = declared_lines(code);
    if found.len() != 1 {
        return None;
    }
    let after = after.trim_start();
    let sep = INDEX_ENTRY_SEPARATORS.iter().find(|s| after.starts_with(**s))?;
    let title = after[sep.len()..].trim();
    (!title.is_empty() && slug(title) == anchor.to_ascii_lowercase()).then(|| found.remove(0))
}

/// An item that is only a request line, the text of its link (`[GET /api/v3/time](api.md#check-
/// server-time)`): a method and one path, nothing else.
fn linked_request_line(item: &str) -> Option<Declared> {
    let text = item.trim().trim_matches('`').trim();
    if text.split_whitespace().count() != 2 {
        return None;
    }
    let mut found = declared_lines(text);
    (found.len() == 1).then(|| found.remove(0))
}

/// Whether the section declares the entry's request: the same method, and the same path with
/// ids and placeholders (`2`, `{id}`, `:id`, `<id>`) taken as one.
fn declares(section: &Section, entry: &Declared) -> bool {
    let key = |d: &Declared| (d.method.clone(), path_shape(&d.url));
    let wanted = key(entry);
    section.blocks.iter().any(|b| {
        let texts: Vec<&str> = match &b.kind {
            BlockKind::Paragraph(t) | BlockKind::Code { text: t, .. } => vec![t.as_str()],
            BlockKind::List(items) => items.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        texts.iter().any(|t| declared_lines(t).iter().any(|d| key(d) == wanted))
    })
}

/// A path's segments, ids and placeholders as `*`, without its query.
fn path_shape(url: &str) -> Vec<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let stem = s.split('.').next().unwrap_or(s);
            if stem.chars().all(|c| c.is_ascii_digit()) || s.contains(['{', '<', ':', '$']) {
                let ext = s.rsplit_once('.').map(|(_, e)| format!(".{e}")).unwrap_or_default();
                format!("*{ext}")
            } else {
                s.to_owned()
            }
        })
        .collect()
}

/// The page a relative link from `from` targets, relative to the doc root.
pub(crate) fn relative_page(from: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = if target.starts_with('/') { Vec::new() } else { from.split('/').collect() };
    if !target.starts_with('/') {
        parts.pop();
    }
    for seg in target.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The anchor Markdown renderers give a heading: lower case, spaces as `-`, punctuation
/// other than `-` and `_` dropped.
fn slug(title: &str) -> String {
    title
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_line_that_only_links_its_heading_is_an_index_entry() {
        let link = "#get-gauge-needles";
        let e = index_entry("`GET /projects/1/gauge/needles.json` → Get gauge needles", link).expect("entry");
        assert_eq!((e.method.as_str(), e.url.as_str()), ("GET", "/projects/1/gauge/needles.json"));
        assert!(index_entry("`DELETE /a/2.json` - Destroy a gauge needle", "other.md#destroy-a-gauge-needle").is_some());
        // Prose after the request line: it documents the operation here.
        let prose = "`GET /projects/1/gauge/needles.json` will return a paginated list of gauge needles";
        assert!(index_entry(prose, "#pagination").is_none());
        // A link to another heading than the one the text names, or to no heading.
        assert!(index_entry("`GET /a.json` → Get gauge needles", "#pagination").is_none());
        assert!(index_entry("`GET /a.json` → Get gauge needles", "gauges.md").is_none());
        assert!(index_entry("Get gauge needles → `GET /a.json`", link).is_none());
    }

    #[test]
    fn ids_and_placeholders_are_one_path_shape() {
        assert_eq!(path_shape("/projects/1/needles/2.json"), path_shape("/projects/{project_id}/needles/{id}.json"));
        assert_ne!(path_shape("/projects/1/needles.json"), path_shape("/needles.json"));
        assert_eq!(relative_page("sections/a.md", "../README.md").as_deref(), Some("README.md"));
    }

    fn outline(md: &str) -> Outline {
        use crate::docset::{DocSet, Page, PageRole};
        crate::blocks::outline(&DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "gauges.md".into(), text: md.into(), body_start: 0, role: PageRole::Index }],
        })
    }

    #[test]
    fn an_entry_for_the_linked_sections_own_request_is_left_out_another_route_is_kept() {
        let md = "# Gauges\n\n## Get gauge needles\n\n* `GET /projects/1/gauge/needles.json` will return the needles.\n\n## Legacy routes\n\n* `GET /projects/1/gauge/needles.json` → [Get gauge needles](#get-gauge-needles)\n* `GET /buckets/1/gauge/needles.json` → [Get gauge needles](#get-gauge-needles)\n";
        let o = outline(md);
        let legacy = o.sections.iter().find(|s| s.title == "Legacy routes").expect("section");
        let b = &legacy.blocks[0];
        let BlockKind::List(items) = &b.kind else { panic!("a list: {:?}", b.kind) };
        let mut diags = Diagnostics::new();
        let kept = operations(&o, &Routes::default(), items, &b.item_links, &b.pos, &mut diags);
        assert_eq!(kept, vec![&items[1]], "the other route is an operation of its own");
        let notes = diags.into_sorted();
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!((notes[0].code, notes[0].line), ("not-an-operation", b.pos.line));
        assert!(
            notes[0].message.contains("`GET /projects/1/gauge/needles.json` is an index entry"),
            "{}",
            notes[0].message
        );
        assert!(notes[0].message.contains("gauges.md:3"), "{}", notes[0].message);
    }
}
