//! Stage 2, blocks: parses every page with pulldown-cmark into an outline of sections, each a
//! heading with the blocks that follow it (paragraphs, lists, tables, code, HTML), each with its
//! file and line. The outline spans pages: an included page continues the tree of the page before.

use crate::diag::Pos;
use crate::html_comments::blank_comments;
pub use crate::outline_parts::{Block, BlockKind, Cell, Row, Section};
use crate::pages::DocSet;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// All sections of a doc set, in reading order.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    /// The sections.
    pub sections: Vec<Section>,
    /// Where each section starts, built at the first [`Outline::section_at`] (the sections are
    /// complete by then: [`outline`] builds them all before anyone asks).
    index: std::sync::OnceLock<crate::section_index::SectionIndex>,
}

impl Outline {
    /// The text of every code block, by the block's file and line.
    pub(crate) fn code_texts(&self) -> std::collections::BTreeMap<(&str, usize), &str> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match &b.kind {
                BlockKind::Code { text, .. } => Some(((b.pos.file.as_str(), b.pos.line), text.as_str())),
                _ => None,
            })
            .collect()
    }

    /// The section a position is in: the last heading of its page at or before its line.
    pub fn section_at(&self, pos: &Pos) -> Option<usize> {
        self.index.get_or_init(|| crate::section_index::SectionIndex::new(&self.sections)).at(pos)
    }

    /// Titles from the root down to `idx` (inclusive).
    pub fn title_path(&self, idx: usize) -> Vec<&str> {
        let mut out = vec![];
        let mut cur = Some(idx);
        while let Some(i) = cur {
            out.push(self.sections[i].title.as_str());
            cur = self.sections[i].parent;
        }
        out.reverse();
        out
    }
}

/// Byte offsets of line starts, to turn offsets into 1-based lines.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        let mut v = vec![0];
        v.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(v)
    }
    fn line_of(&self, offset: usize) -> usize {
        match self.0.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Parses every page of `docs` into one outline.
pub fn outline(docs: &DocSet) -> Outline {
    let mut out = Outline::default();
    // Stack of (level, section index) for parent links, spanning pages.
    let mut stack: Vec<(u8, usize)> = Vec::new();
    for (page_idx, page) in docs.pages.iter().enumerate() {
        let body = crate::table_cell_breaks::joined(&invisible_lines_blanked(page.body())).into_owned();
        let body = body.as_str();
        let lines = Lines::new(&page.text);
        let base = page.body_start;
        let pos_at = |off: usize| Pos::new(&page.path, lines.line_of(base + off));
        // Preamble section for blocks before the first heading.
        out.sections.push(Section {
            level: 0,
            title: String::new(),
            pos: Pos::new(&page.path, page.body_first_line()),
            blocks: vec![],
            parent: stack.last().map(|s| s.1),
            page: page_idx,
        });
        let mut cur = out.sections.len() - 1;
        let mut builder = BlockBuilder::default();
        let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
            match event {
                // A heading indented inside a list item (`    ###### Recognized values:`) is
                // a line of that item, not a section: the list goes on after it.
                Event::Start(Tag::Heading { .. }) | Event::End(TagEnd::Heading(_)) if builder.list_depth > 0 => {
                    builder.text.push('\n');
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    builder.start_heading(pos_at(range.start), level as u8);
                }
                Event::End(TagEnd::Heading(_)) => {
                    let (level, title, pos) = builder.finish_heading();
                    cur = open_section(&mut out, &mut stack, level, title, pos, page_idx);
                }
                other => {
                    if let Some(block) = builder.event(other, || pos_at(range.start)) {
                        // `<h2 id="x">Pets</h2>` on its own: a heading written in HTML.
                        let html_heading = match &block.kind {
                            BlockKind::Html(html) if !block.quoted => crate::html_headings::heading(html),
                            _ => None,
                        };
                        match html_heading {
                            Some((level, title)) => {
                                cur = open_section(&mut out, &mut stack, level, title, block.pos, page_idx);
                            }
                            None => out.sections[cur].blocks.push(block),
                        }
                    }
                }
            }
        }
    }
    out.sections.retain(|s| s.level != 0 || !s.blocks.is_empty());
    // Parent indexes shifted by the retain above; recompute from levels.
    relink(&mut out);
    out
}

