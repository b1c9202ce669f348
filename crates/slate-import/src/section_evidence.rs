//! What the evidence stage records per section, as values ([`SectionEvidence`] and its
//! examples and tables), apart from [`crate::evidence`] that reads them so that readers of one
//! kind of table ([`crate::enum_tables`]) need not import the evidence stage.

use crate::curl::CurlCall;
use crate::diag::Pos;
use crate::request_line::Declared;
use crate::tables::{Location, TableRow};
use serde_json::Value;

/// Whether a JSON example shows a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleRole {
    /// A request body.
    Request,
    /// A response body (or an object the section describes).
    Response,
    /// The body of an error response ("Items not available error example").
    Error,
}

/// A JSON example with its caption.
#[derive(Debug, Clone)]
pub struct JsonExample {
    /// The recovered value.
    pub value: Value,
    /// The text as written (for diagnostics).
    pub role: ExampleRole,
    /// The caption (the blockquote before it, or the heading).
    pub caption: String,
    /// Where the code block starts.
    pub pos: Pos,
}

/// A table read as parameters or fields.
#[derive(Debug, Clone)]
pub struct TableEvidence {
    /// Location implied by the section heading.
    pub heading_location: Option<Location>,
    /// The title of the section the table is in.
    pub heading: String,
    /// Rows.
    pub rows: Vec<TableRow>,
    /// Where the table is.
    pub pos: Pos,
}

/// What one section holds.
#[derive(Debug, Clone, Default)]
pub struct SectionEvidence {
    /// Declared request lines and API markers, with positions.
    pub declared: Vec<(Declared, Pos)>,
    /// curl calls, with positions.
    pub curls: Vec<(CurlCall, Pos)>,
    /// JSON examples.
    pub examples: Vec<JsonExample>,
    /// Parameter and field tables.
    pub tables: Vec<TableEvidence>,
    /// Plain paragraphs (not captions), for descriptions.
    pub prose: Vec<(String, Pos)>,
    /// Code blocks and tables that yielded nothing, for lint.
    pub unused: Vec<(Pos, String)>,
    /// A method stated apart from the URL (`**Method** : \`GET\``, `HTTP Method | GET`).
    pub stated_method: Option<(String, Pos)>,
    /// The section is part of a changelog: what it says is history.
    pub in_changelog: bool,
    /// Lone URLs in code blocks (`    https://api.example.com/v1/users` under "Example"):
    /// samples without a method, which still say which host and base path the API has.
    pub sample_urls: Vec<(String, Pos)>,
    /// Request lines named inside running text (`We have implemented the \`GET /party\`
    /// endpoint`): operations only for docs that declare them nowhere else.
    pub mentions: Vec<(Declared, Pos)>,
    /// The section declares a request to a URL the user gives (`POST {CALLBACK_URL}`): its
    /// samples show that request, not an operation of the API.
    pub callback: bool,
    /// Index entries that link a page and name its request line (`* [Create a thing](things/
    /// create.md) : \`POST /things\``): the linked page (root-relative), the line, where.
    pub index_lines: Vec<(String, Declared, Pos)>,
    /// Rows of a two-column table of environments and full URLs (`Production | \`https://...\``),
    /// in order: (label, URL, where).
    pub env_urls: Vec<(String, String, Pos)>,
    /// URLs stated apart from the method (`**URL** : \`/x\``, a `URI | /x` row, a lone URL
    /// under a "Request URL" heading), in order.
    pub stated_urls: Vec<(String, Pos)>,
    /// Rows of a table of the operation's response statuses (`|Status|Meaning|Description|`).
    pub statuses: Vec<crate::status_tables::StatusRow>,
    /// Rows of a table of response headers by status (`|Status|Header|Type|Description|`).
    pub response_headers: Vec<crate::status_tables::HeaderRow>,
}
