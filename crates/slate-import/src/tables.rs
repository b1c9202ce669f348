//! Evidence: parameter and field tables. Recognises the columns by their synonyms
//! (Parameter/Name/Field, Location/In, Type/Data Type, Required, Default, Description) and reads
//! each row into a [`TableRow`]. Where a row belongs (query, path, body, response) is decided
//! from its own location column, else from the heading of the table's section.

use crate::blocks::{Cell, Row};
use crate::diag::Pos;
use crate::vocabulary;

/// Where the rows of a table go, from a `Location` cell or the section heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    /// `?name=` in the URL.
    Query,
    /// `{name}` in the path.
    Path,
    /// A request header.
    Header,
    /// A field of a JSON request body.
    Body,
    /// A field of a form-encoded request body.
    Form,
    /// A field of the response (metadata, attributes).
    Response,
    /// "URL parameters": path if the path has the name, else query (whatever the method).
    Url,
    /// Parameters with no location word ("Parameters", "Arguments", a lead that says
    /// parameters): path if the path has the name, else the query of a read and the body of a
    /// write (see `param_location`).
    Unstated,
}

impl Location {
    /// Reads a location word (`Path`, `query`, `Form`, `Body`, `Header`).
    pub fn from_word(w: &str) -> Option<Location> {
        let w = w.trim().trim_matches('*').trim_matches('`').to_ascii_lowercase();
        Some(match w.as_str() {
            "query" | "querystring" | "query string" => Location::Query,
            "path" | "url path" => Location::Path,
            "header" | "headers" => Location::Header,
            "body" | "json" | "json body" | "request body" => Location::Body,
            "form" | "formdata" | "form data" | "form-data" => Location::Form,
            "url" => Location::Url,
            _ => return None,
        })
    }

    /// The location a section heading gives its tables, if it names one.
    pub fn from_heading(title: &str) -> Option<Location> {
        let t = title.trim().to_ascii_lowercase();
        // A question ("How do I pass the filter?") names no place; an identifier
        // (`PRICE_FILTER`) is one word, not the words it is made of.
        if t.ends_with('?') {
            return None;
        }
        let has = |w: &str| t.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').any(|x| x == w);
        if has("query") || has("pagination") || has("filter") || has("filters") {
            Some(Location::Query)
        } else if has("path") {
            Some(Location::Path)
        } else if has("url") {
            Some(Location::Url)
        } else if has("header") || has("headers") {
            Some(Location::Header)
        } else if has("form") {
            Some(Location::Form)
        } else if has("post") || has("put") || has("patch") || has("delete") || has("body") || has("request") {
            Some(Location::Body)
        } else if has("meta")
            || has("metadata")
            || has("attributes")
            || has("response")
            || has("fields")
            || has("schema")
            || has("data")
            || has("object")
        {
            Some(Location::Response)
        } else if has("parameters") || has("arguments") {
            Some(Location::Unstated)
        } else {
            None
        }
    }
}

/// The text of a cell without its inline HTML tags (`<span class="x">Name</span>` -> `Name`).
fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The role of each column of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// Column holding the parameter or field name.
    pub name: Option<usize>,
    /// Column holding the location.
    pub location: Option<usize>,
    /// Column holding the type.
    pub ty: Option<usize>,
    /// Column holding required-ness.
    pub required: Option<usize>,
    /// Column holding the default.
    pub default: Option<usize>,
    /// Column holding the description.
    pub description: Option<usize>,
}

