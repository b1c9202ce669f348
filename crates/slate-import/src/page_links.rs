//! The links of a page, each with whether it *leads* its block: the first thing in its list
//! item, table cell, paragraph or heading (`* [Orders](orders.md)`, a table of contents, a
//! line that is only the link), or not: a cross-reference inside running text (`see the
//! [FAQ](../faqs/x.md) to learn more`).
//!
//! An index names the pages of a doc set with links that lead their items; running text
//! refers to other documents. The doc-set loader reads both kinds as pages when they resolve
//! inside the doc folder, but only a leading link that climbs out of it is a page of the doc
//! set that escapes (an error): a cross-reference out of the folder is a reference to another
//! document, like a link to another site.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One link of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    /// 1-based line in the text given.
    pub line: usize,
    /// The destination as written.
    pub target: String,
    /// Nothing but whitespace and punctuation comes before it in its block.
    pub leads: bool,
}

/// Every link of the Markdown `text`, in order.
pub fn page_links(text: &str) -> Vec<PageLink> {
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut out = Vec::new();
    // Whether the innermost open block has shown text yet, per open block.
    let mut said: Vec<bool> = Vec::new();
    let mut in_link = 0usize;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Item | Tag::TableCell | Tag::Paragraph | Tag::Heading { .. }) => said.push(false),
            Event::End(TagEnd::Item | TagEnd::TableCell | TagEnd::Paragraph | TagEnd::Heading(_)) => {
                said.pop();
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let leads = !said.last().copied().unwrap_or(false);
                out.push(PageLink {
                    line: line_starts.partition_point(|&s| s <= range.start),
                    target: dest_url.into_string(),
                    leads,
                });
                in_link += 1;
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                if let Some(s) = said.last_mut() {
                    *s = true;
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t)
                if in_link == 0 && t.chars().any(|c| c.is_alphanumeric()) =>
            {
                if let Some(s) = said.last_mut() {
                    *s = true;
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::page_links;

    fn leads(text: &str) -> Vec<(String, bool)> {
        page_links(text).into_iter().map(|l| (l.target, l.leads)).collect()
    }

    #[test]
    fn index_entries_lead_and_cross_references_do_not() {
        let text = "# Pages\n\n* [Orders](orders.md)\n* [FAQ](../faqs/a.md) - questions\n1. [Up](../up.md)\n\n\
                    Read the [STP FAQ](../faqs/stp.md) to learn more.\n\n[Next](next.md)\n\n\
                    | Name | Notes |\n|---|---|\n| [Cell](cell.md) | See [Other](../other.md). |\n\n\
                    * When a non-null [reference price](../faqs/p.md) exists.\n";
        assert_eq!(
            leads(text),
            [
                ("orders.md".into(), true),
                ("../faqs/a.md".into(), true),
                ("../up.md".into(), true),
                ("../faqs/stp.md".into(), false),
                ("next.md".into(), true),
                ("cell.md".into(), true),
                ("../other.md".into(), false),
                ("../faqs/p.md".into(), false),
            ]
        );
        assert_eq!(page_links("a\n\n* [B](b.md)\n")[0].line, 3);
    }

    #[test]
    fn a_second_link_of_an_item_does_not_lead() {
        assert_eq!(leads("* [A](a.md), [B](b.md)\n"), [("a.md".into(), true), ("b.md".into(), false)]);
    }
}