/// Adds the section a heading opens (its parent the nearest heading of a lower level); its index.
fn open_section(
    out: &mut Outline,
    stack: &mut Vec<(u8, usize)>,
    level: u8,
    title: String,
    pos: Pos,
    page: usize,
) -> usize {
    while stack.last().is_some_and(|(l, _)| *l >= level) {
        stack.pop();
    }
    out.sections.push(Section { level, title, pos, blocks: vec![], parent: stack.last().map(|s| s.1), page });
    let cur = out.sections.len() - 1;
    stack.push((level, cur));
    cur
}

/// Characters that render as nothing: a line made only of them (and spaces) looks blank on the
/// published page, so it separates blocks as a blank line does (`\u{200B}` lines between a
/// heading and its URL). Each is three bytes in UTF-8.
const INVISIBLE: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];

/// `text` with every line that holds only [`INVISIBLE`] characters and whitespace made of
/// spaces instead, byte for byte, so offsets and line numbers stay those of the page.
fn invisible_lines_blanked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let only_invisible = line.chars().any(|c| INVISIBLE.contains(&c))
            && line.chars().all(|c| c.is_whitespace() || INVISIBLE.contains(&c));
        if only_invisible {
            for c in line.chars() {
                if INVISIBLE.contains(&c) {
                    out.push_str("   ");
                } else {
                    out.push(c);
                }
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Recomputes parent links from heading levels (sections are in reading order).
fn relink(out: &mut Outline) {
    let mut stack: Vec<(u8, usize)> = Vec::new();
    for i in 0..out.sections.len() {
        let level = out.sections[i].level;
        if level == 0 {
            out.sections[i].parent = stack.last().map(|s| s.1);
            continue;
        }
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            stack.pop();
        }
        out.sections[i].parent = stack.last().map(|s| s.1);
        stack.push((level, i));
    }
}

/// Accumulates inline events into blocks.
#[derive(Default)]
struct BlockBuilder {
    quote_depth: usize,
    text: String,
    bold_depth: usize,
    cell_all_bold: bool,
    cell_has_plain: bool,
    heading: Option<(u8, Pos)>,
    para_pos: Option<Pos>,
    list_depth: usize,
    list_items: Vec<String>,
    /// The first link target of each item of the list being read, and of the current item.
    list_links: Vec<Option<String>>,
    item_link: Option<String>,
    list_pos: Option<Pos>,
    table: Option<(Vec<Cell>, Vec<Row>, Pos)>,
    row: Vec<Cell>,
    row_line: usize,
    in_head: bool,
    code: Option<(Option<String>, Pos)>,
    /// The HTML block being read, with where it starts (pulldown-cmark hands it line by line).
    html: Option<(String, Pos)>,
    /// Emphasis spans (`*x*`) of the paragraph being read: how many, whether the first opened
    /// before any text, where the last closed (a byte offset of `text`), and the open depth.
    emphasis: (usize, bool, usize, usize),
}

impl BlockBuilder {
    fn start_heading(&mut self, pos: Pos, level: u8) {
        self.text.clear();
        self.heading = Some((level, pos));
    }

    fn finish_heading(&mut self) -> (u8, String, Pos) {
        let (level, pos) = self.heading.take().unwrap_or((1, Pos::default()));
        (level, unpublished_removed(&std::mem::take(&mut self.text)), pos)
    }

    fn quoted(&self) -> bool {
        self.quote_depth > 0
    }

    fn push_text(&mut self, s: &str) {
        self.text.push_str(s);
        if self.table.is_some() {
            if self.bold_depth == 0 && !s.trim().is_empty() {
                self.cell_has_plain = true;
            } else if self.bold_depth > 0 {
                self.cell_all_bold = true;
            }
        }
    }

    /// Feeds one event; returns a finished block, if any.
    fn event(&mut self, ev: Event<'_>, pos: impl Fn() -> Pos) -> Option<Block> {
        match ev {
            Event::Start(Tag::BlockQuote(_)) => self.quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => self.quote_depth = self.quote_depth.saturating_sub(1),
            Event::Start(Tag::Paragraph) if self.list_depth == 0 && self.table.is_none() => {
                self.text.clear();
                self.para_pos = Some(pos());
                self.emphasis = (0, false, 0, 0);
            }
            Event::Start(Tag::Emphasis) if self.para_pos.is_some() => {
                if self.emphasis.3 == 0 {
                    self.emphasis.0 += 1;
                    if self.emphasis.0 == 1 && self.text.trim().is_empty() {
                        self.emphasis.1 = true;
                    }
                }
                self.emphasis.3 += 1;
            }
            Event::End(TagEnd::Emphasis) if self.para_pos.is_some() => {
                self.emphasis.3 = self.emphasis.3.saturating_sub(1);
                if self.emphasis.3 == 0 {
                    self.emphasis.2 = self.text.len();
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if self.list_depth == 0 {
                    if let Some(p) = self.para_pos.take() {
                        // A paragraph that is one italic span (`*List all pets*`) keeps its
                        // markers: a short line set apart so is an operation's summary line.
                        let (spans, from_start, end, _) = self.emphasis;
                        if spans == 1 && from_start && self.text[end.min(self.text.len())..].trim().is_empty() {
                            self.text = format!("*{}*", self.text.trim());
                        }
                        let text = unpublished_removed(&std::mem::take(&mut self.text));
                        if text.is_empty() {
                            return None;
                        }
                        return Some(Block {
                            kind: BlockKind::Paragraph(text),
                            pos: p,
                            quoted: self.quoted(),
                            item_links: Vec::new(),
                        });
                    }
                } else {
                    self.text.push('\n');
                }
            }
            Event::Start(Tag::List(_)) => {
                if self.list_depth == 0 {
                    self.list_items.clear();
                    self.list_links.clear();
                    self.list_pos = Some(pos());
                }
                self.list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    let items = std::mem::take(&mut self.list_items);
                    return Some(Block {
                        kind: BlockKind::List(items),
                        pos: self.list_pos.take().unwrap_or_default(),
                        quoted: self.quoted(),
                        item_links: std::mem::take(&mut self.list_links),
                    });
                }
            }
            Event::Start(Tag::Item) if self.list_depth == 1 => {
                self.text.clear();
                self.item_link = None;
            }
            Event::Start(Tag::Link { dest_url, .. }) if self.list_depth == 1 && self.item_link.is_none() => {
                self.item_link = Some(dest_url.to_string());
            }
            // A nested item starts a line of its own in its parent item's text.
            Event::Start(Tag::Item) => self.text.push('\n'),
            Event::End(TagEnd::Item) if self.list_depth == 1 => {
                self.list_items.push(unpublished_removed(&std::mem::take(&mut self.text)));
                self.list_links.push(self.item_link.take());
            }
            Event::Start(Tag::Table(_)) => {
                self.table = Some((vec![], vec![], pos()));
            }
            Event::End(TagEnd::Table) => {
                if let Some((header, rows, p)) = self.table.take() {
                    return Some(Block {
                        kind: BlockKind::Table { header, rows },
                        pos: p,
                        quoted: self.quoted(),
                        item_links: Vec::new(),
                    });
                }
            }
            Event::Start(Tag::TableHead) => {
                self.in_head = true;
                self.row.clear();
            }
            Event::End(TagEnd::TableHead) => {
                self.in_head = false;
                let cells = std::mem::take(&mut self.row);
                if let Some(t) = self.table.as_mut() {
                    t.0 = cells;
                }
            }
            Event::Start(Tag::TableRow) => {
                self.row.clear();
                self.row_line = pos().line;
            }
            Event::End(TagEnd::TableRow) => {
                let cells = std::mem::take(&mut self.row);
                let line = self.row_line;
                if let Some(t) = self.table.as_mut() {
                    t.1.push(Row { cells, line });
                }
            }
            Event::Start(Tag::TableCell) => {
                self.text.clear();
                self.cell_all_bold = false;
                self.cell_has_plain = false;
            }
            Event::End(TagEnd::TableCell) => {
                let text = unpublished_removed(&std::mem::take(&mut self.text));
                let bold = self.cell_all_bold && !self.cell_has_plain;
                self.row.push(Cell { text, bold });
            }
            Event::Start(Tag::Strong) => self.bold_depth += 1,
            Event::End(TagEnd::Strong) => self.bold_depth = self.bold_depth.saturating_sub(1),
            Event::Start(Tag::CodeBlock(kind)) => {
                let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split(|c: char| c.is_whitespace() || c == ',' || c == '{')
                        .next()
                        .filter(|s| !s.is_empty())
                        .map(|s| s.to_ascii_lowercase()),
                    CodeBlockKind::Indented => None,
                };
                self.text.clear();
                // The code starts on the line after a fence, on the same line when indented.
                let mut p = pos();
                if fenced {
                    p.line += 1;
                }
                self.code = Some((lang, p));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, p)) = self.code.take() {
                    let text = std::mem::take(&mut self.text);
                    return Some(Block {
                        kind: BlockKind::Code { lang, text },
                        pos: p,
                        quoted: self.quoted(),
                        item_links: Vec::new(),
                    });
                }
            }
            Event::Start(Tag::HtmlBlock) => self.html = Some((String::new(), pos())),
            Event::End(TagEnd::HtmlBlock) => {
                let (html, p) = self.html.take()?;
                return Some(html_block(html, p, self.quoted()));
            }
            Event::Html(html) => match self.html.as_mut() {
                Some((text, _)) => text.push_str(&html),
                None => return Some(html_block(html.to_string(), pos(), self.quoted())),
            },
            Event::Text(t) => self.push_text(&t),
            Event::Code(c) => {
                let s = format!("`{c}`");
                self.push_text(&s);
            }
            Event::InlineHtml(h) => self.text.push_str(&h),
            Event::SoftBreak | Event::HardBreak => self.text.push('\n'),
            _ => {}
        }
        None
    }
}

