//! HTML tables written in a Markdown page (`<table><thead><tr><th>Name</th>...`): read as the
//! Markdown tables they stand for, so a parameter table in HTML is a parameter table. The
//! header is the `<th>` row (else the first row); a cell's `rowspan` repeats it in the rows
//! below and `colspan` across columns; `<code>`/`<tt>` become code spans, `<br>` a space, other
//! tags are dropped and the common entities decoded. A block that is more than one whole table
//! stays HTML.

use crate::outline_parts::{Cell, Row};
use regex::Regex;
use std::sync::OnceLock;

/// The header and rows of `html` when it is one table and nothing else; `line` is the line
/// the block starts on (rows keep their own lines).
pub fn read(html: &str, line: usize) -> Option<(Vec<Cell>, Vec<Row>)> {
    let t = html.trim();
    let lower = t.to_ascii_lowercase();
    if !lower.starts_with("<table") || !lower.ends_with("</table>") || lower.matches("<table").count() != 1 {
        return None;
    }
    let lead = html.len() - html.trim_start().len();
    let mut header: Option<Vec<Cell>> = None;
    let mut rows: Vec<Row> = Vec::new();
    // Per column, a cell spanning down and how many more rows it covers.
    let mut spans: Vec<Option<(Cell, usize)>> = Vec::new();
    for (start, _, _, inner) in elements(t, &["tr"]) {
        let row_line = line + html[..lead + start].matches('\n').count();
        let mut parsed = elements(inner, &["th", "td"]).into_iter().map(|(_, tag, attrs, inner)| {
            let attrs = attrs.to_ascii_lowercase();
            let span = |name: &str| -> usize { attr_number(&attrs, name).unwrap_or(1).clamp(1, 64) };
            (tag == "th", Cell { text: cell_text(inner), bold: false }, span("rowspan"), span("colspan"))
        });
        let mut cells: Vec<Cell> = Vec::new();
        let mut all_th = true;
        let mut col = 0;
        loop {
            if let Some(Some((c, left))) = spans.get_mut(col) {
                cells.push(c.clone());
                *left -= 1;
                if *left == 0 {
                    spans[col] = None;
                }
                col += 1;
                continue;
            }
            let Some((th, c, rowspan, colspan)) = parsed.next() else { break };
            all_th &= th;
            for _ in 0..colspan {
                if rowspan > 1 {
                    if spans.len() <= col {
                        spans.resize(col + 1, None);
                    }
                    spans[col] = Some((c.clone(), rowspan - 1));
                }
                cells.push(c.clone());
                col += 1;
            }
        }
        if cells.is_empty() {
            continue;
        }
        if header.is_none() && (all_th || rows.is_empty()) {
            header = Some(cells);
        } else {
            rows.push(Row { cells, line: row_line });
        }
    }
    header.map(|h| (h, rows))
}

/// Each element opened by one of `tags` (lowercase): its offset, tag, attributes and what
/// follows up to the next such opening (closing tags are optional in HTML; they are dropped
/// with the other tags when the text is read).
fn elements<'a>(text: &'a str, tags: &[&'static str]) -> Vec<(usize, &'static str, &'a str, &'a str)> {
    let lower = text.to_ascii_lowercase();
    let mut opens: Vec<(usize, &'static str, usize)> = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find('<').map(|i| i + from) {
        from = at + 1;
        let rest = &lower[at + 1..];
        let Some(tag) = tags.iter().find(|t| {
            rest.starts_with(**t) && rest[t.len()..].starts_with(|c: char| c == '>' || c == '/' || c.is_whitespace())
        }) else {
            continue;
        };
        let Some(close) = lower[at..].find('>') else { break };
        opens.push((at, tag, at + close + 1));
    }
    let mut out = Vec::new();
    for (k, &(at, tag, body)) in opens.iter().enumerate() {
        let end = opens.get(k + 1).map_or(text.len(), |n| n.0);
        // The end of the enclosing element (`</tr>` around the last cell) ends it too.
        let end = ["</table", "</tbody", "</thead", "</tr"]
            .iter()
            .filter(|c| !(tag == "tr" && **c == "</tr"))
            .filter_map(|c| lower[body..end].find(c).map(|i| i + body))
            .min()
            .map_or(end, |e| if tag == "tr" { e } else { e.min(end) });
        out.push((at, tag, &text[at + 1 + tag.len()..body - 1], &text[body..end.max(body)]));
    }
    out
}

/// The number an attribute gives (`rowspan="2"`).
fn attr_number(attrs: &str, name: &str) -> Option<usize> {
    let at = attrs.find(name)?;
    let rest = attrs[at + name.len()..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
}

/// A cell's text: code as code spans, line breaks as spaces, tags dropped, entities decoded.
fn cell_text(inner: &str) -> String {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"(?is)<(/?)([a-z][a-z0-9]*)\b[^>]*>").expect("valid regex"));
    let text = tag.replace_all(inner, |c: &regex::Captures<'_>| match c[2].to_ascii_lowercase().as_str() {
        "code" | "tt" => "`".to_owned(),
        "br" | "p" | "li" => " ".to_owned(),
        _ => String::new(),
    });
    decode_entities(&text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with the HTML entities doc generators write (`&lt;`, `&amp;`, `&nbsp;`, quotes) decoded.
pub(crate) fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows_and_spans() {
        let html = "<table>\n<thead>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n</thead>\n<tbody>\n\
<tr><td>symbol</td><td>STRING</td><td rowspan=\"2\">Either <code>symbol</code><br/>or symbols</td></tr>\n\
<tr><td>symbols</td><td>STRING</td></tr>\n<tr><td>type</td><td>ENUM</td><td>&lt;FULL&gt;</td></tr>\n</tbody>\n</table>";
        let (header, rows) = read(html, 10).expect("a table");
        let names: Vec<&str> = header.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(names, ["Name", "Type", "Description"]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].cells[2].text, "Either `symbol` or symbols");
        assert_eq!(rows[1].cells.len(), 3, "the spanning cell fills the row below");
        assert_eq!(rows[1].cells[2].text, rows[0].cells[2].text);
        assert_eq!(rows[2].cells[2].text, "<FULL>");
        assert_eq!((rows[0].line, rows[2].line), (15, 17));
    }

    #[test]
    fn only_a_whole_table() {
        assert!(read("<div><table><tr><td>a</td></tr></table></div>", 1).is_none());
        assert!(read("<table><tr><td>a</td></tr></table><table></table>", 1).is_none());
        assert!(read("<aside>note</aside>", 1).is_none());
    }
}