impl Columns {
    /// Recognises the columns of a header row; `None` when there is no name column.
    pub fn recognise(header: &[Cell]) -> Option<Columns> {
        let mut c = Columns::default();
        for (i, cell) in header.iter().enumerate() {
            // `<span class="hide">Parameter</span>`: the words, not the markup around them.
            let h = without_tags(&cell.text).trim().trim_end_matches(['?', ':']).trim().to_ascii_lowercase();
            let slot = match h.as_str() {
                w if vocabulary::NAME_COLUMN_HEADERS.contains(&w) => &mut c.name,
                w if vocabulary::LOCATION_COLUMN_HEADERS.contains(&w) => &mut c.location,
                w if vocabulary::TYPE_COLUMN_HEADERS.contains(&w) => &mut c.ty,
                w if vocabulary::REQUIRED_COLUMN_HEADERS.contains(&w) => &mut c.required,
                w if vocabulary::DEFAULT_COLUMN_HEADERS.contains(&w) => &mut c.default,
                w if vocabulary::DESCRIPTION_COLUMN_HEADERS.contains(&w) => &mut c.description,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(i);
            }
        }
        c.name.is_some().then_some(c)
    }

    /// The columns of a table of `n` columns whose header row is blank: the name first, the
    /// description last.
    pub fn headerless(n: usize) -> Columns {
        Columns { name: Some(0), description: (n > 1).then(|| n - 1), ..Columns::default() }
    }
}

/// One row of a parameter or field table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The name (markup removed).
    pub name: String,
    /// The name was bold.
    pub bold: bool,
    /// Location from the row's own location cell.
    pub location: Option<Location>,
    /// Type text, as written.
    pub type_text: Option<String>,
    /// Required-ness where the row says so (`Yes`, `required`, `optional`).
    pub required: Option<bool>,
    /// Default, as written (`nil`, `none` and empty mean none).
    pub default: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Allowed values an enum table gives the row (see `enum_tables`).
    pub enum_values: Vec<String>,
    /// Where the row is.
    pub pos: Pos,
}

/// Reads the rows of a table whose columns were recognised.
pub fn rows(cols: &Columns, rows: &[Row], file: &str) -> Vec<TableRow> {
    let cell = |r: &Row, i: Option<usize>| -> Option<String> {
        // A lone leading `*` in a value cell is a footnote mark ("*Required if ..."), not text.
        i.and_then(|i| r.cells.get(i))
            .map(|c| clean(&c.text).trim_start_matches('*').trim_start().to_owned())
            .filter(|s| !s.is_empty())
    };
    let mut out = Vec::new();
    for r in rows {
        let Some(name_idx) = cols.name else { continue };
        let Some(raw_name) = r.cells.get(name_idx) else { continue };
        // `` `since`<br><span class="label">Optional</span> ``: the name, then a label line.
        let (name_text, label) = match raw_name.text.split_once("<br") {
            Some((name, rest)) => (name, without_tags(&format!("<br{rest}"))),
            None => (raw_name.text.as_str(), String::new()),
        };
        let name = clean(name_text);
        if name.is_empty() || name.contains(' ') && !name.contains('.') && name.split(' ').count() > 2 {
            continue;
        }
        // A "Pagination" row ("This endpoint can be paginated") points at the paging
        // convention; it names no parameter.
        if name.eq_ignore_ascii_case("pagination") && cell(r, cols.ty).is_none() {
            continue;
        }
        let description = cell(r, cols.description);
        let required = cell(r, cols.required)
            .and_then(|t| yes_no(&t))
            .or_else(|| yes_no(&label))
            .or_else(|| description.as_deref().and_then(required_from_description));
        // `source*`, `details=extended`, `mobile/email`: the name(s) without the marks.
        for (name, marked) in
            crate::param_names::from_cell(name.split_whitespace().next().unwrap_or(&name), cols.location.is_none())
        {
            out.push(TableRow {
                name,
                bold: raw_name.bold,
                location: cell(r, cols.location).and_then(|l| Location::from_word(&l)),
                type_text: cell(r, cols.ty),
                required: required.or(marked),
                default: cell(r, cols.default)
                    .filter(|d| !matches!(d.to_ascii_lowercase().as_str(), "nil" | "null" | "none" | "-" | "n/a")),
                description: description.clone(),
                enum_values: Vec::new(),
                pos: Pos::new(file, r.line),
            });
        }
    }
    out
}

