//! The values an outline is made of ([`Section`], [`Block`], [`BlockKind`], table [`Row`]s and
//! [`Cell`]s), apart from [`crate::blocks`] that builds them so that readers of one kind of block
//! ([`crate::html_tables`], [`crate::section_index`]) need not import the outliner.

use crate::diag::Pos;

/// One table cell: its text and whether all of it is bold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Plain text, code spans kept in backticks.
    pub text: String,
    /// The whole cell is `**bold**`.
    pub bold: bool,
}

/// One table row with its line.
#[derive(Debug, Clone)]
pub struct Row {
    /// Cells in column order.
    pub cells: Vec<Cell>,
    /// 1-based line of the row.
    pub line: usize,
}

/// What a block is.
#[derive(Debug, Clone)]
pub enum BlockKind {
    /// Running text (code spans kept in backticks, inline HTML verbatim).
    Paragraph(String),
    /// A bulleted or numbered list, one string per item.
    List(Vec<String>),
    /// A table: header cells and rows.
    Table {
        /// Header cells.
        header: Vec<Cell>,
        /// Body rows.
        rows: Vec<Row>,
    },
    /// A fenced or indented code block.
    Code {
        /// The info string's first word (`json`, `shell`), if any.
        lang: Option<String>,
        /// The code.
        text: String,
    },
    /// A block of raw HTML (an `<aside>`), HTML comments taken out.
    Html(String),
    /// An HTML comment (`<!-- ... -->`): not published, so no stage reads it as documentation;
    /// kept so that the importer can say what it left out.
    Comment(String),
}

/// One block of a section.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Where it starts.
    pub pos: Pos,
    /// Inside a `>` blockquote (Slate's captions for the examples beside them).
    pub quoted: bool,
    /// For a list, the target of each item's first link (`[Create](things/create.md)`), by
    /// item; empty for other blocks.
    pub item_links: Vec<Option<String>>,
}

/// A heading and the blocks up to the next heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// Heading level 1-6; 0 for the text before a page's first heading.
    pub level: u8,
    /// Heading text.
    pub title: String,
    /// Where the heading is.
    pub pos: Pos,
    /// The blocks under the heading, before the next heading.
    pub blocks: Vec<Block>,
    /// Index of the enclosing section (a heading of lower level), if any.
    pub parent: Option<usize>,
    /// Index of the page in the doc set.
    pub page: usize,
}