/// An HTML block as a block: a comment when it is nothing but comments, else the HTML with
/// its comments blanked out (lines kept, so positions inside it still count).
fn html_block(html: String, pos: Pos, quoted: bool) -> Block {
    let visible = blank_comments(&html);
    let kind = if visible.trim().is_empty() && html.contains("<!--") {
        BlockKind::Comment(html)
    } else if let Some((header, rows)) = crate::html_tables::read(&visible, pos.line) {
        BlockKind::Table { header, rows }
    } else {
        BlockKind::Html(visible)
    };
    Block { kind, pos, quoted, item_links: Vec::new() }
}

/// Inline text with its HTML comments taken out, trimmed.
fn unpublished_removed(text: &str) -> String {
    if !text.contains("<!--") {
        return text.trim().to_owned();
    }
    blank_comments(text).split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::{Page, PageRole};

    fn doc(text: &str) -> DocSet {
        DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "p.md".into(), text: text.into(), body_start: 0, role: PageRole::Index }],
        }
    }

    #[test]
    fn a_heading_inside_a_list_item_is_a_line_of_it() {
        let o = outline(&doc(
            "# Widgets\n\n## Parameters\n- **kind** — the kind:\n    ###### Values\n    - 'a' — A\n\n- **page** — the page.\n",
        ));
        let titles: Vec<_> = o.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Widgets", "Parameters"], "no section for the indented heading");
        match &o.sections[1].blocks[..] {
            [Block { kind: BlockKind::List(items), .. }] => {
                assert_eq!(items.len(), 2);
                assert!(items[0].contains("Values") && items[1].contains("page"), "{items:?}");
            }
            other => panic!("expected one list, got {other:?}"),
        }
    }

    #[test]
    fn lines_of_invisible_characters_separate_blocks() {
        let o = outline(&doc("# Get a thing\n\n### Request URL\n\u{200B}\n\u{200B}\n`https://{host}/v2/things`\n"));
        let s = o.sections.iter().find(|s| s.title == "Request URL").expect("section");
        assert_eq!(s.blocks.len(), 1);
        assert!(
            matches!(&s.blocks[0].kind, BlockKind::Paragraph(t) if t == "`https://{host}/v2/things`"),
            "{:?}",
            s.blocks
        );
        assert_eq!(s.blocks[0].pos.line, 6);
        assert_eq!(invisible_lines_blanked("a\u{200B}b\n").as_str(), "a\u{200B}b\n", "inside text it stays");
    }

    #[test]
    fn sections_blocks_and_lines() {
        let o = outline(&doc(
            "# A\n\ntext\n\n## B\n\n> caption\n\n```json\n{}\n```\n\n| **x** | y |\n|---|---|\n| **1** | 2 |\n",
        ));
        let titles: Vec<_> = o.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["A", "B"]);
        assert_eq!(o.sections[1].parent, Some(0));
        let b = &o.sections[1].blocks;
        assert!(matches!(&b[0].kind, BlockKind::Paragraph(t) if t == "caption") && b[0].quoted);
        assert!(matches!(&b[1].kind, BlockKind::Code { lang: Some(l), .. } if l == "json"));
        assert_eq!(b[1].pos.line, 10);
        match &b[2].kind {
            BlockKind::Table { header, rows } => {
                assert!(header[0].bold && !header[1].bold);
                assert!(rows[0].cells[0].bold);
                assert_eq!(rows[0].line, 15);
            }
            other => panic!("expected a table, got {other:?}"),
        }
    }

    #[test]
    fn setext_headings_and_indented_code() {
        let o = outline(&doc("Title\n=====\n\nSub\n---\n\n\tcurl https://x/y \\\n\t\t-u T:\n"));
        assert_eq!(o.sections[1].title, "Sub");
        assert_eq!(o.sections[1].level, 2);
        match &o.sections[1].blocks[0].kind {
            BlockKind::Code { lang: None, text } => assert!(text.starts_with("curl")),
            other => panic!("{other:?}"),
        }
        assert_eq!(o.sections[1].blocks[0].pos.line, 7);
    }

    #[test]
    fn headings_written_in_html_open_sections() {
        let o = outline(&doc(
            "# API\n\n<h1 id=\"pets\">Pets</h1>\n\n## listPets\n\n<h3 id=\"r\">Responses</h3>\n\ntext\n\n<div><h6>/x</h6></div>\n",
        ));
        let titles: Vec<_> = o.sections.iter().map(|s| (s.level, s.title.as_str())).collect();
        assert_eq!(titles, [(1, "API"), (1, "Pets"), (2, "listPets"), (3, "Responses")]);
        assert_eq!(o.sections[3].parent, Some(2));
        assert_eq!(o.sections[2].parent, Some(1));
        assert_eq!(o.sections[3].pos.line, 7);
        assert!(matches!(&o.sections[3].blocks[1].kind, BlockKind::Html(h) if h.contains("<h6>")));
    }

    #[test]
    fn a_paragraph_of_one_italic_span_keeps_its_markers() {
        let o = outline(&doc("# A\n\n*List all pets*\n\nReturns *every* pet.\n\n*a* and *b*\n\n_One **bold** word_\n"));
        let texts: Vec<_> = o.sections[0]
            .blocks
            .iter()
            .map(|b| match &b.kind {
                BlockKind::Paragraph(t) => t.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(texts, ["*List all pets*", "Returns every pet.", "a and b", "*One bold word*"]);
    }

    #[test]
    fn html_comments_are_not_published() {
        let o = outline(&doc(
            "# A\n\n`PUT /a`\n\n<!---\n## Hidden\n\n```shell\ncurl -X DELETE https://x/a\n```\n\n`DELETE /a`\n-->\n\nText <!-- note --> here.\n\n<aside>x</aside>\n",
        ));
        assert_eq!(o.sections.len(), 1, "a heading inside a comment is no heading");
        let b = &o.sections[0].blocks;
        assert!(matches!(&b[0].kind, BlockKind::Paragraph(t) if t == "`PUT /a`"));
        match &b[1].kind {
            BlockKind::Comment(c) => assert!(c.contains("DELETE /a") && c.contains("## Hidden"), "{c}"),
            other => panic!("one comment block, got {other:?}"),
        }
        assert_eq!(b[1].pos.line, 5);
        assert!(matches!(&b[2].kind, BlockKind::Paragraph(t) if t == "Text here."), "{:?}", b[2]);
        assert!(matches!(&b[3].kind, BlockKind::Html(t) if t.contains("<aside>")));
        assert_eq!(b.len(), 4);
    }
}