/// Removes Markdown emphasis and code backticks around a cell's text: only markers that come in
/// pairs, so the leading underscore of a field such as `_id` stays.
fn clean(s: &str) -> String {
    let mut s = s.trim();
    while let Some(marker) = s.chars().next().filter(|c| matches!(c, '*' | '`' | '_')) {
        match s.strip_prefix(marker).and_then(|rest| rest.strip_suffix(marker)) {
            Some(inner) if !inner.trim().is_empty() => s = inner.trim(),
            _ => break,
        }
    }
    s.to_owned()
}

/// `Yes`/`required`/`true` -> Some(true), `No`/`optional`/`false` -> Some(false). A `Yes` with
/// a footnote mark (`Yes*`: "required if ...") is conditional: not required.
fn yes_no(s: &str) -> Option<bool> {
    let s = s.trim().to_ascii_lowercase();
    if s.ends_with('*') && s.starts_with("yes") {
        return Some(false);
    }
    if s.starts_with("yes") || s.starts_with("required") || s == "true" || s == "y" || s == "x" || s == "✓" {
        Some(true)
    } else if s.starts_with("no") || s.starts_with("optional") || s == "false" || s == "n" {
        Some(false)
    } else {
        None
    }
}

/// "(required)", "Required." at the start of a description.
fn required_from_description(d: &str) -> Option<bool> {
    let l = d.trim().to_ascii_lowercase();
    let l = l.trim_start_matches(['(', '[', '`', '*']);
    let conditional =
        ["required if", "required when", "required unless", "required only"].iter().any(|w| l.starts_with(w));
    if conditional {
        Some(false)
    } else if l.starts_with("required") {
        Some(true)
    } else if l.starts_with("optional") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(t: &str, bold: bool) -> Cell {
        Cell { text: t.into(), bold }
    }

    #[test]
    fn clean_strips_paired_markers_only() {
        assert_eq!(clean(" `_id` "), "_id");
        assert_eq!(clean("_id"), "_id");
        assert_eq!(clean("**name**"), "name");
        assert_eq!(clean("_emphasis_"), "emphasis");
        assert_eq!(clean("__"), "__");
    }

    #[test]
    fn conditional_requirements_are_not_required() {
        assert_eq!(yes_no("Yes"), Some(true));
        assert_eq!(yes_no("Yes*"), Some(false));
        assert_eq!(yes_no("No*"), Some(false));
        assert_eq!(required_from_description("Required. The name"), Some(true));
        assert_eq!(required_from_description("*Required if vehicle is not specified"), Some(false));
    }

    #[test]
    fn synonyms_and_rows() {
        let header = [
            c("Field", false),
            c("Location", false),
            c("Data Type", false),
            c("Required?", false),
            c("Description", false),
        ];
        let cols = Columns::recognise(&header).expect("name column");
        assert_eq!((cols.name, cols.location, cols.ty, cols.required), (Some(0), Some(1), Some(2), Some(3)));
        let r = Row {
            cells: vec![
                c("company", true),
                c("Path", false),
                c("*string*", false),
                c("Yes", false),
                c("The id", false),
            ],
            line: 7,
        };
        let rows = rows(&cols, &[r], "f.md");
        assert_eq!(rows[0].name, "company");
        assert_eq!(rows[0].location, Some(Location::Path));
        assert_eq!(rows[0].type_text.as_deref(), Some("string"));
        assert_eq!(rows[0].required, Some(true));
        assert_eq!(rows[0].pos.line, 7);
    }

    #[test]
    fn headings_give_locations() {
        assert_eq!(Location::from_heading("Query Parameters"), Some(Location::Query));
        assert_eq!(Location::from_heading("URL Parameters"), Some(Location::Url));
        assert_eq!(Location::from_heading("POST Parameters"), Some(Location::Body));
        assert_eq!(Location::from_heading("Metadata"), Some(Location::Response));
        assert_eq!(Location::from_heading("Get all things"), None);
        assert_eq!(Location::from_heading("PRICE_FILTER"), None);
        assert_eq!(Location::from_heading("Which filters apply?"), None);
        assert!(Columns::recognise(&[c("Error", false), c("Meaning", false)]).is_none());
    }
}
